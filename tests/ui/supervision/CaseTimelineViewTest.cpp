// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline view: what it shows, that viewing and exporting are recorded, and reviews; read
// and written on the storage thread, with a loading line that Esc or a button stops.
#include "supervision/CaseTimelineView.h"
#include "HeldFileWrites.h"
#include "ReviewSeed.h"
#include "StorageWaits.h"
#include "TestDatabase.h"
#include "review/CaseRecord.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace ww;

namespace {

class CaseTimelineViewTest : public ::testing::Test
{
protected:
    CaseTimelineViewTest()
        : m_seed(m_db.database())
        , m_view(*m_storage, u"sofie"_qs)
    { }

    /// Shows the case and waits until it is read: whether it is shown.
    bool show(const QUuid &caseId)
    {
        QSignalSpy shown(&m_view, &CaseTimelineView::caseShown);
        m_view.showCase(caseId);
        return QTest::qWaitFor([&] { return shown.count() > 0; }, 10000) && shown.at(0).at(0).toBool();
    }

    /// Saves the review in the controls: what is wrong with it, or empty once it is saved.
    QString save()
    {
        QSignalSpy saved(&m_view, &CaseTimelineView::reviewSaved);
        const QString problem = m_view.saveReview();
        if (!problem.isEmpty())
            return problem;
        return QTest::qWaitFor([&] { return saved.count() > 0; }, 10000) ? QString() : u"not saved"_qs;
    }

    QString exportTo(const QString &path, CaseTimelineView::ExportFormat format)
    {
        QSignalSpy finished(&m_view, &CaseTimelineView::exportFinished);
        m_view.exportCase(path, format);
        if (!QTest::qWaitFor([&] { return finished.count() > 0; }, 10000))
            return u"the export did not end"_qs;
        return finished.at(0).at(0).toString();
    }

    int auditCount()
    {
        QSqlQuery query(m_db.database().connection());
        return query.exec(u"SELECT count(*) FROM audit_log"_qs) && query.next() ? query.value(0).toInt() : -1;
    }

    QLabel *label(const QString &name) const { return m_view.findChild<QLabel *>(name); }

    QStringList auditActions(int number)
    {
        QStringList actions;
        const std::optional<CaseRecord> record = CaseRecordReader(m_db.database()).read(m_seed.id(number));
        for (const AuditEntry &entry : record->audit)
            actions.append(entry.action + u'/' + entry.actor);
        return actions;
    }

    test::TemporaryDatabase m_db;
    test::ReviewSeed m_seed;
    std::unique_ptr<AsyncStorage> m_storage = test::storageOn(m_db);
    CaseTimelineView m_view;
};

} // namespace

TEST_F(CaseTimelineViewTest, ShowsTheWholeCaseAndRecordsTheViewing)
{
    m_view.setNames({{u"danger"_qs, u"Is er nu gevaar?"_qs}}, {{u"kindertelefoon"_qs, u"De Kindertelefoon"_qs}});
    ASSERT_TRUE(show(m_seed.id(4)));
    EXPECT_EQ(auditActions(4), QStringList{u"opened/sofie"_qs});
    const QTreeWidget *list = m_view.timeline();
    EXPECT_EQ(list->topLevelItemCount(), m_view.entries().size());
    // 3 steps, 2 referrals, 1 note, opened + contact-ended + closed events, and the access itself.
    EXPECT_EQ(list->topLevelItemCount(), 10);
    EXPECT_EQ(list->topLevelItem(0)->text(1), u"Tree step");
    EXPECT_EQ(list->topLevelItem(0)->text(3), u"Is er nu gevaar? — no");
    EXPECT_EQ(list->topLevelItem(list->topLevelItemCount() - 1)->text(1), u"Access");
    bool sawRemoval = false;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        sawRemoval = sawRemoval
                || list->topLevelItem(i)->text(3).contains(u"De Kindertelefoon — removed — Beller was daar al"_qs);
    EXPECT_TRUE(sawRemoval);
    EXPECT_EQ(auditActions(5), QStringList()) << "other cases are untouched";
}

