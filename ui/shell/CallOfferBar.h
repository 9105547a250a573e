// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace ww {

/// The bar above the desk's work that shows what the phone system says (docs/telephony.md): a call
/// ringing at this desk (queue, menu choices in words, language), and a call answered while another phone
/// case is open, with the choice to open a case for it or keep the current one. Each change is announced to
/// screen readers; the bar never takes the keyboard from a case (its buttons are reached with Tab).
class CallOfferBar : public QFrame
{
    Q_OBJECT

public:
    explicit CallOfferBar(QWidget *parent = nullptr);

    /// Shows \a text and announces it; with \a askToOpen the two buttons show as well.
    void showText(const QString &text, bool askToOpen = false);
    void clear();
    QString text() const;
    bool isAsking() const;

signals:
    void openRequested();
    void keepRequested();

private:
    QLabel *m_text;
    QPushButton *m_open;
    QPushButton *m_keep;
};

} // namespace ww
