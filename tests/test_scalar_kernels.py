"""The portable branch's scalar register tiles (convgen/scalar.py; the ``#else`` parts of
dense.c.j2, depthwise.c.j2 and dense_layer.c.j2), what an FPU-only core such as a Cortex-M4
compiles: forced natively with -DCONVGEN_PORTABLE and checked against the oracle around every
tile size, plus fast checks of the tile choices that need no compiler."""

import shutil
import subprocess

import numpy as np
import pytest
from conftest import assert_close, make_spec

import convgen
from convgen import scalar, schedule
from convgen.plan import make_plan
from convgen.render import render
from convgen.verify import random_weights

PORTABLE = ["-O2", "-DCONVGEN_PORTABLE"]
STRICT = ["-std=c99", "-O2", "-Wall", "-Wextra", "-Werror", "-pedantic"]
M4 = ["-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard", "-mfpu=fpv4-sp-d16"]
C1, C2, C3 = "Conv1D", "Conv2D", "Conv3D"
T1, T2 = "Conv1DTranspose", "Conv2DTranspose"
CF = {"data_format": "channels_first"}


def check_portable(spec, seed=0):
    """The portable build's output on random data matches the oracle."""
    rng = np.random.default_rng(seed)
    w = random_weights(spec, rng)
    x = rng.standard_normal((spec.batch, *spec.input_shape)).astype(np.float32)
    assert_close(convgen.compile(spec, cflags=PORTABLE)(x, w), convgen.reference(spec, x, w))


# --- tile choices (no compiler) ------------------------------------------------------------

@pytest.mark.parametrize("pixels", [1, 2, 4, 5, 6, 7, 16, 23, 49])
@pytest.mark.parametrize("filters", [1, 3, 5, 8, 10, 12, 17, 32, 128])
def test_tiles_fit_the_registers(pixels, filters):
    p, f = scalar.tile_shape(pixels, filters)
    assert 1 <= p <= pixels and 1 <= f <= filters
    assert scalar.fits(p, f)


@pytest.mark.parametrize("filters, most", [(32, 5), (37, 6), (1, 4), (12, 5), (128, 26)])
def test_filter_runs_cover_every_filter_once(filters, most):
    runs = scalar.filter_runs(filters, most)
    covered = [runs[0]["start"]]
    for run in runs:
        assert run["start"] == covered[-1] and run["size"] <= most
        covered.append(run["start"] + run["size"] * run["count"])
    assert covered[-1] == filters and len({r["size"] for r in runs}) == len(runs) <= 2


def test_a_big_convolution_gets_a_big_tile():
    # 25 accumulators: 1.52 instructions per MAC on a Cortex-M4 (5 + 5 loads, 3 of loop)
    assert scalar.tile_shape(32, 32) in ((5, 5), (4, 6), (6, 4), (5, 4), (4, 5))
    p, f = scalar.tile_shape(32, 32)
    assert p * f >= 20


def test_one_filter_tiles_load_each_column_once():
    # filters 1, 3 taps along w: 13 pixels read 15 columns (not 39 loads), 13 + 15 + 3 + 1
    # registers; without shared columns (dilation 30 > the tile) the usual order
    assert scalar._taps_inside_side(3, 1, 1) == 13
    assert scalar._taps_inside_side(3, 2, 1) > 0
    assert scalar._taps_inside_side(1, 1, 1) == 0 and scalar._taps_inside_side(3, 1, 30) == 0
    spec = make_spec({"type": C2, "filters": 1, "kernel_size": 3, "padding": "same"},
                     [9, 28, 8])
    assert "unrolled inside the channel loop" in render(make_plan(spec)).source


@pytest.mark.parametrize("k, s, d", [(3, 1, 1), (3, 2, 1), (5, 1, 3), (7, 1, 1), (9, 4, 1)])
@pytest.mark.parametrize("out_w", [1, 5, 16, 48, 112])
def test_depthwise_tiles_fit_the_registers(k, s, d, out_w):
    """The portable depthwise tile: its accumulators, input columns and a row's weights fit
    beside each other; a wide unit-stride 3-tap row gets more pixels than the vector tile."""
    p = scalar.depthwise_pixels(k, s, d, out_w)
    assert 1 <= p <= out_w
    assert p == 1 or p + s * (p - 1) + (k - 1) * d + 1 + k <= scalar.DEPTHWISE_REGISTERS
    if (k, s, d) == (3, 1, 1) and out_w >= 48:
        assert p > schedule.DEPTHWISE_PIXELS


