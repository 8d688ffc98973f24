/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: softmax_cf.yaml
 *   Template: model.c.j2, conv.c.j2
 */
#include "softmax_cf.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_linear(float x) { return x; }

static inline void cg_softmax_rows(float *y, int rows, int len)
{
    for (int r = 0; r < rows; ++r, y += len) {
        float top = y[0], sum = 0.0f;
        for (int i = 1; i < len; ++i) top = y[i] > top ? y[i] : top;
        for (int i = 0; i < len; ++i) { y[i] = expf(y[i] - top); sum += y[i]; }
        for (int i = 0; i < len; ++i) y[i] /= sum;
    }
}

/* Conv2D 4x9x7 -> 5x9x7, activation softmax
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x4x9x7: strides n=252 c=63 d=63 h=7 w=1
 *   output 1x5x9x7: strides n=315 c=63 d=63 h=7 w=1
 *   kernel [1][3][3][4][5] (Keras layout), bias [5] at 180
 *   padding before (d, h, w) = (0, 1, 1)
 * Workspace: 0 floats. */
static int softmax_cf_layer0(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 180;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 9; ++oh)
    for (int ow = 0; ow < 7; ++ow) {
        float acc[5];
        for (int f = 0; f < 5; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 1 + kh * 1 - 1;
                if (ih < 0 || ih >= 9) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow * 1 + kw * 1 - 1;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 7) continue;
                    x = input + n * 252 + id * 63 + ih * 7 + iw * 1;
                    w = kernel + ((kd * 3 + kh) * 3 + kw) * 20;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 4; ++c) {
                        const float xv = x[(g * 4 + c) * 63];
                        const float *wc = w + c * 5 + g * 5;
                        float *a = acc + g * 5;
                        for (int f = 0; f < 5; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 315 + od * 63 + oh * 7 + ow * 1;
            for (int f = 0; f < 5; ++f)
                out[f * 63] = cg_linear(acc[f]);
        }
    }
    cg_softmax_rows(output, 45, 7);
    return 0;
}

/* layers[0] Conv2D 4x9x7 -> 5x9x7, activation softmax
 * Workspace: 0 floats: none needed. */
int softmax_cf(const float *input, const float *weights, float *output, float *workspace)
{
    softmax_cf_layer0(input, weights, output, workspace);
    return 0;
}
