// SPDX-License-Identifier: GPL-3.0-or-later
#include "Case.h"

namespace ww {

namespace {

template<typename Enum, std::size_t N>
std::optional<Enum> fromCode(const QString &code, const std::array<std::pair<Enum, const char16_t *>, N> &table)
{
    for (const auto &[value, text] : table) {
        if (code == QStringView(text))
            return value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString toCode(Enum value, const std::array<std::pair<Enum, const char16_t *>, N> &table)
{
    for (const auto &[candidate, text] : table) {
        if (candidate == value)
            return QString::fromUtf16(text);
    }
    return {};
}

constexpr std::array<std::pair<Channel, const char16_t *>, 2> channelCodes{{
        {Channel::Phone, u"phone"},
        {Channel::Chat, u"chat"},
}};

constexpr std::array<std::pair<CaseStatus, const char16_t *>, 4> statusCodes{{
        {CaseStatus::Active, u"active"},
        {CaseStatus::WrapUp, u"wrap-up"},
        {CaseStatus::FollowUp, u"follow-up"},
        {CaseStatus::Closed, u"closed"},
}};

} // namespace

QString channelCode(Channel channel)
{
    return toCode(channel, channelCodes);
}

std::optional<Channel> channelFromCode(const QString &code)
{
    return fromCode(code, channelCodes);
}

QString caseStatusCode(CaseStatus status)
{
    return toCode(status, statusCodes);
}

std::optional<CaseStatus> caseStatusFromCode(const QString &code)
{
    return fromCode(code, statusCodes);
}

Case Case::open(Channel channel, const QString &owner, const QString &treeIdentity, const QDateTime &now)
{
    Case opened;
    opened.id = QUuid::createUuid();
    opened.channel = channel;
    opened.status = CaseStatus::Active;
    opened.owner = owner;
    opened.treeIdentity = treeIdentity;
    opened.openedAt = now;
    opened.updatedAt = now;
    opened.events.append({now, u"opened"_qs, channelCode(channel)});
    return opened;
}

QList<CaseReferral> Case::confirmedReferrals() const
{
    QList<CaseReferral> confirmed;
    for (const CaseReferral &candidate : referrals) {
        if (candidate.decision == ReferralDecision::Confirmed)
            confirmed.append(candidate);
    }
    return confirmed;
}

const CaseReferral *Case::referral(const QString &partyId) const
{
    for (const CaseReferral &candidate : referrals) {
        if (candidate.partyId == partyId)
            return &candidate;
    }
    return nullptr;
}

} // namespace ww
