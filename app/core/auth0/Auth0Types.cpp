#include "Auth0Types.h"

QStringList Action::secretNames() const
{
    QStringList names;
    names.reserve(secrets.size());
    for (const ActionSecret &secret : secrets)
        names << secret.name;
    return names;
}

std::optional<ActionDependency> Action::dependency(const QString &packageName) const
{
    for (const ActionDependency &d : dependencies) {
        if (d.name == packageName)
            return d;
    }
    return std::nullopt;
}
