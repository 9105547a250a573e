// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace ww {

/// Loads the program's own translations and Qt's for \a language ("nl", the default, or "en").
/// Returns false when the program's translation could not be loaded.
bool installTranslations(QCoreApplication &app, const QString &language);

} // namespace ww
