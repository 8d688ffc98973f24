/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: video_conv3d.yaml
 *   Template: model.c.j2, conv.c.j2
 */
#include "video_conv3d.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
/* the exact erf form: the activation string's default is approximate=False */
static inline float cg_gelu(float x) { return 0.5f * x * (1.0f + erff(x * 0.707106781f)); }

/* Conv3D 5x12x10x6 -> 5x12x10x8, activation gelu
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x5x12x10x6: strides n=3600 c=1 d=720 h=60 w=6
 *   output 1x5x12x10x8: strides n=4800 c=1 d=960 h=80 w=8
 *   kernel [3][3][2][6][8] (Keras layout), bias [8] at 864
 *   padding before (d, h, w) = (1, 1, 0)
 * Workspace: 0 floats. */
static int video_conv3d_layer0(const float *input, const float *weights, float *output,
                               float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 864;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 5; ++od)
    for (int oh = 0; oh < 12; ++oh)
    for (int ow = 0; ow < 10; ++ow) {
        float acc[8];
        for (int f = 0; f < 8; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 3; ++kd) {
            const int id = od * 1 + kd * 1 - 1;
            if (id < 0 || id >= 5) continue;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 1 + kh * 1 - 1;
                if (ih < 0 || ih >= 12) continue;
                for (int kw = 0; kw < 2; ++kw) {
                    const int iw = ow * 1 + kw * 1 - 0;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 10) continue;
                    x = input + n * 3600 + id * 720 + ih * 60 + iw * 6;
                    w = kernel + ((kd * 3 + kh) * 2 + kw) * 48;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 6; ++c) {
                        const float xv = x[(g * 6 + c) * 1];
                        const float *wc = w + c * 8 + g * 8;
                        float *a = acc + g * 8;
                        for (int f = 0; f < 8; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 4800 + od * 960 + oh * 80 + ow * 8;
            for (int f = 0; f < 8; ++f)
                out[f * 1] = cg_gelu(acc[f]);
        }
    }
    return 0;
}

/* layers[0] Conv3D 5x12x10x6 -> 5x12x10x8, activation gelu
 * Workspace: 0 floats: none needed. */
int video_conv3d(const float *input, const float *weights, float *output, float *workspace)
{
    video_conv3d_layer0(input, weights, output, workspace);
    return 0;
}
