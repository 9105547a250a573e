// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace ww {

class AlertLabel;

/// Asks to whom a case goes and with what note. The colleagues' names arrive when the database has
/// sent them (a name can be typed meanwhile). Handing over takes a trip to the database: the dialog
/// says so and waits without blocking; it stays open, with the reason shown, when the hand-over is
/// refused, and closes when it is done.
class HandoverDialog : public QDialog
{
    Q_OBJECT

public:
    /// Starts the hand-over; calls \a finished with an empty text when done, else what went wrong.
    using Handover = std::function<void(const QString &receiver, const QString &note,
                                        std::function<void(const QString &)> finished)>;

    explicit HandoverDialog(Handover handover, QWidget *parent = nullptr);

    /// The colleagues a case can go to, once they are known.
    void setReceivers(const QStringList &receivers);
    /// The list of colleagues could not be read (offline): a name can still be typed.
    void receiversUnavailable();
    void accept() override;

private:
    void showError(const QString &error);

    Handover m_handover;
    QLabel *m_statusLabel;
    bool m_busy = false;
    QComboBox *m_receiverBox;
    QPlainTextEdit *m_noteEdit;
    AlertLabel *m_errorLabel;
};

} // namespace ww
