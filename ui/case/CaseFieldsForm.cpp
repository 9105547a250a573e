// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/CaseFieldsForm.h"

#include "Vocabulary.h"
#include "case/CallerNumberConsent.h"
#include "cases/CaseSession.h"
#include "cases/WrapUpRules.h"
#include "common/CaseLabels.h"
#include "common/CheckList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

namespace ww {

namespace {

QString provinceLabel(const QString &code)
{
    return code;
}

QString comboCode(const QComboBox *combo)
{
    return combo->currentData().toString();
}

void showCode(QComboBox *combo, const QString &code)
{
    int index = combo->findData(code);
    if (index < 0 && !code.isEmpty()) {
        // A code from an older vocabulary still shows as stored rather than as "not set".
        combo->addItem(code, code);
        index = combo->count() - 1;
    }
    if (combo->currentIndex() != index)
        combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

CaseFieldsForm::CaseFieldsForm(CaseSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_themes(new CheckList(this))
{
    setObjectName(u"caseFieldsForm"_qs);
    setAccessibleName(tr("Case details"));

    m_callerRole = makeCombo(u"callerRoleCombo"_qs, tr("Who called"), tr("— choose —"), Vocabulary::callerRoles(),
                             &CaseLabels::callerRole);
    m_callerLanguage = makeCombo(u"callerLanguageCombo"_qs, tr("Caller's language"), tr("— not noted —"),
                                 Vocabulary::callerLanguages(), &CaseLabels::callerLanguage);
    m_callerLanguage->setAccessibleDescription(
            tr("The language the caller speaks with you. For a language other than Dutch the referrals show "
               "whether each party is known to help in it."));
    m_schoolType = makeCombo(u"schoolTypeCombo"_qs, tr("School type"), tr("— choose —"), Vocabulary::schoolTypes(),
                             &CaseLabels::schoolType);
    m_routeStage = makeCombo(u"routeStageCombo"_qs, tr("Complaint route: how far the caller is"), tr("— choose —"),
                             Vocabulary::routeStages(), &CaseLabels::routeStage);
    m_province = makeCombo(u"provinceCombo"_qs, tr("Province (optional)"), tr("— not given —"), Vocabulary::provinces(),
                           &provinceLabel);

    m_themes->setObjectName(u"themesList"_qs);
    m_themes->setAccessibleName(tr("Themes, one or more"));
    m_themes->setAccessibleDescription(tr("Up and Down go through the themes, Space ticks or unticks one."));
    for (const QString &code : Vocabulary::themes())
        m_themes->addItem(code, CaseLabels::theme(code));
    connect(m_themes, &CheckList::checkedChanged, this, &CaseFieldsForm::fieldsEdited);

    auto *title = new QLabel(tr("Case details"), this);
    title->setObjectName(u"caseFieldsTitleLabel"_qs);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    // Labels above the fields: the column is narrow and translations run longer.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(makeLabel(tr("&Who called"), m_callerRole));
    layout->addWidget(m_callerRole);
    layout->addWidget(makeLabel(tr("Caller's &language"), m_callerLanguage));
    layout->addWidget(m_callerLanguage);
    layout->addWidget(makeLabel(tr("School t&ype"), m_schoolType));
    layout->addWidget(m_schoolType);
    QLabel *themesLabel = makeLabel(tr("Th&emes (one or more)"), m_themes->currentBox());
    themesLabel->setObjectName(u"themesListLabel"_qs);
    // Alt+E leads to the theme Tab leads to (a buddy with its own focus would be one stop too many).
    connect(m_themes, &CheckList::currentBoxChanged, themesLabel, &QLabel::setBuddy);
    layout->addWidget(themesLabel);
    layout->addWidget(m_themes);
    layout->addWidget(makeLabel(tr("Complaint &route: how far is the caller?"), m_routeStage));
    layout->addWidget(m_routeStage);
    layout->addWidget(makeLabel(tr("&Province (optional)"), m_province));
    layout->addWidget(m_province);
    m_callerNumberConsent = new CallerNumberConsent(m_session, this);
    layout->addWidget(m_callerNumberConsent);

    // Tab follows the fields as they are laid out (the theme list was made first).
    QWidget::setTabOrder(m_callerRole, m_callerLanguage);
    QWidget::setTabOrder(m_callerLanguage, m_schoolType);
    m_themes->placeInTabOrder(m_schoolType, m_routeStage);
    QWidget::setTabOrder(m_routeStage, m_province);
    QWidget::setTabOrder(m_province, m_callerNumberConsent);

    connect(&m_session, &CaseSession::changed, this, &CaseFieldsForm::showFields);
    showFields();
}

QComboBox *CaseFieldsForm::makeCombo(const QString &objectName, const QString &accessibleName,
                                     const QString &emptyLabel, const QStringList &codes,
                                     QString (*label)(const QString &))
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    combo->addItem(emptyLabel, QString());
    for (const QString &code : codes)
        combo->addItem(label(code), code);
    connect(combo, &QComboBox::currentIndexChanged, this, &CaseFieldsForm::fieldsEdited);
    return combo;
}

QLabel *CaseFieldsForm::makeLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, this);
    label->setObjectName(buddy->objectName() + u"Label"_qs);
    label->setWordWrap(true);
    label->setBuddy(buddy);
    return label;
}

void CaseFieldsForm::setReadOnly(bool readOnly)
{
    for (QWidget *field : {static_cast<QWidget *>(m_callerRole), static_cast<QWidget *>(m_callerLanguage),
                           static_cast<QWidget *>(m_schoolType), static_cast<QWidget *>(m_routeStage),
                           static_cast<QWidget *>(m_province)})
        field->setEnabled(!readOnly);
    m_callerNumberConsent->setReadOnly(readOnly);
    // The themes stay focusable so a read-only case can still be read item by item.
    m_themes->setReadOnly(readOnly);
}

QWidget *CaseFieldsForm::fieldWidget(const QString &field) const
{
    if (field == u"callerRole")
        return m_callerRole;
    if (field == u"callerLanguage")
        return m_callerLanguage;
    if (field == u"schoolType")
        return m_schoolType;
    if (field == u"themes")
        return m_themes->currentBox();
    if (field == u"routeStage")
        return m_routeStage;
    if (field == u"province")
        return m_province;
    return nullptr;
}

void CaseFieldsForm::showFields()
{
    // Blocked signals: showing what the session holds must not write it back.
    const CaseFields &fields = m_session.caseData().fields;
    const QSignalBlocker callerBlocker(m_callerRole);
    const QSignalBlocker languageBlocker(m_callerLanguage);
    const QSignalBlocker schoolBlocker(m_schoolType);
    const QSignalBlocker routeBlocker(m_routeStage);
    const QSignalBlocker provinceBlocker(m_province);
    // After an urgent outcome "not set" is an answer of its own: nobody asks who calls while 112 is needed.
    const WrapUpRules rules = WrapUpRules::forCase(m_session.caseData(), m_session.tree().get());
    const bool mayBeUnknown = rules.need(u"callerRole"_qs) == WrapUpRules::Need::MayBeUnknown;
    m_callerRole->setItemText(0, mayBeUnknown ? tr("Unknown (urgent contact)") : tr("— choose —"));
    m_schoolType->setItemText(0,
                              rules.need(u"schoolType"_qs) == WrapUpRules::Need::MayBeUnknown
                                      ? tr("Unknown (urgent contact)")
                                      : tr("— choose —"));
    showCode(m_callerRole, fields.callerRole);
    showCode(m_callerLanguage, fields.callerLanguage);
    showCode(m_schoolType, fields.schoolType);
    showCode(m_routeStage, fields.routeStage);
    showCode(m_province, fields.province);
    for (int i = 0; i < m_themes->count(); ++i)
        m_themes->setChecked(m_themes->code(i), fields.themes.contains(m_themes->code(i)));
}

void CaseFieldsForm::fieldsEdited()
{
    CaseFields fields = m_session.caseData().fields;
    fields.callerRole = comboCode(m_callerRole);
    fields.callerLanguage = comboCode(m_callerLanguage);
    fields.schoolType = comboCode(m_schoolType);
    fields.routeStage = comboCode(m_routeStage);
    fields.province = comboCode(m_province);
    // Keep the themes in the order they were chosen; the first is what the tree implied.
    const QStringList checked = m_themes->checkedCodes();
    fields.themes.removeIf([&](const QString &theme) { return !checked.contains(theme); });
    for (const QString &theme : checked) {
        if (!fields.themes.contains(theme))
            fields.themes.append(theme);
    }
    m_session.setFields(fields);
}

} // namespace ww
