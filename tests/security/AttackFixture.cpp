// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttackFixture.h"

#include "storage/AccountAdmin.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace ww::attack {

namespace {

const QString treeContent = u"{\"format\":1,\"nodes\":[]}"_qs;
const QString treeVersion = u"attack-1"_qs;

QString nowText(qint64 offsetSeconds = 0)
{
    return QDateTime::currentDateTimeUtc().addSecs(offsetSeconds).toString(Qt::ISODateWithMs);
}

} // namespace

std::string uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

std::string whoName(Who who)
{
    switch (who) {
    case Who::AgentA:
        return "agent A";
    case Who::AgentB:
        return "agent B";
    case Who::Supervisor:
        return "supervisor";
    case Who::Admin:
        return "administrator";
    case Who::Gateway:
        return "chat gateway";
    case Who::Editor:
        return "content manager";
    }
    return {};
}

const std::vector<Who> &everyone()
{
    static const std::vector<Who> all{Who::AgentA, Who::AgentB, Who::Supervisor, Who::Admin, Who::Gateway, Who::Editor};
    return all;
}

std::string AttackFixture::databaseName() const
{
    return m_database.url().databaseName().toStdString();
}

std::unique_ptr<PgSession> AttackFixture::connect(const std::string &roleName) const
{
    const DatabaseUrl &url = m_database.url();
    return std::make_unique<PgSession>(conninfoFor(url.host().toStdString(), url.port(), databaseName(), roleName));
}

PgSession &AttackFixture::as(Who who)
{
    std::unique_ptr<PgSession> &session = m_sessions[who];
    if (!session)
        session = connect(role(who));
    return *session;
}

PgSession &AttackFixture::superuser()
{
    if (!m_superuser)
        m_superuser = connect(m_database.url().user().toStdString());
    return *m_superuser;
}

long long AttackFixture::count(const std::string &sql)
{
    return superuser().must(sql).number();
}

std::string AttackFixture::scalar(const std::string &sql)
{
    return superuser().must(sql).scalar();
}

std::string AttackFixture::json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

QJsonObject AttackFixture::newCase(const std::string &id, const std::string &treeIdentity)
{
    const QString now = nowText(-60);
    return QJsonObject{
            {u"id"_qs, QString::fromStdString(id)},
            {u"row_version"_qs, 0},
            {u"channel"_qs, u"phone"_qs},
            {u"status"_qs, u"active"_qs},
            {u"tree_identity"_qs, QString::fromStdString(treeIdentity)},
            {u"opened_at"_qs, now},
            {u"themes"_qs, QJsonArray{u"pesten"_qs}},
            {u"steps"_qs,
             QJsonArray{QJsonObject{{u"node"_qs, u"start"_qs}, {u"option"_qs, u"leerling"_qs}, {u"reached_at"_qs, now}},
                        QJsonObject{{u"node"_qs, u"thema"_qs}, {u"option"_qs, u"pesten"_qs}, {u"reached_at"_qs, now}},
                        QJsonObject{{u"node"_qs, u"advies"_qs}, {u"reached_at"_qs, now}}}},
            {u"referrals"_qs,
             QJsonArray{QJsonObject{{u"party"_qs, u"vertrouwenspersoon"_qs},
                                    {u"origin"_qs, u"suggested"_qs},
                                    {u"decision"_qs, u"confirmed"_qs},
                                    {u"decided_at"_qs, now}},
                        QJsonObject{{u"party"_qs, u"klachtencommissie"_qs},
                                    {u"origin"_qs, u"suggested"_qs},
                                    {u"decision"_qs, u"removed"_qs},
                                    {u"reason"_qs, u"Beller was daar al."_qs},
                                    {u"decided_at"_qs, now}}}},
            {u"notes"_qs, QJsonArray{}},
            {u"events"_qs,
             QJsonArray{QJsonObject{{u"at"_qs, now}, {u"kind"_qs, u"opened"_qs}, {u"detail"_qs, u"phone"_qs}}}}};
}

SqlResult AttackFixture::saveCase(Who who, const QJsonObject &caseObject)
{
    return as(who).exec("SELECT ww_save_case($1::jsonb)", {json(caseObject)});
}

