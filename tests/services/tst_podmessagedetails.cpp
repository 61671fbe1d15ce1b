// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "api/apijob.h"
#include "api/attachmentbody.h"
#include "api/requests.h"
#include "common/demopodfixture.h"
#include "common/testsuite.h"
#include "data/ids.h"
#include "data/parse.h"
#include "data/times.h"
#include "dataset.h"
#include "demodata.h"
#include "itemmodels/attachmentsmodel.h"
#include "itemmodels/messagestatusmodel.h"
#include "services/messagedetailsfeed.h"
#include "services/podmessagedetails.h"
#include "services/servicecall.h"

using namespace Inspector;
using namespace Qt::StringLiterals;
namespace Demo = Inspector::DemoPod::Demo;
using Fault = Inspector::DemoPod::Fault;

/**
 * PodMessageDetails against the demo pod: the status feeding a MessageStatusModel, the attachment
 * download (decoding, file safety, faults, cancellation), and the AttachmentsModel of real messages.
 */
class PodMessageDetailsTest final : public QObject
{
    Q_OBJECT

    TestSupport::SuitePod m_shared;
    std::unique_ptr<PodMessageDetails> m_details;

    Message fetchMessage(const char *id)
    {
        ApiJob *job = m_shared.client()->send(Requests::message(QString::fromLatin1(id)));
        QSignalSpy spy(job, &ApiJob::finished);
        if (!spy.wait(10000) || !job->isSuccess())
            return {};
        return Parse::message(job->response().body).value;
    }

    QByteArray podBytes(const char *messageId, const char *fileId) const
    {
        const DemoPod::DataSet data(m_shared.pod().config());
        return data.attachmentBytes(
            data.findMessage(Ids::decode(QString::fromLatin1(messageId))), QString::fromLatin1(fileId));
    }

    static bool waitStatus(MessageStatusModel &model, MessageStatusModel::State state)
    {
        QSignalSpy spy(&model, &MessageStatusModel::stateChanged);
        while (model.state() != state && spy.wait(10000)) { }
        return model.state() == state;
    }

    struct Download
    {
        ApiError error;
        qint64 bytes = -1;
        int finishedCount = 0;
        QString savedPath;
        int progress = 0;
        int batches = 0;
    };

    /// Starts a download of M5's file @p fileId into @p target; *result fills as it goes.
    ServiceCall *startDownload(const QString &fileId, const QString &target, std::shared_ptr<Download> result)
    {
        return m_details->downloadAttachment(
            {QString::fromLatin1(Demo::ImStreamId), QString::fromLatin1(Demo::M5Id), fileId, target},
            [result](const QList<SavedAttachment> &saved) {
                ++result->batches;
                result->savedPath = saved.last().path;
                result->bytes = saved.last().bytes;
            },
            [result](qint64, qint64) { ++result->progress; }, nullptr);
    }

    Download download(const QString &fileId, const QString &target)
    {
        auto result = std::make_shared<Download>();
        ServiceCall *call = startDownload(fileId, target, result);
        QSignalSpy spy(call, &ServiceCall::finished);
        if (!spy.wait(10000))
            return {};
        QTest::qWait(0); // a second finished() would show here
        result->error = spy.at(0).at(0).value<ApiError>();
        result->finishedCount = int(spy.size());
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_shared.start(TestSupport::podConfig(4, 20), {nullptr, 10000});
        m_details = std::make_unique<PodMessageDetails>(m_shared.client());
    }

    void cleanupTestCase()
    {
        m_details.reset();
        m_shared.stop();
    }

    void init() { m_shared.reset(); }

    // ---- MessageStatusModel

