// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace ww {

class CheckList;

class CallerNumberConsent;
class CaseSession;
struct CaseFields;

/// The coded fields of a case: who called, the caller's language, school type, themes, province and how
/// far along the complaint route the caller is. Answers in the tree fill them; the agent can correct them.
class CaseFieldsForm : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFieldsForm(CaseSession &session, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly);
    /// The control of a field named as in WrapUpIssue::field; null for other names.
    QWidget *fieldWidget(const QString &field) const;

private:
    QComboBox *makeCombo(const QString &objectName, const QString &accessibleName, const QString &emptyLabel,
                         const QStringList &codes, QString (*label)(const QString &));
    QLabel *makeLabel(const QString &text, QWidget *buddy);
    void showFields();
    void fieldsEdited();

    CaseSession &m_session;
    QComboBox *m_callerRole;
    QComboBox *m_callerLanguage;
    QComboBox *m_schoolType;
    CheckList *m_themes;
    QComboBox *m_routeStage;
    QComboBox *m_province;
    CallerNumberConsent *m_callerNumberConsent = nullptr;
};

} // namespace ww
