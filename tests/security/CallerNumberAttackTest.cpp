// SPDX-License-Identifier: GPL-3.0-or-later
// Attacks on the caller's number (docs/telephony.md, docs/security.md): it is stored only with the caller's
// consent, only in its form, only through ww_save_case, and retention erases it with the other free text.
#include "AttackFixture.h"

using namespace ww::attack;

namespace {

class CallerNumberAttack : public AttackFixture
{
protected:
    /// Agent A's case as last saved, with \a number and \a consent (a missing field when unset).
    QJsonObject caseAWith(const std::optional<QString> &number, const std::optional<bool> &consent)
    {
        QJsonObject object = m_caseAJson;
        object[u"row_version"_qs] = count("SELECT row_version FROM cases WHERE id = " + literal(m_caseA));
        if (number)
            object[u"caller_number"_qs] = *number;
        if (consent)
            object[u"caller_number_consent"_qs] = *consent;
        return object;
    }

    std::string storedNumber()
    {
        return scalar("SELECT coalesce(caller_number, '-') FROM cases WHERE id = " + literal(m_caseA));
    }
};

} // namespace

TEST_F(CallerNumberAttack, AnAgentCannotStoreANumberWithoutTheCallersConsent)
{
    for (const std::optional<bool> &consent : {std::optional<bool>(), std::optional<bool>(false)}) {
        const SqlResult saved = saveCase(Who::AgentA, caseAWith(u"+31612345678"_qs, consent));
        EXPECT_FALSE(saved.ok) << "consent " << (consent ? "false" : "missing");
        EXPECT_NE(saved.message.find("consent"), std::string::npos) << saved.message;
    }
    // Plain SQL past the function: no write privilege, whatever the consent.
    for (const std::string sql : {"UPDATE cases SET caller_number = '+31612345678' WHERE id = $1",
                                  "UPDATE cases SET caller_number = '+31612345678', caller_number_consent = true "
                                  "WHERE id = $1"})
        EXPECT_FALSE(as(Who::AgentA).exec(sql, {m_caseA}).ok) << sql;
    EXPECT_EQ(storedNumber(), "-");
    // Even the schema's owner (here: a superuser) cannot keep a number without consent: the table says no.
    const SqlResult direct
            = superuser().exec("UPDATE cases SET caller_number = '+31612345678' WHERE id = " + literal(m_caseA));
    EXPECT_FALSE(direct.ok);
    EXPECT_EQ(direct.sqlState, "23514") << direct.message; // check_violation
    EXPECT_EQ(storedNumber(), "-");
}

TEST_F(CallerNumberAttack, OnlyANumberInItsFormIsStoredAndOnlyForOnesOwnCase)
{
    for (const QJsonValue &bad : {QJsonValue(u"06-12345678"_qs), QJsonValue(u"+"_qs), QJsonValue(u"+31 6 1234"_qs),
                                  QJsonValue(u"+123456789012345678901"_qs), QJsonValue(u"12345678901234567890"_qs),
                                  QJsonValue(31612345678.0), QJsonValue(u"0612345678'; DROP TABLE cases; --"_qs)}) {
        QJsonObject object = caseAWith(std::nullopt, true);
        object[u"caller_number"_qs] = bad;
        EXPECT_FALSE(saveCase(Who::AgentA, object).ok) << bad.toVariant().toString().toStdString();
    }
    QJsonObject consentAsText = caseAWith(u"+31612345678"_qs, std::nullopt);
    consentAsText[u"caller_number_consent"_qs] = u"true"_qs;
    EXPECT_FALSE(saveCase(Who::AgentA, consentAsText).ok);
    EXPECT_FALSE(saveCase(Who::AgentB, caseAWith(u"+31612345678"_qs, true)).ok) << "agent B on agent A's case";
    EXPECT_EQ(storedNumber(), "-");

    const SqlResult saved = saveCase(Who::AgentA, caseAWith(u"+31612345678"_qs, true));
    ASSERT_TRUE(saved.ok) << saved.message;
    EXPECT_EQ(storedNumber(), "+31612345678");
    // Consent withdrawn with the number still sent: refused; without the number: gone.
    EXPECT_FALSE(saveCase(Who::AgentA, caseAWith(u"+31612345678"_qs, false)).ok);
    ASSERT_TRUE(saveCase(Who::AgentA, caseAWith(std::nullopt, false)).ok);
    EXPECT_EQ(storedNumber(), "-");
}

TEST_F(CallerNumberAttack, RetentionErasesTheNumberAsFreeTextAndKeepsTheConsent)
{
    superuser().must("UPDATE cases SET caller_number = '+31612345678', caller_number_consent = true WHERE id = "
                     + literal(m_closedCase));
    // The number is free text to retention as it reads the catalog; the consent is a code.
    const std::string freeText = scalar("SELECT string_agg(column_name, ',') FROM ww_free_text_columns('cases') WHERE "
                                        "column_name LIKE 'caller_number%'");
    EXPECT_EQ(freeText, "caller_number");
    EXPECT_EQ(scalar("SELECT attstattarget FROM pg_attribute WHERE attrelid = 'public.cases'::regclass "
                     "AND attname = 'caller_number'"),
              "0");
    EXPECT_EQ(as(Who::Admin).must("SELECT ww_apply_retention(now() - interval '1 year', '1y', false)").number(), 1);
    EXPECT_EQ(scalar("SELECT caller_number || '|' || caller_number_consent FROM cases WHERE id = "
                     + literal(m_closedCase)),
              "|true");
}
