"""The ``convgen`` command line: validate, summary, generate, verify, bench.

Exit status: 0 success, 1 a verification or compilation failed, 2 bad input (a spec error,
printed as one line on stderr, or a usage error).
"""

from __future__ import annotations

import argparse
import shlex
import sys
from typing import List, Optional, Sequence

from ._version import __version__
from .build import BuildError
from .errors import SpecError
from .spec import Spec, load_spec

EXIT_FAIL = 1
EXIT_BAD_INPUT = 2


def _load_all(paths: Sequence[str]) -> Optional[List[Spec]]:
    """Validate every spec first; print each error as one line; None if any failed."""
    specs, ok = [], True
    for path in paths:
        try:
            specs.append(load_spec(path))
        except SpecError as exc:
            print(f"error: {exc}", file=sys.stderr)
            ok = False
    return specs if ok else None


def cmd_validate(args) -> int:
    from .plan import make_plan
    specs = _load_all(args.specs)
    if specs is None:
        return EXIT_BAD_INPUT
    for spec in specs:
        make_plan(spec)   # the workspace and source-size limits
    for spec in specs:
        shapes = " -> ".join("x".join(map(str, s)) for s in spec.shapes)
        print(f"OK  {spec.source.name}  {spec.name}: {shapes}")
    return 0


def cmd_summary(args) -> int:
    from .summary import summary
    specs = _load_all(args.specs)
    if specs is None:
        return EXIT_BAD_INPUT
    print("\n\n".join(summary(spec) for spec in specs))
    return 0


def cmd_generate(args) -> int:
    from .export import export
    from .plan import make_plan
    from .render import render
    specs = _load_all(args.specs)
    if specs is None:
        return EXIT_BAD_INPUT
    seen = {}
    for spec in specs:
        if spec.name in seen:
            print(f"error: {spec.source.name}: name: '{spec.name}' is also the name of "
                  f"{seen[spec.name]}; both would write {args.output}/{spec.name}/",
                  file=sys.stderr)
            return EXIT_BAD_INPUT
        seen[spec.name] = spec.source.name
    plans = [make_plan(spec) for spec in specs]
    rendered = [render(plan) for plan in plans]   # everything renders before anything is written
    for plan, r in zip(plans, rendered):
        folder = export(plan, args.output, r)
        if not args.quiet:
            print(f"wrote {folder}/: {', '.join(sorted(p.name for p in folder.iterdir()))}")
    return 0


def cmd_verify(args) -> int:
    from .verify import TOLERANCE, verify
    specs = _load_all(args.specs)
    if specs is None:
        return EXIT_BAD_INPUT
    cflags = shlex.split(args.cflags) if args.cflags is not None else None
    failed = 0
    for spec in specs:
        try:
            result = verify(spec, seed=args.seed, cflags=cflags, cc=args.cc)
        except BuildError as exc:
            print(f"FAIL  {spec.source.name}  {spec.name}: {exc}")
            failed += 1
            continue
        c = result.comparison
        status = "PASS" if result.passed else "FAIL"
        extra = f", {c.nonfinite_mismatch} non-finite mismatches" if c.nonfinite_mismatch else ""
        print(f"{status}  {spec.source.name}  {spec.name}: max abs err {c.max_abs:.3g}, "
              f"rel err {c.max_rel:.3g} (tol {TOLERANCE:g}){extra}")
        failed += not result.passed
    if len(specs) > 1:
        print(f"{len(specs) - failed} passed, {failed} failed")
    return EXIT_FAIL if failed else 0


