"""Resource limits, checked before anything is rendered or compiled.

A spec downloaded from anywhere must not make the generator, the compiler or the kernel
exhaust the machine. Each limit has a default sensible for a workstation and an environment
variable that raises (or lowers) it; the error names the computed size and that variable.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Dict

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limit:
    what: str
    env: str
    default_mib: float

    def mib(self) -> float:
        value = os.environ.get(self.env)
        if value is None:
            return self.default_mib
        try:
            mib = float(value)
        except ValueError:
            raise ValueError(f"{self.env}={value!r} is not a number of MiB") from None
        if not mib > 0:
            raise ValueError(f"{self.env}={value!r} must be a positive number of MiB")
        return mib

    def exceeded(self, nbytes: int) -> str:
        """An error text if ``nbytes`` is over the limit, else an empty string."""
        limit = self.mib()
        if nbytes <= limit * MIB:
            return ""
        size = f"{nbytes / MIB:,.1f} MiB" if nbytes >= MIB else f"{nbytes:,} bytes"
        return (f"{self.what} would take {size}, over the {limit:g} MiB limit (raise it "
                f"with the environment variable {self.env})")


LIMITS: Dict[str, Limit] = {
    "tensor": Limit("a tensor", "CONVGEN_MAX_TENSOR_MB", 1024),
    "weights": Limit("the weights", "CONVGEN_MAX_WEIGHTS_MB", 1024),
    "workspace": Limit("the workspace", "CONVGEN_MAX_WORKSPACE_MB", 1024),
    "source": Limit("the generated C source", "CONVGEN_MAX_SOURCE_MB", 64),
}
