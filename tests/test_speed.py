"""The speed probe (core.speed): measured, cached per machine, never slower than plain fp32."""

import torch

from cnngui.core.network.architecture import SEED_CNN
from cnngui.core.training import speed
from cnngui.core.training.speed import BASELINE, Setting

CPU = torch.device("cpu")
ALL = Setting(bf16=True, channels_last=True, pool_first=True, threads=1)


def fake(rates_by, calls=None):
    """A measure function: images/s from `rates_by(setting)`, counting its calls."""
    def measure(setting):
        if calls is not None:
            calls.append(setting)
        return rates_by(setting)
    return measure


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

    monkeypatch.setattr(speed, "measure_step", broken)
    monkeypatch.setattr(speed, "cache_file", lambda: tmp_path / "cache.json")
    monkeypatch.setenv("CNNGUI_SPEED_PROBE", "auto")
    from cnngui.cli import main

    out = tmp_path / "m.pt"
    assert main(["train", "--subset", "256", "--epochs", "1", "--device", "cpu", "--out", str(out), "--no-run"]) == 0
    text = capsys.readouterr().out
    assert "Speed: fp32, NCHW, network order (failed: RuntimeError: oneDNN could not make a bf16 kernel)" in text
    assert not (tmp_path / "cache.json").exists()  # a failure is not remembered


def test_a_real_probe_is_short_and_recorded_in_the_run(tmp_path, monkeypatch, tiny_data):
    from cnngui.core.training.continuing import TrainingSession
    from cnngui.core.training.recipes import TrainConfig
    from cnngui.core.training.runs import RunStore

    monkeypatch.setenv("CNNGUI_SPEED_PROBE", "fresh")
    monkeypatch.setattr(speed, "cache_file", lambda: tmp_path / "cache.json")
    monkeypatch.setattr(speed, "STEP_TIME_S", 0.02)
    session = TrainingSession(tiny_data, TrainConfig(epochs=1, batch_size=32, device="cpu", mixed_precision=True),
                              runs_root=tmp_path / "runs")
    choice = session.trainer.speed
    assert choice.source == "measured" and choice.seconds < speed.BUDGET_S + 1.5
    assert choice.rates[BASELINE.name] > 0 and choice.rates[choice.setting.name] >= choice.rates[BASELINE.name]
    session.run()
    run = RunStore(tmp_path / "runs").list()[0][0]
    assert run.speed["chosen"] == choice.setting.name and run.speed["rates"] == choice.rates


def test_stop_ends_the_probe_between_candidates_and_nothing_is_cached(tmp_path):
    calls = []
    measure = fake(lambda s: 1000, calls)
    choice = speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, measure=measure, path=tmp_path / "c.json",
                          cancelled=lambda: len(calls) >= 2)
    assert choice.source == "interrupted" and len(calls) == 2 and not (tmp_path / "c.json").exists()


def test_a_choice_cached_under_load_is_forgotten_when_an_epoch_beats_it(tmp_path, monkeypatch):
    """A probe run while the machine was busy cached fp32 at 330 images/s; the epochs then ran at 4,600.
    The first epoch that beats the cached rate twice over drops it, and the next training measures again."""
    calls, path = [], tmp_path / "cache.json"
    monkeypatch.setattr(speed, "machine_id", lambda device: "cpu:busy")
    busy = speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, measure=fake(lambda s: 300 + s.bf16, calls),
                        path=path)
    cached = speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, measure=fake(lambda s: 9999, calls), path=path)
    assert cached.source == "cached" and cached.setting == busy.setting
    assert not speed.forget_if_measured_under_load(cached, epoch_rate=450)  # within twice: kept
    assert speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, path=path).source == "cached"
    assert speed.forget_if_measured_under_load(cached, epoch_rate=4600)
    measured = len(calls)
    again = speed.choose(SEED_CNN, (1, 28, 28), 128, CPU, ALL, measure=fake(lambda s: 5000, calls), path=path)
    assert again.source == "measured" and len(calls) > measured
    assert not speed.forget_if_measured_under_load(again, epoch_rate=50_000)  # only a cached choice is doubted
