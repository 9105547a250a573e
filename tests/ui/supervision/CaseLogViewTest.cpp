// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's case log: rows read in pages and let go again, filters from the controls,
// opening a case from the keyboard, and CSV export.
#include "supervision/CaseLogModel.h"
#include "supervision/CaseLogView.h"
#include "ReviewSeed.h"
#include "TestDatabase.h"
#include "storage/SqlCaseStore.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
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
    {
    }

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

    test::TemporaryDatabase m_db;
    test::ReviewSeed m_seed;
};

} // namespace

TEST_F(CaseLogViewTest, ReadsRowsInPagesAndKeepsOnlyAFew)
{
    addCases();
    CaseLogModel model(m_db.database());
    model.setPageSize(10, 3);
    model.setFilter({});
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_EQ(model.pagesRead(), 1) << "only the first page is read";
    EXPECT_FALSE(model.allRowsRead());
    const QUuid first = model.caseId(0);
    EXPECT_EQ(first, m_seed.id(7)); // newest first
    model.caseId(9);
    EXPECT_EQ(model.pagesRead(), 1) << "a row on a page already read costs no query";

    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 20);
    EXPECT_EQ(model.pagesRead(), 2);
    QSet<QUuid> seen;
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 47);
    EXPECT_TRUE(model.allRowsRead());
    for (int row = 0; row < model.rowCount(); ++row) {
        seen.insert(model.caseId(row));
        EXPECT_LE(model.pagesHeld(), 3);
    }
    EXPECT_EQ(seen.size(), 47) << "every case once";
    EXPECT_EQ(model.pagesHeld(), 3);
    const int read = model.pagesRead();
    EXPECT_EQ(model.caseId(0), first) << "a page let go is read again";
    EXPECT_EQ(model.pagesRead(), read + 1);
}

TEST_F(CaseLogViewTest, AFullLastPageEndsWithAnEmptyRead)
{
    addCases(); // 47 cases
    CaseLogModel model(m_db.database());
    model.setPageSize(47, 2);
    model.setFilter({});
    EXPECT_EQ(model.rowCount(), 47);
    ASSERT_TRUE(model.canFetchMore({})) << "a full page may have more behind it";
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 47);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(CaseLogViewTest, ShowsLabelsAndSortsOnAnyColumn)
{
    CaseLogModel model(m_db.database());
    model.setFilter({});
    EXPECT_EQ(model.headerData(int(CaseLogColumn::Agent), Qt::Horizontal).toString(), u"Agent");
    EXPECT_EQ(model.data(model.index(0, int(CaseLogColumn::Agent))).toString(), u"anna");
    model.sort(int(CaseLogColumn::Agent), Qt::DescendingOrder);
    EXPECT_EQ(model.data(model.index(0, int(CaseLogColumn::Agent))).toString(), u"carla");
    EXPECT_EQ(model.sortOrder().column, CaseLogColumn::Agent);
    EXPECT_EQ(model.data(model.index(0, 0), CaseLogModel::CaseIdRole).value<QUuid>(), model.caseId(0));
}

TEST_F(CaseLogViewTest, NamesOutcomesAndPartiesButExportsTheirCodes)
{
    CaseLogView view(m_db.database());
    view.setNames({{u"bullying-help"_qs, u"Hulp bij pesten"_qs}},
                  {{u"school-route"_qs, u"De school zelf"_qs}, {u"kindertelefoon"_qs, u"De Kindertelefoon"_qs}});
    CaseLogFilter filter;
    filter.agent = u"anna"_qs;
    filter.channel = Channel::Chat;
    view.setFilter(filter);
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
    ASSERT_TRUE(view.exportCsv(dir.filePath(u"log.csv"_qs), CsvWriter::Separator::Comma).isEmpty());
    QFile csv(dir.filePath(u"log.csv"_qs));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray written = csv.readAll();
    EXPECT_TRUE(written.contains("bullying-help")) << "the export keeps the codes";
    EXPECT_FALSE(written.contains("Hulp bij pesten"));
}

TEST_F(CaseLogViewTest, FiltersFromTheControlsAndOpensWithEnter)
{
    CaseLogView view(m_db.database());
    view.show();
    auto *theme = view.findChildren<QComboBox *>().at(3); // channel, caller, school, theme
    ASSERT_EQ(theme->accessibleName(), u"Theme");
    theme->setCurrentIndex(theme->findData(u"discrimination"_qs));
    view.apply();
    EXPECT_EQ(view.model()->rowCount(), 2);
    EXPECT_EQ(view.findChild<QLabel *>(u"caseLogCount"_qs)->text(), u"2 case(s)");

    CaseLogFilter filter;
    filter.agent = u"bram"_qs;
    filter.whiteSpot = true;
    view.setFilter(filter);
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
    CaseLogView view(m_db.database());
    QSqlQuery drop(m_db.database().connection());
    ASSERT_TRUE(drop.exec(u"ALTER TABLE cases RENAME TO cases_gone"_qs));
    view.apply();
    auto *error = view.findChild<QLabel *>(u"caseLogError"_qs);
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(u"case log"_qs)) << qPrintable(error->text());
}

TEST_F(CaseLogViewTest, ExportsTheFilteredListInItsOrder)
{
    CaseLogView view(m_db.database());
    CaseLogFilter filter;
    filter.theme = u"bullying"_qs;
    view.setFilter(filter);
    view.model()->sort(int(CaseLogColumn::OpenedAt), Qt::AscendingOrder);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.csv"_qs);
    EXPECT_TRUE(view.exportCsv(path, CsvWriter::Separator::Comma).isEmpty());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    ASSERT_EQ(lines.size(), 6);
    EXPECT_TRUE(lines.at(1).startsWith(m_seed.id(1).toString(QUuid::WithoutBraces).toUtf8()));
    EXPECT_TRUE(lines.at(4).startsWith(m_seed.id(7).toString(QUuid::WithoutBraces).toUtf8()));
    EXPECT_FALSE(view.exportCsv(dir.filePath(u"no/such/dir/log.csv"_qs), CsvWriter::Separator::Comma).isEmpty());
}

TEST_F(CaseLogViewTest, RecordsEachExportInTheAuditLogWithoutTheSearchWords)
{
    CaseLogView view(m_db.database());
    view.setActor(u"supervisorsanne"_qs);
    CaseLogFilter filter;
    filter.noteText = u"kantine"_qs;
    view.setFilter(filter);
    QTemporaryDir dir;
    ASSERT_EQ(view.exportCsv(dir.filePath(u"log.csv"_qs), CsvWriter::Separator::Comma), QString());

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
    CaseLogView view(m_db.database());
    view.setFilter({});
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.csv"_qs);
    EXPECT_TRUE(view.exportCsv(path, CsvWriter::Separator::Comma).contains(u"audit log unavailable"_qs));
    EXPECT_FALSE(QFile::exists(path));
}
