import pytest
import torch

from cnngui.core.network.architecture import (
    FFNN_BASELINE,
    SEED_CNN,
    build_model,
    count_model_parameters,
    describe,
    layer_names,
    parameter_count,
    summary_table,
)
from cnngui.errors import ArchitectureError


def test_seed_cnn_has_the_seed_parameter_counts():
    infos = describe(SEED_CNN)
    assert [i.params for i in infos if i.params] == [320, 18_496, 102_464, 650]
    assert parameter_count(SEED_CNN) == 121_930
    assert count_model_parameters(build_model(SEED_CNN)) == 121_930


def test_output_shapes_and_names():
    infos = describe(SEED_CNN)
    assert [i.output_shape for i in infos][:6] == [(32, 26, 26), (32, 26, 26), (32, 13, 13), (64, 11, 11),
                                                   (64, 11, 11), (64, 5, 5)]
    assert layer_names(SEED_CNN)[:3] == ["conv1", "relu1", "pool1"]
    model = build_model(SEED_CNN)
    assert [n for n, _ in model.named_children()] == layer_names(SEED_CNN)
    assert model(torch.zeros(2, 1, 28, 28)).shape == (2, 10)


def test_ffnn_baseline_has_more_parameters_than_the_cnn():
    assert parameter_count(FFNN_BASELINE) == 784 * 512 + 512 + 512 * 256 + 256 + 256 * 10 + 10
    assert parameter_count(FFNN_BASELINE) > 4 * parameter_count(SEED_CNN)


def test_summary_table_is_keras_like():
    table = summary_table(SEED_CNN)
    assert "conv1 (Conv2D)" in table and "(None, 26, 26, 32)" in table
    assert "Total params: 121,930" in table


@pytest.mark.parametrize("arch", [[], [{"type": "transformer"}], [{"type": "dense", "out": 10}],
                                  [{"type": "conv", "out": 8, "kernel": 40}]])
def test_impossible_architectures_are_rejected(arch):
    with pytest.raises(ArchitectureError):
        describe(arch)
