// SPDX-License-Identifier: GPL-3.0-or-later
// The case log against seeded cases with known answers, on SQLite and PostgreSQL.
#include "review/CaseLogQuery.h"
#include "ReviewSeed.h"
#include "TestDatabase.h"
#include "review/CaseLogExportAudit.h"
#include "review/CaseLogFileExport.h"
#include "review/SqlFragments.h"
#include "storage/RetentionJob.h"
#include "storage/SqlCaseStore.h"
#include "storage/StorageError.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ww;

namespace {

class CaseLogQueryTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    CaseLogQueryTest()
        : m_db(GetParam())
        , m_seed(m_db.database())
    { }

    /// The case numbers the filter finds, in the log's order.
    QList<int> find(const CaseLogFilter &filter, const CaseLogSort &sort = {},
                    qint64 commonWordNotes = CaseLogQuery::defaultCommonWordNotes)
    {
        CaseLogQuery query(m_db.database(), filter, sort, commonWordNotes);
        QList<QUuid> ids;
        for (const CaseLogRow &row : query.page({}, 100).rows)
            ids.append(row.id);
        EXPECT_EQ(query.count(), ids.size());
        // A theme or party is read through its own index, listed first or checked per case,
        // depending on how rare it is: each way finds the same rows in the same order.
        for (const qint64 rareCases : {qint64(0), qint64(1000000)}) {
            CaseLogQuery other(m_db.database(), filter, sort, commonWordNotes, rareCases);
            QList<QUuid> otherIds;
            for (const CaseLogRow &row : other.page({}, 100).rows)
                otherIds.append(row.id);
            EXPECT_EQ(otherIds, ids) << "rare from " << rareCases << " cases";
        }
        return m_seed.numbers(ids);
    }

    static QDateTime day(int month, int dayOfMonth)
    {
        return QDateTime(QDate(2026, month, dayOfMonth), QTime(0, 0), Qt::UTC);
    }

    test::TemporaryDatabase m_db;
    test::ReviewSeed m_seed;
};

} // namespace

TEST_P(CaseLogQueryTest, WithoutFiltersListsEveryCaseNewestFirst)
{
    EXPECT_EQ(find({}), (QList<int>{7, 6, 5, 4, 3, 2, 1}));
}

TEST_P(CaseLogQueryTest, EachFilterFindsTheKnownCases)
{
    CaseLogFilter filter;
    filter.openedFrom = day(3, 1);
    filter.openedBefore = day(4, 1);
    EXPECT_EQ(find(filter), (QList<int>{6, 5, 4, 3, 2, 1})) << "period";

    filter = {};
    filter.channel = Channel::Chat;
    EXPECT_EQ(find(filter), (QList<int>{5, 2})) << "channel";

    filter = {};
    filter.agent = u"bram"_qs;
    EXPECT_EQ(find(filter), (QList<int>{4, 3})) << "agent";

    filter = {};
    filter.callerRole = u"parent"_qs;
    EXPECT_EQ(find(filter), (QList<int>{7, 3, 2})) << "caller role";

    filter = {};
    filter.schoolType = u"vo"_qs;
    EXPECT_EQ(find(filter), (QList<int>{7, 5, 3, 1})) << "school type";

    filter = {};
    filter.theme = u"discrimination"_qs;
    EXPECT_EQ(find(filter), (QList<int>{3, 2})) << "theme";

    filter = {};
    filter.referredParty = u"kindertelefoon"_qs; // case 4 removed this suggestion: not a referral
    EXPECT_EQ(find(filter), (QList<int>{7, 2})) << "referred party";

    filter = {};
    filter.outcomeNode = u"bullying-help"_qs;
    EXPECT_EQ(find(filter), (QList<int>{7, 5, 2, 1})) << "outcome";

    filter = {};
    filter.whiteSpot = true;
    EXPECT_EQ(find(filter), (QList<int>{3})) << "white spot";
    filter.whiteSpot = false;
    EXPECT_EQ(find(filter).size(), 6);

    filter = {};
    filter.status = CaseStatus::Closed;
    EXPECT_EQ(find(filter), (QList<int>{4, 3, 2, 1})) << "status";

    filter = {};
    filter.followUpDueOn = QDate(2026, 3, 15);
    EXPECT_EQ(find(filter), (QList<int>{5})) << "follow-up due";
}

