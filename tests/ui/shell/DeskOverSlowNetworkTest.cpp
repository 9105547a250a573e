// SPDX-License-Identifier: GPL-3.0-or-later
// The desk against the shared database through a slow or silent network, as from home over a VPN:
// the window keeps answering, says when it is offline, and nothing typed is lost or doubled.
#include "CaseUiSupport.h"
#include "LagProxy.h"
#include "StallMeter.h"

#include "case/CaseWorkspace.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/DeskDatabase.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSqlQuery>

using namespace ww;

namespace {

/// A stall this long means the GUI thread waited on the network: every round trip takes longer.
constexpr int RoundTripMs = 300;
constexpr int StallLimitMs = 250;

class DeskOverSlowNetworkTest : public test::CaseUiTest
{
protected:
    void SetUp() override
    {
        CaseUiTest::SetUp();
        ASSERT_FALSE(qEnvironmentVariable("WW_TEST_POSTGRES_URL").isEmpty()) << "WW_TEST_POSTGRES_URL is not set";
        m_shared = std::make_unique<test::TemporaryDatabase>(test::Backend::PostgreSql);
        const DatabaseUrl &url = m_shared->url();
        m_proxy = std::make_unique<test::LagProxy>(url.port(), RoundTripMs / 2);
        QString error;
        const std::optional<DatabaseUrl> throughProxy = DatabaseUrl::parse(
                u"postgresql://%1@127.0.0.1:%2/%3"_qs.arg(url.user()).arg(m_proxy->port()).arg(url.databaseName()),
                &error);
        ASSERT_TRUE(throughProxy) << qPrintable(error);
        // A short deadline keeps the test short; the desk's own is a few seconds longer.
        m_desk = std::make_unique<DeskDatabase>(*throughProxy, QString(),
                                                AsyncStorage::Timing{.deadlineMs = 3000, .idlePingMs = 1000});
        std::optional<StorageError> failure;
        bool prepared = false;
        QObject receiver;
        m_desk->prepare(&receiver, [&](const std::optional<StorageError> &answer) {
            failure = answer;
            prepared = true;
        });
        ASSERT_TRUE(QTest::qWaitFor([&] { return prepared; }, 60000));
        ASSERT_FALSE(failure) << qPrintable(failure->message());
        m_agent = url.user();
        m_window = std::make_unique<MainWindow>(m_tree, m_directory, m_desk->cases(), m_agent);
        m_window->setJournalFolder(m_journal.path());
        showActive(m_window.get());
    }
    void TearDown() override
    {
        m_window.reset();
        m_desk.reset();
        m_proxy.reset();
    }

    int countOf(const QString &sql, const QUuid &id)
    {
        QSqlQuery query(m_shared->database().connection());
        query.prepare(sql);
        query.bindValue(0, id.toString(QUuid::WithoutBraces));
        EXPECT_TRUE(query.exec()) << qPrintable(sql);
        return query.next() ? query.value(0).toInt() : -1;
    }
    int notesOf(const QUuid &id) { return countOf(u"SELECT count(*) FROM case_notes WHERE case_id = ?"_qs, id); }
    CaseSession &session() const { return m_window->workspace()->session(); }
    void writeNote(const QString &text)
    {
        press(Qt::Key_N, Qt::AltModifier);
        type(text);
        press(Qt::Key_Return, Qt::ControlModifier);
    }
    /// Everything the desk holds is in the database (its sessions, open or left, have nothing waiting).
    bool allSaved() const
    {
        return m_window->savingInBackground() == 0
                && (!m_window->workspace() || !m_window->workspace()->session().hasUnsavedWork());
    }

    std::unique_ptr<test::TemporaryDatabase> m_shared;
    std::unique_ptr<test::LagProxy> m_proxy;
    std::unique_ptr<DeskDatabase> m_desk;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_journal;
    QString m_agent;
};

} // namespace

