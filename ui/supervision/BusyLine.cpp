// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervision/BusyLine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ww {

BusyLine::BusyLine(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_stopButton(new QPushButton(tr("Stop"), this))
{
    // No accessible name of its own: the text is the label's name, and QLabel announces each change.
    m_label->setObjectName(name + u"Busy"_qs);
    m_stopButton->setObjectName(name + u"Stop"_qs);
    m_stopButton->setAccessibleName(tr("Stop loading"));
    m_stopButton->setToolTip(tr("Stop loading (Esc)"));
    m_stopButton->setShortcut(QKeySequence(Qt::Key_Escape));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_stopButton);
    connect(m_stopButton, &QPushButton::clicked, this, &BusyLine::stopRequested);
    hide();
}

void BusyLine::showBusy(const QString &text, bool stoppable)
{
    m_label->setText(text);
    m_stoppable = stoppable;
    m_stopButton->setVisible(stoppable);
    show();
}

void BusyLine::clear()
{
    m_label->clear();
    hide();
}

QString BusyLine::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace ww
