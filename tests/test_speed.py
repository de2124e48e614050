"""The speed probe (core.speed): measured, cached per machine, never slower than plain fp32."""

import time

import pytest
import torch

from cnngui.core.network.architecture import SEED_CNN
from cnngui.core.training import speed
from cnngui.core.training.speed import BASELINE, Setting

CPU = torch.device("cpu")
REAL_WATCH = speed.watch_other_work
ALL = Setting(bf16=True, channels_last=True, pool_first=True, threads=1)


def fake(rates_by, calls=None):
    """A measure function: images/s from `rates_by(setting)`, counting its calls."""
    def measure(setting, seconds=None, floor=0.0):
        if calls is not None:
            calls.append(setting)
        return rates_by(setting)
    return measure


def idle():
    """A machine where nothing else runs."""
    return lambda: 0.0


@pytest.fixture(autouse=True)
def _an_idle_machine(monkeypatch):
    """These tests run beside others on a busy PC: what the probe sees of other work is set per test."""
    monkeypatch.setattr(speed, "watch_other_work", idle)


def busy(share):
    return lambda: lambda: share


def test_a_slow_bf16_makes_it_choose_fp32(tmp_path):
    slow_bf16 = fake(lambda s: (2500 if s.bf16 else 5000) + (100 if s.channels_last else 0)
                     + (50 if s.pool_first else 0))
    choice = speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, measure=slow_bf16, path=tmp_path / "c.json")
    assert choice.setting == Setting(bf16=False, channels_last=True, pool_first=True)
    assert choice.source == "measured" and len(choice.rates) == 8  # every combination, the baseline first
    assert next(iter(choice.rates)) == BASELINE.name
    fast_bf16 = fake(lambda s: 9000 if s.bf16 else 3000)
    assert speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, measure=fast_bf16, fresh=True,
                        path=tmp_path / "c.json").setting.bf16


def test_the_choice_is_never_slower_than_plain_fp32(tmp_path):
    everything_slower = fake(lambda s: 1000 if s == BASELINE else 900)
    choice = speed.choose(SEED_CNN, (1, 28, 28), 64, CPU, ALL, measure=everything_slower, path=tmp_path / "c.json")
    assert choice.setting == BASELINE


def test_another_cpu_invalidates_the_cache(tmp_path, monkeypatch):
    calls, path = [], tmp_path / "cache.json"
    measure = fake(lambda s: 1000 + 10 * s.channels_last, calls)
    monkeypatch.setattr(speed, "machine_id", lambda device: "cpu:AMD EPYC 7B13")
    first = speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, measure=measure, path=path)
    measured = len(calls)
    again = speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, measure=measure, path=path)
    assert measured > 0 and len(calls) == measured and again.source == "cached" and again.setting == first.setting
    monkeypatch.setattr(speed, "machine_id", lambda device: "cpu:Intel(R) Xeon(R) Platinum 8481C")
    other = speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, measure=measure, path=path)
    assert other.source == "measured" and len(calls) == 2 * measured
    speed.choose(SEED_CNN, (1, 28, 28), 256, CPU, ALL, measure=measure, path=path)  # another batch size too
    assert len(calls) == 3 * measured


def test_two_cpus_of_one_name_keep_two_cached_choices(tmp_path, monkeypatch):
    """Lab PCs' "AMD EPYC" names an AVX2-only CPU and an AVX-512 BF16 one: each gets its own measurement."""
    from cnngui.core import devices

    calls, path = [], tmp_path / "cache.json"
    measure = fake(lambda s: 1000 + 10 * s.channels_last, calls)
    avx2, avx512 = tmp_path / "avx2", tmp_path / "avx512"
    avx2.write_text("model name\t: AMD EPYC\nflags\t\t: fpu sse avx avx2 fma\n")
    avx512.write_text("model name\t: AMD EPYC\nflags\t\t: fpu sse avx avx2 fma avx512f avx512_bf16\n")
    monkeypatch.setattr(devices, "CPUINFO", avx2)
    assert speed.machine_id(CPU) == "cpu:AMD EPYC [avx2 fma]"
    speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, measure=measure, path=path)
    measured = len(calls)
    monkeypatch.setattr(devices, "CPUINFO", avx512)
    assert speed.machine_id(CPU) == "cpu:AMD EPYC [avx2 fma avx512f avx512_bf16]"
    other = speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, measure=measure, path=path)
    assert other.source == "measured" and len(calls) == 2 * measured
    monkeypatch.setattr(devices, "CPUINFO", avx2)
    assert speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, measure=measure, path=path).source == "cached"


