"""MNIST, offline: verified decompression of the bundled files, loading through torchvision.

The bundled `.gz` files are decompressed into a cache folder and each decompressed file is
checked against the published MD5 every time it is used, so a truncated or altered copy is
named instead of silently trained on. Training then keeps the whole set as tensors.
"""

from __future__ import annotations

import gzip
import hashlib
import shutil
import zlib
from dataclasses import dataclass
from pathlib import Path

import torch

from cnngui import resources
from cnngui.core.atomic import atomic_path
from cnngui.errors import DataError

# Published MD5 of each *uncompressed* MNIST file, and its size in bytes.
MNIST_FILES: dict[str, tuple[str, int]] = {
    "train-images-idx3-ubyte": ("6bbc9ace898e44ae57da46a324031adb", 47_040_016),
    "train-labels-idx1-ubyte": ("a25bea736e30d166cdddb491f175f624", 60_008),
    "t10k-images-idx3-ubyte": ("2646ac647ad5339dbf082846283269ea", 7_840_016),
    "t10k-labels-idx1-ubyte": ("27ae3e4e09519cfbb04c329615203637", 10_008),
}

FIX_HINT = (
    "Restore the original MNIST files (see resources/mnist/README.md for the checksums), "
    "or point cnngui at a folder that holds them (--data DIR, or Data: Folder… in the Train tab)."
)


@dataclass
class DigitData:
    """Images as uint8 [N, 28, 28] and labels as int64 [N], for training and testing."""

    train_images: torch.Tensor
    train_labels: torch.Tensor
    test_images: torch.Tensor
    test_labels: torch.Tensor
    source: str = "MNIST"

    def __post_init__(self) -> None:
        for images, labels, split in (
            (self.train_images, self.train_labels, "training"),
            (self.test_images, self.test_labels, "test"),
        ):
            if images.ndim != 3 or tuple(images.shape[1:]) != (28, 28):
                raise DataError(f"The {split} images must be 28x28, got shape {tuple(images.shape)}.")
            if len(images) != len(labels) or len(images) == 0:
                raise DataError(f"The {split} set has {len(images)} images and {len(labels)} labels.")


def md5_of(path: Path) -> str:
    digest = hashlib.md5()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _find_source(folder: Path, name: str) -> Path | None:
    """A file may sit as `name.gz` or `name`, directly or in torchvision's MNIST/raw layout."""
    for base in (folder, folder / "MNIST" / "raw", folder / "raw"):
        for candidate in (base / f"{name}.gz", base / name):
            if candidate.is_file():
                return candidate
    return None


def _verify(path: Path, name: str, checksums: dict[str, tuple[str, int]], origin: Path) -> None:
    expected_md5, expected_size = checksums[name]
    size = path.stat().st_size
    if size != expected_size:
        raise DataError(
            f"MNIST file {origin} is {'truncated' if size < expected_size else 'too long'}: "
            f"it decompresses to {size:,} bytes, expected {expected_size:,}. {FIX_HINT}"
        )
    if md5_of(path) != expected_md5:
        raise DataError(f"MNIST file {origin} has been altered: its MD5 does not match the published one. {FIX_HINT}")


def prepare_mnist(
    source: Path | None = None,
    cache: Path | None = None,
    checksums: dict[str, tuple[str, int]] = MNIST_FILES,
) -> Path:
    """Decompress and verify the four files; return the root torchvision's MNIST expects.

    `source` defaults to the bundled files. Cached copies are re-verified on every call.
    """
    source = Path(source) if source is not None else resources.bundled_mnist_dir()
    if not source.is_dir():
        raise DataError(f"MNIST folder {source} does not exist. {FIX_HINT}")
    if cache is None:
        key = hashlib.sha1(str(source.resolve()).encode()).hexdigest()[:12]
        cache = resources.cache_dir() / "datasets" / key
    raw = Path(cache) / "MNIST" / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    for name in checksums:
        origin = _find_source(source, name)
        if origin is None:
            raise DataError(f"MNIST file {name}.gz is missing from {source}. {FIX_HINT}")
        target = raw / name
        try:
            _verify(target, name, checksums, origin)
            continue  # a verified cached copy
        except (DataError, OSError):
            pass
        _copy_decompressed(origin, target)
        _verify(target, name, checksums, origin)
    return Path(cache)


def _copy_decompressed(origin: Path, target: Path) -> None:
    try:
        with atomic_path(target) as tmp:
            opener = gzip.open if origin.suffix == ".gz" else open
            with opener(origin, "rb") as src, open(tmp, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
    except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as exc:
        raise DataError(f"MNIST file {origin} cannot be decompressed ({exc}): it is truncated or corrupt. {FIX_HINT}") from exc


def load_mnist(
    source: Path | None = None,
    cache: Path | None = None,
    checksums: dict[str, tuple[str, int]] = MNIST_FILES,
) -> DigitData:
    """Load MNIST through `torchvision.datasets.MNIST(download=False)` after verification."""
    from torchvision.datasets import MNIST

    root = prepare_mnist(source, cache, checksums)
    try:
        train = MNIST(str(root), train=True, download=False)
        test = MNIST(str(root), train=False, download=False)
    except (RuntimeError, ValueError, AssertionError) as exc:
        raise DataError(f"MNIST files in {root} cannot be read ({exc}). {FIX_HINT}") from exc
    return DigitData(train.data, train.targets.long(), test.data, test.targets.long(),
                     source=str(source or "bundled MNIST"))


def download_mnist(destination: Path) -> Path:
    """The explicit opt-in download: fetch MNIST with torchvision, then verify as usual."""
    from torchvision.datasets import MNIST

    destination = Path(destination)
    try:
        MNIST(str(destination), train=True, download=True)
        MNIST(str(destination), train=False, download=True)
    except Exception as exc:  # network errors come in many types
        raise DataError(f"Downloading MNIST into {destination} failed ({exc}). Copy the four files there by hand instead.") from exc
    return prepare_mnist(destination / "MNIST" / "raw", destination)


def load_mnist_test(source: Path | None = None, cache: Path | None = None,
                    checksums: dict[str, tuple[str, int]] = MNIST_FILES) -> tuple[torch.Tensor, torch.Tensor]:
    """Only the 10,000 test digits (verified like the rest), for picking examples quickly."""
    from torchvision.datasets import MNIST

    root = prepare_mnist(source, cache, checksums)
    test = MNIST(str(root), train=False, download=False)
    return test.data, test.targets.long()
