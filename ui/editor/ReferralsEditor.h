// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

#include <functional>

class QComboBox;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ww {

class DraftEditor;
class ReferralDirectory;
class TreeDraft;

/// An outcome's referrals, in the order the agent mentions them: add, remove and move them, choose the party
/// from the directory and edit what the agent says about it, in Dutch and English.
class ReferralsEditor : public QGroupBox
{
    Q_OBJECT

public:
    ReferralsEditor(DraftEditor &editor, const ReferralDirectory &directory, QWidget *parent = nullptr);

    void showNode(const QString &nodeId);
    void refresh();
    int currentReferral() const;

private:
    void edit(int kind, const QString &text, const std::function<bool(TreeDraft &, QString *)> &change,
              const QString &mergeKey = {});

    DraftEditor &m_editor;
    const ReferralDirectory &m_directory;
    QString m_nodeId;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QComboBox *m_party;
    QPlainTextEdit *m_scriptNl;
    QPlainTextEdit *m_scriptEn;
};

} // namespace ww
