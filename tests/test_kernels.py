"""Compiled kernels against the oracle: a declared table of cases, each with its intent."""

import platform

import numpy as np
import pytest
from conftest import assert_close, make_spec, run_both

import convgen
from convgen.activations import ELEMENTWISE, LAST_AXIS
from convgen.verify import random_weights

C1, C2, C3 = "Conv1D", "Conv2D", "Conv3D"
DW1, DW2, SP1, SP2 = "DepthwiseConv1D", "DepthwiseConv2D", "SeparableConv1D", "SeparableConv2D"
T1, T2, T3 = "Conv1DTranspose", "Conv2DTranspose", "Conv3DTranspose"
CF = {"data_format": "channels_first"}

CASES = [
    # (id, layer, input_shape, batch)
    ("1d_valid", {"type": C1, "filters": 5, "kernel_size": 3}, [11, 4], 1),
    ("1d_same_s2_odd", {"type": C1, "filters": 3, "kernel_size": 4, "strides": 2,
                        "padding": "same"}, [13, 2], 1),
    ("1d_same_s3_even", {"type": C1, "filters": 3, "kernel_size": 2, "strides": 3,
                         "padding": "same"}, [12, 5], 2),
    ("1d_causal_dilated", {"type": C1, "filters": 4, "kernel_size": 3, "padding": "causal",
                           "dilation_rate": 3}, [17, 3], 1),
    ("1d_causal_s2", {"type": C1, "filters": 4, "kernel_size": 5, "padding": "causal",
                      "strides": 2}, [9, 3], 1),
    ("1d_cf", {"type": C1, "filters": 6, "kernel_size": 2, "padding": "same", **CF}, [3, 10], 2),
    ("1d_kernel_eq_input", {"type": C1, "filters": 2, "kernel_size": 7}, [7, 3], 1),
    ("2d_same_nonsquare", {"type": C2, "filters": 7, "kernel_size": [3, 2],
                           "padding": "same"}, [9, 6, 5], 1),
    ("2d_valid_strides", {"type": C2, "filters": 3, "kernel_size": [2, 3],
                          "strides": [3, 2]}, [11, 10, 2], 1),
    ("2d_same_strides_cf", {"type": C2, "filters": 4, "kernel_size": [3, 5], "strides": [2, 3],
                            "padding": "same", **CF}, [3, 8, 13], 2),
    ("2d_dilated_per_axis", {"type": C2, "filters": 2, "kernel_size": 3,
                             "dilation_rate": [1, 3], "padding": "same"}, [7, 12, 3], 1),
    ("2d_groups", {"type": C2, "filters": 9, "kernel_size": 3, "groups": 3}, [6, 7, 6], 1),
    ("2d_groups_cf_nobias", {"type": C2, "filters": 4, "kernel_size": [1, 2], "groups": 2,
                             "use_bias": False, **CF}, [6, 5, 4], 1),
    ("2d_depthwise_like_groups", {"type": C2, "filters": 8, "kernel_size": 3, "groups": 4,
                                  "padding": "same"}, [5, 6, 4], 1),
    ("2d_kernel_eq_input", {"type": C2, "filters": 5, "kernel_size": [4, 6]}, [4, 6, 3], 3),
    ("2d_stride_gt_kernel", {"type": C2, "filters": 2, "kernel_size": 2, "strides": 3,
                             "padding": "same"}, [10, 7, 3], 1),
    ("2d_one_pixel", {"type": C2, "filters": 3, "kernel_size": 3, "padding": "same"},
     [1, 1, 2], 1),
    ("3d_same", {"type": C3, "filters": 4, "kernel_size": [2, 3, 1], "padding": "same"},
     [4, 6, 5, 3], 1),
    ("3d_valid_strides_cf", {"type": C3, "filters": 3, "kernel_size": [1, 2, 3],
                             "strides": [2, 1, 2], **CF}, [2, 5, 4, 9], 2),
    ("3d_dilated", {"type": C3, "filters": 2, "kernel_size": 2, "dilation_rate": [1, 2, 3]},
     [3, 6, 8, 2], 1),
    ("3d_groups", {"type": C3, "filters": 6, "kernel_size": 2, "groups": 2, "padding": "same"},
     [3, 4, 5, 4], 1),
    # Depthwise: output channel c*M + m; strides > 1 with dilation > 1 allowed.
    ("dw2d_same_m3", {"type": DW2, "kernel_size": [3, 2], "depth_multiplier": 3,
                      "padding": "same"}, [7, 6, 4], 1),
    ("dw2d_s2_d2", {"type": DW2, "kernel_size": 3, "strides": 2, "dilation_rate": 2,
                    "padding": "same"}, [11, 9, 3], 2),
    ("dw2d_valid_strides_cf", {"type": DW2, "kernel_size": [2, 3], "strides": [3, 2],
                               "use_bias": False, **CF}, [5, 10, 11], 1),
    ("dw1d_valid", {"type": DW1, "kernel_size": 4, "depth_multiplier": 2}, [13, 3], 1),
    ("dw1d_same_s3_d2_cf", {"type": DW1, "kernel_size": 3, "strides": 3, "dilation_rate": 2,
                            "padding": "same", **CF}, [4, 14], 2),
    ("dw2d_kernel_eq_input", {"type": DW2, "kernel_size": [5, 4]}, [5, 4, 6], 1),
    # relu and relu6 applied on whole vectors (16 and 8 channels at a time, then a tail)
    ("dw2d_relu_c41", {"type": DW2, "kernel_size": 3, "padding": "same",
                       "activation": "relu"}, [6, 9, 41], 1),
    ("dw2d_relu6_c24_s2", {"type": DW2, "kernel_size": 3, "strides": 2, "padding": "same",
                           "activation": "relu6"}, [7, 10, 24], 2),
    # Separable: depthwise (no bias) -> pointwise -> bias -> activation.
    ("sep2d_same", {"type": SP2, "filters": 7, "kernel_size": 3, "padding": "same",
                    "depth_multiplier": 2}, [8, 9, 5], 1),
    ("sep2d_s2_d2_cf", {"type": SP2, "filters": 3, "kernel_size": [2, 3], "strides": 2,
                        "dilation_rate": 2, "padding": "same", **CF}, [4, 9, 12], 2),
    ("sep1d_valid_nobias", {"type": SP1, "filters": 5, "kernel_size": 3, "use_bias": False},
     [10, 3], 1),
    ("sep1d_same_s2", {"type": SP1, "filters": 2, "kernel_size": 4, "strides": 2,
                       "padding": "same", "depth_multiplier": 3}, [11, 2], 1),
    # Transposed: every output-size formula branch.
    ("t1d_valid_k_lt_s", {"type": T1, "filters": 3, "kernel_size": 2, "strides": 3},
     [6, 4], 1),
    ("t1d_valid_op", {"type": T1, "filters": 3, "kernel_size": 3, "strides": 2,
                      "output_padding": 1}, [5, 2], 1),
    ("t1d_same_dilated", {"type": T1, "filters": 2, "kernel_size": 3, "dilation_rate": 2,
                          "padding": "same"}, [7, 3], 2),
    ("t1d_same_even_k_op0", {"type": T1, "filters": 2, "kernel_size": 4, "strides": 2,
                             "padding": "same", "output_padding": 0}, [5, 3], 1),
    ("t2d_same_s2", {"type": T2, "filters": 4, "kernel_size": 3, "strides": 2,
                     "padding": "same"}, [5, 7, 3], 1),
    ("t2d_same_op_cf", {"type": T2, "filters": 3, "kernel_size": [3, 4], "strides": [2, 3],
                        "padding": "same", "output_padding": [1, 2], **CF}, [2, 4, 5], 2),
    ("t2d_valid_dilated_nobias", {"type": T2, "filters": 2, "kernel_size": [2, 3],
                                  "dilation_rate": [2, 1], "use_bias": False}, [4, 3, 5], 1),
    ("t3d_valid_strides", {"type": T3, "filters": 2, "kernel_size": [1, 2, 3],
                           "strides": [2, 1, 3]}, [3, 4, 2, 3], 1),
    ("t3d_same_cf", {"type": T3, "filters": 3, "kernel_size": 2, "strides": 2,
                     "padding": "same", **CF}, [2, 3, 2, 4], 1),
    # Reshaping: every argument form, both layouts, sizes of 1.
    ("crop1d_default", {"type": "Cropping1D"}, [7, 3], 2),
    ("crop1d_pair", {"type": "Cropping1D", "cropping": [0, 4]}, [7, 3], 1),
    ("crop2d_int", {"type": "Cropping2D", "cropping": 2}, [7, 8, 3], 1),
    ("crop2d_sym_cf", {"type": "Cropping2D", "cropping": [1, 3], **CF}, [2, 7, 9], 2),
    ("crop2d_pairs", {"type": "Cropping2D", "cropping": [[1, 2], [0, 3]]}, [7, 8, 3], 1),
    ("crop3d_mixed_cf", {"type": "Cropping3D", "cropping": [1, [0, 2], 3], **CF},
     [2, 5, 6, 9], 1),
    ("crop3d_default", {"type": "Cropping3D"}, [3, 4, 5, 2], 1),
    ("pad1d_default", {"type": "ZeroPadding1D"}, [1, 3], 1),
    ("pad1d_pair", {"type": "ZeroPadding1D", "padding": [3, 0]}, [4, 2], 2),
    ("pad2d_mixed_cf", {"type": "ZeroPadding2D", "padding": [1, [2, 0]], **CF}, [3, 4, 5], 2),
    ("pad2d_int", {"type": "ZeroPadding2D", "padding": 2}, [1, 1, 3], 1),
    ("pad3d_pairs", {"type": "ZeroPadding3D", "padding": [[0, 1], 2, [3, 0]]},
     [2, 4, 5, 3], 1),
    ("up1d", {"type": "UpSampling1D", "size": 3}, [4, 2], 2),
    ("up1d_default", {"type": "UpSampling1D"}, [1, 5], 1),
    ("up2d_nearest", {"type": "UpSampling2D", "size": [2, 3]}, [4, 5, 3], 2),
    ("up2d_nearest_cf", {"type": "UpSampling2D", "size": [3, 2], **CF}, [3, 4, 5], 1),
    ("up3d_cf", {"type": "UpSampling3D", "size": [2, 1, 3], **CF}, [2, 3, 4, 5], 1),
    ("up3d_default", {"type": "UpSampling3D"}, [1, 2, 3, 2], 1),
    ("up2d_bilinear", {"type": "UpSampling2D", "size": [2, 3], "interpolation": "bilinear"},
     [4, 5, 3], 2),
    ("up2d_bilinear_cf_1px", {"type": "UpSampling2D", "interpolation": "Bilinear", **CF},
     [3, 1, 1], 1),
    ("up2d_bicubic_cf", {"type": "UpSampling2D", "size": [3, 2], "interpolation": "bicubic",
                         **CF}, [3, 4, 5], 1),
    ("up2d_lanczos3", {"type": "UpSampling2D", "size": 2, "interpolation": "lanczos3"},
     [6, 7, 2], 1),
    ("up2d_lanczos5_size1", {"type": "UpSampling2D", "size": [1, 4],
                             "interpolation": "lanczos5"}, [5, 3, 2], 1),
]


