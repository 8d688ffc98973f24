"""UpSampling with values in registers. Interpolated UpSampling2D: the per-phase constants of
``resample.phases`` against the oracle's resize matrix (no compiler), and the phased kernel
of ``resize.c.j2`` (portable and default targets, built here) against the oracle around its
edges: input sizes 1 and 2, factors 1 to 5 (odd factors have a phase that copies), runs of
channels that split unevenly, channels_first and batches. Nearest UpSampling1D/2D/3D: units
of pixels x channels loaded once and stored once per repeat (``reshape.c.j2``), around their
sizes."""

import numpy as np
import pytest
from conftest import assert_close, make_spec

import convgen
from convgen import resample
from convgen.ops.reshape import Run, channel_runs
from convgen.plan import make_plan
from convgen.reference import resize_matrix
from convgen.render import render
from convgen.verify import random_input

CF = {"data_format": "channels_first"}


def phases_matrix(p: resample.Phases) -> np.ndarray:
    """The ``[n * factor, n]`` resize matrix that ``p`` describes."""
    m = np.zeros((p.n * p.factor, p.n))
    for o in range(p.n * p.factor):
        i, k = divmod(o - p.lead, p.factor)
        if o < p.lead:
            m[o, 0] = 1.0
        elif i >= p.n - 1:
            m[o, p.n - 1] = 1.0
        else:
            m[o, i] += p.weights[k][0]
            m[o, i + 1] += p.weights[k][1]
    return m


@pytest.mark.parametrize("n", [1, 2, 3, 7, 14])
@pytest.mark.parametrize("factor", [1, 2, 3, 4, 5])
def test_bilinear_phases_are_the_oracle_matrix(n, factor):
    p = resample.phases(n, factor, "bilinear")
    assert p is not None and p.lead + p.trail + (n - 1) * factor == n * factor
    np.testing.assert_allclose(phases_matrix(p),
                               resize_matrix(n, n * factor, "bilinear"), atol=1e-12)


@pytest.mark.parametrize("method", ["lanczos3", "lanczos5"])
def test_wider_kernels_have_no_phases(method):
    # Their taps reach past the sample's two neighbours: the generic kernel runs them.
    assert resample.phases(7, 2, method) is None


@pytest.mark.parametrize("channels, most, runs", [
    (8, 4, [Run(0, 4, 2)]),                      # even split
    (10, 4, [Run(0, 4, 1), Run(4, 3, 2)]),       # uneven: sizes differ by one
    (3, 4, [Run(0, 3, 1)]),                      # fewer than one run
    (7, 1, [Run(0, 1, 7)]),
])
def test_channel_runs(channels, most, runs):
    assert channel_runs(channels, most) == runs


def upsample(shape, size, batch=1, interpolation="bilinear", **extra):
    layer = dict(type="UpSampling2D", size=size, interpolation=interpolation, **extra)
    return make_spec(layer, shape, batch=batch)


def test_bilinear_folds_the_weights_bicubic_keeps_tables():
    spec = upsample((6, 5, 8), 2)
    for target in ("cortex-m4", "x86-64"):
        source = render(make_plan(spec, target=target)).source
        assert "row_weight" not in source and "0.75f * a + 0.25f * b" in source
    # bicubic has no phases of two taps: the tables
    assert "row_weight" in render(make_plan(upsample((6, 5, 8), 2, interpolation="bicubic"),
                                            target="cortex-m4")).source


def test_runs_are_wider_with_vector_tiles():
    spec = upsample((6, 5, 32), 2)
    assert make_plan(spec, target="cortex-m4").steps[0].context["runs"] == [Run(0, 4, 8)]
    assert make_plan(spec, target="x86-64").steps[0].context["runs"] == [Run(0, 8, 4)]


