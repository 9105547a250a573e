// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard: its models hold the seeded numbers, charts and tables show the same model,
// charts follow a dark palette, and every chart exports. The numbers are counted on the storage
// thread: a line says so, Stop drops them, and numbers for a period left behind are dropped.
#include "supervision/DashboardView.h"
#include "HeldFileWrites.h"
#include "ReviewSeed.h"
#include "StorageWaits.h"
#include "TestDatabase.h"
#include "review/CountTable.h"
#include "supervision/ChartPanel.h"

#include <gtest/gtest.h>

#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>

using namespace ww;
using Chart = DashboardView::Chart;

namespace {

class DashboardViewTest : public ::testing::Test
{
protected:
    DashboardViewTest()
        : m_seed(m_db.database())
        , m_view(*m_storage)
    {
        m_view.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
        m_view.setToday(QDate(2026, 3, 10));
        m_view.setNames({{u"school-route"_qs, u"De school"_qs}}, {});
    }
    void SetUp() override { ASSERT_TRUE(reload()); }

    /// Reloads and waits until the numbers are shown.
    bool reload()
    {
        QSignalSpy shown(&m_view, &DashboardView::numbersShown);
        m_view.reload();
        return QTest::qWaitFor([&] { return shown.count() > 0; }, 10000);
    }

    QString exportReport(const QString &path, bool pdf)
    {
        QSignalSpy finished(&m_view, &DashboardView::reportFinished);
        m_view.exportMonitoringReport(path, pdf);
        if (!QTest::qWaitFor([&] { return finished.count() > 0; }, 10000))
            return u"the report did not end"_qs;
        return finished.at(0).at(0).toString();
    }

    /// Every contact in the channel chart, summed.
    double contacts()
    {
        const CountTableModel *channels = m_view.model(Chart::ContactsByChannel);
        double sum = 0;
        for (int row = 0; row < channels->rowCount(); ++row)
            for (int column = 1; column < channels->columnCount(); ++column)
                sum += channels->data(channels->index(row, column)).toDouble();
        return sum;
    }

    QLabel *label(const QString &name) const { return m_view.findChild<QLabel *>(name); }

    static QString cell(const CountTableModel *model, int row, int column)
    {
        return model->data(model->index(row, column)).toString();
    }

    test::TemporaryDatabase m_db;
    test::ReviewSeed m_seed;
    std::unique_ptr<AsyncStorage> m_storage = test::storageOn(m_db);
    DashboardView m_view;
};

} // namespace

TEST_F(DashboardViewTest, ModelsHoldTheNumbersWithReadableLabels)
{
    const CountTableModel *channels = m_view.model(Chart::ContactsByChannel);
    ASSERT_EQ(channels->rowCount(), 6);
    ASSERT_EQ(channels->columnCount(), 3);
    EXPECT_EQ(channels->headerData(0, Qt::Horizontal).toString(), u"Week");
    EXPECT_EQ(channels->headerData(1, Qt::Horizontal).toString(), u"Phone");
    EXPECT_EQ(cell(channels, 1, 0), u"2 Mar");
    EXPECT_EQ(cell(channels, 1, 1), u"4");
    EXPECT_EQ(cell(channels, 1, 2), u"2");

    const CountTableModel *parties = m_view.model(Chart::Referrals);
    EXPECT_EQ(cell(parties, 0, 0), u"De school");
    EXPECT_EQ(cell(parties, 0, 1), u"3");
    EXPECT_EQ(cell(parties, 1, 0), u"kindertelefoon") << "a party without a name shows its id";

    const CountTableModel *handling = m_view.model(Chart::HandlingTime);
    EXPECT_EQ(cell(handling, 1, 0), u"5–10");
    EXPECT_EQ(cell(handling, handling->rowCount() - 1, 0), u"55 or more");
    const CountTableModel *followUps = m_view.model(Chart::FollowUps);
    EXPECT_EQ(cell(followUps, 1, 0), u"today");
    EXPECT_EQ(cell(followUps, 1, 1), u"1");
    EXPECT_EQ(cell(m_view.model(Chart::DropOff), 0, 0), u"caller");
}

