"""The x86-64 int8 form ``vnni`` (convgen/qforms/vnni.py, templates/qvnni_*.c.j2): conv and
Dense on ``VPDPBUSD`` through ``cg_dpbusd``, depthwise on the avx2 form's lowering, each
branch EQUAL to the integer oracle: no tolerance.

Branches: ``portable`` (``-DCONVGEN_NO_SIMD``: the C99 loops over the vnni packing, any
machine), ``avx2-model`` (``-march=x86-64-v3``: AVX2 without VNNI, so ``cg_dpbusd`` is the
exact AVX2 model of the instruction; its conv tiles are the 16-register ones, 3 pixels, and
with ``-DCONVGEN_VNNI_TILES32`` the 32-register ones AVX-512 takes, 4 pixels), and
``avx512-vnni`` / ``avx-vnni`` (the instruction itself, ``_mm256_dpbusd_epi32`` /
``_mm256_dpbusd_avx_epi32``), run only where /proc/cpuinfo has the flags, skipped elsewhere
(AMD Zen 2 has neither, and qemu-user raises SIGILL on them): there a compile-only test
checks that both builds are warning-free and carry ``vpdpbusd``.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import numpy as np
import pytest
from test_int8 import INT8_MODELS
from test_int8_x86 import CASES as X86_CASES
from test_int8_x86 import spec_of

import convgen
from convgen import quantized
from convgen.qforms import vnni
from convgen.targets import TARGETS

TARGET = "x86-64-vnni"
STRICT = ["-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-O2"]


def _cpu_flags() -> set:
    try:
        text = open("/proc/cpuinfo").read()
    except OSError:
        return set()
    line = re.search(r"^flags\s*:(.*)$", text, flags=re.M)
    return set(line.group(1).split()) if line else set()


CPU = _cpu_flags()
# the native branches: compiler flags, and the /proc/cpuinfo flags the CPU needs to run them
NATIVE = {"avx512-vnni": (("-O1", "-mavx2", "-mfma", "-mavx512f", "-mavx512vl", "-mavx512vnni"),
                          ("avx512_vnni", "avx512vl")),
          "avx-vnni": (("-O1", "-mavx2", "-mfma", "-mavxvnni"), ("avx_vnni",))}


def _skip(name):
    """The mark skipping a native branch the CPU cannot run (naming the missing flags)."""
    missing = [f for f in NATIVE[name][1] if f not in CPU]
    return pytest.mark.skipif(bool(missing), reason=f"the CPU runs no {name}: /proc/cpuinfo "
                                                    f"lacks {' and '.join(missing)}")


NEEDS_AVX2 = pytest.mark.skipif("avx2" not in CPU, reason="/proc/cpuinfo lacks avx2")
# the AVX2 model with the 16-register tiles (3 pixels) and with the 32-register ones (4)
FLAGS = {"portable": ("-O1", "-DCONVGEN_NO_SIMD"), "avx2-model": ("-O1", "-march=x86-64-v3"),
         "avx2-model-tiles32": ("-O1", "-march=x86-64-v3", "-DCONVGEN_VNNI_TILES32"),
         **{name: flags for name, (flags, _) in NATIVE.items()}}
MARKS = {"portable": (), "avx2-model": NEEDS_AVX2, "avx2-model-tiles32": NEEDS_AVX2,
         **{name: _skip(name) for name in NATIVE}}
BRANCHES = [pytest.param(FLAGS[name], id=name, marks=MARKS[name]) for name in FLAGS]


# The avx2 form's cases (padding, strides, dilation, Conv1D, depthwise, Dense) and the vnni
# form's own: reductions not a multiple of 4 (a segment's last group reads 1-3 bytes past it
# against zero weights), rows of 1, 3, 5 and 9 pixels (tiles of 3 or 4 and their rests), a
# block of 8.
CASES = dict(X86_CASES, **{
    # segments of kw * cin = 6 (a group and a half), 12 (whole groups), 6 twice (a 2x1
    # kernel); cout 1, 8 and 23 (the other cases' segments: 1, 2, 3, 4, 5, 9, 15 and 51,
    # Dense rows of 1, 6 and 33)
    "k_mod4": ([3, 3, 6], 17, ["{type: Conv2D, filters: 1, kernel_size: 1, QUANT}",
                               "{type: Conv2D, filters: 8, kernel_size: [1, 2], QUANT}",
                               "{type: Conv2D, filters: 23, kernel_size: [2, 1], "
                               "padding: same, QUANT}"]),
    "cin2_rows": ([5, 9, 2], -60, ["{type: Conv2D, filters: 16, kernel_size: 3, QUANT}",
                                   "{type: Conv2D, filters: 40, kernel_size: [3, 1], "
                                   "strides: [1, 2], padding: same, QUANT}",
                                   "{type: Conv2D, filters: 7, kernel_size: [1, 5], "
                                   "dilation_rate: [1, 2], padding: same, QUANT}"]),
    "cin5_1px": ([1, 1, 5], 90, ["{type: Conv2D, filters: 33, kernel_size: 1, QUANT}"]),
    "dense_k": ([3, 6], -100, ["{type: Dense, units: 8, QUANT}",
                               "{type: Dense, units: 65, activation: relu, QUANT}",
                               "{type: Dense, units: 1, QUANT}"]),
    "dense_k1": ([2, 1], 127, ["{type: Dense, units: 31, QUANT}"]),
})
VNNI_CASES = [c for c in CASES if c not in X86_CASES]


def _check(spec, cflags, seeds=(0, 1), inputs=(), weights=None):
    kernel = convgen.compile(spec, cflags=cflags, target=TARGET)
    assert kernel.plan.steps[0].form == "vnni"
    for seed in seeds:
        rng = np.random.default_rng(seed)
        ws = quantized.random_int8_weights(spec, rng) if weights is None else weights
        for x in [quantized.random_input(spec, rng), *inputs]:
            y = kernel(x, ws)
            np.testing.assert_array_equal(y, quantized.oracle(spec, x, ws))
    return kernel, y


@pytest.mark.parametrize("cflags", BRANCHES)
@pytest.mark.parametrize("case", list(CASES))
def test_layers_equal_oracle(case, cflags):
    """Each layer alone (its input the model input): conv and Dense through the vnni
    templates, depthwise through the avx2 form's."""
    shape, zx, layers = CASES[case]
    for i, layer in enumerate(layers):
        kernel, y = _check(spec_of(f"v{case}{i}", shape, zx, [layer]), cflags)
        template = kernel.plan.steps[0].template
        assert template == ("qx86_depthwise.c.j2" if "Depthwise" in layer else
                            "qvnni_dense.c.j2" if "Dense" in layer else "qvnni_conv.c.j2")
        assert len(np.unique(y)) >= min(4, y.size)   # not a saturated constant


