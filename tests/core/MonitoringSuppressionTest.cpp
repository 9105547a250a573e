// SPDX-License-Identifier: GPL-3.0-or-later
// An attack on the monitoring report's small-cell suppression, written apart from the report's own
// algorithm: it reads the published tidy CSV, writes down every equation a reader who knows the report
// and the tree can form (a breakdown adds up to its total, a cross table's row to its margin, quarters
// to their year, referred = suggested - removed + added, and themes as if each contact had one), and tries to work out
// each hidden count from every pair of published tables with the totals, and from the whole report at once, by Gaussian
// elimination. It must fail. Against a report suppressed table by table, the same attack succeeds,
// which shows that it can.
#include "TestContent.h"
#include "TestDatabase.h"
#include "content/ShippedContent.h"
#include "review/MonitoringReport.h"
#include "review/ReportNames.h"
#include "storage/DemoSeeder.h"
#include "storage/SqlCaseStore.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QSet>
#include <QTimeZone>

#include <cmath>
#include <optional>

using namespace ww;

namespace {

// ---- Synthetic cases and their counts, as the monitoring queries count them ----

struct SimReferral
{
    SimReferral(QString partyId, bool isSuggested = true, bool isRemoved = false, QString reasonCategory = {})
        : party(std::move(partyId))
        , suggested(isSuggested)
        , removed(isRemoved)
        , reason(std::move(reasonCategory))
    { }
    QString party;
    bool suggested;
    bool removed;
    QString reason; ///< category of a removal or addition
};

struct SimCase
{
    QDate day; ///< Dutch calendar day of opening
    QString role;
    QString school;
    QStringList themes;
    QString outcome;
    bool whiteSpot = false;
    QList<SimReferral> referrals;
    QString whiteSpotCategory = {};
    QString language = {};
};

MonitoringCounts countsOf(const QList<SimCase> &cases, const ReportPeriod &period, const QString &tree)
{
    MonitoringCounts counts;
    counts.add(u"total"_qs, {}, 0);
    counts.add(u"white_spot"_qs, u"yes"_qs, 0);
    for (const SimCase &c : cases) {
        if (c.day < period.first || c.day > period.last)
            continue;
        counts.add(u"total"_qs, {}, 1);
        counts.add(u"caller_role"_qs, c.role, 1);
        counts.add(u"school_type"_qs, c.school, 1);
        counts.add(u"caller_language"_qs, c.language, 1);
        counts.add(u"outcome"_qs, c.outcome, 1);
        counts.add(u"tree"_qs, tree, 1);
        for (const QString &theme : c.themes) {
            counts.add(u"theme"_qs, theme, 1);
            counts.add(u"theme:caller_role"_qs, theme + u':' + c.role, 1);
            counts.add(u"theme:school_type"_qs, theme + u':' + c.school, 1);
            if (c.whiteSpot)
                counts.add(u"theme:white_spot"_qs, theme + u":yes"_qs, 1);
        }
        if (c.whiteSpot) {
            counts.add(u"white_spot"_qs, u"yes"_qs, 1);
            counts.add(u"white_spot_reason"_qs, c.whiteSpotCategory, 1);
            counts.add(u"outcome_white_spot"_qs, c.outcome, 1);
            counts.add(u"caller_role:white_spot"_qs, c.role + u":yes"_qs, 1);
            counts.add(u"school_type:white_spot"_qs, c.school + u":yes"_qs, 1);
        }
        for (const SimReferral &referral : c.referrals) {
            if (!referral.removed)
                counts.add(u"referred_party"_qs, referral.party, 1);
            if (referral.suggested)
                counts.add(u"suggested"_qs, c.outcome + u':' + referral.party, 1);
            if (referral.suggested && referral.removed)
                counts.add(u"removed"_qs, referral.party + u':' + referral.reason, 1);
            if (!referral.suggested && !referral.removed)
                counts.add(u"added"_qs, referral.party + u':' + referral.reason, 1);
        }
    }
    return counts;
}

MonitoringReport reportOf(const QList<SimCase> &cases, const QDate &from, const QDate &to)
{
    const ReportPeriods periods = ReportPeriods::around(from, to);
    QHash<QString, MonitoringCounts> counts;
    for (const ReportPeriod &period : periods.all())
        counts.insert(period.key(), countsOf(cases, period, u"1.0@sha256:test"_qs));
    ReportCategories categories;
    categories.add(*test::smallTree());
    return MonitoringReport::fromCounts(periods, counts, categories);
}

// ---- What a reader sees and knows ----

struct Published
{
    ReportPeriod period;
    QString dimension;
    QString value;
    std::optional<qint64> count; ///< empty when suppressed
    qint64 truth = 0;            ///< not in the file: to check what an attack claims to have found
    QString key() const { return period.key() + u'|' + dimension + u'|' + value; }
    QString table() const { return period.key() + u'|' + dimension; }
};

/// The report's tidy CSV, read back the way a researcher would, with the true counts beside it.
QHash<QString, Published> publishedCells(const MonitoringReport &report)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    report.writeCsv(buffer, CsvWriter::Separator::Comma, ReportNames(u"en"_qs));
    QHash<QString, qint64> truth;
    for (const MonitoringReport::Cell &cell : report.cells)
        truth.insert(cell.period.key() + u'|' + cell.dimension + u'|' + cell.value, cell.count);
    QHash<QString, Published> cells;
    const QList<QByteArray> lines = buffer.data().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        // Labels may hold commas (in quotes); period, dimension and value never do.
        const QStringList first = line.section(u',', 0, 2).split(u',');
        const QString count = line.section(u',', -2, -2);
        const QString suppressed = line.section(u',', -1);
        Published cell;
        cell.period = {QDate::fromString(first.at(0).section(u'/', 0, 0), Qt::ISODate),
                       QDate::fromString(first.at(0).section(u'/', 1, 1), Qt::ISODate)};
        cell.dimension = first.at(1);
        cell.value = first.at(2);
        if (suppressed == u"false")
            cell.count = count.toLongLong();
        EXPECT_EQ(count.isEmpty(), suppressed == u"true") << qPrintable(line);
        cell.truth = truth.value(cell.key(), -1);
        cells.insert(cell.key(), cell);
    }
    return cells;
}

