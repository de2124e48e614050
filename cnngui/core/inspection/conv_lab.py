"""The arithmetic of one convolution and one pooling, step by step, for the convolution lab.

Every number the lab shows comes from here: the padded input, the patch under the kernel at
each position, the element-wise products, their sum plus bias, and the output map filling in
position by position; then ReLU; then max or average pooling window by window. The tests hold
each position against PyTorch's own conv2d / max_pool2d / avg_pool2d. Qt-free, numpy only.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnngui.errors import UserError
from cnngui.i18n import N_, tr


def _k(rows: list[list[float]]) -> np.ndarray:
    return np.asarray(rows, dtype=np.float32)


# Classic hand-made kernels, as image-processing courses introduce them.
CLASSIC_KERNELS: dict[str, np.ndarray] = {
    N_("Vertical edge"): _k([[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]]),
    N_("Horizontal edge"): _k([[-1, -1, -1], [0, 0, 0], [1, 1, 1]]),
    N_("Diagonal edge ╲"): _k([[0, 1, 1], [-1, 0, 1], [-1, -1, 0]]),
    N_("Diagonal edge ╱"): _k([[1, 1, 0], [1, 0, -1], [0, -1, -1]]),
    N_("Sobel (vertical edges)"): _k([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]),
    N_("Sobel (horizontal edges)"): _k([[-1, -2, -1], [0, 0, 0], [1, 2, 1]]),
    N_("Blur"): np.full((3, 3), 1 / 9, dtype=np.float32),
    N_("Sharpen"): _k([[0, -1, 0], [-1, 5, -1], [0, -1, 0]]),
    N_("Identity"): _k([[0, 0, 0], [0, 1, 0], [0, 0, 0]]),
}
STRIDES = (1, 2, 3)
PADDINGS = (0, 1, 2)


def output_size(n: int, k: int, stride: int, padding: int = 0) -> int:
    """⌊(n + 2p − k) / s⌋ + 1, the size the lab shows with its live numbers."""
    return (n + 2 * padding - k) // stride + 1


def formula_text(n: int, k: int, stride: int, padding: int) -> str:
    out = output_size(n, k, stride, padding)
    return f"⌊({n} + 2·{padding} − {k}) / {stride}⌋ + 1 = ⌊{n + 2 * padding - k} / {stride}⌋ + 1 = {out}"


@dataclass(frozen=True)
class ConvStep:
    """What happens at one kernel position: unit (y, x) of the output."""

    y: int
    x: int
    top: int  # the window's top-left in the *padded* input
    left: int
    patch: np.ndarray  # [k, k] of the padded input
    products: np.ndarray  # patch * kernel
    bias: float
    value: float  # products.sum() + bias


@dataclass(frozen=True)
class PoolStep:
    y: int
    x: int
    top: int
    left: int
    window: np.ndarray
    value: float
    argmax: tuple[int, int] | None  # where the maximum sits in the window (max pooling)


class _Sliding:
    """A window walked over a map position by position (row by row, left to right); `step(i).value` is the
    output at position i, and the whole output is computed once from those same steps."""

    out_h: int
    out_w: int
    _output: np.ndarray | None = None

    def step(self, index: int):
        raise NotImplementedError

    @property
    def positions(self) -> int:
        return self.out_h * self.out_w

    def output(self) -> np.ndarray:
        """The whole output map, from the same arithmetic `step` shows."""
        if self._output is None:
            out = np.empty((self.out_h, self.out_w), dtype=np.float32)
            for index in range(self.positions):
                step = self.step(index)
                out[step.y, step.x] = step.value
            self._output = out
        return self._output

    def partial_output(self, upto: int) -> np.ndarray:
        """The output filled up to and including position `upto`; NaN where the window has not been yet."""
        out = np.full(self.out_h * self.out_w, np.nan, dtype=np.float32)
        out[:upto + 1] = self.output().ravel()[:upto + 1]
        return out.reshape(self.out_h, self.out_w)


class Convolution(_Sliding):
    """One kernel sliding over one map, with stride and zero padding, walked position by position."""

    def __init__(self, image: np.ndarray, kernel: np.ndarray, bias: float = 0.0, stride: int = 1,
                 padding: int = 0) -> None:
        image = np.asarray(image, dtype=np.float32)
        kernel = np.asarray(kernel, dtype=np.float32)
        if image.ndim != 2 or kernel.ndim != 2 or kernel.shape[0] != kernel.shape[1]:
            raise UserError(tr("The lab convolves one 2-D map with one square kernel."))
        if stride < 1 or padding < 0:
            raise UserError(tr("Stride must be at least 1 and padding at least 0."))
        self.image, self.kernel, self.bias = image, kernel, float(bias)
        self.stride, self.padding = int(stride), int(padding)
        self.k = kernel.shape[0]
        self.padded = np.pad(image, padding)
        self.out_h = output_size(image.shape[0], self.k, stride, padding)
        self.out_w = output_size(image.shape[1], self.k, stride, padding)
        if self.out_h < 1 or self.out_w < 1:
            raise UserError(tr("A {k}×{k} kernel does not fit a {h}×{w} map with padding {padding}.").format(
                k=self.k, h=image.shape[0], w=image.shape[1], padding=padding))

    def step(self, index: int) -> ConvStep:
        """The kernel at position `index` (row by row, left to right)."""
        y, x = divmod(int(index), self.out_w)
        top, left = y * self.stride, x * self.stride
        patch = self.padded[top:top + self.k, left:left + self.k]
        products = patch * self.kernel
        return ConvStep(y, x, top, left, patch, products, self.bias, float(products.sum(dtype=np.float64)) + self.bias)


def relu(values: np.ndarray) -> np.ndarray:
    return np.maximum(values, 0)


class Pooling(_Sliding):
    """Max or average pooling of one map, walked window by window."""

    def __init__(self, image: np.ndarray, size: int = 2, stride: int = 2, mode: str = "max") -> None:
        if mode not in ("max", "avg"):
            raise UserError(tr("Pooling is max or avg, not {mode!r}.").format(mode=mode))
        self.image = np.asarray(image, dtype=np.float32)
        self.size, self.stride, self.mode = int(size), int(stride), mode
        self.out_h = output_size(self.image.shape[0], self.size, self.stride)
        self.out_w = output_size(self.image.shape[1], self.size, self.stride)
        if self.out_h < 1 or self.out_w < 1:
            raise UserError(tr("A {k}×{k} pooling window does not fit a {h}×{w} map.").format(
                k=size, h=self.image.shape[0], w=self.image.shape[1]))

    def step(self, index: int) -> PoolStep:
        y, x = divmod(int(index), self.out_w)
        top, left = y * self.stride, x * self.stride
        window = self.image[top:top + self.size, left:left + self.size]
        if self.mode == "max":
            flat = int(np.argmax(window))
            where = divmod(flat, window.shape[1])
            return PoolStep(y, x, top, left, window, float(window[where]), where)
        return PoolStep(y, x, top, left, window, float(window.mean(dtype=np.float64)), None)
