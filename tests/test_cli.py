"""The real `cnngui` commands: in-process for speed, and as subprocesses for exit codes."""

import json
import os
import subprocess
import sys

import pytest

from cnngui.cli import main
from cnngui.core.data.strokes import render_digit


def run_cli(*args):
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.run([sys.executable, "-m", "cnngui", *args], capture_output=True, text=True, env=env, timeout=300,
                          check=False)


@pytest.fixture
def digit_files(tmp_path):
    """Digits drawn as strokes, rendered to PNG: shifted, scaled, thick, thin, slanted, inverted."""
    cases = {
        0: dict(), 1: dict(box=0.4, center=(0.3, 0.35)), 2: dict(width=30), 3: dict(invert=True),
        4: dict(slant=0.3, box=0.8), 5: dict(width=8, box=0.5), 6: dict(center=(0.65, 0.6), box=0.5),
        7: dict(invert=True, box=0.35, center=(0.7, 0.7)), 8: dict(width=26), 9: dict(slant=0.2, size=120, width=9),
    }
    paths = {}
    for digit, options in cases.items():
        path = tmp_path / f"digit{digit}.png"
        render_digit(digit, **options).save(path)
        paths[digit] = path
    return paths


def test_predict_json_on_drawn_digits(digit_files, capsys):
    assert main(["predict", *map(str, digit_files.values()), "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert [r["digit"] for r in results] == list(digit_files)
    for r in results:
        assert set(r) == {"path", "digit", "class", "confidence", "probabilities", "framing", "not_sure", "strangeness"}
        assert r["framing"] == "reframed"  # pen-drawn on a large picture
        assert r["class"] == str(r["digit"])  # MNIST's class names are the digits
        assert len(r["probabilities"]) == 10 and abs(sum(r["probabilities"]) - 1) < 1e-3
        assert r["confidence"] == max(r["probabilities"])


def test_summary(capsys):
    assert main(["summary"]) == 0
    assert "Total params: 121,930" in capsys.readouterr().out
    assert main(["summary", "--ffnn"]) == 0
    assert "535,818" in capsys.readouterr().out


def test_evaluate_the_bundled_model(capsys):
    assert main(["evaluate"]) == 0
    out = capsys.readouterr().out
    accuracy = float(out.split("Test accuracy: ")[1].split()[0])
    assert accuracy >= 0.993
    per_class = out.split("Per-class accuracy:\n")[1].split("\n\n")[0].splitlines()
    assert [line.split(":")[0].strip() for line in per_class] == [str(d) for d in range(10)]
    matrix = out.split("columns: predicted):\n")[1].splitlines()[1:11]
    assert sum(int(v) for row in matrix for v in row.split()[1:]) == 10_000  # every test image once
    assert "Calibration: temperature" in out


def test_evaluate_json_has_the_documented_shape(capsys):
    import json

    import numpy as np

    assert main(["evaluate", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {"accuracy", "loss", "classes", "per_class", "confusion_matrix"} <= set(report)
    matrix = np.array(report["confusion_matrix"])
    assert matrix.shape == (10, 10) and matrix.sum() == 10_000
    assert report["accuracy"] == np.trace(matrix) / matrix.sum()
    row = report["per_class"][4]
    assert set(row) == {"class", "accuracy", "precision", "recall", "support"} and row["class"] == "4"
    assert row["support"] == matrix[4].sum() and row["recall"] == matrix[4, 4] / matrix[4].sum()
    assert row["precision"] == matrix[4, 4] / matrix[:, 4].sum()


def test_train_writes_a_checkpoint_and_resumes(tmp_path, capsys):
    out = tmp_path / "m.pt"
    assert main(["train", "--subset", "640", "--epochs", "1", "--batch-size", "64", "--device", "cpu",
                 "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "Epoch 1/1" in text and "val_accuracy" in text and out.is_file()
    assert main(["train", "--subset", "640", "--epochs", "2", "--resume", str(out), "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "Epoch 2/2" in text and "Epoch 1/2" not in text


@pytest.mark.parametrize("args,words", [
    (["train", "--epochs", "0"], "must be at least 1"),
    (["train", "--lr", "abc"], "not a number"),
    (["train", "--device", "cuda:7", "--subset", "10"], "cuda"),
    (["train", "--preset", "nope"], "Unknown preset"),
    (["train", "--data", "/nonexistent"], "does not exist"),
    (["evaluate", "--model", "/nonexistent.pt"], "does not exist"),
    (["frobnicate"], "invalid choice"),
])
def test_bad_arguments_exit_2_with_one_line(args, words, capsys):
    with pytest.raises(SystemExit) as exc:
        code = main(args)
        raise SystemExit(code)
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip()
    assert words in err and len(err.splitlines()) == 1 and "Traceback" not in err


def test_bad_files_exit_2_without_traceback(tmp_path):
    (tmp_path / "notes.png").write_text("not an image")
    (tmp_path / "bad.pt").write_bytes(b"\x00" * 100)
    from PIL import Image

    Image.new("L", (50, 50), 255).save(tmp_path / "blank.png")
    for args, words in ((["predict", str(tmp_path / "notes.png")], "not an image"),
                        (["predict", str(tmp_path / "blank.png")], "holds no digit"),
                        (["predict", str(tmp_path / "notes.png"), "--model", str(tmp_path / "bad.pt")],
                         "cannot be used")):
        result = run_cli(*args)
        assert result.returncode == 2, result.stderr
        assert words in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_self_test_passes(monkeypatch):
    result = run_cli("self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout and "main window and background training" in result.stdout


def test_gui_without_a_display_explains(monkeypatch):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "cnngui"], capture_output=True, text=True, env=env, timeout=60,
                            check=False)
    assert result.returncode == 2 and "no display" in result.stderr and "Traceback" not in result.stderr


def test_a_command_that_skips_pythons_teardown_still_writes_all_it_says(tmp_path):
    """`cnngui` ends a PyTorch command with os._exit (1.2 s of teardown saved): every line of a buffered pipe
    arrives first, and the exit code is the command's."""
    for digit in range(10):
        render_digit(digit).save(tmp_path / f"{digit}.png")
    paths = [str(tmp_path / f"{d}.png") for d in range(10)] * 30  # 300 answers, far past a pipe's buffer
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    result = subprocess.run([sys.executable, "-m", "cnngui", "predict", "--json", *paths], capture_output=True,
                            text=True, env=env, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    answers = json.loads(result.stdout)
    assert len(answers) == 300 and [a["digit"] for a in answers[:10]] == list(range(10))
    bad = subprocess.run([sys.executable, "-m", "cnngui", "predict", str(tmp_path / "none.png")],
                         capture_output=True, text=True, env=env, timeout=300, check=False)
    assert bad.returncode == 2 and "none.png" in bad.stderr