/// What the tree tells a reader: which outcomes suggest which party, which outcomes are white spots.
struct TreeKnowledge
{
    QHash<QString, QStringList> outcomesSuggesting;
    QSet<QString> whiteSpotOutcomes;

    static TreeKnowledge of(const DecisionTree &tree)
    {
        TreeKnowledge knowledge;
        for (const TreeNode &node : tree.nodes()) {
            if (node.whiteSpot)
                knowledge.whiteSpotOutcomes.insert(node.id);
            for (const TreeReferral &referral : node.referrals)
                knowledge.outcomesSuggesting[referral.partyId].append(node.id);
        }
        return knowledge;
    }
};

using Equation = QList<std::pair<QString, int>>; ///< cell key and coefficient; the sum is 0

/// Every equation between the published cells that holds whatever the data.
QList<Equation> readerEquations(const QHash<QString, Published> &cells, const TreeKnowledge &tree)
{
    QHash<QString, QList<const Published *>> byTable;
    QSet<QString> periodKeys;
    QHash<QString, ReportPeriod> periods;
    for (const Published &cell : cells) {
        byTable[cell.table()].append(&cell);
        periods.insert(cell.period.key(), cell.period);
    }
    const auto key = [](const ReportPeriod &period, const QString &dimension, const QString &value) -> QString {
        return period.key() + u'|' + dimension + u'|' + value;
    };
    QList<Equation> equations;
    const auto sumOf = [&](const QString &whole, const QList<const Published *> &parts,
                           const std::function<bool(const Published &)> &keep) {
        if (!cells.contains(whole) || parts.isEmpty())
            return;
        Equation equation{{whole, -1}};
        for (const Published *part : parts) {
            if (keep(*part))
                equation.append({part->key(), 1});
        }
        equations.append(equation);
    };
    const auto all = [](const Published &) { return true; };
    for (const ReportPeriod &period : std::as_const(periods)) {
        const auto table = [&](const QString &dimension) { return byTable.value(period.key() + u'|' + dimension); };
        const QString total = key(period, u"total"_qs, {});
        const QString whiteSpots = key(period, u"white_spot"_qs, u"yes"_qs);
        for (const QString &dimension : {u"caller_role"_qs, u"school_type"_qs, u"outcome"_qs, u"tree"_qs})
            sumOf(total, table(dimension), all);
        sumOf(whiteSpots, table(u"white_spot_reason"_qs), all);
        sumOf(whiteSpots, table(u"caller_role:white_spot"_qs), all);
        sumOf(whiteSpots, table(u"school_type:white_spot"_qs), all);
        sumOf(whiteSpots, table(u"outcome"_qs),
              [&](const Published &cell) { return tree.whiteSpotOutcomes.contains(cell.value); });
        // A reader may assume one theme per contact: then themes add up like the other breakdowns.
        sumOf(total, table(u"theme"_qs), all);
        sumOf(whiteSpots, table(u"theme:white_spot"_qs), all);
        for (const QString &dimension : {u"caller_role"_qs, u"school_type"_qs}) {
            for (const Published *whole : table(dimension)) {
                sumOf(whole->key(), table(u"theme:"_qs + dimension),
                      [&](const Published &cell) { return cell.value.section(u':', 1) == whole->value; });
            }
        }
        for (const Published *theme : table(u"theme"_qs)) {
            for (const QString &cross : {u"theme:caller_role"_qs, u"theme:school_type"_qs}) {
                sumOf(theme->key(), table(cross),
                      [&](const Published &cell) { return cell.value.section(u':', 0, 0) == theme->value; });
            }
        }
        for (const QString &change : {u"referral_removed"_qs, u"referral_added"_qs}) {
            for (const Published *party : table(change)) {
                sumOf(party->key(), table(change + u":reason"_qs),
                      [&](const Published &cell) { return cell.value.section(u':', 0, 0) == party->value; });
            }
        }
        for (const Published *referred : table(u"referred_party"_qs)) {
            const QString removed = key(period, u"referral_removed"_qs, referred->value);
            const QString added = key(period, u"referral_added"_qs, referred->value);
            if (!cells.contains(removed) || !cells.contains(added) || table(u"outcome"_qs).isEmpty())
                continue;
            Equation equation{{referred->key(), 1}, {removed, 1}, {added, -1}};
            for (const QString &outcome : tree.outcomesSuggesting.value(referred->value)) {
                if (cells.contains(key(period, u"outcome"_qs, outcome))) // an unlisted outcome had no cases
                    equation.append({key(period, u"outcome"_qs, outcome), -1});
            }
            equations.append(equation);
        }
        periodKeys.insert(period.key());
    }
    // Periods that tile another one: four quarters and their year, say.
    const QList<ReportPeriod> list = periods.values();
    for (const ReportPeriod &whole : list) {
        QList<ReportPeriod> inside;
        for (const ReportPeriod &part : list) {
            if (!(part == whole) && whole.contains(part))
                inside.append(part);
        }
        for (qint64 mask = 1; mask < (qint64(1) << inside.size()); ++mask) {
            QList<ReportPeriod> chosen;
            qint64 days = 0;
            for (qsizetype i = 0; i < inside.size(); ++i) {
                if (mask & (qint64(1) << i)) {
                    chosen.append(inside.at(i));
                    days += inside.at(i).days();
                }
            }
            bool disjoint = true;
            for (qsizetype i = 0; i < chosen.size(); ++i) {
                for (qsizetype j = i + 1; j < chosen.size(); ++j)
                    disjoint = disjoint && (chosen[i].last < chosen[j].first || chosen[j].last < chosen[i].first);
            }
            if (!disjoint || days != whole.days())
                continue;
            for (const Published &cell : cells) {
                if (!(cell.period == whole))
                    continue;
                Equation equation{{cell.key(), -1}};
                for (const ReportPeriod &part : std::as_const(chosen)) {
                    if (!cells.contains(key(part, cell.dimension, cell.value)))
                        break;
                    equation.append({key(part, cell.dimension, cell.value), 1});
                }
                if (equation.size() == chosen.size() + 1)
                    equations.append(equation);
            }
        }
    }
    return equations;
}

