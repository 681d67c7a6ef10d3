#include "pages/drawpage.h"

#include "data/catalog.h"
#include "widgets/drawingcanvas.h"
#include "widgets/probabilitybars.h"

#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QPainter>
#include <QShortcut>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace mw::app {
namespace {

constexpr int kAutoTicked = 6; // runs ticked on their own; more would slow every stroke down
constexpr int kPathRole = Qt::UserRole;
constexpr int kStepView = 112;

// Interactive work must not queue behind training jobs that hold every pool thread for hours, so it gets a thread
// of its own from the pool (the pool goes above its limit for it, and takes the thread back afterwards).
void startNow(QThreadPool *pool, QRunnable *job)
{
    pool->reserveThread();
    pool->startOnReservedThread(job);
}

QImage toQImage(const mw::core::GreyImage &grey)
{
    QImage image(grey.width, grey.height, QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height; ++y)
        std::memcpy(image.scanLine(y), grey.pixels.data() + std::size_t(y) * grey.width, std::size_t(grey.width));
    return image;
}

// Pixels stay visible as squares: students should see the 28x28 grid.
QPixmap pixelated(const QImage &image, int box)
{
    if (image.isNull())
        return {};
    const int scale = std::max(1, box / std::max(image.width(), image.height()));
    return QPixmap::fromImage(image.scaled(image.size() * scale, Qt::KeepAspectRatio, Qt::FastTransformation));
}

QString sizeText(int w, int h) { return QStringLiteral("%1×%2").arg(w).arg(h); }

} // namespace

DrawPage::DrawPage(QThreadPool *pool, QWidget *parent) : QWidget(parent), m_pool(pool)
{
    m_ui.setupUi(this);
    m_ui.detachedPanel->hide();
    m_ui.messageLabel->hide();
    m_ui.brushValue->setNum(m_ui.brushSlider->value());
    m_ui.canvas->setBrushSize(m_ui.brushSlider->value());
    m_runFolder = QString::fromStdString((mw::core::appDataDir() / "runs").string());

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
    connect(m_ui.modelList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (ModelSlot *s = slot(item->data(kPathRole).toString()))
            setTicked(*s, item->checkState() == Qt::Checked);
    });
    connect(m_ui.modelList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        const ModelSlot *s = item ? slot(item->data(kPathRole).toString()) : nullptr;
        if (s && s->bars && s->classifier) {
            m_selectedByUser = true;
            selectModel(s->path);
        }
    });

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
    for (auto &s : m_models)
        showSlotTexts(*s);
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

// ---- models -------------------------------------------------------------------------------------------------------

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
    auto *job = new ListTrainedRunsJob(m_runFolder);
    connect(job, &ListTrainedRunsJob::listed, this, &DrawPage::applyRuns);
    startNow(m_pool, job);
}

DrawPage::ModelSlot *DrawPage::slot(const QString &path)
{
    for (auto &s : m_models)
        if (s->path == path)
            return s.get();
    return nullptr;
}

DrawPage::ModelSlot &DrawPage::addSlot(const QString &path, const QString &title, const QString &source,
                                       bool fromRunStore, bool ticked, double testAccuracy)
{
    auto owned = std::make_unique<ModelSlot>();
    ModelSlot &s = *owned;
    s.path = path;
    s.title = title;
    s.source = source;
    s.testAccuracy = testAccuracy;
    s.fromRunStore = fromRunStore;
    m_models.push_back(std::move(owned));
    const QSignalBlocker blocker(m_ui.modelList);
    s.item = new QListWidgetItem;
    showSlotTexts(s);
    s.item->setData(kPathRole, path);
    s.item->setToolTip(path);
    s.item->setFlags(s.item->flags() | Qt::ItemIsUserCheckable);
    s.item->setCheckState(Qt::Unchecked);
    m_ui.modelList->addItem(s.item);
    if (ticked) {
        s.item->setCheckState(Qt::Checked);
        setTicked(s, true);
    }
    return s;
}

