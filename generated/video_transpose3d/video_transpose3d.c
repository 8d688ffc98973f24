/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: video_transpose3d.yaml
 *   Template: model.c.j2, transpose.c.j2
 */
#include "video_transpose3d.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_linear(float x) { return x; }

/* Conv3DTranspose 4x3x5x4 -> 3x4x11x9, activation linear
 * Transposed convolution in gather form: output position o takes input i through tap j
 * when o + crop = i * stride + j * dilation, so no scatter and no zero insertion.
 * 1-D and 2-D layers run as 3-D ones with unit leading axes; the data format is carried by
 * the element strides below.
 *   input  2x4x3x5x4: strides n=240 c=60 d=20 h=4 w=1
 *   output 2x3x4x11x9: strides n=1188 c=396 d=99 h=9 w=1
 *   kernel [2][3][3][4][3] (Keras's [..][F][C] packed to [..][C][F]), bias [3] at 216
 *   crop (d, h, w) = (0, 0, 0)
 * Workspace: 0 floats. */
static int video_transpose3d_layer0(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 216;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 2; ++n)
    for (int od = 0; od < 4; ++od)
    for (int oh = 0; oh < 11; ++oh)
    for (int ow = 0; ow < 9; ++ow) {
        float acc[3];
        for (int f = 0; f < 3; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 2; ++kd) {
            const int td = od + 0 - kd * 1;
            const int id = td / 1;
            if (td < 0 || td % 1 != 0 || id >= 3) continue;
            for (int kh = 0; kh < 3; ++kh) {
                const int th = oh + 0 - kh * 1;
                const int ih = th / 2;
                if (th < 0 || th % 2 != 0 || ih >= 5) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int tw = ow + 0 - kw * 1;
                    const int iw = tw / 2;
                    const float *x;
                    const float *w;
                    if (tw < 0 || tw % 2 != 0 || iw >= 4) continue;
                    x = input + n * 240 + id * 20 + ih * 4 + iw * 1;
                    w = kernel + ((kd * 3 + kh) * 3 + kw) * 12;
                    for (int c = 0; c < 4; ++c) {
                        const float xv = x[c * 60];
                        const float *wc = w + c * 3;
                        for (int f = 0; f < 3; ++f)
                            acc[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 1188 + od * 99 + oh * 9 + ow * 1;
            for (int f = 0; f < 3; ++f)
                out[f * 396] = cg_linear(acc[f]);
        }
    }
    return 0;
}

/* layers[0] Conv3DTranspose 4x3x5x4 -> 3x4x11x9, activation linear
 * Workspace: 0 floats: none needed. */
int video_transpose3d(const float *input, const float *weights, float *output, float *workspace)
{
    video_transpose3d_layer0(input, weights, output, workspace);
    return 0;
}
