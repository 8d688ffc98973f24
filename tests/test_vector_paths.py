"""The vector paths' own code against the oracle and against the portable C path: vector
activations (in registers and in the row pass), full and partial filter blocks, edge tiles."""

import os
import shutil
import subprocess

import numpy as np
import pytest
from conftest import assert_close, make_spec, run_both

import convgen
from convgen import build
from convgen.activations import IN_REGISTERS, VECTORISED
from convgen.plan import make_plan
from convgen.render import render
from convgen.verify import compare

# Values where the activations change form or saturate, and the non-finite ones.
SPECIAL = np.array([np.nan, np.inf, -np.inf, 0.0, -0.0, 0.25, -0.25, 0.5, -0.5, 0.75, -0.75,
                    1.0, -1.0, 2.9, -2.9, 3.0, -3.0, 3.1, 5.9, 6.0, 6.1, -6.0, 19.0, 20.0,
                    21.0, -20.0, -21.0, 40.0, -40.0, 79.0, 80.0, 81.0, -79.0, -80.0, -81.0,
                    -87.0, -88.0, -89.0, 88.5, 1e30, -1e30, 1e-30, -1e-30, 123.456, -0.001,
                    0.001, 7.0, -7.0], np.float32)


def identity_1x1(act: str, filters: int):
    """A 1x1 convolution whose every output channel is act(input), exactly: one input
    channel, a kernel of ones, zero bias."""
    spec = make_spec({"type": "Conv1D", "filters": filters, "kernel_size": 1,
                      "activation": act}, [len(SPECIAL), 1])
    weights = [np.ones((1, 1, filters), np.float32), np.zeros(filters, np.float32)]
    return spec, SPECIAL[None, :, None], weights


@pytest.mark.filterwarnings("ignore:invalid value:RuntimeWarning")   # the oracle's inf * 0
@pytest.mark.parametrize("act", sorted(VECTORISED))
def test_vector_activation_equals_scalar_helper(act):
    # 32 filters: one full block, so every value goes through the vector form; the portable
    # build of the same spec goes through the scalar helper.
    spec, x, weights = identity_1x1(act, 32)
    vector = convgen.compile(spec)(x, weights)
    portable = convgen.compile(spec, cflags=build.default_cflags()
                               + ("-DCONVGEN_PORTABLE",))(x, weights)
    assert np.array_equal(np.isnan(vector), np.isnan(portable))
    same = np.isclose(vector, portable, rtol=1e-6, atol=1e-7, equal_nan=True)
    assert same.all(), f"differ at inputs {SPECIAL[~same.all(axis=2)[0]]}"
    oracle = convgen.reference(spec, x, weights)
    moderate = np.abs(SPECIAL) <= 100   # the tolerance scales with the largest value
    assert_close(vector[:, moderate], oracle[:, moderate])
    assert_close(vector[:, ~moderate], oracle[:, ~moderate])


LAYERS = {
    "dense_full_block": ({"type": "Conv2D", "filters": 32, "kernel_size": 3,
                          "padding": "same"}, [5, 13, 4]),
    "dense_partial_last_block": ({"type": "Conv2D", "filters": 40, "kernel_size": [1, 3],
                                  "strides": [1, 2], "padding": "same"}, [3, 17, 5]),
    "dense_16": ({"type": "Conv1D", "filters": 16, "kernel_size": 5, "padding": "causal",
                  "dilation_rate": 2}, [19, 3]),
    "dense_channels_first": ({"type": "Conv2D", "filters": 32, "kernel_size": 3,
                              "padding": "same", "data_format": "channels_first"}, [3, 4, 9]),
    "depthwise": ({"type": "DepthwiseConv2D", "kernel_size": 3, "padding": "same"},
                  [4, 11, 19]),
    "separable": ({"type": "SeparableConv2D", "filters": 32, "kernel_size": 3,
                   "padding": "same"}, [4, 9, 8]),
    "transpose": ({"type": "Conv2DTranspose", "filters": 32, "kernel_size": 3, "strides": 2,
                   "padding": "same"}, [3, 5, 6]),
}


