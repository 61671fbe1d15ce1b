// SPDX-License-Identifier: Apache-2.0
// Auth::releaseThreadCryptoState(): a thread that used OpenSSL holds state of its own until then.
#include <QDateTime>
#include <QTest>

#include <thread>

#include "auth/cryptothread.h"
#include "auth/jwt.h"
#include "auth/rsakey.h"
#include "common/opensslallocations.h"

using namespace Inspector::Auth;
using namespace Qt::StringLiterals;

namespace {

/** What a thread of ours does with OpenSSL: read a key, sign a JWT, and fail to read a bad key. */
bool useOpenSsl()
{
    const Inspector::Result<RsaKey> key
        = RsaKey::fromFile(QStringLiteral(INSPECTOR_TEST_DATA "/keys/rsa2048-pkcs8.pem"), {});
    if (!key)
        return false;
    const auto jwt = signJwtRs512(key.value(), u"bot"_s, QDateTime::currentSecsSinceEpoch() + 60);
    const auto bad = RsaKey::fromFile(QStringLiteral(INSPECTOR_TEST_DATA "/keys/garbage.txt"), {});
    return jwt.ok() && !jwt.value().isEmpty() && !bad.ok() && !bad.error().message().isEmpty();
}

struct ThreadResult
{
    bool used = false;
    long liveBeforeRelease = -1;
    long liveAfterRelease = -1;
};

} // namespace

class CryptoThreadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Global caches (providers, decoders) are filled here, so what a thread keeps is its own state.
        QVERIFY(useOpenSsl());
    }

    void threadStateIsFreedOnRelease()
    {
        OpenSslAllocations::mark();
        ThreadResult result;
        std::thread worker([&result] {
            result.used = useOpenSsl();
            result.liveBeforeRelease = OpenSslAllocations::liveOnOtherThreads();
            releaseThreadCryptoState();
            result.liveAfterRelease = OpenSslAllocations::liveOnOtherThreads();
        });
        worker.join();
        QVERIFY(result.used);
        // The thread's error queue and random generators stay allocated until the thread is released...
        QCOMPARE_GT(result.liveBeforeRelease, 0);
        // ...and nothing of it is left afterwards, while the thread still runs.
        QCOMPARE(result.liveAfterRelease, 0);
    }

    void releasingAnUnusedThreadIsHarmless()
    {
        OpenSslAllocations::mark();
        long live = -1;
        std::thread worker([&live] {
            releaseThreadCryptoState();
            releaseThreadCryptoState();
            live = OpenSslAllocations::liveOnOtherThreads();
        });
        worker.join();
        QCOMPARE(live, 0);
        QVERIFY(useOpenSsl()); // and OpenSSL keeps working in the process
    }
};

OPENSSL_ALLOCATIONS_TEST_MAIN(CryptoThreadTest)

#include "tst_cryptothread.moc"
