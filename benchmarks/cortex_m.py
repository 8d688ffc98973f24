"""Measure exported models on a Cortex-M under QEMU: instructions, flash, RAM, and a check.

    python benchmarks/cortex_m.py specs/mnist_cnn.yaml [more specs] [--cpu cortex-m55]
                                  [--opt -O2] [--check-only] [--keep DIR] [--json FILE]
                                  [--profile N]

Per spec: ``convgen``'s standalone export (as ``convgen generate`` writes it) is built with
``arm-none-eabi-gcc`` into a bare-metal firmware (``cortex_m/``: start-up, linker script,
semihosting) that runs the export's own ``test_<name>.c`` (its reproducible input, its
oracle outputs) on QEMU's MPS2/MPS3 board. The run must print PASS (exit status 1 otherwise).
A QEMU TCG plugin (``cortex_m/insn_count.c``, built with the host ``cc``) counts the
instructions of the model call; stack painting gives its peak stack; the link map of a
second firmware holding only the model gives its flash and static RAM. Prints a markdown
table; exits 1 when an output is wrong or a run fails.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import convgen  # noqa: E402
from convgen.export import export  # noqa: E402
from convgen.plan import make_plan  # noqa: E402
from convgen.targets import TARGETS  # noqa: E402

HARNESS = Path(__file__).resolve().parent / "cortex_m"
CC = "arm-none-eabi-gcc"
TIMEOUT = 600   # seconds of QEMU per spec


@dataclass(frozen=True)
class Board:
    """A QEMU machine, its CPU's compiler flags, the linker script of its memory map and the
    convgen target profile its export is generated for (portable C, exact weights)."""

    machine: str
    script: str
    target: str

    @property
    def cflags(self) -> tuple:
        """The CPU flags of the target profile (convgen/targets.py), the export's own."""
        return TARGETS[self.target].flags


BOARDS = {
    "cortex-m4": Board("mps2-an386", "mps2_an386.ld", "cortex-m4"),
    "cortex-m55": Board("mps3-an547", "mps3_an547.ld", "cortex-m55"),
}
# The profile's flags include -ffp-contract=fast (a*b+c as vfma, the FPU's fused
# multiply-add); sections per function and datum let --gc-sections drop what nothing calls.
COMMON = ("-std=c99", "-ffunction-sections", "-fdata-sections")
STRICT = ("-Wall", "-Wextra", "-Werror", "-pedantic")


def missing_tools() -> List[str]:
    """The tools this needs that are not on PATH."""
    return [t for t in (CC, "arm-none-eabi-nm", "qemu-system-arm", "cc") if not shutil.which(t)]


def run(cmd: Sequence[str], **kw) -> subprocess.CompletedProcess:
    check = kw.pop("check", True)
    done = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)
    if done.returncode != 0 and check is not False:
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed:\n{done.stdout}{done.stderr}")
    return done


# --- the instruction-counting plugin ---------------------------------------------------------

def qemu_version() -> str:
    out = run(["qemu-system-arm", "--version"]).stdout
    return re.search(r"version (\S+)", out).group(1)


def build_plugin(out_dir: Path) -> Path:
    """Compile cortex_m/insn_count.c for this QEMU (plugin API version 1 before QEMU 9, which
    raised its minimum to 2)."""
    major = int(qemu_version().split(".")[0])
    lib = out_dir / "insn_count.so"
    run(["cc", "-shared", "-fPIC", "-O2", f"-DCG_PLUGIN_VERSION={1 if major < 9 else 2}",
         "-o", lib, HARNESS / "insn_count.c"])
    return lib


# --- building ---------------------------------------------------------------------------------

@dataclass
class Firmware:
    elf: Path
    map: Path


def compile_c(src: Path, obj: Path, flags: Sequence[str]) -> Path:
    run([CC, *flags, "-c", src, "-o", obj])
    return obj


