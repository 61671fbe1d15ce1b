// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profiles/secretstore.h"

namespace Inspector {

/**
 * @brief SecretStore over the operating system's keychain through QtKeychain (the Secret Service
 * on Linux, Keychain on macOS, Credential Manager on Windows).
 *
 * Every entry lives under the service name "symphony-inspector" with the SecretStore key (profile id
 * and secret name) as its key. Jobs are asynchronous QtKeychain jobs; nothing waits in a nested
 * event loop, and the insecure plain-text fallback of QtKeychain is never turned on. When the
 * system has no keychain service the jobs fail with SecretJob::Error::NoBackend and a sentence
 * that says so. Lives on the thread that created it.
 */
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    static constexpr auto ServiceName = "symphony-inspector";

    explicit KeychainSecretStore(QObject *parent = nullptr);
    ~KeychainSecretStore() override;

protected:
    void startRead(SecretJob *job) override;
    void startWrite(SecretJob *job, const QByteArray &data) override;
    void startRemove(SecretJob *job) override;
};

} // namespace Inspector
