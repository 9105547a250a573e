// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QTreeWidget>

namespace ww {

class ReferralDirectory;

/// The directory's parties with the date their details were last checked; overdue ones (PartyFreshness)
/// are flagged and listed first.
class PartyList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit PartyList(QWidget *parent = nullptr);
    void showDirectory(const ReferralDirectory &directory, const QDate &today);
    int overdueCount() const { return m_overdue; }

private:
    int m_overdue = 0;
};

} // namespace ww
