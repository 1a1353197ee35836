#include "statementshape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <pg_query.h>

namespace Pitwall {

namespace {

/// The node's type: a parse-tree node is `{"ColumnRef": {…}}`.
QString typeOf(const QJsonValue &node)
{
    const QJsonObject object = node.toObject();
    return object.size() == 1 ? object.begin().key() : QString();
}

QJsonObject bodyOf(const QJsonValue &node)
{
    const QJsonObject object = node.toObject();
    return object.size() == 1 ? object.begin().value().toObject() : QJsonObject();
}

/// `{"String": {"sval": "x"}}` (libpg_query 15: sval; before: str).
QString stringOf(const QJsonValue &node)
{
    const QJsonObject body = node.toObject().value(QLatin1String("String")).toObject();
    return body.contains(QLatin1String("sval")) ? body.value(QLatin1String("sval")).toString()
                                                : body.value(QLatin1String("str")).toString();
}

QStringList stringsOf(const QJsonValue &list)
{
    QStringList strings;
    for (const QJsonValue &item : list.toArray())
        strings << stringOf(item);
    return strings;
}

/// A string constant's text, or nothing.
QString constantOf(const QJsonValue &node)
{
    QJsonValue value = node;
    if (typeOf(value) == QLatin1String("TypeCast"))
        value = bodyOf(value).value(QLatin1String("arg"));
    if (typeOf(value) != QLatin1String("A_Const"))
        return {};
    const QJsonObject body = bodyOf(value);
    const QJsonValue sval = body.value(QLatin1String("sval"));
    if (sval.isObject())
        return sval.toObject().value(QLatin1String("sval")).toString();
    return {};
}

bool containsColumn(const QJsonValue &node)
{
    if (node.isObject()) {
        const QJsonObject object = node.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("ColumnRef") || it.key() == QLatin1String("SubLink"))
                return true;
            if (containsColumn(it.value()))
                return true;
        }
    } else if (node.isArray()) {
        for (const QJsonValue &item : node.toArray()) {
            if (containsColumn(item))
                return true;
        }
    }
    return false;
}

/// The column a side of a comparison is: plain (`col`, `t.col`), or wrapped
/// in a cast, a function or an expression (`lower(col)`, `col::date`).
struct Side
{
    QStringList fields;
    bool wrapped = false;
    bool isColumn() const { return !fields.isEmpty(); }
};

QStringList columnFields(const QJsonValue &node)
{
    if (typeOf(node) != QLatin1String("ColumnRef"))
        return {};
    const QJsonArray fields = bodyOf(node).value(QLatin1String("fields")).toArray();
    QStringList names;
    for (const QJsonValue &field : fields) {
        if (typeOf(field) != QLatin1String("String"))
            return {}; // t.*
        names << stringOf(field);
    }
    return names;
}

void findColumn(const QJsonValue &node, QStringList &fields)
{
    if (!fields.isEmpty())
        return;
    if (typeOf(node) == QLatin1String("ColumnRef")) {
        fields = columnFields(node);
        return;
    }
    if (node.isObject()) {
        const QJsonObject object = node.toObject();
        for (auto it = object.begin(); it != object.end() && fields.isEmpty(); ++it)
            findColumn(it.value(), fields);
    } else if (node.isArray()) {
        for (const QJsonValue &item : node.toArray())
            findColumn(item, fields);
    }
}

Side sideOf(const QJsonValue &node)
{
    Side side;
    side.fields = columnFields(node);
    if (side.isColumn())
        return side;
    if (typeOf(node) == QLatin1String("SubLink"))
        return side;
    findColumn(node, side.fields);
    side.wrapped = side.isColumn();
    return side;
}

QString describeValue(const QJsonValue &node)
{
    const QString type = typeOf(node);
    if (type == QLatin1String("ParamRef"))
        return QStringLiteral("$%1").arg(bodyOf(node).value(QLatin1String("number")).toInt());
    if (type == QLatin1String("TypeCast"))
        return describeValue(bodyOf(node).value(QLatin1String("arg")));
    if (type == QLatin1String("A_Const")) {
        const QString text = constantOf(node);
        if (!text.isNull())
            return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''"))
                + QLatin1Char('\'');
        const QJsonObject body = bodyOf(node);
        if (body.contains(QLatin1String("ival")))
            return QString::number(body.value(QLatin1String("ival")).toObject().value(QLatin1String("ival")).toInt());
        return QStringLiteral("…");
    }
    if (type == QLatin1String("List"))
        return QStringLiteral("(…)");
    return QStringLiteral("…");
}

