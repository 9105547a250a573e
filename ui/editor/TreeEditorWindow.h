// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/TreeDraft.h"

#include <QDate>
#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTimer;

namespace ww {

class DecisionTree;
class DraftEditor;
class DraftHeatSource;
class HeatControl;
class DraftOutline;
class DraftPreview;
class DraftPublisher;
class NodeForm;
class PartyList;
class ReferralDirectory;
class TreeGraphView;
class ValidationList;

/// The tree editor for content managers: the draft as an outline and as a drawing, the selected node's form,
/// the problems `tree validate` would report (checked again shortly after every edit), a preview that walks
/// the draft as an agent would, and the directory's parties with their last check. Every edit can be undone;
/// drafts are saved to and opened from files, and published with a note.
class TreeEditorWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Validation waits this long after the last edit, so typing stays smooth.
    static constexpr int ValidationDelayMs = 300;

    TreeEditorWindow(const TreeDraft &draft, std::shared_ptr<const ReferralDirectory> directory,
                     QWidget *parent = nullptr);
    ~TreeEditorWindow() override;

    /// Where publishing goes; without one, Publish is off and says why.
    void setPublisher(DraftPublisher *publisher);
    /// Where the heat overlay's figures come from, for \a publishedTree (the tree the draft started from:
    /// a draft has no contacts of its own); without one the overlay is off and says why.
    void setHeatSource(DraftHeatSource *source, std::shared_ptr<const DecisionTree> publishedTree);
    HeatControl &heatControl() const { return *m_heat; }
    TreeGraphView &graph() const { return *m_graph; }
    /// The day overdue parties and the heat overlay's periods are counted from (tests set their own).
    void setToday(const QDate &today);

    DraftEditor &editor() const { return *m_editor; }
    const DraftValidation &validation() const { return m_validation; }
    QString filePath() const { return m_filePath; }
    bool openFile(const QString &path, QString *error = nullptr);
    bool saveTo(const QString &path, QString *error = nullptr);
    /// Publishes the draft with \a note; refused (with the reason in the status bar) while it has errors.
    bool publishDraft(const QString &note);
    void selectNode(const QString &nodeId);
    QString selectedNodeId() const;
    /// Finds the next node whose id or text contains \a text, and selects it. False when there is none.
    bool findNode(const QString &text);
    /// Validates and redraws now rather than after the delay.
    void refreshNow();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void scheduleRefresh();
    void updateTitle();
    /// Applies the version typed in its field to the draft (an undoable edit) when it differs.
    void commitVersionField();
    void openDialog();
    bool save();
    void saveAsDialog();
    void publishDialog();
    void addNode(NodeKind kind);
    void removeNode();
    void moveNode(int delta);
    QAction *action(QMenu *menu, const QString &text, const QString &objectName, const QList<QKeySequence> &keys,
                    const std::function<void()> &slot);

    std::shared_ptr<const ReferralDirectory> m_directory;
    DraftEditor *m_editor;
    DraftPublisher *m_publisher = nullptr;
    DraftValidation m_validation;
    QString m_filePath;
    QDate m_today;
    QTimer *m_refreshTimer;
    DraftOutline *m_outline;
    TreeGraphView *m_graph;
    NodeForm *m_form;
    ValidationList *m_problems;
    DraftPreview *m_preview;
    PartyList *m_parties;
    QTabWidget *m_views;
    QTabWidget *m_side;
    QLineEdit *m_find;
    QLineEdit *m_version;
    QLabel *m_counts;
    HeatControl *m_heat;
    QAction *m_publishAction = nullptr;
    bool m_publishing = false;
};

} // namespace ww
