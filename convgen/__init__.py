"""convgen: YAML specs of Keras 3 convolution layers -> specialised fixed-shape C kernels.

The pipeline, one module per stage: :mod:`~convgen.spec` (parse, validate, normalise) ->
:mod:`~convgen.plan` (shapes, sizes, packing) -> :mod:`~convgen.render` (Jinja2) ->
:mod:`~convgen.build` (cffi compile, cache, load) -> :mod:`~convgen.kernel` (run) and
:mod:`~convgen.verify` (against the NumPy oracle in :mod:`~convgen.reference`).
"""

from typing import Any, Optional

from ._version import __version__
from .build import BuildError
from .errors import SpecError
from .kernel import Kernel, aligned_empty, compile
from .reference import reference
from .spec import Spec, load_spec, parse_spec

__all__ = ["__version__", "BuildError", "Kernel", "Spec", "SpecError", "aligned_empty", "compile",
           "from_keras", "from_tflite", "load_spec", "parse_spec", "reference"]


def from_keras(model: Any, name: Optional[str] = None) -> Spec:
    """A validated :class:`Spec` equivalent to a Keras 3 model, with its weights attached.

    ``model`` is a ``keras.Model`` (a Sequential, or a functional model with one input and
    one output, chain or graph, of supported layers) or the path of a saved ``.keras``/``.h5``
    model; ``name`` overrides the spec name. Every unsupported layer, argument, dtype or
    topology is reported at once in one :class:`SpecError`
    (:class:`convgen.keras_import.KerasImportError`, whose ``problems`` lists them). Keras is
    optional (``pip install 'convgen[keras]'``): it is imported only here, never by
    ``import convgen``.
    """
    from .keras_import import from_keras as _from_keras
    return _from_keras(model, name=name)


def from_tflite(model: Any, name: Optional[str] = None) -> Spec:
    """A validated :class:`Spec` equivalent to a float32 TensorFlow Lite model, or an int8
    spec (``dtype: int8``, docs/int8.md) equivalent to a full-integer int8 one, with its
    weights attached.

    ``model`` is the path of a ``.tflite`` file or its bytes; ``name`` overrides the spec
    name (default: the file's name made into a C identifier, ``model`` for bytes). Every
    unsupported operator, option, tensor type or topology
    is reported at once in one :class:`SpecError`
    (:class:`convgen.tflite_import.TFLiteImportError`, whose ``problems`` lists them).
    Reading the flatbuffer needs ``ai-edge-litert`` (``pip install 'convgen[tflite]'``),
    imported only here, never by ``import convgen``.
    """
    from .tflite_import import from_tflite as _from_tflite
    return _from_tflite(model, name=name)
