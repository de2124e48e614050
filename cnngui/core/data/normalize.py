"""The model's input: uint8 pictures -> [0, 1] -> normalised as the dataset (or an imported model) asks.

Training, evaluation, prediction and the Draw tab all make the network's input here, so a picture
means the same to the network whichever path it came by."""

from __future__ import annotations

import torch

from cnngui.core.data.datasets import MNIST

MNIST_NORMALIZATION = MNIST.normalization


def normalize(images: torch.Tensor, normalization: dict = MNIST_NORMALIZATION) -> torch.Tensor:
    """[0, 1] images -> (images - mean) / std."""
    return (images - normalization["mean"]) / normalization["std"]


def unit_batch(images: torch.Tensor, device: torch.device | str = "cpu") -> torch.Tensor:
    """uint8 images [N, H, W] -> float [N, 1, H, W] in [0, 1] on `device`."""
    return images.to(device).unsqueeze(1).float().div_(255)


def network_input(images: torch.Tensor, normalization: dict = MNIST_NORMALIZATION,
                  device: torch.device | str = "cpu") -> torch.Tensor:
    """uint8 images [N, H, W] -> the model's normalised input [N, 1, H, W]."""
    return normalize(unit_batch(images, device), normalization)
