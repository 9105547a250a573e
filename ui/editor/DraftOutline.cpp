// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/DraftOutline.h"

#include "editor/TreeDraft.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QStandardItemModel>

namespace ww {

namespace {

// Deeper than any sensible tree, and a limit for a broken draft that loops.
constexpr int MaxDepth = 64;

QString shortText(const QString &text)
{
    return text.size() > 80 ? text.left(79) + u'…' : text;
}

} // namespace

DraftOutline::DraftOutline(QWidget *parent)
    : QTreeView(parent)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(u"draftOutline"_qs);
    setAccessibleName(tr("Tree outline"));
    setModel(m_model);
    setHeaderHidden(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformRowHeights(true);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!m_updating && current.isValid())
            emit nodeSelected(current.data(NodeIdRole).toString());
    });
    // Remembered by node, so that an edit (which rebuilds the outline) leaves folded branches folded.
    connect(this, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (!m_updating)
            m_collapsed.insert(index.data(NodeIdRole).toString());
    });
    connect(this, &QTreeView::expanded, this,
            [this](const QModelIndex &index) { m_collapsed.remove(index.data(NodeIdRole).toString()); });
}

QStandardItem *DraftOutline::itemFor(const TreeDraft &draft, const QString &nodeId, const QString &answer,
                                     QSet<QString> &shown, int depth)
{
    const QJsonObject node = draft.node(nodeId);
    const QString prefix = answer.isEmpty() ? QString() : answer + u" → "_qs;
    auto *item = new QStandardItem;
    item->setData(nodeId, NodeIdRole);
    if (node.isEmpty()) {
        item->setText(prefix + tr("%1 (missing node)").arg(nodeId));
        return item;
    }
    const QString kind = draft.isOutcome(nodeId) ? tr("outcome") : tr("question");
    const QString text = shortText(node.value(u"text").toObject().value(u"nl").toString());
    if (shown.contains(nodeId)) {
        item->setText(prefix + tr("%1 (see above)").arg(nodeId));
        return item;
    }
    shown.insert(nodeId);
    item->setText(prefix + u"%1 [%2]: %3"_qs.arg(nodeId, kind, text));
    item->setToolTip(text);
    if (depth >= MaxDepth)
        return item;
    for (const QJsonValue &value : draft.options(nodeId)) {
        const QJsonObject option = value.toObject();
        const QString label = option.value(u"label").toObject().value(u"nl").toString();
        item->appendRow(itemFor(draft, option.value(u"next").toString(), shortText(label), shown, depth + 1));
    }
    return item;
}

void DraftOutline::showDraft(const TreeDraft &draft)
{
    const QString current = currentNodeId();
    m_updating = true;
    m_model->clear();
    QSet<QString> shown;
    if (!draft.node(draft.startNodeId()).isEmpty())
        m_model->appendRow(itemFor(draft, draft.startNodeId(), QString(), shown, 0));
    for (const QString &id : draft.nodeIds()) {
        if (!shown.contains(id)) {
            QStandardItem *loose = itemFor(draft, id, tr("not reached"), shown, 0);
            m_model->appendRow(loose);
        }
    }
    expandAll();
    for (const QString &id : std::as_const(m_collapsed)) {
        if (QStandardItem *item = firstItemOf(id))
            collapse(item->index());
    }
    m_updating = false;
    if (!current.isEmpty())
        selectNode(current);
}

QStandardItem *DraftOutline::firstItemOf(const QString &nodeId) const
{
    const QModelIndexList found
            = m_model->match(m_model->index(0, 0), NodeIdRole, nodeId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : m_model->itemFromIndex(found.constFirst());
}

void DraftOutline::selectNode(const QString &nodeId)
{
    QStandardItem *item = firstItemOf(nodeId);
    if (!item || currentNodeId() == nodeId)
        return;
    m_updating = true;
    for (QModelIndex parent = item->index().parent(); parent.isValid(); parent = parent.parent())
        expand(parent);
    setCurrentIndex(item->index());
    scrollTo(item->index());
    m_updating = false;
}

QString DraftOutline::currentNodeId() const
{
    return currentIndex().data(NodeIdRole).toString();
}

} // namespace ww
