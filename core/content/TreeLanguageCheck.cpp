// SPDX-License-Identifier: GPL-3.0-or-later
#include "TreeLanguageCheck.h"

#include "Vocabulary.h"
#include "content/PupilBranches.h"
#include "tree/DecisionTree.h"
#include "json/JsonSourceMap.h"

namespace ww {

namespace {

/// One text of a node meant for callers. Its JSON path is only built for a warning: most texts have none.
struct CallerText
{
    const LocalizedText *text;
    const char16_t *list; ///< "options" or "referrals"; null for the node's own text
    qsizetype index;
    const char16_t *field; ///< "text", "label" or "script"

    QString path(const QString &nodePath) const
    {
        const QString parent
                = list ? JsonPath::index(JsonPath::member(nodePath, QString::fromUtf16(list)), index) : nodePath;
        return JsonPath::member(parent, QString::fromUtf16(field));
    }
};

QList<CallerText> callerTexts(const TreeNode &node)
{
    QList<CallerText> texts{{&node.text, nullptr, 0, u"text"}};
    for (qsizetype i = 0; i < node.options.size(); ++i)
        texts.append({&node.options.at(i).label, u"options", i, u"label"});
    for (qsizetype i = 0; i < node.referrals.size(); ++i)
        texts.append({&node.referrals.at(i).script, u"referrals", i, u"script"});
    return texts;
}

QString simplified(const QString &text)
{
    return text.simplified();
}

bool excuses(const LanguageException &exception, const LanguageHint &hint, const QString &language, QStringView text)
{
    if (exception.rule != LanguageHint::ruleCode(hint.rule))
        return false;
    if (!exception.language.isEmpty() && exception.language != language)
        return false;
    if (hint.rule == LanguageHint::Rule::Jargon) {
        return exception.word.compare(hint.subject, Qt::CaseInsensitive) == 0
                || exception.word.compare(text.mid(hint.start, hint.length), Qt::CaseInsensitive) == 0;
    }
    return simplified(hint.subject).startsWith(simplified(exception.sentence), Qt::CaseInsensitive);
}

} // namespace

TreeLanguageCheck::TreeLanguageCheck(LanguageCheck check)
    : m_check(std::move(check))
{ }

Diagnostics TreeLanguageCheck::check(const DecisionTree &tree, const JsonInput &input) const
{
    Diagnostics warnings;
    const auto warn = [&](SourceLocation at, const QString &message, const QString &path) {
        warnings.append({input.fileName, at.line, at.column, message, path, Diagnostic::Severity::Warning});
    };
    const PupilBranches pupils(tree);
    const QList<TreeNode> &nodes = tree.nodes();
    for (qsizetype n = 0; n < nodes.size(); ++n) {
        const TreeNode &node = nodes.at(n);
        const QString nodePath = JsonPath::index(u"$.nodes"_qs, n);
        const LanguageAudience audience = pupils.audienceOf(n);
        QList<bool> used(node.languageExceptions.size(), false);
        for (const CallerText &callerText : callerTexts(node)) {
            for (const QString &language : Vocabulary::languages()) {
                const QString &text = language == u"en" ? callerText.text->en : callerText.text->nl;
                if (text.isEmpty())
                    continue;
                for (const LanguageHint &hint : m_check.check(text, language, audience)) {
                    bool excused = false;
                    for (qsizetype e = 0; e < node.languageExceptions.size(); ++e) {
                        if (excuses(node.languageExceptions.at(e), hint, language, text))
                            excused = used[e] = true;
                    }
                    if (excused)
                        continue;
                    const QString path = JsonPath::member(callerText.path(nodePath), language);
                    warn(input.sourceMap().locationInString(path, hint.start), hint.message, path);
                }
            }
        }
        for (qsizetype e = 0; e < node.languageExceptions.size(); ++e) {
            if (used.at(e))
                continue;
            const LanguageException &exception = node.languageExceptions.at(e);
            const QString path = JsonPath::index(JsonPath::member(nodePath, u"languageExceptions"_qs), e);
            warn(input.sourceMap().valueLocation(path),
                 exception.rule == u"jargon"
                         ? tr("this language exception for \"%1\" excuses no warning in this node; remove it")
                                   .arg(exception.word)
                         : tr("this language exception for the sentence \"%1\" excuses no warning in this node; remove "
                              "it")
                                   .arg(exception.sentence),
                 path);
        }
    }
    return warnings;
}

} // namespace ww
