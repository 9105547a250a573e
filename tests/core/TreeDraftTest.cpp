// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's document: every edit, undo by putting the earlier document back, saving and validation.
#include "editor/TreeDraft.h"
#include "TestContent.h"
#include "content/ContentLoader.h"
#include "content/ShippedContent.h"
#include "editor/PartyFreshness.h"
#include "editor/TreeLayout.h"
#include "json/JsonFileReader.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace ww;

namespace {

TreeDraft smallDraft()
{
    QString error;
    const std::optional<TreeDraft> draft
            = TreeDraft::fromInput(JsonFileReader::readBytes(test::smallTreeJson(), u"small.tree.json"_qs), &error);
    EXPECT_TRUE(draft) << qPrintable(error);
    return draft.value_or(TreeDraft());
}

/// Applies \a edit, checks it changed the document, then puts the old document back as undo does and checks the
/// saved bytes are the original ones; redo (the changed document again) must give the changed bytes.
void expectUndoable(const std::function<bool(TreeDraft &, QString *)> &edit)
{
    TreeDraft draft = smallDraft();
    const QJsonObject before = draft.document();
    const QByteArray original = draft.toJson();
    QString error;
    ASSERT_TRUE(edit(draft, &error)) << qPrintable(error);
    const QJsonObject after = draft.document();
    const QByteArray changed = draft.toJson();
    EXPECT_NE(changed, original);
    draft.setDocument(before);
    EXPECT_EQ(draft.toJson(), original);
    draft.setDocument(after);
    EXPECT_EQ(draft.toJson(), changed);
}

QStringList problemNodes(const DraftValidation &validation, bool warnings)
{
    QStringList nodes;
    for (const DraftProblem &problem : validation.problems) {
        if (problem.diagnostic.isWarning() == warnings)
            nodes.append(problem.nodeId);
    }
    return nodes;
}

} // namespace

TEST(TreeDraft, SavingTheShippedTreeUnchangedGivesTheShippedFile)
{
    QString error;
    const std::optional<TreeDraft> draft = TreeDraft::fromFile(ShippedContent::treePath(), &error);
    ASSERT_TRUE(draft) << qPrintable(error);
    QFile shipped(ShippedContent::treePath());
    ASSERT_TRUE(shipped.open(QIODevice::ReadOnly));
    EXPECT_EQ(draft->toJson(), shipped.readAll());
}

TEST(TreeDraft, ASavedDraftIsAcceptedByTreeValidate)
{
    TreeDraft draft = smallDraft();
    ASSERT_TRUE(draft.addNode(u"nieuw"_qs, NodeKind::Outcome, u"Bel de school."_qs));
    ASSERT_TRUE(draft.addReferral(u"nieuw"_qs, u"school-route"_qs, u"Praat met de mentor."_qs));
    ASSERT_TRUE(draft.addOption(u"theme"_qs, u"school"_qs, u"De school"_qs, u"nieuw"_qs));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"draft.tree.json"_qs);
    QString error;
    ASSERT_TRUE(draft.save(path, &error)) << qPrintable(error);
    const Diagnostics problems = ContentLoader::validateFiles({path}, *test::smallDirectory());
    for (const Diagnostic &problem : problems)
        EXPECT_TRUE(problem.isWarning()) << qPrintable(problem.toString());
    EXPECT_EQ(TreeDraft::fromFile(path, &error)->toJson(), draft.toJson());
}

TEST(TreeDraft, AFileThatIsNoTreeIsRefusedWithItsPlace)
{
    QString error;
    EXPECT_FALSE(TreeDraft::fromInput(JsonFileReader::readBytes("{\"nodes\": [}", u"bad.tree.json"_qs), &error));
    EXPECT_TRUE(error.startsWith(u"bad.tree.json:1:"_qs)) << qPrintable(error);
    EXPECT_FALSE(TreeDraft::fromInput(JsonFileReader::readBytes("{\"parties\": []}", u"d.json"_qs), &error));
    EXPECT_TRUE(error.contains(u"nodes"_qs)) << qPrintable(error);
}