TEST_F(DeskOverSlowNetworkTest, APhoneCaseOverASlowNetworkNeverFreezesTheWindow)
{
    test::StallMeter stalls;
    press(Qt::Key_F2); // on screen at once; saved on its way
    ASSERT_NE(m_window->workspace(), nullptr);
    const QUuid id = session().caseData().id;
    press(Qt::Key_2);
    press(Qt::Key_2);
    press(Qt::Key_1);
    writeNote(u"Ouder belt over pesten in groep 7"_qs);
    writeNote(u"Wil eerst met de leerkracht praten"_qs);
    press(Qt::Key_F8);
    press(Qt::Key_Escape); // back to the list while the last changes are still on their way
    EXPECT_EQ(m_window->workspace(), nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return allSaved(); }, 30000));
    EXPECT_LT(stalls.longestMs(), StallLimitMs) << "the window waited on a " << RoundTripMs << " ms round trip";
    EXPECT_EQ(notesOf(id), 2);
    EXPECT_EQ(countOf(u"SELECT count(*) FROM cases WHERE id = ? AND status = 'wrap-up'"_qs, id), 1);
    EXPECT_TRUE(CaseJournal::pending(m_journal.path()).isEmpty());

    // Opening it again comes back when read; meanwhile the list says so.
    stalls.reset();
    m_window->openCase(id);
    EXPECT_TRUE(m_window->isOpeningCase());
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->workspace() != nullptr; }, 30000));
    EXPECT_EQ(session().caseData().notes.size(), 2);
    EXPECT_LT(stalls.longestMs(), StallLimitMs);
}

TEST_F(DeskOverSlowNetworkTest, EscCancelsOpeningACaseAndALateAnswerIsDropped)
{
    press(Qt::Key_F2);
    const QUuid id = session().caseData().id;
    press(Qt::Key_Escape);
    ASSERT_TRUE(QTest::qWaitFor([&] { return allSaved(); }, 30000));
    m_window->openCase(id);
    ASSERT_TRUE(m_window->isOpeningCase());
    press(Qt::Key_Escape);
    EXPECT_FALSE(m_window->isOpeningCase());
    QTest::qWait(3 * RoundTripMs);
    EXPECT_EQ(m_window->workspace(), nullptr) << "the case read after Esc must not open";
}

TEST_F(DeskOverSlowNetworkTest, ASilentNetworkShowsOfflineWhileTypingGoesOnAndEverythingArrivesOnce)
{
    press(Qt::Key_F2);
    const QUuid id = session().caseData().id;
    writeNote(u"Voor de storing"_qs);
    ASSERT_TRUE(QTest::qWaitFor([&] { return allSaved(); }, 30000));

    m_proxy->hold(); // the VPN drops: nothing comes back, nothing is refused
    test::StallMeter stalls;
    QElapsedTimer sinceSilent;
    sinceSilent.start();
    writeNote(u"Tijdens de storing, een"_qs);
    writeNote(u"Tijdens de storing, twee"_qs);
    auto *offline = m_window->findChild<QLabel *>(u"connectionStatusLabel"_qs);
    ASSERT_NE(offline, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return offline->isVisible(); }, 10000)) << "offline not shown within 10 s";
    EXPECT_LT(sinceSilent.elapsed(), 10000);
    // The agent types on; every key arrives at once.
    press(Qt::Key_N, Qt::AltModifier);
    type(u"Nog een zin"_qs);
    EXPECT_EQ(child<QPlainTextEdit>(m_window->workspace(), u"noteEditor"_qs)->toPlainText(), u"Nog een zin");
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_LT(stalls.longestMs(), StallLimitMs);
    EXPECT_FALSE(CaseJournal::pending(m_journal.path()).isEmpty()); // kept on this computer meanwhile

    m_proxy->release();
    ASSERT_TRUE(QTest::qWaitFor([&] { return allSaved() && !offline->isVisible(); }, 30000));
    EXPECT_EQ(notesOf(id), 4);
    EXPECT_EQ(countOf(u"SELECT count(DISTINCT body) FROM case_notes WHERE case_id = ?"_qs, id), 4);
    EXPECT_TRUE(CaseJournal::pending(m_journal.path()).isEmpty());
}
