#pragma once

#include "presentationproxy.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTableView;

namespace Pitwall {

/// A table of the dashboard: a filter box over a sortable view of a raw model
/// seen through a PresentationProxy. Exports every row of the model to CSV,
/// not just the visible page.
class TablePane : public QWidget
{
    Q_OBJECT

public:
    TablePane(QAbstractItemModel *model, PresentationProxy *presentation, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QAbstractItemModel *sourceModel() const { return m_model; }
    /// The model as the view shows it (formatted, coloured), in the source's row order.
    QAbstractItemModel *presentation() const { return m_presentation; }
    void focusFilter();
    /// Every row of the model, raw values, with its header (RFC 4180).
    QByteArray toCsv() const;
    /// The column that takes the width left over (long statements); others fit their contents.
    void setStretchColumn(int column);
    /// Adds "Copy statement" for rows that have @p role (the full SQL).
    void enableCopyText(int role, const QString &label);
    /// Adds what @p provider puts in the context menu of a row; it gets the
    /// row's index in the source model.
    using ContextProvider = std::function<void(QMenu *menu, const QModelIndex &sourceIndex)>;
    void addContextProvider(ContextProvider provider);
    /// Puts @p bar (buttons, a status line) above the filter box.
    void addToolBar(QWidget *bar);
    /// Puts @p detail (what the selected row holds at length) below the table.
    void addDetail(QWidget *detail);
    /// The selected row of the source model, or an invalid index.
    QModelIndex selectedSourceIndex() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showContextMenu(const QPoint &at);

    QList<ContextProvider> m_contextProviders;
    QAbstractItemModel *m_model;
    PresentationProxy *m_presentation;
    QSortFilterProxyModel *m_sort;
    QTimer m_fit;
    int m_stretchColumn = -1;
    QTableView *m_view;
    QLineEdit *m_filter;
};

} // namespace Pitwall
