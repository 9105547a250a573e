// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AppTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ww {

bool installTranslations(QCoreApplication &app, const QString &language)
{
    QLocale::setDefault(QLocale(language));
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(u"qtbase_"_qs + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *ownTranslator = new QTranslator(&app);
    if (!ownTranslator->load(u":/i18n/wegwijzer_"_qs + language + u".qm"_qs))
        return false;
    QCoreApplication::installTranslator(ownTranslator);
    return true;
}

} // namespace ww
