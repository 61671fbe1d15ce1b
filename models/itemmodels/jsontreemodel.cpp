// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/jsontreemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QSet>
#include <QVariant>

#include <cstring>

#include "itemmodels/flattablemodel.h"
#include "itemmodels/plaintooltip.h"

using namespace Qt::StringLiterals;

namespace Inspector {

namespace {

constexpr int MaxDisplayChars = 500;
constexpr int MaxToolTipChars = 4000;
constexpr int MaxScanDepth = 512;

QString escapePointerToken(const QString &token)
{
    QString out = token;
    out.replace(u'~', u"~0"_s);
    out.replace(u'/', u"~1"_s);
    return out;
}

bool isExactInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toVariant().typeId() == QMetaType::LongLong;
}

/**
 * Walks JSON text that QJsonDocument already accepted and records, by JSON Pointer, the literal
 * of every number that is not a 64-bit integer, since a QJsonValue only keeps its double.
 */
class LiteralScanner
{
public:
    LiteralScanner(
        const QByteArray &text, QHash<QString, QString> *out, QHash<QString, QStringList> *keyOrder)
        : m_p(text.constData())
        , m_end(text.constData() + text.size())
        , m_out(out)
        , m_keyOrder(keyOrder)
    { }

    void run() { value(QString(), 0); }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool fail()
    {
        m_p = m_end;
        return false;
    }

    // Returns the decoded string; escapes are rare in keys, so only those go through the parser.
    QString string()
    {
        const char *start = m_p;
        ++m_p; // opening quote
        bool escaped = false;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\') {
                escaped = true;
                ++m_p;
            }
            ++m_p;
        }
        if (m_p >= m_end) {
            fail();
            return {};
        }
        ++m_p; // closing quote
        const QByteArray literal(start, int(m_p - start));
        if (!escaped)
            return QString::fromUtf8(literal.mid(1, literal.size() - 2));
        const QJsonArray wrapped = QJsonDocument::fromJson("[" + literal + "]").array();
        return wrapped.isEmpty() ? QString() : wrapped.at(0).toString();
    }

    void value(const QString &path, int depth)
    {
        skipSpace();
        if (m_p >= m_end || depth > MaxScanDepth) {
            fail();
            return;
        }
        const char c = *m_p;
        if (c == '{') {
            ++m_p;
            skipSpace();
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                return;
            }
            while (m_p < m_end) {
                skipSpace();
                if (m_p >= m_end || *m_p != '"')
                    return void(fail());
                const QString key = string();
                (*m_keyOrder)[path].append(key);
                skipSpace();
                if (m_p >= m_end || *m_p != ':')
                    return void(fail());
                ++m_p;
                value(path + u'/' + escapePointerToken(key), depth + 1);
                skipSpace();
                if (m_p < m_end && *m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (m_p < m_end && *m_p == '}')
                    ++m_p;
                else
                    fail();
                return;
            }
        } else if (c == '[') {
            ++m_p;
            skipSpace();
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                return;
            }
            for (int i = 0; m_p < m_end; ++i) {
                value(path + u'/' + QString::number(i), depth + 1);
                skipSpace();
                if (m_p < m_end && *m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (m_p < m_end && *m_p == ']')
                    ++m_p;
                else
                    fail();
                return;
            }
        } else if (c == '"') {
            string();
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            const char *start = m_p;
            while (m_p < m_end && (std::strchr("0123456789+-.eE", *m_p) != nullptr && *m_p != '\0'))
                ++m_p;
            const QByteArray literal(start, int(m_p - start));
            bool isInt = false;
            literal.toLongLong(&isInt);
            if (!isInt)
                m_out->insert(path, QString::fromLatin1(literal));
        } else {
            while (m_p < m_end && *m_p >= 'a' && *m_p <= 'z')
                ++m_p;
        }
    }

    const char *m_p;
    const char *m_end;
    QHash<QString, QString> *m_out;
    QHash<QString, QStringList> *m_keyOrder;
};

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Double:
        return isExactInteger(value) ? u"integer"_s : u"number"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_s;
}

QString shortened(const QString &text, int limit)
{
    return text.size() <= limit ? text : text.left(limit) + u'…';
}

} // namespace

struct JsonTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    QString key; ///< member name, or the index of an array element
    bool isIndex = false;
    QJsonValue value;
    QString path;
    bool populated = false;
    std::vector<std::unique_ptr<Node>> children;
};

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->populated = true;
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJson(const QJsonValue &value)
{
    reset(value, {}, {});
}

void JsonTreeModel::reset(
    const QJsonValue &value, QHash<QString, QString> literals, QHash<QString, QStringList> keyOrder)
{
    beginResetModel();
    // Before endResetModel(): a view asks for the rows at once, and the order is used then.
    m_literals = std::move(literals);
    m_keyOrder = std::move(keyOrder);
    m_root = std::make_unique<Node>();
    if (value.isObject() || value.isArray()) {
        m_root->value = value;
    } else if (!value.isUndefined()) {
        // A lone scalar still gets a row, so that it can be seen and copied.
        auto child = std::make_unique<Node>();
        child->parent = m_root.get();
        child->value = value;
        child->populated = true;
        m_root->children.push_back(std::move(child));
        m_root->populated = true;
    } else {
        m_root->populated = true;
    }
    endResetModel();
}

