// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallOfferBar.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ww {

CallOfferBar::CallOfferBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_open(new QPushButton(tr("Open a case for this call"), this))
    , m_keep(new QPushButton(tr("Keep the current case"), this))
{
    setObjectName(u"callOfferBar"_qs);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Phone call"));
    m_text->setObjectName(u"callOfferText"_qs);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_open->setObjectName(u"callOpenCaseButton"_qs);
    m_open->setAccessibleName(tr("Open a new phone case for the answered call"));
    m_keep->setObjectName(u"callKeepCaseButton"_qs);
    m_keep->setAccessibleName(tr("Keep the current case; start no case for the answered call"));
    // Enter in a case's fields must never open or drop a case.
    m_open->setAutoDefault(false);
    m_keep->setAutoDefault(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_keep);
    connect(m_open, &QPushButton::clicked, this, &CallOfferBar::openRequested);
    connect(m_keep, &QPushButton::clicked, this, &CallOfferBar::keepRequested);
    clear();
}

void CallOfferBar::showText(const QString &text, bool askToOpen)
{
    m_text->setText(text);
    setAccessibleDescription(text);
    m_open->setVisible(askToOpen);
    m_keep->setVisible(askToOpen);
    show();
    // Said at once by a screen reader, whatever has the focus: the call rings now.
    QAccessibleEvent alert(m_text, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void CallOfferBar::clear()
{
    m_text->clear();
    m_open->hide();
    m_keep->hide();
    hide();
}

QString CallOfferBar::text() const
{
    return m_text->text();
}

bool CallOfferBar::isAsking() const
{
    return !m_open->isHidden();
}

} // namespace ww