def build(folder: Path, name: str, board: Board, opt: str, work: Path,
          has_weights: bool, extra: Sequence[str] = ()) -> Dict[str, Firmware]:
    """Build the export in ``folder`` twice: ``test`` (the self-test under the harness) and
    ``model`` (the model alone, for sizes). Model objects come first on the link line."""
    flags = [*board.cflags, *opt.split(), *COMMON, *extra]
    model = [compile_c(folder / f"{name}.c", work / f"{name}.o", [*flags, *STRICT])]
    if has_weights:
        model.append(compile_c(folder / f"{name}_weights.c", work / f"{name}_weights.o",
                               [*flags, *STRICT]))
    ident = [f"-DCG_MODEL={name}", f'-DCG_MODEL_HEADER="{name}.h"',
             f"-DCG_MODEL_UPPER={name.upper()}", f"-I{folder}"]
    test = compile_c(folder / f"test_{name}.c", work / "test.o",
                     [*flags, "-Dmain=cg_selftest_main", f"-D{name}=cg_model_under_test"])
    harness = compile_c(HARNESS / "harness.c", work / "harness.o", [*flags, *ident])
    only = compile_c(HARNESS / "model_only.c", work / "model_only.o",
                     [*flags, *ident, *([f"-DCG_WEIGHTS={name}_weights"] if has_weights
                                        else [])])
    startup = compile_c(HARNESS / "startup.S", work / "startup.o", board.cflags)
    link = [CC, *flags, "-nostartfiles", "--specs=nano.specs", "-T", HARNESS / board.script,
            f"-L{HARNESS}", "-Wl,--gc-sections"]
    firmware = {}
    images = (("test", [*model, test, harness, startup], ["-u", "_printf_float"]),
              ("model", [*model, only, startup], []))
    for kind, objects, extra in images:
        elf, map_ = work / f"{kind}.elf", work / f"{kind}.map"
        run([*link, *extra, f"-Wl,-Map={map_}", "-o", elf, *objects, "-lm"])
        firmware[kind] = Firmware(elf, map_)
    return firmware


# --- the link map -----------------------------------------------------------------------------

FLASH_SECTIONS = (".text", ".ARM.exidx")
_INPUT = re.compile(r"^ (\S+)?\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S.*)$")


@dataclass
class Placed:
    """Bytes one input file contributes: in flash (code, constants, .data's load image) and
    in static RAM (.data, .bss)."""

    flash: int = 0
    ram: int = 0


def input_sections(map_text: str) -> Iterator[Tuple[str, Optional[str], int, str]]:
    """(output section, input section name or None, bytes, input file) of every input section
    a GNU ld map's memory map places (after --gc-sections); a name too long for its line
    stands alone, its address and size on the next."""
    output = pending = None
    body = map_text.split("Linker script and memory map", 1)[1]
    for line in body.splitlines():
        if line.startswith("."):
            output = line.split()[0]
            continue
        lone = re.match(r"^ (\.\S+)$", line)
        if lone:
            pending = lone.group(1)
            continue
        m = _INPUT.match(line)
        if not m or output is None or m.group(4).startswith("linker stubs"):
            pending = None
            continue
        section, pending = m.group(1) or pending, None
        yield output, section, int(m.group(3), 16), m.group(4).strip()


def placed_sizes(map_text: str) -> Dict[str, Placed]:
    """Input file -> bytes placed, from a GNU ld map's memory map (after --gc-sections)."""
    sizes: Dict[str, Placed] = {}
    for output, _, size, file in input_sections(map_text):
        entry = sizes.setdefault(file, Placed())
        if output in FLASH_SECTIONS:
            entry.flash += size
        elif output == ".data":
            entry.flash += size
            entry.ram += size
        elif output == ".bss":
            entry.ram += size
    return sizes


def member_name(file: str) -> str:
    """'/usr/lib/.../libm.a(lib_a-sf_exp.o)' -> 'libm.a(sf_exp.o)'."""
    m = re.match(r".*/([^/]+\.a)\((?:lib_a-)?([^)]+)\)$", file)
    return f"{m.group(1)}({m.group(2)})" if m else Path(file).name


# --- running ----------------------------------------------------------------------------------

@dataclass
class Run:
    passed: bool
    output: str
    instructions: Optional[int]
    stack: Optional[int]
    profile: Optional[Dict[str, int]] = None   # --profile: instructions per layer function


