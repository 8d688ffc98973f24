/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: transpose_output_padding.yaml
 *   Template: model.c.j2, transpose.c.j2
 */
#include "transpose_output_padding.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_linear(float x) { return x; }

/* Conv2DTranspose 4x5x3 -> 8x14x5, activation linear
 * Transposed convolution in gather form: output position o takes input i through tap j
 * when o + crop = i * stride + j * dilation, so no scatter and no zero insertion.
 * 1-D and 2-D layers run as 3-D ones with unit leading axes; the data format is carried by
 * the element strides below.
 *   input  1x4x5x3: strides n=60 c=1 d=60 h=15 w=3
 *   output 1x8x14x5: strides n=560 c=1 d=560 h=70 w=5
 *   kernel [1][3][2][3][5] (Keras's [..][F][C] packed to [..][C][F]), bias [5] at 90
 *   crop (d, h, w) = (0, 0, 0)
 * Workspace: 0 floats. */
static int transpose_output_padding_layer0(const float *input, const float *weights, float *output,
                                           float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 90;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 8; ++oh)
    for (int ow = 0; ow < 14; ++ow) {
        float acc[5];
        for (int f = 0; f < 5; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int td = od + 0 - kd * 1;
            const int id = td / 1;
            if (td < 0 || td % 1 != 0 || id >= 1) continue;
            for (int kh = 0; kh < 3; ++kh) {
                const int th = oh + 0 - kh * 1;
                const int ih = th / 2;
                if (th < 0 || th % 2 != 0 || ih >= 4) continue;
                for (int kw = 0; kw < 2; ++kw) {
                    const int tw = ow + 0 - kw * 1;
                    const int iw = tw / 3;
                    const float *x;
                    const float *w;
                    if (tw < 0 || tw % 3 != 0 || iw >= 5) continue;
                    x = input + n * 60 + id * 60 + ih * 15 + iw * 3;
                    w = kernel + ((kd * 3 + kh) * 2 + kw) * 15;
                    for (int c = 0; c < 3; ++c) {
                        const float xv = x[c * 1];
                        const float *wc = w + c * 5;
                        for (int f = 0; f < 5; ++f)
                            acc[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 560 + od * 560 + oh * 70 + ow * 5;
            for (int f = 0; f < 5; ++f)
                out[f * 1] = cg_linear(acc[f]);
        }
    }
    return 0;
}

/* layers[0] Conv2DTranspose 4x5x3 -> 8x14x5, activation linear
 * Workspace: 0 floats: none needed. */
int transpose_output_padding(const float *input, const float *weights, float *output, float *workspace)
{
    transpose_output_padding_layer0(input, weights, output, workspace);
    return 0;
}
