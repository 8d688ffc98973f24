"""keras2c on the Cortex-M4 harness of cortex_m.py: the same models, weights, input and flags.

    KERAS_BACKEND=tensorflow ~/k2cvenv/bin/python benchmarks/keras2c_m4.py \\
        --k2c-include keras2c/include [--with-convgen] ic_resnet8 keras_mnist ...

Per spec (a name in specs/ or a path to a spec file): the Keras model the spec means
(``convgen/keras_model.py``, the spec's own weights file), converted by keras2c
(``keras2c.keras2c_main``, its default: weights and activations as local arrays, no malloc;
a model keras2c's ``check_model`` refuses is listed with keras2c's reason), compiled with the
keras2c C backend (the ``include/`` folder of keras2c's repository at the tag of the installed
version: the PyPI package ships only the Python half) by ``arm-none-eabi-gcc`` with the
Cortex-M4 flags of ``convgen.targets.CORTEX_M4`` and ``--opt`` (-O2), and run under QEMU
(``mps2-an386``) by the harness of ``benchmarks/cortex_m.py`` (its start-up, linker script,
semihosting, stack painting and instruction-counting plugin, imported, not copied). A small
adapter (``k2c_model``) gives keras2c's ``k2c_tensor`` entry point the harness's calling
convention; the self-test feeds the input of convgen's exported self-test (its LCG values) and
compares keras2c's outputs with convgen's float64 oracle (``convgen.reference``) under
convgen's tolerance (max |y - oracle| <= 1e-4 x max(1, max |oracle|)). keras2c keeps its
weights and activations on the stack, so the harness's stack is raised to ``--stack-kb``.

Reported: instructions of the model call, per MAC (MACs as ``convgen summary`` counts them),
of which keras2c's per-call set-up of its local arrays (the one change made to keras2c's C: a
call to the harness's ``cg_mark()`` before its first layer splits the count),
flash of keras2c's model object (code; its ``.rodata``: the weights' initialisers) and of the
keras2c backend objects, the library members linked, static RAM and the painted stack.
``--with-convgen`` also measures convgen's export of the same spec in the same run
(``cortex_m.measure``) for the columns beside it. Needs TensorFlow (keras2c imports
``tensorflow.keras``) and keras2c; exits 1 when an output is wrong or a run fails.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import cortex_m  # noqa: E402  (puts the repository root on sys.path)
import numpy as np  # noqa: E402
from cortex_m import BOARDS, COMMON, HARNESS, compile_c, member_name, run, run_qemu  # noqa: E402

ROOT = cortex_m.ROOT
SPECS = ROOT / "specs"
K2C = "k2c_model"   # the adapter: the harness's calling convention around keras2c's function


def spec_path(name: str) -> Path:
    """A spec name in specs/ (``ic_resnet8``) or a path to a spec file."""
    path = Path(name)
    if path.suffix in (".yaml", ".yml") or path.exists():
        return path
    return SPECS / f"{name}.yaml"


def versions() -> str:
    from importlib.metadata import version
    out = []
    for dist in ("keras2c", "keras", "tensorflow-cpu", "tensorflow"):
        try:
            out.append(f"{dist} {version(dist)}")
        except Exception:   # tensorflow or tensorflow-cpu: whichever is installed
            continue
    return ", ".join(out)


# --- keras2c's C ------------------------------------------------------------------------------

class Refused(Exception):
    """keras2c's check_model (or its converter) does not take the model: the reason."""


def keras2c_generate(model, name: str, folder: Path) -> str:
    """keras2c's default conversion (no malloc) of ``model`` into ``folder/<name>.c`` and
    ``.h``; returns what it printed. Raises Refused with keras2c's own reason."""
    from keras2c.check_model import check_model
    from keras2c.keras2c_main import model2c
    from keras2c.layer2c import Layers2C
    try:
        check_model(model, name)
    except AssertionError as error:
        reasons = dict.fromkeys(line.strip() for line in str(error).splitlines()[1:]
                                if line.strip())
        raise Refused("; ".join(reasons)) from None
    printed = io.StringIO()
    with contextlib.chdir(folder), contextlib.redirect_stdout(printed):
        malloc_vars, stateful = model2c(model, name, malloc=False, verbose=False)
    if malloc_vars or stateful:
        raise Refused("keras2c made a model with heap or state variables")
    mark_layers(folder / f"{name}.c", Layers2C(model, False).write_layers(False))
    return printed.getvalue()


