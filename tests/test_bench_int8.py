"""``convgen bench`` on int8 specs: the output EQUALS the integer oracle (exit 1 when not),
int8 GOP/s without % of the fp32 peak, LiteRT's int8 interpreter as the peer on the
``.tflite`` given by ``--tflite`` (checked against convgen, one-step XNNPACK differences
counted), and the errors of ``--tflite`` (exit 2). No timing thresholds; runs are short
(``--repeat 1 --min-time 0.01``)."""

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import convgen
from convgen import bench, quantized
from convgen.cli import main

ROOT = Path(__file__).resolve().parent.parent
INT8 = ROOT / "specs" / "kws_ds_cnn_int8.yaml"
TFLITE = ROOT / "tests" / "tflite_int8" / "whole_ds_cnn.tflite"
FAST = ("--repeat", "1", "--min-time", "0.01")
TINY = """\
name: tiny
input_shape: [9, 7, 3]
layers:
  - {type: Conv2D, filters: 4, kernel_size: 3, strides: 2, padding: same, activation: relu6}
"""

needs_litert = pytest.mark.skipif(importlib.util.find_spec("ai_edge_litert") is None,
                                  reason="ai_edge_litert is not installed")


def convgen_cli(*args):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "convgen", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=300)


def _rows(out: Path):
    data = json.loads((out / "bench.json").read_text())
    return data, {r["name"]: r for r in data["results"]}


def test_int8_spec_is_timed_and_equals_the_oracle(tmp_path):
    done = convgen_cli("bench", INT8, "--no-peers", "--out", tmp_path, *FAST)
    assert done.returncode == 0, done.stderr
    data, rows = _rows(tmp_path)
    row = rows["kws_ds_cnn_int8"]
    assert row["dtype"] == "int8"
    assert row["oracle"] == dict(check="equal", passed=True, mismatches=0, max_abs_steps=0.0)
    assert row["c_loop"]["median_ms"] > 0 and row["python"]["median_ms"] > 0
    assert row["gops"] > 0 and row["gflops"] is None and row["percent_of_peak"] is None
    assert row["macs"] == sum(n.macs() for n in convgen.load_spec(INT8).graph.nodes)
    assert row["peers"] == {} and data["summary"] is None and data["summary_int8"] is None
    line = next(t for t in done.stdout.splitlines() if t.startswith("| kws_ds_cnn_int8"))
    assert "(int8)" in line and "GOP/s | - |" in line   # no % of the fp32 peak


def test_int8_peers_are_na_without_tflite(tmp_path):
    """Without --tflite every peer is n/a, with one note saying why."""
    b = bench.load_bench_specs(INT8)
    report = bench.run(b, peers=bench.PEERS, repeat=1, min_time=0.01)
    (r,) = report.results
    assert {p.status for p in r.peers.values()} == {"n/a"}
    notes = [t for t in bench.markdown(report).splitlines() if bench.INT8_NO_TFLITE in t]
    assert len(notes) == 1 and notes[0].startswith("- PyTorch, ONNX Runtime, LiteRT: n/a")


@needs_litert
def test_litert_runs_the_tflite(tmp_path):
    done = convgen_cli("bench", INT8, "--tflite", TFLITE, "--out", tmp_path, *FAST)
    assert done.returncode == 0, done.stderr
    data, rows = _rows(tmp_path)
    peers = rows["kws_ds_cnn_int8"]["peers"]
    litert = peers["litert"]
    assert litert["status"] == "ok", litert["detail"]
    assert litert["differing"] == 0 and litert["median_ms"] > 0   # checked, then timed
    assert peers["torch"]["status"] == peers["onnxruntime"]["status"] == "n/a"
    assert rows["kws_ds_cnn_int8"]["best_peer"] == "litert"
    assert data["summary_int8"]["specs"] == 1 and data["summary"] is None