struct Recovered
{
    QString key;
    double value;
};

/// Gauss–Jordan elimination over the hidden cells of \a equations (doubles, partial pivoting): a hidden
/// cell is worked out when its pivot row has nothing else left.
QList<Recovered> attack(const QList<Equation> &equations, const QHash<QString, Published> &cells)
{
    QHash<QString, int> column;
    QStringList unknowns;
    for (const Equation &equation : equations) {
        for (const auto &[key, coefficient] : equation) {
            if (!cells.value(key).count && !column.contains(key)) {
                column.insert(key, int(unknowns.size()));
                unknowns.append(key);
            }
        }
    }
    const qsizetype width = unknowns.size();
    QList<QList<double>> rows;
    QList<double> rhs;
    for (const Equation &equation : equations) {
        QList<double> row(width, 0.0);
        double constant = 0;
        bool any = false;
        for (const auto &[key, coefficient] : equation) {
            if (const auto &count = cells.value(key).count) {
                constant -= double(coefficient) * double(*count);
            } else {
                row[column.value(key)] += coefficient;
                any = true;
            }
        }
        if (any) {
            rows.append(row);
            rhs.append(constant);
        }
    }
    QList<qsizetype> pivots;
    qsizetype rank = 0;
    for (qsizetype col = 0; col < width && rank < rows.size(); ++col) {
        qsizetype best = rank;
        for (qsizetype r = rank; r < rows.size(); ++r) {
            if (std::abs(rows[r][col]) > std::abs(rows[best][col]))
                best = r;
        }
        if (std::abs(rows[best][col]) < 1e-9)
            continue;
        rows.swapItemsAt(rank, best);
        rhs.swapItemsAt(rank, best);
        const double pivot = rows[rank][col];
        for (qsizetype c = 0; c < width; ++c)
            rows[rank][c] /= pivot;
        rhs[rank] /= pivot;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (r == rank || std::abs(rows[r][col]) < 1e-12)
                continue;
            const double factor = rows[r][col];
            for (qsizetype c = 0; c < width; ++c)
                rows[r][c] -= factor * rows[rank][c];
            rhs[r] -= factor * rhs[rank];
        }
        pivots.append(col);
        ++rank;
    }
    QList<Recovered> found;
    for (qsizetype r = 0; r < pivots.size(); ++r) {
        const auto others
                = std::count_if(rows[r].cbegin(), rows[r].cend(), [](double v) { return std::abs(v) > 1e-9; });
        if (others == 1)
            found.append({unknowns.at(pivots.at(r)), rhs[r]});
    }
    return found;
}

