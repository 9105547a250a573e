// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AsyncStorage.h"
#include "storage/DatabaseUrl.h"
#include "storage/StorageError.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ww {

class Database;

/// Logs in to the shared PostgreSQL database: which database, as whom, with which password.
/// The password goes only to the database; it is never stored or shown. A failed attempt says what
/// failed and keeps the dialog open. Logging in happens off the GUI thread: meanwhile the dialog
/// says so, and Cancel (or Esc) stops waiting and lets the address or password be changed.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    using Answer = std::function<void(const std::optional<StorageError> &failure)>;
    /// Starts logging in to \a url with \a password; \a answer (unless \a receiver is gone) gets
    /// what failed, or nothing once the database is open.
    using Connector = std::function<StorageRequest(const DatabaseUrl &url, const QString &password, QObject *receiver,
                                                   Answer answer)>;

    LoginDialog(const DatabaseUrl &url, const QString &problem, Connector connector, QWidget *parent = nullptr);
    ~LoginDialog() override;

    DatabaseUrl url() const { return m_url; }
    bool isLoggingIn() const { return m_attempt.has_value(); }

protected:
    void reject() override;

private:
    void logIn();
    void answered(const DatabaseUrl &url, const std::optional<StorageError> &failure);
    void showProblem(const QString &problem);
    void setBusy(bool busy);

    Connector m_connector;
    DatabaseUrl m_url;
    std::optional<StorageRequest> m_attempt;
    QLineEdit *m_serverEdit;
    QLineEdit *m_userEdit;
    QLineEdit *m_passwordEdit;
    QLabel *m_problemLabel;
    QLabel *m_busyLabel;
    QPushButton *m_logInButton = nullptr;
};

} // namespace ww
