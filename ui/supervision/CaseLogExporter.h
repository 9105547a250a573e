// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/CaseLogFilter.h"
#include "review/CsvWriter.h"

#include <QObject>

#include <memory>

namespace ww {

class AsyncStorage;
class CaseLogFileExport;
class RequestLane;
class StorageError;

/// Runs one export of the case log to a CSV file on the storage thread, a step of rows at a time
/// (so the case log and the other windows get their reads in between, and the export can be stopped
/// between any two steps). The file appears only when every row is written and the export is
/// recorded in the audit log; a stopped or failed export leaves no file.
class CaseLogExporter : public QObject
{
    Q_OBJECT

public:
    static constexpr int rowsPerStep = 10000;

    CaseLogExporter(AsyncStorage &storage, QObject *parent = nullptr);

    /// Starts writing \a path; an export still running is stopped first.
    void start(const CaseLogFilter &filter, const CaseLogSort &sort, const QString &path,
               CsvWriter::Separator separator, const QString &actor);
    void stop();
    bool isRunning() const;

signals:
    void progressed(qint64 rowsWritten);
    void finished(qint64 rowsWritten, const QString &path);
    void failed(const StorageError &error);
    void runningChanged(bool running);

private:
    void nextStep();
    void finish();

    RequestLane *m_lane;
    std::shared_ptr<CaseLogFileExport> m_export; ///< used on the storage thread only
};

} // namespace ww
