// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/PhoneCodeDialog.h"

#include "cases/CaseWork.h"
#include "chat/ChatTreeText.h"
#include "common/AlertLabel.h"
#include "common/DeskPalette.h"
#include "common/StorageProblem.h"
#include "storage/PhoneCodeStore.h"
#include "tree/DecisionTree.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace ww {

PhoneCodeDialog::PhoneCodeDialog(CaseWork &work, std::shared_ptr<const DecisionTree> tree, const QString &user,
                                 QWidget *parent)
    : QDialog(parent)
    , m_work(work)
    , m_tree(std::move(tree))
    , m_user(user)
    , m_codeEdit(new QLineEdit(this))
    , m_statusLabel(new AlertLabel(this))
{
    setObjectName(u"phoneCodeDialog"_qs);
    setWindowTitle(tr("Phone case from a website code"));
    setAccessibleName(windowTitle());
    auto *explanation = new QLabel(tr("The caller walked the questions on the website and has a code of 6 digits. "
                                      "Type it here: the case starts where the caller stopped."),
                                   this);
    explanation->setWordWrap(true);
    m_codeEdit->setObjectName(u"phoneCodeEdit"_qs);
    m_codeEdit->setAccessibleName(tr("Code from the website"));
    m_codeEdit->setPlaceholderText(tr("123 456"));
    // Digits, and the spaces or hyphens a caller may say between them.
    m_codeEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9 .-]{0,12}"_qs), m_codeEdit));
    m_statusLabel->setObjectName(u"phoneCodeStatusLabel"_qs);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Code"), m_codeEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start the phone case"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"phoneCodeStartButton"_qs);
    connect(buttons, &QDialogButtonBox::accepted, this, &PhoneCodeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PhoneCodeDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);
    m_codeEdit->setFocus(Qt::OtherFocusReason);
}

PhoneCodeDialog::~PhoneCodeDialog()
{
    m_request.cancel();
}

void PhoneCodeDialog::showError(const QString &error)
{
    m_statusLabel->setStyleSheet(DeskPalette::errorTextStyle());
    m_statusLabel->announce(error);
    // Screen readers hear the reason without leaving the field, and again when they come back to it.
    describeProblem(m_codeEdit, error);
    m_codeEdit->selectAll();
    m_codeEdit->setFocus(Qt::OtherFocusReason);
}

void PhoneCodeDialog::accept()
{
    if (m_busy)
        return;
    const QString code = PhoneCodeStore::normalise(m_codeEdit->text());
    if (code.isEmpty()) {
        showError(tr("A code has %1 digits.").arg(PhoneCodeStore::Digits));
        return;
    }
    m_busy = true;
    m_statusLabel->setStyleSheet({});
    m_statusLabel->setText(tr("Checking the code…"));
    m_statusLabel->setAccessibleName(m_statusLabel->text());
    m_statusLabel->show();
    auto redemption = std::make_shared<PhoneCodeRedemption>();
    m_request = m_work.run(
            this,
            [redemption, code, identity = m_tree->identity(), user = m_user](CaseRepository &repository) {
                *redemption = repository.redeemPhoneCode(code, identity, user);
            },
            [this, redemption](const std::optional<StorageError> &error) {
                m_busy = false;
                if (error)
                    showError(StorageProblem::describe(tr("The code cannot be checked right now."), *error,
                                                       tr("press Enter")));
                else
                    answered(*redemption);
            });
}

void PhoneCodeDialog::answered(const PhoneCodeRedemption &redemption)
{
    using Status = PhoneCodeRedemption::Status;
    switch (redemption.status) {
    case Status::Ok:
        m_walk = ChatTreeText::walkAlong(*m_tree, redemption.path, QDateTime::currentDateTimeUtc());
        if (m_walk.isEmpty()) {
            showError(tr("The code's answers do not fit this tree. Start the case without the code (F2)."));
            return;
        }
        QDialog::accept();
        return;
    case Status::Unknown:
        showError(tr("There is no such code. Check the digits with the caller."));
        return;
    case Status::Used:
        showError(tr("This code has been used already. The caller can get a new code on the website, or start "
                     "without a code (F2)."));
        return;
    case Status::Expired:
        showError(tr("This code has expired: a code works for 30 minutes. The caller can get a new code on the "
                     "website, or start without a code (F2)."));
        return;
    case Status::OtherTree:
        showError(tr("This code was made on another version of the tree (%1) than this desk uses (%2). Start the "
                     "case without the code (F2) and ask the questions again.")
                          .arg(redemption.treeIdentity.section(u'@', 0, 0), m_tree->version()));
        return;
    case Status::TooMany:
        showError(tr("Too many wrong codes in the last minute. Wait a minute and try again."));
        return;
    }
}

} // namespace ww
