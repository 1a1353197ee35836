#include "recommendationspane.h"

#include "formatter.h"
#include "plantext.h"
#include "presentationproxy.h"
#include "recommendationmodel.h"
#include "session.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Pitwall {

namespace {
/// `"schema"."name"`: SQL spelling, whatever the names hold.
QString sqlName(const QString &schema, const QString &name)
{
    const auto quote = [](QString part) -> QString {
        return QLatin1Char('"') + part.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    };
    return quote(schema) + QLatin1Char('.') + quote(name);
}

QString reasonText(IndexAdvice::Droppable::Reason reason)
{
    switch (reason) {
    case IndexAdvice::Droppable::Reason::Unused:
        return RecommendationsPane::tr("unused");
    case IndexAdvice::Droppable::Reason::Duplicate:
        return RecommendationsPane::tr("duplicate");
    case IndexAdvice::Droppable::Reason::Invalid:
        return RecommendationsPane::tr("invalid");
    }
    return {};
}

/// An index the statistics say can go, for a person.
QString droppableLine(const IndexAdvice::Droppable &index)
{
    const QString size = Formatter::value(double(index.sizeBytes), QStringLiteral("bytes"));
    const QString days = QString::number(index.statsAgeSeconds / 86400.0, 'f', 1);
    QString line;
    switch (index.reason) {
    case IndexAdvice::Droppable::Reason::Unused:
        line = RecommendationsPane::tr("unused index %1 (%2): no scan in the %3 days of statistics")
                   .arg(index.qualifiedIndex(), size, days);
        break;
    case IndexAdvice::Droppable::Reason::Duplicate:
        line = RecommendationsPane::tr("duplicate index %1 (%2): %3 leads with the same columns")
                   .arg(index.qualifiedIndex(), size, index.coveredBy);
        break;
    case IndexAdvice::Droppable::Reason::Invalid:
        line = RecommendationsPane::tr("invalid index %1 (%2): left by a build that failed")
                   .arg(index.qualifiedIndex(), size);
        break;
    }
    return line
        + RecommendationsPane::tr("; its table had %1 writes, each also writing it (statistics, not a plan)")
              .arg(qint64(index.tableWrites));
}

PresentationProxy *recommendationPresentation()
{
    auto *proxy = new PresentationProxy;
    proxy->setColumnUnit(RecommendationModel::SavingColumn, QStringLiteral("ms"));
    proxy->setColumnUnit(RecommendationModel::SizeColumn, QStringLiteral("bytes"));
    proxy->setColumnUnit(RecommendationModel::MeanBeforeColumn, QStringLiteral("ms"));
    proxy->setColumnUnit(RecommendationModel::MeanNowColumn, QStringLiteral("ms"));
    const auto cost = [](const QModelIndex &index) {
        const QVariant value = index.data();
        return value.isValid() ? QString::number(value.toDouble(), 'f', 1) : QString();
    };
    proxy->setDisplayText(RecommendationModel::CostBeforeColumn, cost);
    proxy->setDisplayText(RecommendationModel::CostAfterColumn, cost);
    proxy->setDisplayText(RecommendationModel::StateColumn, [](const QModelIndex &index) {
        switch (IndexRecommendation::State(index.data(RecommendationModel::StateRole).toInt())) {
        case IndexRecommendation::State::Recommended:
            return RecommendationsPane::tr("recommended");
        case IndexRecommendation::State::Curated:
            return RecommendationsPane::tr("curated (profile)");
        case IndexRecommendation::State::Applied:
            return RecommendationsPane::tr("applied");
        }
        return QString();
    });
    proxy->setDisplayText(RecommendationModel::WriteHeavyColumn, [](const QModelIndex &index) {
        const auto recommendation = index.data(RecommendationModel::RecommendationRole).value<IndexRecommendation>();
        QStringList parts;
        if (recommendation.writeHeavy)
            parts << RecommendationsPane::tr("yes: %1 writes, %2 reads")
                         .arg(qint64(recommendation.writeCalls))
                         .arg(qint64(recommendation.readCalls));
        if (!recommendation.updatedColumns.isEmpty())
            parts << RecommendationsPane::tr("ends HOT updates of %1 (%2 of its updates are HOT now)")
                         .arg(recommendation.updatedColumns.join(QLatin1String(", ")),
                              Formatter::value(recommendation.hotUpdateRatio().value_or(0), QStringLiteral("ratio")));
        return parts.join(QLatin1String("; "));
    });
    return proxy;
}
} // namespace

