// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/StorageDraftHeat.h"

#include "review/TreeAnalytics.h"
#include "storage/AsyncStorage.h"
#include "tree/DecisionTree.h"

namespace ww {

StorageDraftHeat::StorageDraftHeat(AsyncStorage &storage)
    : m_storage(storage)
{ }

void StorageDraftHeat::load(std::shared_ptr<const DecisionTree> tree, const ReportPeriod &period, QObject *receiver,
                            std::function<void(Result)> done)
{
    m_storage.run<Result>(
            receiver,
            [tree, period](Database &database) {
                const TreeAnalytics analytics = TreeAnalytics::read(database, *tree, period);
                Result result;
                result.contacts = analytics.contacts();
                for (const TreeAnalyticsNode &node : analytics.nodes()) {
                    if (const std::optional<double> heat = analytics.heat(node.nodeId))
                        result.heat.insert(node.nodeId, *heat);
                }
                return result;
            },
            [done = std::move(done)](StorageResult<Result> answer) {
                if (answer.ok())
                    done(std::move(*answer.value));
                else
                    done(Result{{}, std::nullopt, answer.error ? answer.error->message() : QString()});
            });
}

} // namespace ww
