// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace ww::SqlValues {

// Values to and from the named statements, the same way on SQLite and PostgreSQL.

/// A UUID as both dialects store it: without braces.
QString uuidText(const QUuid &id);
/// NULL for empty texts and invalid times and dates, so optional fields stay NULL in the database.
QVariant nullable(const QString &text);
QVariant nullable(const QDateTime &time);
QVariant nullable(const QDate &date);
/// A stored time in UTC: PostgreSQL gives a timestamptz, SQLite the ISO text it was given.
QDateTime timeFrom(const QVariant &value);
QDate dateFrom(const QVariant &value);

} // namespace ww::SqlValues
