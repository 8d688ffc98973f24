"""verify --json/--quiet and its progress bar, summary --plot, import-keras --help."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from convgen.progress import Progress

ROOT = Path(__file__).resolve().parent.parent
SPECS = [str(ROOT / "specs" / name) for name in ("mnist_conv.yaml", "crop1d.yaml")]


def convgen(*args, **kw):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "convgen", *args], capture_output=True,
                          text=True, env=env, timeout=300, **kw)


def test_verify_lines_unchanged_off_a_terminal():
    done = convgen("verify", *SPECS)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["PASS", "PASS", "2"]
    assert lines[-1] == "2 passed, 0 failed"
    assert done.stderr == "", "no progress bar when stderr is not a terminal"


def test_verify_json():
    done = convgen("verify", *SPECS, "--json", "--seed", "2")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["passed"] == 2 and report["failed"] == 0 and report["seed"] == 2
    assert report["tolerance"] == 1e-4
    first = report["results"][0]
    assert first["name"] == "mnist_conv" and first["passed"] is True
    assert first["max_rel"] <= 1e-4 and len(first["where"]) == 4 and first["error"] is None
    done = convgen("verify", SPECS[0], "--json", "--cflags=-fno-such-flag-exists")
    report = json.loads(done.stdout)
    assert done.returncode == 1 and report["failed"] == 1
    assert report["results"][0]["error"]


def test_verify_quiet_prints_only_failures():
    done = convgen("verify", *SPECS, "-q")
    assert done.returncode == 0 and done.stdout == "" and done.stderr == ""
    done = convgen("verify", SPECS[0], "-q", "--cflags=-fno-such-flag-exists")
    assert done.returncode == 1 and done.stdout.startswith("FAIL")


class _Tty(io.StringIO):
    def isatty(self):
        return True


def test_progress_draws_only_on_a_terminal():
    quiet = io.StringIO()
    with Progress(3, "verify", stream=quiet) as bar:
        bar.update(1, "a")
    assert quiet.getvalue() == ""
    tty = _Tty()
    with Progress(4, "verify", stream=tty) as bar:
        bar.update(2, "spec_b")
        assert "verify [" in tty.getvalue() and "2/4" in tty.getvalue()
        assert "spec_b" in tty.getvalue()
    assert tty.getvalue().endswith("\r\x1b[K"), "the bar is cleared at the end"
    assert len(Progress(10, "x", stream=tty).line(20)) <= 19


def test_summary_plot(tmp_path):
    pytest.importorskip("matplotlib")
    png = tmp_path / "cost.png"
    done = convgen("summary", *SPECS, "--plot", str(png))
    assert done.returncode == 0, done.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert f"wrote {png}" in done.stdout and "Total MACs" in done.stdout


def test_summary_plot_without_matplotlib(tmp_path):
    code = ("import sys; sys.modules['matplotlib'] = None; from convgen.cli import main; "
            f"sys.exit(main(['summary', {SPECS[0]!r}, '--plot', {str(tmp_path / 'x.png')!r}]))")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "pip install matplotlib" in done.stderr


def test_help_and_version():
    for cmd in (["import-keras"], ["verify"], ["summary"]):
        done = convgen(*cmd, "--help")
        assert done.returncode == 0 and "usage: convgen" in done.stdout
    assert "--json" in convgen("verify", "--help").stdout
    assert "--plot" in convgen("summary", "--help").stdout
    from convgen import __version__
    assert convgen("--version").stdout.strip() == f"convgen {__version__}"
