// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Diagnostic.h"
#include "LocalizedText.h"
#include "json/JsonFileReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace ww {

/// Collects located problems while a parsed document is checked, so all are reported at once.
class ValidationContext
{
public:
    explicit ValidationContext(const JsonInput &input);

    void error(const QString &jsonPath, const QString &message);      ///< located at the value
    void errorAtKey(const QString &jsonPath, const QString &message); ///< located at the member's key
    const Diagnostics &diagnostics() const { return m_diagnostics; }

private:
    const JsonInput &m_input;
    Diagnostics m_diagnostics;
};

enum class Presence { Required, Optional };

/// Reads typed members of one JSON object, reporting each wrong or missing member with its path.
/// Getters return an empty value after reporting, so checking goes on and finds every problem.
class JsonObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(ww::JsonObjectReader)

public:
    JsonObjectReader(ValidationContext &context, const QJsonObject &object, const QString &path);

    const QString &path() const { return m_path; }
    QString memberPath(const QString &key) const;
    bool has(const QString &key) const { return m_object.contains(key); }

    QString string(const QString &key, Presence presence, const QRegularExpression *pattern = nullptr);
    QString code(const QString &key, const QStringList &allowed, Presence presence);
    LocalizedText text(const QString &key, Presence presence);
    bool boolean(const QString &key, bool defaultValue);
    std::optional<int> integer(const QString &key, Presence presence);
    std::optional<QJsonArray> array(const QString &key, Presence presence, qsizetype minItems, qsizetype maxItems);
    std::optional<QJsonObject> object(const QString &key, Presence presence);
    QStringList codes(const QString &key, const QStringList &allowed, qsizetype minItems);
    QList<LocalizedText> texts(const QString &key, Presence presence, qsizetype minItems);

    /// Reports every member whose key is not in \a allowed.
    void rejectUnknownKeys(const QStringList &allowed);

    /// Reads a LocalizedText from any value (also array elements).
    static LocalizedText localizedText(ValidationContext &context, const QJsonValue &value, const QString &path);
    static QString typeName(const QJsonValue &value);

private:
    std::optional<QJsonValue> member(const QString &key, Presence presence, QJsonValue::Type type);

    ValidationContext &m_context;
    QJsonObject m_object;
    QString m_path;
};

} // namespace ww
