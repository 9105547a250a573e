// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Case.h"

#include <QJsonObject>

#include <optional>

namespace ww {

/// A whole case as JSON, for the local journal. Every field round-trips exactly.
class CaseJson
{
public:
    static QJsonObject toJson(const Case &caseData);
    /// Null when \a object is not a case written by toJson (a journal damaged on disk).
    static std::optional<Case> fromJson(const QJsonObject &object);
};

} // namespace ww
