"""Element types and their sizes: every tensor and weight byte count goes through here.

Sizes are counted in elements everywhere else (shapes, plans, buffers); :func:`nbytes` turns a
count into bytes where bytes are shown or limited, so no module assumes 4-byte floats.
float32, and int8 for the quantized path (``dtype: int8`` specs, docs/int8.md).
"""

from __future__ import annotations

from typing import Dict

import numpy as np

DTYPES: Dict[str, np.dtype] = {"float32": np.dtype(np.float32), "int8": np.dtype(np.int8)}


def itemsize(dtype: str) -> int:
    """Bytes per element of ``dtype``, a key of :data:`DTYPES`."""
    try:
        return DTYPES[dtype].itemsize
    except KeyError:
        raise ValueError(f"Unsupported dtype {dtype!r}. Supported: {sorted(DTYPES)}") from None


def nbytes(count: int, dtype: str = "float32") -> int:
    """Bytes of ``count`` elements of ``dtype``."""
    return count * itemsize(dtype)
