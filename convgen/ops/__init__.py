"""The layer registry: one entry per layer kind (:class:`~convgen.ops.kind.Kind`), one module
each. Adding a kind is a module here, its line in ``KINDS``, its oracle function, its template
and its tests."""

from __future__ import annotations

from typing import Any, Dict, Mapping, Tuple

from ..layers import BASE_ARGS, ArgError
from ..yamlsrc import suggest
from . import (
    activation,
    batchnorm,
    conv,
    dense,
    depthwise,
    identity,
    layernorm,
    merge,
    pooling,
    preprocessing,
    reshape,
    reshaping,
    separable,
    transpose,
)
from .kind import Kind

KINDS: Tuple[Kind, ...] = (conv.KIND, depthwise.KIND, separable.KIND, transpose.KIND,
                           reshape.KIND, pooling.KIND, merge.MERGE, merge.CONCATENATE,
                           batchnorm.KIND, dense.KIND, reshaping.KIND, activation.KIND,
                           identity.KIND, preprocessing.RESCALING,
                           preprocessing.NORMALIZATION, layernorm.KIND)

# Keras class name -> its kind
REGISTRY: Dict[str, Kind] = {t: kind for kind in KINDS for t in kind.types}

# Keras class name -> (layer class, rank, accepted arguments): what import-keras checks.
LAYER_TYPES: Dict[str, Tuple[type, int, Tuple[str, ...]]] = {
    t: (kind.layer, rank, args) for kind in KINDS for t, (rank, args) in kind.types.items()}

# Every training-only argument name of any kind (each kind accepts its own subset).
TRAINING_ONLY = tuple(sorted({a for kind in KINDS for a in kind.training}))

# Keys of a spec layer that are the graph's, not the layer's.
GRAPH_KEYS = ("type", "inputs")


def kind_of(type_: Any) -> Kind:
    """The registry entry of a Keras class name; ArgError listing the accepted ones."""
    if type_ is None:
        raise ArgError("type", f"is required; accepted: {', '.join(REGISTRY)}")
    if not isinstance(type_, str) or type_ not in REGISTRY:
        raise ArgError("type", f"unknown layer type {type_!r}{suggest(str(type_), REGISTRY)}; "
                               f"accepted: {', '.join(REGISTRY)}")
    return REGISTRY[type_]


def parse_layer(raw: Mapping[str, Any]):
    """Build a normalised layer from a spec mapping (``type`` plus Keras arguments; an
    ``inputs`` key is the graph's and is not looked at here)."""
    type_ = raw.get("type")
    kind = kind_of(type_)
    rank, names = kind.types[type_]
    known = set(names) | set(BASE_ARGS) | set(kind.training) | set(GRAPH_KEYS)
    for key in raw:
        if key not in known:
            extra = ", training-only initializer/regularizer/constraint arguments" \
                if kind.training else ""
            raise ArgError(key, f"unknown argument '{key}' for {type_}"
                                f"{suggest(str(key), sorted(known))}; accepted: "
                                f"{', '.join(names + ('inputs',))} (and "
                                f"{', '.join(BASE_ARGS)}{extra})")
    for key, check in BASE_ARGS.items():
        if key in raw:
            check(raw[key], key)
    return kind.layer.from_args(type_, rank, raw)
