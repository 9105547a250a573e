// SPDX-License-Identifier: GPL-3.0-or-later
#include "tree/OutcomeView.h"

#include "tree/DecisionTree.h"
#include "tree/OutcomeHtml.h"

namespace ww {

OutcomeView::OutcomeView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"outcomeView"_qs);
    setAccessibleName(tr("Advice and parties"));
    setOpenLinks(false);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
}

void OutcomeView::showOutcome(const TreeNode &outcome, const ReferralDirectory &directory, const QString &language)
{
    setHtml(OutcomeHtml::render(outcome, directory, language));
    setAccessibleDescription(outcome.text.in(language));
}

} // namespace ww
