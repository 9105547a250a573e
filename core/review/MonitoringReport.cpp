// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonitoringReport.h"

#include "Vocabulary.h"
#include "review/ReportNames.h"
#include "review/SmallCellSuppression.h"
#include "storage/Database.h"
#include "storage/SqlCaseStore.h"
#include "tree/TreeLoader.h"

#include <QSet>

#include <cmath>
#include <map>

namespace ww {

namespace {

/// Codes of \a dimension seen in any of \a counts, behind the fixed \a first ones, sorted.
QStringList categories(const QStringList &first, const QList<const MonitoringCounts *> &counts,
                       const QString &dimension, bool withNotRecorded)
{
    QStringList list = first;
    QStringList extra;
    for (const MonitoringCounts *slice : counts) {
        for (const QString &value : slice->valuesOf(dimension)) {
            if (!value.isEmpty() && !list.contains(value) && !extra.contains(value))
                extra.append(value);
        }
    }
    extra.sort();
    list += extra;
    if (withNotRecorded)
        list.append(QString());
    return list;
}

/// The first part of "a:b".
QString head(const QString &value)
{
    return value.section(u':', 0, 0);
}

/// Sum of the counts of \a dimension whose value starts with "head:".
qint64 sumOfHead(const MonitoringCounts &counts, const QString &dimension, const QString &first)
{
    qint64 sum = 0;
    const auto values = counts.values.value(dimension);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (head(it.key()) == first)
            sum += it.value();
    }
    return sum;
}

qsizetype rankOf(QList<QList<double>> rows)
{
    qsizetype rank = 0;
    const qsizetype width = rows.isEmpty() ? 0 : rows.first().size();
    for (qsizetype column = 0; column < width && rank < rows.size(); ++column) {
        qsizetype pivot = rank;
        for (qsizetype r = rank; r < rows.size(); ++r) {
            if (std::abs(rows[r][column]) > std::abs(rows[pivot][column]))
                pivot = r;
        }
        if (std::abs(rows[pivot][column]) < 1e-9)
            continue;
        rows.swapItemsAt(rank, pivot);
        for (qsizetype r = rank + 1; r < rows.size(); ++r) {
            const double factor = rows[r][column] / rows[rank][column];
            for (qsizetype c = column; c < width; ++c)
                rows[r][c] -= factor * rows[rank][c];
        }
        ++rank;
    }
    return rank;
}

/// The periods' integer dependencies: coefficient vectors c with sum c_i × (cases in period i) = 0 for
/// any data. A period is a set of days; the days split into elementary intervals at every period's
/// bounds, and a dependency is a null vector of the interval × period incidence matrix. That matrix has
/// consecutive ones in each column, so it is totally unimodular and its circuits have coefficients
/// -1, 0 and 1: trying those finds them all; a rank check keeps an independent set.
QList<QList<qint64>> periodDependencies(const QList<ReportPeriod> &periods)
{
    QList<QDate> bounds;
    for (const ReportPeriod &period : periods)
        bounds << period.first << period.last.addDays(1);
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    const qsizetype n = periods.size();
    qint64 combinations = 1;
    for (qsizetype i = 0; i < n; ++i)
        combinations *= 3;
    QList<QList<qint64>> kept;
    QList<QList<double>> keptRows;
    QList<qint64> vector(n, 0);
    for (qint64 code = 1; code < combinations; ++code) {
        qint64 rest = code;
        for (qsizetype i = 0; i < n; ++i, rest /= 3)
            vector[i] = rest % 3 - 1;
        const auto firstNonZero = std::find_if(vector.cbegin(), vector.cend(), [](qint64 v) { return v != 0; });
        if (firstNonZero == vector.cend() || *firstNonZero < 0)
            continue; // zero, or the negative of a vector tried already
        bool dependency = true;
        for (qsizetype b = 0; b + 1 < bounds.size() && dependency; ++b) {
            qint64 sum = 0;
            for (qsizetype i = 0; i < n; ++i) {
                if (periods.at(i).first <= bounds.at(b) && bounds.at(b + 1) <= periods.at(i).last.addDays(1))
                    sum += vector.at(i);
            }
            dependency = sum == 0;
        }
        if (!dependency)
            continue;
        QList<QList<double>> trial = keptRows;
        trial.append(QList<double>(vector.cbegin(), vector.cend()));
        if (rankOf(trial) > keptRows.size()) {
            keptRows = trial;
            kept.append(vector);
        }
    }
    return kept;
}

/// The report's cells and the equations between them, handed to SmallCellSuppression. Cells with the
/// same period, dimension and value are one cell, whichever table asks for them.
class CellModel
{
public:
    int cell(const ReportPeriod &period, const QString &dimension, const QString &value, qint64 count,
             bool published = true)
    {
        const QString key = period.key() + u'|' + dimension + u'|' + value;
        if (const auto it = m_index.constFind(key); it != m_index.cend())
            return *it;
        const int index = m_suppression.addCell(count, published);
        m_index.insert(key, index);
        m_entries.append({period, dimension, value, published});
        return index;
    }
    void sum(int whole, const QList<int> &parts) { m_suppression.addSum(whole, parts); }
    void equation(const QList<SmallCellSuppression::Term> &terms) { m_suppression.addEquation(terms); }

