"""The seed's claims as experiments a student runs: "CNNs suit images" and "CNNs need GPUs".

- `shift_test`: test accuracy when every test image is moved 0…6 pixels, or turned a few
  degrees. A dense network has a weight per pixel position, so a moved digit is a new pattern
  to it; a CNN's filters slide and its pooling absorbs small moves, so it loses less (its
  dense layers at the end still see positions: it is not immune either).
- `compare_networks`: trains the dense baseline and the seed CNN with the same recipe (each
  kept as a run) and shift-tests both.
- `device_speed`: the same short training on the CPU and on each CUDA GPU; images per second
  and the projected time of the seed's three epochs.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import torch
import torch.nn.functional as F

from cnngui.core.control import TaskState
from cnngui.core.data.loading import ImageData
from cnngui.core.data.normalize import network_input
from cnngui.core.devices import list_devices, resolve_device
from cnngui.core.evaluation.metrics import accuracy_on
from cnngui.core.network.architecture import FFNN_BASELINE, SEED_CNN, build_model, count_model_parameters
from cnngui.core.network.arithmetic import training_multiply_adds
from cnngui.core.training.loop import Trainer
from cnngui.core.training.recipes import TrainConfig
from cnngui.i18n import tr

SHIFTS = tuple(range(7))  # pixels
ANGLES = (0, 5, 10, 15, 20)  # degrees
SEED_EPOCHS, SEED_BATCH = 3, 32  # the seed notebook's recipe, for the projection


def shifted(images: torch.Tensor, pixels: int) -> torch.Tensor:
    """uint8 [N, H, W] moved `pixels` right, down, left or up (by image index), the gap left black."""
    if pixels == 0:
        return images
    out = torch.zeros_like(images)
    for direction, (dy, dx) in enumerate(((0, pixels), (pixels, 0), (0, -pixels), (-pixels, 0))):
        part = images[direction::4]
        moved = torch.roll(part, shifts=(dy, dx), dims=(1, 2))
        if dx > 0:
            moved[:, :, :dx] = 0
        elif dx < 0:
            moved[:, :, dx:] = 0
        if dy > 0:
            moved[:, :dy, :] = 0
        elif dy < 0:
            moved[:, dy:, :] = 0
        out[direction::4] = moved
    return out


def rotated(images: torch.Tensor, degrees: float) -> torch.Tensor:
    """uint8 [N, H, W] turned by `degrees`, clockwise and anticlockwise by turns."""
    if degrees == 0:
        return images
    import torchvision.transforms.functional as TF

    out = images.clone()
    out[0::2] = TF.rotate(images[0::2].unsqueeze(1), degrees).squeeze(1)
    out[1::2] = TF.rotate(images[1::2].unsqueeze(1), -degrees).squeeze(1)
    return out


def shift_test(model: torch.nn.Module, images: torch.Tensor, labels: torch.Tensor, normalization: dict,
               cancelled=lambda: False) -> dict:
    """{"shift": [accuracy per pixel in SHIFTS], "rotation": [accuracy per angle in ANGLES]}."""
    model = model.to("cpu").eval()
    return {"shift": [accuracy_on(model, shifted(images, s), labels, normalization, cancelled) for s in SHIFTS],
            "rotation": [accuracy_on(model, rotated(images, a), labels, normalization, cancelled) for a in ANGLES]}


@dataclass
class NetworkResult:
    key: str
    title: str
    params: int
    test_accuracy: float
    seconds: float
    shift: list[float] = field(default_factory=list)
    rotation: list[float] = field(default_factory=list)
    run_id: str = ""


NETWORKS = (("ffnn", "Dense network (FFNN)", FFNN_BASELINE), ("seed", "Seed CNN", SEED_CNN))


def compare_networks(data: ImageData, config: TrainConfig, control: TaskState | None = None, store=None,
                     test_images: int = 10_000) -> list[NetworkResult]:
    """Train the dense baseline and the seed CNN with the same recipe (kept as runs when `store` is
    given) and shift-test both on up to `test_images` test images."""
    from cnngui.core.training.runs import RunRecorder

    control = control or TaskState()
    images, labels = data.test_images[:test_images], data.test_labels[:test_images]
    results = []
    for key, title, arch in NETWORKS:
        control.report_progress(tr("Training the {network}…").format(network=tr(title)))
        recorder = RunRecorder(store, name=f"experiment: {title}") if store is not None else None
        trainer = Trainer(data, config, arch=arch, control=control, listener=recorder)
        if recorder is not None:
            recorder.attach(trainer)
        try:
            result = trainer.run()
        finally:
            if recorder is not None:
                recorder.finish()
        if result.stopped:
            raise InterruptedError("stopped")
        control.report_progress(tr("Moving and turning the test images for the {network}…").format(network=tr(title)))
        test = shift_test(trainer.model, images, labels, trainer.normalization, lambda: control.stop_requested)
        results.append(NetworkResult(key, tr(title), count_model_parameters(trainer.model),
                                     trainer.history[-1].test_accuracy, sum(h.seconds for h in trainer.history),
                                     test["shift"], test["rotation"], recorder.run.id if recorder else ""))
        control.report_partial(results[-1])
    return results


def latest_runs_of_each(runs: list) -> dict:
    """{network key: the newest finished run of it} for the experiment's networks (runs newest first)."""
    found = {}
    for key, _, arch in NETWORKS:
        wanted = [dict(layer) for layer in arch]
        for run in runs:
            if run.arch == wanted and run.state == "finished" and run.history:
                found[key] = run
                break
    return found


