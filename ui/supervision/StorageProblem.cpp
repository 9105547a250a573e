// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervision/StorageProblem.h"

#include "storage/StorageError.h"

namespace ww {

QString StorageProblem::describe(const QString &happened, const StorageError &error, const QString &retry,
                                 const QString &whenRefused)
{
    QString next = tr("Check the network connection (VPN), then %1 to try again.").arg(retry);
    if (error.isRefusal())
        next = whenRefused.isEmpty() ? tr("If this keeps happening, tell your administrator what it says.")
                                     : whenRefused;
    QString reason = error.message().trimmed();
    while (reason.endsWith(u'.'))
        reason.chop(1);
    return happened + u' ' + tr("Reason: %1.").arg(reason) + u' ' + next;
}

} // namespace ww
