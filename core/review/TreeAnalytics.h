// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/CsvWriter.h"
#include "review/MonitoringReport.h"
#include "review/ReportPeriods.h"

#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>

#include <optional>

namespace ww {

class Database;
class DecisionTree;

/// A count as published: std::nullopt when it is hidden (below the threshold, or one that would give
/// such a count away).
using ShownCount = std::optional<qint64>;

struct TreeAnalyticsAnswer
{
    QString optionId;
    QString nextNodeId;
    ShownCount chosen; ///< contacts that went on with this answer
};

struct TreeAnalyticsChange
{
    QString category; ///< a code of Vocabulary::referralRemovalReasons() or referralAdditionReasons(); "" = none
    ShownCount count; ///< referrals removed (or added) with this reason at this outcome
};

/// The figures of one node. Questions have stopped and answers; outcomes have removed and added.
struct TreeAnalyticsNode
{
    QString nodeId;
    bool outcome = false;
    ShownCount passed;                ///< contacts whose path (without steps taken back) went through it
    ShownCount stopped;               ///< questions: walks that ended here unanswered
    std::optional<int> medianSeconds; ///< from reaching the node to the next step (or the contact's end)
    QList<TreeAnalyticsAnswer> answers;
    QList<TreeAnalyticsChange> removed;
    QList<TreeAnalyticsChange> added;
};

/// Where the contacts of one tree version went in a period: per node how many passed it, where walks
/// stopped, which answers were chosen, which outcomes were reached, the referrals agents removed and
/// added there by reason category, and the median time spent. Counts only, no case ids or times of
/// single contacts; every count below 5 is hidden, and so is every count the others would give away
/// (SmallCellSuppression over the equations of the tree, docs/tree-analytics.md).
///
/// On PostgreSQL the figures come from ww_tree_analytics, which aggregates and hides small counts in
/// the database itself, so content managers read them without reading any case. The nodes come in the
/// tree's order; the list is the same for the same data. For the editor's heat overlay use heat().
class TreeAnalytics
{
    Q_DECLARE_TR_FUNCTIONS(ww::TreeAnalytics)

public:
    static constexpr qint64 smallestShownCount = MonitoringReport::smallestShownCount;

    /// One figure as the database gives it; count nullopt: hidden there already.
    struct Row
    {
        QString measure; ///< passed, stopped, chosen, removed, added
        QString nodeId;
        QString item;     ///< chosen: the option id
        QString category; ///< removed, added: the reason category
        ShownCount count;
        std::optional<int> medianSeconds; ///< passed only
    };

    /// Cases of \a tree (by identity) opened in \a period. Throws StorageError.
    static TreeAnalytics read(Database &database, const DecisionTree &tree, const ReportPeriod &period);
    /// The figures from rows read before; suppression is applied here.
    static TreeAnalytics fromRows(const DecisionTree &tree, const ReportPeriod &period, const QList<Row> &rows);

    QString treeIdentity() const { return m_treeIdentity; }
    ReportPeriod period() const { return m_period; }
    const QList<TreeAnalyticsNode> &nodes() const { return m_nodes; }
    const TreeAnalyticsNode *node(const QString &nodeId) const;
    /// The contacts in the period: those that passed the start node.
    ShownCount contacts() const { return m_contacts; }
    /// For a heat overlay: the share of all contacts that passed the node, 0 to 1; nullopt when either
    /// count is hidden or there were no contacts.
    std::optional<double> heat(const QString &nodeId) const;

    /// The tidy CSV: columns node, kind, measure, item, category, label, value, suppressed; one row per
    /// figure (value empty when suppressed); measure median_seconds gives seconds. \a language: labels.
    void writeCsv(QIODevice &device, CsvWriter::Separator separator, const DecisionTree &tree,
                  const QString &language) const;

private:
    QString m_treeIdentity;
    ReportPeriod m_period;
    QList<TreeAnalyticsNode> m_nodes;
    QHash<QString, qsizetype> m_index;
    ShownCount m_contacts;
};

} // namespace ww
