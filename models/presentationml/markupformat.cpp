// SPDX-License-Identifier: Apache-2.0
#include "presentationml/markupformat.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Inspector::MarkupFormat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Inspector::MarkupFormat", text);
}

} // namespace

Result<QString> prettyXml(const QString &markup)
{
    QXmlStreamReader reader(markup);
    QString out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    bool wroteElement = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::StartDocument:
        case QXmlStreamReader::EndDocument:
        case QXmlStreamReader::NoToken:
        case QXmlStreamReader::Invalid:
            break; // no XML declaration: the API never sends one
        case QXmlStreamReader::Characters:
            if (!reader.isWhitespace() || reader.isCDATA())
                writer.writeCurrentToken(reader);
            break;
        case QXmlStreamReader::StartElement:
            wroteElement = true;
            writer.writeCurrentToken(reader);
            break;
        default:
            writer.writeCurrentToken(reader);
            break;
        }
    }
    if (reader.hasError() || !wroteElement) {
        return LocalError(reader.hasError() ? tr("Line %1, column %2: %3")
                                                  .arg(reader.lineNumber())
                                                  .arg(reader.columnNumber())
                                                  .arg(reader.errorString())
                                            : tr("No element found."));
    }
    return out.trimmed();
}

Result<QString> prettyJson(const QString &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return LocalError(tr("Character %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    }
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace Inspector::MarkupFormat
