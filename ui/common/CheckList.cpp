// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/CheckList.h"

#include <QCheckBox>
#include <QKeyEvent>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ww {

CheckList::CheckList(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    // Never a stop of its own: Tab reaches the current box. (Not a focus proxy either: Qt would then
    // take the list, wherever it sits in the Tab order, for a stop that leads to the current box.)
    setFocusPolicy(Qt::NoFocus);
}

void CheckList::addItem(const QString &code, const QString &label)
{
    auto *box = new QCheckBox(label, this);
    box->setObjectName(u"check_"_qs + code);
    box->setProperty("code", code);
    box->setAccessibleName(label);
    box->installEventFilter(this);
    connect(box, &QCheckBox::toggled, this, &CheckList::checkedChanged);
    // Only the current box is a Tab stop (a "roving" Tab stop): the list is one stop, as a list is.
    box->setFocusPolicy(m_boxes.isEmpty() ? Qt::StrongFocus : Qt::ClickFocus);
    m_boxes.append(box);
    layout()->addWidget(box);
}

QCheckBox *CheckList::currentBox() const
{
    return m_boxes.value(m_current);
}

QString CheckList::code(int index) const
{
    const QCheckBox *box = m_boxes.value(index);
    return box ? box->property("code").toString() : QString();
}

bool CheckList::isChecked(const QString &code) const
{
    for (const QCheckBox *box : m_boxes) {
        if (box->property("code").toString() == code)
            return box->isChecked();
    }
    return false;
}

void CheckList::setChecked(const QString &code, bool checked)
{
    for (QCheckBox *box : std::as_const(m_boxes)) {
        if (box->property("code").toString() == code && box->isChecked() != checked) {
            const QSignalBlocker blocker(box);
            box->setChecked(checked);
        }
    }
}

QStringList CheckList::checkedCodes() const
{
    QStringList codes;
    for (const QCheckBox *box : m_boxes) {
        if (box->isChecked())
            codes.append(box->property("code").toString());
    }
    return codes;
}

void CheckList::placeInTabOrder(QWidget *before, QWidget *after)
{
    QWidget *previous = before;
    for (QCheckBox *box : std::as_const(m_boxes)) {
        QWidget::setTabOrder(previous, box);
        previous = box;
    }
    QWidget::setTabOrder(previous, after);
}

void CheckList::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    // Disabled boxes take no focus; read-only ones keep it and ignore changes instead.
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setAttribute(Qt::WA_TransparentForMouseEvents, readOnly);
}

void CheckList::makeCurrent(int index, bool focus)
{
    if (index < 0 || index >= m_boxes.size())
        return;
    m_boxes.at(m_current)->setFocusPolicy(Qt::ClickFocus);
    m_current = index;
    QCheckBox *box = m_boxes.at(index);
    box->setFocusPolicy(Qt::StrongFocus);
    emit currentBoxChanged(box);
    if (focus)
        box->setFocus(Qt::OtherFocusReason);
}

void CheckList::focusInEvent(QFocusEvent *event)
{
    // Given the focus by the program: it belongs to the current box.
    QWidget::focusInEvent(event);
    if (QCheckBox *box = currentBox())
        box->setFocus(event->reason());
}

bool CheckList::eventFilter(QObject *watched, QEvent *event)
{
    const int index = int(m_boxes.indexOf(static_cast<QCheckBox *>(watched)));
    if (index < 0)
        return false;
    if (event->type() == QEvent::FocusIn && index != m_current) {
        makeCurrent(index, false); // clicked: it becomes the Tab stop
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false;
    switch (key->key()) {
    case Qt::Key_Up:
        makeCurrent(index - 1, true);
        return true;
    case Qt::Key_Down:
        makeCurrent(index + 1, true);
        return true;
    case Qt::Key_Home:
        makeCurrent(0, true);
        return true;
    case Qt::Key_End:
        makeCurrent(int(m_boxes.size()) - 1, true);
        return true;
    case Qt::Key_Space:
    case Qt::Key_Select:
        return m_readOnly; // read-only: Space changes nothing
    default:
        return false;
    }
}

} // namespace ww
