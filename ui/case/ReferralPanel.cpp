// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/ReferralPanel.h"

#include "Vocabulary.h"
#include "VocabularyNames.h"
#include "case/LanguageNotice.h"
#include "case/ReferralRow.h"
#include "cases/CaseSession.h"
#include "common/CategoryCombo.h"
#include "common/EditableComboBox.h"
#include "common/RebuiltWidgets.h"
#include "directory/ReferralDirectory.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ww {

ReferralPanel::ReferralPanel(CaseSession &session, std::shared_ptr<const ReferralDirectory> directory, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_directory(std::move(directory))
    , m_titleLabel(new QLabel(tr("Referrals"), this))
    , m_emptyLabel(new QLabel(tr("No parties yet. The tree suggests parties when it reaches an advice; you can also "
                                 "add a party below."),
                              this))
    , m_languageLabel(new QLabel(this))
    , m_rows(new QWidget(this))
    , m_rowsLayout(new QVBoxLayout(m_rows))
    , m_whiteSpotBox(new QFrame(this))
    , m_whiteSpotLabel(new QLabel(tr("Why does no party fit? (white spo&t)"), m_whiteSpotBox))
    , m_whiteSpotCategoryCombo(new QComboBox(m_whiteSpotBox))
    , m_whiteSpotEdit(new QLineEdit(m_whiteSpotBox))
    , m_addBox(new QWidget(this))
    , m_addPartyLabel(new QLabel(tr("A&dd a party"), m_addBox))
    , m_addPartyCombo(newEditableComboBox(m_addBox))
    , m_addReasonLabel(new QLabel(tr("Reason for addin&g"), m_addBox))
    , m_addCategoryCombo(new QComboBox(m_addBox))
    , m_addReasonEdit(new QLineEdit(m_addBox))
    , m_addButton(new QPushButton(tr("Add"), m_addBox))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(u"referralPanel"_qs);
    setAccessibleName(tr("Referrals"));

    m_titleLabel->setObjectName(u"referralTitleLabel"_qs);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_emptyLabel->setObjectName(u"noReferralsLabel"_qs);
    m_emptyLabel->setWordWrap(true);
    m_languageLabel->setObjectName(u"referralLanguageLabel"_qs);
    m_languageLabel->setWordWrap(true);
    m_languageLabel->setTextFormat(Qt::PlainText);
    m_rows->setObjectName(u"referralRows"_qs);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);

    m_whiteSpotBox->setObjectName(u"whiteSpotBox"_qs);
    m_whiteSpotBox->setFrameShape(QFrame::StyledPanel);
    m_whiteSpotLabel->setObjectName(u"whiteSpotReasonLabel"_qs);
    m_whiteSpotLabel->setWordWrap(true);
    m_whiteSpotLabel->setBuddy(m_whiteSpotCategoryCombo);
    m_whiteSpotCategoryCombo->setObjectName(u"whiteSpotCategoryCombo"_qs);
    m_whiteSpotCategoryCombo->setAccessibleName(tr("Kind of reason why no party fits (white spot)"));
    CategoryCombo::fill(m_whiteSpotCategoryCombo, Vocabulary::whiteSpotReasons(), &VocabularyNames::whiteSpotReason,
                        tr("Choose a reason…"));
    CategoryCombo::select(m_whiteSpotCategoryCombo, m_session.caseData().whiteSpotCategory);
    connect(m_whiteSpotCategoryCombo, &QComboBox::activated, this, [this] {
        if (!m_readOnly)
            m_session.setWhiteSpotCategory(CategoryCombo::chosen(m_whiteSpotCategoryCombo));
    });
    m_whiteSpotEdit->setObjectName(u"whiteSpotReasonEdit"_qs);
    m_whiteSpotEdit->setAccessibleName(tr("Why no party fits (white spot), in your own words"));
    m_whiteSpotEdit->setPlaceholderText(tr("In your own words"));
    m_whiteSpotEdit->setMaxLength(500);
    m_whiteSpotEdit->setText(m_session.caseData().whiteSpotReason);
    m_reasonTimer.setSingleShot(true);
    m_reasonTimer.setInterval(CaseSession::DraftSaveDelayMs);
    connect(&m_reasonTimer, &QTimer::timeout, this, &ReferralPanel::flush);
    connect(m_whiteSpotEdit, &QLineEdit::textEdited, this, [this] { m_reasonTimer.start(); });
    connect(m_whiteSpotEdit, &QLineEdit::editingFinished, this, &ReferralPanel::flush);
    auto *whiteSpotLayout = new QVBoxLayout(m_whiteSpotBox);
    whiteSpotLayout->addWidget(m_whiteSpotLabel);
    whiteSpotLayout->addWidget(m_whiteSpotCategoryCombo);
    whiteSpotLayout->addWidget(m_whiteSpotEdit);

    m_addBox->setObjectName(u"addReferralBox"_qs);
    m_addPartyLabel->setObjectName(u"addPartyLabel"_qs);
    m_addPartyLabel->setBuddy(m_addPartyCombo);
    m_addPartyCombo->setObjectName(u"addPartyCombo"_qs);
    m_addPartyCombo->setAccessibleName(tr("Party to add, from the directory"));
    m_addPartyCombo->setInsertPolicy(QComboBox::NoInsert);
    m_addPartyCombo->setMinimumContentsLength(12);
    m_addPartyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_addPartyCombo->lineEdit()->setPlaceholderText(tr("Type to search the directory"));
    m_addPartyCombo->lineEdit()->setAccessibleName(m_addPartyCombo->accessibleName());
    m_addPartyCombo->completer()->setFilterMode(Qt::MatchContains);
    m_addPartyCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_addPartyCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_addReasonLabel->setObjectName(u"addReasonLabel"_qs);
    m_addReasonLabel->setBuddy(m_addCategoryCombo);
    m_addCategoryCombo->setObjectName(u"addReasonCategory"_qs);
    m_addCategoryCombo->setAccessibleName(tr("Kind of reason for adding the party"));
    CategoryCombo::fill(m_addCategoryCombo, Vocabulary::referralAdditionReasons(),
                        &VocabularyNames::referralChangeReason, tr("Choose a reason…"));
    m_addReasonEdit->setObjectName(u"addReasonEdit"_qs);
    m_addReasonEdit->setAccessibleName(tr("Reason for adding the party, in your own words"));
    m_addReasonEdit->setPlaceholderText(tr("In your own words"));
    m_addReasonEdit->setMaxLength(500);
    m_addButton->setObjectName(u"addReferralButton"_qs);
    m_addButton->setAccessibleName(tr("Add the party as a referral"));
    connect(m_addButton, &QPushButton::clicked, this, &ReferralPanel::addChosenParty);
    connect(m_addReasonEdit, &QLineEdit::returnPressed, this, &ReferralPanel::addChosenParty);
    auto *addLayout = new QVBoxLayout(m_addBox);
    addLayout->setContentsMargins(0, 0, 0, 0);
    addLayout->addWidget(m_addPartyLabel);
    addLayout->addWidget(m_addPartyCombo);
    addLayout->addWidget(m_addReasonLabel);
    addLayout->addWidget(m_addCategoryCombo);
    addLayout->addWidget(m_addReasonEdit);
    auto *addRow = new QHBoxLayout;
    addRow->addStretch(1);
    addRow->addWidget(m_addButton);
    addLayout->addLayout(addRow);

    m_messageLabel->setObjectName(u"referralMessageLabel"_qs);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_languageLabel);
    layout->addWidget(m_rows);
    layout->addWidget(m_whiteSpotBox);
    layout->addSpacing(8);
    layout->addWidget(m_addBox);
    layout->addWidget(m_messageLabel);
    layout->addStretch(1);

    fillPartyCombo();
    connect(&m_session, &CaseSession::changed, this, &ReferralPanel::refresh);
    refresh();
}

