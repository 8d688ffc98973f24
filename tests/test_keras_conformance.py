"""Conformance against Keras 3 itself, the final word on what a layer computes.

Each case builds the same layer twice: in Keras (from the spec's own layer mapping) and in
convgen (``parse_spec``). With Keras's weights (``get_weights()``) and one seeded input, both
the NumPy oracle and the compiled kernel must match Keras's output within one stated
tolerance. Sizes differ on every axis (H != W != D != C) so that a swapped axis cannot pass.
"""

from __future__ import annotations

import os
import re
import zlib

os.environ.setdefault("KERAS_BACKEND", "torch")   # must precede the first import of keras

import numpy as np
import pytest

import convgen
from convgen import activations

keras = pytest.importorskip(
    "keras", reason="Keras 3 (the conformance oracle) is not installed: pip install convgen[test]")

try:
    from hypothesis import assume, given, settings
    from hypothesis import strategies as st
except ImportError:   # the table tests still run
    st = None

pytestmark = [
    pytest.mark.keras,
    # Keras's torch backend calls np.array(tensor, copy=False): noise, not convgen's concern.
    pytest.mark.filterwarnings("ignore:__array__ implementation doesn't accept a copy keyword"
                               ":DeprecationWarning"),
    # A random softmax over a last axis of size 1 is valid (it gives 1); Keras just warns.
    pytest.mark.filterwarnings("ignore:You are using a softmax over axis:UserWarning"),
]

# Inputs are uniform in [-1, 1) and weights normal * 0.5: a pre-activation of the small
# activation layer then spreads over about -3..3 (checked in test_activation_matches_keras).
X_RANGE = 1.0
WEIGHT_SCALE = 0.5


# ---------------------------------------------------------------- tolerance, once

def assert_matches_keras(actual, keras_out, what: str) -> None:
    """max|actual - keras| <= 1e-4 * max(1, max|keras|): float32 kernels, relative to scale."""
    expected = np.asarray(keras_out, dtype=np.float64)
    actual = np.asarray(actual, dtype=np.float64)
    assert actual.shape == expected.shape, (
        f"{what}: shape {actual.shape}, Keras gives {expected.shape}")
    tol = 1e-4 * max(1.0, float(np.max(np.abs(expected))))
    diff = np.abs(actual - expected)
    err = float(np.max(diff))
    if not err <= tol:   # also catches NaN
        at = np.unravel_index(np.nanargmax(diff), diff.shape) if np.any(diff == diff) else "?"
        raise AssertionError(f"{what}: max|diff| {err:.3g} > tolerance {tol:.3g}; worst at "
                             f"{at}: got {actual[at] if at != '?' else '?'}, Keras "
                             f"{expected[at] if at != '?' else '?'}")


# ---------------------------------------------------------------- running one case

