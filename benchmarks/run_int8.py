#!/usr/bin/env python3
"""convgen's int8 kernels against LiteRT's int8 interpreter on the committed whole models.

    python benchmarks/run_int8.py [--only whole_ds_cnn,...] [--repeat 7] [--min-time 0.05]
                                  [--out benchmarks/results/int8_x86.json]

For each ``tests/tflite_int8/whole_*.tflite``: the model imported (``convgen.from_tflite``),
compiled for the target ``x86-64`` (int8 form avx2) and for ``any`` (the portable loops, the
"before"), each bound once (``kernel.bind()``) and called many times on one seeded input; the
same C also timed as a bare loop (the exported folder and a small ``main``, no Python in the
loop); and ``ai_edge_litert.interpreter.Interpreter`` on the same ``.tflite``, ``num_threads=1``:
the default resolver (the XNNPACK delegate), ``BUILTIN_WITHOUT_DEFAULT_DELEGATES`` (TFLite's
optimized kernels) and ``BUILTIN_REF`` (the reference kernels, the contract). Every convgen
output must EQUAL the integer oracle and the reference kernels' output (else the script
stops); where XNNPACK or the optimized kernels differ from it, the count is reported
(isolated off-by-ones, docs/int8.md "Where TFLite's other kernels differ").

Times are per call, warm: every contender's loop (lasting about ``--min-time`` seconds) runs
in turn, ``--repeat`` rounds, so a load that comes and goes on a shared machine falls on all of
them alike; the table gives the median CPU time of the process per call (what one thread
spent on it; the wall time, also in the JSON, counts the time other processes held the core),
and its ratio to XNNPACK's. CPU time over wall time of the loops checks one thread (not above
1). Prints a markdown table and writes JSON.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))   # run from a checkout without installing

import convgen  # noqa: E402
from convgen import quantized  # noqa: E402

MODELS = sorted((ROOT / "tests" / "tflite_int8").glob("whole_*.tflite"))
CFLAGS = ("-O3", "-march=native")   # convgen.compile's default
# issue 16's speed target: the MLPerf Tiny int8 models and MobileNetV2, geometric mean
ISSUE = ("whole_ds_cnn", "whole_resnet8", "whole_mobilenet_v1_025", "whole_autoencoder",
         "whole_mobilenet_v2_035")

MAIN = r"""
#define _POSIX_C_SOURCE 199309L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "NAME.h"

static unsigned char in[UPPER_INPUT_SIZE + 1], out[UPPER_OUTPUT_SIZE + 1];
static double ws[UPPER_WORKSPACE_SIZE / 8 + 1];

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