    /// The same count over periods that add up: four quarters and their year, say.
    void relatePeriods()
    {
        QHash<QString, QList<int>> byKey;
        QStringList order;
        for (int index = 0; index < m_entries.size(); ++index) {
            const QString key = m_entries.at(index).dimension + u'|' + m_entries.at(index).value;
            if (!byKey.contains(key))
                order.append(key);
            byKey[key].append(index);
        }
        QHash<QString, QList<QList<qint64>>> dependenciesOf;
        for (const QString &key : std::as_const(order)) {
            const QList<int> &indexes = byKey[key];
            if (indexes.size() < 2)
                continue;
            QList<ReportPeriod> periods;
            QString periodsKey;
            for (int index : indexes) {
                periods.append(m_entries.at(index).period);
                periodsKey += m_entries.at(index).period.key() + u' ';
            }
            if (!dependenciesOf.contains(periodsKey))
                dependenciesOf.insert(periodsKey, periodDependencies(periods));
            for (const QList<qint64> &dependency : dependenciesOf.value(periodsKey)) {
                QList<SmallCellSuppression::Term> terms;
                for (qsizetype i = 0; i < indexes.size(); ++i) {
                    if (dependency.at(i) != 0)
                        terms.append({indexes.at(i), dependency.at(i)});
                }
                m_suppression.addEquation(terms);
            }
        }
    }

    QList<MonitoringReport::Cell> apply()
    {
        m_suppression.apply();
        QList<MonitoringReport::Cell> cells;
        for (int index = 0; index < m_entries.size(); ++index) {
            const Entry &entry = m_entries.at(index);
            if (entry.published)
                cells.append({entry.period, entry.dimension, entry.value, m_suppression.count(index),
                              m_suppression.isHidden(index)});
        }
        return cells;
    }

private:
    struct Entry
    {
        ReportPeriod period;
        QString dimension;
        QString value;
        bool published;
    };
    SmallCellSuppression m_suppression{MonitoringReport::smallestShownCount};
    QHash<QString, int> m_index;
    QList<Entry> m_entries;
};

/// How every case of the compared periods that reached \a outcome relates to a condition counted
/// per outcome (a white spot, a suggested party): for all of them, for none, or for some.
enum class Share { All, None, Some };

Share shareOf(const QList<const MonitoringCounts *> &slices, const QString &dimension, const QString &value,
              const QString &outcome)
{
    qint64 part = 0;
    qint64 whole = 0;
    for (const MonitoringCounts *slice : slices) {
        part += slice->count(dimension, value);
        whole += slice->count(u"outcome"_qs, outcome);
    }
    if (part == 0)
        return Share::None;
    return part == whole ? Share::All : Share::Some;
}

/// Builds the cells and equations of the report from the counts (see docs/monitoring-report.md).
class ReportBuilder
{
public:
    ReportBuilder(MonitoringReport &report, const QHash<QString, MonitoringCounts> &counts,
                  const ReportCategories &categories)
        : m_report(report)
        , m_known(categories)
    {
        // A std::map keeps the addresses of its values: the slices are handed around by pointer.
        for (const ReportPeriod &period : report.periods.all())
            m_counts[period.key()] = counts.value(period.key());
    }

