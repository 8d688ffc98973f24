"""The Python API: shapes, bind, weights files, and ValueErrors at the C boundary."""

import numpy as np
import pytest
from conftest import assert_close, make_spec

import convgen
from convgen.verify import random_weights

LAYER = {"type": "Conv2D", "filters": 4, "kernel_size": 3, "padding": "same"}


@pytest.fixture(scope="module")
def kernel():
    return convgen.compile(make_spec(LAYER, [6, 5, 3], batch=2))


def test_attributes(kernel):
    assert kernel.output_shape == (2, 6, 5, 4)
    assert "int k(const float *input" in kernel.header
    assert "#define K_INPUT_SIZE 180" in kernel.header
    # The packed blob: filters padded to the microkernel's 8-wide block (Keras has 112 floats).
    blob = kernel.plan.pack(random_weights(kernel.spec, np.random.default_rng(0)))
    assert f"#define K_WEIGHTS_SIZE {blob.size}" in kernel.header and blob.size >= 112
    assert "int k(const float *input" in kernel.c_source


def test_pack_unpack_round_trip(kernel, rng):
    w = random_weights(kernel.spec, rng)
    back = kernel.plan.unpack(kernel.plan.pack(w))
    assert [a.shape for a in back] == [a.shape for a in w]
    for a, b in zip(back, w):
        np.testing.assert_array_equal(a, b)


def test_bind_reuses_packing_and_out(kernel, rng):
    w = random_weights(kernel.spec, rng)
    f = kernel.bind(w)
    x = rng.standard_normal((2, 6, 5, 3)).astype(np.float32)
    out = np.empty((2, 6, 5, 4), np.float32)
    assert f(x, out=out) is out
    assert_close(out, convgen.reference(kernel.spec, x, w))
    np.testing.assert_array_equal(f(x), kernel(x, w))


