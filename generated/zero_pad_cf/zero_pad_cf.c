/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: zero_pad_cf.yaml
 *   Template: model.c.j2, reshape.c.j2
 */
#include "zero_pad_cf.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */

/* zero_padding2d (ZeroPadding2D) 4x9x7 -> 4x11x9
 * Pure data movement, by rows: output row (n, c, d, h) is input row
 * (n, c, d / 1 + (0), h / 1 + (-1)) or zeros when that lies outside
 * the input. A row is 9 pixels of 1 float(s), contiguous in memory.
 * 1-D and 2-D layers run as 3-D ones with unit leading axes.
 *   input  2x4x9x7: strides n=252 c=63 d=63 h=7 w=1
 *   output 2x4x11x9: strides n=396 c=99 d=99 h=9 w=1
 * Workspace: none. */
/* GCC 12 at -O3 mis-vectorises the outer loop of this nest (rows copied from the wrong place,
 * shape-dependent): keep GCC's loop vectoriser out; it still turns the row runs into
 * memset/memcpy-like code. */
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-loop-vectorize")))
#endif
static int zero_pad_cf_layer0(const float *input, const float *weights, float *output,
                              float *workspace)
{
    (void)weights;
    (void)workspace;
    for (int n = 0; n < 2; ++n)
    for (int c = 0; c < 4; ++c)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 11; ++oh) {
        const int id = od;
        const int ih = oh - 1;
        float *y = output + n * 396 + c * 99 + od * 99 + oh * 9;
        if (id >= 0 && id < 1 && ih >= 0 && ih < 9) {
            const float *x = input + n * 252 + c * 63 + id * 63 + ih * 7;
            for (int i = 0; i < 2; ++i)
                y[i] = 0.0f;
            for (int i = 0; i < 7; ++i)
                y[i + 2] = x[i];
        } else {
            for (int i = 0; i < 9; ++i)
                y[i] = 0.0f;
        }
    }
    return 0;
}

/* zero_padding2d (ZeroPadding2D) 4x9x7 -> 4x11x9
 * Workspace: 0 floats: none needed. */
int zero_pad_cf(const float *input, const float *weights, float *output, float *workspace)
{
    zero_pad_cf_layer0(input, weights, output, workspace);
    return 0;
}
