"""The frozen bundle's left-out CUDA libraries (packaging/left_out.py) must never be ones PyTorch
loads at import: without those the bundle would not start at all, GPU or not."""

import os
import sys
from pathlib import Path

import pytest
import torch  # noqa: F401  (loads its libraries)

sys.path.insert(0, str(Path(__file__).parents[1] / "packaging"))
from left_out import LEFT_OUT, left_out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_no_left_out_library_is_loaded_at_import():
    loaded = {os.path.basename(line.split()[-1]) for line in Path("/proc/self/maps").read_text().splitlines()
              if len(line.split()) >= 6 and ".so" in line.split()[-1]}
    assert loaded and not [name for name in loaded if left_out(name)]
    assert left_out("libcudnn_adv.so.9") and not left_out("libcudnn.so.9") and not left_out("libnvrtc.so.13")
    assert all(reason for reason in LEFT_OUT.values())  # each says why