def test_a_failed_probe_falls_back_to_fp32_and_says_so(tmp_path, monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise RuntimeError("oneDNN could not make a bf16 kernel")

    monkeypatch.setattr(speed, "Bench", broken)
    monkeypatch.setattr(speed, "cache_file", lambda: tmp_path / "cache.json")
    monkeypatch.setenv("CNNGUI_SPEED_PROBE", "auto")
    from cnngui.cli import main

    out = tmp_path / "m.pt"
    assert main(["train", "--subset", "256", "--epochs", "1", "--device", "cpu", "--out", str(out), "--no-run"]) == 0
    text = capsys.readouterr().out
    assert "Speed: fp32, NCHW, network order (failed: RuntimeError: oneDNN could not make a bf16 kernel)" in text
    assert not (tmp_path / "cache.json").exists()  # a failure is not remembered


def test_a_real_probe_measures_each_way_once_the_best_twice_and_is_recorded_in_the_run(tmp_path, monkeypatch,
                                                                                        tiny_data):
    """Bounded by work, not by a clock (a busy PC may take any time): one bench per candidate, each timed once,
    the fastest few once more, nothing after."""
    from cnngui.core.training.continuing import TrainingSession
    from cnngui.core.training.recipes import TrainConfig
    from cnngui.core.training.runs import RunStore

    monkeypatch.setenv("CNNGUI_SPEED_PROBE", "fresh")
    monkeypatch.setattr(speed, "cache_file", lambda: tmp_path / "cache.json")
    monkeypatch.setattr(speed, "STEP_TIME_S", 0.02)
    monkeypatch.setattr(speed, "BUDGET_S", 1e6)  # however slow this machine is now, the second pass runs
    monkeypatch.setattr(speed, "HUGE_S", 1e6)  # and no network is too large to measure every way of
    made, timed = [], []

    class Counted(speed.Bench):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append(self.setting)

        def rate(self, seconds):
            timed.append((self.setting, seconds))
            return super().rate(seconds)

    monkeypatch.setattr(speed, "Bench", Counted)
    session = TrainingSession(tiny_data, TrainConfig(epochs=1, batch_size=32, device="cpu", mixed_precision=True),
                              runs_root=tmp_path / "runs")
    choice = session.trainer.speed
    assert choice.source == "measured" and len(made) == len(set(made)) == len(choice.rates) == 8
    assert sum(seconds == 0.02 for _, seconds in timed) == speed.SHORTLIST  # the fastest few, once more each
    assert len(timed) <= 8 + speed.SHORTLIST  # a way far slower than the best at its warm-up is not timed further
    assert choice.rates[BASELINE.name] > 0 and choice.rates[choice.setting.name] >= choice.rates[BASELINE.name]
    session.run()
    run = RunStore(tmp_path / "runs").list()[0][0]
    assert run.speed["chosen"] == choice.setting.name and run.speed["rates"] == choice.rates


def test_stop_ends_the_probe_between_candidates_and_nothing_is_cached(tmp_path):
    calls = []
    measure = fake(lambda s: 10_000, calls)
    choice = speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, measure=measure, path=tmp_path / "c.json",
                          cancelled=lambda: len(calls) >= 2)
    assert choice.source == "interrupted" and len(calls) == 2 and not (tmp_path / "c.json").exists()


def test_a_choice_the_first_epoch_contradicts_is_forgotten(tmp_path, monkeypatch):
    """A probe run while the machine was busy cached fp32 at 3,513 images/s; the epochs then ran at 5,400.
    An epoch far from the cached rate, or well below another candidate's, drops the choice."""
    calls, path = [], tmp_path / "cache.json"
    monkeypatch.setattr(speed, "machine_id", lambda device: "cpu:busy")
    rates = {BASELINE.name: 3000, Setting(False, True, True).name: 3513}
    probed = speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, path=path, watch=idle,
                          measure=fake(lambda s: rates.get(s.name, 1000), calls))
    cached = speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, measure=fake(lambda s: 9999, calls), path=path)
    assert cached.source == "cached" and cached.setting == probed.setting
    assert not speed.forget_if_contradicted(probed, epoch_rate=99_999)  # only a cached choice is doubted
    assert not speed.forget_if_contradicted(cached, epoch_rate=3100)  # 0.88 of its rate, nothing faster: kept
    assert speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, path=path).source == "cached"
    why = speed.forget_if_contradicted(cached, epoch_rate=5400)
    assert "5,400" in why and "3,513" in why and cached.record()["doubted"] == why
    measured = len(calls)
    again = speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, measure=fake(lambda s: 5000, calls), path=path,
                         watch=idle)
    assert again.source == "measured" and len(calls) > measured


def test_an_epoch_well_below_another_candidates_rate_contradicts_the_choice():
    fp32, bf16 = Setting(False, True, True), Setting(True, True, True)
    choice = speed.SpeedChoice(fp32, {BASELINE.name: 4000, fp32.name: 6000, bf16.name: 5900}, "cached")
    assert speed.contradiction(choice, 5200) == ""  # 0.87 of its own, bf16 not 25% above it
    why = speed.contradiction(choice, 4500)  # 0.75 of its own: bf16's 5,900 is 31% above what it really did
    assert bf16.name in why and "5,900" in why
    assert "cached figure" in speed.contradiction(choice, 2900)  # under half its own


