"""A network as code a student carries on with in a notebook: a PyTorch or a Keras script.

Each script is self-contained and readable. It defines `build_model()`, which returns the network (a
PyTorch `nn.Sequential` whose layers are named as cnngui names them, so a cnngui checkpoint's
`state_dict` loads into it; or a Keras `Sequential` in the seed notebook's style, activations inside
their Conv2D and Dense layers), and, run as a script, trains it on MNIST the tutorial way and prints the
test accuracy. Each layer kind's line comes from the tables below, one entry per kind of `core.layers`.
"""

from __future__ import annotations

from cnngui.core.data.datasets import MNIST, DatasetSpec
from cnngui.core.network.architecture import validate
from cnngui.core.network.layers import SAME

LANGUAGES = ("pytorch", "keras")


# ---- PyTorch ---------------------------------------------------------------------------------------
def _torch_conv(spec: dict, shape: tuple) -> str:
    extra = (f", stride={spec['stride']}" if spec["stride"] != 1 else "") + \
        (f", padding={spec['padding']!r}" if spec["padding"] not in (0, None) else "")
    return f"nn.Conv2d({shape[0]}, {spec['out']}, kernel_size={spec['kernel']}{extra})"


def _torch_pool(name: str):
    def line(spec: dict, shape: tuple) -> str:
        stride = f", stride={spec['stride']}" if spec["stride"] != spec["kernel"] else ""
        return f"nn.{name}({spec['kernel']}{stride})"
    return line


TORCH_LINES = {
    "conv": _torch_conv, "maxpool": _torch_pool("MaxPool2d"), "avgpool": _torch_pool("AvgPool2d"),
    "relu": lambda spec, shape: "nn.ReLU()", "tanh": lambda spec, shape: "nn.Tanh()",
    "sigmoid": lambda spec, shape: "nn.Sigmoid()",
    "batchnorm": lambda spec, shape: f"nn.BatchNorm{2 if len(shape) == 3 else 1}d({shape[0]})",
    "dropout": lambda spec, shape: f"nn.Dropout({spec['p']:g})", "flatten": lambda spec, shape: "nn.Flatten()",
    "dense": lambda spec, shape: f"nn.Linear({shape[0]}, {spec['out']})",
}

_TORCH = '''"""{title}, made in cnngui: {params:,} parameters, input {input_text}.

build_model() returns the network. Its layers have cnngui's names, so a cnngui checkpoint
loads into it:
    model = build_model()
    model.load_state_dict(torch.load("model.pt", weights_only=True)["state_dict"])
Run as a script, it trains the network on {dataset} and prints the test accuracy; with --onnx
it also saves the trained model as ONNX, which cnngui opens (File → Open model, or --model):
    python {file} --epochs 1 --onnx model.onnx
"""

import argparse
from collections import OrderedDict

import torch
from torch import nn

MEAN, STD = {mean!r}, {std!r}  # the pixels' (0..1) normalisation the network was made for


def build_model() -> nn.Sequential:
    return nn.Sequential(OrderedDict([
{layers}
    ]))


class Normalise(nn.Module):
    """The pixels' normalisation as a layer: an exported model takes pixels 0..1, as cnngui does."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return (x - MEAN) / STD


def export_onnx(model: nn.Module, path: str) -> None:
    """The model as ONNX, the normalisation inside: input N×1×28×28 pixels 0..1, output the logits."""
    wrapped = nn.Sequential(Normalise(), model).eval()
    torch.onnx.export(wrapped, (torch.zeros(1, {input_dims}),), path, input_names=["image"],
                      output_names=["logits"], dynamic_axes={{"image": {{0: "batch"}}, "logits": {{0: "batch"}}}},
                      dynamo=False)


def main() -> None:
    from torchvision import datasets, transforms

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--data", default="data", help="where {dataset} is (downloaded there if missing)")
    parser.add_argument("--limit", type=int, default=0, help="train and test on this many images only (0: all)")
    parser.add_argument("--onnx", help="save the trained model as ONNX here (cnngui opens it)")
    args = parser.parse_args()
    torch.manual_seed(0)
    to_input = transforms.Compose([transforms.ToTensor(), transforms.Normalize((MEAN,), (STD,))])
    train = datasets.{torchvision}(args.data, train=True, download=True, transform=to_input)
    test = datasets.{torchvision}(args.data, train=False, download=True, transform=to_input)
    if args.limit:
        train = torch.utils.data.Subset(train, range(args.limit))
        test = torch.utils.data.Subset(test, range(args.limit))
    train_loader = torch.utils.data.DataLoader(train, batch_size=128, shuffle=True)
    test_loader = torch.utils.data.DataLoader(test, batch_size=1000)
    model = build_model()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    for epoch in range(args.epochs):
        model.train()
        for images, labels in train_loader:
            optimizer.zero_grad()
            loss = loss_fn(model(images), labels)
            loss.backward()
            optimizer.step()
        model.eval()
        right = 0
        with torch.no_grad():
            for images, labels in test_loader:
                right += (model(images).argmax(1) == labels).sum().item()
        print(f"epoch {{epoch + 1}}: loss {{loss.item():.4f}}, test accuracy {{right / len(test):.4f}}")
    if args.onnx:
        export_onnx(model, args.onnx)
        print(f"saved {{args.onnx}}")


if __name__ == "__main__":
    main()
'''


