"""Dropout, SpatialDropout1D/2D/3D, GaussianNoise, GaussianDropout, AlphaDropout,
ActivityRegularization, Identity: the registry entry of the identity kind.

At inference every one of them returns its input: the plan places the output on the input
(no C function, no copy). Their arguments are validated as Keras validates them and otherwise
ignored. Only a model whose output *is* its input (nothing but identity layers) needs a copy,
as the caller's output buffer is not its input: then ``gather.c.j2`` copies.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Optional, Tuple

from .. import reference
from ..layers import ArgError, Shape, _is_int, _required, data_format, fmt_shape
from .kind import Kind
from .reshaping import _Glue, aliases, lower_gather


def _number(value: Any, field: str, low: float, high: Optional[float]) -> float:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    if not ok or not low <= value <= (high if high is not None else float("inf")):
        accepted = f"between {low} and {high}" if high is not None else f">= {low}"
        raise ArgError(field, f"expected a number {accepted}, got {value!r}")
    return float(value)


def _seed(value: Any) -> Optional[int]:
    if value is not None and not _is_int(value):
        raise ArgError("seed", f"expected an integer or null, got {value!r}")
    return value


def _noise_shape(value: Any) -> Optional[Tuple[Optional[int], ...]]:
    if value is None:
        return None
    if not isinstance(value, (list, tuple)) or not all(v is None or _is_int(v) for v in value):
        raise ArgError("noise_shape", f"expected a list of integers or nulls, got {value!r}")
    return tuple(value)


@dataclass(frozen=True)
class Identity(_Glue):
    """An identity-at-inference layer; ``rank`` is the spatial rank of SpatialDropoutND
    (0 for the others), ``args`` its validated arguments (kept for equality only)."""

    type: str
    rank: int
    args: Tuple[Tuple[str, Any], ...] = ()
    name: Optional[str] = None

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "Identity":
        out = {}
        if type_ == "GaussianNoise":
            out["stddev"] = _number(_required(args, "stddev"), "stddev", 0.0, 1.0)
        elif type_ == "ActivityRegularization":
            for key in ("l1", "l2"):
                out[key] = _number(args.get(key, 0.0), key, 0.0, None)
        elif type_ != "Identity":
            out["rate"] = _number(_required(args, "rate"), "rate", 0.0, 1.0)
        if "seed" in TYPES[type_][1]:
            out["seed"] = _seed(args.get("seed"))
        if "noise_shape" in TYPES[type_][1]:
            out["noise_shape"] = _noise_shape(args.get("noise_shape"))
        if "data_format" in TYPES[type_][1]:
            out["data_format"] = data_format(args.get("data_format"))
        return cls(type_, rank, tuple(sorted(out.items())), name=args.get("name"))

    def output_shape(self, in_shape: Shape) -> Shape:
        if self.rank and len(in_shape) != self.rank + 1:
            raise ArgError(None, f"{self.type} expects an input of rank {self.rank + 2} "
                                 f"(batch, {self.rank} spatial axes, channels), got one sample "
                                 f"of shape {fmt_shape(in_shape)}")
        return tuple(in_shape)


TYPES = {
    "Dropout": (0, ("rate", "noise_shape", "seed")),
    "SpatialDropout1D": (1, ("rate", "seed")),
    "SpatialDropout2D": (2, ("rate", "data_format", "seed")),
    "SpatialDropout3D": (3, ("rate", "data_format", "seed")),
    "GaussianNoise": (0, ("stddev", "seed")),
    "GaussianDropout": (0, ("rate", "seed")),
    "AlphaDropout": (0, ("rate", "noise_shape", "seed")),
    "ActivityRegularization": (0, ("l1", "l2")),
    "Identity": (0, ()),
}
KIND = Kind("identity", TYPES, Identity, (), reference.identity_layer, lower=lower_gather,
            convention="merge", aliases=aliases)
