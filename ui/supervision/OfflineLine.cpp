// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervision/OfflineLine.h"

#include "storage/AsyncStorage.h"

namespace ww {

OfflineLine::OfflineLine(AsyncStorage &storage, const QString &name, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(name + u"Offline"_qs);
    setWordWrap(true);
    setStyleSheet(u"font-weight: bold"_qs);
    connect(&storage, &AsyncStorage::onlineChanged, this, &OfflineLine::showOnline);
    showOnline(storage.isOnline());
}

void OfflineLine::showOnline(bool online)
{
    const QString text = online
            ? QString()
            : tr("Offline: the database cannot be reached; what this window shows may be out of date.");
    setText(text);
    setAccessibleName(text);
    setVisible(!online);
}

} // namespace ww
