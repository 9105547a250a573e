// SPDX-License-Identifier: GPL-3.0-or-later
#include "tree/TreeWalkerPanel.h"

#include "common/RebuiltWidgets.h"
#include "common/ShortcutKeys.h"
#include "directory/ReferralDirectory.h"
#include "tree/BreadcrumbBar.h"
#include "tree/OutcomeView.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace ww {

TreeWalkerPanel::TreeWalkerPanel(std::shared_ptr<const DecisionTree> tree,
                                 std::shared_ptr<const ReferralDirectory> directory, QWidget *parent)
    : QWidget(parent)
    , m_walker(std::move(tree))
    , m_directory(std::move(directory))
    , m_breadcrumb(new BreadcrumbBar(this))
    , m_questionLabel(new QLabel(this))
    , m_agentNoteLabel(new QLabel(this))
    , m_optionsBox(new QWidget(this))
    , m_optionsLayout(new QVBoxLayout(m_optionsBox))
    , m_outcomeView(new OutcomeView(this))
    , m_backButton(new QPushButton(tr("Back (Backspace)"), this))
    , m_restartButton(new QPushButton(tr("Start again"), this))
{
    setObjectName(u"treeWalkerPanel"_qs);
    setAccessibleName(tr("Decision tree"));

    m_questionLabel->setObjectName(u"questionLabel"_qs);
    m_questionLabel->setWordWrap(true);
    m_questionLabel->setTextFormat(Qt::PlainText);
    QFont large = m_questionLabel->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    large.setBold(true);
    m_questionLabel->setFont(large);

    m_agentNoteLabel->setObjectName(u"agentNoteLabel"_qs);
    m_agentNoteLabel->setWordWrap(true);
    m_agentNoteLabel->setTextFormat(Qt::PlainText);
    QFont italic = m_agentNoteLabel->font();
    italic.setItalic(true);
    m_agentNoteLabel->setFont(italic);

    m_optionsBox->setObjectName(u"optionsBox"_qs);
    m_optionsLayout->setContentsMargins(0, 0, 0, 0);

    m_backButton->setObjectName(u"backButton"_qs);
    m_backButton->setAccessibleName(tr("Back one step"));
    m_restartButton->setObjectName(u"restartButton"_qs);
    m_restartButton->setAccessibleName(tr("Start the tree again"));
    connect(m_backButton, &QPushButton::clicked, this, &TreeWalkerPanel::goBack);
    connect(m_restartButton, &QPushButton::clicked, this, &TreeWalkerPanel::restart);
    connect(m_breadcrumb, &BreadcrumbBar::stepActivated, this, &TreeWalkerPanel::jumpTo);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addStretch(1);
    buttons->addWidget(m_restartButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_breadcrumb);
    layout->addWidget(m_questionLabel);
    layout->addWidget(m_agentNoteLabel);
    layout->addWidget(m_optionsBox);
    layout->addWidget(m_outcomeView, 1);
    layout->addStretch(0);
    layout->addLayout(buttons);

    buildShortcuts();
    refresh();
}

void TreeWalkerPanel::buildShortcuts()
{
    // Shortcuts only while focus is inside the panel, so typing digits in a notes field stays typing.
    for (int i = 0; i < 9; ++i) {
        for (const QKeySequence &key :
             {QKeySequence(Qt::Key_1 + i), QKeySequence(Qt::KeypadModifier | (Qt::Key_1 + i))}) {
            auto *shortcut = new QShortcut(key, this);
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
            connect(shortcut, &QShortcut::activated, this, [this, i] { chooseOption(i); });
        }
    }
    auto *back = new QShortcut(this);
    back->setObjectName(u"treeBackShortcut"_qs);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    ShortcutKeys::instance().bind(back); // the user may have chosen another key
    connect(back, &QShortcut::activated, this, &TreeWalkerPanel::goBack);
}

void TreeWalkerPanel::setContentLanguage(const QString &language)
{
    m_language = language;
    refresh();
}

bool TreeWalkerPanel::restorePath(const QList<WalkStep> &path)
{
    const bool fitted = m_walker.restore(path);
    refresh();
    return fitted;
}

void TreeWalkerPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refresh();
}

