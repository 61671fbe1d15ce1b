// SPDX-License-Identifier: Apache-2.0
#include "browse/streaminfodialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/requests.h"
#include "common/plaintext.h"
#include "common/themecolors.h"
#include "data/displayname.h"
#include "data/ids.h"
#include "data/parse.h"
#include "data/times.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

namespace {

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s) + u"  ("_s + Times::toIso(ms)
        + u')';
}

QString yesNo(bool value)
{
    return value ? StreamInfoDialog::tr("yes") : StreamInfoDialog::tr("no");
}

} // namespace

StreamInfoDialog::StreamInfoDialog(
    ApiClient *client, const QString &streamId, const QString &type, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
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
    if (!m_client) {
        m_status->setText(tr("Not connected."));
        return;
    }

    send(Requests::streamInfo(m_streamId), [this, type](const QByteArray &body) {
        const auto info = Parse::streamInfo(body);
        if (!info.ok()) {
            Q_EMIT errorOccurred(ApiError::badResponse(tr("reading the stream's info"), info.error));
            return;
        }
        addRow(tr("Active"), yesNo(info.value.active));
        addRow(tr("Cross-pod"), yesNo(info.value.crossPod));
        if (!info.value.origin.isEmpty())
            addRow(tr("Origin"), info.value.origin);
        addRow(tr("Last message"),
            info.value.lastMessageDate ? timeText(*info.value.lastMessageDate) : tr("none"));
        if (type != "ROOM"_L1) {
            setMembers(info.value.members, {});
            lookUpNames(info.value.members);
        }
    });
    if (type == "ROOM"_L1) {
        send(Requests::roomInfo(m_streamId), [this](const QByteArray &body) {
            const auto room = Parse::roomDetail(body);
            if (!room.ok())
                return;
            addRow(tr("Created"), timeText(room.value.roomSystemInfo.creationDate));
            if (!room.value.roomAttributes.description.isEmpty())
                addRow(tr("Description"), room.value.roomAttributes.description);
            addRow(tr("Public"), yesNo(room.value.roomAttributes.isPublic));
            addRow(tr("Read-only"), yesNo(room.value.roomAttributes.readOnly));
        });
        send(Requests::roomMembers(m_streamId), [this](const QByteArray &body) {
            const auto list = Parse::roomMembers(body);
            if (!list.ok())
                return;
            QList<qint64> ids;
            QHash<qint64, QPair<bool, qint64>> details;
            for (const RoomMember &m : list.value) {
                ids.append(m.id);
                details.insert(m.id, {m.owner, m.joinDate});
            }
            setMembers(ids, details);
            lookUpNames(ids);
        });
    }
}

StreamInfoDialog::~StreamInfoDialog()
{
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (const auto &job : jobs)
        if (job)
            job->cancel();
}

void StreamInfoDialog::send(const ApiRequest &request, std::function<void(const QByteArray &)> onBody)
{
    ++m_pending;
    ApiJob *job = m_client->send(request);
    m_jobs.append(job);
    connect(job, &ApiJob::finished, this, [this, onBody](ApiJob *job) {
        if (job->isSuccess()) {
            onBody(job->response().body);
        } else if (!job->error().isCancelled()) {
            m_status->setText(job->error().message);
            QPalette p = m_status->palette();
            p.setColor(QPalette::WindowText, Theme::errorText(palette()));
            m_status->setPalette(p);
            Q_EMIT errorOccurred(job->error());
        }
        done();
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
    if (ids.isEmpty())
        return;
    QStringList values;
    for (qint64 id : ids)
        values.append(QString::number(id));
    // One call: a stream's member list is shown whole only when it is small enough to read.
    send(Requests::users(Requests::UserKey::Id, values.mid(0, Requests::Limits::Users), false),
        [this](const QByteArray &body) {
            const auto list = Parse::users(body);
            if (!list.ok())
                return;
            QHash<QString, QString> names;
            for (const User &u : list.value.users)
                names.insert(QString::number(u.id), DisplayName::of(u));
            for (int r = 0; r < m_members->rowCount(); ++r) {
                const QString name = names.value(m_members->item(r, 1)->text());
                if (!name.isEmpty())
                    m_members->item(r, 0)->setText(name);
            }
        });
}

} // namespace Inspector::Ui
