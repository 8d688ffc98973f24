"""``convgen bench``: the peak microkernel, the command on tiny specs, and the peers'
agreement with convgen (no timing thresholds: timings depend on the machine)."""

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import convgen
from convgen import bench
from convgen.verify import compare, random_input, random_weights

ROOT = Path(__file__).resolve().parent.parent

TINY = """\
name: tiny
input_shape: [9, 7, 3]
layers:
  - {type: Conv2D, filters: 4, kernel_size: 3, strides: 2, padding: same, activation: relu6}
"""

# The layer classes of the performance suite (shared/bench/suite.yaml) at toy sizes, plus
# the cases a peer lowering gets wrong: odd same-padding totals, a transposed output longer
# than the scatter, and a data_format change inside a chain.
PEER_CASES = [
    ([9, 7, 3], [dict(type="Conv2D", filters=4, kernel_size=3, strides=2, padding="same",
                      activation="relu6")]),
    ([3, 9, 7], [dict(type="Conv2D", filters=5, kernel_size=[3, 2], padding="same",
                      data_format="channels_first", activation="softmax")]),
    ([9, 8, 4], [dict(type="DepthwiseConv2D", kernel_size=3, strides=2, padding="same",
                      depth_multiplier=2, activation="relu")]),
    ([9, 8, 4], [dict(type="SeparableConv2D", filters=6, kernel_size=3, padding="same",
                      activation="relu")]),
    ([17, 3], [dict(type="Conv1D", filters=4, kernel_size=3, padding="causal",
                    dilation_rate=2, activation="tanh")]),
    ([17, 3], [dict(type="Conv1D", filters=4, kernel_size=4, strides=2, padding="same")]),
    ([4, 6, 5, 3], [dict(type="Conv3D", filters=4, kernel_size=3, padding="same")]),
    ([5, 6, 4], [dict(type="Conv2DTranspose", filters=3, kernel_size=3, strides=2,
                      padding="same", activation="relu")]),
    ([5, 6, 4], [dict(type="Conv2DTranspose", filters=3, kernel_size=1, strides=3)]),
    ([5, 6, 4], [dict(type="UpSampling2D", size=2, interpolation="bilinear")]),
    ([9, 8, 4], [dict(type="Cropping2D", cropping=[[1, 2], [0, 1]]),
                 dict(type="Conv2D", filters=4, kernel_size=3, data_format="channels_first")]),
]


def convgen_cli(*args):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "convgen", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_peak_microkernel_runs():
    peak = bench.measure_peak(min_time=0.01, runs=1)
    assert peak.gflops > 0
    assert peak.width_bits in (256, 512)
    assert peak.gflops == max(peak.variants.values())


def test_bench_no_peers_writes_reports(tmp_path):
    spec = tmp_path / "tiny.yaml"
    spec.write_text(TINY)
    out = tmp_path / "out"
    done = convgen_cli("bench", str(spec), "--no-peers", "--out", str(out), "--repeat", "2",
                       "--min-time", "0.005")
    assert done.returncode == 0, done.stderr
    assert "| tiny |" in done.stdout
    data = json.loads((out / "bench.json").read_text())
    (row,) = data["results"]
    assert row["name"] == "tiny" and row["oracle"]["passed"]
    assert row["macs"] == 5 * 4 * 4 * 9 * 3 and row["c_loop"]["median_ms"] > 0
    assert row["source_bytes"] > 0 and row["compile_s"] > 0 and row["peers"] == {}
    assert data["summary"] is None   # no peer ran
    assert "| tiny |" in (out / "bench.md").read_text()
    has_matplotlib = importlib.util.find_spec("matplotlib") is not None
    assert (out / "bench.png").is_file() == has_matplotlib


def test_summary_is_the_geometric_mean_and_worst_case():
    from types import SimpleNamespace
    rows = [SimpleNamespace(name=n, ratio=lambda v=v: v)
            for n, v in [("a", 0.5), ("b", 2.0), ("c", 1.0), ("d", None)]]
    total = bench.summary(SimpleNamespace(results=rows))
    assert total["specs"] == 3 and total["worst"] == "b" and total["worst_vs_best"] == 2.0
    assert abs(total["geomean_vs_best"] - 1.0) < 1e-12
    assert "geomean_vs_best_cpu" not in total   # rows without CPU times
    for row, v in zip(rows, (0.25, 4.0, 2.0, None)):
        row.cpu_ratio = lambda v=v: v
    assert abs(bench.summary(SimpleNamespace(results=rows))["geomean_vs_best_cpu"] - 2 ** (1 / 3)
               ) < 1e-12
    assert bench.summary(SimpleNamespace(results=rows[3:])) is None


