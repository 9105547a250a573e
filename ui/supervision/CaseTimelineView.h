// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/CaseRecord.h"
#include "review/CaseTimeline.h"
#include "review/PersonalDetailsCheck.h"

#include <QHash>
#include <QUuid>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace ww {

class AsyncStorage;
class FileWriteLane;
class BusyLine;
class RequestLane;
class StorageError;

/// One case as a timeline for a supervisor: every step, note, referral, state change, hand-over,
/// review and access in time order. Viewing it is recorded in the audit log, and so is exporting
/// it (JSON or PDF, for a data subject). Below the timeline the supervisor writes a review with a
/// quality score and may flag the case for the expertise network, with a short summary for the
/// network; a check warns about names, places, schools, dates, phone numbers and e-mail addresses in
/// it, and saving then asks the supervisor to confirm that nobody can be recognised. The case is read,
/// and reviews written, on the storage thread; a line says what is going on, and a failure what to do
/// next.
class CaseTimelineView : public QWidget
{
    Q_OBJECT

public:
    enum class ExportFormat { Json, Pdf };

    /// \a actor names the supervisor in the audit log on SQLite; PostgreSQL knows who is logged in.
    CaseTimelineView(AsyncStorage &storage, QString actor, QWidget *parent = nullptr);

    /// Names for tree node ids and party ids (from the tree and the directory); codes are shown
    /// otherwise. A case already shown is shown again with them.
    void setNames(const QHash<QString, QString> &nodeNames, const QHash<QString, QString> &partyNames);
    /// Words the summary check accepts with a capital letter (party names, the tree's terms).
    void setKnownWords(const QStringList &words);

    /// Starts reading the case, recording that it was opened; caseShown() tells how it went.
    void showCase(const QUuid &caseId);
    QUuid caseId() const { return m_caseId; }
    const QList<TimelineEntry> &entries() const { return m_entries; }
    QTreeWidget *timeline() const { return m_timeline; }
    /// Whether something is on its way to or from the database.
    bool isBusy() const;

    /// Starts saving the review the controls hold; returns what is wrong with it, or an empty text
    /// (then reviewSaved() follows, or the problem is shown).
    QString saveReview();
    /// Starts writing everything stored about the case to \a path, recording the export;
    /// exportFinished() tells how it went.
    void exportCase(const QString &path, ExportFormat format);

    /// Stops loading the case and an export (a review on its way is still saved).
    void stop();

    static QString kindLabel(TimelineEntry::Kind kind);

signals:
    void closeRequested();
    /// The case is shown (true), or it is unknown or could not be read (false, the problem shown).
    void caseShown(bool shown);
    void reviewSaved();
    /// \a problem is empty when the file was written.
    void exportFinished(const QString &problem);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void render();
    void writeExport(const QString &path, ExportFormat format);
    void chooseExport(ExportFormat format);
    void setControlsEnabled(bool enabled);
    void updateBusy();
    void showProblem(const QString &message);
    void checkSummary();
    void showReadProblem(const StorageError &error);

    QString m_actor;
    RequestLane *m_loadLane;
    RequestLane *m_reviewLane;
    RequestLane *m_exportLane;
    FileWriteLane *m_writeLane;
    QHash<QString, QString> m_nodeNames;
    QHash<QString, QString> m_partyNames;
    QUuid m_caseId;
    std::optional<CaseRecord> m_record;
    QList<TimelineEntry> m_entries;
    QLabel *m_titleLabel;
    BusyLine *m_busyLine;
    QLabel *m_errorLabel;
    QTreeWidget *m_timeline;
    QPlainTextEdit *m_commentEdit;
    QSpinBox *m_scoreSpin;
    QCheckBox *m_flagCheck;
    QLabel *m_summaryLabel;
    QPlainTextEdit *m_summaryEdit;
    QLabel *m_summaryWarnings;
    QCheckBox *m_summaryCheckedBox;
    PersonalDetailsCheck m_detailsCheck;
    QPushButton *m_saveButton;
    QPushButton *m_jsonButton;
    QPushButton *m_pdfButton;
    QPushButton *m_closeButton;
};

} // namespace ww
