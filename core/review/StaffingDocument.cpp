// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/StaffingDocument.h"

#include "review/ReportFormat.h"
#include "review/StaffingReport.h"

#include <QLocale>

namespace ww {

namespace {

QString table(const QStringList &headings, const QList<QStringList> &rows)
{
    QString html = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"_qs;
    for (const QString &heading : headings)
        html += u"<th align=\"left\">"_qs + heading.toHtmlEscaped() + u"</th>"_qs;
    html += u"</tr>"_qs;
    for (const QStringList &row : rows) {
        html += u"<tr>"_qs;
        for (const QString &cell : row)
            html += u"<td>"_qs + cell.toHtmlEscaped() + u"</td>"_qs;
        html += u"</tr>"_qs;
    }
    return html + u"</table>"_qs;
}

} // namespace

QString StaffingDocument::duration(std::optional<qint64> seconds)
{
    if (!seconds)
        return u"–"_qs;
    const qint64 s = *seconds;
    if (s >= 3600)
        return QString::asprintf("%lld:%02lld:%02lld", s / 3600, (s / 60) % 60, s % 60);
    return QString::asprintf("%lld:%02lld", s / 60, s % 60);
}

PdfDocument StaffingDocument::pdf(const StaffingReport &report, const QString &language)
{
    const QLocale locale(language);
    const ReportFormat format(locale);
    PdfDocument document;
    document.title = tr("Staffing");
    QString html = u"<h1>"_qs + document.title.toHtmlEscaped() + u"</h1><p>"_qs
            + tr("Days from %1, in Dutch time. Times are hours:minutes:seconds; handling runs from opening a case "
                 "to the end of the contact, wrap-up from the end of the contact to closing the case.")
                      .arg(format.period(report.period()))
                      .toHtmlEscaped()
            + u"</p>"_qs;

    html += u"<h2>"_qs + tr("Per agent and day").toHtmlEscaped() + u"</h2>"_qs;
    QList<QStringList> rows;
    for (const StaffingAgentDay &day : report.agentDays()) {
        rows.append({day.agent, locale.toString(day.day, QLocale::ShortFormat),
                     duration(day.seconds(AgentState::Available)), duration(day.seconds(AgentState::OnCall)),
                     duration(day.seconds(AgentState::InChat)), duration(day.seconds(AgentState::WrapUp)),
                     duration(day.seconds(AgentState::Break)), duration(day.seconds(AgentState::OtherWork)),
                     locale.toString(day.phoneContacts), locale.toString(day.chatContacts),
                     duration(day.averageHandlingSeconds()), duration(day.averageWrapUpSeconds())});
    }
    html += rows.isEmpty() ? u"<p>"_qs + tr("No agent states or contacts in this period.").toHtmlEscaped() + u"</p>"_qs
                           : table({tr("Agent"), tr("Day"), tr("Available"), tr("On a call"), tr("In chat"),
                                    tr("Wrap-up"), tr("Break"), tr("Other work"), tr("Phone contacts"),
                                    tr("Chat contacts"), tr("Average handling"), tr("Average wrap-up")},
                                   rows);

    html += u"<h2>"_qs + tr("Chats per hour").toHtmlEscaped() + u"</h2>"_qs;
    QList<QStringList> hours;
    for (const StaffingHour &hour : report.hours()) {
        hours.append({locale.toString(hour.day, QLocale::ShortFormat),
                      u"%1:00"_qs.arg(hour.hour, 2, 10, QLatin1Char('0')), locale.toString(hour.offered),
                      locale.toString(hour.answered), locale.toString(hour.answeredWithinTarget),
                      locale.toString(hour.abandoned)});
    }
    html += hours.isEmpty()
            ? u"<p>"_qs + tr("No chats in this period.").toHtmlEscaped() + u"</p>"_qs
            : table({tr("Day"), tr("Hour"), tr("Offered"), tr("Answered"),
                     tr("Answered within %1 s").arg(StaffingReport::AnswerTargetSeconds), tr("Abandoned")},
                    hours);
    document.html = html;
    return document;
}

} // namespace ww
