// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace ww {

class DecisionTree;
class ReferralDirectory;

/// Where the editor publishes a finished draft, with a change note. The work must not block the window:
/// \a done gets the answer later, on the window's thread, unless \a receiver is gone by then.
class DraftPublisher
{
public:
    struct Result
    {
        qint64 versionId = 0; ///< the new published version; 0 when it failed
        QString error;        ///< why it failed, for the content manager
    };

    virtual ~DraftPublisher() = default;
    /// Why \a note cannot be used (empty, too long …), or empty when it can.
    virtual QString checkNote(const QString &note) const = 0;
    /// Publishes \a tree with the \a directory its parties were checked against.
    virtual void publish(std::shared_ptr<const DecisionTree> tree, std::shared_ptr<const ReferralDirectory> directory,
                         const QString &note, QObject *receiver, std::function<void(Result)> done)
            = 0;
};

} // namespace ww
