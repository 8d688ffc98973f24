"""The compile cache (convgen/build.py): concurrent builders, damaged entries, the key.

Every compile here runs in a child process with ``CONVGEN_CACHE_DIR`` set to a temporary
folder: the test process never loads a module whose file a test then damages (truncating a
mapped shared object would crash it), and the user's cache is never touched.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import textwrap
import time
import traceback
from pathlib import Path
from typing import Any, Dict, List, Optional

import numpy as np
import pytest
from conftest import assert_close

import convgen
from convgen import build
from convgen.plan import make_plan
from convgen.render import render

ENTRY = re.compile(r"[0-9a-f]{32}\Z")
SUFFIX = __import__("importlib.machinery").machinery.EXTENSION_SUFFIXES[0]


def new_spec(tag: str, filters: int = 6) -> Dict[str, Any]:
    """A spec no cache has seen: the tag and time go into its name."""
    return {"name": f"cache_{tag}_{time.time_ns() % 10**12}", "input_shape": [6, 5, 3],
            "batch": 2, "layers": [
                {"type": "ZeroPadding2D", "padding": [1, 2]},
                {"type": "Conv2D", "filters": filters, "kernel_size": 3, "strides": [1, 2],
                 "activation": "softmax"}]}


def run_spec(raw: Dict[str, Any], cflags=None, cc=None):
    """Compile and run; return (kernel output, oracle output)."""
    from convgen.verify import random_input, random_weights
    spec = convgen.parse_spec(raw)
    kernel = convgen.compile(spec, cflags=cflags, cc=cc)
    rng = np.random.default_rng(11)
    weights = random_weights(spec, rng)
    x = random_input(spec, rng)
    return kernel(x, weights), convgen.reference(spec, x, weights)


# ------------------------------------------------------------------ children

def _concurrent_worker(cache_dir: str, raw, barrier, queue) -> None:
    """Spawned 8 times: wait for the others, then compile the same spec at once."""
    try:
        os.environ["CONVGEN_CACHE_DIR"] = cache_dir
        convgen.parse_spec(raw)           # everything imported before the barrier
        barrier.wait(timeout=300)
        got, want = run_spec(raw)
        queue.put((os.getpid(), "ok", got, want))
    except BaseException:                 # report everything, SystemExit included
        queue.put((os.getpid(), traceback.format_exc(), None, None))


CHILD = textwrap.dedent(r"""
    import json, os, sys, time, traceback
    from pathlib import Path
    job = json.loads(sys.argv[1])
    os.environ["CONVGEN_CACHE_DIR"] = job["cache_dir"]
    sys.path.insert(0, job["tests"])
    out = {"ok": False}
    try:
        import numpy as np
        from convgen import build
        import test_cache
        hook = job.get("hook")
        signals = Path(job["cache_dir"]).parent
        def wait_for(name, seconds=60.0, required=True):
            deadline = time.time() + seconds
            while not (signals / name).exists():
                if time.time() > deadline:
                    if required:
                        raise TimeoutError(name)
                    return
                time.sleep(0.005)
        if hook == "slow-loader":
            # A builder that installs its entry only after the other one has checked, and is
            # descheduled between installing its entry and loading it.
            real_compile = build._compile_into
            def _compile_into(*args, **kwargs):
                real_compile(*args, **kwargs)
                wait_for("checked")
            build._compile_into = _compile_into
            real_load = build._load
            def _load(folder, modname):
                (signals / "installed").touch()
                wait_for("deleted", 2.0, required=False)   # never comes once fixed
                return real_load(folder, modname)
            build._load = _load
        elif hook == "late-checker":
            # A builder that found no entry, then was descheduled before acting on that.
            real_complete = build._complete
            state = {"first": True}
            def _complete(folder):
                result = real_complete(folder)
                if state.pop("first", False):
                    (signals / "checked").touch()
                    wait_for("installed")
                return result
            build._complete = _complete
            real_rmtree = build.shutil.rmtree
            def rmtree(path, *args, **kwargs):
                real_rmtree(path, *args, **kwargs)
                if Path(path).name == Path(path).name.lstrip("."):   # the entry, not a tmp
                    (signals / "deleted").touch()
            build.shutil.rmtree = rmtree
        got, want = test_cache.run_spec(job["raw"], job.get("cflags"), job.get("cc"))
        err = float(np.max(np.abs(got.astype(np.float64) - want)))
        out = {"ok": True, "max_err": err, "scale": float(np.max(np.abs(want)))}
    except BaseException:
        out = {"ok": False, "error": traceback.format_exc()}
    print("RESULT " + json.dumps(out))
