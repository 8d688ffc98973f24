"""benchmarks/cortex_m4_size.py, the README's Cortex-M4 table: its figures are the cortex-m4
plan's (workspace, weights at their exact size, input/output sizes; no static RAM; Keras's
param count), its instructions per MAC the committed figures of benchmarks/cortex_m.py (and,
slow, what QEMU counts now), and the README's rows are what it prints now (every column where
the compiler is the version the README names, the compiler-independent ones otherwise).
Skips without arm-none-eabi-gcc."""

import importlib.util
import re
import shutil
from pathlib import Path

import pytest

import convgen
from convgen.plan import make_plan
from convgen.summary import summary

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    not (shutil.which("arm-none-eabi-gcc") and shutil.which("arm-none-eabi-size")),
    reason="needs gcc-arm-none-eabi (Debian package; .ci/run installs it)")

# columns that do not depend on the compiler's code generation (per_mac: the committed
# figures, checked against a run by the slow test)
EXACT = ("params", "param_bytes", "weights", "workspace", "io", "data_bss", "per_mac")


def _script():
    spec = importlib.util.spec_from_file_location(
        "cortex_m4_size", ROOT / "benchmarks" / "cortex_m4_size.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _readme_table():
    """(compiler version the README names, {model: {column: value}})."""
    text = (ROOT / "README.md").read_text()
    header = "| model | Keras params |"
    start = text.index(header)
    version = re.findall(r"arm-none-eabi-gcc (\d+\.\d+\.\d+)", text[:start])[-1]
    lines = text[start:].split("\n\n", 1)[0].splitlines()
    keys = [k for k, _ in _script().COLUMNS]
    assert lines[0] == "| " + " | ".join(t for _, t in _script().COLUMNS) + " |"
    rows = {}
    for line in lines[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows[cells[0]] = {k: float(c) if k == "per_mac" else int(c.replace(",", ""))
                          for k, c in zip(keys[1:], cells[1:])}
    return version, rows


def _measure(script, names, capsys):
    import json
    assert script.main([*names, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    return out["compiler"].split()[-1], {row["model"]: row for row in out["models"]}


def _check_against_plan(row):
    name = row["model"]
    spec = convgen.load_spec(ROOT / "specs" / f"{name}.yaml")
    plan = make_plan(spec, target="cortex-m4")
    assert row["workspace_floats"] == plan.workspace_size
    assert row["workspace"] == 4 * plan.workspace_size
    assert row["weights"] == 4 * row["weights_floats"] == 4 * plan.weights_size
    assert row["weights"] <= 1.01 * row["param_bytes"]   # exact size: no padded filters
    assert row["io"] == 4 * (plan.input_size + plan.output_size)
    assert row["data_bss"] == 0
    assert f"Total params: {row['params']:,}" in summary(spec)
    assert row["param_bytes"] == 4 * row["params"]
    assert 0 < row["code"] and 0 < row["stack"]
    assert row["ram"] == row["workspace"] + row["io"] + row["stack"] + row["data_bss"]
    assert row["macs"] == sum(node.macs() for node in spec.graph.nodes) * spec.batch
    assert row["per_mac"] == round(row["instructions"] / row["macs"], 2)


def test_figures_are_the_plans(capsys):
    script = _script()
    version, rows = _measure(script, ["kws_ds_cnn", "ic_resnet8"], capsys)
    for row in rows.values():
        _check_against_plan(row)
    readme_version, readme = _readme_table()
    for name, row in rows.items():
        columns = [k for k, _ in script.COLUMNS[1:]] if version == readme_version else EXACT
        assert {k: readme[name][k] for k in columns} == {k: row[k] for k in columns}, (
            f"README's Cortex-M4 row for {name} is stale: run benchmarks/cortex_m4_size.py")


@pytest.mark.slow
def test_readme_table_is_current(capsys):
    script = _script()
    readme_version, readme = _readme_table()
    version, rows = _measure(script, sorted(readme), capsys)
    columns = [k for k, _ in script.COLUMNS[1:]] if version == readme_version else EXACT
    for name, row in rows.items():
        _check_against_plan(row)
        assert {k: readme[name][k] for k in columns} == {k: row[k] for k in columns}, (
            f"README's Cortex-M4 row for {name} is stale: run benchmarks/cortex_m4_size.py")


@pytest.mark.slow
@pytest.mark.skipif(not all(shutil.which(t) for t in ("qemu-system-arm", "cc")),
                    reason="needs qemu-system-arm and a host cc")
def test_committed_instructions_are_a_run(capsys):
    """--run counts the instructions under QEMU: the output passes, and with the tools that
    measured the committed figures the count is theirs exactly (QEMU's counts are exact)."""
    script = _script()
    name = "kws_ds_cnn"
    assert script.main([name, "--run", "--json"]) == 0
    import json
    row = json.loads(capsys.readouterr().out)["models"][0]
    _check_against_plan(row)
    committed = script.committed(name)
    assert row["macs"] == committed["macs"]
    if row["counted_by"] == committed["tools"]:
        assert row["instructions"] == committed["instructions"], (
            f"{script.RESULTS} is stale for {name}: rerun benchmarks/cortex_m.py")
