// SPDX-License-Identifier: GPL-3.0-or-later
#include "tree/OutcomeHtml.h"

#include "common/DeskPalette.h"
#include "directory/ReferralDirectory.h"
#include "tree/DecisionTree.h"

#include <QCoreApplication>
#include <QLocale>

namespace ww {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString list(const QString &heading, const QList<LocalizedText> &items, const QString &language)
{
    if (items.isEmpty())
        return {};
    QString html = u"<p><b>"_qs + escaped(heading) + u"</b></p><ul>"_qs;
    for (const LocalizedText &item : items)
        html += u"<li>"_qs + escaped(item.in(language)) + u"</li>"_qs;
    return html + u"</ul>"_qs;
}

QString channelName(const QString &type)
{
    if (type == u"phone")
        return OutcomeHtml::tr("Phone");
    if (type == u"chat")
        return OutcomeHtml::tr("Chat");
    if (type == u"email")
        return OutcomeHtml::tr("E-mail");
    return OutcomeHtml::tr("Website");
}

QString channels(const Party &party, const QString &language)
{
    QString html = u"<p><b>"_qs + escaped(OutcomeHtml::tr("How to reach them")) + u"</b></p><ul>"_qs;
    for (const PartyChannel &channel : party.channels) {
        html += u"<li>"_qs + escaped(channelName(channel.type)) + u": "_qs + escaped(channel.value);
        if (!channel.hours.isEmpty())
            html += u" — "_qs + escaped(channel.hours.in(language));
        if (!channel.note.isEmpty())
            html += u" ("_qs + escaped(channel.note.in(language)) + u')';
        html += u"</li>"_qs;
    }
    if (!party.url.isEmpty())
        html += u"<li>"_qs + escaped(OutcomeHtml::tr("Website")) + u": "_qs + escaped(party.url) + u"</li>"_qs;
    return html + u"</ul>"_qs;
}

QString languageName(const QString &code)
{
    if (code == u"nl")
        return OutcomeHtml::tr("Dutch");
    if (code == u"en")
        return OutcomeHtml::tr("English");
    // Other languages by their own name, as a caller who speaks them would say it.
    const QLocale locale(code);
    return locale.language() == QLocale::C ? code : locale.nativeLanguageName();
}

/// Which languages the party helps in, and honestly what is not known (docs/directory-format.md). An
/// interpreter is named only where the directory names one.
QString languages(const Party &party, const QString &language)
{
    QStringList names;
    for (const QString &code : party.languages)
        names.append(languageName(code));
    const QString list = names.join(u", "_qs);
    QString text;
    if (party.interpreter.isEmpty()) {
        text = party.languagesComplete
                ? OutcomeHtml::tr("Languages: %1.").arg(list)
                : OutcomeHtml::tr("Languages: %1. Other languages or an interpreter: not known; ask the party.")
                          .arg(list);
    } else {
        const QString interpreter = party.interpreter.in(language);
        text = party.languagesComplete
                ? OutcomeHtml::tr("Languages: %1. Interpreter: %2").arg(list, interpreter)
                : OutcomeHtml::tr("Languages: %1. Other languages: not known; ask the party. Interpreter: %2")
                          .arg(list, interpreter);
    }
    return u"<p>"_qs + escaped(text) + u"</p>"_qs;
}

QString partySection(const TreeReferral &referral, const Party &party, const QString &language)
{
    QString name = party.name.in(language);
    if (!party.alternateName.isEmpty())
        name += u" ("_qs + party.alternateName + u')';
    QString html = u"<h3>"_qs + escaped(name) + u"</h3>"_qs;
    html += u"<p>"_qs + escaped(referral.script.in(language)) + u"</p>"_qs;
    html += list(OutcomeHtml::tr("What they can do"), party.can, language);
    html += list(OutcomeHtml::tr("What they cannot do"), party.cannot, language);
    html += list(OutcomeHtml::tr("Conditions"), party.conditions, language);
    html += channels(party, language);
    html += languages(party, language);
    html += u"<p><small>"_qs
            + escaped(OutcomeHtml::tr("Details last checked: %1")
                              .arg(QLocale(language).toString(party.assuredDate, QLocale::LongFormat)))
            + u"</small></p>"_qs;
    return html;
}

} // namespace

QString OutcomeHtml::render(const TreeNode &outcome, const ReferralDirectory &directory, const QString &language)
{
    QString html;
    if (outcome.urgent) {
        html += u"<table width=\"100%\" cellpadding=\"8\" bgcolor=\"%1\"><tr><td><font color=\"%2\"><b>"_qs.arg(
                        DeskPalette::color(DeskPalette::Role::DangerBackground).name(),
                        DeskPalette::color(DeskPalette::Role::DangerText).name())
                + escaped(OutcomeHtml::tr("Acute danger: act now.")) + u"</b></font></td></tr></table>"_qs;
    }
    if (outcome.whiteSpot) {
        html += u"<p><b>"_qs
                + escaped(OutcomeHtml::tr(
                        "White spot: no party really fits this situation. Record the reason in the case."))
                + u"</b></p>"_qs;
    }
    html += u"<h2>"_qs + escaped(outcome.text.in(language)) + u"</h2>"_qs;
    if (!outcome.agentNote.isEmpty())
        html += u"<p><i>"_qs + escaped(OutcomeHtml::tr("For you: %1").arg(outcome.agentNote.in(language)))
                + u"</i></p>"_qs;
    for (const TreeReferral &referral : outcome.referrals) {
        if (const Party *party = directory.party(referral.partyId))
            html += partySection(referral, *party, language);
    }
    return html;
}

} // namespace ww
