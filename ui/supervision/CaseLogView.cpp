// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervision/CaseLogView.h"

#include "Vocabulary.h"
#include "common/CaseLabels.h"
#include "common/DateField.h"
#include "common/StorageProblem.h"
#include "storage/StorageError.h"
#include "supervision/BusyLine.h"
#include "supervision/CaseLogExporter.h"
#include "supervision/CaseLogModel.h"
#include "supervision/OfflineLine.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <climits>

namespace ww {

namespace {

QComboBox *codeCombo(const QStringList &codes, QString (*label)(const QString &), QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(CaseLogView::tr("any"), QString());
    for (const QString &code : codes)
        combo->addItem(label(code), code);
    return combo;
}

/// The table opens the selected case on Enter, as the home list does.
class CaseLogTable : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void()> onEnter;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onEnter) {
            onEnter();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

} // namespace

CaseLogView::CaseLogView(AsyncStorage &storage, QWidget *parent)
    : QWidget(parent)
    , m_exporter(new CaseLogExporter(storage, this))
    , m_model(new CaseLogModel(storage, this))
{
    buildFilters();

    auto *table = new CaseLogTable(this);
    table->onEnter = [this] {
        if (!selectedCase().isNull())
            emit openRequested(selectedCase());
    };
    m_table = table;
    m_table->setObjectName(u"caseLogTable"_qs);
    m_table->setAccessibleName(tr("Cases"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(int(CaseLogColumn::OpenedAt), Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QUuid id = m_model->caseId(index.row());
        if (!id.isNull())
            emit openRequested(id);
    });
    connect(m_model, &CaseLogModel::failed, this, &CaseLogView::showReadProblem);
    connect(m_model, &CaseLogModel::loadingChanged, this, &CaseLogView::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CaseLogView::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CaseLogView::updateStatus);
    connect(m_exporter, &CaseLogExporter::runningChanged, this, &CaseLogView::updateStatus);
    connect(m_exporter, &CaseLogExporter::progressed, this, [this](qint64 rows) {
        m_exportedSoFar = rows;
        updateStatus();
    });
    connect(m_exporter, &CaseLogExporter::failed, this, &CaseLogView::showExportProblem);
    connect(m_exporter, &CaseLogExporter::finished, this, [this](qint64 rows, const QString &path) {
        m_exportLabel->setText(
                tr("%n case(s) exported to %1.", nullptr, int(std::min<qint64>(rows, INT_MAX))).arg(path));
        m_exportLabel->show();
        emit exportFinished({});
    });

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"caseLogCount"_qs);
    m_busyLine = new BusyLine(u"caseLog"_qs, this);
    connect(m_busyLine, &BusyLine::stopRequested, this, &CaseLogView::stop);
    m_exportLabel = new QLabel(this);
    m_exportLabel->setObjectName(u"caseLogExported"_qs);
    m_exportLabel->setWordWrap(true);
    m_exportLabel->hide();
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"caseLogError"_qs);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"font-weight: bold"_qs);
    m_errorLabel->hide();

    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    auto *status = new QHBoxLayout;
    status->addWidget(m_countLabel, 1);
    status->addWidget(m_exportButton);
    layout->addLayout(status);
    layout->addWidget(new OfflineLine(storage, u"caseLog"_qs, this));
    layout->addWidget(m_busyLine);
    layout->addWidget(m_exportLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_table, 1);
    apply();
}

