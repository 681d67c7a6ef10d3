#!/usr/bin/python3
"""Writes the fuzz targets' seed corpora: small valid files of every format the engine reads, a few KB each.

Run with Debian's python3 (python3-torch and python3-pil, which python3-torchvision brings):
    /usr/bin/python3 tests/fuzz/make_corpus.py OUTDIR
OUTDIR/<target>/ gets the seeds of fuzz_<target> (idx, safetensors, torchfile, unpickler, picture, result_json,
resume_json, config_json, recipe, weights_catalog, sweep_json, progress_jsonl). The weights seeds use the parameter names and shapes of the
targets' TinyNet (fuzzweights.h: lin = Linear(4, 3), bn = BatchNorm1d(3)), so some inputs load all the way.
Nothing here is random: the same script writes the same files.
"""
import collections
import copy
import gzip
import io
import json
import os
import struct
import sys
import zipfile

import torch
from PIL import Image

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def writer(out, target):
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)

    def write(name, data):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
    return write


def idx(dims, payload):
    return bytes([0, 0, 8, len(dims)]) + b"".join(struct.pack(">I", d) for d in dims) + bytes(payload)


def digit(side=28):
    """A thick ring, a zero, as light ink on black."""
    c = (side - 1) / 2
    return [255 if 0.2 * side < ((x - c) ** 2 + (y - c) ** 2) ** 0.5 < 0.35 * side else 0
            for y in range(side) for x in range(side)]


def idx_seeds(write):
    labels = idx([10], range(10))
    images = idx([2, 28, 28], digit() * 2)
    small = idx([3, 4, 4], range(48))
    for name, data in [("labels", labels), ("images", images), ("small", small)]:
        write(name + ".idx", data)
        write(name + ".idx.gz", gzip.compress(data, mtime=0))
    write("images-two-members.idx.gz", gzip.compress(images[:800], mtime=0) + gzip.compress(images[800:], mtime=0))
    write("empty-images.idx", idx([0, 28, 28], []))


def tiny_state_dict():
    torch.manual_seed(0)
    sd = collections.OrderedDict()
    sd["lin.weight"] = torch.randn(3, 4)
    sd["lin.bias"] = torch.randn(3)
    sd["bn.weight"] = torch.rand(3) + 0.5
    sd["bn.bias"] = torch.randn(3)
    sd["bn.running_mean"] = torch.randn(3)
    sd["bn.running_var"] = torch.rand(3) + 0.5
    sd["bn.num_batches_tracked"] = torch.tensor(7)
    return sd


