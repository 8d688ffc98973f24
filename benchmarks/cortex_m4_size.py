#!/usr/bin/env python3
"""Flash, RAM and instructions per MAC of exported models on a Cortex-M4: the README's table.

    python benchmarks/cortex_m4_size.py [NAME...] [--specs DIR] [--run] [--json]

NAME is a spec of ``specs/`` (default: the MLPerf Tiny float models and the example models
with trained weights). Each is exported for ``--target cortex-m4`` (portable C, weights at
their exact size) as ``benchmarks/cortex_m.py`` exports it, and its ``<name>.c`` and
``<name>_weights.c`` are compiled alone with that tool's Cortex-M4 flags at ``-O2`` and
measured with ``arm-none-eabi-size -A``:

- params: Keras's parameter count of the spec, and 4 bytes each;
- code: ``.text`` + ``.rodata`` of the model object (functions and tap tables; flash);
- weights: ``.text`` + ``.rodata`` of the weights object (the ``const float`` blob:
  BatchNormalization folded away, no padded filters; flash);
- data+bss: ``.data`` + ``.bss`` of both objects (static RAM; the export has none);
- workspace: the header's ``<NAME>_WORKSPACE_SIZE`` floats x 4, the scratch the caller passes;
- I/O: ``<NAME>_INPUT_SIZE`` + ``<NAME>_OUTPUT_SIZE`` floats x 4, the caller's buffers;
- stack: the deepest call chain from the entry point in GCC's ``-fcallgraph-info=su`` (static
  frame sizes; library calls such as ``memcpy`` count 0);
- RAM: workspace + I/O + stack + data+bss;
- instructions / MAC: executed instructions of one inference under QEMU (mps2-an386) over
  the spec's multiply-adds, as ``benchmarks/cortex_m.py`` counts them. QEMU runs are slow, so
  this column is read from that tool's committed figures (``RESULTS``, written by
  ``cortex_m.py specs/*.yaml --json benchmarks/results/cortex_m4_O2.json``); ``--run``
  measures it now instead (and checks the output against the oracle).

Prints a Markdown table (the README's), or with ``--json`` one object per model. Needs
``arm-none-eabi-gcc`` and ``arm-none-eabi-size`` (Debian: gcc-arm-none-eabi), and for
``--run`` ``qemu-system-arm``.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))   # cortex_m.py, which puts the checkout on the path

import cortex_m  # noqa: E402

CC = cortex_m.CC
SIZE = "arm-none-eabi-size"
BOARD = cortex_m.BOARDS["cortex-m4"]
OPT = "-O2"
FLAGS = [*BOARD.cflags, OPT, *cortex_m.COMMON, *cortex_m.STRICT]
RESULTS = HERE / "results" / "cortex_m4_O2.json"   # cortex_m.py's figures at OPT
# the MLPerf Tiny float models, then the example models with trained weights
MLPERF = ["kws_ds_cnn", "ic_resnet8", "vww_mobilenet_v1", "ad_autoencoder"]
EXAMPLES = ["keras_mnist", "mnist_cnn", "mnist_conv", "autoencoder", "mobilenet_block",
            "resblock", "unet_small", "wavenet_kws", "gated_conv1d"]
DEFAULT = MLPERF + EXAMPLES
COLUMNS = [("model", "model"), ("params", "Keras params"), ("param_bytes", "params x 4 B"),
           ("code", "code (flash)"), ("weights", "weights (flash)"),
           ("workspace", "workspace"), ("io", "input + output"), ("stack", "stack"),
           ("data_bss", "data + bss"), ("ram", "RAM total"), ("per_mac", "instructions / MAC")]


def compiler_version() -> str:
    return subprocess.run([CC, "-dumpfullversion"], capture_output=True, text=True,
                          check=True).stdout.strip()


def sections(obj: Path) -> dict:
    """Section name -> size, from ``arm-none-eabi-size -A``."""
    out = subprocess.run([SIZE, "-A", str(obj)], capture_output=True, text=True,
                         check=True).stdout
    sizes = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0].startswith(".") and parts[1].isdigit():
            sizes[parts[0]] = int(parts[1])
    return sizes


def flash(sizes: dict) -> int:
    return sum(v for k, v in sizes.items() if k.startswith((".text", ".rodata")))


def static_ram(sizes: dict) -> int:
    return sum(v for k, v in sizes.items() if k.startswith((".data", ".bss")))


def deepest_stack(ci: Path, entry: str) -> int:
    """The largest sum of static frame sizes along a call chain from ``entry``, from a VCG
    call graph written by ``-fcallgraph-info=su``."""
    text = ci.read_text()
    frame, calls = {}, {}
    for title, label in re.findall(r'node: \{ title: "([^"]*)" label: "([^"]*)"', text):
        found = re.search(r"(\d+) bytes \((static|dynamic[^)]*)\)", label)
        if found and found.group(2) != "static":
            raise ValueError(f"{ci}: {title} has a {found.group(2)} frame")
        frame[title] = int(found.group(1)) if found else 0   # library: not counted
    for source, target in re.findall(r'edge: \{ sourcename: "([^"]*)" targetname: "([^"]*)"',
                                     text):
        calls.setdefault(source, set()).add(target)

    def depth(node: str, seen: frozenset) -> int:
        if node in seen:
            raise ValueError(f"{ci}: recursion through {node}")
        return frame.get(node, 0) + max((depth(c, seen | {node}) for c in calls.get(node, ())),
                                        default=0)
    return depth(entry, frozenset())


def macros(header: Path, name: str) -> dict:
    found = dict(re.findall(rf"#define {name.upper()}_(\w+)_SIZE (\d+)", header.read_text()))
    return {k.lower(): int(v) for k, v in found.items()}


def keras_params(spec_path: Path) -> int:
    import convgen
    spec = convgen.load_spec(spec_path)
    return sum(math.prod(shape) for node in spec.graph.nodes
               for _, shape in node.weight_shapes())


def committed(name: str) -> dict:
    """The spec's entry in RESULTS (instructions, MACs, ...), and the tools that measured it."""
    data = json.loads(RESULTS.read_text())
    if name not in data["specs"]:
        raise KeyError(f"{RESULTS}: no figures for {name}: run benchmarks/cortex_m.py "
                       f"specs/{name}.yaml --json {RESULTS.relative_to(ROOT)}")
    return dict(data["specs"][name], tools=data["tools"])


