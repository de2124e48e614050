"""The layer registry against PyTorch itself: shapes, parameter counts and receptive fields of random networks."""

import random

import pytest
import torch
from torch import nn

from cnngui.core.network.architecture import PRESETS, build_model, count_model_parameters, describe
from cnngui.core.network.layers import KINDS, analyse, first_problem


def random_network(rng: random.Random, input_hw: int = 28) -> list[dict]:
    """A random valid network: conv / pool / activation blocks, then optionally flatten and dense layers."""
    arch, size, flat = [], input_hw, False
    for _ in range(rng.randint(1, 5)):
        choice = rng.choice(["conv", "conv", "maxpool", "avgpool"])
        if choice == "conv":
            k = rng.choice([1, 2, 3, 5])
            if rng.random() < 0.25:
                spec = {"type": "conv", "out": rng.randint(1, 6), "kernel": k, "padding": "same"}
            else:
                pad = rng.randint(0, 2)
                stride = rng.randint(1, 3)
                if size + 2 * pad < k:
                    continue
                spec = {"type": "conv", "out": rng.randint(1, 6), "kernel": k, "stride": stride, "padding": pad}
        else:
            k = rng.randint(2, 3)
            if size < k:
                continue
            spec = {"type": choice, "kernel": k}
            if rng.random() < 0.5:
                spec["stride"] = rng.randint(1, 3)
        arch.append(spec)
        size = describe(arch, (1, input_hw, input_hw))[-1].output_shape[1]
        extra = rng.choice([None, "relu", "tanh", "sigmoid", "batchnorm", "dropout"])
        if extra:
            arch.append({"type": extra})
    if rng.random() < 0.7:
        arch.append({"type": "flatten"})
        flat = True
        for _ in range(rng.randint(0, 2)):
            arch.append({"type": "dense", "out": rng.randint(1, 20)})
            arch.append({"type": rng.choice(["relu", "batchnorm", "dropout", "tanh"])})
        arch.append({"type": "dense", "out": 10})
    assert flat or arch
    return arch


@pytest.mark.parametrize("seed", range(40))
def test_shapes_and_parameters_equal_pytorch(seed):
    rng = random.Random(seed)
    arch = random_network(rng)
    infos = describe(arch)
    model = build_model(arch).eval()
    assert sum(i.params for i in infos) == count_model_parameters(model)
    x = torch.randn(2, 1, 28, 28)
    for info, layer in zip(infos, model.children()):
        x = layer(x)
        assert tuple(x.shape[1:]) == info.output_shape, (info.name, arch)
        assert sum(p.numel() for p in layer.parameters() if p.requires_grad) == info.params


def brute_force_field(arch: list[dict], layer_index: int, y: int, x: int) -> tuple[int, int, int, int] | None:
    """The input pixels unit (y, x) of a layer depends on, found by PyTorch's autograd on a positive twin of the
    network (all weights 1, max pooling as average pooling, activations removed), where nothing can cancel."""
    twin = []
    for module in list(build_model(arch).children())[:layer_index + 1]:
        if isinstance(module, nn.Conv2d):
            nn.init.ones_(module.weight)
            nn.init.zeros_(module.bias)
            twin.append(module)
        elif isinstance(module, nn.MaxPool2d):
            twin.append(nn.AvgPool2d(module.kernel_size, module.stride))
        elif isinstance(module, (nn.Conv2d, nn.AvgPool2d)):
            twin.append(module)
    image = torch.ones(1, 1, 28, 28, requires_grad=True)
    out = nn.Sequential(*twin)(image)
    (grad,) = torch.autograd.grad(out[0, 0, y, x], image)
    rows, cols = torch.nonzero(grad[0, 0] != 0, as_tuple=True)
    if len(rows) == 0:
        return None  # the unit sees only padding
    return int(rows.min()), int(cols.min()), int(rows.max()) + 1, int(cols.max()) + 1


@pytest.mark.parametrize("seed", range(60))
def test_receptive_fields_equal_brute_force(seed):
    rng = random.Random(1000 + seed)
    arch = random_network(rng)
    infos = describe(arch)
    checked = 0
    for index, info in enumerate(infos):
        if len(info.output_shape) != 3:
            assert info.receptive_field.whole_image
            continue
        _, h, w = info.output_shape
        for y, x in {(0, 0), (h - 1, w - 1), (h // 2, w // 3), (rng.randrange(h), rng.randrange(w))}:
            region = info.receptive_field.region(y, x)
            expected = brute_force_field(arch, index, y, x)
            if expected is None:
                assert region[2] == region[0] and region[3] == region[1], (info.name, y, x, arch)
            else:
                assert region == expected, (info.name, y, x, arch)
            checked += 1
    assert checked > 0


def test_presets_build_and_end_in_ten_classes():
    for preset in PRESETS.values():
        infos = describe(preset.layers, num_classes=10)
        assert infos[-1].output_shape == (10,)
        assert build_model(preset.layers)(torch.zeros(1, 1, 28, 28)).shape == (1, 10)
    deep = describe(PRESETS["deep"].layers)
    assert sum(i.kind == "conv" for i in deep) == 4
    assert any(i.kind == "avgpool" for i in describe(PRESETS["lenet5"].layers))
    assert not any(i.kind in ("maxpool", "avgpool") for i in describe(PRESETS["allconv"].layers))


@pytest.mark.parametrize("arch,words", [
    ([{"type": "dense", "out": 10}], "add a flatten layer before it"),
    ([{"type": "flatten"}, {"type": "conv", "out": 4, "kernel": 3}], "move it above the flatten"),
    ([{"type": "conv", "out": 4, "kernel": 9}, {"type": "maxpool", "kernel": 4},
      {"type": "conv", "out": 4, "kernel": 7}],
     "larger than its 5×5 input"),
    ([{"type": "conv", "out": 4, "kernel": 3, "stride": 2, "padding": "same"}], "needs stride 1"),
    ([{"type": "conv", "out": 100000, "kernel": 3}], "filters must be from 1 to 512"),
    ([{"type": "conv", "out": 4, "kernel": "3"}], "whole number"),
    ([{"type": "conv", "out": 4}], None),  # kernel defaults to 3
    ([{"type": "conv", "out": 4, "kernel": 3, "dilation": 2}], "no setting 'dilation'"),
    ([{"type": "attention"}], "not a layer kind"),
    (["relu"], "must be an object"),
    ([{"type": "flatten"}, {"type": "dense", "out": 8000}, {"type": "dense", "out": 8000}], "more than the"),
    ([{"type": "flatten"}, {"type": "dense", "out": 7}], "one output per class (10)"),
])
def test_networks_that_cannot_work_say_why(arch, words):
    problem = first_problem(analyse(arch, (1, 28, 28), num_classes=None if words is None else 10))
    if words is None:
        assert problem is None
    else:
        assert problem is not None and words in problem


def test_every_kind_has_a_module_a_title_and_help():
    for kind in KINDS.values():
        assert kind.title and kind.help and kind.module is not None
        assert kind.keras_name and kind.prefix
