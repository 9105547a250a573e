// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/ReferralsEditor.h"

#include "directory/ReferralDirectory.h"
#include "editor/DraftEditor.h"
#include "editor/FormFields.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ww {

ReferralsEditor::ReferralsEditor(DraftEditor &editor, const ReferralDirectory &directory, QWidget *parent)
    : QGroupBox(tr("Referrals"), parent)
    , m_editor(editor)
    , m_directory(directory)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add &referral"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
    , m_party(new QComboBox(this))
    , m_scriptNl(FormFields::textBox(this, u"scriptNlEdit"_qs, tr("What the agent says, in Dutch")))
    , m_scriptEn(FormFields::textBox(this, u"scriptEnEdit"_qs, tr("What the agent says, in English")))
{
    setObjectName(u"referralsEditor"_qs);
    setAccessibleName(tr("Referrals"));
    m_list->setObjectName(u"referralList"_qs);
    m_list->setAccessibleName(tr("Referrals of this outcome"));
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 6 + 8);
    m_add->setObjectName(u"addReferralButton"_qs);
    m_remove->setObjectName(u"removeReferralButton"_qs);
    m_up->setObjectName(u"referralUpButton"_qs);
    m_down->setObjectName(u"referralDownButton"_qs);
    m_party->setObjectName(u"referralPartyCombo"_qs);
    m_party->setAccessibleName(tr("Party"));
    for (const Party &party : m_directory.parties())
        m_party->addItem(u"%1 (%2)"_qs.arg(party.name.nl, party.id), party.id);

    auto *buttons = new QHBoxLayout;
    m_add->setAccessibleName(tr("Add referral"));
    m_remove->setAccessibleName(tr("Remove referral"));
    m_up->setAccessibleName(tr("Referral up"));
    m_down->setAccessibleName(tr("Referral down"));
    for (QPushButton *button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Party:"), m_party);
    form->addRow(tr("Says (Dutch):"), m_scriptNl);
    form->addRow(tr("Says (English):"), m_scriptEn);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addLayout(form);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] { refresh(); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString party = m_directory.parties().isEmpty() ? QString() : m_directory.parties().constFirst().id;
        edit(int(DraftEditKind::AddReferral), tr("Add a referral to %1").arg(m_nodeId),
             [&](TreeDraft &d, QString *e) { return d.addReferral(m_nodeId, party, tr("New referral"), e); });
        m_list->setCurrentRow(m_list->count() - 1);
        m_party->setFocus(Qt::OtherFocusReason);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int referral = currentReferral();
        edit(int(DraftEditKind::RemoveReferral), tr("Remove referral %1 of %2").arg(referral + 1).arg(m_nodeId),
             [&](TreeDraft &d, QString *e) { return d.removeReferral(m_nodeId, referral, e); });
    });
    const auto move = [this](int delta) {
        const int referral = currentReferral();
        edit(int(DraftEditKind::MoveReferral), tr("Move referral %1 of %2").arg(referral + 1).arg(m_nodeId),
             [&](TreeDraft &d, QString *e) { return d.moveReferral(m_nodeId, referral, delta, e); });
        m_list->setCurrentRow(std::clamp(referral + delta, 0, m_list->count() - 1));
    };
    connect(m_up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [move] { move(1); });
    connect(m_party, &QComboBox::activated, this, [this] {
        const int referral = currentReferral();
        const QString party = m_party->currentData().toString();
        edit(int(DraftEditKind::ReferralParty), tr("Refer to %1 in %2").arg(party, m_nodeId),
             [&](TreeDraft &d, QString *e) { return d.setReferralParty(m_nodeId, referral, party, e); });
    });
    for (auto [box, language] : {std::pair{m_scriptNl, u"nl"_qs}, std::pair{m_scriptEn, u"en"_qs}}) {
        connect(box, &QPlainTextEdit::textChanged, this, [this, box, language] {
            const int referral = currentReferral();
            const DraftText where{m_nodeId, DraftText::Field::ReferralScript, referral};
            const QString value = box->toPlainText();
            edit(
                    int(DraftEditKind::Text), tr("Edit referral %1 of %2").arg(referral + 1).arg(m_nodeId),
                    [&](TreeDraft &d, QString *e) { return d.setText(where, language, value, e); },
                    u"script/%1/%2/%3"_qs.arg(m_nodeId).arg(referral).arg(language));
        });
    }
}

void ReferralsEditor::edit(int kind, const QString &text, const std::function<bool(TreeDraft &, QString *)> &change,
                           const QString &mergeKey)
{
    if (!m_nodeId.isEmpty())
        m_editor.apply(DraftEditKind(kind), text, change, mergeKey);
}

void ReferralsEditor::showNode(const QString &nodeId)
{
    m_nodeId = nodeId;
    m_list->setCurrentRow(-1);
    refresh();
}

int ReferralsEditor::currentReferral() const
{
    return m_list->currentRow();
}

void ReferralsEditor::refresh()
{
    const QJsonArray referrals = m_editor.draft().referrals(m_nodeId);
    {
        const QSignalBlocker quiet(m_list);
        const int current = m_list->currentRow();
        m_list->clear();
        for (qsizetype i = 0; i < referrals.size(); ++i) {
            const QString party = referrals.at(i).toObject().value(u"party").toString();
            const Party *known = m_directory.party(party);
            const QString name = known ? known->name.nl : tr("%1 (not in the directory)").arg(party);
            m_list->addItem(u"%1. %2"_qs.arg(i + 1).arg(name));
        }
        m_list->setCurrentRow(std::min(current < 0 ? 0 : current, int(referrals.size()) - 1));
    }
    const int index = currentReferral();
    const bool any = index >= 0;
    const QJsonObject referral = any ? referrals.at(index).toObject() : QJsonObject();
    for (QWidget *field : std::initializer_list<QWidget *>{m_remove, m_party, m_scriptNl, m_scriptEn})
        field->setEnabled(any);
    m_up->setEnabled(index > 0);
    m_down->setEnabled(any && index + 1 < referrals.size());
    if (any)
        FormFields::show(m_party, referral.value(u"party").toString());
    FormFields::show(m_scriptNl, referral.value(u"script").toObject().value(u"nl").toString());
    FormFields::show(m_scriptEn, referral.value(u"script").toObject().value(u"en").toString());
}

} // namespace ww
