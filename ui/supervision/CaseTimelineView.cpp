// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervision/CaseTimelineView.h"

#include "common/CaseLabels.h"
#include "common/HtmlPdfWriter.h"
#include "common/StorageProblem.h"
#include "review/CaseAccessLog.h"
#include "review/CaseDataExport.h"
#include "review/CaseReviewWriter.h"
#include "storage/StorageError.h"
#include "supervision/BusyLine.h"
#include "supervision/FileWriteLane.h"
#include "supervision/OfflineLine.h"
#include "supervision/RequestLane.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ww {

CaseTimelineView::CaseTimelineView(AsyncStorage &storage, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_actor(std::move(actor))
    , m_loadLane(new RequestLane(storage, this))
    // A review the supervisor saved is written even when the window closes before it went out.
    , m_reviewLane(new RequestLane(storage, this, RequestLane::Unstarted::Run))
    , m_exportLane(new RequestLane(storage, this))
    , m_writeLane(new FileWriteLane(this))
{
    auto *layout = new QVBoxLayout(this);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(u"timelineTitle"_qs);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_titleLabel);
    m_busyLine = new BusyLine(u"timeline"_qs, this);
    layout->addWidget(new OfflineLine(storage, u"timeline"_qs, this));
    layout->addWidget(m_busyLine);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"timelineError"_qs);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"font-weight: bold"_qs);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(u"timelineList"_qs);
    m_timeline->setAccessibleName(tr("Timeline of the case"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setHeaderLabels({tr("When"), tr("What"), tr("Who"), tr("Details")});
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->setWordWrap(true);
    layout->addWidget(m_timeline, 1);

    auto *form = new QFormLayout;
    m_commentEdit = new QPlainTextEdit(this);
    m_commentEdit->setObjectName(u"reviewComment"_qs);
    m_commentEdit->setAccessibleName(tr("Review comment"));
    m_commentEdit->setTabChangesFocus(true);
    m_commentEdit->setMaximumHeight(90);
    m_scoreSpin = new QSpinBox(this);
    m_scoreSpin->setObjectName(u"reviewScore"_qs);
    m_scoreSpin->setRange(1, 5);
    m_scoreSpin->setValue(3);
    m_scoreSpin->setAccessibleName(tr("Quality score from 1 to 5"));
    m_flagCheck = new QCheckBox(tr("&Flag for discussion in the expertise network (anonymised)"), this);
    m_flagCheck->setObjectName(u"reviewFlag"_qs);
    m_summaryEdit = new QPlainTextEdit(this);
    m_summaryEdit->setObjectName(u"networkSummary"_qs);
    m_summaryEdit->setAccessibleName(tr("Summary for the expertise network"));
    m_summaryEdit->setAccessibleDescription(tr("What happened and what went wrong, without names, places, schools, "
                                               "dates or phone numbers."));
    m_summaryEdit->setPlaceholderText(tr("What happened and where the complaints system fell short. No names, places, "
                                         "schools, dates or phone numbers."));
    m_summaryEdit->setTabChangesFocus(true);
    m_summaryEdit->setMaximumHeight(90);
    m_summaryWarnings = new QLabel(this);
    m_summaryWarnings->setObjectName(u"networkSummaryWarnings"_qs);
    m_summaryWarnings->setWordWrap(true);
    m_summaryWarnings->setTextFormat(Qt::PlainText);
    m_summaryWarnings->hide();
    m_summaryCheckedBox = new QCheckBox(tr("I checked the summary: &nobody can be recognised in it"), this);
    m_summaryCheckedBox->setObjectName(u"networkSummaryChecked"_qs);
    m_summaryCheckedBox->hide();
    form->addRow(tr("Review &comment"), m_commentEdit);
    form->addRow(tr("Quality &score (1–5)"), m_scoreSpin);
    form->addRow(QString(), m_flagCheck);
    m_summaryLabel = new QLabel(tr("Summary for the net&work"), this);
    m_summaryLabel->setBuddy(m_summaryEdit);
    form->addRow(m_summaryLabel, m_summaryEdit);
    form->addRow(QString(), m_summaryWarnings);
    form->addRow(QString(), m_summaryCheckedBox);
    layout->addLayout(form);
    connect(m_flagCheck, &QCheckBox::toggled, this, [this](bool flagged) {
        m_summaryEdit->setEnabled(flagged);
        checkSummary();
    });
    connect(m_summaryEdit, &QPlainTextEdit::textChanged, this, &CaseTimelineView::checkSummary);

    auto *buttons = new QHBoxLayout;
    m_saveButton = new QPushButton(tr("Save &review"), this);
    m_saveButton->setObjectName(u"reviewSave"_qs);
    m_jsonButton = new QPushButton(tr("Export &JSON…"), this);
    m_pdfButton = new QPushButton(tr("Export &PDF…"), this);
    m_jsonButton->setObjectName(u"timelineExportJson"_qs);
    m_pdfButton->setObjectName(u"timelineExportPdf"_qs);
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(u"timelineClose"_qs);
    m_closeButton->setShortcut(QKeySequence(Qt::Key_Escape));
    buttons->addWidget(m_saveButton);
    buttons->addStretch(1);
    buttons->addWidget(m_jsonButton);
    buttons->addWidget(m_pdfButton);
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);

    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        const QString problem = saveReview();
        if (!problem.isEmpty())
            showProblem(problem);
    });
    connect(m_jsonButton, &QPushButton::clicked, this, [this] { chooseExport(ExportFormat::Json); });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { chooseExport(ExportFormat::Pdf); });
    connect(m_closeButton, &QPushButton::clicked, this, &CaseTimelineView::closeRequested);
    setControlsEnabled(false);

    connect(m_busyLine, &BusyLine::stopRequested, this, &CaseTimelineView::stop);
    for (RequestLane *lane : {m_loadLane, m_reviewLane, m_exportLane})
        connect(lane, &RequestLane::busyChanged, this, &CaseTimelineView::updateBusy);
    connect(m_writeLane, &FileWriteLane::busyChanged, this, &CaseTimelineView::updateBusy);
    connect(m_loadLane, &RequestLane::failed, this, [this](const StorageError &error) {
        showReadProblem(error);
        emit caseShown(false);
    });
    connect(m_reviewLane, &RequestLane::failed, this, [this](const StorageError &error) {
        showProblem(StorageProblem::describe(tr("The review was not saved."), error, tr("choose Save review")));
    });
    connect(m_exportLane, &RequestLane::failed, this, [this](const StorageError &error) {
        showProblem(StorageProblem::describe(tr("The case was not exported; no file was written."), error,
                                             tr("export again")));
        emit exportFinished(m_errorLabel->text());
    });
}