    void build()
    {
        const ReportPeriods &periods = m_report.periods;
        for (const ReportPeriod &period : {periods.current, periods.previous, periods.yearEarlier})
            m_full.append(&m_counts[period.key()]);
        QList<const MonitoringCounts *> all = m_full;
        for (const ReportPeriod &quarter : periods.quarters)
            all.append(&m_counts[quarter.key()]);
        chooseCategories(all);

        for (const ReportPeriod &period : {periods.current, periods.previous, periods.yearEarlier})
            addPeriod(period, m_counts[period.key()]);
        addCurrentOnly(periods.current, m_counts[periods.current.key()]);
        for (const ReportPeriod &quarter : periods.quarters)
            addQuarter(quarter, m_counts[quarter.key()]);
        m_model.relatePeriods();
        m_report.cells = m_model.apply();
    }

private:
    void chooseCategories(const QList<const MonitoringCounts *> &all)
    {
        m_report.themes = categories(Vocabulary::themes(), all, u"theme"_qs, false);
        m_report.callerRoles = categories(Vocabulary::callerRoles(), m_full, u"caller_role"_qs, true);
        m_report.schoolTypes = categories(Vocabulary::schoolTypes(), m_full, u"school_type"_qs, true);
        m_report.callerLanguages = categories(Vocabulary::callerLanguages(), m_full, u"caller_language"_qs, true);
        QStringList reasons;
        for (const MonitoringCounts *slice : std::as_const(m_full)) {
            for (const QString &value : slice->valuesOf(u"white_spot_reason"_qs))
                reasons.append(value);
        }
        m_report.whiteSpotReasons = Vocabulary::whiteSpotReasons();
        for (const QString &reason : std::as_const(reasons)) {
            if (!reason.isEmpty() && !m_report.whiteSpotReasons.contains(reason))
                m_report.whiteSpotReasons.append(reason);
        }
        m_report.whiteSpotReasons.append(QString());
        QStringList knownOutcomes = m_known.outcomes;
        knownOutcomes.sort();
        m_report.outcomes = categories(knownOutcomes, m_full, u"outcome"_qs, false);
        if (!m_report.outcomes.contains(QString()))
            m_report.outcomes.append(QString());
        QStringList parties = m_known.parties;
        for (const QString &dimension : {u"referred_party"_qs, u"removed"_qs, u"added"_qs}) {
            for (const MonitoringCounts *slice : std::as_const(m_full)) {
                for (const QString &value : slice->valuesOf(dimension)) {
                    if (!parties.contains(head(value)))
                        parties.append(head(value));
                }
            }
        }
        parties.sort();
        m_report.parties = parties;
        m_report.removalReasons = Vocabulary::referralRemovalReasons() + QStringList{QString()};
        m_report.additionReasons = Vocabulary::referralAdditionReasons() + QStringList{QString()};
        m_report.trees = m_counts[m_report.periods.current.key()].valuesOf(u"tree"_qs);
    }

    /// \a dimension's cells for \a codes, adding up to \a whole.
    QList<int> breakdown(const ReportPeriod &period, const MonitoringCounts &counts, const QString &dimension,
                         const QStringList &codes, int whole)
    {
        QList<int> parts;
        for (const QString &code : codes)
            parts.append(m_model.cell(period, dimension, code, counts.count(dimension, code)));
        m_model.sum(whole, parts);
        return parts;
    }

