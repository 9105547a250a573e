// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DatabaseUrl.h"

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;

namespace ww {

class Database;

/// Logs in to the shared PostgreSQL database: which database, as whom, with which password.
/// The password goes only to the database; it is never stored or shown. A failed attempt says what
/// failed and keeps the dialog open.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    /// Opens \a url with \a password, or throws StorageError.
    using Connector = std::function<std::unique_ptr<Database>(const DatabaseUrl &url, const QString &password)>;

    LoginDialog(const DatabaseUrl &url, const QString &problem, Connector connector, QWidget *parent = nullptr);
    ~LoginDialog() override;

    /// The open database after the dialog was accepted.
    std::unique_ptr<Database> takeDatabase();
    DatabaseUrl url() const { return m_url; }

private:
    void logIn();
    void showProblem(const QString &problem);

    Connector m_connector;
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_database;
    QLineEdit *m_serverEdit;
    QLineEdit *m_userEdit;
    QLineEdit *m_passwordEdit;
    QLabel *m_problemLabel;
};

} // namespace ww
