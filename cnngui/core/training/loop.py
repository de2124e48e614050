"""The one training loop, shared by `cnngui train` and the GUI worker.

Data lives on the training device as whole tensors; each epoch is a shuffled walk over
in-memory batches, followed by a test-set evaluation. Progress goes to a listener as
plain numbers, at most every `report_interval` seconds, so a GUI never drowns in events.
"""

from __future__ import annotations

import math
import time
from dataclasses import asdict, dataclass, field

import torch
import torch.nn.functional as F

from cnngui.core.control import TaskState
from cnngui.core.data.augment import augment_batch
from cnngui.core.data.loading import ImageData
from cnngui.core.data.normalize import network_input, normalize, unit_batch
from cnngui.core.devices import resolve_device
from cnngui.core.network.architecture import SEED_CNN, build_model, ordered_forward, training_order, validate
from cnngui.core.training.recipes import TrainConfig
from cnngui.core.training.speed import Setting, SpeedChoice, choose, forget_if_contradicted, thread_count
from cnngui.errors import UserError
from cnngui.i18n import tr


@dataclass
class BatchReport:
    """Batches finished since the previous report (numbers only, safe to send across threads)."""

    epoch: int  # 1-based
    epochs: int
    batch: int  # batches done in this epoch
    batches_per_epoch: int
    losses: list[float]  # one per batch since the last report
    train_accuracy: float  # running accuracy in this epoch
    images_per_sec: float
    eta_seconds: float
    lr: float

    @property
    def progress(self) -> float:
        return ((self.epoch - 1) + self.batch / self.batches_per_epoch) / self.epochs


@dataclass
class EpochReport:
    epoch: int
    epochs: int
    train_loss: float
    train_accuracy: float
    test_loss: float
    test_accuracy: float
    seconds: float
    images_per_sec: float
    # What the optimiser minimised, where it differs from the plain cross-entropy `train_loss` (label
    # smoothing): shown beside it, named, so the two curves a student compares are on one footing.
    train_objective: float | None = None


@dataclass
class TrainResult:
    model: torch.nn.Module
    history: list[EpochReport]
    stopped: bool
    epochs_done: int


@dataclass
class ResumeState:
    """What a checkpoint carries to continue a run."""

    model_state: dict
    optimizer_state: dict | None
    epochs_done: int
    history: list[dict] = field(default_factory=list)


class Listener:
    """Receives progress; override what you need. Called on the training thread."""

    def on_batch(self, report: BatchReport) -> None: ...

    def on_epoch(self, report: EpochReport, trainer: Trainer) -> None: ...


def lr_at(config: TrainConfig, step: int, total_steps: int) -> float:
    """The learning rate at a global step: constant, or one-cycle (warm-up then cosine decay)."""
    if config.schedule == "constant":
        return config.lr
    warm = max(1, int(0.2 * total_steps))
    if step < warm:
        return config.lr * (0.04 + 0.96 * step / warm)
    progress = (step - warm) / max(1, total_steps - warm)
    return config.lr * (0.002 + 0.998 * 0.5 * (1 + math.cos(math.pi * min(1.0, progress))))


def bf16_supported(device: torch.device) -> bool:
    """Whether bfloat16 autocast is fast here: CUDA with bf16, or a CPU with AVX-512 BF16 / AMX."""
    if device.type == "cuda":
        return torch.cuda.is_bf16_supported()
    if device.type == "cpu":
        try:
            return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
        except (AttributeError, RuntimeError):
            return False
    return False


def feature_layers(arch: list[dict]) -> int:
    """How many layers come up to and including the first flatten: the features a transfer keeps."""
    for index, layer in enumerate(arch):
        if layer.get("type") == "flatten":
            return index + 1
    return 0


def load_fitting(model: torch.nn.Module, state: dict) -> list[str]:
    """Load the weights of `state` whose names and shapes fit `model`; returns the names left as they were
    (a last layer for other classes)."""
    own = model.state_dict()
    fitting = {k: v for k, v in state.items() if k in own and tuple(v.shape) == tuple(own[k].shape)}
    model.load_state_dict(fitting, strict=False)
    return sorted(set(own) - set(fitting))


