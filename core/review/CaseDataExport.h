// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/CaseRecord.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ww {

/// Everything stored about one case, for a data subject's access request (AVG art. 15): as JSON
/// for machines and as an HTML document that a PDF writer outside core prints.
class CaseDataExport
{
    Q_DECLARE_TR_FUNCTIONS(ww::CaseDataExport)

public:
    static QJsonDocument json(const CaseRecord &record, const QDateTime &exportedAt);
    static QString html(const CaseRecord &record, const QDateTime &exportedAt);
};

} // namespace ww
