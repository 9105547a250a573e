// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ww {

/// What people read for the codes of Vocabulary, in the language of the installed translation
/// (Dutch in the desk by default; the source texts are English). The desk, its supervision windows
/// and the reports all name codes through here, so a theme reads the same everywhere. An unknown
/// code is returned as it is.
class VocabularyNames
{
    Q_DECLARE_TR_FUNCTIONS(ww::VocabularyNames)

public:
    static QString callerRole(const QString &code);
    static QString schoolType(const QString &code);
    /// One or two words, for the headings of a table's columns.
    static QString callerRoleShort(const QString &code);
    static QString schoolTypeShort(const QString &code);
    static QString theme(const QString &code);
    /// The caller's language (Vocabulary::callerLanguages), e.g. "Arabic".
    static QString callerLanguage(const QString &code);
    static QString whiteSpotReason(const QString &code);
    /// A reason for removing a suggested party or for adding one (both lists).
    static QString referralChangeReason(const QString &code);
    /// For an empty code: the field was left empty.
    static QString notRecorded();
};

} // namespace ww
