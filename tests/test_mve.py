"""The Helium (MVE) tiles of the cortex-m55 target (convgen/mve.py, templates/mve.j2).

Fast: the schedule (tiles within the 8 vector registers, filter runs covering every filter
with only the last vector partial), which profiles carry the tiles, what the source holds
and that the blob stays exact. With arm-none-eabi-gcc: warning-free under -pedantic. With
QEMU's Cortex-M55 board (benchmarks/cortex_m.py): a small graph whose every tile is ragged
(13, 6, 3, 7 filters; 13 depthwise channels; Dense 9 and 5 units; a fused residual, relu6,
tanh and sigmoid stores) passes its self-test with the MVE tiles and without them
(-DCONVGEN_NO_MVE, the scalar tiles of the same schedule), the MVE build in fewer
instructions. Slow: every spec passes on the M55 (tests/test_cortex_m.py).
"""

import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from conftest import benchmark_module

import convgen
from convgen import mve
from convgen.plan import make_plan
from convgen.render import render
from convgen.targets import TARGETS, Target
from convgen.verify import random_weights, verify

ROOT = Path(__file__).resolve().parent.parent

# Every tile ragged: 13 filters (runs of 8 and 5: a 1-lane vector), 13 depthwise channels
# (3 vectors and a 1-lane tail), a residual Add with relu after it in the store, 6 filters
# through tanh (the store function), a transposed convolution of 3 filters, 7 filters strided,
# Dense of 9 (relu, vector stores) and 5 units (sigmoid, the scalar store).
EDGES = """\
name: mve_edges
input_shape: [6, 11, 5]
layers:
  - {type: Conv2D, name: c1, filters: 13, kernel_size: 3, padding: same, activation: relu}
  - {type: DepthwiseConv2D, name: dw, kernel_size: 3, padding: same, activation: relu6}
  - {type: Conv2D, name: pw, filters: 13, kernel_size: 1}
  - {type: Add, name: sum, inputs: [c1, pw]}
  - {type: ReLU, name: post}
  - {type: Conv2D, name: c2, filters: 6, kernel_size: 1, activation: tanh}
  - {type: Conv2DTranspose, name: up, filters: 3, kernel_size: 3, strides: 2, padding: same}
  - {type: Conv2D, name: c3, filters: 7, kernel_size: 3, strides: 2}
  - {type: Flatten, name: flat}
  - {type: Dense, name: d1, units: 9, activation: relu}
  - {type: Dense, name: d2, units: 5, activation: sigmoid}
"""


@pytest.fixture(scope="module")
def edges(tmp_path_factory):
    path = tmp_path_factory.mktemp("spec") / "mve_edges.yaml"
    path.write_text(EDGES)
    return path


# ---------------------------------------------------------------- the schedule