def test_list_file_items_are_specs(tmp_path):
    item = TINY.replace("name: tiny", "- name: tiny").replace("\n", "\n  ").rstrip() + "\n"
    suite = tmp_path / "suite.yaml"
    suite.write_text(item + item.replace("tiny", "tiny2").replace("filters: 4", "filters: 0"))
    with pytest.raises(convgen.SpecError) as err:
        bench.load_bench_specs(suite)
    assert f"{suite}[1]:8: layers[0].filters:" in str(err.value)
    suite.write_text(item + item.replace("tiny", "tiny2"))
    specs = bench.load_bench_specs(suite)
    assert [b.spec.name for b in specs] == ["tiny", "tiny2"]
    assert specs[1].source == f"{suite}[1]"
    done = convgen_cli("bench", str(tmp_path / "missing.yaml"), "--no-peers")
    assert done.returncode == 2 and "error:" in done.stderr


def _case(i, shape, layers):
    spec = convgen.parse_spec({"name": f"peer{i}", "input_shape": shape, "batch": 2,
                               "layers": layers})
    rng = np.random.default_rng(i)
    weights = random_weights(spec, rng)
    x = random_input(spec, rng)
    return bench.BenchSpec(spec, {"layers": layers}, "<test>"), x, weights


def _keras_backend():
    if importlib.util.find_spec("keras") is None:
        return None
    import keras
    return keras.backend.backend()


@pytest.mark.parametrize("peer", ["torch", "onnxruntime", "litert"])
def test_peers_agree_with_convgen(peer):
    if bench.peer_available(peer):
        pytest.skip(bench.peer_available(peer))
    if peer == "litert" and _keras_backend() != "tensorflow":
        pytest.skip("the LiteRT peer converts through Keras on KERAS_BACKEND=tensorflow")
    for i, (shape, layers) in enumerate(PEER_CASES):
        b, x, weights = _case(i, shape, layers)
        expected = convgen.compile(b.spec)(x, weights)
        result = bench.run_peer(peer, b, x, weights, expected)
        assert result.status == "ok", (layers, result.detail)


def test_peer_disagreement_is_a_mismatch():
    peer = next((p for p in ("torch", "onnxruntime") if not bench.peer_available(p)), None)
    if peer is None:
        pytest.skip("neither torch nor onnxruntime is installed")
    b, x, weights = _case(0, *PEER_CASES[0])
    wrong = convgen.compile(b.spec)(x, weights) + 0.01
    assert bench.run_peer(peer, b, x, weights, wrong).status == "mismatch"


def test_bench_help():
    done = convgen_cli("bench", "--help")
    assert done.returncode == 0 and "usage: convgen bench" in done.stdout
    assert "--no-peers" in done.stdout and "--out DIR" in done.stdout


# ---------------------------------------------------------------- whole models

# A small graph with what whole models add to the layer suite: BatchNormalization, a skip
# connection (Add), pooling, Dense.
MODEL = {
    "name": "small_model", "input_shape": [10, 9, 3], "batch": 1,
    "layers": [
        {"type": "Conv2D", "name": "stem", "filters": 8, "kernel_size": 3, "strides": 2,
         "padding": "same"},
        {"type": "BatchNormalization", "name": "bn"},
        {"type": "ReLU", "name": "relu", "max_value": 6.0},
        {"type": "DepthwiseConv2D", "name": "dw", "kernel_size": 3, "padding": "same",
         "activation": "relu"},
        {"type": "Conv2D", "name": "pw", "filters": 8, "kernel_size": 1},
        {"type": "Add", "name": "add", "inputs": ["relu", "pw"]},
        {"type": "MaxPooling2D", "name": "pool"},
        {"type": "GlobalAveragePooling2D", "name": "gap"},
        {"type": "Dense", "name": "head", "units": 5, "activation": "softmax"},
    ],
}


def _model_case(seed=3):
    spec = convgen.parse_spec(MODEL)
    rng = np.random.default_rng(seed)
    weights = random_weights(spec, rng)
    i = 2   # BatchNormalization's moving variance must be positive
    weights[i + 3] = np.abs(weights[i + 3]) + 0.5
    x = random_input(spec, rng)
    return bench.BenchSpec(spec, MODEL, "<test>"), x, weights


def _keras_or_skip():
    if importlib.util.find_spec("keras") is None:
        pytest.skip("Keras is not installed")
    from convgen.keras_import import KerasMissing, _import_keras
    try:
        return _import_keras()
    except KerasMissing as exc:
        pytest.skip(str(exc))


def test_routes():
    from convgen import peers
    assert peers.route(convgen.parse_spec({"name": "a", "input_shape": [9, 7, 3],
                                           "layers": PEER_CASES[-1][1]})) == "layers"
    assert peers.route(convgen.parse_spec(MODEL)) == "model"
    chain = dict(MODEL, layers=[dict(MODEL["layers"][0]), {"type": "BatchNormalization"}])
    chain["layers"][0].pop("name")
    assert peers.route(convgen.parse_spec(chain)) == "model"   # a chain lower() cannot take
    with pytest.raises(ValueError, match="Keras model"):
        peers.lower(convgen.parse_spec(MODEL), [])


