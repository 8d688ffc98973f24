#!/usr/bin/env python3
"""convgen's int8 kernels against LiteRT's int8 interpreter on the committed whole models.

    python benchmarks/run_int8.py [--only whole_ds_cnn,...] [--repeat 7] [--min-time 0.05]
                                  [--threads N] [--out benchmarks/results/int8_x86.json]

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

``--threads N`` (N > 1): convgen's bound call on N threads (``kernel.bind(threads=N)``, the OpenMP
build), its bare loop built with ``-fopenmp`` and run with ``OMP_NUM_THREADS=N``, and LiteRT's
interpreters with ``num_threads=N``, each Python contender in a process of its own (one runtime's
spinning threads would otherwise take the cores from the next); the table then gives the median
**wall** time per call (CPU time sums the threads), and CPU over wall says how many cores each
contender kept busy. The JSON goes to ``int8_x86_threadsN.json`` unless ``--out`` says otherwise.
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

    def __init__(self, spec, target, x, folder: Path, threads: int = 1):
        folder = quantized.write(spec, folder, target=target)
        self.env = dict(os.environ, OMP_NUM_THREADS=str(threads))
        name = folder.name
        (folder / "bench_main.c").write_text(
            MAIN.replace("UPPER", name.upper()).replace("NAME", name))
        (folder / "input.bin").write_bytes(np.ascontiguousarray(x).tobytes())
        self.exe, self.input = folder / "bench", folder / "input.bin"
        omp = ["-fopenmp"] if threads > 1 else []
        subprocess.run(["gcc", "-std=c99", *CFLAGS, *omp, "-o", str(self.exe),
                        str(folder / f"{name}.c"), str(folder / f"{name}_weights.c"),
                        str(folder / "bench_main.c"), "-lm"], check=True)

    def calibrate(self, min_time: float) -> None:
        self.n = 1
        wall, _ = self.run()
        self.n = max(1, int(min_time / max(wall, 1e-7)))

    def run(self):
        out = subprocess.run([str(self.exe), str(self.n), "1", str(self.input)], check=True,
                             capture_output=True, text=True, env=self.env).stdout.split()
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


def litert(path: Path, x: np.ndarray, resolver, threads: int = 1):
    from ai_edge_litert.interpreter import Interpreter, OpResolverType
    kind = getattr(OpResolverType, resolver)
    interp = Interpreter(model_path=str(path), num_threads=threads,
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


class Isolated:
    """A Python contender in a forked process of its own (``--threads`` > 1): its runtime's
    threads (OpenMP's team, XNNPACK's pool) spin and sleep apart from the other runtimes', and
    nothing threaded runs in the parent before the fork (GNU OpenMP is not fork-safe).
    ``make()`` runs in the child and returns ``(call, info)``; ``info`` comes back to the
    parent (a count of differing outputs, or an error message to stop on)."""

    def __init__(self, make):
        import multiprocessing
        ctx = multiprocessing.get_context("fork")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=self._serve, args=(make, child), daemon=True)
        self.proc.start()
        self.info = self.conn.recv()

    @staticmethod
    def _serve(make, conn) -> None:
        try:
            call, info = make()
        except SystemExit as exc:
            conn.send(str(exc))
            return
        conn.send(info)
        contender = Python(call)
        while True:
            cmd, arg = conn.recv()
            if cmd == "calibrate":
                contender.calibrate(arg)
                conn.send(None)
            elif cmd == "run":
                conn.send(contender.run())
            else:
                return

    def calibrate(self, min_time: float) -> None:
        self.conn.send(("calibrate", min_time))
        self.conn.recv()

    def run(self):
        self.conn.send(("run", None))
        return self.conn.recv()

    def close(self) -> None:
        self.conn.send(("stop", None))
        self.proc.join()


def run_model(path: Path, repeat: int, min_time: float, seed: int = 0, threads: int = 1) -> dict:
    spec = convgen.from_tflite(path)
    x = quantized.random_input(spec, np.random.default_rng(seed))
    expected = quantized.oracle(spec, x)
    row = dict(model=path.stem, macs=sum(n.macs() for n in spec.graph.nodes))

    def convgen_call(label, target):
        def make():
            f = convgen.compile(spec, target=target).bind(threads=threads)
            got = f(x)
            if differing(got, expected):
                raise SystemExit(f"{path.stem}: convgen {label} differs from the oracle in "
                                 f"{differing(got, expected)} elements")
            out = np.empty_like(expected)
            return (lambda: f(x, out)), None
        return make

    def litert_call(label, resolver):
        def make():
            call = litert(path, x, resolver, threads)
            return call, differing(call(), expected)
        return make

    ref = differing(litert(path, x, "BUILTIN_REF")(), expected)
    if ref:
        raise SystemExit(f"{path.stem}: the reference kernels differ from the oracle in "
                         f"{ref} elements")
    row["ref_differing"] = ref
    makers = {"portable": convgen_call("portable", "any"), "avx2": convgen_call("avx2", "x86-64"),
              "builtin": litert_call("builtin", "BUILTIN_WITHOUT_DEFAULT_DELEGATES"),
              "xnnpack": litert_call("xnnpack", "AUTO")}
    contenders, isolated = {}, []
    with tempfile.TemporaryDirectory() as tmp:
        for label, make in makers.items():
            if threads > 1:
                contenders[label] = Isolated(make)
                isolated.append(contenders[label])
                info = contenders[label].info
            else:
                call, info = make()
                contenders[label] = Python(call)
            if isinstance(info, str):
                raise SystemExit(info)
            if info is not None:
                row[f"{label}_differing"] = info
        for label, target in (("portable", "any"), ("avx2", "x86-64")):
            contenders[f"{label}_bare"] = Bare(spec, target, x, Path(tmp) / label, threads)
        try:
            row.update(timed(contenders, repeat, min_time))
        finally:
            for c in isolated:
                c.close()
    if threads > 1:   # on threads the wall time is the time a call takes
        for k in contenders:
            row[f"{k}_cpu"], row[k] = row[k], row[f"{k}_wall"]
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
    ap.add_argument("--threads", type=int, default=1,
                    help="convgen and LiteRT on N threads (default 1); wall time then")
    ap.add_argument("--out", default=None, help="the JSON (default benchmarks/results/"
                    "int8_x86.json, int8_x86_threadsN.json for N threads)")
    args = ap.parse_args(argv)
    if args.threads < 1:
        ap.error("--threads: a positive count")
    args.out = args.out or str(ROOT / "benchmarks" / "results" / (
        "int8_x86.json" if args.threads == 1 else f"int8_x86_threads{args.threads}.json"))
    only = [s for s in args.only.split(",") if s]
    paths = [p for p in MODELS if not only or p.stem in only]
    load0 = os.getloadavg()
    rows = []
    for path in paths:
        rows.append(run_model(path, args.repeat, args.min_time, threads=args.threads))
        print(f"{path.stem}: done", file=sys.stderr)
    text, geo = table(rows)
    print(text)
    print(f"\n{'wall' if args.threads > 1 else 'CPU'} time per call, {args.threads} "
          f"thread(s); CPU time / wall time of the timed loops: "
          + ", ".join(f"{k[:-len('_cpu_over_wall')]} {min(r[k] for r in rows):.2f}-"
                      f"{max(r[k] for r in rows):.2f}" for k in rows[0]
                      if k.endswith("_cpu_over_wall"))
          + " (above 1: more than one core busy; below: the machine's other work)")
    load1 = os.getloadavg()
    print(f"load average before/after: {load0[0]:.2f} / {load1[0]:.2f} "
          f"({os.cpu_count()} CPUs)")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(dict(
        machine=platform.processor() or platform.machine(), cflags=CFLAGS,
        load_before=load0, load_after=load1, repeat=args.repeat, min_time=args.min_time,
        threads=args.threads, time="wall" if args.threads > 1 else "cpu",
        rows=rows, geomean_ratio_to_xnnpack=geo), indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
