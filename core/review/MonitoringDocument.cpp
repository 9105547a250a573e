// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonitoringDocument.h"

#include "VocabularyNames.h"
#include "review/MonitoringSummary.h"
#include "review/ReportNames.h"

#include <QRegularExpression>

namespace ww {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Figures are right-aligned, words left-aligned.
bool isFigure(const QString &text)
{
    static const QRegularExpression figure(u"^[-+−–<0-9.,% ()]*$"_qs);
    return figure.match(text).hasMatch();
}

struct TableStyle
{
    int namesWidth = 30;  ///< per cent of the table for the first column
    bool compact = false; ///< smaller headings, for cross tables with many columns
};

QString table(const QStringList &headings, const QList<QStringList> &rows, TableStyle style = {})
{
    const QString width = QString::number(style.namesWidth) + u'%';
    QString html = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"_qs;
    for (qsizetype i = 0; i < headings.size(); ++i) {
        html += (i == 0 ? u"<th align=\"left\" width=\""_qs + width + u"\""_qs : u"<th align=\"right\""_qs)
                + (style.compact ? u" style=\"font-size: 7.5pt\">"_qs : u">"_qs) + escaped(headings.at(i))
                + u"</th>"_qs;
    }
    html += u"</tr>"_qs;
    for (const QStringList &row : rows) {
        html += u"<tr>"_qs;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool right = i > 0 && isFigure(row.at(i));
            html += (i == 0          ? u"<td width=\""_qs + width + u"\">"_qs
                             : right ? u"<td align=\"right\">"_qs
                                     : u"<td>"_qs)
                    + escaped(row.at(i)) + u"</td>"_qs;
        }
        html += u"</tr>"_qs;
    }
    return html + u"</table>"_qs;
}

/// Room between two tables that follow each other.
const QString gap = u"<p>&nbsp;</p>"_qs;

QString chartImage(const QString &id)
{
    // 620 pixels at the document's 96 dpi: the width of the printed A4 text column.
    return u"<p align=\"center\"><img src=\"chart:"_qs + id + u"\" width=\"620\" /></p>"_qs;
}

enum class Page { Continue, New };

/// A section's heading and introduction; a section with a large chart starts on a page of its own.
QString section(const QString &title, const QString &intro, Page page = Page::Continue)
{
    return (page == Page::New ? u"<h2 style=\"page-break-before: always\">"_qs : u"<h2>"_qs) + escaped(title)
            + u"</h2>"_qs + (intro.isEmpty() ? QString() : u"<p>"_qs + escaped(intro) + u"</p>"_qs);
}

double chartValue(const MonitoringReport::Cell *cell)
{
    return cell && !cell->hidden ? double(cell->count) : 0.0;
}

} // namespace

MonitoringDocument::MonitoringDocument(const MonitoringReport &report, const ReportNames &names)
    : m_report(report)
    , m_names(names)
    , m_format(QLocale(names.language()))
{ }

const MonitoringReport::Cell *MonitoringDocument::current(const QString &dimension, const QString &value) const
{
    return m_report.find(m_report.periods.current, dimension, value);
}

const MonitoringReport::Cell *MonitoringDocument::previous(const QString &dimension, const QString &value) const
{
    return m_report.find(m_report.periods.previous, dimension, value);
}

const MonitoringReport::Cell *MonitoringDocument::yearEarlier(const QString &dimension, const QString &value) const
{
    return m_report.find(m_report.periods.yearEarlier, dimension, value);
}

QString MonitoringDocument::name(const QString &dimension, const QString &code) const
{
    return m_names.code(dimension, code);
}

PdfDocument MonitoringDocument::pdf() const
{
    return {tr("Monitoring report %1").arg(m_format.period(m_report.periods.current)), html(), charts()};
}

QString MonitoringDocument::html() const
{
    return u"<html><head><style>"
           "body { font-size: 9.5pt; } h1 { font-size: 17pt; } h2 { font-size: 13pt; margin-top: 14px; }"
           "h3 { font-size: 10.5pt; } th { background-color: #e8edf2; } .note { color: #404040; }"
           "</style></head><body>"_qs
            + header() + contactsSection() + themesSection() + trendSection() + callersSection() + whiteSpotSection()
            + changedAdviceSection() + crossSection() + outcomesSection() + aboutSection() + u"</body></html>"_qs;
}

