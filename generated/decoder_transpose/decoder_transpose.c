/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: decoder_transpose.yaml
 *   Template: model.c.j2, transpose.c.j2
 */
#include "decoder_transpose.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_relu(float x) { return x > 0.0f ? x : 0.0f; }

/* Conv2DTranspose 7x9x16 -> 14x18x8, activation relu
 * Transposed convolution in gather form: output position o takes input i through tap j
 * when o + crop = i * stride + j * dilation, so no scatter and no zero insertion.
 * 1-D and 2-D layers run as 3-D ones with unit leading axes; the data format is carried by
 * the element strides below.
 *   input  1x7x9x16: strides n=1008 c=1 d=1008 h=144 w=16
 *   output 1x14x18x8: strides n=2016 c=1 d=2016 h=144 w=8
 *   kernel [1][3][3][16][8] (Keras's [..][F][C] packed to [..][C][F]), bias [8] at 1152
 *   crop (d, h, w) = (0, 0, 0)
 * Workspace: 0 floats. */
static int decoder_transpose_layer0(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 1152;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 14; ++oh)
    for (int ow = 0; ow < 18; ++ow) {
        float acc[8];
        for (int f = 0; f < 8; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int td = od + 0 - kd * 1;
            const int id = td / 1;
            if (td < 0 || td % 1 != 0 || id >= 1) continue;
            for (int kh = 0; kh < 3; ++kh) {
                const int th = oh + 0 - kh * 1;
                const int ih = th / 2;
                if (th < 0 || th % 2 != 0 || ih >= 7) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int tw = ow + 0 - kw * 1;
                    const int iw = tw / 2;
                    const float *x;
                    const float *w;
                    if (tw < 0 || tw % 2 != 0 || iw >= 9) continue;
                    x = input + n * 1008 + id * 1008 + ih * 144 + iw * 16;
                    w = kernel + ((kd * 3 + kh) * 3 + kw) * 128;
                    for (int c = 0; c < 16; ++c) {
                        const float xv = x[c * 1];
                        const float *wc = w + c * 8;
                        for (int f = 0; f < 8; ++f)
                            acc[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 2016 + od * 2016 + oh * 144 + ow * 8;
            for (int f = 0; f < 8; ++f)
                out[f * 1] = cg_relu(acc[f]);
        }
    }
    return 0;
}

/* layers[0] Conv2DTranspose 7x9x16 -> 14x18x8, activation relu
 * Workspace: 0 floats: none needed. */
int decoder_transpose(const float *input, const float *weights, float *output, float *workspace)
{
    decoder_transpose_layer0(input, weights, output, workspace);
    return 0;
}
