"""The standalone export: committed generated/ is current, and every exported folder builds
and passes `make check` with no Python — natively with gcc and clang, on aarch64 under qemu,
and compiles for a Cortex-M4. Cross builds skip with a reason where the tools are absent."""

import glob
import shutil
import subprocess
from pathlib import Path

import pytest

import convgen
from convgen.export import export
from convgen.plan import make_plan
from convgen.targets import CORTEX_M4

ROOT = Path(__file__).resolve().parent.parent
SPECS = sorted(glob.glob(str(ROOT / "specs" / "*.yaml")))
NAMES = {Path(p).stem: convgen.load_spec(p).name for p in SPECS}
IDS = [Path(p).stem for p in SPECS]
STRICT = "-std=c99 -O2 -Wall -Wextra -Werror -pedantic"
M4 = [*CORTEX_M4.flags, "-O2"]   # the cortex-m4 target profile's flags


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
    """The planned workspace holds the largest buffer the steps store (an intermediate
    tensor or a step's scratch) and is less than the sum of all of them (each counted once)
    when there are several: buffers whose lifetimes are over are reused."""
    spec = convgen.load_spec(ROOT / "specs" / f"{stem}.yaml")
    plan = make_plan(spec)
    sizes = [b.size for b in plan.buffers]
    assert sizes, stem
    assert max(sizes) <= plan.workspace_size, (plan.workspace_size, sizes)
    if len(sizes) > 2:
        assert plan.workspace_size < sum(sizes), (plan.workspace_size, sizes)


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


# The binary weights form: <name>_weights.bin (raw little-endian float32) and <name>_weights.S,
# which links it as data (.incbin) under the C array's symbol; `make check WEIGHTS=bin`.
# (float32 specs: an int8 export writes its weights as C only)
WEIGHTED = [stem for stem, spec in zip(IDS, map(convgen.load_spec, SPECS))
            if spec.weights is not None and spec.quant is None]
# Builds: a few specs suffice, as only the weights' object differs from the C array's build
# (tested for every spec above): one layer, the largest blob, a graph.
BIN_BUILDS = ["mnist_conv", "mnist_cnn", "resblock"]


def bin_folder(exported, stem, tmp_path) -> Path:
    """A copy of the exported folder of ``stem``, after checking it holds both forms."""
    name = NAMES[stem]
    folder = tmp_path / name
    shutil.copytree(exported / name, folder)
    for suffix in ("c", "S", "bin"):
        assert (folder / f"{name}_weights.{suffix}").is_file(), f"no {name}_weights.{suffix}"
    return folder


def test_weighted_specs_exist():
    """The binary-form tests below are not vacuous."""
    assert len(WEIGHTED) >= 5 and set(BIN_BUILDS) <= set(WEIGHTED)


@pytest.mark.parametrize("stem", WEIGHTED)
def test_weights_bin_is_the_packed_blob(stem):
    """generated/<name>/<name>_weights.bin holds the blob the C array holds: plan.pack of
    the spec's weights, little-endian float32, and the .S checks its size."""
    spec = convgen.load_spec(ROOT / "specs" / f"{stem}.yaml")
    plan = make_plan(spec)
    folder = ROOT / "generated" / spec.name
    data = (folder / f"{spec.name}_weights.bin").read_bytes()
    assert data == plan.pack(spec.weights).astype("<f4").tobytes()
    assert f".if (. - CG_WEIGHTS) != {len(data)}\n" in (
        folder / f"{spec.name}_weights.S").read_text()


@pytest.mark.skipif(not have("make", "gcc"), reason="needs make and gcc")
@pytest.mark.parametrize("stem", BIN_BUILDS)
def test_make_check_gcc_bin(exported, stem, tmp_path):
    folder = bin_folder(exported, stem, tmp_path)
    out = make(folder, "CC=gcc", f"CFLAGS={STRICT}", "WEIGHTS=bin")
    assert ": PASS" in out and (folder / f"test_{NAMES[stem]}_bin").is_file()
    assert not (folder / f"test_{NAMES[stem]}").exists()   # the C array was not linked


@pytest.mark.skipif(not have("make", "clang"), reason="clang is not installed "
                    "(.ci/run installs it from Debian)")
@pytest.mark.parametrize("stem", BIN_BUILDS[:1])
def test_make_check_clang_bin(exported, stem, tmp_path):
    out = make(bin_folder(exported, stem, tmp_path), "CC=clang", f"CFLAGS={STRICT}",
               "WEIGHTS=bin")
    assert ": PASS" in out


@pytest.mark.skipif(not have("make", "aarch64-linux-gnu-gcc", "qemu-aarch64"),
                    reason="needs gcc-aarch64-linux-gnu and qemu-user (Debian packages; "
                           ".ci/run installs them)")
