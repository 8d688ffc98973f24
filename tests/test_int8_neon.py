"""The aarch64 int8 form ``neon`` (convgen/qforms/neon.py): each of its three branches EQUAL
to the integer oracle. SDOT (``-march=armv8.2-a+dotprod``) and plain NEON (``-march=armv8-a``)
are cross-compiled and run under ``qemu-aarch64 -cpu max``; the portable C99 branch over the
same packing is what this machine's compiler builds (``convgen.compile(spec,
target="aarch64")``). Layers run side by side on one input, flattened and concatenated with
one quantization (a copy), so one build tests many; each runs on uniform random inputs,
inputs saturated at -128/127, and inputs at the zero point.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from test_int8 import BINARY_QUANT, binary_spec

import convgen
from convgen import quantized
from convgen.qforms import neon
from convgen.spec import parse_spec

ROOT = Path(__file__).resolve().parent.parent
INT8_MODELS = ROOT / "tests" / "tflite_int8"
CROSS = "aarch64-linux-gnu-gcc"
QEMU = ["qemu-aarch64", "-cpu", "max", "-L", "/usr/aarch64-linux-gnu"]
STRICT = ["-std=c99", "-O2", "-Wall", "-Wextra", "-Werror", "-pedantic"]
# branch -> its -march (the compiler's feature macros choose the branch)
BRANCHES = {"sdot": "-march=armv8.2-a+dotprod", "neon": "-march=armv8-a"}
HAVE_CROSS = bool(shutil.which(CROSS) and shutil.which("qemu-aarch64"))
needs_cross = pytest.mark.skipif(not HAVE_CROSS, reason="needs aarch64-linux-gnu-gcc and qemu")

# The cases: one spec each (name, input [h, w, c], zero point, scale, its layers: flow
# mappings reading `input`); every tensor shares the input's quantization.
CONV = [
    # 1x1 pointwise: channels a multiple of 8 (rows read in place), 17 channels (two
    # blocks of 16, the second of 1), 3 channels (one block of 4)
    "{type: Conv2D, filters: 16, kernel_size: 1}",
    "{type: Conv2D, filters: 17, kernel_size: 1, activation: relu}",
    "{type: Conv2D, filters: 3, kernel_size: 1, strides: 2}",
    # 3x3 stride 1 and 2, same and valid: im2col, padding taps at the zero point
    "{type: Conv2D, filters: 5, kernel_size: 3, padding: same, activation: relu6}",
    "{type: Conv2D, filters: 8, kernel_size: 3, strides: 2, padding: same}",
    "{type: Conv2D, filters: 20, kernel_size: 3, strides: 2, padding: valid}",
    "{type: Conv2D, filters: 4, kernel_size: [3, 2], dilation_rate: 2, padding: same, "
    "use_bias: false}",
    # depthwise: multiplier 1 (8 channels a vector step + a tail) and 2 (gathered), dilated
    "{type: DepthwiseConv2D, kernel_size: 3, padding: same, depth_multiplier: 1, "
    "activation: hard_tanh}",
    "{type: DepthwiseConv2D, kernel_size: 3, strides: 2, padding: same, depth_multiplier: 2}",
    "{type: DepthwiseConv2D, kernel_size: 2, dilation_rate: 2, padding: valid, "
    "depth_multiplier: 1}",
    "{type: DepthwiseConv2D, kernel_size: 3, strides: 2, padding: valid, depth_multiplier: 3}",
]
CASES = [
    ("c17", [6, 5, 17], 3, 0.05, CONV),
    ("c8", [5, 7, 8], -128, 0.02, CONV + [   # grouped: declined, the portable loops
        "{type: Conv2D, filters: 4, kernel_size: 1, groups: 2}"]),
    ("c3", [7, 4, 3], 127, 0.1, CONV),
    # output scales far below input x weight scales: multipliers above 1 (left shifts)
    ("gain", [5, 6, 16], -20, 0.05, [
        "{type: Conv2D, filters: 16, kernel_size: 1}",
        "{type: DepthwiseConv2D, kernel_size: 3, padding: same, depth_multiplier: 1}"],
     "{scale: 0.00005, zero_point: 9}"),
    ("conv1d", [9, 5], -7, 0.05, [
        "{type: Conv1D, filters: 6, kernel_size: 3, padding: same}",
        "{type: Conv1D, filters: 16, kernel_size: 1, strides: 2}",
        "{type: Conv1D, filters: 9, kernel_size: 2, dilation_rate: 3, activation: relu}"]),
    ("dense", [3, 24], 5, 0.05, [   # Dense over the last axis: 3 rows (one step of 4)
        "{type: Dense, units: 5}", "{type: Dense, units: 33, activation: relu}"]),
    ("dense_odd", [6, 13], -128, 0.03, [   # 6 rows (a step of 4 and one of 2), K 13 -> 16
        "{type: Dense, units: 16}", "{type: Dense, units: 3, activation: relu6}"]),
]


def _spec_text(name, shape, zero, scale, layers, out_q=None) -> str:
    """Every layer and the concatenation quantized as ``out_q``, else as the input."""
    q = f"quantization: {out_q or f'{{scale: {scale}, zero_point: {zero}}}'}"
    lines = []
    for i, layer in enumerate(layers):
        lines.append(layer[:-1] + f", name: b{i}, inputs: [input], {q}}}")
        lines.append(f"{{type: Flatten, name: f{i}, inputs: [b{i}]}}")
    if len(layers) > 1:
        flats = ", ".join(f"f{i}" for i in range(len(layers)))
        lines.append(f"{{type: Concatenate, inputs: [{flats}], {q}}}")
    return (f"name: {name}\ndtype: int8\ninput_shape: {shape}\ninput_quantization: "
            f"{{scale: {scale}, zero_point: {zero}}}\nlayers:\n"
            + "".join(f"  - {line}\n" for line in lines))


def _with_weights(spec, seed: int):
    weights = quantized.random_int8_weights(spec, np.random.default_rng(seed))
    return type(spec)(spec.name, spec.graph, tuple(weights), None, spec.source, spec.quant)


def _inputs(spec, seed: int):
    """Uniform random int8, saturated at -128/127, all at the zero point."""
    rng = np.random.default_rng(seed)
    shape = (spec.batch, *spec.input_shape)
    zero = spec.quant.of(spec.graph.input).z
    return [quantized.random_input(spec, rng),
            rng.choice(np.array([-128, 127], np.int8), shape),
            np.full(shape, zero, np.int8)]


def _case(case):
    spec = _with_weights(parse_spec(_spec_text(*case)), seed=len(case[0]))
    if case[0] == "gain":   # kernels of -1, 0, 1 and small biases: sums the gain keeps in range
        weights = [np.sign(w) * (np.abs(w) > 100) if w.dtype == np.int8 else
                   w // 10 if w.dtype == np.int32 else w for w in spec.weights]
        spec = type(spec)(spec.name, spec.graph, tuple(weights), None, spec.source, spec.quant)
    return spec, _inputs(spec, seed=len(case[0]) + 1)


HARNESS = """\
#include <stdio.h>
#include "{name}.h"
/* reads inputs from stdin until its end, writes each output to stdout */
static union {{ double align; unsigned char bytes[{NAME}_WORKSPACE_SIZE + 8]; }} ws;
static int8_t x[{NAME}_INPUT_SIZE], y[{NAME}_OUTPUT_SIZE];
int main(void)
{{
    while (fread(x, 1, sizeof x, stdin) == sizeof x) {{
        {name}(x, {name}_weights, y, ws.bytes);
        fwrite(y, 1, sizeof y, stdout);
    }}
    return 0;
}}
"""


def cross_build(spec, folder: Path, march: str) -> Path:
    """The aarch64 export of ``spec`` and a stdin/stdout harness, cross-compiled with the
    strict flags and ``march``: the program's path."""
    src = quantized.write(spec, folder, target="aarch64")
    name = spec.name
    (src / "main.c").write_text(HARNESS.format(name=name, NAME=name.upper()))
    exe = src / f"run_{march.split('=')[1].replace('+', '_').replace('.', '_')}"
    subprocess.run([CROSS, *STRICT, march, "-o", str(exe), str(src / "main.c"),
                    str(src / f"{name}.c"), str(src / f"{name}_weights.c")],
                   check=True, capture_output=True, text=True)
    return exe


