"""Training speed, side by side in one run (issues 15 and 24: faster experiments, on every lab CPU).

Prints where it ran (the CPU model and its vector flags, or the GPU), then, each beside its baseline
measured in the same process:
1. the speed probe's choice (core.speed, measured afresh) beside every option it measured;
2. images/s of the trainer at the fast recipe's batch size for each setting forced (the probe off),
   against the fp32 roofline (this machine's matmul rate / FLOP per image); goal >= 40% of it on an
   AVX-512 CPU, >= 75% on an AVX2 one;
3. time to 99.0% test accuracy: the tutorial loop's recipe (3 epochs, batch 32, DataLoader + ToTensor,
   from its measured images/s), the first release's fast recipe, and today's fast recipe (as the probe
   chose) for three seeds (the slowest counts); goal <= 15% of the tutorial's
4. with --compile: torch.compile's compile time and images/s, reported apart
With --cli N: instead, `cnngui train` with its defaults run N times as a user runs it (a fresh process,
wall time from start to exit, imports, loading, test passes and saving included) beside the tutorial
loop's time measured in the same run; goal <= 15% in every run (issue 31). --fresh-first: the first run
measures the speed afresh, as a machine's very first training does (the probe: 3.2 s on the AVX2 EPYC).
Usage: python benchmarks/training.py [--device cpu|cuda] [--seeds 0 1 2] [--compile] [--cli 3 [--fresh-first]]
"""

from __future__ import annotations

import argparse
import time
from contextlib import contextmanager
from dataclasses import replace

import torch
import torch.nn.functional as F

from cnngui.core.data.loading import ImageData, load_mnist, prepare_mnist
from cnngui.core.devices import cpu_description, cpu_info
from cnngui.core.network.architecture import SEED_CNN, build_model
from cnngui.core.training.loop import Listener, Trainer, bf16_supported, choose_speed
from cnngui.core.training.recipes import TrainConfig, preset

FLOP_PER_IMAGE = 14.8e6  # forward + backward of the seed CNN on one 28x28 image
TUTORIAL_EPOCHS = 3
# The first release's fast recipe, kept here as the baseline: 2 epochs, NCHW, no label smoothing,
# Adam's default beta2, the layers in the network's order, no CUDA graphs.
FIRST_RELEASE_FAST = TrainConfig(epochs=2, batch_size=128, lr=4e-3, optimizer="adam", schedule="onecycle",
                                 mixed_precision=True, channels_last=False, label_smoothing=0.0, adam_beta2=0.999,
                                 cuda_graphs=False, speed_probe="off")


@contextmanager
def network_order():
    """Run the layers in the network's own order (relu before pool), as the first release did."""
    import cnngui.core.training.loop as training

    original = training.training_order
    training.training_order = lambda arch: list(range(len(arch)))
    try:
        yield
    finally:
        training.training_order = original


def cpu_family() -> tuple[str, float]:
    """(family, throughput goal) as issue 24 sets them: AVX-512 >= 40% of the roofline, AVX2 >= 75%."""
    return ("AVX-512", 0.40) if "avx512f" in cpu_info()[1] else ("AVX2", 0.75)


def matmul_gflops(device: torch.device, n: int = 1024, seconds: float = 2.0) -> float:
    a, b = torch.randn(n, n, device=device), torch.randn(n, n, device=device)
    for _ in range(3):
        a @ b
    if device.type == "cuda":
        n = 8192
        a, b = torch.randn(n, n, device=device), torch.randn(n, n, device=device)
        torch.backends.cuda.matmul.allow_tf32 = False
        a @ b
        torch.cuda.synchronize()
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        a @ b
        count += 1
        if device.type == "cuda":
            torch.cuda.synchronize()
    return 2 * n ** 3 * count / (time.perf_counter() - start) / 1e9


def trainer_rate(data: ImageData, images: int, config: TrainConfig) -> float:
    """images/s of one epoch over `images` training images (after a short warm-up run)."""
    subset = ImageData(data.train_images[:images], data.train_labels[:images], data.test_images[:500],
                       data.test_labels[:500])
    cfg = replace(config, epochs=1, schedule="constant", lr=1e-3)
    warm = config.batch_size * 20
    Trainer(ImageData(subset.train_images[:warm], subset.train_labels[:warm], subset.test_images,
                      subset.test_labels), cfg).run()
    rates = []

    class Rate(Listener):
        def on_epoch(self, report, trainer):
            rates.append(report.images_per_sec)

    Trainer(subset, cfg, listener=Rate()).run()
    return rates[0]