void CaseTimelineView::setControlsEnabled(bool enabled)
{
    for (QWidget *control : {static_cast<QWidget *>(m_commentEdit), static_cast<QWidget *>(m_scoreSpin),
                             static_cast<QWidget *>(m_flagCheck), static_cast<QWidget *>(m_saveButton),
                             static_cast<QWidget *>(m_jsonButton), static_cast<QWidget *>(m_pdfButton)})
        control->setEnabled(enabled);
    m_summaryEdit->setEnabled(enabled && m_flagCheck->isChecked());
}

bool CaseTimelineView::isBusy() const
{
    return m_loadLane->isBusy() || m_reviewLane->isBusy() || m_exportLane->isBusy() || m_writeLane->isBusy();
}

void CaseTimelineView::updateBusy()
{
    if (m_reviewLane->isBusy())
        m_busyLine->showBusy(tr("Saving the review…"), false); // on its way: stopping would not undo it
    else if (m_exportLane->isBusy())
        m_busyLine->showBusy(tr("Reading the case for the export…"));
    else if (m_writeLane->isBusy())
        m_busyLine->showBusy(tr("Writing the export file…"), false); // a file is written whole or not at all
    else if (m_loadLane->isBusy())
        m_busyLine->showBusy(tr("Loading the case…"));
    else
        m_busyLine->clear();
    m_saveButton->setEnabled(m_record && !m_reviewLane->isBusy());
    const bool exporting = m_exportLane->isBusy() || m_writeLane->isBusy();
    m_jsonButton->setEnabled(m_record && !exporting);
    m_pdfButton->setEnabled(m_record && !exporting);
    // Esc stops what can be stopped; only when nothing can does it close the window.
    m_closeButton->setShortcut(m_busyLine->offersStop() ? QKeySequence() : QKeySequence(Qt::Key_Escape));
}

void CaseTimelineView::stop()
{
    const bool loading = m_loadLane->isBusy();
    const bool exporting = m_exportLane->isBusy();
    m_loadLane->cancel();
    m_exportLane->cancel();
    if (loading)
        showProblem(tr("Loading stopped. To see the case, open it again from the case log."));
    if (exporting) {
        showProblem(tr("The export was stopped; no file was written."));
        emit exportFinished(m_errorLabel->text());
    }
}

void CaseTimelineView::closeEvent(QCloseEvent *event)
{
    // A closed window asks nothing more of the database; a review on its way is still saved.
    m_loadLane->cancel();
    m_exportLane->cancel();
    QWidget::closeEvent(event);
}

void CaseTimelineView::setKnownWords(const QStringList &words)
{
    m_detailsCheck = PersonalDetailsCheck(words);
    checkSummary();
}

