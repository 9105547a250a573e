// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/TreeLayout.h"

#include <QGraphicsView>
#include <QHash>

class QGraphicsRectItem;

namespace ww {

class TreeDraft;

/// The draft as a drawing, top down from the start (TreeLayout): questions and outcomes as boxes, answers as
/// lines. Ctrl+plus and Ctrl+minus (or Ctrl and the wheel) zoom, Ctrl+0 fits the whole tree; the arrow keys
/// walk the boxes (Down: first answer's node, Up: the layer above, Left and Right: along the layer).
class TreeGraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit TreeGraphView(QWidget *parent = nullptr);

    void showDraft(const TreeDraft &draft);
    /// Selects \a nodeId and centres it, without emitting nodeSelected. False when it is not drawn.
    bool selectNode(const QString &nodeId);
    QString selectedNodeId() const { return m_selected; }
    /// Colours every box by its value, from pale (lowest) to dark red (highest), e.g. how many contacts passed
    /// each node; boxes without a value stay as they are. An empty map takes the colours away.
    void setNodeValues(const QHash<QString, double> &values);
    QHash<QString, double> nodeValues() const { return m_values; }
    double zoom() const;
    void zoomBy(double factor);
    void fitAll();
    QRectF nodeRect(const QString &nodeId) const;

signals:
    void nodeSelected(const QString &nodeId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void paintBoxes();
    void choose(const QString &nodeId);

    TreeLayout m_layout;
    QHash<QString, QGraphicsRectItem *> m_boxes;
    QHash<QString, bool> m_outcome;
    QHash<QString, double> m_values;
    QString m_selected;
};

} // namespace ww