def test_short_channel_loops_unrolled_for_small_tiles():
    assert scalar.unrolled(3, 3, 4) and scalar.unrolled(1, 6, 4)
    assert not scalar.unrolled(3, 6, 4) and not scalar.unrolled(5, 2, 2)
    spec = make_spec({"type": C3, "filters": 4, "kernel_size": [2, 3, 3],
                      "strides": [1, 2, 3], **CF}, [3, 7, 9, 11])
    source = render(make_plan(spec, target="cortex-m4")).source
    assert "/* channel 2 */" in source and "for (int c = 0; c < 3;" not in source


def test_tap_loops_unrolled_where_the_registers_allow():
    """Interior tiles' taps run unrolled over many channels, and over one channel when the
    tile's columns fit beside its accumulators; a one-channel layer picks the tile that
    lets them (mnist_conv: 8 x 2 instead of a 6 x 4 tile with a tap loop)."""
    seg = schedule.Segment(0, 6, 4, False, ((0, 0, ()),) * 5,
                           in_cols=tuple(tuple(p + kw for p in range(6)) for kw in range(5)))
    assert scalar.unroll_taps(seg, 2, 4) and not scalar.unroll_taps(seg, 1, 4)
    assert scalar.unroll_taps(seg, 1, 2)
    assert scalar.one_channel_side(24, 8, 5, 1, 1) > 6
    assert scalar.one_channel_side(5, 8, 4, 2, 1) == scalar.tile_shape(5, 8)[0]
    spec = make_spec({"type": C2, "filters": 8, "kernel_size": 5}, [28, 28, 1])
    source = render(make_plan(spec, target="cortex-m4")).source
    assert "/* tap kw = 4 */" in source and "for (int j = 0;" not in source


def test_small_tiles_take_several_channel_steps():
    """A small tile's channel loop takes 4 or 2 channel steps an iteration when they divide
    the channels and their loads fit beside the accumulators (mnist_cnn's 11 x 11 layer to
    one pixel: 1 x 5 tiles over 16 channels); a big tile keeps one."""
    assert scalar.channel_steps(16, 1, 5) == 4 and scalar.channel_steps(6, 1, 8) == 2
    assert scalar.channel_steps(64, 5, 4) == 1 and scalar.channel_steps(15, 1, 5) == 1
    spec = make_spec({"type": C2, "filters": 10, "kernel_size": 11}, [11, 11, 16])
    source = render(make_plan(spec, target="cortex-m4")).source
    assert "c += 4, w += 20)" in source and "/* channel c + 3 */" in source


def test_portable_branch_holds_no_accumulator_array():
    spec = make_spec({"type": C2, "filters": 20, "kernel_size": 3, "padding": "same"},
                     [9, 23, 17])
    source = render(make_plan(spec)).source
    portable = source[source.index("#else\n    /* portable"):]
    assert "acc[" not in portable and "a4_4 += " in portable
    assert "for (int c = 0; c < 17; ++c, w += 32)" in portable


# --- compile and run, portable branch against the oracle ------------------------------------

