/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: grouped_dilated.yaml
 *   Template: model.c.j2, conv.c.j2
 */
#include "grouped_dilated.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_elu(float x) { return x > 0.0f ? x : expm1f(x); }

/* conv2d (Conv2D) 19x15x12 -> 15x12x20, activation elu
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x19x15x12: strides n=3420 c=1 d=3420 h=180 w=12
 *   output 1x15x12x20: strides n=3600 c=1 d=3600 h=240 w=20
 *   kernel [1][3][2][3][20] (Keras layout), bias [20] at 360
 *   padding before (d, h, w) = (0, 0, 0)
 * Workspace: 0 floats. */
static int grouped_dilated_layer0(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 360;
    float *y = output;
    (void)workspace;

    for (int oh = 0; oh < 15; ++oh)
    for (int ow = 0; ow < 12; ++ow) {
        float acc[20];
        for (int f = 0; f < 20; ++f)
            acc[f] = bias[f];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh + kh * 2;
            for (int kw = 0; kw < 2; ++kw) {
                const int iw = ow + kw * 3;
                const float *x = input + ih * 180 + iw * 12;
                const float *w = kernel + kh * 120 + kw * 60;
                for (int g = 0; g < 4; ++g)
                for (int c = 0; c < 3; ++c) {
                    const float xv = x[g * 3 + c];
                    const float *wc = w + c * 20 + g * 5;
                    float *a = acc + g * 5;
                    for (int f = 0; f < 5; ++f)
                        a[f] += xv * wc[f];
                }
            }
        }
        {
            float *out = y + oh * 240 + ow * 20;
            for (int f = 0; f < 20; ++f)
                out[f] = cg_elu(acc[f]);
        }
    }
    return 0;
}

/* conv2d (Conv2D) 19x15x12 -> 15x12x20, activation elu
 * Workspace: 0 floats: none needed. */
int grouped_dilated(const float *input, const float *weights, float *output, float *workspace)
{
    grouped_dilated_layer0(input, weights, output, workspace);
    return 0;
}
