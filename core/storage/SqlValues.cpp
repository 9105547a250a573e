// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlValues.h"

namespace ww::SqlValues {

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullable(const QDateTime &time)
{
    return time.isValid() ? QVariant(time) : QVariant(QMetaType(QMetaType::QDateTime));
}

QVariant nullable(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = value.toDateTime();
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.toUTC();
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString().left(10), Qt::ISODate);
}

} // namespace ww::SqlValues