# (layer, input shape, batch): tiles of P pixels x F filters around their sizes (a 25-wide
# row is five tiles of 5), filter counts that split into one or two runs, and the window
# shapes the tiles must handle: edges, border pixels, strides, dilation, transposed phases.
CONV_CASES = [
    ({"type": C2, "filters": 20, "kernel_size": 3, "padding": "same", "activation": "relu"},
     [9, 23, 17], 2),                                          # edge tiles, relu inline
    ({"type": C2, "filters": 5, "kernel_size": [2, 3], "strides": 2, **CF}, [17, 9, 23], 2),
    ({"type": C1, "filters": 16, "kernel_size": 3, "padding": "causal", "dilation_rate": 2},
     [19, 16], 1),
    ({"type": C1, "filters": 32, "kernel_size": 10, "strides": 2, "padding": "same",
      "activation": "hard_swish"}, [49, 40], 1),               # many taps: border pixels
    ({"type": C3, "filters": 9, "kernel_size": 2, "padding": "same"}, [3, 5, 21, 4], 2),
    ({"type": C2, "filters": 37, "kernel_size": 3, "padding": "same", "activation": "relu6"},
     [9, 23, 17], 1),                                          # a full and a partial block
    ({"type": C2, "filters": 1, "kernel_size": 1}, [4, 5, 3], 1),
    ({"type": C2, "filters": 7, "kernel_size": 1, "activation": "tanh"}, [3, 4, 6], 1),
    ({"type": C2, "filters": 10, "kernel_size": 3, "padding": "valid", **CF}, [3, 8, 8], 3),
    ({"type": C1, "filters": 12, "kernel_size": 5, "padding": "valid", "use_bias": False},
     [6, 2], 1),                                               # out_w 2
    ({"type": C1, "filters": 3, "kernel_size": 3, "padding": "same"}, [1, 4], 1),   # out_w 1
    ({"type": T2, "filters": 32, "kernel_size": 3, "strides": 2, "padding": "same",
      "activation": "silu"}, [9, 23, 17], 1),
    ({"type": T1, "filters": 7, "kernel_size": 5, "strides": 3}, [11, 6], 2),
    ({"type": T1, "filters": 6, "kernel_size": 3, "dilation_rate": 3,
      "activation": "sigmoid"}, [10, 4], 1),
    ({"type": T2, "filters": 5, "kernel_size": 3, "strides": 2, "output_padding": 1, **CF},
     [4, 5, 6], 1),
]
# one filter: the taps along w unrolled inside the channel loop, edge and interior tiles
CONV_CASES += [
    ({"type": C2, "filters": 1, "kernel_size": 3, "padding": "same", "activation": "sigmoid"},
     [9, 28, 8], 1),
    ({"type": C1, "filters": 1, "kernel_size": 5, "padding": "causal", "dilation_rate": 2},
     [37, 3], 2),
    ({"type": C2, "filters": 1, "kernel_size": [2, 4], "strides": 3, "padding": "same",
      "use_bias": False, **CF}, [5, 7, 40], 1),
]
# few channels: small tiles run the channel loop unrolled whole
CONV_CASES += [
    ({"type": C3, "filters": 4, "kernel_size": [2, 3, 3], "strides": [1, 2, 3],
      "activation": "sigmoid", **CF}, [3, 7, 9, 11], 2),       # conv3d_cf_strided
    ({"type": C1, "filters": 3, "kernel_size": 3, "padding": "same"}, [23, 2], 1),
]
# tiles sized P - 1, P, P + 1 and a prime along w (P = 5 for this layer)
CONV_CASES += [({"type": C2, "filters": 17, "kernel_size": 3, "padding": "same"}, [3, w, 8], 1)
               for w in (4, 5, 6, 13)]
CONV_CASES += [   # one channel: tiles chosen for their taps unrolled (mnist_conv, strided, dilated)
    ({"type": C2, "filters": 8, "kernel_size": 5, "activation": "relu"}, [9, 28, 1], 1),
    ({"type": C2, "filters": 16, "kernel_size": 3, "strides": 2, "padding": "same"},
     [8, 28, 1], 2),
    ({"type": C1, "filters": 12, "kernel_size": 4, "dilation_rate": 2, "padding": "causal"},
     [50, 1], 1),
]
CONV_CASES += [   # small tiles over many channels: 4 or 2 channel steps an iteration
    ({"type": C2, "filters": 10, "kernel_size": 5, "activation": "softmax"}, [5, 5, 16], 2),
    ({"type": C1, "filters": 6, "kernel_size": 3, "padding": "same"}, [3, 6], 1),
]


@pytest.mark.parametrize("layer, shape, batch", CONV_CASES,
                         ids=[f"{c[0]['type']}_{i}" for i, c in enumerate(CONV_CASES)])
