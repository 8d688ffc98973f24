"""Threads (convgen.threads): the same generated C on 1, 2 and 3 threads gives the same bytes,
for every layer kind that splits its loops and for whole models; the pragmas vanish without
OpenMP; small layers stay on one thread and the summary says which do what."""

import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from conftest import assert_close

import convgen
from convgen import build, threads
from convgen.plan import make_plan
from convgen.render import render
from convgen.summary import summary
from convgen.verify import random_input, random_weights

SPECS = Path(__file__).resolve().parent.parent / "specs"
STRICT = ["-std=c99", "-O1", "-Wall", "-Wextra", "-Werror", "-pedantic"]


def conv(filters, k=3, **kw):
    return dict(type="Conv2D", filters=filters, kernel_size=k, padding="same", **kw)


# name -> (layers, input shape, batch): each has at least one function above
# threads.MIN_MACS, so each runs threaded (checked below)
CASES = {
    # 40 filters: a full block of 32 and a partial one (the scalar store's t[], private);
    # tanh in the row pass
    "dense_mixed_blocks": ([conv(40, activation="tanh")], [20, 20, 16], 1),
    # channels_first: every pixel through t[] and the scalar store; a last-axis softmax pass
    "dense_channels_first": ([conv(24, data_format="channels_first", activation="softmax")],
                             [16, 18, 18], 1),
    # batch and depth in the collapsed loops
    "conv3d_batch": ([dict(type="Conv3D", filters=16, kernel_size=3, padding="same")],
                     [4, 12, 12, 8], 2),
    "transpose_s2": ([dict(type="Conv2DTranspose", filters=16, kernel_size=3, strides=2,
                           padding="same", activation="relu")], [14, 14, 32], 1),
    # 1-D: only the filter blocks split (a 1-D layer of one block stays serial)
    "conv1d_causal_dilated": ([dict(type="Conv1D", filters=64, kernel_size=3, padding="causal",
                                    dilation_rate=2)], [256, 32], 1),
    # 36 channels: vectors for 32 (or 16 x 2), the portable loop for the last 4
    "depthwise_36": ([dict(type="DepthwiseConv2D", kernel_size=3, padding="same",
                           activation="relu")], [40, 40, 36], 1),
    "grouped": ([conv(32, groups=2)], [16, 16, 16], 1),
    "max_pool_same": ([dict(type="MaxPooling2D", pool_size=3, strides=1, padding="same")],
                      [64, 64, 32], 1),
    "avg_pool_same": ([dict(type="AveragePooling2D", pool_size=3, strides=1, padding="same")],
                      [64, 64, 32], 1),
    # a pooling computed band by band in its convolution's step: threads inside each band
    "fused_pool": ([conv(32, activation="relu"), dict(type="MaxPooling2D", pool_size=2)],
                   [32, 32, 16], 1),
    "separable": ([dict(type="SeparableConv2D", filters=64, kernel_size=3, padding="same",
                        activation="relu")], [32, 32, 32], 1),
    # the Add in the second convolution's store, reading the block's input
    "residual": ([dict(conv(32, activation="relu"), name="c1"), dict(conv(32), name="c2"),
                  dict(type="Add", name="s", inputs=["input", "c2"])], [16, 16, 32], 1),
}


def make(name, layers, shape, batch):
    return convgen.parse_spec(dict(name=name, input_shape=shape, batch=batch, layers=layers))


def outputs(kernel, x, weights, counts=(1, 2, 3)):
    return {n: kernel.bind(weights, threads=n)(x) for n in counts}


def assert_same_bytes(out):
    first = out[1]
    for n, y in out.items():
        assert y.tobytes() == first.tobytes(), f"{n} threads differ from 1 thread"


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_thread_count_gives_the_same_bytes(name):
    spec = make(name, *CASES[name])
    kernel = convgen.compile(spec)
    assert "CG_PARALLEL_FOR(" in kernel.c_source.split("#endif", 1)[1], "nothing threaded"
    rng = np.random.default_rng(0)
    weights = random_weights(spec, rng)
    x = random_input(spec, rng)
    out = outputs(kernel, x, weights)
    assert_same_bytes(out)
    assert_close(out[2], convgen.reference(spec, x, weights))


