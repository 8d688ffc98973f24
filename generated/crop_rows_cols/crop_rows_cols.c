/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: crop_rows_cols.yaml
 *   Template: model.c.j2, reshape.c.j2
 */
#include "crop_rows_cols.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */

/* cropping2d (Cropping2D) 16x20x8 -> 13x14x8
 * Pure data movement, by rows: output row (n, c, d, h) is input row
 * (n, c, d / 1 + (0), h / 1 + (1)) or zeros when that lies outside
 * the input. A row is 14 pixels of 8 float(s), contiguous in memory.
 * 1-D and 2-D layers run as 3-D ones with unit leading axes.
 *   input  1x16x20x8: strides n=2560 c=1 d=2560 h=160 w=8
 *   output 1x13x14x8: strides n=1456 c=1 d=1456 h=112 w=8
 * Workspace: none. */
/* GCC 12 at -O3 mis-vectorises the outer loop of this nest (rows copied from the wrong place,
 * shape-dependent): keep GCC's loop vectoriser out; it still turns the row runs into
 * memset/memcpy-like code. */
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-loop-vectorize")))
#endif
static int crop_rows_cols_layer0(const float *input, const float *weights, float *output,
                                 float *workspace)
{
    (void)weights;
    (void)workspace;
    for (int n = 0; n < 1; ++n)
    for (int c = 0; c < 1; ++c)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 13; ++oh) {
        const int id = od;
        const int ih = oh + 1;
        float *y = output + n * 1456 + c + od * 1456 + oh * 112;
        if (id >= 0 && id < 1 && ih >= 0 && ih < 16) {
            const float *x = input + n * 2560 + c + id * 2560 + ih * 160;
            for (int i = 0; i < 112; ++i)
                y[i] = x[i + 24];
        } else {
            for (int i = 0; i < 112; ++i)
                y[i] = 0.0f;
        }
    }
    return 0;
}

/* cropping2d (Cropping2D) 16x20x8 -> 13x14x8
 * Workspace: 0 floats: none needed. */
int crop_rows_cols(const float *input, const float *weights, float *output, float *workspace)
{
    crop_rows_cols_layer0(input, weights, output, workspace);
    return 0;
}
