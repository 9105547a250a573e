// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace ww {

/// Asks to whom a case goes and with what note. Stays open, with the reason shown, while the
/// hand-over is refused.
class HandoverDialog : public QDialog
{
    Q_OBJECT

public:
    using Handover = std::function<bool(const QString &receiver, const QString &note, QString *error)>;

    HandoverDialog(const QStringList &receivers, Handover handover, QWidget *parent = nullptr);

    void accept() override;

private:
    Handover m_handover;
    QComboBox *m_receiverBox;
    QPlainTextEdit *m_noteEdit;
    QLabel *m_errorLabel;
};

} // namespace ww
