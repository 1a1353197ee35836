#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Pitwall {

/// What a normalised statement (pg_stat_statements' text, `$1` for each
/// constant) reads and how, from PostgreSQL's own parser (libpg_query): the
/// tables it names and the columns it filters, joins and sorts on. Names are
/// as written; the catalog resolves them (IndexAdvisor). Pure: no server.
struct StatementShape
{
    enum class Kind { Select, Update, Delete, Insert, Other };
    /// How a column is used.
    enum class Use {
        Equality, ///< col = $1, col IN (…), col = ANY
        Range, ///< col < $1, BETWEEN
        IsNull, ///< col IS [NOT] NULL
        Join, ///< a.col = b.col
        Sort, ///< ORDER BY col
        Pattern, ///< LIKE, ILIKE, SIMILAR TO, ~: a plain btree serves none of them as written
        Expression, ///< a function or cast of the column compared: a plain index on it cannot serve it
    };

    struct Table
    {
        QString schema; ///< empty: the search path's
        QString name;
        QString alias; ///< empty: none
    };
    struct Column
    {
        /// Index into tables; -1 when the name alone does not say which (see scope).
        int table = -1;
        /// The tables of the column's query level, for an unqualified name among several.
        QList<int> scope;
        QString name;
        Use use = Use::Equality;
        /// The operator as written ("=", "<", "~~").
        QString op;
        /// A constant written in the statement (a pattern), if any.
        QString constant;
        /// The predicate as a person reads it: `filler ~~ '%zz%'`.
        QString text;
    };

    /// What the planner runs of a statement pg_stat_statements records: the
    /// query of an SQL `PREPARE name (types) AS query` (its text as recorded
    /// when a client runs EXECUTE) or of `DECLARE cursor … FOR query`, else the
    /// statement itself.
    struct Plannable
    {
        QString body;
        /// `(int, text)` of a PREPARE that names them; empty otherwise.
        QString parameterTypes;
        /// "PREPARE", "DECLARE"; empty for a plain statement.
        QString wrapper;
    };

    Kind kind = Kind::Other;
    /// The statement the planner runs (see Plannable).
    Plannable plannable;
    /// The parse tree's top node ("SelectStmt", "VariableSetStmt", …), for a person.
    QString nodeType;
    /// UPDATE: the columns its SET clause writes.
    QStringList setColumns;
    QList<Table> tables;
    QList<Column> columns;
    /// The parser's complaint; empty when the statement parsed.
    QString error;

    bool isValid() const { return error.isEmpty(); }
    /// INSERT, UPDATE or DELETE: the statement writes its first table.
    bool writes() const { return kind == Kind::Insert || kind == Kind::Update || kind == Kind::Delete; }

    static StatementShape parse(const QString &statement);
    /// @p statement unwrapped from PREPARE … AS or DECLARE … FOR, if it is so wrapped.
    static Plannable plannableOf(const QString &statement);
    static QString useName(Use use);
};

} // namespace Pitwall