TEST_F(DashboardViewTest, ChartAndTableShowTheSameModel)
{
    ChartPanel *panel = m_view.panel(Chart::ContactsByChannel);
    ASSERT_EQ(panel->chart()->series().size(), 1);
    auto *series = qobject_cast<QStackedBarSeries *>(panel->chart()->series().first());
    ASSERT_TRUE(series);
    ASSERT_EQ(series->count(), 2);
    EXPECT_EQ(series->barSets().at(0)->label(), u"Phone");
    EXPECT_EQ(series->barSets().at(0)->at(1), 4.0);
    EXPECT_EQ(series->barSets().at(1)->at(1), 2.0);
    EXPECT_FALSE(panel->showsTable());
    panel->setShowsTable(true);
    EXPECT_TRUE(panel->showsTable());
    EXPECT_EQ(panel->table()->model(), m_view.model(Chart::ContactsByChannel));
    EXPECT_FALSE(panel->table()->accessibleName().isEmpty());

    // A new period rebuilds the chart from the model.
    m_view.setPeriod(QDate(2026, 4, 1), QDate(2026, 4, 30));
    ASSERT_TRUE(reload());
    series = qobject_cast<QStackedBarSeries *>(panel->chart()->series().first());
    double sum = 0;
    for (QBarSet *set : series->barSets())
        sum += set->sum();
    EXPECT_EQ(sum, 1.0) << "April has case 7 only";
}

TEST_F(DashboardViewTest, ChartsFollowADarkPalette)
{
    ChartPanel *panel = m_view.panel(Chart::Referrals);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::WindowText, Qt::white);
    panel->setPalette(dark);
    EXPECT_EQ(panel->chart()->theme(), QChart::ChartThemeDark);
    QPalette light;
    light.setColor(QPalette::Window, QColor(240, 240, 240));
    light.setColor(QPalette::WindowText, Qt::black);
    panel->setPalette(light);
    EXPECT_EQ(panel->chart()->theme(), QChart::ChartThemeLight);
}

TEST_F(DashboardViewTest, ExportsPicturesNumbersAndTheMonitoringReport)
{
    QTemporaryDir dir;
    ChartPanel *panel = m_view.panel(Chart::ContactsByTheme);
    panel->resize(640, 480);
    EXPECT_EQ(panel->exportPng(dir.filePath(u"themes.png"_qs)), QString());
    EXPECT_FALSE(QImage(dir.filePath(u"themes.png"_qs)).isNull());
    EXPECT_EQ(panel->exportCsv(dir.filePath(u"themes.csv"_qs), CsvWriter::Separator::Comma), QString());
    QFile csv(dir.filePath(u"themes.csv"_qs));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    EXPECT_TRUE(text.contains("2 Mar,3,2,")) << text.constData(); // bullying 3, discrimination 2, …

    EXPECT_EQ(exportReport(dir.filePath(u"report.csv"_qs), false), QString());
    QFile report(dir.filePath(u"report.csv"_qs));
    ASSERT_TRUE(report.open(QIODevice::ReadOnly));
    const QByteArray reportText = report.readAll();
    EXPECT_TRUE(QString::fromUtf8(reportText).contains(QRegularExpression(u",total,,[^,]*,6,false\r\n"_qs)))
            << reportText.constData();
    EXPECT_FALSE(reportText.contains("anna"));
    EXPECT_EQ(exportReport(dir.filePath(u"report.pdf"_qs), true), QString());
    EXPECT_TRUE(QFile::exists(dir.filePath(u"report.pdf"_qs)));
}

