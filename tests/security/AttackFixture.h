// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgSession.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <QJsonObject>
#include <QString>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace ww::attack {

/// The people of a helpdesk, each a login role made with the program's own account function; the
/// editor is a content manager, who publishes the tree and reads no case.
enum class Who { AgentA, AgentB, Supervisor, Admin, Gateway, Editor };
std::string whoName(Who who);
const std::vector<Who> &everyone();

/// A freshly migrated shared database with a small helpdesk in it: agent A's case (notes, a walk,
/// referrals, a draft), agent B's case, a chat that agent A accepted, and a closed case past any
/// retention period. Every attack logs in as one of the people with plain libpq, tries, and is
/// then checked from a superuser connection.
class AttackFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    /// The login role of \a who (unique per test: roles are cluster-wide).
    std::string role(Who who) const { return m_roles.at(who); }
    PgSession &as(Who who);
    PgSession &superuser();
    /// A fresh connection that nobody else in the test uses (for session state such as SET).
    std::unique_ptr<PgSession> connect(const std::string &role) const;
    /// A number the superuser reads.
    long long count(const std::string &sql);
    std::string scalar(const std::string &sql);

    /// A case as ww_save_case takes it, filled in as a desktop would.
    static QJsonObject newCase(const std::string &id, const std::string &treeIdentity);
    static std::string json(const QJsonObject &object);
    SqlResult saveCase(Who who, const QJsonObject &caseObject);

    std::string databaseName() const;

    std::string m_tree;       ///< the identity of the stored tree
    std::string m_caseA;      ///< agent A's open phone case
    std::string m_caseB;      ///< agent B's open phone case, notes mentioning "Jansen"
    std::string m_noteA;      ///< a note of agent A's case
    std::string m_noteB;      ///< a note of agent B's case
    std::string m_chat;       ///< the chat agent A accepted
    std::string m_chatCase;   ///< its case
    std::string m_closedCase; ///< agent A's case closed two years ago (retention takes it), a white spot
                              ///< with its category, flagged for the network with a summary naming Eva
    std::string m_endedChat;  ///< a chat that ended
    QJsonObject m_caseAJson;  ///< agent A's case as last saved, row_version included

private:
    test::TemporaryDatabase m_database{test::Backend::PostgreSql};
    std::map<Who, std::string> m_roles;
    std::map<Who, std::unique_ptr<PgSession>> m_sessions;
    std::unique_ptr<PgSession> m_superuser;
};

/// A random UUID in text form.
std::string uuid();

} // namespace ww::attack
