// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's case log: rows read in pages and let go again, filters from the controls,
// opening a case from the keyboard, and CSV export; all of it read on the storage thread, with a
// loading line that can be stopped, late answers dropped, and failures shown in the window.
#include "supervision/CaseLogView.h"
#include "LagProxy.h"
#include "ReviewSeed.h"
#include "StorageWaits.h"
#include "TestDatabase.h"
#include "storage/SqlCaseStore.h"
#include "supervision/CaseLogModel.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ww;

namespace {

class CaseLogViewTest : public ::testing::Test
{
protected:
    CaseLogViewTest()
        : m_seed(m_db.database())
    { }

    /// 40 more cases, opened one a day from 1 January 2026.
    void addCases()
    {
        SqlCaseStore store(m_db.database());
        for (int i = 0; i < 40; ++i) {
            Case c = Case::open(Channel::Phone, u"dirk"_qs, m_seed.treeIdentity,
                                QDateTime(QDate(2026, 1, 1).addDays(i), QTime(9, 0), Qt::UTC));
            store.saveCase(c);
        }
    }

    bool settled() { return test::settle(*m_storage); }

    /// The case in \a row, waiting for its page when it was let go.
    QUuid idAt(CaseLogModel &model, int row)
    {
        const QUuid id = model.caseId(row);
        if (!id.isNull() || !settled())
            return id;
        return model.caseId(row);
    }

    /// Exports and waits until the export ended; the problem, or an empty text.
    QString exportTo(CaseLogView &view, const QString &path, CsvWriter::Separator separator)
    {
        QSignalSpy finished(&view, &CaseLogView::exportFinished);
        view.exportCsv(path, separator);
        if (!QTest::qWaitFor([&] { return finished.count() > 0; }, 10000))
            return u"the export did not end"_qs;
        return finished.at(0).at(0).toString();
    }

    static QLabel *label(const QWidget &view, const QString &name) { return view.findChild<QLabel *>(name); }
    static bool shows(const QWidget &view, const QString &name)
    {
        const QLabel *found = label(view, name);
        return found && found->isVisibleTo(&view) && !found->text().isEmpty();
    }

    test::TemporaryDatabase m_db;
    test::ReviewSeed m_seed;
    std::unique_ptr<AsyncStorage> m_storage = test::storageOn(m_db);
};

} // namespace

TEST_F(CaseLogViewTest, ReadsRowsInPagesAndKeepsOnlyAFew)
{
    addCases();
    CaseLogModel model(*m_storage);
    model.setPageSize(10, 3);
    model.setFilter({});
    EXPECT_EQ(model.rowCount(), 0) << "nothing is read on the window's thread";
    EXPECT_TRUE(model.isLoading());
    ASSERT_TRUE(settled());
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_EQ(model.pagesRead(), 1) << "only the first page is read";
    EXPECT_FALSE(model.allRowsRead());
    const QUuid first = model.caseId(0);
    EXPECT_EQ(first, m_seed.id(7)); // newest first
    model.caseId(9);
    EXPECT_EQ(model.pagesRead(), 1) << "a row on a page already read costs no query";

    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({}); // asked again while on its way: read once
    ASSERT_TRUE(settled());
    EXPECT_EQ(model.rowCount(), 20);
    EXPECT_EQ(model.pagesRead(), 2);
    QSet<QUuid> seen;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ASSERT_TRUE(settled());
    }
    EXPECT_EQ(model.rowCount(), 47);
    EXPECT_TRUE(model.allRowsRead());
    for (int row = 0; row < model.rowCount(); ++row) {
        seen.insert(idAt(model, row));
        EXPECT_LE(model.pagesHeld(), 3);
    }
    EXPECT_EQ(seen.size(), 47) << "every case once";
    EXPECT_EQ(model.pagesHeld(), 3);
    const int read = model.pagesRead();
    EXPECT_TRUE(model.caseId(0).isNull()) << "a page let go is on its way again";
    EXPECT_EQ(idAt(model, 0), first) << "a page let go is read again";
    EXPECT_EQ(model.pagesRead(), read + 1);
}

