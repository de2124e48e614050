"""The bundled model ships with the record of the run that made it, and that run is the `bundled` preset."""

import hashlib
import json

from cnngui import resources
from cnngui.core.training.recipes import preset


def test_the_bundled_model_ships_its_run_record_and_the_preset_reproduces_it():
    model = resources.bundled_model_path()
    record = json.loads(model.with_suffix(".run.json").read_text(encoding="utf-8"))
    assert record["model_sha256"] == hashlib.sha256(model.read_bytes()).hexdigest()
    assert record["state"] == "finished" and record["params"] == 121_930
    assert "--preset bundled" in record["command"]
    bundled = preset("bundled")
    for key in ("epochs", "batch_size", "lr", "optimizer", "schedule", "weight_decay", "augment", "seed",
                "label_smoothing"):
        assert record["config"][key] == getattr(bundled, key), key
    best = max(epoch["test_accuracy"] for epoch in record["history"])
    assert best >= 0.994  # issue 31: MNIST's test accuracy kept at or above 99.4%