TEST(TreeDraft, TextsPerLanguage)
{
    TreeDraft draft = smallDraft();
    ASSERT_TRUE(draft.setText({u"theme"_qs, DraftText::Field::Text}, u"en"_qs, u"What is it about?"_qs));
    EXPECT_EQ(draft.text({u"theme"_qs, DraftText::Field::Text}, u"en"_qs), u"What is it about?"_qs);
    ASSERT_TRUE(draft.setText({u"theme"_qs, DraftText::Field::Text}, u"en"_qs, QString()));
    EXPECT_FALSE(draft.node(u"theme"_qs).value(u"text").toObject().contains(u"en"));
    ASSERT_TRUE(draft.setText({u"caller"_qs, DraftText::Field::OptionLabel, 1}, u"nl"_qs, u"Ouder of verzorger"_qs));
    EXPECT_EQ(draft.options(u"caller"_qs).at(1).toObject().value(u"label").toObject().value(u"nl").toString(),
              u"Ouder of verzorger"_qs);
    ASSERT_TRUE(draft.setText({u"bullying-help"_qs, DraftText::Field::ReferralScript, 1}, u"en"_qs, u"Call."_qs));
    EXPECT_EQ(draft.text({u"bullying-help"_qs, DraftText::Field::ReferralScript, 1}, u"en"_qs), u"Call."_qs);
    ASSERT_TRUE(draft.setText({u"theme"_qs, DraftText::Field::Note}, u"nl"_qs, u"Vraag door."_qs));
    ASSERT_TRUE(draft.setText({u"theme"_qs, DraftText::Field::Note}, u"nl"_qs, QString()));
    EXPECT_FALSE(draft.node(u"theme"_qs).contains(u"note")); // an empty note is no note

    QString error;
    EXPECT_FALSE(draft.setText({u"theme"_qs, DraftText::Field::Text}, u"de"_qs, u"Worum geht es?"_qs, &error));
    EXPECT_TRUE(error.contains(u"\"de\""_qs)) << qPrintable(error);
    EXPECT_FALSE(draft.setText({u"theme"_qs, DraftText::Field::OptionLabel, 5}, u"nl"_qs, u"x"_qs, &error));
    EXPECT_FALSE(draft.setText({u"nergens"_qs, DraftText::Field::Text}, u"nl"_qs, u"x"_qs, &error));
    EXPECT_TRUE(error.contains(u"nergens"_qs)) << qPrintable(error);
}

