// SPDX-License-Identifier: GPL-3.0-or-later
// The tree editor driven from the keyboard, offscreen: edits, undo, validation, preview, saving and publishing.
#include "editor/TreeEditorWindow.h"
#include "TestContent.h"
#include "content/ContentLoader.h"
#include "editor/DraftEditor.h"
#include "editor/DraftHeatSource.h"
#include "editor/DraftPreview.h"
#include "editor/DraftPublisher.h"
#include "editor/HeatControl.h"
#include "editor/PartyList.h"
#include "editor/TreeGraphView.h"
#include "editor/ValidationList.h"
#include "tree/TreeWalkerPanel.h"
#include "json/JsonFileReader.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ww;

namespace {

class FakePublisher : public DraftPublisher
{
public:
    QString checkNote(const QString &given) const override
    {
        return given.trimmed().isEmpty() ? u"a note is required"_qs : QString();
    }
    void publish(std::shared_ptr<const DecisionTree> tree, std::shared_ptr<const ReferralDirectory> directory,
                 const QString &text, QObject *, std::function<void(Result)> done) override
    {
        published = tree;
        checkedAgainst = directory;
        note = text;
        done({42, {}});
    }
    std::shared_ptr<const DecisionTree> published;
    std::shared_ptr<const ReferralDirectory> checkedAgainst;
    QString note;
};

/// Answers later, as the storage thread would, with the share of contacts per node it was given.
class FakeHeatSource : public DraftHeatSource
{
public:
    void load(std::shared_ptr<const DecisionTree> tree, const ReportPeriod &period, QObject *receiver,
              std::function<void(Result)> done) override
    {
        asked.append(period);
        askedFor = tree;
        QTimer::singleShot(10, receiver, [this, done = std::move(done)] { done(answer); });
    }
    Result answer;
    QList<ReportPeriod> asked;
    std::shared_ptr<const DecisionTree> askedFor;
};

class TreeEditorWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        const std::optional<TreeDraft> draft
                = TreeDraft::fromInput(JsonFileReader::readBytes(test::smallTreeJson(), u"small.tree.json"_qs), &error);
        ASSERT_TRUE(draft) << qPrintable(error);
        m_original = draft->toJson();
        m_window = std::make_unique<TreeEditorWindow>(*draft, test::smallDirectory());
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QApplication::setActiveWindow(m_window.get());
    }

    QWidget *focus() const { return QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(); }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focus(), Qt::Key(key), modifiers);
    }
    template<typename T>
    T *child(const QString &name) const
    {
        T *found = m_window->findChild<T *>(name);
        EXPECT_NE(found, nullptr) << qPrintable(name);
        return found;
    }
    const TreeDraft &draft() const { return m_window->editor().draft(); }
    /// From the keyboard as an editor does: Ctrl+F, Tab to the version field beside it, replace its text.
    /// False when Tab did not land there.
    bool typeVersion(const QString &text)
    {
        press(Qt::Key_F, Qt::ControlModifier);
        press(Qt::Key_Tab);
        if (focus()->objectName() != u"versionEdit")
            return false;
        QTest::keyClick(focus(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focus(), text);
        return true;
    }

    QByteArray m_original;
    std::unique_ptr<TreeEditorWindow> m_window;
};

} // namespace

