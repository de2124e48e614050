import gzip
import hashlib

import pytest

from cnngui import resources
from cnngui.core.data.loading import MNIST_FILES, load_mnist, md5_of, prepare_mnist
from cnngui.errors import DataError


def test_bundled_files_have_the_published_counts_and_checksums(tmp_path):
    root = prepare_mnist(cache=tmp_path)
    for name, (md5, size) in MNIST_FILES.items():
        path = root / "MNIST" / "raw" / name
        assert path.stat().st_size == size
        assert md5_of(path) == md5
    data = load_mnist(cache=tmp_path)
    assert data.train_images.shape == (60000, 28, 28) and data.test_images.shape == (10000, 28, 28)
    assert data.train_labels.bincount().tolist() == [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
    assert (resources.bundled_mnist_dir() / "README.md").read_text().count("CC BY-SA 3.0") == 1


def test_loads_a_folder_through_torchvision(idx_folder, tmp_path, tiny_data):
    folder, checksums = idx_folder
    data = load_mnist(folder, tmp_path / "cache", checksums)
    assert data.train_images.shape == (400, 28, 28)
    assert bool((data.test_labels == tiny_data.test_labels).all())


def test_missing_file_is_named(idx_folder, tmp_path):
    folder, checksums = idx_folder
    (folder / "t10k-labels-idx1-ubyte.gz").unlink()
    with pytest.raises(DataError, match=r"t10k-labels-idx1-ubyte.gz is missing"):
        prepare_mnist(folder, tmp_path / "cache", checksums)


def test_truncated_file_is_named(idx_folder, tmp_path):
    folder, checksums = idx_folder
    path = folder / "train-images-idx3-ubyte.gz"
    path.write_bytes(path.read_bytes()[:200])
    with pytest.raises(DataError, match=r"train-images-idx3-ubyte.gz.*(truncated|corrupt)"):
        prepare_mnist(folder, tmp_path / "cache", checksums)


def test_altered_file_is_named(idx_folder, tmp_path):
    folder, checksums = idx_folder
    path = folder / "train-labels-idx1-ubyte.gz"
    raw = bytearray(gzip.decompress(path.read_bytes()))
    raw[-1] = (raw[-1] + 1) % 10
    path.write_bytes(gzip.compress(bytes(raw)))
    with pytest.raises(DataError, match=r"train-labels-idx1-ubyte.gz has been altered"):
        prepare_mnist(folder, tmp_path / "cache", checksums)


def test_a_corrupted_cache_is_not_silently_reused(idx_folder, tmp_path):
    folder, checksums = idx_folder
    cache = tmp_path / "cache"
    prepare_mnist(folder, cache, checksums)
    cached = cache / "MNIST" / "raw" / "train-images-idx3-ubyte"
    cached.write_bytes(b"\0" * cached.stat().st_size)
    prepare_mnist(folder, cache, checksums)  # re-verified, and restored from the source
    assert hashlib.md5(cached.read_bytes()).hexdigest() == checksums["train-images-idx3-ubyte"][0]


def test_missing_folder_says_what_to_do(tmp_path):
    with pytest.raises(DataError, match=r"--data DIR"):
        prepare_mnist(tmp_path / "nowhere")


def test_a_cache_that_cannot_be_written_is_not_called_corrupt_data(idx_folder, tmp_path, monkeypatch):
    import cnngui.core.data.loading as data_module

    folder, checksums = idx_folder

    def read_only(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(data_module, "atomic_path", read_only)
    with pytest.raises(DataError, match=r"cache folder .* can't be written .*CNNGUI_CACHE_DIR") as info:
        prepare_mnist(folder, tmp_path / "cache", checksums)
    assert "corrupt" not in str(info.value)
