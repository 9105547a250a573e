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
    // A second call (the first-run assistant's language) replaces the first language rather than adding to it.
    for (QTranslator *earlier : app.findChildren<QTranslator *>(u"wwTranslator"_qs, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(earlier);
        delete earlier;
    }
    auto *qtTranslator = new QTranslator(&app);
    qtTranslator->setObjectName(u"wwTranslator"_qs);
    if (qtTranslator->load(u"qtbase_"_qs + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *ownTranslator = new QTranslator(&app);
    ownTranslator->setObjectName(u"wwTranslator"_qs);
    if (!ownTranslator->load(u":/i18n/wegwijzer_"_qs + language + u".qm"_qs))
        return false;
    QCoreApplication::installTranslator(ownTranslator);
    return true;
}

} // namespace ww