TEST_F(TreeEditorWindowTest, EditATextThenUndoAndRedoFromTheKeyboard)
{
    m_window->selectNode(u"theme"_qs);
    press(Qt::Key_3, Qt::AltModifier); // the node's texts
    ASSERT_EQ(focus()->objectName(), u"textNlEdit"_qs);
    press(Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(focus(), u" Vertel maar."_qs);
    EXPECT_EQ(draft().text({u"theme"_qs, DraftText::Field::Text}, u"nl"_qs), u"Waar gaat het over? Vertel maar."_qs);
    EXPECT_EQ(m_window->editor().undoStack()->count(), 1); // typing in one field is one step
    const QByteArray edited = draft().toJson();

    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(draft().toJson(), m_original);
    EXPECT_EQ(child<QPlainTextEdit>(u"textNlEdit"_qs)->toPlainText(), u"Waar gaat het over?"_qs);
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(draft().toJson(), edited);
}

TEST_F(TreeEditorWindowTest, AddAnAnswerFromTheKeyboard)
{
    m_window->selectNode(u"theme"_qs);
    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(draft().options(u"theme"_qs).size(), 3);
    ASSERT_EQ(focus()->objectName(), u"optionLabelNlEdit"_qs);
    QTest::keyClicks(focus(), u"Discriminatie"_qs);
    const QJsonObject option = draft().options(u"theme"_qs).at(2).toObject();
    EXPECT_EQ(option.value(u"label").toObject().value(u"nl").toString(), u"Discriminatie"_qs);
    const QString target = option.value(u"next").toString();
    EXPECT_TRUE(draft().isOutcome(target));

    // The new outcome still lacks a referral: validation says so, about that node.
    m_window->refreshNow();
    bool aboutTarget = false;
    for (const DraftProblem &problem : m_window->validation().problems)
        aboutTarget = aboutTarget || (problem.nodeId == target && !problem.diagnostic.isWarning());
    EXPECT_TRUE(aboutTarget);

    press(Qt::Key_Z, Qt::ControlModifier); // the label
    press(Qt::Key_Z, Qt::ControlModifier); // the answer with its outcome
    EXPECT_EQ(draft().toJson(), m_original);
}

TEST_F(TreeEditorWindowTest, ChoosingAProblemSelectsItsNode)
{
    ASSERT_TRUE(m_window->editor().apply(DraftEditKind::OptionTarget, u"break"_qs, [](TreeDraft &d, QString *e) {
        return d.setOptionNext(u"caller"_qs, 0, u"nergens"_qs, e);
    }));
    m_window->refreshNow();
    m_window->selectNode(u"danger"_qs);
    auto *problems = child<ValidationList>(u"validationList"_qs);
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < problems->count(); ++i) {
        if (problems->item(i)->text().contains(u"nergens"_qs))
            item = problems->item(i);
    }
    ASSERT_NE(item, nullptr);
    EXPECT_TRUE(item->text().startsWith(u"small.tree.json:"_qs)) << qPrintable(item->text());

    press(Qt::Key_4, Qt::AltModifier);
    ASSERT_EQ(focus(), problems);
    problems->setCurrentItem(item);
    press(Qt::Key_Return);
    EXPECT_EQ(m_window->selectedNodeId(), u"caller"_qs);

    m_window->selectNode(u"danger"_qs);
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, problems->visualItemRect(item).center());
    EXPECT_EQ(m_window->selectedNodeId(), u"caller"_qs);
}

TEST_F(TreeEditorWindowTest, ThePreviewWalksTheDraft)
{
    m_window->selectNode(u"danger"_qs);
    press(Qt::Key_3, Qt::AltModifier);
    QTest::keyClick(focus(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focus(), u"Is er op dit moment gevaar?"_qs);
    m_window->refreshNow();
    press(Qt::Key_5, Qt::AltModifier);
    TreeWalkerPanel *walker = child<DraftPreview>(u"draftPreview"_qs)->walker();
    ASSERT_NE(walker, nullptr);
    EXPECT_EQ(walker->findChild<QLabel *>(u"questionLabel"_qs)->text(), u"Is er op dit moment gevaar?"_qs);
    press(Qt::Key_2); // "Nee"
    EXPECT_EQ(walker->walker().current().id, u"caller"_qs);
    press(Qt::Key_1); // "Leerling"
    EXPECT_EQ(walker->walker().current().id, u"pupil-help"_qs);

    // While the draft has errors the preview keeps the last good one, and says so.
    ASSERT_TRUE(m_window->editor().apply(DraftEditKind::RemoveReferral, u"x"_qs, [](TreeDraft &d, QString *e) {
        return d.removeReferral(u"pupil-help"_qs, 0, e);
    }));
    m_window->refreshNow();
    EXPECT_EQ(child<DraftPreview>(u"draftPreview"_qs)->walker(), walker);
    EXPECT_TRUE(child<QLabel>(u"previewStatus"_qs)->text().contains(u"errors"_qs));
}

TEST_F(TreeEditorWindowTest, SavedDraftIsAcceptedByTreeValidate)
{
    m_window->selectNode(u"theme"_qs);
    press(Qt::Key_3, Qt::AltModifier);
    QTest::keyClicks(focus(), u"Vertel: "_qs);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"concept.tree.json"_qs);
    QString error;
    ASSERT_TRUE(m_window->saveTo(path, &error)) << qPrintable(error);
    EXPECT_TRUE(m_window->editor().undoStack()->isClean());
    const Diagnostics problems = ContentLoader::validateFiles({path}, *test::smallDirectory());
    for (const Diagnostic &problem : problems)
        EXPECT_TRUE(problem.isWarning()) << qPrintable(problem.toString());

    // Ctrl+S saves again to the same file; what is saved opens again as the same draft.
    QTest::keyClicks(focus(), u"Nou, "_qs);
    press(Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(m_window->editor().undoStack()->isClean());
    QFile saved(path);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_EQ(saved.readAll(), draft().toJson());
    ASSERT_TRUE(m_window->openFile(path, &error)) << qPrintable(error);
    EXPECT_EQ(draft().text({u"theme"_qs, DraftText::Field::Text}, u"nl"_qs), u"Vertel: Nou, Waar gaat het over?"_qs);
    EXPECT_EQ(m_window->editor().undoStack()->count(), 0);
}

TEST_F(TreeEditorWindowTest, AFileThatIsNoTreeIsNotOpened)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"kapot.tree.json"_qs));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"nodes\": [\n  {]\n}");
    file.close();
    QString error;
    EXPECT_FALSE(m_window->openFile(file.fileName(), &error));
    EXPECT_TRUE(error.contains(u"kapot.tree.json:2:"_qs)) << qPrintable(error);
    EXPECT_EQ(draft().toJson(), m_original);
}

