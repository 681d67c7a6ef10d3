#include "widgets/modeltree.h"

#include "jobs/enginejobs.h"
#include "models/registry.h"

#include <QLocale>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QThreadPool>

#include <algorithm>

namespace mw::app {
namespace {

enum Column { ColModel, ColInput, ColParameters, ColHeadPhase, ColDescription };
constexpr int kNameRole = Qt::UserRole;        // model name (child items)
constexpr int kMinSizeRole = Qt::UserRole + 1; // smallest input size the model takes
constexpr int kTitleRole = Qt::UserRole + 2;   // the model's name as shown, without the ImageNet mark
constexpr int kImageNetRole = Qt::UserRole + 3; // "entry (status)" of the ImageNet weights at hand, if any
constexpr int kTipRole = Qt::UserRole + 4;      // the model's tooltip without the ImageNet line

constexpr int kScriptDefaultSize = 32; // what the engine probes when no size is given
constexpr int kScriptMinimumSize = 8;  // the module decides what it takes; the probe before queueing finds out

// Only a backbone's input size is edited in place, with a spin box that knows the model's minimum.
class InputSizeDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != ColInput)
            return nullptr;
        auto *spin = new QSpinBox(parent);
        spin->setRange(index.data(kMinSizeRole).toInt(), 1024);
        spin->setSuffix(QStringLiteral(" px"));
        return spin;
    }
};

bool isBackbone(const QTreeWidgetItem *item) { return (item->flags() & Qt::ItemIsEditable) != 0; }

} // namespace

ModelTree::ModelTree(QWidget *parent) : QTreeWidget(parent)
{
    setItemDelegate(new InputSizeDelegate(this));
}

