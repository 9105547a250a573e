// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DeskPalette.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

namespace ww {

namespace {

const QString settingsKey = QStringLiteral("appearance/theme");
DeskPalette::Appearance currentAppearance = DeskPalette::Appearance::System;
QString systemStyle; ///< the style the desk started with, for going back to System

QColor hex(const char *value)
{
    return QColor(QLatin1String(value));
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, hex("#202124"));
    palette.setColor(QPalette::WindowText, hex("#e8eaed"));
    palette.setColor(QPalette::Base, hex("#17181a"));
    palette.setColor(QPalette::AlternateBase, hex("#2a2b2e"));
    palette.setColor(QPalette::Text, hex("#e8eaed"));
    palette.setColor(QPalette::Button, hex("#2d2e31"));
    palette.setColor(QPalette::ButtonText, hex("#e8eaed"));
    palette.setColor(QPalette::BrightText, hex("#ffffff"));
    palette.setColor(QPalette::Highlight, hex("#8ab4f8"));
    palette.setColor(QPalette::HighlightedText, hex("#111111"));
    palette.setColor(QPalette::Link, hex("#8ab4f8"));
    palette.setColor(QPalette::LinkVisited, hex("#c58af9"));
    palette.setColor(QPalette::ToolTipBase, hex("#2d2e31"));
    palette.setColor(QPalette::ToolTipText, hex("#e8eaed"));
    palette.setColor(QPalette::PlaceholderText, hex("#9aa0a6"));
    palette.setColor(QPalette::Light, hex("#4a4b4f"));
    palette.setColor(QPalette::Midlight, hex("#3a3b3e"));
    palette.setColor(QPalette::Mid, hex("#2a2b2e"));
    palette.setColor(QPalette::Dark, hex("#101112"));
    palette.setColor(QPalette::Shadow, hex("#000000"));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, hex("#8f949a"));
    return palette;
}

QPalette highContrastPalette()
{
    QPalette palette;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                                           QPalette::ToolTipBase, QPalette::Dark, QPalette::Shadow, QPalette::Mid})
        palette.setColor(role, black);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::BrightText, QPalette::ToolTipText,
          QPalette::Light, QPalette::Midlight})
        palette.setColor(role, white);
    palette.setColor(QPalette::Highlight, hex("#ffff00"));
    palette.setColor(QPalette::HighlightedText, black);
    palette.setColor(QPalette::Link, hex("#00ffff"));
    palette.setColor(QPalette::LinkVisited, hex("#ff80ff"));
    palette.setColor(QPalette::PlaceholderText, hex("#c8c8c8"));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, hex("#a8a8a8"));
    return palette;
}

/// Fusion draws the edges of fields and check boxes a shade darker than the window: on a dark or black window
/// they vanish. One application-wide style sheet draws them in a line colour that shows, and focus in the
/// highlight colour; nothing else in the desk sets these.
QString controlEdges(DeskPalette::Appearance appearance)
{
    if (appearance == DeskPalette::Appearance::System)
        return {};
    const bool high = appearance == DeskPalette::Appearance::HighContrast;
    const QPalette palette = DeskPalette::palette(appearance);
    const QString width = high ? QStringLiteral("2px") : QStringLiteral("1px");
    const QString line = high ? QStringLiteral("#ffffff") : QStringLiteral("#9aa0a6");
    const QString base = palette.color(QPalette::Base).name();
    const QString focus = palette.color(QPalette::Highlight).name();
    return QStringLiteral("QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator"
                          " { width: 13px; height: 13px; border: %1 solid %2; background: %3; }"
                          " QRadioButton::indicator { border-radius: 7px; }"
                          " QCheckBox::indicator:checked, QRadioButton::indicator:checked,"
                          " QAbstractItemView::indicator:checked { background: %4; }"
                          " QCheckBox::indicator:focus, QRadioButton::indicator:focus { border-color: %4; }"
                          " QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox { border: %1 solid %2; }"
                          " QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus"
                          " { border: %1 solid %4; }"
                          // Lists, tables, choice boxes and buttons: Fusion's dark edges vanish there too.
                          " QAbstractItemView { border: %1 solid %2; }"
                          " QAbstractItemView:focus { border: %1 solid %4; }"
                          " QComboBox { border: %1 solid %2; border-radius: 2px; padding: 2px 4px; }"
                          " QComboBox:focus { border-color: %4; }"
                          " QPushButton, QToolButton[popupMode=\"1\"], QToolButton[popupMode=\"2\"]"
                          " { border: %1 solid %2; border-radius: 3px; padding: 3px 10px; background: %5; }"
                          " QPushButton:focus, QToolButton:focus { border-color: %4; }"
                          " QPushButton:pressed { background: %3; }"
                          " QPushButton:disabled { border-color: %6; }")
            .arg(width, line, base, focus, palette.color(QPalette::Button).name(),
                 palette.color(QPalette::Disabled, QPalette::Text).name());
}