def mark_layers(source: Path, layers: str) -> None:
    """Insert one call to the harness's ``cg_mark()`` between keras2c's local array
    definitions (its weights copied from their initialisers, its zeroed activations) and its
    first layer, so the instruction count splits into the two. Nothing else is changed."""
    text = source.read_text()
    if text.count(layers) != 1:
        raise RuntimeError(f"{source}: keras2c's layer code not found once")
    text = text.replace(layers, "cg_mark();\n" + layers)
    source.write_text("void cg_mark(void);   /* keras2c_m4.py: the split of the count */\n"
                      + text)


def c_tensor(name: str, array: str, shape: Sequence[int]) -> str:
    dims = list(shape) + [1] * (5 - len(shape))
    return (f"    k2c_tensor {name} = {{ {array}, {len(shape)}, {math.prod(shape)}, "
            f"{{ {', '.join(map(str, dims))} }} }};\n")


def write_glue(folder: Path, function: str, in_shape, out_shape, x: np.ndarray,
               expected: np.ndarray, tolerance: float) -> None:
    """The adapter (``k2c_model.h``/``.c``: the harness's ``int f(input, weights, output,
    workspace)`` around keras2c's ``void f(k2c_tensor *in, k2c_tensor *out)``) and the
    self-test (``k2c_selftest.c``: the input, the oracle's outputs, the check)."""
    from convgen.export import c_rows
    upper = K2C.upper()
    (folder / f"{K2C}.h").write_text(
        f"/* keras2c's {function} in the harness's calling convention (keras2c_m4.py). */\n"
        f"#ifndef K2C_MODEL_H\n#define K2C_MODEL_H\n"
        f"#define {upper}_INPUT_SIZE {math.prod(in_shape)}\n"
        f"#define {upper}_OUTPUT_SIZE {math.prod(out_shape)}\n"
        f"#define {upper}_WORKSPACE_SIZE 0\n#define {upper}_WEIGHTS_SIZE 0\n"
        f"int {K2C}(const float *input, const float *weights, float *output, "
        f"float *workspace);\n#endif\n")
    (folder / f"{K2C}.c").write_text(
        f'#include "{K2C}.h"\n#include "{function}.h"\n\n'
        f"int {K2C}(const float *input, const float *weights, float *output, "
        f"float *workspace)\n{{\n"
        + c_tensor("in", "(float *)input", in_shape) + c_tensor("out", "output", out_shape)
        + f"    (void)weights;\n    (void)workspace;\n    {function}(&in, &out);\n"
        f"    return 0;\n}}\n")
    (folder / "k2c_selftest.c").write_text(
        SELFTEST.replace("@N_IN@", str(x.size)).replace("@N_OUT@", str(expected.size))
        .replace("@INPUT@", c_rows(x)).replace("@EXPECTED@", c_rows(expected))
        .replace("@TOLERANCE@", repr(tolerance)).replace("@HEADER@", f"{K2C}.h"))


SELFTEST = """/* keras2c's self-test (keras2c_m4.py): convgen's self-test input, the oracle's outputs. */
#include <math.h>
#include <stdio.h>
#include "@HEADER@"

int cg_model_under_test(const float *input, const float *weights, float *output,
                        float *workspace);
int cg_selftest_main(void);

static const float k2c_input[@N_IN@] = {
@INPUT@};
static const float k2c_expected[@N_OUT@] = {
@EXPECTED@};
static float k2c_output[@N_OUT@];

int cg_selftest_main(void)
{
    float scale = 1.0f, worst = 0.0f;
    int i, bad = 0;
    cg_model_under_test(k2c_input, 0, k2c_output, 0);
    for (i = 0; i < @N_OUT@; ++i)
        if (fabsf(k2c_expected[i]) > scale)
            scale = fabsf(k2c_expected[i]);
    for (i = 0; i < @N_OUT@; ++i) {
        float error = fabsf(k2c_output[i] - k2c_expected[i]) / scale;
        if (!(error <= @TOLERANCE@f)) {   /* a NaN fails too */
            ++bad;
            worst = error == error && error < worst ? worst : (error == error ? error : INFINITY);
        } else if (error > worst) {
            worst = error;
        }
    }
    printf("keras2c: max error %g of max(1, max|oracle|) over @N_OUT@ outputs "
           "(tolerance %g): %s\\n", (double)worst, @TOLERANCE@, bad ? "FAIL" : "PASS");
    return bad != 0;
}
"""


