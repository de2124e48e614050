"""Measure, don't assume: which way of training is fastest on this machine, for this network.

bf16 autocast ran twice as fast as fp32 on one of this project's CPUs and half as fast on another,
though both said they support it; channels_last, the pooling order and the thread count differ
as much. So before a training the trainer runs a short probe: a few real steps of the network about
to be trained, on its device, for every candidate setting (a short first pass over all of them, then
the fastest few measured again, longer), and keeps the fastest; the order of the list never decides
(bf16, last in it, once never got measured when the budget ran out before it). Its result is cached per
machine (the CPU's model name and vector extensions, or the GPU's name), torch version, network shape
and batch size, and measured again when any of them changes, on request, or when a training's first
epoch contradicts it. A probe that saw the machine busy is used but not cached: a lab PC is often busy
for a minute (a scan, thirty students starting the app), and a choice measured then would stay for good.
fp32 with the network's default layout is always among the candidates, so the choice is never
slower than it, and a probe that fails falls back to it with the reason.
"""

from __future__ import annotations

import hashlib
import json
import os
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

BUDGET_S = 3.0  # the second pass starts no measurement after it
HUGE_S = 10.0  # a network whose first pass would take longer than this (from its baseline's rate): the baseline alone
FIRST_PASS_S = 0.0  # the first pass times each candidate's two steps after its warm-up, no more
FIRST_PASS_STEPS = 4  # what the first pass runs per candidate: two warm-up steps and two timed
STEP_TIME_S = 0.3  # the second pass times each of the fastest few over about this long (a step varies by ±30%)
SHORTLIST = 2  # how many of the first pass's fastest the second pass measures again
SLOW_SHARE = 0.5  # a way whose warm-up step runs below this share of the fastest so far is not timed further
PROBE_BATCH = 512  # larger batches are measured at this size: the ranking holds, the probe stays short
BUSY_SHARE = 0.25  # other programs took more than this share of the CPU while the probe ran: busy
BUSY_BASELINE = 0.6  # a baseline below this share of the one cached for this machine: busy, too
CACHE_VERSION = 2  # 2: every candidate measured; entries of the budget-cut probe are measured again


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
    source: str = "measured"  # "measured", "cached", "not measured: ...", "interrupted" or "failed: ..."
    seconds: float = 0.0  # how long the probe took
    cached_as: tuple[Path, str] | None = None  # (cache file, key) of a cached choice, to forget it if it lied
    busy: str = ""  # why the machine looked busy while the probe ran (then nothing was cached)
    doubted: str = ""  # why the first epoch contradicted this cached choice (then it was forgotten)

    def summary(self) -> str:
        """One line for the log: what was chosen and why."""
        if not self.rates:
            return tr("Speed: {setting} ({source}).").format(setting=self.setting.name, source=self.source)
        rate, plain = self.rates.get(self.setting.name, 0.0), self.rates.get(BASELINE.name, 0.0)
        line = tr("Speed: {setting}, {rate} images/s, {times}× plain fp32: the fastest of {count} ways "
                  "({source}).").format(setting=self.setting.name, rate=number(rate, ",.0f"),
                                        times=number(rate / plain if plain else 1.0, ".1f"), count=len(self.rates),
                                        source=self.source)
        if self.busy:
            line += " " + tr("Not remembered: the machine was busy ({why}); the next training measures again.").format(
                why=self.busy)
        return line

    def record(self) -> dict:
        """What a run record keeps of it (plain JSON)."""
        return {"chosen": self.setting.name, **asdict(self.setting), "rates": dict(self.rates), "source": self.source,
                "probe_seconds": round(self.seconds, 3), "busy": self.busy, "doubted": self.doubted}


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


class Bench:
    """Full training steps (forward, backward, Adam) of `arch` at one setting, on random data, ready to be
    timed again and again: the model is built and warmed up once (oneDNN makes its kernels on the first
    steps), so the probe's second pass costs only the time it measures."""

    def __init__(self, arch: list[dict], input_shape: tuple, batch_size: int, device: torch.device,
                 setting: Setting, cancelled=lambda: False) -> None:
        from cnngui.core.network.architecture import build_model, ordered_forward, training_order

        self.device, self.setting, self.cancelled = device, setting, cancelled
        self.batch_size = min(batch_size, PROBE_BATCH)
        self._check()
        torch.manual_seed(0)
        model = build_model(arch, input_shape).to(device)
        memory = torch.channels_last if setting.channels_last else torch.contiguous_format
        model.to(memory_format=memory)
        self.forward = ordered_forward(model, training_order(arch) if setting.pool_first else list(range(len(arch))))
        self.optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
        self.x = torch.randn(self.batch_size, *input_shape, device=device).contiguous(memory_format=memory)
        with torch.no_grad():
            classes = self.forward(self.x[:1]).shape[1]
        self.y = torch.randint(0, classes, (self.batch_size,), device=device)
        self._sync = torch.cuda.synchronize if device.type == "cuda" else (lambda: None)
        with thread_count(setting.threads):
            for _ in range(2):  # oneDNN makes its kernels on the first; the second says roughly how fast it is
                self._check()
                self._sync()
                began = time.perf_counter()
                self._step()
                self._sync()
            self.warm_rate = self.batch_size / max(time.perf_counter() - began, 1e-9)

    def _check(self) -> None:
        if self.cancelled():
            raise InterruptedError("stopped")

    def _step(self) -> None:
        with torch.autocast(self.device.type, dtype=torch.bfloat16, enabled=self.setting.bf16):
            loss = F.cross_entropy(self.forward(self.x).float(), self.y)
        self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        self.optimizer.step()

    def rate(self, seconds: float) -> float:
        """images/s over at least two steps and about `seconds`."""
        with thread_count(self.setting.threads):
            self._sync()
            steps, start = 0, time.perf_counter()
            while steps < 2 or time.perf_counter() - start < seconds:
                self._check()
                self._step()
                steps += 1
            self._sync()
            return steps * self.batch_size / (time.perf_counter() - start)


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