def compare_runs(runs: dict, data: ImageData, control: TaskState | None = None,
                 test_images: int = 10_000) -> list[NetworkResult]:
    """The experiment on runs already trained (`latest_runs_of_each`): no training, only the shift test."""
    from cnngui.core.model_files.checkpoint import load_checkpoint

    control = control or TaskState()
    images, labels = data.test_images[:test_images], data.test_labels[:test_images]
    results = []
    for key, title, _ in NETWORKS:
        run = runs[key]
        control.report_progress(tr("Moving and turning the test images for the {network} of run “{run}”…").format(
            network=tr(title), run=run.name))
        checkpoint = load_checkpoint(run.checkpoint_path)
        model = checkpoint.build("cpu")
        test = shift_test(model, images, labels, checkpoint.normalization, lambda: control.stop_requested)
        results.append(NetworkResult(key, tr("{network} (run {run})").format(
            network=tr(title), run=run.name), run.params, run.history[-1]["test_accuracy"],
                                     run.seconds, test["shift"], test["rotation"], run.id))
        control.report_partial(results[-1])
    return results


@dataclass
class DeviceSpeed:
    device: str
    name: str
    images_per_sec: float
    projected_seconds: float  # the seed's three epochs of 60,000 images at batch 32
    multiply_adds_per_image: int = 0  # to train on one image (core/network/arithmetic): the work behind the speed

    @property
    def multiply_adds_per_sec(self) -> float:
        return self.images_per_sec * self.multiply_adds_per_image


def cuda_absence() -> str:
    """Why there is no CUDA GPU to compare with, or "" when there is one."""
    missing = [d for d in list_devices() if d.id.startswith("cuda") and not d.usable]
    return missing[0].reason if missing else ""


def device_speed(data: ImageData, arch: list[dict] = SEED_CNN, seconds: float = 4.0, control: TaskState | None = None,
                 devices: list[str] | None = None) -> list[DeviceSpeed]:
    """Train `arch` with the seed's recipe (Adam, batch 32) for about `seconds` on each device; the
    CPU, then every usable CUDA GPU. The first batches are warm-up and not counted."""
    control = control or TaskState()
    if devices is None:
        devices = ["cpu"] + [d.id for d in list_devices() if d.id.startswith("cuda") and d.usable]
    names = {d.id: d.label for d in list_devices()}
    out = []
    for key in devices:
        control.report_progress(tr("Timing {device}…").format(device=names.get(key, key)))
        device = resolve_device(key)
        torch.manual_seed(0)
        model = build_model(arch, data.spec.input_shape).to(device)
        optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
        x_all = network_input(data.train_images, data.spec.normalization, device)
        y_all = data.train_labels.to(device)
        done, start, step = 0, None, 0
        while True:
            if control.stop_requested:
                raise InterruptedError("stopped")
            i = (step * SEED_BATCH) % max(1, len(x_all) - SEED_BATCH)
            x, y = x_all[i:i + SEED_BATCH], y_all[i:i + SEED_BATCH]
            loss = F.cross_entropy(model(x), y)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            step += 1
            if step == 5:  # warm-up over: start the clock
                if device.type == "cuda":
                    torch.cuda.synchronize(device)
                start = time.perf_counter()
            elif step > 5:
                done += len(y)
                if step % 20 == 0:
                    if device.type == "cuda":
                        torch.cuda.synchronize(device)
                    if time.perf_counter() - start >= seconds:
                        break
        rate = done / (time.perf_counter() - start)
        work = training_multiply_adds(model, data.spec.input_shape)
        out.append(DeviceSpeed(key, names.get(key, key), rate, SEED_EPOCHS * 60_000 / rate, work))
        control.report_partial(out[-1])
    return out


def shift_table(results: list[NetworkResult]) -> str:
    """The experiment as text (for the CLI and the README)."""
    lines = [f"{'network':<22}{'params':>10}{'test':>8}{'time':>8}  accuracy with the test images moved "
             + " ".join(f"{s}px" for s in SHIFTS)]
    for r in results:
        lines.append(f"{r.title:<22}{r.params:>10,}{r.test_accuracy:>8.2%}{r.seconds:>7.0f}s  "
                     + " ".join(f"{a:.0%}" for a in r.shift))
    return "\n".join(lines)
