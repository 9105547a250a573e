// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReportChart.h"

#include <QCoreApplication>

#include <optional>

namespace ww {

class StaffingReport;

/// The staffing report as a printed document: per agent and day, then per hour of the chat queue.
class StaffingDocument
{
    Q_DECLARE_TR_FUNCTIONS(ww::StaffingDocument)

public:
    /// \a language: nl or en (the translation is installed by the caller).
    static PdfDocument pdf(const StaffingReport &report, const QString &language);
    /// "1:02:03" for hours, "4:05" below an hour; "–" for nothing.
    static QString duration(std::optional<qint64> seconds);
};

} // namespace ww
