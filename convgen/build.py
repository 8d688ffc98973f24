"""Stage 4 of the pipeline: compile rendered C with cffi (API mode), cache it, load it.

The cache is content-addressed: the key hashes the C source, the compiler flags, the
compiler's own version text, and the convgen, cffi and Python versions. A module is built
in a private temporary folder and moved into place with one atomic rename, so concurrent
builders of the same spec never see a half-written entry.

:func:`compile_module` is the same compile-and-load path without the cache, for C that is
not a rendered spec (the benchmark's timing loops and peak microkernel).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib.machinery
import importlib.util
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional, Sequence, Tuple, Union

import cffi

from ._version import __version__
from .render import Rendered

# -O3 lets GCC vectorise the filter loops; -march=native targets this machine's vector units.
DEFAULT_CFLAGS = ("-O3", "-march=native")
# Kernels are pure float code: no errno from libm calls, so expf & co. can inline.
# (No -std=c99 here: Python.h, which the cffi wrapper includes, needs C11.)
BASE_CFLAGS = ("-fno-math-errno",)

_ENV_LOCK = threading.Lock()

# Threads (``build(..., openmp=True)``): -fopenmp turns the model's CG_PARALLEL_FOR pragmas on,
# and the module gets a setter of the calling thread's team size, kept out of the model's C
# (which holds no state: the team size is the caller's OpenMP setting).
OPENMP_FLAGS = ("-fopenmp",)
THREADS_CDEF = "void convgen_set_threads(int n);"
THREADS_SOURCE = """
#include <omp.h>
/* convgen's Python module only: the team size of the calling thread's next parallel loops. */
static void convgen_set_threads(int n) { omp_set_num_threads(n); }
"""


class BuildError(RuntimeError):
    """The C compiler failed on generated code."""


def default_cflags() -> Tuple[str, ...]:
    env = os.environ.get("CONVGEN_CFLAGS")
    return tuple(shlex.split(env)) if env is not None else DEFAULT_CFLAGS


def default_cc() -> str:
    return os.environ.get("CC") or "gcc"


def cache_dir() -> Path:
    env = os.environ.get("CONVGEN_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "convgen"


@lru_cache(maxsize=None)
def compiler_version(cc: str) -> str:
    """The compiler's ``--version`` text: part of the cache key."""
    try:
        done = subprocess.run(shlex.split(cc) + ["--version"], capture_output=True, text=True,
                              timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BuildError(f"cannot run the C compiler {cc!r}: {exc}") from None
    if done.returncode != 0:
        raise BuildError(f"the C compiler {cc!r} failed on --version: {done.stderr.strip()}")
    return done.stdout.strip()


# setuptools adds these from the environment to the compiler's command line.
ENV_FLAGS = ("CFLAGS", "CPPFLAGS", "LDFLAGS", "LDSHARED", "ARCHFLAGS")


def cache_key(rendered: Rendered, cflags: Sequence[str], cc: str) -> str:
    h = hashlib.sha256()
    env = "\0".join(f"{k}={os.environ.get(k, '')}" for k in ENV_FLAGS)
    # the signature is the module's cdef (what Python may call): part of what is built
    for part in (rendered.header, rendered.source, rendered.signature or "", "\0".join(cflags),
                 cc, compiler_version(cc),
                 env, __version__, cffi.__version__, sys.version, sysconfig.get_platform()):
        h.update(part.encode("utf-8"))
        h.update(b"\0\1")
    return h.hexdigest()[:32]


def _module_file(folder: Path) -> Optional[Path]:
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    files = sorted(folder.glob(f"*{suffix}"))
    return files[0] if len(files) == 1 else None


def _complete(folder: Path) -> bool:
    """An entry is complete when its marker names the module file and the sizes match."""
    marker = folder / "COMPLETE"
    try:
        name, size = marker.read_text().split()
        return (folder / name).stat().st_size == int(size)
    except (OSError, ValueError):
        return False


class _Log:
    def __init__(self):
        self.file = tempfile.TemporaryFile(mode="w+b")

    def read(self) -> str:
        self.file.seek(0)
        return self.file.read().decode("utf-8", "replace")


@contextlib.contextmanager
def _captured_stderr():
    """The compiler's messages (it writes to file descriptor 2) into a log we can quote."""
    log = _Log()
    sys.stderr.flush()
    saved = os.dup(2)
    os.dup2(log.file.fileno(), 2)
    try:
        yield log
    finally:
        os.dup2(saved, 2)
        os.close(saved)


@contextlib.contextmanager
def _compiler(cc: str):
    """``cc`` as the compiler of the ``ffi.compile`` calls inside: setuptools reads CC from
    the environment, which is process-wide, hence the lock."""
    with _ENV_LOCK:
        saved = os.environ.get("CC")
        os.environ["CC"] = cc
        try:
            yield
        finally:
            if saved is None:
                del os.environ["CC"]
            else:
                os.environ["CC"] = saved


def _compile_into(folder: Path, modname: str, rendered: Rendered, cflags: Sequence[str],
                  cc: str, cdef: str = "", link_args: Sequence[str] = ()) -> None:
    (folder / f"{rendered.name}.h").write_text(rendered.header)
    ffi = cffi.FFI()
    ffi.cdef((rendered.signature or f"int {rendered.name}(const float *input, const float "
              "*weights, float *output, float *workspace)") + ";" + cdef)
    ffi.set_source(modname, rendered.source, include_dirs=[str(folder)],
                   extra_compile_args=list(BASE_CFLAGS) + list(cflags), libraries=["m"],
                   extra_link_args=list(link_args))
    with _compiler(cc):
        try:
            with _captured_stderr() as log:
                ffi.compile(tmpdir=str(folder), verbose=False)
        except Exception:   # setuptools raises CompileError/LinkError and friends
            errors = [line for line in log.read().splitlines() if "error" in line][:5]
            raise BuildError(f"compiling {rendered.name} with {cc} {' '.join(cflags)} failed: "
                             + (" | ".join(errors) or "see the compiler output")) from None
    module = _module_file(folder)
    if module is None:
        raise BuildError(f"compiling {rendered.name} produced no extension module")
    (folder / "COMPLETE").write_text(f"{module.name} {module.stat().st_size}\n")


def build(rendered: Rendered, cflags: Optional[Sequence[str]] = None,
          cc: Optional[str] = None, openmp: bool = False):
    """Compile (or fetch from the cache) and import the module of ``rendered``.

    ``openmp``: compile and link with ``-fopenmp`` (its own cache entry), and add
    ``lib.convgen_set_threads(n)``, which sets the team size of the calling thread's next
    parallel loops. Returns ``(lib, ffi, folder)`` of the loaded cffi module.
    """
    cflags = tuple(default_cflags() if cflags is None else cflags)
    cc = cc or default_cc()
    cdef, link_args = "", ()
    if openmp:
        rendered = dataclasses.replace(rendered, source=rendered.source + THREADS_SOURCE)
        cflags, cdef, link_args = cflags + OPENMP_FLAGS, THREADS_CDEF, OPENMP_FLAGS
    key = cache_key(rendered, cflags, cc)
    modname = f"_convgen_{key}"
    root = cache_dir()
    folder = root / key
    if not _complete(folder):
        root.mkdir(parents=True, exist_ok=True)
        # One builder per entry at a time: the check, the removal of a broken entry and the
        # install happen under the entry's lock, so no process removes a complete entry
        # another has just installed and is about to load.
        with _locked(root / f".{key}.lock"):
            if not _complete(folder):
                if folder.exists():   # truncated or corrupt: rebuild
                    shutil.rmtree(folder, ignore_errors=True)
                tmp = Path(tempfile.mkdtemp(prefix=f".{key}.", dir=root))
                try:
                    _compile_into(tmp, modname, rendered, cflags, cc, cdef, link_args)
                    os.rename(tmp, folder)
                finally:
                    shutil.rmtree(tmp, ignore_errors=True)
    return _load(folder, modname)


def compile_module(folder: Union[str, Path], modname: str, cdef: str, source: str,
                   cflags: Sequence[str], cc: str, link_args: Sequence[str] = ()
                   ) -> Tuple[Any, Any]:
    """Compile C ``source`` into the cffi module ``modname`` inside ``folder``, and load it.

    The path :func:`build` takes (cffi API mode through setuptools, ``cc`` as the compiler,
    libm linked) without the cache, and with exactly ``cflags``: :data:`BASE_CFLAGS` is not
    added (``link_args`` go to the linker). ``cdef`` declares what Python may call; headers
    that ``source`` includes are looked up in ``folder``, so write them there first. The
    loaded module stays usable after ``folder`` is removed. Module names are process-wide:
    when ``modname`` is already loaded, that module is returned, so give different sources
    different names.

    Returns ``(lib, ffi)``; raises :class:`BuildError` when the compiler fails.
    """
    folder = Path(folder)
    ffi = cffi.FFI()
    ffi.cdef(cdef)
    ffi.set_source(modname, source, include_dirs=[str(folder)], extra_compile_args=list(cflags),
                   libraries=["m"], extra_link_args=list(link_args))
    with _compiler(cc):
        try:
            ffi.compile(tmpdir=str(folder), verbose=False)
        except Exception as exc:   # setuptools raises CompileError/LinkError and friends
            raise BuildError(f"compiling {modname} with {cc} {' '.join(cflags)} failed: "
                             f"{exc}") from None
    lib, ffi, _ = _load(folder, modname)
    return lib, ffi


@contextlib.contextmanager
def _locked(path: Path):
    """An exclusive advisory lock on ``path`` (POSIX flock; elsewhere no lock)."""
    try:
        import fcntl
    except ImportError:   # Windows: the atomic rename still keeps entries whole
        yield
        return
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _load(folder: Path, modname: str):
    if modname in sys.modules:
        module = sys.modules[modname]
    else:
        path = _module_file(folder)
        spec = importlib.util.spec_from_file_location(modname, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        sys.modules[modname] = module
    return module.lib, module.ffi, folder