RecommendationsPane::RecommendationsPane(Session *session, QWidget *parent)
    : TablePane(session->recommendations(), recommendationPresentation(), parent)
    , m_session(session)
    , m_refresh(new QPushButton(tr("Refresh advice"), this))
    , m_apply(new QPushButton(tr("Apply…"), this))
    , m_undo(new QPushButton(tr("Undo…"), this))
    , m_status(new QLabel(this))
    , m_plans(new QPlainTextEdit(this))
    , m_droppable(new QComboBox(this))
    , m_drop(new QPushButton(tr("Drop index…"), this))
{
    m_droppable->setToolTip(tr("Indexes the statistics say can go: unused since they were reset, duplicates of "
                               "another index's leading columns, invalid leftovers"));
    m_drop->setToolTip(tr("DROP INDEX CONCURRENTLY of the chosen index, planned and confirmed by typing its name"));
    m_plans->setReadOnly(true);
    m_plans->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_plans->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_plans->setPlaceholderText(tr("Select a recommendation to see its statements' plans before and after"));
    addDetail(m_plans);
    m_refresh->setToolTip(tr("Judge the workload again: pg_stat_statements since the last run, proven with HypoPG"));
    m_apply->setToolTip(tr("CREATE INDEX CONCURRENTLY of the selected recommendation, planned and confirmed first"));
    m_undo->setToolTip(tr("DROP INDEX CONCURRENTLY of the selected index Pitwall built"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bar = new QWidget(this);
    auto *column = new QVBoxLayout(bar);
    column->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_refresh);
    row->addWidget(m_apply);
    row->addWidget(m_undo);
    row->addStretch(1);
    row->addWidget(m_droppable);
    row->addWidget(m_drop);
    column->addLayout(row);
    column->addWidget(m_status);
    addToolBar(bar);
    setStretchColumn(RecommendationModel::StatementColumn);
    view()->sortByColumn(RecommendationModel::SavingColumn, Qt::DescendingOrder);
    enableCopyText(RecommendationModel::QueryTextRole, tr("Copy statement"));
    addContextProvider([this](QMenu *menu, const QModelIndex &index) {
        const auto state = IndexRecommendation::State(index.data(RecommendationModel::StateRole).toInt());
        if (state == IndexRecommendation::State::Applied)
            menu->addAction(tr("Undo (drop the index)…"), this,
                            [this, row = index.row()] { Q_EMIT actionRequested(undoRequest(row)); });
        else
            menu->addAction(tr("Apply index…"), this,
                            [this, row = index.row()] { Q_EMIT actionRequested(applyRequest(row)); });
    });

    connect(m_refresh, &QPushButton::clicked, session, &Session::refreshAdvice);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const QModelIndex index = selectedSourceIndex();
        if (index.isValid())
            Q_EMIT actionRequested(applyRequest(index.row()));
    });
    connect(m_drop, &QPushButton::clicked, this, [this] {
        const ActionRequest request = advisedDropRequest();
        if (!request.source.isEmpty())
            Q_EMIT actionRequested(request);
    });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const QModelIndex index = selectedSourceIndex();
        if (index.isValid())
            Q_EMIT actionRequested(undoRequest(index.row()));
    });
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecommendationsPane::updateButtons);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecommendationsPane::updatePlans);
    connect(sourceModel(), &QAbstractItemModel::dataChanged, this, &RecommendationsPane::updateButtons);
    connect(sourceModel(), &QAbstractItemModel::dataChanged, this, &RecommendationsPane::updatePlans);
    connect(sourceModel(), &QAbstractItemModel::rowsRemoved, this, &RecommendationsPane::updateButtons);
    connect(session, &Session::adviceStarted, this, &RecommendationsPane::updateStatus);
    connect(session, &Session::adviceFinished, this, &RecommendationsPane::updateStatus);
    connect(session, &Session::adviceFinished, this, &RecommendationsPane::updateDroppable);
    updateButtons();
    updateStatus();
    updateDroppable();
}

void RecommendationsPane::showEvent(QShowEvent *event)
{
    TablePane::showEvent(event);
    // The advisor's first run waits until someone looks.
    if (!m_session->hasAdvice() && !m_session->isAdvising())
        m_session->refreshAdvice();
}

ActionRequest RecommendationsPane::applyRequest(int row) const
{
    const IndexRecommendation &recommendation = m_session->recommendations()->recommendations().at(row);
    ActionRequest request;
    request.kind = ActionRequest::Kind::ApplyIndex;
    request.source = recommendation.source;
    request.origin = QStringLiteral("gui");
    request.targets = {sqlName(recommendation.schema, recommendation.table)};
    request.columns = recommendation.columns;
    return request;
}