void TreeWalkerPanel::focusFirstControl()
{
    QWidget *target = m_walker.atOutcome() ? static_cast<QWidget *>(m_outcomeView) : m_optionButtons.value(0);
    (target ? target : this)->setFocus(Qt::OtherFocusReason);
}

bool TreeWalkerPanel::chooseOption(qsizetype index)
{
    const TreeNode &node = m_walker.current();
    if (m_readOnly || index < 0 || index >= node.options.size())
        return false;
    m_walker.answer(node.options.at(index).id);
    refresh();
    emit walkChanged();
    return true;
}

bool TreeWalkerPanel::goBack()
{
    if (m_readOnly || !m_walker.back())
        return false;
    refresh();
    emit walkChanged();
    return true;
}

bool TreeWalkerPanel::jumpTo(qsizetype stepIndex)
{
    if (m_readOnly || !m_walker.jumpTo(stepIndex))
        return false;
    refresh();
    emit walkChanged();
    return true;
}

void TreeWalkerPanel::restart()
{
    if (m_readOnly)
        return;
    m_walker.restart();
    refresh();
    emit walkChanged();
}

void TreeWalkerPanel::showOptions(const TreeNode &node)
{
    for (QPushButton *button : std::as_const(m_optionButtons))
        RebuiltWidgets::discard(button);
    m_optionButtons.clear();
    for (qsizetype i = 0; i < node.options.size(); ++i) {
        const QString label = node.options.at(i).label.in(m_language);
        auto *button = new QPushButton(tr("%1   %2").arg(i + 1).arg(label), m_optionsBox);
        button->setObjectName(u"optionButton"_qs + QString::number(i + 1));
        button->setAccessibleName(label);
        // Focus lands on the first answer after every step: its description carries the question, so
        // a screen reader says the new question with it.
        button->setAccessibleDescription(i == 0 ? tr("%1 Key %2").arg(node.text.in(m_language)).arg(i + 1)
                                                : tr("Key %1").arg(i + 1));
        button->setMinimumHeight(button->fontMetrics().height() * 5 / 2);
        button->setStyleSheet(u"text-align: left; padding-left: 12px;"_qs);
        button->setEnabled(!m_readOnly);
        connect(button, &QPushButton::clicked, this, [this, i] { chooseOption(i); });
        m_optionsLayout->addWidget(button);
        button->show(); // now, not when the layout gets round to it: the focus may go to it at once
        m_optionButtons.append(button);
    }
}

void TreeWalkerPanel::refresh()
{
    // Keep keyboard focus in the panel when the widgets it was on are replaced: the new ones take it
    // before the old ones go (see DiscardAfterFocusMoves).
    const bool focusWasInPanel = isAncestorOf(QApplication::focusWidget());
    const RebuiltWidgets::DiscardAfterFocusMoves discardAfterFocusMoves;
    const TreeNode &node = m_walker.current();
    m_breadcrumb->showPath(m_walker, m_language, !m_readOnly);
    m_questionLabel->setText(node.isOutcome() ? tr("Advice") : node.text.in(m_language));
    m_questionLabel->setAccessibleName(m_questionLabel->text());
    m_agentNoteLabel->setVisible(!node.agentNote.isEmpty() && !node.isOutcome());
    m_agentNoteLabel->setText(tr("For you: %1").arg(node.agentNote.in(m_language)));
    showOptions(node);
    m_optionsBox->setVisible(!node.isOutcome());
    m_outcomeView->setVisible(node.isOutcome());
    if (node.isOutcome())
        m_outcomeView->showOutcome(node, *m_directory, m_language);
    m_backButton->setEnabled(m_walker.canGoBack());
    m_backButton->setVisible(!m_readOnly);
    m_restartButton->setVisible(!m_readOnly);
    // Tab goes through the panel as it reads: steps taken, options, advice, back, start again.
    QList<QWidget *> tabOrder = m_breadcrumb->stepButtons();
    for (QPushButton *button : std::as_const(m_optionButtons))
        tabOrder.append(button);
    tabOrder << m_outcomeView << m_backButton << m_restartButton;
    RebuiltWidgets::chainTabOrder(m_questionLabel, tabOrder);
    if (focusWasInPanel) {
        QWidget *target = node.isOutcome() ? static_cast<QWidget *>(m_outcomeView) : m_optionButtons.value(0);
        if (target)
            target->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace ww
