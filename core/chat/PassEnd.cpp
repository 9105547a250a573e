// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/PassEnd.h"

#include <QAbstractEventDispatcher>
#include <QThread>

namespace ww::chat {

PassEnd::PassEnd(QObject *parent)
    : QObject(parent)
{
    if (QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(thread())) {
        // The glib dispatcher says aboutToBlock before every pass of a waiting loop; the Unix one only
        // when it will wait, and awake at the start of every pass: between them no pass is missed.
        connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, &PassEnd::fire, Qt::DirectConnection);
        connect(dispatcher, &QAbstractEventDispatcher::awake, this, &PassEnd::fire, Qt::DirectConnection);
        m_hooked = true;
    }
}

void PassEnd::request()
{
    if (m_requested)
        return;
    m_requested = true;
    if (!m_hooked)
        QMetaObject::invokeMethod(this, &PassEnd::fire, Qt::QueuedConnection);
}

void PassEnd::fire()
{
    if (!m_requested)
        return;
    m_requested = false;
    emit ended();
    // Asked again while answering: the loop may be about to wait, so make sure there is one more pass.
    if (m_requested)
        QMetaObject::invokeMethod(this, &PassEnd::fire, Qt::QueuedConnection);
}

} // namespace ww::chat