TEST_F(CaseLogViewTest, AFullLastPageEndsWithAnEmptyRead)
{
    addCases(); // 47 cases
    CaseLogModel model(*m_storage);
    model.setPageSize(47, 2);
    model.setFilter({});
    ASSERT_TRUE(settled());
    EXPECT_EQ(model.rowCount(), 47);
    ASSERT_TRUE(model.canFetchMore({})) << "a full page may have more behind it";
    model.fetchMore({});
    ASSERT_TRUE(settled());
    EXPECT_EQ(model.rowCount(), 47);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(CaseLogViewTest, ShowsLabelsAndSortsOnAnyColumn)
{
    CaseLogModel model(*m_storage);
    model.setFilter({});
    ASSERT_TRUE(settled());
    EXPECT_EQ(model.headerData(int(CaseLogColumn::Agent), Qt::Horizontal).toString(), u"Agent");
    EXPECT_EQ(model.data(model.index(0, int(CaseLogColumn::Agent))).toString(), u"anna");
    model.sort(int(CaseLogColumn::Agent), Qt::DescendingOrder);
    ASSERT_TRUE(settled());
    EXPECT_EQ(model.data(model.index(0, int(CaseLogColumn::Agent))).toString(), u"carla");
    EXPECT_EQ(model.sortOrder().column, CaseLogColumn::Agent);
    EXPECT_EQ(model.data(model.index(0, 0), CaseLogModel::CaseIdRole).value<QUuid>(), model.caseId(0));
}

TEST_F(CaseLogViewTest, NamesOutcomesAndPartiesButExportsTheirCodes)
{
    CaseLogView view(*m_storage);
    ASSERT_TRUE(settled());
    view.setNames({{u"bullying-help"_qs, u"Hulp bij pesten"_qs}},
                  {{u"school-route"_qs, u"De school zelf"_qs}, {u"kindertelefoon"_qs, u"De Kindertelefoon"_qs}});
    CaseLogFilter filter;
    filter.agent = u"anna"_qs;
    filter.channel = Channel::Chat;
    view.setFilter(filter);
    ASSERT_TRUE(settled());
    CaseLogModel *model = view.model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->data(model->index(0, int(CaseLogColumn::OutcomeNode))).toString(), u"Hulp bij pesten");
    EXPECT_EQ(model->data(model->index(0, int(CaseLogColumn::ReferredParties))).toString(),
              u"De school zelf, De Kindertelefoon");
    EXPECT_EQ(model->data(model->index(0, int(CaseLogColumn::ReferredParties)), Qt::ToolTipRole).toString(),
              u"De school zelf, De Kindertelefoon");

    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    view.setNames({}, {});
    EXPECT_EQ(changed.count(), 1) << "the shown rows follow a change of names";
    EXPECT_EQ(model->data(model->index(0, int(CaseLogColumn::OutcomeNode))).toString(), u"bullying-help");

    QTemporaryDir dir;
    view.setNames({{u"bullying-help"_qs, u"Hulp bij pesten"_qs}}, {});
    ASSERT_EQ(exportTo(view, dir.filePath(u"log.csv"_qs), CsvWriter::Separator::Comma), QString());
    QFile csv(dir.filePath(u"log.csv"_qs));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray written = csv.readAll();
    EXPECT_TRUE(written.contains("bullying-help")) << "the export keeps the codes";
    EXPECT_FALSE(written.contains("Hulp bij pesten"));
}

TEST_F(CaseLogViewTest, FiltersFromTheControlsAndOpensWithEnter)
{
    CaseLogView view(*m_storage);
    ASSERT_TRUE(settled());
    view.show();
    auto *theme = view.findChildren<QComboBox *>().at(3); // channel, caller, school, theme
    ASSERT_EQ(theme->accessibleName(), u"Theme");
    theme->setCurrentIndex(theme->findData(u"discrimination"_qs));
    view.apply();
    ASSERT_TRUE(settled());
    EXPECT_EQ(view.model()->rowCount(), 2);
    EXPECT_EQ(view.findChild<QLabel *>(u"caseLogCount"_qs)->text(), u"2 case(s)");

    CaseLogFilter filter;
    filter.agent = u"bram"_qs;
    filter.whiteSpot = true;
    view.setFilter(filter);
    ASSERT_TRUE(settled());
    EXPECT_EQ(view.model()->rowCount(), 1);
    EXPECT_EQ(view.filterFromControls().agent, u"bram");
    EXPECT_EQ(view.filterFromControls().whiteSpot, std::optional<bool>(true));
    EXPECT_TRUE(view.filterFromControls().theme.isEmpty()) << "setFilter sets every control";

    QSignalSpy opened(&view, &CaseLogView::openRequested);
    view.table()->setFocus();
    view.table()->setCurrentIndex(view.model()->index(0, 0));
    QTest::keyClick(view.table(), Qt::Key_Return);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.at(0).at(0).value<QUuid>(), m_seed.id(3));
}

