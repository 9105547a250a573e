// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace ww {

/// The bar above the desk's work that offers a newer published version of the tree: "A new version
/// of the tree is available: [Switch] [Later]". It never takes the keyboard from a case: the agent
/// reaches its buttons with Tab when the call allows (no mnemonics: the case's fields use those).
class TreeVersionBar : public QFrame
{
    Q_OBJECT

public:
    explicit TreeVersionBar(QWidget *parent = nullptr);

    /// Shows the offer of version \a id (\a note: what changed, as its publisher wrote it).
    void offer(qint64 id, const QString &note);
    qint64 offeredId() const { return m_offeredId; }

signals:
    void switchRequested(qint64 id);

private:
    QLabel *m_text;
    QPushButton *m_switch;
    QPushButton *m_later;
    qint64 m_offeredId = 0;
};

} // namespace ww
