// SPDX-License-Identifier: GPL-3.0-or-later
#include "Diagnostic.h"

namespace ww {

QString Diagnostic::toString() const
{
    QString text = file + u':' + QString::number(line) + u':' + QString::number(column) + u": error: "_qs + message;
    if (!jsonPath.isEmpty())
        text += u" [at "_qs + jsonPath + u']';
    return text;
}

} // namespace ww
