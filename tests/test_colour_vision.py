"""Every palette the app shows side by side stays apart for the common colour-vision deficiencies (issue 34),
checked with Machado et al.'s simulation (cnngui.ui.look.colour_vision)."""

import pytest

from cnngui.ui.look.colour_vision import MIN_DELTA_E, VISIONS, closest_pair, distance

SERIES = 5  # Compare runs and the Class view overlay this many runs in colours that must stay apart


def test_the_simulation_knows_the_classic_confusion():
    assert distance("#d62728", "#2ca02c") > 60  # red and green, to most eyes
    assert distance("#d62728", "#2ca02c", "deuteranopia") < 10  # one colour to a deuteranope


def test_the_series_palette_keeps_the_first_runs_apart_for_every_vision():
    from cnngui.ui.look.colormaps import PALETTE

    gap, a, b, vision = closest_pair(PALETTE[:SERIES])
    assert gap >= MIN_DELTA_E, f"{a} and {b} are {gap:.1f} apart for {vision}"


@pytest.mark.parametrize("what", ["train and test curves", "the diverging map's ends", "the votes' right bar",
                                  "the Convolution lab's kernel signs"])
def test_pairs_that_carry_meaning_stay_apart(what):
    from cnngui.ui.look.colormaps import DIVERGING
    from cnngui.ui.widgets.curves import TEST_COLOR, TRAIN_COLOR
    from cnngui.ui.window.class_votes import OTHER_COLOUR, RIGHT_COLOUR

    pair = {"train and test curves": (TRAIN_COLOR, TEST_COLOR),
            "the diverging map's ends": (tuple(DIVERGING[0]), tuple(DIVERGING[-1])),
            "the votes' right bar": (RIGHT_COLOUR, OTHER_COLOUR),
            "the Convolution lab's kernel signs": (tuple(DIVERGING[40]), tuple(DIVERGING[215]))}[what]
    for vision in VISIONS:
        assert distance(*pair, vision) >= MIN_DELTA_E, f"{what}: {distance(*pair, vision):.1f} for {vision}"
