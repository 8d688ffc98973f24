"""The int8 form "dsp" (convgen/qforms/arm_dsp.py, templates/qdsp*.c.j2: the Arm DSP
extension's SXTB16/SXTAB16/SMLAD, as the Cortex-M4/M7/M55 profiles lower int8 specs): EQUAL
to the integer oracle, no tolerance. Its portable C99 branch (no ``__ARM_FEATURE_DSP``) runs
natively; the DSP branch runs on a Cortex-M4 under QEMU (mps2-an386) where the tools are
installed, each export's self-test comparing the oracle's bytes. The specs cover 1x1 (in
place and gathered), 3x3 at strides 1 and 2, same and valid padding, dilation, Conv1D,
channel counts off the 4-byte words (3, 5, 17), depthwise with depth multipliers 1 and 2
(the latter declined: the portable loops), grouped convolutions (declined), Dense on one row
and on several, input zero points -128 and 127, saturated inputs."""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from pathlib import Path

import numpy as np
import pytest
from conftest import benchmark_module

import convgen
from convgen import quant, quantized
from convgen.render import environment
from convgen.spec import parse_spec

ROOT = Path(__file__).resolve().parent.parent
INT8_MODELS = ROOT / "tests" / "tflite_int8"
CFLAGS = ("-O1",)


def _q(scale, zp):
    return f"quantization: {{scale: {scale}, zero_point: {zp}}}"


SPECS = {
    # 3x3 stride 2 same on 3 channels (gathered columns, K = 27), a depthwise 3x3 on 17
    # channels (a ragged group of 4), 1x1 in place on 17 (K % 4 = 1), 1x1 at stride 2
    # (gathered), 3x3 valid with dilation 2 on 5 channels
    "qdsp_a": f"""\
        name: qdsp_a
        dtype: int8
        input_shape: [22, 20, 3]
        input_quantization: {{scale: 0.02, zero_point: 127}}
        layers:
          - {{type: Conv2D, filters: 17, kernel_size: 3, strides: 2, padding: same,
             activation: relu, {_q(0.011, -128)}}}
          - {{type: DepthwiseConv2D, kernel_size: 3, padding: same, {_q(0.013, 5)}}}
          - {{type: Conv2D, filters: 5, kernel_size: 1, {_q(0.02, -7)}}}
          - {{type: Conv2D, filters: 6, kernel_size: 1, strides: 2, {_q(0.03, 3)}}}
          - {{type: Conv2D, filters: 3, kernel_size: 3, dilation_rate: 2,
             {_q(0.05, -1)}}}
        """,
    # input zero point -128; 3x3 stride 1 valid (interior only), depthwise stride 2 valid
    # (a whole group of 8) and dilated, depth multiplier 2 (declined), a grouped 1x1
    # (declined), 1x3 kernels
    "qdsp_b": f"""\
        name: qdsp_b
        dtype: int8
        input_shape: [9, 12, 8]
        input_quantization: {{scale: 0.03, zero_point: -128}}
        layers:
          - {{type: Conv2D, filters: 8, kernel_size: 3, activation: relu6, {_q(0.02, -128)}}}
          - {{type: DepthwiseConv2D, kernel_size: 3, strides: 2, {_q(0.02, -3)}}}
          - {{type: DepthwiseConv2D, kernel_size: 2, dilation_rate: 2, padding: same,
             {_q(0.02, 4)}}}
          - {{type: DepthwiseConv2D, kernel_size: 3, depth_multiplier: 2, padding: same,
             {_q(0.03, 0)}}}
          - {{type: Conv2D, filters: 4, kernel_size: 1, groups: 2, {_q(0.04, 2)}}}
          - {{type: Conv2D, filters: 5, kernel_size: [1, 3], strides: [1, 2], padding: same,
             {_q(0.05, -2)}}}
        """,
    # Conv1D same and strided valid; Dense on several rows (the last axis: 3 rows, odd)
    "qdsp_c": f"""\
        name: qdsp_c
        dtype: int8
        input_shape: [15, 5]
        input_quantization: {{scale: 0.025, zero_point: -9}}
        layers:
          - {{type: Conv1D, filters: 7, kernel_size: 3, padding: same, {_q(0.02, 1)}}}
          - {{type: Conv1D, filters: 9, kernel_size: 4, strides: 2, {_q(0.03, -4)}}}
          - {{type: Dense, units: 6, activation: relu, {_q(0.02, -128)}}}
        """,
    # Dense on one row: 37 inputs (K % 4 = 1) to 13 units (4 per block, one left), then 3
    "qdsp_d": f"""\
        name: qdsp_d
        dtype: int8
        input_shape: [37]
        input_quantization: {{scale: 0.05, zero_point: 127}}
        layers:
          - {{type: Dense, units: 13, {_q(0.04, 3)}}}
          - {{type: Dense, units: 3, {_q(0.05, -128)}}}
        """,
}


