#include "widgets/resultstablemodel.h"

#include "format.h"
#include "training/runstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace mw::app {
namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }

// Baselines train in one phase (Train); the table shows it where backbones show their head phase.
const mw::core::PhaseSummary *firstPhase(const mw::core::RunResult &r)
{
    if (const auto *head = r.phase(mw::core::PhaseName::Head))
        return head;
    return r.phase(mw::core::PhaseName::Train);
}

// The digits each epoch trained on, as the engine recorded them; 0 for a result.json written before it did.
int trainDigits(const RunRecord &record)
{
    return record.result.splitSizes ? record.result.splitSizes->train : 0;
}

int totalEpochs(const mw::core::RunResult &r)
{
    return std::accumulate(r.phases.begin(), r.phases.end(), 0, [](int sum, const auto &p) { return sum + p.epochs; });
}

double trainingSeconds(const mw::core::RunResult &r)
{
    return std::accumulate(r.phases.begin(), r.phases.end(), 0.0,
                           [](double sum, const auto &p) { return sum + p.seconds; });
}

QString formatP(double p)
{
    return p < 1e-4 ? QStringLiteral("< 0.0001") : QString::number(p, 'f', 4);
}

QString weightsName(const mw::core::RunResult &r)
{
    if (r.weightsSha256.empty())
        return qs(r.weightsSource);
    return QFileInfo(qs(r.weightsSource)).fileName();
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString number(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

QJsonValue jsonNumber(std::optional<double> value) { return value ? QJsonValue(*value) : QJsonValue(); }

} // namespace

int ResultsTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_runs.size()); }

int ResultsTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

int ResultsTableModel::testSize(const mw::core::RunResult &result)
{
    int n = 0;
    for (const auto &row : result.confusionMatrix)
        n += std::accumulate(row.begin(), row.end(), 0);
    return n;
}

std::optional<double> ResultsTableModel::imagesPerSecond(const RunRecord &record)
{
    const double seconds = trainingSeconds(record.result);
    const int epochs = totalEpochs(record.result);
    if (trainDigits(record) <= 0 || epochs <= 0 || seconds <= 0)
        return std::nullopt;
    return double(trainDigits(record)) * epochs / seconds;
}

int ResultsTableModel::rowOfDir(const QString &dir) const
{
    for (std::size_t i = 0; i < m_runs.size(); ++i)
        if (m_runs[i].dir == dir)
            return int(i);
    return -1;
}

QString ResultsTableModel::runLabel(int row) const
{
    const RunRecord &record = run(row);
    const QString model = qs(record.result.model);
    const bool shared = std::count_if(m_runs.begin(), m_runs.end(),
                                      [&](const RunRecord &r) { return r.result.model == record.result.model; }) > 1;
    if (!shared)
        return model;
    // The time its folder was made tells runs of one model apart.
    const QString name = QFileInfo(record.dir).fileName();
    if (const std::string time = mw::core::runDirTime(record.dir.toStdString()); !time.empty())
        return QStringLiteral("%1 %2").arg(model, qs(time));
    return QStringLiteral("%1 (%2)").arg(model, name.isEmpty() ? QString::number(row + 1) : name);
}

void ResultsTableModel::addRun(RunRecord record)
{
    // A resumed run that a stopped program had left in its .part folder replaces that row too.
    int existing = record.dir.isEmpty() ? -1 : rowOfDir(record.dir);
    if (existing < 0 && !record.dir.isEmpty())
        existing = rowOfDir(record.dir + QLatin1String(".part"));
    if (existing >= 0) {
        m_runs[std::size_t(existing)] = std::move(record);
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
    } else {
        const int row = int(m_runs.size());
        beginInsertRows({}, row, row);
        m_runs.push_back(std::move(record));
        endInsertRows();
    }
    refreshMcNemarColumn();
    // Labels of other runs of the same model gain their time.
    if (!m_runs.empty())
        Q_EMIT dataChanged(index(0, ModelColumn), index(rowCount() - 1, ModelColumn));
}

