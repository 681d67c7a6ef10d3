#include "pretraindialog.h"

#include "data/catalog.h"
#include "format.h"
#include "jobs/pretrainjob.h"
#include "models/registry.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpression>
#include <QThreadPool>

#include <algorithm>
#include <cmath>

namespace mw::app {
namespace {

// Pretraining from scratch stops sooner than a transfer run's phases do (the CLI's pretrain uses the same).
constexpr int kPatience = 3;

QString errorHtml(const QString &text)
{
    return QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(text.toHtmlEscaped());
}

// "fashion-mnist" from "Fashion-MNIST": a file name part without spaces or punctuation.
QString slug(const QString &name)
{
    QString out = name.toLower();
    out.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("dataset") : out;
}

} // namespace

PretrainDialog::PretrainDialog(QThreadPool *pool, const mw::core::RunConfig &base, const QList<DatasetChoice> &datasets,
                               const QString &model, QWidget *parent)
    : QDialog(parent), m_pool(pool), m_base(base)
{
    m_ui.setupUi(this);
    setObjectName(QStringLiteral("pretrainDialog"));
    registerTrainingMetaTypes();

    for (const auto &info : mw::core::modelRegistry())
        if (info.kind == mw::core::ModelKind::Backbone)
            m_ui.modelCombo->addItem(QString::fromStdString(info.displayName), QString::fromStdString(info.name));
    m_ui.modelCombo->setCurrentIndex(std::max(0, m_ui.modelCombo->findData(model)));
    for (const auto &choice : datasets) {
        m_ui.datasetCombo->addItem(choice.name, choice.folder);
        m_ui.datasetCombo->setItemData(m_ui.datasetCombo->count() - 1, choice.folder, Qt::ToolTipRole);
    }
    // Fashion-MNIST is what Debian ships next to MNIST: clothes teach a backbone strokes and shapes, not digits.
    int fashion = -1;
    for (int i = 0; i < m_ui.datasetCombo->count() && fashion < 0; ++i)
        if (m_ui.datasetCombo->itemText(i).compare(QLatin1String("Fashion-MNIST"), Qt::CaseInsensitive) == 0)
            fashion = i;
    m_ui.datasetCombo->setCurrentIndex(std::max(0, fashion));
    modelChanged();
    m_ui.epochTable->header()->setStretchLastSection(false);
    m_ui.epochTable->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui.progressBar->setValue(0);
    m_ui.cancelButton->setVisible(false);

    connect(m_ui.modelCombo, &QComboBox::currentIndexChanged, this, &PretrainDialog::modelChanged);
    connect(m_ui.datasetCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateDefaultOutput();
        revalidate();
    });
    for (QSpinBox *spin : {m_ui.epochsSpin, m_ui.trainLimitSpin, m_ui.inputSizeSpin})
        connect(spin, &QSpinBox::valueChanged, this, &PretrainDialog::revalidate);
    connect(m_ui.lrEdit, &QLineEdit::textChanged, this, &PretrainDialog::revalidate);
    connect(m_ui.outputEdit, &QLineEdit::textEdited, this, [this] { m_outputEdited = true; });
    connect(m_ui.outputEdit, &QLineEdit::textChanged, this, &PretrainDialog::revalidate);
    connect(m_ui.browseOutputButton, &QPushButton::clicked, this, &PretrainDialog::chooseOutputFile);
    connect(m_ui.startButton, &QPushButton::clicked, this, &PretrainDialog::start);
    connect(m_ui.cancelButton, &QPushButton::clicked, this, &PretrainDialog::cancel);
    connect(m_ui.closeButton, &QPushButton::clicked, this, &PretrainDialog::reject);
    connect(m_ui.useButton, &QPushButton::clicked, this, [this] {
        Q_EMIT weightsChosen(m_written, m_writtenModel, m_writtenSize);
        accept();
    });
    // Quitting the app must not wait for the remaining epochs (the pool's owner waits for its jobs).
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &PretrainDialog::cancel);
    m_redraw.setSingleShot(true);
    m_redraw.setInterval(40);
    connect(&m_redraw, &QTimer::timeout, this, &PretrainDialog::showProgress);
    revalidate();
}

PretrainDialog::~PretrainDialog()
{
    if (m_running)
        m_stop.request_stop();
}

