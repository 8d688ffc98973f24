"""Stage 3 of the pipeline: render a plan through the Jinja2 templates into C.

Rendering is deterministic: the same spec and convgen version give the same bytes.
"""

from __future__ import annotations

import functools
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Union

import jinja2
import numpy as np

from . import cexpr, threads
from ._version import __version__
from .plan import Plan, c_pointer


def template_dir() -> Path:
    """The templates: inside the installed package, or at the top of a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent / "templates"):
        if (candidate / "convgen_helpers.h").is_file():
            return candidate
    raise RuntimeError(f"convgen's templates are missing (looked in {here / 'templates'} and "
                       f"{here.parent / 'templates'}): reinstall convgen")


def cfloat(value: float) -> str:
    """A float32 constant, losslessly: 9 significant digits and an ``f`` suffix."""
    v = float(np.float32(value))
    if not np.isfinite(v):
        raise ValueError(f"cannot print non-finite constant {v} as C")
    text = f"{v:.9g}"
    if "e" not in text and "." not in text:
        text += ".0"
    return text + "f"


_ENV = None


def environment() -> jinja2.Environment:
    global _ENV
    if _ENV is None:
        _ENV = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(template_dir())),
            undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
            trim_blocks=True, lstrip_blocks=True, autoescape=False)
        _ENV.filters["cfloat"] = cfloat
        _ENV.globals.update(cexpr.JINJA_GLOBALS)
    return _ENV


@dataclass(frozen=True)
class Rendered:
    name: str
    header: str
    source: str
    # the entry point's C declaration where it is not the float one (int8 specs)
    signature: Optional[str] = None


_HELPER = re.compile(r"^static inline (?:__attribute__\(\(unused\)\) )?\w+\s+\**(cg_\w+)\(",
                     re.M)
VECTOR_TYPES = (("cg_v8", "cg_i8"), ("cg_v16", "cg_i16"))


def _chunks(text: str) -> Dict[str, str]:
    """C source cut into its ``static inline`` functions, each with the comment lines right
    above it (file order kept)."""
    lines = text.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if _HELPER.match(line)]
    chunks: Dict[str, str] = {}
    for k, start in enumerate(starts):
        first = start
        while first > 0 and lines[first - 1].lstrip().startswith(("/*", "*")):
            first -= 1
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        while end > start + 1 and lines[end - 1].lstrip().startswith(("/*", "*")):
            end -= 1   # the next function's comment
        chunks[_HELPER.match(lines[start]).group(1)] = "".join(lines[first:end]).rstrip() + "\n"
    return chunks


@functools.lru_cache(maxsize=None)
def helper_chunks() -> Dict[str, str]:
    """The hand-written scalar helpers, ``convgen_helpers.h``, cut into functions."""
    return _chunks((template_dir() / "convgen_helpers.h").read_text())


@functools.lru_cache(maxsize=None)
def vector_helper_chunks(x86: bool = True) -> Dict[str, str]:
    """The vector activations of ``vector_helpers.c.j2`` for every vector type, cut into
    functions named ``<type>_<activation>``; ``x86``: with their x86 forms where they have
    one (behind ``__AVX__``), for a source that may be compiled for x86."""
    template = environment().get_template("vector_helpers.c.j2")
    return {name: chunk for v, i in VECTOR_TYPES
            for name, chunk in _chunks(template.render(V=v, I=i, x86=x86)).items()}


def _closure(chunks: Dict[str, str], names) -> str:
    """The chunks named, with those they call in turn, in their file order: clang's
    -Wunused-function also flags unused static inline functions."""
    needed, todo = set(), [n for n in names if n]
    while todo:
        name = todo.pop()
        if name not in needed:
            needed.add(name)
            todo += [d for d in re.findall(r"\b(cg_\w+)\(", chunks[name]) if d != name]
    return "\n".join(chunks[n] for n in chunks if n in needed)


def helpers_for(names) -> str:
    """Only the scalar helpers the code calls, with what they call."""
    return _closure(helper_chunks(), names)


def vector_helpers_for(activations, types=tuple(v for v, _ in VECTOR_TYPES),
                       x86: bool = True) -> str:
    """The vector forms (for each vector type of ``types``, default all) of the activations
    named (``relu``, ...); ``x86``: with their x86 forms (see :func:`vector_helper_chunks`)."""
    return _closure(vector_helper_chunks(x86),
                    [f"{v}_{a}" for a in activations if a and a != "linear"
                     for v, _ in VECTOR_TYPES if v in types])


def vector_types(target) -> tuple:
    """The vector types a target's tiles use: 8 floats, and 16 with the AVX-512 tiles."""
    return ("cg_v8", "cg_v16") if target.wide else ("cg_v8",) if target.narrow else ()