void ResultsTableModel::setRuns(std::vector<RunRecord> records)
{
    const QString reference = referenceDir();
    beginResetModel();
    m_runs = std::move(records);
    m_reference = reference.isEmpty() ? -1 : rowOfDir(reference);
    endResetModel();
}

void ResultsTableModel::removeRun(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    const QString reference = referenceDir();
    beginRemoveRows({}, row, row);
    m_runs.erase(m_runs.begin() + row);
    m_reference = reference.isEmpty() ? -1 : rowOfDir(reference);
    endRemoveRows();
    refreshMcNemarColumn();
}

void ResultsTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_runs.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ResultsTableModel::setReferenceDir(const QString &dir)
{
    m_reference = dir.isEmpty() ? -1 : rowOfDir(dir);
    refreshMcNemarColumn();
    Q_EMIT headerDataChanged(Qt::Horizontal, McNemarColumn, McNemarColumn);
}

QString ResultsTableModel::referenceDir() const
{
    return m_reference >= 0 && m_reference < rowCount() ? run(m_reference).dir : QString();
}

void ResultsTableModel::refreshMcNemarColumn()
{
    if (!m_runs.empty())
        Q_EMIT dataChanged(index(0, McNemarColumn), index(rowCount() - 1, McNemarColumn));
}

std::optional<mw::core::McNemarResult> ResultsTableModel::mcnemar(int row, QString *whyNot) const
{
    auto fail = [whyNot](const QString &reason) -> std::optional<mw::core::McNemarResult> {
        if (whyNot)
            *whyNot = reason;
        return std::nullopt;
    };
    if (m_reference < 0 || m_reference >= rowCount())
        return fail(tr("Choose a reference run above the table."));
    const auto &a = run(row).result;
    const auto &b = run(m_reference).result;
    const auto why = mw::core::whyNotComparable(a, b);
    if (!why)
        return mw::core::mcnemarTest(a.misclassified, b.misclassified);
    const QString first = qs(why->first), second = qs(why->second);
    using Reason = mw::core::NotComparable::Reason;
    switch (why->reason) {
    case Reason::NoTestResult:
        return fail(!a.testAccuracy ? tr("This run has no test result (it was cancelled).")
                                    : tr("The reference run has no test result (it was cancelled)."));
    case Reason::DifferentDataset:
        return fail(tr("Different datasets (%1 and %2): the test digits are not the same.").arg(first, second));
    case Reason::DifferentSplit:
        return fail(tr("Different splits (%1 and %2): the test digits are not the same.").arg(first, second));
    case Reason::DifferentTestSize:
        return fail(tr("Different test sizes (%1 and %2 digits).").arg(first, second));
    case Reason::DifferentCanvas:
        return fail(tr("Different shifted-digit canvases (%1 and %2; 0: not shifted): the test digits were not seen "
                       "the same way.").arg(first, second));
    case Reason::DifferentPositions:
        return fail(tr("Shifted digits placed by different seeds (%1 and %2): the test digits were not seen the same "
                       "way.").arg(first, second));
    }
    return fail(qs(why->message()));
}

