// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/CaseWorkspace.h"

#include "case/CaseFieldsForm.h"
#include "case/CaseHeaderBar.h"
#include "case/CaseHistoryList.h"
#include "case/MergeDialog.h"
#include "case/NotesPane.h"
#include "case/ReferralPanel.h"
#include "cases/PresenceTracker.h"
#include "common/AlertLabel.h"
#include "common/DeskPalette.h"
#include "tree/TreeWalkerPanel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace ww {

namespace {

const QString SplitterKey = u"workspace/splitterState"_qs;

QScrollArea *scrollArea(QWidget *parent, const QString &objectName)
{
    auto *area = new QScrollArea(parent);
    area->setObjectName(objectName);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // The scroll area itself takes no focus; Tab goes straight to the fields inside it.
    area->setFocusPolicy(Qt::NoFocus);
    return area;
}

void setScrolledContent(QScrollArea *area, QWidget *content)
{
    area->setWidget(content);
    // Never clip a control: the column is as wide as its content needs, and scrolls if narrowed further.
    area->setMinimumWidth(content->minimumSizeHint().width() + area->style()->pixelMetric(QStyle::PM_ScrollBarExtent)
                          + 2);
}

} // namespace

CaseWorkspace::CaseWorkspace(std::unique_ptr<CaseSession> session, std::shared_ptr<const ReferralDirectory> directory,
                             const QString &contentLanguage, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_header(new CaseHeaderBar(*m_session, this))
    , m_warningBar(new QFrame(this))
    , m_warningLabel(new AlertLabel(m_warningBar))
    , m_warningDismissButton(new QPushButton(tr("Hide"), m_warningBar))
    , m_presenceLabel(new QLabel(this))
    , m_handoverLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_directory = directory;
    m_language = contentLanguage;
    // Every panel is made inside its final parent, column by column: Qt's Tab order is the order in
    // which widgets join the window.
    m_walkerPanel = new TreeWalkerPanel(m_session->tree(), directory, m_splitter);
    m_notesPane = new NotesPane(*m_session, m_splitter);
    QScrollArea *referralArea = scrollArea(m_splitter, u"referralScrollArea"_qs);
    m_referralPanel = new ReferralPanel(*m_session, directory, referralArea);
    setScrolledContent(referralArea, m_referralPanel);
    auto *details = new QWidget(m_splitter);
    details->setObjectName(u"caseDetailsColumn"_qs);
    QScrollArea *fieldsArea = scrollArea(details, u"caseFieldsScrollArea"_qs);
    m_fieldsForm = new CaseFieldsForm(*m_session, fieldsArea);
    setScrolledContent(fieldsArea, m_fieldsForm);
    auto *historyLabel = new QLabel(tr("Case h&istory"), details);
    m_historyList = new CaseHistoryList(*m_session, details);

    setObjectName(u"caseWorkspace"_qs);
    setAccessibleName(tr("Case"));

    m_warningBar->setObjectName(u"saveWarningBar"_qs);
    m_warningBar->setAccessibleName(tr("Saving failed"));
    m_warningBar->setStyleSheet(u"#saveWarningBar { background: %1; border: 2px solid %2; }"
                                u"#saveWarningBar QLabel { color: %3; }"_qs.arg(
                                        DeskPalette::color(DeskPalette::Role::WarningBackground).name(),
                                        DeskPalette::color(DeskPalette::Role::WarningBorder).name(),
                                        DeskPalette::color(DeskPalette::Role::WarningText).name()));
    m_warningLabel->setObjectName(u"saveWarningLabel"_qs);
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setTextFormat(Qt::PlainText);
    m_warningDismissButton->setObjectName(u"saveWarningHideButton"_qs);
    m_warningDismissButton->setAccessibleName(tr("Hide the saving warning"));
    connect(m_warningDismissButton, &QPushButton::clicked, m_warningBar, &QWidget::hide);
    auto *warningLayout = new QHBoxLayout(m_warningBar);
    warningLayout->addWidget(m_warningLabel, 1);
    warningLayout->addWidget(m_warningDismissButton);
    m_warningBar->hide();

    m_walkerPanel->setContentLanguage(contentLanguage);
    m_walkerPanel->restorePath(m_session->walkPath());
    connect(m_walkerPanel, &TreeWalkerPanel::walkChanged, this,
            [this] { m_session->recordWalk(m_walkerPanel->walker().path()); });
    m_referralPanel->setContentLanguage(contentLanguage);

    historyLabel->setObjectName(u"caseHistoryLabel"_qs);
    historyLabel->setBuddy(m_historyList);
    // The history is a short list that scrolls; the coded fields get the height.
    m_historyList->setMaximumHeight(m_historyList->fontMetrics().lineSpacing() * 7);
    auto *historyLayout = new QVBoxLayout;
    const QMargins margins = m_fieldsForm->layout()->contentsMargins();
    historyLayout->setContentsMargins(margins.left(), 0, margins.right(), margins.bottom());
    historyLayout->addWidget(historyLabel);
    historyLayout->addWidget(m_historyList);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(0);
    detailsLayout->addWidget(fieldsArea, 1);
    detailsLayout->addLayout(historyLayout);

    m_splitter->setObjectName(u"workspaceSplitter"_qs);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_walkerPanel);
    m_splitter->addWidget(m_notesPane);
    m_splitter->addWidget(referralArea);
    m_splitter->addWidget(details);
    // The tree gets the most room: its questions and advice are what the agent reads aloud.
    const QList<int> stretch{4, 3, 3, 3};
    for (int i = 0; i < stretch.size(); ++i)
        m_splitter->setStretchFactor(i, stretch.at(i));
    // Until the agent arranges the columns, they share the width in these proportions (the tree's
    // size hint would otherwise take most of it).
    if (!m_splitter->restoreState(QSettings().value(SplitterKey).toByteArray()))
        m_splitter->setSizes({3600, 2000, 2200, 2200});
    connect(m_splitter, &QSplitter::splitterMoved, this, &CaseWorkspace::saveSplitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_warningBar);
    layout->addWidget(m_handoverLabel);
    layout->addWidget(m_presenceLabel);
    layout->addWidget(m_splitter, 1);

    m_header->setIssueSource([this] { return closeIssues(); });
    connect(m_notesPane, &NotesPane::draftChanged, m_header, &CaseHeaderBar::refreshIssues);
    connect(m_session.get(), &CaseSession::saveFailed, this, &CaseWorkspace::showSaveFailure);
    connect(m_session.get(), &CaseSession::changed, this, &CaseWorkspace::applyReadOnly);
    // A save that reaches the database again has made good what failed before.
    connect(m_session.get(), &CaseSession::saved, m_warningBar, &QWidget::hide);
    connect(m_session.get(), &CaseSession::connectionChanged, this, &CaseWorkspace::showConnection);
    connect(m_session.get(), &CaseSession::conflictFound, this, &CaseWorkspace::mergeConflict, Qt::QueuedConnection);
    connect(m_session.get(), &CaseSession::changed, this, &CaseWorkspace::showHandover);
    connect(m_session.get(), &CaseSession::changed, this, [this] {
        if (!m_problemFields.isEmpty())
            describeProblems(closeIssues());
    });

    for (QLabel *label : {m_presenceLabel, m_handoverLabel}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setContentsMargins(8, 2, 8, 2);
        label->setFocusPolicy(Qt::TabFocus); // a screen reader user can reach and read it
        label->hide();
    }
    m_presenceLabel->setObjectName(u"presenceLabel"_qs);
    m_presenceLabel->setStyleSheet(DeskPalette::bannerStyle(u"#presenceLabel"_qs, DeskPalette::Role::InfoBackground));
    m_handoverLabel->setObjectName(u"handoverLabel"_qs);
    m_handoverLabel->setStyleSheet(
            DeskPalette::bannerStyle(u"#handoverLabel"_qs, DeskPalette::Role::SuccessBackground));
    showHandover();
    m_presence = new PresenceTracker(m_session->work(), m_session->caseData().id, m_session->user(), this);
    connect(m_presence, &PresenceTracker::othersChanged, this, &CaseWorkspace::showPresence);
    showPresence(m_presence->others());

    m_appliedReadOnly = !isReadOnly();
    applyReadOnly();
    // A session restored from the journal may already have found a conflict.
    if (m_session->conflict())
        QMetaObject::invokeMethod(this, &CaseWorkspace::mergeConflict, Qt::QueuedConnection);
}

