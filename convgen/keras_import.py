"""Turn a Keras 3 model into a convgen spec and its weights (``convgen import-keras``).

The model must be a ``keras.Sequential`` or a functional model whose layers form one linear
chain from its single input to its single output; nested Sequential/functional models that
are themselves chains are flattened. Every layer must be one of
:data:`convgen.layers.LAYER_TYPES` (an ``InputLayer`` is skipped), and every argument in its
``get_config()`` must be one convgen understands or be at its Keras default. Everything
wrong is collected and reported at once (:class:`KerasImportError`), never one at a time.

Keras is an optional dependency (``pip install 'convgen[keras]'``): this module imports it
only when a model has to be loaded from a file, and ``import convgen`` never imports it.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import inspect
import os
import re
import shutil
import sys
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

import numpy as np
import yaml

from ._version import __version__
from .errors import SpecError
from .layers import ArgError, fmt_shape
from .ops import LAYER_TYPES, TRAINING_ONLY, parse_layer
from .spec import C_KEYWORDS, MAX_NAME, RESERVED, Spec, check_weights, load_spec, parse_spec

INSTALL_HINT = ("Keras 3 is not installed; install the extra: pip install 'convgen[keras]' "
                "(keras>=3.15 with torch==2.13.0 as its backend)")
MODEL_SUFFIXES = (".keras", ".h5", ".hdf5")
UNSUPPORTED_CLASS = "layer class not supported by convgen"


class KerasMissing(ImportError):
    """Keras (or a backend for it) cannot be imported; the message says how to install it."""


@dataclass(frozen=True)
class Problem:
    """One reason a model cannot be imported: the layer's name and class, and why."""

    layer: str
    cls: str
    why: str

    def __str__(self) -> str:
        return f"{self.layer} ({self.cls}): {self.why}"


class KerasImportError(SpecError):
    """A model cannot become a spec. ``problems`` lists every unsupported layer, argument,
    dtype or topology at once; the message has one line per problem."""

    def __init__(self, model: str, problems: Sequence[Problem]):
        self.problems = tuple(problems)
        self.source, self.line, self.field = f"<keras model {model}>", None, None
        n = len(self.problems)
        lines = [f"cannot import the Keras model '{model}': {n} problem{'s' if n != 1 else ''}"]
        lines += [f"  {p}" for p in self.problems]
        if any(p.why == UNSUPPORTED_CLASS for p in self.problems):
            lines.append(f"  (supported layer classes: {', '.join(LAYER_TYPES)}; an "
                         "InputLayer is skipped)")
        self.detail = "\n".join(lines)
        ValueError.__init__(self, self.detail)


@dataclass
class Imported:
    """The result of :func:`convert`: the spec mapping (as it will be written, without its
    ``weights`` key), the flat ``get_weights()`` arrays, the validated :class:`Spec` (weights
    attached) and notes worth telling the user (``warnings``)."""

    mapping: Dict[str, Any]
    weights: List[np.ndarray]
    spec: Spec
    model_name: str
    warnings: List[str] = field(default_factory=list)


# ---------------------------------------------------------------- loading Keras

_BACKEND_MODULES = {"tensorflow": "tensorflow", "torch": "torch", "jax": "jax",
                    "numpy": "numpy", "openvino": "openvino"}


def _configured_backend() -> Optional[str]:
    """The backend Keras would pick: $KERAS_BACKEND, else keras.json's, else tensorflow."""
    if os.environ.get("KERAS_BACKEND"):
        return os.environ["KERAS_BACKEND"]
    keras_home = Path(os.environ.get("KERAS_HOME", Path.home() / ".keras"))
    try:
        import json
        return json.loads((keras_home / "keras.json").read_text()).get("backend", "tensorflow")
    except (OSError, ValueError, AttributeError):
        return "tensorflow"


