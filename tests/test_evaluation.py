"""The evaluation and calibration core, on numbers whose answers are known."""

import numpy as np
import torch

from cnngui.core.evaluation.calibration import (
    Typicality,
    calibrate_from,
    calibration_error,
    fit_temperature,
    reliability,
    split_halves,
)
from cnngui.core.evaluation.metrics import Evaluation, softmax
from cnngui.core.evaluation.report import make_report


def an_evaluation() -> Evaluation:
    rng = np.random.default_rng(0)
    labels = rng.integers(0, 4, 400)
    logits = rng.normal(size=(400, 4)).astype(np.float32)
    logits[np.arange(400), labels] += 2.0  # right most of the time
    return Evaluation(["a", "b", "c", "d"], labels, logits)


def test_confusion_and_per_class_figures_agree_with_a_direct_count():
    ev = an_evaluation()
    predicted = ev.logits.argmax(1)
    for t in range(4):
        for p in range(4):
            assert ev.confusion[t, p] == np.sum((ev.labels == t) & (predicted == p))
    row = ev.per_class()[2]
    assert row["class"] == "c" and row["support"] == np.sum(ev.labels == 2)
    assert row["recall"] == np.sum((ev.labels == 2) & (predicted == 2)) / np.sum(ev.labels == 2)
    assert row["precision"] == np.sum((ev.labels == 2) & (predicted == 2)) / np.sum(predicted == 2)
    assert ev.accuracy == np.mean(predicted == ev.labels)
    assert abs(ev.loss - float(torch.nn.functional.cross_entropy(torch.tensor(ev.logits),
                                                                 torch.tensor(ev.labels)))) < 1e-5


def test_examples_of_a_cell_come_most_confident_first():
    ev = an_evaluation()
    cell = ev.examples(true=1, predicted=3)
    assert len(cell) == ev.confusion[1, 3] > 0
    assert all(ev.labels[i] == 1 and ev.predictions[i] == 3 for i in cell)
    assert np.all(np.diff(ev.confidences[cell]) <= 0)
    mistakes = ev.examples(mistakes_only=True)
    assert len(mistakes) == len(ev.labels) - np.trace(ev.confusion)
    wrong = [i for i in range(len(ev.labels)) if ev.predictions[i] != ev.labels[i]]
    assert ev.confidences[mistakes[0]] == max(ev.confidences[i] for i in wrong)


def test_the_text_report_holds_the_matrix():
    text = an_evaluation().text()
    rows = text.split("columns: predicted):\n")[1].splitlines()[1:5]
    assert [row.split()[0] for row in rows] == ["a", "b", "c", "d"]
    assert sum(int(v) for row in rows for v in row.split()[1:]) == 400


def test_temperature_scaling_recovers_a_known_temperature():
    rng = np.random.default_rng(1)
    true_logits = rng.normal(scale=2.0, size=(6000, 10))
    labels = np.array([rng.choice(10, p=p) for p in softmax(true_logits)])
    overconfident = true_logits * 3.0  # a network three times too sure
    temperature = fit_temperature(overconfident, labels)
    assert 2.6 < temperature < 3.4
    before = calibration_error(reliability(softmax(overconfident), labels))
    after = calibration_error(reliability(softmax(overconfident / temperature), labels))
    assert after < before / 3


def test_reliability_bins_hold_every_answer():
    ev = an_evaluation()
    bins = reliability(softmax(ev.logits), ev.labels, bins=10)
    assert sum(b.count for b in bins) == 400 and len(bins) == 10
    assert all(b.lower <= b.confidence <= b.upper for b in bins if b.count)


def test_typicality_flags_what_lies_far_from_the_training_features():
    rng = np.random.default_rng(2)
    directions = rng.normal(size=(3, 16))
    train = np.concatenate([d + 0.1 * rng.normal(size=(200, 16)) for d in directions])
    held_out = np.concatenate([d + 0.1 * rng.normal(size=(100, 16)) for d in directions])
    typicality = Typicality.fit(train, held_out)
    limit = typicality.threshold(0.02)
    assert np.mean(typicality.distances(held_out) > limit) <= 0.021
    strangers = rng.normal(size=(50, 16))  # random directions, far from all three
    assert np.mean(typicality.distances(strangers) > limit) > 0.9


def test_a_report_of_a_real_model_calibrates_and_judges(tiny_data):
    from cnngui.core.data.datasets import MNIST
    from cnngui.core.network.architecture import SEED_CNN, build_model

    torch.manual_seed(0)
    model = build_model(SEED_CNN).eval()
    report = make_report(model, MNIST.normalization, MNIST, tiny_data.test_images, tiny_data.test_labels,
                         tiny_data.train_images)
    ev, cal = report.evaluation, report.calibration
    assert ev.confusion.sum() == len(tiny_data.test_labels) and ev.classes == list(MNIST.class_names)
    assert cal.typicality is not None and cal.typicality.banks.shape[1] == len(tiny_data.train_images)
    fit, check = split_halves(len(ev.labels))
    assert len(cal.typicality.reference) == len(fit) and cal.held_out == len(check)
    assert set(ev.to_json()["calibration"]) >= {"temperature", "calibration_error_before", "calibration_error_after"}
    without_training = calibrate_from(ev)
    assert without_training.typicality is None and without_training.judge(np.zeros((1, 64))) == (False, 0.0)


def test_too_few_test_images_cannot_say_what_is_unusual():
    """A small folder's model (3 test images) must not call everything "not sure" from a threshold
    read off two images; with enough it has one."""
    import numpy as np

    from cnngui.core.evaluation.calibration import MIN_REFERENCE, calibrate_from
    from cnngui.core.evaluation.metrics import Evaluation

    rng = np.random.default_rng(0)

    def calibration(n):
        labels = np.arange(n) % 3
        evaluation = Evaluation(["a", "b", "c"], labels, rng.normal(size=(n, 3)).astype(np.float32))
        return calibrate_from(evaluation, rng.normal(size=(n, 8)), rng.normal(size=(40, 8)))

    assert calibration(3).typicality is None and not calibration(3).judge(np.ones(8))[0]
    assert calibration(2 * MIN_REFERENCE).typicality is not None
