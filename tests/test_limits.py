"""Resource limits: refused before rendering, naming the size and the variable to raise."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import make_spec

import convgen
from convgen.plan import make_plan

ROOT = Path(__file__).resolve().parent.parent
CHAIN = [{"type": "Conv2D", "filters": 8, "kernel_size": 3},
         {"type": "Conv2D", "filters": 8, "kernel_size": 3}]


def test_huge_tensor_is_refused_by_default():
    with pytest.raises(convgen.SpecError, match=r"input_shape: .*6,103.5 MiB, over the 1024 "
                                                r"MiB limit .*CONVGEN_MAX_TENSOR_MB"):
        make_spec({"type": "Conv2D", "filters": 4, "kernel_size": 3}, [20000, 20000, 4])


def test_huge_weights_are_refused(monkeypatch):
    monkeypatch.setenv("CONVGEN_MAX_WEIGHTS_MB", "0.01")
    with pytest.raises(convgen.SpecError, match="CONVGEN_MAX_WEIGHTS_MB"):
        make_spec({"type": "Conv2D", "filters": 64, "kernel_size": 3}, [8, 8, 64])


@pytest.mark.parametrize("var", ["CONVGEN_MAX_WORKSPACE_MB", "CONVGEN_MAX_SOURCE_MB"])
def test_plan_limits(monkeypatch, var):
    spec = convgen.parse_spec({"name": "c", "input_shape": [20, 20, 4], "layers": CHAIN})
    make_plan(spec)
    monkeypatch.setenv(var, "0.001")
    with pytest.raises(convgen.SpecError, match=var):
        make_plan(spec)
    monkeypatch.setenv(var, "lots")
    with pytest.raises(convgen.SpecError, match="not a number"):
        make_plan(spec)


def test_cli_refuses_quickly_and_writes_nothing(tmp_path):
    spec = tmp_path / "big.yaml"
    spec.write_text("name: big\ninput_shape: [20000, 20000, 4]\nlayers:\n"
                    "  - {type: Conv2D, filters: 4, kernel_size: 3}\n")
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "convgen", "generate", str(spec), "-o",
                           str(out)], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "CONVGEN_MAX_TENSOR_MB" in done.stderr and not out.exists()