double luminance(const QColor &colour)
{
    const auto channel
            = [](double value) { return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

} // namespace

DeskPalette::Appearance DeskPalette::current()
{
    return currentAppearance;
}

void DeskPalette::apply(Appearance appearance)
{
    currentAppearance = appearance;
    auto *application = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!application)
        return;
    if (systemStyle.isEmpty())
        systemStyle = QApplication::style()->name();
    if (appearance == Appearance::System) {
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(palette(appearance));
    }
    application->setStyleSheet(controlEdges(appearance));
}

DeskPalette::Appearance DeskPalette::stored()
{
    const QString value = QSettings().value(settingsKey).toString();
    if (value == QStringLiteral("dark"))
        return Appearance::Dark;
    if (value == QStringLiteral("high-contrast"))
        return Appearance::HighContrast;
    return Appearance::System;
}

void DeskPalette::store(Appearance appearance)
{
    QSettings().setValue(settingsKey,
                         appearance == Appearance::Dark                   ? QStringLiteral("dark")
                                 : appearance == Appearance::HighContrast ? QStringLiteral("high-contrast")
                                                                          : QStringLiteral("system"));
}

QPalette DeskPalette::palette(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Dark:
        return darkPalette();
    case Appearance::HighContrast:
        return highContrastPalette();
    case Appearance::System:
        break;
    }
    return QApplication::style() ? QApplication::style()->standardPalette() : QPalette();
}

QColor DeskPalette::color(Role role, Appearance appearance)
{
    // Light (System), dark, high contrast.
    const auto pick = [appearance](const char *light, const char *dark, const char *high) {
        return hex(appearance == Appearance::Dark ? dark : appearance == Appearance::HighContrast ? high : light);
    };
    switch (role) {
    case Role::ErrorText:
        return pick("#8b0000", "#ff8a80", "#ffff00");
    case Role::WarningBackground:
        return pick("#fff0c0", "#4a3b00", "#000000");
    case Role::WarningBorder:
        return pick("#b36b00", "#ffb74d", "#ffff00");
    case Role::WarningText:
        return pick("#000000", "#ffffff", "#ffff00");
    case Role::DangerBackground:
        return pick("#8b0000", "#b3261e", "#ffff00");
    case Role::DangerText:
        return pick("#ffffff", "#ffffff", "#000000");
    case Role::InfoBackground:
        return pick("#dbeafe", "#1e3a5f", "#000080");
    case Role::SuccessBackground:
        return pick("#e8f5e9", "#1b4d2e", "#004000");
    case Role::BannerText:
        return pick("#000000", "#ffffff", "#ffffff");
    case Role::DueBackground:
        return pick("#ffe08a", "#5c4a00", "#000080");
    case Role::RefusedBackground:
        return pick("#ffd6d6", "#5c1f1f", "#800000");
    // Swatches: darker on a light window, brighter on a dark or black one.
    case Role::AgentAvailable:
        return pick("#1b7f3b", "#5dd68a", "#00ff66");
    case Role::AgentInChat:
        return pick("#1f5fbf", "#7fb2ff", "#33ccff");
    case Role::AgentOnCall:
        return pick("#7b2fa8", "#d08cff", "#ff66ff");
    case Role::AgentWrapUp:
        return pick("#b36b00", "#ffb74d", "#ffcc00");
    case Role::AgentBreak:
        return pick("#6b6b6b", "#b0b0b0", "#cccccc");
    case Role::AgentOffline:
        return pick("#a31f1f", "#ff6b6b", "#ff4444");
    case Role::AgentOtherWork:
        return pick("#8a4b2a", "#e0a07a", "#ff9966");
    case Role::DiagramQuestion:
        return pick("#dde8f6", "#1e3a5f", "#000080");
    case Role::DiagramOutcome:
        return pick("#dcf0dc", "#1b4d2e", "#004000");
    case Role::DiagramLine:
        return pick("#707070", "#9aa0a6", "#ffffff");
    case Role::DiagramSelection:
        return pick("#004aad", "#8ab4f8", "#ffff00");
    }
    return {};
}

QColor DeskPalette::textOn(const QColor &background)
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrast(black, background) >= contrast(white, background) ? black : white;
}

QString DeskPalette::errorTextStyle()
{
    return QStringLiteral("color: %1; font-weight: bold;").arg(color(Role::ErrorText).name());
}

QString DeskPalette::bannerStyle(const QString &selector, Role background)
{
    return QStringLiteral("%1 { background: %2; color: %3; }")
            .arg(selector, color(background).name(), color(Role::BannerText).name());
}

QString DeskPalette::name(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Dark:
        return tr("&Dark");
    case Appearance::HighContrast:
        return tr("&High contrast");
    case Appearance::System:
        break;
    }
    return tr("&System colours");
}

double DeskPalette::contrast(const QColor &first, const QColor &second)
{
    const double a = luminance(first);
    const double b = luminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

} // namespace ww
