// SPDX-License-Identifier: GPL-3.0-or-later
// The phone system's calls at the desk (docs/telephony.md), end to end: `wegwijzer-admin call simulate` plays the
// phone system against a real gateway, and the desk (a real MainWindow on its own gateway connection) shows the
// offer, opens a pre-filled phone case on the answer and moves it to wrap-up on the hang-up.
#include "CaseUiSupport.h"
#include "ChatTestSupport.h"
#include "agents/AgentStatus.h"
#include "case/CaseFieldsForm.h"
#include "case/CaseWorkspace.h"
#include "chat/ChatDesk.h"
#include "content/ShippedContent.h"
#include "shell/CallOfferBar.h"
#include "shell/MainWindow.h"
#include "shell/PhoneCalls.h"
#include "storage/AsyncStorage.h"
#include "storage/Database.h"
#include "tree/TreeWalkerPanel.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace ww;

namespace {

const QByteArray secret = "a telephony secret of more than thirty-two characters";

class PhoneCallsDeskTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        chat::ChatGatewayConfig config = test::GatewayFixture::shortConfig();
        config.telephony.secret = secret;
        m_gateway.start(config);
        QFile file(m_dir.filePath(u"telephony-secret"_qs));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(secret + '\n');
        file.close();
        ASSERT_TRUE(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        m_secretFile = file.fileName();

        const DirectoryLoadResult directory = ShippedContent::loadDirectory();
        const TreeLoadResult tree = ShippedContent::loadTree(*directory.directory);
        ASSERT_TRUE(tree.ok());
        m_tree = tree.tree;
        const DatabaseUrl url = m_gateway.temporaryDatabase().url();
        m_storage = std::make_unique<AsyncStorage>([url] { return Database::open(url); });
        m_window = std::make_unique<MainWindow>(m_tree, directory.directory, m_work, u"agent-a"_qs);
        m_window->enableChat(QUrl(u"ws://127.0.0.1:%1"_qs.arg(m_gateway.port())), *m_storage);
        ASSERT_TRUE(m_window->enablePhoneCalls());
        m_window->show();
        auto *desk = m_window->findChild<ChatDesk *>();
        ASSERT_TRUE(desk);
        ASSERT_TRUE(QTest::qWaitFor([&] { return desk->client().isReady(); }, 5000));
    }

    void TearDown() override
    {
        if (m_simulator.state() != QProcess::NotRunning) {
            m_simulator.kill();
            m_simulator.waitForFinished();
        }
    }

    void simulate(const QStringList &options)
    {
        m_simulator.start(QString::fromUtf8(WW_ADMIN_BINARY),
                          QStringList{u"call"_qs, u"simulate"_qs, u"--agent"_qs, u"agent-a"_qs, u"--gateway"_qs,
                                      u"ws://127.0.0.1:%1/"_qs.arg(m_gateway.port()), u"--secret-file"_qs, m_secretFile}
                                  + options);
        m_simulator.closeWriteChannel(); // no Enter: the delays decide
    }

    /// What the database holds: the number when consent was given, else "-".
    QString storedNumber(const QUuid &id)
    {
        QSqlQuery query(m_gateway.database().connection());
        query.prepare(u"SELECT coalesce(caller_number, '-') FROM cases WHERE id = ?"_qs);
        query.addBindValue(id.toString(QUuid::WithoutBraces));
        return query.exec() && query.next() ? query.value(0).toString() : u"(no case)"_qs;
    }

    CaseSession *openCase() const { return m_window->workspace() ? &m_window->workspace()->session() : nullptr; }

    void offer(const QString &call, const QString &number = {})
    {
        m_window->phoneCalls()->handle({chat::CallEvent::Kind::Offered,
                                        call,
                                        {},
                                        {call, u"helpline"_qs, {u"2"_qs}, u"nl"_qs, u"agent-a"_qs, number}});
    }

    test::TemporarySettings m_settings;
    QTemporaryDir m_dir;
    QString m_secretFile;
    test::GatewayFixture m_gateway;
    SqlCaseStore m_store{m_gateway.database()};
    DirectCaseWork m_work{m_store};
    std::shared_ptr<const DecisionTree> m_tree;
    std::unique_ptr<AsyncStorage> m_storage;
    std::unique_ptr<MainWindow> m_window;
    QProcess m_simulator;
};

} // namespace

