// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Case.h"
#include "storage/Database.h"

#include <QList>
#include <QUuid>

#include <functional>

namespace ww::test {

/// Seven cases with known answers for the case log, the timeline and the reports (see
/// ReviewSeed.cpp for the table). Cases 1–6 are opened on 2–7 March 2026, case 7 on 10 April 2026.
/// Every note holds a unique marker word "notemarker<N>"; owners are "anna", "bram", "carla".
struct ReviewSeed
{
    /// \a adjust may change case N (1-based) before it is saved: a closed case cannot be changed after.
    explicit ReviewSeed(Database &database, const std::function<void(int, Case &)> &adjust = {});

    /// The id of case \a number (1-based).
    QUuid id(int number) const { return ids.at(number - 1); }
    /// The case numbers of \a caseIds, in their order.
    QList<int> numbers(const QList<QUuid> &caseIds) const;

    QList<QUuid> ids;
    QString treeIdentity;
};

} // namespace ww::test