/// The attack on every pair of published tables (each with the totals of every period), and on the
/// whole report at once. Returns what it worked out.
QList<Recovered> attackReport(const QHash<QString, Published> &cells, const TreeKnowledge &tree)
{
    const QList<Equation> equations = readerEquations(cells, tree);
    QSet<QString> tableSet;
    for (const Published &cell : cells)
        tableSet.insert(cell.table());
    QStringList tables = tableSet.values();
    tables.sort();
    QList<Recovered> found = attack(equations, cells);
    for (qsizetype a = 0; a < tables.size(); ++a) {
        for (qsizetype b = a; b < tables.size(); ++b) {
            QList<Equation> pair;
            for (const Equation &equation : equations) {
                const bool inside = std::all_of(equation.cbegin(), equation.cend(), [&](const auto &term) {
                    const Published &cell = cells[term.first];
                    return cell.dimension == u"total" || cell.table() == tables.at(a) || cell.table() == tables.at(b);
                });
                if (inside)
                    pair.append(equation);
            }
            found += attack(pair, cells);
        }
    }
    return found;
}

QString describe(const QList<Recovered> &found, const QHash<QString, Published> &cells)
{
    QString text;
    for (const Recovered &one : found)
        text += one.key + u" = "_qs + QString::number(one.value) + u" (true "_qs
                + QString::number(cells.value(one.key).truth) + u")\n"_qs;
    return text;
}

