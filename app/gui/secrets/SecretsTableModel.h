#pragma once

#include <QAbstractTableModel>
#include <QMap>
#include <QStringList>

#include "secrets/SecretRules.h"

// The secrets of one profile as the Secrets page shows and edits them: the known Twilio secrets
// always (set or not), then the profile's custom ones. Holds the values read from the keychain
// and the user's unsaved edits, in memory only, and works out what Save has to write and remove.
class SecretsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, StatusColumn, ColumnCount };
    enum class State { Loading, Unknown, NotSet, Saved, Changed, ToRemove, Error };
    enum Role {
        NameRole = Qt::UserRole + 1, // the current name
        StateRole, // State as int
        CheckRole, // the SecretCheck message of the row (error or warning), may be empty
    };

    explicit SecretsTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // No profile: no rows.
    void clear();
    // Rows for the known secrets and customNames, waiting for the keychain.
    void setLoading(const QStringList &customNames);
    // The keychain answered: values by name; names absent from values are not set.
    void setLoaded(const QMap<QString, QString> &values);
    // The keychain could not be read: keep the rows, state unknown.
    void setLoadFailed();

    void setDefaultRegion(const QString &region);

    QString name(int row) const;
    QString value(int row) const;
    bool isKnown(int row) const;
    bool isRevealed(int row) const;
    State state(int row) const;
    SecretCheck check(int row) const; // name and value checks of the row, the worst first

    void setName(int row, const QString &name);
    void setValue(int row, const QString &value);
    void setRevealed(int row, bool revealed);

    // Secrets that hold a value, custom rows included (for SecretRules::checkCount).
    int secretCount() const;
    bool canAddCustom() const;
    // Adds a custom secret with a fresh placeholder name; returns its row.
    int addCustom();
    // Deletes a custom row, or clears a known one (removed from the keychain on save).
    void removeSecret(int row);
    bool hasChanges() const;
    bool hasErrors() const;
    QMap<QString, QString> changedValues() const;
    QStringList removals() const;
    // After SecretStore::apply: names whose write or removal completed.
    void markApplied(const QStringList &completed);

    static QString maskedValue();

private:
    struct Row
    {
        QString name;
        QString storedName; // name in the keychain; empty when not stored
        QString storedValue;
        QString value;
        bool known = false;
        bool revealed = false;
    };

    bool isLoaded() const { return m_loaded; }
    SecretCheck checkRow(int row) const;
    QString statusText(int row) const;
    void emitRowChanged(int row);
    void emitAllChanged();

    QList<Row> m_rows;
    QStringList m_removedNames; // stored custom secrets deleted by the user
    QString m_region;
    bool m_loading = false;
    bool m_loaded = false;
};
