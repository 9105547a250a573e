// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseLogQuery.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace ww {

using namespace SqlValues;

namespace {

/// The sort fragment of each column: the whitelist of what ORDER BY may contain.
QString sortFragment(CaseLogColumn column)
{
    switch (column) {
    case CaseLogColumn::OpenedAt: return u"sort_opened_at"_qs;
    case CaseLogColumn::Channel: return u"sort_channel"_qs;
    case CaseLogColumn::Agent: return u"sort_agent"_qs;
    case CaseLogColumn::CallerRole: return u"sort_caller_role"_qs;
    case CaseLogColumn::SchoolType: return u"sort_school_type"_qs;
    case CaseLogColumn::Themes: return u"sort_themes"_qs;
    case CaseLogColumn::OutcomeNode: return u"sort_outcome_node"_qs;
    case CaseLogColumn::WhiteSpot: return u"sort_white_spot"_qs;
    case CaseLogColumn::Status: return u"sort_status"_qs;
    case CaseLogColumn::FollowUpDate: return u"sort_follow_up_date"_qs;
    case CaseLogColumn::ReferredParties: return u"sort_parties"_qs;
    }
    return u"sort_opened_at"_qs;
}

QStringList listFrom(const QVariant &value)
{
    return value.isNull() ? QStringList() : value.toString().split(u',', Qt::SkipEmptyParts);
}

CaseLogRow rowFrom(const QSqlQuery &query)
{
    CaseLogRow row;
    row.id = QUuid::fromString(query.value(0).toString());
    row.openedAt = timeFrom(query.value(1));
    row.channel = channelFromCode(query.value(2).toString()).value_or(Channel::Phone);
    row.agent = query.value(3).toString();
    row.callerRole = query.value(4).toString();
    row.schoolType = query.value(5).toString();
    row.themes = listFrom(query.value(6));
    row.outcomeNode = query.value(7).toString();
    row.whiteSpot = query.value(8).toInt() != 0;
    row.status = caseStatusFromCode(query.value(9).toString()).value_or(CaseStatus::Active);
    row.followUpDate = query.value(10).isNull() ? QDate()
                                                : QDate::fromString(query.value(10).toString().left(10), Qt::ISODate);
    row.referredParties = listFrom(query.value(11));
    return row;
}

/// The words of a search text: what lies between spaces, punctuation and symbols.
QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(u"[\\s\\p{P}\\p{S}]+"_qs);
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

CaseLogQuery::CaseLogQuery(Database &database, const CaseLogFilter &filter, const CaseLogSort &sort,
                           qint64 commonWordNotes)
    : m_database(database)
    , m_fragments(SqlFragments::load(database, {u"case_log_fragments"_qs, u"case_log_dialect"_qs}))
    , m_sort(sort)
    , m_commonWordNotes(commonWordNotes)
{
    buildFilters(filter);
}

QString CaseLogQuery::fts5Query(const QString &text)
{
    QStringList words;
    for (const QString &word : wordsOf(text))
        words.append(u'"' + QString(word).replace(u'"', u"\"\""_qs) + u'"');
    return words.join(u' ');
}

QString CaseLogQuery::fts5Term(const QString &word)
{
    // As FTS5's unicode61 tokenizer with remove_diacritics 2 stores it: lower case, no accents.
    QString term;
    for (const QChar c : word.toLower().normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            term.append(c);
    }
    return term;
}

qint64 CaseLogQuery::matchingNotes(const QString &text, const QString &value)
{
    if (m_database.dialect() == SqlDialect::PostgreSql) {
        // Counted through the index, up to the threshold: enough to choose, cheap for rare words.
        QSqlQuery &query = m_database.run(u"case_notes_text_matches"_qs,
                                          {{u"text"_qs, value}, {u"most"_qs, m_commonWordNotes}});
        const qint64 notes = query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
        return notes;
    }
    // SQLite: the rarest word's note count from FTS5's vocabulary, an upper bound for all words together.
    qint64 rarest = -1;
    for (const QString &word : wordsOf(text)) {
        QSqlQuery &query = m_database.run(u"case_notes_term_documents"_qs, {{u"term"_qs, fts5Term(word)}});
        const qint64 notes = query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
        rarest = rarest < 0 ? notes : std::min(rarest, notes);
    }
    return std::max<qint64>(rarest, 0);
}

void CaseLogQuery::buildFilters(const CaseLogFilter &filter)
{
    auto add = [this](const QString &fragment, const QVariant &value) {
        m_filterFragments.append(fragment);
        m_bindings.insert(fragment, value);
    };
    if (filter.openedFrom.isValid())
        add(u"opened_from"_qs, filter.openedFrom.toUTC());
    if (filter.openedBefore.isValid())
        add(u"opened_before"_qs, filter.openedBefore.toUTC());
    if (filter.channel)
        add(u"channel"_qs, channelCode(*filter.channel));
    if (!filter.agent.isEmpty())
        add(u"agent"_qs, filter.agent);
    if (!filter.callerRole.isEmpty())
        add(u"caller_role"_qs, filter.callerRole);
    if (!filter.schoolType.isEmpty())
        add(u"school_type"_qs, filter.schoolType);
    if (!filter.theme.isEmpty())
        add(u"theme"_qs, filter.theme);
    if (!filter.referredParty.isEmpty())
        add(u"referred_party"_qs, filter.referredParty);
    if (!filter.outcomeNode.isEmpty())
        add(u"outcome_node"_qs, filter.outcomeNode);
    if (filter.whiteSpot)
        add(u"white_spot"_qs, *filter.whiteSpot ? 1 : 0);
    if (filter.status)
        add(u"status"_qs, caseStatusCode(*filter.status));
    if (filter.followUpDueOn.isValid()) {
        m_filterFragments.append(u"follow_up_due"_qs);
        m_bindings.insert(u"follow_up_today"_qs, filter.followUpDueOn.toString(Qt::ISODate));
    }
    const QString text = filter.noteText.trimmed();
    if (text.size() > CaseLogFilter::maxNoteTextLength)
        throw StorageError(tr("the search text is longer than %1 characters").arg(CaseLogFilter::maxNoteTextLength));
    if (text.isEmpty())
        return;
    const bool sqlite = m_database.dialect() == SqlDialect::Sqlite;
    const QString value = sqlite ? fts5Query(text) : text;
    if (value.isEmpty())
        return;
    m_bindings.insert(u"text"_qs, value);
    m_filterFragments.append(matchingNotes(text, value) >= m_commonWordNotes ? u"text_common"_qs : u"text"_qs);
}

QString CaseLogQuery::sql(const QString &templateName) const
{
    QStringList filters;
    for (const QString &name : m_filterFragments)
        filters.append(u'(' + m_fragments.fragment(name) + u')');
    if (filters.isEmpty())
        filters.append(m_fragments.fragment(u"no_filter"_qs));
    return m_fragments.compose(templateName,
                               {{u"filters"_qs, filters.join(u" AND "_qs)},
                                {u"sort"_qs, m_fragments.fragment(sortFragment(m_sort.column))},
                                {u"direction"_qs, m_fragments.fragment(m_sort.descending ? u"descending"_qs
                                                                                         : u"ascending"_qs)}});
}

QString CaseLogQuery::pageSql() const
{
    return sql(u"rows"_qs);
}

QSqlQuery CaseLogQuery::exec(const QString &text, const QVariantMap &bindings)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(text))
        throw StorageError(tr("database error while preparing the case log on %1: %2")
                               .arg(m_database.url().toString(), query.lastError().text()));
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        query.bindValue(u':' + it.key(), it.value());
    if (!query.exec())
        throw StorageError(tr("database error while reading the case log on %1: %2")
                               .arg(m_database.url().toString(), query.lastError().text()));
    return query;
}

qint64 CaseLogQuery::count()
{
    QSqlQuery query = exec(sql(u"count"_qs), m_bindings);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<CaseLogRow> CaseLogQuery::page(qint64 offset, int limit)
{
    QVariantMap bindings = m_bindings;
    bindings.insert(u"limit"_qs, std::max(limit, 0));
    bindings.insert(u"offset"_qs, std::max<qint64>(offset, 0));
    QSqlQuery query = exec(pageSql(), bindings);
    QList<CaseLogRow> rows;
    rows.reserve(limit);
    while (query.next())
        rows.append(rowFrom(query));
    return rows;
}

void CaseLogQuery::forEach(const std::function<void(const CaseLogRow &)> &visit)
{
    QSqlQuery query = exec(sql(u"all_rows"_qs), m_bindings);
    while (query.next())
        visit(rowFrom(query));
}

} // namespace ww