QVariant ResultsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const RunRecord &record = run(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(record, index.row(), index.column());
    case SortRole: return sortValue(record, index.row(), index.column());
    case Qt::ToolTipRole: return toolTip(record, index.row(), index.column());
    case RunDirRole: return record.dir;
    case SweepRole: return record.sweep;
    case Qt::TextAlignmentRole:
        if (index.column() == ModelColumn || index.column() == WeightsColumn || index.column() == DeviceColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.row() == m_reference && index.column() == McNemarColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant ResultsTableModel::display(const RunRecord &record, int row, int column) const
{
    const auto &r = record.result;
    const QString na = tr("n/a");
    switch (column) {
    case ModelColumn: return runLabel(row);
    case WeightsColumn: return weightsName(r);
    case AccuracyColumn: return r.testAccuracy ? Format::percent(*r.testAccuracy) : na;
    case LossColumn: return r.testLoss ? QString::number(*r.testLoss, 'f', 4) : na;
    case EpochsColumn: {
        QStringList parts;
        for (const auto &p : r.phases)
            parts << QString::number(p.epochs);
        return parts.join(QStringLiteral(" + "));
    }
    case HeadTimeColumn: {
        const auto *p = firstPhase(r);
        return p ? Format::duration(p->seconds) : QStringLiteral("—");
    }
    case FinetuneTimeColumn: {
        const auto *p = r.phase(mw::core::PhaseName::Finetune);
        return p ? Format::duration(p->seconds) : QStringLiteral("—");
    }
    case TotalTimeColumn: return Format::duration(r.secondsTotal);
    case ImagesPerSecondColumn: {
        const auto ips = imagesPerSecond(record);
        return ips ? QLocale().toString(*ips, 'f', 0) : na;
    }
    case ParametersColumn: return QLocale().toString(qlonglong(r.parameters.total));
    case DeviceColumn:
        return r.device == "cpu" ? (r.threads == 1 ? tr("CPU, 1 thread") : tr("CPU, %1 threads").arg(r.threads)) : qs(r.device);
    case McNemarColumn: {
        if (row == m_reference)
            return tr("reference");
        const auto test = mcnemar(row);
        return test ? formatP(test->pValue) : na;
    }
    default: return {};
    }
}

QVariant ResultsTableModel::sortValue(const RunRecord &record, int row, int column) const
{
    const auto &r = record.result;
    auto orNone = [](std::optional<double> v) { return v ? QVariant(*v) : QVariant(); };
    switch (column) {
    case ModelColumn: return runLabel(row);
    case WeightsColumn: return weightsName(r);
    case AccuracyColumn: return orNone(r.testAccuracy);
    case LossColumn: return orNone(r.testLoss);
    case EpochsColumn: return totalEpochs(r);
    case HeadTimeColumn: {
        const auto *p = firstPhase(r);
        return p ? QVariant(p->seconds) : QVariant();
    }
    case FinetuneTimeColumn: {
        const auto *p = r.phase(mw::core::PhaseName::Finetune);
        return p ? QVariant(p->seconds) : QVariant();
    }
    case TotalTimeColumn: return r.secondsTotal;
    case ImagesPerSecondColumn: return orNone(imagesPerSecond(record));
    case ParametersColumn: return qlonglong(r.parameters.total);
    case DeviceColumn: return display(record, row, column);
    case McNemarColumn: {
        if (row == m_reference)
            return -1.0; // the reference sorts first when p ascends
        const auto test = mcnemar(row);
        return test ? QVariant(test->pValue) : QVariant();
    }
    default: return {};
    }
}

QVariant ResultsTableModel::toolTip(const RunRecord &record, int row, int column) const
{
    const auto &r = record.result;
    switch (column) {
    case ModelColumn: {
        QString tip = tr("%1 on %2 (%3 split, seed %4)\n%5")
                          .arg(qs(r.model), qs(r.dataset), qs(r.split))
                          .arg(r.seed)
                          .arg(record.dir.isEmpty() ? tr("not saved in a run folder") : record.dir);
        if (r.cancelled)
            tip += QLatin1Char('\n') + tr("Cancelled: the weights are the best up to then.");
        for (const auto &w : r.warnings)
            tip += QLatin1Char('\n') + tr("Warning: %1").arg(qs(w));
        return tip;
    }
    case WeightsColumn:
        return r.weightsSha256.empty() ? qs(r.weightsSource)
                                       : tr("%1\nSHA-256 %2").arg(qs(r.weightsSource), qs(r.weightsSha256));
    case AccuracyColumn:
    case LossColumn:
        if (!r.testAccuracy)
            return tr("Cancelled before the test digits were evaluated.");
        return tr("On %1 test digits; %2 misclassified.").arg(testSize(r)).arg(r.misclassified.size());
    case EpochsColumn: {
        QStringList lines;
        for (const auto &p : r.phases) {
            const QString name = qs(toString(p.name));
            QString line = (p.epochs == 1 ? tr("%1: 1 epoch").arg(name) : tr("%1: %2 epochs").arg(name).arg(p.epochs));
            if (p.bestEpoch > 0)
                line += tr(", kept the weights of epoch %1").arg(p.bestEpoch);
            if (!p.stopReason.empty())
                line += tr(", stopped by %1").arg(qs(p.stopReason));
            lines << line;
        }
        return lines.join(QLatin1Char('\n'));
    }
    case HeadTimeColumn:
        return r.phase(mw::core::PhaseName::Head) ? tr("Head phase, feature caching included")
                               : tr("Baselines train in one phase; this is its time.");
    case FinetuneTimeColumn: return tr("Fine-tuning phase");
    case TotalTimeColumn: return tr("Whole run: loading the data, building the model, all phases and the test evaluation");
    case ImagesPerSecondColumn:
        if (trainDigits(record) <= 0)
            return tr("Unknown: the run's result does not say how many digits it trained on (written by an older "
                      "version).");
        return tr("%1 training digits × %2 epochs / %3 s of training (all phases, feature caching included)")
            .arg(trainDigits(record))
            .arg(totalEpochs(r))
            .arg(trainingSeconds(r), 0, 'f', 1);
    case ParametersColumn:
        return tr("%1 in all; the head phase trains %2, fine-tuning %3")
            .arg(QLocale().toString(qlonglong(r.parameters.total)), QLocale().toString(qlonglong(r.parameters.trainableHead)),
                 QLocale().toString(qlonglong(r.parameters.trainableFinetune)));
    case DeviceColumn: return qs(r.device);
    case McNemarColumn: {
        if (row == m_reference)
            return tr("The other runs are compared with this one.");
        QString why;
        const auto test = mcnemar(row, &why);
        if (!test)
            return why;
        return tr("Exact McNemar test against %1: only this run wrong on %2 test digits, only the reference on %3; "
                  "two-sided p = %4. A small p (say below 0.05) means the two differ by more than chance on these digits.")
            .arg(runLabel(m_reference))
            .arg(test->onlyFirstWrong)
            .arg(test->onlySecondWrong)
            .arg(test->pValue, 0, 'g', 4);
    }
    default: return {};
    }
}

QVariant ResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ModelColumn: return tr("Model");
        case WeightsColumn: return tr("Weights");
        case AccuracyColumn: return tr("Test accuracy");
        case LossColumn: return tr("Test loss");
        case EpochsColumn: return tr("Epochs");
        case HeadTimeColumn: return tr("Head / train");
        case FinetuneTimeColumn: return tr("Fine-tune");
        case TotalTimeColumn: return tr("Total time");
        case ImagesPerSecondColumn: return tr("Images/s");
        case ParametersColumn: return tr("Parameters");
        case DeviceColumn: return tr("Device");
        case McNemarColumn: return tr("McNemar p");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case EpochsColumn: return tr("Epochs run per phase: head + fine-tune (baselines: one training phase)");
        case HeadTimeColumn: return tr("Seconds of the head phase (baselines: of their single training phase)");
        case ImagesPerSecondColumn:
            return tr("Training throughput: training digits × epochs of all phases / seconds of all phases. "
                      "The head phase on cached features is much faster than fine-tuning.");
        case McNemarColumn:
            return m_reference >= 0 ? tr("Exact McNemar test against %1 on the digits where the two disagree")
                                          .arg(runLabel(m_reference))
                                    : tr("Exact McNemar test against the reference run you choose");
        default: return {};
        }
    }
    return {};
}

