// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseRepository.h"

#include <QByteArray>
#include <QJsonObject>

namespace ww {

/// A case as the PostgreSQL function ww_save_case takes it (migration 008): one JSON object, so that a
/// save is one round trip, and the function's answer: what the database filled in itself.
class CaseSaveRequest
{
public:
    /// \a draft, when given, is the note being typed, saved with the case (empty: none).
    static QByteArray toJson(const Case &caseData, const QString *draft = nullptr);

    struct Answer
    {
        int rowVersion = 0; ///< 0: the stored case is newer; only the notes were saved
        SavedCase saved;
    };
    /// Throws StorageError when \a json is not an answer of ww_save_case.
    static Answer parseAnswer(const QByteArray &json);
};

} // namespace ww