TEST_F(CaseTimelineViewTest, AnUnknownCaseIsNotRecorded)
{
    const QUuid unknown = QUuid::createUuid();
    EXPECT_FALSE(show(unknown));
    EXPECT_FALSE(m_view.findChild<QLabel *>(u"timelineError"_qs)->isHidden());
    EXPECT_EQ(auditCount(), 0);
}

TEST_F(CaseTimelineViewTest, SavesAReviewWithScoreAndFlag)
{
    ASSERT_TRUE(show(m_seed.id(1)));
    EXPECT_EQ(save(), u"a review needs a comment");
    m_view.findChild<QPlainTextEdit *>(u"reviewComment"_qs)->setPlainText(u"Warme overdracht had gekund"_qs);
    m_view.findChild<QSpinBox *>(u"reviewScore"_qs)->setValue(2);
    m_view.findChild<QCheckBox *>(u"reviewFlag"_qs)->setChecked(true);
    EXPECT_EQ(save(), u"a case for the expertise network needs a short summary");
    m_view.findChild<QPlainTextEdit *>(u"networkSummary"_qs)->setPlainText(u"Een leerling werd gepest."_qs);
    EXPECT_EQ(save(), QString());
    const auto record = CaseRecordReader(m_db.database()).read(m_seed.id(1));
    ASSERT_EQ(record->reviews.size(), 1);
    EXPECT_EQ(record->reviews.at(0).reviewer, u"sofie");
    EXPECT_EQ(record->reviews.at(0).score, 2);
    EXPECT_TRUE(record->reviews.at(0).flagged);
    bool shown = false;
    for (const TimelineEntry &entry : m_view.entries())
        shown = shown || (entry.kind == TimelineEntry::Kind::Review && entry.text == u"Warme overdracht had gekund");
    EXPECT_TRUE(shown) << "the timeline shows the new review";
    EXPECT_TRUE(m_view.findChild<QPlainTextEdit *>(u"reviewComment"_qs)->toPlainText().isEmpty());
}

TEST_F(CaseTimelineViewTest, TheSummaryForTheNetworkIsCheckedForPersonalDetails)
{
    m_view.setKnownWords({u"De Kindertelefoon"_qs});
    ASSERT_TRUE(show(m_seed.id(2)));
    auto *summary = m_view.findChild<QPlainTextEdit *>(u"networkSummary"_qs);
    auto *warnings = m_view.findChild<QLabel *>(u"networkSummaryWarnings"_qs);
    auto *checked = m_view.findChild<QCheckBox *>(u"networkSummaryChecked"_qs);
    EXPECT_FALSE(summary->isEnabled()) << "only for a case flagged for the network";
    m_view.findChild<QPlainTextEdit *>(u"reviewComment"_qs)->setPlainText(u"Goed"_qs);
    m_view.findChild<QCheckBox *>(u"reviewFlag"_qs)->setChecked(true);
    EXPECT_TRUE(summary->isEnabled());
    EXPECT_FALSE(summary->accessibleName().isEmpty());

    summary->setPlainText(u"Ouder belde met juf Sanne over De Kindertelefoon, bel 06-12345678."_qs);
    EXPECT_FALSE(warnings->isHidden());
    EXPECT_TRUE(warnings->text().contains(u"“Sanne” may be a name."_qs)) << qPrintable(warnings->text());
    EXPECT_TRUE(warnings->text().contains(u"“06-12345678” may be a phone number."_qs));
    EXPECT_FALSE(warnings->text().contains(u"Kindertelefoon"_qs)) << "a known party is fine";
    EXPECT_FALSE(checked->isHidden());
    EXPECT_TRUE(save().contains(u"tick that you checked it"_qs));
    EXPECT_TRUE(CaseRecordReader(m_db.database()).read(m_seed.id(2))->reviews.isEmpty()) << "nothing saved yet";

    checked->setChecked(true);
    EXPECT_EQ(save(), QString());
    QSqlQuery stored(m_db.database().connection());
    ASSERT_TRUE(stored.exec(u"SELECT network_summary FROM case_reviews"_qs) && stored.next());
    EXPECT_EQ(stored.value(0).toString(), u"Ouder belde met juf Sanne over De Kindertelefoon, bel 06-12345678.");

    m_view.findChild<QPlainTextEdit *>(u"reviewComment"_qs)->setPlainText(u"Opnieuw"_qs);
    m_view.findChild<QCheckBox *>(u"reviewFlag"_qs)->setChecked(true);
    summary->setPlainText(u"Een ouder zocht een klachtencommissie."_qs);
    EXPECT_TRUE(warnings->isHidden());
    EXPECT_TRUE(checked->isHidden());
    EXPECT_EQ(save(), QString()) << "a clean summary needs no confirmation";
}

