/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: resnet_conv.yaml
 *   Template: model.c.j2, conv.c.j2
 */
#include "resnet_conv.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_relu(float x) { return x > 0.0f ? x : 0.0f; }

/* Conv2D 56x56x64 -> 56x56x64, activation relu
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x56x56x64: strides n=200704 c=1 d=200704 h=3584 w=64
 *   output 1x56x56x64: strides n=200704 c=1 d=200704 h=3584 w=64
 *   kernel [1][3][3][64][64] (Keras layout), bias [64] at 36864
 *   padding before (d, h, w) = (0, 1, 1)
 * Workspace: 0 floats. */
static int resnet_conv_layer0(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 36864;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 56; ++oh)
    for (int ow = 0; ow < 56; ++ow) {
        float acc[64];
        for (int f = 0; f < 64; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 1 + kh * 1 - 1;
                if (ih < 0 || ih >= 56) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow * 1 + kw * 1 - 1;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 56) continue;
                    x = input + n * 200704 + id * 200704 + ih * 3584 + iw * 64;
                    w = kernel + ((kd * 3 + kh) * 3 + kw) * 4096;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 64; ++c) {
                        const float xv = x[(g * 64 + c) * 1];
                        const float *wc = w + c * 64 + g * 64;
                        float *a = acc + g * 64;
                        for (int f = 0; f < 64; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 200704 + od * 200704 + oh * 3584 + ow * 64;
            for (int f = 0; f < 64; ++f)
                out[f * 1] = cg_relu(acc[f]);
        }
    }
    return 0;
}

/* layers[0] Conv2D 56x56x64 -> 56x56x64, activation relu
 * Workspace: 0 floats: none needed. */
int resnet_conv(const float *input, const float *weights, float *output, float *workspace)
{
    resnet_conv_layer0(input, weights, output, workspace);
    return 0;
}