QString MonitoringDocument::header() const
{
    const ReportPeriods &periods = m_report.periods;
    QString html = u"<h1>"_qs + escaped(tr("Monitoring report: social safety at school")) + u"</h1><p><b>"_qs
            + escaped(m_format.period(periods.current)) + u"</b><br/>"_qs
            + escaped(tr("For the expertise network. Compared with the period before (%1) and the same "
                         "period a year earlier (%2).")
                              .arg(m_format.period(periods.previous), m_format.period(periods.yearEarlier)))
            + u"</p><h2>"_qs + escaped(tr("Summary")) + u"</h2><ul>"_qs;
    for (const QString &sentence : MonitoringSummary(m_report, m_names, m_format).sentences())
        html += u"<li>"_qs + escaped(sentence) + u"</li>"_qs;
    html += u"</ul><p class=\"note\">"_qs + escaped(MonitoringReport::suppressionNote()) + u"</p>"_qs;
    // The summary is a page of its own.
    return html + u"<p style=\"page-break-after: always\">&nbsp;</p>"_qs;
}

QString MonitoringDocument::contactsSection() const
{
    QList<QStringList> rows;
    for (const auto &[dimension, value, label] : {std::tuple{u"total"_qs, QString(), tr("All contacts")},
                                                  std::tuple{u"white_spot"_qs, u"yes"_qs, tr("White spots")}}) {
        rows.append({label, m_format.count(current(dimension, value)), m_format.count(previous(dimension, value)),
                     m_format.change(current(dimension, value), previous(dimension, value)),
                     m_format.count(yearEarlier(dimension, value)),
                     m_format.change(current(dimension, value), yearEarlier(dimension, value))});
    }
    return section(tr("Contacts"), {})
            + table({QString(), tr("This period"), tr("Period before"), tr("Change"), tr("A year earlier"),
                     tr("Change")},
                    rows);
}

QStringList MonitoringDocument::byShownCount(const QString &dimension, const QStringList &codes) const
{
    QStringList shown;
    QStringList hidden;
    for (const QString &code : codes) {
        const Cell *cell = current(dimension, code);
        (ReportFormat::isShown(cell) ? shown : hidden).append(code);
    }
    std::stable_sort(shown.begin(), shown.end(), [this, &dimension](const QString &a, const QString &b) {
        return current(dimension, a)->count > current(dimension, b)->count;
    });
    return shown + hidden;
}

QString MonitoringDocument::comparisonTable(const QString &dimension, const QString &heading,
                                            const QStringList &codes) const
{
    QList<QStringList> rows;
    const Cell *total = current(u"total"_qs);
    for (const QString &code : codes) {
        rows.append({name(dimension, code), m_format.count(current(dimension, code)),
                     m_format.share(current(dimension, code), total), m_format.count(previous(dimension, code)),
                     m_format.change(current(dimension, code), previous(dimension, code)),
                     m_format.count(yearEarlier(dimension, code)),
                     m_format.change(current(dimension, code), yearEarlier(dimension, code))});
    }
    return table({heading, tr("This period"), tr("Share"), tr("Period before"), tr("Change"), tr("A year earlier"),
                  tr("Change")},
                 rows);
}

QString MonitoringDocument::themesSection() const
{
    return section(tr("Themes"),
                   tr("What the questions were about. A contact can be about more than one theme, "
                      "so the themes add up to more than all contacts."))
            + chartImage(u"themes"_qs)
            + comparisonTable(u"theme"_qs, tr("Theme"), byShownCount(u"theme"_qs, m_report.themes));
}

QString MonitoringDocument::trendSection() const
{
    QStringList headings{tr("Theme")};
    for (const ReportPeriod &quarter : m_report.periods.quarters)
        headings.append(m_format.quarter(quarter));
    QList<QStringList> rows;
    const auto rowOf = [&](const QString &label, const QString &dimension, const QString &value) {
        QStringList row{label};
        for (const ReportPeriod &quarter : m_report.periods.quarters)
            row.append(m_format.count(m_report.find(quarter, dimension, value)));
        rows.append(row);
    };
    rowOf(tr("All contacts"), u"total"_qs, {});
    rowOf(tr("White spots"), u"white_spot"_qs, u"yes"_qs);
    for (const QString &theme : byShownCount(u"theme"_qs, m_report.themes))
        rowOf(name(u"theme"_qs, theme), u"theme"_qs, theme);
    return section(tr("Themes over the last four quarters"),
                   tr("The number of contacts per theme in each quarter. The chart shows the six largest themes "
                      "of this period."))
            + chartImage(u"quarters"_qs) + table(headings, rows);
}

