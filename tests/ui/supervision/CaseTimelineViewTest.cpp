// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline view: what it shows, that viewing and exporting are recorded, and reviews.
#include "supervision/CaseTimelineView.h"
#include "ReviewSeed.h"
#include "TestDatabase.h"
#include "review/CaseRecord.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
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
        , m_view(m_db.database(), u"sofie"_qs)
    {
    }

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
    CaseTimelineView m_view;
};

} // namespace

TEST_F(CaseTimelineViewTest, ShowsTheWholeCaseAndRecordsTheViewing)
{
    m_view.setNames({{u"danger"_qs, u"Is er nu gevaar?"_qs}}, {{u"kindertelefoon"_qs, u"De Kindertelefoon"_qs}});
    ASSERT_TRUE(m_view.showCase(m_seed.id(4)));
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
        sawRemoval = sawRemoval || list->topLevelItem(i)->text(3).contains(u"De Kindertelefoon — removed — Beller was daar al"_qs);
    EXPECT_TRUE(sawRemoval);
    EXPECT_EQ(auditActions(5), QStringList()) << "other cases are untouched";
}

TEST_F(CaseTimelineViewTest, AnUnknownCaseIsNotRecorded)
{
    const QUuid unknown = QUuid::createUuid();
    EXPECT_FALSE(m_view.showCase(unknown));
    EXPECT_FALSE(m_view.findChild<QLabel *>(u"timelineError"_qs)->isHidden());
    QSqlQuery query(m_db.database().connection());
    ASSERT_TRUE(query.exec(u"SELECT count(*) FROM audit_log"_qs) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 0);
}

TEST_F(CaseTimelineViewTest, SavesAReviewWithScoreAndFlag)
{
    ASSERT_TRUE(m_view.showCase(m_seed.id(1)));
    EXPECT_EQ(m_view.saveReview(), u"a review needs a comment");
    m_view.findChild<QPlainTextEdit *>(u"reviewComment"_qs)->setPlainText(u"Warme overdracht had gekund"_qs);
    m_view.findChild<QSpinBox *>(u"reviewScore"_qs)->setValue(2);
    m_view.findChild<QCheckBox *>(u"reviewFlag"_qs)->setChecked(true);
    EXPECT_EQ(m_view.saveReview(), u"a case for the expertise network needs a short summary");
    m_view.findChild<QPlainTextEdit *>(u"networkSummary"_qs)->setPlainText(u"Een leerling werd gepest."_qs);
    EXPECT_EQ(m_view.saveReview(), QString());
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
    ASSERT_TRUE(m_view.showCase(m_seed.id(2)));
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
    EXPECT_TRUE(m_view.saveReview().contains(u"tick that you checked it"_qs));
    EXPECT_TRUE(CaseRecordReader(m_db.database()).read(m_seed.id(2))->reviews.isEmpty()) << "nothing saved yet";

    checked->setChecked(true);
    EXPECT_EQ(m_view.saveReview(), QString());
    QSqlQuery stored(m_db.database().connection());
    ASSERT_TRUE(stored.exec(u"SELECT network_summary FROM case_reviews"_qs) && stored.next());
    EXPECT_EQ(stored.value(0).toString(), u"Ouder belde met juf Sanne over De Kindertelefoon, bel 06-12345678.");

    m_view.findChild<QPlainTextEdit *>(u"reviewComment"_qs)->setPlainText(u"Opnieuw"_qs);
    m_view.findChild<QCheckBox *>(u"reviewFlag"_qs)->setChecked(true);
    summary->setPlainText(u"Een ouder zocht een klachtencommissie."_qs);
    EXPECT_TRUE(warnings->isHidden());
    EXPECT_TRUE(checked->isHidden());
    EXPECT_EQ(m_view.saveReview(), QString()) << "a clean summary needs no confirmation";
}

TEST_F(CaseTimelineViewTest, ExportsJsonAndPdfAndRecordsEach)
{
    ASSERT_TRUE(m_view.showCase(m_seed.id(2)));
    QTemporaryDir dir;
    EXPECT_EQ(m_view.exportCase(dir.filePath(u"case.json"_qs), CaseTimelineView::ExportFormat::Json), QString());
    EXPECT_EQ(m_view.exportCase(dir.filePath(u"case.pdf"_qs), CaseTimelineView::ExportFormat::Pdf), QString());
    EXPECT_EQ(auditActions(2), (QStringList{u"opened/sofie"_qs, u"exported/sofie"_qs, u"exported/sofie"_qs}));
    QFile json(dir.filePath(u"case.json"_qs));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(json.readAll()).object().value(u"case"_qs).toObject().value(u"owner"_qs).toString(),
              u"anna");
    QFile pdf(dir.filePath(u"case.pdf"_qs));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");
    EXPECT_FALSE(m_view.exportCase(dir.filePath(u"missing/dir/case.json"_qs), CaseTimelineView::ExportFormat::Json)
                     .isEmpty());
}