// The monitoring report's file is laid out and written on another thread (its charts are drawn on the
// GUI thread first): the window goes on meanwhile and says what it does.
TEST_F(DashboardViewTest, TheMonitoringReportIsWrittenOffTheGuiThread)
{
    QTemporaryDir dir;
    test::HeldFileWrites held;
    for (const bool pdf : {false, true}) {
        const QString path = dir.filePath(pdf ? u"report.pdf"_qs : u"report.csv"_qs);
        QSignalSpy finished(&m_view, &DashboardView::reportFinished);
        m_view.exportMonitoringReport(path, pdf);
        ASSERT_TRUE(QTest::qWaitFor([&] { return held.waiting(); }, 10000)) << "no write on another thread";
        EXPECT_NE(held.thread(), QThread::currentThread());
        EXPECT_NE(held.thread(), nullptr);
        EXPECT_EQ(label(u"dashboardBusy"_qs)->text(), u"Writing the monitoring report…");
        EXPECT_TRUE(m_view.isBusy());
        EXPECT_EQ(finished.count(), 0);
        EXPECT_FALSE(QFile::exists(path));
        held.release();
        ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() > 0; }, 20000));
        EXPECT_EQ(finished.at(0).at(0).toString(), QString());
        EXPECT_TRUE(QFile::exists(path));
        EXPECT_FALSE(m_view.isBusy());
    }
}

TEST_F(DashboardViewTest, RefusesAPeriodThatEndsBeforeItStarts)
{
    m_view.setPeriod(QDate(2026, 3, 31), QDate(2026, 3, 1));
    m_view.reload();
    EXPECT_FALSE(m_view.findChild<QLabel *>(u"dashboardError"_qs)->isHidden());
}

TEST_F(DashboardViewTest, NumbersForAPeriodLeftBehindAreDropped)
{
    ASSERT_EQ(contacts(), 6.0) << "March";
    QSignalSpy shown(&m_view, &DashboardView::numbersShown);
    {
        test::StorageGate slow(*m_storage);
        m_view.setPeriod(QDate(2026, 1, 1), QDate(2026, 12, 31));
        m_view.reload();
        EXPECT_EQ(label(u"dashboardBusy"_qs)->text(), u"Loading the numbers for the period…");
        m_view.setPeriod(QDate(2026, 4, 1), QDate(2026, 4, 30));
        m_view.reload();
        EXPECT_EQ(contacts(), 6.0) << "the charts keep what they show until new numbers are in";
    }
    ASSERT_TRUE(test::settle(*m_storage));
    EXPECT_EQ(shown.count(), 1);
    EXPECT_EQ(contacts(), 1.0) << "April has case 7 only";
    EXPECT_FALSE(label(u"dashboardBusy"_qs)->isVisibleTo(&m_view));
}

TEST_F(DashboardViewTest, StopKeepsTheNumbersShownAndSaysSo)
{
    QSignalSpy shown(&m_view, &DashboardView::numbersShown);
    {
        test::StorageGate slow(*m_storage);
        m_view.setPeriod(QDate(2026, 4, 1), QDate(2026, 4, 30));
        m_view.reload();
        EXPECT_TRUE(m_view.isBusy());
        auto *stopButton = m_view.findChild<QPushButton *>(u"dashboardStop"_qs);
        ASSERT_TRUE(stopButton);
        stopButton->click();
        EXPECT_FALSE(m_view.isBusy());
        EXPECT_TRUE(label(u"dashboardError"_qs)->text().contains(u"stopped"_qs));
    }
    ASSERT_TRUE(test::settle(*m_storage));
    EXPECT_EQ(shown.count(), 0);
    EXPECT_EQ(contacts(), 6.0) << "still March";
}

TEST_F(DashboardViewTest, SaysWhatHappenedWhenTheNumbersCannotBeRead)
{
    QSqlQuery drop(m_db.database().connection());
    ASSERT_TRUE(drop.exec(u"ALTER TABLE cases RENAME TO cases_gone"_qs));
    EXPECT_NO_THROW(m_view.reload());
    ASSERT_TRUE(test::settle(*m_storage));
    EXPECT_TRUE(label(u"dashboardError"_qs)->isVisibleTo(&m_view));
    EXPECT_TRUE(label(u"dashboardError"_qs)->text().contains(u"dashboard could not be read"_qs))
            << qPrintable(label(u"dashboardError"_qs)->text());
    EXPECT_EQ(contacts(), 6.0) << "the numbers read before stay";
}
