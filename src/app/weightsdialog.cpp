#include "weightsdialog.h"

#include "errors.h"
#include "jobs/weightsjobs.h"
#include "widgets/weightstablemodel.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QThreadPool>
#include <QUrl>

#include <algorithm>

namespace mw::app {
namespace {

QString weightsFolder() { return QString::fromStdString(mw::core::weightsDir().string()); }

bool atHand(const std::optional<mw::core::WeightsStatus> &status)
{
    return status && (status->state == mw::core::WeightsState::Verified || status->state == mw::core::WeightsState::Unchecked);
}

} // namespace

WeightsDialog::WeightsDialog(QThreadPool *pool, QWidget *parent)
    : QDialog(parent), m_pool(pool), m_downloads(WeightsDownloads::of(pool)), m_model(new WeightsTableModel(this))
{
    m_ui.setupUi(this);
    m_ui.weightsTable->setModel(m_model);
    m_ui.weightsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui.downloadBar->watch(m_downloads);
    connect(m_ui.verifyButton, &QPushButton::clicked, this, &WeightsDialog::verify);
    connect(m_ui.downloadButton, &QPushButton::clicked, this, &WeightsDialog::download);
    connect(m_ui.deleteButton, &QPushButton::clicked, this, &WeightsDialog::deleteSelected);
    connect(m_ui.openFolderButton, &QPushButton::clicked, this, &WeightsDialog::openFolder);
    connect(m_ui.buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui.weightsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WeightsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WeightsDialog::updateButtons);
    watchDownloads();
    retranslate();
    resize(1240, 460);
    reload();
}

void WeightsDialog::watchDownloads()
{
    connect(m_downloads, &WeightsDownloads::started, this,
            [this](const QString &name) { m_model->setDownloading(name, m_downloads->progress()); });
    connect(m_downloads, &WeightsDownloads::progressed, m_model, &WeightsTableModel::setDownloading);
    connect(m_downloads, &WeightsDownloads::finished, this, [this](const QString &name, const mw::core::WeightsStatus &status) {
        m_model->setStatus(name, status);
        showMessage(tr("%1: %2").arg(name, WeightsTableModel::stateText(status.state)), false);
    });
    connect(m_downloads, &WeightsDownloads::failed, this, [this](const QString &name, const QString &message) {
        m_model->setDownloadFailed(name, message);
        showMessage(message, true);
    });
    connect(m_downloads, &WeightsDownloads::cancelled, this, [this](const QString &name) {
        if (const int row = m_model->row(name); row >= 0)
            check({m_model->entry(row)}); // shows the part kept for the next download
    });
    connect(m_downloads, &WeightsDownloads::idle, this, &WeightsDialog::updateButtons);
    if (m_downloads->isBusy())
        m_model->setDownloading(m_downloads->current(), m_downloads->progress());
}

void WeightsDialog::reload()
{
    try {
        m_model->setCatalog(mw::core::loadWeightsCatalog());
        m_ui.messageLabel->clear();
    } catch (const mw::core::Error &e) {
        m_model->setCatalog({});
        showMessage(QString::fromStdString(e.what()), true);
    }
    m_ui.weightsTable->resizeColumnsToContents();
    for (int c : {WeightsTableModel::ColSource, WeightsTableModel::ColLicense})
        m_ui.weightsTable->setColumnWidth(c, std::min(m_ui.weightsTable->columnWidth(c), 160));
    check(m_model->catalog());
}

void WeightsDialog::check(const std::vector<mw::core::WeightsEntry> &entries)
{
    if (entries.empty())
        return;
    for (const auto &entry : entries)
        if (!m_downloads->isBusy(QString::fromStdString(entry.name)))
            m_model->setChecking(QString::fromStdString(entry.name));
    ++m_checks;
    updateButtons();
    // Hashing a file of hundreds of MB takes seconds the first time: never on this thread.
    auto *job = new WeightsStatusJob(entries);
    connect(job, &WeightsStatusJob::checked, this, [this](const QString &name, const mw::core::WeightsStatus &status) {
        if (!m_downloads->isBusy(name))
            m_model->setStatus(name, status);
    });
    connect(job, &WeightsStatusJob::unreadable, m_model, &WeightsTableModel::setUnreadable);
    connect(job, &WeightsStatusJob::done, this, [this] {
        --m_checks;
        for (int c : {WeightsTableModel::ColSize, WeightsTableModel::ColStatus})
            m_ui.weightsTable->resizeColumnToContents(c);
        updateButtons();
    });
    m_pool->start(job);
}

QList<int> WeightsDialog::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui.weightsTable->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void WeightsDialog::selectEntry(const QString &name)
{
    const int row = m_model->row(name);
    m_ui.weightsTable->clearSelection();
    if (row >= 0)
        m_ui.weightsTable->selectRow(row);
}

void WeightsDialog::verify()
{
    QList<int> rows = selectedRows();
    std::vector<mw::core::WeightsEntry> entries;
    if (rows.isEmpty())
        entries = m_model->catalog();
    for (int row : std::as_const(rows))
        entries.push_back(m_model->entry(row));
    showMessage(QString(), false);
    check(entries);
}

void WeightsDialog::download()
{
    for (int row : selectedRows())
        if (!atHand(m_model->status(row)))
            m_downloads->fetch(m_model->entry(row));
    updateButtons();
}

QStringList WeightsDialog::ownFiles(int row) const
{
    // Only what this app put in its own folder: other programs' caches are theirs to manage.
    QStringList files;
    for (const std::filesystem::path &file : mw::core::ownWeightsFiles(m_model->entry(row)))
        files << QString::fromStdString(file.string());
    return files;
}

void WeightsDialog::deleteSelected()
{
    QList<int> rows;
    QStringList files;
    for (int row : selectedRows()) {
        if (m_downloads->isBusy(QString::fromStdString(m_model->entry(row).name)))
            continue;
        if (const QStringList own = ownFiles(row); !own.isEmpty()) {
            rows << row;
            files << own;
        }
    }
    if (files.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete weights files?"),
                                tr("Delete %n file(s) from %1?", nullptr, int(files.size())).arg(weightsFolder()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteWeightsQuestion"));
    box->setInformativeText(tr("Runs that use them need them downloaded again. Files in your torch hub or Keras "
                               "caches are never deleted here."));
    box->setDetailedText(files.join(QLatin1Char('\n')));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, rows, box](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            removeFiles(rows);
    });
    box->open();
}

void WeightsDialog::removeFiles(const QList<int> &rows)
{
    std::vector<mw::core::WeightsEntry> entries;
    QStringList failed;
    for (int row : rows) {
        for (const QString &file : ownFiles(row))
            if (!QFile::remove(file))
                failed << QDir::toNativeSeparators(file);
        entries.push_back(m_model->entry(row));
    }
    showMessage(failed.isEmpty() ? QString() : tr("Could not delete %1").arg(failed.join(QStringLiteral(", "))), true);
    check(entries);
    m_downloads->announceFilesChanged();
}

void WeightsDialog::openFolder()
{
    QString folder = weightsFolder();
    const QList<int> rows = selectedRows();
    if (!rows.isEmpty())
        if (const auto status = m_model->status(rows.first()); status && status->state != mw::core::WeightsState::Missing)
            folder = QFileInfo(QString::fromStdString(status->path.string())).absolutePath();
    QDir().mkpath(folder);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        showMessage(tr("No file manager could open %1").arg(QDir::toNativeSeparators(folder)), true);
}

void WeightsDialog::showMessage(const QString &text, bool error)
{
    m_ui.messageLabel->setText(error && !text.isEmpty()
                                   ? QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(text.toHtmlEscaped())
                                   : text.toHtmlEscaped());
}

void WeightsDialog::updateButtons()
{
    const QList<int> rows = selectedRows();
    bool canDownload = false, canDelete = false, elsewhere = false;
    for (int row : rows) {
        const bool busy = m_downloads->isBusy(QString::fromStdString(m_model->entry(row).name));
        const auto status = m_model->status(row);
        canDownload = canDownload || (!busy && !atHand(status));
        const bool own = !busy && !ownFiles(row).isEmpty();
        canDelete = canDelete || own;
        elsewhere = elsewhere || (!own && status && status->state != mw::core::WeightsState::Missing);
    }
    m_ui.downloadButton->setEnabled(canDownload);
    m_ui.deleteButton->setEnabled(canDelete);
    m_ui.deleteButton->setToolTip(
        elsewhere && !canDelete
            ? tr("This file is in another program's cache (torch hub or Keras): the app uses it where it is and never "
                 "deletes it")
            : tr("Delete the selected entries' files from %1 (asks first); files in the torch hub and Keras caches "
                 "are never deleted here")
                  .arg(weightsFolder()));
    m_ui.verifyButton->setEnabled(!isChecking());
}

void WeightsDialog::retranslate()
{
    m_ui.introLabel->setText(
        tr("The published weights the backbones can start from. Downloads go to %1. Files already in your torch hub "
           "cache or Keras cache are found and used where they are; Delete removes only files in the app's own "
           "folder. Keras .h5 files can be downloaded, but not loaded yet.")
            .arg(QDir::toNativeSeparators(weightsFolder())));
    updateButtons();
}

void WeightsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui.retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace mw::app