def _seed(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def _c_name(case_id: str) -> str:
    return "t_" + re.sub(r"[^A-Za-z0-9_]", "_", case_id)


def _spec(name: str, input_shape, batch: int, layer: dict):
    return convgen.parse_spec({"name": name, "input_shape": list(input_shape), "batch": batch,
                               "layers": [dict(layer)]})


def _keras_layer(layer: dict, input_shape, batch: int, rng: np.random.Generator):
    """The Keras layer the spec names, built, with seeded random weights."""
    args = {k: v for k, v in layer.items() if k != "type"}
    klayer = getattr(keras.layers, layer["type"])(**args)
    klayer.build((batch, *input_shape))
    klayer.set_weights([(rng.standard_normal(w.shape) * WEIGHT_SCALE).astype(np.float32)
                        for w in klayer.get_weights()])
    return klayer


def run_case(case_id: str, input_shape, layer: dict, batch: int = 1, seed=None):
    """Run one layer in Keras, the oracle and the kernel; assert both match Keras.

    Returns (x, weights) for further checks.
    """
    rng = np.random.default_rng(_seed(case_id) if seed is None else seed)
    klayer = _keras_layer(layer, input_shape, batch, rng)
    weights = klayer.get_weights()
    x = rng.uniform(-X_RANGE, X_RANGE, size=(batch, *input_shape)).astype(np.float32)
    expected = keras.ops.convert_to_numpy(klayer(x))

    spec = _spec(_c_name(case_id), input_shape, batch, layer)
    assert (batch, *spec.output_shape) == expected.shape, (
        f"{case_id}: spec output shape {spec.output_shape}, Keras gives {expected.shape[1:]}")
    assert_matches_keras(convgen.reference(spec, x, weights), expected, f"{case_id} reference")
    assert_matches_keras(convgen.compile(spec)(x, weights), expected, f"{case_id} kernel")
    return x, weights


# ---------------------------------------------------------------- the table of layers

def case(case_id: str, input_shape, batch: int = 1, marks=(), **layer):
    return pytest.param(tuple(input_shape), batch, layer, id=case_id, marks=marks)


CONV_CASES = [
    # --- Conv1D (input: length, channels)
    # plain valid convolution, length != channels != filters
    case("1d-valid", (13, 5), type="Conv1D", filters=4, kernel_size=3),
    # same, stride 2, odd total padding (3): 1 before, the odd pixel after
    case("1d-same-s2-odd-pad", (11, 5), type="Conv1D", filters=4, kernel_size=4, strides=2,
         padding="same"),
    # same, stride 3, odd total (3) with an even length
    case("1d-same-s3-odd-pad", (16, 3), type="Conv1D", filters=2, kernel_size=4, strides=3,
         padding="same"),
    # same, stride 3 where the stride-aware total is 0 (k-1 would wrongly give 2)
    case("1d-same-s3-no-pad", (12, 3), type="Conv1D", filters=5, kernel_size=3, strides=3,
         padding="same"),
    # same with dilation: effective kernel 4, total 3, the odd pixel after
    case("1d-same-dilated", (9, 2), type="Conv1D", filters=3, kernel_size=2, dilation_rate=3,
         padding="same"),
    # dilated valid convolution
    case("1d-valid-dilated", (15, 4), type="Conv1D", filters=3, kernel_size=3, dilation_rate=2),
    # causal: all k-1 zeros before
    case("1d-causal", (10, 3), type="Conv1D", filters=4, kernel_size=3, padding="causal"),
    # causal with stride 2 on an odd length
    case("1d-causal-s2", (11, 3), type="Conv1D", filters=2, kernel_size=3, strides=2,
         padding="causal"),
    # causal with dilation: d*(k-1) = 6 zeros before
    case("1d-causal-dilated", (12, 2), type="Conv1D", filters=3, kernel_size=3, dilation_rate=3,
         padding="causal"),
    # causal under channels_first: the zeros go before the length axis, not the channels
    case("1d-causal-channels-first", (4, 9), type="Conv1D", filters=3, kernel_size=3,
         dilation_rate=2, padding="causal", data_format="channels_first"),
    # causal with stride 3 and a kernel longer than the input (only the padding makes it fit)
    case("1d-causal-s3-kernel-gt-input", (5, 2), type="Conv1D", filters=3, kernel_size=7,
         strides=3, padding="causal"),
    # channels_first: input (channels, length), bias on axis 1
    case("1d-channels-first-same-s2", (5, 13), type="Conv1D", filters=4, kernel_size=3,
         strides=2, padding="same", data_format="channels_first"),
    # kernel as long as the input: one output position
    case("1d-kernel-eq-input", (7, 3), type="Conv1D", filters=2, kernel_size=7),
    # groups: 6 channels, 3 groups of 2 inputs -> 3 filters each
    case("1d-groups", (10, 6), type="Conv1D", filters=9, kernel_size=3, groups=3,
         padding="same"),

    # --- Conv2D (input: H, W, C)
    # non-square kernel on a non-square input
    case("2d-valid-nonsquare", (9, 7, 3), type="Conv2D", filters=5, kernel_size=(3, 2)),
    # same, stride 2, odd totals on both axes (3 and 1): odd pixel bottom/right
    case("2d-same-s2-odd-pad", (7, 9, 3), type="Conv2D", filters=4, kernel_size=(4, 2),
         strides=2, padding="same"),
    # same, stride 3, totals 1 and 3 on an odd H and even W
    case("2d-same-s3", (11, 8, 2), type="Conv2D", filters=3, kernel_size=(3, 5), strides=3,
         padding="same"),
    # same with a different stride per axis
    case("2d-same-strides-2-3", (10, 11, 3), type="Conv2D", filters=2, kernel_size=3,
         strides=(2, 3), padding="same"),
    # stride larger than the kernel: rows and columns skipped
    case("2d-valid-stride-gt-kernel", (10, 8, 2), type="Conv2D", filters=3, kernel_size=(2, 1),
         strides=(3, 2)),
    # a different dilation per axis, valid
    case("2d-valid-dilation-2-3", (12, 10, 3), type="Conv2D", filters=4, kernel_size=(3, 2),
         dilation_rate=(2, 3)),
    # a different dilation per axis, same (totals 3 and 4)
    case("2d-same-dilation-3-2", (8, 9, 2), type="Conv2D", filters=5, kernel_size=(2, 3),
         dilation_rate=(3, 2), padding="same"),
    # groups: C=6, groups=3, filters=9
    case("2d-groups", (7, 5, 6), type="Conv2D", filters=9, kernel_size=(3, 2), groups=3,
         padding="same"),
    # channels_first with stride 2 and same
    case("2d-channels-first-same-s2", (4, 9, 7), type="Conv2D", filters=5, kernel_size=(3, 2),
         strides=2, padding="same", data_format="channels_first"),
    # channels_first with groups and a per-axis dilation
    case("2d-channels-first-groups-dilated", (6, 8, 7), type="Conv2D", filters=4,
         kernel_size=(2, 3), groups=2, dilation_rate=(2, 1), data_format="channels_first"),
    # no bias, batch 2 (bias indexed by batch or missing shows here)
    case("2d-no-bias-batch2", (6, 5, 3), batch=2, type="Conv2D", filters=4, kernel_size=(2, 3),
         use_bias=False),
    # batch 2 with bias and same padding
    case("2d-batch2-same", (5, 6, 2), batch=2, type="Conv2D", filters=3, kernel_size=(3, 2),
         padding="same"),
    # kernel equal to the input: 1x1 output
    case("2d-kernel-eq-input", (5, 4, 3), type="Conv2D", filters=2, kernel_size=(5, 4)),
    # kernel equal to the input under same: more padding than input on each side
    case("2d-kernel-eq-input-same", (5, 4, 3), type="Conv2D", filters=2, kernel_size=(5, 4),
         padding="same"),
    # pointwise 1x1 with stride 2
    case("2d-pointwise-s2", (7, 6, 4), type="Conv2D", filters=3, kernel_size=1, strides=2),
    # padding strings are case-insensitive
    case("2d-padding-uppercase", (6, 7, 2), type="Conv2D", filters=3, kernel_size=(2, 3),
         strides=2, padding="SAME"),

    # --- Conv3D (input: D, H, W, C)
    # valid, non-cubic kernel and input
    case("3d-valid", (6, 5, 4, 3), type="Conv3D", filters=2, kernel_size=(2, 3, 2)),
    # same, stride 2 on D=7, H=6, W=5
    case("3d-same-s2", (7, 6, 5, 2), type="Conv3D", filters=3, kernel_size=(3, 2, 4), strides=2,
         padding="same"),
    # same with strides 1, 2, 3 (one per axis)
    case("3d-same-strides-1-2-3", (5, 7, 8, 2), type="Conv3D", filters=4, kernel_size=(2, 3, 2),
         strides=(1, 2, 3), padding="same"),
    # dilations 1, 2, 3 (one per axis), valid
    case("3d-valid-dilation-1-2-3", (6, 7, 9, 2), type="Conv3D", filters=3,
         kernel_size=(2, 2, 3), dilation_rate=(1, 2, 3)),
    # channels_first with stride 2 and same
    case("3d-channels-first-same-s2", (3, 5, 6, 7), type="Conv3D", filters=4,
         kernel_size=(2, 3, 2), strides=2, padding="same", data_format="channels_first"),
    # groups, batch 2, no bias
    case("3d-groups-batch2-no-bias", (4, 5, 6, 4), batch=2, type="Conv3D", filters=6,
         kernel_size=(2, 2, 3), groups=2, use_bias=False, padding="same"),
    # kernel equal to the input
    case("3d-kernel-eq-input", (3, 4, 2, 5), type="Conv3D", filters=2, kernel_size=(3, 4, 2)),
]


@pytest.mark.parametrize("input_shape, batch, layer", CONV_CASES)
def test_conv_matches_keras(request, input_shape, batch, layer):
    run_case(request.node.callspec.id, input_shape, layer, batch)


# ---------------------------------------------------------------- depthwise and separable

# Depthwise output channel c*M + m reads input channel c (M = depth_multiplier); with C != M
# and both > 1, a swapped c*M + m / m*C + c shows. Since Keras 3.15 these layers take
# strides > 1 together with dilation > 1.
DEPTHWISE_CASES = [
    # --- DepthwiseConv1D (input: length, channels)
    # plain valid, depth_multiplier 1 (the default)
    case("dw1d-valid", (13, 5), type="DepthwiseConv1D", kernel_size=3),
    # same, stride 2, odd total padding (3): the odd pixel after; M=2 on C=4
    case("dw1d-same-s2-odd-pad-m2", (11, 4), type="DepthwiseConv1D", kernel_size=4, strides=2,
         padding="same", depth_multiplier=2),
    # same with stride 2 AND dilation 2: ek 5, out 6, total (6-1)*2 + 5 - 12 = 3; M=3 on C=2
    case("dw1d-same-s2-d2-m3", (12, 2), type="DepthwiseConv1D", kernel_size=3, strides=2,
         dilation_rate=2, padding="same", depth_multiplier=3),
    # valid with stride 2 AND dilation 2: ek 5, out (14-5)//2 + 1 = 5
    case("dw1d-valid-s2-d2-m2", (14, 3), type="DepthwiseConv1D", kernel_size=3, strides=2,
         dilation_rate=2, depth_multiplier=2),
    # channels_first: input (channels, length), bias (C*M) on axis 1; same, stride 3 (total 1)
    case("dw1d-channels-first-same-s3-m2", (3, 11), type="DepthwiseConv1D", kernel_size=3,
         strides=3, padding="same", depth_multiplier=2, data_format="channels_first"),
    # no bias, batch 2, dilation 3 alone
    case("dw1d-no-bias-batch2-dilated", (10, 3), batch=2, type="DepthwiseConv1D", kernel_size=2,
         dilation_rate=3, depth_multiplier=2, use_bias=False),

    # --- DepthwiseConv2D (input: H, W, C)
    # valid, non-square kernel and input, M=1
    case("dw2d-valid-nonsquare", (9, 7, 3), type="DepthwiseConv2D", kernel_size=(3, 2)),
    # same with stride 2 AND dilation 2: ek (5, 3), out (6, 5), totals 3 and 1 (both odd)
    case("dw2d-same-s2-d2-m2", (12, 10, 3), type="DepthwiseConv2D", kernel_size=(3, 2),
         strides=2, dilation_rate=2, padding="same", depth_multiplier=2),
    # valid with strides (2, 3) AND dilations (3, 2): ek (4, 5), out (5, 3)
    case("dw2d-valid-strides-2-3-dilation-3-2-m3", (13, 11, 2), type="DepthwiseConv2D",
         kernel_size=(2, 3), strides=(2, 3), dilation_rate=(3, 2), depth_multiplier=3),
    # same, stride 3, totals 2 and 3 on an even H and W (10, 8)
    case("dw2d-same-s3", (10, 8, 4), type="DepthwiseConv2D", kernel_size=(3, 5), strides=3,
         padding="same"),
    # channels_first with stride 2, same and M=2: bias on axis 1 in c*M + m order
    case("dw2d-channels-first-same-s2-m2", (3, 8, 7), type="DepthwiseConv2D",
         kernel_size=(2, 3), strides=2, padding="same", depth_multiplier=2,
         data_format="channels_first"),
    # channels_first, valid, stride 2 together with dilation 2 on H only (W: both 1)
    case("dw2d-channels-first-s2-d-2-1", (2, 11, 9), type="DepthwiseConv2D",
         kernel_size=(3, 3), strides=(2, 1), dilation_rate=(2, 1), depth_multiplier=3,
         data_format="channels_first"),
    # no bias, batch 2, M=2
    case("dw2d-no-bias-batch2", (6, 5, 3), batch=2, type="DepthwiseConv2D", kernel_size=(2, 3),
         depth_multiplier=2, use_bias=False),
    # kernel equal to the input under same, with an activation acting on C*M channels
    case("dw2d-kernel-eq-input-same-softmax", (5, 4, 3), type="DepthwiseConv2D",
         kernel_size=(5, 4), padding="same", depth_multiplier=2, activation="softmax"),
]

# Separable: depthwise (no bias) -> 1x1 pointwise to filters -> bias -> activation.
SEPARABLE_CASES = [
    # --- SeparableConv1D (input: length, channels)
    # plain valid, M=1, filters != channels
    case("sep1d-valid", (13, 5), type="SeparableConv1D", filters=4, kernel_size=3),
    # same with stride 2 AND dilation 2 (ek 5, total 3), M=2
    case("sep1d-same-s2-d2-m2", (12, 3), type="SeparableConv1D", filters=5, kernel_size=3,
         strides=2, dilation_rate=2, padding="same", depth_multiplier=2),
    # valid with stride 3 AND dilation 2: ek 7, out (16-7)//3 + 1 = 4
    case("sep1d-valid-s3-d2", (16, 2), type="SeparableConv1D", filters=3, kernel_size=4,
         strides=3, dilation_rate=2, depth_multiplier=2),
    # channels_first, same, stride 2 (total 5*2 + 4 - 11 = 3), M=3
    case("sep1d-channels-first-same-s2-m3", (4, 11), type="SeparableConv1D", filters=3,
         kernel_size=4, strides=2, padding="same", depth_multiplier=3,
         data_format="channels_first"),
    # no bias, batch 2, dilation 3; the activation after pointwise (nothing to add it to)
    case("sep1d-no-bias-batch2-tanh", (10, 3), batch=2, type="SeparableConv1D", filters=2,
         kernel_size=2, dilation_rate=3, depth_multiplier=2, use_bias=False,
         activation="tanh"),

    # --- SeparableConv2D (input: H, W, C)
    # valid, non-square, M=1
    case("sep2d-valid-nonsquare", (9, 7, 3), type="SeparableConv2D", filters=5,
         kernel_size=(3, 2)),
    # same with stride 2 AND dilation 2 (totals 3 and 1), M=2
    case("sep2d-same-s2-d2-m2", (12, 10, 3), type="SeparableConv2D", filters=4,
         kernel_size=(3, 2), strides=2, dilation_rate=2, padding="same", depth_multiplier=2),
    # valid with strides (3, 2) AND dilations (2, 3): ek (3, 7), out (4, 3)
    case("sep2d-valid-strides-3-2-dilation-2-3", (13, 11, 2), type="SeparableConv2D",
         filters=3, kernel_size=(2, 3), strides=(3, 2), dilation_rate=(2, 3),
         depth_multiplier=2),
    # channels_first with stride 2 and same: bias (filters) on axis 1
    case("sep2d-channels-first-same-s2-m2", (3, 9, 8), type="SeparableConv2D", filters=4,
         kernel_size=(2, 3), strides=2, padding="same", depth_multiplier=2,
         data_format="channels_first"),
    # no bias, batch 2, same, filters fewer than channels
    case("sep2d-no-bias-batch2-same", (6, 7, 4), batch=2, type="SeparableConv2D", filters=3,
         kernel_size=(3, 2), padding="same", use_bias=False),
    # 1x1 depthwise kernel with stride 2: only the pointwise step mixes channels; relu after
    # the bias (a bias before pointwise would show here)
    case("sep2d-1x1-s2-relu", (7, 6, 3), type="SeparableConv2D", filters=2, kernel_size=1,
         strides=2, depth_multiplier=3, activation="relu"),
]


# Transposed output length per axis (ek = d*(k-1)+1):
#   valid: (n-1)*s + ek + (op if set else max(s - ek, 0));  same, op None: n*s;
#   same, op set: (n-1)*s + ek % 2 + op.
TRANSPOSE_CASES = [
    # --- Conv1DTranspose (input: length, channels)
    # valid, stride 1, output_padding None: out 7 - 1 + 3 = 9
    case("tr1d-valid", (7, 3), type="Conv1DTranspose", filters=4, kernel_size=3),
    # valid, stride 3, output_padding None, kernel 4 > stride: out 5*3 + 4 = 19
    case("tr1d-valid-s3-op-none", (6, 2), type="Conv1DTranspose", filters=3, kernel_size=4,
         strides=3),
    # valid, stride 2, output_padding 1: out 6*2 + 3 + 1 = 16 (last position: bias only)
    case("tr1d-valid-s2-op1", (7, 3), type="Conv1DTranspose", filters=4, kernel_size=3,
         strides=2, output_padding=1),
    # same, stride 2, output_padding None: out 7*2 = 14, crop (12 + 4 - 14)//2 = 1
    case("tr1d-same-s2-op-none", (7, 3), type="Conv1DTranspose", filters=2, kernel_size=4,
         strides=2, padding="same"),
    # same, stride 3, output_padding 2: out 4*3 + 0 + 2 = 14, crop 1
    case("tr1d-same-s3-op2", (5, 3), type="Conv1DTranspose", filters=3, kernel_size=4,
         strides=3, padding="same", output_padding=2),
    # same, stride 2, output_padding 0 with an odd kernel: out 5*2 + 1 = 11, crop 2
    case("tr1d-same-s2-op0-odd-kernel", (6, 2), type="Conv1DTranspose", filters=3,
         kernel_size=5, strides=2, padding="same", output_padding=0),
    # valid with dilation 2: ek 5, out 5 + 5 = 10
    case("tr1d-valid-dilated", (6, 3), type="Conv1DTranspose", filters=2, kernel_size=3,
         dilation_rate=2),
    # same with dilation 3: ek 4 (even), out 6, crop (5 + 4 - 6)//2 = 1
    case("tr1d-same-dilated", (6, 3), type="Conv1DTranspose", filters=4, kernel_size=2,
         dilation_rate=3, padding="same"),
    # kernel smaller than stride, valid, op None: out 4*4 + 2 + 2 = 20; gaps hold the bias
    case("tr1d-kernel-lt-stride-valid", (5, 2), type="Conv1DTranspose", filters=3,
         kernel_size=2, strides=4),
    # kernel smaller than stride, same, op None: out 5*3 = 15, nothing to crop
    case("tr1d-kernel-lt-stride-same", (5, 2), type="Conv1DTranspose", filters=3,
         kernel_size=1, strides=3, padding="same"),
    # channels_first, same, stride 2, output_padding 1: out 6*2 + 1 + 1 = 14
    case("tr1d-channels-first-same-s2-op1", (3, 7), type="Conv1DTranspose", filters=4,
         kernel_size=3, strides=2, padding="same", output_padding=1,
         data_format="channels_first"),
    # no bias, batch 2, valid stride 2
    case("tr1d-no-bias-batch2", (5, 3), batch=2, type="Conv1DTranspose", filters=2,
         kernel_size=3, strides=2, use_bias=False),

    # --- Conv2DTranspose (input: H, W, C)
    # valid, non-square, stride 1: out (4-1+3, 3-1+2) = (6, 4)
    case("tr2d-valid-nonsquare", (4, 3, 5), type="Conv2DTranspose", filters=2,
         kernel_size=(3, 2)),
    # valid, strides (2, 3), output_padding (1, 2): out (3*2+3+1, 4*3+2+2) = (10, 16)
    case("tr2d-valid-strides-2-3-op-1-2", (4, 5, 3), type="Conv2DTranspose", filters=2,
         kernel_size=(3, 2), strides=(2, 3), output_padding=(1, 2)),
    # same, strides (3, 2), output_padding None: out (12, 10); totals 1 and 1, so crops
    # (0, 0) and the odd position dropped at the end
    case("tr2d-same-strides-3-2-op-none", (4, 5, 2), type="Conv2DTranspose", filters=3,
         kernel_size=(4, 3), strides=(3, 2), padding="same"),
    # same, strides (2, 3), output_padding (0, 2): out (4*2+1+0, 3*3+0+2) = (9, 11)
    case("tr2d-same-strides-2-3-op-0-2", (5, 4, 2), type="Conv2DTranspose", filters=3,
         kernel_size=(3, 4), strides=(2, 3), padding="same", output_padding=(0, 2)),
    # same, stride 1, output_padding 0 with an even kernel on H: out (5-1+0, 4-1+1) = (4, 4),
    # smaller than the input on H (output_padding None would give (5, 4))
    case("tr2d-same-s1-op0-even-kernel", (5, 4, 3), type="Conv2DTranspose", filters=2,
         kernel_size=(2, 3), padding="same", output_padding=0),
    # kernel smaller than stride on each axis, strides (3, 4), valid: out (12, 20)
    case("tr2d-kernel-lt-stride-3-4", (4, 5, 3), type="Conv2DTranspose", filters=2,
         kernel_size=(1, 2), strides=(3, 4)),
    # kernel smaller than stride, same, output_padding set: out (3*3+1+2, 4*4+0+1) = (12, 17)
    case("tr2d-kernel-lt-stride-same-op", (4, 5, 2), type="Conv2DTranspose", filters=3,
         kernel_size=(1, 2), strides=(3, 4), padding="same", output_padding=(2, 1)),
    # valid, dilations (2, 3): ek (3, 7), out (6, 11)
    case("tr2d-valid-dilation-2-3", (4, 5, 2), type="Conv2DTranspose", filters=3,
         kernel_size=(2, 3), dilation_rate=(2, 3)),
    # same, dilations (3, 2): ek (7, 3), out (5, 4), crops (3, 1)
    case("tr2d-same-dilation-3-2", (5, 4, 3), type="Conv2DTranspose", filters=2,
         kernel_size=(3, 2), dilation_rate=(3, 2), padding="same"),
    # channels_first, same, stride 2, output_padding 1: out (3*2+1+1, 4*2+0+1) = (8, 9)
    case("tr2d-channels-first-same-s2-op1", (3, 4, 5), type="Conv2DTranspose", filters=4,
         kernel_size=(3, 2), strides=2, padding="same", output_padding=1,
         data_format="channels_first"),
    # no bias, batch 2, valid stride 2; glu halves the 4 filters
    case("tr2d-no-bias-batch2-glu", (4, 3, 2), batch=2, type="Conv2DTranspose", filters=4,
         kernel_size=(2, 3), strides=2, use_bias=False, activation="glu"),

    # --- Conv3DTranspose (input: D, H, W, C)
    # valid, strides (1, 2, 3), output_padding None: out (4, 9, 6) on input (3, 4, 2)
    # (W: kernel 2 < stride 3 adds max(3 - 2, 0) = 1)
    case("tr3d-valid-strides-1-2-3", (3, 4, 2, 3), type="Conv3DTranspose", filters=2,
         kernel_size=(2, 3, 2), strides=(1, 2, 3)),
    # same, strides (2, 3, 2), output_padding (1, 0, 1): out (6, 3, 7)
    case("tr3d-same-strides-2-3-2-op", (3, 2, 4, 2), type="Conv3DTranspose", filters=3,
         kernel_size=(3, 2, 2), strides=(2, 3, 2), padding="same", output_padding=(1, 0, 1)),
    # channels_first, same, dilations (1, 2, 3): input (C=3, D=3, H=4, W=2)
    case("tr3d-channels-first-same-dilated", (3, 3, 4, 2), type="Conv3DTranspose", filters=2,
         kernel_size=(2, 3, 2), dilation_rate=(1, 2, 3), padding="same",
         data_format="channels_first"),
    # channels_first, valid, stride 2 with output_padding 1, batch 2, no bias
    case("tr3d-channels-first-valid-s2-op1-batch2", (2, 2, 3, 4), batch=2,
         type="Conv3DTranspose", filters=3, kernel_size=(2, 1, 3), strides=2,
         output_padding=1, use_bias=False, data_format="channels_first"),
]


@pytest.mark.parametrize("input_shape, batch, layer", DEPTHWISE_CASES)
def test_depthwise_matches_keras(request, input_shape, batch, layer):
    run_case(request.node.callspec.id, input_shape, layer, batch)


@pytest.mark.parametrize("input_shape, batch, layer", SEPARABLE_CASES)
def test_separable_matches_keras(request, input_shape, batch, layer):
    run_case(request.node.callspec.id, input_shape, layer, batch)


@pytest.mark.parametrize("input_shape, batch, layer", TRANSPOSE_CASES)
def test_transpose_matches_keras(request, input_shape, batch, layer):
    run_case(request.node.callspec.id, input_shape, layer, batch)


# ---------------------------------------------------------------- activations

ALL_ACTIVATIONS = list(activations.ELEMENTWISE) + list(activations.LAST_AXIS)
# One input and one set of weights for every activation, so that the range check below
# speaks for all of them.
ACT_SEED = 3

# A small Conv2D: 18 taps, 6 filters (even, for glu), H != W != C.
ACT_CHANNELS_LAST = dict(input_shape=(5, 4, 3), batch=2,
                         layer=dict(type="Conv2D", filters=6, kernel_size=(2, 3),
                                    padding="same"))
# channels_first: the last axis is W (output 5x6 with 4 filters), where softmax & co. act
# and which glu halves.
ACT_CHANNELS_FIRST = dict(input_shape=(3, 6, 8), batch=2,
                          layer=dict(type="Conv2D", filters=4, kernel_size=(2, 3),
                                     data_format="channels_first"))


def _check_pre_activation_range(case_id, input_shape, batch, layer, x, weights):
    """The test's own premise: the inputs reach the activations' interesting regions."""
    linear = _spec("pre", input_shape, batch, dict(layer, activation="linear"))
    pre = convgen.reference(linear, x, weights)
    assert pre.min() < -2.5 and pre.max() > 2.5, (case_id, pre.min(), pre.max())
    assert np.mean(np.abs(pre) < 1.0) > 0.2, (case_id, np.mean(np.abs(pre) < 1.0))


@pytest.mark.parametrize("name", ALL_ACTIVATIONS)
def test_activation_matches_keras(name):
    c = ACT_CHANNELS_LAST
    case_id = f"act-{name}"
    layer = dict(c["layer"], activation=name)
    x, weights = run_case(case_id, c["input_shape"], layer, c["batch"], seed=ACT_SEED)
    _check_pre_activation_range(case_id, c["input_shape"], c["batch"], layer, x, weights)


@pytest.mark.parametrize("name", sorted(activations.LAST_AXIS))
def test_last_axis_activation_channels_first_matches_keras(name):
    c = ACT_CHANNELS_FIRST
    case_id = f"act-cf-{name}"
    layer = dict(c["layer"], activation=name)
    x, weights = run_case(case_id, c["input_shape"], layer, c["batch"], seed=ACT_SEED)
    _check_pre_activation_range(case_id, c["input_shape"], c["batch"], layer, x, weights)


def test_activation_table_is_covered():
    """A new activation name in convgen must be added here too (it is, via the lists)."""
    assert set(ALL_ACTIVATIONS) == set(activations.ACCEPTED)
    assert set(activations.LAST_AXIS) == {"softmax", "log_softmax", "sparsemax", "glu"}


# ---------------------------------------------------------------- random configurations

def _out_length(n: int, k: int, s: int, d: int, padding: str) -> int:
    return -(-n // s) if padding != "valid" else (n - (d * (k - 1) + 1)) // s + 1


def _transpose_out_length(n: int, k: int, s: int, d: int, padding: str, op) -> int:
    """Keras's transposed output length (KERAS_SEMANTICS.md), written out independently."""
    ek = d * (k - 1) + 1
    if padding == "valid":
        return (n - 1) * s + ek + (op if op is not None else max(s - ek, 0))
    return n * s if op is None else (n - 1) * s + ek % 2 + op


if st is not None:
    @st.composite
    def conv_configs(draw):
        """(input_shape, batch, layer): a random valid Conv1D/2D/3D with small sizes."""
        rank = draw(st.integers(1, 3))
        fmt = draw(st.sampled_from(["channels_last", "channels_first"]))
        padding = draw(st.sampled_from(["valid", "same", "causal"] if rank == 1
                                       else ["valid", "same"]))
        kernel = [draw(st.integers(1, 4)) for _ in range(rank)]
        # Keras refuses strides > 1 together with dilation > 1.
        if draw(st.booleans()):
            strides, dilation = [draw(st.integers(1, 3)) for _ in range(rank)], [1] * rank
        else:
            strides, dilation = [1] * rank, [draw(st.integers(1, 3)) for _ in range(rank)]
        extra = 6 if rank < 3 else 3
        spatial = [(d * (k - 1) + 1 if padding == "valid" else 1) + draw(st.integers(0, extra))
                   for k, d in zip(kernel, dilation)]
        groups, cin_group, f_group = (draw(st.integers(1, 3)) for _ in range(3))
        channels, filters = groups * cin_group, groups * f_group
        act = draw(st.sampled_from(ALL_ACTIVATIONS))
        if act == "glu":   # glu halves the last axis: it must be even
            last = filters if fmt == "channels_last" else _out_length(
                spatial[-1], kernel[-1], strides[-1], dilation[-1], padding)
            assume(last % 2 == 0)
        shape = spatial + [channels] if fmt == "channels_last" else [channels] + spatial
        layer = dict(type=f"Conv{rank}D", filters=filters, kernel_size=kernel, strides=strides,
                     padding=padding, data_format=fmt, dilation_rate=dilation, groups=groups,
                     activation=act, use_bias=draw(st.booleans()))
        return tuple(shape), draw(st.integers(1, 2)), layer

    @st.composite
    def depthwise_configs(draw):
        """(input_shape, batch, layer): a random valid Depthwise/SeparableConv1D/2D."""
        kind = draw(st.sampled_from(["Depthwise", "Separable"]))
        rank = draw(st.integers(1, 2))
        fmt = draw(st.sampled_from(["channels_last", "channels_first"]))
        padding = draw(st.sampled_from(["valid", "same"]))
        kernel = [draw(st.integers(1, 4)) for _ in range(rank)]
        # These layers take strides > 1 together with dilation > 1 (Keras >= 3.15).
        strides = [draw(st.integers(1, 3)) for _ in range(rank)]
        dilation = [draw(st.integers(1, 3)) for _ in range(rank)]
        spatial = [(d * (k - 1) + 1 if padding == "valid" else 1) + draw(st.integers(0, 6))
                   for k, d in zip(kernel, dilation)]
        channels, multiplier = draw(st.integers(1, 4)), draw(st.integers(1, 3))
        layer = dict(type=f"{kind}Conv{rank}D", kernel_size=kernel, strides=strides,
                     padding=padding, data_format=fmt, dilation_rate=dilation,
                     depth_multiplier=multiplier, use_bias=draw(st.booleans()))
        out_channels = channels * multiplier
        if kind == "Separable":
            out_channels = layer["filters"] = draw(st.integers(1, 5))
        act = layer["activation"] = draw(st.sampled_from(ALL_ACTIVATIONS))
        if act == "glu":   # glu halves the last axis: it must be even
            last = out_channels if fmt == "channels_last" else _out_length(
                spatial[-1], kernel[-1], strides[-1], dilation[-1], padding)
            assume(last % 2 == 0)
        shape = spatial + [channels] if fmt == "channels_last" else [channels] + spatial
        return tuple(shape), draw(st.integers(1, 2)), layer

    @st.composite
    def transpose_configs(draw):
        """(input_shape, batch, layer): a random valid Conv1D/2D/3DTranspose."""
        rank = draw(st.integers(1, 3))
        fmt = draw(st.sampled_from(["channels_last", "channels_first"]))
        padding = draw(st.sampled_from(["valid", "same"]))
        kernel = [draw(st.integers(1, 4)) for _ in range(rank)]
        # Keras refuses strides > 1 together with dilation > 1 here too.
        if draw(st.booleans()):
            strides, dilation = [draw(st.integers(1, 3)) for _ in range(rank)], [1] * rank
        else:
            strides, dilation = [1] * rank, [draw(st.integers(1, 3)) for _ in range(rank)]
        # output_padding: None, or one value per axis below its stride.
        op = (None if draw(st.booleans()) else
              [draw(st.integers(0, s - 1)) for s in strides])
        extra = 4 if rank < 3 else 2
        spatial = []
        for i, (k, d) in enumerate(zip(kernel, dilation)):
            # same, output_padding 0, n = 1, even ek: Keras returns an empty output that
            # convgen refuses; start such an axis at n = 2.
            empty_at_1 = (padding == "same" and op is not None and op[i] == 0
                          and (d * (k - 1) + 1) % 2 == 0)
            spatial.append((2 if empty_at_1 else 1) + draw(st.integers(0, extra)))
        out = [_transpose_out_length(n, k, s, d, padding, None if op is None else op[i])
               for i, (n, k, s, d) in enumerate(zip(spatial, kernel, strides, dilation))]
        assert min(out) > 0, (spatial, out)
        channels, filters = draw(st.integers(1, 4)), draw(st.integers(1, 4))
        act = draw(st.sampled_from(ALL_ACTIVATIONS))
        if act == "glu":
            assume((filters if fmt == "channels_last" else out[-1]) % 2 == 0)
        shape = spatial + [channels] if fmt == "channels_last" else [channels] + spatial
        layer = dict(type=f"Conv{rank}DTranspose", filters=filters, kernel_size=kernel,
                     strides=strides, padding=padding, output_padding=op, data_format=fmt,
                     dilation_rate=dilation, activation=act, use_bias=draw(st.booleans()))
        return tuple(shape), draw(st.integers(1, 2)), layer

    @settings(max_examples=25, deadline=None, database=None)
    @given(config=conv_configs(), seed=st.integers(0, 2**32 - 1))
    def test_random_conv_matches_keras(config, seed):
        input_shape, batch, layer = config
        run_case("random", input_shape, layer, batch, seed=seed)

    @settings(max_examples=25, deadline=None, database=None)
    @given(config=depthwise_configs(), seed=st.integers(0, 2**32 - 1))
    def test_random_depthwise_separable_matches_keras(config, seed):
        input_shape, batch, layer = config
        run_case("random", input_shape, layer, batch, seed=seed)

    @settings(max_examples=25, deadline=None, database=None)
    @given(config=transpose_configs(), seed=st.integers(0, 2**32 - 1))
    def test_random_transpose_matches_keras(config, seed):
        input_shape, batch, layer = config
        run_case("random", input_shape, layer, batch, seed=seed)
else:
    @pytest.mark.skip(reason="hypothesis is not installed")
    def test_random_conv_matches_keras():
        pass

    @pytest.mark.skip(reason="hypothesis is not installed")
    def test_random_depthwise_separable_matches_keras():
        pass

    @pytest.mark.skip(reason="hypothesis is not installed")
    def test_random_transpose_matches_keras():
        pass