ReferralPanel::~ReferralPanel()
{
    // Deleting the focused line edit emits editingFinished after this body has run; by then this is
    // no longer a ReferralPanel. Save what was typed now and stop listening.
    disconnect(m_whiteSpotEdit, nullptr, this, nullptr);
    disconnect(&m_session, nullptr, this, nullptr);
    flush();
}

void ReferralPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refresh();
}

void ReferralPanel::setContentLanguage(const QString &language)
{
    m_language = language;
    fillPartyCombo();
    refresh();
}

QWidget *ReferralPanel::whiteSpotField() const
{
    return m_whiteSpotEdit;
}

QWidget *ReferralPanel::whiteSpotCategoryField() const
{
    return m_whiteSpotCategoryCombo;
}

QWidget *ReferralPanel::addPartyField() const
{
    return m_addPartyCombo;
}

void ReferralPanel::flush()
{
    m_reasonTimer.stop();
    if (!m_readOnly && m_whiteSpotEdit->text() != m_session.caseData().whiteSpotReason)
        m_session.setWhiteSpotReason(m_whiteSpotEdit->text());
}

QString ReferralPanel::partyName(const QString &partyId) const
{
    const Party *party = m_directory->party(partyId);
    // A party can have left the directory since the case was made; its id still says who it was.
    return party ? party->name.in(m_language) : partyId;
}