def symbol(elf: Path, name: str) -> int:
    out = run(["arm-none-eabi-nm", elf]).stdout
    m = re.search(rf"^([0-9a-f]+) \w {re.escape(name)}$", out, re.M)
    return int(m.group(1), 16)


def run_qemu(elf: Path, board: Board, plugin: Optional[Path], work: Path,
             profile: bool = False) -> Run:
    """Run the firmware; PASS needs exit status 0 and the self-test's PASS line. The model's
    instructions: the plugin's count between the marks around the model call, less the
    cost of an empty pair of marks (a `bx lr` and the next `bl`)."""
    cmd = ["qemu-system-arm", "-M", board.machine, "-nographic", "-monitor", "none",
           "-semihosting-config", "enable=on,target=native", "-kernel", elf]
    log = work / "plugin.log"
    if plugin:
        options = f"mark={symbol(elf, 'cg_mark'):#x}" + (",profile=1" if profile else "")
        cmd += ["-plugin", f"{plugin},{options}", "-d", "plugin", "-D", log]
    done = run(cmd, check=False, timeout=TIMEOUT)
    output = done.stdout + done.stderr
    passed = done.returncode == 0 and re.search(r": PASS( \(|$)", output, re.M) is not None \
        and "FAIL" not in output
    stack = re.search(r"model stack (\d+) bytes", output)
    instructions = None
    if plugin and log.exists():
        marks = [int(v) for v in re.findall(r"^mark (\d+)$", log.read_text(), re.M)]
        if len(marks) == 4:
            instructions = (marks[3] - marks[2]) - (marks[1] - marks[0])
    return Run(passed, output.strip(), instructions, int(stack.group(1)) if stack else None,
               profile_of(elf, log.read_text()) if profile and log.exists() else None)


def profile_of(elf: Path, log: str) -> Dict[str, int]:
    """Instructions of the model call per layer function (the outermost ``*_layer<N>`` or
    ``*_node<N>`` function a block's code was inlined into, else the function itself), from
    the plugin's ``pc`` lines and the ELF's debug information."""
    counts = [(int(a, 16), int(n)) for a, n in re.findall(r"^pc ([0-9a-f]+) (\d+)$", log, re.M)]
    out = run(["arm-none-eabi-addr2line", "-f", "-i", "-a", "-e", elf],
              input="\n".join(f"{a:#x}" for a, _ in counts)).stdout
    owner = {}
    for block in re.split(r"^(?=0x[0-9a-f]+$)", out, flags=re.M):
        lines = block.split("\n")
        if not lines[0].startswith("0x"):
            continue
        names = [n.split(".")[0] for n in lines[1::2] if n]   # innermost first
        layer = [n for n in names if re.search(r"_(layer|node)\d+", n)]
        owner[int(lines[0], 16)] = layer[-1] if layer else (names[0] if names else "?")
    totals: Dict[str, int] = {}
    for address, n in counts:
        totals[owner.get(address, "?")] = totals.get(owner.get(address, "?"), 0) + n
    return dict(sorted(totals.items(), key=lambda kv: -kv[1]))


# --- one spec ---------------------------------------------------------------------------------

@dataclass
class Result:
    name: str
    passed: bool
    output: str
    macs: int
    params: int
    instructions: Optional[int] = None
    code: int = 0           # flash: the model's own code and constants
    weights: int = 0        # flash: the packed weights blob
    libs: int = 0           # flash: library members the model pulls in
    lib_names: List[str] = field(default_factory=list)
    static_ram: int = 0     # .data + .bss of the model and its library members
    workspace: int = 0
    io: int = 0             # the caller's input and output buffers
    stack: Optional[int] = None
    firmware_flash: int = 0  # the whole test firmware (harness, stdio, self-test data)
    profile: Optional[Dict[str, int]] = None   # --profile: instructions per layer function


def load(path: Path):
    """The spec of a YAML file, or of a ``.tflite`` model (imported as ``convgen
    import-tflite`` does: an int8 model to an int8 spec)."""
    return convgen.from_tflite(path) if path.suffix == ".tflite" else convgen.load_spec(path)