    void addPeriod(const ReportPeriod &period, const MonitoringCounts &counts)
    {
        const qint64 totalCount = counts.count(u"total"_qs);
        const int total = m_model.cell(period, u"total"_qs, {}, totalCount);
        assumeOneTheme(breakdownOfThemes(period, counts, u"theme"_qs, {}), total);
        breakdown(period, counts, u"caller_role"_qs, m_report.callerRoles, total);
        breakdown(period, counts, u"school_type"_qs, m_report.schoolTypes, total);
        breakdown(period, counts, u"caller_language"_qs, m_report.callerLanguages, total);

        const qint64 whiteSpotCount = counts.count(u"white_spot"_qs, u"yes"_qs);
        const int whiteSpots = m_model.cell(period, u"white_spot"_qs, u"yes"_qs, whiteSpotCount);
        const int others = m_model.cell(period, u"white_spot"_qs, u"no"_qs, totalCount - whiteSpotCount, false);
        m_model.sum(total, {whiteSpots, others});
        QList<int> reasons;
        for (const QString &reason : std::as_const(m_report.whiteSpotReasons)) {
            // Before reasons had categories every white spot counts as "not recorded".
            const qint64 count = counts.values.contains(u"white_spot_reason"_qs)
                    ? counts.count(u"white_spot_reason"_qs, reason)
                    : (reason.isEmpty() ? whiteSpotCount : 0);
            reasons.append(m_model.cell(period, u"white_spot_reason"_qs, reason, count));
        }
        m_model.sum(whiteSpots, reasons);

        // Outcomes split the cases; the white-spot outcomes split the white spots.
        const QList<int> outcomes = breakdown(period, counts, u"outcome"_qs, m_report.outcomes, total);
        QList<int> whiteSpotOutcomes;
        for (qsizetype i = 0; i < m_report.outcomes.size(); ++i) {
            const QString &outcome = m_report.outcomes.at(i);
            const Share share = shareOf(m_full, u"outcome_white_spot"_qs, outcome, outcome);
            if (share == Share::All)
                whiteSpotOutcomes.append(outcomes.at(i));
            else if (share == Share::Some)
                whiteSpotOutcomes.append(m_model.cell(period, u"outcome_white_spot"_qs, outcome,
                                                      counts.count(u"outcome_white_spot"_qs, outcome), false));
        }
        m_model.sum(whiteSpots, whiteSpotOutcomes);

        for (const QString &party : std::as_const(m_report.parties))
            addParty(period, counts, party, outcomes);
    }

    /// Referred = suggested - removed + added; suggested = the cases of the outcomes that suggest the party.
    void addParty(const ReportPeriod &period, const MonitoringCounts &counts, const QString &party,
                  const QList<int> &outcomes)
    {
        const int referred
                = m_model.cell(period, u"referred_party"_qs, party, counts.count(u"referred_party"_qs, party));
        const int removed
                = m_model.cell(period, u"referral_removed"_qs, party, sumOfHead(counts, u"removed"_qs, party));
        const int added = m_model.cell(period, u"referral_added"_qs, party, sumOfHead(counts, u"added"_qs, party));
        QList<SmallCellSuppression::Term> terms{{referred, 1}, {removed, 1}, {added, -1}};
        for (qsizetype i = 0; i < m_report.outcomes.size(); ++i) {
            const QString pair = m_report.outcomes.at(i) + u':' + party;
            const Share share = shareOf(m_full, u"suggested"_qs, pair, m_report.outcomes.at(i));
            if (share == Share::All)
                terms.append({outcomes.at(i), -1});
            else if (share == Share::Some)
                terms.append(
                        {m_model.cell(period, u"suggested"_qs, pair, counts.count(u"suggested"_qs, pair), false), -1});
        }
        m_model.equation(terms);
    }

    void addCurrentOnly(const ReportPeriod &period, const MonitoringCounts &counts)
    {
        const int total = m_model.cell(period, u"total"_qs, {}, counts.count(u"total"_qs));
        QList<int> trees;
        for (const QString &tree : std::as_const(m_report.trees))
            trees.append(m_model.cell(period, u"tree"_qs, tree, counts.count(u"tree"_qs, tree)));
        m_model.sum(total, trees);

        for (const QString &theme : std::as_const(m_report.themes)) {
            const int themeCell = m_model.cell(period, u"theme"_qs, theme, counts.count(u"theme"_qs, theme));
            crossRow(period, counts, u"theme:caller_role"_qs, theme, m_report.callerRoles, themeCell);
            crossRow(period, counts, u"theme:school_type"_qs, theme, m_report.schoolTypes, themeCell);
            splitByWhiteSpot(period, counts, u"theme:white_spot"_qs, theme, themeCell,
                             counts.count(u"theme"_qs, theme));
        }
        const int whiteSpots = m_model.cell(period, u"white_spot"_qs, u"yes"_qs, 0);
        const int others = m_model.cell(period, u"white_spot"_qs, u"no"_qs, 0, false);
        assumeOneTheme(breakdownOfThemes(period, counts, u"theme:white_spot"_qs, u"yes"_qs), whiteSpots);
        for (const auto &[dimension, codes] :
             {std::pair{u"caller_role"_qs, m_report.callerRoles}, std::pair{u"school_type"_qs, m_report.schoolTypes}}) {
            for (const QString &code : codes) {
                const int whole = m_model.cell(period, dimension, code, counts.count(dimension, code));
                assumeOneTheme(breakdownOfThemes(period, counts, u"theme:"_qs + dimension, code), whole);
            }
        }
        for (const auto &[dimension, codes] :
             {std::pair{u"caller_role"_qs, m_report.callerRoles}, std::pair{u"school_type"_qs, m_report.schoolTypes}}) {
            QList<int> yes;
            QList<int> no;
            for (const QString &code : codes) {
                const int whole = m_model.cell(period, dimension, code, counts.count(dimension, code));
                const auto [inWhiteSpots, notInWhiteSpots] = splitByWhiteSpot(
                        period, counts, dimension + u":white_spot"_qs, code, whole, counts.count(dimension, code));
                yes.append(inWhiteSpots);
                no.append(notInWhiteSpots);
            }
            m_model.sum(whiteSpots, yes);
            m_model.sum(others, no);
        }
        for (const QString &party : std::as_const(m_report.parties)) {
            reasonsOf(period, counts, u"removed"_qs, u"referral_removed"_qs, party, m_report.removalReasons);
            reasonsOf(period, counts, u"added"_qs, u"referral_added"_qs, party, m_report.additionReasons);
        }
    }

