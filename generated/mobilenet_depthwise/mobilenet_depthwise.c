/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: mobilenet_depthwise.yaml
 *   Template: model.c.j2, conv.c.j2
 */
#include "mobilenet_depthwise.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_relu6(float x) { return x < 0.0f ? 0.0f : (x > 6.0f ? 6.0f : x); }

/* depthwise_conv2d (DepthwiseConv2D) 15x14x8 -> 8x7x16, activation relu6
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x15x14x8: strides n=1680 c=1 d=1680 h=112 w=8
 *   output 1x8x7x16: strides n=896 c=1 d=896 h=112 w=16
 *   kernel [1][3][3][1][16] (Keras layout), bias [16] at 144
 *   padding before (d, h, w) = (0, 1, 0)
 * Workspace: 0 floats. */
static int mobilenet_depthwise_layer0(const float *input, const float *weights, float *output,
                                      float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 144;
    float *y = output;
    (void)workspace;

    for (int oh = 0; oh < 8; ++oh)
    for (int ow = 0; ow < 7; ++ow) {
        float acc[16];
        for (int f = 0; f < 16; ++f)
            acc[f] = bias[f];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh * 2 + kh - 1;
            if (ih < 0 || ih >= 15) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow * 2 + kw;
                if (iw >= 14) continue;
                const float *x = input + ih * 112 + iw * 8;
                const float *w = kernel + kh * 48 + kw * 16;
                for (int g = 0; g < 8; ++g) {
                    const float xv = x[g];
                    const float *wc = w + g * 2;
                    float *a = acc + g * 2;
                    for (int f = 0; f < 2; ++f)
                        a[f] += xv * wc[f];
                }
            }
        }
        {
            float *out = y + oh * 112 + ow * 16;
            for (int f = 0; f < 16; ++f)
                out[f] = cg_relu6(acc[f]);
        }
    }
    return 0;
}

/* depthwise_conv2d (DepthwiseConv2D) 15x14x8 -> 8x7x16, activation relu6
 * Workspace: 0 floats: none needed. */
int mobilenet_depthwise(const float *input, const float *weights, float *output, float *workspace)
{
    mobilenet_depthwise_layer0(input, weights, output, workspace);
    return 0;
}
