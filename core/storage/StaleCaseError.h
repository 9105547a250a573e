// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QUuid>

namespace ww {

/// Someone else saved the case since it was read: the save was refused (its notes were kept, they
/// never conflict). The caller merges with the stored case and saves again.
class StaleCaseError : public StorageError
{
public:
    explicit StaleCaseError(const QUuid &caseId)
        : StorageError(QCoreApplication::translate("ww::StaleCaseError",
                                                   "the case was changed by someone else since it was opened"))
        , m_caseId(caseId)
    { }
    QUuid caseId() const { return m_caseId; }

private:
    QUuid m_caseId;
};

} // namespace ww
