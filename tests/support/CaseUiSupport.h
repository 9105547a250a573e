// SPDX-License-Identifier: GPL-3.0-or-later
// What the case UI tests share: a clock they set, a case database per test, a store that can be
// made to fail, and a way to wait for what a timer does.
#pragma once

#include "FlakyCaseStore.h"
#include "OpenedCase.h"
#include "TestContent.h"
#include "TestDatabase.h"
#include "cases/CaseSession.h"
#include "storage/SqlCaseStore.h"
#include "storage/StorageError.h"

#include <gtest/gtest.h>

#include <functional>

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

namespace ww::test {

/// Settings of one test only: in a fresh directory, so tests run in parallel never share them.
class TemporarySettings
{
public:
    TemporarySettings()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

private:
    QTemporaryDir m_dir;
};

/// Time stands still unless a test moves it.
class FakeClock
{
public:
    QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    CaseSession::Clock clock()
    {
        return [this] { return now; };
    }
    void advance(qint64 seconds) { now = now.addSecs(seconds); }
};

/// A fresh database, settings and content for each case UI test.
class CaseUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_tree = smallTree();
        m_directory = smallDirectory();
    }

    std::unique_ptr<CaseSession> startCase(Channel channel = Channel::Phone)
    {
        return CaseSession::start(m_work, m_tree, channel, u"agent-a"_qs, m_clock.clock());
    }

    Case stored(const QUuid &id) { return *m_store.loadCase(id); }

    /// Shows \a widget as a window with keyboard focus, as an agent would have it.
    static void showActive(QWidget *widget)
    {
        widget->resize(1300, 850);
        widget->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(widget));
        widget->activateWindow();
        QApplication::setActiveWindow(widget);
        ASSERT_TRUE(QTest::qWaitForWindowActive(widget));
    }

    /// Keys go where the focus is, as they do for the agent. Pending layouts and deferred deletes
    /// are done first, as the event loop would have done them between two keystrokes.
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QCoreApplication::processEvents();
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }
    static void type(const QString &text)
    {
        QCoreApplication::processEvents();
        QTest::keyClicks(QApplication::focusWidget(), text);
    }

    static void click(QWidget *widget)
    {
        QCoreApplication::processEvents();
        ASSERT_NE(widget, nullptr);
        QTest::mouseClick(widget, Qt::LeftButton);
    }

    /// Answers the next modal dialog of type T with \a answer once it is open, as the agent would.
    /// A dialog still open afterwards is cancelled, so a failing test never hangs on it.
    template<typename T>
    static void answerNextDialog(QObject *context, std::function<void(T *)> answer)
    {
        auto *timer = new QTimer(context);
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, context, [timer, answer] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            timer->stop();
            timer->deleteLater();
            answer(dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        timer->start();
    }

    template<typename T>
    static T *child(const QWidget *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        EXPECT_NE(found, nullptr) << qPrintable(name);
        return found;
    }

    TemporarySettings m_settings;
    TemporaryDatabase m_db;
    FlakyCaseStore m_store{m_db.database()};
    DirectCaseWork m_work{m_store};
    FakeClock m_clock;
    std::shared_ptr<const DecisionTree> m_tree;
    std::shared_ptr<const ReferralDirectory> m_directory;
};

} // namespace ww::test