TEST_P(CaseLogQueryTest, FindsWordsInNotes)
{
    CaseLogFilter filter;
    filter.noteText = u"groepsapp"_qs;
    EXPECT_EQ(find(filter), (QList<int>{2}));
    filter.noteText = u"kantine"_qs;
    EXPECT_EQ(find(filter), (QList<int>{7, 1}));
    filter.noteText = u"kantine gepest"_qs; // every word must occur
    EXPECT_EQ(find(filter), (QList<int>{1}));
    filter.noteText = u"schaakclub"_qs;
    EXPECT_TRUE(find(filter).isEmpty());
}

TEST_P(CaseLogQueryTest, CommonWordsAreSearchedCaseByCaseWithTheSameResult)
{
    CaseLogFilter filter;
    for (const QString &words :
         {u"kantine"_qs, u"kantine gepest"_qs, u"groepsapp"_qs, u"schaakclub"_qs, u"KANTINE"_qs}) {
        filter.noteText = words;
        EXPECT_EQ(find(filter, {}, 0), find(filter)) << qPrintable(words);
    }
    filter.noteText = u"kantine"_qs;
    EXPECT_EQ(find(filter, {}, 0), (QList<int>{7, 1}));
    EXPECT_EQ(find(filter, {}, 1000000), (QList<int>{7, 1}));
}

TEST_P(CaseLogQueryTest, ErasedNotesAreNoLongerFound)
{
    CaseLogFilter filter;
    filter.noteText = u"kantine"_qs;
    ASSERT_EQ(find(filter), (QList<int>{7, 1}));
    // Retention erases the notes of closed cases (1–4); case 7 is still open.
    const auto period = RetentionPeriod::parse(u"1m"_qs, nullptr);
    ASSERT_TRUE(period.has_value());
    EXPECT_EQ(RetentionJob(m_db.database())
                      .apply(*period, QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC), false, u"admin"_qs),
              4);
    EXPECT_EQ(find(filter), (QList<int>{7}));
}

TEST_P(CaseLogQueryTest, SearchTextIsNeverQuerySyntax)
{
    CaseLogFilter filter;
    for (const QString &hostile : {u"body:kantine"_qs, u"kantine OR NOT \"x"_qs, u"') OR 1=1 --"_qs, u"*"_qs,
                                   u"NEAR(kantine gepest)"_qs, u"kantine\""_qs}) {
        filter.noteText = hostile;
        EXPECT_NO_THROW(find(filter)) << qPrintable(hostile);
    }
    filter.noteText = u"kantine\""_qs;
    EXPECT_EQ(find(filter), (QList<int>{7, 1}));
    filter.noteText = QString(CaseLogFilter::maxNoteTextLength + 1, u'a');
    EXPECT_THROW(CaseLogQuery(m_db.database(), filter), StorageError);
}

TEST_P(CaseLogQueryTest, FiltersCombine)
{
    CaseLogFilter filter;
    filter.theme = u"bullying"_qs;
    filter.channel = Channel::Phone;
    EXPECT_EQ(find(filter), (QList<int>{7, 1}));

    filter = {};
    filter.theme = u"bullying"_qs;
    filter.agent = u"anna"_qs;
    filter.openedBefore = day(4, 1);
    filter.noteText = u"groepsapp"_qs;
    EXPECT_EQ(find(filter), (QList<int>{2}));
}

TEST_P(CaseLogQueryTest, SortsOnAnyColumnEitherWay)
{
    CaseLogSort sort{CaseLogColumn::OpenedAt, false};
    EXPECT_EQ(find({}, sort), (QList<int>{1, 2, 3, 4, 5, 6, 7}));

    CaseLogFilter closed;
    closed.status = CaseStatus::Closed;
    sort = {CaseLogColumn::SchoolType, false};
    const QList<int> bySchool = find(closed, sort); // mbo, po, vo, vo
    ASSERT_EQ(bySchool.size(), 4);
    EXPECT_EQ(bySchool.mid(0, 2), (QList<int>{4, 2}));
    sort.descending = true;
    EXPECT_EQ(find(closed, sort).mid(2, 2), (QList<int>{2, 4}));

    sort = {CaseLogColumn::Agent, false};
    const QList<int> byAgent = find({}, sort);
    EXPECT_EQ(QList<int>(byAgent.begin() + 3, byAgent.begin() + 5) == QList<int>({3, 4})
                      || QList<int>(byAgent.begin() + 3, byAgent.begin() + 5) == QList<int>({4, 3}),
              true);
    // Every column can be sorted on without an error.
    for (int column = 0; column < caseLogColumnCount; ++column)
        EXPECT_EQ(find({}, {CaseLogColumn(column), true}).size(), 7) << column;
}

