/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: upsample_bilinear.yaml
 *   Template: model.c.j2, resize.c.j2
 */
#include "upsample_bilinear.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */

/* up_sampling2d (UpSampling2D) 14x14x32 -> 28x28x32, bilinear
 * keras.ops.image.resize without antialiasing: half-pixel centres, kernel weights
 * normalised over the pixels that exist. Separable: each output row is first resampled
 * vertically into the workspace (one row of 14 pixels of 32 float(s)), then
 * horizontally into the output. The taps below depend on the sizes only.
 *   input  1x14x14x32: strides n=6272 c=1 h=448 w=32
 *   output 1x28x28x32: strides n=25088 c=1 h=896 w=32
 * Workspace: 448 floats: one row resampled vertically (14 pixels). */
static int upsample_bilinear_layer0(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    /* per output row / column: first input index, tap count, weights */
    static const int row_start[28] = {0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13};
    static const int row_count[28] = {1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1};
    static const float row_weight[28][2] = {
        {1.0f, 0.0f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {1.0f, 0.0f}
    };
    static const int col_start[28] = {0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13};
    static const int col_count[28] = {1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1};
    static const float col_weight[28][2] = {
        {1.0f, 0.0f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {1.0f, 0.0f}
    };
    float *tmp = workspace;
    (void)weights;

    for (int n = 0; n < 1; ++n)
    for (int c = 0; c < 1; ++c)
    for (int oh = 0; oh < 28; ++oh) {
        const float *x = input + n * 6272 + c + row_start[oh] * 448;
        float *y = output + n * 25088 + c + oh * 896;
        for (int i = 0; i < 448; ++i)
            tmp[i] = row_weight[oh][0] * x[i];
        for (int t = 1; t < row_count[oh]; ++t) {
            const float wt = row_weight[oh][t];
            const float *xt = x + t * 448;
            for (int i = 0; i < 448; ++i)
                tmp[i] += wt * xt[i];
        }
        for (int ow = 0; ow < 28; ++ow) {
            const float *src = tmp + col_start[ow] * 32;
            float *dst = y + ow * 32;
            for (int e = 0; e < 32; ++e)
                dst[e] = col_weight[ow][0] * src[e];
            for (int t = 1; t < col_count[ow]; ++t) {
                const float wt = col_weight[ow][t];
                for (int e = 0; e < 32; ++e)
                    dst[e] += wt * src[t * 32 + e];
            }
        }
    }
    return 0;
}

/* up_sampling2d (UpSampling2D) 14x14x32 -> 28x28x32, bilinear
 * Workspace: 448 floats: upsample_bilinear_layer0 scratch at 0 (448 floats, steps 0-0). */
int upsample_bilinear(const float *input, const float *weights, float *output, float *workspace)
{
    upsample_bilinear_layer0(input, weights, output, workspace);
    return 0;
}