def measure(spec_path: Path, work: Path, run: bool = False, plugin: Path = None) -> dict:
    """One row: the spec exported for the Cortex-M4 into ``work``, its objects sized; with
    ``run`` its instructions counted under QEMU (``plugin``: cortex_m.build_plugin's)."""
    plan, folder = cortex_m.export_spec(spec_path, work, BOARD.target)
    name = plan.spec.name
    objects = {}
    for part in (name, f"{name}_weights"):
        src = folder / f"{part}.c"
        obj = work / f"{part}.o"
        subprocess.run([CC, *FLAGS, "-fcallgraph-info=su", "-c", str(src), "-o", str(obj)],
                       check=True, cwd=work)
        objects[part] = sections(obj)
    model, weights = objects[name], objects[f"{name}_weights"]
    sizes = macros(folder / f"{name}.h", name)
    params = keras_params(spec_path)
    if run:
        result = cortex_m.measure_export(plan, folder, BOARD, OPT, work, plugin)
        if not result.passed:
            raise RuntimeError(f"{name}: wrong output on the Cortex-M4:\n{result.output}")
        counted = dict(instructions=result.instructions, macs=result.macs,
                       tools=cortex_m.tool_versions())
    else:
        counted = committed(name)
    row = {
        "model": name,
        "params": params,
        "param_bytes": 4 * params,
        "code": flash(model),
        "weights": flash(weights),
        "weights_floats": sizes["weights"],
        "workspace": 4 * sizes["workspace"],
        "workspace_floats": sizes["workspace"],
        "io": 4 * (sizes["input"] + sizes["output"]),
        "stack": deepest_stack(work / f"{name}.ci", name),
        "data_bss": static_ram(model) + static_ram(weights),
        "instructions": counted["instructions"],
        "macs": counted["macs"],
        "per_mac": round(counted["instructions"] / counted["macs"], 2),
        "counted_by": counted["tools"],
    }
    row["ram"] = row["workspace"] + row["io"] + row["stack"] + row["data_bss"]
    return row


def cell(row: dict, key: str) -> str:
    value = row[key]
    return value if key == "model" else f"{value:.2f}" if key == "per_mac" else f"{value:,}"


def geomean(values) -> float:
    return math.exp(sum(math.log(v) for v in values) / len(values))


def table(rows: list) -> str:
    lines = ["| " + " | ".join(title for _, title in COLUMNS) + " |",
             "|---|" + "---:|" * (len(COLUMNS) - 1)]
    for row in rows:
        lines.append("| " + " | ".join(cell(row, k) for k, _ in COLUMNS) + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", default=DEFAULT, metavar="NAME")
    parser.add_argument("--specs", type=Path, default=ROOT / "specs")
    parser.add_argument("--run", action="store_true",
                        help="count the instructions under QEMU now (slow) instead of "
                             "reading the committed figures")
    parser.add_argument("--json", action="store_true", help="one JSON object per model")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        plugin = cortex_m.build_plugin(Path(tmp)) if args.run else None
        for name in args.names:
            spec = args.specs / f"{name}.yaml"
            if not spec.is_file():
                parser.error(f"{spec}: no such spec")
            work = Path(tmp) / name
            work.mkdir()
            rows.append(measure(spec, work, args.run, plugin))
    version = compiler_version()
    if args.json:
        print(json.dumps({"compiler": f"{CC} {version}", "flags": FLAGS, "models": rows},
                         indent=1))
    else:
        print(f"Cortex-M4, {CC} {version} {' '.join(FLAGS[:6])}; bytes\n")
        print(table(rows))
        per_mac = [row["per_mac"] for row in rows]
        print(f"\ninstructions per MAC: geometric mean {geomean(per_mac):.2f}, "
              f"highest {max(per_mac):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
