// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/TreeEditorWindow.h"

#include "directory/ReferralDirectory.h"
#include "editor/DraftEditor.h"
#include "editor/DraftOutline.h"
#include "editor/DraftPreview.h"
#include "editor/DraftPublisher.h"
#include "editor/FormFields.h"
#include "editor/HeatControl.h"
#include "editor/NodeForm.h"
#include "editor/OptionsEditor.h"
#include "editor/PartyList.h"
#include "editor/TreeGraphView.h"
#include "editor/ValidationList.h"
#include "tree/TreeWalkerPanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace ww {

TreeEditorWindow::TreeEditorWindow(const TreeDraft &draft, std::shared_ptr<const ReferralDirectory> directory,
                                   QWidget *parent)
    : QMainWindow(parent)
    , m_directory(std::move(directory))
    , m_editor(new DraftEditor(this))
    , m_today(QDate::currentDate())
    , m_refreshTimer(new QTimer(this))
    , m_outline(new DraftOutline(this))
    , m_graph(new TreeGraphView(this))
    , m_form(new NodeForm(*m_editor, *m_directory, this))
    , m_problems(new ValidationList(this))
    , m_preview(new DraftPreview(m_directory, this))
    , m_parties(new PartyList(this))
    , m_views(new QTabWidget(this))
    , m_side(new QTabWidget(this))
    , m_find(new QLineEdit(this))
    , m_version(new QLineEdit(this))
    , m_counts(new QLabel(this))
    , m_heat(new HeatControl(this))
{
    setObjectName(u"treeEditorWindow"_qs);
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(ValidationDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &TreeEditorWindow::refreshNow);

    buildLayout();
    buildActions();

    connect(m_editor, &DraftEditor::changed, this, [this] {
        m_form->refresh();
        scheduleRefresh();
    });
    connect(m_editor, &DraftEditor::refused, this,
            [this](const QString &reason) { statusBar()->showMessage(tr("Not changed: %1").arg(reason), 10000); });
    connect(m_editor->undoStack(), &QUndoStack::cleanChanged, this, &TreeEditorWindow::updateTitle);
    connect(m_outline, &DraftOutline::nodeSelected, this, &TreeEditorWindow::selectNode);
    connect(m_graph, &TreeGraphView::nodeSelected, this, &TreeEditorWindow::selectNode);
    connect(m_problems, &ValidationList::nodeChosen, this, [this](const QString &nodeId) {
        selectNode(nodeId);
        m_form->focusText();
    });

    m_editor->reset(draft);
    m_parties->showDirectory(*m_directory, m_today);
    refreshNow();
    resize(1400, 900);
    m_graph->zoomBy(0.8);
    selectNode(draft.startNodeId());
}

TreeEditorWindow::~TreeEditorWindow()
{
    // After this body ~QWidget closes the window (the focused field reports editingFinished) and deletes
    // the children (the undo stack reports cleanChanged); by then this is no longer a TreeEditorWindow and
    // its slots must not run. Stop listening to every child first.
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

void TreeEditorWindow::commitVersionField()
{
    const QString version = m_version->text().trimmed();
    if (version != m_editor->draft().version())
        m_editor->apply(DraftEditKind::Version, tr("Version %1").arg(version),
                        [&](TreeDraft &d, QString *e) { return d.setVersion(version, e); });
    m_version->setText(m_editor->draft().version());
}

void TreeEditorWindow::buildLayout()
{
    m_views->setObjectName(u"editorViews"_qs);
    m_views->setAccessibleName(tr("Views of the tree"));
    m_views->addTab(m_outline, tr("Outline"));
    m_views->addTab(m_graph, tr("Drawing"));
    auto *formScroll = new QScrollArea(this);
    formScroll->setObjectName(u"nodeFormScroll"_qs);
    formScroll->setAccessibleName(tr("Selected node"));
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_side->setObjectName(u"editorSide"_qs);
    m_side->setAccessibleName(tr("Problems, preview and parties"));
    m_side->addTab(m_problems, tr("Problems"));
    m_side->addTab(m_preview, tr("Preview"));
    m_side->addTab(m_parties, tr("Parties"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_views);
    splitter->addWidget(formScroll);
    splitter->addWidget(m_side);
    splitter->setSizes({400, 560, 440});
    setCentralWidget(splitter);

    m_find->setObjectName(u"findEdit"_qs);
    m_find->setAccessibleName(tr("Find a node by id or text"));
    m_find->setPlaceholderText(tr("Find a node (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (!findNode(m_find->text()))
            statusBar()->showMessage(tr("No node contains \"%1\".").arg(m_find->text()), 5000);
    });
    m_version->setObjectName(u"versionEdit"_qs);
    FormFields::routeUndoKeys(m_version);
    m_version->setAccessibleName(tr("Version of the tree"));
    m_version->setToolTip(tr("Give every published change a new version, for example 2027.01-concept."));
    connect(m_version, &QLineEdit::editingFinished, this, &TreeEditorWindow::commitVersionField);
    auto *bar = addToolBar(tr("Find and version"));
    bar->setObjectName(u"editorToolBar"_qs);
    bar->setMovable(false);
    bar->addWidget(m_find);
    auto *versionLabel = new QLabel(tr("&Version:"), this);
    versionLabel->setBuddy(m_version);
    bar->addWidget(versionLabel);
    bar->addWidget(m_version);
    bar->addSeparator();
    bar->addWidget(m_heat);
    connect(m_heat, &HeatControl::heatChanged, m_graph, &TreeGraphView::setNodeValues);
    connect(m_heat, &HeatControl::message, this, [this](const QString &text) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text);
    });
    m_counts->setObjectName(u"problemCounts"_qs);
    statusBar()->addPermanentWidget(m_counts);
    // Tab order follows the screen from left to right.
    setTabOrder(m_find, m_version);
    setTabOrder(m_version, m_heat->periodBox());
    setTabOrder(m_heat->periodBox(), m_views);
    setTabOrder(m_views, formScroll);
    setTabOrder(formScroll, m_side);
}

