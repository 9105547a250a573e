// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalTimeZone.h"
#include "admin/AdminCli.h"
#include "admin/AdminCommandHooks.h"
#include "chat/CallSimulator.h"
#include "common/HtmlPdfWriter.h"

#include <QApplication>

#include <memory>

int main(int argc, char *argv[])
{
    ww::settleLocalTimeZone();
    // Only PDF output needs Qt GUI (fonts, page layout) and Widgets (Qt Charts draws with widget styles);
    // it runs without a display.
    bool wantsPdf = false;
    for (int i = 1; i < argc; ++i)
        wantsPdf = wantsPdf || qstrcmp(argv[i], "pdf") == 0 || qstrcmp(argv[i], "--format=pdf") == 0;
    if (wantsPdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(wantsPdf ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("wegwijzer-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WW_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    ww::AdminCli cli(out, err);
    cli.setPdfWriter([](const ww::PdfDocument &document, const QString &path) {
        return ww::HtmlPdfWriter::write(document, path);
    });
    ww::AdminCommandHooks::setCallCommand(
            [&out, &err](const QStringList &arguments) { return ww::chat::CallCli(out, err).run(arguments); },
            ww::chat::CallCli::usage());
    return cli.run(QCoreApplication::arguments());
}
