""""Not sure" on the command line: the model's calibration is shipped (bundled model) or made once and kept,
and `cnngui predict` gives a picture the verdict Draw gives it."""

from __future__ import annotations

import json

import numpy as np
from PIL import Image

from cnngui.cli import main
from cnngui.core.data.strokes import render_digit, render_letter
from cnngui.core.evaluation import kept_calibration


def _predict(capsys, *paths) -> list[dict]:
    assert main(["predict", *map(str, paths), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_predict_says_not_sure_of_a_letter_and_sure_of_a_digit(tmp_path, capsys):
    Image.fromarray(np.asarray(render_letter("K"))).save(tmp_path / "k.png")
    Image.fromarray(np.asarray(render_digit(4))).save(tmp_path / "four.png")
    letter, digit = _predict(capsys, tmp_path / "k.png", tmp_path / "four.png")
    assert letter["not_sure"] is True and letter["strangeness"] > 1
    assert digit["not_sure"] is False and digit["strangeness"] < 1 and digit["digit"] == 4


def test_predict_and_draw_give_one_verdict(make_window, qtbot, tmp_path, capsys):
    window = make_window("draw_tab")
    draw = window.draw_tab
    pictures = {"K": render_letter("K"), "R": render_letter("R"), "4": render_digit(4), "7": render_digit(7)}
    for name, picture in pictures.items():
        Image.fromarray(np.asarray(picture)).save(tmp_path / f"{name}.png")
    cli = {r["path"]: r for r in _predict(capsys, *(tmp_path / f"{name}.png" for name in pictures))}
    for name, picture in pictures.items():
        window.state.show_picture(np.asarray(picture, dtype=np.float32) / 255.0, name)
        qtbot.waitUntil(lambda: draw.last_prediction is not None and draw.last_prediction.strangeness is not None)
        said = cli[str(tmp_path / f"{name}.png")]
        assert draw.last_prediction.not_sure == said["not_sure"], name
        assert draw.last_prediction.index == said["digit"] or said["not_sure"], name


def test_another_models_calibration_is_made_once_and_kept(tmp_path, seed_checkpoint, monkeypatch):
    from cnngui.core.evaluation.predict import Predictor

    stand_in = kept_calibration.load(kept_calibration.shipped_path(),
                                     kept_calibration.file_digest(kept_calibration.resources.bundled_model_path()))
    made = []
    monkeypatch.setattr(kept_calibration, "_made", lambda checkpoint, model: made.append(1) or stand_in)
    predictor = Predictor.from_file(seed_checkpoint)
    assert predictor.calibration is None  # nothing kept yet: the app makes it with its report
    first = kept_calibration.calibration_for(seed_checkpoint, predictor.checkpoint, predictor.model)
    again = kept_calibration.calibration_for(seed_checkpoint, predictor.checkpoint, predictor.model)
    assert made == [1] and first.temperature == again.temperature == stand_in.temperature
    kept = kept_calibration._kept_file(kept_calibration.file_digest(seed_checkpoint))
    assert kept.is_file() and not list(kept.parent.glob("*.tmp"))
    assert Predictor.from_file(seed_checkpoint).calibration is not None  # the app uses it at once too
    kept.write_bytes(b"not an npz")  # damaged: made again, not trusted
    kept_calibration.calibration_for(seed_checkpoint, predictor.checkpoint, predictor.model)
    assert made == [1, 1]
    other = tmp_path / "other.pt"
    other.write_bytes(seed_checkpoint.read_bytes() + b"\0")  # another file: another key, not this calibration
    assert kept_calibration.kept_for(other) is None


def test_a_calibration_kept_in_the_earlier_format_is_made_again(tmp_path):
    """Format 1 kept one view of the features; its distances mean something else now, so it is not trusted."""
    digest = kept_calibration.file_digest(kept_calibration.resources.bundled_model_path())
    shipped = kept_calibration.load(kept_calibration.shipped_path(), digest)
    assert shipped is not None and shipped.typicality.banks.shape[0] == 2
    path = tmp_path / "kept.npz"
    kept_calibration.save(shipped, path, digest)
    assert kept_calibration.load(path, digest).typicality.units.tolist() == shipped.typicality.units.tolist()
    with np.load(path, allow_pickle=False) as kept:
        arrays = dict(kept)
    arrays["format"] = np.array(1)
    with open(path, "wb") as f:
        np.savez(f, **arrays)
    assert kept_calibration.load(path, digest) is None
