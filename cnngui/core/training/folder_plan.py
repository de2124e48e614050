"""Training on an image folder, planned once for the command line and the Train tab alike: the settings
chosen for the folder's size, and the network for its classes, from random weights or on top of a trained
model's (with its learned features kept, or not)."""

from __future__ import annotations

from dataclasses import dataclass, field

from cnngui.core.model_files.checkpoint import Checkpoint
from cnngui.core.network.architecture import for_classes
from cnngui.core.training.continuing import starting_from
from cnngui.core.training.loop import feature_layers
from cnngui.core.training.recipes import for_small_folder


@dataclass
class FolderPlan:
    settings: dict  # hyperparameters chosen for the folder's size (epochs, batch, augment, lr)
    settings_line: str  # what was chosen, in words, for the log
    arch: list[dict]  # the network, one output per class
    options: dict = field(default_factory=dict)  # trainer options: start weights, features kept, normalisation
    frozen_layers: int = 0  # how many layers keep the start model's features (0: all learn)


def plan_folder_training(images: int, classes: int, arch: list[dict], start: Checkpoint | None = None,
                         freeze_features: bool = False) -> FolderPlan:
    """The plan for `images` training images of `classes` classes: `arch` fitted to the classes when
    learning from scratch, else `start`'s network with a new last layer where the classes differ."""
    settings, line = for_small_folder(images, fine_tune=start is not None)
    if start is None:
        return FolderPlan(settings, line, for_classes(arch, classes))
    network, options = starting_from(start, classes, freeze_features)
    return FolderPlan(settings, line, network, options, feature_layers(network) if freeze_features else 0)