def _spec(name: str, seed: int = 0):
    """The spec with random int8 weights attached (so it can be exported with a self-test)."""
    spec = parse_spec(textwrap.dedent(SPECS[name]))
    weights = quantized.random_int8_weights(spec, np.random.default_rng(seed))
    return type(spec)(spec.name, spec.graph, tuple(weights), None, spec.source, spec.quant)


def _inputs(spec, seed: int):
    """Uniform random int8, every element at -128 or 127, all at the input zero point."""
    rng = np.random.default_rng(seed)
    shape = (spec.batch, *spec.input_shape)
    return [quantized.random_input(spec, rng),
            rng.choice(np.array([-128, 127], np.int8), shape),
            np.full(shape, spec.quant.of(spec.graph.input).z, np.int8)]


def _templates(spec, target="cortex-m4"):
    return [s.template for s in quantized.make_plan(spec, target=target).steps]


def test_profiles_name_the_dsp_form():
    from convgen.targets import TARGETS
    assert [TARGETS[t].int8 for t in ("cortex-m4", "cortex-m7", "cortex-m55")] == ["dsp"] * 3
    spec = _spec("qdsp_b")
    # the depth multiplier 2 and the grouped convolution stay portable; the rest is the form's
    assert _templates(spec) == ["qdspmm.c.j2", "qdspdw.c.j2", "qdspdw.c.j2", "qconv.c.j2",
                                "qconv.c.j2", "qdspmm.c.j2"]
    assert _templates(spec, "portable") == ["qconv.c.j2"] * 6


