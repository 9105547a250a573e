// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonObjectReader.h"

#include "content/ContentRules.h"

#include <QCoreApplication>

#include <limits>

namespace ww {

ValidationContext::ValidationContext(const JsonInput &input)
    : m_input(input)
{ }

void ValidationContext::error(const QString &jsonPath, const QString &message)
{
    const SourceLocation at = m_input.sourceMap().valueLocation(jsonPath);
    m_diagnostics.append({m_input.fileName, at.line, at.column, message, jsonPath});
}

void ValidationContext::errorAtKey(const QString &jsonPath, const QString &message)
{
    const SourceLocation at = m_input.sourceMap().keyLocation(jsonPath);
    m_diagnostics.append({m_input.fileName, at.line, at.column, message, jsonPath});
}

JsonObjectReader::JsonObjectReader(ValidationContext &context, const QJsonObject &object, const QString &path)
    : m_context(context)
    , m_object(object)
    , m_path(path)
{ }

QString JsonObjectReader::memberPath(const QString &key) const
{
    return JsonPath::member(m_path, key);
}

QString JsonObjectReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

std::optional<QJsonValue> JsonObjectReader::member(const QString &key, Presence presence, QJsonValue::Type type)
{
    const auto found = m_object.constFind(key);
    if (found == m_object.constEnd()) {
        if (presence == Presence::Required)
            m_context.error(m_path, tr("missing required field \"%1\"").arg(key));
        return std::nullopt;
    }
    const QJsonValue value = found.value();
    if (value.type() != type) {
        QJsonValue expected;
        switch (type) {
        case QJsonValue::Bool:
            expected = QJsonValue(false);
            break;
        case QJsonValue::Double:
            expected = QJsonValue(0);
            break;
        case QJsonValue::String:
            expected = QJsonValue(QString());
            break;
        case QJsonValue::Array:
            expected = QJsonValue(QJsonArray());
            break;
        default:
            expected = QJsonValue(QJsonObject());
            break;
        }
        m_context.error(memberPath(key), tr("\"%1\" must be %2, not %3").arg(key, typeName(expected), typeName(value)));
        return std::nullopt;
    }
    return value;
}

QString JsonObjectReader::string(const QString &key, Presence presence, const QRegularExpression *pattern)
{
    const auto value = member(key, presence, QJsonValue::String);
    if (!value)
        return {};
    const QString text = value->toString();
    if (text.isEmpty()) {
        m_context.error(memberPath(key), tr("\"%1\" must not be empty").arg(key));
        return {};
    }
    // Characters as people count them (code points), not UTF-16 units.
    const qsizetype length
            = text.size() - std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLowSurrogate(); });
    if (length > ContentRules::MaxTextLength) {
        m_context.error(memberPath(key),
                        tr("\"%1\" is %2 characters long; the limit is %3")
                                .arg(key)
                                .arg(length)
                                .arg(ContentRules::MaxTextLength));
        return {};
    }
    if (pattern && !pattern->match(text).hasMatch()) {
        m_context.error(memberPath(key),
                        tr("\"%1\" is \"%2\", which does not match the pattern %3").arg(key, text, pattern->pattern()));
        return {};
    }
    return text;
}

QString JsonObjectReader::code(const QString &key, const QStringList &allowed, Presence presence)
{
    const QString value = string(key, presence);
    if (!value.isEmpty() && !allowed.contains(value)) {
        m_context.error(memberPath(key),
                        tr("\"%1\" is \"%2\"; allowed are: %3").arg(key, value, allowed.join(u", "_qs)));
        return {};
    }
    return value;
}

LocalizedText JsonObjectReader::text(const QString &key, Presence presence)
{
    const auto value = member(key, presence, QJsonValue::Object);
    if (!value)
        return {};
    return localizedText(m_context, *value, memberPath(key));
}

