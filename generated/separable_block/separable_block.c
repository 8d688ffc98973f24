/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: separable_block.yaml
 *   Template: model.c.j2, separable.c.j2
 */
#include "separable_block.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_relu(float x) { return x > 0.0f ? x : 0.0f; }

/* SeparableConv2D 14x12x16 -> 14x12x24, activation relu
 * Depthwise (2 per channel, no bias) and pointwise 1x1 steps fused per output
 * pixel: the intermediate is one pixel's 32 depthwise values on the stack, never a
 * whole tensor. 1-D layers run as 3-D ones with unit leading axes; the data format is carried
 * by the element strides below.
 *   input  1x14x12x16: strides n=2688 c=1 d=2688 h=192 w=16
 *   output 1x14x12x24: strides n=4032 c=1 d=4032 h=288 w=24
 *   depthwise kernel [1][3][3][16][2] at 0, pointwise [32][24] at 288, bias [24] at 1056
 *   padding before (d, h, w) = (0, 1, 1)
 * Workspace: 0 floats; stack: 56 floats. */
static int separable_block_layer0(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    const float *depthwise = weights;
    const float *pointwise = weights + 288;
    const float *bias = weights + 1056;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 14; ++oh)
    for (int ow = 0; ow < 12; ++ow) {
        float dw[32];
        float acc[24];
        for (int j = 0; j < 32; ++j)
            dw[j] = 0.0f;
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 1 + kh * 1 - 1;
                if (ih < 0 || ih >= 14) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow * 1 + kw * 1 - 1;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 12) continue;
                    x = input + n * 2688 + id * 2688 + ih * 192 + iw * 16;
                    w = depthwise + ((kd * 3 + kh) * 3 + kw) * 32;
                    for (int c = 0; c < 16; ++c) {
                        const float xv = x[c * 1];
                        for (int m = 0; m < 2; ++m)
                            dw[c * 2 + m] += xv * w[c * 2 + m];
                    }
                }
            }
        }
        for (int f = 0; f < 24; ++f)
            acc[f] = bias[f];
        for (int j = 0; j < 32; ++j) {
            const float v = dw[j];
            const float *p = pointwise + j * 24;
            for (int f = 0; f < 24; ++f)
                acc[f] += v * p[f];
        }
        {
            float *out = y + n * 4032 + od * 4032 + oh * 288 + ow * 24;
            for (int f = 0; f < 24; ++f)
                out[f * 1] = cg_relu(acc[f]);
        }
    }
    return 0;
}

/* layers[0] SeparableConv2D 14x12x16 -> 14x12x24, activation relu
 * Workspace: 0 floats: none needed. */
int separable_block(const float *input, const float *weights, float *output, float *workspace)
{
    separable_block_layer0(input, weights, output, workspace);
    return 0;
}