def tutorial_rate(images: int, device: str) -> float:
    """The common tutorial loop: per-sample ToTensor/Normalize transforms and a DataLoader."""
    from torchvision import datasets, transforms

    root = prepare_mnist()
    tf = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.1307,), (0.3081,))])
    loader = torch.utils.data.DataLoader(datasets.MNIST(str(root), train=True, download=False, transform=tf),
                                         batch_size=32, shuffle=True)
    dev = torch.device(device)
    torch.manual_seed(0)
    model = build_model(SEED_CNN).to(dev)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    seen, start = 0, None
    for i, (x, y) in enumerate(loader):
        if i == 20:
            start, seen = time.perf_counter(), 0
        x, y = x.to(dev), y.to(dev)
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        seen += len(y)
        if start is not None and seen >= images:
            break
    if dev.type == "cuda":
        torch.cuda.synchronize()
    return seen / (time.perf_counter() - start)


def time_to_99(data: ImageData, config: TrainConfig) -> tuple[float, float, int]:
    """Seconds of training (test passes included) until test accuracy first reaches 99.0%."""
    reached = []

    class Watch(Listener):
        def on_epoch(self, report, trainer):
            if report.test_accuracy >= 0.99 and not reached:
                reached.append((time.perf_counter() - start, report.test_accuracy, report.epoch))
                trainer.control.stop()

    trainer = Trainer(data, config, listener=Watch())
    if trainer.device.type == "cuda":
        torch.cuda.synchronize()
    start = time.perf_counter()
    trainer.run()
    return reached[0] if reached else (float("nan"), trainer.history[-1].test_accuracy, trainer.epochs_done)


def compiled_rate(data: ImageData, config: TrainConfig, steps: int = 100) -> tuple[float, float]:
    """torch.compile of the seed CNN: (compile seconds, images/s after it)."""
    dev = torch.device(config.device)
    model = build_model(SEED_CNN).to(dev).to(memory_format=torch.channels_last)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    step_model = torch.compile(model)
    x = (data.train_images[:config.batch_size * steps].float().div(255).unsqueeze(1) - 0.1307) / 0.3081
    x, y = x.to(dev).contiguous(memory_format=torch.channels_last), data.train_labels[:len(x)].to(dev)

    def step(i):
        with torch.autocast(dev.type, dtype=torch.bfloat16, enabled=config.mixed_precision and bf16_supported(dev)):
            loss = F.cross_entropy(step_model(x[i * config.batch_size:(i + 1) * config.batch_size]).float(),
                                   y[i * config.batch_size:(i + 1) * config.batch_size])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()

    start = time.perf_counter()
    step(0)
    step(1)
    compile_s = time.perf_counter() - start
    start = time.perf_counter()
    for i in range(2, steps):
        step(i)
    if dev.type == "cuda":
        torch.cuda.synchronize()
    return compile_s, (steps - 2) * config.batch_size / (time.perf_counter() - start)


def cli_run(device: str, probe: str = "auto") -> tuple[float, str]:
    """(wall seconds, its last lines) of one `cnngui train` with its defaults, in a fresh process; `probe`
    "fresh" measures the speed again (as the first training on a machine does), "auto" uses the kept choice."""
    import os
    import subprocess
    import sys
    import tempfile

    with tempfile.TemporaryDirectory(prefix="cnngui-cli-") as folder:
        env = dict(os.environ, CNNGUI_DATA_DIR=folder, CNNGUI_SPEED_PROBE=probe)  # not the user's runs list
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "cnngui", "train", "--device", device,
                               "--out", os.path.join(folder, "model.pt")],
                              check=False, capture_output=True, text=True, env=env)
        wall = time.perf_counter() - start
        import json
        from pathlib import Path

        records = [json.loads(p.read_text()) for p in Path(folder).rglob("run.json")]  # the run as the app keeps it
        speed = records[0].get("speed", {}) if records else {}
    if done.returncode:
        raise SystemExit(f"cnngui train failed ({done.returncode}): {done.stderr[-2000:]}")
    lines = [line for line in done.stdout.splitlines() if "img/s" in line or line.startswith(("Speed", "Finished"))]
    rates = ", ".join(f"{name} {rate:,.0f}" for name, rate in speed.get("rates", {}).items())
    lines.append(f"run record: {speed.get('source')}, {len(speed.get('rates', {}))} ways: {rates}")
    return wall, "\n".join("    " + line.split("] - ")[-1] for line in lines)


