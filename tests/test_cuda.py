"""The CUDA path of what the GUI worker does each epoch. Runs where a GPU is present (skipped
elsewhere); pause and stop on CUDA are parametrised in test_training.py."""

import pytest
import torch

from cnngui.core.devices import list_devices
from cnngui.core.evaluation.predict import Predictor
from cnngui.core.model_files.checkpoint import from_trainer, load_checkpoint, save_checkpoint
from cnngui.core.training.loop import Listener, ResumeState, Trainer
from cnngui.core.training.recipes import TrainConfig

pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA GPU here")


def test_cuda_training_snapshots_to_cpu_and_predicts(tiny_data, tmp_path):
    assert any(d.id == "cuda:0" and d.usable for d in list_devices())
    snapshots = []

    class Snap(Listener):
        def on_epoch(self, report, trainer):
            snapshots.append(from_trainer(trainer))

    trainer = Trainer(tiny_data, TrainConfig(epochs=2, batch_size=32, device="cuda", mixed_precision=True),
                      listener=Snap())
    assert trainer.device.type == "cuda"
    trainer.run()
    assert all(t.device.type == "cpu" for t in snapshots[-1].state_dict.values())
    save_checkpoint(snapshots[-1], tmp_path / "cuda.pt")
    predictor = Predictor(load_checkpoint(tmp_path / "cuda.pt"))
    assert predictor.predict(tiny_data.test_images[0].numpy()).digit is not None


def test_cuda_graphs_train_like_plain_steps_and_resume(tiny_data):
    """The captured step is the same step: same weights as without graphs, the short last batch
    included (400 images at batch 32), and a resumed run captures again with its stored rate."""
    trainers = {}
    for graphs in (False, True):
        trainer = Trainer(tiny_data, TrainConfig(epochs=2, batch_size=32, device="cuda", cuda_graphs=graphs,
                                                 mixed_precision=False))
        trainer.run()
        trainers[graphs] = trainer
    assert trainers[True].step.graph is not None and trainers[False].graphs is False
    for plain, graphed in zip(trainers[False].model.parameters(), trainers[True].model.parameters()):
        # cuDNN may pick other algorithms inside a graph: equal up to rounding, grown over 26 steps
        assert (graphed - plain).norm() <= 1e-2 * plain.norm()
    for plain, graphed in zip(trainers[False].history, trainers[True].history):
        assert abs(plain.train_loss - graphed.train_loss) < 1e-3
        assert abs(plain.test_accuracy - graphed.test_accuracy) <= 0.02
    first = trainers[True]
    state = ResumeState(from_trainer(first).state_dict, from_trainer(first).optimizer_state, 2, first.history_dicts())
    resumed = Trainer(tiny_data, TrainConfig(epochs=3, batch_size=32, device="cuda"), resume=state)
    resumed.run()
    assert resumed.epochs_done == 3 and resumed.step.graph is not None
    assert isinstance(resumed.optimizer.param_groups[0]["lr"], torch.Tensor)


def test_cuda_run_record_and_device_speed(tiny_data, tmp_path):
    """The runs list and the CPU-vs-GPU experiment on a real GPU (the GUI shows what these return)."""
    from cnngui.core.teaching.experiments import device_speed
    from cnngui.core.training.runs import RunRecorder, RunStore

    store = RunStore(tmp_path / "runs")
    recorder = RunRecorder(store, name="on the GPU")
    trainer = Trainer(tiny_data, TrainConfig(epochs=1, batch_size=32, device="cuda"), listener=recorder)
    recorder.attach(trainer)
    try:
        trainer.run()
    finally:
        recorder.finish()
    runs, damaged = store.list()
    assert not damaged and runs[0].state == "finished" and runs[0].name == "on the GPU"
    snapshots = sorted((runs[0].folder / "snapshots").glob("*.pt"))
    assert snapshots and all(t.device.type == "cpu" for t in torch.load(snapshots[-1], weights_only=True).values())
    speeds = device_speed(tiny_data, seconds=0.5, devices=["cpu", "cuda:0"])
    assert [s.images_per_sec > 0 for s in speeds] == [True, True]
