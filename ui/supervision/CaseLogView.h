// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/CaseLogFilter.h"
#include "review/CsvWriter.h"

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ww {

class AsyncStorage;
class BusyLine;
class CaseLogExporter;
class CaseLogModel;
class StorageError;

/// The supervisor's case log: filters on top, the cases below (read a page at a time), sortable
/// on every column, and an export of the filtered list to CSV. Enter or a double click asks to
/// open the case's timeline. Every export is recorded in the audit log. Everything is read on the
/// storage thread: a line says what is loading and offers to stop it, and a failure is shown with
/// what to do next.
class CaseLogView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseLogView(AsyncStorage &storage, QWidget *parent = nullptr);

    CaseLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// Who exports, for the audit log on SQLite (PostgreSQL knows who is logged in); the
    /// computer's user until set.
    void setActor(const QString &actor) { m_actor = actor; }
    /// Names for outcome node ids and party ids in the list (the CSV export keeps the codes).
    void setNames(const QHash<QString, QString> &nodeNames, const QHash<QString, QString> &partyNames);
    /// The parties the "referred to" filter offers: (party id, name) pairs.
    void setPartyChoices(const QList<QPair<QString, QString>> &parties);

    /// The filter the controls describe now.
    CaseLogFilter filterFromControls() const;
    /// Sets the controls to \a filter and runs it.
    void setFilter(const CaseLogFilter &filter);
    /// Runs the filter the controls describe.
    void apply();
    /// Starts writing the filtered list in the current order to \a path, recording the export in
    /// the audit log; exportFinished() tells how it went. Nothing is written when the export cannot
    /// be recorded or is stopped.
    void exportCsv(const QString &path, CsvWriter::Separator separator);
    /// Stops reading the log and any export (which then leaves no file).
    void stop();
    QUuid selectedCase() const;

signals:
    void openRequested(const QUuid &caseId);
    /// An export ended: \a problem is empty when the file was written.
    void exportFinished(const QString &problem);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildFilters();
    void chooseExportFile();
    void showProblem(const QString &message);
    void showReadProblem(const StorageError &error);
    void showExportProblem(const StorageError &error);
    void updateStatus();

    CaseLogExporter *m_exporter;
    qint64 m_exportedSoFar = 0;
    QString m_actor = qEnvironmentVariable("USER");
    CaseLogModel *m_model;
    QCheckBox *m_periodCheck;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QComboBox *m_channelCombo;
    QLineEdit *m_agentEdit;
    QComboBox *m_callerCombo;
    QComboBox *m_languageCombo;
    QComboBox *m_schoolCombo;
    QComboBox *m_themeCombo;
    QComboBox *m_partyCombo;
    QLineEdit *m_outcomeEdit;
    QComboBox *m_whiteSpotCombo;
    QComboBox *m_statusCombo;
    QCheckBox *m_followUpDueCheck;
    QLineEdit *m_searchEdit;
    QPushButton *m_applyButton;
    QPushButton *m_exportButton;
    QLabel *m_countLabel;
    BusyLine *m_busyLine;
    QLabel *m_exportLabel;
    QLabel *m_errorLabel;
    QTableView *m_table;
};

} // namespace ww
