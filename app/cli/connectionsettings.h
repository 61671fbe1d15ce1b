// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

#include "api/apiclient.h"
#include "api/credentials.h"
#include "api/serviceurls.h"

class QIODevice;

namespace Inspector::Cli {

class CommandLine;

/** Asks a person for a passphrase; nullopt when nobody can be asked (no terminal). */
using PassphrasePrompt = std::function<std::optional<QByteArray>(const QString &prompt)>;

/**
 * @brief Everything the command line says about how to reach the pod and who to be.
 *
 * Built once from the parsed command line, the environment and, for an encrypted key or
 * certificate, a passphrase prompt. Pure apart from reading the key, certificate and CA files.
 */
struct ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Cli::ConnectionSettings)

public:
    bool demo = false;
    std::optional<ServiceUrls> urls; ///< unset with --demo until the demo pod runs
    ApiClientOptions clientOptions;
    Credentials credentials;
    /** Sentences for standard error before the command runs: a token given as a flag, plain http://. */
    QStringList warnings;

    struct Failure
    {
        int exitCode = 0;
        QString message;
    };

    /**
     * @p base supplies the client options the command line does not set (tests inject a small retry
     * policy). @p needsCredentials: health and info go without. @p standardInput serves
     * `--session-token-file -` and `--km-token-file -` (nullptr: there is none). Returns the settings
     * or a failure with its exit code and one sentence.
     */
    static std::optional<ConnectionSettings> fromCommandLine(const CommandLine &cli, bool needsCredentials,
        const QProcessEnvironment &environment, const PassphrasePrompt &prompt, const ApiClientOptions &base,
        Failure *failure, QIODevice *standardInput = nullptr);
};

} // namespace Inspector::Cli
