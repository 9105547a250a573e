// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/DeskLogin.h"

#include "shell/LoginDialog.h"

#include <QApplication>
#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>

namespace ww {

namespace {

void showDatabaseProblem(const QString &message, bool interactive)
{
    qCritical("wegwijzer-desk: %s", qPrintable(message));
    if (!interactive)
        return;
    QMessageBox box(QMessageBox::Critical, QApplication::translate("ww::DeskStartup", "Wegwijzer Desk cannot start"),
                    QApplication::translate("ww::DeskStartup", "The case database cannot be opened."), QMessageBox::Ok);
    box.setInformativeText(message);
    box.exec();
}

} // namespace

DeskLogin::DeskLogin(bool interactive)
    : m_interactive(interactive)
{ }

DeskLogin::~DeskLogin() = default;

std::unique_ptr<DeskDatabase> DeskLogin::connect(DatabaseUrl *url)
{
    auto database = std::make_unique<DeskDatabase>(*url, QString());
    bool cancelled = false;
    const std::optional<StorageError> failure = prepare(*database, &cancelled);
    if (cancelled) {
        m_abandoned.push_back(std::move(database));
        return nullptr;
    }
    if (!failure)
        return database;
    // A refusal that no password changes (a schema newer than the program) is no login question.
    if (url->dialect() != SqlDialect::PostgreSql || !m_interactive
        || (failure->isRefusal() && !failure->passwordMayHelp())) {
        showDatabaseProblem(failure->message(), m_interactive);
        return nullptr;
    }
    return logIn(url, failure->passwordMayHelp() ? QString() : failure->message());
}

std::optional<StorageError> DeskLogin::prepare(DeskDatabase &database, bool *cancelled)
{
    // The event loop goes on while the storage thread connects: the desk answers its window
    // system, and Cancel works.
    QEventLoop loop;
    std::optional<StorageError> failure;
    bool answered = false;
    StorageRequest request = database.prepare(&loop, [&](const std::optional<StorageError> &error) {
        failure = error;
        answered = true;
        loop.quit();
    });
    std::unique_ptr<QProgressDialog> progress;
    if (m_interactive) {
        progress = std::make_unique<QProgressDialog>(
                QApplication::translate("ww::DeskLogin", "Connecting to the case database…"),
                QApplication::translate("ww::DeskLogin", "Cancel"), 0, 0);
        progress->setObjectName(u"connectingDialog"_qs);
        progress->setWindowTitle(QApplication::translate("ww::DeskStartup", "Wegwijzer Desk"));
        progress->setMinimumDuration(500); // a database nearby answers before anyone sees it
        QObject::connect(progress.get(), &QProgressDialog::canceled, &loop, [&] {
            request.cancel();
            *cancelled = true;
            loop.quit();
        });
    }
    if (!answered)
        loop.exec();
    return failure;
}

std::unique_ptr<DeskDatabase> DeskLogin::logIn(DatabaseUrl *url, const QString &problem)
{
    std::unique_ptr<DeskDatabase> candidate;
    LoginDialog login(*url, problem,
                      [this, &candidate](const DatabaseUrl &target, const QString &password, QObject *receiver,
                                         LoginDialog::Answer answer) {
                          if (candidate)
                              m_abandoned.push_back(std::move(candidate));
                          candidate = std::make_unique<DeskDatabase>(target, password);
                          return candidate->prepare(receiver, std::move(answer));
                      });
    if (login.exec() != QDialog::Accepted) {
        if (candidate)
            m_abandoned.push_back(std::move(candidate));
        return nullptr;
    }
    *url = login.url();
    return candidate;
}

} // namespace ww
