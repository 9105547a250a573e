// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ww {

class DecisionTree;
class ReferralDirectory;

/// One difference between two versions of the content.
struct ContentChange
{
    enum class Subject { Tree, Node, Party };
    enum class Kind { Added, Removed, Changed };

    Subject subject = Subject::Tree;
    QString id;    ///< the node's or party's id; empty for the tree as a whole
    QString field; ///< as the file format names it: "text.nl", "options[ja].next"; empty: the whole node or party
    Kind kind = Kind::Changed;
    QString before; ///< empty when added
    QString after;  ///< empty when removed

    bool operator==(const ContentChange &) const = default;
};

/// What changed between two trees (and two directories): nodes, options, referrals and every text per
/// language, by id. Changes come grouped per node or party, nodes and parties sorted by id, fields in
/// the order the format describes them; the same two inputs always give the same list.
class TreeDiff
{
    Q_DECLARE_TR_FUNCTIONS(ww::TreeDiff)

public:
    static QList<ContentChange> compare(const DecisionTree &before, const DecisionTree &after);
    static QList<ContentChange> compare(const ReferralDirectory &before, const ReferralDirectory &after);

    /// The changes for a content manager: one block per node or party, old → new texts.
    static QString toText(const QList<ContentChange> &changes);
};

} // namespace ww