@pytest.mark.parametrize("name", ["conv3d_batch", "max_pool_same", "grouped"])
def test_portable_build_with_threads(name):
    """-DCONVGEN_PORTABLE: the loop nests that split (grouped, pooling) do; the portable
    branches of the vector templates run on one thread; same bytes either way."""
    spec = make(name, *CASES[name])
    kernel = convgen.compile(spec, cflags=build.default_cflags() + ("-DCONVGEN_PORTABLE",))
    rng = np.random.default_rng(1)
    weights = random_weights(spec, rng)
    x = random_input(spec, rng)
    out = outputs(kernel, x, weights)
    assert_same_bytes(out)
    assert_close(out[3], convgen.reference(spec, x, weights))


@pytest.mark.parametrize("model", ["ic_resnet8", "vww_mobilenet_v1", "kws_ds_cnn"])
def test_whole_models(model):
    spec = convgen.load_spec(SPECS / f"{model}.yaml")
    kernel = convgen.compile(spec)
    assert kernel.c_source.count("    CG_PARALLEL_FOR(") >= 2
    x = random_input(spec, np.random.default_rng(2))
    out = outputs(kernel, x, None)
    assert_same_bytes(out)
    assert_close(out[3], convgen.reference(spec, x, spec.weights))


def test_out_buffer_and_repeated_calls():
    """A bound threaded function reused, with and without out=, keeps giving the same bytes."""
    spec = make("rep", *CASES["dense_mixed_blocks"])
    kernel = convgen.compile(spec)
    weights = random_weights(spec, np.random.default_rng(3))
    x = random_input(spec, np.random.default_rng(4))
    one = kernel(x, weights)
    f = kernel.bind(weights, threads=2)
    buf = convgen.aligned_empty(kernel.output_shape)
    for _ in range(3):
        assert f(x).tobytes() == one.tobytes()
        assert f(x, out=buf) is buf and buf.tobytes() == one.tobytes()
    assert kernel(x, weights, threads=2).tobytes() == one.tobytes()


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="needs Linux /proc")
def test_threads_really_run():
    """The OpenMP build starts a team: the process has the extra threads after a call."""
    spec = make("team", *CASES["dense_mixed_blocks"])
    kernel = convgen.compile(spec)
    x = random_input(spec, np.random.default_rng(5))
    kernel.bind(random_weights(spec, np.random.default_rng(6)), threads=3)(x)
    assert len(os.listdir("/proc/self/task")) >= 3


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "2", None])
def test_bad_thread_counts(bad):
    spec = make("bad", [conv(8)], [6, 6, 4], 1)
    kernel = convgen.compile(spec)
    with pytest.raises(ValueError, match="threads must be a positive int"):
        kernel.bind(random_weights(spec, np.random.default_rng(0)), threads=bad)


# ---------------------------------------------------------------- render level, no compiler

def test_small_layers_stay_on_one_thread():
    small = make("small", [conv(8)], [8, 8, 4], 1)          # 18k MACs
    source = render(make_plan(small)).source
    assert "CG_PARALLEL_FOR" not in source and "_OPENMP" not in source
    assert "omp" not in render(make_plan(small)).header
    big = make("big", *CASES["dense_mixed_blocks"])
    rendered = render(make_plan(big))
    assert rendered.source.count("    CG_PARALLEL_FOR(") == 1
    assert "omp_get_max_threads" in rendered.header


def test_decision_is_the_threshold():
    """Just below MIN_MACS a dense layer stays serial; at it, it splits."""
    plan = make_plan(make("t", *CASES["dense_mixed_blocks"]))
    step = plan.steps[0]
    macs = threads.work(step.template, step.context)
    assert macs == 20 * 20 * 9 * 16 * 64   # 2 blocks of 32 filters, padding included
    assert threads.parallel(step.template, step.context)
    old = threads.MIN_MACS
    try:
        threads.MIN_MACS = macs + 1
        assert not threads.parallel(step.template, step.context)
    finally:
        threads.MIN_MACS = old


