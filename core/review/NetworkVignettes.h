// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReportPeriods.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QStringList>

namespace ww {

class Database;
class ReportNames;

/// A case flagged for the expertise network, as the network may see it: the supervisor's summary, the
/// path through the tree, themes, caller role, school type, the parties referred and changed with the
/// reasons' categories, the white spot and its category, and the month of contact. Never notes,
/// transcripts, free-text reasons, ids, agent names or exact dates: they are not even read.
struct Vignette
{
    struct Referral
    {
        QString party;
        bool added = false;
        bool removed = false;
        QString reasonCategory;
    };

    QString month; ///< YYYY-MM, in Dutch time
    QString summary;
    QString treeIdentity;
    QString callerRole;
    QString schoolType;
    QString outcome;
    bool whiteSpot = false;
    QString whiteSpotCategory;
    QStringList themes;
    QList<std::pair<QString, QString>> path; ///< question node and the answer chosen there
    QList<Referral> referrals;
};

/// Exports the cases flagged for the expertise network (by their latest review) that were opened in a
/// period. Every export is recorded in the audit log. On PostgreSQL the database does it, before it
/// gives anything: ww_record_network_export commits the entry, and ww_network_vignettes gives the
/// vignettes only for an entry committed earlier; both refuse anyone but supervisors and
/// administrators. On SQLite the program records the export in the transaction that reads it.
class NetworkVignettes
{
    Q_DECLARE_TR_FUNCTIONS(ww::NetworkVignettes)

public:
    static constexpr auto action = u"network-cases-exported";

    /// Reads the vignettes and records the export. Throws StorageError when the database refuses.
    static QList<Vignette> exportFor(Database &database, const ReportPeriod &period, const QString &actor,
                                     const QDateTime &now);

    /// The vignettes for a file: codes beside their names, the path in words.
    static QJsonDocument json(const QList<Vignette> &vignettes, const ReportPeriod &period, const ReportNames &names);
    /// The vignettes as a document for the PDF writer, one after the other.
    static QString html(const QList<Vignette> &vignettes, const ReportPeriod &period, const ReportNames &names);
    /// The answers of the path in words, joined with arrows.
    static QStringList pathInWords(const Vignette &vignette, const ReportNames &names);
};

} // namespace ww
