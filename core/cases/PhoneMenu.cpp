// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneMenu.h"

#include "Vocabulary.h"
#include "tree/DecisionTree.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ww {

const PhoneMenu &PhoneMenu::shipped()
{
    static const PhoneMenu menu = [] {
        QFile file(u":/telephony/menu.json"_qs);
        QString error;
        std::optional<PhoneMenu> read
                = file.open(QIODevice::ReadOnly) ? fromJson(file.readAll(), &error) : std::nullopt;
        if (!read)
            qFatal("the shipped phone menu does not load: %s", qPrintable(error));
        return *read;
    }();
    return menu;
}

std::optional<PhoneMenu> PhoneMenu::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("the phone menu is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(u"format"_qs).toInt() != 1) {
        *error = tr("the phone menu's \"format\" must be 1");
        return std::nullopt;
    }
    static const QRegularExpression choiceForm(QRegularExpression::anchoredPattern(u"[0-9A-Za-z*#-]{1,16}"_qs));
    PhoneMenu menu;
    const QJsonObject choices = root.value(u"choices"_qs).toObject();
    for (auto it = choices.begin(); it != choices.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QJsonObject label = entry.value(u"label"_qs).toObject();
        Choice choice{label.value(u"nl"_qs).toString(), label.value(u"en"_qs).toString(),
                      entry.value(u"callerRole"_qs).toString(), entry.value(u"firstAnswer"_qs).toString()};
        if (!choiceForm.match(it.key()).hasMatch() || choice.label_nl.isEmpty() || choice.label_en.isEmpty()) {
            *error = tr("phone menu choice \"%1\": a choice is 1 to 16 of 0-9 A-Z a-z * # -, with a label in nl "
                        "and en")
                             .arg(it.key().left(32));
            return std::nullopt;
        }
        if (!choice.callerRole.isEmpty() && !Vocabulary::callerRoles().contains(choice.callerRole)) {
            *error = tr("phone menu choice \"%1\": \"%2\" is not a caller role").arg(it.key(), choice.callerRole);
            return std::nullopt;
        }
        menu.m_choices.insert(it.key(), choice);
    }
    const QJsonObject languages = root.value(u"languages"_qs).toObject();
    for (auto it = languages.begin(); it != languages.end(); ++it) {
        if (!Vocabulary::callerLanguages().contains(it.value().toString())) {
            *error = tr("phone menu language \"%1\": \"%2\" is not a caller language")
                             .arg(it.key(), it.value().toString());
            return std::nullopt;
        }
        menu.m_languages.insert(it.key(), it.value().toString());
    }
    menu.m_otherLanguage = root.value(u"otherLanguage"_qs).toString();
    if (!menu.m_otherLanguage.isEmpty() && !Vocabulary::callerLanguages().contains(menu.m_otherLanguage)) {
        *error = tr("the phone menu's \"otherLanguage\" is not a caller language");
        return std::nullopt;
    }
    return menu;
}

QString PhoneMenu::label(const QString &choice, const QString &language) const
{
    const auto found = m_choices.constFind(choice);
    if (found == m_choices.cend())
        return choice;
    return language == u"en" ? found->label_en : found->label_nl;
}

QString PhoneMenu::callerLanguage(const QString &phoneLanguage) const
{
    return m_languages.value(phoneLanguage, m_otherLanguage);
}

PhoneMenu::Prefill PhoneMenu::prefill(const QStringList &choices, const QString &phoneLanguage,
                                      const std::shared_ptr<const DecisionTree> &tree, const QDateTime &at) const
{
    Prefill prefill;
    prefill.callerLanguage = callerLanguage(phoneLanguage);
    for (const QString &code : choices) {
        const auto found = m_choices.constFind(code);
        if (found == m_choices.cend())
            continue; // a choice this desk does not know: the agent asks
        if (!found->callerRole.isEmpty())
            prefill.callerRole = found->callerRole;
        // Only the first question, and only once: what follows the agent asks, as the tree says.
        if (!found->firstAnswer.isEmpty() && prefill.walk.isEmpty() && tree) {
            TreeWalker walker(tree, [at] { return at; });
            if (walker.answer(found->firstAnswer))
                prefill.walk = walker.path();
        }
    }
    return prefill;
}

} // namespace ww
