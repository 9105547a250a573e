// SPDX-License-Identifier: GPL-3.0-or-later
// wegwijzer-admin report monitoring and case export as users run them: a real process and its files.
// PDF text is read back with pdftotext (Debian package poppler-utils); without it these tests fail.
#include "ReviewSeed.h"
#include "TestContent.h"
#include "TestDatabase.h"
#include "content/TreeVersions.h"
#include "review/CaseLogExportAudit.h"
#include "review/CaseRecord.h"
#include "review/CaseReviewWriter.h"
#include "storage/SqlCaseStore.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace ww;

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessResult run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << qPrintable(program) << " did not finish or could not start";
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

ProcessResult admin(const QStringList &arguments)
{
    return run(QStringLiteral(WW_ADMIN_BINARY), arguments);
}

class ReviewCliTest : public ::testing::Test
{
protected:
    ReviewCliTest()
        : m_seed(m_db.database())
    { }

    QString url() const { return m_db.url().toString(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QString pdfText(const QString &file)
    {
        const ProcessResult text = run(u"pdftotext"_qs, {u"-enc"_qs, u"UTF-8"_qs, file, u"-"_qs});
        EXPECT_EQ(text.exitCode, 0) << "pdftotext (poppler-utils) is needed: " << qPrintable(text.err);
        return text.out;
    }

    void expectNothingPersonal(const QString &document)
    {
        EXPECT_FALSE(document.contains(u"notemarker"_qs, Qt::CaseInsensitive));
        for (const QString &name : {u"anna"_qs, u"bram"_qs, u"carla"_qs})
            EXPECT_FALSE(document.contains(name, Qt::CaseInsensitive)) << qPrintable(name);
        for (const QUuid &id : m_seed.ids) {
            // Also the first group alone: a PDF may break a long id over two lines.
            EXPECT_FALSE(document.contains(id.toString(QUuid::WithoutBraces).left(8), Qt::CaseInsensitive));
        }
    }

    /// June 2026: 6 bullying, 5 violence and 3 discrimination cases, nothing else.
    void seedJune()
    {
        SqlCaseStore store(m_db.database());
        const QList<QPair<QString, int>> themes{{u"bullying"_qs, 6}, {u"violence"_qs, 5}, {u"discrimination"_qs, 3}};
        for (const auto &[theme, number] : themes) {
            for (int i = 0; i < number; ++i) {
                Case c = Case::open(Channel::Phone, u"anna"_qs, m_seed.treeIdentity,
                                    QDateTime(QDate(2026, 6, 2), QTime(9, i), Qt::UTC));
                c.fields.themes = {theme};
                store.saveCase(c);
            }
        }
    }

    test::TemporaryDatabase m_db;
    test::ReviewSeed m_seed;
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ReviewCliTest, WritesTheMonitoringReportAsATidyCsvInDutch)
{
    const ProcessResult result
            = admin({u"report"_qs, u"monitoring"_qs, u"--db"_qs, url(), u"--from"_qs, u"2026-03-01"_qs, u"--to"_qs,
                     u"2026-04-30"_qs, u"--format"_qs, u"csv"_qs, u"-o"_qs, path(u"report.csv"_qs)});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    QFile file(path(u"report.csv"_qs));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    EXPECT_TRUE(csv.startsWith("period,dimension,value,label,count,suppressed\r\n")) << "loads as it is: no BOM";
    EXPECT_TRUE(csv.contains("2026-03-01/2026-04-30,total,,Alle casussen,7,false\r\n")) << csv.constData();
    EXPECT_TRUE(csv.contains("2026-03-01/2026-04-30,theme,bullying,Pesten (ook online),,true\r\n"));
    EXPECT_TRUE(csv.contains("2026-01-01/2026-02-28,total,,Alle casussen,,true\r\n")) << "the two months before";
    expectNothingPersonal(QString::fromUtf8(csv));
}

TEST_F(ReviewCliTest, WritesTheMonitoringReportAsPdfWithChartsAndNothingPersonal)
{
    seedJune();
    const QStringList june{u"report"_qs,     u"monitoring"_qs, u"--db"_qs,       url(),          u"--from"_qs,
                           u"2026-06-01"_qs, u"--to"_qs,       u"2026-06-30"_qs, u"--format"_qs, u"pdf"_qs};
    ProcessResult result = admin(june + QStringList{u"-o"_qs, path(u"june.pdf"_qs)});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    const QString dutch = pdfText(path(u"june.pdf"_qs)).simplified();
    EXPECT_TRUE(dutch.contains(u"Monitoringrapport"_qs)) << qPrintable(dutch);
    EXPECT_TRUE(dutch.contains(u"In deze periode had de lijn 14 contacten."_qs)) << qPrintable(dutch);
    EXPECT_TRUE(dutch.contains(
            u"De meeste vragen gingen over pesten (ook online): 6 contacten (43% van alle contacten)."_qs));
    EXPECT_TRUE(dutch.contains(QRegularExpression(u"Discriminatie of racisme <5"_qs)));
    EXPECT_TRUE(dutch.contains(u"ook als dat 5 of meer is"_qs)) << "the report says why";
    expectNothingPersonal(dutch);

    result = admin(june + QStringList{u"--lang"_qs, u"en"_qs, u"-o"_qs, path(u"june-en.pdf"_qs)});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    const QString english = pdfText(path(u"june-en.pdf"_qs)).simplified();
    EXPECT_TRUE(english.contains(u"In this period the helpline had 14 contacts."_qs)) << qPrintable(english);
    EXPECT_TRUE(english.contains(u"Most questions were about bullying: 6 contacts (43% of all contacts)."_qs));
    EXPECT_TRUE(english.contains(QRegularExpression(u"Discrimination <5"_qs)));
    expectNothingPersonal(english);

    // The charts are drawn into the PDF: pictures on the pages, not only text.
    const ProcessResult images = run(u"pdfimages"_qs, {u"-list"_qs, path(u"june.pdf"_qs)});
    ASSERT_EQ(images.exitCode, 0) << qPrintable(images.err);
    EXPECT_GE(images.out.count(u"image"_qs), 5) << qPrintable(images.out);
}

TEST_F(ReviewCliTest, ExportsTheCasesForTheNetworkAsJsonAndPdfAndRecordsIt)
{
    CaseReviewWriter(m_db.database())
            .add(m_seed.id(3), u"Goed"_qs, 4, true, u"sofie"_qs, QDateTime(QDate(2026, 3, 20), QTime(9, 0), Qt::UTC),
                 u"Een ouder vond geen passende partij voor een vraag over discriminatie."_qs);
    CaseReviewWriter(m_db.database())
            .add(m_seed.id(2), u"Goed"_qs, 4, true, u"sofie"_qs, QDateTime(QDate(2026, 3, 20), QTime(9, 0), Qt::UTC),
                 u"Ouder belde met juf Sanne op 06-12345678."_qs);
    const QStringList march{u"report"_qs, u"cases-for-network"_qs, u"--db"_qs,    url(), u"--from"_qs, u"2026-03-01"_qs,
                            u"--to"_qs,   u"2026-03-31"_qs,        u"--format"_qs};
    ProcessResult result = admin(march + QStringList{u"json"_qs, u"-o"_qs, path(u"cases.json"_qs)});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_TRUE(result.out.contains(u"2 case(s)"_qs)) << qPrintable(result.out);
    EXPECT_TRUE(result.err.contains(u"the summary of case 1 may contain a name, a phone number"_qs))
            << qPrintable(result.err);
    EXPECT_FALSE(result.err.contains(u"Sanne"_qs)) << "the warning does not repeat the text";
    QFile file(path(u"cases.json"_qs));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    const QJsonArray cases = QJsonDocument::fromJson(json).object().value(u"cases"_qs).toArray();
    ASSERT_EQ(cases.size(), 2);
    EXPECT_EQ(cases.at(1).toObject().value(u"month_name"_qs).toString(), u"maart 2026");
    EXPECT_EQ(cases.at(1).toObject().value(u"caller_role"_qs).toObject().value(u"name"_qs).toString(),
              u"Ouder/verzorger");
    EXPECT_TRUE(json.contains("Een ouder vond geen passende partij"));
    expectNothingPersonal(QString::fromUtf8(json));
    EXPECT_FALSE(json.contains("Buiten het klachtenstelsel")) << "the free-text white-spot reason";

    result = admin(march + QStringList{u"pdf"_qs, u"-o"_qs, path(u"cases.pdf"_qs)});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    const QString text = pdfText(path(u"cases.pdf"_qs)).simplified();
    EXPECT_TRUE(text.contains(u"Casussen voor het expertisenetwerk"_qs)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"Een ouder vond geen passende partij voor een vraag over discriminatie."_qs));
    EXPECT_TRUE(text.contains(u"maart 2026"_qs));
    expectNothingPersonal(text);

    result = admin({u"audit"_qs, u"list"_qs, u"--db"_qs, url(), u"--from"_qs,
                    QDate::currentDate().addDays(-1).toString(Qt::ISODate), u"--to"_qs,
                    QDate::currentDate().addDays(1).toString(Qt::ISODate)});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_EQ(result.out.count(u"network-cases-exported\tcases=2 from=2026-03-01 to=2026-03-31"_qs), 2)
            << qPrintable(result.out);

    result = admin(march + QStringList{u"csv"_qs, u"-o"_qs, path(u"cases.csv"_qs)});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(u"--format must be json or pdf, not \"csv\""_qs)) << qPrintable(result.err);
}

