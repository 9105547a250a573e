// SPDX-License-Identifier: GPL-3.0-or-later
// bench_case_log: the first page of the supervisor's case log on a seeded database (wegwijzer-admin demo seed),
// for a range of filter mixes, against the same SQL with the values written in, run in the sqlite3 shell or
// psql in the same run. Program and shell alternate, run by run. Prints a markdown table; "setup" is building
// the query (for note text it includes the one lookup that decides how to search), which the view pays too.
//
//   bench_case_log --db URL [--runs N] [--page ROWS] [--scroll ROWS] [--scroll-view ROWS]
// With --scroll-view, the desktop's case-log window (offscreen unless QT_QPA_PLATFORM says otherwise) is
// scrolled to its end again and again until ROWS rows are shown, painting each time, and the process's
// resident memory is printed as it goes.
// With --scroll, it instead reads the log through the desktop's model, page after page as a view scrolling
// down does, and prints the process's resident memory and the time per page as it goes.
#include "LocalTimeZone.h"
#include "ShellSession.h"
#include "content/ShippedContent.h"
#include "review/CaseLogQuery.h"
#include "storage/AsyncStorage.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "supervision/CaseLogModel.h"
#include "supervision/CaseLogView.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>

namespace {

using Clock = std::chrono::steady_clock;
using ww::bench::ShellSession;

double millisecondsOf(const std::function<void()> &work)
{
    const auto start = Clock::now();
    work();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double percentile(std::vector<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    const auto index = std::min(samples.size() - 1, std::size_t(p * double(samples.size() - 1) + 0.5));
    return samples.at(index);
}

/// The statement with its bound values written in as SQL literals, for the shell.
QString withValues(QString sql, const QVariantMap &bindings)
{
    QStringList names = bindings.keys();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &name : std::as_const(names)) {
        const QVariant value = bindings.value(name);
        QString literal;
        if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
            literal = value.toString();
        else if (value.typeId() == QMetaType::QDateTime)
            literal = u'\'' + value.toDateTime().toUTC().toString(Qt::ISODateWithMs) + u'\'';
        else
            literal = u'\'' + value.toString().replace(u'\'', u"''"_qs) + u'\'';
        sql.replace(QRegularExpression(u":"_qs + name + u"\\b"_qs), literal);
    }
    return sql;
}

struct Mix
{
    QString name;
    ww::CaseLogFilter filter;
    ww::CaseLogSort sort;
    int depth = 0; ///< the page after this many rows (reached page by page first, not timed)
};

/// Where the log stands after \a rows rows, read in pages of 1,000.
ww::CaseLogCursor cursorAfter(ww::CaseLogQuery &query, int rows)
{
    ww::CaseLogCursor cursor;
    for (int read = 0; read < rows;) {
        const ww::CaseLogPage page = query.page(cursor, std::min(1000, rows - read));
        if (page.rows.isEmpty())
            break;
        read += int(page.rows.size());
        cursor = page.end;
    }
    return cursor;
}

/// Resident memory of this process in MB (from /proc/self/statm).
double residentMegabytes()
{
    QFile statm(u"/proc/self/statm"_qs);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? double(fields.at(1).toLongLong()) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0)
                             : 0;
}

