// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QWidget>

class QDateEdit;
class QLabel;
class QTabWidget;

namespace ww {

class AsyncStorage;
class FileWriteLane;
class BusyLine;
class ChartPanel;
class CountTableModel;
class RequestLane;
class StorageError;
struct DashboardData;

/// The supervisor's dashboard for a period: contacts per week by channel and by theme, referrals
/// per party, white spots, where in the tree callers stop, handling time and follow-ups due. Each
/// chart has its numbers as a table and exports to PNG and CSV; the anonymised monitoring report
/// for the expertise network is one button away. The numbers are counted on the storage thread; a
/// line says so and offers to stop, and the charts keep the numbers shown until new ones are in.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    enum class Chart { ContactsByChannel, ContactsByTheme, Referrals, WhiteSpots, DropOff, HandlingTime, FollowUps };
    static constexpr int chartCount = int(Chart::FollowUps) + 1;

    explicit DashboardView(AsyncStorage &storage, QWidget *parent = nullptr);

    /// Names for party ids and tree node ids (from the directory and the tree); codes are shown
    /// otherwise. The charts and tables shown take them at once.
    void setNames(const QHash<QString, QString> &partyNames, const QHash<QString, QString> &nodeNames);

    void setPeriod(const QDate &from, const QDate &to);
    /// The day follow-ups are due against (today unless a test sets another).
    void setToday(const QDate &today) { m_today = today; }
    /// Starts reading the numbers for the period (a reading still on its way is dropped);
    /// numbersShown() follows, or the problem is shown.
    void reload();
    /// Drops what is on its way, and says so.
    void stop();
    bool isBusy() const;

    CountTableModel *model(Chart chart) const { return m_models.at(int(chart)); }
    ChartPanel *panel(Chart chart) const { return m_panels.at(int(chart)); }

    /// Starts writing the monitoring report for the period; reportFinished() tells how it went.
    void exportMonitoringReport(const QString &path, bool pdf);

signals:
    void numbersShown();
    /// \a problem is empty when the report was written.
    void reportFinished(const QString &problem);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showNumbers(const DashboardData &numbers);
    void chooseReportFile();
    void updateBusy();
    void showProblem(const QString &message);
    QString weekLabel(const QString &monday) const;

    RequestLane *m_numbersLane;
    RequestLane *m_reportLane;
    FileWriteLane *m_writeLane;
    QHash<QString, QString> m_partyNames;
    QHash<QString, QString> m_nodeNames;
    QDate m_today;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    BusyLine *m_busyLine;
    QLabel *m_errorLabel;
    QTabWidget *m_tabs;
    QList<CountTableModel *> m_models;
    QList<ChartPanel *> m_panels;
};

} // namespace ww
