// SPDX-License-Identifier: Apache-2.0
#include "export/outputname.h"

#include <QCoreApplication>

#include "files/filenames.h"

using namespace Qt::StringLiterals;

namespace Inspector::Export::OutputName {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Inspector::Export::OutputName", text);
}

constexpr QStringView FieldLetters = u"NITdflx%";

qsizetype folderEnd(const QString &output)
{
    return output.lastIndexOf(u'/') + 1;
}

QString date(const std::optional<QDate> &d)
{
    return d && d->isValid() ? d->toString(Qt::ISODate) : u"none"_s;
}

// One field's value as a part of a file name.
QString part(const QString &value, const QString &fallback)
{
    return Files::safeFileName(value, fallback);
}

} // namespace

bool isTemplate(const QString &output)
{
    return output.contains(u'%');
}

Result<> check(const QString &output)
{
    const qsizetype file = folderEnd(output);
    if (output.left(file).contains(u'%'))
        return LocalError(tr("--output: the fields of a template (%N, %I…) name the file, not its folder: "
                             "\"%1\".")
                              .arg(output));
    for (qsizetype i = file; i < output.size(); ++i) {
        if (output.at(i) != u'%')
            continue;
        if (i + 1 >= output.size() || !FieldLetters.contains(output.at(i + 1)))
            return LocalError(tr("--output: unknown field \"%1\" (use %N, %I, %T, %d, %f, %l, %x or %% for "
                                 "a %).")
                                  .arg(output.mid(i, 2)));
        ++i;
    }
    return {};
}

bool usesLast(const QString &output)
{
    return output.contains(u"%l"_s) && !output.contains(u"%%l"_s);
}

bool usesSuffix(const QString &output)
{
    return output.contains(u"%x"_s) && !output.contains(u"%%x"_s);
}

QString expand(const QString &output, const Fields &f)
{
    const qsizetype file = folderEnd(output);
    QString name;
    for (qsizetype i = file; i < output.size(); ++i) {
        const QChar c = output.at(i);
        if (c != u'%' || i + 1 >= output.size()) {
            name += c;
            continue;
        }
        switch (output.at(++i).unicode()) {
        case u'N':
            name += part(f.streamName.trimmed().isEmpty() ? f.streamId : f.streamName, u"stream"_s);
            break;
        case u'I':
            name += part(f.streamId, u"stream"_s);
            break;
        case u'T':
            name += part(f.streamType.isEmpty() ? u"stream"_s : f.streamType, u"stream"_s);
            break;
        case u'd':
            name += f.exportDate.toString(Qt::ISODate);
            break;
        case u'f':
            name += date(f.first);
            break;
        case u'l':
            name += date(f.last);
            break;
        case u'x':
            name += part(f.suffix, u"out"_s);
            break;
        default:
            name += output.at(i); // %% (check() refused the others)
        }
    }
    return output.left(file) + Files::safeFileName(name, u"export"_s);
}

} // namespace Inspector::Export::OutputName
