#include "SecretsTableModel.h"

#include "Tones.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QSet>
#include <QStyle>

namespace {
QColor errorColor()
{
    return Tones::color(Tone::Bad);
}
QColor warningColor()
{
    return Tones::color(Tone::Caution);
}
} // namespace

SecretsTableModel::SecretsTableModel(SecretStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{ }

int SecretsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SecretsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SecretsTableModel::maskedValue()
{
    // A fixed width, so that the mask does not give the length away.
    return QString(8, QChar(0x2022));
}

QVariant SecretsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int r = index.row();
    const Row &row = m_rows.at(r);
    const State st = state(r);
    switch (role) {
    case NameRole:
        return row.name;
    case StateRole:
        return int(st);
    case CheckRole:
        return check(r).message;
    default:
        break;
    }

    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return row.name;
        if (role == Qt::ToolTipRole)
            return SecretRules::description(row.name);
        if (role == Qt::ForegroundRole && st == State::Error)
            return QBrush(errorColor());
        break;
    case ValueColumn:
        // Shown or hidden with the eye in the value field below the table: no bare
        // checkbox in the cell.
        if (role == Qt::DisplayRole) {
            if (!hasValue(r))
                return tr("not set");
            return row.revealed && !row.reading ? row.value : maskedValue();
        }
        if (role == Qt::ForegroundRole && !hasValue(r)
            && qobject_cast<QApplication *>(QCoreApplication::instance()))
            return QApplication::palette().brush(QPalette::PlaceholderText);
        if (role == Qt::ToolTipRole && hasValue(r))
            return row.revealed ? tr("Shown: hide it with the eye in the Value field")
                                : tr("Hidden: show it with the eye in the Value field");
        if (role == Qt::FontRole && !row.revealed && hasValue(r)) {
            QFont font;
            font.setLetterSpacing(QFont::AbsoluteSpacing, 1);
            return font;
        }
        break;
    case StatusColumn: {
        const SecretCheck c = check(r);
        if (role == Qt::DisplayRole)
            return statusText(r);
        if (role == Qt::ToolTipRole)
            return c.message.isEmpty() ? statusText(r) : c.message;
        if (role == Qt::ForegroundRole) {
            if (st == State::Error)
                return QBrush(errorColor());
            if (c.level == SecretCheck::Level::Warning)
                return QBrush(warningColor());
        }
        if (role == Qt::FontRole && (st == State::Changed || st == State::ToRemove)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::DecorationRole
            && qobject_cast<QApplication *>(QCoreApplication::instance())) {
            if (st == State::Error)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
            if (c.level == SecretCheck::Level::Warning)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        break;
    }
    default:
        break;
    }
    return {};
}

bool SecretsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Q_UNUSED(value);
    Q_UNUSED(role);
    return false;
}

Qt::ItemFlags SecretsTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant SecretsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void SecretsTableModel::clear()
{
    beginResetModel();
    ++m_generation;
    m_profile.clear();
    m_rows.clear();
    m_removedNames.clear();
    endResetModel();
}

void SecretsTableModel::setProfile(const QString &profile, const QStringList &storedNames)
{
    beginResetModel();
    ++m_generation;
    m_profile = profile;
    m_rows.clear();
    m_removedNames.clear();
    for (const QString &name : SecretRules::knownNames()) {
        Row row;
        row.name = name;
        row.known = true;
        if (storedNames.contains(name))
            row.storedName = name;
        m_rows << row;
    }
    for (const QString &name : storedNames) {
        if (SecretRules::isKnown(name))
            continue;
        Row row;
        row.name = name;
        row.storedName = name;
        m_rows << row;
    }
    endResetModel();
}

int SecretsTableModel::rowStoredAs(const QString &storedName) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).storedName == storedName)
            return r;
    }
    return -1;
}

// Reads the stored value of a row that needs it; the answer fills the row unless the user typed
// a value meanwhile, or the value is no longer needed (hidden and not renamed).
void SecretsTableModel::readStored(int r)
{
    Row &row = m_rows[r];
    if (!m_store || row.storedName.isEmpty() || row.edited || row.reading)
        return;
    row.reading = true;
    row.readFailed = false;
    ++m_reads;
    const QString storedName = row.storedName;
    const int generation = m_generation;
    SecretsJob *job = m_store->read(m_profile, {storedName});
    connect(job, &SecretsJob::finished, this, [this, job, storedName, generation] {
        const int at = generation == m_generation ? rowStoredAs(storedName) : -1;
        if (at < 0)
            return;
        Row &found = m_rows[at];
        found.reading = false;
        if (job->failed()) {
            found.readFailed = true;
            found.revealed = false;
            emitAllChanged();
            Q_EMIT readFailed(job->error());
            return;
        }
        const auto it = job->values().constFind(storedName);
        if (it == job->values().cend()) {
            // Listed in the profile but gone from the keychain: to be set again.
            found.storedName.clear();
        } else if (!found.edited && found.name != storedName) {
            found.value = *it; // renamed: written under the new name on save
            found.edited = true;
        } else if (!found.edited && found.revealed) {
            found.value = *it;
        }
        emitAllChanged();
    });
}

