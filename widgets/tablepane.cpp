#include "tablepane.h"

#include "csv.h"
#include "presentationproxy.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Pitwall {

TablePane::TablePane(QAbstractItemModel *model, PresentationProxy *presentation, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_presentation(presentation)
    , m_sort(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
{
    presentation->setParent(this);
    presentation->setSourceModel(model);
    m_sort->setSourceModel(presentation);
    m_sort->setSortRole(Qt::EditRole);
    m_sort->setFilterKeyColumn(-1);
    m_sort->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_sort);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_sort, &QSortFilterProxyModel::setFilterFixedString);
    // Columns fit what is on screen: measured once the view has rows in sight, not before.
    m_fit.setSingleShot(true);
    m_fit.setInterval(0);
    connect(&m_fit, &QTimer::timeout, this, [this] {
        for (int column = 0; column < m_sort->columnCount(); ++column) {
            if (column != m_stretchColumn)
                m_view->resizeColumnToContents(column);
        }
    });
    connect(model, &QAbstractItemModel::rowsInserted, &m_fit, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::modelReset, &m_fit, qOverload<>(&QTimer::start));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
}

void TablePane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_fit.start();
}

void TablePane::setStretchColumn(int column)
{
    m_stretchColumn = column;
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void TablePane::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void TablePane::enableCopyText(int role, const QString &label)
{
    addContextProvider([this, role, label](QMenu *menu, const QModelIndex &sourceIndex) {
        const QString text = m_model->index(sourceIndex.row(), 0).data(role).toString();
        menu->addAction(label, this, [text] { QApplication::clipboard()->setText(text); });
    });
}

void TablePane::addContextProvider(ContextProvider provider)
{
    if (m_contextProviders.isEmpty()) {
        m_view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(m_view, &QWidget::customContextMenuRequested, this, &TablePane::showContextMenu);
    }
    m_contextProviders.append(std::move(provider));
}

void TablePane::addToolBar(QWidget *bar)
{
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, bar);
}

void TablePane::addDetail(QWidget *detail)
{
    // The table and its detail share the height, as the person drags the handle.
    auto *box = static_cast<QVBoxLayout *>(layout());
    const int at = box->indexOf(m_view);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    box->removeWidget(m_view);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    box->insertWidget(at, splitter);
}

QModelIndex TablePane::selectedSourceIndex() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_presentation->mapToSource(m_sort->mapToSource(rows.first()));
}

void TablePane::showContextMenu(const QPoint &at)
{
    const QModelIndex index = m_view->indexAt(at);
    if (!index.isValid())
        return;
    const QModelIndex sourceIndex = m_presentation->mapToSource(m_sort->mapToSource(index));
    QMenu menu(this);
    for (const auto &provider : std::as_const(m_contextProviders)) {
        if (!menu.isEmpty())
            menu.addSeparator();
        provider(&menu, sourceIndex);
    }
    if (!menu.isEmpty())
        menu.exec(m_view->viewport()->mapToGlobal(at));
}

QByteArray TablePane::toCsv() const
{
    QStringList header;
    for (int column = 0; column < m_model->columnCount(); ++column)
        header << m_model->headerData(column, Qt::Horizontal).toString();
    QByteArray csv = Csv::row(header);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QVariant value = m_model->index(row, column).data();
            cells << (value.typeId() == QMetaType::QDateTime ? value.toDateTime().toUTC().toString(Qt::ISODateWithMs)
                                                             : value.toString());
        }
        csv += Csv::row(cells);
    }
    return csv;
}

} // namespace Pitwall
