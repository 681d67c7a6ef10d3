#include "pages/drawpage.h"

#include "format.h"
#include "jobs/interactive.h"
#include "jobs/latestclassifier.h"
#include "training/runstore.h"
#include "widgets/digitimages.h"
#include "widgets/drawingcanvas.h"
#include "widgets/drawmodellist.h"
#include "widgets/probabilitybars.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QPainter>
#include <QShortcut>
#include <QThreadPool>

namespace mw::app {
namespace {

constexpr int kAutoTicked = 6; // runs ticked on their own; more would slow every stroke down
constexpr int kStepView = 112;

QString sizeText(int w, int h) { return QStringLiteral("%1×%2").arg(w).arg(h); }

} // namespace

DrawPage::DrawPage(QThreadPool *pool, QWidget *parent)
    : QWidget(parent), m_pool(pool), m_models(new DrawModelList(this)), m_classifier(new LatestClassifier(pool, this))
{
    m_ui.setupUi(this);
    m_ui.modelList->setModel(m_models);
    m_ui.detachedPanel->hide();
    m_ui.messageLabel->hide();
    m_ui.brushValue->setNum(m_ui.brushSlider->value());
    m_ui.canvas->setBrushSize(m_ui.brushSlider->value());
    m_runFolder = QString::fromStdString(mw::core::defaultRunsDir().string());

    connect(m_ui.canvas, &DrawingCanvas::changed, this, &DrawPage::drawingChanged);
    connect(m_ui.canvas, &DrawingCanvas::fileDropped, this, &DrawPage::openPicture);
    connect(m_ui.clearButton, &QPushButton::clicked, m_ui.canvas, &DrawingCanvas::clear);
    connect(m_ui.undoButton, &QPushButton::clicked, m_ui.canvas, &DrawingCanvas::undo);
    connect(m_ui.brushSlider, &QSlider::valueChanged, this, [this](int size) {
        m_ui.canvas->setBrushSize(size);
        m_ui.brushValue->setNum(size);
    });
    connect(m_ui.centreCheck, &QCheckBox::toggled, this, &DrawPage::drawingChanged);
    connect(m_ui.overlayCheck, &QCheckBox::toggled, this, [this] {
        if (m_saliencyImage.isNull())
            return;
        std::vector<float> none;
        showSaliency(none); // re-lays the overlay from m_saliencyImage
    });
    connect(m_ui.saveButton, &QPushButton::clicked, this, &DrawPage::chooseSaveFile);
    connect(m_ui.openPictureButton, &QPushButton::clicked, this, &DrawPage::choosePicture);
    connect(m_ui.loadCheckpointButton, &QPushButton::clicked, this, &DrawPage::chooseCheckpoint);
    connect(m_ui.refreshButton, &QPushButton::clicked, this, &DrawPage::refreshRuns);
    connect(m_ui.detachButton, &QPushButton::clicked, this, [this] { setDetached(!isDetached()); });
    connect(m_ui.attachButton, &QPushButton::clicked, this, [this] { setDetached(false); });
    connect(m_models, &DrawModelList::tickedChanged, this, &DrawPage::setTicked);
    connect(m_ui.modelList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &at) {
        const auto *e = m_models->find(at.data(DrawModelList::kPathRole).toString());
        if (e && e->ticked && e->classifier) {
            m_selectedByUser = true;
            selectModel(e->path);
        }
    });
    connect(m_classifier, &LatestClassifier::classified, this, &DrawPage::applyReply);
    connect(m_classifier, &LatestClassifier::explained, this, &DrawPage::applyExplanation);

    // On the content, so they keep working in the detached window.
    m_clearShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), m_ui.content);
    m_clearShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_clearShortcut, &QShortcut::activated, m_ui.canvas, &DrawingCanvas::clear);
    m_undoShortcut = new QShortcut(QKeySequence::Undo, m_ui.content);
    m_undoShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_undoShortcut, &QShortcut::activated, m_ui.canvas, &DrawingCanvas::undo);

    retranslate();
}

void DrawPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui.retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void DrawPage::retranslate()
{
    // The shortcuts' names (the keyboard help lists them) are the buttons' that do the same.
    m_clearShortcut->setWhatsThis(m_ui.clearButton->text().remove(QLatin1Char('&')));
    m_undoShortcut->setWhatsThis(m_ui.undoButton->text().remove(QLatin1Char('&')));
    showSteps();
    if (!m_steps.empty) {
        if (m_input.size > 0)
            showInputCaption();
        if (!m_saliencyImage.isNull())
            showSaliency({}); // and its caption
    }
    m_models->retranslate();
    for (const auto &e : m_models->entries())
        showModelTexts(e.path);
    if (m_message)
        m_ui.messageLabel->setText(m_message());
    showDetachTexts();
    updateStatus();
}

DrawPage::~DrawPage()
{
    // The window is our child and holds the content; both go with us. Jobs still running report to nobody.
    if (m_window)
        m_window->removeEventFilter(this);
}

void DrawPage::setRunFolder(const QString &folder)
{
    m_runFolder = folder;
    refreshRuns();
}

void DrawPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshRuns(); // a run may have finished since the page was last seen
}

void DrawPage::refreshRuns()
{
    if (m_listing)
        return;
    m_listing = true;
    auto *job = new LoadRunsJob(m_runFolder, LoadRunsJob::Which::Trained);
    connect(job, &LoadRunsJob::finished, this, &DrawPage::applyRuns);
    startNow(m_pool, job);
}

void DrawPage::applyRuns(const std::vector<RunRecord> &runs, const QStringList &problems)
{
    m_listing = false;
    m_listedOnce = true;
    QStringList folders;
    for (const RunRecord &run : runs)
        folders << run.dir;
    // Runs deleted since the last listing leave the page.
    for (const QString &gone : m_models->removeRunsNotIn(folders)) {
        delete m_bars.take(gone);
        unselect(gone);
    }
    int ticked = int(m_bars.size());
    for (auto run = runs.rbegin(); run != runs.rend(); ++run) { // newest first (folder names start with the time)
        if (m_models->find(run->dir))
            continue;
        const auto &r = run->result;
        m_models->add(run->dir, QString::fromStdString(r.model.empty() ? r.config.model.name : r.model),
                      QFileInfo(run->dir).fileName(), true, ticked < kAutoTicked, r.testAccuracy.value_or(-1));
        ++ticked;
    }
    autoSelect();
    if (!problems.isEmpty())
        showMessage([list = problems.join(QStringLiteral("; "))] { return tr("Some runs could not be read: %1").arg(list); },
                    true);
    updateStatus();
    Q_EMIT runsListed(int(runs.size()));
}

void DrawPage::showModelTexts(const QString &path)
{
    const auto *e = m_models->find(path);
    ProbabilityBars *bars = m_bars.value(path);
    if (!e || !bars)
        return;
    bars->setTitle(e->title, m_models->subtitle(*e));
    if (!e->classifier)
        bars->clearPrediction(m_models->pendingNote(*e));
}

bool DrawPage::addModel(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_models->find(absolute)) {
        m_models->setTicked(absolute, true); // loads it when it was not ticked
        return false;
    }
    // A run's checkpoint is named after its folder; any other file after itself.
    const QFileInfo info(absolute);
    const QString title = info.isDir() || info.fileName() == QLatin1String("best.safetensors")
                              ? (info.isDir() ? info.fileName() : info.dir().dirName())
                              : info.fileName();
    m_models->add(absolute, title, title, false, true);
    updateStatus();
    return true;
}

void DrawPage::unselect(const QString &path)
{
    if (m_selected != path)
        return;
    m_selected.clear();
    m_selectedByUser = false;
    clearSaliency();
}

void DrawPage::setTicked(const QString &path, bool ticked)
{
    const auto *e = m_models->find(path);
    if (!e || ticked == m_bars.contains(path))
        return;
    if (!ticked) {
        delete m_bars.take(path);
        if (m_selected == path) {
            unselect(path);
            autoSelect();
        }
        requestClassification();
        updateStatus();
        return;
    }
    int position = 0; // among the bars, in list order
    for (const auto &other : m_models->entries()) {
        if (other.path == path)
            break;
        position += m_bars.contains(other.path);
    }
    auto *bars = new ProbabilityBars(m_ui.barsContainer);
    m_bars.insert(path, bars);
    showModelTexts(path);
    m_ui.barsLayout->insertWidget(position, bars);
    connect(bars, &ProbabilityBars::clicked, this, [this, path] {
        m_selectedByUser = true;
        selectModel(path);
    });
    if (e->classifier) {
        autoSelect();
        requestClassification();
    } else if (e->error.isEmpty() && !e->loading) {
        loadModels({path});
    }
    bars->setSelected(m_selected == path);
    updateStatus();
}