int main(int argc, char **argv)
{
    long n = atol(argv[1]), i;
    int r, repeats = atoi(argv[2]);
    FILE *f = fopen(argv[3], "rb");
    if (!f || fread(in, 1, UPPER_INPUT_SIZE, f) != UPPER_INPUT_SIZE)
        return 1;
    fclose(f);
    for (i = 0; i < n; ++i)   /* warm */
        NAME((const void *)in, NAME_weights, (void *)out, ws);
    for (r = 0; r < repeats; ++r) {
        double t0 = now();
        clock_t c0 = clock();
        for (i = 0; i < n; ++i)
            NAME((const void *)in, NAME_weights, (void *)out, ws);
        printf("%.9f %.9f\n", (now() - t0) / n, (double)(clock() - c0) / CLOCKS_PER_SEC / n);
    }
    return 0;
}
"""


class Python:
    """A contender called from Python: ``call()`` once is one inference."""

    def __init__(self, call):
        self.call = call

    def calibrate(self, min_time: float) -> None:
        self.call()   # warm
        n, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < min_time / 4 or n < 1:
            self.call()
            n += 1
        self.n = 4 * n

    def run(self):
        """One loop of ``n`` calls: (wall, CPU) seconds per call."""
        c0, t0 = time.process_time(), time.perf_counter()
        for _ in range(self.n):
            self.call()
        return (time.perf_counter() - t0) / self.n, (time.process_time() - c0) / self.n


class Bare:
    """The exported C in a loop of its own (no Python): a small ``main`` timing ``n`` calls
    after ``n`` warm ones."""

    def __init__(self, spec, target, x, folder: Path):
        folder = quantized.write(spec, folder, target=target)
        name = folder.name
        (folder / "bench_main.c").write_text(
            MAIN.replace("UPPER", name.upper()).replace("NAME", name))
        (folder / "input.bin").write_bytes(np.ascontiguousarray(x).tobytes())
        self.exe, self.input = folder / "bench", folder / "input.bin"
        subprocess.run(["gcc", "-std=c99", *CFLAGS, "-o", str(self.exe),
                        str(folder / f"{name}.c"), str(folder / f"{name}_weights.c"),
                        str(folder / "bench_main.c"), "-lm"], check=True)

    def calibrate(self, min_time: float) -> None:
        self.n = 1
        wall, _ = self.run()
        self.n = max(1, int(min_time / max(wall, 1e-7)))

    def run(self):
        out = subprocess.run([str(self.exe), str(self.n), "1", str(self.input)], check=True,
                             capture_output=True, text=True).stdout.split()
        return float(out[0]), float(out[1])


def timed(contenders: dict, repeat: int, min_time: float) -> dict:
    """Round-robin: each repeat runs every contender's loop in turn, so a load that comes
    and goes on a shared machine falls on all of them alike. Per contender: the median
    CPU seconds per call, the median wall seconds per call, CPU over wall."""
    for c in contenders.values():
        c.calibrate(min_time)
    runs = {k: [] for k in contenders}
    for _ in range(repeat):
        for k, c in contenders.items():
            runs[k].append(c.run())
    out = {}
    for k, r in runs.items():
        a = np.array(r)
        out[k] = float(np.median(a[:, 1]))
        out[f"{k}_wall"] = float(np.median(a[:, 0]))
        out[f"{k}_cpu_over_wall"] = float(a[:, 1].sum() / a[:, 0].sum())
    return out


def litert(path: Path, x: np.ndarray, resolver):
    from ai_edge_litert.interpreter import Interpreter, OpResolverType
    kind = getattr(OpResolverType, resolver)
    interp = Interpreter(model_path=str(path), num_threads=1,
                         experimental_op_resolver_type=kind)
    interp.allocate_tensors()
    i, o = interp.get_input_details()[0], interp.get_output_details()[0]

    def call():
        interp.set_tensor(i["index"], x.reshape(i["shape"]))
        interp.invoke()
        return interp.get_tensor(o["index"])
    return call


def differing(a: np.ndarray, b: np.ndarray) -> int:
    return int(np.count_nonzero(a.reshape(-1) != b.reshape(-1)))


def run_model(path: Path, repeat: int, min_time: float, seed: int = 0) -> dict:
    spec = convgen.from_tflite(path)
    x = quantized.random_input(spec, np.random.default_rng(seed))
    expected = quantized.oracle(spec, x)
    row = dict(model=path.stem, macs=sum(n.macs() for n in spec.graph.nodes))
    contenders = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, target in (("portable", "any"), ("avx2", "x86-64")):
            f = convgen.compile(spec, target=target).bind()
            got = f(x)
            if differing(got, expected):
                raise SystemExit(f"{path.stem}: convgen {label} differs from the oracle in "
                                 f"{differing(got, expected)} elements")
            out = np.empty_like(expected)
            contenders[label] = Python(lambda f=f, out=out: f(x, out))
            contenders[f"{label}_bare"] = Bare(spec, target, x, Path(tmp) / label)
        for label, resolver in (("ref", "BUILTIN_REF"),
                                ("builtin", "BUILTIN_WITHOUT_DEFAULT_DELEGATES"),
                                ("xnnpack", "AUTO")):
            call = litert(path, x, resolver)
            row[f"{label}_differing"] = differing(call(), expected)
            if label == "ref" and row["ref_differing"]:
                raise SystemExit(f"{path.stem}: the reference kernels differ from the oracle "
                                 f"in {row['ref_differing']} elements")
            if label != "ref":
                contenders[label] = Python(call)
        row.update(timed(contenders, repeat, min_time))
    return row


def table(rows) -> str:
    lines = ["| model | MACs | LiteRT XNNPACK ms | LiteRT builtin ms | convgen portable ms "
             "(ratio) | convgen avx2 ms (ratio) | avx2 bare C loop ms (ratio) | "
             "outputs XNNPACK / builtin differ |",
             "|---|---:|---:|---:|---:|---:|---:|---|"]
    for r in rows:
        x = r["xnnpack"]
        lines.append(
            f"| {r['model']} | {r['macs'] / 1e6:.2f} M | {x * 1e3:.3f} | "
            f"{r['builtin'] * 1e3:.3f} | "
            f"{r['portable'] * 1e3:.3f} ({r['portable'] / x:.2f}) | "
            f"{r['avx2'] * 1e3:.3f} ({r['avx2'] / x:.2f}) | "
            f"{r['avx2_bare'] * 1e3:.3f} ({r['avx2_bare'] / x:.2f}) | "
            f"{r['xnnpack_differing']} / {r['builtin_differing']} |")
    geo = {}
    for title, subset in (("MLPerf Tiny + MobileNetV2", [r for r in rows if r["model"] in ISSUE]),
                          ("all", rows)):
        if not subset:
            continue
        g = {k: math.exp(np.mean([math.log(r[k] / r["xnnpack"]) for r in subset]))
             for k in ("builtin", "portable", "avx2", "avx2_bare")}
        geo[title] = g
        lines.append(f"| geometric mean, {title} ({len(subset)}) | | 1 | {g['builtin']:.2f} | "
                     f"{g['portable']:.2f} | {g['avx2']:.2f} | {g['avx2_bare']:.2f} | |")
    return "\n".join(lines), geo


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", default="", help="comma-separated model stems")
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--min-time", type=float, default=0.05)
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "int8_x86.json"))
    args = ap.parse_args(argv)
    only = [s for s in args.only.split(",") if s]
    paths = [p for p in MODELS if not only or p.stem in only]
    load0 = os.getloadavg()
    rows = []
    for path in paths:
        rows.append(run_model(path, args.repeat, args.min_time))
        print(f"{path.stem}: done", file=sys.stderr)
    text, geo = table(rows)
    ratio = [r[k] for r in rows for k in r if k.endswith("_cpu_over_wall")]
    print(text)
    print(f"\nCPU time / wall time of the timed loops: {min(ratio):.2f} to {max(ratio):.2f} "
          "(above 1: more than one thread; below: the machine's other work)")
    load1 = os.getloadavg()
    print(f"load average before/after: {load0[0]:.2f} / {load1[0]:.2f} "
          f"({os.cpu_count()} CPUs)")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(dict(
        machine=platform.processor() or platform.machine(), cflags=CFLAGS,
        load_before=load0, load_after=load1, repeat=args.repeat, min_time=args.min_time,
        rows=rows, geomean_ratio_to_xnnpack=geo), indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
