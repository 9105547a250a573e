// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QLabel;

namespace ww {

class DecisionTree;
class ReferralDirectory;
class TreeWalkerPanel;

/// Walks the draft exactly as an agent would, with the desk's own tree panel. While the draft has errors it
/// keeps the last version without errors, and says so.
class DraftPreview : public QWidget
{
    Q_OBJECT

public:
    DraftPreview(std::shared_ptr<const ReferralDirectory> directory, QWidget *parent = nullptr);

    /// \a tree null: the draft has errors right now.
    void showTree(std::shared_ptr<const DecisionTree> tree);
    TreeWalkerPanel *walker() const { return m_walker; }

private:
    std::shared_ptr<const ReferralDirectory> m_directory;
    std::shared_ptr<const DecisionTree> m_tree;
    QLabel *m_status;
    TreeWalkerPanel *m_walker = nullptr;
};

} // namespace ww
