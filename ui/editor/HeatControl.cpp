// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/HeatControl.h"

#include "editor/DraftHeatSource.h"
#include "tree/DecisionTree.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace ww {

HeatControl::HeatControl(QWidget *parent)
    : QWidget(parent)
    , m_period(new QComboBox(this))
    , m_label(new QLabel(tr("&Busy nodes:"), this))
{
    m_period->setObjectName(u"heatPeriodBox"_qs);
    m_period->setAccessibleName(tr("Colour the nodes by how many contacts passed them"));
    m_period->setToolTip(tr("Shows in colour how many contacts passed each question and outcome of the tree in "
                            "use. Small numbers stay hidden."));
    m_period->addItem(tr("Off"), 0);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Last 365 days"), 365);
    m_label->setBuddy(m_period);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_period);
    connect(m_period, &QComboBox::currentIndexChanged, this,
            [this](int index) { load(m_period->itemData(index).toInt()); });
    setSource(nullptr, nullptr);
}

void HeatControl::setSource(DraftHeatSource *source, std::shared_ptr<const DecisionTree> publishedTree)
{
    m_source = source;
    m_tree = std::move(publishedTree);
    const bool available = m_source && m_tree;
    m_period->setEnabled(available);
    if (!available)
        m_period->setToolTip(tr("The figures of contacts are only available with the case database."));
}

void HeatControl::chooseDays(int days)
{
    const int index = m_period->findData(days);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

void HeatControl::load(int days)
{
    const int request = ++m_request;
    if (days <= 0 || !m_source || !m_tree) {
        emit heatChanged({});
        emit message(QString());
        return;
    }
    emit message(tr("Counting the contacts of the last %n day(s)…", nullptr, days));
    const ReportPeriod period{m_today.addDays(1 - days), m_today};
    m_source->load(m_tree, period, this, [this, request, days](DraftHeatSource::Result result) {
        if (request != m_request)
            return; // another period was chosen meanwhile
        if (!result.error.isEmpty()) {
            emit heatChanged({});
            QString reason = result.error.trimmed();
            while (reason.endsWith(u'.'))
                reason.chop(1);
            emit message(tr("The figures cannot be read: %1. Check the network connection (VPN), then choose "
                            "the period again.")
                                 .arg(reason));
            return;
        }
        emit heatChanged(result.heat);
        if (!result.contacts)
            emit message(tr("Too few contacts in the last %n day(s) to show anything.", nullptr, days));
        else
            emit message(
                    tr("Colours: share of the contacts of the last %n day(s) (%1 in all) in tree %2.", nullptr, days)
                            .arg(*result.contacts)
                            .arg(m_tree->version()));
    });
}

} // namespace ww