ActionRequest RecommendationsPane::undoRequest(int row) const
{
    const IndexRecommendation &recommendation = m_session->recommendations()->recommendations().at(row);
    ActionRequest request;
    request.kind = ActionRequest::Kind::DropIndex;
    request.source = recommendation.source;
    request.origin = QStringLiteral("gui");
    request.targets = {sqlName(recommendation.schema, recommendation.indexName)};
    return request;
}

ActionRequest RecommendationsPane::advisedDropRequest() const
{
    ActionRequest request;
    request.kind = ActionRequest::Kind::DropIndex;
    request.origin = QStringLiteral("gui");
    request.advisedDrop = true;
    const QStringList chosen = m_droppable->currentData().toStringList();
    if (chosen.size() == 3) {
        request.source = chosen.at(0);
        request.targets = {sqlName(chosen.at(1), chosen.at(2))};
    }
    return request;
}

void RecommendationsPane::updateDroppable()
{
    m_droppable->clear();
    if (m_session->hasAdvice() && !m_session->isAdvising()) {
        for (const SourceConfig &source : m_session->profile().sources) {
            if (source.kind != SourceKind::Postgres)
                continue;
            for (const auto &index : m_session->recommendations()->advice(source.name).droppable) {
                m_droppable->addItem(tr("%1: %2 (%3)")
                                         .arg(reasonText(index.reason), index.qualifiedIndex(),
                                              Formatter::value(double(index.sizeBytes), QStringLiteral("bytes"))),
                                     QStringList{source.name, index.schema, index.index});
                m_droppable->setItemData(m_droppable->count() - 1, droppableLine(index), Qt::ToolTipRole);
            }
        }
    }
    m_droppable->setVisible(m_droppable->count() > 0);
    m_drop->setVisible(m_droppable->count() > 0);
}

void RecommendationsPane::updateButtons()
{
    const QModelIndex index = selectedSourceIndex();
    const auto state = index.isValid()
        ? std::optional(IndexRecommendation::State(index.data(RecommendationModel::StateRole).toInt()))
        : std::nullopt;
    m_apply->setEnabled(state && *state != IndexRecommendation::State::Applied);
    m_undo->setEnabled(state && *state == IndexRecommendation::State::Applied);
}

void RecommendationsPane::updateStatus()
{
    m_refresh->setEnabled(!m_session->isAdvising());
    if (m_session->isAdvising()) {
        m_status->setText(tr("Judging the workload of every PostgreSQL source…"));
        return;
    }
    if (!m_session->hasAdvice()) {
        m_status->setText(tr("No advice yet."));
        return;
    }
    QStringList lines;
    QStringList details;
    for (const SourceConfig &source : m_session->profile().sources) {
        if (source.kind != SourceKind::Postgres)
            continue;
        const IndexAdvice advice = m_session->recommendations()->advice(source.name);
        if (!advice.problem.isEmpty()) {
            lines << advice.problem;
            continue;
        }
        lines << tr("%1: %n statement(s) judged", nullptr, advice.statementsJudged).arg(source.name);
        for (const auto &predicate : advice.unhelpable)
            lines << tr("no index helps %1: %2").arg(predicate.predicate, predicate.reason);
        for (const auto &index : advice.droppable)
            details << droppableLine(index);
        for (const auto &skipped : advice.skipped)
            details << tr("no advice for %1: %2").arg(skipped.query.simplified().left(80), skipped.reason);
        details << advice.notes;
    }
    m_status->setText(lines.join(QLatin1Char('\n')));
    m_status->setToolTip(details.join(QLatin1Char('\n')));
}

void RecommendationsPane::updatePlans()
{
    const QModelIndex index = selectedSourceIndex();
    if (!index.isValid()) {
        m_plans->clear();
        return;
    }
    const auto recommendation = index.data(RecommendationModel::RecommendationRole).value<IndexRecommendation>();
    QStringList text;
    for (const auto &statement : recommendation.statements) {
        text << tr("Statement: %1").arg(statement.query.simplified());
        const QString before = PlanText::fromJson(statement.planBefore);
        const QString after = PlanText::fromJson(statement.planAfter);
        text << tr("Plan before (cost %1):").arg(statement.costBefore, 0, 'f', 1)
             << (before.isEmpty() ? tr("(not read)") : before);
        text << tr("Plan with %1 (cost %2):").arg(recommendation.display()).arg(statement.costAfter, 0, 'f', 1)
             << (after.isEmpty() ? tr("(not read)") : after) << QString();
    }
    m_plans->setPlainText(text.join(QLatin1Char('\n')));
}

} // namespace Pitwall
