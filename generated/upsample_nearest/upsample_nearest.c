/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: upsample_nearest.yaml
 *   Template: model.c.j2, reshape.c.j2
 */
#include "upsample_nearest.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */

/* up_sampling2d (UpSampling2D) 7x9x16 -> 14x27x16
 * Pure data movement, by rows: output row (n, c, d, h) is input row
 * (n, c, d / 1 + (0), h / 2 + (0)) or zeros when that lies outside
 * the input. A row is 27 pixels of 16 float(s), contiguous in memory.
 * 1-D and 2-D layers run as 3-D ones with unit leading axes.
 *   input  1x7x9x16: strides n=1008 c=1 d=1008 h=144 w=16
 *   output 1x14x27x16: strides n=6048 c=1 d=6048 h=432 w=16
 * Workspace: none. */
/* GCC 12 at -O3 mis-vectorises the outer loop of this nest (rows copied from the wrong place,
 * shape-dependent): keep GCC's loop vectoriser out; it still turns the row runs into
 * memset/memcpy-like code. */
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-loop-vectorize")))
#endif
static int upsample_nearest_layer0(const float *input, const float *weights, float *output,
                                   float *workspace)
{
    (void)weights;
    (void)workspace;
    for (int n = 0; n < 1; ++n)
    for (int c = 0; c < 1; ++c)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 14; ++oh) {
        const int id = od;
        const int ih = oh / 2;
        float *y = output + n * 6048 + c + od * 6048 + oh * 432;
        if (id >= 0 && id < 1 && ih >= 0 && ih < 7) {
            const float *x = input + n * 1008 + c + id * 1008 + ih * 144;
            for (int w = 0; w < 9; ++w)
            for (int r = 0; r < 3; ++r)
            for (int e = 0; e < 16; ++e)
                y[w * 48 + r * 16 + e] = x[w * 16 + e];
        } else {
            for (int i = 0; i < 432; ++i)
                y[i] = 0.0f;
        }
    }
    return 0;
}

/* up_sampling2d (UpSampling2D) 7x9x16 -> 14x27x16
 * Workspace: 0 floats: none needed. */
int upsample_nearest(const float *input, const float *weights, float *output, float *workspace)
{
    upsample_nearest_layer0(input, weights, output, workspace);
    return 0;
}