TEST(TreeDraft, EveryEditIsUndoneByteForByte)
{
    using F = DraftText::Field;
    expectUndoable([](TreeDraft &d, QString *e) { return d.setText({u"theme"_qs, F::Text}, u"nl"_qs, u"Wat?"_qs, e); });
    expectUndoable([](TreeDraft &d, QString *e) { return d.setVersion(u"2027.01-concept"_qs, e); });
    expectUndoable([](TreeDraft &d, QString *e) { return d.setText({u"theme"_qs, F::Note}, u"en"_qs, u"Ask."_qs, e); });
    expectUndoable([](TreeDraft &d, QString *e) {
        return d.setText({u"caller"_qs, F::OptionLabel, 0}, u"en"_qs, u"Kid"_qs, e);
    });
    expectUndoable(
            [](TreeDraft &d, QString *e) { return d.addNode(u"nieuw"_qs, NodeKind::Question, u"Vraag?"_qs, e); });
    expectUndoable([](TreeDraft &d, QString *e) { return d.removeNode(u"white-spot"_qs, e); });
    expectUndoable([](TreeDraft &d, QString *e) { return d.moveNode(u"theme"_qs, -1, e); });
    expectUndoable([](TreeDraft &d, QString *e) { return d.renameNode(u"theme"_qs, u"onderwerp"_qs, e); });
    expectUndoable([](TreeDraft &d, QString *e) { return d.setStart(u"caller"_qs, e); });
    expectUndoable(
            [](TreeDraft &d, QString *e) { return d.addOption(u"theme"_qs, u"x"_qs, u"X"_qs, u"white-spot"_qs, e); });
    expectUndoable([](TreeDraft &d, QString *e) { return d.removeOption(u"theme"_qs, 0, e); });
    expectUndoable([](TreeDraft &d, QString *e) { return d.moveOption(u"theme"_qs, 1, -1, e); });
    expectUndoable([](TreeDraft &d, QString *e) { return d.setOptionId(u"theme"_qs, 1, u"anders"_qs, e); });
    expectUndoable([](TreeDraft &d, QString *e) { return d.setOptionNext(u"theme"_qs, 1, u"pupil-help"_qs, e); });
    expectUndoable([](TreeDraft &d, QString *e) {
        return d.setOptionSets(u"theme"_qs, 0, u"routeStage"_qs, u"completed"_qs, e);
    });
    expectUndoable([](TreeDraft &d, QString *e) { return d.setOptionSets(u"theme"_qs, 0, u"theme"_qs, QString(), e); });
    expectUndoable(
            [](TreeDraft &d, QString *e) { return d.setFlag(u"pupil-help"_qs, TreeDraft::Flag::Urgent, true, e); });
    expectUndoable(
            [](TreeDraft &d, QString *e) { return d.setFlag(u"white-spot"_qs, TreeDraft::Flag::WhiteSpot, false, e); });
    expectUndoable([](TreeDraft &d, QString *e) {
        return d.addReferral(u"white-spot"_qs, u"kindertelefoon"_qs, u"Bel."_qs, e);
    });
    expectUndoable([](TreeDraft &d, QString *e) { return d.removeReferral(u"bullying-help"_qs, 0, e); });
    expectUndoable([](TreeDraft &d, QString *e) { return d.moveReferral(u"bullying-help"_qs, 0, 1, e); });
    expectUndoable(
            [](TreeDraft &d, QString *e) { return d.setReferralParty(u"bullying-help"_qs, 1, u"veilig-thuis"_qs, e); });
}

TEST(TreeDraft, StructuralEdits)
{
    TreeDraft draft = smallDraft();
    ASSERT_TRUE(draft.renameNode(u"theme"_qs, u"onderwerp"_qs));
    EXPECT_EQ(draft.options(u"caller"_qs).at(1).toObject().value(u"next").toString(), u"onderwerp"_qs);
    ASSERT_TRUE(draft.renameNode(u"danger"_qs, u"gevaar"_qs));
    EXPECT_EQ(draft.startNodeId(), u"gevaar"_qs);

    ASSERT_TRUE(draft.moveOption(u"onderwerp"_qs, 0, 1));
    EXPECT_EQ(draft.options(u"onderwerp"_qs).at(0).toObject().value(u"id").toString(), u"other"_qs);
    ASSERT_TRUE(draft.moveReferral(u"bullying-help"_qs, 1, -1));
    EXPECT_EQ(draft.referrals(u"bullying-help"_qs).at(0).toObject().value(u"party").toString(), u"kindertelefoon"_qs);
    const qsizetype at = draft.nodeIndex(u"onderwerp"_qs);
    ASSERT_TRUE(draft.moveNode(u"onderwerp"_qs, 1));
    EXPECT_EQ(draft.nodeIndex(u"onderwerp"_qs), at + 1);
    ASSERT_TRUE(draft.setOptionSets(u"onderwerp"_qs, 1, u"theme"_qs, QString()));
    EXPECT_FALSE(draft.options(u"onderwerp"_qs).at(1).toObject().contains(u"sets")); // no empty "sets"
    ASSERT_TRUE(draft.setFlag(u"white-spot"_qs, TreeDraft::Flag::WhiteSpot, false));
    EXPECT_FALSE(draft.node(u"white-spot"_qs).contains(u"whiteSpot"));
    ASSERT_TRUE(draft.addNode(draft.freeNodeId(u"white-spot"_qs), NodeKind::Outcome, u"x"_qs));
    EXPECT_TRUE(draft.nodeIds().contains(u"white-spot-2"_qs));
    EXPECT_TRUE(draft.referrals(u"white-spot-2"_qs).isEmpty());
    EXPECT_TRUE(draft.isOutcome(u"white-spot-2"_qs));
}