Measure = Callable[[Setting, float, float], float]  # (setting, seconds to time it, floor) -> images/s


def benches(arch: list[dict], input_shape: tuple, batch_size: int, device: torch.device,
            cancelled=lambda: False) -> Measure:
    """The real measure: each setting's Bench made on its first call and timed again on the next. A new bench
    whose second warm-up step already ran below `floor` images/s is not timed further: that step's rate
    stands (bf16 on a CPU without it ran 10x slower than fp32, and timing it properly took seconds a way)."""
    made: dict[Setting, Bench] = {}

    def measure(setting: Setting, seconds: float, floor: float = 0.0) -> float:
        if setting not in made:
            made[setting] = Bench(arch, input_shape, batch_size, device, setting, cancelled)
            if made[setting].warm_rate < floor:
                return made[setting].warm_rate
        return made[setting].rate(seconds)

    return measure


def probe(arch: list[dict], input_shape: tuple, batch_size: int, device: torch.device, allowed: Setting,
          measure: Measure | None = None, budget_s: float | None = None, cancelled=lambda: False) -> SpeedChoice:
    """Measure every candidate and keep the fastest: a first pass times each briefly, the baseline first;
    then the `SHORTLIST` fastest are timed again, longer, while the budget lasts, and their second figure
    stands. So the list's order can't decide the winner, and a lucky short figure can't either. Only a
    network so large that the first pass alone would take over `HUGE_S` is measured no further. `cancelled()`
    (Stop, a closing window) ends it between measurements."""
    if measure is None:
        _import_the_optimizers_modules()
        measure = benches(arch, input_shape, batch_size, device, cancelled)
    budget_s = BUDGET_S if budget_s is None else budget_s
    options = candidates(device, allowed, arch)
    start, rates, fastest = time.perf_counter(), {}, BASELINE

    def measured() -> list[Setting]:
        return [setting for setting in options if setting.name in rates]

    def best() -> Setting:
        return max(measured(), key=lambda s: rates[s.name])

    try:
        for setting in options:
            if cancelled():
                return SpeedChoice(fastest, rates, "interrupted", time.perf_counter() - start)
            if len(rates) == 1 and FIRST_PASS_STEPS * min(batch_size, PROBE_BATCH) / max(
                    rates[BASELINE.name], 1e-9) * (len(options) - 1) > HUGE_S:
                break  # a huge network: the first pass alone would take over HUGE_S
            floor = SLOW_SHARE * max(rates.values(), default=0.0)
            rates[setting.name] = float(measure(setting, FIRST_PASS_S, floor))
            fastest = best()
        shortlist = sorted(measured(), key=lambda s: -rates[s.name])[:SHORTLIST] if len(rates) > 1 else []
        for setting in shortlist:
            if cancelled():
                return SpeedChoice(fastest, rates, "interrupted", time.perf_counter() - start)
            if time.perf_counter() - start > budget_s:
                break
            rates[setting.name] = float(measure(setting, STEP_TIME_S, 0.0))
        fastest = best()
    except InterruptedError:
        return SpeedChoice(fastest, rates, "interrupted", time.perf_counter() - start)
    except Exception as exc:
        return SpeedChoice(BASELINE, rates, f"failed: {type(exc).__name__}: {exc}", time.perf_counter() - start)
    return SpeedChoice(fastest, rates, "measured", time.perf_counter() - start)


def _import_the_optimizers_modules() -> None:
    """PyTorch's first optimizer step imports torch._dynamo (1.4-2 s): done before the clock starts, or the
    baseline's bench carried it and the probe thought the network huge (it measured one way of eight)."""
    weight = torch.zeros(1, requires_grad=True)
    weight.grad = torch.zeros(1)
    torch.optim.Adam([weight]).step()