/// A hand scanner over the few tokens before a wrapped statement: spaces,
/// comments, words, quoted names and parenthesised lists.
class Scanner
{
public:
    explicit Scanner(const QString &text)
        : m_text(text)
    { }

    qsizetype position() const { return m_pos; }
    bool atEnd() { return skipSpace() >= m_text.size(); }

    /// The next word or quoted name, lowercased when unquoted; empty at anything else.
    QString word()
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
            const qsizetype start = m_pos;
            if (!skipQuoted(QLatin1Char('"')))
                return {};
            return m_text.mid(start, m_pos - start);
        }
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()
               && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_')
                   || m_text.at(m_pos) == QLatin1Char('$')))
            ++m_pos;
        return m_text.mid(start, m_pos - start).toLower();
    }

    /// A parenthesised list, quotes and nesting honoured, as written; empty if none comes next.
    QString parenthesised()
    {
        skipSpace();
        if (m_pos >= m_text.size() || m_text.at(m_pos) != QLatin1Char('('))
            return {};
        const qsizetype start = m_pos;
        int depth = 0;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                if (!skipQuoted(c))
                    return {};
                continue;
            }
            ++m_pos;
            if (c == QLatin1Char('('))
                ++depth;
            else if (c == QLatin1Char(')') && --depth == 0)
                return m_text.mid(start, m_pos - start);
        }
        return {};
    }