@needs_litert
def test_litert_differences_are_counted_and_larger_ones_refused():
    """One-step differences (XNNPACK's) are counted and the peer still timed; a difference of
    more than one step is another model: a mismatch, not timed."""
    spec = convgen.load_spec(INT8)
    x = quantized.random_input(spec, np.random.default_rng(0))
    expected = quantized.oracle(spec, x)
    k = int(np.argmin(expected))   # room above it
    one = expected.copy()
    one.flat[k] += 1
    r = bench.run_litert_int8(spec, TFLITE, x, one, min_time=0.001, repeat=1)
    assert r.status == "ok" and r.differing == 1 and r.timing is not None
    assert "1 of 12 outputs differ" in r.detail
    far = expected.copy()
    far.flat[k] += 3
    r = bench.run_litert_int8(spec, TFLITE, x, far, min_time=0.001, repeat=1)
    assert r.status == "mismatch" and r.timing is None and "3 steps" in r.detail


@needs_litert
def test_tflite_of_another_model_is_refused():
    with pytest.raises(bench.TFLiteMismatch, match=r"its input is int8 \(1, 32, 32, 3\)"):
        bench.check_tflite(convgen.load_spec(INT8), TFLITE.parent / "whole_resnet8.tflite")


@pytest.mark.parametrize("files, extra, message", [
    # two int8 specs: which one is the model of?
    ([INT8, INT8], (), "give exactly one int8 spec, got 2"),
    # a float spec has no .tflite peer of this kind
    ([ROOT / "specs" / "mnist_conv.yaml"], (), "got 0 (" + str(ROOT / "specs" / "mnist_conv.yaml")
     + " (float32))"),
    ([INT8], ("--no-peers",), "--no-peers times convgen only"),
    ([INT8], ("--tflite-missing",), "no such file"),
])
def test_tflite_errors(files, extra, message, capsys):
    model = TFLITE
    if extra == ("--tflite-missing",):
        model, extra = TFLITE.parent / "missing.tflite", ()
    code = main(["bench", *map(str, files), "--tflite", str(model), *extra, *FAST])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith(f"error: --tflite {model}: ") and message in err, err


def test_mixed_list_with_threads(tmp_path):
    """A float spec and the int8 spec together; under --threads 2 the int8 one is timed on
    one thread and the report says so."""
    tiny = tmp_path / "tiny.yaml"
    tiny.write_text(TINY)
    out = tmp_path / "out"
    done = convgen_cli("bench", tiny, INT8, "--no-peers", "--threads", "2", "--out", out, *FAST)
    assert done.returncode == 0, done.stderr
    _, rows = _rows(out)
    assert rows["tiny"]["dtype"] == "float32" and rows["tiny"]["oracle"]["passed"]
    assert rows["tiny"]["percent_of_peak"] > 0 and "threads" in rows["tiny"]
    assert rows["kws_ds_cnn_int8"]["oracle"]["passed"] and "threads" not in rows["kws_ds_cnn_int8"]
    assert "int8 specs (kws_ds_cnn_int8) are timed on one thread only" in done.stdout
    assert "run_int8.py --threads N" in done.stdout


def test_oracle_mismatch_exits_1(tmp_path, monkeypatch, capsys):
    """An int8 output that differs from the integer oracle fails the row: the count in the
    table, exit status 1."""
    real = quantized.oracle

    def off_by_one(spec, x, weights=None):
        y = real(spec, x, weights).copy()
        y.flat[int(np.argmin(y))] += 1
        return y

    monkeypatch.setattr(quantized, "oracle", off_by_one)
    code = main(["bench", str(INT8), "--no-peers", "--out", str(tmp_path), *FAST])
    assert code == 1
    assert "**FAIL: 1 outputs differ**" in capsys.readouterr().out
    _, rows = _rows(tmp_path)
    assert rows["kws_ds_cnn_int8"]["oracle"]["mismatches"] == 1


def test_help_names_tflite():
    done = convgen_cli("bench", "--help")
    assert done.returncode == 0 and "--tflite MODEL.tflite" in done.stdout
    assert "int8" in done.stdout