def choose_speed(arch: list[dict], input_shape: tuple, config: TrainConfig, device: torch.device,
                 cancelled=lambda: False) -> SpeedChoice:
    """How this training runs fastest here (core.speed): measured, or as the recipe says where the probe is
    off. `CNNGUI_SPEED_PROBE` overrides the recipe (the tests set it off: they measure nothing)."""
    import os

    mode = os.environ.get("CNNGUI_SPEED_PROBE") or config.speed_probe
    allowed = Setting(bf16=config.mixed_precision, channels_last=config.channels_last, pool_first=True, threads=1)
    if mode == "off":  # exactly as the recipe says (bf16 on a GPU only where it has it)
        bf16 = config.mixed_precision and (device.type == "cpu" or bf16_supported(device))
        return SpeedChoice(Setting(bf16=bf16, channels_last=config.channels_last), {}, "not measured: the probe is off")
    return choose(arch, input_shape, config.batch_size, device, allowed, fresh=mode == "fresh", cancelled=cancelled)


def make_optimizer(config: TrainConfig, params, capturable_on: torch.device | None = None) -> torch.optim.Optimizer:
    """`capturable_on`: the CUDA device whose graphs will replay the step; the learning rate is then a
    tensor there, so a captured step reads each step's rate instead of the one it was captured with."""
    betas = (0.9, config.adam_beta2)
    extra = {}
    lr = config.lr
    if capturable_on is not None:  # only Adam and AdamW are captured (Trainer.graphs)
        lr = torch.tensor(float(config.lr), device=capturable_on)
        extra = {"capturable": True}
    if config.optimizer == "adam":
        return torch.optim.Adam(params, lr=lr, betas=betas, weight_decay=config.weight_decay, **extra)
    if config.optimizer == "adamw":
        return torch.optim.AdamW(params, lr=lr, betas=betas, weight_decay=config.weight_decay, **extra)
    return torch.optim.SGD(params, lr=lr, momentum=0.9, nesterov=True, weight_decay=config.weight_decay)


def set_lr(optimizer: torch.optim.Optimizer, lr: float) -> None:
    for group in optimizer.param_groups:
        if isinstance(group["lr"], torch.Tensor):
            group["lr"].fill_(lr)  # in place: a captured graph holds this tensor
        else:
            group["lr"] = lr


class GraphedStep:
    """The trainer's step captured once as a CUDA graph and then replayed.

    A step of a small network is some sixty tiny kernels; on a GPU their launches, not their
    arithmetic, set the pace. Replaying the captured graph launches them all at once. The
    batch is chosen by copying its indices into a fixed tensor; the sums of the epoch live in
    the trainer's fixed tensors. The first steps run normally (on a side stream, as capture
    needs), the optimiser's state then exists and the capture can begin.
    """

    WARM_UP_STEPS = 3

    def __init__(self, trainer: Trainer) -> None:
        self.trainer = trainer
        self.idx = torch.zeros(trainer.config.batch_size, dtype=torch.long, device=trainer.device)
        self.graph: torch.cuda.CUDAGraph | None = None
        self.loss: torch.Tensor | None = None
        self.steps = 0

    def __call__(self, idx: torch.Tensor) -> torch.Tensor:
        if len(idx) != len(self.idx):  # the epoch's last, shorter batch
            return self.trainer._train_step(idx)
        self.idx.copy_(idx)
        if self.graph is None and self.steps < self.WARM_UP_STEPS:
            self.steps += 1
            side = torch.cuda.Stream(self.trainer.device)
            side.wait_stream(torch.cuda.current_stream(self.trainer.device))
            with torch.cuda.stream(side):
                loss = self.trainer._train_step(self.idx)
            torch.cuda.current_stream(self.trainer.device).wait_stream(side)
            return loss
        if self.graph is None:
            self.trainer.optimizer.zero_grad(set_to_none=True)
            self.graph = torch.cuda.CUDAGraph()
            with torch.cuda.graph(self.graph):  # records the kernels without running them
                self.loss = self.trainer._train_step(self.idx, zero_grad=False)
        self.graph.replay()
        return self.loss.clone()