void AttackFixture::SetUp()
{
    // The helpdesk's people, made as an administrator would make them (the account function).
    const std::string suffix = QUuid::createUuid().toString(QUuid::Id128).left(8).toStdString();
    const std::map<Who, std::pair<std::string, QString>> people{
            {Who::AgentA, {"atk_agent_a_" + suffix, u"agent"_qs}},
            {Who::AgentB, {"atk_agent_b_" + suffix, u"agent"_qs}},
            {Who::Supervisor, {"atk_super_" + suffix, u"supervisor"_qs}},
            {Who::Admin, {"atk_admin_" + suffix, u"admin"_qs}},
            {Who::Gateway, {"atk_gateway_" + suffix, u"gateway"_qs}},
            {Who::Editor, {"atk_editor_" + suffix, u"editor"_qs}}};
    AccountAdmin accounts(m_database.database());
    for (const auto &[who, person] : people) {
        accounts.add(QString::fromStdString(person.first), person.second, u"correct horse battery staple"_qs);
        m_database.adoptRole(QString::fromStdString(person.first));
        m_roles[who] = person.first;
    }

    // A tree, stored by an agent under the identity of its content.
    const QString digest
            = QString::fromLatin1(QCryptographicHash::hash(treeContent.toUtf8(), QCryptographicHash::Sha256).toHex());
    m_tree = QString(treeVersion + u"@sha256:"_qs + digest).toStdString();
    as(Who::AgentA)
            .must("SELECT ww_store_tree($1, $2, $3)", {m_tree, treeVersion.toStdString(), treeContent.toStdString()});

    // Agent A's case: a walk, referrals, two notes and a draft.
    m_caseA = uuid();
    m_noteA = uuid();
    m_caseAJson = newCase(m_caseA, m_tree);
    m_caseAJson[u"notes"_qs] = QJsonArray{
            QJsonObject{{u"id"_qs, QString::fromStdString(m_noteA)},
                        {u"body"_qs, u"Leerling wordt gepest in de klas."_qs}},
            QJsonObject{{u"id"_qs, QString::fromStdString(uuid())}, {u"body"_qs, u"Mentor weet ervan."_qs}}};
    m_caseAJson[u"draft"_qs] = u"Nog te bellen"_qs;
    as(Who::AgentA).must("SELECT ww_save_case($1::jsonb)", {json(m_caseAJson)});
    m_caseAJson[u"row_version"_qs] = 1;
    m_caseAJson.remove(u"draft"_qs);

    // Agent B's case, whose notes name someone.
    m_caseB = uuid();
    m_noteB = uuid();
    QJsonObject caseB = newCase(m_caseB, m_tree);
    caseB[u"notes"_qs] = QJsonArray{QJsonObject{{u"id"_qs, QString::fromStdString(m_noteB)},
                                                {u"body"_qs, u"Vader Jansen belde over zijn zoon Pieter Jansen."_qs}}};
    as(Who::AgentB).must("SELECT ww_save_case($1::jsonb)", {json(caseB)});

    // A chat that agent A accepted, with two lines.
    PgSession &gateway = as(Who::Gateway);
    m_chat = uuid();
    m_chatCase = uuid();
    const std::string resumeHash = std::string(64, 'a');
    gateway.must("SELECT ww_open_chat($1, $2, $3, 'nl', NULL, '[\"start\"]', $4, now())",
                 {m_chat, m_chatCase, resumeHash, m_tree});
    gateway.must("SELECT ww_assign_chat_case($1, $2, NULL)", {m_chat, role(Who::AgentA)});
    gateway.must("SELECT ww_save_chat_state($1, 'active', $2, now(), NULL, NULL)", {m_chat, role(Who::AgentA)});
    gateway.must("SELECT ww_append_chat_message($1, 1, 'visitor', NULL, 'v1', 'Ik word gepest', now())", {m_chat});
    gateway.must("SELECT ww_append_chat_message($1, 2, 'agent', $2, 'a1', 'Wat naar. Vertel eens?', now())",
                 {m_chat, role(Who::AgentA)});

    // A chat that ended.
    m_endedChat = uuid();
    const std::string endedCase = uuid();
    gateway.must("SELECT ww_open_chat($1, $2, $3, 'nl', NULL, NULL, $4, now())",
                 {m_endedChat, endedCase, std::string(64, 'b'), m_tree});
    gateway.must("SELECT ww_append_chat_message($1, 1, 'visitor', NULL, 'v1', 'Hallo?', now())", {m_endedChat});
    gateway.must("SELECT ww_save_chat_state($1, 'ended', NULL, now(), NULL, NULL)", {m_endedChat});

    // A chat case that went the whole way: accepted, worked, handed over with a note, closed,
    // reviewed; then back-dated two years, so retention takes it.
    const std::string closedChat = uuid();
    m_closedCase = uuid();
    gateway.must("SELECT ww_open_chat($1, $2, $3, 'nl', 'website@sha256:00', '[\"start\",\"pesten\"]', $4, now())",
                 {closedChat, m_closedCase, std::string(64, 'c'), m_tree});
    gateway.must("SELECT ww_assign_chat_case($1, $2, NULL)", {closedChat, role(Who::AgentA)});
    gateway.must("SELECT ww_append_chat_message($1, 1, 'visitor', NULL, 'v1', 'Mijn naam is Eva de Vries', now())",
                 {closedChat});
    gateway.must("SELECT ww_save_chat_state($1, 'active', $2, now(), $2, 'Overgedragen: Eva is 12')",
                 {closedChat, role(Who::AgentA)});
    QJsonObject closing = newCase(m_closedCase, m_tree);
    closing[u"channel"_qs] = u"chat"_qs;
    closing[u"row_version"_qs] = count("SELECT row_version FROM cases WHERE id = '" + m_closedCase + "'");
    closing[u"opened_at"_qs] = QString::fromStdString(scalar(
            "SELECT to_char(opened_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM cases WHERE id = '"
            + m_closedCase + "'"));
    closing[u"notes"_qs] = QJsonArray{QJsonObject{{u"id"_qs, QString::fromStdString(uuid())},
                                                  {u"body"_qs, u"Eva (12) van De Regenboog in Utrecht."_qs}}};
    closing[u"white_spot"_qs] = true;
    closing[u"white_spot_reason"_qs] = u"Niemand gaat over de buurt van Eva."_qs;
    closing[u"white_spot_category"_qs] = u"no-complaints-body"_qs;
    QJsonArray closingReferrals = closing[u"referrals"_qs].toArray();
    QJsonObject removedReferral = closingReferrals.at(1).toObject();
    removedReferral[u"reason_category"_qs] = u"already-contacted"_qs;
    closingReferrals[1] = removedReferral;
    closing[u"referrals"_qs] = closingReferrals;
    closing[u"follow_up_instruction"_qs] = u"Eva terugbellen op 0612345678"_qs;
    closing[u"events"_qs] = QJsonArray{
            QJsonObject{{u"at"_qs, nowText(-50)}, {u"kind"_qs, u"opened"_qs}, {u"detail"_qs, u"chat"_qs}},
            QJsonObject{
                    {u"at"_qs, nowText(-40)}, {u"kind"_qs, u"hold"_qs}, {u"detail"_qs, u"Eva haalt haar moeder"_qs}}};
    closing[u"draft"_qs] = u"Eva's moeder heet Anna"_qs;
    const SqlResult saved = saveCase(Who::AgentA, closing);
    ASSERT_TRUE(saved.ok) << saved.message;
    as(Who::AgentA)
            .must("SELECT ww_hand_over($1, $2, 'Eva belt morgen terug, vraag naar haar juf')",
                  {m_closedCase, role(Who::AgentB)});
    closing = QJsonObject(closing);
    closing.remove(u"draft"_qs);
    closing[u"row_version"_qs] = count("SELECT row_version FROM cases WHERE id = '" + m_closedCase + "'");
    closing[u"status"_qs] = u"closed"_qs;
    closing[u"contact_ended_at"_qs] = nowText();
    const SqlResult closed = saveCase(Who::AgentB, closing);
    ASSERT_TRUE(closed.ok) << closed.message;
    // Flagged for the expertise network with a summary that names her, despite the desk's warning.
    as(Who::Supervisor)
            .must("SELECT ww_add_review($1, 'Goed gesprek met Eva de Vries', 4, 1, $2)",
                  {m_closedCase, "Eva de Vries (12) vond geen hulp bij haar buurtschool De Regenboog."});
    gateway.must("SELECT ww_save_chat_state($1, 'ended', NULL, now(), NULL, NULL)", {closedChat});
    superuser().must("UPDATE cases SET closed_at = now() - interval '2 years' WHERE id = '" + m_closedCase + "'");
}

void AttackFixture::TearDown()
{
    m_sessions.clear();
    m_superuser.reset();
}

} // namespace ww::attack
