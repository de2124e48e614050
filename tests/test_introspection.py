import numpy as np
import pytest
import torch

from cnngui.core.data.normalize import unit_batch
from cnngui.core.inspection.introspection import (
    ReceptiveField,
    channel_maxima,
    context_window,
    conv_filters,
    feature_maps,
    receptive_fields,
    top_patches,
    unit_gradient,
)
from cnngui.core.network.architecture import SEED_CNN, build_model, layer_names


def test_seed_cnn_receptive_field_sizes():
    rfs = dict(zip(layer_names(SEED_CNN), receptive_fields(SEED_CNN)))
    assert rfs["conv1"].size == 3 and rfs["relu1"].size == 3
    assert rfs["pool1"].size == 4 and rfs["pool1"].jump == 2
    assert rfs["conv2"].size == 8 and rfs["pool2"].size == 10 and rfs["pool2"].jump == 4
    assert rfs["dense1"].whole_image and rfs["dense2"].region(0, 0) == (0, 0, 28, 28)


@pytest.mark.parametrize("layer,y,x,region", [
    ("conv1", 0, 0, (0, 0, 3, 3)), ("conv1", 25, 10, (25, 10, 28, 13)),
    ("pool1", 3, 5, (6, 10, 10, 14)), ("conv2", 2, 4, (4, 8, 12, 16)),
    ("pool2", 4, 4, (16, 16, 26, 26)), ("pool2", 0, 1, (0, 4, 10, 14)),
])
def test_unit_positions(layer, y, x, region):
    rfs = dict(zip(layer_names(SEED_CNN), receptive_fields(SEED_CNN)))
    assert rfs[layer].region(y, x) == region


def test_strides_and_padding_of_other_architectures():
    arch = [{"type": "conv", "out": 4, "kernel": 5, "stride": 2, "padding": 2}, {"type": "relu"},
            {"type": "conv", "out": 4, "kernel": 3, "padding": 1}, {"type": "maxpool", "kernel": 3, "stride": 2}]
    conv1, _, conv2, pool = receptive_fields(arch)
    assert (conv1.size, conv1.jump, conv1.start) == (5, 2, -2)
    assert (conv2.size, conv2.jump, conv2.start) == (9, 2, -4)
    assert (pool.size, pool.jump, pool.start) == (13, 4, -4)
    assert conv1.region(0, 0) == (0, 0, 3, 3)  # clipped at the padded border
    assert ReceptiveField(13, 4, -4).region(2, 3) == (4, 8, 17, 21)


def test_gradient_stays_inside_the_theoretical_field():
    torch.manual_seed(0)
    model = build_model(SEED_CNN).eval()
    with torch.no_grad():  # make every unit active so its gradient is non-zero
        for m in model.modules():
            if isinstance(m, torch.nn.Conv2d):
                m.weight.abs_()
                m.bias.fill_(0.1)
    x = torch.rand(1, 1, 28, 28)
    names = layer_names(SEED_CNN)
    rfs = receptive_fields(SEED_CNN)
    for layer, (y, xx) in (("conv1", (5, 7)), ("conv2", (3, 2)), ("pool2", (2, 2))):
        i = names.index(layer)
        grad = unit_gradient(model, x, i, 0, y, xx)
        top, left, bottom, right = rfs[i].region(y, xx)
        inside = grad[top:bottom, left:right].sum()
        assert inside > 0 and np.isclose(inside, grad.sum())


def test_feature_maps_change_with_the_input():
    model = build_model(SEED_CNN).eval()
    a = feature_maps(model, torch.zeros(1, 1, 28, 28))
    b = feature_maps(model, torch.rand(1, 1, 28, 28))
    assert [m.shape for m in a][:3] == [(32, 26, 26), (32, 26, 26), (32, 13, 13)] and a[-1].shape == (10,)
    assert not np.allclose(a[0], b[0])
    assert [w.shape for _, w in conv_filters(model)] == [(32, 1, 3, 3), (64, 32, 3, 3)]


def test_top_patches_are_cropped_to_the_field(tiny_data):
    model = build_model(SEED_CNN).eval()
    images = tiny_data.test_images
    x = unit_batch(images)
    index = layer_names(SEED_CNN).index("conv2")
    maxima, positions = channel_maxima(model, x, index)
    assert maxima.shape == (100, 64)
    patches = top_patches(images, maxima, positions, (64, 11, 11), receptive_fields(SEED_CNN)[index], channel=5)
    assert len(patches) == 9 and all(p.patch.shape == (8, 8) for p in patches)
    values = [p.activation for p in patches]
    assert values == sorted(values, reverse=True) and values[0] == pytest.approx(float(maxima[:, 5].max()))


@pytest.mark.parametrize("region,window", [((5, 7, 8, 10), (0, 2, 12, 14)), ((25, 25, 28, 28), (16, 16, 28, 28)),
                                           ((0, 0, 28, 28), (0, 0, 28, 28)), ((10, 10, 20, 20), (9, 9, 21, 21))])
def test_context_window_holds_the_field(region, window):
    assert context_window(region) == window
    top, left, bottom, right = context_window(region)
    assert top <= region[0] and left <= region[1] and bottom >= region[2] and right >= region[3]
    assert bottom - top == right - left
