"""Training speed, side by side in one run (issue: foundation, item 10).

1. cnngui's trainer on the seed CNN: images/s at batch 32 (the seed's recipe) and 128 (the fast recipe)
2. the tutorial way: torchvision MNIST + ToTensor + DataLoader, batch 32, same number of images
3. this machine's matmul GFLOP/s and the roofline images/s for ~14.8 MFLOP per training image
4. wall time for the fast default recipe to reach 99.0% test accuracy
Usage: python benchmarks/training.py [--images N] [--device cpu|cuda]
"""

from __future__ import annotations

import argparse
import time

import torch
import torch.nn.functional as F

from cnngui.core.architecture import SEED_CNN, build_model
from cnngui.core.data import DigitData, load_mnist, prepare_mnist
from cnngui.core.training import Listener, TrainConfig, Trainer, bf16_supported, preset

FLOP_PER_IMAGE = 14.8e6  # forward + backward of the seed CNN on one 28x28 image


def matmul_gflops(device: torch.device, n: int = 1024, seconds: float = 2.0) -> float:
    a, b = torch.randn(n, n, device=device), torch.randn(n, n, device=device)
    for _ in range(3):
        a @ b
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        a @ b
        count += 1
    if device.type == "cuda":
        torch.cuda.synchronize()
    return 2 * n ** 3 * count / (time.perf_counter() - start) / 1e9


def trainer_rate(data: DigitData, images: int, batch: int, device: str, bf16: bool = False) -> float:
    subset = DigitData(data.train_images[:images], data.train_labels[:images], data.test_images[:500],
                       data.test_labels[:500])
    cfg = TrainConfig(epochs=1, batch_size=batch, lr=1e-3, schedule="constant", device=device, mixed_precision=bf16)
    Trainer(DigitData(subset.train_images[:batch * 20], subset.train_labels[:batch * 20], subset.test_images,
                      subset.test_labels), cfg).run()  # warm-up
    rates = []

    class Rate(Listener):
        def on_epoch(self, report, trainer):
            rates.append(report.images_per_sec)

    Trainer(subset, cfg, listener=Rate(), report_interval=0.05).run()
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


def time_to_99(data: DigitData, device: str) -> tuple[float, float, int]:
    """Seconds of training (evaluations included) until test accuracy first reaches 99.0%."""
    reached = []
    start = time.perf_counter()

    class Watch(Listener):
        def on_epoch(self, report, trainer):
            if report.test_accuracy >= 0.99 and not reached:
                reached.append((time.perf_counter() - start, report.test_accuracy, report.epoch))

    trainer = Trainer(data, preset("fast", device=device), listener=Watch())
    start = time.perf_counter()
    trainer.run()
    return reached[0] if reached else (float("nan"), trainer.history[-1].test_accuracy, trainer.epochs_done)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--images", type=int, default=20000)
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args()
    dev = torch.device(args.device)
    t = time.perf_counter()
    data = load_mnist()
    load_s = time.perf_counter() - t
    gflops = matmul_gflops(dev)
    roofline = gflops * 1e9 / FLOP_PER_IMAGE
    ours = {(b, amp): trainer_rate(data, args.images, b, args.device, amp) for b in (32, 128) for amp in (False, True)}
    tutorial = tutorial_rate(args.images, args.device)
    seconds, acc, epoch = time_to_99(data, args.device)
    print(f"device: {args.device}, torch {torch.__version__}, {torch.get_num_threads()} CPU threads")
    print(f"matmul: {gflops:,.0f} GFLOP/s -> roofline {roofline:,.0f} images/s at {FLOP_PER_IMAGE / 1e6:.1f} MFLOP/image")
    print(f"tutorial loop (DataLoader + ToTensor, batch 32): {tutorial:,.0f} images/s")
    for (batch, amp), rate in ours.items():
        kind = "bf16 autocast" if amp and bf16_supported(dev) else "fp32"
        print(f"cnngui trainer, batch {batch:>3}, {kind:>13}: {rate:,.0f} images/s = {rate / tutorial:.1f}x tutorial, "
              f"{rate / roofline:.0%} of the fp32 roofline")
    print(f"fast recipe: {acc:.4f} test accuracy after epoch {epoch} at {seconds:.1f} s of training "
          f"(+{load_s:.1f} s verifying and loading MNIST); goal 99.0% in <= 30 s")


if __name__ == "__main__":
    main()
