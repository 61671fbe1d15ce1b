// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QStringList>

#include "export/messageexportjob.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSettings;
class QSpinBox;

namespace Inspector::Ui {

/**
 * @brief Collects what to export (scope), how (format and the export engine's options), which
 * columns in which order, and where. It runs nothing: the window turns the choice into an
 * ExportRunner. The last choices are kept in the injected QSettings (group "export").
 *
 * GUI thread only. The destination is picked with a non-modal QFileDialog (no nested event loop),
 * or set with setDestination() (tests, remembered paths).
 */
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    enum class Scope
    {
        SelectedRows,
        FilteredRows,
        Streams,
        Search
    };

    /// What the window can offer; a scope without material is disabled.
    struct Context
    {
        int selectedRows = 0;
        int filteredRows = 0;
        QStringList streamIds; ///< the current stream, or the streams chosen in the tree
        QStringList streamTitles; ///< same order as streamIds
        QString searchQuery; ///< the messages pane's current search, if any
        QString profileId; ///< the key of the choices remembered per profile (formats, zone, …)
    };

    ExportDialog(const Context &context, QSettings *settings, QWidget *parent = nullptr);

    Scope scope() const;
    void setScope(Scope scope);
    bool isScopeEnabled(Scope scope) const;
    /// Checks @p format alone.
    void setFormat(Export::Format format);
    /// Checks these formats (each written from the same pass over the pages) and no other.
    void setFormats(const QList<Export::Format> &formats);
    QList<Export::Format> formats() const;
    /// The IANA id of the transcripts' time zone, or empty for the system's.
    QString timeZoneId() const;
    void setTimeZoneId(const QString &id);
    /// Open the written file (or, for several, their folder) when the export succeeded.
    bool openWhenDone() const;
    /// Download the streams' attachments beside the HTML transcript (ExportRunner's attachments).
    bool downloadAttachments() const;
    void setDownloadAttachments(bool download);
    void setOpenWhenDone(bool open);
    /// The output name template proposed for an export of several streams.
    static QString defaultTemplate();
    void setDestination(const QString &path);
    QString destination() const;
    /// Column names in the chosen order.
    QStringList columns() const;
    void setColumns(const QStringList &names);

    /**
     * The settings for MessageExportJob (formats, CSV and transcript options, columns, dedupe,
     * split, path or template). With PDF, the PDF sink factory (inspector_pdf); the PDF is laid
     * out on the export's worker thread.
     */
    Export::ExportSettings exportSettings() const;
    /// Why the dialog cannot be accepted yet (empty when it can).
    QString problem() const;

    void accept() override;

private:
    void buildScope(QWidget *page);
    void buildFormat(QWidget *page);
    void buildColumns(QWidget *page);
    void browse();
    void moveColumn(int delta);
    void updateState();
    void updateSuffix();
    QString profileKey(const QString &name) const;
    void load();
    void save() const;

    Context m_context;
    QSettings *m_settings;
    QButtonGroup *m_scopeGroup = nullptr;
    QList<QCheckBox *> m_formats; ///< one per Export::Format, in its order
    QWidget *m_transcript = nullptr; ///< the transcript options: shown with HTML or PDF
    QComboBox *m_timeZone = nullptr;
    QSpinBox *m_partition = nullptr;
    QComboBox *m_pageSize = nullptr;
    QCheckBox *m_attachments = nullptr;
    QCheckBox *m_openWhenDone = nullptr;
    QLabel *m_templateHint = nullptr;
    QComboBox *m_separator = nullptr;
    QComboBox *m_lineEnding = nullptr;
    QCheckBox *m_quoteAll = nullptr;
    QCheckBox *m_header = nullptr;
    QCheckBox *m_bom = nullptr;
    QCheckBox *m_formulaGuard = nullptr;
    QCheckBox *m_dedupe = nullptr;
    QCheckBox *m_split = nullptr;
    QListWidget *m_columns = nullptr;
    QLineEdit *m_destination = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Inspector::Ui
