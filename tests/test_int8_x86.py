"""The x86-64 int8 form ``avx2`` (convgen/qforms/x86.py, templates/qx86_*.c.j2): conv,
depthwise and Dense on ``_mm256_madd_epi16``, and the portable loops over the same packing
(compiled with ``-DCONVGEN_NO_SIMD``, and without AVX2), each EQUAL to the integer oracle:
no tolerance. Cases are tiled around the form's blocks (8 lanes, 16-channel blocks, tiles
of 3 pixels, pairs of reduction elements: odd, prime and exact sizes).
"""

from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest
from test_int8 import BINARY_QUANT, INT8_MODELS, binary_spec

import convgen
from convgen import quantized
from convgen.qforms import requant_record, x86
from convgen.spec import parse_spec

SIMD = ("-O1", "-march=native")
NO_SIMD = ("-O1", "-DCONVGEN_NO_SIMD")   # the portable branch, on any compiler


def _has_avx2() -> bool:
    try:
        return "avx2" in open("/proc/cpuinfo").read()
    except OSError:
        return False


BRANCHES = [pytest.param(NO_SIMD, id="portable")] + (
    [pytest.param(SIMD, id="avx2")] if _has_avx2() else [])

# (input shape, input zero point, layers (flow style, QUANT: the output quantization)):
# intent in the comment
CASES = {
    # pointwise: every pixel one row of 3-pixel tiles (35 pixels: a tail of 2); cout 17 and
    # 5 leave partial vectors, 24 a 16-block and an 8-block
    "1x1": ([5, 7, 5], 3, ["{type: Conv2D, filters: 17, kernel_size: 1, QUANT}",
                           "{type: Conv2D, filters: 24, kernel_size: 1, activation: relu, QUANT}",
                           "{type: Conv2D, filters: 5, kernel_size: 1, use_bias: false, QUANT}"]),
    # 3x3 stride 1 same: padding both sides, cin 3 (kw * cin = 9: an odd segment)
    "3x3_same": ([7, 8, 3], -7, ["{type: Conv2D, filters: 16, kernel_size: 3, padding: same, "
                                 "activation: relu6, QUANT}"]),
    # 3x3 stride 2 same (TFLite's padding after only) and valid; cin 17, cout 32
    "3x3_s2": ([9, 10, 17], 12, ["{type: Conv2D, filters: 32, kernel_size: 3, strides: 2, "
                                 "padding: same, QUANT}",
                                 "{type: Conv2D, filters: 9, kernel_size: 3, strides: 2, "
                                 "padding: valid, QUANT}"]),
    # dilation: horizontal dilation 2 makes one segment per tap; a wide odd kernel
    "dilated": ([9, 11, 5], 0, ["{type: Conv2D, filters: 8, kernel_size: 3, "
                                "dilation_rate: [1, 2], padding: same, QUANT}",
                                "{type: Conv2D, filters: 3, kernel_size: [2, 5], "
                                "dilation_rate: 2, padding: same, QUANT}"]),
    # one input channel, a tall kernel, stride 2 (DS-CNN's first layer)
    "cin1": ([13, 6, 1], -128, ["{type: Conv2D, filters: 64, kernel_size: [10, 4], "
                                "strides: 2, padding: same, QUANT}"]),
    # Conv1D (a 1 x k convolution), same and stride 2
    "conv1d": ([23, 5], 5, ["{type: Conv1D, filters: 17, kernel_size: 3, padding: same, QUANT}",
                            "{type: Conv1D, filters: 7, kernel_size: 4, strides: 2, QUANT}"]),
    # depthwise: 17 channels (a 16-block and a partial one), multiplier 1 and 2, stride 2,
    # dilation, a 2x2 kernel (4 taps: no odd tap) and a 1x1 (one tap, paired with zeros)
    "depthwise": ([8, 9, 17], -3, [
        "{type: DepthwiseConv2D, kernel_size: 3, padding: same, QUANT}",
        "{type: DepthwiseConv2D, kernel_size: 3, strides: 2, depth_multiplier: 2, "
        "padding: same, QUANT}",
        "{type: DepthwiseConv2D, kernel_size: 2, dilation_rate: 2, activation: relu, QUANT}",
        "{type: DepthwiseConv2D, kernel_size: 1, depth_multiplier: 2, QUANT}"]),
    "depthwise_mult2": ([6, 5, 5], 100, ["{type: DepthwiseConv2D, kernel_size: [3, 2], "
                                         "depth_multiplier: 2, padding: same, QUANT}"]),
    # Dense: k odd and even, units past and below the 32-unit block, several rows
    "dense": ([4, 33], 9, ["{type: Dense, units: 37, QUANT}",
                           "{type: Dense, units: 12, activation: relu, QUANT}",
                           "{type: Dense, units: 3, QUANT}"]),
}


