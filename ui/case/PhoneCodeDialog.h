// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AsyncStorage.h"
#include "tree/TreeWalker.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;

namespace ww {

class AlertLabel;

class CaseWork;
class DecisionTree;
struct PhoneCodeRedemption;

/// "Phone case from website code": the agent types the code the caller reads out; the database redeems
/// it (once, on the storage thread) and the dialog closes with the walk the caller made on the website,
/// or stays open saying why the code does not work: unknown, used, expired, made on another tree version,
/// or too many wrong codes.
class PhoneCodeDialog : public QDialog
{
    Q_OBJECT

public:
    PhoneCodeDialog(CaseWork &work, std::shared_ptr<const DecisionTree> tree, const QString &user,
                    QWidget *parent = nullptr);
    ~PhoneCodeDialog() override;

    /// After accept(): the caller's walk through the tree, to continue from.
    const QList<WalkStep> &walk() const { return m_walk; }
    void accept() override;

private:
    void answered(const PhoneCodeRedemption &redemption);
    void showError(const QString &error);

    CaseWork &m_work;
    std::shared_ptr<const DecisionTree> m_tree;
    QString m_user;
    QLineEdit *m_codeEdit;
    AlertLabel *m_statusLabel;
    QList<WalkStep> m_walk;
    StorageRequest m_request;
    bool m_busy = false;
};

} // namespace ww
