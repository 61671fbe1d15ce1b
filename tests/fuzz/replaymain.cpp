// SPDX-License-Identifier: Apache-2.0
// The normal (gcc) build's driver of a fuzz target: runs LLVMFuzzerTestOneInput() on every file of
// the directories given (the committed corpus and the regression inputs), so that CTest replays
// them in the plain and the ASan+UBSan passes. libFuzzer brings its own main() in the fuzz build.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    // No QCoreApplication, as under libFuzzer: the targets must not need one.
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        QStringList files;
        if (!QFileInfo::exists(path)) {
            std::fprintf(stderr, "no %s: nothing to replay there\n", qPrintable(path));
        } else if (QFileInfo(path).isDir()) {
            const QDir dir(path);
            for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
                // README and .gitkeep files document a directory; they are no inputs.
                if (name != QLatin1String(".gitkeep") && name != QLatin1String("README.md"))
                    files.append(dir.filePath(name));
            }
        } else {
            files.append(path);
        }
        for (const QString &file : std::as_const(files)) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
                return 2;
            }
            const QByteArray bytes = f.readAll();
            // A heap block of exactly the input's size, as libFuzzer passes it, so that ASan sees a
            // read past its end (a QByteArray has spare room and a terminating zero).
            const size_t size = size_t(bytes.size());
            const std::unique_ptr<uint8_t[]> exact(new uint8_t[size]);
            if (size > 0)
                std::memcpy(exact.get(), bytes.constData(), size);
            std::fprintf(stderr, "replaying %s (%zu bytes)\n", qPrintable(file), size);
            LLVMFuzzerTestOneInput(exact.get(), size);
            ++inputs;
        }
    }
    std::fprintf(stderr, "%d input(s) replayed without a failure\n", inputs);
    return inputs > 0 ? 0 : 1;
}
