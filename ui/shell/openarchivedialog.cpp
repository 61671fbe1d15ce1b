// SPDX-License-Identifier: Apache-2.0
#include "shell/openarchivedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "common/plaintext.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

OpenArchiveDialog::OpenArchiveDialog(const QStringList &recent, QWidget *parent)
    : QDialog(parent)
    , m_location(new QComboBox(this))
    , m_open(nullptr)
{
    setObjectName(u"openArchiveDialog"_s);
    setWindowTitle(tr("Open Archive"));
    setAccessibleName(tr("Open Archive"));
    m_location->setEditable(true);
    m_location->setObjectName(u"archiveLocation"_s);
    m_location->setAccessibleName(tr("Archive file or PostgreSQL URL"));
    m_location->addItems(recent);
    m_location->setInsertPolicy(QComboBox::NoInsert);
    m_location->setMinimumContentsLength(40);
    m_location->lineEdit()->setPlaceholderText(tr("archive.sqlite or postgresql://user@host/database"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose an archive file"));
    auto *hint = plainLabel(this,
        tr("A SQLite archive file written by archive sync, or a PostgreSQL URL without password (the "
           "password comes from PGPASSWORD or ~/.pgpass). Opening an archive ends the connection to "
           "the pod: the archive is read offline."));
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Open);

    auto *row = new QHBoxLayout;
    row->addWidget(m_location, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    auto *label = plainLabel(this, tr("&Archive:"));
    label->setBuddy(m_location);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &OpenArchiveDialog::browse);
    connect(m_location, &QComboBox::editTextChanged, this, &OpenArchiveDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString where = location();
        if (where.isEmpty())
            return;
        accept();
        Q_EMIT chosen(where);
    });
    updateButtons();
}

OpenArchiveDialog::~OpenArchiveDialog() = default;

QString OpenArchiveDialog::location() const
{
    return m_location->currentText().trimmed();
}

void OpenArchiveDialog::setLocation(const QString &text)
{
    m_location->setEditText(text);
}

void OpenArchiveDialog::updateButtons()
{
    m_open->setEnabled(!location().isEmpty());
}

void OpenArchiveDialog::browse()
{
    auto *picker = new QFileDialog(this, tr("Open Archive"), QDir::homePath());
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::ExistingFile);
    picker->setNameFilters({tr("Archives (*.sqlite *.db *.sqlite3)"), tr("All files (*)")});
    connect(picker, &QFileDialog::fileSelected, this, [this](const QString &path) { setLocation(path); });
    picker->open();
}

} // namespace Inspector::Ui
