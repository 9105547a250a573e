// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/DraftPreview.h"

#include "tree/TreeWalkerPanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ww {

DraftPreview::DraftPreview(std::shared_ptr<const ReferralDirectory> directory, QWidget *parent)
    : QWidget(parent)
    , m_directory(std::move(directory))
    , m_status(new QLabel(this))
{
    setObjectName(u"draftPreview"_qs);
    setAccessibleName(tr("Preview of the draft"));
    m_status->setObjectName(u"previewStatus"_qs);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    showTree(nullptr);
}

void DraftPreview::showTree(std::shared_ptr<const DecisionTree> tree)
{
    if (!tree) {
        m_status->setText(m_walker ? tr("The draft has errors: this is the last version without errors.")
                                   : tr("The draft has errors: fix them to try it here."));
        return;
    }
    m_status->setText(tr("Walk the draft as an agent would: keys 1–9 choose, Backspace goes back."));
    // Same content: keep the walk where it is (an edit that changed nothing the agent sees).
    if (m_tree && m_tree->canonicalContent() == tree->canonicalContent())
        return;
    m_tree = tree;
    auto *walker = new TreeWalkerPanel(tree, m_directory, this);
    if (m_walker) {
        layout()->replaceWidget(m_walker, walker);
        delete m_walker;
    } else {
        layout()->addWidget(walker);
    }
    m_walker = walker;
}

} // namespace ww