# Every vectorised activation in two families; one of each kind (in registers, row pass)
# in every family.
PAIRS = sorted({(layer, act) for layer in LAYERS for act in ("relu6", "tanh")}
               | {(layer, act) for layer in ("dense_full_block", "depthwise")
                  for act in VECTORISED})


@pytest.mark.parametrize("layer, act", PAIRS)
def test_vector_activation_in_each_family(layer, act):
    body, shape = LAYERS[layer]
    assert_close(*run_both(make_spec({**body, "activation": act}, shape, batch=2),
                           scale=3.0))


def test_both_kinds_of_vector_activation_are_covered():
    assert {"relu6", "tanh"} & IN_REGISTERS == {"relu6"}
    assert "tanh" in VECTORISED


@pytest.mark.parametrize("width", [1, 2, 5, 7, 13, 14, 16, 25, 28, 29, 56])
@pytest.mark.parametrize("kernel, stride, dilation, padding", [
    (3, 1, 1, "same"), (3, 2, 1, "same"), (5, 1, 2, "same"), (4, 3, 1, "valid"),
    (10, 2, 1, "same"), (3, 1, 3, "causal"),
])
def test_tiles_over_every_width(width, kernel, stride, dilation, padding):
    # Every output column, border or interior, in tiles of every size the schedule picks.
    if padding == "valid" and width < (kernel - 1) * dilation + 1:
        pytest.skip("no output")
    spec = make_spec({"type": "Conv1D", "filters": 32, "kernel_size": kernel,
                      "strides": stride, "dilation_rate": dilation, "padding": padding,
                      "activation": "relu"}, [width, 5])
    assert_close(*run_both(spec))


@pytest.mark.parametrize("layer, shape", [
    ({"type": "Conv1D", "filters": 32, "kernel_size": 9, "dilation_rate": 4,
      "padding": "same"}, [25, 3]),   # no interior; 5 edge tiles of 5 on 256-bit vectors
    ({"type": "Conv1D", "filters": 32, "kernel_size": 9, "dilation_rate": 8,
      "padding": "same", "activation": "tanh"}, [90, 3]),
])
def test_border_pixels_where_edge_tiles_would_be_too_many(layer, shape):
    # Dilated kernels wider than the row leave no interior or too many edge tiles: the
    # schedule falls back to interior tiles and checked border pixels.
    spec = make_spec(layer, shape, batch=2)
    context = make_plan(spec).steps[0].context
    assert context["edge_tiles"] == 0 and context["borders"]
    assert_close(*run_both(spec))


def test_edge_tiles_cover_narrow_rows():
    # The ResNet 14x14 case: two edge tiles of 7, no border pixel.
    spec = make_spec({"type": "Conv2D", "filters": 64, "kernel_size": 3, "padding": "same",
                      "data_format": "channels_first"}, [16, 14, 14])
    context = make_plan(spec).steps[0].context
    assert context["borders"] == [] and context["edge_tiles"] == 2
    assert_close(*run_both(spec))


# Columns that no tap reaches (every tap reads padding: bias only), in an edge tile of the
# dense and the depthwise schedule; found by the sanitizer sweep as unused-variable warnings.
NO_TAP = [
    ({"type": "Conv2D", "filters": 4, "kernel_size": [2, 4], "padding": "same",
      "dilation_rate": [2, 3]}, [3, 1, 2]),
    ({"type": "SeparableConv1D", "filters": 2, "kernel_size": 1, "strides": 3}, None),
]