void DrawPage::loadModels(const QStringList &paths)
{
    for (const QString &path : paths)
        m_models->update(path, [](DrawModelList::Entry &e) { e.loading = true; });
    auto *job = new LoadClassifiersJob(paths);
    connect(job, &LoadClassifiersJob::loaded, this, &DrawPage::modelLoaded);
    connect(job, &LoadClassifiersJob::failed, this, &DrawPage::modelFailed);
    startNow(m_pool, job);
}

void DrawPage::modelLoaded(const QString &path, const ClassifierPtr &classifier)
{
    const bool known = m_models->update(path, [&](DrawModelList::Entry &e) {
        e.loading = false;
        e.classifier = classifier;
        if (!e.fromRunStore) // now the model is known
            e.title = QString::fromStdString(classifier->model());
    });
    if (!known)
        return;
    showModelTexts(path);
    if (ProbabilityBars *bars = m_bars.value(path)) {
        bars->clearPrediction();
        autoSelect();
        requestClassification();
    }
    updateStatus();
    Q_EMIT modelReady(path, true);
}

void DrawPage::modelFailed(const QString &path, const QString &message)
{
    m_models->update(path, [&](DrawModelList::Entry &e) {
        e.loading = false;
        e.error = message;
    });
    showModelTexts(path);
    showMessage(message, true);
    updateStatus();
    Q_EMIT modelReady(path, false);
}

void DrawPage::autoSelect()
{
    if (m_selectedByUser && !m_selected.isEmpty())
        return;
    for (const auto &e : m_models->entries())
        if (e.classifier && m_bars.contains(e.path)) {
            selectModel(e.path);
            return;
        }
}

void DrawPage::selectModel(const QString &path)
{
    if (m_selected == path)
        return;
    m_selected = path;
    for (auto it = m_bars.cbegin(); it != m_bars.cend(); ++it)
        it.value()->setSelected(it.key() == path);
    clearSaliency();
    requestClassification(); // for the saliency and input of the newly selected model
}

std::vector<ProbabilityBars *> DrawPage::bars() const
{
    std::vector<ProbabilityBars *> out;
    for (const auto &e : m_models->entries())
        if (ProbabilityBars *bars = m_bars.value(e.path))
            out.push_back(bars);
    return out;
}

void DrawPage::setCentring(bool centre) { m_ui.centreCheck->setChecked(centre); }

void DrawPage::drawingChanged()
{
    m_changedAt.start();
    ++m_serial;
    mw::core::PrepareOptions options;
    options.centre = m_ui.centreCheck->isChecked();
    m_steps = mw::core::prepareDigit(m_ui.canvas->ink(), options);
    showSteps();
    if (m_steps.empty) {
        m_classifier->dropPending();
        for (const auto &e : m_models->entries())
            if (ProbabilityBars *bars = m_bars.value(e.path); bars && e.classifier)
                bars->clearPrediction();
        clearSaliency();
        updateStatus();
        return;
    }
    requestClassification();
}

void DrawPage::requestClassification()
{
    if (m_steps.empty)
        return;
    ClassifyRequest request;
    request.serial = m_serial;
    request.digit = m_steps.digit.pixels;
    for (const auto &e : m_models->entries()) {
        if (!m_bars.contains(e.path) || !e.classifier)
            continue;
        if (e.path == m_selected)
            request.saliencyFor = int(request.classifiers.size());
        request.keys << e.path;
        request.classifiers.push_back(e.classifier);
    }
    if (!request.classifiers.empty())
        m_classifier->submit(std::move(request));
}

void DrawPage::applyReply(const ClassifyReply &reply)
{
    if (!reply.error.isEmpty()) {
        showMessage(reply.error, true);
        return;
    }
    if (m_steps.empty) // the drawing was cleared meanwhile
        return;
    for (int i = 0; i < reply.keys.size(); ++i)
        if (ProbabilityBars *bars = m_bars.value(reply.keys[i]))
            bars->setProbabilities(reply.predictions[std::size_t(i)].probabilities);
    if (reply.serial == m_serial && m_latencySerial != m_serial) {
        m_lastLatencyMs = double(m_changedAt.nsecsElapsed()) / 1e6;
        m_latencySerial = m_serial;
    }
    updateStatus();
    if (reply.serial == m_serial)
        Q_EMIT predictionsShown();
}

