/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: upsample_lanczos.yaml
 *   Template: model.c.j2, resize.c.j2
 */
#include "upsample_lanczos.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */

/* up_sampling2d (UpSampling2D) 9x7x4 -> 18x14x4, lanczos3
 * keras.ops.image.resize without antialiasing: half-pixel centres, kernel weights
 * normalised over the pixels that exist. Separable: each output row is first resampled
 * vertically into the workspace (one row of 7 pixels of 4 float(s)), then
 * horizontally into the output, a window of 6 (6) taps each. The taps below
 * depend on the sizes only.
 *   input  1x9x7x4: strides n=252 c=1 h=28 w=4
 *   output 1x18x14x4: strides n=1008 c=1 h=56 w=4
 * Workspace: 28 floats: one row resampled vertically (7 pixels). */
static int upsample_lanczos_layer0(const float *input, const float *weights, float *output,
                                   float *workspace)
{
    /* per output row / column: first input index, then the weights of its 6 (6)
     * taps (0 for those past the kernel's reach: every window has the same width) */
    static const int row_start[18] = {0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 3, 3, 3, 3, 3};
    static const float row_weight[18][6] = {
        {1.13065004f, -0.168785736f, 0.0381357186f, 0.0f, 0.0f, 0.0f},
        {0.809283197f, 0.245666981f, -0.0616384931f, 0.00668829121f, 0.0f, 0.0f},
        {0.255521148f, 0.841745019f, -0.125657409f, 0.0283912364f, 0.0f, 0.0f},
        {-0.137412444f, 0.920488775f, 0.279424697f, -0.0701083839f, 0.00760734547f, 0.0f},
        {-0.0685026944f, 0.273025006f, 0.89940685f, -0.134265274f, 0.0303361136f, 0.0f},
        {0.0301122852f, -0.13327463f, 0.892770767f, 0.271010578f, -0.0679972619f, 0.00737827085f},
        {0.00737827085f, -0.0679972619f, 0.271010578f, 0.892770767f, -0.13327463f, 0.0301122852f},
        {0.0301122852f, -0.13327463f, 0.892770767f, 0.271010578f, -0.0679972619f, 0.00737827085f},
        {0.00737827085f, -0.0679972619f, 0.271010578f, 0.892770767f, -0.13327463f, 0.0301122852f},
        {0.0301122852f, -0.13327463f, 0.892770767f, 0.271010578f, -0.0679972619f, 0.00737827085f},
        {0.00737827085f, -0.0679972619f, 0.271010578f, 0.892770767f, -0.13327463f, 0.0301122852f},
        {0.0301122852f, -0.13327463f, 0.892770767f, 0.271010578f, -0.0679972619f, 0.00737827085f},
        {0.00737827085f, -0.0679972619f, 0.271010578f, 0.892770767f, -0.13327463f, 0.0301122852f},
        {0.0f, 0.0303361136f, -0.134265274f, 0.89940685f, 0.273025006f, -0.0685026944f},
        {0.0f, 0.00760734547f, -0.0701083839f, 0.279424697f, 0.920488775f, -0.137412444f},
        {0.0f, 0.0f, 0.0283912364f, -0.125657409f, 0.841745019f, 0.255521148f},
        {0.0f, 0.0f, 0.00668829121f, -0.0616384931f, 0.245666981f, 0.809283197f},
        {0.0f, 0.0f, 0.0f, 0.0381357186f, -0.168785736f, 1.13065004f}
    };
    static const int col_start[14] = {0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1};
    static const float col_weight[14][6] = {
        {1.13065004f, -0.168785736f, 0.0381357186f, 0.0f, 0.0f, 0.0f},
        {0.809283197f, 0.245666981f, -0.0616384931f, 0.00668829121f, 0.0f, 0.0f},
        {0.255521148f, 0.841745019f, -0.125657409f, 0.0283912364f, 0.0f, 0.0f},
        {-0.137412444f, 0.920488775f, 0.279424697f, -0.0701083839f, 0.00760734547f, 0.0f},
        {-0.0685026944f, 0.273025006f, 0.89940685f, -0.134265274f, 0.0303361136f, 0.0f},
        {0.0301122852f, -0.13327463f, 0.892770767f, 0.271010578f, -0.0679972619f, 0.00737827085f},
        {0.00737827085f, -0.0679972619f, 0.271010578f, 0.892770767f, -0.13327463f, 0.0301122852f},
        {0.0301122852f, -0.13327463f, 0.892770767f, 0.271010578f, -0.0679972619f, 0.00737827085f},
        {0.00737827085f, -0.0679972619f, 0.271010578f, 0.892770767f, -0.13327463f, 0.0301122852f},
        {0.0f, 0.0303361136f, -0.134265274f, 0.89940685f, 0.273025006f, -0.0685026944f},
        {0.0f, 0.00760734547f, -0.0701083839f, 0.279424697f, 0.920488775f, -0.137412444f},
        {0.0f, 0.0f, 0.0283912364f, -0.125657409f, 0.841745019f, 0.255521148f},
        {0.0f, 0.0f, 0.00668829121f, -0.0616384931f, 0.245666981f, 0.809283197f},
        {0.0f, 0.0f, 0.0f, 0.0381357186f, -0.168785736f, 1.13065004f}
    };
    float *tmp = workspace;
    (void)weights;

    for (int n = 0; n < 1; ++n)
    for (int c = 0; c < 1; ++c)
    for (int oh = 0; oh < 18; ++oh) {
        const float *x = input + n * 252 + c + row_start[oh] * 28;
        float *y = output + n * 1008 + c + oh * 56;
        const float r0 = row_weight[oh][0];
        const float r1 = row_weight[oh][1];
        const float r2 = row_weight[oh][2];
        const float r3 = row_weight[oh][3];
        const float r4 = row_weight[oh][4];
        const float r5 = row_weight[oh][5];
        for (int i = 0; i < 28; ++i)
            tmp[i] = r0 * x[i] + r1 * x[i + 28] + r2 * x[i + 56] + r3 * x[i + 84] + r4 * x[i + 112] + r5 * x[i + 140];
        for (int ow = 0; ow < 14; ++ow) {
            const float *src = tmp + col_start[ow] * 4;
            float *dst = y + ow * 4;
            const float c0 = col_weight[ow][0];
            const float c1 = col_weight[ow][1];
            const float c2 = col_weight[ow][2];
            const float c3 = col_weight[ow][3];
            const float c4 = col_weight[ow][4];
            const float c5 = col_weight[ow][5];
            for (int e = 0; e < 4; ++e)
                dst[e] = c0 * src[e] + c1 * src[e + 4] + c2 * src[e + 8] + c3 * src[e + 12] + c4 * src[e + 16] + c5 * src[e + 20];
        }
    }
    return 0;
}

/* up_sampling2d (UpSampling2D) 9x7x4 -> 18x14x4, lanczos3
 * Workspace: 28 floats: upsample_lanczos_layer0 scratch at 0 (28 floats, steps 0-0). */
int upsample_lanczos(const float *input, const float *weights, float *output, float *workspace)
{
    upsample_lanczos_layer0(input, weights, output, workspace);
    return 0;
}
