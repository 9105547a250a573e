// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/TreeAnalytics.h"

#include "Vocabulary.h"
#include "review/ReportNames.h"
#include "review/SmallCellSuppression.h"
#include "storage/Database.h"
#include "tree/DecisionTree.h"

#include <QSqlQuery>

namespace ww {

namespace {

QString keyOf(const QString &measure, const QString &nodeId, const QString &item = {}, const QString &category = {})
{
    return measure + u'\x1f' + nodeId + u'\x1f' + item + u'\x1f' + category;
}

/// The categories of each change, with "" (none recorded: cases saved before categories existed) last.
QStringList withNone(QStringList categories)
{
    categories << QString();
    return categories;
}

ShownCount shown(const SmallCellSuppression &suppression, int cell)
{
    return suppression.isHidden(cell) ? ShownCount() : ShownCount(suppression.count(cell));
}

} // namespace

TreeAnalytics TreeAnalytics::read(Database &database, const DecisionTree &tree, const ReportPeriod &period)
{
    const QVariantMap bindings{{u"tree_identity"_qs, tree.identity()},
                               {u"period_start"_qs, period.startUtc()},
                               {u"period_end"_qs, period.endUtc()}};
    QList<Row> rows;
    QSqlQuery &query = database.run(u"tree_analytics"_qs, bindings);
    while (query.next()) {
        Row row{query.value(0).toString(),
                query.value(1).toString(),
                query.value(2).toString(),
                query.value(3).toString(),
                {},
                {}};
        if (!query.isNull(4))
            row.count = query.value(4).toLongLong();
        if (!query.isNull(5))
            row.medianSeconds = query.value(5).toInt();
        rows.append(row);
    }
    query.finish();
    return fromRows(tree, period, rows);
}

TreeAnalytics TreeAnalytics::fromRows(const DecisionTree &tree, const ReportPeriod &period, const QList<Row> &rows)
{
    QHash<QString, const Row *> byKey;
    for (const Row &row : rows)
        byKey.insert(keyOf(row.measure, row.nodeId, row.item, row.category), &row);

    // Every figure is a cell, also when nothing was counted: a missing one would tell it is 0. A count
    // the database hid already enters as 0, which hides it here too.
    SmallCellSuppression suppression(smallestShownCount);
    auto cell = [&](const QString &measure, const QString &nodeId, const QString &item = {},
                    const QString &category = {}) {
        const Row *row = byKey.value(keyOf(measure, nodeId, item, category));
        return suppression.addCell(row && row->count ? *row->count : 0);
    };

    struct Cells
    {
        int passed = -1;
        int stopped = -1;
        QList<int> answers;
        QList<int> removed;
        QList<int> added;
    };
    const QStringList removalCategories = withNone(Vocabulary::referralRemovalReasons());
    const QStringList additionCategories = withNone(Vocabulary::referralAdditionReasons());
    QList<Cells> cells;
    QHash<QString, QList<int>> leadingTo; // node id → the answers that lead there
    for (const TreeNode &node : tree.nodes()) {
        Cells nodeCells;
        nodeCells.passed = cell(u"passed"_qs, node.id);
        if (!node.isOutcome()) {
            nodeCells.stopped = cell(u"stopped"_qs, node.id);
            for (const TreeOption &option : node.options) {
                nodeCells.answers << cell(u"chosen"_qs, node.id, option.id);
                leadingTo[option.nextNodeId] << nodeCells.answers.last();
            }
            // Every walk through a question stops there or goes on with one answer.
            suppression.addSum(nodeCells.passed, QList<int>{nodeCells.stopped} + nodeCells.answers);
        } else {
            for (const QString &category : removalCategories)
                nodeCells.removed << cell(u"removed"_qs, node.id, {}, category);
            for (const QString &category : additionCategories)
                nodeCells.added << cell(u"added"_qs, node.id, {}, category);
        }
        cells << nodeCells;
    }
    // A node is reached only through the answers that lead to it.
    for (qsizetype i = 0; i < tree.nodes().size(); ++i) {
        const QList<int> answers = leadingTo.value(tree.nodes().at(i).id);
        if (!answers.isEmpty())
            suppression.addSum(cells.at(i).passed, answers);
    }
    suppression.apply();

    TreeAnalytics analytics;
    analytics.m_treeIdentity = tree.identity();
    analytics.m_period = period;
    for (qsizetype i = 0; i < tree.nodes().size(); ++i) {
        const TreeNode &node = tree.nodes().at(i);
        const Cells &nodeCells = cells.at(i);
        TreeAnalyticsNode figures;
        figures.nodeId = node.id;
        figures.outcome = node.isOutcome();
        figures.passed = shown(suppression, nodeCells.passed);
        if (figures.passed) {
            const Row *passedRow = byKey.value(keyOf(u"passed"_qs, node.id));
            figures.medianSeconds = passedRow ? passedRow->medianSeconds : std::nullopt;
        }
        if (!node.isOutcome())
            figures.stopped = shown(suppression, nodeCells.stopped);
        for (qsizetype a = 0; a < node.options.size(); ++a)
            figures.answers.append({node.options.at(a).id, node.options.at(a).nextNodeId,
                                    shown(suppression, nodeCells.answers.at(a))});
        for (qsizetype c = 0; c < nodeCells.removed.size(); ++c)
            figures.removed.append({removalCategories.at(c), shown(suppression, nodeCells.removed.at(c))});
        for (qsizetype c = 0; c < nodeCells.added.size(); ++c)
            figures.added.append({additionCategories.at(c), shown(suppression, nodeCells.added.at(c))});
        analytics.m_index.insert(node.id, analytics.m_nodes.size());
        analytics.m_nodes.append(figures);
    }
    if (const TreeAnalyticsNode *start = analytics.node(tree.startNodeId()))
        analytics.m_contacts = start->passed;
    return analytics;
}

const TreeAnalyticsNode *TreeAnalytics::node(const QString &nodeId) const
{
    const auto found = m_index.constFind(nodeId);
    return found == m_index.cend() ? nullptr : &m_nodes.at(*found);
}

std::optional<double> TreeAnalytics::heat(const QString &nodeId) const
{
    const TreeAnalyticsNode *figures = node(nodeId);
    if (!figures || !figures->passed || !m_contacts || *m_contacts == 0)
        return std::nullopt;
    return double(*figures->passed) / double(*m_contacts);
}

void TreeAnalytics::writeCsv(QIODevice &device, CsvWriter::Separator separator, const DecisionTree &tree,
                             const QString &language) const
{
    CsvWriter csv(device, separator, CsvWriter::ByteOrderMark::Without);
    csv.writeRow({u"node"_qs, u"kind"_qs, u"measure"_qs, u"item"_qs, u"category"_qs, u"label"_qs, u"value"_qs,
                  u"suppressed"_qs});
    auto row = [&](const TreeAnalyticsNode &node, const QString &measure, const QString &item, const QString &category,
                   const QString &label, const std::optional<qint64> &value) {
        csv.writeRow({node.nodeId, node.outcome ? u"outcome"_qs : u"question"_qs, measure, item, category, label,
                      value ? QString::number(*value) : QString(), value ? u"false"_qs : u"true"_qs});
    };
    for (const TreeAnalyticsNode &figures : m_nodes) {
        const TreeNode *node = tree.node(figures.nodeId);
        const QString text = node ? ReportNames::firstSentence(node->text.in(language)) : QString();
        row(figures, u"passed"_qs, {}, {}, text, figures.passed);
        if (!figures.outcome)
            row(figures, u"stopped"_qs, {}, {}, text, figures.stopped);
        row(figures, u"median_seconds"_qs, {}, {}, text,
            figures.medianSeconds ? std::optional<qint64>(*figures.medianSeconds) : std::nullopt);
        for (const TreeAnalyticsAnswer &answer : figures.answers) {
            const TreeOption *option = node ? node->option(answer.optionId) : nullptr;
            row(figures, u"chosen"_qs, answer.optionId, {}, option ? option->label.in(language) : QString(),
                answer.chosen);
        }
        for (const TreeAnalyticsChange &change : figures.removed)
            row(figures, u"removed"_qs, {}, change.category, text, change.count);
        for (const TreeAnalyticsChange &change : figures.added)
            row(figures, u"added"_qs, {}, change.category, text, change.count);
    }
}

} // namespace ww
