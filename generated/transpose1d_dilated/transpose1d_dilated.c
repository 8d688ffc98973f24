/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: transpose1d_dilated.yaml
 *   Template: model.c.j2, transpose.c.j2
 */
#include "transpose1d_dilated.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_sigmoid(float x) { return 1.0f / (1.0f + expf(-x)); }

/* Conv1DTranspose 10x4 -> 16x6, activation sigmoid
 * Transposed convolution in gather form: output position o takes input i through tap j
 * when o + crop = i * stride + j * dilation, so no scatter and no zero insertion.
 * 1-D and 2-D layers run as 3-D ones with unit leading axes; the data format is carried by
 * the element strides below.
 *   input  1x10x4: strides n=40 c=1 d=40 h=40 w=4
 *   output 1x16x6: strides n=96 c=1 d=96 h=96 w=6
 *   kernel [1][1][3][4][6] (Keras's [..][F][C] packed to [..][C][F]), bias [6] at 72
 *   crop (d, h, w) = (0, 0, 0)
 * Workspace: 0 floats. */
static int transpose1d_dilated_layer0(const float *input, const float *weights, float *output,
                                      float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 72;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh)
    for (int ow = 0; ow < 16; ++ow) {
        float acc[6];
        for (int f = 0; f < 6; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int td = od + 0 - kd * 1;
            const int id = td / 1;
            if (td < 0 || td % 1 != 0 || id >= 1) continue;
            for (int kh = 0; kh < 1; ++kh) {
                const int th = oh + 0 - kh * 1;
                const int ih = th / 1;
                if (th < 0 || th % 1 != 0 || ih >= 1) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int tw = ow + 0 - kw * 3;
                    const int iw = tw / 1;
                    const float *x;
                    const float *w;
                    if (tw < 0 || tw % 1 != 0 || iw >= 10) continue;
                    x = input + n * 40 + id * 40 + ih * 40 + iw * 4;
                    w = kernel + ((kd * 1 + kh) * 3 + kw) * 24;
                    for (int c = 0; c < 4; ++c) {
                        const float xv = x[c * 1];
                        const float *wc = w + c * 6;
                        for (int f = 0; f < 6; ++f)
                            acc[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 96 + od * 96 + oh * 96 + ow * 6;
            for (int f = 0; f < 6; ++f)
                out[f * 1] = cg_sigmoid(acc[f]);
        }
    }
    return 0;
}

/* layers[0] Conv1DTranspose 10x4 -> 16x6, activation sigmoid
 * Workspace: 0 floats: none needed. */
int transpose1d_dilated(const float *input, const float *weights, float *output, float *workspace)
{
    transpose1d_dilated_layer0(input, weights, output, workspace);
    return 0;
}