TEST_P(CaseLogQueryTest, RowsCarryTheCodedFields)
{
    CaseLogFilter filter;
    filter.channel = Channel::Chat;
    filter.agent = u"anna"_qs;
    const QList<CaseLogRow> rows = CaseLogQuery(m_db.database(), filter).page({}, 10).rows;
    ASSERT_EQ(rows.size(), 1);
    const CaseLogRow &row = rows.first();
    EXPECT_EQ(row.id, m_seed.id(2));
    EXPECT_EQ(row.openedAt, QDateTime(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC));
    EXPECT_EQ(row.callerRole, u"parent");
    EXPECT_EQ(row.schoolType, u"po");
    EXPECT_EQ(row.themes, (QStringList{u"bullying"_qs, u"discrimination"_qs}));
    EXPECT_EQ(row.referredParties, (QStringList{u"school-route"_qs, u"kindertelefoon"_qs}));
    EXPECT_EQ(row.status, CaseStatus::Closed);
    EXPECT_FALSE(row.whiteSpot);
}

TEST_P(CaseLogQueryTest, PagesFollowEachOtherWithoutGapsOrRepeats)
{
    CaseLogQuery query(m_db.database(), {}, {CaseLogColumn::SchoolType, false});
    QList<QUuid> paged;
    CaseLogCursor after;
    for (int page = 0; page < 3; ++page) {
        const CaseLogPage read = query.page(after, 3);
        EXPECT_LE(read.rows.size(), 3);
        for (const CaseLogRow &row : read.rows)
            paged.append(row.id);
        after = read.end;
    }
    QList<QUuid> whole;
    query.forEach([&](const CaseLogRow &row) { whole.append(row.id); });
    EXPECT_EQ(paged, whole);
    EXPECT_EQ(whole.size(), 7);
}

// Each page starts after the keys of the row before it. Many rows here share the sort value and
// the opening time, or have no value at all; no row may be skipped or repeated, in any order.
TEST_P(CaseLogQueryTest, KeysetPagesNeitherSkipNorRepeatRowsAmongTies)
{
    SqlCaseStore store(m_db.database());
    const QDateTime instants[]
            = {QDateTime(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC), QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC)};
    for (int i = 0; i < 18; ++i) {
        const QDateTime opened = instants[i % 2];
        Case c = Case::open(i % 3 ? Channel::Phone : Channel::Chat, u"dirk"_qs, m_seed.treeIdentity, opened);
        if (i % 2)
            c.fields.callerRole = u"pupil"_qs;
        if (i % 4 == 0)
            c.fields.schoolType = u"vo"_qs;
        if (i % 3 == 0)
            c.fields.themes = {u"bullying"_qs};
        if (i % 5 == 0)
            c.referrals.append(
                    {u"kindertelefoon"_qs, ReferralOrigin::Suggested, ReferralDecision::Confirmed, {}, false, opened});
        if (i % 6 == 0) {
            c.status = CaseStatus::FollowUp;
            c.followUpDate = QDate(2026, 3, 20);
            c.followUpInstruction = u"Terugbellen"_qs;
        }
        store.saveCase(c);
    }
    CaseLogFilter themed;
    themed.theme = u"bullying"_qs;
    CaseLogFilter referred;
    referred.referredParty = u"kindertelefoon"_qs;
    const QList<std::pair<const char *, CaseLogFilter>> filters{{"none", {}}, {"theme", themed}, {"party", referred}};
    for (const auto &[filterName, filter] : filters) {
        for (int column = 0; column < caseLogColumnCount; ++column) {
            for (const bool descending : {true, false}) {
                SCOPED_TRACE(testing::Message()
                             << filterName << " column " << column << (descending ? " down" : " up"));
                CaseLogQuery query(m_db.database(), filter, {CaseLogColumn(column), descending});
                QList<QUuid> whole;
                query.forEach([&](const CaseLogRow &row) { whole.append(row.id); });
                ASSERT_EQ(whole.size(), query.count());
                ASSERT_GE(whole.size(), 5);
                for (const int pageSize : {1, 4}) {
                    QList<QUuid> paged;
                    CaseLogCursor after;
                    for (int page = 0; page <= whole.size(); ++page) {
                        const CaseLogPage read = query.page(after, pageSize);
                        for (const CaseLogRow &row : read.rows)
                            paged.append(row.id);
                        if (read.rows.size() < pageSize)
                            break;
                        after = read.end;
                    }
                    EXPECT_EQ(paged, whole) << "pages of " << pageSize;
                }
            }
        }
    }
}

