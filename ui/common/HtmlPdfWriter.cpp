// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/HtmlPdfWriter.h"

#include "common/ReportChartRenderer.h"

#include <QApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace ww {

QString HtmlPdfWriter::write(const QString &html, const QString &title, const QString &path)
{
    return write(PdfDocument{title, html, {}}, path);
}

QString HtmlPdfWriter::write(const PdfDocument &document, const QString &path)
{
    return write(prepare(document), path);
}

HtmlPdfWriter::Prepared HtmlPdfWriter::prepare(const PdfDocument &document)
{
    Prepared prepared{document.title, document.html, {}, {}};
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        prepared.problem = tr("writing a PDF needs the graphical part of Qt, which did not start");
        return prepared;
    }
    if (!document.charts.isEmpty() && !qobject_cast<QApplication *>(QCoreApplication::instance())) {
        prepared.problem = tr("drawing the charts of a PDF needs Qt Widgets, which did not start");
        return prepared;
    }
    for (const ReportChart &chart : document.charts)
        prepared.images.append(
                {u"chart:"_qs + chart.id, ReportChartRenderer::render(chart, ReportChartRenderer::documentWidth)});
    return prepared;
}

QString HtmlPdfWriter::write(const Prepared &document, const QString &path)
{
    if (!document.problem.isEmpty())
        return document.problem;
    // Written next to the target and renamed over it, so a failed run leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(document.title);
        pdf.setCreator(u"Wegwijzer Desk"_qs);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        // QTextDocument::print() adds 2 cm on each side itself and numbers the pages in that margin; with
        // none of ours it keeps 2 mm for the printer: 22 mm in all.
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        QTextDocument text;
        for (const auto &[url, image] : document.images)
            text.addResource(QTextDocument::ImageResource, QUrl(url), image);
        text.setHtml(document.html);
        text.print(&pdf);
    }
    if (!file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace ww