TEST_F(PhoneCallsDeskTest, AnOfferedCallIsShownAnsweredIntoAPrefilledCaseAndEndedIntoWrapUp)
{
    simulate({u"--menu"_qs, u"1"_qs, u"--menu"_qs, u"2"_qs, u"--lang"_qs, u"en"_qs, u"--caller-number"_qs,
              u"+31612345678"_qs, u"--answer-after"_qs, u"1"_qs, u"--end-after"_qs, u"1.5"_qs});
    CallOfferBar *bar = m_window->callOfferBar();
    ASSERT_TRUE(QTest::qWaitFor([&] { return bar->isVisible(); }, 8000))
            << m_simulator.readAllStandardError().constData();
    // The offer in words, in the desk's language (Dutch by default), never the caller's number.
    EXPECT_TRUE(bar->text().contains(u"helpline")) << qPrintable(bar->text());
    EXPECT_TRUE(bar->text().contains(u"Er is nu gevaar")) << qPrintable(bar->text());
    EXPECT_TRUE(bar->text().contains(u"Leerling")) << qPrintable(bar->text());
    EXPECT_FALSE(bar->text().contains(u"612345678"));
    EXPECT_EQ(bar->accessibleDescription(), bar->text());
    EXPECT_FALSE(openCase()) << "ringing opens no case";

    const QDateTime beforeAnswer = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(QTest::qWaitFor([&] { return openCase() != nullptr; }, 8000));
    CaseSession &session = *openCase();
    const QDateTime seen = QDateTime::currentDateTimeUtc();
    EXPECT_EQ(session.caseData().channel, Channel::Phone);
    EXPECT_EQ(session.caseData().status, CaseStatus::Active);
    // The timer runs from the phone system's answer, not from when the desk heard of it.
    EXPECT_GE(session.caseData().openedAt, beforeAnswer.addMSecs(-200));
    EXPECT_LE(session.caseData().openedAt, seen);
    // Pre-filled: the first answer (danger now), the caller's role and language.
    ASSERT_GE(session.caseData().steps.size(), 2);
    EXPECT_EQ(session.caseData().steps.at(0).optionId, u"gevaar-nu");
    EXPECT_EQ(m_window->walkerPanel()->walker().path().size(), 2);
    EXPECT_EQ(session.caseData().fields.callerRole, u"pupil");
    EXPECT_EQ(session.caseData().fields.callerLanguage, u"en");
    // The number is offered for consent, not stored.
    auto *consent = m_window->findChild<QCheckBox *>(u"callerNumberConsentBox"_qs);
    ASSERT_TRUE(consent);
    EXPECT_TRUE(consent->isEnabled());
    EXPECT_FALSE(consent->isChecked());
    EXPECT_TRUE(consent->text().contains(u"+31612345678"));
    EXPECT_TRUE(session.keptCallerNumber().isEmpty());

    // The caller hangs up: the case goes to wrap-up as F8 does.
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.caseData().status == CaseStatus::WrapUp; }, 8000));
    EXPECT_TRUE(session.caseData().contactEndedAt.isValid());
    EXPECT_EQ(session.caseData().events.constLast().kind, u"contact-ended");
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_simulator.state() == QProcess::NotRunning; }, 8000));
    EXPECT_EQ(m_simulator.exitCode(), 0) << m_simulator.readAllStandardError().constData();
    const QString output = QString::fromUtf8(m_simulator.readAllStandardOutput());
    EXPECT_TRUE(output.contains(u"ended")) << qPrintable(output);

    ASSERT_TRUE(QTest::qWaitFor([&] { return !session.hasUnsavedWork(); }, 5000));
    const Case stored = *m_store.loadCase(session.caseData().id);
    EXPECT_EQ(stored.status, CaseStatus::WrapUp);
    EXPECT_EQ(stored.fields.callerRole, u"pupil");
    EXPECT_EQ(storedNumber(stored.id), u"-") << "no consent, no number";
}

