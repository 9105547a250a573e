// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonitoringSummary.h"

#include "review/ReportNames.h"

namespace ww {

namespace {

/// A name inside a sentence: "Bullying" becomes "bullying", "LGBTI" stays as it is.
QString lowerFirst(const QString &name)
{
    if (name.size() > 1 && name.at(1).isUpper())
        return name;
    return name.left(1).toLower() + name.mid(1);
}

} // namespace

MonitoringSummary::MonitoringSummary(const MonitoringReport &report, const ReportNames &names,
                                     const ReportFormat &format)
    : m_report(report)
    , m_names(names)
    , m_format(format)
{ }

const MonitoringReport::Cell *MonitoringSummary::current(const QString &dimension, const QString &value) const
{
    return m_report.find(m_report.periods.current, dimension, value);
}

QStringList MonitoringSummary::shownByCount(const QString &dimension, const QStringList &codes) const
{
    QStringList shown;
    for (const QString &code : codes) {
        if (ReportFormat::isShown(current(dimension, code)) && current(dimension, code)->count > 0)
            shown.append(code);
    }
    std::stable_sort(shown.begin(), shown.end(), [&](const QString &a, const QString &b) {
        return current(dimension, a)->count > current(dimension, b)->count;
    });
    return shown;
}

QStringList MonitoringSummary::sentences() const
{
    QStringList list;
    for (const QString &sentence :
         {contacts(), largestThemes(), largestRise(), whiteSpots(), whiteSpotReason(), callers(), changedAdvice()}) {
        if (!sentence.isEmpty())
            list.append(sentence);
    }
    return list;
}

QString MonitoringSummary::comparedWithBefore(const QString &dimension, const QString &value) const
{
    const Cell *now = current(dimension, value);
    const Cell *before = m_report.find(m_report.periods.previous, dimension, value);
    const Cell *yearBack = m_report.find(m_report.periods.yearEarlier, dimension, value);
    QStringList parts;
    if (const auto difference = ReportFormat::difference(now, before)) {
        const QString then = m_format.count(before);
        if (*difference > 0)
            parts.append(tr("%1 more than in the period before (then %2)")
                                 .arg(m_format.locale().toString(*difference), then));
        else if (*difference < 0)
            parts.append(tr("%1 fewer than in the period before (then %2)")
                                 .arg(m_format.locale().toString(-*difference), then));
        else
            parts.append(tr("as many as in the period before"));
    }
    if (const auto difference = ReportFormat::difference(now, yearBack)) {
        const QString then = m_format.count(yearBack);
        if (*difference > 0)
            parts.append(
                    tr("%1 more than a year earlier (then %2)").arg(m_format.locale().toString(*difference), then));
        else if (*difference < 0)
            parts.append(
                    tr("%1 fewer than a year earlier (then %2)").arg(m_format.locale().toString(-*difference), then));
        else
            parts.append(tr("as many as a year earlier"));
    }
    if (parts.isEmpty())
        return {};
    if (parts.size() == 1)
        return tr("That is %1.").arg(parts.first());
    return tr("That is %1, and %2.").arg(parts.at(0), parts.at(1));
}

QString MonitoringSummary::contacts() const
{
    const Cell *total = current(u"total"_qs);
    if (!ReportFormat::isShown(total))
        return tr("There were fewer than 5 contacts in this period, so the report shows hardly any figures.");
    const QString first = tr("In this period the helpline had %1 contacts.").arg(m_format.count(total));
    const QString compared = comparedWithBefore(u"total"_qs, {});
    return compared.isEmpty() ? first : first + u' ' + compared;
}

QString MonitoringSummary::largestThemes() const
{
    const QStringList themes = shownByCount(u"theme"_qs, m_report.themes);
    if (themes.isEmpty())
        return {};
    const Cell *first = current(u"theme"_qs, themes.first());
    QString sentence = tr("Most questions were about %1: %2 contacts (%3 of all contacts).")
                               .arg(lowerFirst(m_names.code(u"theme"_qs, themes.first())), m_format.count(first),
                                    m_format.share(first, current(u"total"_qs)));
    if (themes.size() >= 3) {
        sentence += u' '
                + tr("Next came %1 (%2) and %3 (%4).")
                          .arg(lowerFirst(m_names.code(u"theme"_qs, themes.at(1))),
                               m_format.count(current(u"theme"_qs, themes.at(1))),
                               lowerFirst(m_names.code(u"theme"_qs, themes.at(2))),
                               m_format.count(current(u"theme"_qs, themes.at(2))));
    }
    return sentence;
}

QString MonitoringSummary::largestRise() const
{
    QString best;
    qint64 rise = 0;
    for (const QString &theme : m_report.themes) {
        const auto difference = ReportFormat::difference(current(u"theme"_qs, theme),
                                                         m_report.find(m_report.periods.previous, u"theme"_qs, theme));
        if (difference && *difference > rise) {
            rise = *difference;
            best = theme;
        }
    }
    if (best.isEmpty())
        return {};
    return tr("The theme that rose most compared with the period before is %1: from %2 to %3 contacts.")
            .arg(lowerFirst(m_names.code(u"theme"_qs, best)),
                 m_format.count(m_report.find(m_report.periods.previous, u"theme"_qs, best)),
                 m_format.count(current(u"theme"_qs, best)));
}

QString MonitoringSummary::whiteSpots() const
{
    const Cell *whiteSpots = current(u"white_spot"_qs, u"yes"_qs);
    if (!ReportFormat::isShown(whiteSpots))
        return tr("There were fewer than 5 white spots (contacts where no party really fits), or their number is "
                  "hidden.");
    const QString first = tr("There were %1 white spots: contacts where no party really fits (%2 of all contacts).")
                                  .arg(m_format.count(whiteSpots), m_format.share(whiteSpots, current(u"total"_qs)));
    const QString compared = comparedWithBefore(u"white_spot"_qs, u"yes"_qs);
    return compared.isEmpty() ? first : first + u' ' + compared;
}

QString MonitoringSummary::whiteSpotReason() const
{
    QStringList reasons = shownByCount(u"white_spot_reason"_qs, m_report.whiteSpotReasons);
    reasons.removeAll(QString());
    if (reasons.isEmpty())
        return {};
    return tr("The reason agents gave most often for a white spot: %1 (%2 times).")
            .arg(lowerFirst(m_names.code(u"white_spot_reason"_qs, reasons.first())),
                 m_format.count(current(u"white_spot_reason"_qs, reasons.first())));
}

QString MonitoringSummary::callers() const
{
    QStringList roles = shownByCount(u"caller_role"_qs, m_report.callerRoles);
    roles.removeAll(QString());
    if (roles.size() < 2)
        return {};
    const Cell *total = current(u"total"_qs);
    return tr("Most contacts came from: %1 (%2), then %3 (%4).")
            .arg(lowerFirst(m_names.code(u"caller_role"_qs, roles.at(0))),
                 m_format.share(current(u"caller_role"_qs, roles.at(0)), total),
                 lowerFirst(m_names.code(u"caller_role"_qs, roles.at(1))),
                 m_format.share(current(u"caller_role"_qs, roles.at(1)), total));
}

QString MonitoringSummary::changedAdvice() const
{
    QString best;
    qint64 most = 0;
    for (const QString &party : m_report.parties) {
        qint64 changes = 0;
        for (const QString &dimension : {u"referral_removed"_qs, u"referral_added"_qs}) {
            if (const Cell *cell = current(dimension, party); ReportFormat::isShown(cell))
                changes += cell->count;
        }
        if (changes > most) {
            most = changes;
            best = party;
        }
    }
    if (best.isEmpty())
        return {};
    const Cell *removed = current(u"referral_removed"_qs, best);
    const Cell *added = current(u"referral_added"_qs, best);
    QString what;
    if (ReportFormat::isShown(removed) && ReportFormat::isShown(added) && removed->count > 0 && added->count > 0)
        what = tr("taken off the advice %1 times and added %2 times")
                       .arg(m_format.count(removed), m_format.count(added));
    else if (ReportFormat::isShown(removed) && removed->count > 0)
        what = tr("taken off the advice %1 times").arg(m_format.count(removed));
    else
        what = tr("added to the advice %1 times").arg(m_format.count(added));
    return tr("Agents changed the tree's advice most often for %1: %2. That may mean a route does not fit.")
            .arg(m_names.party(best), what);
}

} // namespace ww
