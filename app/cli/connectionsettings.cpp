// SPDX-License-Identifier: Apache-2.0
#include "connectionsettings.h"

#include <QFile>
#include <QFileInfo>

#include "auth/cafile.h"
#include "auth/clientcertificate.h"
#include "auth/rsakey.h"
#include "commandline.h"
#include "exitcode.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

constexpr auto PassphraseVariable = "SYMPHONY_KEY_PASSPHRASE"_L1;

bool fail(ConnectionSettings::Failure *failure, int code, const QString &message)
{
    failure->exitCode = code;
    failure->message = message;
    return false;
}

bool checkReadable(const QString &option, const QString &path, ConnectionSettings::Failure *failure)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(failure, Usage,
            ConnectionSettings::tr("--%1: the file \"%2\" does not exist.").arg(option, path));
    if (!info.isFile() || !info.isReadable())
        return fail(
            failure, Usage, ConnectionSettings::tr("--%1: \"%2\" is not a readable file.").arg(option, path));
    return true;
}

std::optional<QByteArray> environmentPassphrase(const QProcessEnvironment &environment)
{
    if (!environment.contains(PassphraseVariable))
        return std::nullopt;
    return environment.value(PassphraseVariable).toUtf8();
}

// A token is a few kilobytes at most; a bigger file is the wrong file.
constexpr qint64 MaxTokenFileBytes = 64 * 1024;

// Reads a token from `path` (or standard input for "-"): the token alone, surrounding white space and a
// final line break allowed. nullopt with the failure set otherwise. The token is never quoted back.
std::optional<QByteArray> readTokenFile(const QString &option, const QString &path, QIODevice *standardInput,
    ConnectionSettings::Failure *failure)
{
    QByteArray bytes;
    if (path == "-"_L1) {
        if (!standardInput || !standardInput->isReadable()) {
            fail(failure, Usage,
                ConnectionSettings::tr("--%1 -: there is no standard input to read.").arg(option));
            return std::nullopt;
        }
        bytes = standardInput->read(MaxTokenFileBytes + 1);
    } else {
        if (!checkReadable(option, path, failure))
            return std::nullopt;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(failure, Usage,
                ConnectionSettings::tr("--%1: cannot read \"%2\": %3").arg(option, path, file.errorString()));
            return std::nullopt;
        }
        bytes = file.read(MaxTokenFileBytes + 1);
    }
    const QString source = path == "-"_L1 ? ConnectionSettings::tr("standard input") : u"\""_s + path + u'"';
    if (bytes.size() > MaxTokenFileBytes) {
        fail(failure, Usage,
            ConnectionSettings::tr("--%1: %2 holds more than 64 KiB, which is not a token.")
                .arg(option, source));
        return std::nullopt;
    }
    const QByteArray token = bytes.trimmed();
    if (token.isEmpty()) {
        fail(failure, Usage, ConnectionSettings::tr("--%1: %2 holds no token.").arg(option, source));
        return std::nullopt;
    }
    for (const char c : token) {
        if (uchar(c) <= 0x20 || uchar(c) == 0x7f) {
            fail(failure, Usage,
                ConnectionSettings::tr("--%1: %2 must hold the token alone, on one line.")
                    .arg(option, source));
            return std::nullopt;
        }
    }
    return token;
}

} // namespace