QString MonitoringDocument::callersSection() const
{
    return section(tr("Who called"),
                   tr("The caller's role, the type of school the question was about, and the language the caller "
                      "spoke with the agent."),
                   Page::New)
            + chartImage(u"callers"_qs) + comparisonTable(u"caller_role"_qs, tr("Caller"), m_report.callerRoles) + gap
            + comparisonTable(u"school_type"_qs, tr("School type"), m_report.schoolTypes) + gap
            + comparisonTable(u"caller_language"_qs, tr("Caller's language"), m_report.callerLanguages);
}

QString MonitoringDocument::whiteSpotSection() const
{
    QString html = section(tr("White spots"),
                           tr("A white spot is a contact where no party in the complaints system really fits. The "
                              "agent chooses why from a fixed list; what the agent writes in their own words stays "
                              "in the case and is not in this report."),
                           Page::New)
            + chartImage(u"white-spot-reasons"_qs);
    QList<QStringList> rows;
    const Cell *all = current(u"white_spot"_qs, u"yes"_qs);
    for (const QString &reason : m_report.whiteSpotReasons) {
        rows.append(
                {name(u"white_spot_reason"_qs, reason), m_format.count(current(u"white_spot_reason"_qs, reason)),
                 m_format.share(current(u"white_spot_reason"_qs, reason), all),
                 m_format.count(previous(u"white_spot_reason"_qs, reason)),
                 m_format.change(current(u"white_spot_reason"_qs, reason), previous(u"white_spot_reason"_qs, reason)),
                 m_format.count(yearEarlier(u"white_spot_reason"_qs, reason)),
                 m_format.change(current(u"white_spot_reason"_qs, reason),
                                 yearEarlier(u"white_spot_reason"_qs, reason))});
    }
    html += table({tr("Why no party fits"), tr("This period"), tr("Share"), tr("Period before"), tr("Change"),
                   tr("A year earlier"), tr("Change")},
                  rows);
    html += u"<h3>"_qs + escaped(tr("Where white spots occur (this period)")) + u"</h3>"_qs;
    for (const auto &[dimension, heading, codes] :
         {std::tuple{u"theme"_qs, tr("Theme"), byShownCount(u"theme"_qs, m_report.themes)},
          std::tuple{u"caller_role"_qs, tr("Caller"), m_report.callerRoles},
          std::tuple{u"school_type"_qs, tr("School type"), m_report.schoolTypes}}) {
        QList<QStringList> where;
        for (const QString &code : codes) {
            const Cell *whiteSpots = current(dimension + u":white_spot"_qs, code + u":yes"_qs);
            where.append({name(dimension, code), m_format.count(whiteSpots),
                          m_format.share(whiteSpots, current(dimension, code))});
        }
        html += table({heading, tr("White spots"), tr("Of these contacts")}, where) + gap;
    }
    return html;
}

QString MonitoringDocument::changedAdviceSection() const
{
    QString html = section(tr("Where agents changed the advice"),
                           tr("How often agents took a party off the tree's advice, or added a party the tree did not "
                              "suggest. Often the same change for one party can mean that a route in the tree does not "
                              "fit; the network can look at it."),
                           Page::New)
            + chartImage(u"changed-advice"_qs);
    QList<QStringList> rows;
    QStringList withShownChanges;
    for (const QString &party : m_report.parties) {
        const Cell *removed = current(u"referral_removed"_qs, party);
        const Cell *added = current(u"referral_added"_qs, party);
        rows.append({m_names.party(party), m_format.count(current(u"referred_party"_qs, party)),
                     m_format.count(removed), m_format.change(removed, previous(u"referral_removed"_qs, party)),
                     m_format.count(added), m_format.change(added, previous(u"referral_added"_qs, party))});
        if (ReportFormat::isShown(removed) || ReportFormat::isShown(added))
            withShownChanges.append(party);
    }
    html += table({tr("Party"), tr("Referred"), tr("Removed"), tr("Change"), tr("Added"), tr("Change")}, rows,
                  {30, true});
    html += u"<h3>"_qs + escaped(tr("The reasons agents chose (this period)")) + u"</h3>"_qs;
    if (withShownChanges.isEmpty())
        return html + u"<p>"_qs + escaped(tr("No party was removed or added 5 times or more.")) + u"</p>"_qs;
    QList<QStringList> reasons;
    for (const QString &party : std::as_const(withShownChanges)) {
        bool first = true; // the party's name once, above its reasons
        for (const auto &[dimension, list] : {std::pair{u"referral_removed:reason"_qs, m_report.removalReasons},
                                              std::pair{u"referral_added:reason"_qs, m_report.additionReasons}}) {
            for (const QString &reason : list) {
                const Cell *cell = current(dimension, party + u':' + reason);
                if (!ReportFormat::isShown(cell) || cell->count == 0)
                    continue;
                reasons.append(
                        {first ? m_names.party(party) : QString(), name(u"reason"_qs, reason), m_format.count(cell)});
                first = false;
            }
        }
    }
    html += table({tr("Party"), tr("Reason"), tr("Times")}, reasons);
    return html + u"<p class=\"note\">"_qs
            + escaped(tr("Only parties and reasons with counts of 5 or more are listed here; the CSV file has every "
                         "count."))
            + u"</p>"_qs;
}

