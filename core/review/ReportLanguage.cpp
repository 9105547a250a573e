// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportLanguage.h"

#include "Vocabulary.h"

namespace ww {

ReportLanguage::ReportLanguage(const QString &language)
{
    if (!Vocabulary::languages().contains(language)) {
        m_problem = tr("--lang must be nl or en, not \"%1\"").arg(language);
        return;
    }
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(u":/i18n/wegwijzer_"_qs + language + u".qm"_qs)) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    } else if (language != u"en") {
        m_problem = tr("this build has no translation for \"%1\"").arg(language);
    }
}

ReportLanguage::~ReportLanguage()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

} // namespace ww
