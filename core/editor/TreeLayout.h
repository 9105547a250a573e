// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ww {

class TreeDraft;

/// Where each node of a draft goes in a top-down drawing: its layer is its distance in answers from the start
/// (a shared node goes where it is first reached), its column the order in which the layer was reached. Nodes
/// the start does not reach get a last layer of their own, so they stay visible while they are fixed.
struct TreeLayout
{
    struct Place
    {
        int layer = 0;
        int column = 0;
    };
    QHash<QString, Place> places;
    QList<QStringList> layers;
    /// Every answer as (from, to); only answers to nodes that exist.
    QList<std::pair<QString, QString>> edges;

    static TreeLayout of(const TreeDraft &draft);
};

} // namespace ww
