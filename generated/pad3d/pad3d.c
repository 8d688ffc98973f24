/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: pad3d.yaml
 *   Template: model.c.j2, reshape.c.j2
 */
#include "pad3d.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */

/* zero_padding3d (ZeroPadding3D) 3x5x4x2 -> 5x7x6x2
 * Pure data movement, by rows: output row (n, c, d, h) is input row
 * (n, c, d / 1 + (-1), h / 1 + (-1)) or zeros when that lies outside
 * the input. A row is 6 pixels of 2 float(s), contiguous in memory.
 * 1-D and 2-D layers run as 3-D ones with unit leading axes.
 *   input  1x3x5x4x2: strides n=120 c=1 d=40 h=8 w=2
 *   output 1x5x7x6x2: strides n=420 c=1 d=84 h=12 w=2
 * Workspace: none. */
/* GCC 12 at -O3 mis-vectorises the outer loop of this nest (rows copied from the wrong place,
 * shape-dependent): keep GCC's loop vectoriser out; it still turns the row runs into
 * memset/memcpy-like code. */
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-loop-vectorize")))
#endif
static int pad3d_layer0(const float *input, const float *weights, float *output,
                        float *workspace)
{
    (void)weights;
    (void)workspace;
    for (int n = 0; n < 1; ++n)
    for (int c = 0; c < 1; ++c)
    for (int od = 0; od < 5; ++od)
    for (int oh = 0; oh < 7; ++oh) {
        const int id = od - 1;
        const int ih = oh - 1;
        float *y = output + n * 420 + c + od * 84 + oh * 12;
        if (id >= 0 && id < 3 && ih >= 0 && ih < 5) {
            const float *x = input + n * 120 + c + id * 40 + ih * 8;
            for (int i = 0; i < 2; ++i)
                y[i] = 0.0f;
            for (int i = 0; i < 8; ++i)
                y[i + 2] = x[i];
            for (int i = 10; i < 12; ++i)
                y[i] = 0.0f;
        } else {
            for (int i = 0; i < 12; ++i)
                y[i] = 0.0f;
        }
    }
    return 0;
}

/* zero_padding3d (ZeroPadding3D) 3x5x4x2 -> 5x7x6x2
 * Workspace: 0 floats: none needed. */
int pad3d(const float *input, const float *weights, float *output, float *workspace)
{
    pad3d_layer0(input, weights, output, workspace);
    return 0;
}