def test_keras_model_is_the_spec():
    """The one spec -> Keras builder (convgen.keras_model) computes what the oracle does,
    with the weights given layer by layer in spec order."""
    keras = _keras_or_skip()
    from convgen.keras_model import keras_model
    b, x, weights = _model_case()
    model = keras_model(b.spec, b.raw, weights)
    assert len(model.get_weights()) == len(weights)
    y = keras.ops.convert_to_numpy(model(x, training=False))
    c = compare(y, convgen.reference(b.spec, x, weights))
    assert c.passed, c


@pytest.mark.parametrize("peer", ["onnxruntime", "litert"])
def test_whole_model_peers_agree_with_convgen(peer):
    b, x, weights = _model_case()
    if bench.peer_available(peer, b.spec):
        pytest.skip(bench.peer_available(peer, b.spec))
    if peer == "litert" and _keras_backend() != "tensorflow":
        pytest.skip("the LiteRT peer converts through Keras on KERAS_BACKEND=tensorflow")
    expected = convgen.compile(b.spec)(x, weights)
    result = bench.run_peer(peer, b, x, weights, expected)
    assert result.status == "ok", result.detail
    # a wrong answer is reported as such and never timed
    wrong = bench.run_peer(peer, b, x, weights, expected + 0.01, min_time=0.001, repeat=2)
    assert wrong.status == "mismatch" and wrong.timing is None
    assert wrong.max_rel > bench.TOLERANCE


def test_whole_model_has_no_torch_route():
    if bench.peer_available("torch"):
        pytest.skip(bench.peer_available("torch"))
    b, x, weights = _model_case()
    result = bench.run_peer("torch", b, x, weights, np.zeros(b.spec.output_shape))
    assert result.status == "n/a" and "whole models" in result.detail


def test_failed_conversion_is_reported_not_raised(monkeypatch):
    """A peer that cannot convert the model is a row with its reason, not a crash."""
    from convgen import peers
    b, x, weights = _model_case()
    if bench.peer_available("onnxruntime", b.spec):
        pytest.skip(bench.peer_available("onnxruntime", b.spec))

    def broken(*args):
        raise RuntimeError("Keras ONNX export: no rule for the op\nsecond line")

    monkeypatch.setattr(peers, "keras_onnx", broken)
    result = bench.run_peer("onnxruntime", b, x, weights, np.zeros((1, 5)), 0.001, 2)
    assert result.status == "error" and result.timing is None
    assert result.detail == "RuntimeError: Keras ONNX export: no rule for the op second line"


@pytest.mark.slow
def test_onnx_export_in_a_torch_subprocess(monkeypatch):
    """Where this process runs Keras on another backend (the LiteRT venv), Keras's ONNX
    export runs in a KERAS_BACKEND=torch subprocess: the same model comes back."""
    from convgen import peers
    b, x, weights = _model_case()
    if bench.peer_available("onnxruntime", b.spec):
        pytest.skip(bench.peer_available("onnxruntime", b.spec))
    monkeypatch.setattr(peers, "_keras_backend_here", lambda: "tensorflow")
    session = peers._ort_session(peers.keras_onnx(b.spec, b.raw, weights))
    y = session.run(None, {session.get_inputs()[0].name: x})[0]
    c = compare(y, convgen.reference(b.spec, x, weights))
    assert c.passed, c


def test_timings_say_how_many_threads_worked(tmp_path):
    report = bench.run([bench.BenchSpec(convgen.parse_spec(TINY), {}, "<tiny>")], peers=(),
                       repeat=2, min_time=0.005)
    (r,) = report.results
    for t in (r.c_loop, r.python):
        assert t.cpu_per_wall is not None and 0 < t.cpu_per_wall < 2.5
        assert t.new_threads == 0 and t.cpu is not None and t.cpu > 0
    assert np.isfinite(r.python_overhead()) and r.python_overhead() == r.overhead
    text = bench.markdown(report)
    assert "Python overhead µs" in text and "- one thread: CPU time / wall time" in text


def test_threads_compare_with_peers_on_as_many_threads(tmp_path):
    """--threads N: convgen's threaded Python call and each peer on N threads, the peers checked
    against convgen's output first; the table and the summary say so (no timing asserted)."""
    peer = next((p for p in ("onnxruntime", "torch") if not bench.peer_available(p)), None)
    if peer is None:
        pytest.skip("neither onnxruntime nor torch is installed")
    b, x, weights = _case(0, *PEER_CASES[0])
    report = bench.run([b], peers=(peer,), repeat=1, min_time=0.005, threads=2)
    (r,) = report.results
    t = r.threaded
    assert t is not None and t.same_bytes and t.python is not None
    assert t.peers[peer].status == "ok", t.peers[peer].detail
    assert t.ratio() is not None and t.best_peer() == peer
    text = bench.markdown(report)
    assert "and the peers on 2 threads each" in text and "vs best on 2 threads" in text
    record = bench.to_json(report)
    assert record["threaded_summary"]["threads"] == 2
    assert record["results"][0]["threads"]["peers"][peer]["status"] == "ok"
