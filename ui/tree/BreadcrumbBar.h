// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QHBoxLayout;
class QScrollArea;

namespace ww {

class TreeWalker;

/// The answered steps of a walk as buttons; clicking one goes back to that question.
class BreadcrumbBar : public QWidget
{
    Q_OBJECT

public:
    explicit BreadcrumbBar(QWidget *parent = nullptr);

    /// Shows the path; when not \a interactive (a read-only case) the steps cannot be clicked.
    void showPath(const TreeWalker &walker, const QString &language, bool interactive = true);

    /// The step buttons, first step first (for the Tab order of the panel around it).
    QList<QWidget *> stepButtons() const;

signals:
    void stepActivated(qsizetype stepIndex);

private:
    QScrollArea *m_scrollArea;
    QWidget *m_strip;
    QHBoxLayout *m_layout;
};

} // namespace ww