/// Lets the storage thread's answers arrive until \a model has no page on its way.
void settle(const ww::CaseLogModel &model)
{
    while (model.isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

/// Scrolls the case log down through \a rows rows with the desktop's model (pages are read on the storage
/// thread, as in the desk; the time per page includes the hand-over).
void scroll(ww::AsyncStorage &storage, int rows, int pageRows)
{
    ww::CaseLogModel model(storage);
    model.setPageSize(pageRows, ww::CaseLogModel::DefaultCachedPages);
    const double before = residentMegabytes();
    model.setFilter({});
    settle(model);
    std::printf("Scrolling the case log (no filter, newest first) through %d rows, pages of %d\n\n", rows, pageRows);
    std::printf("| rows read | RSS MB | ms for the last page |\n|---:|---:|---:|\n");
    std::printf("| 0 | %.1f | |\n", before);
    double peak = before;
    for (int row = 0; row < rows; ++row) {
        if (row == model.rowCount()) {
            if (!model.canFetchMore({}))
                break;
            const auto start = Clock::now();
            model.fetchMore({});
            settle(model);
            const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
            peak = std::max(peak, residentMegabytes());
            if (row % std::max(rows / 10, pageRows) < pageRows)
                std::printf("| %d | %.1f | %.1f |\n", row, residentMegabytes(), ms);
        }
        for (int column = 0; column < model.columnCount(); ++column)
            model.data(model.index(row, column));
        settle(model); // a page let go of and asked for again
    }
    std::printf("\npeak RSS %.1f MB; pages read %d, held at the end %d\n", peak, model.pagesRead(), model.pagesHeld());
}

/// Scrolls the desktop's case-log window to its end until \a rows rows are shown.
void scrollView(ww::AsyncStorage &storage, int rows)
{
    ww::CaseLogView view(storage);
    view.resize(1280, 800);
    view.show();
    const double before = residentMegabytes();
    view.setFilter({});
    QTableView *table = view.table();
    QScrollBar *bar = table->verticalScrollBar();
    std::printf("Scrolling the case-log window (no filter, newest first) to %d rows, painting each time\n\n", rows);
    std::printf("| rows shown | RSS MB | ms for the last scroll |\n|---:|---:|---:|\n| 0 | %.1f | |\n", before);
    double peak = before;
    int reported = 0;
    while (view.model()->rowCount() < rows && view.model()->canFetchMore({})) {
        const auto start = Clock::now();
        // At the scroll bar's end the view asks its model for the next page (fetchMore).
        bar->setValue(bar->maximum());
        QCoreApplication::processEvents();
        settle(*view.model());
        table->viewport()->repaint();
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        peak = std::max(peak, residentMegabytes());
        if (view.model()->rowCount() >= reported + rows / 10) {
            reported = view.model()->rowCount();
            std::printf("| %d | %.1f | %.1f |\n", reported, residentMegabytes(), ms);
            std::fflush(stdout);
        }
    }
    std::printf("\npeak RSS %.1f MB; rows shown %d; pages read %d, held at the end %d\n", peak,
                view.model()->rowCount(), view.model()->pagesRead(), view.model()->pagesHeld());
}

} // namespace

int main(int argc, char *argv[])
{
    ww::settleLocalTimeZone();
    bool window = false;
    for (int i = 1; i < argc; ++i)
        window = window || std::strcmp(argv[i], "--scroll-view") == 0;
    if (window && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(window ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    QString urlText;
    int runs = 50;
    int pageRows = 200;
    int scrollRows = 0;
    int scrollViewRows = 0;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--db")
            urlText = args.at(i + 1);
        else if (args.at(i) == u"--runs")
            runs = args.at(i + 1).toInt();
        else if (args.at(i) == u"--page")
            pageRows = args.at(i + 1).toInt();
        else if (args.at(i) == u"--scroll")
            scrollRows = args.at(i + 1).toInt();
        else if (args.at(i) == u"--scroll-view")
            scrollViewRows = args.at(i + 1).toInt();
    }
    QString error;
    const std::optional<ww::DatabaseUrl> url = ww::DatabaseUrl::parse(urlText, &error);
    if (!url || runs < 5) {
        std::cerr << "usage: bench_case_log --db URL [--runs N (>= 5)] [--page ROWS]\n";
        return 2;
    }
    try {
        auto db = ww::Database::open(*url);
        ww::Migrator(*db).migrate();
        if (scrollViewRows > 0 || scrollRows > 0) {
            ww::AsyncStorage storage([url = *url] { return ww::Database::open(url); });
            if (scrollViewRows > 0)
                scrollView(storage, scrollViewRows);
            else
                scroll(storage, scrollRows, pageRows);
            return 0;
        }
        const bool sqlite = url->dialect() == ww::SqlDialect::Sqlite;
        ShellSession shell(
                sqlite ? std::vector<std::string>{"sqlite3", "-bail", "-batch", url->sqlitePath().toStdString()}
                       : std::vector<std::string>{"psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d",
                                                  url->toString().toStdString()},
                sqlite ? ".print" : "\\echo");

        const auto directory = ww::ShippedContent::loadDirectory();
        const auto tree = ww::ShippedContent::loadTree(*directory.directory);
        QString outcome;
        for (const ww::TreeNode &node : tree.tree->nodes()) {
            if (node.isOutcome() && !node.referrals.isEmpty()) {
                outcome = node.id;
                break;
            }
        }
        const QString party = directory.directory->parties().constFirst().id;
        const QDateTime now = QDateTime::currentDateTimeUtc();

        QList<Mix> mixes;
        auto mix = [&](const QString &name, auto setUp, ww::CaseLogSort sort = {}, int depth = 0) {
            Mix m{name, {}, sort, depth};
            setUp(m.filter);
            mixes.append(m);
        };
        mix(u"no filter (newest first)"_qs, [](ww::CaseLogFilter &) {});
        mix(u"channel chat"_qs, [](ww::CaseLogFilter &f) { f.channel = ww::Channel::Chat; });
        mix(u"agent"_qs, [](ww::CaseLogFilter &f) { f.agent = u"agent-07"_qs; });
        mix(u"caller role parent"_qs, [](ww::CaseLogFilter &f) { f.callerRole = u"parent"_qs; });
        mix(u"school type mbo"_qs, [](ww::CaseLogFilter &f) { f.schoolType = u"mbo"_qs; });
        mix(u"theme discrimination"_qs, [](ww::CaseLogFilter &f) { f.theme = u"discrimination"_qs; });
        mix(u"referred party"_qs, [&](ww::CaseLogFilter &f) { f.referredParty = party; });
        mix(u"outcome node"_qs, [&](ww::CaseLogFilter &f) { f.outcomeNode = outcome; });
        mix(u"white spot"_qs, [](ww::CaseLogFilter &f) { f.whiteSpot = true; });
        mix(u"status follow-up"_qs, [](ww::CaseLogFilter &f) { f.status = ww::CaseStatus::FollowUp; });
        mix(u"follow-up due"_qs, [&](ww::CaseLogFilter &f) { f.followUpDueOn = now.date(); });
        mix(u"last 30 days"_qs, [&](ww::CaseLogFilter &f) { f.openedFrom = now.addDays(-30); });
        mix(u"notes: common word"_qs, [](ww::CaseLogFilter &f) { f.noteText = u"groepsapp"_qs; });
        mix(u"notes: absent word"_qs, [](ww::CaseLogFilter &f) { f.noteText = u"schaakclub"_qs; });
        mix(u"theme + chat + last 90 days"_qs, [&](ww::CaseLogFilter &f) {
            f.theme = u"bullying"_qs;
            f.channel = ww::Channel::Chat;
            f.openedFrom = now.addDays(-90);
        });
        mix(u"party + caller role + white spot no"_qs, [&](ww::CaseLogFilter &f) {
            f.referredParty = party;
            f.callerRole = u"pupil"_qs;
            f.whiteSpot = false;
        });
        mix(u"agent + common word"_qs, [](ww::CaseLogFilter &f) {
            f.agent = u"agent-03"_qs;
            f.noteText = u"groepsapp"_qs;
        });
        mix(u"closed, sorted by school type"_qs, [](ww::CaseLogFilter &f) { f.status = ww::CaseStatus::Closed; },
            {ww::CaseLogColumn::SchoolType, false});
        mix(u"no filter, sorted by agent"_qs, [](ww::CaseLogFilter &) {}, {ww::CaseLogColumn::Agent, false});
        mix(u"no filter, sorted by themes"_qs, [](ww::CaseLogFilter &) {}, {ww::CaseLogColumn::Themes, false});
        // Added with keyset paging and the indexes of migration 006: every other sort, rarer values,
        // two memberships at once, and pages deep down.
        using Column = ww::CaseLogColumn;
        const QList<std::pair<QString, Column>> otherSorts{{u"channel"_qs, Column::Channel},
                                                           {u"caller role"_qs, Column::CallerRole},
                                                           {u"outcome node"_qs, Column::OutcomeNode},
                                                           {u"white spot"_qs, Column::WhiteSpot},
                                                           {u"status"_qs, Column::Status},
                                                           {u"follow-up date"_qs, Column::FollowUpDate},
                                                           {u"referred parties"_qs, Column::ReferredParties}};
        for (const auto &[label, column] : otherSorts)
            mix(u"no filter, sorted by "_qs + label, [](ww::CaseLogFilter &) {}, {column, true});
        mix(u"rare theme (children's rights), sorted by school type"_qs,
            [](ww::CaseLogFilter &f) { f.theme = u"childrens-rights"_qs; }, {Column::SchoolType, false});
        mix(u"theme + party"_qs, [&](ww::CaseLogFilter &f) {
            f.theme = u"violence"_qs;
            f.referredParty = party;
        });
        mix(u"white spot + school type so + chat"_qs, [](ww::CaseLogFilter &f) {
            f.whiteSpot = true;
            f.schoolType = u"so"_qs;
            f.channel = ww::Channel::Chat;
        });
        mix(u"opened in one month a year ago"_qs, [&](ww::CaseLogFilter &f) {
            f.openedFrom = now.addDays(-395);
            f.openedBefore = now.addDays(-365);
        });
        mix(u"theme, opened in one month a year ago"_qs, [&](ww::CaseLogFilter &f) {
            f.theme = u"discrimination"_qs;
            f.openedFrom = now.addDays(-395);
            f.openedBefore = now.addDays(-365);
        });
        mix(
                u"no filter, page after row 100,000"_qs, [](ww::CaseLogFilter &) {}, {}, 100000);
        mix(
                u"sorted by school type, page after row 100,000"_qs, [](ww::CaseLogFilter &) {},
                {Column::SchoolType, false}, 100000);
        mix(
                u"theme discrimination, page after row 10,000"_qs,
                [](ww::CaseLogFilter &f) { f.theme = u"discrimination"_qs; }, {}, 10000);

        std::vector<double> roundTrips;
        for (int i = 0; i < 50; ++i)
            roundTrips.push_back(millisecondsOf([&] { shell.roundTrip(); }));
        const double pipe = percentile(roundTrips, 0.5);

        std::printf("Case log, first page of %d rows, %d runs each, %s; shell: %s (pipe round trip %.3f ms, "
                    "subtracted)\n\n",
                    pageRows, runs, sqlite ? "SQLite" : "PostgreSQL", sqlite ? "sqlite3" : "psql", pipe);
        std::printf(
                "| filter mix | rows | setup p50 | page p50 | page p95 | setup + page p95 | shell p50 | shell p95 | "
                "p95 ratio |\n");
        std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (const Mix &m : std::as_const(mixes)) {
            ww::CaseLogQuery query(*db, m.filter, m.sort);
            const ww::CaseLogCursor after = cursorAfter(query, m.depth);
            const std::string shellSql
                    = withValues(query.pageSql(after), query.pageBindings(after, pageRows)).toStdString() + ";\n";
            int rows = 0;
            std::vector<double> page, reference, setup, total;
            int mixRuns = runs;
            for (int i = 0; i < mixRuns + 2; ++i) {
                const double p = millisecondsOf([&] { rows = int(query.page(after, pageRows).rows.size()); });
                // Building the query reads the fragments and, for note text, decides how to search (one lookup).
                const double b = millisecondsOf([&] { ww::CaseLogQuery again(*db, m.filter, m.sort); });
                if (i == 1 && p > 2000)
                    mixRuns = 3; // a mix this slow when warm misses by far; a few runs say so
                std::string printed;
                const double s = millisecondsOf([&] { printed = shell.exchange(shellSql); }) - pipe;
                if (i == 0 && std::count(printed.begin(), printed.end(), '\n') != rows)
                    throw std::runtime_error("the shell returned another number of rows for " + m.name.toStdString());
                if (i >= 2) { // the first two warm the caches
                    page.push_back(p);
                    setup.push_back(b);
                    total.push_back(b + p);
                    reference.push_back(s);
                }
            }
            const double p95 = percentile(page, 0.95);
            const double s95 = percentile(reference, 0.95);
            std::printf("| %s%s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |\n", qPrintable(m.name),
                        mixRuns < runs ? " (3 runs)" : "", rows, percentile(setup, 0.5), percentile(page, 0.5), p95,
                        percentile(total, 0.95), percentile(reference, 0.5), s95, s95 > 0 ? p95 / s95 : 0.0);
            std::fflush(stdout);
        }
    } catch (const std::exception &failure) {
        std::cerr << "bench_case_log: " << failure.what() << '\n';
        return 1;
    }
    return 0;
}
