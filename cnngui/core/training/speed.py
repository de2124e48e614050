"""Measure, don't assume: which way of training is fastest on this machine, for this network.

bf16 autocast ran twice as fast as fp32 on one of this project's CPUs and half as fast on another,
though both said they support it; channels_last, the pooling order and the thread count differ
as much. So before a training the trainer runs a short probe: a few real steps of the network about
to be trained, on its device, for each candidate setting, and keeps the fastest. The probe takes
at most about `BUDGET_S` seconds; its result is cached per machine (the CPU's model name and vector
extensions, or the GPU's name), torch version, network shape and batch size, and measured again when
any of them changes or on request.
fp32 with the network's default layout is always among the candidates, so the choice is never
slower than it, and a probe that fails falls back to it with the reason.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import torch
import torch.nn.functional as F

from cnngui.core.atomic import atomic_path
from cnngui.core.devices import cpu_info
from cnngui.i18n import number, tr

BUDGET_S = 2.0  # the whole probe: no candidate starts after it (a huge network gets its baseline alone)
STEP_TIME_S = 0.12  # each candidate is timed over about this long, after its warm-up steps
PROBE_BATCH = 512  # larger batches are measured at this size: the ranking holds, the probe stays short
CACHE_VERSION = 1


@dataclass(frozen=True)
class Setting:
    """One way to run the training step; `name` is what the log and the run record show."""

    bf16: bool = False
    channels_last: bool = False
    pool_first: bool = True  # an increasing activation after its max pool (architecture.training_order)
    threads: int = 0  # CPU threads while training (0: as many as the trainer is given)

    @property
    def name(self) -> str:
        return (f"{'bf16' if self.bf16 else 'fp32'}, {'channels_last' if self.channels_last else 'NCHW'}, "
                f"{'pool first' if self.pool_first else 'network order'}"
                + (f", {self.threads} threads" if self.threads else ""))


BASELINE = Setting(bf16=False, channels_last=False, pool_first=False)  # what plain PyTorch does


@dataclass
class SpeedChoice:
    setting: Setting
    rates: dict[str, float] = field(default_factory=dict)  # candidate's name -> images/s measured
    source: str = "measured"  # "measured", "cached", "not measured: ..." or "failed: ..."
    seconds: float = 0.0  # how long the probe took
    cached_as: tuple[Path, str] | None = None  # (cache file, key) of a cached choice, to forget it if it lied

    def summary(self) -> str:
        """One line for the log: what was chosen and why."""
        if not self.rates:
            return tr("Speed: {setting} ({source}).").format(setting=self.setting.name, source=self.source)
        rate, plain = self.rates.get(self.setting.name, 0.0), self.rates.get(BASELINE.name, 0.0)
        return tr("Speed: {setting}, {rate} images/s, {times}× plain fp32: the fastest of {count} ways "
                  "({source}).").format(setting=self.setting.name, rate=number(rate, ",.0f"),
                                        times=number(rate / plain if plain else 1.0, ".1f"), count=len(self.rates),
                                        source=self.source)

    def record(self) -> dict:
        """What a run record keeps of it (plain JSON)."""
        return {"chosen": self.setting.name, **asdict(self.setting), "rates": dict(self.rates), "source": self.source,
                "probe_seconds": round(self.seconds, 3)}


def machine_id(device: torch.device) -> str:
    """The processor (or GPU) the figures belong to: the GPU's name, or the CPU's model name with its
    vector extensions (one model name covers CPUs of different speeds)."""
    if device.type == "cuda":
        return f"cuda:{torch.cuda.get_device_name(device)}"
    model, flags = cpu_info()
    return f"cpu:{model} [{' '.join(flags)}]"


def candidates(device: torch.device, allowed: Setting, arch: list[dict] | None = None) -> list[Setting]:
    """The settings to try: the baseline first, then every combination the recipe allows (`allowed`:
    True means 'may use'). bf16 is tried wherever autocast runs, whatever the CPU claims; the pooling
    order only where the network has an activation before a max pool; fewer threads only on a CPU
    with four or more (on two, the second core is the one the window and the OS use)."""
    from cnngui.core.network.architecture import training_order

    pools = arch is None or training_order(arch) != list(range(len(arch)))
    threads = torch.get_num_threads()
    out = [BASELINE]
    for bf16 in ([False, True] if allowed.bf16 and _autocast_runs(device) else [False]):
        for channels_last in ([False, True] if allowed.channels_last else [False]):
            for pool_first in ([False, True] if allowed.pool_first and pools else [False]):
                setting = Setting(bf16, channels_last, pool_first)
                if setting not in out:
                    out.append(setting)
    if allowed.threads and device.type == "cpu" and threads >= 4:
        out.append(replace(out[-1], threads=threads // 2))  # beside the richest setting
    return out


def _autocast_runs(device: torch.device) -> bool:
    if device.type == "cuda":
        return torch.cuda.is_bf16_supported()
    return device.type == "cpu"


def measure_step(arch: list[dict], input_shape: tuple, batch_size: int, device: torch.device,
                 setting: Setting, seconds: float | None = None, cancelled=lambda: False) -> float:
    """images/s of full training steps (forward, backward, Adam) of `arch` at `setting`, on random data:
    two warm-up steps, then at least two timed ones, for about `seconds`."""
    from cnngui.core.network.architecture import build_model, ordered_forward, training_order

    seconds = STEP_TIME_S if seconds is None else seconds
    batch_size = min(batch_size, PROBE_BATCH)
    if cancelled():
        raise InterruptedError("stopped")
    torch.manual_seed(0)
    model = build_model(arch, input_shape).to(device)
    memory = torch.channels_last if setting.channels_last else torch.contiguous_format
    model.to(memory_format=memory)
    forward = ordered_forward(model, training_order(arch) if setting.pool_first else list(range(len(arch))))
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    x = torch.randn(batch_size, *input_shape, device=device).contiguous(memory_format=memory)
    with torch.no_grad():
        classes = forward(x[:1]).shape[1]
    y = torch.randint(0, classes, (batch_size,), device=device)

    def step() -> None:
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=setting.bf16):
            loss = F.cross_entropy(forward(x).float(), y)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()

    with thread_count(setting.threads):
        for _ in range(2):  # oneDNN makes its kernels on the first steps
            if cancelled():
                raise InterruptedError("stopped")
            step()
        sync = torch.cuda.synchronize if device.type == "cuda" else (lambda: None)
        sync()
        steps, start = 0, time.perf_counter()
        while steps < 2 or time.perf_counter() - start < seconds:
            if cancelled():
                raise InterruptedError("stopped")
            step()
            steps += 1
        sync()
        return steps * batch_size / (time.perf_counter() - start)


@contextmanager
def thread_count(threads: int):
    """Run with `threads` CPU threads (0: as they are), then give the count back."""
    before = torch.get_num_threads()
    if threads:
        torch.set_num_threads(threads)
    try:
        yield
    finally:
        if threads:
            torch.set_num_threads(before)


Measure = Callable[[Setting], float]


def probe(arch: list[dict], input_shape: tuple, batch_size: int, device: torch.device, allowed: Setting,
          measure: Measure | None = None, budget_s: float = BUDGET_S, cancelled=lambda: False) -> SpeedChoice:
    """Time each candidate (`measure(setting)` -> images/s) and keep the fastest; the baseline
    first, so a budget that runs out still leaves a fair choice. `cancelled()` (Stop, a closing
    window) ends it between candidates."""
    measure = measure or (lambda s: measure_step(arch, input_shape, batch_size, device, s, cancelled=cancelled))
    start, rates, fastest = time.perf_counter(), {}, BASELINE
    try:
        for setting in candidates(device, allowed, arch):
            if cancelled():
                return SpeedChoice(fastest, rates, "interrupted", time.perf_counter() - start)
            if rates and time.perf_counter() - start > budget_s:
                break
            rates[setting.name] = rate = float(measure(setting))
            if rate > rates[fastest.name]:
                fastest = setting
    except InterruptedError:
        return SpeedChoice(fastest, rates, "interrupted", time.perf_counter() - start)
    except Exception as exc:
        return SpeedChoice(BASELINE, rates, f"failed: {type(exc).__name__}: {exc}", time.perf_counter() - start)
    return SpeedChoice(fastest, rates, "measured", time.perf_counter() - start)


# ---- the cache ---------------------------------------------------------------------------------
def cache_key(arch: list[dict], input_shape: tuple, batch_size: int, device: torch.device, allowed: Setting) -> str:
    what = json.dumps({"machine": machine_id(device), "torch": torch.__version__, "arch": arch,
                       "input": list(input_shape), "batch": min(batch_size, PROBE_BATCH), "allowed": asdict(allowed),
                       "version": CACHE_VERSION}, sort_keys=True)
    return hashlib.sha256(what.encode()).hexdigest()[:24]


def cache_file() -> Path:
    from cnngui import resources

    return resources.cache_dir() / "speed-probe.json"


def _read_cache(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_cache(path: Path, cache: dict) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(path) as tmp:
            Path(tmp).write_text(json.dumps(cache, indent=1), encoding="utf-8")
    except OSError:
        return False
    return True


def forget_if_measured_under_load(choice: SpeedChoice, epoch_rate: float, factor: float = 2.0) -> bool:
    """A cached choice whose rate a real epoch beats `factor`-fold was measured while the machine was busy
    (seen here: 330 images/s cached while tests ran beside the probe, 4,600 in the epoch): forget it, so the
    next training measures again. True if it was forgotten."""
    if choice.cached_as is None or epoch_rate <= factor * choice.rates.get(choice.setting.name, epoch_rate):
        return False
    path, key = choice.cached_as
    cache = _read_cache(path)
    return cache.pop(key, None) is not None and _write_cache(path, cache)


def choose(arch: list[dict], input_shape: tuple, batch_size: int, device: torch.device, allowed: Setting,
           fresh: bool = False, measure: Measure | None = None, path: Path | None = None,
           cancelled=lambda: False) -> SpeedChoice:
    """The setting to train with: from the cache when this machine, torch, network and batch size were
    measured before (unless `fresh`), else probed now and remembered."""
    options = candidates(device, allowed, arch)
    if len(options) == 1:
        return SpeedChoice(options[0], {}, "not measured: the recipe allows one way only")
    path = path or cache_file()
    key = cache_key(arch, input_shape, batch_size, device, allowed)
    cache = _read_cache(path)
    entry = cache.get(key)
    if entry and not fresh:
        try:
            return SpeedChoice(Setting(**entry["setting"]), dict(entry["rates"]), "cached", 0.0, (path, key))
        except (KeyError, TypeError):
            pass  # an entry of another shape: measure again
    choice = probe(arch, input_shape, batch_size, device, allowed, measure, cancelled=cancelled)
    if choice.source == "measured":
        cache[key] = {"setting": asdict(choice.setting), "rates": choice.rates, "machine": machine_id(device),
                      "torch": torch.__version__, "measured": time.strftime("%Y-%m-%dT%H:%M:%S")}
        _write_cache(path, cache)  # one that can't be written costs a probe next time, nothing more
    return choice