def test_bound_function_is_safe_from_many_threads(rng):
    # A bound function keeps its workspace for the next call; callers running at once (the C
    # runs without the GIL) must each get their own, or they overwrite each other's
    # intermediate tensors. Two layers, so the first one's output lives in the workspace.
    import threading
    spec = convgen.parse_spec({"name": "two", "input_shape": [40, 40, 3], "layers": [
        LAYER, {"type": "Conv2D", "filters": 8, "kernel_size": 3}]})
    kernel = convgen.compile(spec)
    assert kernel.plan.workspace_size > 0
    w = random_weights(spec, rng)
    f = kernel.bind(w)
    xs = [rng.standard_normal(kernel.input_shape).astype(np.float32) for _ in range(4)]
    expected = [f(x) for x in xs]
    start, wrong = threading.Barrier(len(xs)), []

    def worker(i):
        start.wait()
        for _ in range(200):
            if not np.array_equal(f(xs[i]), expected[i]):
                wrong.append(i)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(len(xs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not wrong
    assert_close(expected[0], convgen.reference(spec, xs[0], w))


@pytest.mark.parametrize("shape", [7, (3, 5), (2, 6, 5, 3), (1,)])
def test_aligned_empty(shape):
    a = convgen.aligned_empty(shape)
    assert a.dtype == np.float32 and a.flags.c_contiguous and a.flags.writeable
    assert a.shape == ((shape,) if isinstance(shape, int) else shape)
    assert a.ctypes.data % 64 == 0


def test_bind_aligns_what_it_allocates(rng):
    # The packed weights always; a per-call output once it is large enough to matter.
    from convgen.kernel import ALIGN_MIN_FLOATS
    spec = convgen.parse_spec({"name": "big", "input_shape": [64, 64, 3], "layers": [
        {"type": "Conv2D", "filters": 4, "kernel_size": 1}]})
    assert 64 * 64 * 4 >= ALIGN_MIN_FLOATS
    w = random_weights(spec, rng)
    f = convgen.compile(spec).bind(w)
    x = convgen.aligned_empty((1, 64, 64, 3))
    x[...] = rng.standard_normal(x.shape)
    y = f(x)
    assert f.blob.ctypes.data % 64 == 0 and y.ctypes.data % 64 == 0
    assert_close(y, convgen.reference(spec, x, w))


def test_non_contiguous_input_is_copied(kernel, rng):
    w = random_weights(kernel.spec, rng)
    big = rng.standard_normal((2, 6, 10, 3)).astype(np.float32)
    x = big[:, :, ::2, :]
    assert not x.flags.c_contiguous
    assert_close(kernel(x, w), convgen.reference(kernel.spec, x, w))


@pytest.mark.parametrize("x, match", [
    (np.zeros((1, 6, 5, 3), np.float32), r"shape \(2, 6, 5, 3\)"),
    (np.zeros((2, 6, 5, 3), np.float64), "float32"),
    (np.zeros((2, 5, 6, 3), np.float32), r"shape \(2, 6, 5, 3\)"),
    ([[0.0]], "numpy.ndarray"),
])
def test_bad_input_raises(kernel, rng, x, match):
    w = random_weights(kernel.spec, rng)
    with pytest.raises(ValueError, match=match):
        kernel(x, w)


def test_bad_weights_raise(kernel, rng):
    w = random_weights(kernel.spec, rng)
    x = np.zeros((2, 6, 5, 3), np.float32)
    with pytest.raises(ValueError, match=r"expected 2 weight arrays \(kernel 3x3x3x4, bias 4\)"):
        kernel(x, w[:1])
    with pytest.raises(ValueError, match=r"weights\[0\].*shape \(3, 3, 3, 4\)"):
        kernel(x, [w[0].T, w[1]])
    with pytest.raises(ValueError, match="names no weights file"):
        kernel(x)


def test_bad_out_raises(kernel, rng):
    f = kernel.bind(random_weights(kernel.spec, rng))
    x = np.zeros((2, 6, 5, 3), np.float32)
    for out in (np.zeros((2, 6, 5, 3), np.float32), np.zeros((2, 6, 5, 4), np.float64),
                np.zeros((2, 6, 5, 8), np.float32)[..., ::2]):
        with pytest.raises(ValueError, match="out must be"):
            f(x, out=out)


def test_spec_weights_file_is_used(tmp_path, rng):
    spec0 = make_spec(LAYER, [6, 5, 3])
    w = random_weights(spec0, rng)
    np.savez(tmp_path / "w.npz", *w)
    (tmp_path / "s.yaml").write_text(
        "name: s\ninput_shape: [6, 5, 3]\nweights: w.npz\nlayers:\n"
        "  - {type: Conv2D, filters: 4, kernel_size: 3, padding: same}\n")
    spec = convgen.load_spec(tmp_path / "s.yaml")
    x = rng.standard_normal((1, 6, 5, 3)).astype(np.float32)
    assert_close(convgen.compile(spec)(x), convgen.reference(spec0, x, w))


def test_spec_error_is_a_value_error():
    assert issubclass(convgen.SpecError, ValueError)


def test_cache_entry_is_rebuilt_when_corrupt(tmp_path, monkeypatch):
    monkeypatch.setenv("CONVGEN_CACHE_DIR", str(tmp_path))
    spec = make_spec({"type": "Conv1D", "filters": 3, "kernel_size": 2}, [9, 2], name="cachey")
    convgen.compile(spec)
    (entry,) = [p for p in tmp_path.iterdir() if not p.name.startswith(".")]
    (entry / "COMPLETE").write_text("garbage")
    import sys
    for mod in [m for m in sys.modules if m.startswith("_convgen_cachey")]:
        del sys.modules[mod]
    k = convgen.compile(spec)
    assert (entry / "COMPLETE").read_text().split()[0].endswith(".so")
    x = np.ones((1, 9, 2), np.float32)
    w = [np.ones((2, 2, 3), np.float32), np.zeros(3, np.float32)]
    np.testing.assert_allclose(k(x, w), np.full((1, 8, 3), 4.0))
