// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tree/TreeWalker.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ww {

class ReferralDirectory;

/// Describes where a walk stands, for `wegwijzer-admin tree walk` (as JSON or as text).
class TreeWalkReport
{
    Q_DECLARE_TR_FUNCTIONS(ww::TreeWalkReport)

public:
    /// {"path": [ids], "node": {"id", "kind", "text", "options": [{"id","label"}], "referrals": [ids], "whiteSpot"}}
    static QJsonObject toJson(const TreeWalker &walker, const QString &language);
    static QString toText(const TreeWalker &walker, const ReferralDirectory &directory, const QString &language);
};

} // namespace ww