void CaseTimelineView::checkSummary()
{
    const bool flagged = m_flagCheck->isChecked();
    const QList<PersonalDetailsCheck::Finding> findings
            = flagged ? m_detailsCheck.check(m_summaryEdit->toPlainText()) : QList<PersonalDetailsCheck::Finding>();
    QStringList messages;
    for (const PersonalDetailsCheck::Finding &finding : findings)
        messages.append(finding.message());
    const QString text = messages.isEmpty() ? QString()
                                            : tr("Check the summary: %1 The network must not be able to recognise "
                                                 "anyone.")
                                                      .arg(messages.join(u' '));
    m_summaryWarnings->setText(text);
    m_summaryWarnings->setAccessibleName(text);
    m_summaryWarnings->setVisible(!findings.isEmpty());
    m_summaryCheckedBox->setVisible(!findings.isEmpty());
    if (findings.isEmpty())
        m_summaryCheckedBox->setChecked(false);
}

QString CaseTimelineView::kindLabel(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Kind::Step:
        return tr("Tree step");
    case TimelineEntry::Kind::Note:
        return tr("Note");
    case TimelineEntry::Kind::Referral:
        return tr("Referral");
    case TimelineEntry::Kind::Event:
        return tr("State change");
    case TimelineEntry::Kind::Handover:
        return tr("Hand-over");
    case TimelineEntry::Kind::Message:
        return tr("Chat message");
    case TimelineEntry::Kind::Review:
        return tr("Review");
    case TimelineEntry::Kind::Audit:
        return tr("Access");
    }
    return {};
}

void CaseTimelineView::setNames(const QHash<QString, QString> &nodeNames, const QHash<QString, QString> &partyNames)
{
    m_nodeNames = nodeNames;
    m_partyNames = partyNames;
    if (m_record)
        render(); // the case as read, with the new names: no new read, nothing for the audit log
}

void CaseTimelineView::showCase(const QUuid &caseId)
{
    m_errorLabel->hide();
    m_caseId = caseId;
    m_record.reset();
    m_entries.clear();
    m_timeline->clear();
    m_titleLabel->setText(tr("Case %1").arg(caseId.toString(QUuid::WithoutBraces)));
    setControlsEnabled(false);
    m_loadLane->start<std::optional<CaseRecord>>(
            [caseId, actor = m_actor](Database &database) -> std::optional<CaseRecord> {
                // Only a case that exists (and that this person may see) is recorded as opened; it is
                // read again after that, so that the timeline shows this access too.
                if (!CaseRecordReader(database).read(caseId))
                    return std::nullopt;
                CaseAccessLog(database).record(caseId, CaseAccessLog::Access::Opened, actor,
                                               QDateTime::currentDateTimeUtc());
                return CaseRecordReader(database).read(caseId);
            },
            [this](std::optional<CaseRecord> &record) {
                if (!record) {
                    showProblem(tr("There is no case %1, or you may not see it. Check the case number.")
                                        .arg(m_caseId.toString(QUuid::WithoutBraces)));
                    emit caseShown(false);
                    return;
                }
                m_record = std::move(record);
                render();
                emit caseShown(true);
            });
}

void CaseTimelineView::render()
{
    m_timeline->clear();
    const CaseRecord &record = *m_record;
    m_titleLabel->setText(
            tr("Case %1 — opened %2 by %3")
                    .arg(m_caseId.toString(QUuid::WithoutBraces),
                         QLocale().toString(record.caseData.openedAt.toLocalTime(), QLocale::ShortFormat),
                         record.caseData.owner)
            + (record.caseData.fields.callerLanguage.isEmpty() ? QString()
                                                               : u" — "_qs
                               + tr("caller's language: %1")
                                         .arg(CaseLabels::callerLanguage(record.caseData.fields.callerLanguage))));
    m_entries = CaseTimeline::entries(record);
    for (const TimelineEntry &entry : std::as_const(m_entries)) {
        QString subject = entry.subject;
        if (entry.kind == TimelineEntry::Kind::Step)
            subject = m_nodeNames.value(subject, subject);
        else if (entry.kind == TimelineEntry::Kind::Referral)
            subject = m_partyNames.value(subject, subject);
        QStringList details{subject, entry.extra, entry.text};
        details.removeAll(QString());
        QString detail = details.join(u" — "_qs);
        if (entry.kind == TimelineEntry::Kind::Review && !entry.extra.isEmpty())
            detail = tr("score %1 of 5").arg(entry.extra) + u" — "_qs + entry.text;
        if (entry.flagged)
            detail += u" ("_qs + tr("flagged for the expertise network") + u')';
        auto *item = new QTreeWidgetItem(m_timeline,
                                         {QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat),
                                          kindLabel(entry.kind), entry.actor, detail});
        item->setToolTip(3, detail);
    }
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
    setControlsEnabled(true);
    updateBusy();
}

