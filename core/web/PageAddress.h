// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUrl>

#include <optional>

namespace ww {

/// The web addresses `tree export-html` writes into a page, checked first: they end up in the page's
/// Content Security Policy and script, where a stray quote, semicolon or space would change their meaning.
/// Unencrypted addresses are accepted for this computer only (trials and tests), never for a real site.
class PageAddress
{
    Q_DECLARE_TR_FUNCTIONS(ww::PageAddress)

public:
    static constexpr qsizetype MaxLength = 2000;

    /// The chat gateway: wss://HOST[:PORT][/PATH], or ws:// to localhost; no user, query or fragment.
    static std::optional<QUrl> chatGateway(const QString &text, QString *problem);
    /// The service's phone number for the phone code: digits, spaces and hyphens, an optional leading +.
    static std::optional<QString> phoneNumber(const QString &text, QString *problem);
    /// Where "Snel weg" leads: https://HOST/..., or http:// to localhost; no user or fragment.
    static std::optional<QUrl> exitPage(const QString &text, QString *problem);

private:
    static std::optional<QUrl> parse(const QString &option, const QString &text, const QString &secureScheme,
                                     const QString &localScheme, bool queryAllowed, QString *problem);
    static bool isLocalHost(const QString &host);
};

} // namespace ww