def export_spec(spec_path: Path, work: Path, target: str = "cortex-m4"):
    """(plan, folder): the spec's plan for ``target`` and its standalone export in
    ``work/export/<name>``; an int8 spec's (:func:`convgen.quantized.write`) in the int8
    form the profile names (``Target.int8``)."""
    spec = load(spec_path)
    if spec.quant is not None:
        from convgen import quantized
        return (quantized.make_plan(spec, target=target),
                quantized.write(spec, work / "export", target=target))
    plan = make_plan(spec, target=target)
    return plan, export(plan, work / "export")


def byte_sizes(plan) -> Tuple[int, int, int]:
    """(weights, workspace, input + output) bytes of a plan: a float plan counts floats, an
    int8 plan (:class:`convgen.quantized.QPlan`) bytes."""
    if hasattr(plan, "blob_size"):
        return plan.blob_size, plan.workspace_size, plan.input_bytes + plan.output_bytes
    return (4 * plan.weights_size, 4 * plan.workspace_size,
            4 * (plan.input_size + plan.output_size))


def measure(spec_path: Path, board: Board, opt: str, work: Path, plugin: Optional[Path],
            check_only: bool = False, profile: bool = False) -> Result:
    """Export, build, run and size one spec in ``work``."""
    plan, folder = export_spec(spec_path, work, board.target)
    return measure_export(plan, folder, board, opt, work, plugin, check_only, profile)


def measure_export(plan, folder: Path, board: Board, opt: str, work: Path,
                   plugin: Optional[Path], check_only: bool = False,
                   profile: bool = False) -> Result:
    """Build, run and size the export of ``plan`` in ``folder`` (as measure()); ``profile``:
    built with ``-g`` (the same code) and counted per layer function too."""
    spec = plan.spec
    name = spec.name
    has_weights = (folder / f"{name}_weights.c").exists()
    int8 = getattr(spec, "quant", None) is not None
    firmware = build(folder, name, board, opt, work, has_weights,
                     (("-g",) if profile else ()) + (("-DCG_BYTES",) if int8 else ()))
    outcome = run_qemu(firmware["test"].elf, board, None if check_only else plugin, work,
                       profile)
    weights, workspace, io = byte_sizes(plan)
    # Keras's parameters (an int8 spec's kernel scales are TFLite's, not Keras's)
    params = sum(math.prod(shape) for node in spec.graph.nodes
                 for _, shape in node.weight_shapes()) if int8 else \
        sum(math.prod(shape) for _, _, shape in spec.weight_shapes())
    result = Result(name, outcome.passed, outcome.output,
                    macs=sum(node.macs() for node in spec.graph.nodes) * spec.batch,
                    params=params, instructions=outcome.instructions, stack=outcome.stack,
                    profile=outcome.profile, weights=weights, workspace=workspace, io=io)
    if check_only:
        return result
    sizes = placed_sizes(firmware["model"].map.read_text())
    result.firmware_flash = sum(p.flash for p in placed_sizes(
        firmware["test"].map.read_text()).values())
    for file, placed in sizes.items():
        base = Path(file).name
        if base == f"{name}.o":
            result.code += placed.flash
            result.static_ram += placed.ram
        elif ".a(" in file and placed.flash + placed.ram > 0:
            result.libs += placed.flash
            result.static_ram += placed.ram
            result.lib_names.append(member_name(file))
    return result


# --- the table --------------------------------------------------------------------------------

def _n(v: Optional[float]) -> str:
    return "-" if v is None else f"{v:,}"


HEADER = ("| spec | check | MACs | instructions | per MAC | model code B | weights B | "
          "Keras params x 4 B | libraries B | static RAM B | workspace B | in+out B | "
          "stack B |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")


def row(r: Result) -> str:
    per_mac = f"{r.instructions / r.macs:.2f}" if r.instructions and r.macs else "-"
    libs = f"{r.libs:,} ({', '.join(sorted(r.lib_names))})" if r.lib_names else "0"
    return (f"| {r.name} | {'PASS' if r.passed else '**FAIL**'} | {_n(r.macs)} | "
            f"{_n(r.instructions)} | {per_mac} | {_n(r.code)} | {_n(r.weights)} | "
            f"{_n(4 * r.params)} | {libs} | {_n(r.static_ram)} | {_n(r.workspace)} | "
            f"{_n(r.io)} | {_n(r.stack)} |")