def spec_of(name: str, shape, zx: int, layers, zy: int = -5, batch: int = 1):
    q = f"quantization: {{scale: 0.031, zero_point: {zy}}}"
    return parse_spec(
        f"name: q{name}\ndtype: int8\nbatch: {batch}\ninput_shape: {list(shape)}\n"
        f"input_quantization: {{scale: 0.05, zero_point: {zx}}}\nlayers:\n"
        + "".join(f"  - {layer.replace('QUANT', q)}\n" for layer in layers))


def _check(spec, cflags, seeds=(0, 1), inputs=()):
    kernel = convgen.compile(spec, cflags=cflags, target="x86-64")
    assert "qx86_" in kernel.plan.steps[0].template
    for seed in seeds:
        rng = np.random.default_rng(seed)
        weights = quantized.random_int8_weights(spec, rng)
        for x in [quantized.random_input(spec, rng), *inputs]:
            y = kernel(x, weights)
            np.testing.assert_array_equal(y, quantized.oracle(spec, x, weights))
    return y


@pytest.mark.parametrize("cflags", BRANCHES)
@pytest.mark.parametrize("case", list(CASES))
def test_layers_equal_oracle(case, cflags):
    """Each layer alone (its input the model input): every case through the form."""
    shape, zx, layers = CASES[case]
    for i, layer in enumerate(layers):
        y = _check(spec_of(f"{case}{i}", shape, zx, [layer]), cflags)
        assert len(np.unique(y)) > 4   # not a saturated constant


@pytest.mark.parametrize("cflags", BRANCHES)
@pytest.mark.parametrize("zx,zy", [(-128, 127), (127, -128)])
def test_extreme_zero_points_and_saturated_inputs(zx, zy, cflags):
    """x - zx at its extremes (+-255) against int8 weights, and inputs all -128 / all 127:
    the int16 pairs and int32 sums stay exact; outputs saturate both ways."""
    layers = ["{type: Conv2D, filters: 19, kernel_size: 3, padding: same, QUANT}",
              "{type: DepthwiseConv2D, kernel_size: 3, depth_multiplier: 2, padding: same, "
              "QUANT}",
              "{type: Conv2D, filters: 8, kernel_size: 1, QUANT}",
              "{type: Flatten}", "{type: Dense, units: 9, QUANT}"]
    spec = spec_of("extreme", [5, 6, 7], zx, layers, zy)
    full = [np.full((1, 5, 6, 7), v, np.int8) for v in (-128, 127)]
    _check(spec, cflags, seeds=(0, 1, 2), inputs=full)


def test_without_avx2_the_portable_branch_compiles():
    """-mno-avx2 leaves __AVX2__ undefined: the portable loops, equal to the oracle."""
    shape, zx, layers = CASES["3x3_s2"]
    _check(spec_of("noavx2", shape, zx, layers[:1]), ("-O1", "-mno-avx2"), seeds=(0,))


