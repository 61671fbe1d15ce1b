// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonValue>
#include <QStringList>

#include "data/localresult.h"
#include "itemmodels/modelroles.h"
#include <memory>
#include <vector>

namespace Inspector {

/**
 * @brief A JSON value as a read-only tree: one row per object member or array element, with the
 * columns key, value and type. Lives on the GUI thread.
 *
 * Children are built when a view first asks for them, so a large message costs nothing until it
 * is expanded. Integers are shown exactly: QJsonValue keeps every integer that fits 64 bits as an
 * integer, and setJsonText() also keeps the literal text of numbers that do not (an unsigned
 * 64-bit id, a long decimal), which a QJsonValue would round to a double. From text, members
 * keep the order they have in it; from a QJsonValue they are sorted by key.
 */
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        TypeColumn,
        ColumnCount
    };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    /// Shows `value` (an object or array shows its members at the top level).
    void setJson(const QJsonValue &value);
    /// Parses JSON text; on failure the model is empty and the error says why.
    Result<> setJsonText(const QByteArray &json);
    void clear();
    bool isEmpty() const;

    /// The exact text of a value (see ModelRole::ValueText).
    QString valueText(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    void reset(
        const QJsonValue &value, QHash<QString, QString> literals, QHash<QString, QStringList> keyOrder);
    Node *nodeFor(const QModelIndex &index) const;
    void populate(Node *node) const;
    QString numberText(const Node *node) const;

    std::unique_ptr<Node> m_root;
    /// Literal text of the numbers a double cannot hold exactly, by JSON Pointer.
    QHash<QString, QString> m_literals;
    /// Member names of each object in the order of the text, by JSON Pointer.
    QHash<QString, QStringList> m_keyOrder;
};

} // namespace Inspector
