#include "actionform.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Pitwall {

namespace {
QStringList lines(const QPlainTextEdit *edit)
{
    QStringList result;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    }
    return result;
}
} // namespace

ActionForm::ActionForm(const Profile &profile, const ActionRequest &initial, const QStringList &clickHouseTables,
                       QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_initial(initial)
{
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto monospace = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const auto targetsEdit = [&](const QString &placeholder) {
        m_targets = new QPlainTextEdit(this);
        m_targets->setFont(monospace);
        m_targets->setPlaceholderText(placeholder);
        m_targets->setPlainText(initial.targets.join(QLatin1Char('\n')));
        m_targets->setFixedHeight(m_targets->fontMetrics().lineSpacing() * 4 + 12);
        connect(m_targets, &QPlainTextEdit::textChanged, this, &ActionForm::changed);
    };

    switch (initial.kind) {
    case ActionRequest::Kind::FlushCache: {
        addSourceChooser({SourceKind::Redis});
        m_byPattern = new QRadioButton(tr("Keys matching"), this);
        m_wholeDatabase = new QRadioButton(tr("The whole database (FLUSHDB ASYNC)"), this);
        auto *group = new QButtonGroup(this);
        group->addButton(m_byPattern);
        group->addButton(m_wholeDatabase);
        (initial.flushDb ? m_wholeDatabase : m_byPattern)->setChecked(true);
        m_pattern = new QLineEdit(initial.pattern, this);
        m_pattern->setFont(monospace);
        m_pattern->setPlaceholderText(tr("a SCAN MATCH pattern, e.g. app:session:*"));
        layout->addRow(m_byPattern, m_pattern);
        layout->addRow(QString(), m_wholeDatabase);
        connect(group, &QButtonGroup::buttonToggled, this, [this] {
            m_pattern->setEnabled(m_byPattern->isChecked());
            Q_EMIT changed();
        });
        connect(m_pattern, &QLineEdit::textChanged, this, &ActionForm::changed);
        m_pattern->setEnabled(m_byPattern->isChecked());
        break;
    }
    case ActionRequest::Kind::WarmCache:
        m_recipe = new QComboBox(this);
        for (const WarmRecipe &recipe : profile.warmRecipes)
            m_recipe->addItem(recipe.name);
        m_recipe->setCurrentIndex(std::max(0, m_recipe->findText(initial.recipe)));
        m_recipeDescription = new QLabel(this);
        m_recipeDescription->setWordWrap(true);
        m_recipeDescription->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addRow(tr("Recipe"), m_recipe);
        layout->addRow(QString(), m_recipeDescription);
        connect(m_recipe, &QComboBox::currentIndexChanged, this, [this] {
            updateRecipeDescription();
            Q_EMIT changed();
        });
        updateRecipeDescription();
        break;
    case ActionRequest::Kind::Prewarm:
        addSourceChooser({SourceKind::Postgres});
        targetsEdit(tr("one table or index a line, e.g. public.orders — empty: the advisor's list"));
        layout->addRow(tr("Relations"), m_targets);
        break;
    case ActionRequest::Kind::Vacuum:
        if (isSqlite(profile, initial)) {
            addSourceChooser({SourceKind::Sqlite});
            break;
        }
        addSourceChooser({SourceKind::Postgres});
        targetsEdit(tr("one table a line, e.g. public.orders — empty: the tables with many dead rows"));
        layout->addRow(tr("Tables"), m_targets);
        break;
    case ActionRequest::Kind::Checkpoint:
        addSourceChooser({SourceKind::Sqlite});
        break;
    case ActionRequest::Kind::Optimize:
        if (isSqlite(profile, initial)) {
            addSourceChooser({SourceKind::Sqlite});
            break;
        }
        addSourceChooser({SourceKind::ClickHouse});
        m_table = new QComboBox(this);
        m_table->setEditable(true);
        m_table->addItems(clickHouseTables);
        m_table->setCurrentText(initial.targets.value(0, clickHouseTables.value(0)));
        m_table->lineEdit()->setPlaceholderText(tr("database.table"));
        m_partition = new QLineEdit(initial.partition, this);
        m_partition->setPlaceholderText(tr("empty: every partition with more than one part"));
        m_wholeTable = new QCheckBox(tr("OPTIMIZE the whole table (rewrites all of it)"), this);
        m_wholeTable->setChecked(initial.wholeTable);
        layout->addRow(tr("Table"), m_table);
        layout->addRow(tr("Partition id"), m_partition);
        layout->addRow(QString(), m_wholeTable);
        connect(m_table, &QComboBox::currentTextChanged, this, &ActionForm::changed);
        connect(m_partition, &QLineEdit::textChanged, this, &ActionForm::changed);
        connect(m_wholeTable, &QCheckBox::toggled, this, &ActionForm::changed);
        break;
    case ActionRequest::Kind::CancelQuery: {
        auto *source = new QLabel(initial.source, this);
        layout->addRow(tr("Source"), source);
        auto *target
            = new QLabel(initial.pid ? tr("backend %1").arg(*initial.pid) : tr("query %1").arg(initial.queryId), this);
        target->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addRow(initial.terminate ? tr("Terminate") : tr("Cancel"), target);
        break;
    }
    case ActionRequest::Kind::ApplyIndex:
    case ActionRequest::Kind::DropIndex: {
        // From a recommendation: what it builds or drops is fixed; the plan says the rest.
        auto *source = new QLabel(initial.source, this);
        layout->addRow(tr("Source"), source);
        auto *target = new QLabel(initial.kind == ActionRequest::Kind::ApplyIndex ? QStringLiteral("%1 (%2)").arg(
                                      initial.targets.value(0), initial.columns.join(QLatin1String(", ")))
                                                                                  : initial.targets.value(0),
                                  this);
        target->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addRow(initial.kind == ActionRequest::Kind::ApplyIndex ? tr("Index on") : tr("Index"), target);
        break;
    }
    }
}

void ActionForm::addSourceChooser(const QList<SourceKind> &kinds)
{
    m_source = new QComboBox(this);
    for (const SourceConfig &source : m_profile.sources) {
        if (kinds.contains(source.kind))
            m_source->addItem(source.name);
    }
    if (const int index = m_source->findText(m_initial.source); index >= 0)
        m_source->setCurrentIndex(index);
    static_cast<QFormLayout *>(layout())->addRow(tr("Source"), m_source);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ActionForm::changed);
}