void DrawPage::applyRuns(const std::vector<TrainedRun> &runs, const QStringList &problems)
{
    m_listing = false;
    m_listedOnce = true;
    // Runs deleted since the last listing leave the page.
    for (auto it = m_models.begin(); it != m_models.end();) {
        const bool listed = std::any_of(runs.begin(), runs.end(), [&](const TrainedRun &r) { return r.folder == (*it)->path; });
        if ((*it)->fromRunStore && !listed) {
            delete (*it)->bars;
            delete (*it)->item;
            if (m_selected == (*it)->path) {
                m_selected.clear();
                m_selectedByUser = false;
                clearSaliency();
            }
            it = m_models.erase(it);
        } else {
            ++it;
        }
    }
    int ticked = int(std::count_if(m_models.begin(), m_models.end(), [](const auto &s) { return s->bars != nullptr; }));
    for (const TrainedRun &run : runs) {
        if (slot(run.folder))
            continue;
        addSlot(run.folder, run.model, run.name, true, ticked < kAutoTicked, run.testAccuracy);
        ++ticked;
    }
    autoSelect();
    if (!problems.isEmpty())
        showMessage([list = problems.join(QStringLiteral("; "))] { return tr("Some runs could not be read: %1").arg(list); },
                    true);
    updateStatus();
    Q_EMIT runsListed(int(runs.size()));
}

QString DrawPage::subtitle(const ModelSlot &s) const
{
    if (s.fromRunStore) {
        const QString accuracy = s.testAccuracy >= 0 ? tr("test %1%").arg(100 * s.testAccuracy, 0, 'f', 2) : tr("not tested");
        return QStringLiteral("%1 · %2").arg(accuracy, s.source);
    }
    // Once it has loaded, the title is the model and the file's name joins the subtitle.
    const QString fromFile = tr("loaded from a file");
    return s.classifier ? QStringLiteral("%1 · %2").arg(s.source, fromFile) : fromFile;
}

QString DrawPage::pendingNote(const ModelSlot &s) const
{
    return s.error.isEmpty() ? tr("loading…") : tr("could not load");
}

void DrawPage::showSlotTexts(ModelSlot &s)
{
    const QString sub = subtitle(s);
    {
        const QSignalBlocker blocker(m_ui.modelList);
        s.item->setText(QStringLiteral("%1 — %2").arg(s.title, sub));
    }
    if (!s.bars)
        return;
    s.bars->setTitle(s.title, sub);
    if (!s.classifier)
        s.bars->clearPrediction(pendingNote(s));
}

bool DrawPage::addModel(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (ModelSlot *existing = slot(absolute)) {
        existing->item->setCheckState(Qt::Checked); // loads it when it was not ticked
        return false;
    }
    // A run's checkpoint is named after its folder; any other file after itself.
    const QFileInfo info(absolute);
    const QString title = info.isDir() || info.fileName() == QLatin1String("best.safetensors")
                              ? (info.isDir() ? info.fileName() : info.dir().dirName())
                              : info.fileName();
    addSlot(absolute, title, title, false, true);
    updateStatus();
    return true;
}

void DrawPage::setTicked(ModelSlot &s, bool ticked)
{
    if (ticked == (s.bars != nullptr))
        return;
    if (!ticked) {
        delete s.bars;
        s.bars = nullptr;
        if (m_selected == s.path) {
            m_selected.clear();
            m_selectedByUser = false;
            clearSaliency();
            autoSelect();
        }
        requestClassification();
        updateStatus();
        return;
    }
    int position = 0;
    for (auto &other : m_models) {
        if (other.get() == &s)
            break;
        if (other->bars)
            ++position;
    }
    s.bars = new ProbabilityBars(m_ui.barsContainer);
    showSlotTexts(s); // its title, and what it says until it classifies
    m_ui.barsLayout->insertWidget(position, s.bars);
    const QString path = s.path;
    connect(s.bars, &ProbabilityBars::clicked, this, [this, path] {
        m_selectedByUser = true;
        selectModel(path);
    });
    if (s.classifier) {
        autoSelect();
        requestClassification();
    } else if (s.error.isEmpty() && !s.loading) {
        loadModels({s.path});
    }
    if (m_selected == s.path)
        s.bars->setSelected(true);
    updateStatus();
}

