// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkVignettes.h"

#include "VocabularyNames.h"
#include "review/ReportNames.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace ww {

namespace {

Vignette vignetteFrom(const QJsonObject &o)
{
    Vignette v;
    if (o.contains(u"month"_qs)) {
        v.month = o.value(u"month"_qs).toString();
    } else {
        // SQLite has no time zones: the month of the opening time in Dutch time is worked out here.
        static const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
        const QDateTime opened = QDateTime::fromString(o.value(u"opened_at"_qs).toString(), Qt::ISODateWithMs);
        v.month = opened.toTimeZone(amsterdam).toString(u"yyyy-MM"_qs);
    }
    v.summary = o.value(u"summary"_qs).toString();
    v.treeIdentity = o.value(u"tree"_qs).toString();
    v.callerRole = o.value(u"caller_role"_qs).toString();
    v.schoolType = o.value(u"school_type"_qs).toString();
    v.outcome = o.value(u"outcome"_qs).toString();
    v.whiteSpot = o.value(u"white_spot"_qs).toBool();
    v.whiteSpotCategory = o.value(u"white_spot_category"_qs).toString();
    for (const QJsonValue &theme : o.value(u"themes"_qs).toArray())
        v.themes.append(theme.toString());
    for (const QJsonValue &step : o.value(u"path"_qs).toArray())
        v.path.append({step.toArray().at(0).toString(), step.toArray().at(1).toString()});
    for (const QJsonValue &value : o.value(u"referrals"_qs).toArray()) {
        const QJsonObject r = value.toObject();
        v.referrals.append({r.value(u"party"_qs).toString(), r.value(u"origin"_qs).toString() == u"added",
                            r.value(u"decision"_qs).toString() == u"removed",
                            r.value(u"reason_category"_qs).toString()});
    }
    return v;
}

QJsonValue named(const QString &code, const QString &name)
{
    if (code.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{u"code"_qs, code}, {u"name"_qs, name}};
}

QString monthName(const QString &month, const ReportNames &names)
{
    const QDate first = QDate::fromString(month + u"-01"_qs, Qt::ISODate);
    return first.isValid() ? QLocale(names.language()).toString(first, u"MMMM yyyy"_qs) : month;
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><td width=\"28%\"><b>"_qs + label.toHtmlEscaped() + u"</b></td><td>"_qs + value.toHtmlEscaped()
            + u"</td></tr>"_qs;
}

} // namespace

QList<Vignette> NetworkVignettes::exportFor(Database &database, const ReportPeriod &period, const QString &actor,
                                            const QDateTime &now)
{
    const QVariantMap bounds{{u"period_start"_qs, period.startUtc()}, {u"period_end"_qs, period.endUtc()}};
    QList<Vignette> vignettes;
    auto read = [&](const QVariantMap &bindings) {
        QSqlQuery &query = database.run(u"network_vignettes"_qs, bindings);
        while (query.next())
            vignettes.append(vignetteFrom(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object()));
        query.finish();
    };
    if (database.dialect() == SqlDialect::PostgreSql) {
        // Two transactions: the entry is committed before the database gives a single vignette.
        QSqlQuery &record = database.run(u"network_export_record"_qs, bounds);
        const qint64 entry = record.next() ? record.value(0).toLongLong() : 0;
        record.finish();
        QVariantMap bindings = bounds;
        bindings.insert(u"entry"_qs, entry);
        read(bindings);
        return vignettes;
    }
    Database::Transaction transaction(database);
    read(bounds);
    const QString detail = u"cases=%1 from=%2 to=%3"_qs.arg(vignettes.size())
                                   .arg(period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate));
    database.run(u"network_export_record"_qs,
                 {{u"at"_qs, now.toUTC()},
                  {u"actor"_qs, actor.isEmpty() ? u"(unknown)"_qs : actor},
                  {u"detail"_qs, detail}})
            .finish();
    transaction.commit();
    return vignettes;
}

QStringList NetworkVignettes::pathInWords(const Vignette &vignette, const ReportNames &names)
{
    QStringList words;
    for (const auto &[node, option] : vignette.path) {
        if (!option.isEmpty())
            words.append(names.answer(node, option));
    }
    return words;
}