QString CaseTimelineView::saveReview()
{
    if (!m_record)
        return tr("No case is shown.");
    const QString comment = m_commentEdit->toPlainText();
    const int score = m_scoreSpin->value();
    const bool flagged = m_flagCheck->isChecked();
    const QString summary = flagged ? m_summaryEdit->toPlainText() : QString();
    const QString problem = CaseReviewWriter::problem(comment, score, flagged, summary);
    if (!problem.isEmpty())
        return problem;
    if (flagged && !m_detailsCheck.check(summary).isEmpty() && !m_summaryCheckedBox->isChecked()) {
        m_summaryCheckedBox->setFocus(Qt::OtherFocusReason);
        return tr("The summary may still say who it is about. Change it, or tick that you checked it.");
    }
    m_errorLabel->hide();
    m_reviewLane->start<std::optional<CaseRecord>>(
            [caseId = m_caseId, comment, score, flagged, summary, actor = m_actor](Database &database) {
                CaseReviewWriter(database).add(caseId, comment, score, flagged, actor, QDateTime::currentDateTimeUtc(),
                                               summary);
                return CaseRecordReader(database).read(caseId);
            },
            [this, comment, summary](std::optional<CaseRecord> &record) {
                // Cleared only if nothing new was typed meanwhile.
                if (m_commentEdit->toPlainText() == comment
                    && (summary.isEmpty() || m_summaryEdit->toPlainText() == summary)) {
                    m_commentEdit->clear();
                    m_summaryEdit->clear();
                    m_flagCheck->setChecked(false);
                }
                if (record) {
                    m_record = std::move(record);
                    render();
                }
                emit reviewSaved();
            });
    return {};
}

void CaseTimelineView::exportCase(const QString &path, ExportFormat format)
{
    if (!m_record) {
        showProblem(tr("No case is shown."));
        emit exportFinished(m_errorLabel->text());
        return;
    }
    m_errorLabel->hide();
    m_exportLane->start<std::optional<CaseRecord>>(
            [caseId = m_caseId, actor = m_actor](Database &database) {
                // Recorded first, so that the export itself lists it.
                CaseAccessLog(database).record(caseId, CaseAccessLog::Access::Exported, actor,
                                               QDateTime::currentDateTimeUtc());
                return CaseRecordReader(database).read(caseId);
            },
            [this, path, format](std::optional<CaseRecord> &record) {
                if (!record) {
                    showProblem(tr("There is no case %1, or you may not see it. Check the case number.")
                                        .arg(m_caseId.toString(QUuid::WithoutBraces)));
                    emit exportFinished(m_errorLabel->text());
                    return;
                }
                m_record = std::move(record);
                render();
                writeExport(path, format);
            });
}

void CaseTimelineView::writeExport(const QString &path, ExportFormat format)
{
    // The document is made here (a copy of the record); laying it out and writing it runs on another
    // thread, so a long case or a slow folder never freezes the window.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FileWriteLane::Write write;
    if (format == ExportFormat::Pdf) {
        write = [document
                 = HtmlPdfWriter::prepare(PdfDocument{tr("Case %1").arg(m_caseId.toString(QUuid::WithoutBraces)),
                                                      CaseDataExport::html(*m_record, now),
                                                      {}}),
                 path] { return HtmlPdfWriter::write(document, path); };
    } else {
        write = [json = CaseDataExport::json(*m_record, now), path] {
            QSaveFile file(path);
            const QByteArray bytes = json.toJson(QJsonDocument::Indented);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                return tr("cannot write %1: %2").arg(path, file.errorString());
            return QString();
        };
    }
    m_writeLane->start(std::move(write), [this](const QString &problem) {
        if (!problem.isEmpty())
            showProblem(tr("The case was not exported: %1. Choose another folder or file name and export again.")
                                .arg(problem));
        emit exportFinished(problem.isEmpty() ? QString() : m_errorLabel->text());
    });
}

void CaseTimelineView::chooseExport(ExportFormat format)
{
    const bool pdf = format == ExportFormat::Pdf;
    const QString name = u"case-"_qs + m_caseId.toString(QUuid::WithoutBraces) + (pdf ? u".pdf"_qs : u".json"_qs);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export everything stored about this case"), name,
                                                      pdf ? tr("PDF (*.pdf)") : tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    exportCase(path, format);
}

void CaseTimelineView::showProblem(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void CaseTimelineView::showReadProblem(const StorageError &error)
{
    showProblem(StorageProblem::describe(tr("The case could not be read."), error,
                                         tr("open the case again from the case log")));
}

} // namespace ww
