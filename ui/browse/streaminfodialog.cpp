// SPDX-License-Identifier: Apache-2.0
#include "browse/streaminfodialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>
#include <utility>

#include "common/plaintext.h"
#include "common/themecolors.h"
#include "data/ids.h"
#include "data/times.h"
#include "services/streamdirectory.h"
#include "services/userdirectory.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

namespace {

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s) + u"  ("_s + Times::toIso(ms)
        + u')';
}

/// Members named in one lookup: a stream's member list is shown whole only when it is small
/// enough to read.
constexpr int NamedMembers = 100;

QString yesNo(bool value)
{
    return value ? StreamInfoDialog::tr("yes") : StreamInfoDialog::tr("no");
}

} // namespace

StreamInfoDialog::StreamInfoDialog(StreamDirectory *streams, UserDirectory *users, const QString &streamId,
    const QString &type, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_streams(streams)
    , m_users(users)
    , m_streamId(Ids::normalized(streamId))
    , m_form(new QFormLayout)
    , m_members(new QTableWidget(0, 4, this))
    , m_status(plainLabel(this))
{
    setObjectName(u"streamInfoDialog"_s);
    setWindowTitle(tr("Stream: %1").arg(title));
    m_members->setObjectName(u"streamMembers"_s);
    m_members->setAccessibleName(tr("Members"));
    m_members->setHorizontalHeaderLabels({tr("Name"), tr("User id"), tr("Owner"), tr("Joined")});
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_members->verticalHeader()->hide();
    m_status->setWordWrap(true);
    m_status->setText(tr("Loading…"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(plainLabel(this, tr("Members")));
    layout->addWidget(m_members, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 480);

    addRow(tr("Name"), title);
    addRow(tr("ID (URL-safe)"), m_streamId);
    addRow(tr("ID (standard Base64)"), Ids::toStandard(m_streamId));
    addRow(tr("Type"), type);
    if (!m_streams || !m_users) {
        m_status->setText(tr("Not connected."));
        return;
    }

    track(m_streams->streamInfo(m_streamId, [this, type](const QList<StreamInfo> &infos) {
        for (const StreamInfo &info : infos) {
            addRow(tr("Active"), yesNo(info.active));
            addRow(tr("Cross-pod"), yesNo(info.crossPod));
            if (!info.origin.isEmpty())
                addRow(tr("Origin"), info.origin);
            addRow(tr("Last message"), info.lastMessageDate ? timeText(*info.lastMessageDate) : tr("none"));
            if (type != "ROOM"_L1) {
                setMembers(info.members, {});
                lookUpNames(info.members);
            }
        }
    }));
    if (type == "ROOM"_L1) {
        track(m_streams->roomInfo(m_streamId, [this](const QList<RoomDetail> &rooms) {
            for (const RoomDetail &room : rooms) {
                addRow(tr("Created"), timeText(room.roomSystemInfo.creationDate));
                if (!room.roomAttributes.description.isEmpty())
                    addRow(tr("Description"), room.roomAttributes.description);
                addRow(tr("Public"), yesNo(room.roomAttributes.isPublic));
                addRow(tr("Read-only"), yesNo(room.roomAttributes.readOnly));
            }
        }));
        auto members = std::make_shared<QList<RoomMember>>();
        ServiceCall *call = m_streams->roomMembers(
            m_streamId, [members](const QList<RoomMember> &batch) { members->append(batch); });
        // The table is filled once the list is whole.
        connect(call, &ServiceCall::finished, this, [this, members](const ApiError &error) {
            if (error.isError())
                return;
            QList<qint64> ids;
            QHash<qint64, QPair<bool, qint64>> details;
            for (const RoomMember &m : std::as_const(*members)) {
                ids.append(m.id);
                details.insert(m.id, {m.owner, m.joinDate});
            }
            setMembers(ids, details);
            lookUpNames(ids);
        });
        track(call);
    }
}

StreamInfoDialog::~StreamInfoDialog()
{
    const auto calls = std::exchange(m_calls, {});
    for (const auto &call : calls) {
        if (call) {
            call->disconnect(this);
            delete call.data(); // silent: nothing reaches a dialog being destroyed
        }
    }
}

void StreamInfoDialog::track(ServiceCall *call)
{
    ++m_pending;
    m_calls.removeAll(nullptr);
    m_calls.append(call);
    // Counted down once: when it ends, or when it is gone without an end (its source was closed
    // with the connection).
    auto counted = std::make_shared<bool>(false);
    connect(call, &ServiceCall::finished, this, [this, counted](const ApiError &error) {
        *counted = true;
        if (error.isError() && !error.isCancelled()) {
            m_status->setText(error.message);
            QPalette p = m_status->palette();
            p.setColor(QPalette::WindowText, Theme::errorText(palette()));
            m_status->setPalette(p);
            Q_EMIT errorOccurred(error);
        }
        done();
    });
    connect(call, &QObject::destroyed, this, [this, counted] {
        if (!*counted) {
            *counted = true;
            done();
        }
    });
}

void StreamInfoDialog::done()
{
    if (--m_pending > 0)
        return;
    if (m_status->text() == tr("Loading…"))
        m_status->clear();
    Q_EMIT completed();
}

void StreamInfoDialog::addRow(const QString &label, const QString &value)
{
    auto *field = plainLabel(this, value);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(true);
    m_form->addRow(plainLabel(this, label), field);
}

void StreamInfoDialog::setMembers(const QList<qint64> &ids, const QHash<qint64, QPair<bool, qint64>> &details)
{
    m_members->setRowCount(int(ids.size()));
    for (int r = 0; r < ids.size(); ++r) {
        const qint64 id = ids.at(r);
        m_members->setItem(r, 0, new QTableWidgetItem(QString::number(id)));
        m_members->setItem(r, 1, new QTableWidgetItem(QString::number(id)));
        const auto d = details.constFind(id);
        m_members->setItem(r, 2, new QTableWidgetItem(d != details.cend() ? yesNo(d->first) : QString()));
        m_members->setItem(r, 3,
            new QTableWidgetItem(d != details.cend() && d->second > 0 ? timeText(d->second) : QString()));
    }
}

void StreamInfoDialog::lookUpNames(const QList<qint64> &ids)
{
    if (ids.isEmpty() || !m_users)
        return;
    track(m_users->names(ids.mid(0, NamedMembers), [this](const QList<UserName> &names) {
        QHash<QString, QString> byId;
        for (const UserName &n : names)
            byId.insert(QString::number(n.id), n.name);
        for (int r = 0; r < m_members->rowCount(); ++r) {
            const QString name = byId.value(m_members->item(r, 1)->text());
            if (!name.isEmpty())
                m_members->item(r, 0)->setText(name);
        }
    }));
}

} // namespace Inspector::Ui
