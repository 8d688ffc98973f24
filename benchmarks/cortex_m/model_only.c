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

static float cg_input[CG_SIZE(_INPUT_SIZE)];
static float cg_output[CG_SIZE(_OUTPUT_SIZE)];
static float cg_workspace[CG_SIZE(_WORKSPACE_SIZE) > 0 ? CG_SIZE(_WORKSPACE_SIZE) : 1];
#ifndef CG_WEIGHTS
static float cg_zeros[CG_SIZE(_WEIGHTS_SIZE) > 0 ? CG_SIZE(_WEIGHTS_SIZE) : 1];
#define CG_WEIGHTS cg_zeros
#endif

int main(void)
{
    return CG_MODEL(cg_input, CG_WEIGHTS, cg_output, cg_workspace);
}
