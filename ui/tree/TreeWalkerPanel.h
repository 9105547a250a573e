// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tree/TreeWalker.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ww {

class BreadcrumbBar;
class OutcomeView;
class ReferralDirectory;

/// Walks the decision tree with the caller: the current question with large option buttons
/// (keys 1–9 choose, Backspace goes back), a breadcrumb to jump back, and at an outcome the parties.
class TreeWalkerPanel : public QWidget
{
    Q_OBJECT

public:
    TreeWalkerPanel(std::shared_ptr<const DecisionTree> tree, std::shared_ptr<const ReferralDirectory> directory,
                    QWidget *parent = nullptr);

    const TreeWalker &walker() const { return m_walker; }
    QString contentLanguage() const { return m_language; }
    void setContentLanguage(const QString &language);

    /// Takes over a saved path (a reopened case) without emitting walkChanged. Returns false when
    /// the path did not fit the tree; the walk then stands on the last step that fitted.
    bool restorePath(const QList<WalkStep> &path);
    /// A read-only panel shows the path and where it ended, but nothing changes it.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    /// Puts keyboard focus on the first option (or the advice), where the number keys work.
    void focusFirstControl();

    bool chooseOption(qsizetype index);
    bool goBack();
    bool jumpTo(qsizetype stepIndex);
    void restart();

signals:
    /// The path changed: an answer, a step back, a jump or a restart.
    void walkChanged();

private:
    void buildShortcuts();
    void refresh();
    void showOptions(const TreeNode &node);

    TreeWalker m_walker;
    std::shared_ptr<const ReferralDirectory> m_directory;
    QString m_language = u"nl"_qs;
    bool m_readOnly = false;

    BreadcrumbBar *m_breadcrumb;
    QLabel *m_questionLabel;
    QLabel *m_agentNoteLabel;
    QWidget *m_optionsBox;
    QVBoxLayout *m_optionsLayout;
    OutcomeView *m_outcomeView;
    QPushButton *m_backButton;
    QPushButton *m_restartButton;
    QList<QPushButton *> m_optionButtons;
};

} // namespace ww