void DrawPage::loadModels(const QStringList &paths)
{
    for (const QString &path : paths)
        if (ModelSlot *s = slot(path))
            s->loading = true;
    auto *job = new LoadClassifiersJob(paths);
    connect(job, &LoadClassifiersJob::loaded, this, [this](const QString &path, const ClassifierPtr &classifier) {
        ModelSlot *s = slot(path);
        if (!s)
            return;
        s->loading = false;
        s->classifier = classifier;
        if (!s->fromRunStore) // now the model is known
            s->title = QString::fromStdString(classifier->model());
        showSlotTexts(*s);
        if (s->bars) {
            s->bars->clearPrediction();
            autoSelect();
            requestClassification();
        }
        updateStatus();
        Q_EMIT modelReady(path, true);
    });
    connect(job, &LoadClassifiersJob::failed, this, [this](const QString &path, const QString &message) {
        if (ModelSlot *s = slot(path)) {
            s->loading = false;
            s->error = message;
            s->item->setToolTip(message);
            showSlotTexts(*s);
        }
        showMessage(message, true);
        updateStatus();
        Q_EMIT modelReady(path, false);
    });
    startNow(m_pool, job);
}

void DrawPage::autoSelect()
{
    if (m_selectedByUser && !m_selected.isEmpty())
        return;
    for (const auto &s : m_models)
        if (s->bars && s->classifier) {
            selectModel(s->path);
            return;
        }
}

void DrawPage::selectModel(const QString &path)
{
    if (m_selected == path)
        return;
    m_selected = path;
    for (auto &s : m_models)
        if (s->bars)
            s->bars->setSelected(s->path == path);
    clearSaliency();
    requestClassification(); // for the saliency and input of the newly selected model
}

std::vector<ProbabilityBars *> DrawPage::bars() const
{
    std::vector<ProbabilityBars *> out;
    for (const auto &s : m_models)
        if (s->bars)
            out.push_back(s->bars);
    return out;
}

// ---- the drawing --------------------------------------------------------------------------------------------------

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
        m_pending.reset();
        for (auto &s : m_models)
            if (s->bars && s->classifier)
                s->bars->clearPrediction();
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
    for (const auto &s : m_models) {
        if (!s->bars || !s->classifier)
            continue;
        if (s->path == m_selected)
            request.saliencyFor = int(request.classifiers.size());
        request.keys << s->path;
        request.classifiers.push_back(s->classifier);
    }
    if (request.classifiers.empty())
        return;
    if (m_inFlight) {
        m_pending = std::move(request); // replaces an older waiting drawing: it would be out of date anyway
        return;
    }
    startClassification(std::move(request));
}

void DrawPage::startClassification(ClassifyRequest request)
{
    m_inFlight = true;
    auto *job = new ClassifyJob(std::move(request));
    connect(job, &ClassifyJob::classified, this, &DrawPage::applyReply);
    startNow(m_pool, job);
}

