// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/CaseLabels.h"

#include <QDate>
#include <QLocale>

namespace ww {

QString CaseLabels::callerRole(const QString &code)
{
    if (code == u"pupil")
        return tr("Pupil");
    if (code == u"parent")
        return tr("Parent or carer");
    if (code == u"staff")
        return tr("School staff");
    if (code == u"school-leader")
        return tr("School leader");
    if (code == u"vertrouwenspersoon")
        return tr("Confidential adviser (vertrouwenspersoon)");
    if (code == u"other")
        return tr("Someone else");
    return code;
}

QString CaseLabels::schoolType(const QString &code)
{
    if (code == u"po")
        return tr("Primary school (po)");
    if (code == u"so")
        return tr("Special school (so)");
    if (code == u"vo")
        return tr("Secondary school (vo)");
    if (code == u"mbo")
        return tr("Vocational school (mbo)");
    if (code == u"other")
        return tr("Other school type");
    return code;
}

QString CaseLabels::theme(const QString &code)
{
    static const QList<std::pair<const char16_t *, const char *>> labels{
            {u"bullying", QT_TR_NOOP("Bullying")},
            {u"discrimination", QT_TR_NOOP("Discrimination")},
            {u"lgbti-exclusion", QT_TR_NOOP("Exclusion of LGBTI pupils")},
            {u"sexual-harassment", QT_TR_NOOP("Sexual harassment")},
            {u"boundary-crossing", QT_TR_NOOP("Boundary-crossing behaviour")},
            {u"violence", QT_TR_NOOP("Violence")},
            {u"intimidation", QT_TR_NOOP("Intimidation")},
            {u"radicalisation", QT_TR_NOOP("Radicalisation")},
            {u"truancy", QT_TR_NOOP("Truancy")},
            {u"passend-onderwijs", QT_TR_NOOP("Support for special needs (passend onderwijs)")},
            {u"admission-expulsion", QT_TR_NOOP("Admission, suspension or expulsion")},
            {u"relationship-school", QT_TR_NOOP("Relationship with the school")},
            {u"complaint-not-handled", QT_TR_NOOP("Complaint not handled")},
            {u"childrens-rights", QT_TR_NOOP("Children's rights")},
            {u"other", QT_TR_NOOP("Other theme")},
    };
    for (const auto &[candidate, label] : labels) {
        if (code == QStringView(candidate))
            return tr(label);
    }
    return code;
}

QString CaseLabels::routeStage(const QString &code)
{
    if (code == u"not-started")
        return tr("Has not raised it yet");
    if (code == u"talked-to-school")
        return tr("Has talked to the school");
    if (code == u"vertrouwenspersoon")
        return tr("Has seen the confidential adviser");
    if (code == u"formal-complaint")
        return tr("Has filed a formal complaint");
    if (code == u"completed")
        return tr("Complaint route completed");
    return code;
}

QString CaseLabels::channel(Channel channel)
{
    return channel == Channel::Chat ? tr("Chat") : tr("Phone");
}

QString CaseLabels::status(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Active:
        return tr("In contact");
    case CaseStatus::WrapUp:
        return tr("Wrap-up");
    case CaseStatus::FollowUp:
        return tr("Follow-up");
    case CaseStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString CaseLabels::event(const CaseEvent &event)
{
    if (event.kind == u"opened")
        return tr("Opened (%1)").arg(channel(channelFromCode(event.detail).value_or(Channel::Phone)).toLower());
    if (event.kind == u"hold")
        return tr("Put on hold");
    if (event.kind == u"resumed")
        return tr("Resumed");
    if (event.kind == u"contact-ended")
        return tr("Contact ended");
    if (event.kind == u"follow-up") {
        const QDate date = QDate::fromString(event.detail, Qt::ISODate);
        return tr("Follow-up planned for %1").arg(QLocale().toString(date, QLocale::ShortFormat));
    }
    if (event.kind == u"continued")
        return tr("Follow-up continued: %1").arg(event.detail);
    if (event.kind == u"closed")
        return tr("Closed");
    if (event.kind == u"handed-over")
        return tr("Handed over to %1").arg(event.detail);
    return event.kind;
}

QString CaseLabels::duration(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds / 60) % 60;
    const qint64 rest = seconds % 60;
    const QString mmss = u"%1:%2"_qs.arg(minutes, 2, 10, QLatin1Char('0')).arg(rest, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QString::number(hours) + u':' + mmss : mmss;
}

} // namespace ww