/// The same counts, suppressed table by table as the report did before: below 5 hidden, and in a
/// breakdown with a total and only one hidden count, the next smallest too.
QHash<QString, Published> suppressedTableByTable(QHash<QString, Published> cells)
{
    QHash<QString, QList<QString>> byTable;
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        it->count = it->truth < 5 ? std::nullopt : std::optional<qint64>(it->truth);
        byTable[it->table()].append(it.key());
    }
    for (const QString &dimension : {u"caller_role"_qs, u"school_type"_qs, u"outcome"_qs, u"white_spot_reason"_qs}) {
        for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
            if (!it.key().endsWith(u'|' + dimension))
                continue;
            const auto hidden
                    = std::count_if(it->cbegin(), it->cend(), [&](const QString &k) { return !cells[k].count; });
            if (hidden != 1)
                continue;
            QString smallest;
            for (const QString &k : *it) {
                if (cells[k].count && (smallest.isEmpty() || cells[k].truth < cells[smallest].truth))
                    smallest = k;
            }
            if (!smallest.isEmpty())
                cells[smallest].count.reset();
        }
    }
    return cells;
}

/// A year of cases in which one theme's quarters give its first quarter away against the year's total.
QList<SimCase> yearWithAQuarterToHide()
{
    QList<SimCase> cases;
    const QList<std::pair<QDate, int>> bullying{
            {QDate(2025, 2, 3), 3}, {QDate(2025, 5, 6), 10}, {QDate(2025, 8, 27), 12}, {QDate(2025, 11, 4), 9}};
    for (const auto &[day, number] : bullying) {
        for (int i = 0; i < number; ++i)
            cases.append({day,
                          u"parent"_qs,
                          u"po"_qs,
                          {u"bullying"_qs},
                          u"bullying-help"_qs,
                          false,
                          {{u"school-route"_qs}, {u"kindertelefoon"_qs}}});
    }
    for (int i = 0; i < 40; ++i) {
        cases.append({QDate(2025, 1 + i % 12, 10),
                      i % 2 ? u"pupil"_qs : u"staff"_qs,
                      u"vo"_qs,
                      {u"violence"_qs},
                      u"urgent-help"_qs,
                      false,
                      {{u"veilig-thuis"_qs}}});
    }
    for (int i = 0; i < 30; ++i)
        cases.append({QDate(2024, 1 + i % 12, 12),
                      u"parent"_qs,
                      u"po"_qs,
                      {u"bullying"_qs},
                      u"bullying-help"_qs,
                      false,
                      {{u"school-route"_qs}, {u"kindertelefoon"_qs}}});
    return cases;
}

} // namespace

TEST(MonitoringSuppressionAttack, FindsTheQuarterThatATableByTableSuppressionGivesAway)
{
    const MonitoringReport report = reportOf(yearWithAQuarterToHide(), QDate(2025, 1, 1), QDate(2025, 12, 31));
    const TreeKnowledge tree = TreeKnowledge::of(*test::smallTree());
    const QHash<QString, Published> naive = suppressedTableByTable(publishedCells(report));
    const QList<Recovered> found = attackReport(naive, tree);
    const QString firstQuarter = u"2025-01-01/2025-03-31|theme|bullying"_qs;
    const auto it
            = std::find_if(found.cbegin(), found.cend(), [&](const Recovered &r) { return r.key == firstQuarter; });
    ASSERT_NE(it, found.cend()) << qPrintable(describe(found, naive));
    EXPECT_NEAR(it->value, 3.0, 1e-6) << "34 - 10 - 12 - 9";
    for (const Recovered &one : found)
        EXPECT_NEAR(one.value, double(naive.value(one.key).truth), 1e-6) << qPrintable(one.key);
}