def cmd_bench(args) -> int:
    from . import bench
    specs, ok = [], True
    for path in args.files:
        try:
            specs += bench.load_bench_specs(path)
        except SpecError as exc:
            print(f"error: {exc}", file=sys.stderr)
            ok = False
    if not ok:
        return EXIT_BAD_INPUT
    if args.repeat < 1 or args.min_time <= 0:
        print("error: --repeat must be >= 1 and --min-time > 0", file=sys.stderr)
        return EXIT_BAD_INPUT
    cflags = shlex.split(args.cflags) if args.cflags is not None else None
    report = bench.run(specs, peers=() if args.no_peers else bench.PEERS, repeat=args.repeat,
                       min_time=args.min_time, seed=args.seed, cflags=cflags, cc=args.cc,
                       log=bench.log_stderr)
    print(bench.markdown(report))
    for path in bench.write_report(report, args.out):
        print(f"wrote {path}")
    return EXIT_FAIL if any(not r.check.passed for r in report.results) else 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="convgen",
        description="Generate specialised fixed-shape C kernels from YAML specs of Keras 3 "
                    "convolution layers, and verify them against a NumPy oracle.",
        epilog="Exit status: 0 success, 1 verification/compilation failure, 2 bad input. "
               "Resource limits (MiB, environment): CONVGEN_MAX_TENSOR_MB (1024), "
               "CONVGEN_MAX_WEIGHTS_MB (1024), CONVGEN_MAX_WORKSPACE_MB (1024), "
               "CONVGEN_MAX_SOURCE_MB (64).")
    p.add_argument("--version", action="version", version=f"convgen {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    s = sub.add_parser("validate", help="check specs completely, render nothing",
                       description="Check each spec (arguments, shapes, weights file) and "
                                   "print its shapes through the layers.")
    s.add_argument("specs", nargs="+", metavar="SPEC")
    s.set_defaults(func=cmd_validate)

    s = sub.add_parser("summary", help="a Keras-style table: layers, shapes, params, MACs",
                       description="Print a table like Keras model.summary(): layer (type), "
                                   "output shape, param count and MACs, with totals.")
    s.add_argument("specs", nargs="+", metavar="SPEC")
    s.set_defaults(func=cmd_summary)

    s = sub.add_parser("generate", help="write a standalone C folder DIR/<name>/ per spec",
                       description="Write DIR/<name>/: <name>.h and <name>.c (the model), "
                                   "<name>_weights.c (the packed weights, when the spec has a "
                                   "weights file), test_<name>.c (checks the model against "
                                   "the oracle's output) and a Makefile (targets all, check, "
                                   "clean; honours CC, CFLAGS and RUN). All specs are "
                                   "validated before anything is written; files are replaced "
                                   "atomically and only when their bytes change.")
    s.add_argument("specs", nargs="+", metavar="SPEC")
    s.add_argument("-o", "--output", required=True, metavar="DIR",
                   help="output folder (one sub-folder per spec name)")
    s.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    s.set_defaults(func=cmd_generate)

    s = sub.add_parser("verify", help="compile each spec and compare it with the oracle",
                       description="Compile each spec, run it on seeded random input with "
                                   "the spec's weights (or seeded random weights), compare "
                                   "with the float64 NumPy oracle, print PASS/FAIL. "
                                   "Tolerance: max|kernel - oracle| <= 1e-4 * max(1, "
                                   "max|oracle|).")
    s.add_argument("specs", nargs="+", metavar="SPEC")
    s.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    s.add_argument("--cflags", default=None,
                   help="compiler flags (default: $CONVGEN_CFLAGS or '-O3 -march=native')")
    s.add_argument("--cc", default=None, help="C compiler (default: $CC or gcc)")
    s.set_defaults(func=cmd_verify)

    s = sub.add_parser("bench", help="time kernels in C and Python, against PyTorch, ONNX "
                                     "Runtime and LiteRT",
                       description="Time each spec's kernel, in one thread on warm caches: a "
                                   "loop compiled with the kernel (same compiler and flags as "
                                   "verify) and the Python call kernel.bind(weights)(x); "
                                   "report ms (median and min of --repeat measurements of "
                                   "at least --min-time seconds each), GFLOP/s (2 x MACs), "
                                   "% of this machine's measured single-core fp32 FMA peak, "
                                   "compile time and C source size. Peers (PyTorch, ONNX "
                                   "Runtime, LiteRT; n/a where not installed) run the same "
                                   "layers on the same input and weights, are checked "
                                   "against convgen's output (convgen's tolerance) and only "
                                   "then timed. Writes DIR/bench.md, DIR/bench.json and "
                                   "DIR/bench.png (with matplotlib). Exit 1 if a kernel "
                                   "fails its oracle check.")
    s.add_argument("files", nargs="+", metavar="FILE",
                   help="a spec, or a YAML list of specs")
    s.add_argument("--out", default="benchmarks/results", metavar="DIR",
                   help="output folder (default benchmarks/results)")
    s.add_argument("--repeat", type=int, default=5, metavar="N",
                   help="measurements per timing; median and min reported (default 5)")
    s.add_argument("--min-time", type=float, default=0.2, metavar="SECONDS",
                   help="least duration of one measurement (default 0.2)")
    s.add_argument("--no-peers", action="store_true", help="time convgen only")
    s.add_argument("--seed", type=int, default=0,
                   help="seed of the random input (and weights) (default 0)")
    s.add_argument("--cflags", default=None,
                   help="compiler flags (default: $CONVGEN_CFLAGS or '-O3 -march=native')")
    s.add_argument("--cc", default=None, help="C compiler (default: $CC or gcc)")
    s.set_defaults(func=cmd_bench)
    return p


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except SpecError as exc:   # e.g. raised late by a weights check
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
