"""Target profiles (convgen/targets.py): each profile's source carries only its own code path,
compiles warning-free with its compiler (where installed), matches the oracle when built
here, and on the exact (microcontroller) targets packs the weights at their exact size: no
padded filter, no zero bias. The default target is today's output (generated/ is checked
byte for byte by test_export.py)."""

import glob
import math
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from conftest import benchmark_module

import convgen
from convgen import targets
from convgen.cli import main
from convgen.export import export
from convgen.plan import make_plan, packed_size
from convgen.render import render
from convgen.targets import TARGETS, UnknownTarget
from convgen.verify import random_weights, verify

ROOT = Path(__file__).resolve().parent.parent
SPECS = sorted(glob.glob(str(ROOT / "specs" / "*.yaml")))
# float32 specs: an int8 spec's blob is its int8 kernels, int32 biases and requantization
# arrays, not Keras's float params
FLOAT_SPECS = [p for p in SPECS if convgen.load_spec(p).quant is None]
MLPERF = ["kws_ds_cnn", "ic_resnet8", "vww_mobilenet_v1", "ad_autoencoder"]
STRICT = ["-std=c99", "-O2", "-Wall", "-Wextra", "-Werror", "-pedantic"]
EXACT = [t for t in TARGETS.values() if t.exact]

# One spec per blocked schedule and fused path: dense convolutions with a 10-filter head
# (mnist_cnn), depthwise and separable rows (mobilenet_block), a pooling in its convolution's
# step (keras_mnist), transposed convolutions and bilinear upsampling (autoencoder), a
# bias-less channels_first convolution (strided_cf), folded BatchNormalizations (kws_ds_cnn).
SAMPLES = ["mnist_cnn", "mobilenet_block", "keras_mnist", "autoencoder", "strided_cf",
           "kws_ds_cnn"]


def spec_of(stem):
    return convgen.load_spec(ROOT / "specs" / f"{stem}.yaml")


def keras_params(spec) -> int:
    return sum(math.prod(shape) for _, _, shape in spec.weight_shapes())


def folded_params(plan) -> int:
    """The floats an exact packing holds: each layer's Keras values, a folded
    BatchNormalization's in its producer (its arrays go; the producer gains a bias when it had
    none); a kind that computes its packed values (an unfolded BatchNormalization's s and t,
    Normalization's) as many as it computes (no block to pad)."""
    graph, n = plan.spec.graph, 0
    for node in graph.nodes:
        if node.index in plan.fusion.bn:
            producer = graph.nodes[plan.fusion.bn[node.index]]
            if not producer.layer.use_bias:
                n += node.output.shape[node.layer.sample_axis(len(node.output.shape))]
        elif node.kind.packer is not None:
            n += packed_size(node, plan.fusion, plan.target)
        else:
            n += sum(math.prod(s) for _, s in node.weight_shapes())
    return n


# ---------------------------------------------------------------- the profiles

# (target, filters, FT): exact targets block by a divisor (primes up to 2 x block whole);
# vector targets by 8, 16 or 32, padded.
BLOCKS = [
    ("cortex-m4", 64, 8), ("cortex-m4", 16, 8), ("cortex-m4", 10, 5), ("cortex-m4", 12, 6),
    ("cortex-m4", 9, 9), ("cortex-m4", 7, 7), ("cortex-m4", 11, 11),
    ("cortex-m4", 13, 13), ("cortex-m4", 22, 11), ("cortex-m4", 17, 1), ("cortex-m4", 1, 1),
    ("cortex-m4", 2, 2), ("portable", 24, 8), ("cortex-m7", 30, 6),
    ("cortex-m55", 64, 16), ("cortex-m55", 12, 12), ("cortex-m55", 24, 12),
    ("cortex-m55", 10, 10), ("cortex-m55", 6, 6),
    ("any", 1, 8), ("any", 8, 8), ("any", 9, 16), ("any", 16, 16), ("any", 17, 32),
    ("aarch64", 10, 16), ("x86-64", 100, 32),
]


@pytest.mark.parametrize("name, filters, ft", BLOCKS)
def test_filter_block(name, filters, ft):
    target = TARGETS[name]
    assert target.filter_block(filters) == ft
    if target.exact:
        assert filters % ft == 0


def test_every_exact_block_divides():
    for target in EXACT:
        for filters in range(1, 300):
            assert filters % target.filter_block(filters) == 0, (target.name, filters)


def test_unknown_target():
    with pytest.raises(UnknownTarget, match="cortex-m4.*aarch64") as info:
        make_plan(spec_of("mnist_conv"), target="cortex-m3")
    assert "unknown target 'cortex-m3'" in str(info.value)
    assert isinstance(info.value, ValueError)
    with pytest.raises(ValueError, match="unknown target"):
        convgen.compile(spec_of("mnist_conv"), target="avx9")


