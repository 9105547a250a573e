// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/ValidationList.h"

#include <QStyle>

namespace ww {

ValidationList::ValidationList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(u"validationList"_qs);
    setAccessibleName(tr("Problems in the draft"));
    setWordWrap(true);
    const auto choose = [this](QListWidgetItem *item) {
        if (const QString node = item->data(NodeIdRole).toString(); !node.isEmpty())
            emit nodeChosen(node);
    };
    connect(this, &QListWidget::itemActivated, this, choose);
    connect(this, &QListWidget::itemClicked, this, choose);
}

void ValidationList::showValidation(const DraftValidation &validation)
{
    clear();
    QList<DraftProblem> problems = validation.problems;
    std::stable_partition(problems.begin(), problems.end(),
                          [](const DraftProblem &problem) { return !problem.diagnostic.isWarning(); });
    for (const DraftProblem &problem : std::as_const(problems)) {
        // The line the command line prints, so that both can be compared and searched for.
        auto *item = new QListWidgetItem(problem.diagnostic.toString(), this);
        item->setData(NodeIdRole, problem.nodeId);
        item->setIcon(style()->standardIcon(problem.diagnostic.isWarning() ? QStyle::SP_MessageBoxWarning
                                                                           : QStyle::SP_MessageBoxCritical));
        if (!problem.nodeId.isEmpty())
            item->setToolTip(tr("Enter: go to node %1").arg(problem.nodeId));
    }
    if (problems.isEmpty())
        addItem(tr("No problems: the draft is valid."));
}

} // namespace ww
