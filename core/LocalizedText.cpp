// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalizedText.h"

namespace ww {

QString LocalizedText::in(const QString &language) const
{
    if (language == u"en" && !en.isEmpty())
        return en;
    return nl;
}

} // namespace ww
