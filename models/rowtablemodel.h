#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>

namespace Pitwall {

/// What the flat table models share: a list of value rows, each found by its
/// key through a hash rather than a scan, and updates signalled in batches —
/// edited rows as one dataChanged() per contiguous range, appended rows as
/// one insertion, removed rows as one removal per contiguous range.
///
/// A model derives from it, names a row's key (rowKey()) and its cells
/// (data(), headerData()); it changes rows only through the protected calls
/// here, and calls flushChanges() at the end of each batch.
template<typename Row> class RowTableModel : public QAbstractTableModel
{
public:
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_columns; }

protected:
    RowTableModel(int columns, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columns(columns)
    { }

    /// The key that tells a row from every other.
    virtual QString rowKey(const Row &row) const = 0;

    /// The row with @p key, or -1.
    int rowOf(const QString &key) const { return m_index.value(key, -1); }

    /// A row to change in place; it is signalled by the next flushChanges().
    Row &editRow(int row)
    {
        m_changed.append(row);
        return m_rows[row];
    }

    /// Replaces each row whose key is there already (signalled at the next
    /// flushChanges()) and appends the others in one insertion.
    void upsertRows(const QList<Row> &rows)
    {
        QList<Row> added;
        for (const Row &row : rows) {
            const QString key = rowKey(row);
            if (const int at = rowOf(key); at >= 0)
                editRow(at) = row;
            else if (auto same
                     = std::find_if(added.begin(), added.end(), [&](const Row &other) { return rowKey(other) == key; });
                     same != added.end())
                *same = row;
            else
                added.append(row);
        }
        appendRows(added);
    }

    void appendRows(const QList<Row> &rows)
    {
        if (rows.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        for (const Row &row : rows) {
            m_index.insert(rowKey(row), int(m_rows.size()));
            m_rows.append(row);
        }
        endInsertRows();
    }

    /// Removes every row for which @p remove holds: one removal for each
    /// contiguous range, from the bottom up.
    template<typename Predicate> void removeRowsWhere(Predicate remove)
    {
        flushChanges(); // rows are about to move: signal edits while their numbers hold
        bool removed = false;
        for (int last = int(m_rows.size()) - 1; last >= 0; --last) {
            if (!remove(std::as_const(m_rows)[last]))
                continue;
            int first = last;
            while (first > 0 && remove(std::as_const(m_rows)[first - 1]))
                --first;
            beginRemoveRows({}, first, last);
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
            endRemoveRows();
            removed = true;
            last = first;
        }
        if (removed)
            reindex();
    }

    void resetRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        m_changed.clear();
        reindex();
        endResetModel();
    }

    /// Signals every row edited since the last call, columns @p firstColumn
    /// to @p lastColumn (-1: the last), as one dataChanged() per contiguous
    /// range of rows.
    void flushChanges(int firstColumn = 0, int lastColumn = -1)
    {
        if (m_changed.isEmpty())
            return;
        std::sort(m_changed.begin(), m_changed.end());
        m_changed.erase(std::unique(m_changed.begin(), m_changed.end()), m_changed.end());
        const int column = lastColumn < 0 ? m_columns - 1 : lastColumn;
        for (int i = 0; i < m_changed.size();) {
            int j = i;
            while (j + 1 < m_changed.size() && m_changed[j + 1] == m_changed[j] + 1)
                ++j;
            Q_EMIT this->dataChanged(this->index(m_changed[i], firstColumn), this->index(m_changed[j], column));
            i = j + 1;
        }
        m_changed.clear();
    }

private:
    void reindex()
    {
        m_index.clear();
        m_index.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_index.insert(rowKey(m_rows[row]), row);
    }

    int m_columns;
    QList<Row> m_rows;
    QHash<QString, int> m_index;
    QList<int> m_changed;
};

} // namespace Pitwall
