// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/PartyList.h"

#include "common/DeskPalette.h"
#include "directory/ReferralDirectory.h"
#include "editor/PartyFreshness.h"

#include <QHeaderView>

namespace ww {

PartyList::PartyList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"partyList"_qs);
    setAccessibleName(tr("Parties in the directory"));
    setRootIsDecorated(false);
    setHeaderLabels({tr("Party"), tr("Last checked"), tr("Check")});
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void PartyList::showDirectory(const ReferralDirectory &directory, const QDate &today)
{
    clear();
    m_overdue = 0;
    QList<QTreeWidgetItem *> overdue;
    QList<QTreeWidgetItem *> fresh;
    for (const Party &party : directory.parties()) {
        const bool late = PartyFreshness::isOverdue(party.assuredDate, today);
        auto *item = new QTreeWidgetItem(
                {u"%1 (%2)"_qs.arg(party.name.nl, party.id),
                 party.assuredDate.isValid() ? party.assuredDate.toString(Qt::ISODate) : tr("never"),
                 late ? tr("overdue: check the details") : tr("up to date")});
        item->setData(0, Qt::UserRole, party.id);
        if (late) {
            item->setForeground(2, DeskPalette::color(DeskPalette::Role::ErrorText));
            QFont bold = item->font(2);
            bold.setBold(true);
            item->setFont(2, bold);
            overdue.append(item);
        } else {
            fresh.append(item);
        }
    }
    m_overdue = int(overdue.size());
    addTopLevelItems(overdue + fresh);
    if (topLevelItemCount() > 0)
        setCurrentItem(topLevelItem(0));
}

} // namespace ww