    void statusListsAuthorReadDeliveredSent()
    {
        MessageStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MessageDetailsFeed feed(m_details.get());
        feed.feed(&model);
        model.setMessage(QString::fromLatin1(Demo::M1Id));
        QVERIFY(waitStatus(model, MessageStatusModel::State::Loaded));
        QCOMPARE(model.rowCount(), 4);
        using K = MessageStatusModel::Kind;
        const QList<QPair<K, qint64>> expected {{K::Author, Demo::AliceId}, {K::Read, Demo::BobId},
            {K::Delivered, Demo::BotId}, {K::Sent, Demo::CarolId}};
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(model.index(i, 0).data(ModelRole::State).toInt(), int(expected[i].first));
            QCOMPARE(model.index(i, MessageStatusModel::UserIdColumn).data().toString(),
                QString::number(expected[i].second));
        }
        QCOMPARE(model.index(1, MessageStatusModel::UserColumn).data().toString(), u"Bob Baker"_s);
        QCOMPARE(model.index(1, MessageStatusModel::TimeColumn).data().toString(),
            Times::toIso(Demo::M1Timestamp + 65000));
        QCOMPARE(model.count(K::Read), 1);
        QCOMPARE(model.count(K::Sent), 1);
    }

    void externalUserWithoutUserNameShowsEmail()
    {
        MessageStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MessageDetailsFeed feed(m_details.get());
        feed.feed(&model);
        model.setMessage(QString::fromLatin1(Demo::M8Id));
        QVERIFY(waitStatus(model, MessageStatusModel::State::Loaded));
        QCOMPARE(model.index(0, MessageStatusModel::UserIdColumn).data().toString(),
            QString::number(Demo::ErinId));
        QCOMPARE(
            model.index(0, MessageStatusModel::UserNameColumn).data().toString(), u"erin@globex.example"_s);
    }

    void statusFaultsAreErrors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expectedKind");
        QTest::newRow("500") << int(Fault::Kind::Status) << 500 << QByteArray()
                             << int(ApiError::Kind::Server);
        QTest::newRow("404") << int(Fault::Kind::Status) << 404 << QByteArray()
                             << int(ApiError::Kind::NotFound);
        QTest::newRow("truncated JSON")
            << int(Fault::Kind::Malformed) << 200 << QByteArray() << int(ApiError::Kind::BadResponse);
        QTest::newRow("array instead of object")
            << int(Fault::Kind::Malformed) << 200 << QByteArray("[]") << int(ApiError::Kind::BadResponse);
    }

    void statusFaultsAreErrors()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, expectedKind);
        Fault f;
        f.pathPattern = u"/pod/v1/message/.*/status"_s;
        f.kind = Fault::Kind(kind);
        f.status = status;
        f.body = body;
        m_shared.pod().addFault(f);
        MessageStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &MessageStatusModel::errorOccurred);
        MessageDetailsFeed feed(m_details.get());
        feed.feed(&model);
        model.setMessage(QString::fromLatin1(Demo::M1Id));
        QVERIFY(waitStatus(model, MessageStatusModel::State::Failed));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(int(errors.at(0).at(0).value<ApiError>().kind), expectedKind);
        QCOMPARE(model.rowCount(), 0);
        model.reload(); // the fault is used up
        QVERIFY(waitStatus(model, MessageStatusModel::State::Loaded));
        QCOMPARE(model.rowCount(), 4);
    }

    void statusOfAnEarlierMessageIsDropped()
    {
        Fault slow;
        slow.pathPattern = u"/pod/v1/message/"_s + QString::fromLatin1(Demo::M1Id) + u"/status"_s;
        slow.kind = Fault::Kind::Delay;
        slow.delayMs = 300;
        m_shared.pod().addFault(slow);
        MessageStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &MessageStatusModel::errorOccurred);
        MessageDetailsFeed feed(m_details.get());
        feed.feed(&model);
        model.setMessage(QString::fromLatin1(Demo::M1Id));
        QTRY_COMPARE_WITH_TIMEOUT(TestSupport::countRequests(m_shared.pod(), slow.pathPattern), 1, 10000);
        model.setMessage(QString::fromLatin1(Demo::M8Id));
        QVERIFY(waitStatus(model, MessageStatusModel::State::Loaded));
        QCOMPARE(model.messageId(), QString::fromLatin1(Demo::M8Id));
        QCOMPARE(model.index(0, MessageStatusModel::UserIdColumn).data().toString(),
            QString::number(Demo::ErinId));
        QVERIFY(errors.isEmpty());
    }

    // ---- AttachmentsModel

    void attachmentsAndThumbnails()
    {
        const Message m5 = fetchMessage(Demo::M5Id);
        QCOMPARE(m5.attachments.size(), 2);
        AttachmentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMessage(m5);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.fileCount(), 2);
        QCOMPARE(model.messageId(), QString::fromLatin1(Demo::M5Id));
        QCOMPARE(model.streamId(), QString::fromLatin1(Demo::ImStreamId));
        QCOMPARE(model.index(0, AttachmentsModel::NameColumn).data().toString(), u"term-sheet.pdf"_s);
        QCOMPARE(
            model.index(0, 0).data(ModelRole::FileId).toString(), QString::fromLatin1(Demo::PdfAttachmentId));
        QCOMPARE(model.index(0, 0).data(ModelRole::Size).toLongLong(), Demo::PdfAttachmentSize);
        QVERIFY(model.index(0, AttachmentsModel::SizeColumn).data().toString().startsWith(u"12 345 bytes"_s));
        QCOMPARE(
            model.index(1, 0).data(ModelRole::FileId).toString(), QString::fromLatin1(Demo::PngAttachmentId));
        QVERIFY(!model.index(1, 0).data(ModelRole::IsThumbnail).toBool());
        QVERIFY(model.index(2, 0).data(ModelRole::IsThumbnail).toBool());
        QCOMPARE(
            model.index(2, 0).data(ModelRole::FileId).toString(), QString::fromLatin1(Demo::PngThumbnailId));
        QCOMPARE(model.index(2, 0).data(ModelRole::FileName).toString(), u"chart-preview-600.png"_s);
        QVERIFY(model.index(2, AttachmentsModel::KindColumn).data().toString().contains(u"600"_s));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.messageId(), QString());
    }

    void fileNamesAreMadeSafe()
    {
        // The name a download proposes follows the CLI's rules (Files::safeFileName).
        Message m;
        m.messageId = u"m"_s;
        AttachmentInfo spoof;
        spoof.id = u"f1"_s;
        spoof.name = u"invoice\u202Efdp.exe"_s;
        ThumbnailInfo thumb;
        thumb.id = u"t1"_s;
        thumb.dimension = u"../600"_s;
        spoof.images.append(thumb);
        AttachmentInfo device;
        device.id = u"f2"_s;
        device.name = u"con.txt"_s;
        AttachmentInfo nameless;
        nameless.id = u"internal/7"_s;
        m.attachments = {spoof, device, nameless};
        AttachmentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMessage(m);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data(ModelRole::FileName).toString(), u"invoicefdp.exe"_s);
        QCOMPARE(model.index(1, 0).data(ModelRole::FileName).toString(), u"invoicefdp-preview-.._600.exe"_s);
        QCOMPARE(model.index(2, 0).data(ModelRole::FileName).toString(), u"_con.txt"_s);
        QCOMPARE(model.index(3, 0).data(ModelRole::FileName).toString(), u"internal_7"_s);
        // The table still shows the name as the server sent it.
        QCOMPARE(model.index(0, AttachmentsModel::NameColumn).data().toString(), spoof.name);
    }

    void downloadNeverReplacesOrFollows_data()
    {
        QTest::addColumn<QString>("kind"); // what has the target's name already
        QTest::newRow("file") << u"file"_s;
        QTest::newRow("symbolic link to a file outside") << u"link"_s;
        QTest::newRow("dangling symbolic link") << u"dangling"_s;
    }

    void downloadNeverReplacesOrFollows()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QTemporaryDir outside;
        const QString target = dir.filePath(u"term-sheet.pdf"_s);
        const QString elsewhere = outside.filePath(u"elsewhere"_s);
        if (kind == u"file"_s || kind == u"link"_s) {
            QFile f(kind == u"file"_s ? target : elsewhere);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("previous content");
        }
        if (kind != u"file"_s)
            QVERIFY(QFile::link(elsewhere, target));
        const Download result = download(QString::fromLatin1(Demo::PdfAttachmentId), target);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
        QCOMPARE(result.savedPath, dir.filePath(u"term-sheet (2).pdf"_s));
        QFile saved(result.savedPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), podBytes(Demo::M5Id, Demo::PdfAttachmentId));
        if (kind == u"file"_s) {
            QFile old(target);
            QVERIFY(old.open(QIODevice::ReadOnly));
            QCOMPARE(old.readAll(), QByteArray("previous content"));
        } else {
            QVERIFY(QFileInfo(target).isSymLink());
            QCOMPARE(QFileInfo(target).symLinkTarget(), elsewhere);
        }
        if (kind == u"link"_s) {
            QFile old(elsewhere);
            QVERIFY(old.open(QIODevice::ReadOnly));
            QCOMPARE(old.readAll(), QByteArray("previous content"));
        }
        if (kind == u"dangling"_s)
            QVERIFY(!QFileInfo::exists(elsewhere));
        QCOMPARE(
            QDir(dir.path())
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name),
            (QStringList {u"term-sheet (2).pdf"_s, u"term-sheet.pdf"_s}));
    }

    void messageWithoutAttachments()
    {
        AttachmentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMessage(fetchMessage(Demo::M1Id));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.fileCount(), 0);
    }

    // ---- downloadAttachment()

    // The one decoder of attachment bodies (AttachmentBody), as the download uses it.
    void bodyIsDecoded_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QByteArray>("decoded");
        const QByteArray bytes("\xfb\xff\x00hello", 8);
        QTest::newRow("standard") << bytes.toBase64() << true << bytes;
        QTest::newRow("with line breaks") << QByteArray("+/8A\naGVs\r\nbG8=\n") << true << bytes;
        QTest::newRow("url-safe, no padding")
            << bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) << true
            << bytes;
        QTest::newRow("empty") << QByteArray() << true << QByteArray();
        QTest::newRow("binary, not Base64") << QByteArray("%PDF-1.4\x01\x02", 10) << false << QByteArray();
        QTest::newRow("html error page") << QByteArray("<html>Bad gateway</html>") << false << QByteArray();
    }

    void bodyIsDecoded()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QByteArray, decoded);
        const std::optional<QByteArray> got = AttachmentBody::decode(body);
        QCOMPARE(got.has_value(), ok);
        QCOMPARE(got.value_or(QByteArray()), decoded);
    }

    void downloadWritesTheDecodedFile_data()
    {
        QTest::addColumn<QString>("fileId");
        QTest::addColumn<qint64>("size");
        QTest::newRow("pdf") << QString::fromLatin1(Demo::PdfAttachmentId) << Demo::PdfAttachmentSize;
        QTest::newRow("png") << QString::fromLatin1(Demo::PngAttachmentId) << Demo::PngAttachmentSize;
        QTest::newRow("thumbnail") << QString::fromLatin1(Demo::PngThumbnailId) << qint64(-1);
    }

    void downloadWritesTheDecodedFile()
    {
        QFETCH(QString, fileId);
        QFETCH(qint64, size);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(u"saved.bin"_s);
        const Download result = download(fileId, target);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
        QCOMPARE(result.finishedCount, 1);
        QCOMPARE(result.batches, 1);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray expected = podBytes(Demo::M5Id, fileId.toLatin1().constData());
        QVERIFY(!expected.isEmpty());
        QCOMPARE(file.readAll(), expected);
        QCOMPARE(result.bytes, qint64(expected.size()));
        if (size >= 0)
            QCOMPARE(qint64(expected.size()), size);
        QVERIFY(result.progress > 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
            QStringList {u"saved.bin"_s}); // no temp file left
        QCOMPARE(result.savedPath, target);
        // The request names both ids, URL-safe.
        const auto log = m_shared.pod().requestLog();
        QCOMPARE(log.last().path,
            u"/agent/v1/stream/"_s + QString::fromLatin1(Demo::ImStreamId) + u"/attachment"_s);
        QCOMPARE(log.last().query.queryItemValue(u"fileId"_s), fileId);
        QCOMPARE(log.last().query.queryItemValue(u"messageId"_s), QString::fromLatin1(Demo::M5Id));
    }

    void failedDownloadLeavesTheTargetAlone_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expectedKind");
        QTest::newRow("500") << int(Fault::Kind::Status) << 500 << QByteArray()
                             << int(ApiError::Kind::Server);
        QTest::newRow("not Base64") << int(Fault::Kind::Malformed) << 200 << QByteArray("%PDF raw bytes!")
                                    << int(ApiError::Kind::BadResponse);
        QTest::newRow("connection dropped")
            << int(Fault::Kind::Drop) << 200 << QByteArray() << int(ApiError::Kind::Network);
    }

    void failedDownloadLeavesTheTargetAlone()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, expectedKind);
        Fault f;
        f.pathPattern = u"/agent/v1/stream/.*/attachment"_s;
        f.kind = Fault::Kind(kind);
        f.status = status;
        f.body = body;
        m_shared.pod().addFault(f);
        QTemporaryDir dir;
        const QString target = dir.filePath(u"old.pdf"_s);
        {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous content");
        }
        const Download result = download(QString::fromLatin1(Demo::PdfAttachmentId), target);
        QCOMPARE(int(result.error.kind), expectedKind);
        QVERIFY(!result.error.message.isEmpty());
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("previous content"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void unwritableTargetIsAnIoError()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"missing/dir/file.pdf"_s);
        const Download result = download(QString::fromLatin1(Demo::PdfAttachmentId), target);
        QCOMPARE(result.error.kind, ApiError::Kind::Local);
        QCOMPARE(result.error.local.category(), LocalError::Category::File);
        QVERIFY(result.error.message.contains(target));
        QVERIFY(!QFile::exists(target));
    }

    void cancelledDownloadLeavesNoFile()
    {
        Fault slow;
        slow.pathPattern = u"/agent/v1/stream/.*/attachment"_s;
        slow.kind = Fault::Kind::Delay;
        slow.delayMs = 2000;
        m_shared.pod().addFault(slow);
        QTemporaryDir dir;
        const QString target = dir.filePath(u"cancelled.pdf"_s);
        auto result = std::make_shared<Download>();
        ServiceCall *call = startDownload(QString::fromLatin1(Demo::PdfAttachmentId), target, result);
        QSignalSpy finished(call, &ServiceCall::finished);
        QTRY_COMPARE_WITH_TIMEOUT(TestSupport::countRequests(m_shared.pod(), slow.pathPattern), 1, 10000);
        call->cancel();
        QCOMPARE(finished.size(), 1); // before cancel() returned
        QVERIFY(finished.at(0).at(0).value<ApiError>().isCancelled());
        QVERIFY(call->isFinished());
        call->cancel(); // twice is harmless
        QCOMPARE(finished.size(), 1);
        QCOMPARE(result->batches, 0);
        QVERIFY(!QFile::exists(target));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void badArgumentsDoNotStart_data()
    {
        QTest::addColumn<bool>("connected");
        QTest::addColumn<QString>("streamId");
        QTest::addColumn<QString>("target");
        QTest::newRow("no stream") << true << QString() << u"/tmp/x"_s;
        QTest::newRow("no target") << true << u"s"_s << QString();
        QTest::newRow("no client") << false << u"s"_s << u"/tmp/x"_s;
    }

    void badArgumentsDoNotStart()
    {
        QFETCH(bool, connected);
        QFETCH(QString, streamId);
        QFETCH(QString, target);
        PodMessageDetails offline(nullptr);
        MessageDetails &details = connected ? static_cast<MessageDetails &>(*m_details) : offline;
        int batches = 0;
        ServiceCall *call = details.downloadAttachment(
            {streamId, u"m"_s, u"f"_s, target}, [&batches](const QList<SavedAttachment> &) { ++batches; }, {},
            nullptr);
        QSignalSpy finished(call, &ServiceCall::finished);
        QVERIFY(finished.isEmpty()); // never from inside the call
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Local);
        QCOMPARE(finished.at(0).at(0).value<ApiError>().local.category(), LocalError::Category::Config);
        QCOMPARE(batches, 0);
        QCOMPARE(m_shared.pod().requestLog().size(), 0);
    }
};

INSPECTOR_TEST_GUILESS_MAIN(PodMessageDetailsTest)
#include "tst_podmessagedetails.moc"