CASES = [
    # (id, input shape, size, batch, extra)
    ("autoencoder", (14, 14, 8), 2, 1, {}),            # 2 runs of 4 channels
    ("2x3-odd-copy-phase", (5, 4, 2), [2, 3], 1, {}),  # a column phase with weight 0
    ("3x1", (4, 6, 2), [3, 1], 1, {}),                 # no column intervals' weights
    ("size1", (3, 4, 2), 1, 1, {}),
    ("size4-two-edge-rows", (3, 2, 1), 4, 1, {}),
    ("one-pixel", (1, 1, 3), [2, 3], 1, {}),           # no interval at all
    ("two-pixels", (2, 2, 5), [5, 2], 1, {}),          # runs of 1 (factor 5)
    ("uneven-runs", (2, 3, 10), [3, 2], 1, {}),
    ("20-channels", (3, 3, 20), 2, 1, {}),             # runs of 4 (scalar), 7-7-6 (vector)
    ("odd-interval-count", (4, 7, 3), 2, 1, {}),       # 6 column intervals, then 3
    ("cf-batch2", (3, 4, 5), [2, 3], 2, CF),
    ("cf-one-row", (2, 1, 6), 2, 1, CF),
    # the taps tables, every window as wide as the widest (zero weights past the reach)
    ("bicubic-tables", (4, 5, 3), [2, 3], 1, {"interpolation": "bicubic"}),
    ("bicubic-one-row", (1, 5, 2), 3, 1, {"interpolation": "bicubic"}),
    ("lanczos5-narrow", (3, 12, 2), [2, 3], 1, {"interpolation": "lanczos5"}),
    ("lanczos3-cf", (2, 7, 9), 2, 2, {"interpolation": "lanczos3", **CF}),
]


@pytest.mark.parametrize("target", ["portable", "any"])
@pytest.mark.parametrize("shape, size, batch, extra", [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_resize_matches_the_oracle(shape, size, batch, extra, target):
    spec = upsample(shape, size, batch, **extra)
    x = random_input(spec, np.random.default_rng(3)).astype(np.float32)
    kernel = convgen.compile(spec, target=target)
    assert_close(kernel(x, []), convgen.reference(spec, x, []))


NEAREST = [
    # (id, type, input shape, size, batch, extra)
    ("2d-runs-of-8", "UpSampling2D", (7, 9, 16), [2, 3], 1, {}),
    ("2d-uneven-runs", "UpSampling2D", (3, 4, 10), 2, 1, {}),    # 2 runs of 5
    ("2d-40-channels", "UpSampling2D", (2, 3, 40), 2, 1, {}),    # 5 of 8 / 14-13-13
    ("2d-3-channels", "UpSampling2D", (2, 6, 3), [1, 4], 1, {}),  # units of 2 pixels
    ("2d-cf-prime-width", "UpSampling2D", (2, 3, 7), 3, 2, CF),   # units of 7 pixels
    ("2d-cf-wide-prime", "UpSampling2D", (1, 2, 11), 2, 1, CF),   # units of 1 pixel
    ("2d-width-only-1", "UpSampling2D", (4, 5, 2), [3, 1], 1, {}),  # no repeat along w
    ("1d-batch", "UpSampling1D", (12, 6), 3, 2, {}),
    ("3d-cf", "UpSampling3D", (2, 3, 4, 5), [2, 1, 3], 1, CF),
    ("3d-9-channels", "UpSampling3D", (2, 2, 3, 9), 2, 1, {}),
]


@pytest.mark.parametrize("target", ["portable", "any"])
@pytest.mark.parametrize("type_, shape, size, batch, extra", [c[1:] for c in NEAREST],
                         ids=[c[0] for c in NEAREST])
def test_nearest_matches_the_oracle(type_, shape, size, batch, extra, target):
    spec = make_spec(dict(type=type_, size=size, **extra), shape, batch=batch)
    x = random_input(spec, np.random.default_rng(4)).astype(np.float32)
    kernel = convgen.compile(spec, target=target)
    assert_close(kernel(x, []), convgen.reference(spec, x, []))


@pytest.mark.parametrize("n, factor, method", [(3, 2, "lanczos5"), (9, 3, "bicubic"),
                                               (7, 2, "lanczos3"), (1, 4, "bicubic")])
def test_windows_are_the_taps_at_one_width(n, factor, method):
    t = resample.taps(n, factor, method)
    w = resample.windows(t, n)

    def matrix(taps):
        m = np.zeros((n * factor, n))
        for o, (start, count) in enumerate(zip(taps.start, taps.count)):
            m[o, start:start + count] = taps.weights[o][:count]
        return m

    assert set(w.count) == {t.width} and all(0 <= s <= n - t.width for s in w.start)
    np.testing.assert_array_equal(matrix(w), matrix(t))