QString MonitoringDocument::crossTable(const QString &dimension, const QString &rowHeading, const QStringList &rows,
                                       const QString &columnDimension, const QStringList &columns) const
{
    QStringList headings{rowHeading};
    for (const QString &column : columns) {
        headings.append(columnDimension == u"caller_role" ? VocabularyNames::callerRoleShort(column)
                                                          : VocabularyNames::schoolTypeShort(column));
    }
    QList<QStringList> body;
    for (const QString &row : rows) {
        QStringList cells{name(u"theme"_qs, row)};
        for (const QString &column : columns)
            cells.append(m_format.count(current(dimension, row + u':' + column)));
        body.append(cells);
    }
    return table(headings, body, {22, true});
}

QString MonitoringDocument::crossSection() const
{
    const QStringList themes = byShownCount(u"theme"_qs, m_report.themes);
    return section(tr("Themes by caller and by school type (this period)"), {}, Page::New)
            + crossTable(u"theme:caller_role"_qs, tr("Theme"), themes, u"caller_role"_qs, m_report.callerRoles) + gap
            + crossTable(u"theme:school_type"_qs, tr("Theme"), themes, u"school_type"_qs, m_report.schoolTypes);
}

QString MonitoringDocument::outcomesSection() const
{
    // The tree has over a hundred outcomes: the PDF lists those reached most, the CSV file all of them.
    static constexpr qsizetype listedOutcomes = 20;
    QStringList listed = byShownCount(u"outcome"_qs, m_report.outcomes);
    listed.removeIf([this](const QString &outcome) { return !ReportFormat::isShown(current(u"outcome"_qs, outcome)); });
    const qsizetype unlisted = m_report.outcomes.size() - std::min(listed.size(), listedOutcomes);
    listed = listed.mid(0, listedOutcomes);
    QString html = section(tr("Outcomes reached and parties referred to"),
                           tr("Where the walk through the tree ended most often, and which parties callers were "
                              "referred to."),
                           Page::New)
            + comparisonTable(u"outcome"_qs, tr("Outcome"), listed);
    if (unlisted > 0)
        html += u"<p class=\"note\">"_qs + escaped(tr("%n other outcome(s) are in the CSV file.", "", int(unlisted)))
                + u"</p>"_qs;
    html += gap
            + comparisonTable(u"referred_party"_qs, tr("Party"), byShownCount(u"referred_party"_qs, m_report.parties));
    QList<QStringList> trees;
    for (const QString &tree : m_report.trees)
        trees.append({name(u"tree"_qs, tree), m_format.count(current(u"tree"_qs, tree))});
    return html + u"<h3>"_qs + escaped(tr("Tree versions in use")) + u"</h3>"_qs
            + table({tr("Tree"), tr("This period")}, trees);
}