# --- building and sizing ----------------------------------------------------------------------

@dataclass
class Firmware:
    elf: Path
    map: Path


def build(folder: Path, function: str, include: Path, opt: str, stack_kb: int,
          work: Path) -> Dict[str, Firmware]:
    """The self-test firmware (``test``) and the model alone (``model``, linked, not run),
    as cortex_m.build() makes them, from keras2c's model, its backend and the adapter, with
    the board's linker script but a stack of ``stack_kb``."""
    board = BOARDS["cortex-m4"]
    flags = [*board.cflags, opt, *COMMON]
    shutil.copytree(include, folder / "include", dirs_exist_ok=True)
    model = [compile_c(folder / f"{function}.c", work / f"{function}.o", flags)]
    model += [compile_c(src, work / f"{src.stem}.o", flags)
              for src in sorted((folder / "include").glob("k2c_*.c"))]
    model.append(compile_c(folder / f"{K2C}.c", work / f"{K2C}.o", flags))
    ident = [f"-DCG_MODEL={K2C}", f'-DCG_MODEL_HEADER="{K2C}.h"',
             f"-DCG_MODEL_UPPER={K2C.upper()}", f"-I{folder}"]
    test = compile_c(folder / "k2c_selftest.c", work / "k2c_selftest.o", flags)
    harness = compile_c(HARNESS / "harness.c", work / "harness.o", [*flags, *ident])
    only = compile_c(HARNESS / "model_only.c", work / "model_only.o", [*flags, *ident])
    startup = compile_c(HARNESS / "startup.S", work / "startup.o", board.cflags)
    script = work / "board.ld"   # the board's script with keras2c's stack
    text = (HARNESS / board.script).read_text()
    script.write_text(re.sub(r"STACK_SIZE = \w+;", f"STACK_SIZE = {stack_kb}K;", text))
    link = [cortex_m.CC, *flags, "-nostartfiles", "--specs=nano.specs", "-T", script,
            f"-L{HARNESS}", "-Wl,--gc-sections"]
    firmware = {}
    for kind, objects, extra in (("test", [*model, test, harness, startup],
                                  ["-u", "_printf_float"]),
                                 ("model", [*model, only, startup], [])):
        elf, map_ = work / f"{kind}.elf", work / f"{kind}.map"
        run([*link, *extra, f"-Wl,-Map={map_}", "-o", elf, *objects, "-lm"])
        firmware[kind] = Firmware(elf, map_)
    return firmware


@dataclass
class Sizes:
    code: int = 0        # keras2c's model object: .text
    weights: int = 0     # keras2c's model object: .rodata (the weights' initialisers)
    backend: int = 0     # the keras2c backend objects (include/k2c_*.c) that stay linked
    backend_names: List[str] = field(default_factory=list)
    libs: int = 0
    lib_names: List[str] = field(default_factory=list)
    static_ram: int = 0


def sizes(map_text: str, function: str) -> Sizes:
    """Bytes placed per input file and input section, from the model-only firmware's map
    (after --gc-sections): as cortex_m.placed_sizes(), with the model object's code and
    constants apart. The adapter and model_only.c are the harness's, not counted."""
    out = Sizes()
    backend: Dict[str, int] = {}
    libs: Dict[str, int] = {}
    for output, section, size, file in cortex_m.input_sections(map_text):
        flash = size if output in (*cortex_m.FLASH_SECTIONS, ".data") else 0
        ram = size if output in (".data", ".bss") else 0
        base = Path(file).name
        if base == f"{function}.o":
            if section and section.startswith(".rodata"):
                out.weights += flash
            else:
                out.code += flash
            out.static_ram += ram
        elif base.startswith("k2c_") and base != f"{K2C}.o" and flash + ram:
            backend[base] = backend.get(base, 0) + flash
            out.static_ram += ram
        elif ".a(" in file and flash + ram:
            libs[member_name(file)] = libs.get(member_name(file), 0) + flash
            out.static_ram += ram
    out.backend, out.backend_names = sum(backend.values()), sorted(backend)
    out.libs, out.lib_names = sum(libs.values()), sorted(libs)
    return out


# --- one spec ---------------------------------------------------------------------------------

