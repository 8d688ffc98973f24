"""Folded C integer expressions for the templates: unit coefficients, zero offsets and
loops of one iteration are decided here, in Python, so the emitted C carries no ``* 1``,
``+ 0``, ``for (...; n < 1; ...)`` or bounds check that can never fail.

A *term* is ``(variable, coefficient)``: the variable a C expression (``"kh"``) or a known
integer (a loop that was folded away contributes 0), the coefficient an integer or a sequence
of integers multiplied together (the product is taken here, not in the template).
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass
from typing import Sequence, Tuple, Union

Var = Union[str, int]
Coef = Union[int, Sequence[int]]
Term = Tuple[Var, Coef]


def _coef(coef: Coef) -> int:
    return coef if isinstance(coef, int) else math.prod(coef)


def affine(*terms: Term, const: int = 0) -> str:
    """``sum(var * coef) + const`` as C, folded: ``affine(("od", 2), ("kd", 1), const=-1)``
    is ``od * 2 + kd - 1``; zero terms vanish, all-zero is ``0``."""
    parts = []
    for var, coef in terms:
        coef = _coef(coef)
        if coef == 0:
            continue
        if isinstance(var, int):
            const += var * coef
            continue
        body = var if abs(coef) == 1 else f"{var} * {abs(coef)}"
        if not parts:
            parts.append(body if coef > 0 else f"-{body}")
        else:
            parts.append(("+ " if coef > 0 else "- ") + body)
    if const:
        parts.append(str(const) if not parts else f"+ {const}" if const > 0 else f"- {-const}")
    return " ".join(parts) or "0"


def offset(base: str, *terms: Term, const: int = 0) -> str:
    """``base`` advanced by an affine offset: ``base`` alone when the offset is 0."""
    text = affine(*terms, const=const)
    if text == "0":
        return base
    return f"{base} - {text[1:]}" if text.startswith("-") else f"{base} + {text}"


def index(name: str, extent: int, step: int = 1) -> Var:
    """A loop index over ``[0, extent)`` by ``step``: its name, or 0 when the range has
    exactly one value (the loop is not printed, see :func:`loops`; an empty range keeps its
    loop, which never runs)."""
    return 0 if 0 < extent <= step else name


def loops(bounds: Sequence[Tuple], indent: int) -> str:
    """``for`` headers of the indices ``(name, extent)`` or ``(name, extent, step)`` with
    more than one value (a string is a header printed as it is), one a line at ``indent``
    spaces, the last opening the body's block (a bare ``{`` when every loop folded away)."""
    pad = " " * indent
    lines = [pad + (b if isinstance(b, str) else f"for (int {b[0]} = 0; {b[0]} < {b[1]}; "
                    + (f"++{b[0]})" if len(b) < 3 or b[2] == 1 else f"{b[0]} += {b[2]})"))
             for b in bounds if isinstance(b, str) or index(*b)]
    if lines:
        lines[-1] += " {"
    else:
        lines.append(pad + "{")
    return "\n".join(lines)