def cli_versus_tutorial(runs: int, images: int, device: str, fresh_first: bool = False) -> None:
    tutorial_s = TUTORIAL_EPOCHS * 60000 / tutorial_rate(images, device)
    print(f"cpu: {cpu_description()}, torch {torch.__version__}, {torch.get_num_threads()} CPU threads")
    print(f"tutorial recipe, {TUTORIAL_EPOCHS} epochs at batch 32: {tutorial_s:.1f} s (from its images/s)")
    print("`cnngui train` (defaults), wall time of the whole command, goal <= 15% of the tutorial's in every run:")
    for i in range(runs):  # with --fresh-first the first as on a new machine (the probe measures), the others with
        wall, lines = cli_run(device, "fresh" if i == 0 and fresh_first else "auto")  # the choice kept
        print(f"  run {i + 1}: {wall:.1f} s = {wall / tutorial_s:.1%} of the tutorial's\n{lines}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--images", type=int, default=20000, help="images per throughput measurement")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--compile", action="store_true", help="also measure torch.compile (slow to compile)")
    parser.add_argument("--cli", type=int, metavar="N", help="only: N runs of `cnngui train` against the tutorial")
    parser.add_argument("--fresh-first", action="store_true", help="with --cli: the first run measures the speed "
                                                                   "afresh, as a machine's first training does")
    args = parser.parse_args()
    if args.cli:
        cli_versus_tutorial(args.cli, args.images, args.device, args.fresh_first)
        return
    dev = torch.device(args.device)
    t = time.perf_counter()
    data = load_mnist()
    load_s = time.perf_counter() - t
    fast = preset("fast", device=args.device)
    gflops = matmul_gflops(dev)
    roofline = gflops * 1e9 / FLOP_PER_IMAGE
    # every variant runs max pooling before the activation (architecture.training_order) but the last
    choice = choose_speed(SEED_CNN, data.spec.input_shape, replace(fast, speed_probe="fresh"), dev)
    fast = replace(fast, speed_probe="auto")  # the choice just cached
    variants = {"fp32, NCHW": dict(mixed_precision=False, channels_last=False),
                "fp32, channels_last": dict(mixed_precision=False, channels_last=True),
                "bf16, NCHW": dict(mixed_precision=True, channels_last=False),
                "bf16, channels_last": dict(mixed_precision=True, channels_last=True)}
    rates = {name: trainer_rate(data, args.images, replace(fast, speed_probe="off", **v)) for name,
             v in variants.items()}
    rates["as the probe chose: " + choice.setting.name] = trainer_rate(data, args.images, fast)
    if dev.type == "cuda":
        rates["bf16, channels_last, no CUDA graphs"] = trainer_rate(data, args.images, replace(fast, cuda_graphs=False))
    with network_order():
        rates["the probe's choice, relu before pool"] = trainer_rate(data, args.images, fast)
        first_s, first_acc, first_epoch = time_to_99(data, replace(FIRST_RELEASE_FAST, device=args.device))
    tutorial = tutorial_rate(args.images, args.device)
    tutorial_s = TUTORIAL_EPOCHS * len(data.train_images) / tutorial
    runs = {seed: time_to_99(data, replace(fast, seed=seed)) for seed in args.seeds}

    family, goal = cpu_family()
    print(f"device: {args.device}{' (' + torch.cuda.get_device_name() + ')' if dev.type == 'cuda' else ''}, "
          f"torch {torch.__version__}, {torch.get_num_threads()} CPU threads")
    print(f"cpu: {cpu_description()} ({family})")
    said = "supported" if bf16_supported(dev) else "not supported"
    print(f"bf16: PyTorch says {said}; the probe decides by measuring")
    print(f"\nspeed probe, {choice.seconds:.2f} s, chose {choice.setting.name}:")
    for name, rate in choice.rates.items():
        print(f"  {name:<42} {rate:>7,.0f} images/s{'  <- chosen' if name == choice.setting.name else ''}")
    print(f"matmul: {gflops:,.0f} GFLOP/s fp32 -> roofline {roofline:,.0f} images/s at "
          f"{FLOP_PER_IMAGE / 1e6:.1f} MFLOP/image")
    print(f"\nthroughput at the fast recipe's batch size ({fast.batch_size}), goal >= {goal:.0%} of the roofline:")
    print(f"  tutorial loop (DataLoader + ToTensor, batch 32): {tutorial:,.0f} images/s")
    for name, rate in rates.items():
        print(f"  cnngui trainer, {name:<52} {rate:>7,.0f} images/s = {rate / roofline:4.0%} of the roofline, "
              f"{rate / tutorial:.1f}x the tutorial")
    print("\ntime to 99.0% test accuracy (training and test passes, data already loaded):")
    print(f"  tutorial recipe, {TUTORIAL_EPOCHS} epochs at batch 32: {tutorial_s:.1f} s (from its images/s)")
    print(f"  first release's fast recipe: {first_s:.1f} s ({first_acc:.4f} after epoch {first_epoch})")
    for seed, (seconds, acc, epoch) in runs.items():
        print(f"  fast recipe, seed {seed}: {seconds:.1f} s ({acc:.4f} after epoch {epoch})")
    slowest = max(s for s, _, _ in runs.values())
    print(f"  slowest seed: {slowest:.1f} s = {slowest / tutorial_s:.0%} of the tutorial's (goal <= 15%), "
          f"{slowest / first_s:.0%} of the first release's")
    print(f"  (+{load_s:.1f} s verifying and loading MNIST once)")
    if args.compile:  # last: it can take minutes
        compile_s, rate = compiled_rate(data, fast)
        print(f"\ntorch.compile (default mode), bf16, channels_last: {rate:,.0f} images/s = "
              f"{rate / roofline:.0%} of the "
              f"roofline, after {compile_s:.1f} s of compiling")


if __name__ == "__main__":
    main()
