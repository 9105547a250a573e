// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;

namespace ww {

class DecisionTree;
class DraftHeatSource;

/// Chooses the period of the heat overlay: how many contacts passed each node of the published tree the
/// draft started from, in the last 30, 90 or 365 days (small counts hidden, as in `report tree`).
class HeatControl : public QWidget
{
    Q_OBJECT

public:
    explicit HeatControl(QWidget *parent = nullptr);

    /// Without a source the control is off and says why.
    void setSource(DraftHeatSource *source, std::shared_ptr<const DecisionTree> publishedTree);
    /// The last day counted (tests set their own); by default today.
    void setToday(const QDate &today) { m_today = today; }
    /// Chooses a period by its number of days; 0 takes the overlay away.
    void chooseDays(int days);
    QComboBox *periodBox() const { return m_period; }

signals:
    /// Node id → share of the contacts (0 to 1); empty: no overlay.
    void heatChanged(const QHash<QString, double> &heat);
    /// What the overlay shows, or why it shows nothing, for the status bar.
    void message(const QString &text);

private:
    void load(int days);

    QComboBox *m_period;
    QLabel *m_label;
    DraftHeatSource *m_source = nullptr;
    std::shared_ptr<const DecisionTree> m_tree;
    QDate m_today = QDate::currentDate();
    int m_request = 0; ///< answers to an earlier choice are dropped
};

} // namespace ww