TEST_F(ReviewCliTest, RefusesBadReportArguments)
{
    const QStringList base{u"report"_qs, u"monitoring"_qs, u"--db"_qs, url(), u"-o"_qs, path(u"x.csv"_qs)};
    ProcessResult result = admin(
            base
            + QStringList{u"--from"_qs, u"2026-13-01"_qs, u"--to"_qs, u"2026-03-31"_qs, u"--format"_qs, u"csv"_qs});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(u"--from \"2026-13-01\" is not a date"_qs)) << qPrintable(result.err);
    result = admin(
            base
            + QStringList{u"--from"_qs, u"2026-03-31"_qs, u"--to"_qs, u"2026-03-01"_qs, u"--format"_qs, u"csv"_qs});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(u"is before --from"_qs)) << qPrintable(result.err);
    result = admin(
            base
            + QStringList{u"--from"_qs, u"2026-03-01"_qs, u"--to"_qs, u"2026-03-31"_qs, u"--format"_qs, u"xlsx"_qs});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(u"--format must be csv or pdf"_qs)) << qPrintable(result.err);
    result = admin(base
                   + QStringList{u"--from"_qs, u"2026-03-01"_qs, u"--to"_qs, u"2026-03-31"_qs, u"--format"_qs,
                                 u"csv"_qs, u"--lang"_qs, u"fr"_qs});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(u"--lang must be nl or en, not \"fr\""_qs)) << qPrintable(result.err);
    EXPECT_FALSE(QFile::exists(path(u"x.csv"_qs)));
}