    /// The theme cells of \a dimension ("theme", or "theme:X" for the codes "T:code"), in theme order.
    QList<int> breakdownOfThemes(const ReportPeriod &period, const MonitoringCounts &counts, const QString &dimension,
                                 const QString &code)
    {
        QList<int> cells;
        for (const QString &theme : std::as_const(m_report.themes)) {
            const QString value = code.isEmpty() && dimension == u"theme" ? theme : theme + u':' + code;
            cells.append(m_model.cell(period, dimension, value, counts.count(dimension, value)));
        }
        return cells;
    }

    /// A contact may have several themes or none, so themes do not add up to their total. But most have
    /// exactly one, and a reader who assumes so would be right in small numbers: the suppression takes the
    /// sum as if it held. A wrong equation can only hide more, never less.
    void assumeOneTheme(const QList<int> &themes, int whole) { m_model.sum(whole, themes); }

    void crossRow(const ReportPeriod &period, const MonitoringCounts &counts, const QString &dimension,
                  const QString &row, const QStringList &columns, int margin)
    {
        QList<int> parts;
        for (const QString &column : columns) {
            const QString value = row + u':' + column;
            parts.append(m_model.cell(period, dimension, value, counts.count(dimension, value)));
        }
        m_model.sum(margin, parts);
    }

    /// The white spots of a category (published) and its other cases (not published), adding up to it.
    std::pair<int, int> splitByWhiteSpot(const ReportPeriod &period, const MonitoringCounts &counts,
                                         const QString &dimension, const QString &code, int whole, qint64 wholeCount)
    {
        const qint64 yesCount = counts.count(dimension, code + u":yes"_qs);
        const int yes = m_model.cell(period, dimension, code + u":yes"_qs, yesCount);
        const int no = m_model.cell(period, dimension, code + u":no"_qs, wholeCount - yesCount, false);
        m_model.sum(whole, {yes, no});
        return {yes, no};
    }

    void reasonsOf(const ReportPeriod &period, const MonitoringCounts &counts, const QString &source,
                   const QString &dimension, const QString &party, const QStringList &reasons)
    {
        const int whole = m_model.cell(period, dimension, party, sumOfHead(counts, source, party));
        QList<int> parts;
        QSet<QString> known;
        for (const QString &reason : reasons) {
            const QString value = party + u':' + reason;
            known.insert(value);
            parts.append(m_model.cell(period, dimension + u":reason"_qs, value, counts.count(source, value)));
        }
        // A reason outside today's list (an older release's) counts as "not recorded".
        qint64 unknown = 0;
        const auto values = counts.values.value(source);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (head(it.key()) == party && !known.contains(it.key()))
                unknown += it.value();
        }
        if (unknown > 0)
            parts.append(m_model.cell(period, dimension + u":reason"_qs, party + u":?"_qs, unknown, false));
        m_model.sum(whole, parts);
    }

