// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/AccessibleRoles.h"

#include "common/AlertLabel.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QLabel>

#include <mutex>

namespace ww::AccessibleRoles {

namespace {

constexpr char WindowProperty[] = "wwAccessibleWindow";

/// An alert label as the bus sees it: an alert named by its message. Qt 6.4 has no announcement event
/// on Linux; an alert that shows is what screen readers speak.
class AlertLabelAccessible : public QAccessibleWidget
{
public:
    explicit AlertLabelAccessible(QLabel *label)
        : QAccessibleWidget(label, QAccessible::AlertMessage)
    { }

    QString text(QAccessible::Text kind) const override
    {
        const auto *label = static_cast<const QLabel *>(widget());
        if (kind == QAccessible::Name)
            return label->accessibleName().isEmpty() ? label->text() : label->accessibleName();
        return QAccessibleWidget::text(kind);
    }
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    if (className == QLatin1String(AlertLabel::staticMetaObject.className()))
        return new AlertLabelAccessible(static_cast<AlertLabel *>(object));
    // Asked first with the most derived class name; the property decides, whatever the class.
    auto *widget = static_cast<QWidget *>(object);
    if (widget->property(WindowProperty).toBool() && className == QLatin1String(object->metaObject()->className()))
        return new QAccessibleWidget(widget, QAccessible::Window);
    return nullptr;
}

} // namespace

void install()
{
    static std::once_flag installed;
    std::call_once(installed, [] { QAccessible::installFactory(factory); });
}

void markAsWindow(QWidget *widget)
{
    install();
    widget->setProperty(WindowProperty, true);
}

} // namespace ww::AccessibleRoles
