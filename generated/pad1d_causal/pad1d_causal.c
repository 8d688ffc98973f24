/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: pad1d_causal.yaml
 *   Template: model.c.j2, reshape.c.j2
 */
#include "pad1d_causal.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */

/* zero_padding1d (ZeroPadding1D) 50x6 -> 54x6
 * Pure data movement, by rows: output row (n, c, d, h) is input row
 * (n, c, d / 1 + (0), h / 1 + (0)) or zeros when that lies outside
 * the input. A row is 54 pixels of 6 float(s), contiguous in memory.
 * 1-D and 2-D layers run as 3-D ones with unit leading axes.
 *   input  1x50x6: strides n=300 c=1 d=300 h=300 w=6
 *   output 1x54x6: strides n=324 c=1 d=324 h=324 w=6
 * Workspace: none. */
/* GCC 12 at -O3 mis-vectorises the outer loop of this nest (rows copied from the wrong place,
 * shape-dependent): keep GCC's loop vectoriser out; it still turns the row runs into
 * memset/memcpy-like code. */
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-loop-vectorize")))
#endif
static int pad1d_causal_layer0(const float *input, const float *weights, float *output,
                               float *workspace)
{
    (void)weights;
    (void)workspace;
    for (int n = 0; n < 1; ++n)
    for (int c = 0; c < 1; ++c)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh) {
        const int id = od;
        const int ih = oh;
        float *y = output + n * 324 + c + od * 324 + oh * 324;
        if (id >= 0 && id < 1 && ih >= 0 && ih < 1) {
            const float *x = input + n * 300 + c + id * 300 + ih * 300;
            for (int i = 0; i < 24; ++i)
                y[i] = 0.0f;
            for (int i = 0; i < 300; ++i)
                y[i + 24] = x[i];
        } else {
            for (int i = 0; i < 324; ++i)
                y[i] = 0.0f;
        }
    }
    return 0;
}

/* zero_padding1d (ZeroPadding1D) 50x6 -> 54x6
 * Workspace: 0 floats: none needed. */
int pad1d_causal(const float *input, const float *weights, float *output, float *workspace)
{
    pad1d_causal_layer0(input, weights, output, workspace);
    return 0;
}