@dataclass
class Result:
    name: str
    status: str                      # PASS, FAIL, refused, error
    reason: str = ""
    macs: int = 0
    params: int = 0
    max_error: Optional[float] = None   # keras2c vs the oracle, on the target
    keras_error: Optional[float] = None  # Keras (TensorFlow) vs the oracle, on the host
    instructions: Optional[int] = None
    init: Optional[int] = None           # of which keras2c's local arrays' initialisation
    stack: Optional[int] = None
    io: int = 0
    sizes: Sizes = field(default_factory=Sizes)
    convgen: Optional[dict] = None


def measure(path: Path, include: Path, opt: str, stack_kb: int, work: Path,
            plugin: Optional[Path], with_convgen: bool) -> Result:
    import yaml

    import convgen
    from convgen.export import selftest_data
    from convgen.keras_model import keras_model
    from convgen.plan import make_plan
    from convgen.reference import reference
    from convgen.verify import TOLERANCE, compare

    spec = convgen.load_spec(path)
    raw = yaml.safe_load(path.read_text())
    plan = make_plan(spec, target="cortex-m4")
    x, _, weights = selftest_data(plan)   # the input and weights of convgen's self-test
    result = Result(spec.name, "error",
                    macs=sum(node.macs() for node in spec.graph.nodes) * spec.batch,
                    params=sum(math.prod(shape) for _, _, shape in spec.weight_shapes()),
                    io=4 * (plan.input_size + plan.output_size))
    if with_convgen:
        result.convgen = convgen_figures(path, opt, work / "convgen", plugin)
    if spec.batch != 1:
        result.status, result.reason = "refused", "keras2c runs one sample (batch 1)"
        return result
    x = x.reshape(spec.batch, *spec.input_shape)
    oracle = reference(spec, x.astype(np.float64), weights)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = keras_model(spec, raw, weights)
        result.keras_error = compare(np.asarray(model(x)), oracle).max_rel
    function = f"k2c_{spec.name}"
    folder = work / "keras2c"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        keras2c_generate(model, function, folder)
    except Refused as refusal:
        result.status, result.reason = "refused", str(refusal)
        return result
    write_glue(folder, function, spec.input_shape, tuple(oracle.shape[1:]),
               x.astype(np.float32), oracle.astype(np.float32), TOLERANCE)
    firmware = build(folder, function, include, opt, stack_kb, work)
    outcome = run_qemu(firmware["test"].elf, BOARDS["cortex-m4"], plugin, work)
    error = re.search(r"max error (\S+) of", outcome.output)
    result.max_error = float(error.group(1)) if error else None
    result.status = "PASS" if outcome.passed else "FAIL"
    result.reason = "" if outcome.passed else outcome.output[-2000:]
    result.stack = outcome.stack
    marks = [int(v) for v in re.findall(r"^mark (\d+)$", (work / "plugin.log").read_text(),
                                         re.M)] if plugin else []
    if len(marks) == 5:   # the empty pair, the model's start, after the arrays, its end
        pair = marks[1] - marks[0]   # the cost of one mark
        result.init = (marks[3] - marks[2]) - pair
        result.instructions = result.init + (marks[4] - marks[3]) - pair
    result.sizes = sizes(firmware["model"].map.read_text(), function)
    return result


def convgen_figures(path: Path, opt: str, work: Path, plugin: Optional[Path]) -> dict:
    """convgen's export of the same spec on the same board, by cortex_m.measure()."""
    work.mkdir(parents=True, exist_ok=True)
    r = cortex_m.measure(path, BOARDS["cortex-m4"], opt, work, plugin)
    return {"check": "PASS" if r.passed else "FAIL", "instructions": r.instructions,
            "per_mac": r.instructions / r.macs if r.instructions and r.macs else None,
            "code": r.code, "weights": r.weights, "libs": r.libs, "static_ram": r.static_ram,
            "workspace": r.workspace, "stack": r.stack}


# --- the table --------------------------------------------------------------------------------

def _n(v) -> str:
    return "-" if v is None else f"{v:,}"


def header(with_convgen: bool) -> str:
    cols = ["spec", "keras2c check (max error)", "MACs", "instructions", "per MAC",
            "of which array init", "layers per MAC",
            "model code B", "weights B", "Keras params x 4 B", "k2c backend B", "libraries B",
            "static RAM B", "stack B", "in+out B"]
    if with_convgen:
        cols += ["convgen per MAC", "convgen code B", "convgen weights B",
                 "convgen RAM B (workspace + stack)"]
    return ("| " + " | ".join(cols) + " |\n|---|---|"
            + "---:|" * (len(cols) - 2))


