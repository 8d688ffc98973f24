"""Render-level tests: determinism, provenance, the committed generated/ folder, strict C."""

import glob
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import make_spec

import convgen
from convgen.plan import make_plan
from convgen.render import cfloat, render

ROOT = Path(__file__).resolve().parent.parent
SPECS = sorted(glob.glob(str(ROOT / "specs" / "*.yaml")))
STRICT = ["-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic"]
# A static object that is not const (functions, which have a parameter list, are fine).
MUTABLE_STATIC = re.compile(
    r"^\s*static\s+(?!const\b|inline\b)[\w\s\*]*?\w+\s*(\[[^\]]*\]\s*)*[=;]", re.M)


def test_rendering_is_deterministic_and_says_where_it_came_from():
    spec = convgen.load_spec(SPECS[0])
    a, b = render(make_plan(spec)), render(make_plan(convgen.load_spec(SPECS[0])))
    assert (a.header, a.source) == (b.header, b.source)
    for text in (a.header, a.source):
        assert text.startswith("/* Auto-generated file. Do not edit!")
        assert f"convgen {convgen.__version__}" in text
        assert f"Spec: {Path(SPECS[0]).name}" in text
    assert "malloc" not in a.source and "calloc" not in a.source
    assert not MUTABLE_STATIC.search(a.source), "mutable static state in generated C"


def test_mutable_static_check_can_fail():
    assert MUTABLE_STATIC.search("    static float acc[4];")
    assert MUTABLE_STATIC.search("static int calls = 0;")
    assert not MUTABLE_STATIC.search("static const float w[2] = {1.0f, 2.0f};")
    assert not MUTABLE_STATIC.search("static int f_layer0(const float *input)")
    assert not MUTABLE_STATIC.search("static inline float cg_relu(float x)")


def _cc_available():
    return shutil.which(os.environ.get("CC", "gcc")) is not None


@pytest.mark.skipif(not _cc_available(), reason="no C compiler")
@pytest.mark.parametrize("path", SPECS, ids=[Path(p).stem for p in SPECS])
def test_generated_c_is_strict_c99(path, tmp_path):
    """Each emitted .c compiles alone with -std=c99 -Wall -Wextra -Werror -pedantic."""
    rendered = render(make_plan(convgen.load_spec(path)))
    (tmp_path / f"{rendered.name}.h").write_text(rendered.header)
    src = tmp_path / f"{rendered.name}.c"
    src.write_text(rendered.source)
    cc = os.environ.get("CC", "gcc")
    for opt in ("-O0", "-O2"):
        done = subprocess.run([cc, *STRICT, opt, "-c", str(src), "-o", str(tmp_path / "k.o")],
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("value, text", [
    (1.0, "1.0f"), (0.1, "0.100000001f"), (-2.5e-8, "-2.50000003e-08f"),
    (3.4028234663852886e38, "3.40282347e+38f"), (0.0, "0.0f"),
])
def test_cfloat_is_lossless(value, text):
    import numpy as np
    out = cfloat(value)
    assert out == text
    assert np.float32(float(out[:-1])) == np.float32(value)


def test_template_sees_no_undefined_values():
    """StrictUndefined: a missing context value fails loudly instead of rendering empty."""
    import jinja2
    plan = make_plan(make_spec({"type": "Conv1D", "filters": 2, "kernel_size": 2}, [5, 1]))
    del plan.steps[0].context["act_fn"]
    with pytest.raises(jinja2.UndefinedError):
        render(plan)
