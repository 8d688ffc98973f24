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

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 9; ++oh)
    for (int ow = 0; ow < 5; ++ow) {
        float acc[5];
        for (int f = 0; f < 5; ++f)
            acc[f] = 0.0f;
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 2 + kh * 2 - 2;
                if (ih < 0 || ih >= 17) continue;
                for (int kw = 0; kw < 2; ++kw) {
                    const int iw = ow * 3 + kw * 2 - 1;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 13) continue;
                    x = input + n * 1105 + id * 221 + ih * 13 + iw * 1;
                    w = kernel + ((kd * 3 + kh) * 2 + kw) * 5;
                    for (int g = 0; g < 5; ++g)
                    for (int c = 0; c < 1; ++c) {
                        const float xv = x[(g * 1 + c) * 221];
                        const float *wc = w + c * 5 + g * 1;
                        float *a = acc + g * 1;
                        for (int f = 0; f < 1; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 225 + od * 45 + oh * 5 + ow * 1;
            for (int f = 0; f < 5; ++f)
                out[f * 45] = cg_linear(acc[f]);
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
