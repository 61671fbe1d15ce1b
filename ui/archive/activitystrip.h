// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QList>
#include <QPointer>
#include <QWidget>

#include "archive/readthread.h"

#include "archive/analysis.h"

namespace Inspector {
class ServiceCall;
struct ApiError;
} // namespace Inspector

namespace Inspector::Ui {

/**
 * @brief A strip of bars: messages per day over a stream's life (or the whole archive's), drawn
 * with QPainter in the palette's colours, with the days no sync read marked as gaps (hatched).
 *
 * The days come from Analysis::activity(), read through the archive's ReadThread (setArchive(),
 * setStream()), or are given directly (setDays()). When a day is narrower than 2 pixels the bars
 * are weeks, then calendar months. Hovering shows a bar's days and count; pressing and dragging
 * selects whole bars and emits daysSelected() with the first and last day; Esc, or a click below
 * or beside the bars, clears the selection and emits daysSelected() with two invalid dates.
 * Lives on the GUI thread.
 */
class ActivityStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityStrip)

public:
    /// What one bar holds: days [firstDay, lastDay] (indexes into days()).
    struct Bin
    {
        int firstDay = 0;
        int lastDay = 0;
        qint64 messages = 0;
        Archive::CoverageRow::Covered covered = Archive::CoverageRow::Covered::No;
    };
    enum class BinSize
    {
        Day,
        Week,
        Month
    };

    explicit ActivityStrip(QWidget *parent = nullptr);
    ~ActivityStrip() override;

    /// The archive to read (not owned, held by QPointer); nullptr = none (the strip is cleared).
    void setArchive(Inspector::Archive::ReadThread *archive);
    /// The stream whose days are shown (either id form); empty = every stream of the archive.
    void setStream(const QString &streamId);
    QString stream() const { return m_stream; }
    /// Reads the days again.
    void reload();
    /// Shows these days (oldest first, one per day, as Analysis::activity gives them).
    void setDays(const QList<Inspector::Archive::ActivityDay> &days);
    const QList<Inspector::Archive::ActivityDay> &days() const { return m_days; }
    static QDate dateOf(const Inspector::Archive::ActivityDay &day);

    BinSize binSize() const { return m_binSize; }
    const QList<Bin> &bins() const { return m_bins; }
    /// The bar under @p pos, -1 when none.
    int binAt(const QPoint &pos) const;
    /// Where bar @p bin is drawn.
    QRect binRect(int bin) const;
    /// The text the tooltip of bar @p bin shows.
    QString binText(int bin) const;

    /// The days selected (invalid when none).
    QDate selectedFrom() const;
    QDate selectedTo() const;
    void clearSelection();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The user selected the days @p from to @p to (inclusive); both invalid when the selection was cleared.
    void daysSelected(const QDate &from, const QDate &to);
    /// A read finished (the days shown are up to date, or the error is in the accessible description).
    void loaded();
    void errorOccurred(const Inspector::ApiError &error);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QRect plotRect() const;
    void rebin();
    void updateDescription();
    qreal xOfDay(int dayIndex) const;

    QPointer<Inspector::Archive::ReadThread> m_archive;
    QPointer<Inspector::ServiceCall> m_call;
    QString m_stream;
    QList<Inspector::Archive::ActivityDay> m_days;
    QList<Bin> m_bins;
    BinSize m_binSize = BinSize::Day;
    qint64 m_max = 0;
    int m_hover = -1;
    int m_anchor = -1; ///< the bar where a drag started
    int m_selFirst = -1; ///< selected bars, inclusive; -1 = none
    int m_selLast = -1;
    bool m_dragging = false;
    QString m_error;
};

} // namespace Inspector::Ui