CaseWorkspace::~CaseWorkspace()
{
    if (m_session)
        dismantlePanels();
}

void CaseWorkspace::dismantlePanels()
{
    flushEdits();
    saveSplitter();
    // The panels refer to the session: they go first.
    m_session->disconnect(this);
    delete m_presence;
    m_presence = nullptr;
    delete m_header;
    m_header = nullptr;
    delete m_splitter;
    m_splitter = nullptr;
}

std::unique_ptr<CaseSession> CaseWorkspace::dismantle(CaseWorkspace *workspace)
{
    if (!workspace)
        return {};
    workspace->dismantlePanels();
    std::unique_ptr<CaseSession> session = std::move(workspace->m_session);
    delete workspace;
    return session;
}

bool CaseWorkspace::isReadOnly() const
{
    return m_session->isReadOnly() || m_session->caseData().status == CaseStatus::FollowUp;
}

void CaseWorkspace::setContentLanguage(const QString &language)
{
    m_walkerPanel->setContentLanguage(language);
    m_referralPanel->setContentLanguage(language);
}

void CaseWorkspace::applyReadOnly()
{
    const bool readOnly = isReadOnly();
    if (readOnly == m_appliedReadOnly)
        return;
    m_appliedReadOnly = readOnly;
    m_walkerPanel->setReadOnly(readOnly);
    m_notesPane->setReadOnly(readOnly);
    m_referralPanel->setReadOnly(readOnly);
    m_fieldsForm->setReadOnly(readOnly);
}