@torch.inference_mode()
def evaluate(model: torch.nn.Module, images: torch.Tensor, labels: torch.Tensor,
             batch_size: int = 2000, num_classes: int | None = None, cancelled=lambda: False,
             forward=None) -> tuple[float, float, list[float]]:
    """Mean loss, accuracy and per-class accuracy; `images` already normalised [N,C,H,W].
    `cancelled()` is asked between batches (a background evaluation must let the window close);
    `forward` computes the model's function another way (the trainer's faster order)."""
    forward = forward or model
    num_classes = num_classes or int(labels.max()) + 1  # the dataset's count, where the caller knows it
    was_training = model.training
    model.eval()
    total_loss = torch.zeros((), device=images.device)
    correct = torch.zeros(num_classes, device=images.device)
    counts = torch.bincount(labels, minlength=num_classes).float()
    for start in range(0, len(images), batch_size):
        if cancelled():
            model.train(was_training)
            raise InterruptedError("cancelled")
        x, y = images[start:start + batch_size], labels[start:start + batch_size]
        logits = forward(x)
        total_loss += F.cross_entropy(logits, y, reduction="sum")
        correct += torch.bincount(y[logits.argmax(1) == y], minlength=num_classes).float()
    model.train(was_training)
    per_class = (correct / counts.clamp(min=1)).tolist()
    return (total_loss / len(images)).item(), (correct.sum() / len(images)).item(), per_class


def stop_between_layers(model: torch.nn.Module, cancelled) -> list:
    """Ask `cancelled()` after every layer, forward and backward, and raise InterruptedError
    when it says so: one batch of a wide network on a CPU can take seconds, and Stop (or
    closing the window) must not wait for it. Returns the hook handles to remove."""

    def check(*_) -> None:
        if cancelled():
            raise InterruptedError("stopped")

    def after_layer(module, inputs, output) -> None:
        check()
        if isinstance(output, torch.Tensor) and output.requires_grad:
            output.register_hook(check)  # runs when backward reaches this layer; returns None

    return [layer.register_forward_hook(after_layer) for layer in model.children()]