@pytest.mark.parametrize("layer, input_shape, batch", [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_kernel_matches_oracle(layer, input_shape, batch):
    kernel_out, oracle = run_both(make_spec(layer, input_shape, batch))
    assert kernel_out.shape == oracle.shape
    assert_close(kernel_out, oracle)


@pytest.mark.parametrize("act", sorted(ELEMENTWISE) + sorted(LAST_AXIS))
def test_every_activation(act):
    # Inputs scaled so each activation's kinks (+-0.5, +-1, +-3, 6) are crossed.
    spec = make_spec({"type": C2, "filters": 6, "kernel_size": 2, "activation": act},
                     [5, 4, 3], batch=2)
    kernel_out, oracle = run_both(spec, scale=3.0)
    assert_close(kernel_out, oracle)


@pytest.mark.parametrize("layer, shape", [
    ({"type": DW2, "kernel_size": 2, "depth_multiplier": 2}, [4, 5, 3]),
    ({"type": DW2, "kernel_size": 3, "padding": "same"}, [4, 5, 16]),   # vector depthwise
    ({"type": SP1, "filters": 6, "kernel_size": 3, "padding": "same"}, [5, 4]),
    ({"type": T2, "filters": 4, "kernel_size": 3, "strides": 2, "padding": "same"}, [4, 5, 3]),
], ids=["depthwise", "depthwise_vector", "separable", "transpose"])
@pytest.mark.parametrize("act", ["glu", "softmax", "gelu"])
def test_activations_in_other_families(layer, shape, act):
    assert_close(*run_both(make_spec({**layer, "activation": act}, shape), scale=3.0))


@pytest.mark.parametrize("act", sorted(LAST_AXIS))
def test_last_axis_activations_under_channels_first(act):
    # Under channels_first the last axis is the width (here 6, even for glu), not filters.
    spec = make_spec({"type": C2, "filters": 3, "kernel_size": 2, "padding": "same",
                      "activation": act, **CF}, [2, 5, 6], batch=2)
    kernel_out, oracle = run_both(spec, scale=3.0)
    assert kernel_out.shape == (2, 3, 5, 3 if act == "glu" else 6)
    assert_close(kernel_out, oracle)


# Shapes GCC 12 -O3 once mis-vectorised in the row-copy template (rows from the wrong place).
@pytest.mark.parametrize("shape, padding", [
    ([2, 4, 2], 2), ([3, 3, 3], 1), ([3, 4, 2], [1, [0, 2]]), ([5, 3, 3], [[2, 0], 1]),
    ([7, 3, 3], 1), ([7, 4, 2], 2), ([7, 6, 2], [1, [0, 2]]), ([7, 6, 1], 1),
])
def test_zero_padding_rows(shape, padding):
    assert_close(*run_both(make_spec({"type": "ZeroPadding2D", "padding": padding}, shape, 2)))


# Edges around sizes: a prime, and sizes one either side of a power of two.
@pytest.mark.parametrize("n", [7, 15, 16, 17])
@pytest.mark.parametrize("filters", [1, 15, 16, 17])
def test_sizes_around_vector_widths(n, filters):
    spec = make_spec({"type": C2, "filters": filters, "kernel_size": 3, "padding": "same"},
                     [n, n + 2, 3])
    assert_close(*run_both(spec))


def test_large_values_propagate_inf_like_keras():
    spec = make_spec({"type": C1, "filters": 2, "kernel_size": 1, "activation": "exponential",
                      "use_bias": False}, [3, 1])
    k = convgen.compile(spec)
    x = np.array([[[1.0], [100.0], [-100.0]]], np.float32)
    w = [np.array([[[1.0, 2.0]]], np.float32)]
    out = k(x, w)
    assert np.isinf(out[0, 1]).all() and (out[0, 2] >= 0).all()
    assert_close(out, convgen.reference(spec, x, w))


# Every schedule has several code paths chosen by the C preprocessor: the AVX-512 tiles, the
# 16-register tiles (AVX2, SSE2, NEON) and portable C99. Each must match the oracle.
PATH_FLAGS = {
    "native": None,
    "avx2": ["-O3", "-mavx2", "-mfma"],
    "sse2": ["-O2", "-march=x86-64"],
    "portable": ["-O2", "-DCONVGEN_PORTABLE"],
}
PATH_CASES = [
    {"type": C2, "filters": 20, "kernel_size": 3, "padding": "same", "activation": "relu"},
    {"type": C2, "filters": 5, "kernel_size": [2, 3], "strides": 2, **CF},
    {"type": C1, "filters": 16, "kernel_size": 3, "padding": "causal", "dilation_rate": 2},
    {"type": DW2, "kernel_size": 3, "strides": 2, "padding": "same"},
    {"type": C3, "filters": 9, "kernel_size": 2, "padding": "same"},
    # full filter blocks: straight vector stores, the activation in registers / in a row pass
    {"type": C2, "filters": 32, "kernel_size": 3, "padding": "same", "activation": "relu6"},
    {"type": C1, "filters": 64, "kernel_size": 4, "strides": 2, "padding": "same",
     "activation": "tanh"},
    {"type": T2, "filters": 32, "kernel_size": 3, "strides": 2, "padding": "same",
     "activation": "silu"},
]


@pytest.mark.skipif(platform.machine() not in ("x86_64", "AMD64"), reason="x86 flags")
@pytest.mark.parametrize("flags", list(PATH_FLAGS), ids=list(PATH_FLAGS))
@pytest.mark.parametrize("layer", PATH_CASES, ids=[f"{c['type']}_{i}" for i, c in
                                                    enumerate(PATH_CASES)])
def test_every_code_path(layer, flags):
    rank = int(next(ch for ch in layer["type"] if ch.isdigit()))
    shape = {1: [19, 16], 2: [9, 23, 17], 3: [3, 5, 21, 4]}[rank]
    if layer.get("data_format") == "channels_first":
        shape = shape[-1:] + shape[:-1]
    spec = make_spec(layer, shape, batch=2)
    rng = np.random.default_rng(3)
    w = random_weights(spec, rng)
    x = rng.standard_normal((2, *shape)).astype(np.float32)
    assert_close(convgen.compile(spec, cflags=PATH_FLAGS[flags])(x, w),
                 convgen.reference(spec, x, w))
