/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: mnist_conv.yaml
 *   Template: model.c.j2, conv.c.j2
 */
#include "mnist_conv.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_relu(float x) { return x > 0.0f ? x : 0.0f; }

/* Conv2D 28x28x1 -> 24x24x8, activation relu
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x28x28x1: strides n=784 c=1 d=784 h=28 w=1
 *   output 1x24x24x8: strides n=4608 c=1 d=4608 h=192 w=8
 *   kernel [1][5][5][1][8] (Keras layout), bias [8] at 200
 *   padding before (d, h, w) = (0, 0, 0)
 * Workspace: 0 floats. */
static int mnist_conv_layer0(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 200;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 24; ++oh)
    for (int ow = 0; ow < 24; ++ow) {
        float acc[8];
        for (int f = 0; f < 8; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 5; ++kh) {
                const int ih = oh * 1 + kh * 1 - 0;
                if (ih < 0 || ih >= 28) continue;
                for (int kw = 0; kw < 5; ++kw) {
                    const int iw = ow * 1 + kw * 1 - 0;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 28) continue;
                    x = input + n * 784 + id * 784 + ih * 28 + iw * 1;
                    w = kernel + ((kd * 5 + kh) * 5 + kw) * 8;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 1; ++c) {
                        const float xv = x[(g * 1 + c) * 1];
                        const float *wc = w + c * 8 + g * 8;
                        float *a = acc + g * 8;
                        for (int f = 0; f < 8; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 4608 + od * 4608 + oh * 192 + ow * 8;
            for (int f = 0; f < 8; ++f)
                out[f * 1] = cg_relu(acc[f]);
        }
    }
    return 0;
}

/* layers[0] Conv2D 28x28x1 -> 24x24x8, activation relu
 * Workspace: 0 floats: none needed. */
int mnist_conv(const float *input, const float *weights, float *output, float *workspace)
{
    mnist_conv_layer0(input, weights, output, workspace);
    return 0;
}
