// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QWidget>

class QDateEdit;
class QLabel;
class QTabWidget;

namespace ww {

class ChartPanel;
class CountTableModel;
class Database;

/// The supervisor's dashboard for a period: contacts per week by channel and by theme, referrals
/// per party, white spots, where in the tree callers stop, handling time and follow-ups due. Each
/// chart has its numbers as a table and exports to PNG and CSV; the anonymised monitoring report
/// for the expertise network is one button away.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    enum class Chart { ContactsByChannel, ContactsByTheme, Referrals, WhiteSpots, DropOff, HandlingTime, FollowUps };
    static constexpr int chartCount = int(Chart::FollowUps) + 1;

    explicit DashboardView(Database &database, QWidget *parent = nullptr);

    /// Names for party ids and tree node ids (from the directory and the tree); codes are shown
    /// otherwise. The charts and tables shown take them at once.
    void setNames(const QHash<QString, QString> &partyNames, const QHash<QString, QString> &nodeNames);

    void setPeriod(const QDate &from, const QDate &to);
    /// The day follow-ups are due against (today unless a test sets another).
    void setToday(const QDate &today) { m_today = today; }
    /// Reads the numbers for the period; shows the problem when the database cannot be read.
    void reload();

    CountTableModel *model(Chart chart) const { return m_models.at(int(chart)); }
    ChartPanel *panel(Chart chart) const { return m_panels.at(int(chart)); }

    /// Writes the monitoring report for the period; returns the problem, or an empty text.
    QString exportMonitoringReport(const QString &path, bool pdf);

private:
    void chooseReportFile();
    QString weekLabel(const QString &monday) const;

    Database &m_database;
    QHash<QString, QString> m_partyNames;
    QHash<QString, QString> m_nodeNames;
    QDate m_today;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QLabel *m_errorLabel;
    QTabWidget *m_tabs;
    QList<CountTableModel *> m_models;
    QList<ChartPanel *> m_panels;
};

} // namespace ww
