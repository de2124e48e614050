"""Looking inside a model: receptive fields, feature maps, filters, gradients and top patches.

All arithmetic is Qt-free and works for any model the architecture description can express.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from cnngui.core.data.datasets import SIDE
from cnngui.core.network.architecture import INPUT_SHAPE, describe
from cnngui.core.network.layers import ReceptiveField


def receptive_fields(arch: list[dict], input_shape: tuple[int, ...] = INPUT_SHAPE) -> list[ReceptiveField]:
    """The theoretical receptive field of every layer's units (the registry's rule per kind)."""
    return [info.receptive_field for info in describe(arch, input_shape)]


def _layers(model: torch.nn.Module) -> list[torch.nn.Module]:
    return list(model.children())


@torch.inference_mode()
def feature_maps(model: torch.nn.Module, tensor: torch.Tensor) -> list[np.ndarray]:
    """Every layer's output for one input [1,C,H,W]: arrays [C,H,W] for maps, [N] for vectors."""
    outputs = []
    x = tensor
    for layer in _layers(model):
        x = layer(x)
        outputs.append(x[0].detach().cpu().numpy().copy())
    return outputs


def conv_filters(model: torch.nn.Module) -> list[tuple[str, np.ndarray]]:
    """(layer name, weights [out, in, k, k]) for each conv layer."""
    return [(name, m.weight.detach().cpu().numpy().copy()) for name, m in model.named_children()
            if isinstance(m, torch.nn.Conv2d)]


def conv_kernel(model: torch.nn.Module, layer: str, out_channel: int, in_channel: int = 0) -> tuple[np.ndarray, float]:
    """One learned kernel [k, k] of a conv layer, and its output channel's bias."""
    module = dict(model.named_children())[layer]
    kernel = module.weight[out_channel, in_channel].detach().cpu().numpy().copy()
    bias = float(module.bias[out_channel].detach()) if module.bias is not None else 0.0
    return kernel, bias


def unit_gradient(model: torch.nn.Module, tensor: torch.Tensor, layer_index: int, channel: int,
                  y: int = 0, x: int = 0) -> np.ndarray:
    """The effective receptive field: |d unit / d input| as [H, W] (zero where the unit is inactive)."""
    image = tensor.detach().clone().requires_grad_(True)
    out = image
    with torch.enable_grad():
        for layer in _layers(model)[:layer_index + 1]:
            out = layer(out)
        unit = out[0, channel, y, x] if out.ndim == 4 else out[0, channel]
        (grad,) = torch.autograd.grad(unit, image, allow_unused=True)
    if grad is None:
        return np.zeros(tuple(tensor.shape[-2:]), dtype=np.float32)
    return grad[0, 0].abs().cpu().numpy()


@torch.inference_mode()
def channel_maxima(model: torch.nn.Module, images: torch.Tensor, layer_index: int,
                   batch_size: int = 2000, cancelled=lambda: False) -> tuple[torch.Tensor, torch.Tensor]:
    """For normalised images [N,C,H,W]: each image's strongest response per channel [N,C] and
    where it happened (flat position index) [N,C]. `cancelled()` is asked between batches."""
    layers = _layers(model)[:layer_index + 1]
    values, positions = [], []
    for start in range(0, len(images), batch_size):
        if cancelled():
            raise InterruptedError("cancelled")
        x = images[start:start + batch_size]
        for layer in layers:
            x = layer(x)
        flat = x.flatten(2) if x.ndim == 4 else x.unsqueeze(2)
        v, p = flat.max(dim=2)
        values.append(v)
        positions.append(p)
    return torch.cat(values), torch.cat(positions)


@dataclass(frozen=True)
class TopPatch:
    patch: np.ndarray  # the input cropped to the unit's receptive field, float [0, 1]
    activation: float
    image_index: int
    region: tuple[int, int, int, int]  # top, left, bottom, right in the 28x28 input


def top_patches(images_uint8: torch.Tensor, maxima: torch.Tensor, positions: torch.Tensor, layer_shape: tuple,
                rf: ReceptiveField, channel: int, k: int = 9) -> list[TopPatch]:
    """The k inputs that excite `channel` most, each cropped to the receptive field of its best unit."""
    width = layer_shape[2] if len(layer_shape) == 3 else 1
    order = torch.argsort(maxima[:, channel], descending=True)[:k]
    out = []
    for index in order.tolist():
        pos = int(positions[index, channel])
        top, left, bottom, right = rf.region(pos // width, pos % width, tuple(images_uint8.shape[1:]))
        patch = images_uint8[index, top:bottom, left:right].float().numpy() / 255.0
        out.append(TopPatch(patch, float(maxima[index, channel]), index, (top, left, bottom, right)))
    return out


def context_window(region: tuple[int, int, int, int], minimum: int = 12, size: int = SIDE) -> tuple[int, int, int, int]:
    """A square window of at least `minimum` pixels around `region`, inside the input, so a small
    receptive field can be shown with the strokes around it."""
    top, left, bottom, right = region
    side = min(size, max(minimum, bottom - top, right - left))
    cy, cx = (top + bottom) / 2, (left + right) / 2
    y0 = int(min(max(0, round(cy - side / 2)), size - side))
    x0 = int(min(max(0, round(cx - side / 2)), size - side))
    return y0, x0, y0 + side, x0 + side
