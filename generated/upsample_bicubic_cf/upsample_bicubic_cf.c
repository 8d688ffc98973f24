/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: upsample_bicubic_cf.yaml
 *   Template: model.c.j2, resize.c.j2
 */
#include "upsample_bicubic_cf.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */

/* up_sampling2d (UpSampling2D) 3x8x10 -> 3x24x20, bicubic
 * keras.ops.image.resize without antialiasing: half-pixel centres, kernel weights
 * normalised over the pixels that exist. Separable: each output row is first resampled
 * vertically into the workspace (one row of 10 pixels of 1 float(s)), then
 * horizontally into the output, a window of 4 (4) taps each. The taps below
 * depend on the sizes only.
 *   input  1x3x8x10: strides n=240 c=80 h=10 w=1
 *   output 1x3x24x20: strides n=1440 c=480 h=20 w=1
 * Workspace: 10 floats: one row resampled vertically (10 pixels). */
static int upsample_bicubic_cf_layer0(const float *input, const float *weights, float *output,
                                      float *workspace)
{
    /* per output row / column: first input index, then the weights of its 4 (4)
     * taps (0 for those past the kernel's reach: every window has the same width) */
    static const int row_start[24] = {0, 0, 0, 0, 1, 0, 0, 2, 1, 1, 3, 2, 2, 4, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4};
    static const float row_weight[24][4] = {
        {1.10526311f, -0.105263159f, 0.0f, 0.0f},
        {1.0f, 0.0f, 0.0f, 0.0f},
        {0.724137902f, 0.310344815f, -0.0344827585f, 0.0f},
        {0.321428567f, 0.75f, -0.0714285746f, 0.0f},
        {1.0f, 0.0f, 0.0f, 0.0f},
        {-0.0740740746f, 0.777777791f, 0.333333343f, -0.0370370373f},
        {-0.0370370373f, 0.333333343f, 0.777777791f, -0.0740740746f},
        {1.0f, 0.0f, 0.0f, 0.0f},
        {-0.0740740746f, 0.777777791f, 0.333333343f, -0.0370370373f},
        {-0.0370370373f, 0.333333343f, 0.777777791f, -0.0740740746f},
        {1.0f, 0.0f, 0.0f, 0.0f},
        {-0.0740740746f, 0.777777791f, 0.333333343f, -0.0370370373f},
        {-0.0370370373f, 0.333333343f, 0.777777791f, -0.0740740746f},
        {1.0f, 0.0f, 0.0f, 0.0f},
        {-0.0740740746f, 0.777777791f, 0.333333343f, -0.0370370373f},
        {-0.0370370373f, 0.333333343f, 0.777777791f, -0.0740740746f},
        {0.0f, 1.0f, 0.0f, 0.0f},
        {-0.0740740746f, 0.777777791f, 0.333333343f, -0.0370370373f},
        {-0.0370370373f, 0.333333343f, 0.777777791f, -0.0740740746f},
        {0.0f, 0.0f, 1.0f, 0.0f},
        {0.0f, -0.0714285746f, 0.75f, 0.321428567f},
        {0.0f, -0.0344827585f, 0.310344815f, 0.724137902f},
        {0.0f, 0.0f, 0.0f, 1.0f},
        {0.0f, 0.0f, -0.105263159f, 1.10526311f}
    };
    static const int col_start[20] = {0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 6, 6, 6};
    static const float col_weight[20][4] = {
        {1.08823526f, -0.0882352963f, 0.0f, 0.0f},
        {0.81021899f, 0.211678833f, -0.0218978096f, 0.0f},
        {0.22137405f, 0.847328246f, -0.068702288f, 0.0f},
        {-0.0703125f, 0.8671875f, 0.2265625f, -0.0234375f},
        {-0.0234375f, 0.2265625f, 0.8671875f, -0.0703125f},
        {-0.0703125f, 0.8671875f, 0.2265625f, -0.0234375f},
        {-0.0234375f, 0.2265625f, 0.8671875f, -0.0703125f},
        {-0.0703125f, 0.8671875f, 0.2265625f, -0.0234375f},
        {-0.0234375f, 0.2265625f, 0.8671875f, -0.0703125f},
        {-0.0703125f, 0.8671875f, 0.2265625f, -0.0234375f},
        {-0.0234375f, 0.2265625f, 0.8671875f, -0.0703125f},
        {-0.0703125f, 0.8671875f, 0.2265625f, -0.0234375f},
        {-0.0234375f, 0.2265625f, 0.8671875f, -0.0703125f},
        {-0.0703125f, 0.8671875f, 0.2265625f, -0.0234375f},
        {-0.0234375f, 0.2265625f, 0.8671875f, -0.0703125f},
        {-0.0703125f, 0.8671875f, 0.2265625f, -0.0234375f},
        {-0.0234375f, 0.2265625f, 0.8671875f, -0.0703125f},
        {0.0f, -0.068702288f, 0.847328246f, 0.22137405f},
        {0.0f, -0.0218978096f, 0.211678833f, 0.81021899f},
        {0.0f, 0.0f, -0.0882352963f, 1.08823526f}
    };
    float *tmp = workspace;
    (void)weights;

    for (int n = 0; n < 1; ++n)
    for (int c = 0; c < 3; ++c)
    for (int oh = 0; oh < 24; ++oh) {
        const float *x = input + n * 240 + c * 80 + row_start[oh] * 10;
        float *y = output + n * 1440 + c * 480 + oh * 20;
        const float r0 = row_weight[oh][0];
        const float r1 = row_weight[oh][1];
        const float r2 = row_weight[oh][2];
        const float r3 = row_weight[oh][3];
        for (int i = 0; i < 10; ++i)
            tmp[i] = r0 * x[i] + r1 * x[i + 10] + r2 * x[i + 20] + r3 * x[i + 30];
        for (int ow = 0; ow < 20; ++ow) {
            const float *src = tmp + col_start[ow];
            float *dst = y + ow;
            const float c0 = col_weight[ow][0];
            const float c1 = col_weight[ow][1];
            const float c2 = col_weight[ow][2];
            const float c3 = col_weight[ow][3];
            dst[0] = c0 * src[0] + c1 * src[1] + c2 * src[2] + c3 * src[3];
        }
    }
    return 0;
}

/* up_sampling2d (UpSampling2D) 3x8x10 -> 3x24x20, bicubic
 * Workspace: 10 floats: upsample_bicubic_cf_layer0 scratch at 0 (10 floats, steps 0-0). */
int upsample_bicubic_cf(const float *input, const float *weights, float *output, float *workspace)
{
    upsample_bicubic_cf_layer0(input, weights, output, workspace);
    return 0;
}