TEST_F(CaseTimelineViewTest, ExportsJsonAndPdfAndRecordsEach)
{
    ASSERT_TRUE(show(m_seed.id(2)));
    QTemporaryDir dir;
    EXPECT_EQ(exportTo(dir.filePath(u"case.json"_qs), CaseTimelineView::ExportFormat::Json), QString());
    EXPECT_EQ(exportTo(dir.filePath(u"case.pdf"_qs), CaseTimelineView::ExportFormat::Pdf), QString());
    EXPECT_EQ(auditActions(2), (QStringList{u"opened/sofie"_qs, u"exported/sofie"_qs, u"exported/sofie"_qs}));
    QFile json(dir.filePath(u"case.json"_qs));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    EXPECT_EQ(
            QJsonDocument::fromJson(json.readAll()).object().value(u"case"_qs).toObject().value(u"owner"_qs).toString(),
            u"anna");
    QFile pdf(dir.filePath(u"case.pdf"_qs));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");
    EXPECT_FALSE(exportTo(dir.filePath(u"missing/dir/case.json"_qs), CaseTimelineView::ExportFormat::Json).isEmpty());
}

// Laying out and writing the file runs on another thread: the window goes on meanwhile, says what it
// does, and offers no second export until the first is written.
TEST_F(CaseTimelineViewTest, ExportFilesAreWrittenOffTheGuiThread)
{
    ASSERT_TRUE(show(m_seed.id(2)));
    QTemporaryDir dir;
    test::HeldFileWrites held;
    for (const auto format : {CaseTimelineView::ExportFormat::Json, CaseTimelineView::ExportFormat::Pdf}) {
        const QString path
                = dir.filePath(format == CaseTimelineView::ExportFormat::Pdf ? u"case.pdf"_qs : u"case.json"_qs);
        QSignalSpy finished(&m_view, &CaseTimelineView::exportFinished);
        m_view.exportCase(path, format);
        ASSERT_TRUE(QTest::qWaitFor([&] { return held.waiting(); }, 10000)) << "no write on another thread";
        EXPECT_NE(held.thread(), QThread::currentThread());
        EXPECT_NE(held.thread(), nullptr);
        EXPECT_EQ(m_view.findChild<QLabel *>(u"timelineBusy"_qs)->text(), u"Writing the export file…");
        EXPECT_TRUE(m_view.isBusy());
        EXPECT_FALSE(m_view.findChild<QPushButton *>(u"timelineExportJson"_qs)->isEnabled());
        EXPECT_EQ(finished.count(), 0);
        EXPECT_FALSE(QFile::exists(path));
        held.release();
        ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() > 0; }, 20000));
        EXPECT_EQ(finished.at(0).at(0).toString(), QString());
        EXPECT_TRUE(QFile::exists(path));
        EXPECT_FALSE(m_view.isBusy());
    }
}