TEST(MonitoringSuppressionAttack, WorksOutNothingFromTheReportItself)
{
    const MonitoringReport report = reportOf(yearWithAQuarterToHide(), QDate(2025, 1, 1), QDate(2025, 12, 31));
    const QHash<QString, Published> cells = publishedCells(report);
    ASSERT_FALSE(cells.value(u"2025-01-01/2025-03-31|theme|bullying"_qs).count.has_value());
    const QList<Recovered> found = attackReport(cells, TreeKnowledge::of(*test::smallTree()));
    EXPECT_TRUE(found.isEmpty()) << qPrintable(describe(found, cells));
    EXPECT_EQ(cells.value(u"2025-01-01/2025-12-31|theme|bullying"_qs).count, 34) << "the year itself stays shown";
}

TEST(MonitoringSuppressionAttack, WorksOutNothingFromReportsOnRealisticDemoData)
{
    test::TemporaryDatabase db(test::Backend::Sqlite);
    const DirectoryLoadResult directory = ShippedContent::loadDirectory();
    ASSERT_TRUE(directory.ok());
    const TreeLoadResult tree = ShippedContent::loadTree(*directory.directory);
    ASSERT_TRUE(tree.ok());
    DemoSeeder seeder(db.database(), tree.tree, directory.directory);
    DemoSeeder::Options options;
    options.cases = 6000;
    options.seed = 7;
    options.now = QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC);
    seeder.seed(options);
    const TreeKnowledge knowledge = TreeKnowledge::of(*tree.tree);
    // A month (small counts, much hidden), a quarter, and ten days across a month's end.
    for (const auto &[from, to] :
         {std::pair{QDate(2026, 3, 1), QDate(2026, 3, 31)}, std::pair{QDate(2026, 1, 1), QDate(2026, 3, 31)},
          std::pair{QDate(2026, 4, 25), QDate(2026, 5, 4)}}) {
        const MonitoringReport report = MonitoringReport::build(db.database(), from, to);
        const QHash<QString, Published> cells = publishedCells(report);
        const auto hidden = std::count_if(cells.cbegin(), cells.cend(), [](const Published &c) { return !c.count; });
        const auto shown = cells.size() - hidden;
        EXPECT_GT(hidden, 50) << "a realistic report has small counts to protect";
        EXPECT_GT(shown, 50);
        const QList<Recovered> found = attackReport(cells, knowledge);
        EXPECT_TRUE(found.isEmpty()) << qPrintable(from.toString(Qt::ISODate)) << '\n'
                                     << qPrintable(describe(found, cells));
        // The report is worth having: the large counts stay shown.
        EXPECT_TRUE(cells.value(report.periods.current.key() + u"|total|"_qs).count.has_value());
        EXPECT_TRUE(cells.value(report.periods.current.key() + u"|theme|bullying"_qs).count.has_value());
    }
}

namespace {

class MonitoringCountsTest : public ::testing::TestWithParam<test::Backend>
{ };

} // namespace

