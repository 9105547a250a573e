// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace ww {

class DecisionTree;
class ReferralDirectory;

struct TreePageSettings
{
    QUrl chatGateway;         ///< empty: the page offers no chat
    QUrl exitPage;            ///< where "Snel weg" leads
    QString phoneNumber = {}; ///< the service's number; with a chat gateway the page offers phone codes
};

/// The decision tree as one self-contained web page (`wegwijzer-admin tree export-html`), made from the
/// template in resources/web (tree-page.html, .css, .js, and chat-widget.js when there is a chat).
/// The page loads nothing: its Content Security Policy allows only its own inline script and style, by
/// their hashes, and a connection to the chat gateway when there is one.
class TreePage
{
public:
    /// The longest tree identity the chat protocol carries in a visitor's hello (docs/chat-protocol.md).
    static constexpr qsizetype MaxChatIdentityLength = 128;

    static QUrl defaultExitPage();
    static QByteArray render(const DecisionTree &tree, const ReferralDirectory &directory,
                             const TreePageSettings &settings);

    /// Script text that cannot end its <script> element early: "</script" and "<!--" get a backslash,
    /// which means the same in JavaScript strings, comments and regular expressions.
    static QString inlineScript(const QString &script);
    /// 'sha256-BASE64' of \a inlineText as UTF-8: a policy source allowing exactly that inline element.
    static QString hashSource(const QString &inlineText);
};

} // namespace ww
