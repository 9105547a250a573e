// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/TreeGraphView.h"

#include "common/DeskPalette.h"
#include "editor/TreeDraft.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QWheelEvent>

#include <algorithm>

namespace ww {

namespace {

constexpr qreal BoxWidth = 170;
constexpr qreal BoxHeight = 44;
constexpr qreal ColumnGap = 24;
constexpr qreal LayerGap = 70;
constexpr qreal MinZoom = 0.05;
constexpr qreal MaxZoom = 4.0;

QColor baseColour(bool outcome)
{
    return DeskPalette::color(outcome ? DeskPalette::Role::DiagramOutcome : DeskPalette::Role::DiagramQuestion);
}

} // namespace

TreeGraphView::TreeGraphView(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(u"treeGraphView"_qs);
    setAccessibleName(tr("Tree drawing"));
    setAccessibleDescription(tr("Arrow keys move between the boxes; Ctrl+plus and Ctrl+minus zoom."));
    setScene(new QGraphicsScene(this));
    viewport()->setAccessibleName(tr("Tree drawing"));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setFocusPolicy(Qt::StrongFocus);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
}

void TreeGraphView::showDraft(const TreeDraft &draft)
{
    scene()->clear();
    m_boxes.clear();
    m_outcome.clear();
    m_layout = TreeLayout::of(draft);
    qsizetype widest = 1;
    for (const QStringList &layer : std::as_const(m_layout.layers))
        widest = std::max(widest, layer.size());
    const qreal totalWidth = qreal(widest) * (BoxWidth + ColumnGap);
    const QPen edgePen(DeskPalette::color(DeskPalette::Role::DiagramLine), 1.2);
    for (qsizetype l = 0; l < m_layout.layers.size(); ++l) {
        const QStringList &layer = m_layout.layers[l];
        const qreal left = (totalWidth - qreal(layer.size()) * (BoxWidth + ColumnGap)) / 2;
        for (qsizetype c = 0; c < layer.size(); ++c) {
            const QString &id = layer[c];
            const QRectF rect(left + qreal(c) * (BoxWidth + ColumnGap), qreal(l) * (BoxHeight + LayerGap), BoxWidth,
                              BoxHeight);
            auto *box = scene()->addRect(rect, QPen(), baseColour(draft.isOutcome(id)));
            box->setZValue(1);
            box->setData(0, id);
            box->setToolTip(draft.node(id).value(u"text").toObject().value(u"nl").toString());
            auto *label = new QGraphicsSimpleTextItem(box);
            const QFontMetrics metrics(label->font());
            label->setText(metrics.elidedText(id, Qt::ElideMiddle, int(BoxWidth - 10)));
            label->setPos(rect.left() + 5, rect.center().y() - metrics.height() / 2.0);
            m_boxes.insert(id, box);
            m_outcome.insert(id, draft.isOutcome(id));
        }
    }
    for (const auto &[from, to] : std::as_const(m_layout.edges)) {
        const QRectF a = m_boxes.value(from)->rect();
        const QRectF b = m_boxes.value(to)->rect();
        scene()->addLine(QLineF(QPointF(a.center().x(), a.bottom()), QPointF(b.center().x(), b.top())), edgePen);
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20));
    paintBoxes();
}

void TreeGraphView::paintBoxes()
{
    double highest = 0;
    for (const double value : std::as_const(m_values))
        highest = std::max(highest, value);
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        QColor colour = baseColour(m_outcome.value(it.key()));
        if (m_values.contains(it.key()) && highest > 0) {
            const double share = std::clamp(m_values.value(it.key()) / highest, 0.0, 1.0);
            colour = QColor::fromHsvF(0.0, 0.1 + 0.8 * share, 1.0 - 0.35 * share);
        }
        it.value()->setBrush(colour);
        // The label follows its box: dark boxes (dark appearance, much-used nodes) get white text.
        const QColor text = DeskPalette::textOn(colour);
        for (QGraphicsItem *child : it.value()->childItems()) {
            if (auto *label = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(child))
                label->setBrush(text);
        }
        const bool selected = it.key() == m_selected;
        it.value()->setPen(
                QPen(selected ? DeskPalette::color(DeskPalette::Role::DiagramSelection) : text, selected ? 4 : 1));
    }
}

bool TreeGraphView::selectNode(const QString &nodeId)
{
    QGraphicsRectItem *box = m_boxes.value(nodeId);
    if (!box)
        return false;
    m_selected = nodeId;
    paintBoxes();
    centerOn(box);
    return true;
}

void TreeGraphView::choose(const QString &nodeId)
{
    if (selectNode(nodeId))
        emit nodeSelected(nodeId);
}

void TreeGraphView::setNodeValues(const QHash<QString, double> &values)
{
    m_values = values;
    paintBoxes();
}

double TreeGraphView::zoom() const
{
    return transform().m11();
}

void TreeGraphView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, MinZoom, MaxZoom);
    scale(target / zoom(), target / zoom());
}

void TreeGraphView::fitAll()
{
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
}

QRectF TreeGraphView::nodeRect(const QString &nodeId) const
{
    const QGraphicsRectItem *box = m_boxes.value(nodeId);
    return box ? box->rect() : QRectF();
}

void TreeGraphView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)
            return zoomBy(1.25);
        if (event->key() == Qt::Key_Minus)
            return zoomBy(0.8);
        if (event->key() == Qt::Key_0)
            return fitAll();
    }
    const TreeLayout::Place here = m_layout.places.value(m_selected);
    const auto at = [this](int layer, int column) {
        if (layer < 0 || layer >= m_layout.layers.size())
            return QString();
        const QStringList &ids = m_layout.layers[layer];
        return ids.value(std::clamp(column, 0, int(ids.size()) - 1));
    };
    QString target;
    switch (event->key()) {
    case Qt::Key_Left:
        target = at(here.layer, here.column - 1);
        break;
    case Qt::Key_Right:
        target = at(here.layer, here.column + 1);
        break;
    case Qt::Key_Up:
        target = at(here.layer - 1, here.column);
        break;
    case Qt::Key_Down: {
        for (const auto &[from, to] : std::as_const(m_layout.edges)) {
            if (from == m_selected) {
                target = to;
                break;
            }
        }
        break;
    }
    default:
        return QGraphicsView::keyPressEvent(event);
    }
    if (m_selected.isEmpty() && !m_layout.layers.isEmpty())
        target = m_layout.layers.constFirst().value(0);
    if (!target.isEmpty())
        choose(target);
}

void TreeGraphView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier))
        return QGraphicsView::wheelEvent(event);
    zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
    event->accept();
}

void TreeGraphView::mousePressEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item = itemAt(event->pos()); item; item = item->parentItem()) {
        if (const QString id = item->data(0).toString(); !id.isEmpty()) {
            choose(id);
            break;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

} // namespace ww