def _import_keras():
    """Import keras; when the backend it would use is not installed and the user did not
    name one in $KERAS_BACKEND, use an installed one (torch, then jax)."""
    if importlib.util.find_spec("keras") is None:
        raise KerasMissing(INSTALL_HINT)
    if "keras" not in sys.modules and not os.environ.get("KERAS_BACKEND"):
        wanted = _configured_backend()
        if importlib.util.find_spec(_BACKEND_MODULES.get(wanted, wanted)) is None:
            for backend in ("torch", "jax", "tensorflow"):
                if importlib.util.find_spec(_BACKEND_MODULES[backend]) is not None:
                    os.environ["KERAS_BACKEND"] = backend
                    break
    try:
        import keras
    except ImportError as exc:
        first = (str(exc).splitlines() or [""])[0]
        raise KerasMissing(f"Keras cannot load its backend ({first}): install the extra, "
                           "pip install 'convgen[keras]' (keras>=3.15 with torch==2.13.0), "
                           "or set KERAS_BACKEND to an installed backend") from None
    version = str(getattr(keras, "__version__", "0"))
    if not hasattr(keras, "saving") or not version.startswith("3"):
        raise KerasMissing(f"{INSTALL_HINT}; found keras {version}")
    return keras


def load_model(path: Union[str, Path]):
    """Load a saved Keras 3 model (``.keras``, or ``.h5`` where Keras 3 can read it) without
    compiling it. Raises :class:`KerasMissing` or :class:`SpecError` (one line)."""
    path = Path(path)
    if path.suffix.lower() not in MODEL_SUFFIXES:
        raise SpecError(f"expected a saved Keras model ({', '.join(MODEL_SUFFIXES)}), "
                        f"got {path.name!r}", source=str(path))
    if not path.is_file():
        raise SpecError("cannot read model file: no such file", source=str(path))
    keras = _import_keras()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return keras.saving.load_model(str(path), compile=False)
    except Exception as exc:   # Keras raises anything from ValueError to OSError and KeyError
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise SpecError(f"Keras cannot load the model: {type(exc).__name__}: {first}",
                        source=str(path)) from None


# ---------------------------------------------------------------- topology

def _is_input_layer(op) -> bool:
    return type(op).__name__ == "InputLayer"


def _is_model(op) -> bool:
    keras = sys.modules.get("keras")
    return keras is not None and isinstance(op, keras.Model)


def _label(op) -> Tuple[str, str]:
    return getattr(op, "name", "?"), type(op).__name__


def _chain(model, problems: List[Problem]) -> List[Any]:
    """The layers of a Sequential or linear functional model, in call order, InputLayers
    skipped and nested chain models flattened; topology problems are appended."""
    name, cls = _label(model)
    if cls == "Sequential":
        ops = [op for op in model.layers if not _is_input_layer(op)]
    else:
        try:
            inputs, outputs = list(model.inputs), list(model.outputs)
        except (AttributeError, ValueError):
            problems.append(Problem(name, cls, "a subclassed model: its layers' call order is "
                                    "unknown; rebuild it as keras.Sequential or a functional "
                                    "chain"))
            return []
        ops = _walk(model, inputs, outputs, problems)
        if ops is None:
            return []
    flat: List[Any] = []
    for op in ops:
        if _is_model(op) and not _is_input_layer(op):
            flat += _chain(op, problems)
        else:
            flat.append(op)
    return flat


def _all_layers(model) -> List[Any]:
    """Every layer of a model, nested models flattened, InputLayers skipped."""
    out: List[Any] = []
    for op in getattr(model, "layers", []):
        if _is_input_layer(op):
            continue
        out += _all_layers(op) if _is_model(op) else [op]
    return out


def _walk(model, inputs, outputs, problems: List[Problem]) -> Optional[List[Any]]:
    """Follow the single output back to the single input; None if that is not a chain."""
    name, cls = _label(model)
    if len(inputs) != 1 or len(outputs) != 1:
        problems.append(Problem(name, cls, f"{len(inputs)} inputs and {len(outputs)} outputs: "
                                "convgen needs a linear chain from one input to one output"))
        return None
    ops: List[Any] = []
    tensor, ok = outputs[0], True
    while ok:
        history = getattr(tensor, "_keras_history", None)
        if history is None:
            problems.append(Problem(name, cls, "cannot trace the model's graph"))
            return None
        op, node_index = history[0], history[1]
        if _is_input_layer(op):
            break
        node = op._inbound_nodes[node_index]
        ins = list(node.input_tensors)
        if len(ins) != 1 or len(node.output_tensors) != 1:
            producers = ", ".join(getattr(t._keras_history[0], "name", "?") for t in ins)
            outs = len(node.output_tensors)
            what = (f"takes {len(ins)} inputs ({producers})" if len(ins) != 1
                    else f"gives {outs} outputs")
            problems.append(Problem(*_label(op), f"{what}: the model is not a linear chain "
                                    "(branches, merges and residual connections are not "
                                    "supported)"))
            ok = False
            break
        ops.append(op)
        tensor = ins[0]
    if ok and tensor is not inputs[0]:
        problems.append(Problem(name, cls, "the chain from the output does not start at the "
                                "model's input"))
        ok = False
    layers = [op for op in model.layers if not _is_input_layer(op)]
    if not ok:
        return None
    ops.reverse()
    seen = set()
    for op in ops:
        if id(op) in seen:
            problems.append(Problem(*_label(op), "is applied more than once (shared weights): "
                                    "not a linear chain of distinct layers"))
            ok = False
        seen.add(id(op))
    for op in layers:
        if id(op) not in seen:
            problems.append(Problem(*_label(op), "is not on the path from the model's input to "
                                    "its output: the model is not a linear chain"))
            ok = False
    return ops if ok else None