def parallel_for(parallel: bool, bounds: Sequence[Tuple], indent: int,
                 private: str = "") -> str:
    """The line splitting the loops :func:`loops` prints for ``bounds`` over threads:
    ``CG_PARALLEL_FOR(collapse(k) private(...))`` and a newline (``model.c.j2`` defines the
    macro: an OpenMP pragma under ``_OPENMP``, nothing otherwise), or "" when ``parallel``
    is false or the loops have fewer than 2 iterations. ``private``: arrays declared before
    the loops that each thread needs its own copy of. A template prints it as
    ``{{ parallel_for(...) -}}`` on the line above its ``loops``."""
    printed = [b for b in bounds if isinstance(b, str) or index(*b)]
    count = math.prod(1 if isinstance(b, str) else -(-b[1] // (b[2] if len(b) > 2 else 1))
                      for b in printed)
    if not parallel or not printed or (count < 2 and all(not isinstance(b, str)
                                                         for b in printed)):
        return ""
    clauses = [f"collapse({len(printed)})"] if len(printed) > 1 else []
    clauses += [f"private({private})"] if private else []
    return " " * indent + f"CG_PARALLEL_FOR({' '.join(clauses)})\n"


def reindent(text: str, indent: int) -> str:
    """``text`` (a macro's caller body) moved to ``indent`` spaces, its blank lines kept empty
    and its trailing newline dropped (the template line that prints it adds one)."""
    body = textwrap.dedent(text).strip("\n")
    return textwrap.indent(body, " " * indent)


@dataclass(frozen=True)
class TapAxis:
    """One axis of a convolution window, as C. Taps ``k`` run over ``[0, taps)`` (``taps``
    0: no loop, ``k`` is 0); ``i`` is the input index the tap reads (a C variable, or an
    integer when it is known); ``lines`` compute it and skip the taps outside the input,
    holding only the checks that can fail over the output range."""

    k: Var
    taps: int
    i: Var
    lines: Tuple[str, ...]


def _linear_axis(name: str, out: Var, taps: int, out_coef: int, k_coef: int, const: int,
                 lo: int, hi: int, low: bool, high: bool) -> TapAxis:
    """Input index ``out * out_coef + k * k_coef + const``; ``low``/``high``: whether it can
    fall below ``lo`` / reach ``hi`` (only those checks are printed)."""
    loop = taps > 1 or low or high     # a check skips a tap with continue: it needs the loop
    k = f"k{name}" if loop else 0
    i = f"i{name}"
    expr = affine((out, out_coef), (k, k_coef), const=const)
    if not loop and out == 0:           # a known constant, folded into its users
        return TapAxis(0, 0, const, ())
    if not loop and expr.isidentifier():    # the output index itself
        return TapAxis(0, 0, expr, ())
    checks = [c for c, need in ((f"{i} < {lo}", low), (f"{i} >= {hi}", high)) if need]
    lines = [f"const int {i} = {expr};"]
    if checks:
        lines.append(f"if ({' || '.join(checks)}) continue;")
    return TapAxis(k, taps if loop else 0, i, tuple(lines))


def gather_axis(name: str, out: Var, out_extent: int, taps: int, stride: int, dilation: int,
                pad: int, lo: int, hi: int) -> TapAxis:
    """Output ``out`` (an index over ``[0, out_extent)``, or 0) reads input ``out * stride +
    k * dilation - pad`` through tap k; inputs ``[lo, hi)`` exist."""
    last = (out_extent - 1 if out != 0 else 0) * stride + (taps - 1) * dilation - pad
    return _linear_axis(name, out, taps, stride, dilation, -pad, lo, hi, -pad < lo, last >= hi)


def scatter_axis(name: str, out: Var, out_extent: int, taps: int, stride: int,
                 dilation: int, crop: int, size: int) -> TapAxis:
    """A transposed convolution's output ``out`` (an index over ``[0, out_extent)``, or 0)
    takes input ``i`` through tap k when ``out + crop - k * dilation == i * stride``, ``i``
    in ``[0, size)``."""
    first = crop - (taps - 1) * dilation
    last = (out_extent - 1 if out != 0 else 0) + crop
    if stride == 1:
        return _linear_axis(name, out, taps, 1, -dilation, crop, 0, size, first < 0,
                            last >= size)
    t, i, k = f"t{name}", f"i{name}", f"k{name}"
    checks = ([f"{t} < 0"] if first < 0 else []) + [f"{t} % {stride} != 0"]
    checks += [f"{i} >= {size}"] if last // stride >= size else []
    lines = (f"const int {t} = {affine((out, 1), (k, -dilation), const=crop)};",
             f"const int {i} = {t} / {stride};",
             f"if ({' || '.join(checks)}) continue;")
    return TapAxis(k, taps, i, lines)


@dataclass(frozen=True)
class Window:
    """The three axes (d, h, w) of a convolution window."""

    d: TapAxis
    h: TapAxis
    w: TapAxis

    def tap_terms(self, k, per_tap: Coef) -> Tuple[Term, ...]:
        """Offset terms of tap (kd, kh, kw) in a kernel of ``k`` taps per axis and
        ``per_tap`` floats a tap: ``((kd * k.h + kh) * k.w + kw) * per_tap``."""
        per_tap = _coef(per_tap)
        return ((self.d.k, k.h * k.w * per_tap), (self.h.k, k.w * per_tap),
                (self.w.k, per_tap))


def gather(outs: Sequence[Var], out, k, stride, dilation, pad, lo, hi) -> Window:
    """The window of a convolution: output indices ``outs`` (d, h, w), per-axis numbers as
    objects with ``.d``, ``.h``, ``.w``."""
    return Window(*(gather_axis(a, o, getattr(out, a), getattr(k, a), getattr(stride, a),
                                getattr(dilation, a), getattr(pad, a), getattr(lo, a),
                                getattr(hi, a)) for a, o in zip("dhw", outs)))


def scatter(outs: Sequence[Var], out, k, stride, dilation, crop, inp) -> Window:
    """The window of a transposed convolution (see :func:`scatter_axis`)."""
    return Window(*(scatter_axis(a, o, getattr(out, a), getattr(k, a), getattr(stride, a),
                                 getattr(dilation, a), getattr(crop, a), getattr(inp, a))
                    for a, o in zip("dhw", outs)))


# What the templates see (render.environment registers them as globals).
JINJA_GLOBALS = dict(affine=affine, offset=offset, index=index, loops=loops,
                     parallel_for=parallel_for, reindent=reindent, gather=gather, scatter=scatter)