void SecretsTableModel::setDefaultRegion(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    emitAllChanged();
}

QString SecretsTableModel::name(int row) const
{
    return m_rows.value(row).name;
}

QString SecretsTableModel::value(int row) const
{
    return m_rows.value(row).value;
}

bool SecretsTableModel::hasValue(int r) const
{
    if (r < 0 || r >= m_rows.size())
        return false;
    const Row &row = m_rows.at(r);
    return row.edited ? !row.value.isEmpty() : !row.storedName.isEmpty();
}

bool SecretsTableModel::isValueInKeychain(int r) const
{
    if (r < 0 || r >= m_rows.size())
        return false;
    const Row &row = m_rows.at(r);
    return !row.storedName.isEmpty() && !row.edited && row.value.isEmpty();
}

bool SecretsTableModel::isKnown(int row) const
{
    return m_rows.value(row).known;
}

bool SecretsTableModel::isRevealed(int row) const
{
    return m_rows.value(row).revealed;
}

SecretCheck SecretsTableModel::check(int row) const
{
    return checkRow(row);
}

SecretCheck SecretsTableModel::checkRow(int r) const
{
    if (r < 0 || r >= m_rows.size())
        return SecretCheck::ok();
    const Row &row = m_rows.at(r);
    if (row.known && (!row.edited || row.value.isEmpty()))
        return SecretCheck::ok(); // stored (checked when it was saved), not set, or to be removed
    if (!row.known) {
        const SecretCheck nameCheck = SecretRules::checkName(row.name);
        if (!nameCheck.isOk())
            return nameCheck;
        for (int i = 0; i < m_rows.size(); ++i) {
            if (i != r && m_rows.at(i).name == row.name)
                return SecretCheck::error(
                    tr("Secret name \"%1\": already used; choose another name.").arg(row.name));
        }
        if (!row.edited && !row.storedName.isEmpty())
            return SecretCheck::ok(); // stored: checked when it was saved
    }
    return SecretRules::checkValue(row.name, row.value, m_region);
}

SecretsTableModel::State SecretsTableModel::state(int r) const
{
    if (r < 0 || r >= m_rows.size())
        return State::NotSet;
    const Row &row = m_rows.at(r);
    if (row.reading)
        return State::Loading;
    if (!checkRow(r).isOk())
        return State::Error;
    if (row.readFailed && !row.edited)
        return State::Unknown;
    if (row.known && !hasValue(r))
        return row.storedName.isEmpty() ? State::NotSet : State::ToRemove;
    if (row.edited || row.storedName.isEmpty() || row.name != row.storedName)
        return State::Changed;
    return State::Saved;
}

QString SecretsTableModel::statusText(int r) const
{
    switch (state(r)) {
    case State::Loading:
        return tr("Loading…");
    case State::Unknown:
        return tr("Unknown (keychain unavailable)");
    case State::NotSet:
        return tr("Not set");
    case State::Saved:
        return tr("Saved");
    case State::Changed:
        return tr("Changed");
    case State::ToRemove:
        return tr("Removed on save");
    case State::Error:
        return checkRow(r).message;
    }
    return {};
}

void SecretsTableModel::setName(int row, const QString &name)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).known || m_rows.at(row).name == name)
        return;
    Row &r = m_rows[row];
    r.name = name;
    if (!r.storedName.isEmpty() && name != r.storedName && !r.edited) {
        // The stored value is written under the new name on save: at hand when shown, else read.
        if (r.value.isEmpty())
            readStored(row);
        else
            r.edited = true;
    }
    emitAllChanged(); // duplicates elsewhere may come or go
}

void SecretsTableModel::setValue(int row, const QString &value)
{
    if (row < 0 || row >= m_rows.size() || (m_rows.at(row).edited && m_rows.at(row).value == value))
        return;
    Row &r = m_rows[row];
    if (value.isEmpty() && !r.storedName.isEmpty() && r.name == r.storedName) {
        // Erasing what was typed keeps the stored value (Clear Value removes it), hidden again.
        r.value.clear();
        r.edited = false;
        r.revealed = false;
    } else {
        r.value = value;
        r.edited = true;
    }
    emitAllChanged(); // the count of secrets may change
}

