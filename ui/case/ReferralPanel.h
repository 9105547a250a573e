// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace ww {

class CaseSession;
class ReferralDirectory;

/// The parties the caller is referred to: the tree's suggestions and the parties the agent added,
/// each with its state, a reason where it differs from the suggestion, and whether the hand-over
/// was warm. At a white spot it asks why no party fits. A reason is a category from a fixed list (what
/// the monitoring report counts) and the agent's own words (which stay in the case).
class ReferralPanel : public QWidget
{
    Q_OBJECT

public:
    ReferralPanel(CaseSession &session, std::shared_ptr<const ReferralDirectory> directory, QWidget *parent = nullptr);
    ~ReferralPanel() override;

    void setReadOnly(bool readOnly);
    void setContentLanguage(const QString &language);
    /// Saves a white-spot reason still waiting for the typing pause.
    void flush();
    QWidget *whiteSpotField() const;
    QWidget *whiteSpotCategoryField() const;
    QWidget *addPartyField() const;

private:
    void refresh();
    void rebuildRows();
    QString partyName(const QString &partyId) const;
    void fillPartyCombo();
    QString chosenPartyId() const;
    void addChosenParty();
    void showMessage(const QString &message);

    CaseSession &m_session;
    std::shared_ptr<const ReferralDirectory> m_directory;
    QString m_language = u"nl"_qs;
    bool m_readOnly = false;
    QString m_shownSignature;
    QTimer m_reasonTimer;

    QLabel *m_titleLabel;
    QLabel *m_emptyLabel;
    QLabel *m_languageLabel;
    QWidget *m_rows;
    QVBoxLayout *m_rowsLayout;
    QFrame *m_whiteSpotBox;
    QLabel *m_whiteSpotLabel;
    QComboBox *m_whiteSpotCategoryCombo;
    QLineEdit *m_whiteSpotEdit;
    QWidget *m_addBox;
    QLabel *m_addPartyLabel;
    QComboBox *m_addPartyCombo;
    QLabel *m_addReasonLabel;
    QComboBox *m_addCategoryCombo;
    QLineEdit *m_addReasonEdit;
    QPushButton *m_addButton;
    QLabel *m_messageLabel;
};

} // namespace ww
