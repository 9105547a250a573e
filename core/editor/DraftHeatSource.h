// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReportPeriods.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace ww {

class DecisionTree;

/// Where the editor learns how many contacts passed each node of a published tree in a period, for the
/// heat overlay on its drawing. The work must not block the window: \a done gets the answer later, on the
/// window's thread, unless \a receiver is gone by then.
class DraftHeatSource
{
public:
    struct Result
    {
        QHash<QString, double> heat; ///< node id → share of the contacts that passed it (0 to 1); hidden ones left out
        std::optional<qint64> contacts; ///< contacts in the period; nullopt when hidden (too few)
        QString error;                  ///< why it failed, for the content manager
    };

    virtual ~DraftHeatSource() = default;
    virtual void load(std::shared_ptr<const DecisionTree> tree, const ReportPeriod &period, QObject *receiver,
                      std::function<void(Result)> done)
            = 0;
};

} // namespace ww
