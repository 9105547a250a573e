// SPDX-License-Identifier: GPL-3.0-or-later
#include "tree/BreadcrumbBar.h"

#include "common/RebuiltWidgets.h"
#include "tree/TreeWalker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>

namespace ww {

BreadcrumbBar::BreadcrumbBar(QWidget *parent)
    : QWidget(parent)
    , m_scrollArea(new QScrollArea(this))
    , m_strip(new QWidget)
    , m_layout(new QHBoxLayout(m_strip))
{
    setObjectName(u"breadcrumbBar"_qs);
    setAccessibleName(tr("Steps taken"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_scrollArea->setWidget(m_strip);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scrollArea->setFocusPolicy(Qt::NoFocus);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scrollArea);
    setFixedHeight(fontMetrics().height() * 3);
}

QList<QWidget *> BreadcrumbBar::stepButtons() const
{
    QList<QWidget *> buttons;
    for (int i = 0; i < m_layout->count(); ++i) {
        if (auto *button = qobject_cast<QToolButton *>(m_layout->itemAt(i)->widget()))
            buttons.append(button);
    }
    return buttons;
}

void BreadcrumbBar::showPath(const TreeWalker &walker, const QString &language, bool interactive)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (item->widget())
            RebuiltWidgets::discard(item->widget());
        delete item;
    }
    const QList<WalkStep> &path = walker.path();
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        const TreeNode *node = walker.tree().node(path.at(i).nodeId);
        const TreeOption *chosen = node->option(path.at(i).chosenOptionId);
        const QString question = node->text.in(language);
        const QString answer = chosen ? chosen->label.in(language) : QString();
        auto *button = new QToolButton(m_strip);
        button->setObjectName(u"breadcrumbStep"_qs + QString::number(i));
        button->setAutoRaise(true);
        button->setEnabled(interactive);
        button->setText(tr("%1. %2").arg(i + 1).arg(answer));
        button->setToolTip(tr("%1 — answer: %2").arg(question, answer));
        button->setAccessibleName(
                tr("Step %1: %2 Answer: %3. Go back to this question.").arg(i + 1).arg(question, answer));
        connect(button, &QToolButton::clicked, this, [this, i] { emit stepActivated(i); });
        m_layout->addWidget(button);
        auto *separator = new QLabel(u"›"_qs, m_strip);
        separator->setAccessibleName(QString());
        m_layout->addWidget(separator);
    }
    auto *current = new QLabel(tr("%1. Now").arg(path.size()), m_strip);
    current->setObjectName(u"breadcrumbCurrent"_qs);
    QFont bold = current->font();
    bold.setBold(true);
    current->setFont(bold);
    m_layout->addWidget(current);
    m_layout->addStretch(1);
    // Keep the newest step in view.
    QScrollBar *bar = m_scrollArea->horizontalScrollBar();
    bar->setValue(bar->maximum());
}

} // namespace ww