std::optional<ConnectionSettings> ConnectionSettings::fromCommandLine(const CommandLine &cli,
    bool needsCredentials, const QProcessEnvironment &environment, const PassphrasePrompt &prompt,
    const ApiClientOptions &base, Failure *failure, QIODevice *standardInput)
{
    ConnectionSettings s;
    s.clientOptions = base;
    s.demo = cli.isSet(u"demo"_s);

    const QStringList urlOptions {u"pod"_s, u"agent"_s, u"key-manager"_s, u"login"_s};
    const QStringList credentialOptions {u"bot-username"_s, u"private-key"_s, u"cert"_s, u"session-token"_s,
        u"km-token"_s, u"session-token-file"_s, u"km-token-file"_s};
    if (s.demo) {
        for (const QString &o : urlOptions + credentialOptions) {
            if (cli.isSet(o)) {
                fail(failure, Usage,
                    tr("--demo brings its own pod and bot key: drop --%1 (or drop --demo).").arg(o));
                return std::nullopt;
            }
        }
    } else {
        if (!cli.isSet(u"pod"_s)) {
            fail(failure, Usage, tr("No pod given: use --pod URL, or --demo for the embedded demo pod."));
            return std::nullopt;
        }
        const Result<ServiceUrls> urls = ServiceUrls::resolve({cli.value(u"pod"_s), cli.value(u"agent"_s),
            cli.value(u"key-manager"_s), cli.value(u"login"_s), {}, {}});
        if (!urls) {
            fail(failure, Usage, urls.error().message());
            return std::nullopt;
        }
        s.urls = urls.value();
        if (const QString cleartext = s.urls->cleartextWarning(); !cleartext.isEmpty())
            s.warnings.append(cleartext);
    }

    if (cli.isSet(u"timeout"_s)) {
        bool ok = false;
        const double seconds = cli.value(u"timeout"_s).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > 86400) {
            fail(failure, Usage,
                tr("--timeout wants a number of seconds between 0 and 86400, not \"%1\".")
                    .arg(cli.value(u"timeout"_s)));
            return std::nullopt;
        }
        s.clientOptions.timeoutMs = std::max(1, int(seconds * 1000));
    }
    if (cli.isSet(u"proxy"_s)) {
        const Result<QNetworkProxy> proxy = ApiClient::parseProxy(cli.value(u"proxy"_s));
        if (!proxy) {
            fail(failure, Usage, proxy.error().message());
            return std::nullopt;
        }
        s.clientOptions.proxy = proxy.value();
    }
    if (cli.isSet(u"ca-file"_s)) {
        const QString path = cli.value(u"ca-file"_s);
        if (!checkReadable(u"ca-file"_s, path, failure))
            return std::nullopt;
        const Result<QList<QSslCertificate>> cas = Auth::loadCaFile(path);
        if (!cas) {
            fail(failure, Usage, tr("--ca-file: %1").arg(cas.error().message()));
            return std::nullopt;
        }
        s.clientOptions.caCertificates += cas.value();
    }
    if (s.demo)
        return s;

    const bool rsa = cli.isSet(u"bot-username"_s) || cli.isSet(u"private-key"_s);
    const bool cert = cli.isSet(u"cert"_s);
    const bool tokens = cli.isSet(u"session-token"_s) || cli.isSet(u"km-token"_s)
        || cli.isSet(u"session-token-file"_s) || cli.isSet(u"km-token-file"_s);
    if (int(rsa) + int(cert) + int(tokens) > 1) {
        fail(failure, Usage,
            tr("Give one kind of credentials: --bot-username with --private-key, or --cert, or "
               "--session-token-file (or --session-token)."));
        return std::nullopt;
    }
    if (rsa && (!cli.isSet(u"bot-username"_s) || !cli.isSet(u"private-key"_s))) {
        fail(failure, Usage, tr("--bot-username and --private-key go together."));
        return std::nullopt;
    }

    if (rsa) {
        const QString path = cli.value(u"private-key"_s);
        if (!checkReadable(u"private-key"_s, path, failure))
            return std::nullopt;
        if (!needsCredentials)
            return s;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(failure, Usage, tr("--private-key: cannot read \"%1\": %2").arg(path, file.errorString()));
            return std::nullopt;
        }
        const QByteArray pem = file.readAll();
        QByteArray passphrase;
        if (Auth::RsaKey::isEncryptedPem(pem)) {
            std::optional<QByteArray> given = environmentPassphrase(environment);
            if (!given && prompt)
                given = prompt(tr("Passphrase for %1: ").arg(path));
            if (!given) {
                fail(failure, AuthFailed,
                    tr("The private key \"%1\" is encrypted and no passphrase is available: set %2, or run "
                       "on a terminal to be asked for it.")
                        .arg(path, PassphraseVariable));
                return std::nullopt;
            }
            passphrase = *given;
        }
        const Result<Auth::RsaKey> key = Auth::RsaKey::fromPem(pem, passphrase);
        if (!key) {
            fail(failure, AuthFailed, tr("--private-key \"%1\": %2").arg(path, key.error().message()));
            return std::nullopt;
        }
        s.credentials = Credentials::fromRsaKey(cli.value(u"bot-username"_s), key.value());
        return s;
    }

    if (cert) {
        const QString path = cli.value(u"cert"_s);
        if (!checkReadable(u"cert"_s, path, failure))
            return std::nullopt;
        if (!needsCredentials)
            return s;
        const std::optional<QByteArray> fromEnvironment = environmentPassphrase(environment);
        Result<Auth::ClientCertificate> certificate
            = Auth::ClientCertificate::load(path, fromEnvironment.value_or(QByteArray()));
        if (!certificate && !fromEnvironment && prompt) {
            // The file may simply need a passphrase: ask once, on a terminal only.
            if (const auto asked = prompt(tr("Passphrase for %1: ").arg(path)))
                certificate = Auth::ClientCertificate::load(path, *asked);
        }
        if (!certificate) {
            const QString error = certificate.error().message();
            fail(failure, AuthFailed,
                fromEnvironment ? tr("--cert \"%1\": %2").arg(path, error)
                                : tr("--cert \"%1\": %2 (if the file is protected by a passphrase, set %3 or "
                                     "run on a terminal to be asked for it)")
                                      .arg(path, error, PassphraseVariable));
            return std::nullopt;
        }
        s.credentials = Credentials::fromCertificate(certificate.value());
        return s;
    }

    for (const auto &[flag, file] : {std::pair {u"session-token"_s, u"session-token-file"_s},
             std::pair {u"km-token"_s, u"km-token-file"_s}}) {
        if (cli.isSet(flag) && cli.isSet(file)) {
            fail(failure, Usage, tr("Give --%1 or --%2, not both.").arg(file, flag));
            return std::nullopt;
        }
    }
    if (cli.value(u"session-token-file"_s) == "-"_L1 && cli.value(u"km-token-file"_s) == "-"_L1) {
        fail(failure, Usage,
            tr("Standard input can give one token only: read the other from a file or the environment."));
        return std::nullopt;
    }
    // A token in argv is readable by every user of the machine (ps, /proc): it works, with a warning.
    if (cli.isSet(u"session-token"_s))
        s.warnings.append(tr("--session-token shows the token in the process list; --session-token-file or "
                             "SYMPHONY_SESSION_TOKEN keeps it private."));
    if (cli.isSet(u"km-token"_s))
        s.warnings.append(tr("--km-token shows the token in the process list; --km-token-file or "
                             "SYMPHONY_KM_TOKEN keeps it private."));

    QByteArray session = cli.value(u"session-token"_s).toUtf8();
    QByteArray keyManager = cli.value(u"km-token"_s).toUtf8();
    // A token file is checked even when no credentials are needed, and read (its token replaces
    // the option's) when they are; false with *failure set.
    const auto readTokenOption = [&](const QString &option, QByteArray *token) {
        if (!cli.isSet(option))
            return true;
        const QString path = cli.value(option);
        if (path != "-"_L1 && !checkReadable(option, path, failure))
            return false;
        if (needsCredentials) {
            const auto read = readTokenFile(option, path, standardInput, failure);
            if (!read)
                return false;
            *token = *read;
        }
        return true;
    };
    if (!readTokenOption(u"session-token-file"_s, &session)
        || !readTokenOption(u"km-token-file"_s, &keyManager))
        return std::nullopt;
    // What the options leave out comes from the environment.
    if (session.isEmpty())
        session = environment.value(u"SYMPHONY_SESSION_TOKEN"_s).trimmed().toUtf8();
    if (keyManager.isEmpty())
        keyManager = environment.value(u"SYMPHONY_KM_TOKEN"_s).trimmed().toUtf8();
    if (!session.isEmpty()) {
        s.credentials = Credentials::fromTokens(session, keyManager);
        return s;
    }
    if (!keyManager.isEmpty() && needsCredentials) {
        fail(failure, Usage,
            tr("A key manager token alone is not enough: give --session-token-file (or --session-token) "
               "too."));
        return std::nullopt;
    }
    if (needsCredentials) {
        fail(failure, Usage,
            tr("No credentials: give --bot-username with --private-key, or --cert, or --session-token-file "
               "(or set SYMPHONY_SESSION_TOKEN)."));
        return std::nullopt;
    }
    return s;
}

} // namespace Inspector::Cli
