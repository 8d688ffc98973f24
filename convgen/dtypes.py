"""Element types of tensors and of the C interface: the one place bytes are counted.

float32 is the only one the kernels compute in today; int8 will be a second entry.
"""

from __future__ import annotations

import numpy as np

DTYPES = {"float32": np.dtype(np.float32)}


def itemsize(dtype: str) -> int:
    """Bytes of one element of ``dtype``."""
    return DTYPES[dtype].itemsize


def nbytes(count: int, dtype: str = "float32") -> int:
    """Bytes of ``count`` elements of ``dtype``."""
    return count * itemsize(dtype)
