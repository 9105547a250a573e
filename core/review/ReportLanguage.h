// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QTranslator>

#include <memory>

namespace ww {

/// Puts a report's texts in its language for as long as this object lives: installs the program's
/// translation for "nl" or "en" (compiled into the programs that link the UI library) and removes it
/// again. The source texts are English, so English works without a translation file too.
class ReportLanguage
{
    Q_DECLARE_TR_FUNCTIONS(ww::ReportLanguage)

public:
    explicit ReportLanguage(const QString &language);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage &) = delete;
    ReportLanguage &operator=(const ReportLanguage &) = delete;

    /// What went wrong, or an empty text.
    QString problem() const { return m_problem; }

private:
    std::unique_ptr<QTranslator> m_translator;
    QString m_problem;
};

} // namespace ww
