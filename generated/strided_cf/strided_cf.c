/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: strided_cf.yaml
 *   Template: model.c.j2, conv.c.j2
 */
#include "strided_cf.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
/* the activation string's negative_slope is 0.2 (the LeakyReLU layer's 0.3 is another thing) */
static inline float cg_leaky_relu(float x) { return x >= 0.0f ? x : 0.2f * x; }

/* Conv2D 6x17x23 -> 10x9x8, activation leaky_relu
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x6x17x23: strides n=2346 c=391 d=391 h=23 w=1
 *   output 1x10x9x8: strides n=720 c=72 d=72 h=8 w=1
 *   kernel [1][3][4][6][10] (Keras layout), bias [10] at 720
 *   padding before (d, h, w) = (0, 1, 1)
 * Workspace: 0 floats. */
static int strided_cf_layer0(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *kernel = weights;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 9; ++oh)
    for (int ow = 0; ow < 8; ++ow) {
        float acc[10];
        for (int f = 0; f < 10; ++f)
            acc[f] = 0.0f;
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 2 + kh * 1 - 1;
                if (ih < 0 || ih >= 17) continue;
                for (int kw = 0; kw < 4; ++kw) {
                    const int iw = ow * 3 + kw * 1 - 1;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 23) continue;
                    x = input + n * 2346 + id * 391 + ih * 23 + iw * 1;
                    w = kernel + ((kd * 3 + kh) * 4 + kw) * 60;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 6; ++c) {
                        const float xv = x[(g * 6 + c) * 391];
                        const float *wc = w + c * 10 + g * 10;
                        float *a = acc + g * 10;
                        for (int f = 0; f < 10; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 720 + od * 72 + oh * 8 + ow * 1;
            for (int f = 0; f < 10; ++f)
                out[f * 72] = cg_leaky_relu(acc[f]);
        }
    }
    return 0;
}

/* layers[0] Conv2D 6x17x23 -> 10x9x8, activation leaky_relu
 * Workspace: 0 floats: none needed. */
int strided_cf(const float *input, const float *weights, float *output, float *workspace)
{
    strided_cf_layer0(input, weights, output, workspace);
    return 0;
}
