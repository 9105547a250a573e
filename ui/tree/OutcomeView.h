// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace ww {

struct TreeNode;
class ReferralDirectory;

/// Shows an outcome: read-only, scrollable, reachable by keyboard and read by screen readers.
class OutcomeView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit OutcomeView(QWidget *parent = nullptr);

    void showOutcome(const TreeNode &outcome, const ReferralDirectory &directory, const QString &language);
};

} // namespace ww
