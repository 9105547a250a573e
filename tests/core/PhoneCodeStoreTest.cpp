// SPDX-License-Identifier: GPL-3.0-or-later
// Phone codes in the database, on SQLite and PostgreSQL: made by the gateway, redeemed once by a desk,
// refused when unknown, used, expired or for another tree, and guessing is limited per account.
#include "storage/PhoneCodeStore.h"
#include "TestContent.h"
#include "TestDatabase.h"
#include "storage/StorageError.h"

#include <gtest/gtest.h>

#include <QSet>
#include <QSqlQuery>

using namespace ww;
using Status = PhoneCodeRedemption::Status;

namespace {

class PhoneCodeStoreTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    void SetUp() override
    {
        m_identity = test::smallTree()->identity();
        if (GetParam() == test::Backend::PostgreSql) {
            const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
            m_db.createRole(u"pc_gw_"_qs + suffix, u"ww_gateway"_qs);
            m_db.createRole(u"pc_a_"_qs + suffix, u"ww_agent"_qs);
            m_db.createRole(u"pc_b_"_qs + suffix, u"ww_agent"_qs);
            m_gateway = open(u"pc_gw_"_qs + suffix);
            m_agentA = open(u"pc_a_"_qs + suffix);
            m_agentB = open(u"pc_b_"_qs + suffix);
        }
    }

    std::unique_ptr<Database> open(const QString &role) { return m_db.openAs(role); }

    bool sqlite() const { return GetParam() == test::Backend::Sqlite; }
    Database &gateway() { return sqlite() ? m_db.database() : *m_gateway; }
    PhoneCodeRedemption redeemAsA(const QString &code, const QString &identity = {})
    {
        return PhoneCodeStore(sqlite() ? m_db.database() : *m_agentA)
                .redeem(code, identity.isEmpty() ? m_identity : identity, u"anna"_qs);
    }
    PhoneCodeRedemption redeemAsB(const QString &code)
    {
        return PhoneCodeStore(sqlite() ? m_db.database() : *m_agentB).redeem(code, m_identity, u"bram"_qs);
    }
    /// Another code than \a code, with the same number of digits.
    static QString otherThan(const QString &code)
    {
        return u"%1"_qs.arg((code.toInt() + 1) % 1'000'000, 6, 10, QLatin1Char('0'));
    }

    test::TemporaryDatabase m_db{GetParam()};
    QString m_identity;
    std::unique_ptr<Database> m_gateway, m_agentA, m_agentB;
    const QStringList m_path{u"start"_qs, u"who"_qs, u"theme"_qs};
};

} // namespace

TEST(PhoneCodeFormat, CodesAreSixDigitsReadOutInTwoGroupsAndTypedWithOrWithoutSpaces)
{
    QSet<QString> drawn;
    for (int i = 0; i < 200; ++i) {
        const QString code = PhoneCodeStore::draw();
        ASSERT_EQ(PhoneCodeStore::normalise(code), code);
        drawn.insert(code);
    }
    EXPECT_GT(drawn.size(), 190) << "codes are random";
    EXPECT_EQ(PhoneCodeStore::spaced(u"012345"_qs), u"012 345");
    EXPECT_EQ(PhoneCodeStore::normalise(u" 012 345 "_qs), u"012345");
    EXPECT_EQ(PhoneCodeStore::normalise(u"012-345"_qs), u"012345");
    EXPECT_EQ(PhoneCodeStore::normalise(u"01234"_qs), QString());
    EXPECT_EQ(PhoneCodeStore::normalise(u"0123456"_qs), QString());
    EXPECT_EQ(PhoneCodeStore::normalise(u"12345x"_qs), QString());
    EXPECT_EQ(PhoneCodeStore::normalise(u"１２３４５６"_qs), QString()) << "only ASCII digits";
}

TEST_P(PhoneCodeStoreTest, ACodeGivesThePathOnceAndThenSaysItWasUsed)
{
    const PhoneCodeStore::Created created = PhoneCodeStore(gateway()).create(m_identity, m_path);
    EXPECT_EQ(PhoneCodeStore::normalise(created.code), created.code);
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(created.expiresAt);
    EXPECT_GT(seconds, PhoneCodeStore::LifetimeSeconds - 60);
    EXPECT_LE(seconds, PhoneCodeStore::LifetimeSeconds);

    const PhoneCodeRedemption redeemed = redeemAsA(PhoneCodeStore::spaced(created.code));
    ASSERT_EQ(redeemed.status, Status::Ok);
    EXPECT_EQ(redeemed.treeIdentity, m_identity);
    EXPECT_EQ(redeemed.path, m_path);
    EXPECT_EQ(redeemAsA(created.code).status, Status::Used);
    EXPECT_EQ(redeemAsB(created.code).status, Status::Used) << "once for everyone";
}

TEST_P(PhoneCodeStoreTest, UnknownExpiredAndOtherTreeCodesAreRefused)
{
    const QString code = PhoneCodeStore(gateway()).create(m_identity, m_path).code;
    EXPECT_EQ(redeemAsA(otherThan(code)).status, Status::Unknown);
    EXPECT_EQ(redeemAsA(u"not a code"_qs).status, Status::Unknown);

    const QString otherTree = u"2020.1@sha256:"_qs + QString(64, u'0');
    const PhoneCodeRedemption elsewhere = redeemAsA(code, otherTree);
    EXPECT_EQ(elsewhere.status, Status::OtherTree);
    EXPECT_EQ(elsewhere.treeIdentity, m_identity) << "the desk can say which tree the code is for";
    EXPECT_TRUE(elsewhere.path.isEmpty());
    EXPECT_EQ(redeemAsA(code).status, Status::Ok) << "the code still works on its own tree";

    const QString expiring = PhoneCodeStore(gateway()).create(m_identity, m_path).code;
    m_db.database().execute(
            u"UPDATE phone_codes SET expires_at = '2020-01-01T00:00:00.000Z' WHERE code = '%1'"_qs.arg(expiring),
            u"test"_qs);
    EXPECT_EQ(redeemAsB(expiring).status, Status::Expired);
}

TEST_P(PhoneCodeStoreTest, TenWrongCodesInAMinuteStopAnAccountButNotAnother)
{
    const QString code = PhoneCodeStore(gateway()).create(m_identity, m_path).code;
    for (int i = 0; i < PhoneCodeStore::MaxAttemptsPerMinute; ++i)
        ASSERT_EQ(redeemAsA(otherThan(code)).status, Status::Unknown);
    EXPECT_EQ(redeemAsA(code).status, Status::TooMany) << "not even the right code passes now";
    EXPECT_EQ(redeemAsB(code).status, Status::Ok) << "another account is not stopped";
    // A minute later the account may try again.
    m_db.database().execute(u"UPDATE phone_code_attempts SET at = '2020-01-01T00:00:00.000Z'"_qs, u"test"_qs);
    EXPECT_EQ(redeemAsA(code).status, Status::Used);
}

TEST_P(PhoneCodeStoreTest, CodesAreUniqueWhileTheyLast)
{
    QSet<QString> codes;
    for (int i = 0; i < 300; ++i)
        codes.insert(PhoneCodeStore(gateway()).create(m_identity, {u"start"_qs}).code);
    EXPECT_EQ(codes.size(), 300);
    QSqlQuery count(m_db.database().connection());
    ASSERT_TRUE(count.exec(u"SELECT count(DISTINCT code) FROM phone_codes"_qs) && count.next());
    EXPECT_EQ(count.value(0).toInt(), 300);
}

INSTANTIATE_TEST_SUITE_P(Backends, PhoneCodeStoreTest,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql));
