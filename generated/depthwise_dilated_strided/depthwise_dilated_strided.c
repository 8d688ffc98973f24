/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: depthwise_dilated_strided.yaml
 *   Template: model.c.j2, conv.c.j2
 */
#include "depthwise_dilated_strided.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_linear(float x) { return x; }

/* depthwise_conv2d (DepthwiseConv2D) 5x17x13 -> 5x9x5
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x5x17x13: strides n=1105 c=221 d=221 h=13 w=1
 *   output 1x5x9x5: strides n=225 c=45 d=45 h=5 w=1
 *   kernel [1][3][2][1][5] (Keras layout), bias [5] at 30
 *   padding before (d, h, w) = (0, 2, 1)
 * Workspace: 0 floats. */
static int depthwise_dilated_strided_layer0(const float *input, const float *weights, float *output,
                                            float *workspace)
{
    const float *kernel = weights;
    float *y = output;
    (void)workspace;

    for (int oh = 0; oh < 9; ++oh) {
        for (int ow = 0; ow < 1; ow += 1)   /* 1 pixel(s), border: taps checked */
        for (int g = 0; g < 5; ++g) {
            {
            /* filters g * 1 + 0 .. +0 */
            const int f0 = g;
            float a0_0 = 0.0f;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 2 + kh * 2 - 2;
                if (ih < 0 || ih >= 17) continue;
                for (int kw = 0; kw < 2; ++kw) {
                    const int iw = ow * 3 + kw * 2 - 1;
                    if (iw < 0 || iw >= 13) continue;
                    const float *x = input + ih * 13 + iw + g * 221;
                    const float *wt = kernel + kh * 10 + kw * 5 + f0;
                    {
                        const float *w = wt;
                        const float w0 = w[0];
                        {
                            const float xv = x[0];
                            a0_0 += w0 * xv;
                        }
                    }
                }
            }
                y[oh * 5 + ow + f0 * 45] = cg_linear(a0_0);
            }
        }
        for (int ow = 1; ow < 4; ow += 3)   /* 3 pixel(s) */
        for (int g = 0; g < 5; ++g) {
            {
            /* filters g * 1 + 0 .. +0 */
            const int f0 = g;
            float a0_0 = 0.0f;
            float a1_0 = 0.0f;
            float a2_0 = 0.0f;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 2 + kh * 2 - 2;
                if (ih < 0 || ih >= 17) continue;
                for (int kw = 0; kw < 2; ++kw) {
                    const int iw = ow * 3 + kw * 2 - 1;
                    const float *x = input + ih * 13 + iw + g * 221;
                    const float *wt = kernel + kh * 10 + kw * 5 + f0;
                    {
                        const float *w = wt;
                        const float w0 = w[0];
                        {
                            const float xv = x[0];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = x[3];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = x[6];
                            a2_0 += w0 * xv;
                        }
                    }
                }
            }
                y[oh * 5 + ow + f0 * 45] = cg_linear(a0_0);
                y[oh * 5 + ow + f0 * 45 + 1] = cg_linear(a1_0);
                y[oh * 5 + ow + f0 * 45 + 2] = cg_linear(a2_0);
            }
        }
        for (int ow = 4; ow < 5; ow += 1)   /* 1 pixel(s), border: taps checked */
        for (int g = 0; g < 5; ++g) {
            {
            /* filters g * 1 + 0 .. +0 */
            const int f0 = g;
            float a0_0 = 0.0f;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 2 + kh * 2 - 2;
                if (ih < 0 || ih >= 17) continue;
                for (int kw = 0; kw < 2; ++kw) {
                    const int iw = ow * 3 + kw * 2 - 1;
                    if (iw < 0 || iw >= 13) continue;
                    const float *x = input + ih * 13 + iw + g * 221;
                    const float *wt = kernel + kh * 10 + kw * 5 + f0;
                    {
                        const float *w = wt;
                        const float w0 = w[0];
                        {
                            const float xv = x[0];
                            a0_0 += w0 * xv;
                        }
                    }
                }
            }
                y[oh * 5 + ow + f0 * 45] = cg_linear(a0_0);
            }
        }
    }
    return 0;
}

/* depthwise_conv2d (DepthwiseConv2D) 5x17x13 -> 5x9x5
 * Workspace: 0 floats: none needed. */
int depthwise_dilated_strided(const float *input, const float *weights, float *output, float *workspace)
{
    depthwise_dilated_strided_layer0(input, weights, output, workspace);
    return 0;
}