@pytest.mark.parametrize("command", ["generate", "verify"])
def test_cli_unknown_target_exits_2(command, tmp_path, capsys):
    args = [command, str(ROOT / "specs" / "mnist_conv.yaml"), "--target", "z80"]
    if command == "generate":
        args += ["-o", str(tmp_path)]
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "z80" in err and all(name in err for name in TARGETS)
    assert not list(tmp_path.iterdir())


def test_default_is_any():
    spec = spec_of("mobilenet_block")
    assert render(make_plan(spec)) == render(make_plan(spec, target="any"))
    assert make_plan(spec).target is targets.ANY


# ---------------------------------------------------------------- only its own code

# Tokens of the other targets' code paths; a vector-only source keeps no selection between
# vector and portable code (CG_VECTOR, CONVGEN_PORTABLE) either.
FOREIGN = {
    "portable": ("cg_v8", "cg_v16", "__AVX512F__", "__AVX__", "CG_VECTOR", "CG_KEEP",
                 "CG_LOAD", "__attribute__", "CONVGEN_PORTABLE", "__SSE2__", "__ARM_NEON"),
    "aarch64": ("cg_v16", "__AVX512F__", "__AVX__", "__x86_64__", "CG_VECTOR",
                "CONVGEN_PORTABLE", "__SSE2__"),
    "x86-64": ("CG_VECTOR", "CONVGEN_PORTABLE", "__ARM_NEON", "__aarch64__"),
}
FOREIGN.update({t.name: FOREIGN["portable"] for t in EXACT})


def code(source: str) -> str:
    """C without its comments (a layer's comment may describe the paths it does not carry)."""
    return re.sub(r"/\*.*?\*/", "", source, flags=re.S)


@pytest.mark.parametrize("name", sorted(FOREIGN))
@pytest.mark.parametrize("stem", SAMPLES)
def test_source_has_only_its_code_path(name, stem):
    rendered = render(make_plan(spec_of(stem), target=name))
    for token in FOREIGN[name]:
        assert token not in code(rendered.source), f"{token} in the {name} source of {stem}"
    assert f"Target {name}:" in rendered.header


def test_foreign_tokens_are_found():
    """The check can fail: the default source has every path."""
    source = code(render(make_plan(spec_of("mnist_cnn"))).source)
    assert all(token in source for token in ("cg_v16", "__AVX512F__", "CG_VECTOR"))


def test_vector_targets_keep_their_tiles():
    source = render(make_plan(spec_of("mnist_cnn"), target="aarch64")).source
    assert "cg_v8" in source and "#if defined(__GNUC__)" not in source
    source = render(make_plan(spec_of("mnist_cnn"), target="x86-64")).source
    assert "cg_v16" in source and "#if defined(__AVX512F__)" in source


# ---------------------------------------------------------------- exact weights

@pytest.mark.parametrize("path", FLOAT_SPECS, ids=[Path(p).stem for p in FLOAT_SPECS])
def test_cortex_m4_weights_at_exact_size(path):
    """No padded filter, no zero bias: the blob is the Keras values after BatchNormalization
    folding, and within 1% of Keras's params (folding only shrinks it)."""
    spec = convgen.load_spec(path)
    plan = make_plan(spec, target="cortex-m4")
    params = keras_params(spec)
    assert plan.weights_size == folded_params(plan)
    assert plan.weights_size <= params
    if not plan.fusion.bn:
        assert abs(plan.weights_size - params) <= 0.01 * params


@pytest.mark.parametrize("stem", MLPERF)
def test_mlperf_weights_within_keras_params(stem):
    """The MLPerf Tiny models' flash for weights: the folded Keras values exactly (the
    BatchNormalization statistics fold away)."""
    spec = spec_of(stem)
    plan = make_plan(spec, target="cortex-m4")
    assert plan.weights_size == folded_params(plan) <= keras_params(spec)


def test_vector_targets_keep_padding():
    """mnist_cnn's 11x11 head of 10 filters: 16 a block on the vector targets, 5 exactly on a
    Cortex-M (x86-64 also holds the Winograd transform of its 3x3 layer: more floats)."""
    spec = spec_of("mnist_cnn")
    sizes = {t: make_plan(spec, target=t).weights_size for t in ("any", "x86-64", "cortex-m4")}
    assert sizes["x86-64"] >= sizes["any"] > keras_params(spec) == sizes["cortex-m4"]


@pytest.mark.parametrize("stem", ["mnist_cnn", "autoencoder", "strided_cf", "unet_small"])
def test_exact_blob_has_no_padding_and_unpacks(stem):
    spec = spec_of(stem)
    plan = make_plan(spec, target="cortex-m4")
    where, _ = plan.positions()
    assert (where >= 0).all()   # every float of the blob is a Keras value
    assert sorted(where.tolist()) == list(range(keras_params(spec)))
    weights = random_weights(spec, np.random.default_rng(1))
    for a, b in zip(plan.unpack(plan.pack(weights)), weights):
        np.testing.assert_array_equal(a, b)


