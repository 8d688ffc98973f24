/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: upsample_bilinear.yaml
 *   Template: model.c.j2, resize.c.j2
 */
#include "upsample_bilinear.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */

/* up_sampling2d (UpSampling2D) 14x14x32 -> 28x28x32, bilinear
 * keras.ops.image.resize without antialiasing, bilinear: half-pixel centres, clamped edges.
 * With an integer factor the weights depend on the output's phase only: each interval
 * between two input rows (columns) gives 2 (2) output rows (columns) whose
 * weights are constants in the code; the first 1 (1) and last 1 (1) copy the
 * edge. Per pair of input rows and run of channels the rows' values of each input column stay
 * in registers for the next interval: each input is loaded once per row group.
 *   input  1x14x14x32: strides n=6272 c=1 h=448 w=32
 *   output 1x28x28x32: strides n=25088 c=1 h=896 w=32
 * Workspace: none. */
static int upsample_bilinear_layer0(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    (void)weights;
    (void)workspace;
    {
        const float *xb = input;
        float *yb = output;
        /* the first and the last 1 output row(s): input rows 0 and 13 */
        for (int edge = 0; edge < 2; ++edge) {
            for (int r = 0; r < 4; ++r) {
                const int c0 = r * 8;
                const float *x0 = xb + edge * 5824 + c0;
                float *y0 = yb + edge * 24192 + c0;
                float v0_0, u0_0;
                float v0_1, u0_1;
                float v0_2, u0_2;
                float v0_3, u0_3;
                float v0_4, u0_4;
                float v0_5, u0_5;
                float v0_6, u0_6;
                float v0_7, u0_7;
                v0_0 = x0[0];
                v0_1 = x0[1];
                v0_2 = x0[2];
                v0_3 = x0[3];
                v0_4 = x0[4];
                v0_5 = x0[5];
                v0_6 = x0[6];
                v0_7 = x0[7];
                y0[0] = v0_0;
                y0[1] = v0_1;
                y0[2] = v0_2;
                y0[3] = v0_3;
                y0[4] = v0_4;
                y0[5] = v0_5;
                y0[6] = v0_6;
                y0[7] = v0_7;
                for (int j = 0; j < 12; j += 2) {
                    {
                        const float *xj = x0 + j * 32 + 32;
                        float *yj = y0 + j * 64 + 32;
                        u0_0 = xj[0];
                        u0_1 = xj[1];
                        u0_2 = xj[2];
                        u0_3 = xj[3];
                        u0_4 = xj[4];
                        u0_5 = xj[5];
                        u0_6 = xj[6];
                        u0_7 = xj[7];
                        yj[0] = 0.75f * v0_0 + 0.25f * u0_0;
                        yj[1] = 0.75f * v0_1 + 0.25f * u0_1;
                        yj[2] = 0.75f * v0_2 + 0.25f * u0_2;
                        yj[3] = 0.75f * v0_3 + 0.25f * u0_3;
                        yj[4] = 0.75f * v0_4 + 0.25f * u0_4;
                        yj[5] = 0.75f * v0_5 + 0.25f * u0_5;
                        yj[6] = 0.75f * v0_6 + 0.25f * u0_6;
                        yj[7] = 0.75f * v0_7 + 0.25f * u0_7;
                        yj[32] = 0.25f * v0_0 + 0.75f * u0_0;
                        yj[33] = 0.25f * v0_1 + 0.75f * u0_1;
                        yj[34] = 0.25f * v0_2 + 0.75f * u0_2;
                        yj[35] = 0.25f * v0_3 + 0.75f * u0_3;
                        yj[36] = 0.25f * v0_4 + 0.75f * u0_4;
                        yj[37] = 0.25f * v0_5 + 0.75f * u0_5;
                        yj[38] = 0.25f * v0_6 + 0.75f * u0_6;
                        yj[39] = 0.25f * v0_7 + 0.75f * u0_7;
                    }
                    {
                        const float *xj = x0 + j * 32 + 64;
                        float *yj = y0 + j * 64 + 96;
                        v0_0 = xj[0];
                        v0_1 = xj[1];
                        v0_2 = xj[2];
                        v0_3 = xj[3];
                        v0_4 = xj[4];
                        v0_5 = xj[5];
                        v0_6 = xj[6];
                        v0_7 = xj[7];
                        yj[0] = 0.75f * u0_0 + 0.25f * v0_0;
                        yj[1] = 0.75f * u0_1 + 0.25f * v0_1;
                        yj[2] = 0.75f * u0_2 + 0.25f * v0_2;
                        yj[3] = 0.75f * u0_3 + 0.25f * v0_3;
                        yj[4] = 0.75f * u0_4 + 0.25f * v0_4;
                        yj[5] = 0.75f * u0_5 + 0.25f * v0_5;
                        yj[6] = 0.75f * u0_6 + 0.25f * v0_6;
                        yj[7] = 0.75f * u0_7 + 0.25f * v0_7;
                        yj[32] = 0.25f * u0_0 + 0.75f * v0_0;
                        yj[33] = 0.25f * u0_1 + 0.75f * v0_1;
                        yj[34] = 0.25f * u0_2 + 0.75f * v0_2;
                        yj[35] = 0.25f * u0_3 + 0.75f * v0_3;
                        yj[36] = 0.25f * u0_4 + 0.75f * v0_4;
                        yj[37] = 0.25f * u0_5 + 0.75f * v0_5;
                        yj[38] = 0.25f * u0_6 + 0.75f * v0_6;
                        yj[39] = 0.25f * u0_7 + 0.75f * v0_7;
                    }
                }
                {
                    const float *xj = x0 + 416;
                    float *yj = y0 + 800;
                    u0_0 = xj[0];
                    u0_1 = xj[1];
                    u0_2 = xj[2];
                    u0_3 = xj[3];
                    u0_4 = xj[4];
                    u0_5 = xj[5];
                    u0_6 = xj[6];
                    u0_7 = xj[7];
                    yj[0] = 0.75f * v0_0 + 0.25f * u0_0;
                    yj[1] = 0.75f * v0_1 + 0.25f * u0_1;
                    yj[2] = 0.75f * v0_2 + 0.25f * u0_2;
                    yj[3] = 0.75f * v0_3 + 0.25f * u0_3;
                    yj[4] = 0.75f * v0_4 + 0.25f * u0_4;
                    yj[5] = 0.75f * v0_5 + 0.25f * u0_5;
                    yj[6] = 0.75f * v0_6 + 0.25f * u0_6;
                    yj[7] = 0.75f * v0_7 + 0.25f * u0_7;
                    yj[32] = 0.25f * v0_0 + 0.75f * u0_0;
                    yj[33] = 0.25f * v0_1 + 0.75f * u0_1;
                    yj[34] = 0.25f * v0_2 + 0.75f * u0_2;
                    yj[35] = 0.25f * v0_3 + 0.75f * u0_3;
                    yj[36] = 0.25f * v0_4 + 0.75f * u0_4;
                    yj[37] = 0.25f * v0_5 + 0.75f * u0_5;
                    yj[38] = 0.25f * v0_6 + 0.75f * u0_6;
                    yj[39] = 0.25f * v0_7 + 0.75f * u0_7;
                }
                y0[864] = u0_0;
                y0[865] = u0_1;
                y0[866] = u0_2;
                y0[867] = u0_3;
                y0[868] = u0_4;
                y0[869] = u0_5;
                y0[870] = u0_6;
                y0[871] = u0_7;
            }
}
        for (int i = 0; i < 13; ++i) {
            for (int r = 0; r < 4; ++r) {
                const int c0 = r * 8;
                const float *x0 = xb + i * 448 + c0;
                float *y0 = yb + i * 1792 + c0 + 896;
                float v0_0, u0_0, v1_0, u1_0;
                float v0_1, u0_1, v1_1, u1_1;
                float v0_2, u0_2, v1_2, u1_2;
                float v0_3, u0_3, v1_3, u1_3;
                float v0_4, u0_4, v1_4, u1_4;
                float v0_5, u0_5, v1_5, u1_5;
                float v0_6, u0_6, v1_6, u1_6;
                float v0_7, u0_7, v1_7, u1_7;
                {
                    const float a = x0[0], b = x0[448];
                    v0_0 = 0.75f * a + 0.25f * b;
                    v1_0 = 0.25f * a + 0.75f * b;
                }
                {
                    const float a = x0[1], b = x0[449];
                    v0_1 = 0.75f * a + 0.25f * b;
                    v1_1 = 0.25f * a + 0.75f * b;
                }
                {
                    const float a = x0[2], b = x0[450];
                    v0_2 = 0.75f * a + 0.25f * b;
                    v1_2 = 0.25f * a + 0.75f * b;
                }
                {
                    const float a = x0[3], b = x0[451];
                    v0_3 = 0.75f * a + 0.25f * b;
                    v1_3 = 0.25f * a + 0.75f * b;
                }
                {
                    const float a = x0[4], b = x0[452];
                    v0_4 = 0.75f * a + 0.25f * b;
                    v1_4 = 0.25f * a + 0.75f * b;
                }
                {
                    const float a = x0[5], b = x0[453];
                    v0_5 = 0.75f * a + 0.25f * b;
                    v1_5 = 0.25f * a + 0.75f * b;
                }
                {
                    const float a = x0[6], b = x0[454];
                    v0_6 = 0.75f * a + 0.25f * b;
                    v1_6 = 0.25f * a + 0.75f * b;
                }
                {
                    const float a = x0[7], b = x0[455];
                    v0_7 = 0.75f * a + 0.25f * b;
                    v1_7 = 0.25f * a + 0.75f * b;
                }
                y0[0] = v0_0;
                y0[1] = v0_1;
                y0[2] = v0_2;
                y0[3] = v0_3;
                y0[4] = v0_4;
                y0[5] = v0_5;
                y0[6] = v0_6;
                y0[7] = v0_7;
                y0[896] = v1_0;
                y0[897] = v1_1;
                y0[898] = v1_2;
                y0[899] = v1_3;
                y0[900] = v1_4;
                y0[901] = v1_5;
                y0[902] = v1_6;
                y0[903] = v1_7;
                for (int j = 0; j < 12; j += 2) {
                    {
                        const float *xj = x0 + j * 32 + 32;
                        float *yj = y0 + j * 64 + 32;
                        {
                            const float a = xj[0], b = xj[448];
                            u0_0 = 0.75f * a + 0.25f * b;
                            u1_0 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[1], b = xj[449];
                            u0_1 = 0.75f * a + 0.25f * b;
                            u1_1 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[2], b = xj[450];
                            u0_2 = 0.75f * a + 0.25f * b;
                            u1_2 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[3], b = xj[451];
                            u0_3 = 0.75f * a + 0.25f * b;
                            u1_3 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[4], b = xj[452];
                            u0_4 = 0.75f * a + 0.25f * b;
                            u1_4 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[5], b = xj[453];
                            u0_5 = 0.75f * a + 0.25f * b;
                            u1_5 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[6], b = xj[454];
                            u0_6 = 0.75f * a + 0.25f * b;
                            u1_6 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[7], b = xj[455];
                            u0_7 = 0.75f * a + 0.25f * b;
                            u1_7 = 0.25f * a + 0.75f * b;
                        }
                        yj[0] = 0.75f * v0_0 + 0.25f * u0_0;
                        yj[1] = 0.75f * v0_1 + 0.25f * u0_1;
                        yj[2] = 0.75f * v0_2 + 0.25f * u0_2;
                        yj[3] = 0.75f * v0_3 + 0.25f * u0_3;
                        yj[4] = 0.75f * v0_4 + 0.25f * u0_4;
                        yj[5] = 0.75f * v0_5 + 0.25f * u0_5;
                        yj[6] = 0.75f * v0_6 + 0.25f * u0_6;
                        yj[7] = 0.75f * v0_7 + 0.25f * u0_7;
                        yj[896] = 0.75f * v1_0 + 0.25f * u1_0;
                        yj[897] = 0.75f * v1_1 + 0.25f * u1_1;
                        yj[898] = 0.75f * v1_2 + 0.25f * u1_2;
                        yj[899] = 0.75f * v1_3 + 0.25f * u1_3;
                        yj[900] = 0.75f * v1_4 + 0.25f * u1_4;
                        yj[901] = 0.75f * v1_5 + 0.25f * u1_5;
                        yj[902] = 0.75f * v1_6 + 0.25f * u1_6;
                        yj[903] = 0.75f * v1_7 + 0.25f * u1_7;
                        yj[32] = 0.25f * v0_0 + 0.75f * u0_0;
                        yj[33] = 0.25f * v0_1 + 0.75f * u0_1;
                        yj[34] = 0.25f * v0_2 + 0.75f * u0_2;
                        yj[35] = 0.25f * v0_3 + 0.75f * u0_3;
                        yj[36] = 0.25f * v0_4 + 0.75f * u0_4;
                        yj[37] = 0.25f * v0_5 + 0.75f * u0_5;
                        yj[38] = 0.25f * v0_6 + 0.75f * u0_6;
                        yj[39] = 0.25f * v0_7 + 0.75f * u0_7;
                        yj[928] = 0.25f * v1_0 + 0.75f * u1_0;
                        yj[929] = 0.25f * v1_1 + 0.75f * u1_1;
                        yj[930] = 0.25f * v1_2 + 0.75f * u1_2;
                        yj[931] = 0.25f * v1_3 + 0.75f * u1_3;
                        yj[932] = 0.25f * v1_4 + 0.75f * u1_4;
                        yj[933] = 0.25f * v1_5 + 0.75f * u1_5;
                        yj[934] = 0.25f * v1_6 + 0.75f * u1_6;
                        yj[935] = 0.25f * v1_7 + 0.75f * u1_7;
                    }
                    {
                        const float *xj = x0 + j * 32 + 64;
                        float *yj = y0 + j * 64 + 96;
                        {
                            const float a = xj[0], b = xj[448];
                            v0_0 = 0.75f * a + 0.25f * b;
                            v1_0 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[1], b = xj[449];
                            v0_1 = 0.75f * a + 0.25f * b;
                            v1_1 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[2], b = xj[450];
                            v0_2 = 0.75f * a + 0.25f * b;
                            v1_2 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[3], b = xj[451];
                            v0_3 = 0.75f * a + 0.25f * b;
                            v1_3 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[4], b = xj[452];
                            v0_4 = 0.75f * a + 0.25f * b;
                            v1_4 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[5], b = xj[453];
                            v0_5 = 0.75f * a + 0.25f * b;
                            v1_5 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[6], b = xj[454];
                            v0_6 = 0.75f * a + 0.25f * b;
                            v1_6 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[7], b = xj[455];
                            v0_7 = 0.75f * a + 0.25f * b;
                            v1_7 = 0.25f * a + 0.75f * b;
                        }
                        yj[0] = 0.75f * u0_0 + 0.25f * v0_0;
                        yj[1] = 0.75f * u0_1 + 0.25f * v0_1;
                        yj[2] = 0.75f * u0_2 + 0.25f * v0_2;
                        yj[3] = 0.75f * u0_3 + 0.25f * v0_3;
                        yj[4] = 0.75f * u0_4 + 0.25f * v0_4;
                        yj[5] = 0.75f * u0_5 + 0.25f * v0_5;
                        yj[6] = 0.75f * u0_6 + 0.25f * v0_6;
                        yj[7] = 0.75f * u0_7 + 0.25f * v0_7;
                        yj[896] = 0.75f * u1_0 + 0.25f * v1_0;
                        yj[897] = 0.75f * u1_1 + 0.25f * v1_1;
                        yj[898] = 0.75f * u1_2 + 0.25f * v1_2;
                        yj[899] = 0.75f * u1_3 + 0.25f * v1_3;
                        yj[900] = 0.75f * u1_4 + 0.25f * v1_4;
                        yj[901] = 0.75f * u1_5 + 0.25f * v1_5;
                        yj[902] = 0.75f * u1_6 + 0.25f * v1_6;
                        yj[903] = 0.75f * u1_7 + 0.25f * v1_7;
                        yj[32] = 0.25f * u0_0 + 0.75f * v0_0;
                        yj[33] = 0.25f * u0_1 + 0.75f * v0_1;
                        yj[34] = 0.25f * u0_2 + 0.75f * v0_2;
                        yj[35] = 0.25f * u0_3 + 0.75f * v0_3;
                        yj[36] = 0.25f * u0_4 + 0.75f * v0_4;
                        yj[37] = 0.25f * u0_5 + 0.75f * v0_5;
                        yj[38] = 0.25f * u0_6 + 0.75f * v0_6;
                        yj[39] = 0.25f * u0_7 + 0.75f * v0_7;
                        yj[928] = 0.25f * u1_0 + 0.75f * v1_0;
                        yj[929] = 0.25f * u1_1 + 0.75f * v1_1;
                        yj[930] = 0.25f * u1_2 + 0.75f * v1_2;
                        yj[931] = 0.25f * u1_3 + 0.75f * v1_3;
                        yj[932] = 0.25f * u1_4 + 0.75f * v1_4;
                        yj[933] = 0.25f * u1_5 + 0.75f * v1_5;
                        yj[934] = 0.25f * u1_6 + 0.75f * v1_6;
                        yj[935] = 0.25f * u1_7 + 0.75f * v1_7;
                    }
                }
                {
                    const float *xj = x0 + 416;
                    float *yj = y0 + 800;
                    {
                        const float a = xj[0], b = xj[448];
                        u0_0 = 0.75f * a + 0.25f * b;
                        u1_0 = 0.25f * a + 0.75f * b;
                    }
                    {
                        const float a = xj[1], b = xj[449];
                        u0_1 = 0.75f * a + 0.25f * b;
                        u1_1 = 0.25f * a + 0.75f * b;
                    }
                    {
                        const float a = xj[2], b = xj[450];
                        u0_2 = 0.75f * a + 0.25f * b;
                        u1_2 = 0.25f * a + 0.75f * b;
                    }
                    {
                        const float a = xj[3], b = xj[451];
                        u0_3 = 0.75f * a + 0.25f * b;
                        u1_3 = 0.25f * a + 0.75f * b;
                    }
                    {
                        const float a = xj[4], b = xj[452];
                        u0_4 = 0.75f * a + 0.25f * b;
                        u1_4 = 0.25f * a + 0.75f * b;
                    }
                    {
                        const float a = xj[5], b = xj[453];
                        u0_5 = 0.75f * a + 0.25f * b;
                        u1_5 = 0.25f * a + 0.75f * b;
                    }
                    {
                        const float a = xj[6], b = xj[454];
                        u0_6 = 0.75f * a + 0.25f * b;
                        u1_6 = 0.25f * a + 0.75f * b;
                    }
                    {
                        const float a = xj[7], b = xj[455];
                        u0_7 = 0.75f * a + 0.25f * b;
                        u1_7 = 0.25f * a + 0.75f * b;
                    }
                    yj[0] = 0.75f * v0_0 + 0.25f * u0_0;
                    yj[1] = 0.75f * v0_1 + 0.25f * u0_1;
                    yj[2] = 0.75f * v0_2 + 0.25f * u0_2;
                    yj[3] = 0.75f * v0_3 + 0.25f * u0_3;
                    yj[4] = 0.75f * v0_4 + 0.25f * u0_4;
                    yj[5] = 0.75f * v0_5 + 0.25f * u0_5;
                    yj[6] = 0.75f * v0_6 + 0.25f * u0_6;
                    yj[7] = 0.75f * v0_7 + 0.25f * u0_7;
                    yj[896] = 0.75f * v1_0 + 0.25f * u1_0;
                    yj[897] = 0.75f * v1_1 + 0.25f * u1_1;
                    yj[898] = 0.75f * v1_2 + 0.25f * u1_2;
                    yj[899] = 0.75f * v1_3 + 0.25f * u1_3;
                    yj[900] = 0.75f * v1_4 + 0.25f * u1_4;
                    yj[901] = 0.75f * v1_5 + 0.25f * u1_5;
                    yj[902] = 0.75f * v1_6 + 0.25f * u1_6;
                    yj[903] = 0.75f * v1_7 + 0.25f * u1_7;
                    yj[32] = 0.25f * v0_0 + 0.75f * u0_0;
                    yj[33] = 0.25f * v0_1 + 0.75f * u0_1;
                    yj[34] = 0.25f * v0_2 + 0.75f * u0_2;
                    yj[35] = 0.25f * v0_3 + 0.75f * u0_3;
                    yj[36] = 0.25f * v0_4 + 0.75f * u0_4;
                    yj[37] = 0.25f * v0_5 + 0.75f * u0_5;
                    yj[38] = 0.25f * v0_6 + 0.75f * u0_6;
                    yj[39] = 0.25f * v0_7 + 0.75f * u0_7;
                    yj[928] = 0.25f * v1_0 + 0.75f * u1_0;
                    yj[929] = 0.25f * v1_1 + 0.75f * u1_1;
                    yj[930] = 0.25f * v1_2 + 0.75f * u1_2;
                    yj[931] = 0.25f * v1_3 + 0.75f * u1_3;
                    yj[932] = 0.25f * v1_4 + 0.75f * u1_4;
                    yj[933] = 0.25f * v1_5 + 0.75f * u1_5;
                    yj[934] = 0.25f * v1_6 + 0.75f * u1_6;
                    yj[935] = 0.25f * v1_7 + 0.75f * u1_7;
                }
                y0[864] = u0_0;
                y0[865] = u0_1;
                y0[866] = u0_2;
                y0[867] = u0_3;
                y0[868] = u0_4;
                y0[869] = u0_5;
                y0[870] = u0_6;
                y0[871] = u0_7;
                y0[1760] = u1_0;
                y0[1761] = u1_1;
                y0[1762] = u1_2;
                y0[1763] = u1_3;
                y0[1764] = u1_4;
                y0[1765] = u1_5;
                y0[1766] = u1_6;
                y0[1767] = u1_7;
            }
}
    }
    return 0;
}

/* up_sampling2d (UpSampling2D) 14x14x32 -> 28x28x32, bilinear
 * Workspace: 0 floats: none needed. */
int upsample_bilinear(const float *input, const float *weights, float *output, float *workspace)
{
    upsample_bilinear_layer0(input, weights, output, workspace);
    return 0;
}