void ReferralPanel::fillPartyCombo()
{
    const QSignalBlocker blocker(m_addPartyCombo);
    const QString typed = m_addPartyCombo->currentText();
    m_addPartyCombo->clear();
    QList<std::pair<QString, QString>> parties;
    for (const Party &party : m_directory->parties())
        parties.append({party.name.in(m_language), party.id});
    std::sort(parties.begin(), parties.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto &[name, id] : parties)
        m_addPartyCombo->addItem(name, id);
    m_addPartyCombo->setCurrentIndex(-1);
    m_addPartyCombo->setEditText(typed);
}

QString ReferralPanel::chosenPartyId() const
{
    const int index = m_addPartyCombo->findText(m_addPartyCombo->currentText().trimmed(), Qt::MatchFixedString);
    return index >= 0 ? m_addPartyCombo->itemData(index).toString() : QString();
}

void ReferralPanel::showMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setAccessibleName(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

void ReferralPanel::addChosenParty()
{
    if (m_readOnly)
        return;
    const QString partyId = chosenPartyId();
    if (partyId.isEmpty()) {
        showMessage(tr("Choose a party from the directory first."));
        m_addPartyCombo->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (const CaseReferral *existing = m_session.caseData().referral(partyId);
        existing && existing->decision == ReferralDecision::Confirmed) {
        showMessage(tr("%1 is already in the list.").arg(partyName(partyId)));
        return;
    }
    if (CategoryCombo::chosen(m_addCategoryCombo).isEmpty()) {
        showMessage(tr("Choose why you add %1.").arg(partyName(partyId)));
        m_addCategoryCombo->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_addReasonEdit->text().trimmed().isEmpty()) {
        showMessage(tr("Write why you add %1: it differs from the tree's advice.").arg(partyName(partyId)));
        m_addReasonEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_session.addReferral(partyId, m_addReasonEdit->text(), CategoryCombo::chosen(m_addCategoryCombo)))
        return;
    showMessage(tr("%1 added.").arg(partyName(partyId)));
    m_addPartyCombo->setCurrentIndex(-1);
    m_addPartyCombo->clearEditText();
    m_addReasonEdit->clear();
    m_addCategoryCombo->setCurrentIndex(0);
    m_addPartyCombo->setFocus(Qt::OtherFocusReason);
}

void ReferralPanel::refresh()
{
    const Case &c = m_session.caseData();
    m_whiteSpotBox->setVisible(c.whiteSpot);
    m_whiteSpotEdit->setReadOnly(m_readOnly);
    m_whiteSpotCategoryCombo->setEnabled(!m_readOnly);
    if (!m_whiteSpotCategoryCombo->hasFocus())
        CategoryCombo::select(m_whiteSpotCategoryCombo, c.whiteSpotCategory);
    // Never overwrite what the agent is typing with the stored text.
    if (!m_whiteSpotEdit->hasFocus() && !m_reasonTimer.isActive() && m_whiteSpotEdit->text() != c.whiteSpotReason)
        m_whiteSpotEdit->setText(c.whiteSpotReason);
    m_addBox->setVisible(!m_readOnly);
    if (m_readOnly)
        showMessage({});
    const QString languageNotice = LanguageNotice::forCase(c.fields.callerLanguage);
    m_languageLabel->setText(languageNotice);
    m_languageLabel->setAccessibleName(languageNotice);
    m_languageLabel->setVisible(!languageNotice.isEmpty() && !c.referrals.isEmpty());
    m_emptyLabel->setVisible(c.referrals.isEmpty());
    m_emptyLabel->setText(m_readOnly ? tr("No parties were referred to.")
                                     : tr("No parties yet. The tree suggests parties when it reaches an advice; "
                                          "you can also add a party below."));
    rebuildRows();
}

void ReferralPanel::rebuildRows()
{
    const QString callerLanguage = m_session.caseData().fields.callerLanguage;
    QString signature = m_language + u'|' + callerLanguage + (m_readOnly ? u"|ro"_qs : u"|rw"_qs);
    for (const CaseReferral &referral : m_session.caseData().referrals) {
        signature += u'|' + referral.partyId + u'/' + QString::number(int(referral.origin))
                + QString::number(int(referral.decision)) + QString::number(int(referral.warmHandover)) + u'/'
                + referral.reason + referral.reasonCategory;
    }
    // Rebuilding only on a real change keeps focus and half-typed removal reasons in place.
    if (signature == m_shownSignature)
        return;
    m_shownSignature = signature;

    QString focusedName;
    QString focusedParty;
    if (QWidget *focused = QApplication::focusWidget(); focused && m_rows->isAncestorOf(focused)) {
        focusedName = focused->objectName();
        focusedParty = focused->property(ReferralRow::PartyProperty).toString();
    }
    while (QLayoutItem *item = m_rowsLayout->takeAt(0)) {
        if (QWidget *row = item->widget())
            RebuiltWidgets::discard(row);
        delete item;
    }
    QList<QWidget *> tabOrder;
    for (const CaseReferral &referral : m_session.caseData().referrals) {
        const QString notice = referral.decision == ReferralDecision::Removed
                ? QString()
                : LanguageNotice::forParty(m_directory->party(referral.partyId), callerLanguage, m_language);
        auto *row = new ReferralRow(m_session, referral, partyName(referral.partyId), m_readOnly, notice, m_rows);
        m_rowsLayout->addWidget(row);
        for (QWidget *control : row->findChildren<QWidget *>()) {
            if (control->focusPolicy() != Qt::NoFocus)
                tabOrder.append(control);
        }
    }
    // The parties first, then the white-spot reason, then adding a party: as the panel reads.
    tabOrder << m_whiteSpotCategoryCombo << m_whiteSpotEdit << m_addPartyCombo << m_addCategoryCombo << m_addReasonEdit
             << m_addButton;
    RebuiltWidgets::chainTabOrder(m_emptyLabel, tabOrder);

    if (focusedParty.isEmpty())
        return;
    QWidget *target = m_rows->findChild<QWidget *>(focusedName);
    if (!target || !target->isVisibleTo(m_rows)) {
        target = m_rows->findChild<QWidget *>(u"referralRow_"_qs + focusedParty);
        if (target) {
            for (QWidget *child : target->findChildren<QWidget *>()) {
                if (child->focusPolicy() != Qt::NoFocus && child->isVisibleTo(target)) {
                    target = child;
                    break;
                }
            }
        }
    }
    (target ? target : static_cast<QWidget *>(m_addPartyCombo))->setFocus(Qt::OtherFocusReason);
}

} // namespace ww