# ---------------------------------------------------------------- layer arguments

def _plain(value: Any) -> Any:
    """Tuples to lists, numpy scalars to Python scalars (YAML-safe values)."""
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    return value


def _compact_forms(value: Any) -> List[Any]:
    """Shorter spellings of a list argument, shortest first (checked for equal meaning)."""
    forms: List[Any] = []
    if isinstance(value, list) and value:
        leaves = list(_leaves(value))
        if leaves and all(v == leaves[0] for v in leaves) and isinstance(leaves[0], int):
            forms.append(leaves[0])
        if all(isinstance(v, list) and len(v) == 2 and v[0] == v[1] for v in value):
            forms.append([v[0] for v in value])
    return forms


def _leaves(value):
    for v in value:
        if isinstance(v, list):
            yield from _leaves(v)
        else:
            yield v


def _auto_name(name: str, cls: str) -> bool:
    """Whether ``name`` is what Keras would have named the layer anyway (``conv2d_3``)."""
    from .summary import default_layer_name
    return re.fullmatch(re.escape(default_layer_name(cls)) + r"(_\d+)?", name) is not None


def _signature_default(layer, key: str) -> Any:
    for klass in type(layer).__mro__:
        init = klass.__dict__.get("__init__")
        if init is None:
            continue
        try:
            param = inspect.signature(init).parameters.get(key)
        except (TypeError, ValueError):
            continue
        if param is not None and param.default is not inspect.Parameter.empty:
            return param.default
    return inspect.Parameter.empty


def _dtype_problem(layer) -> Optional[str]:
    policy = getattr(layer, "dtype_policy", None)
    pname = getattr(policy, "name", None)
    if pname is None:
        return None
    compute = getattr(policy, "compute_dtype", pname)
    variable = getattr(policy, "variable_dtype", pname)
    if pname != "float32" or compute != "float32" or variable != "float32":
        return (f"dtype policy '{pname}' (compute {compute}, variables {variable}): convgen "
                "kernels compute in float32 only")
    return None


def _convert_layer(layer, problems: List[Problem]) -> Optional[Dict[str, Any]]:
    """The minimal spec mapping of one layer, or None (problems appended)."""
    lname, cls = _label(layer)
    if cls not in LAYER_TYPES:
        problems.append(Problem(lname, cls, UNSUPPORTED_CLASS))
        return None
    accepted = LAYER_TYPES[cls][2]
    bad_before = len(problems)
    why = _dtype_problem(layer)
    if why:
        problems.append(Problem(lname, cls, why))
    try:
        config = layer.get_config()
    except Exception as exc:   # a custom layer's get_config may raise anything
        problems.append(Problem(lname, cls, f"its config cannot be read (a custom function as "
                                f"an argument?): {type(exc).__name__}: {exc}"))
        return None
    out: Dict[str, Any] = {"type": cls}
    for key, raw in config.items():
        value = _plain(raw)
        if key == "name":
            if isinstance(value, str) and not _auto_name(value, cls):
                out["name"] = value
        elif key in ("trainable", "dtype") or key in TRAINING_ONLY:
            continue   # dtype is checked through the layer's policy above
        elif key in accepted:
            if key == "activation" and value is not None and not isinstance(value, str):
                what = value.get("config", value) if isinstance(value, dict) else value
                problems.append(Problem(lname, cls, f"activation {what!r} is not a built-in "
                                        "activation name (custom and parametrised activation "
                                        "functions are not supported)"))
                continue
            out[key] = value
        elif key == "data_format" and value in (None, "channels_last"):
            continue   # e.g. ZeroPadding1D's: convgen's 1-D layers are always channels_last
        else:
            default = _signature_default(layer, key)
            if default is not inspect.Parameter.empty and _plain(default) == value:
                continue
            accepted_list = ", ".join(accepted)
            problems.append(Problem(lname, cls, f"argument {key}={value!r} is not supported by "
                                    f"convgen's {cls} (accepted: {accepted_list})"))
    if len(problems) > bad_before:
        return None
    try:
        parsed = parse_layer(out)
    except ArgError as exc:
        where = f"{exc.field}: " if exc.field else ""
        problems.append(Problem(lname, cls, f"{where}{exc.message}"))
        return None
    return _minimise(out, parsed)