def safetensors(tensors, metadata=None):
    kinds = {torch.float32: "F32", torch.float16: "F16", torch.bfloat16: "BF16", torch.float64: "F64",
             torch.int64: "I64", torch.int32: "I32", torch.uint8: "U8", torch.bool: "BOOL"}
    header, blobs, offset = {}, [], 0
    if metadata:
        header["__metadata__"] = metadata
    for key, t in tensors.items():
        t = t.contiguous()
        raw = (t.view(torch.int16) if t.dtype == torch.bfloat16 else t).numpy().tobytes()
        header[key] = {"dtype": kinds[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    return struct.pack("<Q", len(text)) + text + b"".join(blobs)


def safetensors_seeds(write):
    sd = tiny_state_dict()
    write("tiny.safetensors", safetensors(sd, {"model": "tiny", "format": "pt"}))
    write("tiny-f16.safetensors", safetensors({k: v.half() if v.is_floating_point() else v for k, v in sd.items()}))
    write("tiny-bf16.safetensors", safetensors({k: v.bfloat16() if v.is_floating_point() else v for k, v in sd.items()}))
    write("kinds.safetensors", safetensors({
        "f64": torch.arange(3, dtype=torch.float64), "i32": torch.arange(4, dtype=torch.int32),
        "u8": torch.arange(5, dtype=torch.uint8), "flags": torch.tensor([True, False]),
        "scalar": torch.tensor(2.5), "empty": torch.zeros(0, 3)}))


def torch_save(obj, **options):
    buffer = io.BytesIO()
    torch.save(obj, buffer, **options)
    return buffer.getvalue()


def torch_files():
    """name -> torch.save bytes: the forms of state dict PyTorch writes and tst_weights reads."""
    sd = tiny_state_dict()
    shared = torch.arange(12, dtype=torch.float32)
    return {
        "state-dict.pth": torch_save(sd),
        "checkpoint.pth": torch_save({"state_dict": sd, "epoch": 3, "best": 0.91, "note": "seed"}),
        "model-key.pth": torch_save({"model": sd, "optimizer": {"lr": 0.1, "steps": [1, 2]}}),
        "half.pth": torch_save(collections.OrderedDict((k, v.half() if v.is_floating_point() else v)
                                                       for k, v in sd.items())),
        "views.pth": torch_save({"t": shared.view(3, 4).t(), "slice": shared[2:8:2], "whole": shared,
                                 "flags": torch.tensor([True, False, True]), "d": torch.arange(2.0).double()}),
        "protocol4.pth": torch_save(sd, pickle_protocol=4),
        "plain-dict.pth": torch_save(dict(sd)),
    }


def torchfile_seeds(write):
    for name, data in torch_files().items():
        write(name, data)
    write("legacy.pth", torch_save(tiny_state_dict(), _use_new_zipfile_serialization=False))


def unpickler_seeds(write):
    """The pickles alone: fuzz_unpickler wraps each in an archive whose storages 0 ... 9 hold 64 bytes each."""
    for name, data in torch_files().items():
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            pickle = next(n for n in archive.namelist() if n.endswith("/data.pkl"))
            storages = [n for n in archive.namelist() if "/data/" in n]
            assert all(archive.getinfo(n).file_size <= 64 for n in storages), name
            assert all(n.rsplit("/", 1)[1] in map(str, range(10)) for n in storages), name
            write(name.replace(".pth", ".pkl"), archive.read(pickle))


def picture_seeds(write):
    ink = Image.frombytes("L", (28, 28), bytes(digit()))
    paper = ink.point(lambda v: 255 - v)  # dark ink on white, as people draw
    small = paper.resize((12, 12))
    for name, image, fmt, options in [
            ("grey.png", small, "PNG", {}),
            ("rgba.png", small.convert("RGBA"), "PNG", {}),
            ("palette.png", small.convert("P"), "PNG", {}),
            ("interlaced.png", small.convert("RGB"), "PNG", {"interlace": 1}),
            ("grey16.png", small.convert("I;16"), "PNG", {}),
            ("grey.jpg", small, "JPEG", {"quality": 80}),
            ("colour.jpg", small.convert("RGB"), "JPEG", {"quality": 80}),
            ("progressive.jpg", small.convert("RGB"), "JPEG", {"quality": 80, "progressive": True}),
            ("digit.bmp", small.convert("RGB"), "BMP", {}),
            ("digit.tga", small, "TGA", {}),
            ("digit-rle.tga", small.convert("RGB"), "TGA", {"compression": "tga_rle"}),
            ("digit.pgm", small, "PPM", {}),
            ("digit.ppm", small.convert("RGB"), "PPM", {}),
            ("mnist-like.png", ink, "PNG", {})]:
        buffer = io.BytesIO()
        image.save(buffer, fmt, **options)
        write(name, buffer.getvalue())


def run_config():
    """A RunConfig as the engine writes it (toJson), for a small CNN run."""
    phase = {"batch_size": 0, "epochs": 4, "learning_rate": 0.0001, "momentum": 0.0, "nesterov": False,
             "optimizer": "adam", "patience": 10}
    return {
        "augment": {"enabled": False, "flip": False, "rotation": 10.0, "shear": 0.0, "shift": 0.1, "zoom": 0.1},
        "batch_size": 32, "channels_last": False, "dataset": "/data/digits", "device": "auto",
        "feature_cache": True, "finetune": dict(phase, epochs=2, learning_rate=1e-06, optimizer="sgd", momentum=0.9),
        "frozen_layers": 0, "head": phase,
        "model": {"head_dropout": 0.2, "head_hidden": [128, 64], "input_size": 28, "name": "cnn"},
        "normalization": "tutorial", "precision": "fp32", "seed": 0, "shift_canvas": 0, "split": "standard",
        "threads": 1, "train_limit": 0, "validation_size": 100, "weights": ""}


def run_result():
    """A result.json as the engine writes it, cut to two test digits."""
    epoch = {"best_epoch": 1, "epoch": 1, "improved": True, "phase": "train", "seconds": 2.07,
             "train_accuracy": 0.087, "train_loss": 2.416, "val_accuracy": 0.11, "val_loss": 2.325}
    matrix = [[(r + c) % 3 for c in range(10)] for r in range(10)]
    return {
        "boundary_epoch": 1, "cancelled": False, "config": run_config(), "confusion_matrix": matrix,
        "dataset": "digits", "device": "cpu",
        "epochs": [epoch, dict(epoch, epoch=2, improved=False, val_accuracy=0.1)],
        "format_version": 1, "misclassified": [0, 1], "misclassified_predicted": [3, 3], "model": "cnn",
        "parameters": {"total": 871082, "trainable_finetune": 0, "trainable_head": 871082},
        "phases": [{"best_epoch": 1, "epochs": 2, "name": "train", "seconds": 4.1, "stop_reason": "max_epochs"}],
        "seconds_total": 4.2, "seed": 0, "split": "standard",
        "split_sizes": {"test": 100, "train": 900, "validation": 100},
        "test_accuracy": 0.13, "test_details": [
            {"index": 82, "label": 2, "loss": 2.65, "predicted": 3, "probabilities": [0.1] * 10},
            {"index": 7, "label": 9, "loss": 2.1, "predicted": 9, "probabilities": [0.05] * 9 + [0.55]}],
        "test_loss": 2.3, "threads": 1, "warnings": [], "weights_source": "random init"}


def json_seeds(out):
    result = run_result()
    write = writer(out, "result_json")
    write("result.json", json.dumps(result, indent=1))
    old = {k: v for k, v in result.items() if k not in ("split_sizes", "test_details", "misclassified_predicted")}
    old["epochs"] = [{k: v for k, v in e.items() if k not in ("improved", "best_epoch")} for e in result["epochs"]]
    write("result-older.json", json.dumps(old))
    # Findings stay in the seeds, so that the replay in CI fails if one comes back: a confusion-matrix count past
    # INT_MAX (fuzz_result_json, read as a wrapped negative count that could not be written back).
    matrix = [row[:] for row in result["confusion_matrix"]]
    matrix[3][5] = 11111111112
    write("finding-count-past-int-max.json", json.dumps(dict(result, confusion_matrix=matrix)))

    write = writer(out, "resume_json")
    meta = {"best_accuracy": 0.11, "best_epoch": 1, "best_local": 1, "config": run_config(), "epoch": 2,
            "last_accuracy": -1.0, "phase": "train", "phase_epoch": 2, "phase_seconds": 4.4,
            "result": dict(result, cancelled=True, test_details=[], misclassified=[], misclassified_predicted=[]),
            "run_seconds": 4.41, "shuffle": "5489 1 2 3 312", "stop_reason": "", "version": 1}
    write("resume.json", json.dumps(meta, indent=1))
    write("resume-finetune.json", json.dumps(dict(meta, phase="finetune", phase_epoch=1, last_accuracy=0.11,
                                                  stop_reason="patience")))

    write = writer(out, "config_json")
    write("config.json", json.dumps(run_config(), indent=1))
    write("partial.json", json.dumps({"model": {"name": "resnet18", "input_size": 32}, "head": {"epochs": 1}}))
    augmented = dict(run_config(), augment={"enabled": True, "flip": True, "rotation": 15.0, "shear": 5.0,
                                            "shift": 0.2, "zoom": 0.2})
    write("augmented.json", json.dumps(augmented))

    write = writer(out, "recipe")
    recipes = os.path.join(ROOT, "resources", "recipes")
    for name in sorted(os.listdir(recipes)):
        if name.endswith(".json"):
            with open(os.path.join(recipes, name), "rb") as f:
                write(name, f.read())

    write = writer(out, "weights_catalog")
    with open(os.path.join(ROOT, "resources", "weights", "catalog.json"), "rb") as f:
        shipped = json.load(f)
    write("shipped.json", json.dumps(shipped, indent=1))
    for i, entry in enumerate(shipped["entries"][:3]):
        write("entry%d.json" % i, json.dumps({"entries": [entry]}))


def sweep_seeds(out):
    """sweep.json as the engine writes it (two axes, a recipe patch), slurm.json, and progress.jsonl files."""
    config = run_config()
    axes = [{"setting": "head.learning_rate", "keys": ["head.learning_rate"], "values": [0.001, 0.01]},
            {"setting": "patience", "keys": ["head.patience", "finetune.patience"], "values": [0, 5]}]
    trials = []
    for i, (lr, patience) in enumerate([(0.001, 0), (0.001, 5), (0.01, 0), (0.01, 5)]):
        trial = copy.deepcopy(config)
        trial["head"]["learning_rate"] = lr
        trial["head"]["patience"] = trial["finetune"]["patience"] = patience
        trials.append({"index": i, "name": "trial-%03d" % i, "values": [lr, patience], "config": trial})
    sweep = {"format": 1, "base": {"head": {"epochs": 4}}, "models_config": {"cnn": {"batch_size": 32}},
             "overrides": {"dataset": "/data/digits", "model": {"name": "cnn"}}, "recipe": "", "axes": axes,
             "random": 0, "seed": 0, "trials": trials}
    write = writer(out, "sweep_json")
    write("sweep.json", json.dumps(sweep, indent=1))
    drawn = [dict(trials[2], index=0, name="trial-000"), dict(trials[1], index=1, name="trial-001")]
    write("sweep-random.json", json.dumps(dict(sweep, random=2, seed=7, trials=drawn)))
    write("slurm.json", json.dumps({"settings": {
        "account": "lab", "cli": "/opt/mw/bin/mnist-workbench-cli", "cpus": 4, "extra_lines": ["--qos=short"],
        "gpus": 1, "memory": "8G", "parallel": 2, "partition": "gpu", "time": "01:00:00"},
        "submissions": [{"job_id": "123", "trials": [0, 1, 2, 3]}]}, indent=1))

    write = writer(out, "progress_jsonl")
    epoch = {"best_epoch": 1, "epoch": 1, "improved": True, "phase": "head", "seconds": 2.07,
             "train_accuracy": 0.087, "train_loss": 2.416, "val_accuracy": 0.11, "val_loss": 2.325}
    lines = [{"event": "phase", "phase": "head", "max_epochs": 3}, dict(epoch, event="epoch"),
             dict(epoch, event="epoch", epoch=2, val_accuracy=0.2, best_epoch=2),
             {"event": "resumed", "epoch": 1}, dict(epoch, event="epoch", epoch=2, val_accuracy=0.21, best_epoch=2),
             {"event": "phase", "phase": "finetune", "max_epochs": 2},
             dict(epoch, event="epoch", epoch=3, phase="finetune", improved=False, best_epoch=2),
             {"event": "end", "cancelled": False, "test_accuracy": 0.5, "test_loss": 1.2, "seconds": 9.5}]
    text = "".join(json.dumps(line) + "\n" for line in lines)
    write("progress.jsonl", text)
    write("progress-writing.jsonl", text[:-40])
    write("progress-cancelled.jsonl", "".join(json.dumps(line) + "\n" for line in lines[:3]) + json.dumps(
        {"event": "end", "cancelled": True, "test_accuracy": None, "test_loss": None, "seconds": 3.0}) + "\n")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_corpus.py OUTDIR")
    out = sys.argv[1]
    idx_seeds(writer(out, "idx"))
    safetensors_seeds(writer(out, "safetensors"))
    torchfile_seeds(writer(out, "torchfile"))
    unpickler_seeds(writer(out, "unpickler"))
    picture_seeds(writer(out, "picture"))
    json_seeds(out)
    sweep_seeds(out)


if __name__ == "__main__":
    main()
