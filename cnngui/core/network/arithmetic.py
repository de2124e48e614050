"""How much arithmetic a network does per image: the figure that explains why GPUs train faster.

A convolution or a dense layer is multiply-adds and nothing else: each output value of a conv layer
is in_channels × k × k of them, each dense unit one per input. Training does about three times a
forward pass's work (the forward pass, then the gradients for the inputs and for the weights).
"""

from __future__ import annotations

import torch
from torch import nn

TRAINING_FACTOR = 3  # forward + two backward products per layer


def multiply_adds(model: nn.Module, input_shape: tuple[int, ...]) -> dict[str, int]:
    """Forward multiply-adds per image, by layer name (conv and dense layers; the rest is negligible)."""
    counts: dict[str, int] = {}
    hooks = []
    for name, module in model.named_children():
        if isinstance(module, nn.Conv2d):
            def conv_hook(mod, inputs, output, name=name):
                per_output = (mod.in_channels // mod.groups) * mod.kernel_size[0] * mod.kernel_size[1]
                counts[name] = output[0].numel() * per_output
            hooks.append(module.register_forward_hook(conv_hook))
        elif isinstance(module, nn.Linear):
            def dense_hook(mod, inputs, output, name=name):
                counts[name] = mod.in_features * mod.out_features
            hooks.append(module.register_forward_hook(dense_hook))
    try:
        with torch.inference_mode():
            model(torch.zeros(1, *input_shape, device=next(model.parameters()).device))
    finally:
        for hook in hooks:
            hook.remove()
    return counts


def training_multiply_adds(model: nn.Module, input_shape: tuple[int, ...]) -> int:
    """Multiply-adds to train on one image (forward and backward)."""
    return TRAINING_FACTOR * sum(multiply_adds(model, input_shape).values())
