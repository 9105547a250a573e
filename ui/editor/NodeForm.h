// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ww {

class DraftEditor;
class OptionsEditor;
class ReferralsEditor;
class ReferralDirectory;

/// The selected node: its id, its texts and agent note in Dutch and English, whether the tree starts there,
/// and for an outcome whether it is urgent or a white spot; below, its answers or its referrals.
class NodeForm : public QWidget
{
    Q_OBJECT

public:
    NodeForm(DraftEditor &editor, const ReferralDirectory &directory, QWidget *parent = nullptr);

    QString nodeId() const { return m_nodeId; }
    void showNode(const QString &nodeId);
    /// Shows the draft's values again (after an edit, undo or redo).
    void refresh();
    /// Focus on the node's Dutch text.
    void focusText();

private:
    void bindText(QPlainTextEdit *box, int field, const QString &language);

    DraftEditor &m_editor;
    QString m_nodeId;
    QLabel *m_heading;
    QLineEdit *m_id;
    QCheckBox *m_start;
    QPlainTextEdit *m_textNl;
    QPlainTextEdit *m_textEn;
    QPlainTextEdit *m_noteNl;
    QPlainTextEdit *m_noteEn;
    QCheckBox *m_urgent;
    QCheckBox *m_whiteSpot;
    OptionsEditor *m_options;
    ReferralsEditor *m_referrals;
};

} // namespace ww