Result<> JsonTreeModel::setJsonText(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        clear();
        return LocalError(tr("The JSON could not be read: %1 at character %2.")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    }
    QHash<QString, QString> literals;
    QHash<QString, QStringList> keyOrder;
    LiteralScanner(json, &literals, &keyOrder).run();
    reset(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()),
        std::move(literals), std::move(keyOrder));
    return {};
}

void JsonTreeModel::clear()
{
    setJson(QJsonValue(QJsonValue::Undefined));
}

bool JsonTreeModel::isEmpty() const
{
    return rowCount() == 0;
}

JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

void JsonTreeModel::populate(Node *node) const
{
    if (node->populated)
        return;
    node->populated = true;
    auto add = [node](const QString &key, bool isIndex, const QJsonValue &value) {
        auto child = std::make_unique<Node>();
        child->parent = node;
        child->row = int(node->children.size());
        child->key = key;
        child->isIndex = isIndex;
        child->value = value;
        child->path = node->path + u'/' + (isIndex ? key : escapePointerToken(key));
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        node->children.reserve(size_t(object.size()));
        // The server's order when the text was given (QJsonObject sorts its keys); a repeated
        // key appears once, with the value QJsonObject kept.
        const auto order = m_keyOrder.constFind(node->path);
        if (order != m_keyOrder.constEnd()) {
            QSet<QString> seen;
            for (const QString &key : *order) {
                if (object.contains(key) && !seen.contains(key)) {
                    seen.insert(key);
                    add(key, false, object.value(key));
                }
            }
            if (int(seen.size()) == object.size())
                return;
            node->children.clear(); // the text and the object disagree: fall back to the object
        }
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), false, it.value());
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        node->children.reserve(size_t(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i)
            add(QString::number(i), true, array.at(i));
    }
}

QString JsonTreeModel::numberText(const Node *node) const
{
    const auto literal = m_literals.constFind(node->path);
    if (literal != m_literals.constEnd())
        return *literal;
    if (isExactInteger(node->value))
        return QString::number(node->value.toInteger());
    return QString::number(node->value.toDouble(), 'g', QLocale::FloatingPointShortest);
}

QString JsonTreeModel::valueText(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const Node *node = nodeFor(index);
    switch (node->value.type()) {
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(node->value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(node->value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::String:
        return node->value.toString();
    case QJsonValue::Double:
        return numberText(node);
    case QJsonValue::Bool:
        return node->value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    Node *node = nodeFor(parent);
    populate(node);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeFor(child);
    Node *parentNode = node->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    Node *node = nodeFor(parent);
    populate(node);
    return int(node->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeFor(parent);
    if (node->populated)
        return !node->children.empty();
    // Answered without building the children, so that a collapsed tree stays cheap.
    if (node->value.isObject())
        return !node->value.toObject().isEmpty();
    if (node->value.isArray())
        return !node->value.toArray().isEmpty();
    return false;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case ModelRole::ValueText:
        return valueText(index);
    case ModelRole::Path:
        return node->path;
    case ModelRole::Type:
        return typeName(node->value);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const bool tip = role == Qt::ToolTipRole;
    switch (index.column()) {
    case KeyColumn:
        if (tip)
            return node->path.isEmpty() ? QVariant() : QVariant(plainToolTip(node->path));
        return node->isIndex ? u"[%1]"_s.arg(node->key) : node->key;
    case ValueColumn: {
        // The size in the bracket of its kind, as JSON viewers usually show it.
        if (node->value.isObject())
            return u"{%1}"_s.arg(node->value.toObject().size());
        if (node->value.isArray())
            return u"[%1]"_s.arg(node->value.toArray().size());
        QString text = valueText(index);
        if (tip)
            return plainToolTip(shortened(text, MaxToolTipChars));
        // One line in the tree; the tooltip and copy give the whole value.
        text.replace(u'\n', u'⏎');
        return shortened(text, MaxDisplayChars);
    }
    case TypeColumn: {
        if (tip)
            return {};
        const QString type = typeName(node->value);
        if (type == u"object"_s)
            return tr("object");
        if (type == u"array"_s)
            return tr("array");
        if (type == u"string"_s)
            return tr("string");
        if (type == u"integer"_s)
            return tr("integer");
        if (type == u"number"_s)
            return tr("number");
        if (type == u"boolean"_s)
            return tr("boolean");
        if (type == u"null"_s)
            return tr("null");
        return type;
    }
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return columnTitle({tr("Key"), tr("Value"), tr("Type")}, section);
}

} // namespace Inspector