void ActionForm::updateRecipeDescription()
{
    const WarmRecipe *recipe = m_profile.warmRecipe(m_recipe->currentText());
    if (!recipe) {
        m_recipeDescription->setText(tr("The profile has no warm_recipes."));
        return;
    }
    m_recipeDescription->setText(tr("Rows of %1 written to %2 as %3 = %4, TTL %5 s")
                                     .arg(recipe->source, recipe->redis, recipe->keyTemplate, recipe->valueTemplate)
                                     .arg(qint64(recipe->ttl.count())));
}

ActionRequest ActionForm::request() const
{
    ActionRequest request = m_initial;
    request.origin = QStringLiteral("gui");
    if (m_source)
        request.source = m_source->currentText();
    if (m_pattern) {
        request.flushDb = m_wholeDatabase->isChecked();
        request.pattern = request.flushDb ? QString() : m_pattern->text();
    }
    if (m_recipe)
        request.recipe = m_recipe->currentText();
    if (m_targets)
        request.targets = lines(m_targets);
    if (m_table) {
        const QString table = m_table->currentText().trimmed();
        request.targets = table.isEmpty() ? QStringList() : QStringList{table};
        request.partition = m_partition->text().trimmed();
        request.wholeTable = m_wholeTable->isChecked();
    }
    return request;
}

QString ActionForm::missing() const
{
    if (m_source && m_source->count() == 0)
        return tr("The profile has no source this action works on.");
    if (m_pattern && m_byPattern->isChecked() && m_pattern->text().isEmpty())
        return tr("Type the pattern of the keys to remove.");
    if (m_recipe && m_recipe->count() == 0)
        return tr("The profile has no warm_recipes.");
    if (m_table && m_table->currentText().trimmed().isEmpty())
        return tr("Choose the table to optimize.");
    return {};
}

bool ActionForm::isSqlite(const Profile &profile, const ActionRequest &request)
{
    const SourceConfig *source = profile.source(request.source);
    return source && source->kind == SourceKind::Sqlite;
}

QString ActionForm::actionTitle(const ActionRequest &request, const Profile &profile)
{
    if (isSqlite(profile, request)) {
        switch (request.kind) {
        case ActionRequest::Kind::Vacuum:
            return tr("VACUUM (SQLite)");
        case ActionRequest::Kind::Optimize:
            return tr("Optimize (SQLite)");
        default:
            break;
        }
    }
    switch (request.kind) {
    case ActionRequest::Kind::Checkpoint:
        return tr("Checkpoint (SQLite)");
    case ActionRequest::Kind::FlushCache:
        return tr("Flush cache");
    case ActionRequest::Kind::WarmCache:
        return tr("Warm cache");
    case ActionRequest::Kind::Prewarm:
        return tr("Prewarm (PostgreSQL)");
    case ActionRequest::Kind::Optimize:
        return tr("Optimize (ClickHouse)");
    case ActionRequest::Kind::Vacuum:
        return tr("VACUUM (PostgreSQL)");
    case ActionRequest::Kind::CancelQuery:
        return request.terminate ? tr("Terminate backend") : tr("Cancel query");
    case ActionRequest::Kind::ApplyIndex:
        return tr("Apply index (PostgreSQL)");
    case ActionRequest::Kind::DropIndex:
        return tr("Drop index (PostgreSQL)");
    }
    return {};
}

} // namespace Pitwall
