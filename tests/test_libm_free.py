"""No libm: the generated C computes exp, expm1, log, log1p, erf and sqrt with convgen's own
helpers (templates/convgen_helpers.h), so an export links no library code and no errno state
(newlib's `impure` data on a microcontroller). Checked two ways: the helpers against Python's
float64 math at their edges, and no model object file (every activation; every example in
generated/, built for a Cortex-M4) needs a library function or has static data."""

import glob
import math
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from conftest import make_spec

from convgen.activations import ELEMENTWISE, LAST_AXIS
from convgen.plan import make_plan
from convgen.render import render, template_dir
from convgen.targets import CORTEX_M4

ROOT = Path(__file__).resolve().parent.parent
GENERATED = sorted(p for p in glob.glob(str(ROOT / "generated" / "*" / "*.c"))
                   if not Path(p).name.startswith("test_") and not p.endswith("_weights.c"))
STRICT = ["-std=c99", "-O2", "-Wall", "-Wextra", "-Werror", "-pedantic"]
M4 = [*CORTEX_M4.flags, "-O2"]   # the cortex-m4 target profile's flags

HARNESS = r"""
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "convgen_helpers.h"
int main(int argc, char **argv)
{
    int i;
    for (i = 1; i < argc; ++i) {
        const float x = strtof(argv[i], 0);
        printf("%a %a %a %a %a %a\n", (double)cg_exp(x), (double)cg_expm1(x),
               (double)cg_log(x), (double)cg_log1p(x), (double)cg_erf(x), (double)cg_sqrt(x));
    }
    return 0;
}
"""


def _nan_or(f, x):
    try:
        return f(x)
    except ValueError:          # math's domain error: the float answer is NaN (or -inf at 0)
        return -math.inf if x == 0 else math.nan
    except OverflowError:
        return math.inf


REFERENCE = {
    "exp": lambda x: _nan_or(math.exp, x),
    "expm1": lambda x: _nan_or(math.expm1, x),
    "log": lambda x: _nan_or(math.log, x),
    "log1p": lambda x: -math.inf if x == -1 else _nan_or(math.log1p, x),
    "erf": math.erf,
    "sqrt": lambda x: _nan_or(math.sqrt, x),
}
EDGES = [0.0, -0.0, 1e-40, -1e-40, 1e-30, 1e-8, -1e-8, 1e-5, -1e-5, 0.3, -0.49, 0.5, -0.5,
         1.0, -1.0, 3.7, -10.0, 79.9, 80.1, -80.1, 88.72, 88.73, 100.0, -87.0, -103.9,
         -104.1, -200.0, 1e10, 3e38, -0.9999999, math.inf, -math.inf, math.nan]


@pytest.fixture(scope="module")
def helpers_binary(tmp_path_factory):
    if not shutil.which("gcc"):
        pytest.skip("gcc is absent")
    folder = tmp_path_factory.mktemp("helpers")
    (folder / "h.c").write_text(HARNESS)
    subprocess.run(["gcc", *STRICT, "-I", str(template_dir()), str(folder / "h.c"),
                    "-o", str(folder / "h")], check=True)
    return folder / "h"


def test_math_helpers_match_float64(helpers_binary):
    rng = np.random.default_rng(0)
    xs = [float(np.float32(x)) for x in
          EDGES + list(rng.uniform(-20, 20, 400)) + list(10 ** rng.uniform(-38, 38, 400))]
    lines = subprocess.run([str(helpers_binary), *map(repr, xs)], capture_output=True,
                           text=True, check=True).stdout.splitlines()
    assert len(lines) == len(xs)
    for x, line in zip(xs, lines):
        for (name, ref), text in zip(REFERENCE.items(), line.split()):
            got = float.fromhex(text) if "n" not in text else float(text)
            want = ref(x)
            if abs(want) > 3.4028234e38 and not math.isnan(want):    # float overflows
                want = math.copysign(math.inf, want)
            if math.isnan(want) or math.isinf(want):
                assert got == want or (math.isnan(got) and math.isnan(want)), (name, x, got)
                continue
            # erf: absolute 5e-7 (Abramowitz-Stegun 7.1.26); the others relative 5e-7 where
            # the result is a normal float, else absolute
            scale = 1.0 if name == "erf" else max(abs(want), 1.2e-38)
            assert abs(got - want) <= 5e-7 * scale, (name, x, got, want)