TEST_P(CaseLogQueryTest, ExportsTheFilteredListAsCsvInStepsAndPutsTheFileInPlaceAtTheEnd)
{
    CaseLogFilter filter;
    filter.theme = u"bullying"_qs;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.csv"_qs);
    CaseLogFileExport run(filter, {}, path, CsvWriter::Separator::Semicolon, u"sofie"_qs, 2);
    EXPECT_FALSE(run.step(m_db.database(), 2)) << "one page of two rows: more may follow";
    EXPECT_EQ(run.rowsWritten(), 2);
    EXPECT_FALSE(QFile::exists(path)) << "nothing is in place before the export is recorded";
    int steps = 1;
    while (!run.step(m_db.database(), 2))
        ASSERT_LT(++steps, 10);
    EXPECT_EQ(steps, 2) << "the second full page, then an empty one in the third step";
    EXPECT_EQ(run.rowsWritten(), 4);
    EXPECT_FALSE(QFile::exists(path));
    run.finish(m_db.database(), QDateTime::currentDateTimeUtc());

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(u"\r\n"_qs);
    ASSERT_EQ(lines.size(), 6); // header, four cases, and the empty rest after the last CRLF
    EXPECT_TRUE(lines.at(0).startsWith(u"Case;Opened;Channel;"_qs)) << qPrintable(lines.at(0));
    EXPECT_TRUE(lines.at(1).startsWith(m_seed.id(7).toString(QUuid::WithoutBraces))) << qPrintable(lines.at(1));
    EXPECT_TRUE(lines.at(3).contains(u";bullying, discrimination;"_qs)) << qPrintable(lines.at(3));
    EXPECT_TRUE(lines.at(5).isEmpty());
}

// Callers with little Dutch: the case log filters, sorts and exports on the caller's language.
TEST_P(CaseLogQueryTest, FiltersSortsAndExportsTheCallersLanguage)
{
    test::TemporaryDatabase db(GetParam());
    const test::ReviewSeed seed(db.database(), [](int number, Case &c) {
        if (number == 2 || number == 4)
            c.fields.callerLanguage = u"ar"_qs;
        else if (number == 5)
            c.fields.callerLanguage = u"nl-limited"_qs;
    });
    auto numbers = [&](const CaseLogFilter &filter, const CaseLogSort &sort) {
        QList<QUuid> ids;
        QStringList languages;
        for (const CaseLogRow &row : CaseLogQuery(db.database(), filter, sort).page({}, 100).rows) {
            ids.append(row.id);
            languages.append(row.callerLanguage);
        }
        return std::pair{seed.numbers(ids), languages};
    };
    CaseLogFilter arabic;
    arabic.callerLanguage = u"ar"_qs;
    EXPECT_EQ(numbers(arabic, {}).first, (QList<int>{4, 2}));
    EXPECT_EQ(numbers(arabic, {}).second, (QStringList{u"ar"_qs, u"ar"_qs}));
    const QStringList byLanguage = numbers({}, {CaseLogColumn::CallerLanguage, true}).second;
    EXPECT_EQ(byLanguage.mid(0, 3), (QStringList{u"nl-limited"_qs, u"ar"_qs, u"ar"_qs}));
    EXPECT_TRUE(byLanguage.at(3).isEmpty()) << "not recorded comes last, going down";
    EXPECT_EQ(CaseLogExportAudit::codedFilter(arabic), u"language=ar");

    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.csv"_qs);
    CaseLogFileExport run(arabic, {}, path, CsvWriter::Separator::Comma, u"sofie"_qs, 10);
    while (!run.step(db.database(), 10)) { }
    run.finish(db.database(), QDateTime::currentDateTimeUtc());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(u"\r\n"_qs);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_TRUE(lines.at(0).startsWith(u"Case,Opened,Channel,Agent,Caller,Caller's language,"_qs))
            << qPrintable(lines.at(0));
    EXPECT_TRUE(lines.at(1).contains(u",ar,"_qs)) << qPrintable(lines.at(1));
}

