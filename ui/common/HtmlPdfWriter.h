// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReportChart.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>

namespace ww {

/// Prints an HTML document (from core's reports and exports) to an A4 PDF file. Needs a
/// QGuiApplication, and a QApplication when the document has charts (Qt Charts draws with widget
/// styles); neither needs a display. The text stays selectable and searchable in the PDF.
class HtmlPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(ww::HtmlPdfWriter)

public:
    /// Returns what went wrong, or an empty text.
    static QString write(const QString &html, const QString &title, const QString &path);
    /// The same, with the charts drawn where the HTML has <img src="chart:ID">.
    static QString write(const PdfDocument &document, const QString &path);

    /// A document whose charts are drawn already: what is left can run on any thread.
    struct Prepared
    {
        QString title;
        QString html;
        QList<QPair<QString, QImage>> images; ///< "chart:ID" and its picture
        QString problem;                      ///< not empty: nothing can be written
    };
    /// Draws the charts; on the GUI thread (Qt Charts draws with widgets).
    static Prepared prepare(const PdfDocument &document);
    /// Lays out and writes the prepared document; safe on a thread of its own (text and pictures are
    /// painted into the PDF, which Qt allows off the GUI thread).
    static QString write(const Prepared &document, const QString &path);
};

} // namespace ww
