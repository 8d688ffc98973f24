/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: wavenet_causal.yaml
 *   Template: model.c.j2, conv.c.j2
 */
#include "wavenet_causal.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_tanh(float x) { return tanhf(x); }

/* Conv1D 100x16 -> 100x24, activation tanh
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  2x100x16: strides n=1600 c=1 d=1600 h=1600 w=16
 *   output 2x100x24: strides n=2400 c=1 d=2400 h=2400 w=24
 *   kernel [1][1][3][16][24] (Keras layout), bias [24] at 1152
 *   padding before (d, h, w) = (0, 0, 8)
 * Workspace: 0 floats. */
static int wavenet_causal_layer0(const float *input, const float *weights, float *output,
                                 float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 1152;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 2; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh)
    for (int ow = 0; ow < 100; ++ow) {
        float acc[24];
        for (int f = 0; f < 24; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 1; ++kh) {
                const int ih = oh * 1 + kh * 1 - 0;
                if (ih < 0 || ih >= 1) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow * 1 + kw * 4 - 8;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 100) continue;
                    x = input + n * 1600 + id * 1600 + ih * 1600 + iw * 16;
                    w = kernel + ((kd * 1 + kh) * 3 + kw) * 384;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 16; ++c) {
                        const float xv = x[(g * 16 + c) * 1];
                        const float *wc = w + c * 24 + g * 24;
                        float *a = acc + g * 24;
                        for (int f = 0; f < 24; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 2400 + od * 2400 + oh * 2400 + ow * 24;
            for (int f = 0; f < 24; ++f)
                out[f * 1] = cg_tanh(acc[f]);
        }
    }
    return 0;
}

/* layers[0] Conv1D 100x16 -> 100x24, activation tanh
 * Workspace: 0 floats: none needed. */
int wavenet_causal(const float *input, const float *weights, float *output, float *workspace)
{
    wavenet_causal_layer0(input, weights, output, workspace);
    return 0;
}
