#pragma once

#include "jobs/drawjobs.h"

#include <QAbstractListModel>
#include <QString>

#include <functional>
#include <vector>

namespace mw::app {

// The Draw page's models: runs from the run store and checkpoints the user loaded, in list order, each with its
// classifier once loaded. A row is ticked to show (and classify with) the model. Checked with
// QAbstractItemModelTester in tst_gui_draw.
class DrawModelList : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int kPathRole = Qt::UserRole;

    struct Entry {
        QString path; // run folder or checkpoint file: the key
        QString title;
        QString source;           // the run folder's name, or the loaded file's
        double testAccuracy = -1; // a run's; -1: not tested
        bool fromRunStore = false;
        bool ticked = false;
        bool loading = false;
        QString error;
        ClassifierPtr classifier;
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const std::vector<Entry> &entries() const { return m_entries; }
    const Entry *find(const QString &path) const;
    // A new row at the end; ticking it (ticked) tells tickedChanged() like a click does.
    void add(const QString &path, const QString &title, const QString &source, bool fromRunStore, bool ticked,
             double testAccuracy = -1);
    // Changes one entry and tells the views; false when no entry has the path.
    bool update(const QString &path, const std::function<void(Entry &)> &change);
    void setTicked(const QString &path, bool ticked); // as a click on its check box does
    // Run store entries whose folder is not among `folders` leave the list; returns their paths.
    QStringList removeRunsNotIn(const QStringList &folders);

    struct Counts {
        int ticked = 0;
        int ready = 0;   // ticked and loaded
        int loading = 0; // ticked and loading
    };
    Counts tickedCounts() const;

    QString subtitle(const Entry &entry) const; // "test 98.12 % · run folder", "loaded from a file", ...
    QString pendingNote(const Entry &entry) const; // what its bars say until it classifies
    void retranslate(); // the rows' words, in the language now installed

Q_SIGNALS:
    void tickedChanged(const QString &path, bool ticked);

private:
    std::vector<Entry> m_entries;
};

} // namespace mw::app
