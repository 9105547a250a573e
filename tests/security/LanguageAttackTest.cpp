// SPDX-License-Identifier: GPL-3.0-or-later
// Attacks on the caller's language saved with a case (migration 012): only a code from the closed list
// goes in, only through ww_save_case, and only into one's own case. Each is checked from a superuser
// connection.
#include "AttackFixture.h"

using namespace ww::attack;

namespace {

class LanguageAttack : public AttackFixture
{
protected:
    QJsonObject nextSaveOfA(const QJsonValue &language)
    {
        QJsonObject next = m_caseAJson;
        next[u"row_version"_qs] = count("SELECT row_version FROM cases WHERE id = " + literal(m_caseA));
        next[u"caller_language"_qs] = language;
        return next;
    }
    std::string languageOf(const std::string &caseId)
    {
        return scalar("SELECT coalesce(caller_language, '-') FROM cases WHERE id = " + literal(caseId));
    }
};

} // namespace

TEST_F(LanguageAttack, OnlyACodeFromTheListIsSavedAndOnlyInOnesOwnCase)
{
    const long long version = count("SELECT row_version FROM cases WHERE id = " + literal(m_caseA));
    // Plain SQL as agent A, with codes the desk never sends: unknown, free text, another type, an injection.
    for (const QJsonValue &forged :
         {QJsonValue(u"xx"_qs), QJsonValue(u"Arabisch, met tolk via de buurvrouw"_qs), QJsonValue(u"NL"_qs),
          QJsonValue(7), QJsonValue(QJsonObject{{u"code"_qs, u"ar"_qs}}),
          QJsonValue(u"nl'); UPDATE cases SET owner = 'me'; --"_qs)}) {
        const SqlResult result = saveCase(Who::AgentA, nextSaveOfA(forged));
        EXPECT_FALSE(result.ok) << json(QJsonObject{{u"forged"_qs, forged}});
    }
    EXPECT_EQ(count("SELECT row_version FROM cases WHERE id = " + literal(m_caseA)), version);
    EXPECT_EQ(languageOf(m_caseA), "-");

    // A code from the list is taken, and a later save can clear it again.
    ASSERT_TRUE(saveCase(Who::AgentA, nextSaveOfA(u"ti"_qs)).ok);
    EXPECT_EQ(languageOf(m_caseA), "ti");
    ASSERT_TRUE(saveCase(Who::AgentA, nextSaveOfA(QJsonValue(QJsonValue::Null))).ok);
    EXPECT_EQ(languageOf(m_caseA), "-");

    // Nobody writes the column but through the function, and not into someone else's case.
    for (Who who : {Who::AgentA, Who::AgentB, Who::Supervisor, Who::Admin, Who::Gateway}) {
        EXPECT_TRUE(as(who).exec("UPDATE cases SET caller_language = 'en'").deniedForLackOfPrivilege()) << whoName(who);
    }
    QJsonObject intoB = m_caseAJson;
    intoB[u"id"_qs] = QString::fromStdString(m_caseB);
    intoB[u"row_version"_qs] = count("SELECT row_version FROM cases WHERE id = " + literal(m_caseB));
    intoB[u"caller_language"_qs] = u"en"_qs;
    EXPECT_FALSE(saveCase(Who::AgentA, intoB).ok);
    EXPECT_EQ(languageOf(m_caseB), "-");
}

TEST_F(LanguageAttack, TheLanguageIsACodeThatRetentionKeepsAndOthersCannotRead)
{
    ASSERT_TRUE(saveCase(Who::AgentA, nextSaveOfA(u"ar"_qs)).ok);
    // Agent B does not see agent A's case, so neither its language.
    EXPECT_EQ(as(Who::AgentB).must("SELECT count(*) FROM cases WHERE caller_language IS NOT NULL").number(), 0);
    // As retention reads the catalog: a code, not free text.
    EXPECT_EQ(count("SELECT count(*) FROM ww_free_text_columns('cases') WHERE column_name = 'caller_language'"), 0);
    // The list the function checks against is the program's (Vocabulary::callerLanguages).
    EXPECT_EQ(scalar("SELECT array_to_string(ww_caller_languages(), ',')"), "nl,nl-limited,en,ar,tr,pl,uk,ti,so,other");
}
