// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ww {

struct TreeNode;
class ReferralDirectory;

/// The outcome of a walk as HTML: the parties, with what each can and cannot do and how to
/// reach them. All content is escaped: tree and directory files are untrusted input.
class OutcomeHtml
{
    Q_DECLARE_TR_FUNCTIONS(ww::OutcomeHtml)

public:
    static QString render(const TreeNode &outcome, const ReferralDirectory &directory, const QString &language);
};

} // namespace ww
