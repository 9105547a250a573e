// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/TreeAnalyticsDocument.h"

#include "VocabularyNames.h"
#include "review/MonitoringReport.h"
#include "review/ReportFormat.h"
#include "review/ReportNames.h"
#include "review/TreeAnalytics.h"
#include "tree/DecisionTree.h"

#include <QLocale>

#include <algorithm>

namespace ww {

namespace {

QString count(const ShownCount &value, const QLocale &locale)
{
    return value ? locale.toString(*value) : u"<"_qs + QString::number(TreeAnalytics::smallestShownCount);
}

QString duration(const std::optional<int> &seconds)
{
    if (!seconds)
        return u"–"_qs;
    return QString::asprintf("%d:%02d", *seconds / 60, *seconds % 60);
}

/// "Does not fit: 7, <5 …" for the categories that are not a shown 0.
QString changes(const QList<TreeAnalyticsChange> &list, const QLocale &locale)
{
    QStringList parts;
    for (const TreeAnalyticsChange &change : list) {
        if (change.count && *change.count == 0)
            continue;
        const QString name = change.category.isEmpty() ? VocabularyNames::notRecorded()
                                                       : VocabularyNames::referralChangeReason(change.category);
        parts << name + u": "_qs + count(change.count, locale);
    }
    return parts.join(u"; "_qs);
}

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

PdfDocument TreeAnalyticsDocument::pdf(const TreeAnalytics &analytics, const DecisionTree &tree,
                                       const QString &language)
{
    const QLocale locale(language);
    const ReportFormat format(locale);
    PdfDocument document;
    document.title = tr("Tree analytics");
    QString html = u"<h1>"_qs + document.title.toHtmlEscaped() + u"</h1><p>"_qs
            + tr("Tree %1, contacts opened from %2: %3.")
                      .arg(analytics.treeIdentity(), format.period(analytics.period()),
                           count(analytics.contacts(), locale))
                      .toHtmlEscaped()
            + u"</p><p>"_qs + MonitoringReport::suppressionNote().toHtmlEscaped() + u"</p>"_qs;

    QList<QStringList> questions;
    QList<QStringList> outcomes;
    QList<ReportChart::Series> stopped{{tr("Stopped here"), {}}};
    QStringList stoppedNodes;
    for (const TreeAnalyticsNode &figures : analytics.nodes()) {
        const TreeNode *node = tree.node(figures.nodeId);
        const QString text = node ? ReportNames::firstSentence(node->text.in(language)) : QString();
        if (figures.outcome) {
            outcomes << QStringList{figures.nodeId,
                                    text,
                                    count(figures.passed, locale),
                                    duration(figures.medianSeconds),
                                    changes(figures.removed, locale),
                                    changes(figures.added, locale)};
        } else {
            questions << QStringList{figures.nodeId, text, count(figures.passed, locale),
                                     count(figures.stopped, locale), duration(figures.medianSeconds)};
            if (figures.stopped && *figures.stopped > 0) {
                stoppedNodes << figures.nodeId;
                stopped[0].values << double(*figures.stopped);
            }
        }
    }
    html += u"<h2>"_qs + tr("Questions").toHtmlEscaped() + u"</h2>"_qs
            + table({tr("Node"), tr("Question"), tr("Passed"), tr("Stopped here"), tr("Median time (m:ss)")},
                    questions);
    if (!stoppedNodes.isEmpty()) {
        document.charts.append(
                {u"stopped"_qs, tr("Where walks stopped"), ReportChart::Shape::Bars, stoppedNodes, stopped});
        html += u"<p align=\"center\"><img src=\"chart:stopped\" width=\"620\" /></p>"_qs;
    }
    html += u"<h2>"_qs + tr("Outcomes").toHtmlEscaped() + u"</h2>"_qs
            + table({tr("Node"), tr("Outcome"), tr("Reached"), tr("Median time (m:ss)"), tr("Referrals removed"),
                     tr("Referrals added")},
                    outcomes);
    document.html = html;
    return document;
}

} // namespace ww