QAction *TreeEditorWindow::action(QMenu *menu, const QString &text, const QString &objectName,
                                  const QList<QKeySequence> &keys, const std::function<void()> &slot)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcuts(keys);
    connect(action, &QAction::triggered, this, slot);
    menu->addAction(action);
    addAction(action);
    return action;
}

void TreeEditorWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    action(file, tr("&Open draft…"), u"openDraftAction"_qs, {QKeySequence::Open}, [this] { openDialog(); });
    action(file, tr("&Save draft"), u"saveDraftAction"_qs, {QKeySequence::Save}, [this] { save(); });
    action(file, tr("Save draft &as…"), u"saveDraftAsAction"_qs, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
           [this] { saveAsDialog(); });
    file->addSeparator();
    m_publishAction = action(file, tr("&Publish…"), u"publishAction"_qs,
                             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)}, [this] { publishDialog(); });
    setPublisher(nullptr);
    file->addSeparator();
    action(file, tr("&Close editor"), u"closeEditorAction"_qs, {QKeySequence::Close}, [this] { close(); });

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undoAction"_qs);
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"redoAction"_qs);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addActions({undo, redo});
    addActions({undo, redo});
    edit->addSeparator();
    action(edit, tr("New &question"), u"addQuestionAction"_qs, {QKeySequence(Qt::CTRL | Qt::Key_N)},
           [this] { addNode(NodeKind::Question); });
    action(edit, tr("New &outcome"), u"addOutcomeAction"_qs, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
           [this] { addNode(NodeKind::Outcome); });
    action(edit, tr("Add an &answer to this question"), u"addOptionAction"_qs,
           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}, [this] {
               if (auto *options = m_form->findChild<OptionsEditor *>(); options && options->isVisible())
                   options->addOption();
           });
    action(edit, tr("&Remove node"), u"removeNodeAction"_qs, {QKeySequence(Qt::CTRL | Qt::Key_Delete)},
           [this] { removeNode(); });
    action(edit, tr("Move node &up in the file"), u"moveNodeUpAction"_qs,
           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up)}, [this] { moveNode(-1); });
    action(edit, tr("Move node &down in the file"), u"moveNodeDownAction"_qs,
           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down)}, [this] { moveNode(1); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    action(view, tr("&Find a node"), u"findAction"_qs, {QKeySequence::Find}, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    action(view, tr("Zoom &in"), u"zoomInAction"_qs,
           {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)},
           [this] { m_graph->zoomBy(1.25); });
    action(view, tr("Zoom &out"), u"zoomOutAction"_qs, {QKeySequence(Qt::CTRL | Qt::Key_Minus)},
           [this] { m_graph->zoomBy(0.8); });
    action(view, tr("&Whole tree"), u"fitAction"_qs, {QKeySequence(Qt::CTRL | Qt::Key_0)},
           [this] { m_graph->fitAll(); });
    view->addSeparator();
    const auto goTo = [this](QTabWidget *tabs, QWidget *page) {
        tabs->setCurrentWidget(page);
        page->setFocus(Qt::ShortcutFocusReason);
    };
    action(view, tr("Go to the outline"), u"goOutlineAction"_qs, {QKeySequence(Qt::ALT | Qt::Key_1)},
           [=, this] { goTo(m_views, m_outline); });
    action(view, tr("Go to the drawing"), u"goDrawingAction"_qs, {QKeySequence(Qt::ALT | Qt::Key_2)},
           [=, this] { goTo(m_views, m_graph); });
    action(view, tr("Go to the node's texts"), u"goFormAction"_qs, {QKeySequence(Qt::ALT | Qt::Key_3)},
           [this] { m_form->focusText(); });
    action(view, tr("Go to the problems"), u"goProblemsAction"_qs, {QKeySequence(Qt::ALT | Qt::Key_4)},
           [=, this] { goTo(m_side, m_problems); });
    action(view, tr("Go to the preview"), u"goPreviewAction"_qs, {QKeySequence(Qt::ALT | Qt::Key_5)}, [=, this] {
        goTo(m_side, m_preview);
        if (m_preview->walker())
            m_preview->walker()->focusFirstControl();
    });
    action(view, tr("Go to the parties"), u"goPartiesAction"_qs, {QKeySequence(Qt::ALT | Qt::Key_6)},
           [=, this] { goTo(m_side, m_parties); });
}