@pytest.mark.parametrize("march", ["-march=x86-64-v3", "-mno-avx2"])
def test_generated_c_is_strict_c99(march, tmp_path):
    """Both branches compile with -std=c99 -Wall -Wextra -Werror -pedantic (gcc and clang)."""
    layers = [layer for _, _, ls in (CASES["1x1"], CASES["depthwise"]) for layer in ls]
    spec = spec_of("strict", [6, 7, 17], 3, layers + ["{type: Flatten}",
                                                      "{type: Dense, units: 37, QUANT}"])
    plan = quantized.make_plan(spec, target="x86-64", symbol="qstrict")
    rendered = quantized.render(plan)
    (tmp_path / "qstrict.h").write_text(rendered.header)
    (tmp_path / "qstrict.c").write_text(rendered.source)
    assert "_mm256_madd_epi16" in rendered.source and "CONVGEN_NO_SIMD" in rendered.source
    for cc in [c for c in ("gcc", "clang") if shutil.which(c)]:
        for extra in ([], ["-DCONVGEN_NO_SIMD"]):
            subprocess.run([cc, "-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-O2",
                            march, *extra, "-c", str(tmp_path / "qstrict.c"),
                            "-o", str(tmp_path / "qstrict.o")], check=True)
    again = quantized.render(quantized.make_plan(spec, target="x86-64", symbol="qstrict"))
    assert again.source == rendered.source   # deterministic


def test_grouped_convolution_takes_the_portable_loops():
    spec = spec_of("groups", [5, 5, 6], 1, ["{type: Conv2D, filters: 4, kernel_size: 3, "
                                            "groups: 2, QUANT}"])
    plan = quantized.make_plan(spec, target="x86-64")
    assert plan.steps[0].template == "qconv.c.j2"


