// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tree/TreeWalker.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

namespace ww {

class DecisionTree;

/// What the phone menu's choices mean for a new phone case (resources/telephony/menu.json,
/// docs/telephony.md): a choice may set who calls and may answer the tree's first question; the language
/// the caller chose becomes the case's caller language.
class PhoneMenu
{
    Q_DECLARE_TR_FUNCTIONS(ww::PhoneMenu)

public:
    struct Choice
    {
        QString label_nl;
        QString label_en;
        QString callerRole;  ///< Vocabulary::callerRoles, or empty
        QString firstAnswer; ///< an option of the tree's start node, or empty
    };

    /// How a case starts from a call.
    struct Prefill
    {
        QString callerRole;
        QString callerLanguage;
        QList<WalkStep> walk; ///< from the start node; empty when no choice answers the first question
    };

    /// The menu shipped in the program's resources.
    static const PhoneMenu &shipped();
    /// Reads a menu file's content; nothing (and \a error) when a field is missing or not from its list.
    static std::optional<PhoneMenu> fromJson(const QByteArray &json, QString *error);

    /// A choice in words, in \a language (nl or en); an unknown choice as the caller pressed it.
    QString label(const QString &choice, const QString &language) const;
    /// The case's caller language for the phone system's language code.
    QString callerLanguage(const QString &phoneLanguage) const;
    /// The case's start from the caller's \a choices and \a phoneLanguage on \a tree, the walk reached at \a at.
    Prefill prefill(const QStringList &choices, const QString &phoneLanguage,
                    const std::shared_ptr<const DecisionTree> &tree, const QDateTime &at) const;

private:
    QHash<QString, Choice> m_choices;
    QHash<QString, QString> m_languages;
    QString m_otherLanguage;
};

} // namespace ww
