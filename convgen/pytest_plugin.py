"""Spec-driven testing: ``pytest specs/`` checks every spec file against the oracle.

Registered through the ``pytest11`` entry point (``convgen``), so installing convgen is
enough; ``-p no:convgen`` turns it off. Every ``*.yaml`` file whose top level is a mapping
with ``name``, ``input_shape`` and ``layers`` becomes one test item: the spec is validated,
compiled and run on seeded random input (with its weights file, or seeded random weights)
and compared with the float64 NumPy oracle (:func:`convgen.verify.verify`). Any other file,
YAML or not, is left to pytest and the other plugins.

Options: ``--convgen-tolerance`` (default the project's ``1e-4``: ``max|kernel - oracle| <=
tol * max(1, max|oracle|)``) and ``--convgen-seed`` (default 0). Items carry the ``convgen``
marker (``-m convgen`` selects only them).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Optional

import pytest

SPEC_KEYS = ("name", "input_shape", "layers")
_TOP_KEY = re.compile(r"^(name|input_shape|layers)\s*:", re.MULTILINE)


def pytest_addoption(parser) -> None:
    group = parser.getgroup("convgen", "convgen spec files (*.yaml) as tests")
    group.addoption("--convgen-tolerance", type=float, default=None, metavar="TOL",
                    help="relative tolerance: max|kernel - oracle| <= TOL * max(1, "
                         "max|oracle|) (default 1e-4, convgen's own)")
    group.addoption("--convgen-seed", type=int, default=0, metavar="N",
                    help="seed of the random input (and weights, for specs without a "
                         "weights file) (default 0)")


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "convgen: a convgen spec file checked against the "
                                       "oracle (collected by the convgen plugin)")


def _spec_name(path: Path) -> Optional[str]:
    """The spec's ``name`` if ``path`` looks like a spec, else None.

    A spec is a YAML mapping with ``name``, ``input_shape`` and ``layers`` at the top level.
    A file that does not parse as YAML still counts when those three keys start lines at
    column 0, so that a broken spec fails visibly rather than being skipped.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    import yaml
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError:
        found = {m.group(1) for m in _TOP_KEY.finditer(text)}
        return path.stem if found == set(SPEC_KEYS) else None
    if isinstance(raw, dict) and all(k in raw for k in SPEC_KEYS):
        return raw["name"] if isinstance(raw["name"], str) and raw["name"] else path.stem
    return None


def pytest_collect_file(parent, file_path: Path):
    if file_path.suffix == ".yaml":
        name = _spec_name(file_path)
        if name is not None:
            return SpecFile.from_parent(parent, path=file_path, spec_name=name)
    return None


class SpecFile(pytest.File):
    """A spec file: one :class:`SpecItem`."""

    def __init__(self, *, spec_name: str, **kwargs):
        super().__init__(**kwargs)
        self.spec_name = spec_name

    def collect(self):
        yield SpecItem.from_parent(self, name=self.spec_name)


class SpecFailure(Exception):
    """A spec did not pass: the text is the whole report."""


class SpecItem(pytest.Item):
    """Validate, compile and run one spec against the oracle."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.add_marker("convgen")

    def runtest(self) -> None:
        from .build import BuildError
        from .errors import SpecError
        from .spec import load_spec
        from .verify import TOLERANCE, verify

        config = self.config
        tol = config.getoption("convgen_tolerance")
        tol = TOLERANCE if tol is None else tol
        seed = config.getoption("convgen_seed")
        where = _display_path(self.path, config)
        try:
            spec = load_spec(self.path)
        except SpecError as exc:
            raise SpecFailure(f"{where}: invalid spec\n  {exc}") from None
        try:
            result = verify(spec, seed=seed)
        except BuildError as exc:
            raise SpecFailure(f"{where} ({spec.name}): compilation failed\n  {exc}") from None
        c = result.comparison
        self.user_properties += [("max_abs_err", c.max_abs), ("rel_err", c.max_rel),
                                 ("where", c.where)]
        if c.nonfinite_mismatch or not c.max_rel <= tol:
            shape = (spec.batch, *spec.output_shape)
            lines = [f"{where} ({spec.name}): kernel differs from the oracle",
                     f"  max abs err {c.max_abs:.6g} at output index {c.where} of shape {shape}",
                     f"  rel err {c.max_rel:.6g} > tolerance {tol:g} "
                     f"(max|kernel - oracle| <= tol * max(1, max|oracle|))"
                     if not c.max_rel <= tol else
                     f"  rel err {c.max_rel:.6g} <= tolerance {tol:g}"]
            if c.nonfinite_mismatch:
                lines.append(f"  {c.nonfinite_mismatch} non-finite oracle values "
                             "(inf/nan) not matched")
            weights = "weights file" if spec.weights is not None else "random weights"
            lines.append(f"  seed {seed} ({weights}); reproduce: convgen verify {where} "
                         f"--seed {seed}")
            raise SpecFailure("\n".join(lines))

    def repr_failure(self, excinfo, style=None) -> Any:
        if isinstance(excinfo.value, SpecFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.path, None, f"convgen spec {self.name}"


def _display_path(path: Path, config) -> str:
    """The spec path relative to the invocation directory where possible."""
    try:
        return str(Path(path).relative_to(config.invocation_params.dir))
    except ValueError:
        return str(path)