    void addQuarter(const ReportPeriod &quarter, const MonitoringCounts &counts)
    {
        const qint64 totalCount = counts.count(u"total"_qs);
        const int total = m_model.cell(quarter, u"total"_qs, {}, totalCount);
        assumeOneTheme(breakdownOfThemes(quarter, counts, u"theme"_qs, {}), total);
        const qint64 whiteSpotCount = counts.count(u"white_spot"_qs, u"yes"_qs);
        const int whiteSpots = m_model.cell(quarter, u"white_spot"_qs, u"yes"_qs, whiteSpotCount);
        const int others = m_model.cell(quarter, u"white_spot"_qs, u"no"_qs, totalCount - whiteSpotCount, false);
        m_model.sum(total, {whiteSpots, others});
    }

    MonitoringReport &m_report;
    ReportCategories m_known;
    std::map<QString, MonitoringCounts> m_counts;
    QList<const MonitoringCounts *> m_full;
    CellModel m_model;
};

} // namespace

QString MonitoringReport::Cell::shown(const QLocale &locale) const
{
    return hidden ? u"<5"_qs : locale.toString(count);
}

QString MonitoringReport::suppressionNote()
{
    return tr("Counts below 5 are shown as <5. Where a reader could work out such a count from other figures "
              "in this report (a total, another table, another period), more counts are shown as <5, even "
              "when they are 5 or more.");
}

void ReportCategories::add(const DecisionTree &tree)
{
    for (const TreeNode &node : tree.nodes()) {
        if (!node.isOutcome())
            continue;
        if (!outcomes.contains(node.id))
            outcomes.append(node.id);
        for (const TreeReferral &referral : node.referrals) {
            if (!parties.contains(referral.partyId))
                parties.append(referral.partyId);
        }
    }
}

ReportCategories ReportCategories::ofStoredTrees(Database &database)
{
    QStringList identities;
    QSqlQuery &query = database.run(u"tree_identities_select"_qs);
    while (query.next())
        identities.append(query.value(0).toString());
    query.finish();
    ReportCategories categories;
    SqlCaseStore store(database);
    for (const QString &identity : std::as_const(identities)) {
        const TreeLoadResult loaded = TreeLoader::loadArchived(store.treeContent(identity), identity);
        if (loaded.ok())
            categories.add(*loaded.tree);
    }
    return categories;
}

MonitoringReport MonitoringReport::fromCounts(const ReportPeriods &periods,
                                              const QHash<QString, MonitoringCounts> &counts,
                                              const ReportCategories &categories)
{
    MonitoringReport report;
    report.periods = periods;
    ReportBuilder(report, counts, categories).build();
    return report;
}

MonitoringReport MonitoringReport::build(Database &database, const QDate &from, const QDate &to)
{
    const ReportPeriods periods = ReportPeriods::around(from, to);
    QHash<QString, MonitoringCounts> counts;
    for (const ReportPeriod &period : {periods.current, periods.previous, periods.yearEarlier})
        counts.insert(period.key(), MonitoringCounts::read(database, period, MonitoringCounts::Scope::Full));
    for (const ReportPeriod &quarter : periods.quarters) {
        if (!counts.contains(quarter.key()))
            counts.insert(quarter.key(), MonitoringCounts::read(database, quarter, MonitoringCounts::Scope::Trend));
    }
    return fromCounts(periods, counts, ReportCategories::ofStoredTrees(database));
}

const MonitoringReport::Cell *MonitoringReport::find(const ReportPeriod &period, const QString &dimension,
                                                     const QString &value) const
{
    for (const Cell &cell : cells) {
        if (cell.period == period && cell.dimension == dimension && cell.value == value)
            return &cell;
    }
    return nullptr;
}

QList<const MonitoringReport::Cell *> MonitoringReport::cellsOf(const ReportPeriod &period,
                                                                const QString &dimension) const
{
    QList<const Cell *> list;
    for (const Cell &cell : cells) {
        if (cell.period == period && cell.dimension == dimension)
            list.append(&cell);
    }
    return list;
}

void MonitoringReport::writeCsv(QIODevice &device, CsvWriter::Separator separator, const ReportNames &names) const
{
    CsvWriter csv(device, separator, CsvWriter::ByteOrderMark::Without);
    csv.writeRow({u"period"_qs, u"dimension"_qs, u"value"_qs, u"label"_qs, u"count"_qs, u"suppressed"_qs});
    for (const Cell &cell : cells) {
        csv.writeRow({cell.period.key(), cell.dimension, cell.value, names.label(cell.dimension, cell.value),
                      cell.hidden ? QString() : QString::number(cell.count), cell.hidden ? u"true"_qs : u"false"_qs});
    }
}

} // namespace ww
