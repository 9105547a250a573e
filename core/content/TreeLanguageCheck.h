// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Diagnostic.h"
#include "content/LanguageCheck.h"
#include "json/JsonFileReader.h"

#include <QCoreApplication>

namespace ww {

class DecisionTree;

/// The plain-language warnings of `tree validate`: every text a tree says to callers (question texts, option
/// labels, outcome texts, referral scripts; not the agents' notes) in Dutch and English, pupils' branches with
/// their shorter limit. A warning the node explains in its languageExceptions is left out; an exception that
/// excuses nothing is itself a warning, so stale ones do not pile up.
class TreeLanguageCheck
{
    Q_DECLARE_TR_FUNCTIONS(ww::TreeLanguageCheck)

public:
    explicit TreeLanguageCheck(LanguageCheck check = LanguageCheck());

    /// \a tree was loaded from \a input, which locates the warnings in the file.
    Diagnostics check(const DecisionTree &tree, const JsonInput &input) const;

private:
    LanguageCheck m_check;
};

} // namespace ww
