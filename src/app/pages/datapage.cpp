#include "pages/datapage.h"

#include "errors.h"

#include <QEvent>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QThreadPool>

namespace mw::app {
namespace {

constexpr int kFolderRole = Qt::UserRole;

} // namespace

DataPage::DataPage(QThreadPool *pool, QWidget *parent) : QWidget(parent), m_pool(pool)
{
    m_ui.setupUi(this);
    m_ui.loadProgress->hide();
    m_ui.digitView->setModel(&m_model);
    m_ui.digitView->setItemDelegate(&m_delegate);
    m_delegate.setCellSize(m_ui.zoomSlider->value());
    m_ui.classCombo->addItem(QString(), -1); // "All", from retranslate()
    for (int c = 0; c < 10; ++c)
        m_ui.classCombo->addItem(QString::number(c), c);
    for (const auto &preset : mw::core::inputSizePresets())
        m_ui.inputSizeCombo->addItem(QString::fromStdString(preset.label), preset.size);
    m_ui.inputSizeCombo->setCurrentIndex(1);
    m_ui.splitter->setStretchFactor(0, 1);
    m_ui.splitter->setStretchFactor(1, 1);
    m_ui.splitter->setSizes({640, 640});

    connect(m_ui.openFolderButton, &QPushButton::clicked, this, &DataPage::chooseFolder);
    connect(m_ui.datasetCombo, &QComboBox::activated, this,
            [this](int index) { startLoad(m_ui.datasetCombo->itemData(index, kFolderRole).toString()); });
    connect(m_ui.splitCombo, &QComboBox::currentIndexChanged, this, &DataPage::rebuildSplit);
    connect(m_ui.seedSpin, &QSpinBox::valueChanged, this, &DataPage::rebuildSplit);
    connect(m_ui.partCombo, &QComboBox::currentIndexChanged, this, &DataPage::refreshDigits);
    connect(m_ui.classCombo, &QComboBox::currentIndexChanged, this, &DataPage::refreshDigits);
    connect(m_ui.inputSizeCombo, &QComboBox::currentIndexChanged, this, &DataPage::showSelectedDigit);
    connect(m_ui.zoomSlider, &QSlider::valueChanged, this, [this](int cell) {
        m_delegate.setCellSize(cell);
        m_ui.digitView->doItemsLayout();
    });
    connect(m_ui.digitView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DataPage::showSelectedDigit);
    retranslate();
    refreshCatalog();
}

void DataPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui.retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void DataPage::retranslate()
{
    m_ui.classCombo->setItemText(0, tr("All"));
    refreshStatus();
    if (!m_dataset)
        return;
    refreshPartNames();
    refreshCountLabel();
    showSelectedDigit();
}

void DataPage::refreshStatus()
{
    if (!m_loadingFolder.isEmpty()) {
        m_ui.statusLabel->setText(tr("Loading %1…").arg(m_loadingFolder));
    } else if (m_dataset) {
        const QString status = m_dataset->verified ? tr("verified (SHA-256 matches the published files)")
                                                   : tr("custom (valid MNIST format, not a known dataset)");
        m_ui.statusLabel->setText(QStringLiteral("<b>%1</b> — %2").arg(QString::fromStdString(m_dataset->name), status));
    } else {
        m_ui.statusLabel->setText(tr("No dataset loaded"));
    }
}

void DataPage::refreshCatalog()
{
    m_ui.datasetCombo->clear();
    for (const auto &location : mw::core::discoverDatasets())
        m_ui.datasetCombo->addItem(QString::fromStdString(location.name), QString::fromStdString(location.folder.string()));
    syncPickerToDataset();
}

bool DataPage::selectDataset(const QString &name)
{
    const int index = m_ui.datasetCombo->findText(name, Qt::MatchFixedString);
    if (index < 0)
        return false;
    m_ui.datasetCombo->setCurrentIndex(index);
    startLoad(m_ui.datasetCombo->itemData(index, kFolderRole).toString());
    return true;
}

void DataPage::openFolder(const QString &folder) { startLoad(folder); }

void DataPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open an MNIST-format folder"), m_datasetFolder);
    if (!folder.isEmpty())
        openFolder(folder);
}

bool DataPage::isLoading() const { return m_ui.loadProgress->isVisible(); }

void DataPage::startLoad(const QString &folder)
{
    const int generation = ++m_generation;
    auto *job = new LoadDatasetJob(folder.toStdString());
    connect(job, &LoadDatasetJob::progressed, this, [this, generation](int percent) {
        if (generation == m_generation)
            m_ui.loadProgress->setValue(percent);
    });
    connect(job, &LoadDatasetJob::loaded, this, [this, generation, folder](const DatasetPtr &dataset) {
        if (generation == m_generation)
            finishLoad(dataset, folder);
    });
    connect(job, &LoadDatasetJob::failed, this, [this, generation](const QString &message) {
        if (generation == m_generation)
            failLoad(message);
    });
    m_ui.loadProgress->setValue(0);
    m_ui.loadProgress->show();
    m_loadingFolder = folder;
    refreshStatus();
    m_pool->start(job);
}