TEST_F(TreeEditorWindowTest, FindSelectsAndCentresTheNode)
{
    press(Qt::Key_F, Qt::ControlModifier);
    ASSERT_EQ(focus()->objectName(), u"findEdit"_qs);
    QTest::keyClicks(focus(), u"wie belt"_qs);
    press(Qt::Key_Return);
    EXPECT_EQ(m_window->selectedNodeId(), u"caller"_qs);
    auto *graph = child<TreeGraphView>(u"treeGraphView"_qs);
    EXPECT_EQ(graph->selectedNodeId(), u"caller"_qs);

    QTest::keyClick(focus(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focus(), u"help"_qs);
    press(Qt::Key_Return);
    const QString first = m_window->selectedNodeId();
    press(Qt::Key_Return);
    EXPECT_NE(m_window->selectedNodeId(), first); // Enter again: the next one found
    EXPECT_FALSE(m_window->findNode(u"giraf"_qs));
}

TEST_F(TreeEditorWindowTest, TheDrawingZoomsAndTakesValuesPerNode)
{
    press(Qt::Key_2, Qt::AltModifier);
    auto *graph = child<TreeGraphView>(u"treeGraphView"_qs);
    ASSERT_EQ(focus(), graph);
    const double before = graph->zoom();
    press(Qt::Key_Plus, Qt::ControlModifier);
    EXPECT_GT(graph->zoom(), before);
    press(Qt::Key_Minus, Qt::ControlModifier);
    press(Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_LT(graph->zoom(), before);
    // Layers top down from the start.
    EXPECT_LT(graph->nodeRect(u"danger"_qs).top(), graph->nodeRect(u"caller"_qs).top());
    EXPECT_LT(graph->nodeRect(u"caller"_qs).top(), graph->nodeRect(u"theme"_qs).top());

    m_window->selectNode(u"danger"_qs);
    press(Qt::Key_Down);
    EXPECT_EQ(m_window->selectedNodeId(), u"urgent-help"_qs);
    press(Qt::Key_Right);
    EXPECT_EQ(m_window->selectedNodeId(), u"caller"_qs);

    graph->setNodeValues({{u"caller"_qs, 10.0}, {u"theme"_qs, 1.0}});
    EXPECT_EQ(graph->nodeValues().value(u"caller"_qs), 10.0);
}

TEST_F(TreeEditorWindowTest, PublishingNeedsAValidDraftAndANote)
{
    EXPECT_FALSE(m_window->publishDraft(u"Nieuwe vraag"_qs)); // no publisher: files only
    FakePublisher publisher;
    m_window->setPublisher(&publisher);
    EXPECT_FALSE(m_window->publishDraft(QString()));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(u"note"_qs));
    ASSERT_TRUE(m_window->publishDraft(u"Tekst bij pesten verbeterd"_qs));
    ASSERT_TRUE(publisher.published);
    EXPECT_EQ(publisher.note, u"Tekst bij pesten verbeterd"_qs);
    ASSERT_TRUE(publisher.checkedAgainst);
    EXPECT_TRUE(publisher.checkedAgainst->contains(u"kindertelefoon"_qs)); // the editor's directory
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(u"42"_qs));

    publisher.published.reset();
    ASSERT_TRUE(m_window->editor().apply(DraftEditKind::OptionTarget, u"break"_qs, [](TreeDraft &d, QString *e) {
        return d.setOptionNext(u"caller"_qs, 0, u"nergens"_qs, e);
    }));
    EXPECT_FALSE(m_window->publishDraft(u"Kapot"_qs));
    EXPECT_FALSE(publisher.published);
}