# ---------------------------------------------------------------- compiled

COMPILERS = {"cortex-m4": "arm-none-eabi-gcc", "cortex-m7": "arm-none-eabi-gcc",
             "cortex-m55": "arm-none-eabi-gcc", "aarch64": "aarch64-linux-gnu-gcc",
             "x86-64": "gcc", "portable": "gcc"}


@pytest.mark.parametrize("name", sorted(COMPILERS))
def test_compiles_warning_free_with_its_compiler(name, tmp_path):
    target = TARGETS[name]
    cc = COMPILERS[name]
    if not shutil.which(cc):
        pytest.skip(f"needs {cc}")
    for stem in SAMPLES:
        rendered = render(make_plan(spec_of(stem), target=name))
        (tmp_path / f"{rendered.name}.h").write_text(rendered.header)
        (tmp_path / f"{rendered.name}.c").write_text(rendered.source)
        done = subprocess.run([cc, *STRICT, *target.flags, "-c", f"{rendered.name}.c"],
                              cwd=tmp_path, capture_output=True, text=True)
        assert done.returncode == 0 and not done.stderr, (stem, done.stderr)


@pytest.mark.parametrize("name", [n for n in TARGETS if n != "any"])
@pytest.mark.parametrize("stem", ["mnist_cnn", "mobilenet_block", "strided_cf"])
def test_matches_the_oracle_built_here(name, stem):
    """Every profile's C is GNU C99 that builds here: its code path against the oracle."""
    result = verify(spec_of(stem), target=name)
    assert result.passed, result.comparison


@pytest.mark.slow
@pytest.mark.parametrize("name", [t.name for t in EXACT] + ["aarch64"])
@pytest.mark.parametrize("path", SPECS, ids=[Path(p).stem for p in SPECS])
def test_every_spec_matches_the_oracle(name, path):
    result = verify(convgen.load_spec(path), target=name)
    assert result.passed, result.comparison


def make(folder, *args):
    done = subprocess.run(["make", "-s", "-C", str(folder), *args], capture_output=True,
                          text=True, timeout=300)
    return done.returncode, done.stdout + done.stderr


@pytest.mark.parametrize("stem", ["mnist_cnn", "strided_cf"])
def test_cortex_m4_export_checks_natively(stem, tmp_path):
    """make check CC=cc: the Cortex-M4 export's model is plain C99, so its self-test runs on
    this machine; without CC the Makefile builds for the Cortex-M4 (when installed) and
    says how to run the test."""
    if not shutil.which("make") or not shutil.which("cc"):
        pytest.skip("needs make and cc")
    folder = export(make_plan(spec_of(stem), target="cortex-m4"), tmp_path)
    makefile = (folder / "Makefile").read_text()
    assert "CC = arm-none-eabi-gcc" in makefile and "-mfpu=fpv4-sp-d16" in makefile
    status, out = make(folder, "check", "CC=cc")
    assert status == 0 and ": PASS" in out, out
    if shutil.which("arm-none-eabi-gcc"):
        make(folder, "clean")
        status, out = make(folder, "all")
        assert status == 0, out
        status, out = make(folder, "check")
        assert status != 0 and "semihosting" in out


def test_aarch64_export_checks_under_qemu(tmp_path):
    if not all(shutil.which(t) for t in ("make", "aarch64-linux-gnu-gcc", "qemu-aarch64")):
        pytest.skip("needs make, aarch64-linux-gnu-gcc and qemu-aarch64")
    folder = export(make_plan(spec_of("mobilenet_block"), target="aarch64"), tmp_path)
    status, out = make(folder, "check")   # CC and RUN default to the cross tools
    assert status == 0 and ": PASS" in out, out


@pytest.mark.parametrize("name, stem", [("cortex-m4", "mnist_cnn"), ("cortex-m4", "strided_cf"),
                                        ("cortex-m55", "kws_ds_cnn")])
def test_exact_export_passes_on_qemu(name, stem, tmp_path):
    """The target's export, built by arm-none-eabi-gcc with its flags, passes its self-test
    on QEMU's MPS2/MPS3 board (benchmarks/cortex_m.py)."""
    cortex_m = benchmark_module("cortex_m")
    if cortex_m.missing_tools():
        pytest.skip(f"needs {', '.join(cortex_m.missing_tools())}")
    plan = make_plan(spec_of(stem), target=name)
    folder = export(plan, tmp_path / "export")
    result = cortex_m.measure_export(plan, folder, cortex_m.BOARDS[name], "-O2", tmp_path,
                                     None, check_only=True)
    assert result.passed, result.output
    assert result.weights == 4 * folded_params(plan)