void CaseLogView::buildFilters()
{
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    layout->addLayout(grid);

    m_periodCheck = new QCheckBox(tr("&Period from"), this);
    m_fromEdit = new DateField(QDate::currentDate().addMonths(-1), this);
    m_toEdit = new DateField(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_fromEdit->setAccessibleName(tr("Period from"));
    m_toEdit->setAccessibleName(tr("Period to"));
    connect(m_periodCheck, &QCheckBox::toggled, m_fromEdit, &QWidget::setEnabled);
    connect(m_periodCheck, &QCheckBox::toggled, m_toEdit, &QWidget::setEnabled);

    m_channelCombo = new QComboBox(this);
    m_channelCombo->addItem(tr("any"), QString());
    m_channelCombo->addItem(CaseLabels::channel(Channel::Phone), channelCode(Channel::Phone));
    m_channelCombo->addItem(CaseLabels::channel(Channel::Chat), channelCode(Channel::Chat));
    m_agentEdit = new QLineEdit(this);
    m_agentEdit->setPlaceholderText(tr("account name"));
    m_callerCombo = codeCombo(Vocabulary::callerRoles(), &CaseLabels::callerRole, this);
    m_schoolCombo = codeCombo(Vocabulary::schoolTypes(), &CaseLabels::schoolType, this);
    m_themeCombo = codeCombo(Vocabulary::themes(), &CaseLabels::theme, this);
    m_partyCombo = new QComboBox(this);
    m_partyCombo->setObjectName(u"caseLogPartyFilter"_qs);
    m_partyCombo->addItem(tr("any"), QString());
    m_outcomeEdit = new QLineEdit(this);
    m_outcomeEdit->setPlaceholderText(tr("node id"));
    m_whiteSpotCombo = new QComboBox(this);
    m_whiteSpotCombo->addItem(tr("any"), QVariant());
    m_whiteSpotCombo->addItem(tr("white spot"), true);
    m_whiteSpotCombo->addItem(tr("no white spot"), false);
    m_statusCombo = new QComboBox(this);
    m_statusCombo->addItem(tr("any"), QString());
    for (CaseStatus status : {CaseStatus::Active, CaseStatus::WrapUp, CaseStatus::FollowUp, CaseStatus::Closed})
        m_statusCombo->addItem(CaseLabels::status(status), caseStatusCode(status));
    // Made after the other lists: it stands below them, and Tab follows the order controls are made in.
    m_languageCombo = codeCombo(Vocabulary::callerLanguages(), &CaseLabels::callerLanguage, this);
    m_languageCombo->setObjectName(u"caseLogLanguageFilter"_qs);
    m_followUpDueCheck = new QCheckBox(tr("Follow-up &due"), this);
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setMaxLength(int(CaseLogFilter::maxNoteTextLength));
    m_searchEdit->setPlaceholderText(tr("words in the notes"));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &CaseLogView::apply);
    m_applyButton = new QPushButton(tr("&Show cases"), this);
    m_applyButton->setObjectName(u"caseLogApply"_qs);
    m_applyButton->setDefault(true);
    connect(m_applyButton, &QPushButton::clicked, this, &CaseLogView::apply);
    m_exportButton = new QPushButton(tr("E&xport CSV…"), this);
    m_exportButton->setObjectName(u"caseLogExport"_qs);
    connect(m_exportButton, &QPushButton::clicked, this, &CaseLogView::chooseExportFile);

    auto addPair = [&](int row, int column, const QString &text, QWidget *control) {
        auto *label = new QLabel(text, this);
        label->setBuddy(control);
        control->setAccessibleName(QString(text).remove(u'&'));
        grid->addWidget(label, row, column * 2);
        grid->addWidget(control, row, column * 2 + 1);
    };
    grid->addWidget(m_periodCheck, 0, 0);
    auto *period = new QHBoxLayout;
    period->addWidget(m_fromEdit);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_toEdit);
    grid->addLayout(period, 0, 1);
    addPair(0, 1, tr("&Channel"), m_channelCombo);
    addPair(0, 2, tr("&Agent"), m_agentEdit);
    addPair(1, 0, tr("Ca&ller"), m_callerCombo);
    addPair(1, 1, tr("Sc&hool type"), m_schoolCombo);
    addPair(1, 2, tr("&Theme"), m_themeCombo);
    addPair(2, 0, tr("&Referred to"), m_partyCombo);
    addPair(2, 1, tr("&Outcome"), m_outcomeEdit);
    addPair(2, 2, tr("&White spot"), m_whiteSpotCombo);
    addPair(3, 0, tr("&Status"), m_statusCombo);
    grid->addWidget(m_followUpDueCheck, 3, 3);
    addPair(3, 2, tr("S&earch notes"), m_searchEdit);
    addPair(4, 0, tr("Caller's lan&guage"), m_languageCombo);
    grid->addWidget(m_applyButton, 4, 5);
}

void CaseLogView::setPartyChoices(const QList<QPair<QString, QString>> &parties)
{
    const QString chosen = m_partyCombo->currentData().toString();
    const QSignalBlocker blocker(m_partyCombo);
    m_partyCombo->clear();
    m_partyCombo->addItem(tr("any"), QString());
    for (const auto &[id, name] : parties)
        m_partyCombo->addItem(name, id);
    m_partyCombo->setCurrentIndex(std::max(m_partyCombo->findData(chosen), 0)); // new names, same choice
}

CaseLogFilter CaseLogView::filterFromControls() const
{
    CaseLogFilter filter;
    if (m_periodCheck->isChecked()) {
        const QTimeZone local = QTimeZone::systemTimeZone();
        filter.openedFrom = QDateTime(m_fromEdit->date(), QTime(0, 0), local);
        filter.openedBefore = QDateTime(m_toEdit->date().addDays(1), QTime(0, 0), local);
    }
    if (const QString code = m_channelCombo->currentData().toString(); !code.isEmpty())
        filter.channel = channelFromCode(code);
    filter.agent = m_agentEdit->text().trimmed();
    filter.callerRole = m_callerCombo->currentData().toString();
    filter.callerLanguage = m_languageCombo->currentData().toString();
    filter.schoolType = m_schoolCombo->currentData().toString();
    filter.theme = m_themeCombo->currentData().toString();
    filter.referredParty = m_partyCombo->currentData().toString();
    filter.outcomeNode = m_outcomeEdit->text().trimmed();
    if (const QVariant white = m_whiteSpotCombo->currentData(); white.isValid())
        filter.whiteSpot = white.toBool();
    if (const QString code = m_statusCombo->currentData().toString(); !code.isEmpty())
        filter.status = caseStatusFromCode(code);
    if (m_followUpDueCheck->isChecked())
        filter.followUpDueOn = QDate::currentDate();
    filter.noteText = m_searchEdit->text().trimmed();
    return filter;
}

