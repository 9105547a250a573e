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
    case CaseLogColumn::OpenedAt:
        return u"sort_opened_at"_qs;
    case CaseLogColumn::Channel:
        return u"sort_channel"_qs;
    case CaseLogColumn::Agent:
        return u"sort_agent"_qs;
    case CaseLogColumn::CallerRole:
        return u"sort_caller_role"_qs;
    case CaseLogColumn::CallerLanguage:
        return u"sort_caller_language"_qs;
    case CaseLogColumn::SchoolType:
        return u"sort_school_type"_qs;
    case CaseLogColumn::Themes:
        return u"sort_themes"_qs;
    case CaseLogColumn::OutcomeNode:
        return u"sort_outcome_node"_qs;
    case CaseLogColumn::WhiteSpot:
        return u"sort_white_spot"_qs;
    case CaseLogColumn::Status:
        return u"sort_status"_qs;
    case CaseLogColumn::FollowUpDate:
        return u"sort_follow_up_date"_qs;
    case CaseLogColumn::ReferredParties:
        return u"sort_parties"_qs;
    }
    return u"sort_opened_at"_qs;
}

QStringList listFrom(const QVariant &value)
{
    return value.isNull() ? QStringList() : value.toString().split(u',', Qt::SkipEmptyParts);
}

/// A row, from the query's current record. \a id and \a opened are its first two values, read once
/// by the caller (the driver converts again at every value() call).
CaseLogRow rowFrom(const QSqlQuery &query, const QVariant &id, const QVariant &opened)
{
    CaseLogRow row;
    row.id = QUuid::fromString(id.toString());
    row.openedAt = timeFrom(opened);
    row.channel = channelFromCode(query.value(2).toString()).value_or(Channel::Phone);
    row.agent = query.value(3).toString();
    row.callerRole = query.value(4).toString();
    row.schoolType = query.value(5).toString();
    row.themes = listFrom(query.value(6));
    row.outcomeNode = query.value(7).toString();
    row.whiteSpot = query.value(8).toInt() != 0;
    row.status = caseStatusFromCode(query.value(9).toString()).value_or(CaseStatus::Active);
    row.followUpDate
            = query.value(10).isNull() ? QDate() : QDate::fromString(query.value(10).toString().left(10), Qt::ISODate);
    row.referredParties = listFrom(query.value(11));
    row.callerLanguage = query.value(12).toString();
    return row;
}

/// The words of a search text: what lies between spaces, punctuation and symbols.
QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(u"[\\s\\p{P}\\p{S}]+"_qs);
    return text.split(separators, Qt::SkipEmptyParts);
}

/// The columns of the case log's index order in SQL: "a DESC, b DESC".
QString ordered(const QStringList &keys, const QString &direction)
{
    QStringList parts;
    for (const QString &key : keys)
        parts.append(key + u' ' + direction);
    return parts.join(u", "_qs);
}

} // namespace

CaseLogQuery::CaseLogQuery(Database &database, const CaseLogFilter &filter, const CaseLogSort &sort,
                           qint64 commonWordNotes, qint64 rareCases)
    : m_database(database)
    , m_fragments(SqlFragments::load(database, {u"case_log_fragments"_qs, u"case_log_dialect"_qs}))
    , m_sort(sort)
    , m_commonWordNotes(commonWordNotes)
    , m_rareCases(rareCases)
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
        QSqlQuery &query
                = m_database.run(u"case_notes_text_matches"_qs, {{u"text"_qs, value}, {u"most"_qs, m_commonWordNotes}});
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

qint64 CaseLogQuery::boundedCount(const QString &statement, QVariantMap bindings, qint64 limit)
{
    bindings.insert(u"most"_qs, limit);
    QSqlQuery &query = m_database.run(statement, bindings);
    const qint64 found = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return found;
}

void CaseLogQuery::buildFilters(const CaseLogFilter &filter)
{
    const QList<Part> parts = partsOf(filter);
    const CaseLogPlan plan(countedConditions(parts), m_sort.column == CaseLogColumn::OpenedAt, m_rareCases);
    follow(plan, parts);
}

