#!/usr/bin/python3
"""The cached training step of NexViTAD written in plain Python PyTorch (issue 22's peer).

`nexvitad-cli bench train` writes a step file (safetensors: the trainable model's
parameters and buffers, the frozen features of one joint-phase step, and the setup as JSON
metadata; core/train/step_bench.cpp) and runs this script on it:

  peer_train_step.py STEP_FILE --check                  prints {"loss": L}: the loss of the
                                                        first forward pass (training mode)
  peer_train_step.py STEP_FILE --threads N --warmup W --steps K
                                                        prints {"seconds": [...]}: K timed
                                                        steps (loss, backward, Adam)

The modules mirror core/model (adapters, DINOv2 projections, interleaving, UNet-like
segmentation heads, pseudo-labelling heads) and the losses mirror core/train/losses.cpp and
stepLossOnFeatures, written the way a PyTorch user would write them. Parameter names equal
LibTorch's, so the file's tensors load with load_state_dict. Needs only Debian's
python3-torch (no numpy, no safetensors package).
"""

import argparse
import json
import struct
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


def load_step_file(path):
    with open(path, "rb") as f:
        data = f.read()
    (header_len,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + header_len])
    base = 8 + header_len
    meta = header.pop("__metadata__", {})
    tensors = {}
    for name, info in header.items():
        assert info["dtype"] == "F32", name
        begin, end = info["data_offsets"]
        raw = bytearray(data[base + begin:base + end])
        tensors[name] = torch.frombuffer(raw, dtype=torch.float32).reshape(info["shape"])
    return tensors, meta


