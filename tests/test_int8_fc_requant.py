"""cg_q_fc_requant (templates/qhelpers.h): TFLite's FULLY_CONNECTED requantization,
round_half_away(double(acc) * scale), computed in integers where there is no double FPU (the
Cortex-M4), equal to IEEE double arithmetic (NumPy's float64) bit for bit: clamped to
[-2048, 2048] on every int32 acc and every positive finite scale. Both C branches (the integer
one forced on the host with -DCONVGEN_INT_FC_REQUANT, the hardware double one); then the whole
int8 models with Dense layers on the Cortex-M4 under QEMU (integer branch) equal to the oracle."""

from __future__ import annotations

import shutil
import subprocess
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from conftest import benchmark_module

from convgen.build import compile_module
from convgen.render import template_dir

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 2048
WRAPPER = """
void t_fc(const int32_t *acc, const double *scale, int32_t *y, int n)
{ int i; for (i = 0; i < n; ++i) y[i] = cg_q_fc_requant(acc[i], scale[i]); }
"""
CDEF = "void t_fc(const int32_t *acc, const double *scale, int32_t *y, int n);"


def _source() -> str:
    return "#include <stdint.h>\n" + (template_dir() / "qhelpers.h").read_text() + WRAPPER


@pytest.fixture(scope="module", params=["integer", "double"])
def fc(request, tmp_path_factory):
    flags = ["-O2"] + (["-DCONVGEN_INT_FC_REQUANT"] if request.param == "integer" else [])
    lib, ffi = compile_module(tmp_path_factory.mktemp(f"fc_{request.param}"),
                              f"_convgen_test_fc_requant_{request.param}", CDEF, _source(),
                              flags, "gcc")

    def run(acc, scale):
        acc = np.ascontiguousarray(acc, np.int32)
        scale = np.ascontiguousarray(np.broadcast_to(scale, acc.shape), np.float64)
        y = np.empty(acc.shape, np.int32)
        lib.t_fc(ffi.from_buffer("int32_t[]", acc), ffi.from_buffer("double[]", scale),
                 ffi.from_buffer("int32_t[]", y), acc.size)
        return y.astype(np.int64)
    return run


def expected(acc, scale):
    """round_half_away(float64(acc) * scale) as cg_q_round does it, clamped to +-2048."""
    with np.errstate(over="ignore"):
        v = np.asarray(acc, np.int64).astype(np.float64) * np.asarray(scale, np.float64)
    a = np.minimum(np.abs(v), 2.0 ** 40)
    t = np.floor(a)
    t = t + ((a - t) >= 0.5)
    return np.clip(np.where(v < 0, -t, t), -LIMIT, LIMIT).astype(np.int64)


def naive(acc, scale):
    """The product rounded once, exactly (no 53-bit step): what the test must tell apart."""
    out = []
    for a, s in zip(np.asarray(acc).tolist(), np.asarray(scale, np.float64).tolist()):
        v = abs(Fraction(a) * Fraction(s))
        t = int(v)
        t += (v - t) >= Fraction(1, 2)
        out.append(max(-LIMIT, min(LIMIT, -t if a < 0 else t)))
    return np.array(out, np.int64)


def _check(fc, acc, scale):
    acc = np.asarray(acc, np.int64)
    scale = np.broadcast_to(np.asarray(scale, np.float64), acc.shape)
    got, want = fc(acc.astype(np.int32), scale), expected(acc, scale)
    bad = np.flatnonzero(got != want)
    assert bad.size == 0, [(int(acc[i]), float(scale[i]).hex(), int(got[i]), int(want[i]))
                           for i in bad[:5]]


def _scale(m: int, e: int) -> float:
    """m * 2^e as a double (m a 53-bit significand)."""
    return float(Fraction(m) * Fraction(2) ** e)


def double_rounding_cases(n: int, seed: int):
    """(acc, scale) pairs whose double product is a half (j + 1/2) while the exact product is
    not: scale = double((j + 1/2) / acc) with acc large, kept where the naive single rounding
    differs from the double's."""
    rng = np.random.default_rng(seed)
    accs, scales = [], []
    while len(accs) < n:
        acc = int(rng.integers(2 ** 20, 2 ** 31)) * int(rng.choice([-1, 1]))
        j = int(rng.integers(0, 300))
        s = float(Fraction(2 * j + 1, 2) / abs(acc))
        if naive([acc], [s])[0] != expected([acc], [s])[0]:
            accs.append(acc)
            scales.append(s)
    return np.array(accs, np.int64), np.array(scales)


