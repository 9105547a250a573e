// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/StorageProblem.h"

#include "storage/StorageError.h"

namespace ww {

namespace {

QString reasonOf(const StorageError &error)
{
    QString reason = error.message().trimmed();
    while (reason.endsWith(u'.'))
        reason.chop(1);
    return reason;
}

} // namespace

QString StorageProblem::describe(const QString &happened, const StorageError &error, const QString &retry,
                                 const QString &whenRefused)
{
    QString next = tr("Check the network connection (VPN), then %1 to try again.").arg(retry);
    if (error.isRefusal())
        next = whenRefused.isEmpty() ? tr("If this keeps happening, tell your administrator what it says.")
                                     : whenRefused;
    return happened + u' ' + tr("Reason: %1.").arg(reasonOf(error)) + u' ' + next;
}

QString StorageProblem::describeRetried(const QString &happened, const StorageError &error, const QString &retried)
{
    const QString next = error.isRefusal() ? tr("If this keeps happening, tell your administrator what it says.")
                                           : tr("Check the network connection (VPN).") + u' ' + retried;
    return happened + u' ' + tr("Reason: %1.").arg(reasonOf(error)) + u' ' + next;
}

} // namespace ww
