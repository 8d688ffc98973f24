/* The smallest firmware around an exported model: static buffers and one call. Linked, not
 * run, by benchmarks/cortex_m.py to size what the model pulls in (its code, its library
 * members, their static data) without the harness's stdio. A spec with no weights file
 * passes zeros (its export makes the weights at run time); the table counts the packed
 * weights' bytes from the header instead.
 *
 * Build: -DCG_MODEL=<name> -DCG_MODEL_HEADER='"<name>.h"' [-DCG_WEIGHTS=<name>_weights]. */
#include CG_MODEL_HEADER

#define CG_CAT2(a, b) a##b
#define CG_CAT(a, b) CG_CAT2(a, b)
#define CG_SIZE(what) CG_CAT(CG_MODEL_UPPER, what)

/* the unit the header's sizes count: floats, or bytes (-DCG_BYTES: an int8 model; its blob
 * is 8-byte aligned, so the zeros are doubles) */
#ifdef CG_BYTES
#define CG_UNITS(n) (((n) + 7) / 8)
typedef double cg_unit;
#else
#define CG_UNITS(n) (n)
typedef float cg_unit;
#endif

static cg_unit cg_input[CG_UNITS(CG_SIZE(_INPUT_SIZE))];
static cg_unit cg_output[CG_UNITS(CG_SIZE(_OUTPUT_SIZE))];
static cg_unit cg_workspace[CG_SIZE(_WORKSPACE_SIZE) > 0 ? CG_UNITS(CG_SIZE(_WORKSPACE_SIZE)) : 1];
#ifndef CG_WEIGHTS
static cg_unit cg_zeros[CG_SIZE(_WEIGHTS_SIZE) > 0 ? CG_UNITS(CG_SIZE(_WEIGHTS_SIZE)) : 1];
#define CG_WEIGHTS cg_zeros
#endif

int main(void)
{
    return CG_MODEL((void *)cg_input, CG_WEIGHTS, (void *)cg_output, (void *)cg_workspace);
}
