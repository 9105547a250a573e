// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/CaseLogFilter.h"
#include "review/CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace ww {

class CaseLogQuery;

/// The filtered case log as CSV, one row per case, with the columns of the case log view.
class CaseLogExport
{
    Q_DECLARE_TR_FUNCTIONS(ww::CaseLogExport)

public:
    static QString columnTitle(CaseLogColumn column);
    /// The cell's text as stored (codes, ISO dates and times), as the CSV holds it.
    static QString cellText(const CaseLogRow &row, CaseLogColumn column);

    /// Writes a header row and every row of \a query; returns the number of cases written.
    static qint64 write(CaseLogQuery &query, QIODevice &device, CsvWriter::Separator separator);
};

} // namespace ww