def _cpu_seconds() -> tuple[float, float] | None:
    """(busy CPU seconds of the whole machine, of this process) so far; None where /proc doesn't say."""
    try:
        ticks = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
        per_second = os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, AttributeError):
        return None
    idle = ticks[3] + ticks[4]  # idle and iowait; steal (a busy neighbour on a VM) counts as busy
    own = os.times()
    return (sum(ticks) - idle) / per_second, own.user + own.system


def watch_other_work() -> Callable[[], float]:
    """Start watching; the function returned says what share of the machine's CPU time other programs
    took since (0 where it can't be known). Measured rather than read from the load average: that lags a
    minute and counts this app's own training."""
    start, began = _cpu_seconds(), time.perf_counter()

    def share() -> float:
        end = _cpu_seconds()
        wall = (time.perf_counter() - began) * (os.cpu_count() or 1)
        if start is None or end is None or wall <= 0:
            return 0.0
        return max(0.0, ((end[0] - start[0]) - (end[1] - start[1])) / wall)

    return share


def busy_reason(choice: SpeedChoice, cached_baseline: float | None, others: float) -> str:
    """Why a probe's figures can't be trusted to hold ("" if they can): other programs took a good share of
    the CPU while it ran, or its baseline came out far below the one measured here before."""
    if others > BUSY_SHARE:
        return tr("other programs used {share} of the CPU").format(share=number(others, ".0%"))
    baseline = choice.rates.get(BASELINE.name)
    if cached_baseline and baseline and baseline < BUSY_BASELINE * cached_baseline:
        return tr("plain fp32 at {now} images/s, {before} before").format(now=number(baseline, ",.0f"),
                                                                       before=number(cached_baseline, ",.0f"))
    return ""


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


CONTRADICTED = (0.5, 1.5)  # an epoch's rate outside this share of its cached rate: that figure was not this machine's
OVERTAKEN = 1.25  # another candidate cached this much faster than the epoch: the choice is doubtful


def contradiction(choice: SpeedChoice, epoch_rate: float) -> str:
    """Why a training's first epoch contradicts a cached choice ("" if it doesn't): it ran far from the
    chosen setting's cached rate (seen: 3,513 images/s cached by a probe beside other work, epochs at 5,400),
    or well below another candidate's cached rate. An epoch's rate is about 0.85-1.0 of the probe's."""
    if choice.source != "cached" or not epoch_rate:
        return ""
    own = choice.rates.get(choice.setting.name)
    if own and not CONTRADICTED[0] <= epoch_rate / own <= CONTRADICTED[1]:
        return tr("the epoch ran at {rate} images/s, the cached figure says {own}").format(
            rate=number(epoch_rate, ",.0f"), own=number(own, ",.0f"))
    others = {name: rate for name, rate in choice.rates.items() if name != choice.setting.name}
    if others:
        name, rate = max(others.items(), key=lambda item: item[1])
        if rate > OVERTAKEN * epoch_rate:
            return tr("the epoch ran at {rate} images/s, {name} was cached at {other}").format(
                rate=number(epoch_rate, ",.0f"), name=name, other=number(rate, ",.0f"))
    return ""


def forget_if_contradicted(choice: SpeedChoice, epoch_rate: float) -> str:
    """Forget a cached choice that the training's first epoch contradicts, so the next training measures
    again; returns why ("" if it was kept)."""
    why = contradiction(choice, epoch_rate)
    if not why or choice.cached_as is None:
        return ""
    path, key = choice.cached_as
    cache = _read_cache(path)
    if cache.pop(key, None) is None or not _write_cache(path, cache):
        return ""
    choice.doubted = why
    return why


def _cached_baseline(cache: dict, key: str) -> float | None:
    """The plain fp32 rate this network was measured at here before, if it was."""
    try:
        return float(cache[key]["rates"][BASELINE.name])
    except (KeyError, TypeError, ValueError):
        return None


def choose(arch: list[dict], input_shape: tuple, batch_size: int, device: torch.device, allowed: Setting,
           fresh: bool = False, measure: Measure | None = None, path: Path | None = None,
           cancelled=lambda: False, watch: Callable[[], Callable[[], float]] | None = None) -> SpeedChoice:
    """The setting to train with: from the cache when this machine, torch, network and batch size were
    measured before (unless `fresh`), else probed now and remembered, unless the machine was busy."""
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
    others = (watch or watch_other_work)()  # how much the rest of the machine works beside the probe
    choice = probe(arch, input_shape, batch_size, device, allowed, measure, cancelled=cancelled)
    if choice.source == "measured":
        choice.busy = busy_reason(choice, _cached_baseline(cache, key), others())
        if not choice.busy:
            cache[key] = {"setting": asdict(choice.setting), "rates": choice.rates, "machine": machine_id(device),
                          "torch": torch.__version__, "measured": time.strftime("%Y-%m-%dT%H:%M:%S")}
            _write_cache(path, cache)  # one that can't be written costs a probe next time, nothing more
    return choice