TEST(TreeDraft, EditsThatCannotBeMadeAreRefusedAndChangeNothing)
{
    TreeDraft draft = smallDraft();
    const QByteArray original = draft.toJson();
    const auto refused = [&](bool done, const QString &expected, const QString &error) {
        EXPECT_FALSE(done);
        EXPECT_TRUE(error.contains(expected)) << qPrintable(error);
        EXPECT_EQ(draft.toJson(), original);
    };
    QString error;
    refused(draft.addNode(u"theme"_qs, NodeKind::Question, u"x"_qs, &error), u"already"_qs, error);
    refused(draft.addNode(u"Hoofd Letter"_qs, NodeKind::Question, u"x"_qs, &error), u"not a valid id"_qs, error);
    refused(draft.removeNode(u"danger"_qs, &error), u"start"_qs, error);
    refused(draft.renameNode(u"theme"_qs, u"caller"_qs, &error), u"already"_qs, error);
    refused(draft.addOption(u"white-spot"_qs, u"x"_qs, u"X"_qs, u"theme"_qs, &error), u"outcome"_qs, error);
    refused(draft.addOption(u"theme"_qs, u"other"_qs, u"X"_qs, u"theme"_qs, &error), u"already"_qs, error);
    refused(draft.setOptionId(u"theme"_qs, 0, u"other"_qs, &error), u"already"_qs, error);
    refused(draft.removeOption(u"theme"_qs, 2, &error), u"item 3"_qs, error);
    refused(draft.moveOption(u"theme"_qs, 1, 1, &error), u"further"_qs, error);
    refused(draft.setOptionSets(u"theme"_qs, 0, u"colour"_qs, u"red"_qs, &error), u"colour"_qs, error);
    refused(draft.setFlag(u"theme"_qs, TreeDraft::Flag::Urgent, true, &error), u"question"_qs, error);
    refused(draft.addReferral(u"theme"_qs, u"kindertelefoon"_qs, u"x"_qs, &error), u"question"_qs, error);
    refused(draft.moveNode(u"danger"_qs, -1, &error), u"further"_qs, error);
    refused(draft.setStart(u"nergens"_qs, &error), u"nergens"_qs, error);
    refused(draft.setVersion(u"versie 2"_qs, &error), u"not a valid version"_qs, error);
    refused(draft.setVersion(QString(), &error), u"not a valid version"_qs, error);
}

TEST(TreeDraft, ValidationGivesTheMessagesOfTreeValidateWithTheirNodes)
{
    TreeDraft draft = smallDraft();
    DraftValidation validation = draft.validate(*test::smallDirectory());
    EXPECT_EQ(validation.errorCount(), 0);
    ASSERT_TRUE(validation.tree);
    EXPECT_EQ(validation.tree->startNodeId(), u"danger"_qs);

    ASSERT_TRUE(draft.setOptionNext(u"theme"_qs, 1, u"nergens"_qs));
    ASSERT_TRUE(draft.setReferralParty(u"pupil-help"_qs, 0, u"onbekend"_qs));
    validation = draft.validate(*test::smallDirectory());
    EXPECT_FALSE(validation.tree);
    EXPECT_TRUE(problemNodes(validation, false).contains(u"theme"_qs));
    EXPECT_TRUE(problemNodes(validation, false).contains(u"pupil-help"_qs));

    // Exactly what the command line prints for the saved file.
    QTemporaryDir dir;
    const QString path = dir.filePath(draft.fileName());
    ASSERT_TRUE(draft.save(path, nullptr));
    const Diagnostics cli = ContentLoader::validateFiles({path}, *test::smallDirectory());
    ASSERT_EQ(cli.size(), validation.problems.size());
    for (qsizetype i = 0; i < cli.size(); ++i) {
        EXPECT_EQ(validation.problems[i].diagnostic.message, cli[i].message);
        EXPECT_EQ(validation.problems[i].diagnostic.line, cli[i].line);
        EXPECT_EQ(validation.problems[i].diagnostic.jsonPath, cli[i].jsonPath);
    }
}