void CaseLogView::setNames(const QHash<QString, QString> &nodeNames, const QHash<QString, QString> &partyNames)
{
    m_model->setNames(nodeNames, partyNames);
}

void CaseLogView::setFilter(const CaseLogFilter &filter)
{
    const bool period = filter.openedFrom.isValid() || filter.openedBefore.isValid();
    m_periodCheck->setChecked(period);
    if (filter.openedFrom.isValid())
        m_fromEdit->setDate(filter.openedFrom.toLocalTime().date());
    if (filter.openedBefore.isValid())
        m_toEdit->setDate(filter.openedBefore.toLocalTime().addSecs(-1).date());
    auto choose = [](QComboBox *combo, const QVariant &value) {
        const int index = combo->findData(value);
        combo->setCurrentIndex(std::max(index, 0));
    };
    choose(m_channelCombo, filter.channel ? channelCode(*filter.channel) : QString());
    m_agentEdit->setText(filter.agent);
    choose(m_callerCombo, filter.callerRole);
    choose(m_languageCombo, filter.callerLanguage);
    choose(m_schoolCombo, filter.schoolType);
    choose(m_themeCombo, filter.theme);
    choose(m_partyCombo, filter.referredParty);
    m_outcomeEdit->setText(filter.outcomeNode);
    m_whiteSpotCombo->setCurrentIndex(filter.whiteSpot ? (*filter.whiteSpot ? 1 : 2) : 0);
    choose(m_statusCombo, filter.status ? caseStatusCode(*filter.status) : QString());
    m_followUpDueCheck->setChecked(filter.followUpDueOn.isValid());
    m_searchEdit->setText(filter.noteText);
    // The controls know only "due today"; a filter for another day is run as given.
    m_errorLabel->hide();
    m_model->setFilter(filter);
}

void CaseLogView::apply()
{
    m_errorLabel->hide();
    m_model->setFilter(filterFromControls());
}

void CaseLogView::stop()
{
    const bool exporting = m_exporter->isRunning();
    m_model->stop();
    m_exporter->stop();
    if (exporting) {
        m_exportLabel->setText(tr("The export was stopped; no file was written."));
        m_exportLabel->show();
        emit exportFinished(m_exportLabel->text());
    }
    updateStatus();
}

void CaseLogView::closeEvent(QCloseEvent *event)
{
    // A closed window asks nothing more of the database, and an export not finished leaves no file.
    m_model->stop();
    m_exporter->stop();
    QWidget::closeEvent(event);
}

void CaseLogView::updateStatus()
{
    const int rows = m_model->rowCount();
    if (m_model->isLoading() && rows == 0)
        m_countLabel->clear(); // the line below says it is loading
    else if (m_model->allRowsRead())
        m_countLabel->setText(tr("%n case(s)", nullptr, rows));
    else if (m_model->wasStopped())
        m_countLabel->setText(tr("%n case(s) shown; reading stopped. Choose Show cases to read again.", nullptr, rows));
    else
        m_countLabel->setText(tr("%n case(s) so far; more appear as you scroll", nullptr, rows));
    m_exportButton->setEnabled(!m_exporter->isRunning());
    if (m_exporter->isRunning())
        m_busyLine->showBusy(tr("Exporting the case log: %n case(s) written so far…", nullptr,
                                int(std::min<qint64>(m_exportedSoFar, INT_MAX))));
    else if (m_model->isLoading())
        m_busyLine->showBusy(rows == 0 ? tr("Loading cases…") : tr("Loading more cases…"));
    else
        m_busyLine->clear();
}

void CaseLogView::showProblem(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void CaseLogView::showReadProblem(const StorageError &error)
{
    showProblem(StorageProblem::describe(tr("The case log could not be read."), error, tr("choose Show cases")));
}

void CaseLogView::showExportProblem(const StorageError &error)
{
    showProblem(StorageProblem::describe(
            tr("The case log was not exported; no file was written."), error, tr("export again"),
            tr("Check that the folder exists and that you may write there, then export again. If it keeps happening, "
               "tell your administrator what it says.")));
    emit exportFinished(m_errorLabel->text());
}

void CaseLogView::exportCsv(const QString &path, CsvWriter::Separator separator)
{
    m_errorLabel->hide();
    m_exportLabel->hide();
    m_exportedSoFar = 0;
    m_exporter->start(m_model->filter(), m_model->sortOrder(), path, separator, m_actor);
}

void CaseLogView::chooseExportFile()
{
    const QString semicolons = tr("CSV with semicolons, for Excel in Dutch (*.csv)");
    const QString commas = tr("CSV with commas (*.csv)");
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the case log"), u"caselog.csv"_qs,
                                                      semicolons + u";;"_qs + commas, &selected);
    if (path.isEmpty())
        return;
    exportCsv(path, selected == commas ? CsvWriter::Separator::Comma : CsvWriter::Separator::Semicolon);
}

QUuid CaseLogView::selectedCase() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->caseId(current.row()) : QUuid();
}

} // namespace ww
