#pragma once
// Counts for showing a manifest (CLI `dataset inspect`, the GUI's dataset page).

#include "data/manifest.h"

#include <QJsonObject>
#include <QString>

#include <map>
#include <vector>

namespace nexvitad::data {

struct ClassSummary
{
    QString name;
    std::vector<std::pair<QString, int>> splits; // split name ("train/good", ...) -> images
    int images = 0;
    int masks = 0;
};

struct ManifestSummary
{
    std::vector<ClassSummary> classes;
    int images = 0;
    int trainGood = 0;
    int testGood = 0;
    int testDefect = 0;
    int masks = 0;
    std::map<QString, int> sizes; // "WxH" -> images
    int errors = 0;
    int warnings = 0;
    int notes = 0;
};

ManifestSummary summarize(const Manifest &manifest);
QJsonObject toJson(const ManifestSummary &summary);

} // namespace nexvitad::data
