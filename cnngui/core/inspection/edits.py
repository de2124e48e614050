"""Changes a student makes to a trained model to see what its parts do: channels switched off, kernels edited.

Edits are applied to a copy of the trained weights, never to the weights themselves, so a
reset restores the model exactly and the file on disk is only changed if the edited model is
saved under a name. A channel switched off outputs 0: its kernels and its bias are zeroed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import torch

from cnngui.core.model_files.checkpoint import Checkpoint
from cnngui.i18n import tr


@dataclass(frozen=True)
class ModelEdits:
    off: dict[str, frozenset[int]] = field(default_factory=dict)  # conv layer -> channels switched off
    kernels: dict[tuple[str, int, int], np.ndarray] = field(default_factory=dict)  # (layer, out, in) -> [k, k]

    @property
    def empty(self) -> bool:
        return not any(self.off.values()) and not self.kernels

    def toggled(self, layer: str, channel: int, off: bool) -> ModelEdits:
        channels = set(self.off.get(layer, frozenset()))
        (channels.add if off else channels.discard)(channel)
        return replace(self, off={**self.off, layer: frozenset(channels)})

    def with_kernel(self, layer: str, out: int, in_: int, kernel: np.ndarray) -> ModelEdits:
        return replace(self, kernels={**self.kernels, (layer, out, in_): np.asarray(kernel, dtype=np.float32).copy()})

    def is_off(self, layer: str, channel: int) -> bool:
        return channel in self.off.get(layer, frozenset())

    def describe(self) -> str:
        """"conv1 channels 3, 7 off; conv1 filter 2 edited", or "" when there are no edits."""
        parts = [(tr("{layer} channels {channels} off") if len(ch) > 1 else tr("{layer} channel {channels} off"))
                 .format(layer=layer, channels=", ".join(map(str, sorted(ch)))) for layer, ch in self.off.items() if ch]
        parts += [tr("{layer} filter {filter} edited").format(layer=layer, filter=out)
                  for layer, out, _ in sorted(self.kernels, key=lambda k: k[:2])]
        return "; ".join(parts)

    def apply(self, checkpoint: Checkpoint) -> Checkpoint:
        """A copy of `checkpoint` with these edits in its weights (the original is left as it was)."""
        state = {name: tensor.clone() for name, tensor in checkpoint.state_dict.items()}
        for (layer, out, in_), kernel in self.kernels.items():
            state[f"{layer}.weight"][out, in_] = torch.from_numpy(kernel)
        for layer, channels in self.off.items():
            for channel in channels:
                state[f"{layer}.weight"][channel] = 0
                if f"{layer}.bias" in state:
                    state[f"{layer}.bias"][channel] = 0
        note = f"edited: {self.describe()}" if not self.empty else checkpoint.note
        return replace(checkpoint, state_dict=state, optimizer_state=None, note=note)
