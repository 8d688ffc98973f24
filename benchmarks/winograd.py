#!/usr/bin/env python3
"""Direct against Winograd on the performance suite, in one run, against the same peers.

    KERAS_BACKEND=tensorflow ~/tfvenv/bin/python benchmarks/winograd.py [SUITE]
        [--repeat N] [--min-time S] [--rounds R] [--out DIR]

For each spec of SUITE (default ../shared/bench/suite.yaml from the repository root),
back to back: ``convgen bench``'s measurement of the ``any`` target's C (the direct kernels;
the peers PyTorch, ONNX Runtime and LiteRT are checked against its output and timed), then of
this machine's vector target (``x86-64`` or ``aarch64``: the same C with Winograd where its
cost model chooses it). Each is checked against the float64 oracle: the table gives both
errors. Ratios are convgen's Python call over the best peer's, as ``convgen bench`` reports
them, in wall time and in CPU time (steadier on a busy machine). With ``--rounds R`` the
whole measurement runs R times and each figure is the median over the rounds (on a shared
machine a single pass moves by 2x). Writes DIR/winograd.md and DIR/winograd.json (default
benchmarks/results).
"""

import argparse
import json
import math
import platform
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))   # run from a checkout without installing

from convgen import bench  # noqa: E402
from convgen.plan import make_plan  # noqa: E402

DEFAULT_SUITE = ROOT.parent / "shared" / "bench" / "suite.yaml"


def host_target() -> str:
    return "aarch64" if platform.machine() in ("aarch64", "arm64") else "x86-64"


def schedule_of(spec, target: str) -> str:
    notes = [s.context.get("schedule_note") for s in make_plan(spec, target=target).steps]
    return ", ".join(n for n in notes if n) or "direct"


def geomean(values):
    values = [v for v in values if v is not None]
    return math.exp(statistics.fmean(math.log(v) for v in values)) if values else None


def cpu_ratio(result, best_cpu):
    return result.python.cpu / best_cpu if result.python.cpu and best_cpu else None


def median_rows(rounds):
    """Each case's numeric fields as the median over the rounds (names and strings from the
    first; passed only if every round passed)."""
    out = []
    for rows in zip(*rounds):
        row = dict(rows[0])
        for key, value in row.items():
            if isinstance(value, float):
                values = [r[key] for r in rows if r[key] is not None]
                row[key] = statistics.median(values) if values else None
        row["passed"] = all(r["passed"] for r in rows)
        row["rounds"] = len(rows)
        out.append(row)
    return out


def run(suite: str, repeat: int, min_time: float, log=print, rounds: int = 1):
    target = host_target()
    cflags = bench.build.default_cflags()
    cc = bench.build.default_cc()
    if "torch" in bench.PEERS and bench.peer_available("torch") is None:
        import torch
        torch.set_num_threads(1)
    specs = bench.load_bench_specs(suite)
    passes = []
    for k in range(rounds):
        log(f"round {k + 1} of {rounds}")
        passes.append(one_round(specs, target, repeat, min_time, cflags, cc, log))
    rows = median_rows(passes)
    machine = bench.machine_info(cflags, cc)
    return dict(machine=machine, target=target, rows=rows, rounds=rounds,
                geomean={k: geomean(r[k] for r in rows) for k in
                         ("direct_vs_best", "winograd_vs_best", "direct_vs_best_cpu",
                          "winograd_vs_best_cpu")},
                worst={k: max((r[k], r["name"]) for r in rows if r[k] is not None)
                       for k in ("direct_vs_best", "winograd_vs_best", "direct_vs_best_cpu",
                                 "winograd_vs_best_cpu")})