@pytest.mark.parametrize("stem", BIN_BUILDS)
def test_make_check_aarch64_qemu_bin(exported, stem, tmp_path):
    out = make(bin_folder(exported, stem, tmp_path), "CC=aarch64-linux-gnu-gcc",
               f"CFLAGS={STRICT}", "RUN=qemu-aarch64 -L /usr/aarch64-linux-gnu", "WEIGHTS=bin")
    assert ": PASS" in out


@pytest.mark.skipif(not have("arm-none-eabi-gcc", "arm-none-eabi-nm"),
                    reason="needs gcc-arm-none-eabi (Debian package; .ci/run installs it)")
@pytest.mark.parametrize("stem", BIN_BUILDS)
def test_cortex_m4_links_bin(exported, stem, tmp_path):
    """The test program links for a Cortex-M4 (newlib's nosys stubs) with the .S: the weights
    are a global read-only object of the blob's size, 64-byte aligned."""
    name = NAMES[stem]
    folder = bin_folder(exported, stem, tmp_path)
    elf = tmp_path / "test.elf"
    done = subprocess.run(["arm-none-eabi-gcc", *M4, "-std=c99", "-Wall", "-Wextra", "-Werror",
                           "-pedantic", "--specs=nosys.specs", "-o", str(elf),
                           f"test_{name}.c", f"{name}.c", f"{name}_weights.S", "-lm"],
                          cwd=folder, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    symbols = subprocess.run(["arm-none-eabi-nm", "-S", str(elf)], capture_output=True,
                             text=True, check=True).stdout.split("\n")
    [(address, size, kind)] = [line.split()[:3] for line in symbols
                               if line.endswith(f" {name}_weights")]
    assert kind == "R" and int(address, 16) % 64 == 0
    assert int(size, 16) == (folder / f"{name}_weights.bin").stat().st_size


@pytest.mark.skipif(not have("gcc"), reason="needs gcc")
def test_weights_bin_of_the_wrong_size_fails_to_assemble(exported, tmp_path):
    """The .S refuses a .bin that is not the blob's size (a stale or truncated file)."""
    folder = bin_folder(exported, "mnist_conv", tmp_path)
    blob = folder / "mnist_conv_weights.bin"
    blob.write_bytes(blob.read_bytes()[:-4])
    done = subprocess.run(["gcc", "-c", "mnist_conv_weights.S", "-o", str(tmp_path / "w.o")],
                          cwd=folder, capture_output=True, text=True)
    assert done.returncode != 0 and "mnist_conv_weights.bin is not 832 bytes" in done.stderr


@pytest.mark.skipif(not have("gcc", "objcopy"), reason="needs gcc and objcopy")
def test_weights_bin_through_objcopy(exported, tmp_path):
    """The README's objcopy alternative to the .S links and passes."""
    folder = bin_folder(exported, "mnist_conv", tmp_path)
    subprocess.run(["objcopy", "-I", "binary", "-O", "elf64-x86-64", "-B", "i386:x86-64",
                    "--rename-section", ".data=.rodata.mnist_conv_weights,alloc,load,readonly,"
                    "data,contents", "--set-section-alignment", ".data=64",
                    "--redefine-sym", "_binary_mnist_conv_weights_bin_start=mnist_conv_weights",
                    "--add-section", ".note.GNU-stack=/dev/null",
                    "mnist_conv_weights.bin", "weights.o"], cwd=folder, check=True)
    subprocess.run(["gcc", *STRICT.split(), "-o", "test", "test_mnist_conv.c", "mnist_conv.c",
                    "weights.o", "-lm"], cwd=folder, check=True)
    out = subprocess.run(["./test"], cwd=folder, capture_output=True, text=True)
    assert out.returncode == 0 and ": PASS" in out.stdout


def test_export_weights_forms(tmp_path):
    """weights_form="c" writes the C array only, "bin" the .bin and .S only (the Makefile
    defaults to the form written), "both" both; a form not written is removed."""
    spec = convgen.load_spec(ROOT / "specs" / "mnist_conv.yaml")
    plan = make_plan(spec)
    made = {}
    for form in ("both", "bin", "c", "both"):
        folder = export(plan, tmp_path, weights_form=form)
        made[form] = sorted(p.name for p in folder.glob("mnist_conv_weights.*"))
        made[form + " make"] = [line for line in (folder / "Makefile").read_text().split("\n")
                                if line.startswith("WEIGHTS ?=")]
    assert made == {"both": ["mnist_conv_weights.S", "mnist_conv_weights.bin",
                             "mnist_conv_weights.c"], "both make": ["WEIGHTS ?= c"],
                    "bin": ["mnist_conv_weights.S", "mnist_conv_weights.bin"],
                    "bin make": ["WEIGHTS ?= bin"],
                    "c": ["mnist_conv_weights.c"], "c make": ["WEIGHTS ?= c"]}
    with pytest.raises(ValueError, match="weights_form='asm'"):
        export(plan, tmp_path, weights_form="asm")


def test_generate_weights_option(tmp_path, capsys):
    """`convgen generate --weights bin` writes no C array; a bad form is a usage error."""
    from convgen.cli import main
    spec = str(ROOT / "specs" / "mnist_conv.yaml")
    assert main(["generate", spec, "-o", str(tmp_path), "--weights", "bin", "-q"]) == 0
    assert sorted(p.name for p in (tmp_path / "mnist_conv").glob("*_weights.*")) == [
        "mnist_conv_weights.S", "mnist_conv_weights.bin"]
    with pytest.raises(SystemExit) as stop:
        main(["generate", spec, "-o", str(tmp_path), "--weights", "asm"])
    assert stop.value.code == 2 and "invalid choice: 'asm'" in capsys.readouterr().err


@pytest.mark.skipif(not have("make", "gcc"), reason="needs make and gcc")
def test_make_rejects_a_form_not_exported(tmp_path):
    folder = export(make_plan(convgen.load_spec(ROOT / "specs" / "mnist_conv.yaml")),
                    tmp_path, weights_form="bin")
    assert ": PASS" in make(folder, "CC=gcc")   # the default is the form written
    done = subprocess.run(["make", "-s", "-C", str(folder), "check", "WEIGHTS=c"],
                          capture_output=True, text=True)
    assert done.returncode != 0 and "WEIGHTS=c: this folder offers WEIGHTS=bin" in done.stderr


def test_c_value_prints_what_cfloat_prints():
    """The export's inlined float printer agrees with the cfloat filter, edges included."""
    import numpy as np

    from convgen.export import c_rows, c_values
    from convgen.render import cfloat
    rng = np.random.default_rng(5)
    values = np.concatenate([
        rng.standard_normal(2000) * 10.0 ** rng.integers(-44, 38, 2000),
        [0.0, -0.0, 1.0, -2.0, 100.0, 1e9, 16777216.0, 0.1, 3.4028235e38, 1.4e-45, -1.4e-45,
         1.17549435e-38, 123456789.0, 1e-5]]).astype(np.float32)
    assert c_values(values) == [cfloat(v) for v in values]
    assert c_values(np.array([np.nan, np.inf, -np.inf], np.float32)) == \
        ["NAN", "INFINITY", "-INFINITY"]
    assert c_rows(values[:7]) == "    " + ", ".join(c_values(values[:5])) + ",\n    " + \
        ", ".join(c_values(values[5:7])) + "\n"


@pytest.mark.slow
@pytest.mark.skipif(not have("make", "gcc"), reason="needs make and gcc")
def test_big_model_exports_and_checks_in_bin_form(tmp_path, capsys):
    """A model of 33.6 M weights (Dense 4096 -> 4096 -> 4096) exported with
    weights_form="bin" builds and passes `make check` (its C array would be 561 MB of source:
    see the README). Slow: 400 MB of files and about 1.5 GB of memory."""
    import time

    import numpy as np
    rng = np.random.default_rng(0)
    arrays = []
    for _ in range(2):
        arrays += [(rng.standard_normal((4096, 4096), np.float32) / np.float32(64)),
                   rng.standard_normal(4096, np.float32) * np.float32(0.1)]
    np.savez(tmp_path / "big_mlp.npz", *arrays)
    del arrays
    spec_path = tmp_path / "big_mlp.yaml"
    spec_path.write_text("name: big_mlp\ninput_shape: [4096]\nweights: big_mlp.npz\nlayers:\n"
                         "  - {type: Dense, units: 4096, activation: relu}\n"
                         "  - {type: Dense, units: 4096}\n")
    start = time.perf_counter()
    plan = make_plan(convgen.load_spec(spec_path))
    assert plan.weights_size == 2 * (4096 * 4096 + 4096)
    folder = export(plan, tmp_path / "out", weights_form="bin")
    exported = time.perf_counter() - start
    assert not (folder / "big_mlp_weights.c").exists()
    assert (folder / "big_mlp_weights.bin").stat().st_size == 4 * plan.weights_size
    source = sum(p.stat().st_size for p in folder.iterdir() if p.suffix != ".bin")
    assert source < 100_000   # the model, test and .S: no weights as text
    start = time.perf_counter()
    out = make(folder, "CC=gcc", f"CFLAGS={STRICT}")
    built = time.perf_counter() - start
    assert ": PASS" in out
    with capsys.disabled():   # the figures the README quotes (reported, not asserted)
        print(f"\nbig_mlp (bin): export {exported:.1f} s, make check {built:.1f} s, "
              f"{source:,} bytes of source + {4 * plan.weights_size:,} bytes of .bin")
