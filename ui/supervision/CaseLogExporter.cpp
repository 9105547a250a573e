// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervision/CaseLogExporter.h"

#include "review/CaseLogFileExport.h"
#include "supervision/RequestLane.h"

namespace ww {

CaseLogExporter::CaseLogExporter(AsyncStorage &storage, QObject *parent)
    : QObject(parent)
    , m_lane(new RequestLane(storage, this))
{
    connect(m_lane, &RequestLane::busyChanged, this, &CaseLogExporter::runningChanged);
    connect(m_lane, &RequestLane::failed, this, [this](const StorageError &error) {
        m_export.reset(); // the file is dropped with it
        emit failed(error);
    });
}

void CaseLogExporter::start(const CaseLogFilter &filter, const CaseLogSort &sort, const QString &path,
                            CsvWriter::Separator separator, const QString &actor)
{
    stop();
    m_export = std::make_shared<CaseLogFileExport>(filter, sort, path, separator, actor);
    nextStep();
}

void CaseLogExporter::stop()
{
    m_lane->cancel();
    m_export.reset();
}

bool CaseLogExporter::isRunning() const
{
    return m_lane->isBusy();
}

void CaseLogExporter::nextStep()
{
    struct Step
    {
        bool complete;
        qint64 written;
    };
    m_lane->start<Step>(
            [run = m_export](Database &database) {
                const bool complete = run->step(database, rowsPerStep);
                return Step{complete, run->rowsWritten()};
            },
            [this](Step &step) {
                emit progressed(step.written);
                if (step.complete)
                    finish();
                else
                    nextStep();
            });
}

void CaseLogExporter::finish()
{
    m_lane->start<qint64>(
            [run = m_export](Database &database) {
                run->finish(database, QDateTime::currentDateTimeUtc());
                return run->rowsWritten();
            },
            [this](qint64 &written) {
                const QString path = m_export->path();
                m_export.reset();
                emit finished(written, path);
            });
}

} // namespace ww