def test_convolution_tiles(layer, shape, batch):
    check_portable(make_spec(layer, shape, batch=batch))


DENSE_CASES = [(128, [640], 1), (7, [3, 5], 2), (33, [4, 9], 1), (1, [6], 3), (30, [2, 16], 1)]


@pytest.mark.parametrize("units, shape, batch", DENSE_CASES)
@pytest.mark.parametrize("activation", ["linear", "relu", "softmax"])
def test_dense_tiles(units, shape, batch, activation):
    check_portable(make_spec({"type": "Dense", "units": units, "activation": activation},
                             shape, batch=batch))


DEPTHWISE_CASES = [
    ({"type": "DepthwiseConv2D", "kernel_size": 3, "strides": 2, "padding": "same"},
     [9, 23, 17], 2),
    ({"type": "DepthwiseConv2D", "kernel_size": 3, "padding": "same", "activation": "relu"},
     [7, 19, 12], 1),
    ({"type": "DepthwiseConv2D", "kernel_size": [3, 5], "dilation_rate": 2,
      "activation": "tanh"}, [9, 30, 5], 1),
    ({"type": "DepthwiseConv1D", "kernel_size": 5, "padding": "same", "dilation_rate": 3},
     [40, 6], 2),
    # rows unrolled, each checked only where its input row can be missing: a tall dilated
    # kernel over 3 rows (rows past both edges)
    ({"type": "DepthwiseConv2D", "kernel_size": [5, 3], "dilation_rate": [2, 1],
      "padding": "same", "activation": "relu6"}, [3, 11, 6], 2),
    ({"type": "SeparableConv2D", "filters": 10, "kernel_size": 3, "padding": "same",
      "activation": "relu"}, [8, 13, 6], 1),
    # with a multiplier: the depthwise step's bands by the grouped loop nest's tiles
    ({"type": "SeparableConv2D", "filters": 24, "kernel_size": 3, "padding": "same",
      "depth_multiplier": 2, "activation": "relu"}, [14, 12, 16], 2),
    ({"type": "SeparableConv1D", "filters": 5, "kernel_size": 4, "strides": 2,
      "dilation_rate": 1, "padding": "same", "depth_multiplier": 3}, [23, 3], 1),
]


# The grouped loop nest (conv.c.j2, every target): tiles of P pixels x F of a group's
# filters, border pixels one at a time with their taps checked.
GROUPED_CASES = [
    ({"type": C2, "filters": 20, "kernel_size": [3, 2], "dilation_rate": [2, 3], "groups": 4,
      "activation": "elu"}, [19, 15, 12], 1),                  # grouped_dilated
    ({"type": C2, "filters": 12, "kernel_size": 3, "groups": 3, "padding": "same",
      "strides": 2, **CF}, [6, 11, 13], 2),
    ({"type": C1, "filters": 64, "kernel_size": 3, "groups": 2, "padding": "causal",
      "activation": "relu"}, [17, 4], 1),                      # 32 filters a group: two runs
    ({"type": C3, "filters": 6, "kernel_size": 2, "groups": 2, "padding": "same",
      "use_bias": False}, [3, 4, 7, 4], 1),
    ({"type": "DepthwiseConv1D", "kernel_size": 5, "depth_multiplier": 3,
      "activation": "swish"}, [40, 12], 2),                    # kws_depthwise1d
    ({"type": "DepthwiseConv2D", "kernel_size": 3, "strides": 2, "padding": "same",
      "depth_multiplier": 2, "activation": "relu6"}, [15, 14, 8], 1),
    ({"type": "DepthwiseConv2D", "kernel_size": [2, 3], "dilation_rate": 2,
      "padding": "same", "depth_multiplier": 1, **CF}, [3, 9, 10], 1),
]
# rows of 5, 6, 7 and 13 interior pixels: one tile of 5 or 6, then 4 + 3, 5 + 4 + 4
GROUPED_CASES += [({"type": C1, "filters": 8, "kernel_size": 3, "groups": 2}, [w + 2, 4], 1)
                  for w in (5, 6, 7, 13)]


