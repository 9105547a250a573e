// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace ww {

class AsyncStorage;

/// A supervision window's line that says the database cannot be reached, as the main window's status
/// bar does: shown while the window's storage is offline, hidden again once it answers. What the window
/// shows stays as it was read; the line says it is not current. Its text is its accessible name, so a
/// screen reader announces the change.
class OfflineLine : public QLabel
{
    Q_OBJECT

public:
    /// \a name prefixes the object name ("…Offline").
    OfflineLine(AsyncStorage &storage, const QString &name, QWidget *parent = nullptr);

private:
    void showOnline(bool online);
};

} // namespace ww
