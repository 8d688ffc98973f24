"""benchmarks/cortex_m.py: exported models run on a Cortex-M4 under QEMU (mps2-an386) and
pass their self-test; a wrong expected value makes the run fail; the link-map reader.
Skips without arm-none-eabi-gcc, qemu-system-arm and a host cc (.ci/run installs them)."""

import shutil
from pathlib import Path

import pytest
from conftest import benchmark_module

ROOT = Path(__file__).resolve().parent.parent
cortex_m = benchmark_module("cortex_m")

needs_tools = pytest.mark.skipif(
    bool(cortex_m.missing_tools()),
    reason=f"needs {', '.join(cortex_m.missing_tools())} (Debian: gcc-arm-none-eabi "
           "libnewlib-arm-none-eabi qemu-system-arm; .ci/run installs them)")
M4 = cortex_m.BOARDS["cortex-m4"]


@pytest.fixture(scope="module")
def plugin(tmp_path_factory):
    return cortex_m.build_plugin(tmp_path_factory.mktemp("plugin"))


# Small examples, one per kind of layer chain: a gated 1-D block with no weights file (LCG
# weights made at run time), a Keras-trained CNN with a softmax (expf from libm), and
# a depthwise layer with dilation and strides.
FAST = ["glu_gate", "mnist_cnn", "depthwise_dilated_strided"]


@needs_tools
@pytest.mark.parametrize("stem", FAST)
def test_selftest_passes_on_cortex_m4(stem, plugin, tmp_path):
    r = cortex_m.measure(ROOT / "specs" / f"{stem}.yaml", M4, "-O2", tmp_path, plugin)
    assert r.passed, r.output
    # every MAC needs at least one multiply-add instruction; the plugin counted the call
    assert r.instructions is not None and r.instructions >= r.macs > 0, r
    assert 0 < r.stack < 64 * 1024 and r.code > 0
    assert r.static_ram < 256, r   # the model has no static state; libm's errno at most


@needs_tools
def test_int8_model_passes_on_cortex_m4(plugin, tmp_path):
    """An int8 .tflite model (the MLPerf Tiny DS-CNN) imported, exported as portable int8 C
    and run: its self-test equals the integer oracle; sizes are in bytes (int8 weights)."""
    pytest.importorskip("ai_edge_litert.interpreter")
    r = cortex_m.measure(ROOT / "tests" / "tflite_int8" / "whole_ds_cnn.tflite", M4, "-O2",
                         tmp_path, plugin)
    assert r.passed and "0 of 12 outputs differ" in r.output, r.output
    assert r.instructions >= r.macs > 0 and r.static_ram == 0, r
    # int8 weights: a quarter of the float32 Keras bytes, plus per-channel multipliers
    assert r.weights < 0.4 * 4 * r.params, r


def test_profile_splits_the_count_by_layer(plugin, tmp_path):
    """--profile: built with -g, the same instructions, split over the layer functions; the
    split covers the count (the profile holds the model call's blocks, the count less the
    empty pair of marks)."""
    r = cortex_m.measure(ROOT / "specs" / "glu_gate.yaml", M4, "-O2", tmp_path, plugin,
                         profile=True)
    plain = cortex_m.measure(ROOT / "specs" / "glu_gate.yaml", M4, "-O2", tmp_path / "plain",
                             plugin)
    assert r.passed and r.instructions == plain.instructions
    assert "glu_gate_layer0" in r.profile
    assert abs(sum(r.profile.values()) - r.instructions) <= 16, r.profile
    assert r.profile["glu_gate_layer0"] > 0.9 * r.instructions


@needs_tools
def test_softmax_pulls_in_no_library_member(plugin, tmp_path):
    """A model with a softmax links no library member (its exp is convgen's own helper): no
    libm, no errno data, no stdio; its static RAM is 0."""
    r = cortex_m.measure(ROOT / "specs" / "mnist_cnn.yaml", M4, "-O2", tmp_path, plugin)
    assert r.passed, r.output
    assert r.lib_names == [] and r.libs == 0 and r.static_ram == 0, r


@needs_tools
def test_wrong_expected_value_fails(tmp_path):
    """The check can fail: corrupt one of the self-test's expected outputs."""
    plan, folder = cortex_m.export_spec(ROOT / "specs" / "glu_gate.yaml", tmp_path)
    test_c = folder / "test_glu_gate.c"
    text = test_c.read_text()
    head = "cg_check_value[CG_CHECKS] = {\n    "
    at = text.index(head) + len(head)
    test_c.write_text(text[:at] + "1000.0f + " + text[at:])
    r = cortex_m.measure_export(plan, folder, M4, "-O2", tmp_path, None, check_only=True)
    assert not r.passed and ": FAIL" in r.output, r.output