void DataPage::finishLoad(const DatasetPtr &dataset, const QString &folder)
{
    m_ui.loadProgress->hide();
    m_loadingFolder.clear();
    m_dataset = dataset;
    m_datasetFolder = folder;
    if (m_ui.datasetCombo->findData(folder, kFolderRole) < 0)
        m_ui.datasetCombo->addItem(QString::fromStdString(dataset->name), folder);
    syncPickerToDataset();
    refreshStatus();
    m_ui.statusLabel->setToolTip(folder);
    rebuildSplit();
    Q_EMIT datasetLoaded(tr("%1 (%2): %3 train + %4 test digits from %5")
                             .arg(QString::fromStdString(dataset->name), QString::fromStdString(dataset->status()))
                             .arg(dataset->data.train.count)
                             .arg(dataset->data.test.count)
                             .arg(folder));
}

void DataPage::failLoad(const QString &message)
{
    m_ui.loadProgress->hide();
    m_loadingFolder.clear();
    syncPickerToDataset();
    refreshStatus(); // the dataset loaded before, if any, is still the one shown
    // Window-modal but not blocking: the event loop (and any training) keeps running behind it.
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot load dataset"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("loadErrorDialog"));
    box->setInformativeText(tr("A dataset folder holds train-images-idx3-ubyte, train-labels-idx1-ubyte, "
                               "t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte, raw or as .gz."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT loadFailed(message);
}

void DataPage::syncPickerToDataset()
{
    const int index = m_ui.datasetCombo->findData(m_datasetFolder, kFolderRole);
    if (index >= 0)
        m_ui.datasetCombo->setCurrentIndex(index);
}

void DataPage::rebuildSplit()
{
    if (!m_dataset)
        return;
    mw::core::SplitOptions options;
    options.kind = m_ui.splitCombo->currentIndex() == 0 ? mw::core::SplitKind::Standard : mw::core::SplitKind::Tutorial;
    options.seed = std::uint64_t(m_ui.seedSpin->value());
    m_ui.seedSpin->setEnabled(options.kind == mw::core::SplitKind::Standard);
    try {
        m_split = mw::core::makeSplit(m_dataset->data, options);
    } catch (const mw::core::Error &e) {
        m_split = {};
        QMessageBox::warning(this, tr("Split"), QString::fromStdString(e.what()));
    }
    const auto counts = mw::core::classCounts(m_dataset->data, m_split);
    m_ui.countsChart->setCounts(counts);
    refreshPartNames();
    refreshDigits();
}

void DataPage::refreshPartNames()
{
    const QLocale locale;
    const QString names[3] = {tr("Train"), tr("Validation"), tr("Test")};
    for (int p = 0; p < 3; ++p)
        m_ui.partCombo->setItemText(
            p, QStringLiteral("%1 (%2)").arg(names[p], locale.toString(qlonglong(m_split.part(mw::core::Part(p)).size()))));
}

void DataPage::refreshDigits()
{
    if (!m_dataset)
        return;
    const auto &all = m_split.part(mw::core::Part(m_ui.partCombo->currentIndex()));
    const int digit = m_ui.classCombo->currentData().toInt();
    std::vector<int> shown;
    if (digit < 0) {
        shown = all;
    } else {
        for (int index : all)
            if (m_dataset->data.label(index) == digit)
                shown.push_back(index);
    }
    const int count = int(shown.size());
    m_model.setDigits(m_dataset, std::move(shown));
    refreshCountLabel();
    if (count > 0)
        m_ui.digitView->setCurrentIndex(m_model.index(0));
    else
        showSelectedDigit();
}

void DataPage::refreshCountLabel() { m_ui.countLabel->setText(tr("%n digit(s)", nullptr, m_model.rowCount())); }

void DataPage::showSelectedDigit()
{
    const QModelIndex current = m_ui.digitView->currentIndex();
    if (!m_dataset || !current.isValid()) {
        m_ui.inputPreview->clear();
        m_ui.digitInfoLabel->clear();
        return;
    }
    const int global = current.data(DigitListModel::GlobalIndexRole).toInt();
    const auto &data = m_dataset->data;
    const bool official = global < data.train.count;
    m_ui.digitInfoLabel->setText(tr("Digit #%1 — label <b>%2</b> — official %3 file, index %4")
                                     .arg(global)
                                     .arg(data.label(global))
                                     .arg(official ? tr("train") : tr("test"))
                                     .arg(official ? global : global - data.train.count));
    const int size = m_ui.inputSizeCombo->currentData().toInt();
    m_ui.inputPreview->setDigit(DigitListModel::imageOf(data, global), mw::core::previewInput(data.image(global), size));
}

} // namespace mw::app
