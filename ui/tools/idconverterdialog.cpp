// SPDX-License-Identifier: Apache-2.0
#include "tools/idconverterdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "common/plaintext.h"
#include "common/themecolors.h"
#include "data/ids.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

IdConverterDialog::IdConverterDialog(QWidget *parent)
    : QDialog(parent)
    , m_input(new QLineEdit(this))
    , m_validity(plainLabel(this))
    , m_urlSafe(new QLineEdit(this))
    , m_standard(new QLineEdit(this))
    , m_copyUrlSafe(new QPushButton(tr("Copy"), this))
    , m_copyStandard(new QPushButton(tr("Copy"), this))
    , m_openStream(new QPushButton(tr("Open stream"), this))
    , m_openMessage(new QPushButton(tr("Open message"), this))
{
    setWindowTitle(tr("ID Converter"));
    setObjectName(u"idConverterDialog"_s);

    m_input->setObjectName(u"idInput"_s);
    m_input->setPlaceholderText(tr("Paste a message or stream id, in either form"));
    m_input->setAccessibleName(tr("Id to convert"));
    m_input->setClearButtonEnabled(true);
    m_validity->setObjectName(u"idValidity"_s);
    m_validity->setWordWrap(true);
    m_validity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_validity->setAccessibleName(tr("Validity"));

    for (QLineEdit *field : {m_urlSafe, m_standard}) {
        field->setReadOnly(true);
        QFont mono = field->font();
        mono.setFamily(u"monospace"_s);
        mono.setStyleHint(QFont::TypeWriter);
        field->setFont(mono);
    }
    m_urlSafe->setObjectName(u"urlSafeId"_s);
    m_urlSafe->setAccessibleName(tr("URL-safe form"));
    m_standard->setObjectName(u"standardId"_s);
    m_standard->setAccessibleName(tr("Standard Base64 form"));
    m_copyUrlSafe->setObjectName(u"copyUrlSafe"_s);
    m_copyUrlSafe->setAccessibleName(tr("Copy the URL-safe form"));
    m_copyStandard->setObjectName(u"copyStandard"_s);
    m_copyStandard->setAccessibleName(tr("Copy the standard form"));
    m_openStream->setObjectName(u"openStream"_s);
    m_openStream->setToolTip(tr("Show this stream in the main window"));
    m_openMessage->setObjectName(u"openMessage"_s);
    m_openMessage->setToolTip(tr("Show this message in the main window"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Id:"), m_input);
    form->addRow(QString(), m_validity);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_urlSafe, 1);
    urlRow->addWidget(m_copyUrlSafe);
    form->addRow(tr("URL-safe (API):"), urlRow);
    auto *stdRow = new QHBoxLayout;
    stdRow->addWidget(m_standard, 1);
    stdRow->addWidget(m_copyStandard);
    form->addRow(tr("Standard (client):"), stdRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_openStream, QDialogButtonBox::ActionRole);
    buttons->addButton(m_openMessage, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Symphony ids are Base64: the API uses the URL-safe form without padding, the "
                               "Symphony client shows the standard form."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    connect(m_input, &QLineEdit::textChanged, this, &IdConverterDialog::update);
    connect(m_copyUrlSafe, &QPushButton::clicked, this, [this] { copy(m_urlSafe->text()); });
    connect(m_copyStandard, &QPushButton::clicked, this, [this] { copy(m_standard->text()); });
    connect(m_openStream, &QPushButton::clicked, this, [this] {
        if (m_valid)
            Q_EMIT openStreamRequested(urlSafeId());
    });
    connect(m_openMessage, &QPushButton::clicked, this, [this] {
        if (m_valid)
            Q_EMIT openMessageRequested(urlSafeId());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

IdConverterDialog::~IdConverterDialog() = default;

void IdConverterDialog::setId(const QString &id)
{
    m_input->setText(id);
}

QString IdConverterDialog::id() const
{
    return m_input->text();
}

QString IdConverterDialog::urlSafeId() const
{
    return m_urlSafe->text();
}

QString IdConverterDialog::standardId() const
{
    return m_standard->text();
}

QString IdConverterDialog::validityText() const
{
    return m_validity->text();
}

void IdConverterDialog::update()
{
    const QString text = m_input->text().trimmed();
    const Result<> valid = Ids::validate(text);
    const QString error = valid.error().message();
    m_valid = !text.isEmpty() && valid.ok();
    const QPalette source = this->palette(); // the dialog's: the label's own is recoloured below
    QPalette palette = source;
    if (text.isEmpty()) {
        m_validity->setText(tr("Paste an id to convert it."));
        palette.setColor(QPalette::WindowText, Theme::mutedText(source));
    } else if (m_valid) {
        const int bytes = Ids::decodedLength(text);
        m_validity->setText(bytes == Ids::TypicalLength
                ? tr("Valid id: %n bytes, the usual size of message and stream ids.", nullptr, bytes)
                : tr("Valid Base64, but %n bytes: message and stream ids usually have 25.", nullptr, bytes));
        palette.setColor(QPalette::WindowText,
            bytes == Ids::TypicalLength ? Theme::successText(source) : Theme::warningText(source));
    } else {
        m_validity->setText(tr("Not a valid id: %1").arg(error));
        palette.setColor(QPalette::WindowText, Theme::errorText(source));
    }
    m_validity->setPalette(palette);
    m_urlSafe->setText(m_valid ? Ids::toUrlSafe(text) : QString());
    m_standard->setText(m_valid ? Ids::toStandard(text) : QString());
    for (QPushButton *b : {m_copyUrlSafe, m_copyStandard, m_openStream, m_openMessage})
        b->setEnabled(m_valid);
}

void IdConverterDialog::copy(const QString &text)
{
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

} // namespace Inspector::Ui
