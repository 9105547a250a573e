// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace ww {

class Database;

/// A retention period as administrators write it: 90d, 12w, 18m or 2y.
struct RetentionPeriod
{
    int amount = 0;
    QChar unit; ///< d, w, m, y
    QString text;

    static std::optional<RetentionPeriod> parse(const QString &text, QString *error);
    QDateTime cutoff(const QDateTime &now) const;
};

/// Anonymises closed cases older than the period (AVG): free text is erased — notes, reasons,
/// instructions, drafts, hand-over notes — and the coded fields stay for statistics. The run is
/// recorded in the audit log and the period is kept as the database's setting.
class RetentionJob
{
    Q_DECLARE_TR_FUNCTIONS(ww::RetentionJob)

public:
    explicit RetentionJob(Database &database);

    /// The number of cases that are (or, with \a dryRun, would be) anonymised.
    int apply(const RetentionPeriod &period, const QDateTime &now, bool dryRun, const QString &actor);

private:
    Database &m_database;
};

} // namespace ww
