// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/DraftJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>

namespace ww {

namespace {

// The order of docs/tree-format.md; a key's rank is its place here.
const QStringList &keyOrder()
{
    static const QStringList order = {u"$schema"_qs,    u"format"_qs,     u"version"_qs,  u"review"_qs,
                                      u"status"_qs,     u"title"_qs,      u"start"_qs,    u"nodes"_qs,
                                      u"id"_qs,         u"kind"_qs,       u"text"_qs,     u"label"_qs,
                                      u"nl"_qs,         u"en"_qs,         u"note"_qs,     u"languageExceptions"_qs,
                                      u"rule"_qs,       u"word"_qs,       u"sentence"_qs, u"language"_qs,
                                      u"reason"_qs,     u"options"_qs,    u"next"_qs,     u"sets"_qs,
                                      u"callerRole"_qs, u"schoolType"_qs, u"theme"_qs,    u"routeStage"_qs,
                                      u"referrals"_qs,  u"party"_qs,      u"script"_qs,   u"whiteSpot"_qs,
                                      u"urgent"_qs};
    return order;
}

QStringList orderedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    const QStringList &order = keyOrder();
    std::stable_sort(keys.begin(), keys.end(), [&order](const QString &a, const QString &b) {
        const qsizetype rankA = order.indexOf(a) < 0 ? order.size() : order.indexOf(a);
        const qsizetype rankB = order.indexOf(b) < 0 ? order.size() : order.indexOf(b);
        return rankA != rankB ? rankA < rankB : a < b;
    });
    return keys;
}

QByteArray escaped(QChar c)
{
    switch (c.unicode()) {
    case u'"':
        return "\\\"";
    case u'\\':
        return "\\\\";
    case u'\n':
        return "\\n";
    case u'\r':
        return "\\r";
    case u'\t':
        return "\\t";
    case u'\b':
        return "\\b";
    case u'\f':
        return "\\f";
    default:
        return "\\u00" + QByteArray::number(c.unicode(), 16).rightJustified(2, '0');
    }
}

// Runs of plain characters are encoded whole, so that surrogate pairs stay together.
void writeString(QByteArray &out, const QString &text)
{
    out += '"';
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"' || c == u'\\' || c.unicode() < 0x20) {
            out += QStringView(text).mid(start, i - start).toUtf8();
            out += escaped(c);
            start = i + 1;
        }
    }
    out += QStringView(text).mid(start).toUtf8();
    out += '"';
}

void writeValue(QByteArray &out, const QJsonValue &value, int indent);

void newline(QByteArray &out, int indent)
{
    out += '\n';
    out += QByteArray(indent * 2, ' ');
}

void writeObject(QByteArray &out, const QJsonObject &object, int indent)
{
    if (object.isEmpty()) {
        out += "{}";
        return;
    }
    out += '{';
    bool first = true;
    for (const QString &key : orderedKeys(object)) {
        if (!first)
            out += ',';
        first = false;
        newline(out, indent + 1);
        writeString(out, key);
        out += ": ";
        writeValue(out, object.value(key), indent + 1);
    }
    newline(out, indent);
    out += '}';
}

void writeArray(QByteArray &out, const QJsonArray &array, int indent)
{
    if (array.isEmpty()) {
        out += "[]";
        return;
    }
    out += '[';
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (i > 0)
            out += ',';
        newline(out, indent + 1);
        writeValue(out, array.at(i), indent + 1);
    }
    newline(out, indent);
    out += ']';
}

void writeValue(QByteArray &out, const QJsonValue &value, int indent)
{
    switch (value.type()) {
    case QJsonValue::Object:
        writeObject(out, value.toObject(), indent);
        break;
    case QJsonValue::Array:
        writeArray(out, value.toArray(), indent);
        break;
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Double: {
        // Whole numbers as integers (format 1, not 1.0); anything else as Qt writes it.
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            out += QByteArray::number(qint64(number));
        else
            out += QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        break;
    }
    }
}

} // namespace

QByteArray DraftJsonWriter::write(const QJsonObject &document)
{
    QByteArray out;
    writeObject(out, document, 0);
    out += '\n';
    return out;
}

} // namespace ww
