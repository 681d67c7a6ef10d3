#!/usr/bin/python3
"""Our networks against PyTorch's, same threads, batch, input size and head: the backbones against torchvision's,
the from-scratch baselines against the same layers written here in PyTorch (mw::core baselines.cpp).

    tests/bench/bench_torchvision.py --cli build/dev/src/cli/mnist-workbench-cli [--models resnet18,vgg16]
        [--batch-size 32] [--steps 10] [--threads N] [--same-allocator]   (models: also mlp, dense32, smallcnn, cnn)

Runs `mnist-workbench-cli bench --model M` and the same measurement in Debian's python3-torch (torchvision model,
classifier replaced by the tutorial head 128-64-10, BatchNorm in eval mode during the training step as our fine-tune
phase runs it, Adam), then prints images/second for both and the ratio ours / PyTorch. Figures only: nothing is
asserted. mobilenet_v1 has no torchvision counterpart and is skipped.

Our programs keep freed memory for reuse (glibc malloc settings, mw::core::keepFreedMemoryForReuse); PyTorch as
installed does not. --same-allocator gives PyTorch the same settings (through glibc's MALLOC_* variables), so the
ratio shows what the rest of our code adds.
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

# glibc's environment spelling of what keepFreedMemoryForReuse sets with mallopt (src/core/runtime.cpp).
SAME_ALLOCATOR = {"MALLOC_MMAP_THRESHOLD_": str(32 << 20), "MALLOC_TRIM_THRESHOLD_": str(256 << 20),
                  "MALLOC_TOP_PAD_": str(64 << 20)}

SIZES = {"resnet18": 32, "resnet50": 32, "vgg16": 32, "mobilenet_v2": 32, "inception_v3": 75,
         "mlp": 28, "dense32": 28, "smallcnn": 28, "cnn": 28}


class Baseline(torch.nn.Module):
    """A from-scratch network as baselines.cpp builds it: the first of the three identical channels."""

    def __init__(self, body):
        super().__init__()
        self.body = body

    def forward(self, x):
        return self.body(x[:, :1])


def baseline(name):
    nn = torch.nn
    if name in ("mlp", "dense32"):
        widths = [784] + ([512, 256] if name == "mlp" else [32])
        layers = [nn.Flatten()]
        for a, b in zip(widths, widths[1:]):
            layers += [nn.Linear(a, b), nn.ReLU()]
        return Baseline(nn.Sequential(*layers, nn.Linear(widths[-1], 10)))
    if name == "smallcnn":  # 3x3 convs 32, 64, stride-1 max pooling, dense 128, dropout 0.5
        return Baseline(nn.Sequential(
            nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2, 1), nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2, 1),
            nn.Flatten(), nn.Linear(64 * 22 * 22, 128), nn.ReLU(), nn.Dropout(0.5), nn.Linear(128, 10)))
    if name == "cnn":  # LeNet-style: two blocks of two 3x3 convs with BatchNorm, pooling, dropout; dense 256
        # (as the tutorial writes it: ours pools before the second ReLU and runs its ReLUs in place, the same values)
        def block(i, o):
            return [nn.Conv2d(i, o, 3, padding=1, bias=False), nn.BatchNorm2d(o), nn.ReLU(),
                    nn.Conv2d(o, o, 3, padding=1, bias=False), nn.BatchNorm2d(o), nn.ReLU(), nn.MaxPool2d(2),
                    nn.Dropout(0.25)]
        return Baseline(nn.Sequential(*block(1, 32), *block(32, 64), nn.Flatten(),
                                      nn.Linear(64 * 7 * 7, 256, bias=False), nn.BatchNorm1d(256), nn.ReLU(),
                                      nn.Dropout(0.4), nn.Linear(256, 10)))
    return None


def head(width):
    return torch.nn.Sequential(
        torch.nn.Linear(width, 128), torch.nn.ReLU(), torch.nn.Dropout(0.2),
        torch.nn.Linear(128, 64), torch.nn.ReLU(), torch.nn.Dropout(0.2), torch.nn.Linear(64, 10))


def build(name):
    if (m := baseline(name)) is not None:
        return m
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
    ap.add_argument("--models", default="resnet18,resnet50,mobilenet_v2,vgg16,inception_v3,mlp,dense32,smallcnn,cnn")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--steps", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--same-allocator", action="store_true",
                    help="PyTorch with our malloc settings (restarts this script with glibc's MALLOC_* variables)")
    args = ap.parse_args()
    if args.same_allocator and any(os.environ.get(k) != v for k, v in SAME_ALLOCATOR.items()):
        os.execve(sys.executable, [sys.executable] + sys.argv, {**os.environ, **SAME_ALLOCATOR})
    torch.set_num_threads(args.threads)
    allocator = "PyTorch with our malloc settings" if args.same_allocator else "PyTorch's malloc as installed"
    print(f"batch {args.batch_size}, {args.steps} steps, {args.threads} threads, torch {torch.__version__}, {allocator}")
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
