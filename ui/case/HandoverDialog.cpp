// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/HandoverDialog.h"

#include "common/AlertLabel.h"
#include "common/DeskPalette.h"
#include "common/EditableComboBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace ww {

HandoverDialog::HandoverDialog(Handover handover, QWidget *parent)
    : QDialog(parent)
    , m_handover(std::move(handover))
    , m_statusLabel(new QLabel(this))
    , m_receiverBox(newEditableComboBox(this))
    , m_noteEdit(new QPlainTextEdit(this))
    , m_errorLabel(new AlertLabel(this))
{
    setObjectName(u"handoverDialog"_qs);
    setWindowTitle(tr("Hand over the case"));
    setAccessibleName(tr("Hand over the case"));

    m_receiverBox->setObjectName(u"handoverReceiverBox"_qs);
    m_receiverBox->setAccessibleName(tr("Who takes the case over"));
    // Colleagues from the database; on a single workstation a name can also be typed.
    m_receiverBox->setInsertPolicy(QComboBox::NoInsert);
    m_receiverBox->lineEdit()->setAccessibleName(m_receiverBox->accessibleName());
    m_receiverBox->setCurrentIndex(-1);
    m_statusLabel->setObjectName(u"handoverStatusLabel"_qs);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setText(tr("Looking up your colleagues…"));
    m_statusLabel->setAccessibleName(m_statusLabel->text());
    m_noteEdit->setObjectName(u"handoverNoteEdit"_qs);
    m_noteEdit->setAccessibleName(tr("Note for the person who takes the case over"));
    m_noteEdit->setPlaceholderText(tr("What they need to know: where the caller is now, what was promised"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setMinimumWidth(m_noteEdit->fontMetrics().averageCharWidth() * 60);
    m_noteEdit->setMaximumHeight(m_noteEdit->fontMetrics().lineSpacing() * 6);
    m_errorLabel->setObjectName(u"handoverErrorLabel"_qs);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(DeskPalette::errorTextStyle());
    m_errorLabel->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&To"), m_receiverBox);
    form->addRow(tr("&Note"), m_noteEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Hand over"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"handoverButton"_qs);
    connect(buttons, &QDialogButtonBox::accepted, this, &HandoverDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HandoverDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    m_receiverBox->setFocus(Qt::OtherFocusReason);
}

void HandoverDialog::setReceivers(const QStringList &receivers)
{
    const QString typed = m_receiverBox->currentText();
    m_receiverBox->addItems(receivers);
    m_receiverBox->setCurrentIndex(-1);
    m_receiverBox->setEditText(typed);
    m_statusLabel->hide();
}

void HandoverDialog::receiversUnavailable()
{
    m_statusLabel->setText(tr("The list of colleagues cannot be read right now; you can type a name."));
    m_statusLabel->setAccessibleName(m_statusLabel->text());
}

void HandoverDialog::showError(const QString &error)
{
    m_errorLabel->announce(error);
    // The field the error is most likely about takes the focus and says it.
    QWidget *field
            = m_receiverBox->currentText().trimmed().isEmpty() ? static_cast<QWidget *>(m_receiverBox) : m_noteEdit;
    describeProblem(field, error);
    field->setFocus(Qt::OtherFocusReason);
}

void HandoverDialog::accept()
{
    if (m_busy)
        return;
    m_busy = true;
    m_errorLabel->hide();
    m_statusLabel->setText(tr("Handing the case over…"));
    m_statusLabel->setAccessibleName(m_statusLabel->text());
    m_statusLabel->show();
    m_handover(m_receiverBox->currentText().trimmed(), m_noteEdit->toPlainText(),
               [dialog = QPointer<HandoverDialog>(this)](const QString &error) {
                   if (!dialog)
                       return;
                   dialog->m_busy = false;
                   dialog->m_statusLabel->hide();
                   if (!error.isEmpty()) {
                       dialog->showError(error);
                       return;
                   }
                   dialog->QDialog::accept();
               });
}

} // namespace ww