TEST_P(CaseLogQueryTest, AnExportNeverFinishedLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.csv"_qs);
    {
        CaseLogFileExport run({}, {}, path, CsvWriter::Separator::Comma, u"sofie"_qs, 2);
        EXPECT_FALSE(run.step(m_db.database(), 2));
    }
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList()) << "nor a part of one";
}

INSTANTIATE_TEST_SUITE_P(Backends, CaseLogQueryTest,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql),
                         [](const auto &param) { return test::backendName(param.param); });

TEST(CsvWriter, QuotesAsRfc4180Says)
{
    EXPECT_EQ(CsvWriter::cell(u"plain"_qs, u';'), u"plain");
    EXPECT_EQ(CsvWriter::cell(u"a;b"_qs, u';'), u"\"a;b\"");
    EXPECT_EQ(CsvWriter::cell(u"a,b"_qs, u';'), u"a,b");
    EXPECT_EQ(CsvWriter::cell(u"a,b"_qs, u','), u"\"a,b\"");
    EXPECT_EQ(CsvWriter::cell(u"say \"hi\""_qs, u';'), u"\"say \"\"hi\"\"\"");
    EXPECT_EQ(CsvWriter::cell(u"two\nlines"_qs, u';'), u"\"two\nlines\"");
    EXPECT_EQ(CsvWriter::cell(u"cr\rhere"_qs, u';'), u"\"cr\rhere\"");
    EXPECT_EQ(CsvWriter::cell(QString(), u';'), QString());
}

TEST(CsvWriter, GuardsAgainstFormulas)
{
    for (const QString &formula : {u"=1+1"_qs, u"+31 6"_qs, u"-2"_qs, u"@SUM(A1)"_qs, u"\tx"_qs})
        EXPECT_EQ(CsvWriter::cell(formula, u';').at(0), u'\'') << qPrintable(formula);
    EXPECT_EQ(CsvWriter::cell(u"=HYPERLINK(\"x\";\"y\")"_qs, u';'), u"\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\"");
    EXPECT_EQ(CsvWriter::cell(u"a=b"_qs, u';'), u"a=b");
}

TEST(CsvWriter, WritesBomOnceAndCrlfLines)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer, CsvWriter::Separator::Comma);
    csv.writeRow({u"a"_qs, u"é"_qs});
    csv.writeRow({u"b"_qs, u"c,d"_qs});
    EXPECT_EQ(buffer.data(),
              QByteArray("\xEF\xBB\xBF"
                         "a,\xC3\xA9\r\nb,\"c,d\"\r\n"));
}

TEST(SqlFragments, ComposesOnlyFromNamedFragments)
{
    const SqlFragments fragments = SqlFragments::parse(
            u"-- header comment\n-- [outer]\nSELECT {inner} FROM t WHERE {where}\n-- [inner]\n-- a comment\nx, y\n-- [loop]\n{loop}\n"_qs);
    EXPECT_EQ(fragments.compose(u"outer"_qs, {{u"where"_qs, u"a = :a"_qs}}), u"SELECT x, y FROM t WHERE a = :a");
    EXPECT_THROW(fragments.compose(u"outer"_qs), StorageError); // {where} is no fragment
    EXPECT_THROW(fragments.compose(u"loop"_qs), StorageError);
    EXPECT_THROW(fragments.fragment(u"missing"_qs), StorageError);
}

TEST(CaseLogFts5, TermsAreStoredWithoutCapitalsOrAccents)
{
    EXPECT_EQ(CaseLogQuery::fts5Term(u"Één"_qs), u"een");
    EXPECT_EQ(CaseLogQuery::fts5Term(u"Kantine"_qs), u"kantine");
}

TEST(CaseLogFts5, QuotesEveryWord)
{
    EXPECT_EQ(CaseLogQuery::fts5Query(u"kantine gepest"_qs), u"\"kantine\" \"gepest\"");
    EXPECT_EQ(CaseLogQuery::fts5Query(u"body:x OR \"y"_qs), u"\"body\" \"x\" \"OR\" \"y\"");
    EXPECT_EQ(CaseLogQuery::fts5Query(u"  "_qs), QString());
}