void DrawPage::applyReply(const ClassifyReply &reply)
{
    m_inFlight = false;
    if (!reply.error.isEmpty()) {
        showMessage(reply.error, true);
    } else if (!m_steps.empty) { // the drawing may have been cleared meanwhile
        for (int i = 0; i < reply.keys.size(); ++i)
            if (ModelSlot *s = slot(reply.keys[i]); s && s->bars)
                s->bars->setProbabilities(reply.predictions[std::size_t(i)].probabilities);
        if (reply.saliencyFor >= 0 && reply.keys[reply.saliencyFor] == m_selected) {
            const auto &input = reply.input;
            QImage view(input.size, input.size, QImage::Format_Grayscale8);
            // Channel 0 back to grey levels, from the range the model's normalization gives black and white.
            const bool imagenet = reply.normalization == mw::core::Normalization::ImageNet;
            for (int y = 0; y < input.size; ++y)
                for (int x = 0; x < input.size; ++x) {
                    const float v = input.at(0, y, x);
                    const float grey = imagenet ? (v * 0.229f + 0.485f) * 255 : (v + 1) * 127.5f;
                    view.scanLine(y)[x] = std::uint8_t(std::clamp(std::lround(grey), 0L, 255L));
                }
            m_ui.modelView->setPixmap(pixelated(view, kStepView));
            const ModelSlot *s = slot(m_selected);
            m_input = {s ? s->title : QString(), input.size, imagenet};
            showInputCaption();
            showSaliency(reply.saliency);
        }
        if (reply.serial == m_serial && m_latencySerial != m_serial) {
            m_lastLatencyMs = double(m_changedAt.nsecsElapsed()) / 1e6;
            m_latencySerial = m_serial;
        }
        updateStatus();
        if (reply.serial == m_serial)
            Q_EMIT predictionsShown();
    }
    if (m_pending) {
        ClassifyRequest next = std::move(*m_pending);
        m_pending.reset();
        startClassification(std::move(next));
    }
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
                                        m_input.imagenet ? tr("ImageNet mean/std") : QStringLiteral("[−1, 1]")));
}

void DrawPage::clearSaliency()
{
    m_saliencyImage = QImage();
    m_ui.saliencyView->setPixmap({});
    m_ui.canvas->setOverlay({}, {});
}

void DrawPage::showSaliency(const std::vector<float> &saliency)
{
    if (!saliency.empty()) {
        // Heat from transparent over red to yellow. Gradients are never exactly zero, so the weakest sixth is left
        // out: otherwise the whole field glows and the pixels that matter do not stand out.
        m_saliencyImage = QImage(28, 28, QImage::Format_ARGB32);
        for (int y = 0; y < 28; ++y)
            for (int x = 0; x < 28; ++x) {
                const float s = std::clamp((saliency[std::size_t(y) * 28 + x] - 0.15f) / 0.85f, 0.f, 1.f);
                m_saliencyImage.setPixelColor(x, y, QColor(255, int(230 * s), 0, int(210 * std::pow(s, 0.7f))));
            }
    }
    if (m_saliencyImage.isNull() || m_steps.empty)
        return;
    QImage composed = toQImage(m_steps.digit).convertToFormat(QImage::Format_ARGB32);
    {
        QPainter p(&composed);
        p.drawImage(0, 0, m_saliencyImage);
    }
    m_ui.saliencyView->setPixmap(pixelated(composed, kStepView));
    const ModelSlot *s = slot(m_selected);
    m_ui.saliencyCaption->setText(tr("Saliency\n%1").arg(s ? s->title : QString()));

    if (!m_ui.overlayCheck->isChecked()) {
        m_ui.canvas->setOverlay({}, {});
        return;
    }
    // Where the 28x28 field lies on the canvas: back through the centring shift and the 20x20 scaling.
    QRectF target(0, 0, DrawingCanvas::kResolution, DrawingCanvas::kResolution);
    if (m_ui.centreCheck->isChecked() && !m_steps.cropped.isNull()) {
        const double sx = double(m_steps.fitted.width) / m_steps.cropped.width;
        const double sy = double(m_steps.fitted.height) / m_steps.cropped.height;
        target = QRectF(m_steps.cropX - m_steps.offsetX / sx, m_steps.cropY - m_steps.offsetY / sy, 28 / sx, 28 / sy);
    }
    m_ui.canvas->setOverlay(m_saliencyImage, target);
}

// ---- files, messages, window --------------------------------------------------------------------------------------

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
    int ticked = 0, ready = 0, loading = 0;
    for (const auto &s : m_models) {
        if (!s->bars)
            continue;
        ++ticked;
        ready += s->classifier != nullptr;
        loading += s->loading;
    }
    QString text;
    if (m_models.empty())
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