private:
    qsizetype skipSpace()
    {
        while (m_pos < m_text.size()) {
            if (m_text.at(m_pos).isSpace()) {
                ++m_pos;
            } else if (m_text.mid(m_pos, 2) == QLatin1String("--")) {
                const qsizetype end = m_text.indexOf(QLatin1Char('\n'), m_pos);
                m_pos = end < 0 ? m_text.size() : end + 1;
            } else if (m_text.mid(m_pos, 2) == QLatin1String("/*")) {
                const qsizetype end = m_text.indexOf(QLatin1String("*/"), m_pos + 2);
                m_pos = end < 0 ? m_text.size() : end + 2;
            } else {
                break;
            }
        }
        return m_pos;
    }

    bool skipQuoted(QChar quote)
    {
        ++m_pos;
        while (m_pos < m_text.size()) {
            if (m_text.at(m_pos) == quote) {
                if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == quote) {
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return true;
            }
            ++m_pos;
        }
        return false;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

class Walker
{
public:
    explicit Walker(StatementShape &shape)
        : m_shape(shape)
    { }

    void statement(const QJsonValue &node, bool topLevel)
    {
        const QString type = typeOf(node);
        const QJsonObject body = bodyOf(node);
        if (type == QLatin1String("SelectStmt")) {
            if (topLevel)
                m_shape.kind = StatementShape::Kind::Select;
            select(body);
        } else if (type == QLatin1String("UpdateStmt") || type == QLatin1String("DeleteStmt")) {
            if (topLevel)
                m_shape.kind
                    = type == QLatin1String("UpdateStmt") ? StatementShape::Kind::Update : StatementShape::Kind::Delete;
            withClause(body);
            if (topLevel && type == QLatin1String("UpdateStmt")) {
                for (const QJsonValue &target : body.value(QLatin1String("targetList")).toArray()) {
                    const QString column = bodyOf(target).value(QLatin1String("name")).toString();
                    if (!column.isEmpty() && !m_shape.setColumns.contains(column))
                        m_shape.setColumns << column;
                }
            }
            QList<int> scope{addTable(body.value(QLatin1String("relation")).toObject())};
            QList<QJsonValue> quals;
            const QJsonArray more = body.value(type == QLatin1String("UpdateStmt") ? QLatin1String("fromClause")
                                                                                   : QLatin1String("usingClause"))
                                        .toArray();
            for (const QJsonValue &item : more)
                from(item, scope, quals);
            m_scopes.append(scope);
            for (const QJsonValue &qual : std::as_const(quals))
                predicate(qual);
            predicate(body.value(QLatin1String("whereClause")));
            m_scopes.removeLast();
        } else if (type == QLatin1String("InsertStmt")) {
            if (topLevel)
                m_shape.kind = StatementShape::Kind::Insert;
            withClause(body);
            addTable(body.value(QLatin1String("relation")).toObject());
            if (body.contains(QLatin1String("selectStmt")))
                statement(body.value(QLatin1String("selectStmt")), false);
        } else if (type == QLatin1String("ExplainStmt")) {
            // EXPLAIN is not the workload's statement: nothing to index.
        }
    }

private:
    void withClause(const QJsonObject &body)
    {
        const QJsonObject with = body.value(QLatin1String("withClause")).toObject();
        for (const QJsonValue &cte : with.value(QLatin1String("ctes")).toArray())
            statement(bodyOf(cte).value(QLatin1String("ctequery")), false);
    }

    void select(const QJsonObject &body)
    {
        withClause(body);
        if (body.value(QLatin1String("op")).toString(QStringLiteral("SETOP_NONE")) != QLatin1String("SETOP_NONE")) {
            select(body.value(QLatin1String("larg")).toObject());
            select(body.value(QLatin1String("rarg")).toObject());
            return;
        }
        QList<int> scope;
        QList<QJsonValue> quals;
        for (const QJsonValue &item : body.value(QLatin1String("fromClause")).toArray())
            from(item, scope, quals);
        m_scopes.append(scope);
        for (const QJsonValue &qual : std::as_const(quals))
            predicate(qual);
        predicate(body.value(QLatin1String("whereClause")));
        for (const QJsonValue &sort : body.value(QLatin1String("sortClause")).toArray()) {
            const Side side = sideOf(bodyOf(sort).value(QLatin1String("node")));
            if (side.isColumn() && !side.wrapped)
                addColumn(side.fields, StatementShape::Use::Sort, QStringLiteral("ORDER BY"), {},
                          QStringLiteral("ORDER BY ") + side.fields.join(QLatin1Char('.')));
        }
        m_scopes.removeLast();
    }

    void from(const QJsonValue &item, QList<int> &scope, QList<QJsonValue> &quals)
    {
        const QString type = typeOf(item);
        const QJsonObject body = bodyOf(item);
        if (type == QLatin1String("RangeVar")) {
            scope << addTable(body);
        } else if (type == QLatin1String("JoinExpr")) {
            from(body.value(QLatin1String("larg")), scope, quals);
            from(body.value(QLatin1String("rarg")), scope, quals);
            if (body.contains(QLatin1String("quals")))
                quals << body.value(QLatin1String("quals"));
        } else if (type == QLatin1String("RangeSubselect")) {
            statement(body.value(QLatin1String("subquery")), false);
        }
    }

    int addTable(const QJsonObject &rangeVar)
    {
        StatementShape::Table table;
        table.schema = rangeVar.value(QLatin1String("schemaname")).toString();
        table.name = rangeVar.value(QLatin1String("relname")).toString();
        table.alias = rangeVar.value(QLatin1String("alias")).toObject().value(QLatin1String("aliasname")).toString();
        m_shape.tables << table;
        return int(m_shape.tables.size()) - 1;
    }

    void predicate(const QJsonValue &node)
    {
        const QString type = typeOf(node);
        const QJsonObject body = bodyOf(node);
        if (type == QLatin1String("BoolExpr")) {
            for (const QJsonValue &arg : body.value(QLatin1String("args")).toArray())
                predicate(arg);
        } else if (type == QLatin1String("A_Expr")) {
            comparison(body);
        } else if (type == QLatin1String("NullTest")) {
            const Side side = sideOf(body.value(QLatin1String("arg")));
            if (side.isColumn() && !side.wrapped)
                addColumn(side.fields, StatementShape::Use::IsNull, QStringLiteral("IS NULL"), {},
                          side.fields.join(QLatin1Char('.'))
                              + (body.value(QLatin1String("nulltesttype")).toString() == QLatin1String("IS_NOT_NULL")
                                     ? QStringLiteral(" IS NOT NULL")
                                     : QStringLiteral(" IS NULL")));
        } else if (type == QLatin1String("SubLink")) {
            const Side side = sideOf(body.value(QLatin1String("testexpr")));
            if (side.isColumn() && !side.wrapped
                && body.value(QLatin1String("subLinkType")).toString() == QLatin1String("ANY_SUBLINK"))
                addColumn(side.fields, StatementShape::Use::Equality, QStringLiteral("IN"), {},
                          side.fields.join(QLatin1Char('.')) + QStringLiteral(" IN (SELECT …)"));
            statement(body.value(QLatin1String("subselect")), false);
        }
    }

    void comparison(const QJsonObject &body)
    {
        const QString kind = body.value(QLatin1String("kind")).toString();
        const QStringList names = stringsOf(body.value(QLatin1String("name")));
        const QString op = names.isEmpty() ? QString() : names.last();
        const QJsonValue left = body.value(QLatin1String("lexpr"));
        const QJsonValue right = body.value(QLatin1String("rexpr"));
        const Side l = sideOf(left);
        const Side r = sideOf(right);
        static const QStringList equalityOrRange{QStringLiteral("="), QStringLiteral("<"), QStringLiteral(">"),
                                                 QStringLiteral("<="), QStringLiteral(">=")};
        static const QStringList patterns{QStringLiteral("~~"),   QStringLiteral("~~*"), QStringLiteral("!~~"),
                                          QStringLiteral("!~~*"), QStringLiteral("~"),   QStringLiteral("~*")};
        const QString name = l.isColumn() ? l.fields.join(QLatin1Char('.')) : QString();
        if (kind == QLatin1String("AEXPR_OP") || kind == QLatin1String("AEXPR_OP_ANY")) {
            const bool any = kind == QLatin1String("AEXPR_OP_ANY");
            if (equalityOrRange.contains(op)) {
                const auto use = op == QLatin1String("=") ? StatementShape::Use::Equality : StatementShape::Use::Range;
                if (l.isColumn() && r.isColumn() && !l.wrapped && !r.wrapped && op == QLatin1String("=")) {
                    const QString text = name + QStringLiteral(" = ") + r.fields.join(QLatin1Char('.'));
                    addColumn(l.fields, StatementShape::Use::Join, op, {}, text);
                    addColumn(r.fields, StatementShape::Use::Join, op, {}, text);
                    return;
                }
                const auto one = [&](const Side &column, const QJsonValue &other, const QString &opText) {
                    const QString text = column.fields.join(QLatin1Char('.')) + QLatin1Char(' ') + opText
                        + QLatin1Char(' ') + (any ? QStringLiteral("ANY(") : QString()) + describeValue(other)
                        + (any ? QStringLiteral(")") : QString());
                    addColumn(column.fields, column.wrapped ? StatementShape::Use::Expression : use, opText, {},
                              column.wrapped ? QStringLiteral("an expression of ") + text : text);
                };
                if (l.isColumn() && !containsColumn(right))
                    one(l, right, op);
                else if (r.isColumn() && !containsColumn(left) && !any)
                    one(r, left, op);
            } else if (patterns.contains(op) && l.isColumn()) {
                pattern(l, op, right);
            }
        } else if (kind == QLatin1String("AEXPR_IN") && op == QLatin1String("=") && l.isColumn()) {
            addColumn(l.fields, l.wrapped ? StatementShape::Use::Expression : StatementShape::Use::Equality,
                      QStringLiteral("IN"), {}, name + QStringLiteral(" IN (…)"));
        } else if ((kind == QLatin1String("AEXPR_BETWEEN") || kind == QLatin1String("AEXPR_BETWEEN_SYM"))
                   && l.isColumn()) {
            addColumn(l.fields, l.wrapped ? StatementShape::Use::Expression : StatementShape::Use::Range,
                      QStringLiteral("BETWEEN"), {}, name + QStringLiteral(" BETWEEN …"));
        } else if ((kind == QLatin1String("AEXPR_LIKE") || kind == QLatin1String("AEXPR_ILIKE")
                    || kind == QLatin1String("AEXPR_SIMILAR"))
                   && l.isColumn()) {
            pattern(l, op, right);
        }
    }

    void pattern(const Side &column, const QString &op, const QJsonValue &value)
    {
        const QString constant = constantOf(value);
        addColumn(column.fields, StatementShape::Use::Pattern, op, constant,
                  column.fields.join(QLatin1Char('.')) + QLatin1Char(' ') + op + QLatin1Char(' ')
                      + describeValue(value));
    }

    void addColumn(const QStringList &fields, StatementShape::Use use, const QString &op, const QString &constant,
                   const QString &text)
    {
        StatementShape::Column column;
        column.name = fields.last();
        column.use = use;
        column.op = op;
        column.constant = constant;
        column.text = text;
        const QString qualifier = fields.size() >= 2 ? fields.at(fields.size() - 2) : QString();
        const QString schema = fields.size() >= 3 ? fields.at(fields.size() - 3) : QString();
        if (qualifier.isEmpty()) {
            const QList<int> scope = m_scopes.isEmpty() ? QList<int>() : m_scopes.last();
            if (scope.size() == 1)
                column.table = scope.first();
            else
                column.scope = scope;
        } else {
            // The innermost query level that names the qualifier: correlated references reach outwards.
            for (qsizetype level = m_scopes.size() - 1; level >= 0 && column.table < 0; --level) {
                for (int index : m_scopes.at(level)) {
                    const StatementShape::Table &table = m_shape.tables.at(index);
                    const bool matches = table.alias.isEmpty()
                        ? table.name == qualifier && (schema.isEmpty() || table.schema == schema)
                        : table.alias == qualifier;
                    if (matches) {
                        column.table = index;
                        break;
                    }
                }
            }
            if (column.table < 0)
                return; // a CTE's or a subquery's column: no table of its own to index
        }
        m_shape.columns << column;
    }

    StatementShape &m_shape;
    QList<QList<int>> m_scopes;
};

} // namespace

