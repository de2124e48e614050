"""Why this answer: which input pixels pushed the network towards a class.

Two methods, each a few lines of PyTorch. Captum 0.9 would bring matplotlib, fonttools,
kiwisolver, contourpy and more: 56 MB installed (captum itself 1.8 MB), measured from the
wheels, for what fits on a page here.
- **Integrated gradients** (Sundararajan et al. 2017): the gradient of the class score,
  averaged along the straight path from a blank canvas to the input, times (input - blank).
  The attributions add up to score(input) - score(blank), which the tests check.
- **Occlusion**: cover a small square with blank canvas, see how much the class score drops;
  every pixel gets the mean drop of the squares that covered it.
Both return a map [H, W] in score units: positive pushed towards the class, negative away.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import torch

from cnngui.i18n import N_


def integrated_gradients(model: torch.nn.Module, x: torch.Tensor, target: int, baseline: torch.Tensor,
                         steps: int = 24) -> torch.Tensor:
    """x, baseline: [1, C, H, W]. One batched forward and backward of `steps` images (midpoint rule)."""
    alphas = (torch.arange(steps, dtype=x.dtype) + 0.5) / steps
    path = (baseline + alphas.view(-1, 1, 1, 1) * (x - baseline)).detach().requires_grad_(True)
    with torch.enable_grad():
        scores = model(path)[:, target]
        (grads,) = torch.autograd.grad(scores.sum(), path)
    return ((x - baseline) * grads.mean(0, keepdim=True))[0].sum(0).detach()


def occlusion_masks(h: int, w: int, window: int, stride: int) -> torch.Tensor:
    """[K, 1, H, W]: 1 inside each window×window square, squares `stride` apart."""
    corners = [(r, c) for r in range(0, h - window + 1, stride) for c in range(0, w - window + 1, stride)]
    masks = torch.zeros(len(corners), 1, h, w)
    for i, (r, c) in enumerate(corners):
        masks[i, 0, r:r + window, c:c + window] = 1
    return masks


@torch.inference_mode()
def occlusion(model: torch.nn.Module, x: torch.Tensor, target: int, baseline: torch.Tensor,
              window: int = 4, stride: int = 2) -> torch.Tensor:
    """The drop in the class score when each window×window square becomes blank, spread over its pixels."""
    masks = occlusion_masks(x.shape[2], x.shape[3], window, stride)
    drops = model(x)[0, target] - model(x * (1 - masks) + baseline * masks)[:, target]
    return (drops.view(-1, 1, 1) * masks[:, 0]).sum(0) / masks[:, 0].sum(0).clamp(min=1)


@dataclass(frozen=True)
class Method:
    key: str
    title: str
    explain: str
    run: Callable[..., torch.Tensor]


METHODS: dict[str, Method] = {m.key: m for m in (
    Method("gradients", N_("Integrated gradients"),
           N_("How much each pixel's ink, added from a blank canvas, raised the class score."), integrated_gradients),
    Method("occlusion", N_("Occlusion"),
           N_("How much the class score drops when a 4×4 patch around each pixel is erased."), occlusion),
)}


def explain(model: torch.nn.Module, x: torch.Tensor, target: int, blank_value: float,
            method: str = "gradients") -> torch.Tensor:
    """The attribution map [H, W] for class `target` of the network input `x` [1, C, H, W];
    `blank_value` is what an empty canvas becomes after normalisation."""
    model.eval()
    return METHODS[method].run(model, x, target, torch.full_like(x, blank_value))
