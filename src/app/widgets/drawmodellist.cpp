#include "widgets/drawmodellist.h"

#include "format.h"

namespace mw::app {

int DrawModelList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant DrawModelList::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 — %2").arg(e.title, subtitle(e));
    case Qt::ToolTipRole:
        return e.error.isEmpty() ? e.path : e.error;
    case Qt::CheckStateRole:
        return e.ticked ? Qt::Checked : Qt::Unchecked;
    case kPathRole:
        return e.path;
    default:
        return {};
    }
}

bool DrawModelList::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setTicked(m_entries[std::size_t(index.row())].path, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags DrawModelList::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

const DrawModelList::Entry *DrawModelList::find(const QString &path) const
{
    for (const Entry &e : m_entries)
        if (e.path == path)
            return &e;
    return nullptr;
}

void DrawModelList::add(const QString &path, const QString &title, const QString &source, bool fromRunStore, bool ticked,
                        double testAccuracy)
{
    Entry entry;
    entry.path = path;
    entry.title = title;
    entry.source = source;
    entry.testAccuracy = testAccuracy;
    entry.fromRunStore = fromRunStore;
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(std::move(entry));
    endInsertRows();
    if (ticked)
        setTicked(path, true);
}

bool DrawModelList::update(const QString &path, const std::function<void(Entry &)> &change)
{
    for (std::size_t row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].path != path)
            continue;
        change(m_entries[row]);
        const QModelIndex at = index(int(row));
        Q_EMIT dataChanged(at, at);
        return true;
    }
    return false;
}

void DrawModelList::setTicked(const QString &path, bool ticked)
{
    const Entry *e = find(path);
    if (!e || e->ticked == ticked)
        return;
    update(path, [ticked](Entry &entry) { entry.ticked = ticked; });
    Q_EMIT tickedChanged(path, ticked);
}

QStringList DrawModelList::removeRunsNotIn(const QStringList &folders)
{
    QStringList removed;
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        const Entry &e = m_entries[std::size_t(row)];
        if (!e.fromRunStore || folders.contains(e.path))
            continue;
        removed.prepend(e.path);
        beginRemoveRows({}, row, row);
        m_entries.erase(m_entries.begin() + row);
        endRemoveRows();
    }
    return removed;
}

DrawModelList::Counts DrawModelList::tickedCounts() const
{
    Counts counts;
    for (const Entry &e : m_entries) {
        if (!e.ticked)
            continue;
        ++counts.ticked;
        counts.ready += e.classifier != nullptr;
        counts.loading += e.loading;
    }
    return counts;
}

QString DrawModelList::subtitle(const Entry &e) const
{
    if (e.fromRunStore) {
        const QString accuracy = e.testAccuracy >= 0 ? tr("test %1").arg(Format::percent(e.testAccuracy)) : tr("not tested");
        return QStringLiteral("%1 · %2").arg(accuracy, e.source);
    }
    // Once it has loaded, the title is the model and the file's name joins the subtitle.
    const QString fromFile = tr("loaded from a file");
    return e.classifier ? QStringLiteral("%1 · %2").arg(e.source, fromFile) : fromFile;
}

QString DrawModelList::pendingNote(const Entry &e) const
{
    return e.error.isEmpty() ? tr("loading…") : tr("could not load");
}

void DrawModelList::retranslate()
{
    if (!m_entries.empty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1), {Qt::DisplayRole});
}

} // namespace mw::app
