"""`cnngui train --arch`, `cnngui summary --arch/--model --json`, and datasets on the command line."""

import json

import pytest

from cnngui.cli import main
from cnngui.core.network.architecture import PRESETS, SEED_CNN, save_architecture


def test_summary_json_of_the_seed(capsys):
    assert main(["summary", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["total_params"] == 121_930
    first, pool2, dense = out["layers"][0], out["layers"][5], out["layers"][-1]
    assert first == {"name": "conv1", "type": "conv", "output_shape": [32, 26, 26], "params": 320,
                     "receptive_field": {"size": 3, "jump": 1, "start": 0}}
    assert pool2["name"] == "pool2" and pool2["receptive_field"] == {"size": 10, "jump": 4, "start": 0}
    assert dense["output_shape"] == [10] and dense["receptive_field"] is None


@pytest.mark.parametrize("wrapped", [False, True])
def test_summary_of_an_architecture_file(tmp_path, capsys, wrapped):
    layers = PRESETS["lenet5"].layers
    path = tmp_path / "lenet.json"
    path.write_text(json.dumps({"layers": layers} if wrapped else layers))
    assert main(["summary", "--arch", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["total_params"] == 61_706
    conv1 = out["layers"][0]
    assert conv1["output_shape"] == [6, 28, 28] and conv1["receptive_field"] == {"size": 5, "jump": 1, "start": -2}
    assert main(["summary", "--arch", str(path)]) == 0
    assert "avgpool1 (AveragePooling2D)" in capsys.readouterr().out


def test_summary_of_a_checkpoint_as_json(seed_checkpoint, capsys):
    assert main(["summary", "--model", str(seed_checkpoint), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total_params"] == 121_930


@pytest.mark.parametrize("content,words", [
    ("not json", "not valid JSON"),
    ("{}", "list of layers"),
    ('[{"type": "dense", "out": 10}]', "add a flatten layer before it"),
    ('[{"type": "conv", "out": 8, "kernel": 31}]', "kernel size must be from 1 to 15"),
    ('[{"type": "conv", "out": 8, "kernel": 9}, {"type": "maxpool", "kernel": 4}, '
     '{"type": "conv", "out": 8, "kernel": 9}]',
     "larger than its 5×5 input"),
    ('[{"type": "wormhole"}]', "not a layer kind"),
])
def test_bad_architecture_files_exit_2_with_one_line(tmp_path, capsys, content, words):
    path = tmp_path / "arch.json"
    path.write_text(content)
    assert main(["summary", "--arch", str(path)]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1


def test_train_refuses_a_network_without_ten_outputs(tmp_path, capsys, idx_folder):
    _folder, _ = idx_folder
    path = tmp_path / "arch.json"
    save_architecture([{"type": "flatten"}, {"type": "dense", "out": 7}], path)
    out = tmp_path / "m.pt"
    assert main(["train", "--arch", str(path), "--out", str(out)]) == 2
    assert "one output per class (10)" in capsys.readouterr().err
    assert not out.exists()


def test_train_a_custom_architecture(tmp_path, capsys, monkeypatch, tiny_data):
    import cnngui.cli as cli

    monkeypatch.setattr(cli, "_load_data", lambda args, spec=None: tiny_data)
    path = tmp_path / "allconv.json"
    save_architecture(PRESETS["allconv"].layers, path, name="all-conv")
    out = tmp_path / "allconv.pt"
    assert main(["train", "--arch", str(path), "--epochs", "1", "--batch-size", "64", "--device", "cpu",
                 "--out", str(out)]) == 0
    from cnngui.core.model_files.checkpoint import load_checkpoint

    ckpt = load_checkpoint(out)
    assert ckpt.arch == PRESETS["allconv"].layers and ckpt.arch != SEED_CNN
    assert ckpt.dataset["name"] == "mnist" and ckpt.dataset["class_names"][3] == "3"
    assert main(["summary", "--model", str(out), "--json"]) == 0
    assert '"total_params": 75242' in capsys.readouterr().out