TEST_F(CaseLogViewTest, SaysWhatIsWrongWithTheDatabase)
{
    CaseLogView view(*m_storage);
    ASSERT_TRUE(settled());
    QSqlQuery drop(m_db.database().connection());
    ASSERT_TRUE(drop.exec(u"ALTER TABLE cases RENAME TO cases_gone"_qs));
    view.apply();
    ASSERT_TRUE(settled());
    auto *error = view.findChild<QLabel *>(u"caseLogError"_qs);
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(u"case log"_qs)) << qPrintable(error->text());
    EXPECT_TRUE(error->text().contains(u"administrator"_qs)) << "the database said no: waiting will not help";
}

TEST_F(CaseLogViewTest, ExportsTheFilteredListInItsOrder)
{
    CaseLogView view(*m_storage);
    ASSERT_TRUE(settled());
    CaseLogFilter filter;
    filter.theme = u"bullying"_qs;
    view.setFilter(filter);
    view.model()->sort(int(CaseLogColumn::OpenedAt), Qt::AscendingOrder);
    ASSERT_TRUE(settled());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.csv"_qs);
    EXPECT_EQ(exportTo(view, path, CsvWriter::Separator::Comma), QString());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    ASSERT_EQ(lines.size(), 6);
    EXPECT_TRUE(lines.at(1).startsWith(m_seed.id(1).toString(QUuid::WithoutBraces).toUtf8()));
    EXPECT_TRUE(lines.at(4).startsWith(m_seed.id(7).toString(QUuid::WithoutBraces).toUtf8()));
    EXPECT_FALSE(exportTo(view, dir.filePath(u"no/such/dir/log.csv"_qs), CsvWriter::Separator::Comma).isEmpty());
    EXPECT_TRUE(shows(view, u"caseLogError"_qs));
}

TEST_F(CaseLogViewTest, RecordsEachExportInTheAuditLogWithoutTheSearchWords)
{
    CaseLogView view(*m_storage);
    ASSERT_TRUE(settled());
    view.setActor(u"supervisorsanne"_qs);
    CaseLogFilter filter;
    filter.noteText = u"kantine"_qs;
    view.setFilter(filter);
    ASSERT_TRUE(settled());
    QTemporaryDir dir;
    ASSERT_EQ(exportTo(view, dir.filePath(u"log.csv"_qs), CsvWriter::Separator::Comma), QString());

    QSqlQuery audit(m_db.database().connection());
    ASSERT_TRUE(audit.exec(u"SELECT actor, action, detail FROM audit_log WHERE case_id IS NULL"_qs));
    ASSERT_TRUE(audit.next());
    EXPECT_EQ(audit.value(0).toString(), u"supervisorsanne");
    EXPECT_EQ(audit.value(1).toString(), u"case-log-exported");
    EXPECT_EQ(audit.value(2).toString(), u"rows=2 text=yes") << "cases 1 and 7 mention the canteen";
    EXPECT_FALSE(audit.next()) << "one entry per export";
}

TEST_F(CaseLogViewTest, WritesNoFileWhenTheExportCannotBeRecorded)
{
    QSqlQuery refuse(m_db.database().connection());
    ASSERT_TRUE(refuse.exec(u"CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END"_qs));
    CaseLogView view(*m_storage);
    ASSERT_TRUE(settled());
    view.setFilter({});
    ASSERT_TRUE(settled());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.csv"_qs);
    EXPECT_TRUE(exportTo(view, path, CsvWriter::Separator::Comma).contains(u"audit log unavailable"_qs));
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList()) << "nor a part of it";
}

