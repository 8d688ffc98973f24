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
 * Along w, units of 1 pixel(s) x a run of channels are loaded into registers
 * once and stored 3 times.
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
            for (int w = 0; w < 9; ++w) {
                {
                    const float *xw = x + w * 16;
                    float *yw = y + w * 48;
                    const float v0_0 = xw[0];
                    const float v0_1 = xw[1];
                    const float v0_2 = xw[2];
                    const float v0_3 = xw[3];
                    const float v0_4 = xw[4];
                    const float v0_5 = xw[5];
                    const float v0_6 = xw[6];
                    const float v0_7 = xw[7];
                    const float v0_8 = xw[8];
                    const float v0_9 = xw[9];
                    const float v0_10 = xw[10];
                    const float v0_11 = xw[11];
                    const float v0_12 = xw[12];
                    const float v0_13 = xw[13];
                    const float v0_14 = xw[14];
                    const float v0_15 = xw[15];
                    yw[0] = v0_0;
                    yw[1] = v0_1;
                    yw[2] = v0_2;
                    yw[3] = v0_3;
                    yw[4] = v0_4;
                    yw[5] = v0_5;
                    yw[6] = v0_6;
                    yw[7] = v0_7;
                    yw[8] = v0_8;
                    yw[9] = v0_9;
                    yw[10] = v0_10;
                    yw[11] = v0_11;
                    yw[12] = v0_12;
                    yw[13] = v0_13;
                    yw[14] = v0_14;
                    yw[15] = v0_15;
                    yw[16] = v0_0;
                    yw[17] = v0_1;
                    yw[18] = v0_2;
                    yw[19] = v0_3;
                    yw[20] = v0_4;
                    yw[21] = v0_5;
                    yw[22] = v0_6;
                    yw[23] = v0_7;
                    yw[24] = v0_8;
                    yw[25] = v0_9;
                    yw[26] = v0_10;
                    yw[27] = v0_11;
                    yw[28] = v0_12;
                    yw[29] = v0_13;
                    yw[30] = v0_14;
                    yw[31] = v0_15;
                    yw[32] = v0_0;
                    yw[33] = v0_1;
                    yw[34] = v0_2;
                    yw[35] = v0_3;
                    yw[36] = v0_4;
                    yw[37] = v0_5;
                    yw[38] = v0_6;
                    yw[39] = v0_7;
                    yw[40] = v0_8;
                    yw[41] = v0_9;
                    yw[42] = v0_10;
                    yw[43] = v0_11;
                    yw[44] = v0_12;
                    yw[45] = v0_13;
                    yw[46] = v0_14;
                    yw[47] = v0_15;
                }
            }
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
