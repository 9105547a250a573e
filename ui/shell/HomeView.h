// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ww {

class CaseListModel;
class CaseRepository;

/// The agent's home list: open cases with due follow-ups first, then recent ones. Enter or a
/// double click opens the selected case.
class HomeView : public QWidget
{
    Q_OBJECT

public:
    HomeView(CaseRepository &repository, const QString &owner, QWidget *parent = nullptr);

    CaseListModel *model() const { return m_model; }
    /// Reads the list again, keeping \a select (or the current case) selected.
    void reload(const QUuid &select = {});
    QUuid selectedCase() const;
    /// Focus on the list, on the selected case.
    void focusList();

signals:
    void openRequested(const QUuid &caseId);
    void continueFollowUpRequested(const QUuid &caseId);

private:
    void updateButtons();
    void select(int row);

    CaseListModel *m_model;
    QLabel *m_titleLabel;
    QLabel *m_hintLabel;
    QLabel *m_errorLabel;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    QPushButton *m_openButton;
    QPushButton *m_continueButton;
};

} // namespace ww
