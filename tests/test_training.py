import threading
from dataclasses import replace

import pytest
import torch

from cnngui.core.control import TaskState
from cnngui.core.training.loop import Listener, ResumeState, Trainer, lr_at
from cnngui.core.training.recipes import PRESETS, TrainConfig, preset
from cnngui.errors import DeviceError, UserError

DEVICES = ["cpu", pytest.param("cuda", marks=pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA GPU"))]


class Recorder(Listener):
    def __init__(self):
        self.batches, self.epochs = [], []

    def on_batch(self, report):
        self.batches.append(report)

    def on_epoch(self, report, trainer):
        self.epochs.append(report)


def test_training_learns_the_synthetic_digits(tiny_data):
    rec = Recorder()
    result = Trainer(tiny_data, TrainConfig(epochs=3, batch_size=32, lr=2e-3, device="cpu"), listener=rec,
                     report_interval=0).run()
    assert not result.stopped and result.epochs_done == 3
    assert [e.epoch for e in rec.epochs] == [1, 2, 3]
    assert rec.epochs[-1].test_accuracy > 0.6  # chance is 0.1
    assert rec.epochs[-1].train_loss < rec.epochs[0].train_loss
    assert sum(len(b.losses) for b in rec.batches) == 3 * 13  # every batch's loss is reported once
    assert all(isinstance(x, float) for b in rec.batches for x in b.losses)


def test_reports_are_throttled(tiny_data):
    """Bounded by a clock the test owns (one tick a batch), so a busy machine can't change the count."""
    import itertools

    rec = Recorder()
    trainer = Trainer(tiny_data, TrainConfig(epochs=1, batch_size=8, device="cpu"), listener=rec, report_interval=10)
    trainer.clock = itertools.count().__next__
    trainer.run()
    assert [len(b.losses) for b in rec.batches] == [10] * 5  # every 10th batch, each with the losses between
    assert [b.batch for b in rec.batches] == [10, 20, 30, 40, 50]


def test_same_seed_same_result(tiny_data):
    cfg = TrainConfig(epochs=1, batch_size=64, device="cpu", seed=7)
    a = Trainer(tiny_data, cfg).run().model.state_dict()
    b = Trainer(tiny_data, cfg).run().model.state_dict()
    assert all(torch.equal(a[k], b[k]) for k in a)


@pytest.mark.parametrize("device", DEVICES)
def test_stop_takes_effect_within_one_batch(tiny_data, device):
    control = TaskState()

    class StopAfterFirst(Recorder):
        def on_batch(self, report):
            super().on_batch(report)
            control.stop()

    rec = StopAfterFirst()
    result = Trainer(tiny_data, TrainConfig(epochs=5, batch_size=8, device=device), control=control,
                     listener=rec, report_interval=0).run()
    assert result.stopped and result.epochs_done == 0
    assert sum(len(b.losses) for b in rec.batches) == 1
    assert result.model(torch.zeros(1, 1, 28, 28, device=device)).shape == (1, 10)  # the model so far is usable


@pytest.mark.parametrize("stop_at_check", [3, 15, 22])  # inside forward, inside backward, in the epoch's test
def test_stop_takes_effect_between_layers_even_inside_a_batch(tiny_data, stop_at_check):
    """One batch of a wide network on a CPU can take seconds: Stop must not wait for it."""

    class StopAtCheck(TaskState):
        checks = 0

        @property
        def stop_requested(self) -> bool:
            StopAtCheck.checks += 1
            return StopAtCheck.checks >= stop_at_check

    trainer = Trainer(tiny_data, TrainConfig(epochs=3, batch_size=len(tiny_data.train_images), device="cpu"),
                      control=StopAtCheck(), report_interval=0)
    before = {k: v.clone() for k, v in trainer.model.state_dict().items()}
    steps_seen = []
    trainer.optimizer.register_step_post_hook(lambda *_: steps_seen.append(1))
    result = trainer.run()
    assert result.stopped and result.epochs_done == 0 and not result.history
    # checks: 1 before the batch, 2..11 after each of the 10 layers forward, 12..21 as backward reaches
    # each, 22 before the epoch's test: a stop inside the batch drops it, one in the test keeps the step
    stepped = stop_at_check > 21
    assert len(steps_seen) == stepped
    assert all(torch.equal(before[k], v) for k, v in result.model.state_dict().items()) != stepped
    assert all(not layer._forward_hooks for layer in result.model.children())  # the checks are gone
    assert result.model(torch.zeros(1, 1, 28, 28)).shape == (1, 10)


@pytest.mark.parametrize("device", DEVICES)
def test_pause_holds_and_resume_continues(tiny_data, device):
    control = TaskState()
    rec = Recorder()
    paused_at = []

    class PauseOnce(Recorder):
        def on_batch(self, report):
            rec.on_batch(report)
            if not paused_at:
                paused_at.append(report.batch)
                control.pause()

    trainer = Trainer(tiny_data, TrainConfig(epochs=1, batch_size=8, device=device), control=control,
                      listener=PauseOnce(), report_interval=0)
    thread = threading.Thread(target=trainer.run)
    thread.start()
    thread.join(0.5)
    assert thread.is_alive() and control.paused
    count = len(rec.batches)
    thread.join(0.3)
    assert len(rec.batches) == count == 1  # nothing trained while paused
    control.resume()
    thread.join(30)
    assert not thread.is_alive() and rec.batches[-1].batch == 50


def test_resume_continues_from_the_epoch_reached(tiny_data):
    first = Trainer(tiny_data, TrainConfig(epochs=1, batch_size=64, device="cpu"))
    first.run()
    state = ResumeState(first.model.state_dict(), first.optimizer.state_dict(), 1, first.history_dicts())
    rec = Recorder()
    result = Trainer(tiny_data, TrainConfig(epochs=2, batch_size=64, device="cpu"), listener=rec, resume=state).run()
    assert [e.epoch for e in rec.epochs] == [2]
    assert [h.epoch for h in result.history] == [1, 2]


@pytest.mark.parametrize("field,value,words", [("epochs", 0, "epochs"), ("batch_size", 0, "batch size"),
                                               ("lr", -1.0, "learning rate"), ("lr", float("nan"), "learning rate"),
                                               ("optimizer", "rmsprop", "optimizer"), ("seed", -1, "seed"),
                                               ("label_smoothing", 1.0, "label smoothing"),
                                               ("adam_beta2", 1.0, "beta2")])
def test_impossible_hyperparameters_are_explained(field, value, words):
    cfg = TrainConfig()
    setattr(cfg, field, value)
    with pytest.raises(UserError, match=words):
        cfg.validate()


def test_missing_cuda_is_a_clear_error(tiny_data):
    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    with pytest.raises(DeviceError, match="--device cpu"):
        Trainer(tiny_data, TrainConfig(device="cuda"))


def test_presets():
    assert preset("seed").batch_size == 32 and preset("seed").lr == 1e-3 and preset("seed").epochs == 3
    assert preset("fast", epochs=4).epochs == 4 and PRESETS["fast"].epochs == 1  # overrides copy
    with pytest.raises(UserError):
        preset("nope")


def test_one_cycle_schedule_warms_up_and_decays():
    cfg = TrainConfig(lr=1.0, schedule="onecycle")
    rates = [lr_at(cfg, s, 100) for s in range(100)]
    assert rates[0] < 0.1 and max(rates) == pytest.approx(1.0, abs=0.01) and rates[-1] < 0.01
    assert lr_at(TrainConfig(lr=0.5, schedule="constant"), 50, 100) == 0.5


def test_training_order_computes_the_same_function_and_gradients():
    """Max pooling before an increasing activation is the same network, values and gradients."""
    from cnngui.core.network.architecture import PRESETS as NETWORKS
    from cnngui.core.network.architecture import build_model, training_order
    from cnngui.core.training.loop import ordered_forward

    assert training_order(NETWORKS["seed"].layers)[:3] == [0, 2, 1]  # conv, pool, relu
    assert training_order(NETWORKS["lenet5"].layers) == list(range(len(NETWORKS["lenet5"].layers)))  # avg pool
    for key in ("seed", "deep"):
        torch.manual_seed(0)
        model = build_model(NETWORKS[key].layers).eval()
        fast = ordered_forward(model, training_order(NETWORKS[key].layers))
        assert fast is not model
        x = torch.randn(4, 1, 28, 28, requires_grad=True)
        plain, grad_plain = model(x), torch.autograd.grad(model(x).square().sum(), x)[0]
        swapped, grad_swapped = fast(x), torch.autograd.grad(fast(x).square().sum(), x)[0]
        torch.testing.assert_close(swapped, plain)
        torch.testing.assert_close(grad_swapped, grad_plain)


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("network", ["seed", "ffnn", "deep", "lenet5", "allconv"])
def test_every_preset_network_trains_with_every_optimisation_on(tiny_data, network, device):
    """bf16, channels_last, the pool-first order, label smoothing and Adam's beta2, on each network."""
    from cnngui.core.network.architecture import PRESETS as NETWORKS

    cfg = preset("fast", device=device, batch_size=50)
    assert cfg.mixed_precision and cfg.channels_last and cfg.label_smoothing > 0 and cfg.adam_beta2 < 0.999
    trainer = Trainer(tiny_data, cfg, arch=NETWORKS[network].layers)
    before = [p.detach().clone() for p in trainer.model.parameters()]
    result = trainer.run()
    assert result.epochs_done == 1 and torch.isfinite(torch.tensor(result.history[0].train_loss))
    assert any(not torch.equal(a, b.detach()) for a, b in zip(before, trainer.model.parameters()))
    # the rest of the app gets plain (contiguous) weights back, whatever layout training used
    assert all(p.is_contiguous() for p in trainer.model.parameters())


def test_the_training_loss_is_the_plain_cross_entropy_whatever_the_objective_smooths(tiny_data, seed_checkpoint):
    """With label smoothing the curve flattened at ~0.55 beside a test loss of 0.13, read as underfitting:
    the loss shown is now the plain cross-entropy (the test loss's measure), the objective named beside it."""
    import torch.nn.functional as F

    from cnngui.core.data.normalize import network_input

    config = TrainConfig(epochs=1, batch_size=32, lr=0.00001, optimizer="sgd", schedule="constant",
                         label_smoothing=0.3, device="cpu", speed_probe="off")
    from cnngui.core.model_files.checkpoint import load_checkpoint

    trained = load_checkpoint(seed_checkpoint).state_dict  # sure of its answers: smoothing then costs much
    trainer = Trainer(tiny_data, config, report_interval=0, init_state=trained)
    result = trainer.run()
    report = result.history[0]
    with torch.no_grad():  # the learning rate barely moves the weights: the epoch's figures are the model's
        logits = result.model(network_input(tiny_data.train_images, trainer.normalization))
        plain = float(F.cross_entropy(logits, tiny_data.train_labels))
        smoothed = float(F.cross_entropy(logits, tiny_data.train_labels, label_smoothing=0.3))
    assert abs(report.train_loss - plain) < 0.02 and abs(report.train_objective - smoothed) < 0.02
    assert report.train_objective - report.train_loss > 0.1
    plain_run = Trainer(tiny_data, replace(config, label_smoothing=0.0), report_interval=0).run()
    assert plain_run.history[0].train_objective is None  # nothing to say where they are one