def _calls(plan: Plan) -> List[Dict[str, str]]:
    """Each step's call in the entry point: the pointers of its arguments, in the order of its
    convention (see :class:`convgen.plan.Step`)."""
    calls = []
    for step in plan.steps:
        reads = [plan.pointer(t) for t in step.reads]
        if step.convention == "merge":
            args = reads + [plan.pointer(step.writes)]
        else:
            args = [reads[0], c_pointer("weights", step.weights_offset),
                    plan.pointer(step.writes), plan.scratch_pointer(step)] + reads[1:]
        calls.append(dict(fn=step.fn, args=", ".join(args)))
    return calls


def _layout(plan: Plan) -> str:
    parts = [f"{b.name} at {plan.offsets[b.name]} ({b.size} floats, steps {b.first}-{b.last})"
             for b in plan.buffers]
    return ", ".join(parts) or "none needed"


def render(plan: Plan) -> Rendered:
    """Render the header and the source (every layer function, then the entry point), with
    only the code paths of the plan's target. An int8 plan renders through
    :func:`convgen.quantized.render`."""
    if not isinstance(plan, Plan):
        from .quantized import render as render_int8
        return render_int8(plan)
    env = environment()
    target = plan.target
    base = dict(plan.context, version=__version__)
    functions = [f for step in plan.steps for f in threads.functions(step)]
    # threads split the vector paths' loops: a target without them runs on one thread
    parallel = [target.vector and threads.parallel(template, ctx) for template, ctx in functions]
    layer_code = [env.get_template(template).render(dict(ctx, version=__version__,
                                                         target=target, parallel=p))
                  for (template, ctx), p in zip(functions, parallel)]
    header = env.get_template("header.h.j2").render(base, template="header.h.j2",
                                                    threaded=any(parallel))
    templates = sorted({step.template for step in plan.steps})
    contexts = [ctx for _, ctx in functions]
    used = [ctx.get(key, "") for ctx in contexts
            for key in ("act_fn", "rows_fn", "post_act_fn")]
    used += [h for ctx in contexts for h in ctx.get("helpers", [])]
    calls = _calls(plan)
    # parameters no call passes on (a model of merges and copies only): C's (void) for -Wextra
    unused = [p for p in ("weights", "workspace")
              if not any(re.search(rf"\b{p}\b", c["args"]) for c in calls)]
    source = env.get_template("model.c.j2").render(
        base, template=", ".join(["model.c.j2"] + templates), layer_code=layer_code,
        calls=calls, unused=unused, layout=_layout(plan), helpers=helpers_for(used),
        vector_helpers=vector_helpers_for(sorted({ctx.get(key, "") for ctx in contexts
                                                  for key in ("vector_act",
                                                              "post_vector_act")}),
                                          vector_types(target), x86=target.wide),
        uses_vectors=target.vector and any(ctx.get("vector") for ctx in contexts),
        threaded=any(parallel),
        teams=any(p and ctx.get("team") for ctx, p in zip(contexts, parallel)))
    return Rendered(plan.context["name"], header, source)


def write_if_changed(path: Path, text: Union[str, bytes]) -> bool:
    """Write atomically (temporary file and rename), only when the bytes differ (text is
    written as UTF-8)."""
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o666 & ~_umask())   # mkstemp makes 0600; give what open() would
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write(rendered: Rendered, out_dir: Union[str, Path]) -> Path:
    """Write ``out_dir/<name>/<name>.h`` and ``.c``; return the folder."""
    folder = Path(out_dir) / rendered.name
    write_if_changed(folder / f"{rendered.name}.h", rendered.header)
    write_if_changed(folder / f"{rendered.name}.c", rendered.source)
    return folder
