// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/CaseTimeline.h"
#include "review/PersonalDetailsCheck.h"

#include <QHash>
#include <QUuid>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace ww {

class Database;

/// One case as a timeline for a supervisor: every step, note, referral, state change, hand-over,
/// review and access in time order. Viewing it is recorded in the audit log, and so is exporting
/// it (JSON or PDF, for a data subject). Below the timeline the supervisor writes a review with a
/// quality score and may flag the case for the expertise network, with a short summary for the
/// network; a check warns about names, places, schools, dates, phone numbers and e-mail addresses in
/// it, and saving then asks the supervisor to confirm that nobody can be recognised.
class CaseTimelineView : public QWidget
{
    Q_OBJECT

public:
    enum class ExportFormat { Json, Pdf };

    /// \a actor names the supervisor in the audit log on SQLite; PostgreSQL knows who is logged in.
    CaseTimelineView(Database &database, QString actor, QWidget *parent = nullptr);

    /// Names for tree node ids and party ids (from the tree and the directory); codes are shown
    /// otherwise. A case already shown is shown again with them.
    void setNames(const QHash<QString, QString> &nodeNames, const QHash<QString, QString> &partyNames);
    /// Words the summary check accepts with a capital letter (party names, the tree's terms).
    void setKnownWords(const QStringList &words);

    /// Shows the case and records that it was opened; false (with the problem shown) when it cannot.
    bool showCase(const QUuid &caseId);
    QUuid caseId() const { return m_caseId; }
    const QList<TimelineEntry> &entries() const { return m_entries; }
    QTreeWidget *timeline() const { return m_timeline; }

    /// Saves the review the controls hold; returns the problem, or an empty text.
    QString saveReview();
    /// Writes everything stored about the case to \a path and records the export; returns the problem.
    QString exportCase(const QString &path, ExportFormat format);

    static QString kindLabel(TimelineEntry::Kind kind);

signals:
    void closeRequested();

private:
    void reload();
    void chooseExport(ExportFormat format);
    void showProblem(const QString &message);
    void checkSummary();

    Database &m_database;
    QString m_actor;
    QHash<QString, QString> m_nodeNames;
    QHash<QString, QString> m_partyNames;
    QUuid m_caseId;
    QList<TimelineEntry> m_entries;
    QLabel *m_titleLabel;
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
};

} // namespace ww
