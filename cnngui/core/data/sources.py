"""Where each kind of dataset comes from: the one place that knows the kinds' loaders.

An MNIST-format dataset (MNIST, Fashion-MNIST, KMNIST) loads from its four files through its
torchvision class; an image folder (`DatasetSpec.torchvision_class == "ImageFolder"`) through
`core.image_folder`. The app state and the views ask here and never name a kind.
"""

from __future__ import annotations

from pathlib import Path

import torch

from cnngui.core.data.datasets import FOLDER_KIND, DatasetSpec
from cnngui.core.data.loading import ImageData, load_dataset, load_test_split


def is_folder(spec: DatasetSpec) -> bool:
    return spec.torchvision_class == FOLDER_KIND


def load(spec: DatasetSpec, folder: str | Path | None) -> ImageData:
    """The dataset's training and test images (slow the first time: call it off the GUI thread)."""
    if is_folder(spec):
        from cnngui.core.data.image_folder import load_image_folder

        return load_image_folder(folder or spec.origin).data
    return load_dataset(spec, Path(folder) if folder else None)


def load_test(spec: DatasetSpec, folder: str | Path | None, whole=load) -> tuple[torch.Tensor, torch.Tensor]:
    """Only the test images and labels. A folder's come from decoding all of it: `whole(spec, folder)`
    (a cache of whole datasets, where the caller keeps one, so a folder is decoded once)."""
    if is_folder(spec):
        data = whole(spec, folder)
        return data.test_images, data.test_labels
    return load_test_split(spec, Path(folder) if folder else None)
