"""The dataset description: Fashion-MNIST and KMNIST from folders, class names through training and prediction."""

import gzip
import hashlib

import pytest

from cnngui.core.data.datasets import DATASETS, FASHION_MNIST, KMNIST, MNIST, from_record
from cnngui.core.data.loading import load_dataset, prepare_dataset
from cnngui.errors import DataError


def test_the_registry_describes_each_dataset():
    assert set(DATASETS) == {"mnist", "fashion-mnist", "kmnist"}
    assert FASHION_MNIST.class_names[7] == "Sneaker" and FASHION_MNIST.noun != "digit"
    assert KMNIST.torchvision_class == "KMNIST" and KMNIST.num_classes == 10
    assert MNIST.bundled and not FASHION_MNIST.bundled
    assert from_record(None) is MNIST and from_record(FASHION_MNIST.record()) is FASHION_MNIST


def test_a_dataset_that_is_not_bundled_asks_for_its_folder():
    with pytest.raises(DataError, match=r"Fashion-MNIST does not ship with cnngui.*--download"):
        prepare_dataset(FASHION_MNIST)


@pytest.mark.parametrize("spec", [FASHION_MNIST, KMNIST])
def test_loads_through_torchvision_with_its_class_names(idx_folder, tmp_path, spec):
    folder, checksums = idx_folder
    data = load_dataset(spec.with_checksums(checksums), folder, tmp_path / "cache")
    assert data.spec.class_names == spec.class_names
    assert (tmp_path / "cache" / spec.torchvision_class / "raw" / "t10k-images-idx3-ubyte").is_file()
    assert data.train_images.shape == (400, 28, 28)


def test_gz_checksums_catch_another_datasets_files(idx_folder, tmp_path):
    """Only the .gz MD5s of Fashion-MNIST are published: MNIST-format files that aren't it are refused."""
    folder, _ = idx_folder
    with pytest.raises(DataError, match=r"Fashion-MNIST file .*train-images.* altered or is another dataset's"):
        prepare_dataset(FASHION_MNIST, folder, tmp_path / "cache")


def test_gz_only_datasets_fingerprint_their_cache(idx_folder, tmp_path, monkeypatch):
    """With the published .gz MD5s matching, a later change to the decompressed cache is still caught and repaired."""
    from dataclasses import replace

    folder, _ = idx_folder
    gz_md5 = {p.name[:-3]: hashlib.md5(p.read_bytes()).hexdigest() for p in folder.glob("*.gz")}
    spec = replace(FASHION_MNIST, gz_checksums=gz_md5)
    import cnngui.core.data.datasets as datasets_module
    import cnngui.core.data.loading as data_module

    sizes = {name: len(gzip.decompress((folder / f"{name}.gz").read_bytes())) for name in gz_md5}
    monkeypatch.setattr(data_module, "IDX_SIZES", sizes)
    monkeypatch.setattr(datasets_module, "IDX_SIZES", sizes)
    cache = tmp_path / "cache"
    prepare_dataset(spec, folder, cache)
    cached = cache / "FashionMNIST" / "raw" / "train-labels-idx1-ubyte"
    good = cached.read_bytes()
    cached.write_bytes(b"\0" * len(good))
    prepare_dataset(spec, folder, cache)
    assert cached.read_bytes() == good


def test_a_fashion_model_predicts_class_names(idx_folder, tmp_path):
    from cnngui.core.data.strokes import render_digit
    from cnngui.core.evaluation.predict import Predictor
    from cnngui.core.model_files.checkpoint import from_trainer, load_checkpoint, save_checkpoint
    from cnngui.core.training.loop import Trainer
    from cnngui.core.training.recipes import TrainConfig

    folder, checksums = idx_folder
    data = load_dataset(FASHION_MNIST.with_checksums(checksums), folder, tmp_path / "cache")
    trainer = Trainer(data.subset(train=128, test=64), TrainConfig(epochs=1, batch_size=64, device="cpu"))
    trainer.run()
    path = save_checkpoint(from_trainer(trainer), tmp_path / "fashion.pt")
    ckpt = load_checkpoint(path)
    assert ckpt.spec.class_names == FASHION_MNIST.class_names
    assert ckpt.normalization == FASHION_MNIST.normalization
    prediction = Predictor(ckpt).predict(render_digit(4))
    assert prediction.class_name in FASHION_MNIST.class_names
    assert prediction.class_name == FASHION_MNIST.class_names[prediction.index]
    assert prediction.preprocessed.steps[2][0] == "scaled to 28 px"  # Fashion-MNIST fills the frame
