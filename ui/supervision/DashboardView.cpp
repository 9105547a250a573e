// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervision/DashboardView.h"

#include "common/CaseLabels.h"
#include "common/DateField.h"
#include "common/HtmlPdfWriter.h"
#include "common/StorageProblem.h"
#include "review/CountTable.h"
#include "review/DashboardData.h"
#include "review/MonitoringDocument.h"
#include "review/MonitoringReport.h"
#include "review/ReportNames.h"
#include "storage/StorageError.h"
#include "supervision/BusyLine.h"
#include "supervision/ChartPanel.h"
#include "supervision/FileWriteLane.h"
#include "supervision/OfflineLine.h"
#include "supervision/RequestLane.h"

#include <QBuffer>
#include <QCloseEvent>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ww {

DashboardView::DashboardView(AsyncStorage &storage, QWidget *parent)
    : QWidget(parent)
    , m_numbersLane(new RequestLane(storage, this))
    , m_reportLane(new RequestLane(storage, this))
    , m_writeLane(new FileWriteLane(this))
    , m_today(QDate::currentDate())
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_fromEdit = new DateField(QDate::currentDate().addDays(-83), this);
    m_toEdit = new DateField(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit})
        edit->setCalendarPopup(true);
    auto *fromLabel = new QLabel(tr("Period &from"), this);
    fromLabel->setBuddy(m_fromEdit);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_toEdit);
    m_fromEdit->setAccessibleName(tr("Period from"));
    m_toEdit->setAccessibleName(tr("Period to"));
    auto *show = new QPushButton(tr("&Show"), this);
    show->setObjectName(u"dashboardShow"_qs);
    auto *report = new QPushButton(tr("&Monitoring report…"), this);
    bar->addWidget(fromLabel);
    bar->addWidget(m_fromEdit);
    bar->addWidget(toLabel);
    bar->addWidget(m_toEdit);
    bar->addWidget(show);
    bar->addStretch(1);
    bar->addWidget(report);
    layout->addLayout(bar);
    m_busyLine = new BusyLine(u"dashboard"_qs, this);
    layout->addWidget(new OfflineLine(storage, u"dashboard"_qs, this));
    layout->addWidget(m_busyLine);
    connect(m_busyLine, &BusyLine::stopRequested, this, &DashboardView::stop);
    for (RequestLane *lane : {m_numbersLane, m_reportLane})
        connect(lane, &RequestLane::busyChanged, this, &DashboardView::updateBusy);
    connect(m_writeLane, &FileWriteLane::busyChanged, this, &DashboardView::updateBusy);
    connect(m_numbersLane, &RequestLane::failed, this, [this](const StorageError &error) {
        showProblem(StorageProblem::describe(
                tr("The dashboard could not be read; the charts show the numbers read before."), error,
                tr("choose Show")));
    });
    connect(m_reportLane, &RequestLane::failed, this, [this](const StorageError &error) {
        showProblem(StorageProblem::describe(tr("The monitoring report was not written."), error,
                                             tr("choose Monitoring report again")));
        emit reportFinished(m_errorLabel->text());
    });
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"dashboardError"_qs);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);
    connect(show, &QPushButton::clicked, this, &DashboardView::reload);
    connect(report, &QPushButton::clicked, this, &DashboardView::chooseReportFile);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Charts"));
    layout->addWidget(m_tabs, 1);

    const auto cases = [](const QString &) -> QString { return tr("Cases"); };
    const auto week = [this](const QString &monday) -> QString { return weekLabel(monday); };
    struct Spec
    {
        QString title;
        QString category;
        ChartPanel::Shape shape;
        CountTableModel::Labeler rows;
        CountTableModel::Labeler series;
    };
    const QList<Spec> specs{
            {tr("Contacts per week by channel"), tr("Week"), ChartPanel::Shape::StackedColumns, week,
             [](const QString &code) -> QString {
                 const std::optional<Channel> channel = channelFromCode(code);
                 return channel ? CaseLabels::channel(*channel) : code;
             }},
            {tr("Contacts per week by theme"), tr("Week"), ChartPanel::Shape::StackedColumns, week,
             [](const QString &code) -> QString { return CaseLabels::theme(code); }},
            {tr("Referrals per party"), tr("Party"), ChartPanel::Shape::Bars,
             [this](const QString &id) -> QString { return m_partyNames.value(id, id); }, cases},
            {tr("White spots per week"), tr("Week"), ChartPanel::Shape::Columns, week, cases},
            {tr("Where callers stop in the tree"), tr("Last question"), ChartPanel::Shape::Bars,
             [this](const QString &id) -> QString { return m_nodeNames.value(id, id); }, cases},
            {tr("Handling time"), tr("Minutes"), ChartPanel::Shape::Columns,
             [](const QString &from) -> QString {
                 const int start = from.toInt();
                 return start >= (DashboardData::handlingBuckets - 1) * 5 ? tr("%1 or more").arg(start)
                                                                          : tr("%1–%2").arg(start).arg(start + 5);
             },
             cases},
            {tr("Follow-ups due"), tr("Due"), ChartPanel::Shape::Columns,
             [](const QString &due) -> QString {
                 if (due == u"overdue")
                     return tr("overdue");
                 if (due == u"today")
                     return tr("today");
                 if (due == u"this-week")
                     return tr("within 7 days");
                 return tr("later");
             },
             cases},
    };
    for (const Spec &spec : specs) {
        auto *model = new CountTableModel(spec.category, this);
        model->setLabels(spec.rows, spec.series);
        auto *panel = new ChartPanel(spec.title, model, spec.shape, m_tabs);
        m_models.append(model);
        m_panels.append(panel);
        m_tabs->addTab(panel, spec.title);
    }
}

