"""cnngui: a desktop app that makes convolutional neural networks visible."""

import os

# numpy's BLAS (OpenBLAS) keeps its own thread pool beside PyTorch's. On a 2-core PC the two pools fight
# over the cores: a 1×64 by 64×10,000 product ("not sure", on every pen event) took 4 ms instead of 0.05,
# and a pen event 13 ms instead of 3. cnngui's numpy products are small; PyTorch does the heavy work.
# Set before numpy loads (it reads these once); a user's own setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # numpy's; PyTorch's own BLAS is not OpenBLAS

__version__ = "0.1.0"