TEST_P(MonitoringCountsTest, TheDatabaseCountsWhatTheCasesSay)
{
    test::TemporaryDatabase db(GetParam());
    SqlCaseStore store(db.database());
    const auto tree = test::smallTree();
    store.storeTree(*tree);
    QList<SimCase> cases;
    const QStringList roles{u"pupil"_qs, u"parent"_qs, u"staff"_qs, QString()};
    const QStringList schools{u"po"_qs, u"vo"_qs, QString()};
    for (int i = 0; i < 40; ++i) {
        SimCase c{QDate(2026, 3, 1 + i % 28), roles.at(i % 4), schools.at(i % 3), {}, {}, false, {}};
        c.themes = i % 5 == 0 ? QStringList{u"bullying"_qs, u"discrimination"_qs} : QStringList{u"bullying"_qs};
        if (i % 7 == 0)
            c.themes.clear();
        const QStringList languages{u"nl"_qs, u"ar"_qs, QString(), u"nl-limited"_qs, QString()};
        c.language = languages.at(i % 5);
        c.outcome = i % 6 == 0 ? u"white-spot"_qs : (i % 6 == 1 ? QString() : u"bullying-help"_qs);
        c.whiteSpot = c.outcome == u"white-spot";
        if (c.whiteSpot && i % 4 == 0)
            c.whiteSpotCategory = u"outside-school"_qs;
        if (c.outcome == u"bullying-help")
            c.referrals.append(
                    {u"school-route"_qs, true, i % 4 == 0, i % 8 == 0 ? u"already-contacted"_qs : QString()});
        if (i % 9 == 0)
            c.referrals.append({u"kindertelefoon"_qs, false, false, i % 18 == 0 ? u"extra-support"_qs : QString()});
        cases.append(c);
        Case stored = Case::open(Channel::Phone, u"anna"_qs, tree->identity(),
                                 QDateTime(c.day, QTime(12, 0), QTimeZone(QByteArrayLiteral("Europe/Amsterdam"))));
        stored.fields.callerRole = c.role;
        stored.fields.schoolType = c.school;
        stored.fields.callerLanguage = c.language;
        stored.fields.themes = c.themes;
        stored.outcomeNodeId = c.outcome;
        stored.whiteSpot = c.whiteSpot;
        stored.whiteSpotCategory = c.whiteSpotCategory;
        for (const SimReferral &referral : c.referrals) {
            stored.referrals.append({referral.party,
                                     referral.suggested ? ReferralOrigin::Suggested : ReferralOrigin::Added,
                                     referral.removed ? ReferralDecision::Removed : ReferralDecision::Confirmed,
                                     referral.removed || !referral.suggested ? u"reden"_qs : QString(), false,
                                     stored.openedAt, referral.reason});
        }
        store.saveCase(stored);
    }
    const ReportPeriod march{QDate(2026, 3, 1), QDate(2026, 3, 31)};
    const MonitoringCounts read = MonitoringCounts::read(db.database(), march, MonitoringCounts::Scope::Full);
    const MonitoringCounts expected = countsOf(cases, march, tree->identity());
    for (auto it = expected.values.cbegin(); it != expected.values.cend(); ++it) {
        for (auto value = it->cbegin(); value != it->cend(); ++value)
            EXPECT_EQ(read.count(it.key(), value.key()), value.value()) << qPrintable(it.key() + u' ' + value.key());
    }
    for (auto it = read.values.cbegin(); it != read.values.cend(); ++it) {
        for (auto value = it->cbegin(); value != it->cend(); ++value)
            EXPECT_EQ(expected.count(it.key(), value.key()), value.value())
                    << qPrintable(it.key() + u' ' + value.key());
    }
    const MonitoringCounts trend = MonitoringCounts::read(db.database(), march, MonitoringCounts::Scope::Trend);
    EXPECT_EQ(trend.count(u"total"_qs), 40);
    EXPECT_EQ(trend.count(u"theme"_qs, u"bullying"_qs), expected.count(u"theme"_qs, u"bullying"_qs));
    EXPECT_EQ(trend.count(u"white_spot"_qs, u"yes"_qs), expected.count(u"white_spot"_qs, u"yes"_qs));
}

INSTANTIATE_TEST_SUITE_P(Backends, MonitoringCountsTest,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql),
                         [](const auto &param) { return test::backendName(param.param); });