QString DashboardView::weekLabel(const QString &monday) const
{
    const QDate date = QDate::fromString(monday, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, tr("d MMM", "week label: day and short month")) : monday;
}

void DashboardView::setNames(const QHash<QString, QString> &partyNames, const QHash<QString, QString> &nodeNames)
{
    m_partyNames = partyNames;
    m_nodeNames = nodeNames;
    for (CountTableModel *model : std::as_const(m_models))
        model->setTable(model->table()); // a reset: charts and tables ask for the labels again
}

void DashboardView::setPeriod(const QDate &from, const QDate &to)
{
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
}

void DashboardView::reload()
{
    m_errorLabel->hide();
    if (m_toEdit->date() < m_fromEdit->date()) {
        m_numbersLane->cancel();
        showProblem(tr("The period ends before it starts. Choose an end date on or after the start date."));
        return;
    }
    m_numbersLane->start<DashboardData>(
            [from = m_fromEdit->date(), to = m_toEdit->date(), today = m_today](Database &database) {
                return DashboardData::load(database, from, to, today);
            },
            [this](DashboardData &numbers) { showNumbers(numbers); });
}

void DashboardView::showNumbers(const DashboardData &numbers)
{
    const QList<const CountTable *> tables{
            &numbers.contactsByChannel, &numbers.contactsByTheme, &numbers.referralsByParty, &numbers.whiteSpots,
            &numbers.dropOff,           &numbers.handlingTime,    &numbers.followUps};
    for (int i = 0; i < chartCount; ++i)
        m_models.at(i)->setTable(*tables.at(i));
    emit numbersShown();
}

void DashboardView::stop()
{
    const bool counting = m_numbersLane->isBusy();
    const bool reporting = m_reportLane->isBusy();
    m_numbersLane->cancel();
    m_reportLane->cancel();
    if (counting)
        showProblem(tr("Loading stopped; the charts show the numbers read before. Choose Show to load them again."));
    if (reporting) {
        showProblem(tr("The monitoring report was stopped; no file was written."));
        emit reportFinished(m_errorLabel->text());
    }
}

void DashboardView::closeEvent(QCloseEvent *event)
{
    // A closed window asks nothing more of the database.
    m_numbersLane->cancel();
    m_reportLane->cancel();
    QWidget::closeEvent(event);
}

bool DashboardView::isBusy() const
{
    return m_numbersLane->isBusy() || m_reportLane->isBusy() || m_writeLane->isBusy();
}

void DashboardView::updateBusy()
{
    if (m_reportLane->isBusy())
        m_busyLine->showBusy(tr("Loading the numbers for the monitoring report…"));
    else if (m_writeLane->isBusy())
        m_busyLine->showBusy(tr("Writing the monitoring report…"), false); // a file is written whole or not at all
    else if (m_numbersLane->isBusy())
        m_busyLine->showBusy(tr("Loading the numbers for the period…"));
    else
        m_busyLine->clear();
}

void DashboardView::showProblem(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void DashboardView::exportMonitoringReport(const QString &path, bool pdf)
{
    m_errorLabel->hide();
    m_reportLane->start<MonitoringReport>(
            [from = m_fromEdit->date(), to = m_toEdit->date()](Database &database) {
                return MonitoringReport::build(database, from, to);
            },
            [this, path, pdf](MonitoringReport &report) {
                // The report in the desk's language, with the names the dashboard shows.
                ReportNames names(QLocale().name().left(2));
                names.addNames(m_partyNames, m_nodeNames);
                // The charts are drawn here (Qt Charts needs the GUI thread); the file is laid out and
                // written on another thread, so the window stays responsive.
                FileWriteLane::Write write;
                if (pdf) {
                    write = [document = HtmlPdfWriter::prepare(MonitoringDocument(report, names).pdf()), path] {
                        return HtmlPdfWriter::write(document, path);
                    };
                } else {
                    write = [report = std::move(report), names, path] {
                        QSaveFile file(path);
                        bool written = file.open(QIODevice::WriteOnly);
                        if (written) {
                            report.writeCsv(file, CsvWriter::Separator::Comma, names);
                            written = file.commit();
                        }
                        return written ? QString() : tr("cannot write %1: %2").arg(path, file.errorString());
                    };
                }
                m_writeLane->start(std::move(write), [this](const QString &problem) {
                    if (!problem.isEmpty())
                        showProblem(tr("The monitoring report was not written: %1. Choose another folder or file name "
                                       "and try again.")
                                            .arg(problem));
                    emit reportFinished(problem.isEmpty() ? QString() : m_errorLabel->text());
                });
            });
}

void DashboardView::chooseReportFile()
{
    const QString pdfFilter = tr("PDF (*.pdf)");
    QString selected;
    const QString path
            = QFileDialog::getSaveFileName(this, tr("Monitoring report for the expertise network"),
                                           u"monitoring.pdf"_qs, pdfFilter + u";;"_qs + tr("CSV (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    exportMonitoringReport(path, selected == pdfFilter);
}

} // namespace ww