QByteArray ResultsTableModel::toCsv(const std::vector<int> &rows) const
{
    QStringList lines;
    lines << QStringLiteral("model,weights,dataset,split,test_accuracy,test_loss,epochs_head,epochs_finetune,"
                            "epochs_train,seconds_head,seconds_finetune,seconds_train,seconds_total,train_digits,"
                            "images_per_second,parameters,device,threads,mcnemar_reference,mcnemar_p,run_dir");
    const QString reference = m_reference >= 0 ? runLabel(m_reference) : QString();
    for (int row : rows) {
        const RunRecord &record = run(row);
        const auto &r = record.result;
        QStringList f;
        f << csvField(qs(r.model)) << csvField(qs(r.weightsSource)) << csvField(qs(r.dataset)) << csvField(qs(r.split))
          << number(r.testAccuracy) << number(r.testLoss);
        using mw::core::PhaseName;
        for (const PhaseName name : {PhaseName::Head, PhaseName::Finetune, PhaseName::Train}) {
            const auto *p = r.phase(name);
            f << (p ? QString::number(p->epochs) : QString());
        }
        for (const PhaseName name : {PhaseName::Head, PhaseName::Finetune, PhaseName::Train}) {
            const auto *p = r.phase(name);
            f << (p ? number(p->seconds) : QString());
        }
        f << number(r.secondsTotal) << (trainDigits(record) > 0 ? QString::number(trainDigits(record)) : QString())
          << number(imagesPerSecond(record)) << QString::number(r.parameters.total) << csvField(qs(r.device))
          << QString::number(r.threads);
        const auto test = row == m_reference ? std::nullopt : mcnemar(row);
        f << csvField(reference) << (test ? number(test->pValue) : QString()) << csvField(record.dir);
        lines << f.join(QLatin1Char(','));
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QByteArray ResultsTableModel::toJson(const std::vector<int> &rows) const
{
    QJsonArray runs;
    for (int row : rows) {
        const RunRecord &record = run(row);
        const auto &r = record.result;
        QJsonObject epochs, seconds;
        for (const auto &p : r.phases) {
            epochs.insert(qs(toString(p.name)), p.epochs);
            seconds.insert(qs(toString(p.name)), p.seconds);
        }
        seconds.insert(QStringLiteral("total"), r.secondsTotal);
        QJsonObject o{{QStringLiteral("model"), qs(r.model)},
                      {QStringLiteral("label"), runLabel(row)},
                      {QStringLiteral("weights"), qs(r.weightsSource)},
                      {QStringLiteral("dataset"), qs(r.dataset)},
                      {QStringLiteral("split"), qs(r.split)},
                      {QStringLiteral("test_accuracy"), jsonNumber(r.testAccuracy)},
                      {QStringLiteral("test_loss"), jsonNumber(r.testLoss)},
                      {QStringLiteral("test_digits"), testSize(r)},
                      {QStringLiteral("misclassified"), int(r.misclassified.size())},
                      {QStringLiteral("epochs"), epochs},
                      {QStringLiteral("seconds"), seconds},
                      {QStringLiteral("train_digits"), trainDigits(record) > 0 ? QJsonValue(trainDigits(record)) : QJsonValue()},
                      {QStringLiteral("images_per_second"), jsonNumber(imagesPerSecond(record))},
                      {QStringLiteral("parameters"), double(r.parameters.total)},
                      {QStringLiteral("device"), qs(r.device)},
                      {QStringLiteral("threads"), r.threads},
                      {QStringLiteral("cancelled"), r.cancelled},
                      {QStringLiteral("run_dir"), record.dir}};
        if (m_reference >= 0 && row != m_reference) {
            QString why;
            const auto test = mcnemar(row, &why);
            QJsonObject m{{QStringLiteral("reference"), run(m_reference).dir}};
            if (test) {
                m.insert(QStringLiteral("p_value"), test->pValue);
                m.insert(QStringLiteral("only_this_wrong"), test->onlyFirstWrong);
                m.insert(QStringLiteral("only_reference_wrong"), test->onlySecondWrong);
            } else {
                m.insert(QStringLiteral("p_value"), QJsonValue());
                m.insert(QStringLiteral("not_comparable"), why);
            }
            o.insert(QStringLiteral("mcnemar"), m);
        }
        runs.append(o);
    }
    return QJsonDocument(runs).toJson(QJsonDocument::Indented);
}

} // namespace mw::app