""")


def child(cache_dir: Path, raw, cflags=None, cc=None, env: Optional[Dict[str, str]] = None,
          hook: Optional[str] = None, wait: bool = True):
    """Compile and run ``raw`` in a fresh interpreter; return its result (or the Popen)."""
    job = dict(cache_dir=str(cache_dir), raw=raw, cflags=cflags, cc=cc, hook=hook,
               tests=str(Path(__file__).resolve().parent))
    environment = {k: v for k, v in os.environ.items() if k not in ("CFLAGS", "CC")}
    environment.update(env or {})
    proc = subprocess.Popen([sys.executable, "-c", CHILD, json.dumps(job)], env=environment,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return result_of(proc) if wait else proc


def result_of(proc) -> Dict[str, Any]:
    out, err = proc.communicate(timeout=600)
    lines = [line for line in out.splitlines() if line.startswith("RESULT ")]
    assert lines, f"child died ({proc.returncode}): {out}\n{err}"
    return json.loads(lines[-1][7:])


def assert_correct(result: Dict[str, Any]) -> None:
    assert result["ok"], result.get("error")
    assert result["max_err"] <= 1e-4 * max(1.0, result["scale"]), result


def entries(root: Path) -> List[Path]:
    """Everything in the cache folder (entries, and whatever else is there)."""
    return sorted(root.iterdir()) if root.exists() else []


def complete_entries(root: Path) -> List[Path]:
    return [p for p in entries(root) if ENTRY.match(p.name) and build._complete(p)]


LOCK = re.compile(r"\.[0-9a-f]{32}\.lock\Z")   # an entry's lock file may stay


def assert_one_complete_entry(root: Path) -> Path:
    """Exactly one entry, complete, and no temporary folders or stray files left."""
    found = [p for p in entries(root) if not (LOCK.match(p.name) and p.is_file())]
    assert [p.name for p in found if not ENTRY.match(p.name)] == [], \
        f"leftovers in the cache: {[p.name for p in entries(root)]}"
    assert len(found) == 1, [p.name for p in found]
    entry = found[0]
    assert entry.is_dir() and build._complete(entry)
    modules = list(entry.glob(f"*{SUFFIX}"))
    assert len(modules) == 1
    name, size = (entry / "COMPLETE").read_text().split()
    assert name == modules[0].name and int(size) == modules[0].stat().st_size
    return entry


# ------------------------------------------------------------------ concurrency

def _race(root: Path, raw, processes: int = 8) -> None:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(processes)
    queue = ctx.Queue()
    procs = [ctx.Process(target=_concurrent_worker, args=(str(root), raw, barrier, queue))
             for _ in range(processes)]
    for p in procs:
        p.start()
    try:
        results = [queue.get(timeout=600) for _ in procs]
    finally:
        for p in procs:
            p.join(timeout=60)
            if p.is_alive():
                p.kill()
    failures = [r[1] for r in results if r[1] != "ok"]
    assert not failures, "\n".join(failures)
    assert all(p.exitcode == 0 for p in procs), [p.exitcode for p in procs]
    outputs = [r[2] for r in results]
    for got in outputs:
        assert_close(got, results[0][3])
        assert np.array_equal(got, outputs[0], equal_nan=True)   # the same module everywhere


def test_eight_processes_compile_the_same_new_spec_at_once(tmp_path):
    root = tmp_path / "cache"
    _race(root, new_spec("race"))
    assert_one_complete_entry(root)


def test_eight_processes_rebuild_the_same_damaged_entry_at_once(tmp_path):
    """All eight find a truncated module at once: one rebuild wins, the rest use it."""
    root, raw = tmp_path / "cache", new_spec("race_damaged")
    assert_correct(child(root, raw))
    entry = assert_one_complete_entry(root)
    module = next(entry.glob(f"*{SUFFIX}"))
    os.truncate(module, module.stat().st_size // 2)
    _race(root, raw)
    assert_one_complete_entry(root)


def test_entry_installed_between_check_and_delete_is_not_deleted(tmp_path):
    """A deterministic schedule of the check-then-delete race in build(): process B finds
    no complete entry and is descheduled; process A installs its entry; B resumes. The hooks
    only delay (A between installing and loading, B between checking and acting)."""
    root, raw = tmp_path / "cache", new_spec("toctou")
    late = child(root, raw, hook="late-checker", wait=False)
    slow = child(root, raw, hook="slow-loader", wait=False)
    a, b = result_of(slow), result_of(late)
    assert_correct(b)
    assert_correct(a)


# ------------------------------------------------------------------ damaged entries

@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """One entry built by a child process, copied afresh for each test."""
    root, raw = tmp_path_factory.mktemp("pristine") / "cache", new_spec("damage")
    assert_correct(child(root, raw))
    return raw, assert_one_complete_entry(root)


@pytest.fixture
def built(tmp_path, pristine):
    """A cache holding one complete entry; (root, spec, entry)."""
    raw, entry = pristine
    root = tmp_path / "cache"
    shutil.copytree(entry, root / entry.name)
    return root, raw, assert_one_complete_entry(root)


def _age(entry: Path) -> None:
    for p in entry.iterdir():
        os.utime(p, (1_000_000, 1_000_000))


def _rebuilt(entry: Path) -> bool:
    module = next(entry.glob(f"*{SUFFIX}"))
    return module.stat().st_mtime > 2_000_000


@pytest.mark.parametrize("fraction", [0.0, 0.5, 0.99])
def test_truncated_module_is_detected_and_rebuilt(built, fraction):
    root, raw, entry = built
    module = next(entry.glob(f"*{SUFFIX}"))
    _age(entry)
    os.truncate(module, int(module.stat().st_size * fraction))
    assert not build._complete(entry)
    assert_correct(child(root, raw))       # a fresh process loads the rebuilt module
    assert _rebuilt(assert_one_complete_entry(root))


def test_missing_module_is_detected_and_rebuilt(built):
    root, raw, entry = built
    next(entry.glob(f"*{SUFFIX}")).unlink()
    assert_correct(child(root, raw))
    assert_one_complete_entry(root)


MARKERS = {
    "empty": b"",
    "garbage": b"garbage\n",
    "three-words": b"a b c\n",
    "wrong-size": b"@MODULE@ 1\n",
    "negative-size": b"@MODULE@ -5\n",
    "not-a-number": b"@MODULE@ lots\n",
    "other-file": b"missing.so @SIZE@\n",
    "binary": b"\xff\xfe\x00\x01 \x80\n",
    "truncated": b"@MODULE@",
}


@pytest.mark.parametrize("kind", sorted(MARKERS) + ["directory", "missing"])
def test_bad_complete_marker_is_detected_and_rebuilt(built, kind):
    root, raw, entry = built
    module = next(entry.glob(f"*{SUFFIX}"))
    marker = entry / "COMPLETE"
    _age(entry)
    marker.unlink()
    if kind == "directory":
        marker.mkdir()
    elif kind != "missing":
        marker.write_bytes(MARKERS[kind].replace(b"@MODULE@", module.name.encode())
                           .replace(b"@SIZE@", str(module.stat().st_size).encode()))
    assert not build._complete(entry)
    assert_correct(child(root, raw))
    assert _rebuilt(assert_one_complete_entry(root))


def test_complete_entry_is_reused_not_rebuilt(built):
    root, raw, entry = built
    _age(entry)
    assert_correct(child(root, raw))
    assert not _rebuilt(assert_one_complete_entry(root))


# ------------------------------------------------------------------ the key

@pytest.fixture(scope="module")
def rendered():
    return render(make_plan(convgen.parse_spec(new_spec("key"))))


def test_key_is_deterministic(rendered):
    again = render(make_plan(convgen.parse_spec(
        {**new_spec("key"), "name": rendered.name})))
    assert again.source == rendered.source
    assert build.cache_key(rendered, ("-O2",), "gcc") == build.cache_key(again, ("-O2",), "gcc")


@pytest.mark.parametrize("other", [(), ("-O3",), ("-O2", "-DCONVGEN_PORTABLE"), ("-O2", "-g"),
                                   ("-O2 -g",), ("-g", "-O2")])
def test_key_changes_with_cflags(rendered, other):
    assert build.cache_key(rendered, ("-O2",), "gcc") != build.cache_key(rendered, other, "gcc")


def test_key_changes_with_compiler(rendered, tmp_path):
    keys = {build.cache_key(rendered, ("-O2",), cc) for cc in ("gcc", "cc", "gcc -m64")}
    if shutil.which("clang"):
        keys.add(build.cache_key(rendered, ("-O2",), "clang"))
    assert len(keys) == (4 if shutil.which("clang") else 3)


def test_key_changes_with_the_compiler_version(rendered, tmp_path):
    """Same compiler path, upgraded in place: a new process must get a new key."""
    fake = tmp_path / "fakecc"
    script = "import sys, json\nfrom convgen import build\nfrom convgen.plan import make_plan\n" \
             "from convgen.render import render\nimport convgen\n" \
             "r = render(make_plan(convgen.parse_spec(json.loads(sys.argv[1]))))\n" \
             "print(build.cache_key(r, ('-O2',), sys.argv[2]))\n"
    raw = {**new_spec("key"), "name": rendered.name}
    keys = []
    for version in ("fakecc 1.0", "fakecc 2.0"):
        fake.write_text(f"#!/bin/sh\necho '{version}'\n")
        fake.chmod(0o755)
        done = subprocess.run([sys.executable, "-c", script, json.dumps(raw), str(fake)],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        keys.append(done.stdout.strip())
    assert keys[0] != keys[1]
    assert build.cache_key(rendered, ("-O2",), "gcc") not in keys


def test_key_changes_with_the_source():
    a = render(make_plan(convgen.parse_spec({**new_spec("src"), "name": "same_name"})))
    b = render(make_plan(convgen.parse_spec({**new_spec("src", filters=7), "name": "same_name"})))
    c = render(make_plan(convgen.parse_spec({**new_spec("src"), "name": "other_name"})))
    keys = {build.cache_key(r, ("-O2",), "gcc") for r in (a, b, c)}
    assert len(keys) == 3


@pytest.mark.skipif(not shutil.which("clang"), reason="needs a second compiler (clang)")
def test_cc_and_convgen_cflags_environment_select_separate_entries(tmp_path):
    """CC and CONVGEN_CFLAGS (the documented overrides) each give their own entry."""
    root, raw = tmp_path / "cache", new_spec("env")
    assert_correct(child(root, raw))
    assert_correct(child(root, raw, env={"CC": "clang"}))
    assert_correct(child(root, raw, env={"CONVGEN_CFLAGS": "-O1"}))
    assert_correct(child(root, raw, cflags=["-O1"], cc="clang"))
    assert len(complete_entries(root)) == 4


def test_environment_cflags_reaching_the_compiler_are_in_the_key(tmp_path):
    root, raw = tmp_path / "cache", new_spec("envcflags")
    bogus = child(tmp_path / "probe", raw, env={"CFLAGS": "-fno-such-flag-for-convgen"})
    if bogus["ok"]:
        return    # environment CFLAGS do not reach the compiler: nothing to key
    assert_correct(child(root, raw, env={"CFLAGS": "-O0 -DCONVGEN_PORTABLE"}))
    assert_correct(child(root, raw))
    assert len(complete_entries(root)) == 2, "the -O0 -DCONVGEN_PORTABLE module was reused"