@pytest.mark.parametrize("pixels", [1, 2, 3, 7, 8, 9, 26, 97])
@pytest.mark.parametrize("filters", [1, 3, 4, 5, 7, 8, 9, 13, 16, 17, 64])
def test_tile_fits_the_vector_registers(pixels, filters):
    p, v = mve.tile_shape(pixels, filters)
    assert 1 <= p <= min(pixels, mve.MAX_PIXELS) and 1 <= v <= -(-filters // 4)
    assert mve.fits(p, v)


def test_fits_counts_accumulators_and_weights():
    assert mve.fits(3, 2) and not mve.fits(4, 2)   # 6 + 2 = 8; 8 + 2 = 10 registers
    assert mve.fits(1, 7) and not mve.fits(1, 8)   # one pixel streams its weights
    assert mve.fits(7, 1) and not mve.fits(8, 1)


@pytest.mark.parametrize("filters", [1, 2, 3, 4, 5, 7, 8, 9, 12, 13, 16, 17, 31, 32, 33])
@pytest.mark.parametrize("most", [1, 2, 3, 7])
def test_vector_runs_cover_the_filters_with_one_partial_vector(filters, most):
    tiles = [(run["start"] + i * run["size"], run["size"])
             for run in mve.vector_runs(filters, most) for i in range(run["count"])]
    starts = [s for s, _ in tiles]
    assert starts == sorted(starts) and tiles[0][0] == 0
    assert all(a + n == b for (a, n), (b, _) in zip(tiles, tiles[1:]))
    assert tiles[-1][0] + tiles[-1][1] == filters
    assert all(n % 4 == 0 and n // 4 <= most for _, n in tiles[:-1])
    assert -(-tiles[-1][1] // 4) <= most


@pytest.mark.parametrize("k, stride, dilation", [(3, 1, 1), (3, 2, 1), (5, 1, 1), (3, 1, 2),
                                                 (10, 1, 1)])
def test_depthwise_tile_fits(k, stride, dilation):
    p = mve.depthwise_pixels(k, stride, dilation)
    columns = (p - 1) * stride + (k - 1) * dilation + 1
    assert p == 1 or p + 1 + columns <= mve.QREGS


# ---------------------------------------------------------------- the profiles and the source

def test_only_the_m55_profile_carries_mve():
    assert [name for name, t in TARGETS.items() if t.mve] == ["cortex-m55"]
    with pytest.raises(ValueError, match="portable"):
        Target("x", "vector tiles only", narrow=True, mve=True)


def test_m55_source_has_mve_tiles_and_their_fallback(edges):
    source = render(make_plan(convgen.load_spec(edges), target="cortex-m55")).source
    assert "#include <arm_mve.h>" in source and "__ARM_FEATURE_MVE & 2" in source
    for token in ("vfmaq_n_f32", "vfmaq_f32", "vctp32q(1)", "vldrwq_z_f32", "vstrwq_p_f32"):
        assert token in source, token
    # every MVE tile has the scalar tiles of the same schedule beside it
    blocks = re.findall(r"^#if CG_MVE\n(.*?)^#endif", source, flags=re.S | re.M)
    assert len(blocks) >= 8 and all("\n#else\n" in b for b in blocks)


@pytest.mark.parametrize("name", sorted(n for n in TARGETS if n != "cortex-m55"))
def test_other_targets_have_no_mve(name, edges):
    source = render(make_plan(convgen.load_spec(edges), target=name)).source
    assert "CG_MVE" not in source and "arm_mve" not in source


def test_m55_blob_is_exact(edges):
    """The predicated vectors read no padding: the blob holds exactly the Keras values."""
    spec = convgen.load_spec(edges)
    plan = make_plan(spec, target="cortex-m55")
    where, _ = plan.positions()
    assert sorted(where.tolist()) == list(range(plan.weights_size))
    weights = random_weights(spec, np.random.default_rng(3))
    assert sum(w.size for w in weights) == plan.weights_size
    for a, b in zip(plan.unpack(plan.pack(weights)), weights):
        np.testing.assert_array_equal(a, b)


def test_m55_fallback_matches_the_oracle_here(edges):
    """Built here (no MVE): the scalar tiles of the MVE schedule against the oracle."""
    result = verify(convgen.load_spec(edges), target="cortex-m55")
    assert result.passed, result.comparison


def test_m55_source_is_warning_free(edges, tmp_path):
    if not shutil.which("arm-none-eabi-gcc"):
        pytest.skip("needs arm-none-eabi-gcc")
    rendered = render(make_plan(convgen.load_spec(edges), target="cortex-m55"))
    (tmp_path / "mve_edges.h").write_text(rendered.header)
    (tmp_path / "mve_edges.c").write_text(rendered.source)
    done = subprocess.run(["arm-none-eabi-gcc", "-std=c99", "-O2", "-Wall", "-Wextra", "-Werror",
                           "-pedantic", *TARGETS["cortex-m55"].flags, "-S", "mve_edges.c"],
                          cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0 and not done.stderr, done.stderr
    assembly = (tmp_path / "mve_edges.s").read_text()
    assert "vfma.f32\tq" in assembly   # MVE multiply-adds on q registers


# ---------------------------------------------------------------- on QEMU's Cortex-M55 board

def test_mve_tiles_pass_on_the_m55_board(edges, tmp_path):
    cortex_m = benchmark_module("cortex_m")
    if cortex_m.missing_tools():
        pytest.skip(f"needs {', '.join(cortex_m.missing_tools())}")
    board = cortex_m.BOARDS["cortex-m55"]
    plugin = cortex_m.build_plugin(tmp_path)
    counts = {}
    for opt in ("-O2", "-O2 -DCONVGEN_NO_MVE"):
        work = tmp_path / opt.replace(" ", "_")
        r = cortex_m.measure(edges, board, opt, work, plugin)
        assert r.passed, r.output
        counts[opt] = r.instructions
    # the MVE build runs the MVE tiles: 4 lanes a multiply-add, fewer instructions
    assert counts["-O2"] < 0.8 * counts["-O2 -DCONVGEN_NO_MVE"], counts
