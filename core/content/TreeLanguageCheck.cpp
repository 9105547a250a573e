// SPDX-License-Identifier: GPL-3.0-or-later
#include "TreeLanguageCheck.h"

#include "Vocabulary.h"
#include "content/PupilBranches.h"
#include "tree/DecisionTree.h"
#include "json/JsonSourceMap.h"

#include <optional>

namespace ww {

namespace {

/// One text of a node meant for callers. Its JSON path is only built for a warning: most texts have none.
struct CallerText
{
    const LocalizedText *text;
    const char16_t *list; ///< "options" or "referrals"; null for the node's own text
    qsizetype index;
    const char16_t *field; ///< "text", "label" or "script"

    /// The way from the node to the text in \a language.
    QList<JsonSourceMap::Step> steps(const QString &language) const
    {
        QList<JsonSourceMap::Step> way;
        if (list)
            way << JsonSourceMap::Step{QString::fromUtf16(list)} << JsonSourceMap::Step{{}, index};
        return way << JsonSourceMap::Step{QString::fromUtf16(field)} << JsonSourceMap::Step{language};
    }

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

/// Where the warnings are in the file. Made at the first warning, it reads only the nodes that have one, so a
/// large tree with many warnings is never recorded whole (as JsonSourceMap::scan() would).
class WarningLocator
{
public:
    explicit WarningLocator(const JsonInput &input)
        : m_input(input)
    { }

    SourceLocation inString(qsizetype node, const QList<JsonSourceMap::Step> &steps, qsizetype utf16Offset,
                            const QString &path)
    {
        const qsizetype at = offset(node, steps);
        return at < 0 ? m_input.sourceMap().locationInString(path, utf16Offset)
                      : m_map->locationInStringAt(at, utf16Offset);
    }

    SourceLocation value(qsizetype node, const QList<JsonSourceMap::Step> &steps, const QString &path)
    {
        const qsizetype at = offset(node, steps);
        return at < 0 ? m_input.sourceMap().valueLocation(path) : m_map->locationOfOffset(at);
    }

private:
    qsizetype offset(qsizetype node, const QList<JsonSourceMap::Step> &steps)
    {
        if (!m_map) {
            m_map = JsonSourceMap::forText(m_input.bytes);
            m_nodeStarts = m_map->elements(m_map->find(0, {JsonSourceMap::Step{u"nodes"_qs}}));
        }
        if (node >= m_nodeStarts.size())
            return -1;
        if (steps.size() < 2 || steps.at(1).index < 0)
            return m_map->find(m_nodeStarts.at(node), steps);
        // A node's warnings are often in several of its options or referrals: find each list's elements once.
        if (node != m_listsNode) {
            m_lists.clear();
            m_listsNode = node;
        }
        auto list = m_lists.find(steps.at(0).key);
        if (list == m_lists.end())
            list = m_lists.insert(steps.at(0).key, m_map->elements(m_map->find(m_nodeStarts.at(node), {steps.at(0)})));
        const qsizetype index = steps.at(1).index;
        return index < list->size() ? m_map->find(list->at(index), steps.mid(2)) : -1;
    }

    const JsonInput &m_input;
    std::optional<JsonSourceMap> m_map;
    QList<qsizetype> m_nodeStarts;
    qsizetype m_listsNode = -1;
    QHash<QString, QList<qsizetype>> m_lists; ///< element starts of m_listsNode's options and referrals
};

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
    WarningLocator locate(input);
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
                    warn(locate.inString(n, callerText.steps(language), hint.start, path), hint.message, path);
                }
            }
        }
        for (qsizetype e = 0; e < node.languageExceptions.size(); ++e) {
            if (used.at(e))
                continue;
            const LanguageException &exception = node.languageExceptions.at(e);
            const QString path = JsonPath::index(JsonPath::member(nodePath, u"languageExceptions"_qs), e);
            const QList<JsonSourceMap::Step> steps{JsonSourceMap::Step{u"languageExceptions"_qs},
                                                   JsonSourceMap::Step{{}, e}};
            warn(locate.value(n, steps, path),
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