def test_every_candidate_is_measured_and_the_fastest_last_one_wins(tmp_path):
    """bf16 comes last in the list; on the AVX-512 BF16 EPYC the budget ran out before it was ever measured. A slow
    first measurement (PyTorch's first optimizer imports torch._dynamo: 1.4 s) doesn't cut the first pass short."""
    order = speed.candidates(CPU, ALL, SEED_CNN)
    last = order[-1]
    calls = []

    def measure(setting, seconds, floor=0.0):
        calls.append(setting)
        if len(calls) == 1:
            time.sleep(0.15)  # one-time work in the first bench, longer than the whole budget here
        return 90_000 if setting == last else 50_000 + 10 * order.index(setting)

    choice = speed.probe(SEED_CNN, (1, 28, 28), 128, CPU, ALL, measure=measure, budget_s=0.1)
    assert set(choice.rates) == {s.name for s in order}  # every one
    assert choice.setting == last and choice.source == "measured"


def test_a_way_far_slower_at_its_warm_up_is_not_timed_further(monkeypatch):
    """bf16 on a CPU without it: 350 images/s against 4,000 for fp32; timing it properly took seconds a way."""
    timed = []

    class Fake:
        def __init__(self, arch, input_shape, batch_size, device, setting, cancelled):
            self.setting, self.warm_rate = setting, 300.0 if setting.bf16 else 4000.0

        def rate(self, seconds):
            timed.append(self.setting)
            return self.warm_rate * 1.1

    monkeypatch.setattr(speed, "Bench", Fake)
    measure = speed.benches(SEED_CNN, (1, 28, 28), 128, CPU)
    assert measure(BASELINE, 0.0, 2000.0) == 4400.0 and timed == [BASELINE]
    bf16 = Setting(bf16=True)
    assert measure(bf16, 0.0, 2000.0) == 300.0 and timed == [BASELINE]  # its warm-up rate stands
    assert measure(bf16, 0.3, 0.0) == 330.0  # asked again (the second pass), it is timed


def test_the_second_pass_decides_between_the_fastest_few():
    """A lucky first figure (short, noisy) is measured again, longer, before it wins."""
    order = speed.candidates(CPU, ALL, SEED_CNN)
    lucky, steady = order[2], order[5]
    seen = []

    def measure(setting, seconds, floor=0.0):
        seen.append((setting, seconds))
        if setting == lucky:
            return 8000 if seconds == speed.FIRST_PASS_S else 4000
        return 6000 if setting == steady else 3000

    choice = speed.probe(SEED_CNN, (1, 28, 28), 128, CPU, ALL, measure=measure)
    assert choice.setting == steady and choice.rates[lucky.name] == 4000
    second = [s for s, seconds in seen if seconds == speed.STEP_TIME_S]
    assert len(second) == speed.SHORTLIST and lucky in second and steady in second


def test_a_huge_network_gets_its_baseline_alone(tmp_path):
    """At 100 images/s (a wide network on a slow CPU) the first pass would take 36 s: the baseline stands."""
    calls = []
    choice = speed.probe(SEED_CNN, (1, 28, 28), 128, CPU, ALL, measure=fake(lambda s: 100, calls))
    assert calls == [BASELINE] and choice.setting == BASELINE and choice.source == "measured"


def test_a_probe_beside_other_work_is_used_but_not_cached(tmp_path, monkeypatch):
    path = tmp_path / "cache.json"
    monkeypatch.setattr(speed, "machine_id", lambda device: "cpu:lab PC")
    fast_bf16 = fake(lambda s: 9000 if s.bf16 else 5000)
    choice = speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, measure=fast_bf16, path=path, watch=busy(0.6))
    assert choice.source == "measured" and choice.setting.bf16  # this training uses it
    assert "60%" in choice.busy and "60%" in choice.summary() and not path.exists()  # nothing kept
    speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, measure=fast_bf16, path=path, watch=busy(0.1))
    assert speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, path=path).source == "cached"
    # measured again on request while the machine is busy: its baseline far below the one kept
    slow = speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, measure=fake(lambda s: 2000), path=path,
                        fresh=True, watch=idle)
    assert "2,000" in slow.busy and "5,000" in slow.busy
    kept = speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, path=path)
    assert kept.source == "cached" and kept.setting.bf16  # the idle figures stay


def test_other_work_is_measured_from_the_cpu_time_of_the_machine_less_this_process():
    import os
    import subprocess
    import sys

    share = REAL_WATCH()
    hog = subprocess.Popen([sys.executable, "-c", "import time\nt = time.time()\nwhile time.time() - t < 1.0: pass"])
    hog.wait()
    others = share()
    if not os.path.exists("/proc/stat"):
        assert others == 0.0
    else:  # a core busy for a second, in another process: this process's own CPU time is not counted
        assert others > 0.2 / (os.cpu_count() or 1)
