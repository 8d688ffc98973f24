/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: kws_conv1d.yaml
 *   Template: model.c.j2, conv.c.j2
 */
#include "kws_conv1d.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_relu6(float x) { return x < 0.0f ? 0.0f : (x > 6.0f ? 6.0f : x); }

static inline float cg_hard_sigmoid(float x) { return cg_relu6(x + 3.0f) / 6.0f; }

static inline float cg_hard_silu(float x) { return x * cg_hard_sigmoid(x); }

/* Conv1D 49x40 -> 25x32, activation hard_swish
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x49x40: strides n=1960 c=1 d=1960 h=1960 w=40
 *   output 1x25x32: strides n=800 c=1 d=800 h=800 w=32
 *   kernel [1][1][10][40][32] (Keras layout), bias [32] at 12800
 *   padding before (d, h, w) = (0, 0, 4)
 * Workspace: 0 floats. */
static int kws_conv1d_layer0(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 12800;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh)
    for (int ow = 0; ow < 25; ++ow) {
        float acc[32];
        for (int f = 0; f < 32; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 1; ++kh) {
                const int ih = oh * 1 + kh * 1 - 0;
                if (ih < 0 || ih >= 1) continue;
                for (int kw = 0; kw < 10; ++kw) {
                    const int iw = ow * 2 + kw * 1 - 4;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 49) continue;
                    x = input + n * 1960 + id * 1960 + ih * 1960 + iw * 40;
                    w = kernel + ((kd * 1 + kh) * 10 + kw) * 1280;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 40; ++c) {
                        const float xv = x[(g * 40 + c) * 1];
                        const float *wc = w + c * 32 + g * 32;
                        float *a = acc + g * 32;
                        for (int f = 0; f < 32; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 800 + od * 800 + oh * 800 + ow * 32;
            for (int f = 0; f < 32; ++f)
                out[f * 1] = cg_hard_silu(acc[f]);
        }
    }
    return 0;
}

/* layers[0] Conv1D 49x40 -> 25x32, activation hard_swish
 * Workspace: 0 floats: none needed. */
int kws_conv1d(const float *input, const float *weights, float *output, float *workspace)
{
    kws_conv1d_layer0(input, weights, output, workspace);
    return 0;
}
