/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: crop1d.yaml
 *   Template: model.c.j2, reshape.c.j2
 */
#include "crop1d.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */

/* cropping1d (Cropping1D) 20x5 -> 18x5
 * Pure data movement, by rows: output row (n, c, d, h) is input row
 * (n, c, d / 1 + (0), h / 1 + (0)) or zeros when that lies outside
 * the input. A row is 18 pixels of 5 float(s), contiguous in memory.
 * 1-D and 2-D layers run as 3-D ones with unit leading axes.
 *   input  1x20x5: strides n=100 c=1 d=100 h=100 w=5
 *   output 1x18x5: strides n=90 c=1 d=90 h=90 w=5
 * Workspace: none. */
/* GCC 12 at -O3 mis-vectorises the outer loop of this nest (rows copied from the wrong place,
 * shape-dependent): keep GCC's loop vectoriser out; it still turns the row runs into
 * memset/memcpy-like code. */
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-loop-vectorize")))
#endif
static int crop1d_layer0(const float *input, const float *weights, float *output,
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
        float *y = output + n * 90 + c + od * 90 + oh * 90;
        if (id >= 0 && id < 1 && ih >= 0 && ih < 1) {
            const float *x = input + n * 100 + c + id * 100 + ih * 100;
            for (int i = 0; i < 90; ++i)
                y[i] = x[i + 5];
        } else {
            for (int i = 0; i < 90; ++i)
                y[i] = 0.0f;
        }
    }
    return 0;
}

/* cropping1d (Cropping1D) 20x5 -> 18x5
 * Workspace: 0 floats: none needed. */
int crop1d(const float *input, const float *weights, float *output, float *workspace)
{
    crop1d_layer0(input, weights, output, workspace);
    return 0;
}
