// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's side of the phone code for the end-to-end test: redeems a code as an agent and starts the
// phone case from it, either through the desk's core path (CaseSession, as MainWindow does) or through the
// real window (--ui: Ctrl+F2's dialog, typed into, on the storage thread). Prints one JSON line: the
// status, and with "ok" the node the case stands on, its path, its suggested parties and its events.
//   phone_code_desk --db URL --tree FILE --directory FILE --agent NAME --code CODE [--ui]
#include "case/CaseWorkspace.h"
#include "case/PhoneCodeDialog.h"
#include "cases/CaseSession.h"
#include "chat/ChatTreeText.h"
#include "directory/DirectoryLoader.h"
#include "shell/MainWindow.h"
#include "storage/AsyncStorage.h"
#include "storage/Database.h"
#include "storage/SqlCaseStore.h"
#include "storage/ThreadedCaseWork.h"
#include "tree/TreeLoader.h"
#include "tree/TreeWalkerPanel.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTextStream>
#include <QTimer>

using namespace ww;

namespace {

QString statusText(PhoneCodeRedemption::Status status)
{
    using Status = PhoneCodeRedemption::Status;
    switch (status) {
    case Status::Ok:
        return u"ok"_qs;
    case Status::Unknown:
        return u"unknown"_qs;
    case Status::Used:
        return u"used"_qs;
    case Status::Expired:
        return u"expired"_qs;
    case Status::OtherTree:
        return u"other-tree"_qs;
    case Status::TooMany:
        return u"too-many"_qs;
    }
    return {};
}

QJsonObject describe(const Case &started)
{
    QJsonArray path, parties, events;
    for (const CaseStep &step : started.steps)
        path.append(step.nodeId);
    for (const CaseReferral &referral : started.referrals)
        parties.append(referral.partyId);
    for (const CaseEvent &event : started.events)
        events.append(event.kind);
    return {{u"status"_qs, u"ok"_qs},
            {u"node"_qs, started.steps.isEmpty() ? QString() : started.steps.constLast().nodeId},
            {u"path"_qs, path},
            {u"referrals"_qs, parties},
            {u"events"_qs, events}};
}

void print(const QJsonObject &result)
{
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
}

/// The core path: what MainWindow::newPhoneCaseFromWebsite does, without a window.
int redeemInCore(const DatabaseUrl &url, std::shared_ptr<const DecisionTree> tree, const QString &agent,
                 const QString &code)
{
    std::unique_ptr<Database> database = Database::open(url);
    SqlCaseStore store(*database);
    DirectCaseWork work(store);
    const PhoneCodeRedemption redeemed = store.redeemPhoneCode(code, tree->identity(), agent);
    if (redeemed.status != PhoneCodeRedemption::Status::Ok) {
        print({{u"status"_qs, statusText(redeemed.status)}});
        return 0;
    }
    const QList<WalkStep> walk = ChatTreeText::walkAlong(*tree, redeemed.path, QDateTime::currentDateTimeUtc());
    std::unique_ptr<CaseSession> session = CaseSession::start(work, tree, Channel::Phone, agent);
    if (!session->continueWebsiteWalk(walk)) {
        print({{u"status"_qs, u"path-does-not-fit"_qs}});
        return 1;
    }
    const std::optional<Case> stored = store.loadCase(session->caseData().id);
    print(describe(stored ? *stored : session->caseData()));
    return 0;
}

/// The window: Ctrl+F2, the code typed into the dialog and Enter, as the agent does.
int redeemInWindow(const DatabaseUrl &url, std::shared_ptr<const DecisionTree> tree,
                   std::shared_ptr<const ReferralDirectory> directory, const QString &agent, const QString &code)
{
    AsyncStorage storage([url] { return Database::open(url); });
    ThreadedCaseWork work(storage);
    auto window = std::make_unique<MainWindow>(tree, directory, work, agent);
    window->show();
    int exitCode = 1;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<PhoneCodeDialog *>(QApplication::activeModalWidget())) {
            auto *edit = dialog->findChild<QLineEdit *>(u"phoneCodeEdit"_qs);
            auto *status = dialog->findChild<QLabel *>(u"phoneCodeStatusLabel"_qs);
            if (edit->text().isEmpty()) {
                edit->setText(code);
                dialog->accept();
            } else if (status->isVisible() && !status->styleSheet().isEmpty()) {
                print({{u"status"_qs, u"refused"_qs}, {u"message"_qs, status->text()}});
                exitCode = 0;
                dialog->reject();
            }
            return;
        }
        if (window->workspace() && !window->workspace()->session().hasUnsavedWork()) {
            QJsonObject result = describe(window->workspace()->session().caseData());
            result.insert(u"walker"_qs, window->walkerPanel()->walker().current().id);
            print(result);
            exitCode = 0;
            poll.stop();
            QCoreApplication::quit();
        }
    });
    poll.start();
    QTimer::singleShot(0, window.get(), [&window] {
        window->findChild<QAction *>(u"phoneCodeCaseAction"_qs)->trigger(); // runs the dialog until it closes
        if (!window->workspace())
            QCoreApplication::quit();
    });
    QTimer::singleShot(20000, [] { QCoreApplication::exit(1); });
    QApplication::exec();
    window.reset();
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const auto option = [&args](const QString &name) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
    };
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(option(u"--db"_qs), &error);
    const DirectoryLoadResult directory = DirectoryLoader::loadFile(option(u"--directory"_qs));
    if (!url || !directory.ok()) {
        QTextStream(stderr) << "bad --db or --directory " << error << '\n';
        return 2;
    }
    const TreeLoadResult tree = TreeLoader::loadFile(option(u"--tree"_qs), *directory.directory);
    if (!tree.ok()) {
        QTextStream(stderr) << "bad --tree\n";
        return 2;
    }
    const QString agent = option(u"--agent"_qs);
    const QString code = option(u"--code"_qs);
    if (args.contains(u"--ui"_qs))
        return redeemInWindow(*url, tree.tree, directory.directory, agent, code);
    return redeemInCore(*url, tree.tree, agent, code);
}