TEST_F(ReviewCliTest, ExportsOneCaseAsJsonAndRecordsIt)
{
    const QString id = m_seed.id(3).toString(QUuid::WithoutBraces);
    const ProcessResult result = admin({u"case"_qs, u"export"_qs, id, u"--db"_qs, url(), u"--format"_qs, u"json"_qs,
                                        u"-o"_qs, path(u"case.json"_qs)});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    QFile file(path(u"case.json"_qs));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(json.value(u"case"_qs).toObject().value(u"id"_qs).toString(), id);
    EXPECT_EQ(json.value(u"case"_qs).toObject().value(u"whiteSpotReason"_qs).toString(), u"Buiten het klachtenstelsel");

    const auto record = CaseRecordReader(m_db.database()).read(m_seed.id(3));
    ASSERT_TRUE(record.has_value());
    ASSERT_FALSE(record->audit.isEmpty());
    EXPECT_EQ(record->audit.constLast().action, u"exported");
}

TEST_F(ReviewCliTest, ExportsOneCaseAsPdf)
{
    const QString id = m_seed.id(2).toString(QUuid::WithoutBraces);
    const ProcessResult result = admin({u"case"_qs, u"export"_qs, id, u"--db"_qs, url(), u"--format"_qs, u"pdf"_qs,
                                        u"-o"_qs, path(u"case.pdf"_qs)});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    const QString text = pdfText(path(u"case.pdf"_qs));
    EXPECT_TRUE(text.contains(u"notemarker2"_qs)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"groepsapp"_qs));
}

TEST_F(ReviewCliTest, SaysWhenACaseDoesNotExist)
{
    ProcessResult result = admin({u"case"_qs, u"export"_qs, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                  u"--db"_qs, url(), u"--format"_qs, u"json"_qs, u"-o"_qs, path(u"none.json"_qs)});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(u"there is no case"_qs)) << qPrintable(result.err);
    result = admin({u"case"_qs, u"export"_qs, u"not-an-id"_qs, u"--db"_qs, url(), u"--format"_qs, u"json"_qs, u"-o"_qs,
                    path(u"none.json"_qs)});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_FALSE(QFile::exists(path(u"none.json"_qs)));
}

