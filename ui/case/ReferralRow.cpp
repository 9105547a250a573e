// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/ReferralRow.h"

#include "Vocabulary.h"
#include "VocabularyNames.h"
#include "cases/CaseSession.h"
#include "common/CategoryCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ww {

template<typename Widget>
Widget *ReferralRow::tagged(Widget *widget, const QString &name) const
{
    widget->setObjectName(name + m_partyId);
    widget->setProperty(PartyProperty, m_partyId);
    return widget;
}

ReferralRow::ReferralRow(CaseSession &session, const CaseReferral &referral, const QString &partyName, bool readOnly,
                         const QString &languageNotice, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_partyId(referral.partyId)
    , m_name(partyName)
{
    const bool removed = referral.decision == ReferralDecision::Removed;
    tagged(this, u"referralRow_"_qs);
    setFrameShape(QFrame::StyledPanel);

    auto *nameLabel = tagged(new QLabel(m_name, this), u"referralName_"_qs);
    nameLabel->setWordWrap(true);
    nameLabel->setTextFormat(Qt::PlainText);
    QFont font = nameLabel->font();
    font.setBold(true);
    font.setStrikeOut(removed);
    nameLabel->setFont(font);

    QString state;
    const QString reason = referral.reasonCategory.isEmpty()
            ? referral.reason
            : VocabularyNames::referralChangeReason(referral.reasonCategory) + u" — "_qs + referral.reason;
    if (referral.origin == ReferralOrigin::Added)
        state = tr("Added by you. Reason: %1").arg(reason);
    else if (removed)
        state = tr("Suggested by the tree; removed. Reason: %1").arg(reason);
    else
        state = tr("Suggested by the tree");
    auto *stateLabel = tagged(new QLabel(state, this), u"referralState_"_qs);
    stateLabel->setWordWrap(true);
    stateLabel->setTextFormat(Qt::PlainText);
    setAccessibleName(m_name + u": "_qs + state);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(nameLabel);
    layout->addWidget(stateLabel);
    if (!languageNotice.isEmpty()) {
        auto *languageLabel = tagged(new QLabel(languageNotice, this), u"referralLanguage_"_qs);
        languageLabel->setWordWrap(true);
        languageLabel->setTextFormat(Qt::PlainText);
        layout->addWidget(languageLabel);
        setAccessibleDescription(languageNotice);
    }
    auto *controls = new QHBoxLayout;
    layout->addLayout(controls);

    if (!removed) {
        auto *warm = tagged(new QCheckBox(tr("Warm hand-over"), this), u"warmHandoverCheck_"_qs);
        warm->setAccessibleName(tr("Warm hand-over to %1").arg(m_name));
        warm->setToolTip(tr("Tick when you handed the caller over in person, not only gave the contact details."));
        // Read out when the agent tabs to the party: a label is never focused.
        warm->setAccessibleDescription(languageNotice);
        warm->setChecked(referral.warmHandover);
        warm->setEnabled(!readOnly);
        connect(warm, &QCheckBox::toggled, this, [this](bool on) { m_session.setWarmHandover(m_partyId, on); });
        controls->addWidget(warm);
    }
    controls->addStretch(1);
    if (readOnly)
        return;
    if (removed) {
        auto *restore = tagged(new QPushButton(tr("Restore"), this), u"restoreReferralButton_"_qs);
        restore->setAccessibleName(tr("Restore %1").arg(m_name));
        connect(restore, &QPushButton::clicked, this, [this] { m_session.restoreReferral(m_partyId); });
        controls->addWidget(restore);
        return;
    }
    addRemoval(controls, layout);
}

void ReferralRow::addRemoval(QLayout *controls, QLayout *layout)
{
    m_removeButton = tagged(new QPushButton(tr("Remove…"), this), u"removeReferralButton_"_qs);
    m_removeButton->setAccessibleName(tr("Remove %1").arg(m_name));
    controls->addWidget(m_removeButton);

    m_reasonBox = tagged(new QWidget(this), u"removeReasonBox_"_qs);
    auto *reasonLabel = tagged(new QLabel(tr("Why remove %1?").arg(m_name), m_reasonBox), u"removeReasonLabel_"_qs);
    reasonLabel->setWordWrap(true);
    m_categoryCombo = tagged(new QComboBox(m_reasonBox), u"removeReasonCategory_"_qs);
    m_categoryCombo->setAccessibleName(tr("Kind of reason for removing %1").arg(m_name));
    CategoryCombo::fill(m_categoryCombo, Vocabulary::referralRemovalReasons(), &VocabularyNames::referralChangeReason,
                        tr("Choose a reason…"));
    reasonLabel->setBuddy(m_categoryCombo);
    m_reasonEdit = tagged(new QLineEdit(m_reasonBox), u"removeReasonEdit_"_qs);
    m_reasonEdit->setAccessibleName(tr("Reason for removing %1, in your own words").arg(m_name));
    m_reasonEdit->setPlaceholderText(tr("In your own words"));
    m_reasonEdit->setMaxLength(500);
    m_reasonMessage = tagged(new QLabel(m_reasonBox), u"removeReasonMessage_"_qs);
    m_reasonMessage->setWordWrap(true);
    m_reasonMessage->hide();
    // Cancel before Remove, in the Tab order as on screen.
    auto *cancel = tagged(new QPushButton(tr("Cancel"), m_reasonBox), u"cancelRemoveButton_"_qs);
    cancel->setAccessibleName(tr("Keep %1").arg(m_name));
    auto *confirm = tagged(new QPushButton(tr("Remove"), m_reasonBox), u"confirmRemoveButton_"_qs);
    confirm->setAccessibleName(tr("Remove %1 for this reason").arg(m_name));

    auto *reasonLayout = new QVBoxLayout(m_reasonBox);
    reasonLayout->setContentsMargins(0, 0, 0, 0);
    reasonLayout->addWidget(reasonLabel);
    reasonLayout->addWidget(m_categoryCombo);
    reasonLayout->addWidget(m_reasonEdit);
    reasonLayout->addWidget(m_reasonMessage);
    auto *reasonButtons = new QHBoxLayout;
    reasonButtons->addStretch(1);
    reasonButtons->addWidget(cancel);
    reasonButtons->addWidget(confirm);
    reasonLayout->addLayout(reasonButtons);
    m_reasonBox->hide();
    layout->addWidget(m_reasonBox);

    connect(m_removeButton, &QPushButton::clicked, this, [this] { showRemoval(true); });
    connect(cancel, &QPushButton::clicked, this, [this] { showRemoval(false); });
    connect(confirm, &QPushButton::clicked, this, &ReferralRow::confirmRemoval);
    connect(m_reasonEdit, &QLineEdit::returnPressed, this, &ReferralRow::confirmRemoval);
    // Esc in the reason cancels the removal here, instead of leaving the case.
    m_reasonEdit->installEventFilter(this);
    m_categoryCombo->installEventFilter(this);
}

void ReferralRow::showRemoval(bool shown)
{
    m_reasonBox->setVisible(shown);
    m_reasonMessage->hide();
    if (shown) {
        m_categoryCombo->setFocus(Qt::OtherFocusReason);
    } else {
        m_reasonEdit->clear();
        m_categoryCombo->setCurrentIndex(0);
        m_removeButton->setFocus(Qt::OtherFocusReason);
    }
}

void ReferralRow::confirmRemoval()
{
    if (CategoryCombo::chosen(m_categoryCombo).isEmpty()) {
        const QString message = tr("Choose why you remove %1.").arg(m_name);
        m_reasonMessage->setText(message);
        m_reasonMessage->setAccessibleName(message);
        m_reasonMessage->show();
        m_categoryCombo->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_reasonEdit->text().trimmed().isEmpty()) {
        const QString message = tr("Write why you remove %1: it differs from the tree's advice.").arg(m_name);
        m_reasonMessage->setText(message);
        m_reasonMessage->setAccessibleName(message);
        m_reasonMessage->show();
        m_reasonEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    // The panel rebuilds its rows on the change, this one included.
    m_session.removeReferral(m_partyId, m_reasonEdit->text(), CategoryCombo::chosen(m_categoryCombo));
}

bool ReferralRow::eventFilter(QObject *watched, QEvent *event)
{
    const bool escape = (watched == m_reasonEdit || watched == m_categoryCombo)
            && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
            && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier;
    if (!escape)
        return QFrame::eventFilter(watched, event);
    // Taking the shortcut override keeps the window's Esc action from firing.
    event->accept();
    if (event->type() == QEvent::KeyPress)
        showRemoval(false);
    return true;
}

} // namespace ww