TEST_F(CaseTimelineViewTest, TheStopButtonStopsLoadingAndNothingIsRecorded)
{
    QSignalSpy shown(&m_view, &CaseTimelineView::caseShown);
    {
        test::StorageGate slow(*m_storage);
        m_view.showCase(m_seed.id(3));
        EXPECT_TRUE(m_view.isBusy());
        EXPECT_EQ(label(u"timelineBusy"_qs)->text(), u"Loading the case…");
        EXPECT_TRUE(label(u"timelineBusy"_qs)->isVisibleTo(&m_view));
        auto *stopButton = m_view.findChild<QPushButton *>(u"timelineStop"_qs);
        ASSERT_TRUE(stopButton);
        stopButton->click();
        EXPECT_FALSE(m_view.isBusy());
        EXPECT_FALSE(label(u"timelineBusy"_qs)->isVisibleTo(&m_view));
        EXPECT_TRUE(label(u"timelineError"_qs)->text().contains(u"Loading stopped"_qs));
    }
    ASSERT_TRUE(test::settle(*m_storage));
    EXPECT_EQ(shown.count(), 0) << "the case that came after all is not shown";
    EXPECT_EQ(m_view.timeline()->topLevelItemCount(), 0);
    EXPECT_EQ(auditCount(), 0) << "a case not shown is not recorded as opened";
}

TEST_F(CaseTimelineViewTest, EscStopsLoadingFirstAndClosesTheWindowAfter)
{
    m_view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_view));
    QApplication::setActiveWindow(&m_view);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&m_view));
    QSignalSpy closing(&m_view, &CaseTimelineView::closeRequested);
    {
        test::StorageGate slow(*m_storage);
        m_view.showCase(m_seed.id(3));
        QTest::keyClick(m_view.timeline(), Qt::Key_Escape);
        // A button's shortcut clicks it a moment later, as a click seen on the screen.
        EXPECT_TRUE(QTest::qWaitFor([&] { return !m_view.isBusy(); }, 2000));
        EXPECT_EQ(closing.count(), 0) << "Esc stopped the loading; it did not close the window";
    }
    ASSERT_TRUE(test::settle(*m_storage));
    QTest::keyClick(m_view.timeline(), Qt::Key_Escape);
    EXPECT_TRUE(QTest::qWaitFor([&] { return closing.count() == 1; }, 2000));
}

TEST_F(CaseTimelineViewTest, AClosedWindowTakesNoLateAnswerAndRecordsNoViewing)
{
    QPointer<CaseTimelineView> view = new CaseTimelineView(*m_storage, u"sofie"_qs);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
    {
        test::StorageGate slow(*m_storage);
        view->showCase(m_seed.id(3));
        view->close();
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.isNull(); }, 5000));
    ASSERT_TRUE(test::settle(*m_storage));
    EXPECT_EQ(auditCount(), 0);
}

TEST_F(CaseTimelineViewTest, AReviewSavedJustBeforeClosingIsStillWritten)
{
    QPointer<CaseTimelineView> view = new CaseTimelineView(*m_storage, u"sofie"_qs);
    view->setAttribute(Qt::WA_DeleteOnClose);
    QSignalSpy shown(view.data(), &CaseTimelineView::caseShown);
    view->showCase(m_seed.id(1));
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown.count() > 0; }, 10000));
    view->findChild<QPlainTextEdit *>(u"reviewComment"_qs)->setPlainText(u"Goed doorverwezen"_qs);
    {
        test::StorageGate slow(*m_storage);
        EXPECT_EQ(view->saveReview(), QString());
        EXPECT_EQ(view->findChild<QLabel *>(u"timelineBusy"_qs)->text(), u"Saving the review…");
        view->close();
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.isNull(); }, 5000));
    ASSERT_TRUE(test::settle(*m_storage));
    const auto record = CaseRecordReader(m_db.database()).read(m_seed.id(1));
    ASSERT_EQ(record->reviews.size(), 1);
    EXPECT_EQ(record->reviews.at(0).comment, u"Goed doorverwezen");
}
