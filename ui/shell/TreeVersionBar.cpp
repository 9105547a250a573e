// SPDX-License-Identifier: GPL-3.0-or-later
#include "TreeVersionBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ww {

TreeVersionBar::TreeVersionBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_switch(new QPushButton(tr("Switch"), this))
    , m_later(new QPushButton(tr("Later"), this))
{
    setObjectName(u"treeVersionBar"_qs);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("New version of the tree"));
    m_text->setObjectName(u"treeVersionText"_qs);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_switch->setObjectName(u"treeVersionSwitchButton"_qs);
    m_switch->setAccessibleName(tr("Switch to the new version of the tree"));
    m_switch->setAccessibleDescription(tr("New cases use it; an open case keeps the tree it was started with."));
    m_later->setObjectName(u"treeVersionLaterButton"_qs);
    m_later->setAccessibleName(tr("Keep the current tree for now"));
    // Neither button is a default: Enter in a case's fields must never switch the tree.
    m_switch->setAutoDefault(false);
    m_later->setAutoDefault(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_switch);
    layout->addWidget(m_later);

    connect(m_switch, &QPushButton::clicked, this, [this] {
        hide();
        emit switchRequested(m_offeredId);
    });
    connect(m_later, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void TreeVersionBar::offer(qint64 id, const QString &note)
{
    m_offeredId = id;
    QString text = tr("A new version of the tree is available (version %1).").arg(id);
    if (!note.isEmpty())
        text += u' ' + tr("What changed: %1").arg(note);
    m_text->setText(text);
    setAccessibleDescription(text);
    show();
}

} // namespace ww