TEST_F(CaseLogViewTest, TheWindowAnswersWhileTheDatabaseIsSlowAndSaysItIsLoading)
{
    test::StorageGate slow(*m_storage);
    // Every call returns at once although nothing comes from the database.
    CaseLogView view(*m_storage);
    view.show();
    EXPECT_TRUE(shows(view, u"caseLogBusy"_qs));
    EXPECT_EQ(label(view, u"caseLogBusy"_qs)->text(), u"Loading cases…");
    auto *stopButton = view.findChild<QPushButton *>(u"caseLogStop"_qs);
    ASSERT_TRUE(stopButton);
    EXPECT_TRUE(stopButton->isVisibleTo(&view));
    EXPECT_FALSE(stopButton->accessibleName().isEmpty());
    EXPECT_EQ(stopButton->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
    view.table()->horizontalHeader()->setSortIndicator(int(CaseLogColumn::Agent), Qt::AscendingOrder);
    CaseLogFilter filter;
    filter.agent = u"anna"_qs;
    view.setFilter(filter);
    EXPECT_EQ(view.model()->rowCount(), 0);

    slow.open();
    ASSERT_TRUE(settled());
    EXPECT_FALSE(shows(view, u"caseLogBusy"_qs));
    ASSERT_GT(view.model()->rowCount(), 0);
    for (int row = 0; row < view.model()->rowCount(); ++row)
        EXPECT_EQ(view.model()->data(view.model()->index(row, int(CaseLogColumn::Agent))).toString(), u"anna");
    EXPECT_EQ(view.model()->pagesRead(), 1) << "only the answer for the last filter and order is used";
}

TEST_F(CaseLogViewTest, AnswersForAnOldFilterOrSortOrderAreDropped)
{
    CaseLogView view(*m_storage);
    ASSERT_TRUE(settled());
    ASSERT_EQ(view.model()->rowCount(), 7);
    QSignalSpy inserted(view.model(), &QAbstractItemModel::rowsInserted);
    {
        test::StorageGate slow(*m_storage);
        CaseLogFilter anna;
        anna.agent = u"anna"_qs;
        view.setFilter(anna);
        view.model()->sort(int(CaseLogColumn::Agent), Qt::DescendingOrder);
        CaseLogFilter bram;
        bram.agent = u"bram"_qs;
        view.setFilter(bram);
    }
    ASSERT_TRUE(settled());
    EXPECT_EQ(inserted.count(), 1) << "one page came in: the one for the last filter";
    ASSERT_GT(view.model()->rowCount(), 0);
    for (int row = 0; row < view.model()->rowCount(); ++row)
        EXPECT_EQ(view.model()->data(view.model()->index(row, int(CaseLogColumn::Agent))).toString(), u"bram");
    EXPECT_EQ(view.model()->sortOrder().column, CaseLogColumn::Agent);
}

TEST_F(CaseLogViewTest, EscStopsLoadingAndWhatArrivesLaterIsDropped)
{
    CaseLogView view(*m_storage);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QApplication::setActiveWindow(&view);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    ASSERT_TRUE(settled());
    {
        test::StorageGate slow(*m_storage);
        view.apply();
        EXPECT_TRUE(shows(view, u"caseLogBusy"_qs));
        QTest::keyClick(view.table(), Qt::Key_Escape);
        // A button's shortcut clicks it a moment later, as a click seen on the screen.
        EXPECT_TRUE(QTest::qWaitFor([&] { return !view.model()->isLoading(); }, 2000));
        EXPECT_FALSE(shows(view, u"caseLogBusy"_qs));
        EXPECT_TRUE(label(view, u"caseLogCount"_qs)->text().contains(u"stopped"_qs));
    }
    ASSERT_TRUE(settled());
    EXPECT_EQ(view.model()->rowCount(), 0) << "the stopped page is not shown when it comes after all";
    EXPECT_FALSE(view.model()->canFetchMore({}));

    view.findChild<QPushButton *>(u"caseLogApply"_qs)->click();
    ASSERT_TRUE(settled());
    EXPECT_EQ(view.model()->rowCount(), 7) << "Show cases reads again";
}

TEST_F(CaseLogViewTest, AClosedWindowAsksNothingMoreAndTakesNoLateAnswer)
{
    QPointer<CaseLogView> view = new CaseLogView(*m_storage);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
    {
        test::StorageGate slow(*m_storage);
        view->apply();
        view->close();
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.isNull(); }, 5000));
    EXPECT_TRUE(settled()) << "the answers for a window gone are dropped without harm";
}

