// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ww {

class CaseSession;
struct CaseReferral;

/// One party in the referral panel: its name and state, whether the hand-over was warm, and
/// removing it (the reason is asked for in place, not in a dialog: a category from a fixed list for
/// the report, and the agent's own words) or restoring it.
/// When the caller speaks another language than Dutch, the row says what is known of the party's.
/// Every control is named after its party ("removeReferralButton_<party>") and carries the
/// party in the property PartyProperty.
class ReferralRow : public QFrame
{
    Q_OBJECT

public:
    static constexpr const char *PartyProperty = "wwPartyId";

    /// \a languageNotice: what is known of the party and the caller's language (LanguageNotice); empty: none.
    ReferralRow(CaseSession &session, const CaseReferral &referral, const QString &partyName, bool readOnly,
                const QString &languageNotice = {}, QWidget *parent = nullptr);

    QString partyId() const { return m_partyId; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    template<typename Widget>
    Widget *tagged(Widget *widget, const QString &name) const;
    void addRemoval(QLayout *controls, QLayout *layout);
    void showRemoval(bool shown);
    void confirmRemoval();

    CaseSession &m_session;
    QString m_partyId;
    QString m_name;
    QPushButton *m_removeButton = nullptr;
    QWidget *m_reasonBox = nullptr;
    QComboBox *m_categoryCombo = nullptr;
    QLineEdit *m_reasonEdit = nullptr;
    QLabel *m_reasonMessage = nullptr;
};

} // namespace ww
