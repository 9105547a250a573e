// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/FollowUpDialog.h"
#include "common/AlertLabel.h"
#include "common/DateField.h"
#include "common/DeskPalette.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ww {

FollowUpDialog::FollowUpDialog(const QDate &today, Planner planner, QWidget *parent)
    : QDialog(parent)
    , m_planner(std::move(planner))
    , m_dateEdit(new DateField(today.addDays(1), this))
    , m_instructionEdit(new QLineEdit(this))
    , m_errorLabel(new AlertLabel(this))
{
    setObjectName(u"followUpDialog"_qs);
    setWindowTitle(tr("Plan a follow-up"));
    setAccessibleName(tr("Plan a follow-up"));

    m_dateEdit->setObjectName(u"followUpDateEdit"_qs);
    m_dateEdit->setAccessibleName(tr("Follow-up date"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setMinimumDate(today);
    m_instructionEdit->setObjectName(u"followUpInstructionEdit"_qs);
    m_instructionEdit->setAccessibleName(tr("What to do at the follow-up"));
    m_instructionEdit->setPlaceholderText(tr("For example: call back to hear how the talk with the mentor went"));
    m_instructionEdit->setMaxLength(500);
    m_instructionEdit->setMinimumWidth(m_instructionEdit->fontMetrics().averageCharWidth() * 50);
    m_errorLabel->setObjectName(u"followUpErrorLabel"_qs);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(DeskPalette::errorTextStyle());
    m_errorLabel->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Date"), m_dateEdit);
    form->addRow(tr("&Instruction"), m_instructionEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"followUpButtons"_qs);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Plan follow-up"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"planFollowUpButton"_qs);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelFollowUpButton"_qs);
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FollowUpDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    m_instructionEdit->setFocus(Qt::OtherFocusReason);
}

void FollowUpDialog::accept()
{
    QString error;
    if (!m_planner(m_dateEdit->date(), m_instructionEdit->text(), &error)) {
        m_errorLabel->announce(error);
        describeProblem(focusWidget(), error);
        return;
    }
    QDialog::accept();
}

} // namespace ww
