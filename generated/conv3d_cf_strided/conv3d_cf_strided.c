/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: conv3d_cf_strided.yaml
 *   Template: model.c.j2, conv.c.j2
 */
#include "conv3d_cf_strided.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_sigmoid(float x) { return 1.0f / (1.0f + expf(-x)); }

/* Conv3D 3x7x9x11 -> 4x6x4x3, activation sigmoid
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  2x3x7x9x11: strides n=2079 c=693 d=99 h=11 w=1
 *   output 2x4x6x4x3: strides n=288 c=72 d=12 h=3 w=1
 *   kernel [2][3][3][3][4] (Keras layout), bias [4] at 216
 *   padding before (d, h, w) = (0, 0, 0)
 * Workspace: 0 floats. */
static int conv3d_cf_strided_layer0(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 216;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 2; ++n)
    for (int od = 0; od < 6; ++od)
    for (int oh = 0; oh < 4; ++oh)
    for (int ow = 0; ow < 3; ++ow) {
        float acc[4];
        for (int f = 0; f < 4; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 2; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 7) continue;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 2 + kh * 1 - 0;
                if (ih < 0 || ih >= 9) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow * 3 + kw * 1 - 0;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 11) continue;
                    x = input + n * 2079 + id * 99 + ih * 11 + iw * 1;
                    w = kernel + ((kd * 3 + kh) * 3 + kw) * 12;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 3; ++c) {
                        const float xv = x[(g * 3 + c) * 693];
                        const float *wc = w + c * 4 + g * 4;
                        float *a = acc + g * 4;
                        for (int f = 0; f < 4; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 288 + od * 12 + oh * 3 + ow * 1;
            for (int f = 0; f < 4; ++f)
                out[f * 72] = cg_sigmoid(acc[f]);
        }
    }
    return 0;
}

/* layers[0] Conv3D 3x7x9x11 -> 4x6x4x3, activation sigmoid
 * Workspace: 0 floats: none needed. */
int conv3d_cf_strided(const float *input, const float *weights, float *output, float *workspace)
{
    conv3d_cf_strided_layer0(input, weights, output, workspace);
    return 0;
}