@pytest.mark.parametrize("layer, shape, batch", GROUPED_CASES,
                         ids=[f"{c[0]['type']}_{i}" for i, c in enumerate(GROUPED_CASES)])
def test_grouped_tiles(layer, shape, batch):
    check_portable(make_spec(layer, shape, batch=batch))


def test_grouped_tiles_in_registers():
    """The portable branch holds the tiles; vector targets keep the loop nest GCC vectorises
    (one pixel at a time, an acc[] of the filters)."""
    spec = make_spec({"type": C2, "filters": 20, "kernel_size": 3, "groups": 4}, [9, 23, 12])
    source = render(make_plan(spec, target="cortex-m4")).source
    assert "acc[" not in source and "a3_4 += " in source and "CG_VECTOR" not in source
    source = render(make_plan(spec)).source   # any: both, the preprocessor picks
    vector, portable = source.split("#if CG_VECTOR")[1].split("#else")
    assert "acc[" in vector and "acc[" not in portable and "a3_4 += " in portable
    source = render(make_plan(spec, target="x86-64")).source   # the vector loop nest only
    assert "acc[" in source and "a3_4 += " not in source and "CG_VECTOR" not in source


@pytest.mark.parametrize("layer, shape, batch", DEPTHWISE_CASES,
                         ids=[f"{c[0]['type']}_{i}" for i, c in enumerate(DEPTHWISE_CASES)])
def test_depthwise_tiles(layer, shape, batch):
    check_portable(make_spec(layer, shape, batch=batch))


def test_residual_and_pooled_bands():
    """A residual Add fused into the tiles' stores (with an activation after it) and a
    pooling computed from bands of the convolution's rows."""
    spec = convgen.parse_spec({
        "name": "k", "input_shape": [8, 10, 6], "batch": 2, "layers": [
            {"type": C2, "name": "a", "filters": 6, "kernel_size": 3, "padding": "same"},
            {"type": "Add", "name": "s", "inputs": ["input", "a"]},
            {"type": "Activation", "activation": "relu"},
            {"type": C2, "filters": 12, "kernel_size": 3, "activation": "relu"},
            {"type": "MaxPooling2D", "pool_size": 2},
        ]})
    steps = [s.template for s in make_plan(spec).steps]
    assert "pooled.c.j2" in steps
    check_portable(spec)


# separable.c.j2 (channels_first, or glu): a pixel's values in named scalars when the
# depthwise values and sums fit (cm + filters <= 24), arrays otherwise
SEPARABLE_PIXEL_CASES = [
    ({"type": "SeparableConv1D", "filters": 8, "kernel_size": 3, "strides": 2,
      "dilation_rate": 2, "padding": "same", "activation": "tanh", **CF}, [6, 33], 2),
    ({"type": "SeparableConv2D", "filters": 5, "kernel_size": [2, 3], "depth_multiplier": 3,
      "padding": "same", "use_bias": False, **CF}, [4, 7, 9], 1),
    ({"type": "SeparableConv2D", "filters": 8, "kernel_size": 3, "depth_multiplier": 2,
      **CF}, [16, 6, 7], 1),                                   # 32 + 8 > 24: the arrays
    ({"type": "SeparableConv1D", "filters": 6, "kernel_size": 3, "padding": "same",
      "activation": "glu"}, [12, 5], 1),
]


@pytest.mark.parametrize("layer, shape, batch", SEPARABLE_PIXEL_CASES,
                         ids=[f"{c[0]['type']}_{i}" for i, c in enumerate(SEPARABLE_PIXEL_CASES)])
def test_separable_pixel_tiles(layer, shape, batch):
    check_portable(make_spec(layer, shape, batch=batch))