def test_pack_lanes_layout():
    """[block][segment][group][vector][lane][kp]: kp=2 for madd_epi16, kp=4 as a VNNI
    (VPDPBUSD) form would take it; channels and lengths padded with zeros."""
    w = np.arange(20 * 2 * 3, dtype=np.int64).reshape(20, 2, 3).astype(np.int8)
    for kp, nv in ((2, 2), (4, 1)):
        packed = x86.pack_lanes(w, kp=kp, nv=nv)
        lp = -(-3 // kp) * kp
        assert packed.size == 24 * 2 * lp
        full = 24 // (8 * nv) * 8 * nv
        for o in range(24):
            for s in range(2):
                for e in range(lp):
                    if o < full:
                        blk, v = divmod(o // 8, nv)
                        nvb = nv
                    else:
                        blk, v, nvb = 0, (o - full) // 8, (24 - full) // 8
                    base = full * 2 * lp if o >= full else blk * nv * 8 * 2 * lp
                    i = base + ((s * (lp // kp) + e // kp) * nvb + v) * 8 * kp \
                        + (o % 8) * kp + e % kp
                    want = w[o, s, e] if o < 20 and e < 3 else 0
                    assert packed[i] == want, (kp, o, s, e)


@pytest.mark.parametrize("cflags", BRANCHES)
@pytest.mark.parametrize("stem", [
    "whole_ds_cnn", "whole_resnet8",
    pytest.param("whole_mobilenet_v1_025", marks=pytest.mark.slow),
    pytest.param("whole_mobilenet_v2_035", marks=pytest.mark.slow),
    pytest.param("whole_autoencoder", marks=pytest.mark.slow),
    pytest.param("whole_conv1d_classifier", marks=pytest.mark.slow)])
def test_whole_models_equal_oracle(stem, cflags):
    spec = convgen.from_tflite(INT8_MODELS / f"{stem}.tflite")
    kernel = convgen.compile(spec, cflags=cflags, target="x86-64")
    assert any(s.template.startswith("qx86_") for s in kernel.plan.steps)
    f = kernel.bind()
    for seed in range(2):
        x = quantized.random_input(spec, np.random.default_rng(seed))
        np.testing.assert_array_equal(f(x), quantized.oracle(spec, x))


@pytest.mark.parametrize("cflags", BRANCHES)
@pytest.mark.parametrize("quant", list(BINARY_QUANT))
def test_binary_equal_oracle(quant, cflags):
    """ADD, SUB and MUL of two branches, each with its own quantization: 16 elements a step
    then a tail (5x7x5 = 175: 15 left) and none (5x7x16)."""
    spec = parse_spec(binary_spec(quant))
    kernel = convgen.compile(spec, cflags=cflags, target="x86-64")
    ops = [s for s in kernel.plan.steps if s.context.get("op") in ("Add", "Subtract", "Multiply")]
    assert len(ops) == 6 and all(s.template == "qx86_binary.c.j2" for s in ops)
    for seed in (0, 1, 2):
        rng = np.random.default_rng(seed)
        weights = quantized.random_int8_weights(spec, rng)
        x = quantized.random_input(spec, rng)
        np.testing.assert_array_equal(kernel(x, weights), quantized.oracle(spec, x, weights))


def test_binary_requant_record():
    """MultiplyByQuantizedMultiplier's exponent as the template's left and right shifts,
    RoundingDivideByPOT's mask and its half."""
    assert requant_record(1 << 30, -3) == (1 << 30, 0, 3, 7, 3)
    assert requant_record(1 << 30, 2) == (1 << 30, 2, 0, 0, 0)
    assert requant_record(1 << 30, -31) == (1 << 30, 0, 31, 2 ** 31 - 1, 2 ** 30 - 1)


@pytest.mark.parametrize("target,template", [("x86-64", "qx86_dense.c.j2"),
                                             ("x86-64-vnni", "qvnni_dense.c.j2")])
@pytest.mark.parametrize("cflags", BRANCHES)
def test_dense_requantization_ties_round_away_from_zero(cflags, target, template):
    """Dense requantizes in double (TFLite's FULLY_CONNECTED): sums times a scale of 0.5 and
    0.125 land exactly on halves, which round away from zero on both signs, in the vector
    requantization as in cg_q_round; a 37-unit layer (a 32-unit block and a 5-unit tail).
    The vnni form shares the requantization (here through its AVX2 model of VPDPBUSD)."""
    spec = parse_spec("name: qties\ndtype: int8\ninput_shape: [9]\n"
                      "input_quantization: {scale: 0.5, zero_point: 0}\nlayers:\n"
                      "  - {type: Dense, units: 37, quantization: {scale: 1.0, "
                      "zero_point: 3}}\n")
    rng = np.random.default_rng(7)
    kernel = rng.integers(-2, 3, (9, 37)).astype(np.int8)
    bias = rng.integers(-40, 41, 37).astype(np.int32)
    scale = np.where(np.arange(37) % 2, 0.25, 1.0).astype(np.float32)
    weights = [kernel, bias, scale]
    compiled = convgen.compile(spec, cflags=cflags, target=target)
    assert compiled.plan.steps[0].template == template
    halves = 0
    for _ in range(20):
        x = rng.integers(-30, 31, (1, 9)).astype(np.int8)
        acc = x.astype(np.int64) @ kernel.astype(np.int64) + bias
        real = acc * (0.5 * scale.astype(np.float64))
        halves += int(np.count_nonzero(real - np.floor(real) == 0.5))
        np.testing.assert_array_equal(compiled(x, weights), quantized.oracle(spec, x, weights))
    assert halves > 50


THREADED = [
    # pointwise: flattened to one row of 600 pixels, cut into 12 runs (12 parts)
    ([20, 30, 32], ["{type: Conv2D, filters: 40, kernel_size: 1, QUANT}"]),
    # Conv1D: one output row of 298 pixels (a 1 x 3 convolution), cut into runs
    ([300, 32], ["{type: Conv1D, filters: 64, kernel_size: 3, activation: relu, QUANT}"]),
    # a wide 1x1 over a 3x3 map: one row of 9 pixels, its 16 full channel blocks (and a
    # tail vector) cut into 8 groups
    ([3, 3, 128], ["{type: Conv2D, filters: 264, kernel_size: 1, QUANT}"]),
    # 3x3 stride 2 and depthwise: output rows
    ([40, 41, 24], ["{type: Conv2D, filters: 36, kernel_size: 3, strides: 2, padding: same, "
                    "QUANT}",
                    "{type: DepthwiseConv2D, kernel_size: 3, depth_multiplier: 2, padding: same, "
                    "QUANT}"]),
]


@pytest.mark.parametrize("cflags", BRANCHES)
@pytest.mark.parametrize("batch", [1, 2])
@pytest.mark.parametrize("case", range(len(THREADED)))
def test_threads_give_the_same_bytes(case, batch, cflags):
    """On 1, 2, 3 and 4 threads (the OpenMP build) the output is the oracle's: each thread
    computes whole outputs (rows, runs of a row's pixels), never part of a sum."""
    shape, layers = THREADED[case]
    spec = spec_of(f"threads{case}", shape, 3, layers, batch=batch)
    kernel = convgen.compile(spec, cflags=cflags, target="x86-64")
    assert kernel.c_source.count("CG_FOR(collapse") == 2 * len(layers)
    assert kernel.c_source.count("    CG_PARALLEL ") == len(layers)
    rng = np.random.default_rng(case)
    weights = quantized.random_int8_weights(spec, rng)
    x = quantized.random_input(spec, rng)
    want = quantized.oracle(spec, x, weights)
    for threads in (1, 2, 3, 4):
        np.testing.assert_array_equal(kernel.bind(weights, threads=threads)(x), want)


@pytest.mark.parametrize("stem", ["whole_ds_cnn", "whole_resnet8"])
def test_whole_models_on_threads(stem):
    spec = convgen.from_tflite(INT8_MODELS / f"{stem}.tflite")
    kernel = convgen.compile(spec, cflags=SIMD if _has_avx2() else NO_SIMD, target="x86-64")
    assert "CG_FOR(collapse" in kernel.c_source
    x = quantized.random_input(spec, np.random.default_rng(1))
    want = quantized.oracle(spec, x)
    for threads in (2, 3):
        np.testing.assert_array_equal(kernel.bind(threads=threads)(x), want)


def test_small_layers_and_short_rows():
    """Below x86.MIN_WORK (products, and 16 for each output's requantization) a layer stays
    on one thread; a row is cut into runs only when a
    layer has fewer than 4 output rows, into runs of at least 12 pixels, at most 12."""
    assert x86._chunks(4, 1000) == 1 and x86._chunks(1, 600) == 12
    assert x86._chunks(2, 30) == 2 and x86._chunks(1, 11) == 1
    assert x86._groups(4, 80) == 1 and x86._groups(1, 80) == 8 and x86._groups(2, 3) == 3
    spec = spec_of("small", [6, 7, 8], 3, ["{type: Conv2D, filters: 8, kernel_size: 3, QUANT}"])
    plan = quantized.make_plan(spec, target="x86-64")
    assert "CG_PARALLEL" not in quantized.render(plan).source


def test_threaded_c_is_strict_c99(tmp_path):
    """A model with threaded layers compiles with -std=c99 -Wall -Wextra -Werror -pedantic with
    -fopenmp (gcc) and without it (gcc, clang: CG_PARALLEL_FOR is then nothing), both
    branches."""
    shape, layers = THREADED[3]
    spec = spec_of("strictomp", shape, 3, layers)
    rendered = quantized.render(quantized.make_plan(spec, target="x86-64", symbol="qomp"))
    assert "CG_FOR(collapse(2))" in rendered.source
    assert "OpenMP" in rendered.header
    (tmp_path / "qomp.h").write_text(rendered.header)
    (tmp_path / "qomp.c").write_text(rendered.source)
    builds = [("gcc", "-fopenmp"), ("gcc", None)] + \
        ([("clang", None)] if shutil.which("clang") else [])
    for cc, omp in builds:
        for extra in ([], ["-DCONVGEN_NO_SIMD"]):
            subprocess.run([cc, "-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-O2",
                            "-march=x86-64-v3", *([omp] if omp else []), *extra, "-c",
                            str(tmp_path / "qomp.c"), "-o", str(tmp_path / "qomp.o")],
                           check=True)