QList<CaseLogQuery::Part> CaseLogQuery::partsOf(const CaseLogFilter &filter)
{
    QList<Part> parts;
    auto column = [&](const QString &fragment, const QVariant &value) {
        parts.append({{fragment}, CaseLogPlan::Kind::Column, {}});
        m_bindings.insert(fragment, value);
    };
    QStringList period;
    if (filter.openedFrom.isValid()) {
        period.append(u"opened_from"_qs);
        m_bindings.insert(u"opened_from"_qs, filter.openedFrom.toUTC());
    }
    if (filter.openedBefore.isValid()) {
        period.append(u"opened_before"_qs);
        m_bindings.insert(u"opened_before"_qs, filter.openedBefore.toUTC());
    }
    if (!period.isEmpty())
        parts.append({period, CaseLogPlan::Kind::Period, {}});
    if (filter.channel)
        column(u"channel"_qs, channelCode(*filter.channel));
    if (!filter.agent.isEmpty())
        column(u"agent"_qs, filter.agent);
    if (!filter.callerRole.isEmpty())
        column(u"caller_role"_qs, filter.callerRole);
    if (!filter.callerLanguage.isEmpty())
        column(u"caller_language"_qs, filter.callerLanguage);
    if (!filter.schoolType.isEmpty())
        column(u"school_type"_qs, filter.schoolType);
    if (!filter.outcomeNode.isEmpty())
        column(u"outcome_node"_qs, filter.outcomeNode);
    if (filter.whiteSpot)
        column(u"white_spot"_qs, *filter.whiteSpot ? 1 : 0);
    if (filter.status)
        column(u"status"_qs, caseStatusCode(*filter.status));
    if (filter.followUpDueOn.isValid()) {
        parts.append({{u"follow_up_due"_qs}, CaseLogPlan::Kind::Column, {}});
        m_bindings.insert(u"follow_up_today"_qs, filter.followUpDueOn.toString(Qt::ISODate));
    }
    if (!filter.theme.isEmpty()) {
        parts.append({{u"theme"_qs}, CaseLogPlan::Kind::Theme, u"case_log_theme_cases"_qs});
        m_bindings.insert(u"theme"_qs, filter.theme);
    }
    if (!filter.referredParty.isEmpty()) {
        parts.append({{u"referred_party"_qs}, CaseLogPlan::Kind::Party, u"case_log_party_cases"_qs});
        m_bindings.insert(u"referred_party"_qs, filter.referredParty);
    }
    const QString text = filter.noteText.trimmed();
    if (text.size() > CaseLogFilter::maxNoteTextLength)
        throw StorageError(tr("the search text is longer than %1 characters").arg(CaseLogFilter::maxNoteTextLength),
                           StorageError::Cause::Refused);
    const bool sqlite = m_database.dialect() == SqlDialect::Sqlite;
    const QString value = sqlite ? fts5Query(text) : text;
    if (!value.isEmpty()) {
        m_bindings.insert(u"text"_qs, value);
        const bool common = matchingNotes(text, value) >= m_commonWordNotes;
        parts.append({{common ? u"text_common"_qs : u"text"_qs}, CaseLogPlan::Kind::Other, {}});
    }
    return parts;
}

QList<CaseLogPlan::Condition> CaseLogQuery::countedConditions(const QList<Part> &parts)
{
    // Count what the plan needs, through the indexes: themes and parties, and on SQLite also the
    // columns and (in another order than opening time) the period, because SQLite's planner cannot
    // tell a rare value from a common one. One condition alone in opening order leads uncounted.
    const bool sqlite = m_database.dialect() == SqlDialect::Sqlite;
    const bool openingOrder = m_sort.column == CaseLogColumn::OpenedAt;
    auto competes = [&](const Part &part) {
        switch (part.kind) {
        case CaseLogPlan::Kind::Theme:
        case CaseLogPlan::Kind::Party:
            return true;
        case CaseLogPlan::Kind::Column:
            return sqlite;
        case CaseLogPlan::Kind::Period:
            return sqlite && !openingOrder;
        case CaseLogPlan::Kind::Other:
            return false;
        }
        return false;
    };
    const auto competing = std::count_if(parts.cbegin(), parts.cend(), competes);
    const bool counting = competing >= 2 || (competing == 1 && !openingOrder);
    // Telling two common conditions apart needs a higher limit than telling rare from common.
    const qint64 limit = competing >= 2 ? m_rareCases * 5 : m_rareCases;
    QList<CaseLogPlan::Condition> conditions;
    for (const Part &part : std::as_const(parts)) {
        qint64 cases = -1;
        if (counting && competes(part)) {
            if (part.countStatement.isEmpty()) {
                cases = countThrough(part.fragments, limit);
            } else {
                const bool theme = part.kind == CaseLogPlan::Kind::Theme;
                cases = boundedCount(part.countStatement,
                                     {{theme ? u"theme"_qs : u"party"_qs,
                                       m_bindings.value(theme ? u"theme"_qs : u"referred_party"_qs)}},
                                     limit);
            }
        }
        conditions.append({part.kind, cases});
    }
    return conditions;
}

