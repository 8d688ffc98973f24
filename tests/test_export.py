"""The standalone export: committed generated/ is current, and every exported folder builds
and passes `make check` with no Python — natively with gcc and clang, on aarch64 under qemu,
and compiles for a Cortex-M4. Cross builds skip with a reason where the tools are absent."""

import glob
import math
import shutil
import subprocess
from pathlib import Path

import pytest

import convgen
from convgen.export import export
from convgen.plan import make_plan

ROOT = Path(__file__).resolve().parent.parent
SPECS = sorted(glob.glob(str(ROOT / "specs" / "*.yaml")))
NAMES = {Path(p).stem: convgen.load_spec(p).name for p in SPECS}
IDS = [Path(p).stem for p in SPECS]
STRICT = "-std=c99 -O2 -Wall -Wextra -Werror -pedantic"
M4 = ["-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard", "-mfpu=fpv4-sp-d16", "-O2"]


def have(*tools):
    return all(shutil.which(t) for t in tools)


def make(folder: Path, *args: str, target: str = "check"):
    done = subprocess.run(["make", "-s", "-C", str(folder), target, *args],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """A copy of generated/ to build in (nothing is written into the repository)."""
    out = tmp_path_factory.mktemp("export")
    shutil.copytree(ROOT / "generated", out, dirs_exist_ok=True)
    return out


@pytest.mark.parametrize("path", SPECS, ids=IDS)
def test_generated_folder_is_current(path, tmp_path):
    """generated/ is exactly what `convgen generate specs/*.yaml -o generated` writes."""
    folder = export(make_plan(convgen.load_spec(path)), tmp_path)
    committed = ROOT / "generated" / folder.name
    fresh = {p.name: p.read_bytes() for p in folder.iterdir()}
    old = {p.name: p.read_bytes() for p in committed.iterdir()} if committed.is_dir() else {}
    assert sorted(old) == sorted(fresh), "generated/ is stale: run convgen generate " \
                                         "specs/*.yaml -o generated"
    for name in fresh:
        assert old[name] == fresh[name], f"generated/{folder.name}/{name} is stale"


def test_generated_has_no_orphans():
    assert {p.name for p in (ROOT / "generated").iterdir()} == set(NAMES.values())


@pytest.mark.skipif(not have("make", "gcc"), reason="needs make and gcc")
@pytest.mark.parametrize("stem", IDS)
def test_make_check_gcc(exported, stem):
    out = make(exported / NAMES[stem], "CC=gcc", f"CFLAGS={STRICT}")
    assert ": PASS" in out


@pytest.mark.skipif(not have("make", "clang"), reason="clang is not installed "
                    "(.ci/run installs it from Debian)")
@pytest.mark.parametrize("stem", IDS)
def test_make_check_clang(exported, stem):
    folder = exported / NAMES[stem]
    make(folder, target="clean")
    out = make(folder, "CC=clang", f"CFLAGS={STRICT}")
    make(folder, target="clean")
    assert ": PASS" in out


@pytest.mark.skipif(not have("make", "aarch64-linux-gnu-gcc", "qemu-aarch64"),
                    reason="needs gcc-aarch64-linux-gnu and qemu-user (Debian packages; "
                           ".ci/run installs them)")
@pytest.mark.parametrize("stem", IDS)
def test_make_check_aarch64_qemu(exported, stem, tmp_path):
    folder = tmp_path / NAMES[stem]
    shutil.copytree(exported / NAMES[stem], folder)
    out = make(folder, "CC=aarch64-linux-gnu-gcc", f"CFLAGS={STRICT}",
               "RUN=qemu-aarch64 -L /usr/aarch64-linux-gnu")
    assert ": PASS" in out


@pytest.mark.skipif(not have("arm-none-eabi-gcc", "arm-none-eabi-size"),
                    reason="needs gcc-arm-none-eabi (Debian package; .ci/run installs it)")
@pytest.mark.parametrize("stem", IDS)
def test_cortex_m4_builds(exported, stem, tmp_path):
    folder = exported / NAMES[stem]
    objects = []
    for src in sorted(folder.glob("*.c")):
        if src.name.startswith("test_"):
            continue
        obj = tmp_path / (src.stem + ".o")
        done = subprocess.run(["arm-none-eabi-gcc", *M4, "-std=c99", "-Wall", "-Wextra",
                               "-Werror", "-pedantic", "-c", str(src), "-o", str(obj)],
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        objects.append(str(obj))
    size = subprocess.run(["arm-none-eabi-size", *objects], capture_output=True, text=True)
    assert size.returncode == 0 and "text" in size.stdout


# The example models (Keras-made weights): chains, graphs whose tensors live across several
# layers (a residual input, gated branches, U-Net skips), the MLPerf Tiny reference models and
# the Keras MNIST example.
EXAMPLES = ["mnist_cnn", "mobilenet_block", "wavenet_kws", "autoencoder",
            "resblock", "gated_conv1d", "unet_small",
            "kws_ds_cnn", "ic_resnet8", "vww_mobilenet_v1", "ad_autoencoder", "keras_mnist"]


@pytest.mark.parametrize("stem", EXAMPLES)
def test_example_workspace_reuses_memory(stem):
    """The planned workspace holds the largest intermediate tensor and is less than the sum
    of all of them (each counted once): buffers whose lifetimes are over are reused."""
    spec = convgen.load_spec(ROOT / "specs" / f"{stem}.yaml")
    # every layer but the last (the output, in the caller's buffer) writes an intermediate
    sizes = [spec.batch * math.prod(shape) for shape in spec.shapes[1:-1]]
    workspace = make_plan(spec).workspace_size
    assert max(sizes) <= workspace < sum(sizes), (workspace, sizes)


def test_export_without_weights_file_uses_lcg_weights(tmp_path):
    """A spec with no weights file exports a test that makes its own weights."""
    spec = convgen.parse_spec({"name": "lcg", "input_shape": [6, 5, 2], "layers": [
        {"type": "Conv2DTranspose", "filters": 3, "kernel_size": 3, "strides": 2}]})
    folder = export(make_plan(spec), tmp_path)
    assert not (folder / "lcg_weights.c").exists()
    assert "next_value(&state) *" in (folder / "test_lcg.c").read_text()
    if have("make", "gcc"):
        assert ": PASS" in make(folder, "CC=gcc")


def test_lcg_matches_between_python_and_c(tmp_path):
    """The export's input generator: the same values in C and Python, bit for bit."""
    from convgen.export import lcg_floats
    if not have("gcc"):
        pytest.skip("needs gcc")
    src = tmp_path / "lcg.c"
    src.write_text("#include <stdio.h>\nint main(void){unsigned long s=7UL;for(int i=0;i<5;++i)"
                   "{s=(s*1664525UL+1013904223UL)&0xffffffffUL;printf(\"%.9g\\n\","
                   "(double)((float)(s>>8)*(1.0f/8388608.0f)-1.0f));}return 0;}\n")
    subprocess.run(["gcc", "-std=c99", "-o", str(tmp_path / "lcg"), str(src)], check=True)
    out = subprocess.run([str(tmp_path / "lcg")], capture_output=True, text=True).stdout
    values, _ = lcg_floats(5, 7)
    import numpy as np
    assert [np.float32(float(v)) for v in out.split()] == list(values)


def test_failing_export_test_exits_nonzero(exported, tmp_path):
    """The exported test can fail: corrupt one expected value and it must say FAIL."""
    if not have("make", "gcc"):
        pytest.skip("needs make and gcc")
    folder = tmp_path / "glu_gate"
    shutil.copytree(exported / "glu_gate", folder)
    test_c = folder / "test_glu_gate.c"
    text = test_c.read_text()
    first = text.index("cg_check_value[CG_CHECKS] = {") + len("cg_check_value[CG_CHECKS] = {\n    ")
    test_c.write_text(text[:first] + "1000.0f + " + text[first:])
    done = subprocess.run(["make", "-s", "-C", str(folder), "check", "CC=gcc"],
                          capture_output=True, text=True)
    assert done.returncode != 0 and "FAIL" in done.stdout
