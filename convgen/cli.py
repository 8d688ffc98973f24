"""The ``convgen`` command line: validate, summary, generate, verify, bench,
import-keras, import-tflite.

Exit status: 0 success, 1 a verification or compilation failed, 2 bad input (a spec error,
printed as one line on stderr, or a usage error).
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import List, Optional, Sequence

from ._version import __version__
from .build import BuildError
from .errors import SpecError
from .spec import Spec, load_spec
from .targets import TARGETS

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
    for spec in specs:   # the workspace and source-size limits
        make_plan(spec)
    for spec in specs:
        if spec.graph.is_chain():
            shapes = " -> ".join("x".join(map(str, s)) for s in spec.shapes)
        else:   # a graph: each layer's output, by name
            shapes = ", ".join(f"{t.name} {'x'.join(map(str, t.shape))}"
                               for t in spec.graph.tensors())
        print(f"OK  {spec.source.name}  {spec.name}: {shapes}")
    return 0


def cmd_summary(args) -> int:
    from .summary import summary
    if args.plot is not None:
        from .plot import PlotUnavailable, check_available
        try:
            check_available()
        except PlotUnavailable as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
    specs = _load_all(args.specs)
    if specs is None:
        return EXIT_BAD_INPUT
    from .quantized import summary as int8_summary
    if args.plot is not None and any(spec.quant is not None for spec in specs):
        print("error: --plot draws float32 specs only (not yet int8 ones)", file=sys.stderr)
        return EXIT_BAD_INPUT
    print("\n\n".join(int8_summary(spec, target=args.target) if spec.quant is not None else
                      summary(spec, target=args.target) for spec in specs))
    if args.plot is not None:
        from .plot import plot
        print(f"wrote {plot(specs, args.plot)}")
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
    int8 = [s for s in specs if s.quant is not None]
    if int8 and args.weights not in (None, "c"):
        print(f"error: {int8[0].source.name}: an int8 export writes its weights as C only "
              f"(--weights c), not --weights {args.weights}", file=sys.stderr)
        return EXIT_BAD_INPUT
    plans = [make_plan(spec, target=args.target) for spec in specs]
    rendered = [render(plan) for plan in plans]   # everything renders before anything is written
    for plan, r in zip(plans, rendered):
        folder = export(plan, args.output, r, weights_form=args.weights or "both")
        if not args.quiet:
            print(f"wrote {folder}/: {', '.join(sorted(p.name for p in folder.iterdir()))}")
    return 0


def cmd_verify(args) -> int:
    from .progress import Progress
    from .verify import TOLERANCE, verify
    specs = _load_all(args.specs)
    if specs is None:
        return EXIT_BAD_INPUT
    cflags = shlex.split(args.cflags) if args.cflags is not None else None
    target = TARGETS[args.target]
    if not target.default and not args.json and not args.quiet:
        print(f"note: target {target.name}: its C is compiled by this machine's compiler "
              f"({args.cc or 'CC or gcc'}) and run here: it checks that target's code path and "
              "packing, not its compiler; `convgen generate --target "
              f"{target.name}` then `make check` builds the test with {target.cc}",
              file=sys.stderr)
    failed, records = 0, []
    bar = Progress(len(specs), "verify", enabled=False if args.quiet else None)
    with bar:
        for k, spec in enumerate(specs):
            bar.update(k, spec.name)
            try:
                result = verify(spec, seed=args.seed, cflags=cflags, cc=args.cc,
                                target=target, threads=args.threads)
            except BuildError as exc:
                failed += 1
                records.append(dict(spec=str(spec.source.name), name=spec.name, passed=False,
                                    error=str(exc)))
                if not args.json:
                    bar.print(f"FAIL  {spec.source.name}  {spec.name}: {exc}")
                continue
            c = result.comparison
            failed += not result.passed
            records.append(dict(spec=str(spec.source.name), name=spec.name,
                                passed=result.passed, max_abs=c.max_abs, max_rel=c.max_rel,
                                where=list(c.where), nonfinite_mismatch=c.nonfinite_mismatch,
                                threads=args.threads, same_bytes_as_one_thread=result.same_bytes,
                                error=None))
            if args.json or (args.quiet and result.passed):
                continue
            status = "PASS" if result.passed else "FAIL"
            extra = (f", {c.nonfinite_mismatch} non-finite mismatches"
                     if c.nonfinite_mismatch else "")
            if result.same_bytes is not None:
                extra += (f"; {args.threads} threads: "
                          + ("same bytes as 1" if result.same_bytes else
                             "OUTPUT DIFFERS FROM 1 THREAD"))
            if spec.quant is not None:   # int8: equal to the integer oracle, or not
                bar.print(f"{status}  {spec.source.name}  {spec.name}: int8, {c.mismatches} "
                          f"output(s) differ from the integer oracle (max {c.max_abs:.0f} "
                          "steps; equality required)")
                continue
            bar.print(f"{status}  {spec.source.name}  {spec.name}: max abs err "
                      f"{c.max_abs:.3g}, rel err {c.max_rel:.3g} (tol {TOLERANCE:g}){extra}")
        bar.update(len(specs), "")
    if args.json:
        import json
        print(json.dumps(dict(convgen=__version__, tolerance=TOLERANCE, seed=args.seed,
                              target=target.name,
                              passed=len(specs) - failed, failed=failed, results=records),
                         indent=2))
    elif len(specs) > 1 and not args.quiet:
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
    if args.tflite is not None:
        problem = _tflite_problem(args, specs, bench)
        if problem:
            print(f"error: --tflite {problem}", file=sys.stderr)
            return EXIT_BAD_INPUT
    cflags = shlex.split(args.cflags) if args.cflags is not None else None
    from .progress import Progress
    with Progress(len(specs), "bench") as bar:
        report = bench.run(specs, peers=() if args.no_peers else bench.PEERS,
                           repeat=args.repeat, min_time=args.min_time, seed=args.seed,
                           cflags=cflags, cc=args.cc, threads=args.threads,
                           target=args.target, log=lambda text: bar.print(text, file=sys.stderr),
                           progress=bar.update, tflite=args.tflite)
    print(bench.markdown(report))
    for path in bench.write_report(report, args.out):
        print(f"wrote {path}")
    return EXIT_FAIL if any(not r.check.passed or (r.threaded and not r.threaded.same_bytes)
                            for r in report.results) else 0


def _tflite_problem(args, specs, bench) -> Optional[str]:
    """Why ``--tflite`` cannot go with these specs and options (None: it can)."""
    int8 = [b for b in specs if b.spec.quant is not None]
    if args.no_peers:
        return (f"{args.tflite}: it is the LiteRT peer's model, and --no-peers times "
                "convgen only")
    if len(int8) != 1:
        kinds = ", ".join(f"{b.source} ({'int8' if b.spec.quant is not None else 'float32'})"
                          for b in specs)
        return (f"{args.tflite}: it is the model of one int8 spec, to time LiteRT's int8 "
                f"interpreter against it: give exactly one int8 spec, got {len(int8)} "
                f"({kinds})")
    try:
        bench.check_tflite(int8[0].spec, args.tflite)
    except bench.TFLiteMismatch as exc:
        return str(exc)
    return None


def cmd_import_keras(args) -> int:
    import warnings

    from . import keras_import

    def convert():
        model = keras_import.load_model(args.model)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return keras_import.convert(model, name=args.name)

    return _import(args, convert, keras_import.KerasMissing, keras_import.KerasImportError)


def cmd_import_tflite(args) -> int:
    from . import tflite_import
    return _import(args, lambda: tflite_import.convert(args.model, name=args.name),
                   tflite_import.LiteRTMissing, tflite_import.TFLiteImportError)


def _import(args, convert, missing, refused) -> int:
    """An importer's command: ``convert()`` the model, write the spec and its weights to
    ``args.output`` and report them; ``missing`` (the importer's library is not installed)
    and ``refused`` (the model, every problem listed) exit with status 2, nothing written."""
    from . import keras_import
    out = args.output
    if not out.lower().endswith((".yaml", ".yml")):
        print(f"error: -o {out}: the spec file name must end in .yaml (its weights go "
              "beside it as .npz)", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        imported = convert()
        spec_path, npz_path = keras_import.write(imported, out, origin=Path(args.model).name)
    except missing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except refused as exc:
        text = str(exc).replace("\n", "; nothing was written:\n", 1)
        print(f"error: {args.model}: {text}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for note in imported.warnings:
        print(f"warning: {note}", file=sys.stderr)
    if not args.quiet:
        spec = imported.spec
        print(f"wrote {spec_path} and {npz_path}: {spec.name}, {len(spec.layers)} layers, "
              f"{'x'.join(map(str, (spec.batch, *spec.input_shape)))} -> "
              f"{'x'.join(map(str, (spec.batch, *spec.output_shape)))}, "
              f"{len(imported.weights)} weight arrays")
    return 0


def _target_option(s: argparse.ArgumentParser, what: str) -> None:
    s.add_argument("--target", choices=list(TARGETS), default="any", metavar="NAME",
                   help=f"{what}; one of {', '.join(TARGETS)} (default any: every code path, "
                        "chosen by the preprocessor; the README's target table)")


def _thread_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}")
    return value


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
    s.add_argument("--plot", default=None, metavar="FILE.png",
                   help="also draw each spec's per-layer MACs and memory bytes (output "
                        "tensor, weights) as a PNG (needs matplotlib)")
    _target_option(s, "the plan of this target (its schedules: Winograd on x86-64 and "
                      "aarch64)")
    s.set_defaults(func=cmd_summary)

    s = sub.add_parser("generate", help="write a standalone C folder DIR/<name>/ per spec",
                       description="Write DIR/<name>/: <name>.h and <name>.c (the model), "
                                   "the packed weights when the spec has a weights file "
                                   "(<name>_weights.c, a C array, and/or <name>_weights.bin, "
                                   "raw little-endian float32, with <name>_weights.S, which "
                                   "links it as data: see --weights), test_<name>.c (checks "
                                   "the model against the oracle's output) and a Makefile "
                                   "(targets all, check, clean; honours CC, CFLAGS, RUN and "
                                   "WEIGHTS=c|bin). All specs are "
                                   "validated before anything is written; files are replaced "
                                   "atomically and only when their bytes change.")
    s.add_argument("specs", nargs="+", metavar="SPEC")
    s.add_argument("-o", "--output", required=True, metavar="DIR",
                   help="output folder (one sub-folder per spec name)")
    s.add_argument("--weights", choices=("both", "c", "bin"), default=None,
                   help="the forms of a weights file's blob: both (default; the Makefile "
                        "links the C array unless WEIGHTS=bin), c (<name>_weights.c only) or "
                        "bin (<name>_weights.bin and .S only: 4 bytes per weight instead of "
                        "~16 bytes of C source, for big models); an int8 spec's export "
                        "writes the C array only")
    _target_option(s, "the target the C is for: its code paths, its weight packing (exact "
                      "size on microcontrollers), the Makefile's CC and flags")
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
    _target_option(s, "check the C of this target (its code paths and packing), compiled "
                      "by this machine's compiler: every target's C builds on any GCC/clang")
    s.add_argument("--threads", type=_thread_count, default=1, metavar="N",
                   help="run on N threads (the same C built with OpenMP) and check that the "
                        "output is the same bytes as on one thread (default 1)")
    out = s.add_mutually_exclusive_group()
    out.add_argument("-q", "--quiet", action="store_true",
                     help="print only failures; no progress bar")
    out.add_argument("--json", action="store_true",
                     help="print one JSON document (every spec's result) instead of lines")
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
                                   "then timed. An int8 spec (dtype: int8, docs/int8.md) is "
                                   "timed the same way on one thread; its output must EQUAL "
                                   "the integer oracle (no tolerance); its rate is int8 GOP/s "
                                   "(2 x MACs; no % of the fp32 peak); its one peer is "
                                   "LiteRT's int8 interpreter (XNNPACK) on the .tflite model "
                                   "given by --tflite (n/a without it). Writes DIR/bench.md, "
                                   "DIR/bench.json and DIR/bench.png (with matplotlib). Exit "
                                   "1 if a kernel fails its oracle check.")
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
    s.add_argument("--threads", type=_thread_count, default=1, metavar="N",
                   help="also time the C loop on N threads (OpenMP build; checked to give "
                        "the same bytes) against one thread, and convgen's Python call "
                        "against the peers, all on N threads, per spec (default 1: no); "
                        "int8 specs are timed on one thread only, as the report says "
                        "(benchmarks/run_int8.py --threads N times them on N)")
    s.add_argument("--tflite", default=None, metavar="MODEL.tflite",
                   help="the .tflite model the one int8 spec among FILE was imported from "
                        "(convgen import-tflite): LiteRT's interpreter runs it on one thread "
                        "(default resolver: XNNPACK) on the same int8 input, its output is "
                        "compared with convgen's (differing outputs counted: XNNPACK is not "
                        "bit-exact with TFLite's reference kernels) and it is timed; an "
                        "error (exit 2) with no int8 spec, several, --no-peers, or a model "
                        "whose input or output is not the spec's")
    _target_option(s, "time the C of this target (x86-64, aarch64: with Winograd 3x3 where "
                      "its cost model chooses it; an int8 spec's form: avx2 on x86-64, "
                      "neon on aarch64, dsp on the Cortex-M ones, portable loops on any)")
    s.set_defaults(func=cmd_bench)

    s = sub.add_parser("import-keras", help="write a spec and its weights from a saved Keras "
                                            "3 model",
                       description="Read a saved Keras 3 model (.keras, or .h5 where Keras 3 "
                                   "can load it) that is a Sequential or a linear functional "
                                   "chain of supported layers, and write SPEC.yaml and its "
                                   "weights SPEC.npz (np.savez(path, *model.get_weights()), "
                                   "referenced from the spec). Arguments at their Keras "
                                   "default are left out. Every unsupported layer, argument, "
                                   "dtype or topology is listed at once, with exit status 2 "
                                   "and nothing written. Needs Keras: pip install "
                                   "'convgen[keras]'.")
    s.add_argument("model", metavar="MODEL", help="a .keras or .h5 file")
    s.add_argument("-o", "--output", required=True, metavar="SPEC.yaml",
                   help="the spec to write; the weights go beside it as SPEC.npz")
    s.add_argument("-n", "--name", default=None,
                   help="the spec name (C symbol prefix; default: the model's name made "
                        "into a C identifier)")
    s.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    s.set_defaults(func=cmd_import_keras)

    s = sub.add_parser("import-tflite", help="write a spec and its weights from a float32 or "
                                             "full-integer int8 .tflite model",
                       description="Read a TensorFlow Lite model (.tflite: one input, one "
                                   "output) and write SPEC.yaml and its weights SPEC.npz. A "
                                   "float32 model becomes a float32 spec (operators convgen "
                                   "has layers for: CONV_2D, DEPTHWISE_CONV_2D, "
                                   "TRANSPOSE_CONV, FULLY_CONNECTED, the poolings, MEAN, ADD, "
                                   "SUB, MUL, CONCATENATION, RESHAPE, PAD, SOFTMAX, the "
                                   "activations, RESIZE_BILINEAR, RESIZE_NEAREST_NEIGHBOR, "
                                   "...; weights in Keras's get_weights() layouts); a "
                                   "full-integer int8 model (TFLiteConverter with a "
                                   "representative dataset) an int8 spec with its "
                                   "quantization (docs/int8.md), QUANTIZE/DEQUANTIZE at its "
                                   "ends becoming a float32 interface. Every unsupported "
                                   "operator, option or tensor type is listed at once, with "
                                   "exit status 2 and nothing written. Needs ai-edge-litert "
                                   "(LiteRT's flatbuffer schema): pip install "
                                   "'convgen[tflite]'.")
    s.add_argument("model", metavar="MODEL", help="a .tflite file")
    s.add_argument("-o", "--output", required=True, metavar="SPEC.yaml",
                   help="the spec to write; the weights go beside it as SPEC.npz")
    s.add_argument("-n", "--name", default=None,
                   help="the spec name (C symbol prefix; default: the file's name made into "
                        "a C identifier)")
    s.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    s.set_defaults(func=cmd_import_tflite)
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