TEST_F(TreeEditorWindowTest, OverduePartiesAreFlagged)
{
    m_window->setToday(QDate(2027, 12, 1)); // the small directory was checked on 2026-11-01
    auto *parties = child<PartyList>(u"partyList"_qs);
    EXPECT_EQ(parties->overdueCount(), 3);
    m_window->setToday(QDate(2027, 6, 1));
    EXPECT_EQ(parties->overdueCount(), 0);
    EXPECT_EQ(parties->topLevelItemCount(), 3);
}

TEST_F(TreeEditorWindowTest, EveryControlHasAnAccessibleName)
{
    m_window->selectNode(u"theme"_qs);
    QStringList unnamed;
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || qobject_cast<QTabBar *>(widget))
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        if (widget->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName());
    }
    EXPECT_TRUE(unnamed.isEmpty()) << qPrintable(unnamed.join(u", "_qs));
}

TEST_F(TreeEditorWindowTest, TheVersionIsSetBesideTheSearchField)
{
    ASSERT_TRUE(typeVersion(u"test-2"_qs));
    press(Qt::Key_Return);
    EXPECT_EQ(draft().version(), u"test-2"_qs);
    QTest::keyClick(focus(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focus(), u"versie 3"_qs);
    press(Qt::Key_Return);
    EXPECT_EQ(draft().version(), u"test-2"_qs); // refused, with the reason in the status bar
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(u"versie 3"_qs));
    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(draft().toJson(), m_original);
}

TEST_F(TreeEditorWindowTest, AVersionTypedButNotLeftCountsWhenTheWindowIsClosed)
{
    ASSERT_TRUE(typeVersion(u"test-3"_qs));
    // Closed while the cursor is still in the field: the question about unsaved changes must come.
    QString asked;
    QTimer::singleShot(100, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    EXPECT_FALSE(m_window->close()) << "cancelled";
    EXPECT_FALSE(asked.isEmpty()) << "the window closed without asking";
    EXPECT_EQ(draft().version(), u"test-3"_qs);
    EXPECT_TRUE(m_window->isVisible());
}

TEST_F(TreeEditorWindowTest, TheBusyNodesColourTheDrawingForTheChosenPeriodOfThePublishedTree)
{
    FakeHeatSource source;
    source.answer.heat = {{u"start"_qs, 1.0}, {u"who"_qs, 0.4}};
    source.answer.contacts = 25;
    const auto published = test::smallTree();
    m_window->setToday(QDate(2026, 12, 2));
    m_window->setHeatSource(&source, published);
    QComboBox *period = m_window->heatControl().periodBox();
    ASSERT_TRUE(period->isEnabled());
    EXPECT_FALSE(period->accessibleName().isEmpty());

    // From the keyboard: the box is reached with its mnemonic and a period chosen with the arrow keys.
    period->setFocus();
    press(Qt::Key_Down);
    press(Qt::Key_Down); // the last 90 days
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_window->graph().nodeValues().isEmpty(); }, 3000));
    EXPECT_EQ(m_window->graph().nodeValues(), source.answer.heat);
    ASSERT_FALSE(source.asked.isEmpty());
    EXPECT_EQ(source.asked.constLast(), (ReportPeriod{QDate(2026, 9, 4), QDate(2026, 12, 2)}));
    EXPECT_EQ(source.askedFor, published) << "the figures are those of the tree the draft started from";
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(u"25"_qs));

    // Too few contacts: nothing coloured, and the window says why.
    source.answer = {};
    m_window->heatControl().chooseDays(365);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->graph().nodeValues().isEmpty(); }, 3000));
    EXPECT_FALSE(m_window->statusBar()->currentMessage().isEmpty());

    // Off takes the colours away without asking anything.
    source.answer.heat = {{u"start"_qs, 1.0}};
    source.answer.contacts = 10;
    m_window->heatControl().chooseDays(30);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_window->graph().nodeValues().isEmpty(); }, 3000));
    const qsizetype asked = source.asked.size();
    m_window->heatControl().chooseDays(0);
    EXPECT_TRUE(m_window->graph().nodeValues().isEmpty());
    EXPECT_EQ(source.asked.size(), asked);
}

TEST_F(TreeEditorWindowTest, WithoutTheCaseDatabaseTheBusyNodesAreOff)
{
    EXPECT_FALSE(m_window->heatControl().periodBox()->isEnabled());
    EXPECT_FALSE(m_window->heatControl().periodBox()->toolTip().isEmpty());
}
