"""How well "not sure" separates real digits from things that are not digits.

The bundled model, its calibration (temperature on one half of the MNIST test set, the
typicality threshold from the same half), then on the *other* half and on generated non-digits
(random scribbles, letters, blobs; core/strokes.py) and on digits drawn with canvas strokes:
the share flagged "not sure". Beside it, in the same run, the baseline a softmax gives: flag
when the (calibrated) top probability is below a threshold set for the same share of test digits.
Goal (issue 11): at least 80% of non-digits flagged while at most 2% of test digits are.
Usage: python benchmarks/not_sure.py
"""

from __future__ import annotations

import itertools
import time

import numpy as np
import torch

from cnngui.core.data.loading import load_mnist
from cnngui.core.data.strokes import non_digits, render_digit
from cnngui.core.evaluation.calibration import split_halves
from cnngui.core.evaluation.metrics import forward_with_features, run_model, softmax
from cnngui.core.evaluation.predict import Predictor
from cnngui.core.evaluation.report import make_report


def inputs_of(predictor: Predictor, images) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(logits, features, empty?) for PIL images, through the app's own preprocessing."""
    logits, features, empty = [], [], []
    for image in images:
        pre = predictor.preprocess(image)
        out, feats = forward_with_features(predictor.model, pre.tensor)
        logits.append(out.numpy()[0])
        features.append(feats.numpy()[0])
        empty.append(pre.empty)
    return np.array(logits), np.array(features), np.array(empty)


def main() -> None:
    torch.set_num_threads(2)
    data = load_mnist()
    predictor = Predictor.from_file()
    started = time.perf_counter()
    report = make_report(predictor.model, predictor.normalization, predictor.dataset, data.test_images,
                         data.test_labels, data.train_images)
    seconds = time.perf_counter() - started
    ev, cal = report.evaluation, report.calibration
    print(f"bundled model: test accuracy {ev.accuracy:.2%}; report (test pass + 10,000 training features) "
          f"{seconds:.1f} s on this machine")
    print(f"temperature {cal.temperature:.3f}: calibration error on the held-out half {cal.error_before:.2%} "
          f"as trained -> {cal.error_after:.2%} scaled")
    fit, check = split_halves(len(ev.labels))
    _, test_features = run_model(predictor.model, data.test_images[check], predictor.normalization)
    test_distance = cal.typicality.distances(test_features)
    test_confidence = softmax(ev.logits[check] / cal.temperature).max(1)
    fit_confidence = softmax(ev.logits[fit] / cal.temperature).max(1)

    odd = non_digits(seed=1, per_kind=80)
    kinds = np.array([kind for kind, _ in odd])
    odd_logits, odd_features, odd_empty = inputs_of(predictor, [image for _, image in odd])
    odd_distance = cal.typicality.distances(odd_features)
    odd_confidence = softmax(odd_logits / cal.temperature).max(1)
    drawn = [render_digit(d, width=w, slant=s, box=b)
             for d, w, s, b in itertools.product(range(10), (5, 10, 18, 30), (-0.2, 0.0, 0.3), (0.3, 0.8))]
    drawn_logits, drawn_features, _ = inputs_of(predictor, drawn)
    drawn_distance = cal.typicality.distances(drawn_features)
    drawn_confidence = softmax(drawn_logits / cal.temperature).max(1)

    print(f"\n{len(check)} held-out test digits, {len(odd)} generated non-digits "
          f"({', '.join(sorted(set(kinds)))}), {len(drawn)} digits drawn with canvas strokes")
    print(f"{'method':<34}{'setting':>9}{'test flagged':>14}{'non-digits':>12}"
          + "".join(f"{k:>10}" for k in ("scribble", "letter", "blob")) + f"{'drawn digits':>14}")
    for rate in (0.01, 0.015, 0.02):
        rows = []
        limit = cal.typicality.threshold(rate)
        rows.append(("typicality (nearest neighbours)", test_distance > limit, odd_distance > limit,
                     drawn_distance > limit))
        floor = float(np.quantile(fit_confidence, rate))
        rows.append(("baseline: calibrated softmax", test_confidence < floor, odd_confidence < floor,
                     drawn_confidence < floor))
        for name, test_flag, odd_flag, drawn_flag in rows:
            odd_flag = odd_flag | odd_empty
            print(f"{name:<34}{rate:>9.1%}{test_flag.mean():>14.2%}{odd_flag.mean():>12.1%}"
                  + "".join(f"{odd_flag[kinds == k].mean():>10.0%}" for k in ("scribble", "letter", "blob"))
                  + f"{drawn_flag.mean():>14.1%}")
    print("\nsetting: the share of real test digits the teacher allows to be flagged (Draw's 'not sure' setting)")


if __name__ == "__main__":
    main()