void SecretsTableModel::setRevealed(int row, bool revealed)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).revealed == revealed)
        return;
    Row &r = m_rows[row];
    r.revealed = revealed;
    if (revealed) {
        readStored(row);
    } else if (!r.edited) {
        r.value.clear(); // a stored value is held only while shown
        r.readFailed = false;
    }
    emitRowChanged(row);
}

int SecretsTableModel::secretCount() const
{
    int count = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (!m_rows.at(r).known || hasValue(r))
            ++count;
    }
    return count;
}

bool SecretsTableModel::canAddCustom() const
{
    return !m_profile.isEmpty() && SecretRules::checkCount(secretCount() + 1).isOk();
}

int SecretsTableModel::addCustom()
{
    QSet<QString> used;
    for (const Row &row : m_rows)
        used.insert(row.name);
    const QString base = QStringLiteral("NEW_SECRET");
    QString candidate = base;
    for (int i = 2; used.contains(candidate); ++i)
        candidate = base + QLatin1Char('_') + QString::number(i);
    Row row;
    row.name = candidate;
    const int at = int(m_rows.size());
    beginInsertRows(QModelIndex(), at, at);
    m_rows << row;
    endInsertRows();
    emitAllChanged();
    return at;
}

void SecretsTableModel::removeSecret(int r)
{
    if (r < 0 || r >= m_rows.size())
        return;
    Row &row = m_rows[r];
    if (row.known) {
        row.value.clear();
        row.edited = true;
        emitAllChanged();
        return;
    }
    if (!row.storedName.isEmpty())
        m_removedNames << row.storedName;
    beginRemoveRows(QModelIndex(), r, r);
    m_rows.removeAt(r);
    endRemoveRows();
    emitAllChanged();
}

bool SecretsTableModel::hasChanges() const
{
    if (!m_removedNames.isEmpty())
        return true;
    for (int r = 0; r < m_rows.size(); ++r) {
        const State st = state(r);
        if (st == State::Changed || st == State::ToRemove || st == State::Error)
            return true;
        if (m_rows.at(r).name != m_rows.at(r).storedName && !m_rows.at(r).storedName.isEmpty())
            return true; // renamed, its value being read
    }
    return false;
}

bool SecretsTableModel::hasErrors() const
{
    if (!SecretRules::checkCount(secretCount()).isOk())
        return true;
    for (int r = 0; r < m_rows.size(); ++r) {
        // A renamed secret whose value is still being read cannot be written yet.
        if (state(r) == State::Error || m_rows.at(r).reading)
            return true;
    }
    return false;
}

QMap<QString, QString> SecretsTableModel::changedValues() const
{
    QMap<QString, QString> values;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (state(r) == State::Changed)
            values.insert(m_rows.at(r).name, m_rows.at(r).value);
    }
    return values;
}

QStringList SecretsTableModel::removals() const
{
    QStringList names = m_removedNames;
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows.at(r);
        if (row.storedName.isEmpty())
            continue;
        if (state(r) == State::ToRemove || (!row.known && row.name != row.storedName))
            names << row.storedName;
    }
    // A name written again must not be removed after the write (apply removes last).
    const QMap<QString, QString> written = changedValues();
    QStringList result;
    for (const QString &name : std::as_const(names)) {
        if (!written.contains(name) && !result.contains(name))
            result << name;
    }
    return result;
}

void SecretsTableModel::markApplied(const QStringList &completed)
{
    const QMap<QString, QString> written = changedValues();
    const QStringList removed = removals();
    for (const QString &name : completed) {
        if (!written.contains(name))
            continue;
        for (Row &row : m_rows) {
            if (row.name == name) {
                row.storedName = name;
                row.edited = false;
                if (!row.revealed)
                    row.value.clear(); // in the keychain now, read again when shown
            }
        }
    }
    for (const QString &name : completed) {
        if (!removed.contains(name))
            continue;
        m_removedNames.removeAll(name);
        for (Row &row : m_rows) {
            if (row.storedName == name
                && (row.name != name || (row.edited && row.value.isEmpty()))) {
                row.storedName.clear();
                if (row.value.isEmpty())
                    row.edited = false; // a known secret cleared: not set now
            }
        }
    }
    emitAllChanged();
}

void SecretsTableModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SecretsTableModel::emitAllChanged()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}
