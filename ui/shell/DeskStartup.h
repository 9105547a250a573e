// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DatabaseUrl.h"

#include <QStringList>

#include <QUrl>

#include <optional>

class QApplication;

namespace ww {

/// What `wegwijzer-desk` is asked to do by its command line.
struct DeskOptions
{
    QString language;                    ///< UI language; empty: the saved choice, else Dutch
    QString treeFile;                    ///< empty: the shipped tree
    QString directoryFile;               ///< empty: the shipped directory
    std::optional<DatabaseUrl> database; ///< empty: the embedded default in the user's data directory
    bool quitWhenReady = false;
    QUrl chatGateway; ///< empty: the one used before, if any
};

/// Starts the desktop: options, translations, content, the case database, main window.
class DeskStartup
{
public:
    /// Whether the command line only asks for --help or --version: text that needs no display.
    static bool onlyPrints(int argc, const char *const *argv);
    /// Parses the arguments; on a usage error returns false with \a error set. Prints --help and
    /// --version and exits.
    static bool parse(const QStringList &arguments, DeskOptions *options, QString *error);
    /// Runs the desktop until it quits and returns the exit code.
    static int run(QApplication &app);
    /// How often the desk looks for a newer published tree: WW_TREE_VERSION_POLL_SECONDS, else every
    /// few minutes.
    static int treeVersionInterval();
    /// Who owns the cases this desktop opens: the operating-system user.
    static QString owner();
};

} // namespace ww
