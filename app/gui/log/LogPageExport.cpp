// LogPage: exporting the filtered attempts to CSV or JSON, on a worker thread.

#include "LogPage.h"
#include "ui_LogPage.h"

#include "DeliveryLogModel.h"
#include "log/DeliveryLog.h"

#include <QDir>
#include <QFileDialog>
#include <QTimer>
#include <QtConcurrent>

bool LogPage::isExporting() const
{
    return m_exportWatcher.isRunning();
}

void LogPage::chooseExportFile(LogExport::Format format)
{
    if (isExporting())
        return;
    const bool csv = format == LogExport::Format::Csv;
    auto *dialog = new QFileDialog(this,
                                   csv ? tr("Export the attempts shown as CSV")
                                       : tr("Export the attempts shown as JSON"));
    dialog->setObjectName(QStringLiteral("logExportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("json"));
    dialog->selectFile(csv ? QStringLiteral("delivery-log.csv")
                           : QStringLiteral("delivery-log.json"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, format](const QString &path) { exportTo(path, format); });
    dialog->open();
}

void LogPage::exportTo(const QString &path, LogExport::Format format)
{
    if (isExporting())
        return;
    m_exportPath = path;
    m_exportCancel = std::make_shared<std::atomic<bool>>(false);
    m_exportRows = std::make_shared<std::atomic<qint64>>(0);
    m_ui->logExportPushButton->setEnabled(false);
    m_ui->logStatusLabel->setText(tr("Exporting…"));
    m_exportProgressTimer->start();
    const QString database = m_log->path();
    const LogFilter filter = m_model->filter();
    auto cancel = m_exportCancel;
    auto rows = m_exportRows;
    m_exportWatcher.setFuture(QtConcurrent::run([=]() {
        return LogExport::writeFile(database, filter, format, path, [&](qint64 written) {
            rows->store(written);
            return !cancel->load();
        });
    }));
}

void LogPage::onExportFinished()
{
    m_exportProgressTimer->stop();
    m_ui->logExportPushButton->setEnabled(true);
    const LogExport::Result result = m_exportWatcher.result();
    if (result.ok)
        m_ui->logStatusLabel->setText(LogExport::savedText(result.rows, m_exportPath));
    else if (result.cancelled)
        m_ui->logStatusLabel->setText(tr("Export cancelled."));
    else
        m_ui->logStatusLabel->setText(tr("Export failed: %1").arg(result.error));
    Q_EMIT exportFinished(result.ok, m_exportPath);
}