@pytest.mark.parametrize("cflags", BRANCHES)
@pytest.mark.parametrize("zx,zy", [(-128, 127), (127, -128)])
def test_extreme_zero_points_and_saturated_inputs(zx, zy, cflags):
    """zx at -128 (x + 128 = x - zx: no correction) and 127 (the correction 255 * sum(w)),
    inputs all -128 / all 127 (bytes 0 and 255) and padding (the byte zx + 128: 0 or 255);
    outputs saturate both ways."""
    layers = ["{type: Conv2D, filters: 19, kernel_size: 3, padding: same, QUANT}",
              "{type: DepthwiseConv2D, kernel_size: 3, depth_multiplier: 2, padding: same, "
              "QUANT}",
              "{type: Conv2D, filters: 8, kernel_size: 1, QUANT}",
              "{type: Conv2D, filters: 5, kernel_size: [2, 3], strides: 2, padding: same, "
              "QUANT}",
              "{type: Flatten}", "{type: Dense, units: 9, QUANT}"]
    spec = spec_of("vextreme", [5, 6, 7], zx, layers, zy)
    full = [np.full((1, 5, 6, 7), v, np.int8) for v in (-128, 127)]
    _check(spec, cflags, seeds=(0, 1, 2), inputs=full)


def _weights_of(spec, kernel_value, bias, scale):
    """A one-layer spec's weights: every kernel value ``kernel_value`` (a function of the
    kernel's shape), the biases ``bias``, the per-channel scales ``scale``."""
    ws = quantized.random_int8_weights(spec, np.random.default_rng(0))
    kernel = kernel_value(ws[0].shape).astype(np.int8)
    return [kernel, np.full(ws[1].shape, bias, np.int32), np.full(ws[2].shape, scale, np.float32)]


