"""Batch augmentation that mimics how people's handwriting differs from MNIST's writers.

Works on whole batches of [0, 1] images on the training device: slant, rotation, aspect
and size changes, small shifts, and thicker or thinner strokes.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F


def augment_batch(images: torch.Tensor, strength: float = 1.0) -> torch.Tensor:
    """images: float [B, 1, H, W] in [0, 1]. Returns a new batch of the same shape."""
    n, device = images.shape[0], images.device
    rand = lambda lo, hi: torch.empty(n, device=device).uniform_(lo, hi)  # noqa: E731
    angle = rand(-15.0, 15.0) * strength * math.pi / 180
    shear = rand(-0.35, 0.35) * strength
    scale = 1 + rand(-0.15, 0.12) * strength
    aspect = 1 + rand(-0.15, 0.15) * strength
    shift = torch.empty(n, 2, device=device).uniform_(-2.0, 2.0) * strength * (2 / images.shape[-1])  # ±2 px
    cos, sin = torch.cos(angle), torch.sin(angle)
    sx, sy = 1 / (scale * aspect), aspect / scale  # grid coordinates map output -> input
    theta = torch.zeros(n, 2, 3, device=device)
    theta[:, 0, 0] = cos * sx
    theta[:, 0, 1] = (-sin + shear * cos) * sx
    theta[:, 1, 0] = sin * sy
    theta[:, 1, 1] = (cos + shear * sin) * sy
    theta[:, :, 2] = shift
    grid = F.affine_grid(theta, list(images.shape), align_corners=False)
    out = F.grid_sample(images, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
    # Stroke width: dilate about a third of the batch, thin about a sixth.
    choice = torch.rand(n, 1, 1, 1, device=device)
    thick = F.max_pool2d(out, 3, stride=1, padding=1)
    thin = -F.max_pool2d(-out, 3, stride=1, padding=1)
    blend = torch.rand(n, 1, 1, 1, device=device) * 0.5 + 0.5
    out = torch.where(choice < 0.33 * strength, out + blend * (thick - out), out)
    out = torch.where(choice > 1 - 0.17 * strength, out + 0.6 * blend * (thin - out), out)
    return out.clamp_(0, 1)