TEST_F(ReviewCliTest, ListsTheCaseLogExportsOfAPeriod)
{
    CaseLogFilter filter;
    filter.theme = u"bullying"_qs;
    filter.noteText = u"kantine"_qs;
    CaseLogExportAudit(m_db.database())
            .record(filter, 4, u"supervisorsanne"_qs, QDateTime(QDate(2026, 3, 9), QTime(8, 0), Qt::UTC));
    const QStringList base{u"audit"_qs, u"list"_qs, u"--db"_qs, url()};
    ProcessResult result = admin(base + QStringList{u"--from"_qs, u"2026-03-09"_qs, u"--to"_qs, u"2026-03-09"_qs});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_EQ(result.out,
              u"2026-03-09T08:00:00Z\tsupervisorsanne\tcase-log-exported\trows=4 theme=bullying text=yes\n"_qs);

    result = admin(base + QStringList{u"--from"_qs, u"2026-03-10"_qs, u"--to"_qs, u"2026-03-31"_qs});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_EQ(result.out, QString()) << "only entries of the period, and none about a single case";

    result = admin(base + QStringList{u"--from"_qs, u"2026-03-10"_qs});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(u"needs --db URL, --from DATE and --to DATE"_qs)) << qPrintable(result.err);
}

TEST_F(ReviewCliTest, WritesTheTreeAnalyticsAsCsvAndPdfWithNothingPersonal)
{
    const QStringList march{u"report"_qs,        u"tree"_qs,   u"--db"_qs,       url(),      u"--version"_qs,
                            m_seed.treeIdentity, u"--from"_qs, u"2026-03-01"_qs, u"--to"_qs, u"2026-03-31"_qs};
    ProcessResult result = admin(
            march + QStringList{u"--format"_qs, u"csv"_qs, u"--lang"_qs, u"en"_qs, u"-o"_qs, path(u"tree.csv"_qs)});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_TRUE(result.out.contains(u"tree analytics for 2026-03-01 to 2026-03-31 written to"_qs));
    QFile file(path(u"tree.csv"_qs));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    // Six contacts in March (the seventh case is in April); every one of the small outcomes is hidden.
    EXPECT_TRUE(csv.contains(u"danger,question,passed,,,Is there danger now?,6,false\r\n"_qs)) << qPrintable(csv);
    EXPECT_TRUE(csv.contains(u"urgent-help,outcome,passed,,,Bel nu 112.,,true\r\n"_qs)) << qPrintable(csv);
    EXPECT_TRUE(csv.contains(u"bullying-help,outcome,passed,,,Eerst naar school.,,true\r\n"_qs)) << qPrintable(csv);
    expectNothingPersonal(csv);

    result = admin(march
                   + QStringList{u"--format"_qs, u"pdf"_qs, u"--lang"_qs, u"en"_qs, u"-o"_qs, path(u"tree.pdf"_qs)});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    const QString pdf = pdfText(path(u"tree.pdf"_qs)).simplified();
    EXPECT_TRUE(pdf.contains(u"Tree analytics"_qs)) << qPrintable(pdf);
    EXPECT_TRUE(pdf.contains(u"bullying-help Eerst naar school. <5"_qs)) << qPrintable(pdf);
    expectNothingPersonal(pdf);

    // The same tree, once published, by its version id.
    TreeVersions(m_db.database(), u"lotte"_qs).publish(*test::smallTree(), *test::smallDirectory(), u"Eerste"_qs);
    QStringList published = march;
    published[5] = u"1"_qs;
    result = admin(
            published
            + QStringList{u"--format"_qs, u"csv"_qs, u"--lang"_qs, u"en"_qs, u"-o"_qs, path(u"published.csv"_qs)});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    QFile publishedFile(path(u"published.csv"_qs));
    ASSERT_TRUE(publishedFile.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(publishedFile.readAll()), csv);
    published[5] = u"2"_qs;
    result = admin(published + QStringList{u"--format"_qs, u"csv"_qs, u"-o"_qs, path(u"none.csv"_qs)});
    EXPECT_EQ(result.exitCode, 1);

    result = admin({u"report"_qs, u"tree"_qs, u"--db"_qs, url(), u"--version"_qs, u"nope@sha256:00"_qs, u"--from"_qs,
                    u"2026-03-01"_qs, u"--to"_qs, u"2026-03-31"_qs, u"--format"_qs, u"csv"_qs, u"-o"_qs,
                    path(u"none.csv"_qs)});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(u"no tree version \"nope@sha256:00\""_qs)) << qPrintable(result.err);
    result = admin(march + QStringList{u"--format"_qs, u"xlsx"_qs, u"-o"_qs, path(u"none.csv"_qs)});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(admin({u"report"_qs, u"tree"_qs, u"--db"_qs, url()}).exitCode, 2);
    EXPECT_FALSE(QFile::exists(path(u"none.csv"_qs)));
}