def test_requantization_equals_tflite(tmp_path):
    """cg_dsp_requant (the packed shift, the high product as one shift, the clamp before zy)
    against quant.py's MultiplyByQuantizedMultiplier + zy, clamped: 20,000 random values and
    the extremes (INT32_MIN/MAX accumulators, exact halves, shifts -31..+8), host gcc."""
    rng = np.random.default_rng(11)
    n = 20000
    acc = rng.integers(-2**31, 2**31, n, dtype=np.int64)
    acc[:8] = [-2**31, 2**31 - 1, 0, -1, 1, 2**30, -2**30, 12345]
    small = rng.integers(-2**20, 2**20, n // 2)
    acc[n // 2:] = small
    mult = rng.integers(2**30, 2**31, n, dtype=np.int64)
    mult[:4] = [2**30, 2**31 - 1, 2**30, 0]
    shift = rng.integers(-31, 9, n, dtype=np.int64)
    shift[n // 4:n // 2] = rng.integers(-12, 1, n // 4)
    # exact halves of the final rounding: acc * m / 2^31 = (2k + 1) * 2^(right - 1)
    right = -shift[100:200].clip(max=-1)
    shift[100:200] = -right
    mult[100:200] = 2**30
    acc[100:200] = (2 * rng.integers(-50, 50, 100) + 1) << right
    zy, lo, hi = -7, -128, 100
    expected = np.clip(quant.multiply_by_quantized_multiplier(acc, mult, shift, False) + zy,
                       lo, hi)
    packed = np.maximum(shift, 0) | (np.maximum(-shift, 0) << 8)
    helpers = environment().get_template("qdsp_helpers.c.j2").render()
    values = ",\n".join(f"{{{a}LL, {m}LL, {p}}}" for a, m, p in zip(acc, mult, packed))
    (tmp_path / "r.c").write_text(
        "#include <stdint.h>\n#include <stdio.h>\n" + helpers + textwrap.dedent(f"""
        static const struct {{ long long acc, m; int shifts; }} v[{n}] = {{
        {values}}};
        int main(void)
        {{
            int i;
            for (i = 0; i < {n}; ++i)
                printf("%d\\n", cg_dsp_requant((int32_t)v[i].acc, (int32_t)v[i].m,
                                               v[i].shifts, {zy}, {lo}, {hi}));
            return 0;
        }}
        """))
    subprocess.run(["gcc", "-O2", "-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic",
                    str(tmp_path / "r.c"), "-o", str(tmp_path / "r")], check=True)
    out = subprocess.run([str(tmp_path / "r")], check=True, capture_output=True,
                         text=True).stdout.split()
    np.testing.assert_array_equal(np.array(out, np.int64), expected)


@pytest.mark.parametrize("name", sorted(SPECS))
def test_portable_branch_equals_oracle(name):
    """Compiled by the host's gcc (no __ARM_FEATURE_DSP): the portable C99 over the same
    loops, equal to the oracle on random, saturated and zero-point inputs."""
    spec = _spec(name)
    kernel = convgen.compile(spec, cflags=CFLAGS, target="cortex-m4")
    assert "cg_dsp_smlad" in kernel.c_source
    for x in _inputs(spec, 1):
        np.testing.assert_array_equal(kernel(x), quantized.oracle(spec, x))
    # other weights through the same code (the form packs at lowering, not in the C)
    weights = quantized.random_int8_weights(spec, np.random.default_rng(7))
    x = _inputs(spec, 2)[0]
    np.testing.assert_array_equal(kernel(x, weights), quantized.oracle(spec, x, weights))


def test_strict_c99_on_both_branches(tmp_path):
    """The export compiles warning-free with the strict flags: the host gcc and clang (the
    portable branch) and arm-none-eabi-gcc for a Cortex-M4 (the DSP branch) where
    installed."""
    strict = ["-O2", "-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-c"]
    for name in sorted(SPECS):
        folder = quantized.write(_spec(name), tmp_path, target="cortex-m4")
        source = folder / f"{name}.c"
        for cc in ("gcc", "clang"):   # clang also warns of unused static inline functions
            if shutil.which(cc):
                subprocess.run([cc, *strict, str(source), "-o", str(tmp_path / "host.o")],
                               check=True)
        if shutil.which("arm-none-eabi-gcc"):
            subprocess.run(["arm-none-eabi-gcc", "-mcpu=cortex-m4", "-mthumb",
                            "-mfloat-abi=hard", "-mfpu=fpv4-sp-d16", *strict, str(source),
                            "-o", str(tmp_path / "m4.o")], check=True)
            asm = subprocess.run(["arm-none-eabi-gcc", "-mcpu=cortex-m4", "-mthumb", "-O2",
                                  "-std=c99", "-S", "-o", "-", str(source)], check=True,
                                 capture_output=True, text=True).stdout
            assert "smlad" in asm or "smlabb" in asm, name


@pytest.mark.parametrize("stem", ["whole_ds_cnn", "whole_resnet8"])
def test_models_portable_branch(stem):
    pytest.importorskip("ai_edge_litert.interpreter")
    spec = convgen.from_tflite(INT8_MODELS / f"{stem}.tflite")
    kernel = convgen.compile(spec, cflags=CFLAGS, target="cortex-m4")
    assert "qdspmm.c.j2" in _templates(spec)
    for x in _inputs(spec, 3)[:2]:
        np.testing.assert_array_equal(kernel(x), quantized.oracle(spec, x))


@pytest.mark.slow
@pytest.mark.parametrize("stem", ["whole_mobilenet_v1_025", "whole_autoencoder",
                                  "whole_mobilenet_v2_035", "whole_conv1d_classifier"])
def test_more_models_portable_branch(stem):
    test_models_portable_branch(stem)


# ---------------------------------------------------------------- the DSP branch, on QEMU

cortex_m = benchmark_module("cortex_m")
needs_tools = pytest.mark.skipif(
    bool(cortex_m.missing_tools()),
    reason=f"needs {', '.join(cortex_m.missing_tools())} (Debian: gcc-arm-none-eabi "
           "libnewlib-arm-none-eabi qemu-system-arm)")
M4 = cortex_m.BOARDS["cortex-m4"]


@needs_tools
@pytest.mark.parametrize("name", sorted(SPECS))
def test_dsp_branch_on_cortex_m4(name, tmp_path):
    """The export for the Cortex-M4 (the DSP branch, SMLAD) runs under QEMU: its self-test
    (one random input) equals the oracle's bytes."""
    spec = _spec(name)
    plan = quantized.make_plan(spec, target="cortex-m4")
    folder = quantized.write(spec, tmp_path / "export", target="cortex-m4")
    r = cortex_m.measure_export(plan, folder, M4, "-O2", tmp_path, None, check_only=True)
    size = int(np.prod(spec.graph.output.shape))
    assert r.passed and f"0 of {size} outputs differ" in r.output, r.output


@pytest.fixture(scope="module")
def plugin(tmp_path_factory):
    return cortex_m.build_plugin(tmp_path_factory.mktemp("plugin"))


@needs_tools
def test_ds_cnn_dsp_branch_counts(plugin, tmp_path):
    """The int8 DS-CNN on the Cortex-M4 in the DSP form: equal to the oracle, and fewer
    than 4 instructions per MAC (the portable loops take 8.3; instruction counts are
    deterministic)."""
    pytest.importorskip("ai_edge_litert.interpreter")
    r = cortex_m.measure(INT8_MODELS / "whole_ds_cnn.tflite", M4, "-O2", tmp_path, plugin)
    assert r.passed and "0 of 12 outputs differ" in r.output, r.output
    assert r.macs <= r.instructions < 4 * r.macs, r
