// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QWidget>

#include "api/apierror.h"
#include "data/message.h"

class QAbstractItemView;
class QAction;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QStackedLayout;
class QTableView;
class QTimer;

namespace Inspector {
class ArchiveMessageModel;
class MessageFilterProxy;
class MessageHistory;
class MessageHistoryFeed;
class MessageTableModel;
class ServiceCall;
} // namespace Inspector

namespace Inspector::Ui {

class ActivityStrip;

/**
 * @brief The messages table of one stream or one search: a search bar, filters (sender, text,
 * date range, attachments), and the table, newest first, that loads older pages as it scrolls.
 *
 * Lives on the GUI thread; owns its MessageTableModel and MessageFilterProxy. Filtering runs on
 * the thread pool (see MessageFilterProxy). messageSelected() fires when the current message
 * changes, with a default Message when there is none. busyChanged() follows loading and filtering.
 *
 * A source that offers a windowed table (MessageHistory::windowedTable(), an archive) shows a
 * stream's messages in that model instead: it reads only the rows on screen, so a stream of a
 * million messages opens at once. Its filters are SQL: the search box searches the open stream's
 * full text, the dates (and the activity strip above the table, whose selected days set them)
 * limit the days; the sender, text and attachment filters, which have no SQL, are disabled; only
 * the time column sorts. A search with no stream open still lists the whole source's hits
 * through the paged table. The selected row's whole message is read by id (MessageHistory::message).
 */
class MessagesPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagesPane)

public:
    explicit MessagesPane(QWidget *parent = nullptr);
    ~MessagesPane() override;

    /// The source of the messages (not owned, held by QPointer); nullptr = disconnected, and so is
    /// its deletion. Another source clears the table, cancelling the calls of the old one before
    /// this returns; the same one again keeps the table as it is.
    void setHistory(Inspector::MessageHistory *history);
    Inspector::MessageHistory *history() const { return m_history; }
    void showStream(const QString &streamId, const QString &title);
    void showSearch(const QString &query);
    void refresh();
    void focusFilter();
    /// Selects a message, loading older pages or opening its stream (fetched by id) as needed.
    void selectMessage(const QString &messageId);

    QList<Inspector::Message> selectedMessages() const;
    /// Every message the filters let through (of the rows loaded so far).
    QList<Inspector::Message> filteredMessages() const;
    QString currentStreamId() const;
    QString currentSearch() const;

    /// Column order, visibility and widths.
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    QAbstractItemView *view() const;
    MessageTableModel *model() const { return m_model; }
    MessageHistoryFeed *feed() const { return m_feed; }
    MessageFilterProxy *proxy() const { return m_proxy; }
    /// The windowed table of the source (nullptr: the source has none).
    ArchiveMessageModel *windowedModel() const { return m_windowed; }
    /// The view shows the windowed table (a stream of a source that has one).
    bool isWindowed() const;
    ActivityStrip *activityStrip() const { return m_strip; }
    QString title() const { return m_title; }

Q_SIGNALS:
    void messageSelected(const Inspector::Message &message);
    void exportRequested();
    void errorOccurred(const Inspector::ApiError &error);
    void busyChanged(bool busy);
    void statusMessage(const QString &text);

private:
    void applyFilters();
    void onCurrentChanged(const QModelIndex &current);
    void showHeaderMenu(const QPoint &pos);
    void showContextMenu(const QPoint &pos);
    void updateBusy();
    void updateHint();
    void updateSearchSyntax();
    void continuePendingSelection();
    bool selectRow(int sourceRow);
    void copySelection(int what);
    /// Shows the windowed table (true) or the paged one through the filter proxy (false).
    void useWindowed(bool windowed);
    void applyWindowedFilters();
    void onLocated(const QString &messageId, int row);
    /// Reads the whole message of the windowed table's current row, for messageSelected().
    void fetchCurrentDetails();
    void connectSelection();

    QPointer<MessageHistory> m_history;
    QMetaObject::Connection m_historyGone;
    MessageTableModel *m_model;
    MessageHistoryFeed *m_feed;
    MessageFilterProxy *m_proxy;
    QLineEdit *m_search;
    QPushButton *m_searchButton;
    QLineEdit *m_sender;
    QLineEdit *m_text;
    QCheckBox *m_useDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_attachments;
    QPushButton *m_exportButton;
    QTableView *m_view;
    QProgressBar *m_busy;
    QLabel *m_hint;
    QLabel *m_titleLabel;
    QStackedLayout *m_stack;
    QTimer *m_filterTimer;
    QAction *m_copyId;
    QAction *m_copyStandardId;
    QAction *m_copyText;
    QString m_title;
    QString m_pendingSelection; // a message to select once its page is loaded
    qint64 m_pendingTimestamp = 0;
    QPointer<ServiceCall> m_lookup;
    ArchiveMessageModel *m_windowed = nullptr;
    ActivityStrip *m_strip;
    QPointer<ServiceCall> m_detailsCall;
    QString m_detailsShown; ///< the id of the message messageSelected() last gave (windowed)
    bool m_settingDays = false;
    bool m_busyState = false;
};

} // namespace Inspector::Ui