def _minimise(out: Dict[str, Any], parsed) -> Dict[str, Any]:
    """Drop arguments equal to their default and shorten list forms, keeping the meaning."""
    def same(mapping) -> bool:
        try:
            return parse_layer(mapping) == parsed
        except ArgError:
            return False

    for key in [k for k in out if k not in ("type", "name")]:
        trial = {k: v for k, v in out.items() if k != key}
        if same(trial):
            out = trial
            continue
        for form in _compact_forms(out[key]):
            if same({**out, key: form}):
                out = {**out, key: form}
                break
    return out


# ---------------------------------------------------------------- the model

def c_identifier(text: str) -> str:
    """A valid spec ``name`` (C identifier) from a Keras model name."""
    name = re.sub(r"[^A-Za-z0-9_]+", "_", str(text)).strip("_") or "model"
    if name[0].isdigit():
        name = "model_" + name
    if name.startswith("cg_"):
        name = "model_" + name
    if name in C_KEYWORDS or name in RESERVED:
        name += "_model"
    return name[:MAX_NAME].rstrip("_") or "model"


def _shape_of(tensor) -> Optional[Tuple[Optional[int], ...]]:
    shape = getattr(tensor, "shape", None)
    return None if shape is None else tuple(None if d is None else int(d) for d in shape)


def convert(model, name: Optional[str] = None) -> Imported:
    """Convert a Keras 3 model object; raise :class:`KerasImportError` listing every problem
    (or :class:`SpecError` for a bad ``name``)."""
    model_name, model_cls = _label(model)
    problems: List[Problem] = []
    notes: List[str] = []
    layers = _chain(model, problems)
    if problems:
        # Not a chain: still list every layer that would be refused on its own.
        for layer in _all_layers(model):
            _convert_layer(layer, problems)
        layers = []

    input_shape = batch = None
    try:
        inputs = list(model.inputs)
    except (AttributeError, ValueError):
        inputs = []
    if len(inputs) == 1:
        shape = _shape_of(inputs[0])
        dtype = str(getattr(inputs[0], "dtype", "float32"))
        if shape is None or len(shape) < 2 or any(d is None for d in shape[1:]):
            problems.append(Problem(model_name, model_cls, f"input shape {shape} is not fully "
                                    "known: convgen kernels have fixed shapes"))
        else:
            input_shape, batch = list(shape[1:]), shape[0] or 1
        if dtype != "float32":
            problems.append(Problem(model_name, model_cls, f"input dtype {dtype}: convgen "
                                    "kernels take float32"))
    elif not problems:
        problems.append(Problem(model_name, model_cls, "the model has no known input shape: "
                                "build it with keras.Input(shape=...) first"))
    if not layers and not problems:
        problems.append(Problem(model_name, model_cls, "the model has no layers"))

    specs: List[Dict[str, Any]] = []
    shape = None if input_shape is None else (batch, *input_shape)
    for layer in layers:
        mapping = _convert_layer(layer, problems)
        keras_out = None
        if shape is not None:
            try:
                keras_out = tuple(layer.compute_output_shape(shape))
            except Exception:   # shape inference of an unsupported layer: not our concern
                keras_out = None
        if mapping is not None and shape is not None:
            lname, cls = _label(layer)
            try:
                ours = parse_layer(mapping).output_shape(tuple(shape[1:]))
            except ArgError as exc:
                where = f"{exc.field}: " if exc.field else ""
                problems.append(Problem(lname, cls, f"{where}{exc.message}"))
                ours = None
            if ours is not None and keras_out is not None and tuple(keras_out[1:]) != ours:
                problems.append(Problem(lname, cls, f"convgen infers output {fmt_shape(ours)} "
                                        f"but Keras gives {keras_out[1:]}"))
            if ours is not None and keras_out is None:
                keras_out = (batch, *ours)
            _note(layer, mapping, notes)
        if mapping is not None:
            specs.append(mapping)
        shape = keras_out
    if problems:
        raise KerasImportError(model_name, problems)

    top: Dict[str, Any] = {"name": name if name is not None else c_identifier(model_name),
                           "input_shape": input_shape}
    if batch != 1:
        top["batch"] = batch
    top["layers"] = specs
    spec = parse_spec(top, source=f"<keras model {model_name}>")
    arrays = [np.asarray(w) for layer in layers for w in layer.get_weights()]
    try:
        checked = check_weights(arrays, spec)
    except ValueError as exc:
        raise KerasImportError(model_name, [Problem(model_name, model_cls,
                                                    f"weights: {exc}")]) from None
    spec = dataclasses.replace(spec, weights=checked)
    return Imported(top, [np.asarray(a, np.float32) for a in checked], spec, model_name, notes)


