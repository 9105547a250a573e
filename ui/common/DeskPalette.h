// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace ww {

/// The desk's colours, from one place. An appearance (the system's colours, dark, or high contrast) gives
/// the application's palette and the few colours of the desk's own — errors, the saving warning, hold,
/// presence — chosen to stay readable on that palette. Widgets take their colours from here, never from
/// colour literals of their own. The choice is kept in the settings (View → Appearance).
class DeskPalette
{
    Q_DECLARE_TR_FUNCTIONS(ww::DeskPalette)

public:
    enum class Appearance { System, Dark, HighContrast };
    enum class Role {
        ErrorText,         ///< an error in a form or window, on the window's background
        WarningBackground, ///< the saving warning, the wrap-up checklist when it matters
        WarningBorder,
        WarningText,
        DangerBackground, ///< on hold
        DangerText,
        InfoBackground,    ///< someone else has this case open
        SuccessBackground, ///< handed over to you
        BannerText,        ///< text on the info and success backgrounds
        DueBackground,     ///< a follow-up due today, in the case list
        RefusedBackground, ///< a chat the gateway refused
        // An agent's state in the live view: a swatch beside the name, told apart from the others.
        AgentAvailable,
        AgentInChat,
        AgentOnCall,
        AgentWrapUp,
        AgentBreak,
        AgentOtherWork,
        AgentOffline,
        // The tree editor's drawing: boxes for questions and outcomes, the lines between them, the chosen box.
        DiagramQuestion,
        DiagramOutcome,
        DiagramLine,
        DiagramSelection,
    };

    /// The appearance in use (System until apply() is called).
    static Appearance current();
    /// Makes \a appearance the application's: its palette (on the Fusion style for dark and high contrast,
    /// which follows the palette everywhere) and the colours color() gives from now on. Windows opened
    /// before keep the colours of their own until they are opened again; the palette changes at once.
    static void apply(Appearance appearance);
    /// The appearance kept in the settings, and keeping one.
    static Appearance stored();
    static void store(Appearance appearance);

    static QColor color(Role role, Appearance appearance);
    static QColor color(Role role) { return color(role, current()); }
    /// Black or white, whichever reads better on \a background (text on a coloured box).
    static QColor textOn(const QColor &background);
    /// The palette of \a appearance; for System, the style's own.
    static QPalette palette(Appearance appearance);
    /// Bold text in the error colour, as a style sheet.
    static QString errorTextStyle();
    /// A banner's style sheet for \a selector: \a background with the text colour that goes with it.
    static QString bannerStyle(const QString &selector, Role background);

    static QString name(Appearance appearance);
    /// The contrast ratio of two colours as WCAG 2 defines it, from 1 to 21.
    static double contrast(const QColor &first, const QColor &second);
};

} // namespace ww
