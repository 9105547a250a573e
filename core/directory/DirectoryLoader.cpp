// SPDX-License-Identifier: GPL-3.0-or-later
#include "DirectoryLoader.h"

#include "Vocabulary.h"
#include "content/ContentRules.h"
#include "json/JsonObjectReader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace ww {

namespace {

QList<PartyChannel> readChannels(ValidationContext &context, JsonObjectReader &party)
{
    QList<PartyChannel> channels;
    const auto items = party.array(u"channels"_qs, Presence::Required, 1, ContentRules::MaxListItems);
    if (!items)
        return channels;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QString path = JsonPath::index(party.memberPath(u"channels"_qs), i);
        if (!items->at(i).isObject()) {
            context.error(path, DirectoryLoader::tr("a channel must be an object"));
            continue;
        }
        JsonObjectReader reader(context, items->at(i).toObject(), path);
        reader.rejectUnknownKeys({u"type"_qs, u"value"_qs, u"hours"_qs, u"note"_qs});
        PartyChannel channel;
        channel.type = reader.code(u"type"_qs, Vocabulary::channelTypes(), Presence::Required);
        channel.value = reader.string(u"value"_qs, Presence::Required);
        channel.hours = reader.text(u"hours"_qs, Presence::Optional);
        channel.note = reader.text(u"note"_qs, Presence::Optional);
        channels.append(channel);
    }
    return channels;
}

Party readParty(ValidationContext &context, JsonObjectReader &reader)
{
    reader.rejectUnknownKeys({u"id"_qs, u"name"_qs, u"alternate_name"_qs, u"kind"_qs, u"description"_qs,
                              u"audiences"_qs, u"themes"_qs, u"school_types"_qs, u"eligibility_description"_qs,
                              u"can"_qs, u"cannot"_qs, u"conditions"_qs, u"channels"_qs, u"url"_qs, u"languages"_qs,
                              u"languages_complete"_qs, u"interpreter"_qs, u"assured_date"_qs});
    Party party;
    party.id = reader.string(u"id"_qs, Presence::Required, &ContentRules::slugPattern());
    party.name = reader.text(u"name"_qs, Presence::Required);
    party.alternateName = reader.string(u"alternate_name"_qs, Presence::Optional);
    party.kind = reader.code(u"kind"_qs, Vocabulary::partyKinds(), Presence::Required);
    party.description = reader.text(u"description"_qs, Presence::Required);
    party.audiences = reader.codes(u"audiences"_qs, Vocabulary::audiences(), 1);
    party.themes = reader.codes(u"themes"_qs, Vocabulary::themes(), 1);
    party.schoolTypes = reader.codes(u"school_types"_qs, Vocabulary::schoolTypes(), 1);
    party.eligibility = reader.text(u"eligibility_description"_qs, Presence::Required);
    party.can = reader.texts(u"can"_qs, Presence::Required, 1);
    party.cannot = reader.texts(u"cannot"_qs, Presence::Required, 1);
    party.conditions = reader.texts(u"conditions"_qs, Presence::Optional, 0);
    party.channels = readChannels(context, reader);
    party.url = reader.string(u"url"_qs, Presence::Optional);
    if (!party.url.isEmpty() && !party.url.startsWith(u"https://"))
        context.error(reader.memberPath(u"url"_qs), DirectoryLoader::tr("\"url\" must start with https://"));
    static const QStringList isoLanguages = [] {
        QStringList codes;
        for (int l = QLocale::C + 1; l <= QLocale::LastLanguage; ++l) {
            const QString code = QLocale::languageToCode(static_cast<QLocale::Language>(l), QLocale::ISO639Part1);
            if (!code.isEmpty())
                codes.append(code);
        }
        return codes;
    }();
    party.languages = reader.codes(u"languages"_qs, isoLanguages, 1);
    party.languagesComplete = reader.boolean(u"languages_complete"_qs, false);
    party.interpreter = reader.text(u"interpreter"_qs, Presence::Optional);
    const QString date = reader.string(u"assured_date"_qs, Presence::Required);
    static const QRegularExpression datePattern(QRegularExpression::anchoredPattern(u"\\d{4}-\\d{2}-\\d{2}"_qs));
    if (datePattern.match(date).hasMatch())
        party.assuredDate = QDate::fromString(date, Qt::ISODate);
    if (!date.isEmpty() && !party.assuredDate.isValid())
        context.error(
                reader.memberPath(u"assured_date"_qs),
                DirectoryLoader::tr("\"assured_date\" must be a date written as YYYY-MM-DD, not \"%1\"").arg(date));
    return party;
}

} // namespace

DirectoryLoadResult DirectoryLoader::loadFile(const QString &path)
{
    return load(JsonFileReader::readFile(path));
}

DirectoryLoadResult DirectoryLoader::load(const JsonInput &input)
{
    DirectoryLoadResult result;
    if (!input.ok()) {
        result.diagnostics = input.diagnostics;
        return result;
    }
    ValidationContext context(input);
    auto directory = std::make_shared<ReferralDirectory>();
    JsonObjectReader root(context, input.root, u"$"_qs);
    root.rejectUnknownKeys({u"$schema"_qs, u"format"_qs, u"review"_qs, u"parties"_qs});
    if (const auto format = root.integer(u"format"_qs, Presence::Required);
        format && *format != ContentRules::FormatVersion)
        context.error(root.memberPath(u"format"_qs),
                      DirectoryLoader::tr("format %1 is not supported; this program reads format %2")
                              .arg(*format)
                              .arg(ContentRules::FormatVersion));
    if (const auto review = root.object(u"review"_qs, Presence::Required)) {
        JsonObjectReader reader(context, *review, root.memberPath(u"review"_qs));
        reader.rejectUnknownKeys({u"status"_qs, u"note"_qs});
        directory->m_reviewStatus
                = reader.code(u"status"_qs, {u"awaiting-review"_qs, u"approved"_qs}, Presence::Required);
        reader.text(u"note"_qs, Presence::Optional);
    }

    const auto parties = root.array(u"parties"_qs, Presence::Required, 1, ContentRules::MaxParties);
    for (qsizetype i = 0; parties && i < parties->size(); ++i) {
        const QString path = JsonPath::index(root.memberPath(u"parties"_qs), i);
        if (!parties->at(i).isObject()) {
            context.error(path, DirectoryLoader::tr("a party must be an object"));
            continue;
        }
        JsonObjectReader reader(context, parties->at(i).toObject(), path);
        const Party party = readParty(context, reader);
        if (party.id.isEmpty())
            continue;
        if (directory->m_indexById.contains(party.id)) {
            context.error(reader.memberPath(u"id"_qs), DirectoryLoader::tr("duplicate party id \"%1\"").arg(party.id));
            continue;
        }
        directory->m_indexById.insert(party.id, directory->m_parties.size());
        directory->m_parties.append(party);
    }

    if (!context.diagnostics().isEmpty()) {
        result.diagnostics = context.diagnostics();
        return result;
    }
    directory->m_document = input.root;
    result.directory = std::move(directory);
    return result;
}

} // namespace ww
