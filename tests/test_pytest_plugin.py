"""The pytest plugin: ``pytest specs/`` collects spec files and checks them against the oracle.

Each case runs pytest in a subprocess, as a user does. The plugin comes from the installed
``pytest11`` entry point; where convgen is not installed (only on ``PYTHONPATH``) it is
loaded with ``-p convgen.pytest_plugin`` instead.
"""

from __future__ import annotations

import glob
import os
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent

GOOD = """\
name: small_conv
input_shape: [9, 7, 5]
layers:
  - type: Conv2D
    filters: 6
    kernel_size: 3
    padding: same
    activation: relu
  - type: DepthwiseConv2D
    kernel_size: 3
"""

BAD_ARG = """\
name: bad_arg
input_shape: [8, 8, 3]
layers:
  - type: Conv2D
    filters: 4
    kernel_size: 3
    stride: 2
"""

NOT_A_SPEC = """\
name: some config
version: 3
"""

BROKEN_YAML = """\
name: broken
input_shape: [8, 8, 3
layers:
  - type: Conv2D
"""


def _entry_point_installed() -> bool:
    try:
        eps = entry_points(group="pytest11")
    except TypeError:   # Python 3.9's entry_points() takes no arguments
        eps = entry_points().get("pytest11", [])
    return any(ep.value == "convgen.pytest_plugin" for ep in eps)


def pytest_run(*args, cwd):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    plugin = [] if _entry_point_installed() else ["-p", "convgen.pytest_plugin"]
    return subprocess.run([sys.executable, "-m", "pytest", *plugin, "-p", "no:cacheprovider",
                           *args], capture_output=True, text=True, cwd=cwd, env=env,
                          timeout=300)


def write_specs(folder: Path) -> Path:
    folder.mkdir()
    (folder / "good.yaml").write_text(GOOD)
    (folder / "bad_arg.yaml").write_text(BAD_ARG)
    (folder / "config.yaml").write_text(NOT_A_SPEC)            # not a spec: not collected
    (folder / "list.yaml").write_text("- " + GOOD.replace("\n", "\n  "))   # a bench list
    (folder / "other.yml").write_text(GOOD.replace("small_conv", "other"))   # not .yaml
    (folder / "broken.yaml").write_text(BROKEN_YAML)          # a spec that does not parse
    return folder


def test_collects_only_spec_files(tmp_path):
    specs = write_specs(tmp_path / "specs")
    done = pytest_run("specs", "--collect-only", "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    items = sorted(line for line in done.stdout.splitlines() if "::" in line)
    assert items == ["specs/bad_arg.yaml::bad_arg", "specs/broken.yaml::broken",
                     "specs/good.yaml::small_conv"]
    assert specs.is_dir()


def test_pass_and_readable_failures(tmp_path):
    write_specs(tmp_path / "specs")
    done = pytest_run("specs", "-q", "-rA", cwd=tmp_path)
    out = done.stdout
    assert done.returncode == 1, out + done.stderr
    assert "2 failed, 1 passed" in out
    assert "PASSED specs/good.yaml::small_conv" in out
    # a spec error: the file, the line, the field and the hint, no traceback
    assert "specs/bad_arg.yaml: invalid spec" in out
    assert "bad_arg.yaml:7: layers[0].stride" in out and "did you mean 'strides'" in out
    assert "specs/broken.yaml: invalid spec" in out
    assert "Traceback" not in out


def test_tolerance_failure_reports_error_and_where(tmp_path):
    write_specs(tmp_path / "specs")
    done = pytest_run("specs/good.yaml", "-q", "--convgen-tolerance", "0",
                      "--convgen-seed", "3", cwd=tmp_path)
    out = done.stdout
    assert done.returncode == 1, out + done.stderr
    assert "specs/good.yaml (small_conv): kernel differs from the oracle" in out
    assert "max abs err" in out and "at output index (0, " in out
    assert "> tolerance 0" in out
    assert "convgen verify specs/good.yaml --seed 3" in out
    done = pytest_run("specs/good.yaml", "-q", "--convgen-tolerance", "1e-3",
                      "--convgen-seed", "3", cwd=tmp_path)
    assert done.returncode == 0 and "1 passed" in done.stdout, done.stdout


def test_spec_with_weights_file_and_marker(tmp_path):
    specs = tmp_path / "specs"
    specs.mkdir()
    for name in ("mnist_conv.yaml", "mnist_conv.npz"):
        (specs / name).write_bytes((ROOT / "specs" / name).read_bytes())
    done = pytest_run("specs", "-q", "-m", "convgen", cwd=tmp_path)
    assert done.returncode == 0 and "1 passed" in done.stdout, done.stdout + done.stderr
    done = pytest_run("specs", "-q", "-m", "not convgen", cwd=tmp_path)
    assert "1 deselected" in done.stdout, done.stdout


def test_repo_specs_folder_collects_from_the_root():
    """``python -m pytest specs/`` from the repository root (its pyproject sets addopts and
    testpaths) collects one item per spec file."""
    expected = []
    for path in sorted(glob.glob(str(ROOT / "specs" / "*.yaml"))):
        raw = yaml.safe_load(Path(path).read_text())
        if isinstance(raw, dict) and {"name", "input_shape", "layers"} <= set(raw):
            expected.append(f"specs/{Path(path).name}::{raw['name']}")
    done = pytest_run("specs/", "--collect-only", "-q", cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    items = sorted(line for line in done.stdout.splitlines() if "::" in line)
    assert items == expected and len(items) > 10
    assert not list((ROOT / "tests").glob("**/*.yaml")), "tests/ must hold no spec files"


def test_options_in_help(tmp_path):
    done = pytest_run("--help", cwd=tmp_path)
    assert "--convgen-tolerance" in done.stdout and "--convgen-seed" in done.stdout
