// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseMerge.h"

#include <QDialog>
#include <QMap>

#include <memory>

class QButtonGroup;

namespace ww {

class DecisionTree;
class ReferralDirectory;

/// Shows what someone else changed in the case since this desktop read it, part by part, and
/// lets the agent keep their own version or take the stored one. Notes are not in it: they never
/// conflict.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(const CaseMerge &merge, std::shared_ptr<const DecisionTree> tree,
                std::shared_ptr<const ReferralDirectory> directory, const QString &language, QWidget *parent = nullptr);

    /// The merge with the agent's choices.
    CaseMerge result() const;
    static QString partLabel(MergePart part);
    /// How one side of a part reads, in words an agent knows.
    QString describe(MergePart part, const Case &side) const;

private:
    CaseMerge m_merge;
    std::shared_ptr<const DecisionTree> m_tree;
    std::shared_ptr<const ReferralDirectory> m_directory;
    QString m_language;
    QMap<MergePart, QButtonGroup *> m_groups;
};

} // namespace ww