def one_round(specs, target, repeat, min_time, cflags, cc, log):
    rows = []
    for b in specs:
        direct = bench.bench_spec(b, bench.PEERS, repeat, min_time, cflags=cflags, cc=cc)
        wino = bench.bench_spec(b, (), repeat, min_time, cflags=cflags, cc=cc, target=target)
        best = direct.best_peer()
        best_ms = direct.peers[best].timing.median if best else None
        cpus = [p.timing.cpu for p in direct.peers.values() if p.timing and p.timing.cpu]
        best_cpu = min(cpus) if cpus else None
        row = dict(
            name=b.spec.name, schedule=schedule_of(b.spec, target), best_peer=best,
            best_peer_ms=best_ms * 1e3 if best_ms else None,
            direct_ms=direct.python.median * 1e3, winograd_ms=wino.python.median * 1e3,
            direct_vs_best=direct.python.median / best_ms if best_ms else None,
            winograd_vs_best=wino.python.median / best_ms if best_ms else None,
            direct_vs_best_cpu=cpu_ratio(direct, best_cpu),
            winograd_vs_best_cpu=cpu_ratio(wino, best_cpu),
            direct_err=direct.check.max_rel, winograd_err=wino.check.max_rel,
            passed=direct.check.passed and wino.check.passed)
        log(f"{row['name']}: {row['schedule']}: direct {row['direct_ms']:.4g} ms, "
            f"{target} {row['winograd_ms']:.4g} ms, best peer {best} "
            f"{row['best_peer_ms'] or 0:.4g} ms; err {row['direct_err']:.2g} / "
            f"{row['winograd_err']:.2g}")
        rows.append(row)
    return rows


def _f(v, fmt="{:.3g}"):
    return "-" if v is None else fmt.format(v)


def markdown(report) -> str:
    m, t = report["machine"], report["target"]
    lines = ["# Direct and Winograd on the suite", "",
             f"- machine: {m['cpu']} ({m['cores']} cores), one thread; {m['date']}; load "
             f"{m['load']}",
             f"- compiler: `{m['cc']}` ({m['cc_version']}), flags `{m['cflags']}`",
             f"- direct: target `any`; Winograd: target `{t}` (Winograd where chosen, "
             "else the same direct kernel)",
             "- ms: Python call, median; vs best: over the best peer's (PyTorch, ONNX "
             "Runtime, LiteRT) Python call; err: max |y - oracle| / max(1, max |oracle|) "
             "(tolerance 1e-4); each figure the median over "
             f"{report['rounds']} round(s) of the whole measurement", "",
             f"| spec | {t} schedule | best peer ms | direct ms | {t} ms | direct vs best "
             f"| {t} vs best | (CPU: direct / {t}) | direct err | {t} err |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in report["rows"]:
        lines.append(
            f"| {r['name']} | {r['schedule']} | {_f(r['best_peer_ms'], '{:.4g}')} "
            f"({r['best_peer']}) | {r['direct_ms']:.4g} | {r['winograd_ms']:.4g} | "
            f"{_f(r['direct_vs_best'], '{:.2f}')} | {_f(r['winograd_vs_best'], '{:.2f}')} | "
            f"{_f(r['direct_vs_best_cpu'], '{:.2f}')} / "
            f"{_f(r['winograd_vs_best_cpu'], '{:.2f}')} | {r['direct_err']:.2g} | "
            f"{r['winograd_err']:.2g} |")
    g, w = report["geomean"], report["worst"]
    lines += ["", f"- geometric mean vs best: direct {_f(g['direct_vs_best'], '{:.2f}')}, "
                  f"{t} {_f(g['winograd_vs_best'], '{:.2f}')} (CPU time: "
                  f"{_f(g['direct_vs_best_cpu'], '{:.2f}')}, "
                  f"{_f(g['winograd_vs_best_cpu'], '{:.2f}')})",
              f"- worst: direct {w['direct_vs_best'][0]:.2f} ({w['direct_vs_best'][1]}), "
              f"{t} {w['winograd_vs_best'][0]:.2f} ({w['winograd_vs_best'][1]}); in CPU time "
              f"direct {w['direct_vs_best_cpu'][0]:.2f} ({w['direct_vs_best_cpu'][1]}), "
              f"{t} {w['winograd_vs_best_cpu'][0]:.2f} ({w['winograd_vs_best_cpu'][1]})"]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("suite", nargs="?", default=str(DEFAULT_SUITE))
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--min-time", type=float, default=0.2)
    p.add_argument("--rounds", type=int, default=1)
    p.add_argument("--out", default=str(ROOT / "benchmarks" / "results"))
    args = p.parse_args(argv)
    report = run(args.suite, args.repeat, args.min_time,
                 log=lambda s: print(s, file=sys.stderr), rounds=args.rounds)
    text = markdown(report)
    print(text)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "winograd.md").write_text(text)
    (out / "winograd.json").write_text(json.dumps(report, indent=2, default=str) + "\n")
    return 0 if all(r["passed"] for r in report["rows"]) else 1


if __name__ == "__main__":
    sys.exit(main())