void DrawPage::applyExplanation(const ClassifyExplanation &explanation)
{
    if (m_steps.empty || explanation.key != m_selected)
        return;
    const mw::core::InputPreview &input = explanation.input;
    m_ui.modelView->setPixmap(pixelated(modelInputImage(input), kStepView));
    const auto *e = m_models->find(m_selected);
    m_input = {e ? e->title : QString(), input.size, input.normalization};
    showInputCaption();
    showSaliency(explanation.saliency);
}

void DrawPage::showSteps()
{
    const bool centred = m_ui.centreCheck->isChecked();
    if (m_steps.empty) {
        for (QLabel *view : {m_ui.croppedView, m_ui.fittedView, m_ui.digitView, m_ui.modelView, m_ui.saliencyView})
            view->setPixmap({});
        m_input = {};
        m_ui.croppedCaption->setText(tr("Cropped"));
        m_ui.fittedCaption->setText(tr("Fitted into 20×20"));
        m_ui.digitCaption->setText(centred ? tr("Centred 28×28") : tr("Scaled 28×28"));
        m_ui.modelCaption->setText(tr("Model's view"));
        m_ui.saliencyCaption->setText(tr("Saliency"));
        return;
    }
    const QImage cropped = toQImage(m_steps.cropped);
    m_ui.croppedView->setPixmap(QPixmap::fromImage(
        cropped.scaled(kStepView - 8, kStepView - 8, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    const QString unused = centred ? QString() : tr(" (not used)");
    m_ui.croppedCaption->setText(tr("Cropped%1\n%2").arg(unused, sizeText(m_steps.cropped.width, m_steps.cropped.height)));
    m_ui.fittedView->setPixmap(pixelated(toQImage(m_steps.fitted), 100));
    m_ui.fittedCaption->setText(
        tr("Fitted into 20×20%1\n%2").arg(unused, sizeText(m_steps.fitted.width, m_steps.fitted.height)));
    m_ui.digitView->setPixmap(pixelated(toQImage(m_steps.digit), kStepView));
    m_ui.digitCaption->setText(centred ? tr("Centred 28×28\n(centre of mass)") : tr("Scaled 28×28\n(not centred)"));
}

void DrawPage::showInputCaption()
{
    m_ui.modelCaption->setText(tr("%1's input\n%2×3, %3")
                                   .arg(m_input.model, sizeText(m_input.size, m_input.size),
                                        Format::normalization(m_input.normalization)));
}

void DrawPage::clearSaliency()
{
    m_saliencyImage = QImage();
    m_ui.saliencyView->setPixmap({});
    m_ui.canvas->setOverlay({}, {});
}

void DrawPage::showSaliency(const std::vector<float> &saliency)
{
    if (!saliency.empty())
        m_saliencyImage = saliencyHeat(saliency);
    if (m_saliencyImage.isNull() || m_steps.empty)
        return;
    QImage composed = toQImage(m_steps.digit).convertToFormat(QImage::Format_ARGB32);
    {
        QPainter p(&composed);
        p.drawImage(0, 0, m_saliencyImage);
    }
    m_ui.saliencyView->setPixmap(pixelated(composed, kStepView));
    const auto *selected = m_models->find(m_selected);
    m_ui.saliencyCaption->setText(tr("Saliency\n%1").arg(selected ? selected->title : QString()));

    if (!m_ui.overlayCheck->isChecked()) {
        m_ui.canvas->setOverlay({}, {});
        return;
    }
    m_ui.canvas->setOverlay(m_saliencyImage,
                            fieldOnCanvas(m_steps, m_ui.centreCheck->isChecked(), DrawingCanvas::kResolution));
}

void DrawPage::openPicture(const QString &file)
{
    auto *job = new DecodePictureJob(file);
    connect(job, &DecodePictureJob::decoded, this,
            [this](const QString &path, const mw::core::GreyImage &ink, bool inverted) {
                m_ui.canvas->setPicture(ink);
                const QString name = QFileInfo(path).fileName();
                if (m_steps.empty)
                    showMessage([name] { return tr("%1: no digit found (the picture is blank or has no contrast)").arg(name); },
                                true);
                else
                    showMessage([name, inverted] {
                        return inverted ? tr("%1: dark ink on a light background, inverted to MNIST's light on dark").arg(name)
                                        : tr("%1: opened").arg(name);
                    }, false);
                Q_EMIT pictureOpened(path, true);
            });
    connect(job, &DecodePictureJob::failed, this, [this](const QString &path, const QString &message) {
        showMessage(message, true);
        Q_EMIT pictureOpened(path, false);
    });
    startNow(m_pool, job);
}

bool DrawPage::saveDigit(const QString &file)
{
    if (m_steps.empty) {
        showMessage([] { return tr("Nothing to save: the canvas is empty."); }, true);
        return false;
    }
    if (!toQImage(m_steps.digit).save(file, "PNG")) {
        showMessage([file] { return tr("%1: cannot write the picture").arg(file); }, true);
        return false;
    }
    showMessage([file] { return tr("Saved the 28×28 digit to %1").arg(file); }, false);
    return true;
}

void DrawPage::chooseSaveFile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the 28×28 digit"), QStringLiteral("digit.png"),
                                                      tr("PNG pictures (*.png)"));
    if (!file.isEmpty())
        saveDigit(file);
}

void DrawPage::choosePicture()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open a picture of a digit"), {},
        tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.tga *.pgm *.ppm *.pnm *.psd);;All files (*)"));
    if (!file.isEmpty())
        openPicture(file);
}

