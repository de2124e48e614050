"""Why-this-answer maps checked against cases whose answer is known."""

import torch

from cnngui.core.inspection.attribution import METHODS, explain
from cnngui.core.network.architecture import SEED_CNN, build_model


def linear_model(weights: torch.Tensor) -> torch.nn.Module:
    model = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(weights.numel(), 2, bias=True))
    with torch.no_grad():
        model[1].weight.zero_()
        model[1].weight[1] = weights.flatten()
        model[1].bias.fill_(0.3)
    return model


def test_integrated_gradients_of_a_linear_model_is_weight_times_input():
    torch.manual_seed(0)
    w, x = torch.randn(1, 1, 6, 6), torch.rand(1, 1, 6, 6)
    blank = -0.5
    attribution = explain(linear_model(w), x, target=1, blank_value=blank, method="gradients")
    assert torch.allclose(attribution, ((x - blank) * w)[0, 0], atol=1e-5)


def test_integrated_gradients_add_up_to_the_score_difference_on_a_cnn():
    torch.manual_seed(1)
    model = build_model(SEED_CNN, (1, 28, 28)).eval()
    x = torch.rand(1, 1, 28, 28) * 2 - 0.4
    blank = -0.42
    for target in (0, 7):
        attribution = explain(model, x, target, blank, "gradients")
        with torch.no_grad():
            difference = model(x)[0, target] - model(torch.full_like(x, blank))[0, target]
        assert abs(float(attribution.sum() - difference)) <= 0.05 * abs(float(difference)) + 1e-3


def test_occlusion_finds_the_one_pixel_a_model_looks_at():
    w = torch.zeros(1, 1, 12, 12)
    w[0, 0, 8, 3] = 2.0
    x = torch.ones(1, 1, 12, 12)
    attribution = explain(linear_model(w), x, target=1, blank_value=0.0, method="occlusion")
    assert attribution[8, 3] == attribution.max() > 0
    assert attribution[0:4, 6:12].abs().max() == 0  # far from the pixel nothing matters
    other = explain(linear_model(w), x, target=0, blank_value=0.0, method="occlusion")
    assert other.abs().max() == 0  # class 0 ignores every pixel


def test_every_method_gives_a_map_the_size_of_the_input():
    model = build_model(SEED_CNN, (1, 28, 28))
    for key in METHODS:
        assert explain(model, torch.zeros(1, 1, 28, 28), 3, 0.0, key).shape == (28, 28)
