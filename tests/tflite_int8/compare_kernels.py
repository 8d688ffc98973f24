"""How far TFLite's optimized kernels and XNNPACK are from its reference kernels on these models.

A measurement, not a test: the integer oracle follows the reference kernels exactly
(tests/test_quant_oracle.py); this script reports, op by op, where LiteRT's default optimized
kernels (``BUILTIN_WITHOUT_DEFAULT_DELEGATES``, intermediate tensors kept) differ from the
reference ones, and where the XNNPACK delegate's model outputs do, on the same inputs. The table
in docs/int8.md is its output. Run from the repository root with ai-edge-litert installed::

    python tests/tflite_int8/compare_kernels.py
"""

from __future__ import annotations

import pathlib
import sys

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import test_quant_oracle as T  # noqa: E402
from ai_edge_litert.interpreter import Interpreter, OpResolverType  # noqa: E402

FEEDS = [("random", 0), ("extremes", 2)] + [("normal", seed) for seed in range(1, 21)]


def _tally(rows, key, a, b):
    d = np.abs(a.astype(np.float64) - b.astype(np.float64))
    r = rows.setdefault(key, [0, 0, 0.0])
    r[0] += int((d > 0).sum())
    r[1] += a.size
    r[2] = max(r[2], float(d.max()))


def main():
    print("| model | op | elements differing | max difference |")
    print("|---|---|---|---|")
    for path in T.MODEL_FILES:
        ref = T.Model(path)
        opt = Interpreter(
            model_path=str(path),
            experimental_op_resolver_type=OpResolverType.BUILTIN_WITHOUT_DEFAULT_DELEGATES,
            experimental_preserve_all_tensors=True)
        xnn = Interpreter(model_path=str(path))
        opt.allocate_tensors()
        xnn.allocate_tensors()
        rows = {}
        for kind, seed in FEEDS:
            feeds = T._feeds(ref, kind, seed)
            t = ref.run(feeds)
            for it in (opt, xnn):
                for i, x in zip(ref.inputs, feeds):
                    it.set_tensor(i, x)
                it.invoke()
            for name, _, _, outs in ref.ops:
                _tally(rows, f"{name} (optimized)", t[outs[0]], opt.get_tensor(outs[0]))
            for o in ref.outputs:
                _tally(rows, "model output (XNNPACK)", t[o], xnn.get_tensor(o))
        for key, (n, total, worst) in rows.items():
            if n:
                print(f"| {path.stem} | {key} | {n} / {total} | {worst:.3g} |")


if __name__ == "__main__":
    main()