void PretrainDialog::modelChanged()
{
    const std::string name = m_ui.modelCombo->currentData().toString().toStdString();
    if (!name.empty()) {
        const mw::core::ModelInfo &info = mw::core::modelInfo(name);
        const QSignalBlocker blocker(m_ui.inputSizeSpin);
        m_ui.inputSizeSpin->setMinimum(info.minimumInputSize);
        m_ui.inputSizeSpin->setValue(info.defaultInputSize);
    }
    updateDefaultOutput();
    revalidate();
}

void PretrainDialog::updateDefaultOutput()
{
    if (m_outputEdited)
        return;
    const QString dir = QString::fromStdString((mw::core::appDataDir() / "pretrained").string());
    const QString name = QStringLiteral("%1-%2.safetensors")
                             .arg(m_ui.modelCombo->currentData().toString(), slug(m_ui.datasetCombo->currentText()));
    const QSignalBlocker blocker(m_ui.outputEdit);
    m_ui.outputEdit->setText(QDir(dir).filePath(name));
}

void PretrainDialog::chooseOutputFile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Pretrained backbone weights"), m_ui.outputEdit->text(),
                                                      tr("safetensors (*.safetensors);;All files (*)"));
    if (file.isEmpty())
        return;
    m_outputEdited = true;
    m_ui.outputEdit->setText(file);
}

std::optional<mw::core::RunConfig> PretrainDialog::config(QString *problemOut) const
{
    QString scratch;
    QString &problem = problemOut ? *problemOut : scratch;
    problem.clear();
    mw::core::RunConfig c = m_base;
    c.model = mw::core::ModelSpec{};
    c.model.name = m_ui.modelCombo->currentData().toString().toStdString();
    c.model.inputSize = m_ui.inputSizeSpin->value();
    c.weights.clear(); // from random initialisation: that is the point
    c.dataset = m_ui.datasetCombo->currentData().toString().toStdString();
    c.trainLimit = m_ui.trainLimitSpin->value();
    c.head.epochs = m_ui.epochsSpin->value();
    c.head.patience = kPatience;
    c.head.optimizer = mw::core::OptimizerKind::Adam;
    c.head.momentum = 0;
    c.head.nesterov = false;
    c.finetune.epochs = 0;
    c.frozenLayers = 0;
    c.augment.enabled = false;
    c.shiftCanvas = 0; // the backbone learns the dataset as it is; a shifted-digits run can still start from it
    c.threads = 0;

    const QString text = m_ui.lrEdit->text().trimmed();
    bool ok = false;
    double rate = QLocale::c().toDouble(text, &ok);
    if (!ok)
        rate = QLocale().toDouble(text, &ok);
    if (!ok) {
        problem = text.isEmpty() ? tr("The learning rate is empty")
                                 : tr("The learning rate \"%1\" is not a number (write 1e-3 or 0.001)").arg(text);
        return std::nullopt;
    }
    c.head.learningRate = rate;
    if (c.model.name.empty()) {
        problem = tr("No backbone to pretrain");
        return std::nullopt;
    }
    if (c.dataset.empty()) {
        problem = tr("No dataset: open one on the Data page first");
        return std::nullopt;
    }
    const QString out = m_ui.outputEdit->text().trimmed();
    if (out.isEmpty()) {
        problem = tr("Choose the file the weights are written to");
        return std::nullopt;
    }
    if (QFileInfo(out).isDir()) {
        problem = tr("%1 is a folder; give a file name").arg(out);
        return std::nullopt;
    }
    try {
        mw::core::validate(c);
    } catch (const std::exception &e) {
        problem = QString::fromStdString(e.what());
        return std::nullopt;
    }
    return c;
}

void PretrainDialog::revalidate()
{
    if (m_running)
        return;
    QString problem;
    const auto c = config(&problem);
    m_problem = problem;
    const QString out = m_ui.outputEdit->text().trimmed();
    m_ui.lrEdit->setStyleSheet(problem.contains(tr("learning rate")) ? QStringLiteral("border: 1px solid #c62828;")
                                                                     : QString());
    if (!problem.isEmpty())
        m_ui.validationLabel->setText(errorHtml(problem));
    else if (QFileInfo(out).isFile() && QFileInfo(out).absoluteFilePath() != m_written)
        m_ui.validationLabel->setText(tr("%1 exists and will be replaced when the pretraining finishes")
                                          .arg(QFileInfo(out).fileName())
                                          .toHtmlEscaped());
    else
        m_ui.validationLabel->clear();
    updateEnabled();
}

