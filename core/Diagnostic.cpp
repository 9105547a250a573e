// SPDX-License-Identifier: GPL-3.0-or-later
#include "Diagnostic.h"

namespace ww {

QString Diagnostic::toString() const
{
    // The severity words stay English, like a compiler's, so editors and scripts can read them.
    const QString kind = isWarning() ? u": warning: "_qs : u": error: "_qs;
    QString text = file + u':' + QString::number(line) + u':' + QString::number(column) + kind + message;
    if (!jsonPath.isEmpty())
        text += u" [at "_qs + jsonPath + u']';
    return text;
}

} // namespace ww
