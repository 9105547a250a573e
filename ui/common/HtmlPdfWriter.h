// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ww {

/// Prints an HTML document (from core's reports and exports) to an A4 PDF file. Needs a
/// QGuiApplication; the text stays selectable and searchable in the PDF.
class HtmlPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(ww::HtmlPdfWriter)

public:
    /// Returns what went wrong, or an empty text.
    static QString write(const QString &html, const QString &title, const QString &path);
};

} // namespace ww
