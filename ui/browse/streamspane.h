// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include "api/apierror.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressBar;
class QSortFilterProxyModel;
class QStackedLayout;
class QTimer;
class QToolButton;
class QTreeView;

namespace Inspector {
class StreamDirectory;
class StreamTreeLoader;
class StreamTreeModel;
class UserDirectory;
} // namespace Inspector

namespace Inspector::Ui {

/**
 * @brief The streams tree: a scope switcher (my streams, the enterprise's, one user's), a filter
 * box, and the streams grouped by type with their members and last activity.
 *
 * Lives on the GUI thread; owns its StreamTreeModel, the StreamTreeLoader that fills it from the
 * directories it is given, and a proxy. Counts and dates missing from the listing are asked for
 * the rows on screen only (StreamTreeLoader::requestDetails), a moment after
 * scrolling stops. streamSelected() fires when the current stream changes, by click or by
 * selectStream().
 */
class StreamsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamsPane)

public:
    explicit StreamsPane(QWidget *parent = nullptr);
    ~StreamsPane() override;

    /// The sources of streams and names (the connection's); nullptr = disconnected: the tree is cleared.
    void setDirectories(Inspector::StreamDirectory *streams, Inspector::UserDirectory *users);
    void refresh();
    void focusFilter();
    /// Makes a stream (either id form) current; false when it is not listed.
    bool selectStream(const QString &streamId);

    StreamTreeModel *model() const { return m_model; }
    StreamTreeLoader *loader() const { return m_loader; }
    QTreeView *view() const { return m_view; }
    /// The ids of the selected streams (URL-safe).
    QStringList selectedStreamIds() const;

Q_SIGNALS:
    void streamSelected(const QString &streamId, const QString &title);
    void exportStreamsRequested(const QStringList &streamIds);
    void errorOccurred(const Inspector::ApiError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyScope();
    void onCurrentChanged(const QModelIndex &current);
    void showContextMenu(const QPoint &pos);
    void copyIds(bool standard);
    void showInfo(const QModelIndex &sourceIndex);
    void requestVisibleDetails();
    void updateHint();

    bool isConnected() const;

    StreamTreeModel *m_model;
    StreamTreeLoader *m_loader;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_scope;
    QLineEdit *m_user;
    QToolButton *m_refresh;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QProgressBar *m_busy;
    QLabel *m_hint;
    QStackedLayout *m_stack;
    QTimer *m_detailsTimer;
    QAction *m_copyId;
    QAction *m_copyStandardId;
    QAction *m_exportAction;
    QAction *m_infoAction;
    QString m_current;
};

} // namespace Inspector::Ui