void CaseLogQuery::follow(const CaseLogPlan &plan, const QList<Part> &parts)
{
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const bool theme = parts.at(i).kind == CaseLogPlan::Kind::Theme;
        if (plan.form(i) == CaseLogPlan::Form::Driver)
            m_driver = theme ? Driver::Theme : Driver::Party;
        else if (plan.form(i) == CaseLogPlan::Form::Listed)
            m_driver = theme ? Driver::ThemeList : Driver::PartyList;
    }

    for (qsizetype i = 0; i < parts.size(); ++i) {
        const CaseLogPlan::Form form = plan.form(i);
        for (const QString &fragment : parts.at(i).fragments) {
            switch (form) {
            case CaseLogPlan::Form::Driver:
                m_filters.append({fragment + u"_driver"_qs});
                break;
            case CaseLogPlan::Form::Listed:
                m_filters.append({fragment + u"_listed"_qs});
                break;
            case CaseLogPlan::Form::Exists:
            case CaseLogPlan::Form::Indexed:
                m_filters.append({fragment});
                break;
            case CaseLogPlan::Form::Probed:
                m_filters.append({fragment, true});
                break;
            }
        }
    }
}

qint64 CaseLogQuery::countThrough(const QStringList &fragments, qint64 limit)
{
    QStringList conditions;
    for (const QString &fragment : fragments)
        conditions.append(
                u'('
                + m_fragments.compose(
                        fragment, {{u"probe"_qs, {}}, {u"opened"_qs, m_fragments.fragment(u"driver_cases_opened"_qs)}})
                + u')');
    QVariantMap bindings = m_bindings;
    bindings.insert(u"most"_qs, limit);
    QSqlQuery query
            = exec(m_fragments.compose(u"bounded_count"_qs, {{u"filter"_qs, conditions.join(u" AND "_qs)}}), bindings);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString CaseLogQuery::driverName() const
{
    switch (m_driver) {
    case Driver::Theme:
        return u"driver_theme"_qs;
    case Driver::Party:
        return u"driver_party"_qs;
    case Driver::ThemeList:
        return u"driver_theme_list"_qs;
    case Driver::PartyList:
        return u"driver_party_list"_qs;
    case Driver::Cases:
        break;
    }
    return u"driver_cases"_qs;
}

QStringList CaseLogQuery::casesKeys() const
{
    QStringList keys{m_fragments.fragment(u"driver_cases_opened"_qs), m_fragments.fragment(u"driver_cases_id"_qs)};
    if (m_sort.column != CaseLogColumn::OpenedAt)
        keys.prepend(m_fragments.compose(sortFragment(m_sort.column)));
    return keys;
}

QStringList CaseLogQuery::orderKeys() const
{
    if (walksOwnIndex())
        return {m_fragments.fragment(driverName() + u"_opened"_qs), m_fragments.fragment(driverName() + u"_id"_qs)};
    return casesKeys();
}

QString CaseLogQuery::sql(const QString &templateName, bool afterCursor) const
{
    const QString driver = driverName();
    const QString opened = m_fragments.fragment((walksOwnIndex() ? driver : u"driver_cases"_qs) + u"_opened"_qs);
    QStringList filters;
    for (const ChosenFilter &chosen : m_filters) {
        const QString probe = chosen.probed ? m_fragments.fragment(u"probe"_qs) : QString();
        filters.append(u'(' + m_fragments.compose(chosen.fragment, {{u"probe"_qs, probe}, {u"opened"_qs, opened}})
                       + u')');
    }
    if (filters.isEmpty())
        filters.append(m_fragments.fragment(u"no_filter"_qs));

    const QString direction = m_fragments.fragment(m_sort.descending ? u"descending"_qs : u"ascending"_qs);
    const QStringList keys = orderKeys();
    const QStringList outerKeys = casesKeys();

    QString after = m_fragments.fragment(u"from_the_start"_qs);
    if (afterCursor) {
        const QString values = m_fragments.fragment(keys.size() == 3 ? u"after_sorted"_qs : u"after_opening"_qs);
        after = m_fragments.compose(m_sort.descending ? u"after_descending"_qs : u"after_ascending"_qs,
                                    {{u"keys"_qs, keys.join(u", "_qs)}, {u"key_values"_qs, values}});
    }
    // In opening order the cursor's sort key is the opening time itself: not read twice.
    const QString sortKey = m_sort.column == CaseLogColumn::OpenedAt
            ? m_fragments.fragment(u"no_sort_key"_qs)
            : m_fragments.fragment(sortFragment(m_sort.column));
    return m_fragments.compose(templateName,
                               {{u"filters"_qs, filters.join(u" AND "_qs)},
                                {u"driver"_qs, m_fragments.fragment(driver)},
                                {u"driver_id"_qs, m_fragments.fragment(driver + u"_id"_qs)},
                                {u"after"_qs, after},
                                {u"order"_qs, ordered(keys, direction)},
                                {u"outer_order"_qs, ordered(outerKeys, direction)},
                                {u"sort_key"_qs, sortKey}});
}

QString CaseLogQuery::pageSql(const CaseLogCursor &after) const
{
    return sql(u"rows"_qs, !after.atStart());
}

QVariantMap CaseLogQuery::pageBindings(const CaseLogCursor &after, int limit) const
{
    QVariantMap bindings = m_bindings;
    bindings.insert(u"limit"_qs, std::max(limit, 0));
    if (!after.atStart()) {
        if (orderKeys().size() == 3)
            bindings.insert(u"after_sort"_qs, after.sortKey);
        bindings.insert(u"after_opened"_qs, after.openedAt);
        bindings.insert(u"after_id"_qs, after.id);
    }
    return bindings;
}

QSqlQuery CaseLogQuery::exec(const QString &text, const QVariantMap &bindings)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(text))
        throw StorageError(tr("database error while preparing the case log on %1: %2")
                                   .arg(m_database.url().toString(), query.lastError().text()),
                           m_database.causeOf(query.lastError()));
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        query.bindValue(u':' + it.key(), it.value());
    if (!query.exec())
        throw StorageError(tr("database error while reading the case log on %1: %2")
                                   .arg(m_database.url().toString(), query.lastError().text()),
                           m_database.causeOf(query.lastError()));
    return query;
}

qint64 CaseLogQuery::count()
{
    QSqlQuery query = exec(sql(u"count"_qs), m_bindings);
    return query.next() ? query.value(0).toLongLong() : 0;
}

CaseLogPage CaseLogQuery::page(const CaseLogCursor &after, int limit)
{
    QSqlQuery query = exec(pageSql(after), pageBindings(after, limit));
    CaseLogPage page;
    page.rows.reserve(limit);
    page.end = after;
    while (query.next()) {
        // The raw values, bound again as they came: no conversion may shift a key.
        const QVariant id = query.value(0);
        const QVariant opened = query.value(1);
        page.rows.append(rowFrom(query, id, opened));
        page.end = {query.value(13), opened, id};
    }
    return page;
}

void CaseLogQuery::forEach(const std::function<void(const CaseLogRow &)> &visit)
{
    QSqlQuery query = exec(sql(u"all_rows"_qs), m_bindings);
    while (query.next())
        visit(rowFrom(query, query.value(0), query.value(1)));
}

} // namespace ww
