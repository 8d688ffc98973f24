/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: kws_depthwise1d.yaml
 *   Template: model.c.j2, conv.c.j2
 */
#include "kws_depthwise1d.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_sigmoid(float x) { return 1.0f / (1.0f + expf(-x)); }

static inline float cg_silu(float x) { return x * cg_sigmoid(x); }

/* DepthwiseConv1D 40x12 -> 36x36, activation swish
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  2x40x12: strides n=480 c=1 d=480 h=480 w=12
 *   output 2x36x36: strides n=1296 c=1 d=1296 h=1296 w=36
 *   kernel [1][1][5][1][36] (Keras layout), bias [36] at 180
 *   padding before (d, h, w) = (0, 0, 0)
 * Workspace: 0 floats. */
static int kws_depthwise1d_layer0(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 180;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 2; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh)
    for (int ow = 0; ow < 36; ++ow) {
        float acc[36];
        for (int f = 0; f < 36; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 1; ++kh) {
                const int ih = oh * 1 + kh * 1 - 0;
                if (ih < 0 || ih >= 1) continue;
                for (int kw = 0; kw < 5; ++kw) {
                    const int iw = ow * 1 + kw * 1 - 0;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 40) continue;
                    x = input + n * 480 + id * 480 + ih * 480 + iw * 12;
                    w = kernel + ((kd * 1 + kh) * 5 + kw) * 36;
                    for (int g = 0; g < 12; ++g)
                    for (int c = 0; c < 1; ++c) {
                        const float xv = x[(g * 1 + c) * 1];
                        const float *wc = w + c * 36 + g * 3;
                        float *a = acc + g * 3;
                        for (int f = 0; f < 3; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 1296 + od * 1296 + oh * 1296 + ow * 36;
            for (int f = 0; f < 36; ++f)
                out[f * 1] = cg_silu(acc[f]);
        }
    }
    return 0;
}

/* layers[0] DepthwiseConv1D 40x12 -> 36x36, activation swish
 * Workspace: 0 floats: none needed. */
int kws_depthwise1d(const float *input, const float *weights, float *output, float *workspace)
{
    kws_depthwise1d_layer0(input, weights, output, workspace);
    return 0;
}