void TreeEditorWindow::setPublisher(DraftPublisher *publisher)
{
    m_publisher = publisher;
    m_publishAction->setEnabled(publisher != nullptr);
    m_publishAction->setToolTip(publisher ? tr("Publish the draft as the new tree for every desk")
                                          : tr("Publishing is not available here: save the draft to a file and "
                                               "publish it with wegwijzer-admin tree publish."));
}

void TreeEditorWindow::setToday(const QDate &today)
{
    m_today = today;
    m_parties->showDirectory(*m_directory, m_today);
    m_heat->setToday(today);
}

void TreeEditorWindow::setHeatSource(DraftHeatSource *source, std::shared_ptr<const DecisionTree> publishedTree)
{
    m_heat->setSource(source, std::move(publishedTree));
}

void TreeEditorWindow::scheduleRefresh()
{
    m_refreshTimer->start();
}

void TreeEditorWindow::refreshNow()
{
    m_refreshTimer->stop();
    const TreeDraft &draft = m_editor->draft();
    const QString selected = selectedNodeId();
    m_outline->showDraft(draft);
    m_graph->showDraft(draft);
    m_validation = draft.validate(*m_directory);
    m_problems->showValidation(m_validation);
    m_preview->showTree(m_validation.tree);
    if (!m_version->isModified()) // not while it is being typed
        m_version->setText(draft.version());
    m_counts->setText(tr("%n error(s)", nullptr, m_validation.errorCount()) + u", "_qs
                      + tr("%n warning(s)", nullptr, m_validation.warningCount()) + u", "_qs
                      + tr("%n party(ies) overdue", nullptr, m_parties->overdueCount()));
    if (!selected.isEmpty() && !draft.node(selected).isEmpty()) {
        m_outline->selectNode(selected);
        m_graph->selectNode(selected);
    }
    updateTitle();
}

void TreeEditorWindow::updateTitle()
{
    const QString name = m_filePath.isEmpty() ? tr("new draft") : QFileInfo(m_filePath).fileName();
    setWindowTitle(tr("Tree editor — %1%2").arg(name, m_editor->undoStack()->isClean() ? QString() : u" *"_qs));
}

void TreeEditorWindow::selectNode(const QString &nodeId)
{
    if (m_editor->draft().node(nodeId).isEmpty())
        return;
    m_outline->selectNode(nodeId);
    m_graph->selectNode(nodeId);
    if (m_form->nodeId() != nodeId)
        m_form->showNode(nodeId);
}

QString TreeEditorWindow::selectedNodeId() const
{
    return m_form->nodeId();
}

bool TreeEditorWindow::findNode(const QString &text)
{
    const QStringList found = m_editor->draft().findNodes(text);
    if (found.isEmpty())
        return false;
    // Again and again Enter goes through every node found.
    const qsizetype here = found.indexOf(selectedNodeId());
    selectNode(found.value((here + 1) % found.size()));
    return true;
}

void TreeEditorWindow::addNode(NodeKind kind)
{
    const QString id
            = m_editor->draft().freeNodeId(kind == NodeKind::Question ? u"nieuwe-vraag"_qs : u"nieuwe-uitkomst"_qs);
    const QString text = kind == NodeKind::Question ? tr("New question") : tr("New outcome");
    if (m_editor->apply(DraftEditKind::AddNode, tr("Add node %1").arg(id),
                        [&](TreeDraft &d, QString *e) { return d.addNode(id, kind, text, e); })) {
        refreshNow();
        selectNode(id);
        m_form->focusText();
        statusBar()->showMessage(tr("Node %1 added. Point an answer to it, or it cannot be reached.").arg(id), 10000);
    }
}

