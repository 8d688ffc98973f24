/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: upsample1d.yaml
 *   Template: model.c.j2, reshape.c.j2
 */
#include "upsample1d.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */

/* up_sampling1d (UpSampling1D) 12x6 -> 36x6
 * Pure data movement, by rows: output row (n, c, d, h) is input row
 * (n, c, d / 1 + (0), h / 1 + (0)) or zeros when that lies outside
 * the input. A row is 36 pixels of 6 float(s), contiguous in memory.
 * 1-D and 2-D layers run as 3-D ones with unit leading axes.
 *   input  2x12x6: strides n=72 c=1 d=72 h=72 w=6
 *   output 2x36x6: strides n=216 c=1 d=216 h=216 w=6
 * Workspace: none. */
/* GCC 12 at -O3 mis-vectorises the outer loop of this nest (rows copied from the wrong place,
 * shape-dependent): keep GCC's loop vectoriser out; it still turns the row runs into
 * memset/memcpy-like code. */
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-loop-vectorize")))
#endif
static int upsample1d_layer0(const float *input, const float *weights, float *output,
                             float *workspace)
{
    (void)weights;
    (void)workspace;
    for (int n = 0; n < 2; ++n)
    for (int c = 0; c < 1; ++c)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh) {
        const int id = od;
        const int ih = oh;
        float *y = output + n * 216 + c + od * 216 + oh * 216;
        if (id >= 0 && id < 1 && ih >= 0 && ih < 1) {
            const float *x = input + n * 72 + c + id * 72 + ih * 72;
            for (int w = 0; w < 12; ++w)
            for (int r = 0; r < 3; ++r)
            for (int e = 0; e < 6; ++e)
                y[w * 18 + r * 6 + e] = x[w * 6 + e];
        } else {
            for (int i = 0; i < 216; ++i)
                y[i] = 0.0f;
        }
    }
    return 0;
}

/* up_sampling1d (UpSampling1D) 12x6 -> 36x6
 * Workspace: 0 floats: none needed. */
int upsample1d(const float *input, const float *weights, float *output, float *workspace)
{
    upsample1d_layer0(input, weights, output, workspace);
    return 0;
}
