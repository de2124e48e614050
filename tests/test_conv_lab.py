"""The convolution lab's arithmetic, position by position, against PyTorch's own conv2d and pooling."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from cnngui.core.inspection.conv_lab import CLASSIC_KERNELS, Convolution, Pooling, formula_text, output_size, relu
from cnngui.errors import UserError


@pytest.mark.parametrize("seed", range(12))
def test_every_position_equals_conv2d(seed):
    rng = np.random.default_rng(seed)
    n, k = int(rng.integers(5, 29)), int(rng.choice([1, 2, 3, 5]))
    stride, padding = int(rng.integers(1, 4)), int(rng.integers(0, 3))
    if n + 2 * padding < k:
        pytest.skip("kernel larger than the padded map")
    image = rng.normal(size=(n, n)).astype(np.float32)
    kernel = rng.normal(size=(k, k)).astype(np.float32)
    bias = float(rng.normal())
    conv = Convolution(image, kernel, bias, stride, padding)
    expected = F.conv2d(torch.from_numpy(image)[None, None], torch.from_numpy(kernel)[None, None],
                        torch.tensor([bias]), stride=stride, padding=padding)[0, 0].numpy()
    assert (conv.out_h, conv.out_w) == expected.shape == (output_size(n, k, stride, padding),) * 2
    for index in range(conv.positions):
        step = conv.step(index)
        assert step.value == pytest.approx(float(expected[step.y, step.x]), abs=1e-4)
        assert np.allclose(step.products, step.patch * kernel)
    partial = conv.partial_output(3)
    assert np.isfinite(partial.ravel()[:4]).all() and np.isnan(partial.ravel()[4:]).all()


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("mode", ["max", "avg"])
def test_every_pooling_window_equals_pytorch(seed, mode):
    rng = np.random.default_rng(100 + seed)
    n, size, stride = int(rng.integers(4, 27)), int(rng.integers(2, 4)), int(rng.integers(1, 4))
    image = relu(rng.normal(size=(n, n)).astype(np.float32))
    pool = Pooling(image, size, stride, mode)
    op = F.max_pool2d if mode == "max" else F.avg_pool2d
    expected = op(torch.from_numpy(image)[None, None], size, stride)[0, 0].numpy()
    assert (pool.out_h, pool.out_w) == expected.shape
    for index in range(pool.positions):
        step = pool.step(index)
        assert step.value == pytest.approx(float(expected[step.y, step.x]), abs=1e-5)
        if mode == "max":
            assert step.window[step.argmax] == step.value


def test_classic_kernels_and_the_formula():
    assert set(CLASSIC_KERNELS) >= {"Vertical edge", "Horizontal edge", "Blur", "Sharpen", "Identity"}
    image = np.zeros((8, 8), dtype=np.float32)
    image[:, 4:] = 1  # a vertical edge between columns 3 and 4
    out = Convolution(image, CLASSIC_KERNELS["Vertical edge"]).output()
    assert out[:, 2:4].min() == 3 and np.abs(out[:, [0, 5]]).max() == 0  # it lights up on the edge only
    assert np.allclose(Convolution(image, CLASSIC_KERNELS["Identity"], padding=1).output(), image)
    assert formula_text(28, 3, 2, 1) == "⌊(28 + 2·1 − 3) / 2⌋ + 1 = ⌊27 / 2⌋ + 1 = 14"
    with pytest.raises(UserError, match="does not fit"):
        Convolution(np.zeros((3, 3)), np.ones((5, 5)))
