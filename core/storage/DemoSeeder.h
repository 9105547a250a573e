// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Case.h"
#include "storage/DemoDistribution.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <functional>
#include <memory>

namespace ww {

class Database;
class DecisionTree;
class ReferralDirectory;

/// Writes realistic synthetic cases for demos and benchmarks: walks through the tree weighted by
/// DemoDistribution (few acute contacts; caller roles, school types and themes in plausible shares),
/// coded fields, notes, referrals with changes and their reasons, white spots, follow-ups, spread over
/// two years with weekly and daily rhythms. Everything is made up; no text comes from a real contact.
/// The same seed and \a now always give the same cases.
class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(ww::DemoSeeder)

public:
    struct Options
    {
        qint64 cases = 1000;
        quint32 seed = 1;
        QStringList owners;    ///< whose cases they are; cycled through
        QDateTime now;         ///< cases end before this moment
        int batchSize = 50000; ///< cases per transaction: fewer, larger commits write far less
    };

    DemoSeeder(Database &database, std::shared_ptr<const DecisionTree> tree,
               std::shared_ptr<const ReferralDirectory> directory, DemoDistribution distribution = {});

    /// Writes the cases; calls \a progress after each batch with the number written so far.
    void seed(const Options &options, const std::function<void(qint64)> &progress = {});

    /// One synthetic case (public for tests).
    Case makeCase(QRandomGenerator &random, const QString &owner, const QDateTime &now) const;
    const DemoDistribution &distribution() const { return m_distribution; }

private:
    static QUuid randomId(QRandomGenerator &random);

    Database &m_database;
    std::shared_ptr<const DecisionTree> m_tree;
    std::shared_ptr<const ReferralDirectory> m_directory;
    DemoDistribution m_distribution;
};

} // namespace ww
