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
 * Along w, units of 2 pixel(s) x a run of channels are loaded into registers
 * once and stored 3 times.
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
            for (int w = 0; w < 12; w += 2) {
                {
                    const float *xw = x + w * 6;
                    float *yw = y + w * 18;
                    const float v0_0 = xw[0];
                    const float v0_1 = xw[1];
                    const float v0_2 = xw[2];
                    const float v0_3 = xw[3];
                    const float v0_4 = xw[4];
                    const float v0_5 = xw[5];
                    const float v1_0 = xw[6];
                    const float v1_1 = xw[7];
                    const float v1_2 = xw[8];
                    const float v1_3 = xw[9];
                    const float v1_4 = xw[10];
                    const float v1_5 = xw[11];
                    yw[0] = v0_0;
                    yw[1] = v0_1;
                    yw[2] = v0_2;
                    yw[3] = v0_3;
                    yw[4] = v0_4;
                    yw[5] = v0_5;
                    yw[6] = v0_0;
                    yw[7] = v0_1;
                    yw[8] = v0_2;
                    yw[9] = v0_3;
                    yw[10] = v0_4;
                    yw[11] = v0_5;
                    yw[12] = v0_0;
                    yw[13] = v0_1;
                    yw[14] = v0_2;
                    yw[15] = v0_3;
                    yw[16] = v0_4;
                    yw[17] = v0_5;
                    yw[18] = v1_0;
                    yw[19] = v1_1;
                    yw[20] = v1_2;
                    yw[21] = v1_3;
                    yw[22] = v1_4;
                    yw[23] = v1_5;
                    yw[24] = v1_0;
                    yw[25] = v1_1;
                    yw[26] = v1_2;
                    yw[27] = v1_3;
                    yw[28] = v1_4;
                    yw[29] = v1_5;
                    yw[30] = v1_0;
                    yw[31] = v1_1;
                    yw[32] = v1_2;
                    yw[33] = v1_3;
                    yw[34] = v1_4;
                    yw[35] = v1_5;
                }
            }
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
