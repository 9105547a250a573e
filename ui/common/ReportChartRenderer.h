// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReportChart.h"

#include <QImage>

namespace ww {

/// Draws a report's chart into an image with Qt Charts, without a window or a display (offscreen is
/// enough). Horizontal bars list the first category at the top, as the table beside them does.
class ReportChartRenderer
{
public:
    /// The width of the printed text column in the document's pixels (166 mm at 96 per inch).
    static constexpr int documentWidth = 620;

    /// \a width in the document's pixels (96 per inch); the image has \a scale times as many for print.
    static QImage render(const ReportChart &chart, int width, qreal scale = 3.0);
};

} // namespace ww