# The portable branch of pool.c.j2: runs of at most 8 channels in scalar registers.
POOL_CASES = [
    ({"type": "MaxPooling2D", "pool_size": 3, "strides": 2, "padding": "same"}, [9, 11, 17], 2),
    ({"type": "AveragePooling2D", "pool_size": 2, "padding": "same"}, [7, 5, 8], 1),  # count
    ({"type": "AveragePooling1D", "pool_size": 4, "strides": 3, **CF}, [9, 22], 1),
    ({"type": "MaxPooling3D", "pool_size": 2, "padding": "same"}, [3, 5, 4, 3], 1),
    ({"type": "GlobalAveragePooling2D"}, [6, 7, 20], 2),
    ({"type": "GlobalMaxPooling1D", **CF}, [16, 9], 1),
]


@pytest.mark.parametrize("layer, shape, batch", POOL_CASES,
                         ids=[f"{c[0]['type']}_{i}" for i, c in enumerate(POOL_CASES)])
def test_pooling_tiles(layer, shape, batch):
    check_portable(make_spec(layer, shape, batch=batch))


def test_portable_max_pooling_keeps_nan():
    """Keras's max pooling propagates NaN; the register tiles' cg_max does too."""
    spec = make_spec({"type": "MaxPooling2D", "pool_size": 2}, [4, 4, 9])
    x = np.arange(144, dtype=np.float32).reshape(1, 4, 4, 9)
    x[0, 1, 0, 3] = np.nan
    x[0, 2, 2, 5] = np.nan   # a window's first tap: the start of its unrolled maximum
    y = convgen.compile(spec, cflags=PORTABLE)(x, [])
    assert np.isnan(y[0, 0, 0, 3]) and np.isnan(y[0, 1, 1, 5]) and np.isnan(y).sum() == 2


def test_grouped_pooled_bands():
    """A grouped convolution computed in bands of rows of a fused pooling, the band's
    columns fewer than the convolution's (valid pooling drops the last)."""
    spec = convgen.parse_spec({
        "name": "k", "input_shape": [9, 11, 6], "layers": [
            {"type": C2, "filters": 8, "kernel_size": 3, "groups": 2, "padding": "same",
             "activation": "tanh"},
            {"type": "MaxPooling2D", "pool_size": 2},
        ]})
    assert "pooled.c.j2" in [s.template for s in make_plan(spec).steps]
    check_portable(spec)


@pytest.mark.parametrize("ft", [1, 5, 10, 12])
def test_any_filter_block_size(ft, monkeypatch):
    """The packed layout's FT is the weights' stride between channels; the tiles read only a
    block's real filters, whatever FT is (odd ones included)."""
    monkeypatch.setattr(schedule, "_blocks",
                        lambda f, target=None: (ft, max(1, ft // 8), -(-f // ft)))
    monkeypatch.setattr(schedule, "_tile_pixels", lambda ft, activation="linear", row=None: (1, 1))
    for layer, shape in [({"type": C2, "filters": 13, "kernel_size": 3, "padding": "same"},
                          [5, 9, 4]),
                         ({"type": T1, "filters": 10, "kernel_size": 3, "strides": 2},
                          [7, 3])]:
        check_portable(make_spec(layer, shape, batch=2), seed=ft)


STRICT_CASES = [CONV_CASES[0], CONV_CASES[3], CONV_CASES[11], DEPTHWISE_CASES[2],
                GROUPED_CASES[0], GROUPED_CASES[4]]


@pytest.mark.parametrize("cc, flags", [("gcc", ["-DCONVGEN_PORTABLE"]),
                                       ("clang", ["-DCONVGEN_PORTABLE"]),
                                       ("arm-none-eabi-gcc", M4)])
def test_portable_c_is_strict_c99(cc, flags, tmp_path):
    if not shutil.which(cc):
        pytest.skip(f"{cc} not installed")
    for i, (layer, shape, batch) in enumerate(STRICT_CASES + [
            ({"type": "Dense", "units": 33, "activation": "relu"}, [4, 9], 1)]):
        rendered = render(make_plan(make_spec(layer, shape, batch=batch, name=f"k{i}")))
        (tmp_path / f"k{i}.h").write_text(rendered.header)
        (tmp_path / f"k{i}.c").write_text(rendered.source)
        done = subprocess.run([cc, *STRICT, *flags, "-c", str(tmp_path / f"k{i}.c"), "-o",
                               str(tmp_path / f"k{i}.o")], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
