/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: upsample3d_cf.yaml
 *   Template: model.c.j2, reshape.c.j2
 */
#include "upsample3d_cf.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */

/* up_sampling3d (UpSampling3D) 2x3x4x5 -> 2x6x4x15
 * Pure data movement, by rows: output row (n, c, d, h) is input row
 * (n, c, d / 2 + (0), h / 1 + (0)) or zeros when that lies outside
 * the input. A row is 15 pixels of 1 float(s), contiguous in memory.
 * 1-D and 2-D layers run as 3-D ones with unit leading axes.
 * Along w, units of 5 pixel(s) x a run of channels are loaded into registers
 * once and stored 3 times.
 *   input  1x2x3x4x5: strides n=120 c=60 d=20 h=5 w=1
 *   output 1x2x6x4x15: strides n=720 c=360 d=60 h=15 w=1
 * Workspace: none. */
/* GCC 12 at -O3 mis-vectorises the outer loop of this nest (rows copied from the wrong place,
 * shape-dependent): keep GCC's loop vectoriser out; it still turns the row runs into
 * memset/memcpy-like code. */
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-loop-vectorize")))
#endif
static int upsample3d_cf_layer0(const float *input, const float *weights, float *output,
                                float *workspace)
{
    (void)weights;
    (void)workspace;
    for (int n = 0; n < 1; ++n)
    for (int c = 0; c < 2; ++c)
    for (int od = 0; od < 6; ++od)
    for (int oh = 0; oh < 4; ++oh) {
        const int id = od / 2;
        const int ih = oh;
        float *y = output + n * 720 + c * 360 + od * 60 + oh * 15;
        if (id >= 0 && id < 3 && ih >= 0 && ih < 4) {
            const float *x = input + n * 120 + c * 60 + id * 20 + ih * 5;
            {
                {
                    const float *xw = x;
                    float *yw = y;
                    const float v0_0 = xw[0];
                    const float v1_0 = xw[1];
                    const float v2_0 = xw[2];
                    const float v3_0 = xw[3];
                    const float v4_0 = xw[4];
                    yw[0] = v0_0;
                    yw[1] = v0_0;
                    yw[2] = v0_0;
                    yw[3] = v1_0;
                    yw[4] = v1_0;
                    yw[5] = v1_0;
                    yw[6] = v2_0;
                    yw[7] = v2_0;
                    yw[8] = v2_0;
                    yw[9] = v3_0;
                    yw[10] = v3_0;
                    yw[11] = v3_0;
                    yw[12] = v4_0;
                    yw[13] = v4_0;
                    yw[14] = v4_0;
                }
            }
        } else {
            for (int i = 0; i < 15; ++i)
                y[i] = 0.0f;
        }
    }
    return 0;
}

/* up_sampling3d (UpSampling3D) 2x3x4x5 -> 2x6x4x15
 * Workspace: 0 floats: none needed. */
int upsample3d_cf(const float *input, const float *weights, float *output, float *workspace)
{
    upsample3d_cf_layer0(input, weights, output, workspace);
    return 0;
}
