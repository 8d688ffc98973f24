#!/usr/bin/env python3
"""Flash and RAM of exported models on a Cortex-M4, measured from the committed generated/.

    python benchmarks/cortex_m4_size.py [NAME...] [--generated DIR] [--specs DIR] [--json]

NAME is a folder of generated/ (default: the MLPerf Tiny reference models and the Keras MNIST
example). Each model's ``<name>.c`` and ``<name>_weights.c`` are compiled alone with
``arm-none-eabi-gcc -mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16 -O2`` (the
flags of tests/test_export.py) and measured with ``arm-none-eabi-size -A``:

- params: Keras's parameter count of the spec (``specs/<name>.yaml``), and 4 bytes each;
- code: ``.text`` + ``.rodata`` of the model object (functions and tap tables; flash);
- weights: ``.text`` + ``.rodata`` of the weights object (the packed ``const float`` blob:
  BatchNormalization folded away, filters padded to the microkernel's blocks; flash);
- data+bss: ``.data`` + ``.bss`` of both objects (static RAM; the export has none);
- workspace: the header's ``<NAME>_WORKSPACE_SIZE`` floats x 4, the scratch the caller passes;
- I/O: ``<NAME>_INPUT_SIZE`` + ``<NAME>_OUTPUT_SIZE`` floats x 4, the caller's buffers;
- stack: the deepest call chain from the entry point in GCC's ``-fcallgraph-info=su`` (static
  frame sizes; library calls such as ``expf``/``memcpy`` count 0);
- RAM: workspace + I/O + stack + data+bss.

Prints a Markdown table (the README's), or with ``--json`` one object per model. Needs
``arm-none-eabi-gcc`` and ``arm-none-eabi-size`` (Debian: gcc-arm-none-eabi).
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))   # run from a checkout without installing

CC = "arm-none-eabi-gcc"
SIZE = "arm-none-eabi-size"
FLAGS = ["-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard", "-mfpu=fpv4-sp-d16", "-O2",
         "-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic"]
DEFAULT = ["kws_ds_cnn", "ic_resnet8", "vww_mobilenet_v1", "ad_autoencoder", "keras_mnist"]
COLUMNS = [("model", "model"), ("params", "Keras params"), ("param_bytes", "params x 4 B"),
           ("code", "code (flash)"), ("weights", "weights (flash)"),
           ("workspace", "workspace"), ("io", "input + output"), ("stack", "stack"),
           ("data_bss", "data + bss"), ("ram", "RAM total")]


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


def measure(folder: Path, spec_path: Path, work: Path) -> dict:
    name = folder.name
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
    }
    row["ram"] = row["workspace"] + row["io"] + row["stack"] + row["data_bss"]
    return row


def table(rows: list) -> str:
    lines = ["| " + " | ".join(title for _, title in COLUMNS) + " |",
             "|---|" + "---:|" * (len(COLUMNS) - 1)]
    for row in rows:
        lines.append("| " + " | ".join(str(row[k]) if k == "model" else f"{row[k]:,}"
                                       for k, _ in COLUMNS) + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", default=DEFAULT, metavar="NAME")
    parser.add_argument("--generated", type=Path, default=ROOT / "generated")
    parser.add_argument("--specs", type=Path, default=ROOT / "specs")
    parser.add_argument("--json", action="store_true", help="one JSON object per model")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.names:
            folder = args.generated / name
            if not (folder / f"{name}_weights.c").is_file():
                parser.error(f"{folder}: no exported model with a weights file")
            rows.append(measure(folder, args.specs / f"{name}.yaml", Path(tmp)))
    version = compiler_version()
    if args.json:
        print(json.dumps({"compiler": f"{CC} {version}", "flags": FLAGS, "models": rows},
                         indent=1))
    else:
        print(f"Cortex-M4, {CC} {version} {' '.join(FLAGS[:5])}; bytes\n")
        print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
