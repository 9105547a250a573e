// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace ww {

class CaseSession;

/// The case's life in order: opened, hold, contact ended, follow-up, closed.
class CaseHistoryList : public QListWidget
{
    Q_OBJECT

public:
    explicit CaseHistoryList(CaseSession &session, QWidget *parent = nullptr);

private:
    void showEvents();

    CaseSession &m_session;
    qsizetype m_shown = -1;
};

} // namespace ww