@pytest.mark.skipif(shutil.which("gcc") is None, reason="no gcc")
@pytest.mark.parametrize("layer, shape", NO_TAP, ids=["dense", "depthwise"])
@pytest.mark.parametrize("flags", [["-march=native"], []], ids=["native", "baseline"])
def test_columns_no_tap_reaches(layer, shape, flags, tmp_path):
    if shape is None:   # a ZeroPadding folded into the layer leaves a column of padding only
        spec = convgen.parse_spec({"name": "k", "input_shape": [2, 16], "layers": [
            {"type": "ZeroPadding1D", "padding": 1}, layer]})
    else:
        spec = make_spec(layer, shape, batch=2)
    plan = make_plan(spec)
    assert any(seg.edge and not seg.taps for step in plan.steps
               for seg in step.context.get("segments", []) + [
                   s for g in step.context.get("groups_w", []) for s in g["wide"]]
               + [s for _, part in step.context.get("parts", [])
                  for s in part.get("segments", [])])
    rendered = render(plan)
    (tmp_path / "k.h").write_text(rendered.header)
    (tmp_path / "k.c").write_text(rendered.source)
    done = subprocess.run(["gcc", "-std=c99", "-O2", "-Wall", "-Wextra", "-Werror", "-pedantic",
                           *flags, "-c", "k.c", "-o", os.devnull], cwd=tmp_path,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert_close(*run_both(spec))


def test_comparison_sees_a_wrong_lane():
    # The checks above can fail: one changed value in a vector is caught.
    spec, x, weights = identity_1x1("tanh", 32)
    moderate = np.abs(SPECIAL) <= 100
    out = convgen.compile(spec)(x, weights)[:, moderate]
    expected = convgen.reference(spec, x, weights)[:, moderate]
    assert_close(out, expected)
    out[0, 5, 17] += 0.01
    assert not compare(out, expected).passed


@pytest.mark.parametrize("filters", [24, 48, 56, 80, 144])
@pytest.mark.parametrize("layer", [
    {"type": "Conv2D", "kernel_size": 3, "padding": "same", "activation": "relu6"},
    {"type": "Conv2D", "kernel_size": 1, "activation": "relu"},
    {"type": "Conv2DTranspose", "kernel_size": 3, "strides": 2, "padding": "same",
     "activation": "relu6"},
])
def test_last_block_of_whole_vectors(filters, layer):
    # A last filter block of whole 8-float vectors (48 = 32 + 16, 24 alone) gets tiles of its
    # own that compute and store only its real vectors.
    spec = make_spec({**layer, "filters": filters}, [5, 13, 6], batch=2)
    rendered = render(make_plan(spec))
    assert ("/* the last block:" in rendered.source) == (filters > 32)
    assert ("/* one block of 24 filters in 3 cg_v8 */" in rendered.source) == (filters == 24)
    assert_close(*run_both(spec, scale=3.0))


def test_last_block_of_whole_vectors_with_a_residual():
    # The Add and the activation after it, fused into the last block's vector stores.
    spec = convgen.parse_spec("""
name: ragged_residual
input_shape: [7, 9, 48]
layers:
  - {type: Conv2D, name: c1, filters: 48, kernel_size: 3, padding: same, activation: relu}
  - {type: Conv2D, name: c2, filters: 48, kernel_size: 3, padding: same}
  - {type: Add, name: s, inputs: [input, c2]}
  - {type: ReLU, name: r}
""")
    assert "/* the last block: 16 filters in 2 cg_v8" in render(make_plan(spec)).source
    assert_close(*run_both(spec))


def test_narrow_tiles_take_a_block_in_halves():
    # 16 registers: 6 pixels x 16 filters (12 accumulators, 2 weight vectors, the broadcast),
    # 5 under relu6 (its 2 constants); a 32-filter block as two halves. AVX-512: 10 x 32.
    from convgen.schedule import _tile_pixels
    assert _tile_pixels(32) == (10, 6) and _tile_pixels(32, "relu") == (10, 6)
    assert _tile_pixels(32, "relu6") == (10, 5) and _tile_pixels(16) == (20, 6)
    assert _tile_pixels(8) == (20, 12)


@pytest.mark.parametrize("filters", [20, 36])
@pytest.mark.parametrize("act", ["tanh", "relu6"])
def test_narrow_halves_of_a_short_block(filters, act):
    # A block whose second half is short (20: 16 + 4; 36: a last block of 4) stores that half
    # through the scalar store, only its real filters.
    spec = make_spec({"type": "Conv1D", "filters": filters, "kernel_size": 3, "padding": "same",
                      "activation": act}, [17, 5], batch=2)
    source = render(make_plan(spec)).source
    assert "x 16 filters from fh in 2 cg_v8" in source
    assert_close(*run_both(spec, scale=3.0))


@pytest.mark.parametrize("layer,shape,batch,flat", [
    ("Conv2D", [3, 3, 20], 1, "1x1x9x20"),
    ("Conv2D", [2, 2, 40], 2, "2x1x4x40"),
    ("Conv2D", [5, 7, 9], 1, "1x1x35x9"),
    ("Conv3D", [2, 3, 3, 8], 1, "1x1x1x18x8"),
    ("Conv2D", [2, 16, 8], 1, None),        # rows of 16 pixels: kept
    ("Conv2D", [1, 9, 8], 1, None),         # one row already
])
@pytest.mark.parametrize("target", ["any", "x86-64", "portable"])
def test_pointwise_short_rows_run_as_one_row(layer, shape, batch, flat, target):
    # A 1x1 stride-1 convolution over rows shorter than 16 pixels computes every pixel as
    # one row (full tiles: each weight vector loaded once a tile, not once a short row).
    spec = make_spec({"type": layer, "filters": 40, "kernel_size": 1, "activation": "relu6"},
                     shape, batch=batch)
    source = render(make_plan(spec, target=target)).source
    assert (f"input  {flat}:" in source) == (flat is not None)
    rng = np.random.default_rng(7)
    w = convgen.verify.random_weights(spec, rng)
    x = (rng.standard_normal((batch, *shape)) * 3).astype(np.float32)
    assert_close(convgen.compile(spec, target=target)(x, w), convgen.reference(spec, x, w))


def test_pointwise_one_row_with_a_residual_and_a_concatenation():
    # flattened pointwise steps storing into a channel slice of a Concatenate and adding a
    # fused residual: the same addresses as their rows of 3 pixels
    spec = convgen.parse_spec("""
name: flat_graph
input_shape: [4, 3, 24]
layers:
  - {type: Conv2D, name: a, filters: 16, kernel_size: 1, activation: relu}
  - {type: Conv2D, name: b, filters: 24, kernel_size: 1, inputs: [input]}
  - {type: Concatenate, name: cat, inputs: [a, b]}
  - {type: Conv2D, name: c, filters: 24, kernel_size: 1, inputs: [cat]}
  - {type: Add, name: s, inputs: [input, c]}
  - {type: ReLU, name: r}
""")
    source = render(make_plan(spec, target="x86-64")).source
    assert source.count("input  1x1x12x") >= 3
    assert_close(*run_both(spec, scale=2.0))


@pytest.mark.parametrize("width,marker", [(2, "x 32 filters in 4 cg_v8"),
                                          (4, "x 32 filters in 4 cg_v8"),
                                          (8, "x 16 filters from fh in 2 cg_v8")])
def test_short_rows_keep_whole_filter_blocks(width, marker):
    # 16 registers: rows of at most 4 pixels keep a 32-filter block whole (tiles of 2 pixels,
    # 8 accumulators), longer ones take it in halves of 16 filters
    spec = make_spec({"type": "Conv2D", "filters": 64, "kernel_size": 3, "padding": "same",
                      "activation": "relu6"}, [4, width, 16])
    assert marker in render(make_plan(spec)).source   # any: no Winograd
    assert_close(*run_both(spec, scale=3.0))
