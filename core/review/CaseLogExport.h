// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/CaseLogFilter.h"

#include <QCoreApplication>

namespace ww {

/// The filtered case log as CSV, one row per case, with the columns of the case log view.
class CaseLogExport
{
    Q_DECLARE_TR_FUNCTIONS(ww::CaseLogExport)

public:
    static QString columnTitle(CaseLogColumn column);
    /// The cell's text as stored (codes, ISO dates and times), as the CSV holds it.
    static QString cellText(const CaseLogRow &row, CaseLogColumn column);

    /// The CSV's header row: the case id, then the columns of the view.
    static QStringList headerCells();
    /// One case as a CSV row, in the order of headerCells().
    static QStringList cells(const CaseLogRow &row);
};

} // namespace ww
