// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ww {

/// One problem found in an input file, located as precisely as the input allows.
struct Diagnostic
{
    /// An error makes the file invalid; a warning is advice (plain language, for example) that leaves it valid.
    enum class Severity { Error, Warning };

    QString file;
    int line = 0;   ///< 1-based; 0 when the problem concerns the file as a whole
    int column = 0; ///< 1-based, counted in characters
    QString message;
    QString jsonPath; ///< e.g. $.nodes[3].options[0].next; empty when not applicable
    Severity severity = Severity::Error;

    bool isWarning() const { return severity == Severity::Warning; }
    /// FILE:LINE:COLUMN: error: MESSAGE [at JSONPATH] ("warning:" for a warning)
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

} // namespace ww
