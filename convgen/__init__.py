"""convgen: YAML specs of Keras 3 convolution layers -> specialised fixed-shape C kernels.

The pipeline, one module per stage: :mod:`~convgen.spec` (parse, validate, normalise) ->
:mod:`~convgen.plan` (shapes, sizes, packing) -> :mod:`~convgen.render` (Jinja2) ->
:mod:`~convgen.build` (cffi compile, cache, load) -> :mod:`~convgen.kernel` (run) and
:mod:`~convgen.verify` (against the NumPy oracle in :mod:`~convgen.reference`).
"""

from ._version import __version__
from .build import BuildError
from .errors import SpecError
from .kernel import Kernel, compile
from .reference import reference
from .spec import Spec, load_spec, parse_spec

__all__ = ["__version__", "BuildError", "Kernel", "Spec", "SpecError", "compile",
           "load_spec", "parse_spec", "reference"]
