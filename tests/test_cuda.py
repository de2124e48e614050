"""The CUDA path of what the GUI worker does each epoch. Runs where a GPU is present (skipped
elsewhere); pause and stop on CUDA are parametrised in test_training.py."""

import pytest
import torch

from cnngui.core.checkpoint import from_trainer, load_checkpoint, save_checkpoint
from cnngui.core.devices import list_devices
from cnngui.core.predict import Predictor
from cnngui.core.training import Listener, TrainConfig, Trainer

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