TEST_F(PhoneCallsDeskTest, TheCallerNumberIsKeptOnlyWhenTheAgentTicksTheCallersConsent)
{
    offer(u"c-1"_qs, u"+31201234567"_qs);
    m_window->phoneCalls()->handle({chat::CallEvent::Kind::Answered, u"c-1"_qs, QDateTime::currentDateTimeUtc(), {}});
    ASSERT_TRUE(openCase());
    CaseSession &session = *openCase();
    auto *consent = m_window->findChild<QCheckBox *>(u"callerNumberConsentBox"_qs);
    ASSERT_TRUE(consent && consent->isEnabled());
    EXPECT_FALSE(consent->accessibleName().isEmpty());

    consent->setChecked(true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !session.hasUnsavedWork(); }, 5000));
    EXPECT_EQ(storedNumber(session.caseData().id), u"+31201234567");

    // Withdrawn: the number goes from the case at once.
    consent->setChecked(false);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !session.hasUnsavedWork(); }, 5000));
    EXPECT_EQ(storedNumber(session.caseData().id), u"-");
    EXPECT_TRUE(consent->isEnabled()) << "it can be ticked again during the call";
}

TEST_F(PhoneCallsDeskTest, ACaseStartedByHandOrACallWithoutNumberHasNoConsentToGive)
{
    ASSERT_TRUE(m_window->newCase(Channel::Phone)); // F2, as without a phone system
    auto *consent = m_window->findChild<QCheckBox *>(u"callerNumberConsentBox"_qs);
    ASSERT_TRUE(consent);
    EXPECT_FALSE(consent->isEnabled());
    EXPECT_FALSE(openCase()->setCallerNumberConsent(true));
    EXPECT_TRUE(openCase()->keptCallerNumber().isEmpty());
}

TEST_F(PhoneCallsDeskTest, TheCallTimerStartsAtTheRealAnswerTime)
{
    offer(u"c-1"_qs);
    const QDateTime answeredAt = QDateTime::currentDateTimeUtc().addSecs(-40);
    m_window->phoneCalls()->handle({chat::CallEvent::Kind::Answered, u"c-1"_qs, answeredAt, {}});
    ASSERT_TRUE(openCase());
    EXPECT_EQ(openCase()->caseData().openedAt, answeredAt);
    EXPECT_GE(openCase()->contactSeconds(), 40);
}

TEST_F(PhoneCallsDeskTest, ACallAnsweredDuringAnotherPhoneCaseReplacesNothingAndTheAgentChooses)
{
    ASSERT_TRUE(m_window->newCase(Channel::Phone));
    const QUuid first = openCase()->caseData().id;
    offer(u"c-2"_qs);
    m_window->phoneCalls()->handle({chat::CallEvent::Kind::Answered, u"c-2"_qs, QDateTime::currentDateTimeUtc(), {}});
    EXPECT_EQ(openCase()->caseData().id, first) << "the open case stays";
    CallOfferBar *bar = m_window->callOfferBar();
    EXPECT_TRUE(bar->isAsking());
    auto *open = bar->findChild<QPushButton *>(u"callOpenCaseButton"_qs);
    ASSERT_TRUE(open && open->isVisible());
    EXPECT_FALSE(open->accessibleName().isEmpty());

    QTest::mouseClick(open, Qt::LeftButton);
    ASSERT_NE(openCase()->caseData().id, first);
    EXPECT_EQ(m_window->phoneCalls()->caseOf(u"c-2"_qs), openCase()->caseData().id);
    EXPECT_EQ(openCase()->caseData().fields.callerRole, u"pupil");
    EXPECT_FALSE(bar->isVisible());

    // Keeping the current case instead: no case for the call, and its hang-up changes nothing.
    offer(u"c-3"_qs);
    const QUuid second = openCase()->caseData().id;
    m_window->phoneCalls()->handle({chat::CallEvent::Kind::Answered, u"c-3"_qs, QDateTime::currentDateTimeUtc(), {}});
    ASSERT_TRUE(bar->isAsking());
    QTest::mouseClick(bar->findChild<QPushButton *>(u"callKeepCaseButton"_qs), Qt::LeftButton);
    m_window->phoneCalls()->handle({chat::CallEvent::Kind::Ended, u"c-3"_qs, QDateTime::currentDateTimeUtc(), {}});
    EXPECT_EQ(openCase()->caseData().id, second);
    EXPECT_EQ(openCase()->caseData().status, CaseStatus::Active);
}

