// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/LanguageCheck.h"

#include <QList>

namespace ww {

class DecisionTree;

/// Which nodes of a tree speak to pupils. A node is in a pupils' branch when some walk reaches it while the
/// caller role is "pupil" (set by the latest answer with a callerRole). Worked out from the tree itself, so
/// a new pupils' branch needs no list kept by hand (docs/tree-format.md, "Language that callers understand").
class PupilBranches
{
public:
    /// \a tree must be valid: acyclic, every node reachable.
    explicit PupilBranches(const DecisionTree &tree);

    bool contains(qsizetype nodeIndex) const { return m_pupil.value(nodeIndex, false); }
    LanguageAudience audienceOf(qsizetype nodeIndex) const
    {
        return contains(nodeIndex) ? LanguageAudience::Pupils : LanguageAudience::Callers;
    }

private:
    QList<bool> m_pupil; ///< per node, in file order
};

} // namespace ww
