"""benchmarks/tflm_m4.py (TensorFlow Lite Micro with CMSIS-NN on the Cortex-M4 harness):
its --help and refusals, its link-map split into TFLM's parts, the program it writes around
a model and the ops it registers. The measurement itself needs a tflite-micro source tree
with its downloads (benchmarks/README.md: not in CI) in $TFLM_DIR, arm-none-eabi-g++ and
qemu-system-arm; without them it is skipped."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "tflm_m4.py"
sys.path.insert(0, str(SCRIPT.parent))
import tflm_m4  # noqa: E402

MODELS = ROOT / "tests" / "tflite_int8"
TFLM = os.environ.get("TFLM_DIR")


def test_help():
    done = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "--tflm" in done.stdout and "--with-convgen" in done.stdout
    assert "--prepare" in done.stdout


def test_refuses_a_folder_without_tflm(tmp_path):
    done = subprocess.run([sys.executable, str(SCRIPT), "--tflm", str(tmp_path),
                           str(MODELS / "whole_ds_cnn.tflite")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "tflite-micro source tree" in done.stderr


def test_ops_of_the_ds_cnn():
    ops = tflm_m4.ops_of((MODELS / "whole_ds_cnn.tflite").read_bytes(), "ds_cnn")
    assert ops == ["CONV_2D", "DEPTHWISE_CONV_2D", "AVERAGE_POOL_2D", "FULLY_CONNECTED",
                   "SOFTMAX"] or sorted(ops) == sorted(
        ["CONV_2D", "DEPTHWISE_CONV_2D", "AVERAGE_POOL_2D", "FULLY_CONNECTED", "SOFTMAX"])


def test_write_program(tmp_path):
    x = np.array([[-128, 0, 127]], np.int8)
    y = np.array([[5, -6]], np.int8)
    tflm_m4.write_program(tmp_path, b"\x01\x02TFL3", ["CONV_2D", "SOFTMAX"], 4096, 3, 2,
                          x, y)
    program = (tmp_path / "tflm_model.cc").read_text()
    assert "MicroMutableOpResolver<2> resolver;" in program
    assert "resolver.AddConv2D();\n    resolver.AddSoftmax();" in program
    assert "tflm_arena[4096]" in program and "@" not in program
    assert program.index("interpreter.AllocateTensors()") < program.index("cg_mark();") \
        < program.index("interpreter.Invoke()")
    data = (tmp_path / "tflm_data.cc").read_text()
    assert "tflm_flatbuffer[6]" in data and "0x01, 0x02, 0x54" in data
    test = (tmp_path / "tflm_selftest.c").read_text()
    assert "{-128, 0, 127}" in test and "{5, -6}" in test
    header = (tmp_path / "tflm_model.h").read_text()
    assert "TFLM_MODEL_INPUT_SIZE 3" in header and "TFLM_MODEL_OUTPUT_SIZE 2" in header


def test_write_program_refuses_an_op_without_a_resolver_entry(tmp_path):
    x = np.zeros((1, 1), np.int8)
    with pytest.raises(RuntimeError, match="BATCH_MATMUL"):
        tflm_m4.write_program(tmp_path, b"", ["CONV_2D", "BATCH_MATMUL"], 16, 1, 1, x, x)


MAP = """\
Discarded input sections

 .text._ZN6tflite5UnusedEv
                0x00000000       0x40 /g/lib/libtensorflow-microlite.a(micro_log.o)

Linker script and memory map

.text           0x00000000     0x9000
 .text.main     0x00000040       0x10 /w/model_only.o
 .text.tflm_model
                0x00000050      0x300 /w/tflm_model.o
 .text._ZN6tflite16MicroInterpreter6InvokeEv
                0x00000350      0x200 /g/lib/libtensorflow-microlite.a(micro_interpreter.o)
 .text._ZN6tflite12_GLOBAL__N_14EvalEP13TfLiteContextP10TfLiteNode
                0x00000550      0x180 /g/lib/libtensorflow-microlite.a(conv.o)
 .text.arm_convolve_s8
                0x000006d0      0x120 /g/lib/libtensorflow-microlite.a(arm_convolve_s8.o)
 .text          0x000007f0       0x10 /usr/lib/x/libc_nano.a(lib_a-memcpy.o)
 .rodata.tflm_flatbuffer
                0x00000800     0x8000 /w/tflm_data.o
.data           0x20000000        0x8 load address 0x00008800
 .data          0x20000000        0x8 /g/lib/libtensorflow-microlite.a(micro_interpreter.o)
.bss            0x20000010     0x1010
 .bss._ZN12_GLOBAL__N_110tflm_arenaE
                0x20000010     0x1000 /w/tflm_model.o
 .bss.tflm_arena_used
                0x20001010        0x4 /w/tflm_model.o
 .bss           0x20001014        0x4 /usr/lib/x/libc_nano.a(lib_a-errno.o)
"""


def test_sizes_split_tflm_into_parts():
    parts = {"micro_interpreter.o": "TFLM framework", "conv.o": "TFLM kernels",
             "arm_convolve_s8.o": "CMSIS-NN"}
    s = tflm_m4.sizes(MAP, parts)
    # flash: code, constants and .data's load image; .bss is RAM only
    assert s.flash == {"program": 0x300, "TFLM framework": 0x200 + 8, "TFLM kernels": 0x180,
                       "CMSIS-NN": 0x120, "libraries": 0x10, "flatbuffer": 0x8000}
    assert s.arena == 0x1000                      # the arena apart from the static RAM
    assert s.ram == {"program": 4, "TFLM framework": 8, "TFLM kernels": 0, "CMSIS-NN": 0,
                     "libraries": 4, "flatbuffer": 0}
    assert s.lib_names == ["libc_nano.a(errno.o)", "libc_nano.a(memcpy.o)"]


def test_make_args_use_the_cortex_m4_profile():
    args = tflm_m4.make_args("-O2")
    assert "OPTIMIZED_KERNEL_DIR=cmsis_nn" in args and "TARGET_ARCH=cortex-m4+fp" in args
    assert "FPU=fpv4-sp-d16" in args
    assert "CORE_OPTIMIZATION_LEVEL=-O2 -ffp-contract=fast" in args


needs_tflm = pytest.mark.skipif(
    not tflm_m4.has_tflm(TFLM) or bool(tflm_m4.missing_tools()),
    reason="needs a tflite-micro tree with its downloads in $TFLM_DIR (benchmarks/README.md) "
           f"and {', '.join(tflm_m4.missing_tools()) or 'the Arm tools'}")


@pytest.mark.slow
@needs_tflm
def test_ds_cnn_under_tflm_equals_the_oracle(tmp_path):
    """The DS-CNN through TFLM with CMSIS-NN on the Cortex-M4: every output equal to
    convgen's integer oracle; Invoke counted apart from the set-up; the arena found."""
    tflm = Path(TFLM).resolve()
    lib = tflm_m4.build_library(tflm, "-O2")
    plugin = tflm_m4.cortex_m.build_plugin(tmp_path)
    r = tflm_m4.measure(MODELS / "whole_ds_cnn.tflite", tflm, lib, tflm_m4.member_parts(tflm),
                        "-O2", tmp_path, plugin, with_convgen=False)
    assert r.status == "PASS" and r.differ == 0, r.reason
    assert r.instructions >= r.macs > 0 and r.setup > 0
    assert r.arena_used <= r.arena < r.arena_used + 1024
    assert r.sizes.flash["flatbuffer"] >= (MODELS / "whole_ds_cnn.tflite").stat().st_size
    assert r.sizes.flash["CMSIS-NN"] > 0 and r.sizes.init_array == 0
