// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/NodeForm.h"

#include "editor/DraftEditor.h"
#include "editor/FormFields.h"
#include "editor/OptionsEditor.h"
#include "editor/ReferralsEditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ww {

NodeForm::NodeForm(DraftEditor &editor, const ReferralDirectory &directory, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_heading(new QLabel(this))
    , m_id(FormFields::lineEdit(this, u"nodeIdEdit"_qs, tr("Node id")))
    , m_start(new QCheckBox(tr("The tree &starts here"), this))
    , m_textNl(FormFields::textBox(this, u"textNlEdit"_qs, tr("Text in Dutch")))
    , m_textEn(FormFields::textBox(this, u"textEnEdit"_qs, tr("Text in English")))
    , m_noteNl(FormFields::textBox(this, u"noteNlEdit"_qs, tr("Note for the agent in Dutch")))
    , m_noteEn(FormFields::textBox(this, u"noteEnEdit"_qs, tr("Note for the agent in English")))
    , m_urgent(new QCheckBox(tr("&Urgent: acute danger"), this))
    , m_whiteSpot(new QCheckBox(tr("&White spot: no party really fits"), this))
    , m_options(new OptionsEditor(editor, this))
    , m_referrals(new ReferralsEditor(editor, directory, this))
{
    setObjectName(u"nodeForm"_qs);
    setAccessibleName(tr("Selected node"));
    m_heading->setObjectName(u"nodeHeading"_qs);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_heading->setFont(bold);
    m_start->setObjectName(u"startCheck"_qs);
    m_urgent->setObjectName(u"urgentCheck"_qs);
    m_whiteSpot->setObjectName(u"whiteSpotCheck"_qs);
    m_id->setToolTip(tr("Lower-case letters, digits and hyphens. Renaming also changes the answers that lead here."));

    auto *form = new QFormLayout;
    // Labels above long fields, so the form fits beside the tree and the problems.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(QString(), m_start);
    form->addRow(tr("&Text (Dutch):"), m_textNl);
    form->addRow(tr("Text (Englis&h):"), m_textEn);
    form->addRow(tr("&Note for the agent (Dutch):"), m_noteNl);
    form->addRow(tr("Note for the agent (En&glish):"), m_noteEn);
    form->addRow(QString(), m_urgent);
    form->addRow(QString(), m_whiteSpot);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_options);
    layout->addWidget(m_referrals);
    layout->addStretch(1);

    connect(m_id, &QLineEdit::editingFinished, this, [this] {
        const QString newId = m_id->text().trimmed();
        if (m_nodeId.isEmpty() || newId == m_nodeId)
            return;
        const QString old = m_nodeId;
        if (m_editor.apply(DraftEditKind::RenameNode, tr("Rename %1 to %2").arg(old, newId),
                           [&](TreeDraft &d, QString *e) { return d.renameNode(old, newId, e); }))
            showNode(newId);
        else
            FormFields::show(m_id, old);
    });
    connect(m_start, &QCheckBox::toggled, this, [this](bool on) {
        if (on && !m_nodeId.isEmpty())
            m_editor.apply(DraftEditKind::SetStart, tr("Start at %1").arg(m_nodeId),
                           [id = m_nodeId](TreeDraft &d, QString *e) { return d.setStart(id, e); });
        refresh();
    });
    const auto flag = [this](QCheckBox *box, TreeDraft::Flag which, const QString &text) {
        connect(box, &QCheckBox::toggled, this, [this, which, text](bool on) {
            m_editor.apply(
                    DraftEditKind::OutcomeFlag, text.arg(m_nodeId),
                    [id = m_nodeId, which, on](TreeDraft &d, QString *e) { return d.setFlag(id, which, on, e); });
        });
    };
    flag(m_urgent, TreeDraft::Flag::Urgent, tr("Urgent or not: %1"));
    flag(m_whiteSpot, TreeDraft::Flag::WhiteSpot, tr("White spot or not: %1"));
    bindText(m_textNl, int(DraftText::Field::Text), u"nl"_qs);
    bindText(m_textEn, int(DraftText::Field::Text), u"en"_qs);
    bindText(m_noteNl, int(DraftText::Field::Note), u"nl"_qs);
    bindText(m_noteEn, int(DraftText::Field::Note), u"en"_qs);
    showNode(QString());
}

void NodeForm::bindText(QPlainTextEdit *box, int field, const QString &language)
{
    connect(box, &QPlainTextEdit::textChanged, this, [this, box, field, language] {
        const DraftText where{m_nodeId, DraftText::Field(field)};
        const QString value = box->toPlainText();
        m_editor.apply(
                DraftEditKind::Text, tr("Edit text of %1").arg(m_nodeId),
                [&](TreeDraft &d, QString *e) { return d.setText(where, language, value, e); },
                u"%1/%2/%3"_qs.arg(m_nodeId).arg(field).arg(language));
    });
}

void NodeForm::showNode(const QString &nodeId)
{
    m_nodeId = nodeId;
    m_options->showNode(nodeId);
    m_referrals->showNode(nodeId);
    refresh();
}

void NodeForm::refresh()
{
    const TreeDraft &draft = m_editor.draft();
    const QJsonObject node = draft.node(m_nodeId);
    const bool exists = !node.isEmpty();
    const bool outcome = draft.isOutcome(m_nodeId);
    for (QWidget *field : std::initializer_list<QWidget *>{m_id, m_start, m_textNl, m_textEn, m_noteNl, m_noteEn})
        field->setEnabled(exists);
    m_heading->setText(!exists ? tr("No node selected")
                               : (outcome ? tr("Outcome %1") : tr("Question %1")).arg(m_nodeId));
    FormFields::show(m_id, m_nodeId);
    {
        const QSignalBlocker quiet(m_start);
        m_start->setChecked(exists && draft.startNodeId() == m_nodeId);
    }
    // The start changes by choosing another node as start, never by having none.
    m_start->setEnabled(exists && !m_start->isChecked());
    FormFields::show(m_textNl, draft.text({m_nodeId, DraftText::Field::Text}, u"nl"_qs));
    FormFields::show(m_textEn, draft.text({m_nodeId, DraftText::Field::Text}, u"en"_qs));
    FormFields::show(m_noteNl, draft.text({m_nodeId, DraftText::Field::Note}, u"nl"_qs));
    FormFields::show(m_noteEn, draft.text({m_nodeId, DraftText::Field::Note}, u"en"_qs));
    for (auto [box, key] : {std::pair{m_urgent, u"urgent"_qs}, std::pair{m_whiteSpot, u"whiteSpot"_qs}}) {
        const QSignalBlocker quiet(box);
        box->setChecked(node.value(key).toBool());
        box->setVisible(outcome);
    }
    m_options->setVisible(exists && !outcome);
    m_referrals->setVisible(exists && outcome);
    m_options->refresh();
    m_referrals->refresh();
}

void NodeForm::focusText()
{
    m_textNl->setFocus(Qt::TabFocusReason);
}

} // namespace ww
