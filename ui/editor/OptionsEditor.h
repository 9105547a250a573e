// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ww {

class DraftEditor;

/// A question's answers, in the order the agent's keys 1–9 choose them: add, remove and move them, and edit
/// the selected one's id, labels, the node it leads to and the case fields it fills in.
class OptionsEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit OptionsEditor(DraftEditor &editor, QWidget *parent = nullptr);

    void showNode(const QString &nodeId);
    void refresh();
    int currentOption() const;
    void setCurrentOption(int index);
    /// Adds an answer leading to a new outcome, and selects it.
    void addOption();

private:
    void edit(int kind, const QString &text, const std::function<bool(class TreeDraft &, QString *)> &change,
              const QString &mergeKey = {});

    DraftEditor &m_editor;
    QString m_nodeId;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLineEdit *m_id;
    QLineEdit *m_labelNl;
    QLineEdit *m_labelEn;
    QComboBox *m_next;
    QList<QComboBox *> m_sets; ///< callerRole, schoolType, theme, routeStage
};

} // namespace ww
