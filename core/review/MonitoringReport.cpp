// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonitoringReport.h"

#include "review/SmallCellSuppression.h"
#include "storage/Database.h"

#include <QTimeZone>

namespace ww {

namespace {

const QStringList &dimensions()
{
    static const QStringList list{u"theme"_qs, u"caller_role"_qs, u"school_type"_qs, u"referred_party"_qs,
                                  u"white_spot"_qs};
    return list;
}

QDateTime startOfDutchDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone(QByteArrayLiteral("Europe/Amsterdam"))).toUTC();
}

QString codeText(const QString &code)
{
    return code.isEmpty() ? MonitoringReport::tr("(not recorded)") : code;
}

// Every breakdown is read against the shown total: caller role, school type, white spot and tree
// split it exactly; themes and parties nearly (a case can have several, or none).
template<typename Cell>
void suppress(QList<Cell> &cells)
{
    QList<qint64> counts;
    for (const Cell &cell : cells)
        counts.append(cell.count);
    const QList<bool> hidden = SmallCellSuppression::hiddenCells(counts, MonitoringReport::smallestShownCount);
    for (qsizetype i = 0; i < cells.size(); ++i)
        cells[i].hidden = hidden.at(i);
}

} // namespace

QString MonitoringReport::Count::shown() const
{
    return hidden ? u"<5"_qs : QString::number(count);
}

QString MonitoringReport::TreeUse::shown() const
{
    return hidden ? u"<5"_qs : QString::number(count);
}

QString MonitoringReport::suppressionNote()
{
    return tr("Counts below 5 are shown as <5. Where a total would let a reader work out such a count, "
              "the next smallest count is shown as <5 too, even when it is 5 or more.");
}

QString MonitoringReport::shownCount(qint64 count)
{
    return count < smallestShownCount ? u"<5"_qs : QString::number(count);
}

QString MonitoringReport::dimensionTitle(const QString &dimension)
{
    if (dimension == u"theme")
        return tr("Theme");
    if (dimension == u"caller_role")
        return tr("Caller role");
    if (dimension == u"school_type")
        return tr("School type");
    if (dimension == u"referred_party")
        return tr("Referred party");
    if (dimension == u"white_spot")
        return tr("White spot");
    return dimension;
}

MonitoringReport MonitoringReport::build(Database &database, const QDate &from, const QDate &to)
{
    MonitoringReport report;
    report.from = from;
    report.to = to;
    const QVariantMap period{{u"period_start"_qs, startOfDutchDay(from)},
                             {u"period_end"_qs, startOfDutchDay(to.addDays(1))}};

    QSqlQuery &total = database.run(u"monitoring_total"_qs, period);
    report.total = total.next() ? total.value(0).toLongLong() : 0;
    total.finish();

    for (const QString &dimension : dimensions())
        report.sections.append({dimension, {}});
    QSqlQuery &counts = database.run(u"monitoring_counts"_qs, period);
    while (counts.next()) {
        const qsizetype index = dimensions().indexOf(counts.value(0).toString());
        if (index >= 0)
            report.sections[index].counts.append({counts.value(1).toString(), counts.value(2).toLongLong()});
    }
    counts.finish();
    for (Section &section : report.sections)
        std::sort(section.counts.begin(), section.counts.end(),
                  [](const Count &a, const Count &b) { return a.code < b.code; });
    for (Section &section : report.sections)
        suppress(section.counts);

    QSqlQuery &trees = database.run(u"monitoring_trees"_qs, period);
    while (trees.next())
        report.trees.append({trees.value(0).toString(), trees.value(1).toString(), trees.value(2).toLongLong()});
    trees.finish();
    suppress(report.trees);
    return report;
}

void MonitoringReport::writeCsv(QIODevice &device, CsvWriter::Separator separator) const
{
    CsvWriter csv(device, separator);
    csv.writeRow({tr("Section"), tr("Category"), tr("Cases")});
    csv.writeRow({tr("Period"), from.toString(Qt::ISODate) + u" – "_qs + to.toString(Qt::ISODate), QString()});
    csv.writeRow({tr("All cases"), QString(), shownCount(total)});
    for (const Section &section : sections) {
        for (const Count &count : section.counts)
            csv.writeRow({dimensionTitle(section.dimension), codeText(count.code), count.shown()});
    }
    for (const TreeUse &tree : trees)
        csv.writeRow({tr("Tree in use"), tree.version + u' ' + tree.identity, tree.shown()});
    csv.writeRow({tr("Note"), suppressionNote(), QString()});
}

QString MonitoringReport::html() const
{
    auto cell = [](const QString &text) -> QString { return u"<td>"_qs + text.toHtmlEscaped() + u"</td>"_qs; };
    QString html = u"<html><body><h1>"_qs + tr("Monitoring report").toHtmlEscaped() + u"</h1><p>"_qs
                   + tr("Cases opened from %1 to %2.").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                   + u' ' + suppressionNote().toHtmlEscaped() + u"</p><p>"_qs
                   + tr("All cases: %1").arg(shownCount(total)).toHtmlEscaped() + u"</p>"_qs;
    for (const Section &section : sections) {
        html += u"<h2>"_qs + dimensionTitle(section.dimension).toHtmlEscaped()
                + u"</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"_qs;
        for (const Count &count : section.counts)
            html += u"<tr>"_qs + cell(codeText(count.code)) + cell(count.shown()) + u"</tr>"_qs;
        html += u"</table>"_qs;
    }
    html += u"<h2>"_qs + tr("Trees in use").toHtmlEscaped() + u"</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"_qs;
    for (const TreeUse &tree : trees)
        html += u"<tr>"_qs + cell(tree.version) + cell(tree.identity) + cell(tree.shown()) + u"</tr>"_qs;
    html += u"</table></body></html>"_qs;
    return html;
}

} // namespace ww