QJsonDocument NetworkVignettes::json(const QList<Vignette> &vignettes, const ReportPeriod &period,
                                     const ReportNames &names)
{
    QJsonArray cases;
    int number = 0;
    for (const Vignette &v : vignettes) {
        QJsonArray themes;
        for (const QString &theme : v.themes)
            themes.append(named(theme, VocabularyNames::theme(theme)));
        QJsonArray referred;
        QJsonArray changed;
        for (const Vignette::Referral &r : v.referrals) {
            if (!r.removed)
                referred.append(named(r.party, names.party(r.party)));
            if (r.added || r.removed) {
                changed.append(QJsonObject{
                        {u"party"_qs, named(r.party, names.party(r.party))},
                        {u"change"_qs, r.removed ? u"removed"_qs : u"added"_qs},
                        {u"reason_category"_qs,
                         named(r.reasonCategory, VocabularyNames::referralChangeReason(r.reasonCategory))}});
            }
        }
        cases.append(QJsonObject{
                {u"number"_qs, ++number},
                {u"month"_qs, v.month},
                {u"month_name"_qs, monthName(v.month, names)},
                {u"summary"_qs, v.summary},
                {u"path"_qs, QJsonArray::fromStringList(pathInWords(v, names))},
                {u"outcome"_qs, named(v.outcome, names.outcome(v.outcome))},
                {u"themes"_qs, themes},
                {u"caller_role"_qs, named(v.callerRole, VocabularyNames::callerRole(v.callerRole))},
                {u"school_type"_qs, named(v.schoolType, VocabularyNames::schoolType(v.schoolType))},
                {u"white_spot"_qs, v.whiteSpot},
                {u"white_spot_category"_qs,
                 named(v.whiteSpotCategory, VocabularyNames::whiteSpotReason(v.whiteSpotCategory))},
                {u"referred"_qs, referred},
                {u"changed"_qs, changed},
        });
    }
    return QJsonDocument(QJsonObject{
            {u"title"_qs, tr("Cases for the expertise network")},
            {u"period"_qs,
             QJsonObject{{u"from"_qs, period.first.toString(Qt::ISODate)},
                         {u"to"_qs, period.last.toString(Qt::ISODate)}}},
            {u"language"_qs, names.language()},
            {u"cases"_qs, cases},
    });
}

QString NetworkVignettes::html(const QList<Vignette> &vignettes, const ReportPeriod &period, const ReportNames &names)
{
    const QLocale locale(names.language());
    const QString format = u"d MMMM yyyy"_qs;
    QString html = u"<html><body style=\"font-size: 10pt\"><h1>"_qs
            + tr("Cases for the expertise network").toHtmlEscaped() + u"</h1><p>"_qs
            + tr("Cases opened from %1 to %2 that a supervisor chose for discussion in the network, with a "
                 "summary that names nobody. Notes, chat transcripts, names and exact dates are not in this "
                 "document.")
                      .arg(locale.toString(period.first, format), locale.toString(period.last, format))
                      .toHtmlEscaped()
            + u"</p>"_qs;
    if (vignettes.isEmpty())
        html += u"<p>"_qs + tr("No case was chosen for the network in this period.").toHtmlEscaped() + u"</p>"_qs;
    int number = 0;
    for (const Vignette &v : vignettes) {
        QStringList themes;
        for (const QString &theme : v.themes)
            themes.append(VocabularyNames::theme(theme));
        QStringList referred;
        QStringList changed;
        for (const Vignette::Referral &r : v.referrals) {
            if (!r.removed)
                referred.append(names.party(r.party));
            if (r.added || r.removed) {
                const QString reason = VocabularyNames::referralChangeReason(r.reasonCategory);
                changed.append(
                        (r.removed ? tr("%1 taken off (%2)") : tr("%1 added (%2)")).arg(names.party(r.party), reason));
            }
        }
        html += u"<h2>"_qs + tr("Case %1 — %2").arg(++number).arg(monthName(v.month, names)).toHtmlEscaped()
                + u"</h2><p>"_qs + v.summary.toHtmlEscaped().replace(u"\n"_qs, u"<br/>"_qs)
                + u"</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_qs
                + row(tr("Path through the tree"), pathInWords(v, names).join(u" → "_qs))
                + row(tr("Outcome"), names.outcome(v.outcome)) + row(tr("Themes"), themes.join(u", "_qs))
                + row(tr("Caller"), VocabularyNames::callerRole(v.callerRole))
                + row(tr("School type"), VocabularyNames::schoolType(v.schoolType))
                + row(tr("Referred to"), referred.isEmpty() ? tr("nobody") : referred.join(u", "_qs))
                + row(tr("Advice changed"), changed.isEmpty() ? tr("no") : changed.join(u"; "_qs))
                + row(tr("White spot"), v.whiteSpot ? VocabularyNames::whiteSpotReason(v.whiteSpotCategory) : tr("no"))
                + u"</table>"_qs;
    }
    return html + u"</body></html>"_qs;
}

} // namespace ww
