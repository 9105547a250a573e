// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ww {

/// A window's line that says what it is loading, with a button (and Esc) to stop it; hidden when
/// nothing loads. Its text is the label's name for screen readers, so a change is announced.
class BusyLine : public QWidget
{
    Q_OBJECT

public:
    /// \a name prefixes the object names of the label ("…Busy") and the button ("…Stop").
    BusyLine(const QString &name, QWidget *parent = nullptr);

    /// Shows \a text, with the stop button when what is going on can be stopped.
    void showBusy(const QString &text, bool stoppable = true);
    void clear();
    QString text() const;
    /// Whether the line is shown with its stop button (then Esc belongs to it).
    bool offersStop() const { return !isHidden() && m_stoppable; }

signals:
    void stopRequested();

private:
    QLabel *m_label;
    QPushButton *m_stopButton;
    bool m_stoppable = false;
};

} // namespace ww