def test_summary_says_which_layers_run_threaded():
    text = summary(convgen.load_spec(SPECS / "vww_mobilenet_v1.yaml"))
    assert "threads: filter blocks x output rows" in text
    assert f"one thread: 165,888 MACs a call (< {threads.MIN_MACS:,})" in text   # depthwise
    assert "Threads (OpenMP builds): 14 of 28 steps split their output" in text
    text = summary(make("dw", *CASES["depthwise_36"]))
    assert "threads: output rows" in text
    text = summary(make("sep", *CASES["separable"]))
    assert "threads: filter blocks x output rows inside each band" in text


@pytest.mark.skipif(shutil.which("gcc") is None, reason="gcc missing")
@pytest.mark.parametrize("openmp", [False, True])
def test_strict_c99_with_and_without_openmp(tmp_path, openmp):
    """-Wall (with -Wunknown-pragmas) -pedantic -Werror: clean either way; without -fopenmp
    no pragma reaches the compiler."""
    rendered = render(make_plan(make("strict", *CASES["fused_pool"])))
    (tmp_path / "strict.h").write_text(rendered.header)
    (tmp_path / "strict.c").write_text(rendered.source)
    flags = STRICT + ["-Wunknown-pragmas"] + (["-fopenmp"] if openmp else [])
    for step in (["-c", "strict.c", "-o", "strict.o"], ["-E", "strict.c", "-o", "strict.i"]):
        done = subprocess.run(["gcc", *flags, *step], cwd=tmp_path, capture_output=True,
                              text=True)
        assert done.returncode == 0, done.stderr
    pragmas = [line for line in (tmp_path / "strict.i").read_text().splitlines()
               if "pragma" in line.lower() and "omp" in line]
    assert bool(pragmas) == openmp, pragmas


# ---------------------------------------------------------------- command line

def test_cli_verify_threads(capsys):
    from convgen.cli import main
    assert main(["verify", str(SPECS / "resnet_conv.yaml"), "--threads", "2"]) == 0
    assert "2 threads: same bytes as 1" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exc:
        main(["verify", str(SPECS / "resnet_conv.yaml"), "--threads", "0"])
    assert exc.value.code == 2
    assert "--threads: expected a positive integer, got '0'" in capsys.readouterr().err


def test_cli_bench_threads(tmp_path, capsys):
    """The scaling section is there, with the byte check; no timing is asserted."""
    import json

    from convgen.cli import main
    assert main(["bench", str(SPECS / "resnet_conv.yaml"), "--no-peers", "--threads", "2",
                 "--repeat", "1", "--min-time", "0.01", "--out", str(tmp_path)]) == 0
    text = (tmp_path / "bench.md").read_text()
    assert "## 2 threads" in text and "| resnet_conv | 1 of 1 |" in text
    assert text.rstrip().endswith("| yes |")
    record = json.loads((tmp_path / "bench.json").read_text())["results"][0]["threads"]
    assert record["count"] == 2 and record["same_bytes"] and record["steps_split"] == 1


@pytest.mark.skipif(shutil.which("make") is None or shutil.which("gcc") is None,
                    reason="make or gcc missing")
def test_export_checks_with_openmp(tmp_path):
    """The exported folder's own test passes built with -fopenmp on 2 threads (the Makefile's
    documented way), strict flags included."""
    from convgen.export import export
    folder = export(make_plan(convgen.load_spec(SPECS / "ic_resnet8.yaml")), tmp_path)
    assert "-fopenmp" in (folder / "Makefile").read_text()
    done = subprocess.run(["make", "-s", "check", "CC=gcc",
                           "CFLAGS=" + " ".join(STRICT + ["-march=native", "-fopenmp"])],
                          cwd=folder, capture_output=True, text=True,
                          env=dict(os.environ, OMP_NUM_THREADS="2"))
    assert done.returncode == 0 and ": PASS" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("target", ["cortex-m4", "portable"])
def test_targets_without_vector_paths_carry_no_thread_code(target):
    """Threads split the vector paths' loops: a microcontroller or portable source has no
    OpenMP macro at all, while the default source of the same model has it."""
    spec = convgen.load_spec(Path(__file__).resolve().parent.parent / "specs" /
                             "ic_resnet8.yaml")
    assert "CG_PARALLEL_FOR" in render(make_plan(spec)).source
    source = render(make_plan(spec, target=target)).source
    assert "CG_PARALLEL_FOR" not in source and "_OPENMP" not in source