TEST_F(CaseLogViewTest, AStoppedExportLeavesNoFileAndNoAuditEntry)
{
    CaseLogView view(*m_storage);
    ASSERT_TRUE(settled());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.csv"_qs);
    QSignalSpy finished(&view, &CaseLogView::exportFinished);
    {
        test::StorageGate slow(*m_storage);
        view.exportCsv(path, CsvWriter::Separator::Comma);
        EXPECT_TRUE(label(view, u"caseLogBusy"_qs)->text().startsWith(u"Exporting"_qs));
        EXPECT_FALSE(view.findChild<QPushButton *>(u"caseLogExport"_qs)->isEnabled()) << "one export at a time";
        view.findChild<QPushButton *>(u"caseLogStop"_qs)->click();
        ASSERT_EQ(finished.count(), 1);
        EXPECT_FALSE(finished.at(0).at(0).toString().isEmpty());
    }
    ASSERT_TRUE(settled());
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList());
    QSqlQuery audit(m_db.database().connection());
    ASSERT_TRUE(audit.exec(u"SELECT count(*) FROM audit_log"_qs) && audit.next());
    EXPECT_EQ(audit.value(0).toInt(), 0);
    EXPECT_TRUE(view.findChild<QPushButton *>(u"caseLogExport"_qs)->isEnabled());
}

TEST_F(CaseLogViewTest, SortingWithTheDatabaseGoneShowsWhatHappenedAndThrowsNothing)
{
    CaseLogView view(*m_storage);
    view.show();
    ASSERT_TRUE(settled());
    ASSERT_EQ(view.model()->rowCount(), 7);
    // The storage's connection closes and its file goes; a folder in the file's place makes
    // opening it again fail as well.
    const QString file = m_db.url().sqlitePath();
    ASSERT_TRUE(QFileInfo(file).isAbsolute() && file.endsWith(u"/cases.db"_qs)) << qPrintable(file);
    QObject receiver;
    m_storage->run<bool>(&receiver,
                         [](Database &database) {
                             database.connection().close();
                             return true;
                         },
                         {});
    ASSERT_TRUE(settled());
    for (const QString &suffix : {u""_qs, u"-wal"_qs, u"-shm"_qs, u"-journal"_qs})
        QFile::remove(file + suffix);
    ASSERT_TRUE(QDir().mkdir(file));

    EXPECT_NO_THROW(view.model()->sort(int(CaseLogColumn::Agent), Qt::AscendingOrder));
    EXPECT_NO_THROW(
            view.table()->horizontalHeader()->setSortIndicator(int(CaseLogColumn::Channel), Qt::DescendingOrder));
    EXPECT_NO_THROW(EXPECT_TRUE(settled()));
    EXPECT_TRUE(shows(view, u"caseLogError"_qs));
    const QString error = label(view, u"caseLogError"_qs)->text();
    EXPECT_TRUE(error.contains(u"The case log could not be read."_qs)) << qPrintable(error);
    EXPECT_TRUE(error.contains(u"try again"_qs)) << qPrintable(error);
    EXPECT_FALSE(view.model()->isLoading());
    EXPECT_FALSE(shows(view, u"caseLogBusy"_qs));
    EXPECT_FALSE(view.model()->canFetchMore({})) << "no more asking a database that is gone";
}

TEST(CaseLogViewOnPostgres, SortingAfterTheServerWentAwayShowsWhatHappenedAndThrowsNothing)
{
    test::TemporaryDatabase db(test::Backend::PostgreSql);
    test::ReviewSeed seed(db.database());
    auto proxy = std::make_unique<test::LagProxy>(quint16(db.url().port()));
    QString problem;
    const DatabaseUrl url = *DatabaseUrl::parse(
            u"postgresql://%1@127.0.0.1:%2/%3"_qs.arg(db.url().user()).arg(proxy->port()).arg(db.url().databaseName()),
            &problem);
    AsyncStorage storage([url] { return Database::open(url); });
    {
        CaseLogView view(storage);
        view.show();
        ASSERT_TRUE(test::settle(storage));
        ASSERT_EQ(view.model()->rowCount(), 7);

        proxy->cut(); // the server went away, and stays away
        proxy.reset();
        EXPECT_NO_THROW(view.model()->sort(int(CaseLogColumn::Agent), Qt::AscendingOrder));
        EXPECT_NO_THROW(EXPECT_TRUE(test::settle(storage, 30000)));
        auto *error = view.findChild<QLabel *>(u"caseLogError"_qs);
        ASSERT_TRUE(error);
        EXPECT_TRUE(error->isVisibleTo(&view));
        EXPECT_TRUE(error->text().contains(u"The case log could not be read."_qs)) << qPrintable(error->text());
        EXPECT_TRUE(error->text().contains(u"network"_qs)) << qPrintable(error->text());
        EXPECT_FALSE(view.model()->isLoading());
    }
    EXPECT_FALSE(storage.isOnline());
}