void TreeEditorWindow::removeNode()
{
    const QString id = selectedNodeId();
    if (id.isEmpty())
        return;
    if (m_editor->apply(DraftEditKind::RemoveNode, tr("Remove node %1").arg(id),
                        [&](TreeDraft &d, QString *e) { return d.removeNode(id, e); })) {
        refreshNow();
        selectNode(m_editor->draft().startNodeId());
        statusBar()->showMessage(tr("Node %1 removed (Ctrl+Z brings it back).").arg(id), 10000);
    }
}

void TreeEditorWindow::moveNode(int delta)
{
    const QString id = selectedNodeId();
    m_editor->apply(DraftEditKind::MoveNode, tr("Move node %1").arg(id),
                    [&](TreeDraft &d, QString *e) { return d.moveNode(id, delta, e); });
}

bool TreeEditorWindow::openFile(const QString &path, QString *error)
{
    QString why;
    const std::optional<TreeDraft> draft = TreeDraft::fromFile(path, &why);
    if (!draft) {
        if (error)
            *error = why;
        return false;
    }
    m_filePath = path;
    m_editor->reset(*draft);
    refreshNow();
    selectNode(draft->startNodeId());
    return true;
}

bool TreeEditorWindow::saveTo(const QString &path, QString *error)
{
    m_editor->setFileName(QFileInfo(path).fileName());
    if (!m_editor->draft().save(path, error))
        return false;
    m_filePath = path;
    m_editor->undoStack()->setClean();
    updateTitle();
    statusBar()->showMessage(tr("Saved to %1.").arg(path), 5000);
    return true;
}

void TreeEditorWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a draft tree"), QFileInfo(m_filePath).path(),
                                                      tr("Trees (*.tree.json);;JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(path, &error))
        QMessageBox::warning(this, tr("Open a draft tree"), error);
}

bool TreeEditorWindow::save()
{
    if (m_filePath.isEmpty()) {
        saveAsDialog();
        return m_editor->undoStack()->isClean();
    }
    QString error;
    if (!saveTo(m_filePath, &error)) {
        QMessageBox::warning(this, tr("Save the draft"), error);
        return false;
    }
    return true;
}

void TreeEditorWindow::saveAsDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the draft"), m_filePath, tr("Trees (*.tree.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".tree.json"))
        path += u".tree.json"_qs;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save the draft"), error);
}

void TreeEditorWindow::publishDialog()
{
    bool given = false;
    const QString note = QInputDialog::getText(this, tr("Publish the draft"),
                                               tr("What changed? (one line; every desk shows it with the new tree)"),
                                               QLineEdit::Normal, QString(), &given);
    if (given)
        publishDraft(note);
}

bool TreeEditorWindow::publishDraft(const QString &note)
{
    refreshNow();
    QString refusal;
    if (!m_publisher)
        refusal = m_publishAction->toolTip();
    else if (m_publishing)
        refusal = tr("The draft is being published already.");
    else if (!m_validation.tree || m_validation.errorCount() > 0)
        refusal = tr("The draft has %n error(s); fix them first (see Problems).", nullptr, m_validation.errorCount());
    else
        refusal = m_publisher->checkNote(note);
    if (!refusal.isEmpty()) {
        statusBar()->showMessage(tr("Not published: %1").arg(refusal), 15000);
        return false;
    }
    m_publishing = true;
    m_publishAction->setEnabled(false);
    statusBar()->showMessage(tr("Publishing…"));
    m_publisher->publish(m_validation.tree, m_directory, note, this, [this](DraftPublisher::Result result) {
        m_publishing = false;
        m_publishAction->setEnabled(true);
        statusBar()->showMessage(result.versionId > 0 ? tr("Published as version %1.").arg(result.versionId)
                                                      : tr("Not published: %1").arg(result.error),
                                 30000);
    });
    return true;
}

void TreeEditorWindow::closeEvent(QCloseEvent *event)
{
    // A version typed but not yet left is a change too: it must count before the question below.
    commitVersionField();
    if (m_editor->undoStack()->isClean())
        return event->accept();
    const auto answer = QMessageBox::question(
            this, tr("Close the tree editor"), tr("The draft has changes that are not saved. Save them first?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
        return event->ignore();
    event->accept();
}

} // namespace ww
