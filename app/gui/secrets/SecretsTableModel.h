#pragma once

#include <QAbstractTableModel>
#include <QMap>
#include <QString>
#include <QStringList>

#include "secrets/KeychainError.h"
#include "secrets/SecretRules.h"

class SecretStore;

// The secrets of one profile as the Secrets page shows and edits them: the known Twilio secrets
// always (set or not), then the profile's custom ones. Which are set comes from the profile's list
// of names; a value is read from the keychain only when it is needed (revealed, or to be written
// under a new name) and dropped once it is not (hidden, saved). Holds the user's unsaved edits, in
// memory only, and works out what Save has to write and remove.
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

    explicit SecretsTableModel(SecretStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // No profile: no rows.
    void clear();
    // Rows for the known secrets and the profile's custom ones; storedNames (the profile's secret
    // names) are the ones set in the keychain. No value is read.
    void setProfile(const QString &profile, const QStringList &storedNames);

    void setDefaultRegion(const QString &region);

    QString name(int row) const;
    // The value held: the user's edit, or the stored value while revealed; empty otherwise.
    QString value(int row) const;
    // Set: stored in the keychain or typed, and not cleared.
    bool hasValue(int row) const;
    // Stored, and its value not held (hidden, not edited).
    bool isValueInKeychain(int row) const;
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
    // Keychain reads the model started since it was made.
    int keychainReads() const { return m_reads; }

Q_SIGNALS:
    // A value could not be read from the keychain: the row is hidden again.
    void readFailed(const KeychainError &error);

private:
    struct Row
    {
        QString name;
        QString storedName; // name in the keychain; empty when not stored
        QString value; // the user's edit, or the stored value while revealed
        bool edited = false; // value is the user's, written on save
        bool known = false;
        bool revealed = false;
        bool reading = false; // the stored value is being read from the keychain
        bool readFailed = false;
    };

    void readStored(int row);
    int rowStoredAs(const QString &storedName) const;
    SecretCheck checkRow(int row) const;
    QString statusText(int row) const;
    void emitRowChanged(int row);
    void emitAllChanged();

    SecretStore *m_store;
    QString m_profile;
    int m_generation = 0; // a read started for another profile is ignored
    int m_reads = 0;
    QList<Row> m_rows;
    QStringList m_removedNames; // stored custom secrets deleted by the user
    QString m_region;
};