TEST(TreeDraft, LanguageWarningsNameTheirNode)
{
    TreeDraft draft = smallDraft();
    ASSERT_TRUE(draft.setText({u"bullying-help"_qs, DraftText::Field::Text}, u"nl"_qs, u"Het was een zedendelict."_qs));
    const DraftValidation validation = draft.validate(*test::smallDirectory());
    EXPECT_EQ(validation.errorCount(), 0);
    ASSERT_EQ(validation.warningCount(), 1);
    EXPECT_EQ(problemNodes(validation, true), QStringList{u"bullying-help"_qs});
    EXPECT_TRUE(validation.problems[0].diagnostic.message.contains(u"zedendelict"_qs));
}

TEST(TreeDraft, PathsMapToNodes)
{
    const TreeDraft draft = smallDraft();
    EXPECT_EQ(draft.nodeIdForPath(u"$.nodes[2].options[0].next"_qs), u"theme"_qs);
    EXPECT_EQ(draft.nodeIdForPath(u"$.nodes[0]"_qs), u"danger"_qs);
    EXPECT_EQ(draft.nodeIdForPath(u"$.start"_qs), u"danger"_qs);
    EXPECT_EQ(draft.nodeIdForPath(u"$.nodes[99]"_qs), QString());
    EXPECT_EQ(draft.nodeIdForPath(u"$.title.nl"_qs), QString());
    EXPECT_EQ(draft.nodeIdForPath(QString()), QString());
}

TEST(PartyFreshness, TwelveMonthsAfterTheLastCheckAPartyIsOverdue)
{
    const QDate today(2026, 12, 2);
    EXPECT_FALSE(PartyFreshness::isOverdue(QDate(2025, 12, 2), today));
    EXPECT_TRUE(PartyFreshness::isOverdue(QDate(2025, 12, 1), today));
    EXPECT_FALSE(PartyFreshness::isOverdue(QDate(2026, 11, 1), today));
    EXPECT_TRUE(PartyFreshness::isOverdue(QDate(), today));
}

TEST(TreeLayout, LayersFollowTheDistanceFromTheStart)
{
    TreeDraft draft = smallDraft();
    ASSERT_TRUE(draft.addNode(u"los"_qs, NodeKind::Outcome, u"Los."_qs));
    const TreeLayout layout = TreeLayout::of(draft);
    ASSERT_EQ(layout.layers.size(), 5);
    EXPECT_EQ(layout.layers[0], QStringList{u"danger"_qs});
    EXPECT_EQ(layout.layers[1], (QStringList{u"urgent-help"_qs, u"caller"_qs}));
    EXPECT_EQ(layout.layers[2], (QStringList{u"pupil-help"_qs, u"theme"_qs}));
    EXPECT_EQ(layout.layers[3], (QStringList{u"bullying-help"_qs, u"white-spot"_qs}));
    EXPECT_EQ(layout.layers[4], QStringList{u"los"_qs}); // not reached: a layer of its own
    EXPECT_EQ(layout.places.value(u"theme"_qs).layer, 2);
    EXPECT_EQ(layout.places.value(u"theme"_qs).column, 1);
    EXPECT_EQ(layout.edges.size(), 6);
    // A cycle in a broken draft still ends.
    ASSERT_TRUE(draft.setOptionNext(u"theme"_qs, 0, u"danger"_qs));
    EXPECT_EQ(TreeLayout::of(draft).places.size(), draft.nodeIds().size());
}

TEST(TreeDraft, FindsNodesByIdOrText)
{
    const TreeDraft draft = smallDraft();
    EXPECT_EQ(draft.findNodes(u"theme"_qs), QStringList{u"theme"_qs});
    EXPECT_EQ(draft.findNodes(u"WIE BELT"_qs), QStringList{u"caller"_qs});
    EXPECT_EQ(draft.findNodes(u"leerling"_qs), QStringList{u"caller"_qs}); // an option's label
    EXPECT_EQ(draft.findNodes(u"help"_qs).size(), 3);
    EXPECT_TRUE(draft.findNodes(u"  "_qs).isEmpty());
    EXPECT_TRUE(draft.findNodes(u"giraf"_qs).isEmpty());
}
