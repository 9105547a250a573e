// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseLogExportAudit.h"

#include "storage/Database.h"

#include <QRegularExpression>

namespace ww {

namespace {

// What the PostgreSQL function accepts as a value, too (migration 007).
QString codeOrMarker(const QString &value)
{
    static const QRegularExpression code(QRegularExpression::anchoredPattern(u"[A-Za-z0-9._@-]{1,64}"_qs));
    return code.match(value).hasMatch() ? value : u"not-a-code"_qs;
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

CaseLogExportAudit::CaseLogExportAudit(Database &database)
    : m_database(database)
{ }

QString CaseLogExportAudit::codedFilter(const CaseLogFilter &filter)
{
    QStringList pairs;
    const auto add = [&pairs](const QString &key, const QString &value) {
        if (!value.isEmpty())
            pairs.append(key + u'=' + value);
    };
    if (filter.openedFrom.isValid())
        add(u"from"_qs, utcText(filter.openedFrom));
    if (filter.openedBefore.isValid())
        add(u"before"_qs, utcText(filter.openedBefore));
    if (filter.channel)
        add(u"channel"_qs, channelCode(*filter.channel));
    if (!filter.agent.isEmpty())
        add(u"agent"_qs, codeOrMarker(filter.agent));
    if (!filter.callerRole.isEmpty())
        add(u"caller"_qs, codeOrMarker(filter.callerRole));
    if (!filter.callerLanguage.isEmpty())
        add(u"language"_qs, codeOrMarker(filter.callerLanguage));
    if (!filter.schoolType.isEmpty())
        add(u"school"_qs, codeOrMarker(filter.schoolType));
    if (!filter.theme.isEmpty())
        add(u"theme"_qs, codeOrMarker(filter.theme));
    if (!filter.referredParty.isEmpty())
        add(u"party"_qs, codeOrMarker(filter.referredParty));
    if (!filter.outcomeNode.isEmpty())
        add(u"outcome"_qs, codeOrMarker(filter.outcomeNode));
    if (filter.whiteSpot)
        add(u"white_spot"_qs, *filter.whiteSpot ? u"yes"_qs : u"no"_qs);
    if (filter.status)
        add(u"status"_qs, caseStatusCode(*filter.status));
    if (filter.followUpDueOn.isValid())
        add(u"follow_up_due"_qs, filter.followUpDueOn.toString(Qt::ISODate));
    if (!filter.noteText.trimmed().isEmpty())
        add(u"text"_qs, u"yes"_qs); // the words searched for are free text: never recorded
    return pairs.join(u' ');
}

void CaseLogExportAudit::record(const CaseLogFilter &filter, qint64 rows, const QString &actor, const QDateTime &now)
{
    const QString coded = codedFilter(filter);
    QVariantMap bindings;
    if (m_database.dialect() == SqlDialect::Sqlite) {
        bindings.insert(u"actor"_qs, actor.isEmpty() ? u"(unknown)"_qs : actor);
        bindings.insert(u"at"_qs, now.toUTC());
        bindings.insert(u"action"_qs, QString::fromUtf16(action));
        const QString detail = u"rows="_qs + QString::number(rows) + (coded.isEmpty() ? QString() : u' ' + coded);
        bindings.insert(u"detail"_qs, detail);
    } else {
        bindings.insert(u"rows"_qs, rows);
        bindings.insert(u"filter"_qs, coded);
    }
    m_database.run(u"case_log_export_record"_qs, bindings).finish();
}

} // namespace ww