void PretrainDialog::updateEnabled()
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui.modelCombo, m_ui.datasetCombo, m_ui.epochsSpin, m_ui.lrEdit,
                                                        m_ui.trainLimitSpin, m_ui.inputSizeSpin, m_ui.outputEdit,
                                                        m_ui.browseOutputButton})
        w->setEnabled(!m_running);
    m_ui.startButton->setEnabled(!m_running && m_problem.isEmpty());
    m_ui.startButton->setVisible(!m_running);
    m_ui.cancelButton->setVisible(m_running);
    m_ui.cancelButton->setEnabled(m_running && !m_stop.stop_requested());
    m_ui.useButton->setEnabled(!m_running && !m_written.isEmpty());
    if (!m_written.isEmpty() && !m_running)
        m_ui.useButton->setDefault(true);
}

void PretrainDialog::start()
{
    if (m_running)
        return;
    QString problem;
    const auto c = config(&problem);
    if (!c) {
        revalidate();
        return;
    }
    const QString out = QFileInfo(m_ui.outputEdit->text().trimmed()).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(out).absolutePath())) {
        fail(tr("%1: cannot create the folder").arg(QFileInfo(out).absolutePath()));
        return;
    }
    m_running = true;
    m_stop = std::stop_source();
    m_written.clear();
    m_progress.reset();
    m_maxEpochs = c->head.epochs;
    m_startedModel = QString::fromStdString(c->model.name);
    m_startedSize = c->model.inputSize;
    m_bestAccuracy = -1;
    m_clock.invalidate();
    m_firstBatch = -1;
    m_epochsDone = 0;
    m_epochSeconds = 0;
    m_ui.epochTable->clear();
    m_ui.resultLabel->clear();
    m_ui.validationLabel->clear();
    m_ui.progressBar->setRange(0, 0); // loading the data: no fraction to show yet
    m_ui.progressLabel->setText(tr("Loading %1…").arg(m_ui.datasetCombo->currentText()));
    updateEnabled();

    auto *job = new PretrainJob(*c, out, m_stop, m_pool);
    connect(job, &PretrainJob::phaseStarted, this, [this](int maxEpochs) {
        m_maxEpochs = maxEpochs;
        m_ui.progressBar->setRange(0, 1000);
        m_ui.progressBar->setValue(0);
        m_ui.progressLabel->setText(tr("Epoch 1 of %1").arg(maxEpochs));
    });
    connect(job, &PretrainJob::batchProgressed, this, [this](const mw::core::BatchProgress &progress) {
        m_progress = progress;
        if (!m_redraw.isActive())
            m_redraw.start();
    });
    connect(job, &PretrainJob::epochFinished, this, &PretrainDialog::addEpoch);
    connect(job, &PretrainJob::finished, this, &PretrainDialog::finish);
    connect(job, &PretrainJob::failed, this, &PretrainDialog::fail);
    m_pool->start(job);
}

void PretrainDialog::cancel()
{
    if (!m_running || m_stop.stop_requested())
        return;
    m_stop.request_stop();
    m_ui.progressLabel->setText(tr("Stopping within a batch…"));
    updateEnabled();
}

void PretrainDialog::reject()
{
    if (!m_running) {
        QDialog::reject();
        return;
    }
    if (m_closeQuestion) {
        m_closeQuestion->raise();
        return;
    }
    // Not blocking: the job keeps reporting to this dialog while the question is open.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Stop pretraining?"),
                                tr("%1 is still pretraining on %2. Stop it and close? Nothing is written.")
                                    .arg(m_ui.modelCombo->currentText(), m_ui.datasetCombo->currentText()),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("pretrainCloseQuestion"));
    m_closeQuestion = box;
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int answer) {
        if (answer != QMessageBox::Yes)
            return;
        cancel();
        QDialog::reject();
    });
    box->open();
}