StatementShape::Plannable StatementShape::plannableOf(const QString &statement)
{
    const Plannable plain{statement, {}, {}};
    Scanner scanner(statement);
    const QString first = scanner.word();
    if (first == QLatin1String("prepare")) {
        if (scanner.word().isEmpty())
            return plain;
        Plannable prepared{{}, scanner.parenthesised(), QStringLiteral("PREPARE")};
        if (scanner.word() != QLatin1String("as") || scanner.atEnd())
            return plain;
        prepared.body = statement.mid(scanner.position()).trimmed();
        return prepared;
    }
    if (first == QLatin1String("declare")) {
        // DECLARE name [BINARY] [ASENSITIVE | INSENSITIVE] [[NO] SCROLL] CURSOR [{WITH | WITHOUT} HOLD] FOR query
        for (int words = 0; words < 10; ++words) {
            const QString word = scanner.word();
            if (word.isEmpty())
                return plain;
            if (word == QLatin1String("for") && words >= 2 && !scanner.atEnd())
                return Plannable{statement.mid(scanner.position()).trimmed(), {}, QStringLiteral("DECLARE")};
        }
    }
    return plain;
}

StatementShape StatementShape::parse(const QString &statement)
{
    StatementShape shape;
    shape.plannable = plannableOf(statement);
    const QByteArray text = shape.plannable.body.toUtf8();
    PgQueryParseResult result = pg_query_parse(text.constData());
    if (result.error) {
        shape.error = QStringLiteral("%1 (at character %2)")
                          .arg(QString::fromUtf8(result.error->message))
                          .arg(result.error->cursorpos);
        pg_query_free_parse_result(result);
        return shape;
    }
    const QJsonDocument tree = QJsonDocument::fromJson(QByteArray(result.parse_tree));
    pg_query_free_parse_result(result);
    const QJsonArray statements = tree.object().value(QLatin1String("stmts")).toArray();
    if (statements.size() != 1) {
        shape.error = QStringLiteral("%1 statements where one was expected").arg(statements.size());
        return shape;
    }
    const QJsonValue top = statements.first().toObject().value(QLatin1String("stmt"));
    shape.nodeType = typeOf(top);
    Walker(shape).statement(top, true);
    return shape;
}

QString StatementShape::useName(Use use)
{
    switch (use) {
    case Use::Equality:
        return QStringLiteral("equality");
    case Use::Range:
        return QStringLiteral("range");
    case Use::IsNull:
        return QStringLiteral("null test");
    case Use::Join:
        return QStringLiteral("join");
    case Use::Sort:
        return QStringLiteral("sort");
    case Use::Pattern:
        return QStringLiteral("pattern");
    case Use::Expression:
        return QStringLiteral("expression");
    }
    return {};
}

} // namespace Pitwall
