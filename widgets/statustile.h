#pragma once

#include "tilestate.h"

#include <QFrame>

#include <functional>

namespace Pitwall {

/// One tile of the overview: what is worst in its area right now, in its
/// level's colour, since when, with a sparkline of the last 15 minutes.
/// Readable at a glance at 3 a.m.; a click brings its panel and table forward.
class StatusTile : public QFrame
{
    Q_OBJECT

public:
    explicit StatusTile(QWidget *parent = nullptr);

    using Labeler = std::function<QString(const SeriesKey &)>;

    void setState(const TileState &state);
    /// How the worst series is named; default: its source and label values.
    void setLabeler(Labeler labeler) { m_labeler = std::move(labeler); }
    static QString defaultLabel(const SeriesKey &key);
    /// A source in error: its message instead of a value.
    void setError(const QString &source, const QString &message);
    const TileState &state() const { return m_state; }
    Level level() const { return m_error.isEmpty() ? m_state.level : Level::Unknown; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QString sinceText() const;

    TileState m_state;
    QString m_error;
    Labeler m_labeler;
};

} // namespace Pitwall