@needs_tools
def test_fault_fails(tmp_path):
    """A model that faults (here: an input pointer into unmapped memory) stops the run
    through the fault handler with a failure."""
    plan, folder = cortex_m.export_spec(ROOT / "specs" / "glu_gate.yaml", tmp_path)
    test_c = folder / "test_glu_gate.c"
    text = test_c.read_text()
    assert "glu_gate(cg_input," in text
    test_c.write_text(text.replace("glu_gate(cg_input,", "glu_gate((const float *)0x30000000,"))
    r = cortex_m.measure_export(plan, folder, M4, "-O2", tmp_path, None, check_only=True)
    assert not r.passed and "FAIL (fault)" in r.output, r.output


def test_placed_sizes_reads_a_gnu_ld_map():
    """Flash counts code, constants and .data's load image; RAM counts .data and .bss; a
    long section name wraps its address and size onto the next line."""
    text = """Archive member included to satisfy reference by file (symbol)

Linker script and memory map

.text           0x00000000      0x200
 .text.model    0x00000000      0x100 model.o
 .rodata.a_very_long_constant_name
                0x00000100       0x40 model.o
 .text          0x00000140       0x20 /usr/lib/libm.a(lib_a-wf_exp.o)
                0x00000140                expf
 *fill*         0x00000160        0x4
.data           0x20000000       0x68 load address 0x00000200
 .data          0x20000000       0x64 /usr/lib/libc_nano.a(lib_a-impure.o)
.bss            0x20000068       0x10
 .bss.state     0x20000068       0x10 harness.o
"""
    sizes = cortex_m.placed_sizes(text)
    assert (sizes["model.o"].flash, sizes["model.o"].ram) == (0x140, 0)
    assert sizes["/usr/lib/libm.a(lib_a-wf_exp.o)"].flash == 0x20
    impure = sizes["/usr/lib/libc_nano.a(lib_a-impure.o)"]
    assert (impure.flash, impure.ram) == (0x64, 0x64)
    assert (sizes["harness.o"].flash, sizes["harness.o"].ram) == (0, 0x10)
    assert cortex_m.member_name("/usr/lib/libm.a(lib_a-wf_exp.o)") == "libm.a(wf_exp.o)"


@needs_tools
@pytest.mark.slow
@pytest.mark.parametrize("stem", ["mnist_cnn", "kws_conv1d"])
def test_selftest_passes_on_cortex_m55(stem, plugin, tmp_path):
    r = cortex_m.measure(ROOT / "specs" / f"{stem}.yaml", cortex_m.BOARDS["cortex-m55"],
                         "-O2", tmp_path, plugin)
    assert r.passed, r.output
    assert r.instructions is not None and r.instructions > 0


@needs_tools
@pytest.mark.slow
def test_every_spec_passes_on_cortex_m4(capsys):
    """The command over specs/*.yaml (self-tests only): every output right, exit 0."""
    specs = sorted(str(p) for p in (ROOT / "specs").glob("*.yaml"))
    assert cortex_m.main([*specs, "--check-only"]) == 0, capsys.readouterr().out
    out = capsys.readouterr().out
    assert out.count("| PASS |") == len(specs), out


# The two models whose weights alone exceed the M55 board's 512 KB ITCM (1.06 MB, 0.84 MB).
TOO_BIG_FOR_M55 = {"ad_autoencoder", "vww_mobilenet_v1"}


@needs_tools
@pytest.mark.slow
def test_every_spec_passes_on_cortex_m55(capsys):
    """Every spec on the M55 board with its MVE tiles (self-tests only): every output right,
    exit 0; only the two models too big for the ITCM are reported as not fitting."""
    specs = sorted(str(p) for p in (ROOT / "specs").glob("*.yaml"))
    assert cortex_m.main([*specs, "--cpu", "cortex-m55", "--check-only"]) == 0, \
        capsys.readouterr().out
    out = capsys.readouterr().out
    assert out.count("| PASS |") == len(specs) - len(TOO_BIG_FOR_M55), out
    assert {line.split("|")[1].strip() for line in out.splitlines()
            if "does not fit" in line} == TOO_BIG_FOR_M55, out


def test_cli_without_tools_says_what_is_missing(monkeypatch, capsys):
    monkeypatch.setattr(shutil, "which", lambda tool: None)
    assert cortex_m.main([str(ROOT / "specs" / "glu_gate.yaml")]) == 2
    assert "qemu-system-arm" in capsys.readouterr().err