class Trainer:
    """Trains an architecture on `ImageData`; call `run()` on whichever thread should do the work.

    Shapes, class count and normalisation come from the data's dataset description."""

    def __init__(self, data: ImageData, config: TrainConfig, arch: list[dict] = SEED_CNN,
                 control: TaskState | None = None, listener: Listener | None = None,
                 report_interval: float = 0.05, resume: ResumeState | None = None,
                 normalization: dict | None = None, init_state: dict | None = None,
                 freeze_features: bool = False) -> None:
        """`init_state`: start from these weights where their shapes fit (a model trained on other classes:
        every layer but a new last one); `freeze_features`: keep every layer up to the flatten fixed
        (transfer learning: only the dense layers learn)."""
        config.validate()
        self.config = config
        self.arch = arch
        self.dataset = data.spec
        validate(arch, data.spec.input_shape, data.spec.num_classes)
        normalization = normalization or data.spec.normalization
        self.control = control or TaskState()
        self.listener = listener or Listener()
        self.report_interval = report_interval
        self.clock = time.perf_counter  # what the reports' throttle and the epoch's seconds read (a test's own)
        self.normalization = dict(normalization)
        self.device = resolve_device(config.device)
        self.speed = choose_speed(arch, data.spec.input_shape, config, self.device,
                                  cancelled=lambda: self.control.stop_requested)
        self.autocast = self.speed.setting.bf16
        # augmentation draws its randomness on the host; SGD's step reads its rate on the host
        self.graphs = (config.cuda_graphs and self.device.type == "cuda" and not config.augment
                       and config.optimizer in ("adam", "adamw"))
        self.memory_format = torch.channels_last if self.speed.setting.channels_last else torch.contiguous_format
        torch.manual_seed(config.seed)
        self.model = build_model(arch, data.spec.input_shape).to(self.device)
        if init_state is not None:
            load_fitting(self.model, init_state)
        self.frozen = feature_layers(arch) if freeze_features else 0
        for layer in list(self.model.children())[:self.frozen]:
            layer.requires_grad_(False)
        self.forward = ordered_forward(self.model, training_order(arch) if self.speed.setting.pool_first
                                       else list(range(len(arch))))
        self.optimizer = self._new_optimizer()
        self.epochs_done = 0
        self._first_epoch = 1
        self.history: list[EpochReport] = []
        if resume is not None:
            try:
                self.model.load_state_dict(resume.model_state)
            except RuntimeError as exc:
                raise UserError(tr("The checkpoint's weights do not fit this network: continue it with the "
                                "architecture it was trained with.")) from exc
            if resume.optimizer_state:
                try:
                    self.optimizer.load_state_dict(resume.optimizer_state)
                    if self.graphs:  # a stored rate is a number (or a CPU tensor); graphs need theirs
                        for group in self.optimizer.param_groups:
                            group["lr"] = torch.tensor(float(group["lr"]), device=self.device)
                except (ValueError, KeyError, TypeError, IndexError, RuntimeError):
                    # another optimizer, or a state that doesn't fit: start it afresh, keep the weights
                    self.optimizer = self._new_optimizer()
            self.epochs_done = resume.epochs_done
            self.history = [EpochReport(**h) for h in resume.history]
        self._load_data(data)

    def _train_mode(self) -> None:
        """Training mode, but frozen layers stay in eval (their batch-norm statistics are kept too)."""
        self.model.train()
        for layer in list(self.model.children())[:self.frozen]:
            layer.eval()

    def _new_optimizer(self) -> torch.optim.Optimizer:
        return make_optimizer(self.config, self.model.parameters(), self.device if self.graphs else None)

    def _load_data(self, data: ImageData) -> None:
        dev = self.device
        self.train_x = unit_batch(data.train_images, dev)
        self.train_y = data.train_labels.to(dev)
        self.test_x = network_input(data.test_images, self.normalization, dev).contiguous(
            memory_format=self.memory_format)
        self.test_y = data.test_labels.to(dev)
        self.loss_sum = torch.zeros((), device=dev)  # the running epoch's sums, on the device
        self.objective_sum = torch.zeros((), device=dev)
        self.correct = torch.zeros((), device=dev, dtype=torch.long)

    @property
    def batches_per_epoch(self) -> int:
        return math.ceil(len(self.train_x) / self.config.batch_size)

    def run(self) -> TrainResult:
        cfg, model = self.config, self.model
        total_steps = cfg.epochs * self.batches_per_epoch
        stopped = False
        self._train_mode()
        model.to(memory_format=self.memory_format)
        # a replayed graph runs no Python; its steps are short enough to stop between them
        hooks = [] if self.graphs else stop_between_layers(model, lambda: self.control.stop_requested)
        self.step = GraphedStep(self) if self.graphs else self._train_step
        try:
            with thread_count(self.speed.setting.threads):  # as the probe found fastest
                self._first_epoch = self.epochs_done + 1
                for epoch in range(self.epochs_done + 1, cfg.epochs + 1):
                    try:
                        stopped = self._run_epoch(epoch, total_steps)
                    except InterruptedError:  # stopped inside a batch: that batch is dropped, the weights kept
                        stopped = True
                    if stopped:
                        break
        finally:
            for hook in hooks:
                hook.remove()
            model.to(memory_format=torch.contiguous_format)  # the rest of the app expects plain tensors
        model.eval()
        return TrainResult(model, list(self.history), stopped, self.epochs_done)

    def _run_epoch(self, epoch: int, total_steps: int) -> bool:
        cfg, model, opt = self.config, self.model, self.optimizer
        n, bs, nb = len(self.train_x), cfg.batch_size, self.batches_per_epoch
        order = torch.randperm(n, device=self.device)
        self.loss_sum.zero_()
        self.objective_sum.zero_()
        self.correct.zero_()
        pending: list[torch.Tensor] = []
        seen = 0
        start = last_report = self.clock()
        paused_for = 0.0
        for b in range(nb):
            if self.control.paused:
                pause_start = self.clock()
                if self.control.should_stop():
                    return True
                paused_for += self.clock() - pause_start
            elif self.control.stop_requested:
                return True
            lr = lr_at(cfg, (epoch - 1) * nb + b, total_steps)
            set_lr(opt, lr)
            idx = order[b * bs:(b + 1) * bs]
            pending.append(self.step(idx))
            seen += len(idx)
            now = self.clock()
            if now - last_report >= self.report_interval or b == nb - 1:
                last_report = now
                rate = seen / max(1e-9, now - start - paused_for)
                remaining = (cfg.epochs - epoch) * n + (n - seen)
                self.listener.on_batch(BatchReport(
                    epoch=epoch, epochs=cfg.epochs, batch=b + 1, batches_per_epoch=nb,
                    losses=torch.stack(pending).tolist(), train_accuracy=self.correct.item() / seen,
                    images_per_sec=rate, eta_seconds=remaining / rate, lr=lr))
                pending = []
        train_seconds = self.clock() - start - paused_for
        test_loss, test_acc, _ = evaluate(model, self.test_x, self.test_y, num_classes=self.dataset.num_classes,
                                          cancelled=lambda: self.control.stop_requested, forward=self.forward)
        self._train_mode()
        report = EpochReport(epoch=epoch, epochs=cfg.epochs, train_loss=self.loss_sum.item() / seen,
                             train_accuracy=self.correct.item() / seen, test_loss=test_loss,
                             test_accuracy=test_acc, seconds=self.clock() - start - paused_for,
                             images_per_sec=seen / max(1e-9, train_seconds),
                             train_objective=self.objective_sum.item() / seen if cfg.label_smoothing else None)
        self.history.append(report)
        if epoch == self._first_epoch:  # this run's first epoch: does it bear the cached speed choice out?
            forget_if_contradicted(self.speed, report.images_per_sec)
        self.epochs_done = epoch
        self.listener.on_epoch(report, self)
        return False

    def _train_step(self, idx: torch.Tensor, zero_grad: bool = True) -> torch.Tensor:
        """One optimiser step on the training images at `idx`; adds to the epoch's sums and returns
        the batch's plain cross-entropy (the test loss's measure, whatever the objective smooths), all
        without waiting for the device."""
        cfg = self.config
        x, y = self.train_x[idx], self.train_y[idx]
        if cfg.augment:
            x = augment_batch(x)
        with torch.autocast(self.device.type, dtype=torch.bfloat16, enabled=self.autocast,
                            cache_enabled=not self.graphs):
            logits = self.forward(normalize(x, self.normalization).contiguous(memory_format=self.memory_format))
            loss = F.cross_entropy(logits.float(), y, label_smoothing=cfg.label_smoothing)
        if zero_grad:
            self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        self.optimizer.step()
        objective = loss.detach()
        if cfg.label_smoothing:
            self.objective_sum += objective * len(y)
            with torch.no_grad():
                loss = F.cross_entropy(logits.detach().float(), y)
        else:
            loss = objective
        self.loss_sum += loss * len(y)
        self.correct += (logits.argmax(1) == y).sum()
        return loss

    def evaluate(self) -> tuple[float, float, list[float]]:
        return evaluate(self.model, self.test_x, self.test_y, num_classes=self.dataset.num_classes)

    def history_dicts(self) -> list[dict]:
        return [asdict(h) for h in self.history]