def tie_to_even_cases(seed: int = 4):
    """Pairs whose exact product |acc| * m is a tie in the 53-bit step, next to a final half
    boundary, so that the ties-to-even choice decides the integer: acc = o * 2^c (o odd),
    o * m = 2q + 1 (54 bits), the value (q + 1/2) * 2^-k with q on either side of an odd
    multiple h of 2^(k - 1) (h - 1 is odd and rounds up onto the half, h - 2 and h are even
    and stay). Truncating there (a single rounding) fails on the h - 1 ones; rounding ties up
    rather than to even gives the same integers (the integer changes only at an odd q), which
    cg_q_fc_requant uses."""
    rng = np.random.default_rng(seed)
    accs, scales = [], []
    o = 3   # o * m of 54 bits (a tie at 2^c) needs 2 < o < 4
    for k in range(42, 52):
        for offset in (-2, -1, 0):
            for _ in range(100):
                # h = (2i + 1) * 2^(k - 1) in [3 * 2^51, 2^53): m = (2q + 1) / 3 of 53 bits
                i = int(rng.integers((3 << (52 - k)) >> 1, 1 << (53 - k)))
                q = ((2 * i + 1) << (k - 1)) + offset
                m, r = divmod(2 * q + 1, o)
                if not r and 2 ** 52 <= m < 2 ** 53:
                    break
            else:
                continue   # none at this k (few odd multiples there)
            for c in (0, 5, 29):
                # p = (2q + 1) * 2^c: d = c + 1 low bits dropped, a tie; shift = k + d
                accs.append(o << c)
                scales.append(_scale(m, -(k + c + 1)))
    return np.array(accs, np.int64), np.array(scales)


