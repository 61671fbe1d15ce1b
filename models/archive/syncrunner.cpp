// SPDX-License-Identifier: Apache-2.0
#include "archive/syncrunner.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

#include "api/apiclient.h"
#include "api/sessionthread.h"
#include "archive/store.h"

namespace Inspector::Archive {

namespace {
/// How long stream changes gather before they go to the GUI thread together.
constexpr int BatchMs = 100;
} // namespace

/**
 * @brief Lives on the sync thread: opens the archive and runs the Sync there, and gathers its
 * progress into batches for the GUI thread.
 */
class SyncWorker final : public SessionWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    SyncWorker(const ApiClient &session, const Location &location, const SyncOptions &options)
        : SessionWorker(session)
        , m_location(location)
        , m_options(options)
    { }

    ~SyncWorker() override
    {
        // The sync before the store and the client it uses.
        delete m_sync;
        m_store.reset();
    }

    void cancel() override
    {
        m_cancelled = true;
        if (m_sync)
            m_sync->cancel();
    }

Q_SIGNALS:
    void progress(const Inspector::Archive::SyncStatus &status);
    void finished(const Inspector::Archive::SyncReport &report);

protected:
    void begin(ApiClient *client) override
    {
        Result<std::unique_ptr<Store>> store = Store::openWriter(m_location);
        if (!store) {
            SyncReport report;
            report.location = m_location.display();
            report.error = store.error().message();
            Q_EMIT finished(report);
            release();
            return;
        }
        m_store = std::move(store.value());
        m_batch = new QTimer(this);
        m_batch->setSingleShot(true);
        m_batch->setInterval(BatchMs);
        connect(m_batch, &QTimer::timeout, this, &SyncWorker::flush);
        m_sync = new Sync(client, m_store.get(), m_options, this);
        connect(m_sync, &Sync::streamChanged, this, [this](const SyncStreamState &s) {
            const auto at = m_changedAt.constFind(s.streamId);
            if (at != m_changedAt.cend()) {
                m_changed[*at] = s;
            } else {
                m_changedAt.insert(s.streamId, int(m_changed.size()));
                m_changed.append(s);
            }
            m_dirty = true;
        });
        connect(m_sync, &Sync::progress, this, [this](const SyncProgress &p) {
            m_totals = p;
            m_dirty = true;
            if (!m_batch->isActive())
                m_batch->start();
        });
        connect(m_sync, &Sync::finished, this, &SyncWorker::end);
        m_sync->start();
    }

    void releaseJob() override
    {
        if (m_sync)
            m_sync->deleteLater();
    }

private:
    void flush()
    {
        if (!m_dirty)
            return;
        m_dirty = false;
        SyncStatus status;
        status.totals = m_totals;
        status.streams = std::move(m_changed);
        m_changed.clear();
        m_changedAt.clear();
        Q_EMIT progress(status);
    }

    void end(const QString &error)
    {
        m_batch->stop();
        m_totals = m_sync->progressNow();
        m_dirty = true;
        flush();
        SyncReport report;
        report.location = m_location.display();
        report.cancelled = m_cancelled;
        report.error = m_cancelled ? QString() : error;
        report.runId = m_sync->runId();
        report.counts = m_sync->counts();
        report.failures = m_sync->failures();
        report.elapsedMs = m_totals.elapsedMs;
        Q_EMIT finished(report);
        // The sync and the client go now, on their own thread; the store when the thread ends.
        release();
    }

    Location m_location;
    SyncOptions m_options;
    std::unique_ptr<Store> m_store;
    QPointer<Sync> m_sync;
    QTimer *m_batch = nullptr;
    SyncProgress m_totals;
    QList<SyncStreamState> m_changed;
    QHash<QString, int> m_changedAt;
    bool m_dirty = false;
    bool m_cancelled = false;
};

SyncRunner::SyncRunner(QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<SessionThread>(this, QStringLiteral("archive-sync")))
{
    qRegisterMetaType<SyncStatus>();
    qRegisterMetaType<SyncReport>();
}

SyncRunner::~SyncRunner() = default;

bool SyncRunner::isRunning() const
{
    return m_thread->isRunning();
}

bool SyncRunner::start(const ApiClient &session, const Location &location, const SyncOptions &options)
{
    if (m_thread->isRunning())
        return false;
    auto *worker = new SyncWorker(session, location, options);
    connect(worker, &SyncWorker::progress, this, &SyncRunner::progress);
    connect(worker, &SyncWorker::finished, this, &SyncRunner::onWorkerFinished);
    m_thread->start(worker);
    return true;
}

void SyncRunner::cancel()
{
    m_thread->cancel();
}

void SyncRunner::onWorkerFinished(const SyncReport &report)
{
    m_thread->finishedRun();
    Q_EMIT finished(report);
}

} // namespace Inspector::Archive

#include "syncrunner.moc"