LocalizedText JsonObjectReader::localizedText(ValidationContext &context, const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        context.error(path,
                      tr("a text must be an object with \"nl\" and optionally \"en\", not %1").arg(typeName(value)));
        return {};
    }
    JsonObjectReader reader(context, value.toObject(), path);
    reader.rejectUnknownKeys({u"nl"_qs, u"en"_qs});
    LocalizedText text;
    if (!reader.has(u"nl"_qs))
        context.error(path, tr("the Dutch text \"nl\" is missing"));
    else
        text.nl = reader.string(u"nl"_qs, Presence::Required);
    text.en = reader.string(u"en"_qs, Presence::Optional);
    return text;
}

bool JsonObjectReader::boolean(const QString &key, bool defaultValue)
{
    const auto value = member(key, Presence::Optional, QJsonValue::Bool);
    return value ? value->toBool() : defaultValue;
}

std::optional<int> JsonObjectReader::integer(const QString &key, Presence presence)
{
    const auto value = member(key, presence, QJsonValue::Double);
    if (!value)
        return std::nullopt;
    const double number = value->toDouble();
    // The range first: converting a number outside int's range to int is undefined behaviour.
    if (number < double(std::numeric_limits<int>::min()) || number > double(std::numeric_limits<int>::max())) {
        m_context.error(memberPath(key),
                        tr("\"%1\" must be a whole number from %2 to %3")
                                .arg(key)
                                .arg(std::numeric_limits<int>::min())
                                .arg(std::numeric_limits<int>::max()));
        return std::nullopt;
    }
    if (number != static_cast<double>(static_cast<int>(number))) {
        m_context.error(memberPath(key), tr("\"%1\" must be a whole number").arg(key));
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<QJsonArray> JsonObjectReader::array(const QString &key, Presence presence, qsizetype minItems,
                                                  qsizetype maxItems)
{
    const auto value = member(key, presence, QJsonValue::Array);
    if (!value)
        return std::nullopt;
    const QJsonArray items = value->toArray();
    if (items.size() < minItems) {
        m_context.error(memberPath(key),
                        minItems == 1 ? tr("\"%1\" must not be empty").arg(key)
                                      : tr("\"%1\" needs at least %2 items").arg(key).arg(minItems));
    } else if (items.size() > maxItems) {
        m_context.error(memberPath(key),
                        tr("\"%1\" has %2 items; the limit is %3").arg(key).arg(items.size()).arg(maxItems));
        return std::nullopt;
    }
    return items;
}

std::optional<QJsonObject> JsonObjectReader::object(const QString &key, Presence presence)
{
    const auto value = member(key, presence, QJsonValue::Object);
    if (!value)
        return std::nullopt;
    return value->toObject();
}

QStringList JsonObjectReader::codes(const QString &key, const QStringList &allowed, qsizetype minItems)
{
    QStringList result;
    const auto items = array(key, Presence::Required, minItems, ContentRules::MaxListItems);
    if (!items)
        return result;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QJsonValue item = items->at(i);
        const QString itemPath = JsonPath::index(memberPath(key), i);
        if (!item.isString() || !allowed.contains(item.toString())) {
            m_context.error(itemPath,
                            tr("unknown code %1 in \"%2\"; allowed are: %3")
                                    .arg(item.isString() ? u'"' + item.toString() + u'"' : typeName(item), key,
                                         allowed.join(u", "_qs)));
            continue;
        }
        if (result.contains(item.toString())) {
            m_context.error(itemPath, tr("\"%1\" is listed twice in \"%2\"").arg(item.toString(), key));
            continue;
        }
        result.append(item.toString());
    }
    return result;
}

QList<LocalizedText> JsonObjectReader::texts(const QString &key, Presence presence, qsizetype minItems)
{
    QList<LocalizedText> result;
    const auto items = array(key, presence, minItems, ContentRules::MaxListItems);
    if (!items)
        return result;
    for (qsizetype i = 0; i < items->size(); ++i)
        result.append(localizedText(m_context, items->at(i), JsonPath::index(memberPath(key), i)));
    return result;
}

void JsonObjectReader::rejectUnknownKeys(const QStringList &allowed)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            m_context.errorAtKey(
                    memberPath(it.key()),
                    tr("unknown field \"%1\"; allowed here are: %2").arg(it.key(), allowed.join(u", "_qs)));
    }
}

} // namespace ww