void ModelTree::fill()
{
    const QSignalBlocker blocker(this);
    clear();
    auto group = [this] {
        auto *item = new QTreeWidgetItem(this);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        item->setCheckState(ColModel, Qt::Unchecked);
        item->setFirstColumnSpanned(true);
        QFont bold = item->font(ColModel);
        bold.setBold(true);
        item->setFont(ColModel, bold);
        return item;
    };
    QTreeWidgetItem *backbones = group(); // titles and tooltips come from retranslate()
    QTreeWidgetItem *keras = group();
    QTreeWidgetItem *baselines = group();
    for (const auto &info : mw::core::modelRegistry()) {
        const bool backbone = info.kind == mw::core::ModelKind::Backbone;
        auto *item = new QTreeWidgetItem(!backbone ? baselines : info.kerasLayout ? keras : backbones);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
        if (backbone)
            flags |= Qt::ItemIsEditable;
        item->setFlags(flags);
        item->setData(ColModel, kNameRole, QString::fromStdString(info.name));
        item->setCheckState(ColModel, Qt::Unchecked);
        item->setData(ColInput, Qt::EditRole, info.defaultInputSize);
        item->setData(ColInput, kMinSizeRole, info.minimumInputSize);
        item->setText(ColParameters, QStringLiteral("…"));
        item->setText(ColHeadPhase, QStringLiteral("…"));
        for (int c : {ColInput, ColParameters, ColHeadPhase})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        const QString description = QString::fromStdString(info.description);
        item->setText(ColDescription, description);
        item->setToolTip(ColDescription, description);
        item->setData(ColModel, kTipRole, QStringLiteral("%1 (%2)").arg(description, QString::fromStdString(info.name)));
        showTitle(item, QString::fromStdString(info.displayName));
    }
    // Last among the backbones; its name and description are translated (retranslate).
    auto *script = new QTreeWidgetItem(backbones);
    script->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
    script->setData(ColModel, kNameRole, QString::fromLatin1(mw::core::kTorchScriptModel));
    script->setCheckState(ColModel, Qt::Unchecked);
    script->setData(ColInput, Qt::EditRole, kScriptDefaultSize);
    script->setData(ColInput, kMinSizeRole, kScriptMinimumSize);
    for (int c : {ColParameters, ColHeadPhase}) {
        script->setText(c, QStringLiteral("–"));
        script->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    script->setTextAlignment(ColInput, Qt::AlignRight | Qt::AlignVCenter);
    retranslate();
    expandAll();
    setCurrentItem(backbones->child(0)); // its description shows below the list
    for (int c : {ColModel, ColInput, ColParameters, ColHeadPhase})
        resizeColumnToContents(c);
    setColumnWidth(ColModel, std::max(columnWidth(ColModel), 150));
}

void ModelTree::retranslate()
{
    const QSignalBlocker blocker(this);
    QTreeWidgetItem *backbones = topLevelItem(0);
    QTreeWidgetItem *keras = topLevelItem(1);
    QTreeWidgetItem *baselines = topLevelItem(2);
    backbones->setText(ColModel, tr("Backbones (head phase, then fine-tuning)"));
    backbones->setToolTip(ColModel, tr("Pretrained (or randomly initialized) feature extractors with the tutorial's head"));
    keras->setText(ColModel, tr("As in the Keras tutorials (head phase, then fine-tuning)"));
    keras->setToolTip(ColModel, tr("Keras's own ResNet50, InceptionV3, MobileNet and VGG16, computing exactly what "
                                   "tf.keras computes, so the tutorials' Keras ImageNet weights (.h5) load into them. "
                                   "torchvision's networks differ: ResNet50 v1.5 strides, InceptionV3's BatchNorm and "
                                   "pooling, TensorFlow's padding"));
    baselines->setText(ColModel, tr("Baselines (from scratch, one phase)"));
    baselines->setToolTip(ColModel, tr("Small networks that learn MNIST from scratch"));
    QList<QTreeWidgetItem *> pretrained;
    for (QTreeWidgetItem *group : {backbones, keras})
        for (int i = 0; i < group->childCount(); ++i)
            pretrained << group->child(i);
    for (QTreeWidgetItem *item : std::as_const(pretrained)) {
        item->setToolTip(ColInput, tr("Input size in pixels (at least %1); double-click to change")
                                       .arg(item->data(ColInput, kMinSizeRole).toInt()));
        item->setToolTip(ColHeadPhase, tr("Parameters the head phase trains (the backbone is frozen)"));
        showTitle(item, item->data(ColModel, kTitleRole).toString()); // the ImageNet mark in the new language
    }
    for (int i = 0; i < baselines->childCount(); ++i) {
        baselines->child(i)->setToolTip(ColInput, tr("Baselines take the 28x28 digits as they are"));
        baselines->child(i)->setToolTip(ColHeadPhase, tr("A baseline trains all its parameters"));
    }
    if (QTreeWidgetItem *script = item(QLatin1String(mw::core::kTorchScriptModel))) {
        const QString description =
            tr("Your own module saved with torch.jit.save, as the backbone under the tutorial's head: its forward() "
               "takes [B, 3, N, N] images at the input size in this column and returns the features (their width is "
               "probed). Choose its file in TorchScript under Backbone weights; it brings its own weights.");
        script->setData(ColModel, kTipRole, QStringLiteral("%1 (%2)").arg(description, QLatin1String(mw::core::kTorchScriptModel)));
        showTitle(script, tr("Your TorchScript module"));
        script->setText(ColDescription, description);
        script->setToolTip(ColDescription, description);
        script->setToolTip(ColInput, tr("Input size in pixels the module is given; double-click to change"));
        script->setToolTip(ColParameters, tr("Counted when the module is checked, before its first run"));
    }
}

void ModelTree::countParameters(QThreadPool *pool)
{
    if (m_countsRequested)
        return;
    m_countsRequested = true;
    QStringList names;
    for (const auto &info : mw::core::modelRegistry())
        names << QString::fromStdString(info.name);
    auto *job = new ParameterCountJob(names);
    connect(job, &ParameterCountJob::counted, this, &ModelTree::setCounts);
    connect(job, &ParameterCountJob::done, this, [this] {
        resizeColumnToContents(ColParameters);
        resizeColumnToContents(ColHeadPhase);
    });
    pool->start(job);
}

void ModelTree::setCounts(const QString &model, qint64 total, qint64 headPhase)
{
    if (QTreeWidgetItem *row = item(model)) {
        const QSignalBlocker blocker(this);
        const QLocale locale;
        row->setText(ColParameters, total < 0 ? tr("?") : locale.toString(total));
        row->setText(ColHeadPhase, headPhase < 0 ? tr("?") : locale.toString(headPhase));
    }
}

QStringList ModelTree::models() const
{
    QStringList names;
    for (const QTreeWidgetItem *row : rows())
        if (const QString name = row->data(ColModel, kNameRole).toString(); !name.isEmpty())
            names << name;
    return names;
}

QList<ModelTree::Choice> ModelTree::checked() const
{
    QList<Choice> choices;
    for (const QTreeWidgetItem *row : rows()) {
        const QString name = row->data(ColModel, kNameRole).toString();
        if (name.isEmpty() || row->checkState(ColModel) != Qt::Checked)
            continue;
        const bool backbone = isBackbone(row);
        choices.append({name, row->data(ColModel, kTitleRole).toString(), backbone,
                        backbone ? row->data(ColInput, Qt::EditRole).toInt() : 0});
    }
    return choices;
}

QStringList ModelTree::checkedModels() const
{
    QStringList names;
    for (const Choice &choice : checked())
        names << choice.name;
    return names;
}

bool ModelTree::isChecked(const QString &model) const
{
    const QTreeWidgetItem *row = item(model);
    return row && row->checkState(ColModel) == Qt::Checked;
}

QString ModelTree::title(const QString &model) const
{
    const QTreeWidgetItem *row = item(model);
    return row ? row->data(ColModel, kTitleRole).toString() : QString();
}

void ModelTree::setImageNetWeights(const QString &model, const QString &entry, const QString &status)
{
    QTreeWidgetItem *row = item(model);
    if (!row)
        return;
    const QSignalBlocker blocker(this);
    row->setData(ColModel, kImageNetRole, entry.isEmpty() ? QString() : QStringLiteral("%1 (%2)").arg(entry, status));
    showTitle(row, row->data(ColModel, kTitleRole).toString());
}

bool ModelTree::hasImageNetMark(const QString &model) const
{
    const QTreeWidgetItem *row = item(model);
    return row && !row->data(ColModel, kImageNetRole).toString().isEmpty();
}

void ModelTree::showTitle(QTreeWidgetItem *row, const QString &title)
{
    row->setData(ColModel, kTitleRole, title);
    const QString weights = row->data(ColModel, kImageNetRole).toString();
    row->setText(ColModel, weights.isEmpty() ? title : tr("%1  ImageNet ✓").arg(title));
    QString tip = row->data(ColModel, kTipRole).toString();
    if (!weights.isEmpty())
        tip += QLatin1Char('\n') + tr("ImageNet weights at hand: %1").arg(weights);
    row->setToolTip(ColModel, tip);
}

bool ModelTree::setChecked(const QString &model, bool checked)
{
    QTreeWidgetItem *row = item(model);
    if (row)
        row->setCheckState(ColModel, checked ? Qt::Checked : Qt::Unchecked);
    return row != nullptr;
}

void ModelTree::setInputSize(const QString &model, int size)
{
    if (QTreeWidgetItem *row = item(model); row && isBackbone(row))
        row->setData(ColInput, Qt::EditRole, size);
}

int ModelTree::minimumInputSize(const QString &model) const
{
    const QTreeWidgetItem *row = item(model);
    return row ? row->data(ColInput, kMinSizeRole).toInt() : 0;
}

void ModelTree::setCurrentModel(const QString &model)
{
    if (QTreeWidgetItem *row = item(model))
        setCurrentItem(row);
}

QString ModelTree::currentDescription() const
{
    const QTreeWidgetItem *row = currentItem();
    if (!row || row->data(ColModel, kNameRole).toString().isEmpty())
        return {};
    return QStringLiteral("<b>%1</b> (<tt>%2</tt>): %3")
        .arg(row->data(ColModel, kTitleRole).toString().toHtmlEscaped(), row->data(ColModel, kNameRole).toString(),
             row->text(ColDescription).toHtmlEscaped());
}

QTreeWidgetItem *ModelTree::item(const QString &model) const
{
    for (QTreeWidgetItem *row : rows())
        if (row->data(ColModel, kNameRole).toString() == model)
            return row;
    return nullptr;
}

QList<QTreeWidgetItem *> ModelTree::rows() const
{
    QList<QTreeWidgetItem *> all;
    for (int g = 0; g < topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = topLevelItem(g);
        all << group;
        for (int i = 0; i < group->childCount(); ++i)
            all << group->child(i);
    }
    return all;
}

} // namespace mw::app
