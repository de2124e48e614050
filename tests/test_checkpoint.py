from pathlib import Path

import pytest
import torch

from cnngui.core.model_files.checkpoint import FORMAT, load_checkpoint, save_checkpoint
from cnngui.errors import CheckpointError, UserError


def test_round_trip_keeps_weights_and_metadata(seed_checkpoint, tmp_path):
    ckpt = load_checkpoint(seed_checkpoint)
    assert ckpt.epoch == 2 and 0 <= ckpt.metrics["test_accuracy"] <= 1
    assert ckpt.versions["torch"] == torch.__version__ and ckpt.optimizer_state is not None
    assert ckpt.config["batch_size"] == 32 and len(ckpt.history) == 2
    copy = save_checkpoint(ckpt, tmp_path / "copy.pt")
    again = load_checkpoint(copy)
    assert all(torch.equal(again.state_dict[k], ckpt.state_dict[k]) for k in ckpt.state_dict)
    model = again.build()
    assert model(torch.zeros(1, 1, 28, 28)).shape == (1, 10)
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary file left


def test_truncated_file(seed_checkpoint, tmp_path):
    bad = tmp_path / "cut.pt"
    bad.write_bytes(seed_checkpoint.read_bytes()[:5000])
    with pytest.raises(CheckpointError, match="truncated or corrupt"):
        load_checkpoint(bad)


def test_empty_and_non_torch_files(tmp_path):
    (tmp_path / "empty.pt").write_bytes(b"")
    (tmp_path / "text.pt").write_text("hello")
    with pytest.raises(CheckpointError, match="empty"):
        load_checkpoint(tmp_path / "empty.pt")
    with pytest.raises(CheckpointError, match="not a PyTorch file"):
        load_checkpoint(tmp_path / "text.pt")


def test_foreign_pytorch_file(tmp_path):
    torch.save({"model": torch.nn.Linear(2, 2).state_dict()}, tmp_path / "foreign.pt")
    with pytest.raises(CheckpointError, match="not a cnngui checkpoint"):
        load_checkpoint(tmp_path / "foreign.pt")


class Evil:
    def __reduce__(self):
        return (print, ("code ran",))


def test_file_with_code_is_refused_without_running_it(tmp_path, capsys):
    path = tmp_path / "evil.pt"
    torch.save({"format": FORMAT, "payload": Evil()}, path)
    with pytest.raises(CheckpointError, match="could run code"):
        load_checkpoint(path)
    assert "code ran" not in capsys.readouterr().out


def test_tampered_weights_are_detected(seed_checkpoint, tmp_path):
    payload = torch.load(seed_checkpoint, weights_only=True)
    payload["state_dict"]["dense2.bias"][3] += 5.0
    torch.save(payload, tmp_path / "tampered.pt")
    with pytest.raises(CheckpointError, match="altered"):
        load_checkpoint(tmp_path / "tampered.pt")


def test_failed_write_keeps_the_old_file(seed_checkpoint, tmp_path, monkeypatch):
    ckpt = load_checkpoint(seed_checkpoint)
    target = tmp_path / "model.pt"
    save_checkpoint(ckpt, target)
    before = target.read_bytes()

    def broken_save(obj, f, *a, **k):
        Path(f).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(torch, "save", broken_save)
    with pytest.raises(UserError, match="the disk is full"):
        save_checkpoint(ckpt, target)
    assert target.read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp"))


def _resaved(path, tmp_path, edit):
    """A copy of a checkpoint with `edit(payload)` applied and its weights' checksum made to match again."""
    import torch

    from cnngui.core.model_files.checkpoint import weights_digest

    payload = torch.load(path, weights_only=True)
    edit(payload)
    payload["weights_sha256"] = weights_digest(payload["state_dict"])
    out = tmp_path / "edited.pt"
    torch.save(payload, out)
    return out


@pytest.mark.parametrize("edit,words", [
    (lambda p: p["state_dict"]["conv1.weight"].__setitem__((0, 0, 0, 0), float("nan")), "NaN or infinite"),
    (lambda p: p.update(normalization={"mean": "0.1", "std": 0.3}), "normalisation mean"),
    (lambda p: p.update(normalization={"mean": 0.1, "std": 0}), "std must be above 0"),
    (lambda p: p["arch"][0].pop("kernel") and p["arch"][0].update(kernel="3"), "whole number"),
    (lambda p: p["arch"][0].update(stride=0), "stride must be from 1"),
    (lambda p: p["arch"][7].update(out=10**12), "units must be from 1 to 8192"),
    (lambda p: p["history"][0].pop("epoch"), "history entry 1"),
    (lambda p: p.update(optimizer_state=[1, 2]), "optimizer state"),
    (lambda p: p.update(arch=__import__("cnngui.core.network.architecture", fromlist=["x"]).FFNN_BASELINE),
     "do not fit"),
    (lambda p: p["state_dict"].update({"conv1.weight": p["state_dict"]["conv1.weight"][:, :, :2, :2].clone()}),
     "are (32, 1, 2, 2), but its architecture needs (32, 1, 3, 3)"),
])
def test_fields_edited_after_saving_are_refused_at_the_door(seed_checkpoint, tmp_path, edit, words):
    """The checksum covers the weights only: every other field is checked when the file is opened."""
    path = _resaved(seed_checkpoint, tmp_path, edit)
    with pytest.raises(CheckpointError) as info:
        load_checkpoint(path)
    assert words in str(info.value) and str(path) in str(info.value)
