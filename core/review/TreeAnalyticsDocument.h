// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReportChart.h"

#include <QCoreApplication>

namespace ww {

class DecisionTree;
class TreeAnalytics;

/// The tree analytics as a printed report: per question how many contacts passed it, stopped there and
/// how long it took; per outcome how many reached it and which referrals agents changed there, with the
/// reasons' categories. Texts in the installed translation; node texts in \a language.
class TreeAnalyticsDocument
{
    Q_DECLARE_TR_FUNCTIONS(ww::TreeAnalyticsDocument)

public:
    static PdfDocument pdf(const TreeAnalytics &analytics, const DecisionTree &tree, const QString &language);
};

} // namespace ww
