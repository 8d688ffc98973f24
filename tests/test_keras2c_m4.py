"""benchmarks/keras2c_m4.py without keras2c or TensorFlow: its --help, its refusal of a
missing keras2c backend folder, its link-map split of keras2c's model object (code apart
from the weights' initialisers) and its marking of keras2c's first layer. The measurement
itself needs keras2c and TensorFlow (a venv of their own, benchmarks/README.md) and is not
run here."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "keras2c_m4.py"
sys.path.insert(0, str(SCRIPT.parent))
import keras2c_m4  # noqa: E402


def test_help():
    done = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "--k2c-include" in done.stdout and "--with-convgen" in done.stdout


def test_refuses_a_folder_without_the_keras2c_backend(tmp_path):
    done = subprocess.run([sys.executable, str(SCRIPT), "--k2c-include", str(tmp_path),
                           "keras_mnist"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "k2c_include.h" in done.stderr


MAP = """\
Discarded input sections

 .text.k2c_unused
                0x00000000       0x40 /w/k2c_activations.o

Linker script and memory map

.text           0x00000000     0x2000
 .text.k2c_m    0x00000040      0x360 /w/k2c_m.o
 .text.k2c_conv2d
                0x000003a0      0x100 /w/k2c_convolution_layers.o
 .text.k2c_model
                0x000004a0       0x40 /w/k2c_model.o
 .text          0x000004e0       0x10 /usr/lib/x/libc_nano.a(lib_a-memcpy.o)
 .rodata        0x000013f8    0x22038 /w/k2c_m.o
.data           0x20000000       0x6c load address 0x00023530
 .data.k2c_relu
                0x20000000        0x4 /w/k2c_activations.o
.bss            0x20000070        0x8
 .bss           0x20000070        0x8 /usr/lib/x/libc_nano.a(lib_a-errno.o)
"""


def test_sizes_split_code_weights_backend_and_libraries():
    s = keras2c_m4.sizes(MAP, "k2c_m")
    assert (s.code, s.weights) == (0x360, 0x22038)
    assert (s.backend, s.backend_names) == (0x100 + 4, ["k2c_activations.o",
                                                         "k2c_convolution_layers.o"])
    assert (s.libs, s.lib_names) == (0x10, ["libc_nano.a(errno.o)", "libc_nano.a(memcpy.o)"])
    assert s.static_ram == 4 + 8     # the adapter (k2c_model.o) is not counted


def test_mark_layers(tmp_path):
    source = tmp_path / "m.c"
    layers = "k2c_dense(&out, &in, &k, &b, k2c_relu, fwork); \n"
    source.write_text("void m(void) {\nfloat w_array[2] = {1.0f, 2.0f};\n" + layers + "}\n")
    keras2c_m4.mark_layers(source, layers)
    text = source.read_text()
    assert text.index("cg_mark();") > text.index("w_array") and \
        text.index("cg_mark();") < text.index("k2c_dense")
    assert text.startswith("void cg_mark(void);")