// The agent left the call's case to look something up: the call goes on (still On a call), and the hang-up
// ends that case's contact in the database without pulling it back onto the screen.
TEST_F(PhoneCallsDeskTest, AHangUpWhileTheCaseIsNotOnScreenStillEndsItsContact)
{
    offer(u"c-4"_qs);
    m_window->phoneCalls()->handle({chat::CallEvent::Kind::Answered, u"c-4"_qs, QDateTime::currentDateTimeUtc(), {}});
    ASSERT_TRUE(openCase());
    const QUuid called = openCase()->caseData().id;
    EXPECT_EQ(m_window->agentStatus()->state(), AgentState::OnCall);

    m_window->showHome();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->savingInBackground() == 0; }, 5000));
    EXPECT_EQ(m_window->agentStatus()->state(), AgentState::OnCall) << "the call goes on while the list shows";
    ASSERT_TRUE(m_window->newCase(Channel::Chat)); // something else on screen
    const QUuid other = openCase()->caseData().id;

    m_window->phoneCalls()->handle({chat::CallEvent::Kind::Ended, u"c-4"_qs, QDateTime::currentDateTimeUtc(), {}});
    ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                const std::optional<Case> stored = m_store.loadCase(called);
                return stored && stored->status == CaseStatus::WrapUp;
            },
            8000));
    const Case stored = *m_store.loadCase(called);
    EXPECT_TRUE(stored.contactEndedAt.isValid());
    EXPECT_EQ(std::count_if(stored.events.cbegin(), stored.events.cend(),
                            [](const CaseEvent &event) { return event.kind == u"contact-ended"; }),
              1);
    EXPECT_EQ(openCase()->caseData().id, other) << "the screen stays where the agent is";
    EXPECT_EQ(openCase()->caseData().status, CaseStatus::Active);
    EXPECT_NE(m_window->agentStatus()->state(), AgentState::OnCall);
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(u"wrap-up")
                || m_window->statusBar()->currentMessage().contains(u"nabespreking")
                || !m_window->statusBar()->currentMessage().isEmpty());

    // Opened later, it is in wrap-up and its contact ends no second time.
    bool shown = false;
    m_window->openCase(called, [&] { shown = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown; }, 5000));
    EXPECT_EQ(openCase()->caseData().status, CaseStatus::WrapUp);
}

TEST_F(PhoneCallsDeskTest, CallSimulateSaysWhatIsWrongAndFailsOnARefusal)
{
    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.start(QString::fromUtf8(WW_ADMIN_BINARY), QStringList{u"call"_qs} + arguments);
        process.closeWriteChannel();
        // The gateway runs in this process: wait with the event loop running, never blocked.
        EXPECT_TRUE(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 15000));
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    };
    const QString gateway = u"ws://127.0.0.1:%1/"_qs.arg(m_gateway.port());
    EXPECT_EQ(run({u"simulate"_qs, u"--secret-file"_qs, m_secretFile}).first, 2) << "no --agent";
    EXPECT_EQ(run({u"simulate"_qs, u"--agent"_qs, u"agent-a"_qs, u"--menu"_qs, u"1;2"_qs, u"--secret-file"_qs,
                   m_secretFile})
                      .first,
              2);
    EXPECT_EQ(run({u"ring"_qs}).first, 2);

    // A secret file others may read is refused before anything is sent.
    QFile(m_secretFile).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    auto [status, error] = run({u"simulate"_qs, u"--agent"_qs, u"agent-a"_qs, u"--gateway"_qs, gateway,
                                u"--secret-file"_qs, m_secretFile});
    EXPECT_EQ(status, 1);
    EXPECT_TRUE(error.contains(u"chmod 600")) << qPrintable(error);

    // A wrong secret: the gateway refuses, and the simulator says so.
    QFile wrong(m_dir.filePath(u"wrong-secret"_qs));
    ASSERT_TRUE(wrong.open(QIODevice::WriteOnly));
    wrong.write("not the gateway's secret at all, but long enough\n");
    wrong.close();
    wrong.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    std::tie(status, error) = run({u"simulate"_qs, u"--agent"_qs, u"agent-a"_qs, u"--gateway"_qs, gateway,
                                   u"--secret-file"_qs, wrong.fileName()});
    EXPECT_EQ(status, 1);
    EXPECT_TRUE(error.contains(u"telephony-refused")) << qPrintable(error);

    // An agent who is not connected.
    QFile(m_secretFile).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    std::tie(status, error) = run(
            {u"simulate"_qs, u"--agent"_qs, u"nobody"_qs, u"--gateway"_qs, gateway, u"--secret-file"_qs, m_secretFile});
    EXPECT_EQ(status, 1);
    EXPECT_TRUE(error.contains(u"agent-unavailable")) << qPrintable(error);
}
