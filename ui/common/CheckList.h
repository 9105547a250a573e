// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;

namespace ww {

/// A list of choices, any number ticked: a column of real check boxes, so that a screen reader hears
/// each as a check box and whether it is ticked (Qt 6.4's list views do not say so). It is one stop for
/// Tab, like a list: Up/Down (and Home/End) move between the boxes, Space ticks, Tab leaves.
class CheckList : public QWidget
{
    Q_OBJECT

public:
    explicit CheckList(QWidget *parent = nullptr);

    void addItem(const QString &code, const QString &label);
    int count() const { return int(m_boxes.size()); }
    QCheckBox *box(int index) const { return m_boxes.value(index); }
    /// The box Tab comes to (the one last moved to); focus the list through it, a label's buddy too.
    QCheckBox *currentBox() const;
    QString code(int index) const;
    bool isChecked(const QString &code) const;
    /// Ticks or unticks without emitting checkedChanged (showing what is stored is not an edit).
    void setChecked(const QString &code, bool checked);
    /// Codes in the order of the list.
    QStringList checkedCodes() const;
    /// Puts the list into the Tab order between \a before and \a after (its boxes one after another,
    /// so that whichever is current comes at that place).
    void placeInTabOrder(QWidget *before, QWidget *after);
    /// Read-only: the boxes can still be reached and read, not changed.
    void setReadOnly(bool readOnly);

signals:
    void checkedChanged();
    void currentBoxChanged(QCheckBox *box);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void makeCurrent(int index, bool focus);

    QList<QCheckBox *> m_boxes;
    int m_current = 0;
    bool m_readOnly = false;
};

} // namespace ww
