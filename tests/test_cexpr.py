"""The folded C expressions the templates print (convgen.cexpr): no compiler needed."""

from __future__ import annotations

import pytest

from convgen.cexpr import affine, gather_axis, index, loops, offset, scatter_axis


@pytest.mark.parametrize("terms, const, text", [
    ((("od", 2), ("kd", 1)), -1, "od * 2 + kd - 1"),   # unit coefficient: the bare variable
    ((("od", 0), ("kd", 3)), 0, "kd * 3"),              # zero coefficient and constant vanish
    ((("x", 1),), -3, "x - 3"),
    ((("k", -2),), 5, "-k * 2 + 5"),
    ((("a", 1), ("b", -1)), 0, "a - b"),
    (((0, 7), (2, 3)), 1, "7"),                         # known values fold into the constant
    ((("c", (4, 5)),), 0, "c * 20"),                    # a coefficient given as factors
    ((), 0, "0"),
    ((("a", 0),), 0, "0"),
])
def test_affine_folds(terms, const, text):
    assert affine(*terms, const=const) == text


def test_offset_drops_a_zero_offset():
    assert offset("input", ("n", 0)) == "input"
    assert offset("y", ("ow", 16), const=8) == "y + ow * 16 + 8"
    assert offset("y", const=-2) == "y - 2"


def test_unit_loops_fold_and_empty_ones_stay():
    assert index("n", 1) == 0 and index("n", 2) == "n" and index("n", 0) == "n"
    assert index("oh0", 14, 14) == 0
    assert loops([("n", 1), ("oh", 3), ("oh0", 8, 4)], 4) == (
        "    for (int oh = 0; oh < 3; ++oh)\n    for (int oh0 = 0; oh0 < 8; oh0 += 4) {")
    assert loops([("n", 1)], 4) == "    {"


def test_gather_axis_prints_only_checks_that_can_fail():
    axis = gather_axis("h", "oh", 5, 3, 1, 1, 1, 0, 5)      # same padding: both sides
    assert axis.lines == ("const int ih = oh + kh - 1;", "if (ih < 0 || ih >= 5) continue;")
    valid = gather_axis("h", "oh", 3, 3, 1, 1, 0, 0, 5)     # valid padding: none
    assert valid.lines == ("const int ih = oh + kh;",) and valid.taps == 3
    unit = gather_axis("d", 0, 1, 1, 1, 1, 0, 0, 1)         # a 2-D layer's unit depth
    assert (unit.k, unit.taps, unit.i, unit.lines) == (0, 0, 0, ())
    alias = gather_axis("w", "ow", 4, 1, 1, 1, 0, 0, 4)     # 1x1: the output index itself
    assert (alias.i, alias.lines) == ("ow", ())
    lone = gather_axis("w", 0, 1, 1, 2, 1, 1, 0, 1)         # one tap that can miss: a loop
    assert lone.taps == 1 and lone.lines[-1] == "if (iw < 0) continue;"


def test_scatter_axis():
    phases = scatter_axis("h", "oh", 10, 3, 2, 1, 1, 5)
    assert phases.lines == ("const int th = oh - kh + 1;", "const int ih = th / 2;",
                            "if (th < 0 || th % 2 != 0 || ih >= 5) continue;")
    unit = scatter_axis("w", "ow", 7, 3, 1, 2, 0, 3)        # stride 1: no division, no modulo
    assert unit.lines == ("const int iw = ow - kw * 2;", "if (iw < 0 || iw >= 3) continue;")