def row(r: Result, with_convgen: bool) -> str:
    if r.status in ("refused", "error"):
        return f"| {r.name} | {r.status}: {r.reason} |".replace("\n", " ")
    s = r.sizes
    per_mac = f"{r.instructions / r.macs:.2f}" if r.instructions and r.macs else "-"
    libs = f"{s.libs:,} ({', '.join(s.lib_names)})" if s.lib_names else "0"
    check = "PASS" if r.status == "PASS" else "**FAIL**"
    check += f" ({r.max_error:.1e})" if r.max_error is not None else ""
    layers = (f"{(r.instructions - r.init) / r.macs:.2f}"
              if r.instructions and r.init is not None and r.macs else "-")
    cells = [r.name, check, _n(r.macs), _n(r.instructions), per_mac, _n(r.init), layers,
             _n(s.code),
             _n(s.weights), _n(4 * r.params), _n(s.backend), libs, _n(s.static_ram),
             _n(r.stack), _n(r.io)]
    if with_convgen and r.convgen:
        c = r.convgen
        ram = c["workspace"] + c["stack"] if c["stack"] is not None else None
        cells += [f"{c['per_mac']:.2f}" if c["per_mac"] else "-", _n(c["code"]),
                  _n(c["weights"]), _n(ram)]
    return "| " + " | ".join(cells) + " |"


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog=__doc__.split("\n\n", 1)[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("specs", nargs="+", help="spec names in specs/ or spec files")
    ap.add_argument("--k2c-include", type=Path, default=os.environ.get("K2C_INCLUDE"),
                    help="keras2c's C backend: the include/ folder of its repository at the "
                         "installed version's tag (git clone --branch v2.0.0 "
                         "https://github.com/PlasmaControl/keras2c); default $K2C_INCLUDE")
    ap.add_argument("--opt", default="-O2", help="optimisation flag (default -O2)")
    ap.add_argument("--stack-kb", type=int, default=3072,
                    help="the harness's stack in KB (keras2c keeps weights and activations "
                         "on the stack; default 3072 of the board's 4 MB RAM)")
    ap.add_argument("--with-convgen", action="store_true",
                    help="also measure convgen's export of each spec in the same run")
    ap.add_argument("--json", type=Path, help="also write the results to this file")
    ap.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = ap.parse_args(argv)
    if args.k2c_include is None or not (Path(args.k2c_include) / "k2c_include.h").exists():
        ap.error("--k2c-include must name keras2c's include/ folder (with k2c_include.h)")
    absent = cortex_m.missing_tools()
    if absent:
        print(f"keras2c_m4: needs {', '.join(absent)}", file=sys.stderr)
        return 2
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    if os.environ["KERAS_BACKEND"] != "tensorflow":
        print("keras2c_m4: keras2c needs KERAS_BACKEND=tensorflow", file=sys.stderr)
        return 2
    try:
        import keras2c  # noqa: F401
    except ImportError as error:
        print(f"keras2c_m4: needs keras2c and TensorFlow ({error})", file=sys.stderr)
        return 2
    board = BOARDS["cortex-m4"]
    commit = run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], check=False).stdout
    base = args.keep or Path(tempfile.mkdtemp(prefix="keras2c_m4_"))
    base.mkdir(parents=True, exist_ok=True)
    failed, results = 0, []
    try:
        plugin = cortex_m.build_plugin(base)
        print(f"cortex-m4 on QEMU {board.machine}, {' '.join(board.cflags)} {args.opt} "
              f"{' '.join(COMMON[1:])}; {cortex_m.tool_versions()}; {versions()}; "
              f"convgen {commit.strip() or '?'}\n")
        print(header(args.with_convgen), flush=True)
        for name in args.specs:
            path = spec_path(name)
            work = base / path.stem
            work.mkdir(parents=True, exist_ok=True)
            try:
                result = measure(path, Path(args.k2c_include).resolve(), args.opt,
                                 args.stack_kb, work, plugin, args.with_convgen)
            except (RuntimeError, subprocess.TimeoutExpired) as error:
                result = Result(path.stem, "error", str(error)[-1000:])
            results.append(result)
            print(row(result, args.with_convgen), flush=True)
            if result.status in ("FAIL", "error"):
                failed += 1
                print(f"\n{path}: {result.reason}\n", file=sys.stderr)
        if args.json:
            args.json.write_text(json.dumps([asdict(r) for r in results], indent=1))
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
