// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LocalizedText.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace ww {

class Database;
class DecisionTree;
class ReferralDirectory;

/// Names for the codes of a report, in its language: themes, caller roles, school types and reason
/// categories from VocabularyNames (the installed translation), parties from the directory, outcomes
/// and answers from the trees the cases were walked in. A code without a name is shown as it is.
class ReportNames
{
    Q_DECLARE_TR_FUNCTIONS(ww::ReportNames)

public:
    /// \a language is "nl" or "en", for the content's own texts (party names, tree texts).
    explicit ReportNames(QString language = u"nl"_qs);

    QString language() const { return m_language; }
    void addDirectory(const ReferralDirectory &directory);
    /// Later trees win: add the oldest first.
    void addTree(const DecisionTree &tree);
    /// Adds the stored trees with these identities (those that load; the others keep their codes).
    void addStoredTrees(Database &database, const QStringList &identities);
    /// Names already in the report's language, by party id and by tree node id.
    void addNames(const QHash<QString, QString> &parties, const QHash<QString, QString> &nodes);

    QString party(const QString &id) const;
    /// The outcome's first sentence; the node id is added where two outcomes start alike.
    QString outcome(const QString &nodeId) const;
    /// The label of answer \a optionId at question \a nodeId.
    QString answer(const QString &nodeId, const QString &optionId) const;
    /// The name of one code of a one-code dimension ("theme", "caller_role", "outcome", …).
    QString code(const QString &dimension, const QString &code) const;
    /// The name of a cell's value: for "theme:caller_role" and "bullying:pupil" both names, joined.
    QString label(const QString &dimension, const QString &value) const;

    /// The beginning of \a text up to its first full stop, at most about 90 characters.
    static QString firstSentence(const QString &text);

private:
    QString m_language;
    QHash<QString, LocalizedText> m_parties;
    QHash<QString, LocalizedText> m_outcomes;
    QHash<QString, LocalizedText> m_answers; ///< "node|option"
};

} // namespace ww
