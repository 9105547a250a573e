// SPDX-License-Identifier: GPL-3.0-or-later
#include "web/PageAddress.h"

#include <QRegularExpression>

namespace ww {

bool PageAddress::isLocalHost(const QString &host)
{
    static const QRegularExpression loopback(QRegularExpression::anchoredPattern(u"127(\\.[0-9]{1,3}){3}"_qs));
    return host == u"localhost" || host == u"::1" || loopback.match(host).hasMatch();
}

std::optional<QUrl> PageAddress::parse(const QString &option, const QString &text, const QString &secureScheme,
                                       const QString &localScheme, bool queryAllowed, QString *problem)
{
    const auto refuse = [&](const QString &why) -> std::optional<QUrl> {
        *problem = tr("%1 \"%2\": %3").arg(option, text.left(100), why);
        return std::nullopt;
    };
    if (text.size() > MaxLength)
        return refuse(tr("longer than %1 characters").arg(MaxLength));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return refuse(tr("not a web address with a host"));
    if (url.scheme() != secureScheme && !(url.scheme() == localScheme && isLocalHost(url.host())))
        return refuse(tr("must start with %1:// (%2:// only for this computer)").arg(secureScheme, localScheme));
    if (!url.userInfo().isEmpty() || url.hasFragment() || (!queryAllowed && url.hasQuery()))
        return refuse(queryAllowed ? tr("must not contain a user name or a #fragment")
                                   : tr("must not contain a user name, a ?query or a #fragment"));
    // What the page's policy and script may hold without quoting: a policy ends a source at a space,
    // a comma or a semicolon.
    static const QRegularExpression safe(QRegularExpression::anchoredPattern(u"[A-Za-z0-9._~:/?=&%\\[\\]-]+"_qs));
    if (!safe.match(url.toString(QUrl::FullyEncoded)).hasMatch())
        return refuse(tr("contains characters a web page cannot use here"));
    return url;
}

std::optional<QUrl> PageAddress::chatGateway(const QString &text, QString *problem)
{
    return parse(u"--chat"_qs, text, u"wss"_qs, u"ws"_qs, false, problem);
}

std::optional<QString> PageAddress::phoneNumber(const QString &text, QString *problem)
{
    static const QRegularExpression form(QRegularExpression::anchoredPattern(u"\\+?[0-9][0-9 -]{1,24}"_qs));
    if (!form.match(text).hasMatch() || text.endsWith(u' ') || text.endsWith(u'-')) {
        *problem = tr("--phone \"%1\": a phone number is 2 to 25 digits, spaces and hyphens, optionally after a +")
                           .arg(text.left(100));
        return std::nullopt;
    }
    return text;
}

std::optional<QUrl> PageAddress::exitPage(const QString &text, QString *problem)
{
    return parse(u"--exit-url"_qs, text, u"https"_qs, u"http"_qs, true, problem);
}

} // namespace ww
