// SPDX-License-Identifier: GPL-3.0-or-later
// Ctrl+F2 at the desk: the code a caller read out from the website starts the phone case where the caller
// stopped; a used, unknown, expired or other tree's code is refused with a reason, and the dialog stays open.
#include "case/PhoneCodeDialog.h"
#include "CaseUiSupport.h"
#include "case/CaseWorkspace.h"
#include "shell/MainWindow.h"
#include "storage/PhoneCodeStore.h"
#include "tree/TreeWalkerPanel.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>

using namespace ww;

namespace {

class PhoneCodeDeskTest : public test::CaseUiTest
{
protected:
    void SetUp() override
    {
        CaseUiTest::SetUp();
        m_window = std::make_unique<MainWindow>(m_tree, m_directory, m_work, u"agent-a"_qs);
        m_window->setClock(m_clock.clock());
        showActive(m_window.get());
    }
    void TearDown() override { m_window.reset(); }

    QString makeCode(const QStringList &path, const QString &identity = {})
    {
        return PhoneCodeStore(m_db.database()).create(identity.isEmpty() ? m_tree->identity() : identity, path).code;
    }

    /// Types \a code in the dialog Ctrl+F2 opens and presses Enter; returns what the dialog said, if it
    /// stayed open ("" when it closed, with the case started).
    QString typeCode(const QString &code)
    {
        auto said = std::make_shared<QString>();
        answerNextDialog<PhoneCodeDialog>(m_window.get(), [said, code](PhoneCodeDialog *dialog) {
            auto *edit = dialog->findChild<QLineEdit *>(u"phoneCodeEdit"_qs);
            ASSERT_NE(edit, nullptr);
            EXPECT_EQ(dialog->focusWidget(), edit) << "the code field has the focus";
            EXPECT_FALSE(edit->accessibleName().isEmpty());
            QTest::keyClicks(edit, code);
            QTest::keyClick(edit, Qt::Key_Return);
            if (dialog->isVisible()) {
                auto *status = dialog->findChild<QLabel *>(u"phoneCodeStatusLabel"_qs);
                *said = status->text();
                EXPECT_EQ(status->accessibleName(), status->text());
                EXPECT_EQ(dialog->focusWidget(), edit) << "the agent can type the code again";
            }
        });
        // The key goes to the window, wherever the focus was left by the last dialog.
        QApplication::setActiveWindow(m_window.get());
        QCoreApplication::processEvents();
        QTest::keyClick(m_window.get(), Qt::Key_F2, Qt::ControlModifier);
        return *said;
    }

    std::unique_ptr<MainWindow> m_window;
    const QStringList m_path{u"danger"_qs, u"caller"_qs, u"theme"_qs, u"bullying-help"_qs};
};

} // namespace

TEST_F(PhoneCodeDeskTest, ACodeStartsThePhoneCaseWhereTheCallerStoppedAndWorksOnce)
{
    auto *action = m_window->findChild<QAction *>(u"phoneCodeCaseAction"_qs);
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F2));

    const QString code = makeCode(m_path);
    EXPECT_EQ(typeCode(PhoneCodeStore::spaced(code)), QString());
    ASSERT_NE(m_window->workspace(), nullptr);
    const Case &started = m_window->workspace()->session().caseData();
    EXPECT_EQ(started.channel, Channel::Phone);
    EXPECT_EQ(m_window->walkerPanel()->walker().current().id, u"bullying-help");
    QStringList walked;
    for (const CaseStep &step : started.steps)
        walked.append(step.nodeId);
    EXPECT_EQ(walked, m_path);
    EXPECT_EQ(started.fields.callerRole, u"parent") << "the answers fill the fields as if walked at the desk";
    QStringList kinds;
    for (const CaseEvent &event : started.events) {
        kinds.append(event.kind);
        EXPECT_FALSE(event.detail.contains(code)) << "the case never records the code";
    }
    EXPECT_TRUE(kinds.contains(u"website-path")) << kinds.join(u',').toStdString();
    const Case saved = stored(started.id);
    EXPECT_EQ(saved.steps.size(), m_path.size());

    m_window->showHome();
    EXPECT_TRUE(typeCode(code).contains(u"used already")) << "a code works once";
}

TEST_F(PhoneCodeDeskTest, UnknownExpiredAndOtherTreeCodesAreRefusedWithAReason)
{
    const QString code = makeCode(m_path);
    const QString other = u"%1"_qs.arg((code.toInt() + 1) % 1'000'000, 6, 10, QLatin1Char('0'));
    EXPECT_TRUE(typeCode(other).contains(u"no such code"));
    EXPECT_TRUE(typeCode(u"12345"_qs).contains(u"6 digits"));
    m_db.database().execute(u"UPDATE phone_codes SET expires_at = '2020-01-01T00:00:00.000Z'"_qs, u"test"_qs);
    EXPECT_TRUE(typeCode(code).contains(u"expired"));
    const QString elsewhere = makeCode(m_path, u"2020.1@sha256:"_qs + QString(64, u'0'));
    EXPECT_TRUE(typeCode(elsewhere).contains(u"another version of the tree (2020.1)"));
    EXPECT_EQ(m_window->workspace(), nullptr) << "no case was started";
}