def _note(layer, mapping: Dict[str, Any], notes: List[str]) -> None:
    """Where Keras's active backend computes something other than convgen's definition."""
    method = mapping.get("interpolation")
    if not isinstance(method, str) or method.lower() in ("nearest", "bilinear"):
        return
    try:
        import keras
        backend = keras.backend.backend()
    except Exception:
        return
    if backend == "torch":
        lname, cls = _label(layer)
        notes.append(f"{lname} ({cls}): interpolation '{method}' follows Keras's jax and "
                     "TensorFlow backends; Keras's torch backend (active here) computes "
                     f"{'bicubic with a = -0.75' if method.lower() == 'bicubic' else 'no lanczos'}"
                     ", so model.predict under torch differs")


def from_keras(model: Any, name: Optional[str] = None) -> Spec:
    """A validated :class:`Spec` equivalent to a Keras 3 model, with its weights attached.

    ``model`` is a ``keras.Model`` (Sequential or a linear functional chain) or the path of
    a saved ``.keras``/``.h5`` model. ``name`` overrides the spec name (default: the model's
    name made into a C identifier). Raises :class:`KerasImportError` (a
    :class:`convgen.SpecError`) listing every unsupported layer, argument, dtype or topology
    at once, :class:`KerasMissing` when a path is given and Keras is not installed.
    """
    if isinstance(model, (str, os.PathLike)):
        model = load_model(model)
    imported = convert(model, name=name)
    for note in imported.warnings:
        warnings.warn(note, stacklevel=2)
    return imported.spec


# ---------------------------------------------------------------- writing

def render_yaml(imported: Imported, weights_file: Optional[str], origin: str = "") -> str:
    """The spec file's text: a comment naming the origin, then the minimal mapping."""
    mapping = dict(imported.mapping)
    if weights_file is not None:
        ordered = {k: v for k, v in mapping.items() if k != "layers"}
        ordered["weights"] = weights_file
        ordered["layers"] = mapping["layers"]
        mapping = ordered
    head = (f"# Imported from the Keras model '{imported.model_name}'"
            + (f" ({origin})" if origin else "")
            + f" by convgen {__version__} import-keras.\n")
    body = yaml.dump(mapping, Dumper=_Dumper, sort_keys=False, default_flow_style=False,
                     width=100)
    return head + body


class _Dumper(yaml.SafeDumper):
    """Block mappings, lists in flow style (``kernel_size: [3, 1]``)."""


def _represent_list(dumper, value):
    flow = not any(isinstance(v, dict) for v in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_Dumper.add_representer(list, _represent_list)


def write(imported: Imported, spec_path: Union[str, Path], origin: str = "") -> Tuple[Path, Path]:
    """Write ``SPEC.yaml`` and ``SPEC.npz`` beside it, each atomically, only after the pair
    reads back as a valid spec; return both paths."""
    spec_path = Path(spec_path)
    npz_path = spec_path.with_suffix(".npz")
    text = render_yaml(imported, npz_path.name, origin)
    folder = spec_path.parent
    folder.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".convgen-import-", dir=folder))
    try:
        np.savez(tmp / npz_path.name, *imported.weights)
        (tmp / spec_path.name).write_text(text, encoding="utf-8")
        load_spec(tmp / spec_path.name)   # the files as they will be read
        os.replace(tmp / npz_path.name, npz_path)   # weights first: the spec never dangles
        os.replace(tmp / spec_path.name, spec_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return spec_path, npz_path