def tool_versions() -> str:
    gcc = run([CC, "--version"]).stdout.splitlines()[0]
    return f"{gcc}; QEMU {qemu_version()}"


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("specs", nargs="+", type=Path,
                    help="spec files (YAML), or .tflite models (int8 ones as int8 specs)")
    ap.add_argument("--cpu", choices=sorted(BOARDS), default="cortex-m4")
    ap.add_argument("--opt", default="-O2", help="optimisation flag (default -O2), or flags "
                    "separated by spaces (\"-O2 -DCONVGEN_NO_MVE\": without the MVE tiles)")
    ap.add_argument("--check-only", action="store_true",
                    help="only build and run the self-test: no plugin, no sizes")
    ap.add_argument("--keep", type=Path, help="build in this folder and keep it")
    ap.add_argument("--profile", type=int, metavar="N", default=0,
                    help="after each row, the N layer functions with the most instructions")
    ap.add_argument("--json", type=Path, metavar="FILE",
                    help="also write the figures to FILE (what benchmarks/cortex_m4_size.py "
                         "reads for its instructions column)")
    args = ap.parse_args(argv)
    absent = missing_tools()
    if absent:
        print(f"cortex_m: needs {', '.join(absent)} (Debian: gcc-arm-none-eabi "
              "libnewlib-arm-none-eabi qemu-system-arm gcc)", file=sys.stderr)
        return 2
    board = BOARDS[args.cpu]
    base = args.keep or Path(tempfile.mkdtemp(prefix="cortex_m_"))
    base.mkdir(parents=True, exist_ok=True)
    failed = 0
    results: List[Result] = []
    try:
        plugin = None if args.check_only else build_plugin(base)
        print(f"{args.cpu} on QEMU {board.machine}, {' '.join(board.cflags)} {args.opt} "
              f"{' '.join(COMMON[1:])}; {tool_versions()}\n")
        print(HEADER)
        for path in args.specs:
            work = base / path.stem
            work.mkdir(parents=True, exist_ok=True)
            try:
                result = measure(path, board, args.opt, work, plugin, args.check_only,
                                 bool(args.profile))
            except (RuntimeError, subprocess.TimeoutExpired) as error:
                overflow = re.search(r"region `\w+' overflowed by \d+ bytes|RAM overflow",
                                     str(error))
                if overflow:   # the model does not fit the board: not a wrong output
                    print(f"| {path.stem} | does not fit: {overflow.group(0)} |")
                    continue
                print(f"| {path.stem} | **FAIL** | {error} |".replace("\n", " "))
                failed += 1
                continue
            print(row(result), flush=True)
            results.append(result)
            for function, n in list((result.profile or {}).items())[:args.profile]:
                print(f"|   {function} | {n:,} instructions, "
                      f"{n / result.instructions:.0%} |", flush=True)
            if not result.passed:
                failed += 1
                print(f"\n{path}: output:\n{result.output}\n", file=sys.stderr)
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    if args.json:
        write_json(args.json, args.cpu, args.opt, results)
    return 1 if failed else 0


JSON_FIELDS = ("passed", "macs", "instructions", "code", "weights", "libs", "static_ram",
               "workspace", "io", "stack")


def write_json(path: Path, cpu: str, opt: str, results: Sequence[Result]) -> None:
    """The figures of ``results`` as JSON, with the tools that measured them; a spec already
    in ``path`` (measured with the same cpu, flags and tools) keeps its entry unless
    measured again, so a file can be refreshed spec by spec."""
    head = dict(cpu=cpu, opt=opt, tools=tool_versions())
    old = json.loads(path.read_text()) if path.exists() else {}
    specs = old.get("specs", {}) if all(old.get(k) == v for k, v in head.items()) else {}
    specs.update({r.name: {k: getattr(r, k) for k in JSON_FIELDS} for r in results})
    path.write_text(json.dumps(dict(head, specs=dict(sorted(specs.items()))), indent=1) + "\n")


if __name__ == "__main__":
    sys.exit(main())