def run_qemu(exe: Path, spec, xs) -> list:
    out_shape = (spec.batch, *spec.output_shape)
    done = subprocess.run(QEMU + [str(exe)], input=b"".join(x.tobytes() for x in xs),
                          capture_output=True, check=True)
    ys = np.frombuffer(done.stdout, np.int8)
    assert ys.size == len(xs) * int(np.prod(out_shape))
    return list(ys.reshape(len(xs), *out_shape))


def _assert_equal(spec, xs, ys, what):
    for i, (x, y) in enumerate(zip(xs, ys)):
        expected = quantized.oracle(spec, x)
        assert np.array_equal(y, expected), (
            f"{what} input {i}: {int(np.count_nonzero(y != expected))} of {y.size} differ")


# ---------------------------------------------------------------- packing (no compiler)

def test_packing_puts_four_channels_of_four_values_in_sixteen_bytes():
    w = np.arange(3 * 10, dtype=np.int8).reshape(3, 10)    # 3 channels, K 10 -> 16
    packed = neon.pack_gemm(w, 4).reshape(16 // 4, 4, 4)    # [Kp/4][NR][4]
    assert packed.shape == (4, 4, 4)
    np.testing.assert_array_equal(packed[0, 1], w[1, 0:4])
    np.testing.assert_array_equal(packed[2, 2], [w[2, 8], w[2, 9], 0, 0])
    assert not packed[:, 3].any() and not packed[3].any()  # padded channel and values


def test_folded_bias_and_its_refusal():
    w = np.array([[1, -2, 3], [127, 127, 127]], np.int8)
    np.testing.assert_array_equal(neon.folded_bias(np.array([10, 0], np.int32), w, -3, 4),
                                  [10 + 3 * 2, 3 * 381, 0, 0])
    big = np.full((1, 140000), 127, np.int8)   # 128 * 127 * 140000 > 2^31: declined
    assert neon.folded_bias(np.zeros(1, np.int32), big, 0, 4) is None


def test_whole_windows_are_the_outputs_whose_taps_are_all_inside():
    """The depthwise pixels run unrolled: every (output, input, kernel, stride, dilation,
    padding) up to small sizes against the taps counted one by one."""
    for out, size, k, s, d, p in itertools.product(range(1, 8), range(1, 8), range(1, 4),
                                                 range(1, 3), range(1, 3), range(3)):
        first, end = neon.whole_windows(out, size, k, s, d, p)
        assert list(range(first, end)) == [
            o for o in range(out) if all(0 <= o * s - p + t * d < size for t in range(k))]


def test_aarch64_profile_uses_the_form():
    spec = parse_spec(_spec_text(*CASES[1]))
    plan = quantized.make_plan(spec, target="aarch64")
    templates = [s.template for s in plan.steps]
    assert templates.count("qneon_conv.c.j2") == 7 and templates.count("qneon_dw.c.j2") == 4
    assert "qconv.c.j2" in templates   # the grouped convolution: portable loops
    assert "qneon" not in "".join(s.template for s in quantized.make_plan(spec).steps)


# ---------------------------------------------------------------- the three branches

@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_portable_branch_equals_oracle(case):
    """This machine (no __ARM_NEON): the C99 loops over the neon packing."""
    spec, xs = _case(case)
    kernel = convgen.compile(spec, cflags=("-O1",), target="aarch64")
    assert "vdotq_lane_s32" in kernel.c_source
    _assert_equal(spec, xs, [kernel(x) for x in xs], "portable")


@needs_cross
@pytest.mark.parametrize("branch", list(BRANCHES))
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_simd_branch_equals_oracle_under_qemu(case, branch, tmp_path):
    spec, xs = _case(case)
    exe = cross_build(spec, tmp_path, BRANCHES[branch])
    _assert_equal(spec, xs, run_qemu(exe, spec, xs), branch)


@pytest.mark.parametrize("cc", ["gcc", pytest.param("clang", marks=pytest.mark.slow)])
def test_portable_branch_builds_with_the_strict_flags(cc, tmp_path):
    """The aarch64 form's C (its portable branch here) compiles warning-free at -O2 and -O3
    with this machine's compilers (GCC's loop optimisers once proved a row index could
    overflow): a convolution case, a Dense case and DS-CNN."""
    if not shutil.which(cc):
        pytest.skip(f"needs {cc}")
    specs = [_case(CASES[0])[0], _case(CASES[4])[0]]
    specs.append(convgen.from_tflite(INT8_MODELS / "whole_ds_cnn.tflite"))
    for spec in specs:
        src = quantized.write(spec, tmp_path, target="aarch64") / f"{spec.name}.c"
        for level in ("-O2", "-O3"):
            done = subprocess.run([cc, *STRICT, level, "-c", "-o", os.devnull, str(src)],
                                  capture_output=True, text=True)
            assert done.returncode == 0, f"{spec.name} {level}: {done.stderr}"


@needs_cross
@pytest.mark.parametrize("branch", list(BRANCHES))
def test_branch_is_the_one_compiled(branch, tmp_path):
    """The assembly has SDOT with dotprod, and NEON's widening multiplies without: the test
    above ran the branch it names."""
    spec = _with_weights(parse_spec(_spec_text(*CASES[0])), 0)
    src = quantized.write(spec, tmp_path, target="aarch64")
    asm = subprocess.run([CROSS, *STRICT, BRANCHES[branch], "-S", "-o", "-",
                          str(src / f"{spec.name}.c")], check=True, capture_output=True,
                         text=True).stdout
    assert ("\tsdot\t" in asm) == (branch == "sdot")
    assert ("\tsmull" in asm and "\tsadalp\t" in asm) == (branch == "neon")
    assert "\tsmlal" in asm   # the depthwise int16 lanes, in both


# ---------------------------------------------------------------- whole models

MODELS = ["whole_ds_cnn", "whole_resnet8"] + [
    pytest.param(s, marks=pytest.mark.slow)
    for s in ("whole_mobilenet_v1_025", "whole_autoencoder", "whole_mobilenet_v2_035",
              "whole_conv1d_classifier")]


@pytest.mark.parametrize("stem", MODELS)
def test_whole_model_every_branch(stem, tmp_path):
    spec = convgen.from_tflite(INT8_MODELS / f"{stem}.tflite")
    xs = _inputs(spec, seed=len(stem))
    kernel = convgen.compile(spec, cflags=("-O1",), target="aarch64")
    _assert_equal(spec, xs, [kernel(x) for x in xs], "portable")
    if not HAVE_CROSS:
        return
    for branch, march in BRANCHES.items():
        exe = cross_build(spec, tmp_path / branch, march)
        _assert_equal(spec, xs, run_qemu(exe, spec, xs), branch)


@needs_cross
def test_export_make_check_with_sdot(tmp_path):
    """The documented way to the SDOT branch: the aarch64 export's Makefile with
    TARGET_FLAGS=-march=armv8.2-a+dotprod (its self-test passes under the default RUN)."""
    if not shutil.which("make"):
        pytest.skip("needs make")
    spec, _ = _case(CASES[1])
    folder = quantized.write(spec, tmp_path, target="aarch64")
    done = subprocess.run(["make", "-s", "check", "TARGET_FLAGS=-march=armv8.2-a+dotprod"],
                          cwd=folder, capture_output=True, text=True)
    assert done.returncode == 0 and f"{spec.name}: PASS (0 of" in done.stdout, (
        done.stdout + done.stderr)


@needs_cross
@pytest.mark.parametrize("branch", list(BRANCHES))
@pytest.mark.parametrize("quant", list(BINARY_QUANT))
def test_binary_equal_oracle_under_qemu(quant, branch, tmp_path):
    """ADD, SUB and MUL in NEON lanes (16 elements a step, then a tail of 15 or none), each
    input and the output with its own quantization (tests/test_int8.py BINARY_QUANT)."""
    spec = _with_weights(parse_spec(binary_spec(quant)), seed=3)
    plan = quantized.make_plan(spec, target="aarch64")
    assert sum(s.template == "qneon_binary.c.j2" for s in plan.steps) == 6
    xs = _inputs(spec, seed=4)
    exe = cross_build(spec, tmp_path, BRANCHES[branch])
    _assert_equal(spec, xs, run_qemu(exe, spec, xs), branch)


@pytest.mark.parametrize("quant", list(BINARY_QUANT))
def test_binary_portable_branch_equals_oracle(quant):
    """This machine (no __ARM_NEON): the neon binary template's portable loop."""
    spec = _with_weights(parse_spec(binary_spec(quant)), seed=3)
    kernel = convgen.compile(spec, cflags=("-O1",), target="aarch64")
    assert "vqrdmulhq_s32" in kernel.c_source
    xs = _inputs(spec, seed=4)
    _assert_equal(spec, xs, [kernel(x) for x in xs], "portable")
