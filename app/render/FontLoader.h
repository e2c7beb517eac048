#pragma once

#include <QString>

namespace sahel {

/// Registers the bundled Open Sans so labels look the same on every machine and in every test.
class FontLoader
{
public:
    /// Idempotent; needs a QGuiApplication. Returns the family name to use.
    static QString ensureLoaded();
};

} // namespace sahel
