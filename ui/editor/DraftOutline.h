// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QTreeView>

class QStandardItem;
class QStandardItemModel;

namespace ww {

class TreeDraft;

/// The draft as an outline from the start: each question with the nodes its answers lead to. A node reached
/// a second time is shown once more as a reference only; nodes the start does not reach come last.
class DraftOutline : public QTreeView
{
    Q_OBJECT

public:
    static constexpr int NodeIdRole = Qt::UserRole + 1;

    explicit DraftOutline(QWidget *parent = nullptr);

    void showDraft(const TreeDraft &draft);
    /// Selects the first place \a nodeId is shown, without emitting nodeSelected.
    void selectNode(const QString &nodeId);
    QString currentNodeId() const;

signals:
    void nodeSelected(const QString &nodeId);

private:
    QStandardItem *itemFor(const TreeDraft &draft, const QString &nodeId, const QString &answer, QSet<QString> &shown,
                           int depth);
    QStandardItem *firstItemOf(const QString &nodeId) const;

    QStandardItemModel *m_model;
    QSet<QString> m_collapsed;
    bool m_updating = false;
};

} // namespace ww
