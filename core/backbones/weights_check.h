#pragma once
// Checks that a safetensors file holds exactly the parameters one backbone variant needs
// (timm key names and shapes). Used by `weights import`, by the registry after a download
// and by the loaders before they copy a single tensor, so a wrong file is refused with
// the names of the offending keys instead of failing somewhere inside a forward pass.

#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace nexvitad::io {
struct SafeTensorsHeader;
}

namespace nexvitad::backbones {

// Every architecture variant name we can build: the timm names
// (hiera_tiny_224 ... hiera_huge_224, vit_{small,base,large,giant2}_patch14_dinov2,
// vit_..._patch14_reg4_dinov2) and the tiny test variants (hiera_mini, hiera_mini_h2,
// dinov2_mini, dinov2_mini_reg4).
QStringList knownVariants();

// The parameter names and shapes a checkpoint of `variant` must contain, as timm names
// them (the checkpoint's own position grid: 56x56 for Hiera, 37x37 for DINOv2).
// Throws Error for an unknown variant.
QMap<QString, std::vector<qint64>> expectedParameters(const QString &variant);

// Keys a checkpoint may carry that we do not use (classification heads: Hiera's
// "head.fc.*", a ViT's "head.*"); they are neither required nor reported.
bool isIgnorableKey(const QString &variant, const QString &key);

struct KeyReport
{
    QStringList missing;     // expected, absent from the file
    QStringList unexpected;  // in the file, neither expected nor ignorable
    QStringList mismatched;  // "name: file [a, b] expected [c, d]"
    bool ok() const { return missing.isEmpty() && unexpected.isEmpty() && mismatched.isEmpty(); }
};

// Compares a parsed header with `variant`'s expected parameters.
KeyReport compareKeys(const io::SafeTensorsHeader &header, const QString &variant);

// Throws Error(path) listing the missing / unexpected / mismatched keys when `report` is
// not ok (shared by validateWeightsFile and the module loaders).
void throwIfBad(const KeyReport &report, const QString &variant, const QString &path);

// Opens (memory-maps) and validates `path` as a safetensors file, then checks its keys and
// shapes against `variant`. Throws nexvitad::Error naming the file on any problem.
void validateWeightsFile(const QString &path, const QString &variant);

} // namespace nexvitad::backbones