def test_random_pairs(fc):
    rng = np.random.default_rng(1)
    n = 200000
    acc = rng.integers(-2 ** 31, 2 ** 31, n, dtype=np.int64)
    acc[: n // 2] >>= rng.integers(0, 31, n // 2)   # small accs too
    scale = 10.0 ** rng.uniform(-6, 1, n)            # converters' range, 1e-6..10
    _check(fc, acc, scale)
    # random significands at every exponent, even outside it
    scale = np.ldexp(rng.uniform(1, 2, n), rng.integers(-1030, 40, n))
    _check(fc, acc, scale)


def test_rounding_boundaries(fc):
    """For real-looking scales, the accs at, below and above each half boundary j + 1/2."""
    rng = np.random.default_rng(2)
    accs, scales = [], []
    for s in list(10.0 ** rng.uniform(-6, 1, 60)) + [2.0 ** -20, 1 / 3, 0.1, 1.0, 2.5]:
        fs = Fraction(float(s))
        for j in list(range(0, 8)) + list(rng.integers(8, 2100, 12)):
            b = Fraction(2 * int(j) + 1, 2) / fs
            base = -(-b.numerator // b.denominator)   # ceil
            for acc in (base - 1, base, base + 1):
                if acc < 2 ** 31:
                    accs += [acc, -acc]
                    scales += [s, s]
    _check(fc, accs, scales)


def test_exact_ties_and_extremes(fc):
    """Exact halves (acc * scale = j + 1/2 with a power-of-two scale), 0, INT32_MIN/MAX,
    tiny and huge scales, the saturation short-circuit on both sides of 2048."""
    acc = np.arange(-5000, 5001, dtype=np.int64)
    for e in (1, 2, 3, 10, 20):
        _check(fc, acc, 2.0 ** -e)
        ties = (2 * acc + 1) << (e - 1)                              # (2j + 1) / 2
        _check(fc, ties[np.abs(ties) < 2 ** 31], 2.0 ** -e)
    extremes = np.array([-2 ** 31, 2 ** 31 - 1, -2 ** 31 + 1, 0, 1, -1], np.int64)
    for s in (5e-324, 2.2250738585072014e-308, 1e-300, 1e-10, 2.0 ** -31, 1e-6, 0.5,
              1.0, 1.5, 2047.5, 2048.0, 1e10, 1e300, np.nextafter(2.0 ** -20, 0)):
        _check(fc, extremes, s)
    # around the 2048 clamp: 2047.4999.., 2047.5, 2048.5 (exact) and the next doubles
    for v in (2047.0, 2047.5, 2048.0, 2048.5, 4095.5):
        for s in (np.nextafter(v / 2 ** 20, 0), v / 2 ** 20, np.nextafter(v / 2 ** 20, 1)):
            _check(fc, [2 ** 20, -2 ** 20, 2 ** 20 - 1, 2 ** 20 + 1], s)


def test_double_rounding_cases_tell_a_naive_implementation_apart(fc):
    """Products the 53-bit step rounds onto a half: a single exact rounding gets them wrong."""
    acc, scale = double_rounding_cases(400, 3)
    assert (naive(acc, scale) != expected(acc, scale)).all()
    _check(fc, acc, scale)


def test_ties_to_even_in_the_53_bit_step(fc):
    acc, scale = tie_to_even_cases()
    assert acc.size > 50
    differ = naive(acc, scale) != expected(acc, scale)
    assert differ.any() and not differ.all()
    _check(fc, acc, scale)
    _check(fc, -acc, scale)


@pytest.mark.skipif(not shutil.which("arm-none-eabi-gcc"), reason="needs gcc-arm-none-eabi")
def test_cortex_m4_build_has_no_soft_double(tmp_path):
    """On the Cortex-M4 (single-precision FPU, __ARM_FP == 4, or none) the integer branch is
    taken: no libgcc routine at all; on a double FPU (Cortex-M7, __ARM_FP == 14) the hardware
    double one (its multiply an instruction, cg_q_round's int64 conversion libgcc's); strict
    C99 on all."""
    src = tmp_path / "fc.c"
    src.write_text(_source())
    for flags, integer in ((["-mcpu=cortex-m4", "-mfpu=fpv4-sp-d16", "-mfloat-abi=hard"], True),
                           (["-mcpu=cortex-m4", "-mfloat-abi=soft"], True),
                           (["-mcpu=cortex-m7", "-mfpu=fpv5-d16", "-mfloat-abi=hard"], False)):
        obj = tmp_path / "fc.o"
        subprocess.run(["arm-none-eabi-gcc", "-mthumb", *flags, "-std=c99", "-O2", "-Wall",
                        "-Wextra", "-Werror", "-pedantic", "-Wno-unused-function", "-c",
                        str(src), "-o", str(obj)], check=True)
        symbols = subprocess.run(["arm-none-eabi-nm", str(obj)], check=True,
                                 capture_output=True, text=True).stdout
        assert "__aeabi_dmul" not in symbols, (flags, symbols)
        assert ("__aeabi_" not in symbols) == integer, (flags, symbols)


@pytest.mark.skipif(not shutil.which("arm-none-eabi-gcc"), reason="needs gcc-arm-none-eabi")
def test_float_interface_has_no_soft_double_on_cortex_m4(tmp_path):
    """A model taking and returning float32 (QUANTIZE in, DEQUANTIZE out) built for the
    Cortex-M4: both passes are float arithmetic, so no libgcc double routine is linked."""
    pytest.importorskip("ai_edge_litert.interpreter")
    import convgen
    from convgen.plan import make_plan
    from convgen.render import render
    spec = convgen.from_tflite(Path(__file__).parent / "tflite_int8" / "quantize_dequantize.tflite")
    assert (spec.quant.input_dtype, spec.quant.output_dtype) == ("float32", "float32")
    rendered = render(make_plan(spec, target="cortex-m4"))
    (tmp_path / f"{rendered.name}.h").write_text(rendered.header)
    src = tmp_path / f"{rendered.name}.c"
    src.write_text(rendered.source)
    assert "cg_q_quantize(" in rendered.source and "cg_q_dequantize(" in rendered.source
    obj = tmp_path / "model.o"
    subprocess.run(["arm-none-eabi-gcc", "-mthumb", "-mcpu=cortex-m4", "-mfpu=fpv4-sp-d16",
                    "-mfloat-abi=hard", "-std=c99", "-O2", "-Wall", "-Wextra", "-Werror",
                    "-pedantic", "-c", str(src), "-o", str(obj)], check=True)
    symbols = subprocess.run(["arm-none-eabi-nm", str(obj)], check=True, capture_output=True,
                             text=True).stdout
    assert "__aeabi_" not in symbols, symbols


# ---------------------------------------------------------------- whole models

MODELS = ("whole_autoencoder", "whole_ds_cnn")   # Dense layers: 10 and 1


@pytest.mark.parametrize("stem", MODELS)
def test_models_integer_branch_on_the_host(stem):
    """The portable Dense (qdense.c.j2) with the integer branch forced on the host."""
    import convgen
    from convgen import quantized
    from convgen.build import default_cflags
    spec = convgen.from_tflite(ROOT / "tests" / "tflite_int8" / f"{stem}.tflite")
    v = quantized.verify_int8(spec, cflags=[*default_cflags(), "-DCONVGEN_INT_FC_REQUANT"])
    assert v.passed, v


cortex_m = benchmark_module("cortex_m")


@pytest.mark.skipif(bool(cortex_m.missing_tools()),
                    reason=f"needs {', '.join(cortex_m.missing_tools())}")
@pytest.mark.parametrize("form", ["dsp", "portable"])
@pytest.mark.parametrize("stem", MODELS)
def test_models_on_cortex_m4(stem, form, tmp_path):
    """The Cortex-M4 export (integer branch: no double FPU) under QEMU, in the dsp form
    (qdspmm.c.j2's Dense) and the portable one (qdense.c.j2): the self-test equals the
    oracle's bytes, and no libgcc double routine is linked unless the float input's
    quantize helper needs one (these models take int8 input)."""
    import dataclasses

    import convgen
    from convgen import quantized
    from convgen.targets import TARGETS
    target = dataclasses.replace(TARGETS["cortex-m4"], int8=form)
    spec = convgen.from_tflite(ROOT / "tests" / "tflite_int8" / f"{stem}.tflite")
    plan = quantized.make_plan(spec, target=target)
    folder = quantized.write(spec, tmp_path / "export", target=target)
    r = cortex_m.measure_export(plan, folder, cortex_m.BOARDS["cortex-m4"], "-O2", tmp_path,
                                None, check_only=True)
    size = int(np.prod(spec.graph.output.shape))
    assert r.passed and f"0 of {size} outputs differ" in r.output, r.output
