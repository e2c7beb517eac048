#pragma once

#include "Story.h"
#include "StoryReader.h"

#include <QStringList>
#include <QVariantList>

namespace sahel {

/// The editor's problems list: each message of the reader or of the map data with the fact (or region)
/// and field it is about, so picking one goes to that field.
namespace StoryProblems {

/// {text, path, factId, regionId, field}; resolution messages are "file:line:column: path: message" strings.
QVariantList list(const Story &story, const QList<StoryError> &errors, const QStringList &resolutionMessages);

} // namespace StoryProblems
} // namespace sahel
