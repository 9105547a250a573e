// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/MergeDialog.h"

#include "common/CaseLabels.h"
#include "directory/ReferralDirectory.h"
#include "tree/DecisionTree.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ww {

namespace {

QString orNothing(const QString &text)
{
    return text.isEmpty() ? MergeDialog::tr("(empty)") : text;
}

} // namespace

MergeDialog::MergeDialog(const CaseMerge &merge, std::shared_ptr<const DecisionTree> tree,
                         std::shared_ptr<const ReferralDirectory> directory, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_merge(merge)
    , m_tree(std::move(tree))
    , m_directory(std::move(directory))
    , m_language(language)
{
    setObjectName(u"mergeDialog"_qs);
    setWindowTitle(tr("Someone else changed this case"));
    setAccessibleName(windowTitle());

    auto *intro = new QLabel(tr("While you worked on this case, it was saved from another desktop. Choose per part "
                                "which version to keep. Notes are kept from both: nothing written is lost."),
                             this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Part</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Yours</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Saved by the other</b>"), this), 0, 2);
    int row = 1;
    for (MergePart part : m_merge.differences()) {
        const QString label = partLabel(part);
        auto *mine = new QRadioButton(describe(part, m_merge.mine()), this);
        auto *stored = new QRadioButton(describe(part, m_merge.stored()), this);
        mine->setAccessibleName(tr("%1: keep yours: %2").arg(label, mine->text()));
        stored->setAccessibleName(tr("%1: take the other: %2").arg(label, stored->text()));
        mine->setObjectName(u"mergeMine%1"_qs.arg(int(part)));
        stored->setObjectName(u"mergeStored%1"_qs.arg(int(part)));
        auto *group = new QButtonGroup(this);
        group->addButton(mine, int(MergeSide::Mine));
        group->addButton(stored, int(MergeSide::Stored));
        (m_merge.choice(part) == MergeSide::Mine ? mine : stored)->setChecked(true);
        m_groups.insert(part, group);
        grid->addWidget(new QLabel(label, this), row, 0);
        grid->addWidget(mine, row, 1);
        grid->addWidget(stored, row, 2);
        ++row;
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save the merged case"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"saveMergeButton"_qs);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(buttons);
}

CaseMerge MergeDialog::result() const
{
    CaseMerge chosen = m_merge;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        chosen.choose(it.key(), MergeSide(it.value()->checkedId()));
    return chosen;
}

QString MergeDialog::partLabel(MergePart part)
{
    switch (part) {
    case MergePart::CallerRole:
        return tr("Who called");
    case MergePart::SchoolType:
        return tr("Type of school");
    case MergePart::Themes:
        return tr("Themes");
    case MergePart::Province:
        return tr("Province");
    case MergePart::RouteStage:
        return tr("Stage in the complaint route");
    case MergePart::Walk:
        return tr("Path through the tree");
    case MergePart::WhiteSpotReason:
        return tr("Why no party fits");
    case MergePart::Referrals:
        return tr("Referrals");
    case MergePart::Status:
        return tr("State of the case");
    case MergePart::HoldTime:
        return tr("Time on hold");
    case MergePart::CallerLanguage:
        return tr("Caller's language");
    }
    return {};
}

QString MergeDialog::describe(MergePart part, const Case &side) const
{
    const QString &language = m_language;
    switch (part) {
    case MergePart::CallerRole:
        return orNothing(side.fields.callerRole.isEmpty() ? QString() : CaseLabels::callerRole(side.fields.callerRole));
    case MergePart::SchoolType:
        return orNothing(side.fields.schoolType.isEmpty() ? QString() : CaseLabels::schoolType(side.fields.schoolType));
    case MergePart::Themes: {
        QStringList names;
        for (const QString &theme : side.fields.themes)
            names.append(CaseLabels::theme(theme));
        return orNothing(names.join(u", "_qs));
    }
    case MergePart::Province:
        return orNothing(side.fields.province);
    case MergePart::RouteStage:
        return orNothing(side.fields.routeStage.isEmpty() ? QString() : CaseLabels::routeStage(side.fields.routeStage));
    case MergePart::Walk: {
        const QString last = side.steps.isEmpty() ? QString() : side.steps.constLast().nodeId;
        const TreeNode *node = m_tree ? m_tree->node(last) : nullptr;
        const QString where = node ? node->text.in(language).left(80) : last;
        return tr("%n step(s), now at: %1", nullptr, int(side.steps.size())).arg(where);
    }
    case MergePart::WhiteSpotReason:
        return orNothing(side.whiteSpotReason);
    case MergePart::Referrals: {
        QStringList names;
        for (const CaseReferral &referral : side.confirmedReferrals()) {
            const Party *party = m_directory ? m_directory->party(referral.partyId) : nullptr;
            names.append(party ? party->name.in(language) : referral.partyId);
        }
        return orNothing(names.join(u", "_qs));
    }
    case MergePart::Status:
        return CaseLabels::status(side.status);
    case MergePart::HoldTime:
        return CaseLabels::duration(side.holdSeconds);
    case MergePart::CallerLanguage:
        return orNothing(CaseLabels::callerLanguage(side.fields.callerLanguage));
    }
    return {};
}

} // namespace ww