class Adapter(nn.Module):
    def __init__(self, channels, reduction):
        super().__init__()
        self.down = nn.Linear(channels, channels // reduction)
        self.up = nn.Linear(channels // reduction, channels)

    def forward(self, nchw):
        x = nchw.permute(0, 2, 3, 1)
        return (self.up(F.gelu(self.down(x))) + x).permute(0, 3, 1, 2)


class DinoProjection(nn.Module):
    def __init__(self, dino_channels, out_channels):
        super().__init__()
        self.linear = nn.Linear(dino_channels, out_channels)

    def forward(self, grid, h, w):
        projected = self.linear(grid.permute(0, 2, 3, 1)).permute(0, 3, 1, 2)
        return F.interpolate(projected, size=(h, w), mode="bilinear", align_corners=False)


class Encoder(nn.Module):
    def __init__(self, hiera_channels, dino_channels, reduction):
        super().__init__()
        for n, d in enumerate(hiera_channels, 1):
            setattr(self, f"adapter{n}", Adapter(d, reduction))
            setattr(self, f"projection{n}", DinoProjection(dino_channels, d))
        self.stages = len(hiera_channels)

    def forward(self, hiera, dino):
        features = []
        for n in range(self.stages):
            adapted = getattr(self, f"adapter{n + 1}")(hiera[n])
            projected = getattr(self, f"projection{n + 1}")(dino, hiera[n].shape[2],
                                                           hiera[n].shape[3])
            b, c, h, w = adapted.shape
            features.append(torch.stack([adapted, projected], 2).reshape(b, 2 * c, h, w))
        return features, adapted


class ConvBlock(nn.Module):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, padding=1, bias=False)
        self.norm = nn.BatchNorm2d(cout)

    def forward(self, x):
        return F.relu(self.norm(self.conv(x)))


def upsample(logits, size):
    if logits.shape[2] == size and logits.shape[3] == size:
        return logits
    return F.interpolate(logits, size=(size, size), mode="bilinear", align_corners=False)


class SegmentationHead(nn.Module):
    def __init__(self, feature_channels, widths):
        super().__init__()
        channels = feature_channels[3]
        for i, level in enumerate((2, 1, 0)):
            setattr(self, f"up{level + 1}", nn.ConvTranspose2d(channels, channels, 2, stride=2))
            setattr(self, f"block{level + 1}", ConvBlock(channels + feature_channels[level],
                                                         widths[i]))
            channels = widths[i]
        self.final = ConvBlock(channels, channels)
        self.logits = nn.Conv2d(channels, 2, 1)

    def forward(self, features, size):
        x = features[3]
        for level in (2, 1, 0):
            up = getattr(self, f"up{level + 1}")(x)
            x = getattr(self, f"block{level + 1}")(torch.cat([up, features[level]], 1))
        return upsample(self.logits(self.final(x)), size)


class PseudoHead(nn.Module):
    def __init__(self, channels, hidden):
        super().__init__()
        widths = list(hidden) + [2]
        self.count = len(widths)
        for i, w in enumerate(widths, 1):
            setattr(self, f"conv{i}", nn.Conv2d(channels, w, 1))
            channels = w

    def forward(self, x, size):
        for i in range(1, self.count + 1):
            x = getattr(self, f"conv{i}")(x)
            if i < self.count:
                x = F.relu(x)
        return upsample(x, size)


class Decoder(nn.Module):
    def __init__(self, s):
        super().__init__()
        fc = [2 * d for d in s["hiera_channels"]]
        widths = s["decoder_widths"]
        heads = s["source_classes"] if s["mtl"] else 1
        for i in range(heads):
            setattr(self, f"source_seg{i}", SegmentationHead(fc, widths))
        for j in range(s["target_classes"]):
            setattr(self, f"target_seg{j}", SegmentationHead(fc, widths))
            if s["pseudo_labels"]:
                setattr(self, f"target_pseudo{j}",
                        PseudoHead(s["hiera_channels"][3], s["pseudo_hidden"]))


class Model(nn.Module):
    def __init__(self, s):
        super().__init__()
        self.encoder = Encoder(s["hiera_channels"], s["dino_channels"], s["adapter_reduction"])
        self.decoder = Decoder(s)
        self.mtl = s["mtl"]

    def source_head(self, c):
        return getattr(self.decoder, f"source_seg{c if self.mtl else 0}")


def runs(classes):
    """[(begin, end, class)] of equal classes in an ascending list."""
    out = []
    for i, c in enumerate(classes):
        if out and out[-1][2] == c:
            out[-1][1] = i + 1
        else:
            out.append([i, i + 1, c])
    return out


def by_class(features, classes, head, size):
    parts = []
    for b, e, c in runs(classes):
        parts.append(head(c)([f[b:e] for f in features], size))
    return torch.cat(parts, 0)


def step_loss(model, s, t):
    size = s["image_size"]
    hiera = lambda p: [t[f"{p}.hiera{n}"] for n in range(1, 5)]
    features, adapted4 = model.encoder(hiera("input.source"), t["input.source.dino"])
    masks = t["input.source_masks"].long()
    source = F.cross_entropy(by_class(features, s["source_class_of_image"], model.source_head,
                                      size), masks)
    if s["pseudo_labels"]:
        pseudo = sum(F.cross_entropy(getattr(model.decoder, f"target_pseudo{j}")(adapted4, size),
                                     masks) for j in range(s["target_classes"]))
        source = source + pseudo / s["target_classes"]
    labels = t["input.pseudo_labels"].long()
    valid = labels != -100
    target_head = lambda j: getattr(model.decoder, f"target_seg{j}")
    classes = s["target_class_of_image"]

    plain, _ = model.encoder(hiera("input.target_plain"), t["input.target_plain.dino"])
    ce = F.cross_entropy(by_class(plain, classes, target_head, size), labels,
                         ignore_index=-100, reduction="sum") / valid.sum().float().clamp_min(1)

    augmented, _ = model.encoder(hiera("input.target_augmented"),
                                 t["input.target_augmented.dino"])
    prob = torch.softmax(by_class(augmented, classes, target_head, size), 1)[:, 1]
    back = []
    for i, a in enumerate(s["target_augmentations"]):
        p = prob[i]
        if a["flip"]:
            p = torch.flip(p, [-1])
        if a["rot90"]:
            p = torch.rot90(p, -a["rot90"], [-2, -1])
        back.append(p)
    mask = valid.float()  # geometric draws without scaling restore every pixel
    mse = (((torch.stack(back) - labels.clamp_min(0).float()) ** 2) * mask).sum() \
        / mask.sum().clamp_min(1)
    return source + s["lambda1"] * ce + s["lambda2"] * mse, (source.item(), ce.item(), mse.item())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("step_file")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--steps", type=int, default=5)
    args = ap.parse_args()
    if args.threads > 0:
        torch.set_num_threads(args.threads)
    tensors, meta = load_step_file(args.step_file)
    s = json.loads(meta["setup"])
    model = Model(s)
    state = {k: v for k, v in tensors.items() if not k.startswith("input.")}
    state = {k: (v.long() if k.endswith("num_batches_tracked") else v) for k, v in state.items()}
    model.load_state_dict(state, strict=True)
    model.train()
    inputs = {k: v for k, v in tensors.items() if k.startswith("input.")}

    if args.check:
        loss, _ = step_loss(model, s, inputs)
        print(json.dumps({"loss": loss.item()}))
        return 0

    adam = torch.optim.Adam(model.parameters(), lr=s["lr"],
                            betas=(s["adam_beta1"], s["adam_beta2"]), eps=s["adam_eps"],
                            weight_decay=s["weight_decay"])
    seconds = []
    for i in range(args.warmup + args.steps):
        start = time.perf_counter()
        adam.zero_grad(set_to_none=True)
        loss, _ = step_loss(model, s, inputs)
        loss.backward()
        adam.step()
        if i >= args.warmup:
            seconds.append(time.perf_counter() - start)
    print(json.dumps({"seconds": seconds, "threads": torch.get_num_threads()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
