// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace ww {

class AlertLabel;

/// Asks for a follow-up date and a short instruction. The dialog stays open with the reason
/// shown while what was entered is refused.
class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    /// Returns false with an explanation when the date and instruction cannot be used.
    using Planner = std::function<bool(const QDate &date, const QString &instruction, QString *error)>;

    FollowUpDialog(const QDate &today, Planner planner, QWidget *parent = nullptr);

    void accept() override;

private:
    Planner m_planner;
    QDateEdit *m_dateEdit;
    QLineEdit *m_instructionEdit;
    AlertLabel *m_errorLabel;
};

} // namespace ww
