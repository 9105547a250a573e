// SPDX-License-Identifier: GPL-3.0-or-later
#include "web/TreePage.h"

#include "tree/DecisionTree.h"
#include "web/ScriptSafeJson.h"
#include "web/TreePageData.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace ww {

namespace {

/// A file of the page template; they are compiled into the program, so one missing is a broken build.
QString templateFile(const QString &name)
{
    QFile file(u":/web/"_qs + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the page template resource %s is missing from this build", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

/// Fills every {{NAME}} of \a text in one pass, so a value that holds "{{...}}" itself stays as it is.
QString fill(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression marker(u"\\{\\{([A-Z_]+)\\}\\}"_qs);
    QString result;
    qsizetype from = 0;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const auto value = values.constFind(match.captured(1));
        if (value == values.cend())
            qFatal("the page template has an unknown marker %s", qPrintable(match.captured(0)));
        result += QStringView(text).mid(from, match.capturedStart() - from);
        result += value.value();
        from = match.capturedEnd();
    }
    return result + QStringView(text).mid(from);
}

QString contentSecurityPolicy(const QStringList &scripts, const QString &style, const QUrl &chatGateway)
{
    QStringList scriptSources;
    for (const QString &script : scripts)
        scriptSources.append(TreePage::hashSource(script));
    const QString connect = chatGateway.isEmpty() ? u"'none'"_qs : chatGateway.toString(QUrl::FullyEncoded);
    return u"default-src 'none'; script-src "_qs + scriptSources.join(u' ') + u"; style-src "_qs
            + TreePage::hashSource(style) + u"; img-src data:; connect-src "_qs + connect
            + u"; base-uri 'none'; form-action 'none'"_qs;
}

} // namespace

QUrl TreePage::defaultExitPage()
{
    return QUrl(u"https://www.google.nl/"_qs); // as the chat widget's
}

QString TreePage::inlineScript(const QString &script)
{
    static const QRegularExpression closing(u"</(script)"_qs, QRegularExpression::CaseInsensitiveOption);
    QString safe = script;
    safe.replace(closing, u"<\\/\\1"_qs);
    safe.replace(u"<!--"_qs, u"<\\!--"_qs);
    return safe;
}

QString TreePage::hashSource(const QString &inlineText)
{
    const QByteArray digest = QCryptographicHash::hash(inlineText.toUtf8(), QCryptographicHash::Sha256);
    return u"'sha256-"_qs + QString::fromLatin1(digest.toBase64()) + u'\'';
}

QByteArray TreePage::render(const DecisionTree &tree, const ReferralDirectory &directory,
                            const TreePageSettings &settings)
{
    const QString style = templateFile(u"tree-page.css"_qs);
    if (style.contains(u"</"))
        qFatal("tree-page.css must not contain \"</\": it would end its <style> element");
    const QString script = inlineScript(templateFile(u"tree-page.js"_qs));

    QJsonObject data = TreePageData::build(tree, directory);
    data.insert(u"exitUrl"_qs, settings.exitPage.toString(QUrl::FullyEncoded));
    // The phone code comes from the chat gateway, so the page offers it only with one.
    if (!settings.phoneNumber.isEmpty() && !settings.chatGateway.isEmpty())
        data.insert(u"phone"_qs,
                    QJsonObject{{u"number"_qs, settings.phoneNumber},
                                {u"gateway"_qs, settings.chatGateway.toString(QUrl::FullyEncoded)}});

    QHash<QString, QString> values{
            {u"CSP"_qs, QString()},         {u"TITLE"_qs, tree.title().nl.toHtmlEscaped()},
            {u"STYLE"_qs, style},           {u"DATA"_qs, QString::fromUtf8(ScriptSafeJson::encode(data))},
            {u"SCRIPT"_qs, script},         {u"CHAT_MOUNT"_qs, QString()},
            {u"CHAT_SCRIPT"_qs, QString()},
    };
    QStringList scripts{script};
    if (!settings.chatGateway.isEmpty()) {
        const QString widget = inlineScript(templateFile(u"chat-widget.js"_qs));
        scripts.prepend(widget);
        values[u"CHAT_MOUNT"_qs] = u"    <div id=\"wegwijzer-chat\" data-gateway=\""_qs
                + settings.chatGateway.toString(QUrl::FullyEncoded).toHtmlEscaped() + u"\" data-exit-url=\""_qs
                + settings.exitPage.toString(QUrl::FullyEncoded).toHtmlEscaped() + u"\" data-lang=\"nl\""_qs
                + (settings.phoneNumber.isEmpty()
                           ? QString()
                           : QString(u" data-phone=\""_qs + settings.phoneNumber.toHtmlEscaped() + u'"'))
                + u"></div>"_qs;
        values[u"CHAT_SCRIPT"_qs] = u"<script>"_qs + widget + u"</script>"_qs;
    }
    values[u"CSP"_qs] = contentSecurityPolicy(scripts, style, settings.chatGateway).toHtmlEscaped();
    return fill(templateFile(u"tree-page.html"_qs), values).toUtf8();
}

} // namespace ww