void PretrainDialog::showProgress()
{
    if (!m_running || !m_progress || m_stop.stop_requested())
        return;
    const mw::core::BatchProgress &p = *m_progress;
    const int maxEpochs = std::max(1, m_maxEpochs);
    const double done = (std::max(0, p.epoch - 1) + (p.batches > 0 ? double(p.batch) / p.batches : 0)) / maxEpochs;
    m_ui.progressBar->setRange(0, 1000);
    m_ui.progressBar->setValue(int(std::lround(1000 * std::clamp(done, 0.0, 1.0))));
    QString text = tr("Epoch %1 of %2, batch %3 of %4, running accuracy %5")
                       .arg(p.epoch)
                       .arg(maxEpochs)
                       .arg(p.batch)
                       .arg(p.batches)
                       .arg(Format::percent(p.accuracy));
    // An epoch's time: measured (with its validation) once one finished, else from the batches' pace since the first
    // report, which leaves out the start-up (loading, the first slow batches).
    const qint64 batchIndex = qint64(std::max(0, p.epoch - 1)) * p.batches + p.batch;
    if (!m_clock.isValid() || m_firstBatch < 0) {
        m_clock.start();
        m_firstBatch = batchIndex;
    }
    double epochSeconds = 0;
    if (m_epochsDone > 0)
        epochSeconds = m_epochSeconds / m_epochsDone;
    else if (batchIndex - m_firstBatch >= 5 && m_clock.elapsed() > 1000)
        epochSeconds = m_clock.elapsed() / 1000.0 / double(batchIndex - m_firstBatch) * p.batches;
    if (epochSeconds > 0)
        text += tr("; about %1 left (less if it stops early)").arg(Format::duration(epochSeconds * (1 - done) * maxEpochs));
    m_ui.progressLabel->setText(text);
}

void PretrainDialog::addEpoch(const mw::core::EpochMetrics &m)
{
    auto *item = new QTreeWidgetItem(m_ui.epochTable);
    item->setText(0, QLocale().toString(m.epoch));
    item->setText(1, Format::percent(m.trainAccuracy));
    item->setText(2, Format::percent(m.valAccuracy));
    item->setText(3, Format::duration(m.seconds));
    for (int c = 0; c < 4; ++c)
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    if (m.valAccuracy > m_bestAccuracy) {
        // The best epoch's weights are the ones written: only its row is bold.
        m_bestAccuracy = m.valAccuracy;
        for (int i = 0; i < m_ui.epochTable->topLevelItemCount(); ++i) {
            QTreeWidgetItem *row = m_ui.epochTable->topLevelItem(i);
            for (int c = 0; c < 4; ++c) {
                QFont font = row->font(c);
                font.setBold(row == item);
                row->setFont(c, font);
            }
        }
    }
    m_ui.epochTable->scrollToItem(item);
    m_epochSeconds += m.seconds;
    ++m_epochsDone;
}

void PretrainDialog::finish(const mw::core::RunResult &result, const QString &file)
{
    m_running = false;
    m_redraw.stop();
    const mw::core::PhaseSummary *phase = result.phase(mw::core::PhaseName::Train);
    const int epochs = phase ? phase->epochs : int(result.epochs.size());
    if (result.cancelled) {
        m_ui.progressBar->setRange(0, 1000);
        m_ui.progressLabel->setText(tr("Cancelled after %n epoch(s); nothing was written.", nullptr, epochs));
        revalidate();
        Q_EMIT ended();
        return;
    }
    m_written = file;
    m_writtenModel = m_startedModel;
    m_writtenSize = m_startedSize;
    m_ui.progressBar->setRange(0, 1000);
    m_ui.progressBar->setValue(1000);
    m_ui.progressLabel->setText(tr("Finished: %n epoch(s) in %1.", nullptr, epochs).arg(Format::duration(result.secondsTotal)));
    QString text = tr("Backbone weights written to <b>%1</b>").arg(file.toHtmlEscaped());
    if (result.testAccuracy)
        text += tr(", test accuracy on %1 %2").arg(QString::fromStdString(result.dataset).toHtmlEscaped(),
                                                  Format::percent(*result.testAccuracy));
    if (phase && phase->bestEpoch > 0 && phase->bestEpoch <= int(result.epochs.size()))
        text += tr(" (epoch %1, validation accuracy %2)")
                    .arg(phase->bestEpoch)
                    .arg(Format::percent(result.epochs[std::size_t(phase->bestEpoch - 1)].valAccuracy));
    text += QStringLiteral(".");
    for (const auto &warning : result.warnings)
        text += QStringLiteral("<br>") + errorHtml(QString::fromStdString(warning));
    m_ui.resultLabel->setText(text);
    revalidate();
    Q_EMIT ended();
}

void PretrainDialog::fail(const QString &message)
{
    m_running = false;
    m_redraw.stop();
    m_ui.progressBar->setRange(0, 1000);
    m_ui.progressBar->setValue(0);
    m_ui.progressLabel->clear();
    revalidate();
    m_ui.validationLabel->setText(errorHtml(message));
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Pretraining failed"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("pretrainErrorDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT ended();
}

void PretrainDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui.retranslateUi(this);
        revalidate();
    }
    QDialog::changeEvent(event);
}

} // namespace mw::app