QString MonitoringDocument::aboutSection() const
{
    const QStringList lines{
            tr("Contacts are counted by the day they started, in Dutch time. The period before has the same length "
               "(the same number of whole months, or else of days); a year earlier is the same dates a year back."),
            MonitoringReport::suppressionNote(),
            tr("In the charts a hidden count is drawn as 0; the table beside each chart says which counts are hidden."),
            tr("This report holds no names, no ids, no notes and nothing else the agent wrote in their own words. The "
               "CSV file has every count of this report in one table (period, dimension, value, label, count, "
               "suppressed)."),
    };
    QString html = section(tr("About this report"), {});
    for (const QString &line : lines)
        html += u"<p class=\"note\">"_qs + escaped(line) + u"</p>"_qs;
    return html;
}

QList<ReportChart> MonitoringDocument::charts() const
{
    QList<ReportChart> charts;
    const ReportPeriods &periods = m_report.periods;

    const QStringList themes = byShownCount(u"theme"_qs, m_report.themes);
    ReportChart themeChart{u"themes"_qs, tr("Contacts per theme"), ReportChart::Shape::Bars, {}, {}};
    ReportChart::Series now{tr("This period"), {}};
    ReportChart::Series before{tr("Period before"), {}};
    ReportChart::Series yearBack{tr("A year earlier"), {}};
    for (const QString &theme : themes) {
        themeChart.categories.append(name(u"theme"_qs, theme));
        now.values.append(chartValue(current(u"theme"_qs, theme)));
        before.values.append(chartValue(previous(u"theme"_qs, theme)));
        yearBack.values.append(chartValue(yearEarlier(u"theme"_qs, theme)));
    }
    themeChart.series = {now, before, yearBack};
    charts.append(themeChart);

    ReportChart trend{u"quarters"_qs, tr("The six largest themes per quarter"), ReportChart::Shape::Bars, {}, {}};
    const QStringList largest = themes.mid(0, 6);
    for (const QString &theme : largest)
        trend.categories.append(name(u"theme"_qs, theme));
    for (const ReportPeriod &quarter : periods.quarters) {
        ReportChart::Series series{m_format.quarter(quarter), {}};
        for (const QString &theme : largest)
            series.values.append(chartValue(m_report.find(quarter, u"theme"_qs, theme)));
        trend.series.append(series);
    }
    charts.append(trend);

    ReportChart callers{u"callers"_qs, tr("Contacts per caller (this period)"), ReportChart::Shape::Bars, {}, {}};
    ReportChart::Series callerSeries{tr("This period"), {}};
    for (const QString &role : m_report.callerRoles) {
        callers.categories.append(name(u"caller_role"_qs, role));
        callerSeries.values.append(chartValue(current(u"caller_role"_qs, role)));
    }
    callers.series = {callerSeries};
    charts.append(callers);

    ReportChart reasons{u"white-spot-reasons"_qs, tr("White spots by reason"), ReportChart::Shape::Bars, {}, {}};
    ReportChart::Series reasonsNow{tr("This period"), {}};
    ReportChart::Series reasonsBefore{tr("Period before"), {}};
    for (const QString &reason : m_report.whiteSpotReasons) {
        reasons.categories.append(name(u"white_spot_reason"_qs, reason));
        reasonsNow.values.append(chartValue(current(u"white_spot_reason"_qs, reason)));
        reasonsBefore.values.append(chartValue(previous(u"white_spot_reason"_qs, reason)));
    }
    reasons.series = {reasonsNow, reasonsBefore};
    charts.append(reasons);

    ReportChart changed{u"changed-advice"_qs,
                        tr("Advice changed most: twelve parties (this period)"),
                        ReportChart::Shape::StackedBars,
                        {},
                        {}};
    ReportChart::Series removed{tr("Removed"), {}};
    ReportChart::Series added{tr("Added"), {}};
    // The twelve parties changed most (by the shown counts): more would not fit their names.
    QStringList changedMost = m_report.parties;
    const auto changes = [this](const QString &party) {
        return chartValue(current(u"referral_removed"_qs, party)) + chartValue(current(u"referral_added"_qs, party));
    };
    changedMost.removeIf([&](const QString &party) { return changes(party) == 0; });
    std::stable_sort(changedMost.begin(), changedMost.end(),
                     [&](const QString &a, const QString &b) { return changes(a) > changes(b); });
    for (const QString &party : changedMost.mid(0, 12)) {
        changed.categories.append(m_names.party(party));
        removed.values.append(chartValue(current(u"referral_removed"_qs, party)));
        added.values.append(chartValue(current(u"referral_added"_qs, party)));
    }
    changed.series = {removed, added};
    charts.append(changed);
    return charts;
}

} // namespace ww