# ---- Keras -----------------------------------------------------------------------------------------
def _keras_conv(spec: dict, shape: tuple, activation: str) -> list[str]:
    pad = ["layers.ZeroPadding2D({})".format(spec["padding"])] if spec["padding"] not in (0, None, SAME) else []
    extra = (f", strides=({spec['stride']}, {spec['stride']})" if spec["stride"] != 1 else "") + \
        (', padding="same"' if spec["padding"] == SAME else "") + activation
    return [*pad, f"layers.Conv2D({spec['out']}, ({spec['kernel']}, {spec['kernel']}){extra})"]


def _keras_pool(name: str):
    def lines(spec: dict, shape: tuple, activation: str) -> list[str]:
        stride = f", strides=({spec['stride']}, {spec['stride']})" if spec["stride"] != spec["kernel"] else ""
        return [f"layers.{name}(({spec['kernel']}, {spec['kernel']}){stride})"]
    return lines


def _keras_activation(name: str):
    return lambda spec, shape, activation: [f'layers.Activation("{name}")']


KERAS_LINES = {
    "conv": _keras_conv, "maxpool": _keras_pool("MaxPooling2D"), "avgpool": _keras_pool("AveragePooling2D"),
    "relu": _keras_activation("relu"), "tanh": _keras_activation("tanh"), "sigmoid": _keras_activation("sigmoid"),
    "batchnorm": lambda spec, shape, activation: ["layers.BatchNormalization()"],
    "dropout": lambda spec, shape, activation: [f"layers.Dropout({spec['p']:g})"],
    "flatten": lambda spec, shape, activation: ["layers.Flatten()"],
    "dense": lambda spec, shape, activation: [f"layers.Dense({spec['out']}{activation})"],
}
FOLDS_ACTIVATION = ("conv", "dense")  # Keras writes the activation inside these, as the seed notebook does
KERAS_DATASETS = {"MNIST": "mnist", "FashionMNIST": "fashion_mnist"}

_KERAS = '''"""{title}, made in cnngui: {params:,} parameters, input {input_text}, in the seed notebook's style.

build_model() returns the network as a Keras Sequential. Run as a script, it trains it on
{dataset} the tutorial way (pixels / 255, channels last, model.fit) and prints the test accuracy:
    python {file} --epochs 1
"""

import argparse

import keras
from keras import layers


def build_model() -> keras.Sequential:
    return keras.Sequential([
        keras.Input(({side}, {side}, {channels})),
{layers}
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=1)
    args = parser.parse_args()
    (x_train, y_train), (x_test, y_test) = keras.datasets.{keras_dataset}.load_data()
    x_train = x_train.reshape(-1, {side}, {side}, {channels}).astype("float32") / 255
    x_test = x_test.reshape(-1, {side}, {side}, {channels}).astype("float32") / 255
    model = build_model()
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    model.summary()
    model.fit(x_train, y_train, epochs=args.epochs, batch_size=128, validation_split=0.1)
    loss, accuracy = model.evaluate(x_test, y_test, verbose=0)
    print(f"test accuracy {{accuracy:.4f}}")


if __name__ == "__main__":
    main()
'''


def _keras_layers(rows, shapes) -> list[str]:
    lines, skip = [], set()
    for i, row in enumerate(rows):
        if i in skip:
            continue
        activation = ""
        following = rows[i + 1].kind.type if i + 1 < len(rows) else None
        if row.kind.type in FOLDS_ACTIVATION and following in ("relu", "tanh", "sigmoid"):
            activation, _ = f', activation="{following}"', skip.add(i + 1)
        elif row.kind.type == "dense" and i == len(rows) - 1:
            activation = ', activation="softmax"'  # Keras's loss above takes probabilities
        lines += KERAS_LINES[row.kind.type](row.settings, shapes[i], activation)
    return lines


def network_code(arch: list[dict], language: str, spec: DatasetSpec = MNIST, normalization: dict | None = None,
                 title: str = "A network", file: str = "network.py") -> str:
    """The script for `arch` in `language` ("pytorch" or "keras"); an ArchitectureError if it can't work."""
    rows = validate(arch, spec.input_shape, spec.num_classes)
    shapes = [spec.input_shape] + [r.output_shape for r in rows]  # each layer's input
    channels, side = spec.input_shape[0], spec.input_shape[1]
    params = sum(r.params for r in rows)
    input_text = "×".join(map(str, spec.input_shape))
    common = dict(title=title, params=params, input_text=input_text, file=file, dataset=spec.title)
    if language == "keras":
        body = "\n".join(f"        {line}," for line in _keras_layers(rows, shapes))
        return _KERAS.format(**common, side=side, channels=channels, layers=body,
                             keras_dataset=KERAS_DATASETS.get(spec.torchvision_class, "mnist"))
    norm = normalization or spec.normalization
    body = "\n".join(f'        ("{row.name}", {TORCH_LINES[row.kind.type](row.settings, shape)}),'
                     for row, shape in zip(rows, shapes))
    torchvision = spec.torchvision_class if spec.torchvision_class in ("MNIST", "FashionMNIST", "KMNIST") else "MNIST"
    return _TORCH.format(**common, layers=body, input_dims=", ".join(map(str, spec.input_shape)),
                         mean=round(float(norm["mean"]), 6), std=round(float(norm["std"]), 6),
                         torchvision=torchvision)