# GCC may turn a copy or fill loop into a call to these: stateless, in every libc
COMPILER_CALLS = {"memcpy", "memmove", "memset"}


def _undefined(obj: Path, nm: str):
    """The symbols the object needs from a library, besides the compiler's string calls."""
    text = subprocess.run([nm, "-u", str(obj)], capture_output=True, text=True,
                          check=True).stdout
    return sorted(set(line.split()[-1] for line in text.splitlines() if line.strip())
                  - COMPILER_CALLS)


# layer kinds whose C computes a square root, exp or a normalisation of their own
OTHER_LAYERS = [
    {"type": "LayerNormalization"}, {"type": "LayerNormalization", "rms_scaling": True},
    {"type": "BatchNormalization"}, {"type": "Normalization", "mean": 0.5, "variance": 2.0},
    {"type": "Softmax", "axis": 1}, {"type": "ELU", "alpha": 0.5},
    {"type": "AveragePooling2D", "pool_size": 2, "padding": "same"},
    {"type": "GlobalAveragePooling2D"},
]


def _every_activation_source(tmp_path):
    folder = tmp_path / "acts"
    folder.mkdir()
    paths = []
    layers = [(act, {"type": "Conv2D", "filters": 6, "kernel_size": 2, "activation": act})
              for act in sorted(ELEMENTWISE) + sorted(LAST_AXIS)]
    layers += [(layer["type"].lower(), layer) for layer in OTHER_LAYERS]
    for tag, layer in layers:
        spec = make_spec(layer, [5, 4, 3], name=f"m_{tag}")
        rendered = render(make_plan(spec))
        (folder / f"{spec.name}.h").write_text(rendered.header)
        (folder / f"{spec.name}.c").write_text(rendered.source)
        paths.append(folder / f"{spec.name}.c")
    return paths


def test_every_activation_and_normalisation_needs_no_library(tmp_path):
    if not shutil.which("gcc"):
        pytest.skip("gcc is absent")
    for source in _every_activation_source(tmp_path):
        obj = source.with_suffix(".o")
        subprocess.run(["gcc", *STRICT, "-c", str(source), "-o", str(obj)], check=True)
        assert _undefined(obj, "nm") == [], source.name


def test_cortex_m4_model_has_no_library_state(tmp_path):
    """Built for a Cortex-M4, no model pulls in a library function, and none has .data or
    .bss: everything it keeps lives in the caller's workspace."""
    if not shutil.which("arm-none-eabi-gcc"):
        pytest.skip("arm-none-eabi-gcc is absent")
    sources = _every_activation_source(tmp_path) + [Path(p) for p in GENERATED]
    for source in sources:
        obj = tmp_path / (source.stem + ".m4.o")
        subprocess.run(["arm-none-eabi-gcc", *M4, "-std=c99", "-c", str(source),
                        "-I", str(source.parent), "-o", str(obj)], check=True)
        assert _undefined(obj, "arm-none-eabi-nm") == [], source.name
        size = subprocess.run(["arm-none-eabi-size", "-A", str(obj)], capture_output=True,
                              text=True, check=True).stdout
        sections = {line.split()[0]: int(line.split()[1]) for line in size.splitlines()
                    if line.startswith(".")}
        static = sum(n for name, n in sections.items()
                     if name.startswith((".data", ".bss")))
        assert static == 0, (source.name, sections)


