#!/usr/bin/python3
"""Our backbones against torchvision's, same threads, batch, input size and head.

    tests/bench/bench_torchvision.py --cli build/dev/src/cli/mnist-workbench-cli [--models resnet18,vgg16]
        [--batch-size 32] [--steps 10] [--threads N]

Runs `mnist-workbench-cli bench --model M` and the same measurement in Debian's python3-torch (torchvision model,
classifier replaced by the tutorial head 128-64-10, BatchNorm in eval mode during the training step as our fine-tune
phase runs it, Adam), then prints images/second for both and the ratio ours / PyTorch. Figures only: nothing is
asserted. mobilenet_v1 has no torchvision counterpart and is skipped.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import torch
import torchvision

SIZES = {"resnet18": 32, "resnet50": 32, "vgg16": 32, "mobilenet_v2": 32, "inception_v3": 75}


def head(width):
    return torch.nn.Sequential(
        torch.nn.Linear(width, 128), torch.nn.ReLU(), torch.nn.Dropout(0.2),
        torch.nn.Linear(128, 64), torch.nn.ReLU(), torch.nn.Dropout(0.2), torch.nn.Linear(64, 10))


def build(name):
    if name == "inception_v3":
        m = torchvision.models.inception_v3(weights=None, aux_logits=False, init_weights=False)
        m.fc = head(2048)
    elif name.startswith("resnet"):
        m = getattr(torchvision.models, name)(weights=None)
        m.fc = head(m.fc.in_features)
    elif name == "vgg16":
        class Vgg(torch.nn.Module):  # our VGG16 feature: global average pool of the conv part
            def __init__(self):
                super().__init__()
                self.features = torchvision.models.vgg16(weights=None).features
                self.head = head(512)

            def forward(self, x):
                return self.head(torch.flatten(torch.nn.functional.adaptive_avg_pool2d(self.features(x), 1), 1))
        m = Vgg()
    elif name == "mobilenet_v2":
        m = torchvision.models.mobilenet_v2(weights=None)
        m.classifier = head(1280)
    else:
        raise SystemExit(f"no torchvision counterpart for {name}")
    return m


def measure(step, batch, steps, warmup):
    for _ in range(warmup):
        step()
    start = time.perf_counter()
    for _ in range(steps):
        step()
    return batch * steps / (time.perf_counter() - start)


def torch_figures(name, batch, steps, warmup):
    torch.manual_seed(0)
    m = build(name)
    size = SIZES[name]
    x = torch.randn(batch, 3, size, size)
    y = torch.randint(0, 10, (batch,))
    m.eval()

    def infer():
        with torch.inference_mode():
            m(x)
    inference = measure(infer, batch, steps, warmup)
    m.train()
    for mod in m.modules():
        if isinstance(mod, torch.nn.modules.batchnorm._BatchNorm):
            mod.eval()
            for p in mod.parameters():
                p.requires_grad_(False)
    opt = torch.optim.Adam([p for p in m.parameters() if p.requires_grad], lr=1e-6)

    def train():
        opt.zero_grad()
        torch.nn.functional.cross_entropy(m(x), y).backward()
        opt.step()
    training = measure(train, batch, steps, warmup)
    return inference, training


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--models", default="resnet18,resnet50,mobilenet_v2,vgg16,inception_v3")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--steps", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    print(f"batch {args.batch_size}, {args.steps} steps, {args.threads} threads, torch {torch.__version__}")
    print(f"{'model':14s} {'ours inf/s':>11s} {'torch inf/s':>11s} {'ratio':>6s}   "
          f"{'ours train/s':>12s} {'torch train/s':>13s} {'ratio':>6s}")
    for name in args.models.split(","):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "bench.json")
            subprocess.run([args.cli, "bench", "--model", name, "--batch-size", str(args.batch_size),
                            "--steps", str(args.steps), "--device", "cpu", "--threads", str(args.threads),
                            "--json", out], check=True, stdout=subprocess.DEVNULL)
            ours = json.load(open(out))
        inf, tr = torch_figures(name, args.batch_size, args.steps, args.warmup)
        oi, ot = ours["inference_images_per_second"], ours["train_images_per_second"]
        print(f"{name:14s} {oi:11.1f} {inf:11.1f} {oi / inf:5.2f}x   {ot:12.1f} {tr:13.1f} {ot / tr:5.2f}x",
              flush=True)


if __name__ == "__main__":
    sys.exit(main())
