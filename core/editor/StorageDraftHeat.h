// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/DraftHeatSource.h"

namespace ww {

class AsyncStorage;

/// The heat overlay's figures from the tree analytics (TreeAnalytics, small counts hidden), read on the
/// storage's thread.
class StorageDraftHeat : public DraftHeatSource
{
public:
    explicit StorageDraftHeat(AsyncStorage &storage);

    void load(std::shared_ptr<const DecisionTree> tree, const ReportPeriod &period, QObject *receiver,
              std::function<void(Result)> done) override;

private:
    AsyncStorage &m_storage;
};

} // namespace ww