void DrawPage::chooseCheckpoint()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Load a model checkpoint"), m_runFolder,
                                                      tr("Checkpoints (*.safetensors);;All files (*)"));
    if (!file.isEmpty())
        addModel(file);
}

void DrawPage::showMessage(const QString &text, bool error)
{
    showMessage([text] { return text; }, error);
}

void DrawPage::showMessage(const std::function<QString()> &text, bool error)
{
    m_message = text;
    const QString shown = text();
    m_ui.messageLabel->setText(shown);
    m_ui.messageLabel->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
    m_ui.messageLabel->setVisible(!shown.isEmpty());
}

void DrawPage::updateStatus()
{
    const auto [ticked, ready, loading] = m_models->tickedCounts();
    QString text;
    if (m_models->entries().empty())
        text = m_listedOnce ? tr("No trained models yet: train one on the Experiment page, or load a checkpoint.")
                            : tr("Looking for trained models…");
    else if (ticked == 0)
        text = tr("Tick a model below to see what it says.");
    else if (loading > 0)
        text = tr("Loading %n model(s)…", nullptr, loading);
    else if (m_steps.empty)
        text = tr("Draw a digit on the canvas, or drop a picture file onto it.");
    else if (m_lastLatencyMs >= 0)
        text = tr("%n model(s); the last prediction appeared %1 ms after the drawing changed.", nullptr, ready)
                   .arg(m_lastLatencyMs, 0, 'f', 1);
    m_ui.statusLabel->setText(text);
}

void DrawPage::setDetached(bool detached)
{
    if (detached == isDetached())
        return;
    if (detached) {
        m_window = new QWidget(this, Qt::Window);
        auto *layout = new QVBoxLayout(m_window);
        const QSize size = m_ui.content->size();
        m_ui.pageLayout->removeWidget(m_ui.content);
        layout->addWidget(m_ui.content);
        m_ui.content->show();
        m_window->installEventFilter(this);
        m_ui.detachedPanel->show();
        showDetachTexts();
        m_window->resize(size.expandedTo(QSize(1000, 640)));
        m_window->show();
        m_ui.canvas->setFocus();
    } else {
        m_window->removeEventFilter(this);
        m_window->layout()->removeWidget(m_ui.content);
        m_ui.pageLayout->addWidget(m_ui.content);
        m_ui.content->show();
        m_ui.detachedPanel->hide();
        m_window->hide();
        m_window->deleteLater();
        m_window = nullptr;
        showDetachTexts();
    }
}

void DrawPage::showDetachTexts()
{
    m_ui.detachButton->setText(isDetached() ? tr("Att&ach") : tr("&Detach"));
    if (m_window)
        m_window->setWindowTitle(tr("Draw a digit — MNIST Workbench"));
}

bool DrawPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close) {
        setDetached(false); // closing the window brings the board back instead of losing it
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace mw::app
