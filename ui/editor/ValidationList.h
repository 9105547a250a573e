// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/TreeDraft.h"

#include <QListWidget>

namespace ww {

/// The draft's problems as `tree validate` words them, errors first; choosing one (Enter or a click) selects
/// the node it is about.
class ValidationList : public QListWidget
{
    Q_OBJECT

public:
    static constexpr int NodeIdRole = Qt::UserRole + 1;

    explicit ValidationList(QWidget *parent = nullptr);
    void showValidation(const DraftValidation &validation);

signals:
    void nodeChosen(const QString &nodeId);
};

} // namespace ww
