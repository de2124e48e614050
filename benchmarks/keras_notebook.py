"""The seed notebook, run by Keras itself, then opened in cnngui: does cnngui score what Keras says?

Run it with a Python that has Keras (TensorFlow is not needed: Keras 3 on PyTorch's CPU build works), from the
repository root:

    python -m venv /tmp/kvenv && /tmp/kvenv/bin/pip install torch==2.13.0 keras h5py
    .venv/bin/cnngui export --arch seed --code keras --out /tmp/seed_keras.py
    KERAS_BACKEND=torch /tmp/kvenv/bin/python benchmarks/keras_notebook.py /tmp/seed_keras.py OUT_DIR
    .venv/bin/cnngui evaluate --model OUT_DIR/seed.keras

It trains the exported script's build_model() the notebook's way (pixels / 255, channels last, Adam, sparse
categorical cross-entropy, batch 128) on MNIST read from resources/mnist (keras.datasets downloads, which an
offline lab can't), saves `seed.keras` and `seed.h5`, and prints Keras's own test accuracy.
"""

import gzip
import importlib.util
import sys
import time
from pathlib import Path

import numpy as np


def idx(path: Path) -> np.ndarray:
    data = gzip.decompress(path.read_bytes())
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, np.uint8, offset=4 + 4 * dims).reshape(shape)


def main() -> None:
    import keras

    script, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    spec = importlib.util.spec_from_file_location("exported", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    mnist = Path("resources/mnist")
    x_train = idx(mnist / "train-images-idx3-ubyte.gz").reshape(-1, 28, 28, 1).astype("float32") / 255
    x_test = idx(mnist / "t10k-images-idx3-ubyte.gz").reshape(-1, 28, 28, 1).astype("float32") / 255
    y_train, y_test = idx(mnist / "train-labels-idx1-ubyte.gz"), idx(mnist / "t10k-labels-idx1-ubyte.gz")
    keras.utils.set_random_seed(0)
    model = module.build_model()
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    start = time.perf_counter()
    model.fit(x_train, y_train, epochs=1, batch_size=128, verbose=2)
    took = time.perf_counter() - start
    loss, accuracy = model.evaluate(x_test, y_test, verbose=0)
    model.save(out / "seed.keras")
    model.save(out / "seed.h5")
    from cnngui.core.devices import cpu_description

    cpu = cpu_description()
    print(f"cpu: {cpu}; Keras {keras.__version__} on {keras.backend.backend()}: {model.count_params():,} parameters, "
          f"1 epoch in {took:.0f} s, test accuracy {accuracy:.4f}, loss {loss:.4f}")


if __name__ == "__main__":
    main()