K_WRAP = 6400   # a reduction long enough that its running sum strays 100 million from the end


@pytest.mark.parametrize("cflags", BRANCHES)
@pytest.mark.parametrize("sign", [1, -1], ids=["up", "down"])
@pytest.mark.parametrize("layer", ["{type: Dense, units: 11, QUANT}",
                                   "{type: Conv2D, filters: 11, kernel_size: 1, QUANT}"])
def test_sums_wrap_modulo_2_32(layer, sign, cflags):
    """The bias 1000 inside int32 (up: below INT32_MAX, down: above INT32_MIN), the first
    half of the 6400 weights +-127, the second -+127 (the last -+128), the inputs 127 (x + 128
    = 255; the last 120): the running sum leaves int32 by about 100 million and comes back to
    641 from the bias. VPDPBUSD and the adds wrap, the portable loops sum in uint32: the
    result is the reference's, which fits. The weight scale maps 2^31 to 100 output steps, so
    the sum is not clamped and a sum saturated on the way (100 million short: about 5 steps)
    would differ."""
    shape = [1, K_WRAP] if "Dense" in layer else [1, 2, K_WRAP]
    spec = spec_of("vwrap", shape, -128, [layer])

    def kernel_value(kshape):
        w = np.where(np.arange(K_WRAP) < K_WRAP // 2, 127, -127)
        w[-1] = -128
        # Dense (k, units), Conv2D (1, 1, cin, filters): the reduction on the second-last axis
        return np.broadcast_to((sign * w).reshape((K_WRAP, 1)), kshape)

    scale = 100 * 0.031 / (0.05 * 2.0 ** 31)
    weights = _weights_of(spec, kernel_value, sign * (2 ** 31 - 1 - 1000), scale)
    x = np.full((1, *shape), 127, np.int8)
    x[..., -1] = 120
    kernel = convgen.compile(spec, cflags=cflags, target=TARGET)
    assert kernel.plan.steps[0].form == "vnni"
    y = kernel(x, weights)   # (random inputs could take the reference's own sum out of int32)
    np.testing.assert_array_equal(y, quantized.oracle(spec, x, weights))
    assert -128 < y.min() <= y.max() < 127   # requantized from near 2^31, not clamped


# ---------------------------------------------------------------- cg_dpbusd alone

DPBUSD_HARNESS = """
#include <stdint.h>
#include <stdio.h>
#include <immintrin.h>
%s
int main(void)
{
    static const int32_t acc[%d] = {%s};
    static const uint8_t u[%d] = {%s};
    static const int8_t s[%d] = {%s};
    int32_t out[8];
    int i, j;
    printf("%%s\\n", CG_DPBUSD);
    for (i = 0; i < %d; ++i) {
        __m256i r = cg_dpbusd(_mm256_loadu_si256((const __m256i *)(const void *)(acc + 8 * i)),
                              _mm256_loadu_si256((const __m256i *)(const void *)(u + 32 * i)),
                              _mm256_loadu_si256((const __m256i *)(const void *)(s + 32 * i)));
        _mm256_storeu_si256((__m256i *)(void *)out, r);
        for (j = 0; j < 8; ++j)
            printf("%%ld\\n", (long)out[j]);
    }
    return 0;
}
"""


def _helpers_source() -> str:
    """cg_dpbusd's definitions as the templates emit them."""
    from convgen.render import environment
    return environment().from_string(
        '{% import "qvnni_common.j2" as v %}{{ v.helpers() }}').render()


@pytest.mark.parametrize("branch", [pytest.param(name, marks=MARKS[name]) for name in FLAGS
                                    if name not in ("portable", "avx2-model-tiles32")])
def test_cg_dpbusd_is_the_instruction(branch, tmp_path):
    """cg_dpbusd against VPDPBUSD's definition in NumPy (acc + four zero-extended u8 times
    sign-extended s8 a lane, modulo 2^32) on random vectors and the extremes: bytes 255 by
    -128 and 127 in every position, accumulators at INT32_MIN / INT32_MAX (the sum wraps)."""
    if not shutil.which("gcc"):
        pytest.skip("needs gcc")
    rng = np.random.default_rng(7)
    n = 64
    acc = rng.integers(-2 ** 31, 2 ** 31, (n, 8), dtype=np.int64)
    u = rng.integers(0, 256, (n, 32), dtype=np.int64)
    s = rng.integers(-128, 128, (n, 32), dtype=np.int64)
    u[:8], s[:4], s[4:8] = 255, -128, 127
    acc[0:8:2], acc[1:8:2] = -2 ** 31, 2 ** 31 - 1
    u[8:16] = rng.choice([0, 1, 128, 254, 255], (8, 32))
    s[8:16] = rng.choice([-128, -127, -1, 0, 1, 127], (8, 32))
    want = (acc + (u * s).reshape(n, 8, 4).sum(axis=2) + 2 ** 31) % 2 ** 32 - 2 ** 31
    join = ",".join
    source = DPBUSD_HARNESS % (_helpers_source(), 8 * n, join(map(str, acc.ravel())), 32 * n,
                               join(map(str, u.ravel())), 32 * n, join(map(str, s.ravel())), n)
    (tmp_path / "d.c").write_text(source.replace("-2147483648", "(-2147483647 - 1)"))
    subprocess.run(["gcc", *STRICT, *FLAGS[branch], "d.c", "-o", "d"], cwd=tmp_path,
                   check=True)
    out = subprocess.run([str(tmp_path / "d")], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out[0] == {"avx2-model": "AVX2 model", "avx512-vnni": "AVX512-VNNI",
                      "avx-vnni": "AVX-VNNI"}[branch]
    np.testing.assert_array_equal(np.array([int(v) for v in out[1:]]), want.ravel())


# ---------------------------------------------------------------- the source

def _strict_source(tmp_path) -> str:
    layers = [layer for _, _, ls in (CASES["1x1"], CASES["depthwise"]) for layer in ls]
    spec = spec_of("vstrict", [6, 7, 17], 3, layers + ["{type: Flatten}",
                                                       "{type: Dense, units: 37, QUANT}"])
    plan = quantized.make_plan(spec, target=TARGET, symbol="vstrict")
    rendered = quantized.render(plan)
    (tmp_path / "vstrict.h").write_text(rendered.header)
    (tmp_path / "vstrict.c").write_text(rendered.source)
    again = quantized.render(quantized.make_plan(spec, target=TARGET, symbol="vstrict"))
    assert again.source == rendered.source   # deterministic
    return rendered.source


# (flags, the instruction in the object code): the native branches, the AVX2 model, the
# portable loops (no AVX2; CONVGEN_NO_SIMD). None: not asserted (clang 14's vectoriser finds
# VPDPBUSD in the portable loops by itself when the target has it; GCC 12's does not)
BUILDS = [(["-mavx512vnni", "-mavx512vl"], True), (["-march=x86-64-v4", "-mavx512vnni"], True),
          (["-mavxvnni"], True), (["-march=x86-64-v3", "-mavxvnni"], True),
          (["-mavx512vnni"], None),   # no VL: the AVX2 model (a compiler may vectorise it)
          (["-march=x86-64-v3"], False),
          (["-mno-avx2"], False), (["-march=x86-64-v3", "-DCONVGEN_NO_SIMD"], False),
          (["-march=x86-64-v4", "-mavx512vnni", "-DCONVGEN_NO_SIMD"], None)]


@pytest.mark.parametrize("cc", ["gcc", "clang"])
def test_builds_warning_free_and_vpdpbusd_in_the_object_code(cc, tmp_path):
    """Compile only (this machine cannot run VNNI): -std=c99 -Wall -Wextra -Werror -pedantic
    with AVX-512 VNNI (+VL), with AVX-VNNI, with AVX2 only and without; objdump -d shows
    vpdpbusd exactly in the VNNI builds."""
    if not shutil.which(cc) or not shutil.which("objdump"):
        pytest.skip(f"needs {cc} and objdump")
    source = _strict_source(tmp_path)
    for token in ("_mm256_dpbusd_epi32", "_mm256_dpbusd_avx_epi32", "__AVX512VNNI__",
                  "__AVXVNNI__", "CONVGEN_NO_SIMD"):
        assert token in source, token
    assert "_mm256_maddubs_epi16" not in source and "dpbusds" not in source   # no saturation
    for flags, instruction in BUILDS:
        subprocess.run([cc, *STRICT, *flags, "-c", "vstrict.c", "-o", "vstrict.o"],
                       cwd=tmp_path, check=True)
        dump = subprocess.run(["objdump", "-d", "vstrict.o"], cwd=tmp_path, check=True,
                              capture_output=True, text=True).stdout
        assert instruction is None or ("vpdpbusd" in dump) == instruction, (flags, instruction)


@pytest.mark.parametrize("flags,tile", [(["-mavx512vnni", "-mavx512vl"], 4),
                                        (["-march=x86-64-v3", "-DCONVGEN_VNNI_TILES32"], 4),
                                        (["-march=x86-64-v3", "-mavxvnni"], 3),
                                        (["-march=x86-64-v3"], 3)])
def test_conv_tiles_by_registers(flags, tile, tmp_path):
    """The preprocessor keeps the 4-pixel tiles with AVX-512's 32 registers (or
    CONVGEN_VNNI_TILES32), the 3-pixel ones with 16: a31, the 4th pixel's second vector."""
    if not shutil.which("gcc"):
        pytest.skip("needs gcc")
    _strict_source(tmp_path)
    code = subprocess.run(["gcc", "-std=c99", *flags, "-E", "-P", "vstrict.c"], cwd=tmp_path,
                          check=True, capture_output=True, text=True).stdout
    assert ("__m256i a31 =" in code) == (tile == 4) and "__m256i a21 =" in code


# ---------------------------------------------------------------- plan, target, export

def test_target_profile():
    vnni_t, x86 = TARGETS[TARGET], TARGETS["x86-64"]
    assert vnni_t.int8 == "vnni" and x86.int8 == "avx2"
    assert (vnni_t.wide, vnni_t.narrow, vnni_t.portable, vnni_t.winograd, vnni_t.exact) == \
        (x86.wide, x86.narrow, x86.portable, x86.winograd, x86.exact)
    assert "-mavx512vnni" in vnni_t.flags and "-march=x86-64-v4" in vnni_t.flags
    assert "-march=x86-64-v3 -mavxvnni" in vnni_t.about


def test_float_side_is_x86_64s():
    """A float32 spec renders the same C for x86-64-vnni as for x86-64 (the profile's name
    aside)."""
    from pathlib import Path

    from convgen.plan import make_plan
    from convgen.render import render
    spec = convgen.load_spec(Path(__file__).resolve().parent.parent / "specs" / "mnist_cnn.yaml")
    a, b = (render(make_plan(spec, target=t)).source for t in ("x86-64", TARGET))
    strip = re.compile(r"^.*(x86-64|Target).*$", flags=re.M)
    assert strip.sub("", a) == strip.sub("", b)


def test_folded_bias_wraps():
    w = np.full((2, 3, 4), 127, np.int8)
    bias = np.array([-2 ** 31 + 5, 7], np.int32)
    got = vnni.folded_bias(bias, w, 127)
    want = (bias.astype(np.int64) - 255 * 127 * 12 + 2 ** 31) % 2 ** 32 - 2 ** 31
    assert got.dtype == np.int32 and got.tolist() == want.tolist()


def test_grouped_convolution_takes_the_portable_loops():
    spec = spec_of("vgroups", [5, 5, 6], 1, ["{type: Conv2D, filters: 4, kernel_size: 3, "
                                             "groups: 2, QUANT}"])
    assert quantized.make_plan(spec, target=TARGET).steps[0].template == "qconv.c.j2"


def test_summary_names_the_layers_the_form_runs(capsys):
    from pathlib import Path

    from convgen.cli import main
    path = str(Path(__file__).resolve().parent.parent / "specs" / "kws_ds_cnn_int8.yaml")
    assert main(["summary", path, "--target", TARGET]) == 0
    line = capsys.readouterr().out.splitlines()[-1]
    assert line.startswith(f"Target {TARGET}: int8 form vnni for conv2d, depthwise_conv2d")
    assert "dense" in line and "average_pooling2d" not in line


def test_export_make_check(tmp_path):
    """The export's Makefile defaults to -march=x86-64-v4 -mavx512vnni; where the CPU cannot
    run that, `make check` with TARGET_FLAGS=-march=native (the AVX2 model on an AVX2
    machine without VNNI, the instruction where there is one)."""
    if not shutil.which("make") or not shutil.which("cc"):
        pytest.skip("needs make and cc")
    shape, zx, layers = X86_CASES["3x3_s2"]
    spec = spec_of("vexport", shape, zx, layers + ["{type: Flatten}",
                                                   "{type: Dense, units: 10, QUANT}"])
    weights = quantized.random_int8_weights(spec, np.random.default_rng(3))
    spec = type(spec)(spec.name, spec.graph, tuple(weights), None, spec.source, spec.quant)
    folder = quantized.write(spec, tmp_path, target=TARGET)
    assert "-march=x86-64-v4 -mavx512vnni" in (folder / "Makefile").read_text()
    runs_default = {"avx512_vnni", "avx512f", "avx512vl", "avx512bw", "avx512dq", "avx512cd"} <= CPU
    extra = [] if runs_default else ["TARGET_FLAGS=-march=native"]
    done = subprocess.run(["make", "-s", "check", *extra], cwd=folder, capture_output=True,
                          text=True)
    assert done.returncode == 0 and f"{spec.name}: PASS (0 of" in done.stdout, (
        done.stdout + done.stderr)


@pytest.mark.parametrize("cflags", BRANCHES)
@pytest.mark.parametrize("stem", [
    "whole_ds_cnn", "whole_resnet8",
    pytest.param("whole_mobilenet_v1_025", marks=pytest.mark.slow),
    pytest.param("whole_mobilenet_v2_035", marks=pytest.mark.slow),
    pytest.param("whole_autoencoder", marks=pytest.mark.slow),
    pytest.param("whole_conv1d_classifier", marks=pytest.mark.slow)])
def test_whole_models_equal_oracle(stem, cflags):
    spec = convgen.from_tflite(INT8_MODELS / f"{stem}.tflite")
    kernel = convgen.compile(spec, cflags=cflags, target=TARGET)
    assert any(s.template.startswith("qvnni_") for s in kernel.plan.steps)
    f = kernel.bind()
    for seed in range(2):
        x = quantized.random_input(spec, np.random.default_rng(seed))
        np.testing.assert_array_equal(f(x), quantized.oracle(spec, x))
