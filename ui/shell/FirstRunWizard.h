// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QRadioButton;

namespace ww {

struct DeskOptions;

/// The assistant a new agent sees at the first start: the language of the desk, where the cases are kept (this
/// computer, or the helpdesk's shared server at its address), how logging in works, and a short tour of the keys.
/// It can be skipped, and opened again from the Help menu. Its choices go to the settings the desk starts from
/// (ui/language, database/url); the login itself is the desk's own, right after the assistant.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { LanguagePage, StoragePage, LoginPage, KeysPage };

    explicit FirstRunWizard(QWidget *parent = nullptr);

    /// Whether this start is the first: no choice of database on the command line or remembered, and the
    /// assistant neither finished nor skipped before.
    static bool isDue(const DeskOptions &options);
    /// Marks the assistant as seen without changing anything else.
    static void markSeen();
    /// Adds "First-run assistant…" to \a helpMenu; the choices made there count from the next start.
    static void addToMenu(QWidget *window, QMenu *helpMenu);

    void skip();
    void accept() override;

private:
    QWizardPage *languagePage();
    QWizardPage *storagePage();
    QWizardPage *loginPage();
    QWizardPage *keysPage();

    QRadioButton *m_dutch;
    QRadioButton *m_english;
    QRadioButton *m_thisComputer;
    QRadioButton *m_sharedServer;
    QLineEdit *m_address;
    QLabel *m_addressProblem;
    QLabel *m_loginText;
};

} // namespace ww