# tanh, sigmoid and softmax's exp against float64 over every float (step 1, slow) or a dense
# sweep of them: the largest absolute error, the largest relative one where the float64 value
# is a normal float (sigmoid and exp: for x >= -87, below which the helpers return 0), and the
# non-finite and saturated values, which must be exact.
SWEEP = r"""
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "convgen_helpers.h"
static void worst(double got, double want, double *abs_err, double *rel_err, int relative)
{
    const double e = fabs(got - want);
    if (e > *abs_err) *abs_err = e;
    if (relative && fabs(want) >= 1.17549435e-38 && e / fabs(want) > *rel_err)
        *rel_err = e / fabs(want);
}
int main(int argc, char **argv)
{
    const unsigned long long step = argc > 1 ? strtoull(argv[1], 0, 10) : 1;
    double t_abs = 0, t_rel = 0, s_abs = 0, s_rel = 0, e_abs = 0, e_rel = 0;
    int exact = 1;
    unsigned long long b;
    for (b = 0; b < 0x100000000ull; b += step) {
        const unsigned u = (unsigned)b;
        float x;
        memcpy(&x, &u, sizeof x);
        if (x != x) continue;
        worst(cg_tanh(x), tanh((double)x), &t_abs, &t_rel, 1);
        worst(cg_sigmoid(x), 1.0 / (1.0 + exp(-(double)x)), &s_abs, &s_rel, x >= -87.0f);
        if (x <= 0.0f)   /* softmax's exp, after the row's maximum is subtracted */
            worst(cg_exp_nonpositive(x), exp((double)x), &e_abs, &e_rel, x >= -87.0f);
        if (x < -87.0f && cg_exp_nonpositive(x) != 0.0f) exact = 0;
        if (fabsf(x) > 9.0f && cg_tanh(x) != (x > 0.0f ? 1.0f : -1.0f)) exact = 0;
        if ((x < -87.0f && cg_sigmoid(x) != 0.0f) || (x > 17.5f && cg_sigmoid(x) != 1.0f))
            exact = 0;
    }
    {
        const float inf = HUGE_VALF, nan = inf - inf;
        exact = exact && cg_tanh(inf) == 1.0f && cg_tanh(-inf) == -1.0f
                && cg_sigmoid(inf) == 1.0f && cg_sigmoid(-inf) == 0.0f
                && cg_tanh(nan) != cg_tanh(nan) && cg_sigmoid(nan) != cg_sigmoid(nan)
                && cg_tanh(0.0f) == 0.0f && cg_sigmoid(0.0f) == 0.5f
                && cg_exp_nonpositive(-inf) == 0.0f && cg_exp_nonpositive(0.0f) == 1.0f
                && cg_exp_nonpositive(nan) != cg_exp_nonpositive(nan);
    }
    printf("%.17g %.17g %.17g %.17g %.17g %d\n", t_abs, t_rel, s_abs, s_rel, e_rel, exact);
    return 0;
}
"""
# the helpers' bounds (convgen_helpers.h): with or without fused multiply-adds
TANH_ABS, TANH_REL, SIGMOID_ABS, SIGMOID_REL = 3e-7, 4e-7, 1e-7, 3e-7
EXP_NONPOSITIVE_REL = 3e-7


def _sweep(tmp_path, step, flags):
    if not shutil.which("gcc"):
        pytest.skip("gcc is absent")
    (tmp_path / "sweep.c").write_text(SWEEP)
    binary = tmp_path / "sweep"
    subprocess.run(["gcc", *STRICT, *flags, "-I", str(template_dir()),
                    str(tmp_path / "sweep.c"), "-o", str(binary), "-lm"], check=True)
    out = subprocess.run([str(binary), str(step)], capture_output=True, text=True,
                         check=True).stdout.split()
    t_abs, t_rel, s_abs, s_rel, e_rel = map(float, out[:5])
    assert out[5] == "1", "a non-finite or saturated value is not exact"
    assert t_abs <= TANH_ABS and t_rel <= TANH_REL, (t_abs, t_rel)
    assert s_abs <= SIGMOID_ABS and s_rel <= SIGMOID_REL, (s_abs, s_rel)
    assert e_rel <= EXP_NONPOSITIVE_REL, e_rel


def _contractions():
    """Compiled as written, and with fused multiply-adds (as on a Cortex-M4) where the host
    has them."""
    machine = subprocess.run(["uname", "-m"], capture_output=True, text=True).stdout.strip()
    fused = ["-mfma", "-ffp-contract=fast"] if machine == "x86_64" else ["-ffp-contract=fast"]
    return [["-ffp-contract=off"], fused]


@pytest.mark.parametrize("flags", _contractions(), ids=["unfused", "fused"])
def test_tanh_and_sigmoid_dense_sweep(tmp_path, flags):
    if "-mfma" in flags and "fma" not in Path("/proc/cpuinfo").read_text():
        pytest.skip("the host has no FMA")
    _sweep(tmp_path, 1021, flags)


@pytest.mark.slow
@pytest.mark.parametrize("flags", _contractions(), ids=["unfused", "fused"])
def test_tanh_and_sigmoid_every_float(tmp_path, flags):
    if "-mfma" in flags and "fma" not in Path("/proc/cpuinfo").read_text():
        pytest.skip("the host has no FMA")
    _sweep(tmp_path, 1, flags)
