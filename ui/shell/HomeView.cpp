// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/HomeView.h"

#include "common/DeskPalette.h"
#include "common/StorageProblem.h"
#include "shell/CaseListModel.h"
#include "storage/StorageError.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ww {

HomeView::HomeView(CaseWork &work, const QString &owner, QWidget *parent)
    : QWidget(parent)
    , m_model(new CaseListModel(work, owner, this))
    , m_titleLabel(new QLabel(tr("My cases"), this))
    , m_hintLabel(new QLabel(tr("F2: new phone case · Shift+F2: new chat case · Enter: open the selected case"), this))
    , m_errorLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(tr("No open or recent cases. Press F2 when a call comes in."), this))
    , m_loadingLabel(new QLabel(tr("Loading your cases…"), this))
    , m_openButton(new QPushButton(tr("&Open case"), this))
    , m_continueButton(new QPushButton(tr("Con&tinue follow-up"), this))
{
    setObjectName(u"homeView"_qs);
    setAccessibleName(tr("Home: my cases"));

    m_titleLabel->setObjectName(u"homeTitleLabel"_qs);
    QFont title = m_titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_titleLabel->setFont(title);
    m_titleLabel->setBuddy(m_table);
    m_hintLabel->setObjectName(u"homeHintLabel"_qs);
    m_hintLabel->setWordWrap(true);
    m_errorLabel->setObjectName(u"homeErrorLabel"_qs);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(DeskPalette::errorTextStyle());
    m_errorLabel->hide();
    m_emptyLabel->setObjectName(u"homeEmptyLabel"_qs);
    m_emptyLabel->hide();
    m_loadingLabel->setObjectName(u"homeLoadingLabel"_qs);
    m_loadingLabel->setAccessibleName(m_loadingLabel->text());
    m_loadingLabel->hide();
    connect(m_model, &CaseListModel::loaded, this, &HomeView::showLoaded);
    connect(m_model, &CaseListModel::loadFailed, this, &HomeView::showLoadFailed);

    m_table->setObjectName(u"caseTable"_qs);
    m_table->setAccessibleName(tr("My cases"));
    m_table->setAccessibleDescription(tr("Open cases, due follow-ups first, then recent cases. Enter opens a case."));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table instead of walking its cells: the rows are what matters.
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Room for the texts even while the list is empty, so the header does not look cramped.
    m_table->horizontalHeader()->setMinimumSectionSize(m_table->fontMetrics().averageCharWidth() * 14);
    // Columns fit their contents on each reload and can then be widened; the follow-up fills the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit openRequested(m_model->summary(index.row()).id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HomeView::updateButtons);

    m_openButton->setObjectName(u"openCaseButton"_qs);
    m_openButton->setAccessibleName(tr("Open the selected case"));
    m_continueButton->setObjectName(u"homeContinueFollowUpButton"_qs);
    m_continueButton->setAccessibleName(tr("Continue the selected follow-up"));
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const QUuid id = selectedCase(); !id.isNull())
            emit openRequested(id);
    });
    connect(m_continueButton, &QPushButton::clicked, this, [this] {
        if (const QUuid id = selectedCase(); !id.isNull())
            emit continueFollowUpRequested(id);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_continueButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_loadingLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_emptyLabel);
    layout->addLayout(buttons);
    updateButtons();
}

void HomeView::reload(const QUuid &select)
{
    m_keep = select.isNull() ? selectedCase() : select;
    m_loadingLabel->setVisible(m_model->rowCount() == 0); // a list already shown stays until the new one is in
    m_model->reload();
}

bool HomeView::isLoading() const
{
    return m_model->isLoading();
}

void HomeView::showOpening(bool opening)
{
    m_loadingLabel->setText(opening ? tr("Opening the case… (Esc cancels)") : tr("Loading your cases…"));
    m_loadingLabel->setAccessibleName(m_loadingLabel->text());
    m_loadingLabel->setVisible(opening || (m_model->isLoading() && m_model->rowCount() == 0));
    if (opening) {
        m_openButton->setEnabled(false);
        m_continueButton->setEnabled(false);
    } else {
        m_continueButton->setEnabled(true);
        updateButtons();
    }
}

void HomeView::showLoaded()
{
    m_failed = false;
    m_loadingLabel->hide();
    m_errorLabel->hide();
    m_emptyLabel->setVisible(m_model->rowCount() == 0);
    const int row = m_model->rowOf(m_keep);
    this->select(row >= 0 ? row : 0);
    m_table->resizeColumnsToContents();
    updateButtons();
    emit reloaded();
}

void HomeView::showLoadFailed(const StorageError &error)
{
    m_failed = true;
    m_loadingLabel->hide();
    m_errorLabel->setText(StorageProblem::describeRetried(
            tr("The case list cannot be read."), error, tr("The list is read again as soon as the database answers.")));
    m_errorLabel->setAccessibleName(m_errorLabel->text());
    m_errorLabel->show();
    emit reloaded();
}

void HomeView::select(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
}

QUuid HomeView::selectedCase() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->summary(current.row()).id : QUuid();
}

void HomeView::focusList()
{
    m_table->setFocus(Qt::OtherFocusReason);
}

void HomeView::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    m_openButton->setEnabled(current.isValid());
    m_continueButton->setVisible(current.isValid() && m_model->summary(current.row()).status == CaseStatus::FollowUp);
}

} // namespace ww
