"""TensorFlow Lite Micro with CMSIS-NN on the Cortex-M4 harness of cortex_m.py: the same
int8 .tflite models, input, oracle, board and flags as convgen's int8 exports.

    python benchmarks/tflm_m4.py --tflm /work/tflm-build/tflite-micro \\
        [--prepare /work/.mirror] [--with-convgen] [--json FILE] \\
        tests/tflite_int8/whole_ds_cnn.tflite ...

``--prepare MIRRORS`` first fills the TFLM source tree's ``tensorflow/lite/micro/tools/make/
downloads/`` from git mirrors (``MIRRORS/<owner>+<name>/repo``) at the commits and tags
TFLM's own download scripts pin (CMSIS_6, CMSIS-NN, flatbuffers with TFLM's patch, gemmlowp,
ruy), so that its make build downloads nothing; see ``prepare`` for what cannot come from
them. Then TFLM's library is built by its own make (``TARGET=cortex_m_generic
TARGET_ARCH=cortex-m4+fp OPTIMIZED_KERNEL_DIR=cmsis_nn BUILD_TYPE=release``, target
``microlite``), with the FPU of ``convgen.targets.CORTEX_M4`` and ``--opt`` (-O2) for all of
its objects (TFLM's default compiles its framework at -Os).

Per model: a small C++ program (``benchmarks/tflm/tflm_model.cc.in``) holds the flatbuffer
as const data, a ``MicroMutableOpResolver`` with the model's ops only (TFLM's default
registrations, which are CMSIS-NN's kernels where it has one) and a static arena of the
smallest size that works (bisection, in 16-byte steps, between ``arena_used_bytes()`` of a first run
with a large arena and that arena); it is linked with the Cortex-M4 flags of
``convgen.targets.CORTEX_M4`` and --opt and run under QEMU (``mps2-an386``) by the harness of
``benchmarks/cortex_m.py`` (its start-up, linker script, semihosting, stack painting and
instruction-counting plugin, imported, not copied). The input is the one of convgen's int8 self-test
(``quantized.random_input`` with seed 0); the output must EQUAL convgen's integer oracle
(``quantized.oracle``), every element, else the row says FAIL with the count of differing
elements. Marks (``cg_mark()``) split the count: the set-up (the op resolver, the
interpreter, ``AllocateTensors``, the input copy) and ``Invoke()``, the inference.

Sizes come from the link map of a second firmware holding only the model call (no stdio):
flash per part (the TFLM framework, its kernels, CMSIS-NN, the flatbuffer, the program, the
C/C++ libraries) and static RAM (the arena apart); the stack is the painted peak of the whole
call. ``--with-convgen`` measures convgen's int8 export of the same .tflite for the
``cortex-m4`` target by ``cortex_m.measure_export`` for the columns beside it. Exits 1 when
an output differs or a run fails, 2 when the tools or TFLM are missing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import cortex_m  # noqa: E402  (puts the repository root on sys.path)
import numpy as np  # noqa: E402
from cortex_m import BOARDS, COMMON, HARNESS, compile_c, member_name, run  # noqa: E402

ROOT = cortex_m.ROOT
ADAPTER = HERE / "tflm"
CXX = "arm-none-eabi-g++"
MAKEFILE = "tensorflow/lite/micro/tools/make/Makefile"
DOWNLOADS = "tensorflow/lite/micro/tools/make/downloads"
LIB_NAME = "libtensorflow-microlite.a"
SOURCE_NOTE = "tflm_m4_sources.txt"   # in downloads/: the commit of each folder prepare() filled
FIRST_ARENA = 1536 * 1024   # the first run's arena: more than any of the models needs
ARENA_ALIGN = 16            # the arena's alignment (TFLM aligns its buffers to 16)

# TFLM builtin operator -> MicroMutableOpResolver method (the ops of the MLPerf Tiny models
# and MobileNetV2; a model with another op is refused with its name)
RESOLVER = {
    "CONV_2D": "AddConv2D", "DEPTHWISE_CONV_2D": "AddDepthwiseConv2D",
    "FULLY_CONNECTED": "AddFullyConnected", "AVERAGE_POOL_2D": "AddAveragePool2D",
    "MAX_POOL_2D": "AddMaxPool2D", "SOFTMAX": "AddSoftmax", "ADD": "AddAdd",
    "MEAN": "AddMean", "RESHAPE": "AddReshape", "MUL": "AddMul", "PAD": "AddPad",
    "CONCATENATION": "AddConcatenation", "LOGISTIC": "AddLogistic", "QUANTIZE": "AddQuantize",
    "DEQUANTIZE": "AddDequantize",
}


# --- the TFLM sources and library --------------------------------------------------------------

# what TFLM's download scripts fetch: (mirror, folder in downloads/, script, pin pattern)
PINS = (
    ("ARM-software+CMSIS_6", "cmsis", "tensorflow/lite/micro/tools/make/ext_libs/"
     "cmsis_download.sh", r'ZIP_PREFIX="(\w+)"'),
    ("ARM-software+CMSIS-NN", "cmsis_nn", "tensorflow/lite/micro/tools/make/ext_libs/"
     "cmsis_nn_download.sh", r'ZIP_PREFIX_NN="(\w+)"'),
    ("google+flatbuffers", "flatbuffers", "tensorflow/lite/micro/tools/make/"
     "flatbuffers_download.sh", r'ZIP_PREFIX="(v[\w.]+)"'),
    ("google+gemmlowp", "gemmlowp", "tensorflow/lite/micro/tools/make/"
     "third_party_downloads.inc", r"GEMMLOWP_URL.*/archive/(\w+)\.zip"),
    ("google+ruy", "ruy", "tensorflow/lite/micro/tools/make/third_party_downloads.inc",
     r"RUY_URL.*/archive/(\w+)\.zip"),
)


def prepare(tflm: Path, mirrors: Path) -> Dict[str, str]:
    """Fill ``tflm``'s downloads/ from the git mirrors at the pinned commits (an existing
    folder is kept, as TFLM's scripts keep it); returns {folder: "mirror commit"}.

    Not in the mirrors, and what stands in for them: Cortex_DFP (the device header
    ``ARMCM4.h``, included only by ``cortex_m_generic/micro_time.cc``'s cycle counter):
    ``benchmarks/tflm/ARMCM4.h``; kissfft (only the signal library's FFTs): an empty
    folder, and the signal library is left out of the build (``build_library``); pigweed
    (only TFLM's tests): an empty folder."""
    downloads = tflm / DOWNLOADS
    downloads.mkdir(parents=True, exist_ok=True)
    used: Dict[str, str] = {}
    for mirror, folder, script, pattern in PINS:
        repo = mirrors / mirror / "repo"
        pin = re.search(pattern, (tflm / script).read_text()).group(1)
        commit = run(["git", "-C", repo, "rev-parse", "--verify", f"{pin}^{{commit}}"],
                     check=False).stdout.strip()
        note = ""
        if not commit:   # not in the mirror's history: its newest, said so
            commit, note = run(["git", "-C", repo, "rev-parse", "HEAD"]).stdout.strip(), \
                f" (pinned {pin} absent: the mirror's HEAD)"
        dest = downloads / folder
        if dest.exists():
            continue
        dest.mkdir()
        used[folder] = f"{mirror} {pin} = {commit}{note}"
        archive = subprocess.run(["git", "-C", str(repo), "archive", commit],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
        if folder == "flatbuffers":   # as flatbuffers_download.sh: no BUILD files, the patch
            for build in [*dest.rglob("BUILD"), *dest.rglob("BUILD.bazel")]:
                build.unlink()
            run(["patch", "-p1", "-d", dest, "-i",
                 tflm / "tensorflow/lite/micro/tools/make/flatbuffers.patch"])
    dfp = downloads / "cmsis" / "Cortex_DFP" / "Device" / "ARMCM4" / "Include"
    dfp.mkdir(parents=True, exist_ok=True)
    shutil.copy(ADAPTER / "ARMCM4.h", dfp / "ARMCM4.h")
    for absent in ("kissfft", "pigweed"):
        (downloads / absent).mkdir(exist_ok=True)
    notes = source_commits(tflm)
    notes.update(used)
    (downloads / SOURCE_NOTE).write_text("".join(f"{k}: {v}\n" for k, v in notes.items()))
    return used


def make_args(opt: str) -> List[str]:
    """TFLM's make variables: its Cortex-M4 with FPU, CMSIS-NN kernels, the release build
    (no error strings), the FPU and --opt of convgen's CORTEX_M4 for every object, and
    without the signal library (its FFTs need kissfft, absent here; no model uses it)."""
    flags = [f for f in BOARDS["cortex-m4"].cflags if f.startswith("-ffp-contract")]
    level = " ".join([opt, *flags])
    return ["TARGET=cortex_m_generic", "TARGET_ARCH=cortex-m4+fp",
            "OPTIMIZED_KERNEL_DIR=cmsis_nn", "TOOLCHAIN=gcc",
            f"TARGET_TOOLCHAIN_ROOT={Path(shutil.which(cortex_m.CC)).parent}/",
            "BUILD_TYPE=release", "FPU=fpv4-sp-d16",
            f"CORE_OPTIMIZATION_LEVEL={level}", f"KERNEL_OPTIMIZATION_LEVEL={level}",
            f"THIRD_PARTY_KERNEL_OPTIMIZATION_LEVEL={level}",
            "MICROLITE_CC_SIGNAL_KERNEL_SRCS="]


def gendir(tflm: Path) -> Path:
    return tflm / "gen" / "cortex_m_generic_cortex-m4+fp_release_cmsis_nn_gcc"


def build_library(tflm: Path, opt: str, jobs: int = 2) -> Path:
    """TFLM's ``make microlite`` (incremental); the library's path. The signal library's
    FFT wrappers (``additional_kernels.inc``, kissfft's users) are taken out of the
    scratch tree's build, as its kernels are by MICROLITE_CC_SIGNAL_KERNEL_SRCS=."""
    extra = tflm / "tensorflow/lite/micro/tools/make/additional_kernels.inc"
    if "kiss_fft" in extra.read_text():
        extra.write_text("# tflm_m4.py: the signal library's kissfft wrappers left out\n")
    run(["make", "-f", MAKEFILE, *make_args(opt), f"-j{jobs}", "microlite"], cwd=tflm)
    return gendir(tflm) / "lib" / LIB_NAME


def member_parts(tflm: Path) -> Dict[str, str]:
    """Archive member (object file name) -> part: "CMSIS-NN", "TFLM kernels" or "TFLM
    framework", from where TFLM's make put each object."""
    parts = {}
    for obj in (gendir(tflm) / "obj").rglob("*.o"):
        rel = obj.relative_to(gendir(tflm) / "obj").as_posix()
        if "cmsis_nn/Source" in rel or "/cmsis_nn/" in rel and "/kernels/" not in rel:
            part = "CMSIS-NN"
        elif "/kernels/" in rel:
            part = "TFLM kernels"
        else:
            part = "TFLM framework"
        parts[obj.name] = part
    return parts


def source_commits(tflm: Path) -> Dict[str, str]:
    """{downloads folder: "mirror pin = commit"}, as prepare() noted them (in downloads/
    itself: a file in a downloaded folder would make TFLM's make rebuild everything)."""
    note = tflm / DOWNLOADS / SOURCE_NOTE
    lines = note.read_text().splitlines() if note.exists() else []
    return dict(line.split(": ", 1) for line in lines if ": " in line)


# --- the program -------------------------------------------------------------------------------

def ops_of(model_bytes: bytes, label: str) -> List[str]:
    """The builtin operators a model uses, in first-use order."""
    from convgen.tflite_model import read_model
    names = []
    for op in read_model(model_bytes, label).operators:
        if op.name not in names:
            names.append(op.name)
    return names


def write_program(folder: Path, model_bytes: bytes, ops: Sequence[str], arena: int,
                  in_bytes: int, out_bytes: int, x: np.ndarray, expected: np.ndarray) -> None:
    """``tflm_model.h``/``.cc`` (the harness's entry point around TFLM), ``tflm_data.cc``
    (the flatbuffer) and ``tflm_selftest.c`` (the input, the oracle's output, the check)."""
    missing = [op for op in ops if op not in RESOLVER]
    if missing:
        raise RuntimeError(f"no op resolver entry for {', '.join(missing)}")
    (folder / "tflm_model.h").write_text(
        f"/* TFLM in the harness's calling convention (tflm_m4.py). */\n"
        f"#ifndef TFLM_MODEL_H\n#define TFLM_MODEL_H\n"
        f"#define TFLM_MODEL_INPUT_SIZE {in_bytes}\n#define TFLM_MODEL_OUTPUT_SIZE {out_bytes}\n"
        f"#define TFLM_MODEL_WORKSPACE_SIZE 0\n#define TFLM_MODEL_WEIGHTS_SIZE 0\n"
        f"#ifdef __cplusplus\nextern \"C\" {{\n#endif\n"
        f"int tflm_model(const void *input, const void *weights, void *output, "
        f"void *workspace);\nextern unsigned long tflm_arena_used;\n"
        f"#ifdef __cplusplus\n}}\n#endif\n#endif\n")
    adds = "".join(f"    resolver.{RESOLVER[op]}();\n" for op in ops)
    text = (ADAPTER / "tflm_model.cc.in").read_text()
    (folder / "tflm_model.cc").write_text(
        text.replace("@N_OPS@", str(len(ops))).replace("@ADD_OPS@", adds)
        .replace("@ARENA@", str(arena)).replace("@ALIGN@", str(ARENA_ALIGN)))
    rows = [", ".join(f"0x{b:02x}" for b in model_bytes[i:i + 16])
            for i in range(0, len(model_bytes), 16)]
    data = ("/* The .tflite flatbuffer as const data (tflm_m4.py). */\n"
            f"alignas(16) extern const unsigned char tflm_flatbuffer[{len(model_bytes)}] = {{\n"
            + ",\n".join(rows) + "\n};\n")
    target = folder / "tflm_data.cc"
    if not target.exists() or target.read_text() != data:   # unchanged: not recompiled
        target.write_text(data)
    (folder / "tflm_selftest.c").write_text(
        SELFTEST.replace("@N_IN@", str(x.size)).replace("@N_OUT@", str(expected.size))
        .replace("@INPUT@", ", ".join(str(int(v)) for v in x.ravel()))
        .replace("@EXPECTED@", ", ".join(str(int(v)) for v in expected.ravel())))


SELFTEST = """/* TFLM's self-test (tflm_m4.py): convgen's int8 self-test input, the oracle's output. */
#include <stdint.h>
#include <stdio.h>
#include "tflm_model.h"

int cg_model_under_test(const void *input, const void *weights, void *output,
                        void *workspace);
int cg_selftest_main(void);

static const int8_t tflm_input[@N_IN@] = {@INPUT@};
static const int8_t tflm_expected[@N_OUT@] = {@EXPECTED@};
static int8_t tflm_output[@N_OUT@];

int cg_selftest_main(void)
{
    int i, bad = 0, worst = 0;
    int rc = cg_model_under_test(tflm_input, 0, tflm_output, 0);
    for (i = 0; i < @N_OUT@; ++i) {
        int d = tflm_output[i] - tflm_expected[i];
        d = d < 0 ? -d : d;
        bad += d != 0;
        worst = d > worst ? d : worst;
    }
    printf("tflm: arena used %lu bytes\\n", tflm_arena_used);
    printf("tflm: status %d, %d of @N_OUT@ outputs differ from the oracle (max |diff| %d): "
           "%s\\n", rc, bad, worst, rc == 0 && bad == 0 ? "PASS" : "FAIL");
    return rc != 0 || bad != 0;
}
"""


@dataclass
class Firmware:
    elf: Path
    map: Path


def build(folder: Path, tflm: Path, lib: Path, opt: str, work: Path) -> Dict[str, Firmware]:
    """The self-test firmware (``test``) and the model call alone (``model``, linked, not
    run), as cortex_m.build() makes them, with TFLM's C++ flags for the program."""
    board = BOARDS["cortex-m4"]
    flags = [*board.cflags, *opt.split(), *COMMON]
    downloads = tflm / DOWNLOADS
    cxxflags = [*board.cflags, *opt.split(), "-std=c++17", "-ffunction-sections",
                "-fdata-sections", "-fno-rtti", "-fno-exceptions", "-fno-threadsafe-statics",
                "-fno-unwind-tables", "-fno-asynchronous-unwind-tables", "-DNDEBUG",
                "-DTF_LITE_STRIP_ERROR_STRINGS", "-DTF_LITE_STATIC_MEMORY",
                f"-I{tflm}", f"-I{downloads / 'flatbuffers' / 'include'}",
                f"-I{downloads / 'gemmlowp'}", f"-I{folder}"]
    program = []
    for src in ("tflm_model.cc", "tflm_data.cc"):
        obj = work / f"{Path(src).stem}.o"
        if not obj.exists() or obj.stat().st_mtime < (folder / src).stat().st_mtime:
            run([CXX, *cxxflags, "-c", folder / src, "-o", obj])
        program.append(obj)
    ident = ["-DCG_MODEL=tflm_model", '-DCG_MODEL_HEADER="tflm_model.h"',
             "-DCG_MODEL_UPPER=TFLM_MODEL", f"-I{folder}"]
    test = compile_c(folder / "tflm_selftest.c", work / "tflm_selftest.o", [*flags, f"-I{folder}"])
    harness = compile_c(HARNESS / "harness.c", work / "harness.o", [*flags, *ident])
    only = compile_c(HARNESS / "model_only.c", work / "model_only.o",
                     [*flags, *ident, "-DCG_BYTES"])
    startup = compile_c(HARNESS / "startup.S", work / "startup.o", board.cflags)
    link = [CXX, *board.cflags, *opt.split(), "-nostartfiles", "--specs=nano.specs", "-T",
            HARNESS / board.script, f"-L{HARNESS}", "-Wl,--gc-sections"]
    firmware = {}
    for kind, objects, extra in (("test", [*program, test, harness, startup],
                                  ["-u", "_printf_float"]),
                                 ("model", [*program, only, startup], [])):
        elf, map_ = work / f"{kind}.elf", work / f"{kind}.map"
        run([*link, *extra, f"-Wl,-Map={map_}", "-o", elf, *objects, lib, "-lm"])
        firmware[kind] = Firmware(elf, map_)
    return firmware


# --- sizes -------------------------------------------------------------------------------------

@dataclass
class Sizes:
    flash: Dict[str, int] = field(default_factory=dict)   # part -> bytes
    ram: Dict[str, int] = field(default_factory=dict)     # part -> .data + .bss bytes
    arena: int = 0
    lib_names: List[str] = field(default_factory=list)
    init_array: int = 0      # C++ static constructors (the harness's start-up runs none)


def sizes(map_text: str, parts: Dict[str, str]) -> Sizes:
    """Bytes placed per part, from the model-only firmware's map (after --gc-sections):
    the archive's members by ``parts``; ``tflm_data.o`` is the flatbuffer, ``tflm_model.o``
    the program (its .bss is the arena); model_only.c and startup.S are the harness's."""
    out = Sizes()
    libs = set()
    for output, section, size, file in cortex_m.input_sections(map_text):
        if not size:
            continue
        if output in (".init_array", ".preinit_array", ".ctors"):
            out.init_array += size   # placed after .text by the linker (orphans): flash
        elif output not in (*cortex_m.FLASH_SECTIONS, ".data", ".bss"):
            continue    # not loaded: .ARM.attributes, .comment, debug sections
        flash = size if output != ".bss" else 0
        ram = size if output in (".data", ".bss") else 0
        base = Path(file).name
        if base == "tflm_data.o":
            part = "flatbuffer"
        elif base == "tflm_model.o":
            part = "program"
            if output == ".bss" and section and re.search(r"tflm_arena(E|$)", section):
                out.arena += size
                continue
        elif f"{LIB_NAME}(" in file:
            part = parts.get(re.search(r"\(([^)]+)\)$", file).group(1), "TFLM framework")
        elif ".a(" in file:
            part = "libraries"
            libs.add(member_name(file))
        else:
            continue    # the harness: model_only.o, startup.o
        out.flash[part] = out.flash.get(part, 0) + flash
        out.ram[part] = out.ram.get(part, 0) + ram
    out.lib_names = sorted(libs)
    return out


# --- one model ---------------------------------------------------------------------------------

@dataclass
class Result:
    name: str
    status: str                          # PASS, FAIL, error
    reason: str = ""
    macs: int = 0
    ops: List[str] = field(default_factory=list)
    differ: Optional[int] = None          # output elements unequal to the oracle
    max_diff: Optional[int] = None
    instructions: Optional[int] = None    # Invoke()
    setup: Optional[int] = None           # resolver, interpreter, AllocateTensors, input copy
    arena: Optional[int] = None           # the arena linked (the smallest that works)
    arena_used: Optional[int] = None      # arena_used_bytes()
    stack: Optional[int] = None
    sizes: Sizes = field(default_factory=Sizes)
    convgen: Optional[dict] = None


def marks(work: Path) -> List[int]:
    log = work / "plugin.log"
    return [int(v) for v in re.findall(r"^mark (\d+)$", log.read_text(), re.M)] \
        if log.exists() else []


def attempt(folder: Path, tflm: Path, lib: Path, opt: str, work: Path, plugin: Optional[Path],
            model_bytes: bytes, ops, arena: int, spec, x, expected):
    """Build and run with an arena of ``arena`` bytes: (firmware, cortex_m.Run)."""
    write_program(folder, model_bytes, ops, arena, x.size, expected.size, x, expected)
    firmware = build(folder, tflm, lib, opt, work)
    return firmware, cortex_m.run_qemu(firmware["test"].elf, BOARDS["cortex-m4"], plugin, work)


def measure(path: Path, tflm: Path, lib: Path, parts: Dict[str, str], opt: str, work: Path,
            plugin: Optional[Path], with_convgen: bool) -> Result:
    import convgen
    from convgen import quantized

    spec = convgen.from_tflite(path)
    model_bytes = path.read_bytes()
    ops = ops_of(model_bytes, path.name)
    x = quantized.random_input(spec, np.random.default_rng(0))   # convgen's self-test input
    expected = quantized.oracle(spec, x)
    result = Result(path.stem, "error", ops=ops,
                    macs=sum(node.macs() for node in spec.graph.nodes) * spec.batch)
    if with_convgen:
        result.convgen = convgen_figures(spec, opt, work / "convgen", plugin)
    folder = work / "tflm"
    folder.mkdir(parents=True, exist_ok=True)
    args = (folder, tflm, lib, opt, work, plugin, model_bytes, ops)
    firmware, outcome = attempt(*args, FIRST_ARENA, spec, x, expected)
    used = re.search(r"arena used (\d+) bytes", outcome.output)
    if not used or int(used.group(1)) == 0:
        result.reason = outcome.output[-2000:]
        return result
    result.arena_used = int(used.group(1))
    # the smallest arena (in steps of ARENA_ALIGN) with which AllocateTensors succeeds, by
    # bisection between arena_used_bytes() (AllocateTensors also needs temporary space that
    # figure leaves out) and the first run's arena, which works
    low = -(-result.arena_used // ARENA_ALIGN) - 1   # in units of ARENA_ALIGN: fails
    high = FIRST_ARENA // ARENA_ALIGN                 # works
    guess, last = low + 1, None    # first arena_used_bytes() itself, rounded up
    while high - low > 1:
        firmware, outcome = attempt(*args, guess * ARENA_ALIGN, spec, x, expected)
        last = guess
        if "status 0," in outcome.output:
            high = guess
        else:
            low = guess
        guess = (low + high) // 2
    result.arena = high * ARENA_ALIGN
    if last != high:   # the figures below are of the run with the smallest arena
        firmware, outcome = attempt(*args, result.arena, spec, x, expected)
    line = re.search(r"status (-?\d+), (\d+) of \d+ outputs differ .*\|diff\| (\d+)\)",
                     outcome.output)
    if line:
        result.differ, result.max_diff = int(line.group(2)), int(line.group(3))
    result.status = "PASS" if outcome.passed else "FAIL"
    result.reason = "" if outcome.passed else outcome.output[-2000:]
    result.stack = outcome.stack
    m = marks(work)
    if len(m) == 6:   # the empty pair, the call's start, after the set-up, after Invoke, end
        pair = m[1] - m[0]
        result.setup = (m[3] - m[2]) - pair
        result.instructions = (m[4] - m[3]) - pair
    result.sizes = sizes(firmware["model"].map.read_text(), parts)
    return result


def convgen_figures(spec, opt: str, work: Path, plugin: Optional[Path]) -> dict:
    """convgen's int8 export of the same .tflite for the cortex-m4 target, measured by
    cortex_m.measure_export (quantized.make_plan/write directly: the target matters)."""
    from convgen import quantized
    work.mkdir(parents=True, exist_ok=True)
    plan = quantized.make_plan(spec, target="cortex-m4")
    folder = quantized.write(spec, work / "export", target="cortex-m4")
    r = cortex_m.measure_export(plan, folder, BOARDS["cortex-m4"], opt, work, plugin)
    return {"check": "PASS" if r.passed else "FAIL", "instructions": r.instructions,
            "per_mac": r.instructions / r.macs if r.instructions and r.macs else None,
            "code": r.code, "weights": r.weights, "libs": r.libs, "static_ram": r.static_ram,
            "workspace": r.workspace, "stack": r.stack, "io": r.io}


# --- the table ---------------------------------------------------------------------------------

PARTS = ("TFLM framework", "TFLM kernels", "CMSIS-NN", "program", "flatbuffer", "libraries")


def _n(v) -> str:
    return "-" if v is None else f"{v:,}"


def header(with_convgen: bool) -> str:
    cols = ["model", "TFLM check", "MACs", "Invoke instructions", "per MAC", "set-up instr.",
            "flash B: framework", "kernels", "CMSIS-NN", "program", "flatbuffer", "libraries",
            "flash total", "arena B", "other static RAM B", "stack B", "RAM total"]
    if with_convgen:
        cols += ["convgen check", "convgen instructions", "per MAC", "code B", "weights B",
                 "libraries B", "flash total", "workspace B", "static RAM B", "stack B",
                 "RAM total"]
    return "| " + " | ".join(cols) + " |\n|---|---|" + "---:|" * (len(cols) - 2)


def row(r: Result, with_convgen: bool) -> str:
    if r.status == "error":
        return f"| {r.name} | error: {r.reason} |".replace("\n", " ")
    s = r.sizes
    per_mac = f"{r.instructions / r.macs:.2f}" if r.instructions and r.macs else "-"
    check = "PASS (equal)" if r.status == "PASS" else \
        f"**FAIL** ({r.differ} differ, max {r.max_diff})"
    static = sum(s.ram.values())
    flash = sum(s.flash.values())
    ram = s.arena + static + r.stack if r.stack is not None else None
    cells = [r.name, check, _n(r.macs), _n(r.instructions), per_mac, _n(r.setup),
             *[_n(s.flash.get(p, 0)) for p in PARTS], _n(flash), _n(s.arena), _n(static),
             _n(r.stack), _n(ram)]
    if with_convgen and r.convgen:
        c = r.convgen
        total = c["code"] + c["weights"] + c["libs"]
        cram = c["workspace"] + c["static_ram"] + c["stack"] if c["stack"] is not None else None
        cells += [c["check"], _n(c["instructions"]),
                  f"{c['per_mac']:.2f}" if c["per_mac"] else "-", _n(c["code"]),
                  _n(c["weights"]), _n(c["libs"]), _n(total), _n(c["workspace"]),
                  _n(c["static_ram"]), _n(c["stack"]), _n(cram)]
    return "| " + " | ".join(cells) + " |"


def write_json(path: Path, head: str, sources: Dict[str, str], result: Result) -> None:
    """Add ``result`` to the JSON file ``path`` (its other models are kept when they were
    measured with the same set-up line and sources)."""
    old = json.loads(path.read_text()) if path.exists() else {}
    models = old.get("models", {}) if (old.get("setup"), old.get("sources")) == \
        (head, sources) else {}
    models[result.name] = asdict(result)
    path.write_text(json.dumps({"setup": head, "sources": sources,
                                "models": dict(sorted(models.items()))}, indent=1) + "\n")


def missing_tools() -> List[str]:
    return [*cortex_m.missing_tools(), *([CXX] if not shutil.which(CXX) else []),
            *(["make"] if not shutil.which("make") else [])]


def has_tflm(tflm: Optional[Path]) -> bool:
    return tflm is not None and (Path(tflm) / MAKEFILE).exists()


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog=__doc__.split("\n\n", 1)[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("models", nargs="+", type=Path, help="int8 .tflite models")
    ap.add_argument("--tflm", type=Path, default=os.environ.get("TFLM_DIR"),
                    help="a tflite-micro source tree (git archive of the repository; its "
                         "downloads/ filled by --prepare or by TFLM's scripts); default "
                         "$TFLM_DIR")
    ap.add_argument("--prepare", type=Path, metavar="MIRRORS",
                    help="fill the tree's downloads/ from git mirrors MIRRORS/<owner>+<name>/"
                         "repo at TFLM's pinned commits first")
    ap.add_argument("--opt", default="-O2", help="optimisation flag (default -O2), for TFLM's "
                    "library, the program and convgen's export")
    ap.add_argument("--jobs", type=int, default=2, help="make -j for TFLM's library")
    ap.add_argument("--with-convgen", action="store_true",
                    help="also measure convgen's int8 export of each model in the same run")
    ap.add_argument("--json", type=Path, help="also write the results to this file")
    ap.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = ap.parse_args(argv)
    if not has_tflm(args.tflm):
        ap.error(f"--tflm must name a tflite-micro source tree (with {MAKEFILE})")
    absent = missing_tools()
    if absent:
        print(f"tflm_m4: needs {', '.join(absent)} (Debian: gcc-arm-none-eabi "
              "libnewlib-arm-none-eabi libstdc++-arm-none-eabi-newlib qemu-system-arm make)",
              file=sys.stderr)
        return 2
    tflm = args.tflm.resolve()
    if args.prepare:
        prepare(tflm, args.prepare.resolve())
    sources = source_commits(tflm)
    lib = build_library(tflm, args.opt, args.jobs)
    parts = member_parts(tflm)
    board = BOARDS["cortex-m4"]
    commit = run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], check=False).stdout
    base = args.keep or Path(tempfile.mkdtemp(prefix="tflm_m4_"))
    base.mkdir(parents=True, exist_ok=True)
    failed, results = 0, []
    try:
        plugin = cortex_m.build_plugin(base)
        head = (f"cortex-m4 on QEMU {board.machine}, {' '.join(board.cflags)} {args.opt}; "
                f"{cortex_m.tool_versions()}; TFLM make {' '.join(make_args(args.opt))}; "
                f"convgen {commit.strip() or '?'}")
        print(head + "\n")
        for folder, used in sources.items():
            print(f"  downloads/{folder}: {used}")
        print(header(args.with_convgen), flush=True)
        for path in args.models:
            work = base / path.stem
            work.mkdir(parents=True, exist_ok=True)
            try:
                result = measure(path, tflm, lib, parts, args.opt, work, plugin,
                                 args.with_convgen)
            except (RuntimeError, subprocess.TimeoutExpired) as error:
                result = Result(path.stem, "error", str(error)[-1000:])
            results.append(result)
            print(row(result, args.with_convgen), flush=True)
            if args.json:   # after each model, merged with the file's other models
                write_json(args.json, head, sources, result)
            if result.status != "PASS":
                failed += 1
                print(f"\n{path}: {result.reason}\n", file=sys.stderr)
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