void CaseWorkspace::showSaveFailure(const QString &message)
{
    m_warningBar->show();
    m_warningLabel->announce(tr("The case could not be saved: %1\nNothing you typed is lost: it stays on screen, "
                                "and the case is saved again with your next change.")
                                     .arg(message));
    m_warningBar->setAccessibleDescription(m_warningLabel->text());
}

void CaseWorkspace::showConnection(bool online)
{
    if (online) {
        m_warningBar->hide();
        return;
    }
    m_warningBar->setAccessibleName(tr("Offline"));
    m_warningBar->show();
    m_warningLabel->announce(tr("Offline: the database cannot be reached. Go on working: everything is kept on this "
                                "computer and saved as soon as the database is back."));
    m_warningBar->setAccessibleDescription(m_warningLabel->text());
}

void CaseWorkspace::showPresence(const QStringList &others)
{
    m_presenceLabel->setText(others.isEmpty() ? QString()
                                              : tr("Also open right now by: %1. Notes from both are kept; other "
                                                   "changes are merged when you save.")
                                                        .arg(others.join(u", "_qs)));
    m_presenceLabel->setAccessibleName(m_presenceLabel->text());
    m_presenceLabel->setVisible(!others.isEmpty());
}

QStringList CaseWorkspace::othersViewing() const
{
    return m_presence ? m_presence->others() : QStringList();
}

void CaseWorkspace::showHandover()
{
    const QList<CaseHandover> &handovers = m_session->handovers();
    if (handovers.isEmpty()) {
        m_handoverLabel->hide();
        return;
    }
    const CaseHandover &last = handovers.constLast();
    m_handoverLabel->setText(tr("Handed over by %1 to %2 on %3: %4")
                                     .arg(last.from, last.to,
                                          QLocale().toString(last.at.toLocalTime(), QLocale::ShortFormat), last.note));
    m_handoverLabel->setAccessibleName(m_handoverLabel->text());
    m_handoverLabel->show();
}

void CaseWorkspace::mergeConflict()
{
    if (m_merging || !m_session->conflict())
        return;
    m_merging = true;
    flushEdits();
    MergeDialog dialog(*m_session->conflict(), m_session->tree(), m_directory, m_language, this);
    dialog.exec(); // the case must be merged before work on it goes on: there is no cancel
    m_session->resolveConflict(dialog.result());
    {
        // The panels show the merged case; restoring the walk is not a new change.
        const QSignalBlocker blocker(m_walkerPanel);
        m_walkerPanel->restorePath(m_session->walkPath());
    }
    m_merging = false;
}

QList<WrapUpIssue> CaseWorkspace::closeIssues() const
{
    QList<WrapUpIssue> issues = m_session->wrapUpIssues();
    if (m_notesPane->hasUnsavedText())
        issues.append({u"note"_qs, tr("Save the note you are typing (Ctrl+Return) or clear it.")});
    return issues;
}

QWidget *CaseWorkspace::widgetFor(const QString &field) const
{
    if (QWidget *widget = m_fieldsForm->fieldWidget(field))
        return widget;
    if (field == u"whiteSpotReason")
        return m_referralPanel->whiteSpotField();
    if (field == u"whiteSpotCategory")
        return m_referralPanel->whiteSpotCategoryField();
    if (field == u"referrals")
        return m_referralPanel->addPartyField();
    if (field == u"note")
        return m_notesPane->findChild<QWidget *>(u"noteEditor"_qs);
    return nullptr;
}

bool CaseWorkspace::tryClose()
{
    if (isReadOnly())
        return false;
    flushEdits();
    const QList<WrapUpIssue> issues = closeIssues();
    if (issues.isEmpty() && m_session->close())
        return true;
    m_header->showIssues(true);
    describeProblems(issues);
    for (const WrapUpIssue &issue : issues) {
        if (QWidget *widget = widgetFor(issue.field); widget && widget->isVisible()) {
            widget->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
    return false;
}

void CaseWorkspace::describeProblems(const QList<WrapUpIssue> &issues)
{
    // Each field that keeps the case open says why when focus reaches it; a field put right says
    // nothing any more.
    for (const QPointer<QWidget> &field : std::as_const(m_problemFields))
        describeProblem(field, {});
    m_problemFields.clear();
    for (const WrapUpIssue &issue : issues) {
        if (QWidget *widget = widgetFor(issue.field)) {
            describeProblem(widget, issue.message);
            m_problemFields.append(widget);
        }
    }
}

void CaseWorkspace::flushEdits()
{
    m_referralPanel->flush();
}

void CaseWorkspace::focusStart()
{
    if (isReadOnly())
        m_notesPane->findChild<QWidget *>(u"notesList"_qs)->setFocus(Qt::OtherFocusReason);
    else
        m_walkerPanel->focusFirstControl();
}

void CaseWorkspace::saveSplitter() const
{
    QSettings().setValue(SplitterKey, m_splitter->saveState());
}

} // namespace ww
