// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace ww {

class StorageError;

/// What a window says when the database failed it: what happened, why, and what the user can do next
/// (which depends on whether the database could not be reached or said no).
class StorageProblem
{
    Q_DECLARE_TR_FUNCTIONS(ww::StorageProblem)

public:
    /// \a happened is a whole sentence ("The case log could not be read."); \a retry names the
    /// control that tries again ("choose Show cases"). \a whenRefused replaces the advice for a
    /// refusal where something other than the database may say no (a folder that cannot be written).
    static QString describe(const QString &happened, const StorageError &error, const QString &retry,
                            const QString &whenRefused = {});
    /// As describe(), for work the window tries again by itself: \a retried is a whole sentence that says
    /// when ("The list is read again as soon as the database answers.").
    static QString describeRetried(const QString &happened, const StorageError &error, const QString &retried);
};

} // namespace ww
