// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ww {

class CaseListModel;
class CaseWork;
class StorageError;

/// The agent's home list: open cases with due follow-ups first, then recent ones. Enter or a
/// double click opens the selected case. The list loads off the GUI thread; meanwhile it says so.
class HomeView : public QWidget
{
    Q_OBJECT

public:
    HomeView(CaseWork &work, const QString &owner, QWidget *parent = nullptr);

    CaseListModel *model() const { return m_model; }
    /// Reads the list again, keeping \a select (or the current case) selected once it is there.
    void reload(const QUuid &select = {});
    bool isLoading() const;
    /// The last reading of the list failed (the list says why); reload() tries again.
    bool hasFailed() const { return m_failed; }
    /// A case chosen here is being read: the list says so and takes no second choice meanwhile.
    void showOpening(bool opening);
    QUuid selectedCase() const;
    /// Focus on the list, on the selected case.
    void focusList();

signals:
    void openRequested(const QUuid &caseId);
    void continueFollowUpRequested(const QUuid &caseId);

signals:
    /// The list (re)loaded, or failed to.
    void reloaded();

private:
    void showLoaded();
    void showLoadFailed(const StorageError &error);
    void updateButtons();
    void select(int row);

    QUuid m_keep;
    bool m_failed = false;
    CaseListModel *m_model;
    QLabel *m_titleLabel;
    QLabel *m_hintLabel;
    QLabel *m_errorLabel;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    QLabel *m_loadingLabel;
    QPushButton *m_openButton;
    QPushButton *m_continueButton;
};

} // namespace ww
