/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: separable1d_cf.yaml
 *   Template: model.c.j2, separable.c.j2
 */
#include "separable1d_cf.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
/* e^(m x) for |m x| <= 87, m a constant, as 2^k (a + b) / (a - b), which tanh and sigmoid take
 * in one division: k = round(m x / ln 2) (adding and subtracting 1.5 * 2^23 rounds to
 * nearest), r = m x - k ln 2 = m v in [-ln2 / 2, ln2 / 2] (with split, ln 2 in two parts for
 * exactness; else in one, which leaves an error of |k| 2e-8 in r: enough for tanh, whose
 * |k| <= 26 where the error of 2^k e^r matters) and (a + b) / (a - b) the [3/3] Pade
 * approximant of e^r, a = 1 + r^2 / 10 and b = r (1 / 2 + r^2 / 120) (relative error below
 * 1e-8), with m folded into their constants; returns 2^k (its bits (k + 127) << 23, from one
 * conversion to fixed point), a and b through the pointers. -ffast-math would fold the
 * rounding away: then a conversion rounds k. */
static inline float cg_exp_pade(float x, float m, int split, float *a, float *b)
{
    union { float f; int i; } two_k;
#if defined(__FAST_MATH__)
    const float q = x * (m * 1.44269504f);
    const float k = (float)(int)(q + (q < 0.0f ? -0.5f : 0.5f));
    two_k.i = (int)((k + 127.0f) * 8388608.0f);
#else
    const float t = x * (m * 1.44269504f) + 12582912.0f;
    const float k = t - 12582912.0f;
    two_k.i = (int)((t - (12582912.0f - 127.0f)) * 8388608.0f);
#endif
    {
        const float v = split ? (x - k * (0.693145752f / m)) - k * (1.42860677e-06f / m)
                              : x - k * (0.693147182f / m);
        const float w = v * v;
        *a = 1.0f + w * (m * m * 0.1f);
        *b = v * (0.5f * m + w * (m * m * m * (1.0f / 120.0f)));
    }
    return two_k.f;
}

/* (e^2x - 1) / (e^2x + 1) as ((2^k - 1) a + (2^k + 1) b) / ((2^k + 1) a + (2^k - 1) b) with
 * cg_exp_pade(x, 2): the numerator is 2b, not a difference of rounded values, where k = 0, so
 * the error stays relative near 0 (below 4e-7), absolute below 3e-7 elsewhere; +-1 beyond 9,
 * where float's tanh is within 3e-8 of it */
static inline float cg_tanh(float x)
{
    if (fabsf(x) <= 9.0f) {
        float a, b;
        const float two_k = cg_exp_pade(x, 2.0f, 0, &a, &b);
        const float lo = two_k - 1.0f, hi = two_k + 1.0f;
        return (lo * a + hi * b) / (hi * a + lo * b);
    }
    return x != x ? x : (x > 0.0f ? 1.0f : -1.0f);
}

/* separable_conv1d (SeparableConv1D) 6x33 -> 8x17, activation tanh
 * Depthwise (1 per channel, no bias) and pointwise 1x1 steps fused per output
 * pixel: the intermediate is one pixel's 6 depthwise values on the stack, never a
 * whole tensor. 1-D layers run as 3-D ones with unit leading axes; the data format is carried
 * by the element strides below.
 *   input  1x6x33: strides n=198 c=33 d=33 h=33 w=1
 *   output 1x8x17: strides n=136 c=17 d=17 h=17 w=1
 *   depthwise kernel [1][1][3][6][1] at 0, pointwise [6][8] at 18, bias [8] at 66
 *   padding before (d, h, w) = (0, 0, 2)
 * Workspace: 0 floats; stack: 14 floats. */
static int separable1d_cf_layer0(const float *input, const float *weights, float *output,
                                 float *workspace)
{
    const float *depthwise = weights;
    const float *pointwise = weights + 18;
    const float *bias = weights + 66;
    float *y = output;
    (void)workspace;

    for (int ow = 0; ow < 17; ++ow) {
        /* the pixel's 6 depthwise values and 8 sums in scalar registers */
        float d0 = 0.0f, d1 = 0.0f, d2 = 0.0f, d3 = 0.0f, d4 = 0.0f, d5 = 0.0f;
        for (int kw = 0; kw < 3; ++kw) {
            const int iw = ow * 2 + kw * 2 - 2;
            if (iw < 0 || iw >= 33) continue;
            const float *x = input + iw;
            const float *w = depthwise + kw * 6;
            {
                const float xv = x[0];
                d0 += xv * w[0];
            }
            {
                const float xv = x[33];
                d1 += xv * w[1];
            }
            {
                const float xv = x[66];
                d2 += xv * w[2];
            }
            {
                const float xv = x[99];
                d3 += xv * w[3];
            }
            {
                const float xv = x[132];
                d4 += xv * w[4];
            }
            {
                const float xv = x[165];
                d5 += xv * w[5];
            }
        }
        {
            float a0 = bias[0], a1 = bias[1], a2 = bias[2], a3 = bias[3], a4 = bias[4], a5 = bias[5], a6 = bias[6], a7 = bias[7];
            a0 += d0 * pointwise[0]; a1 += d0 * pointwise[1]; a2 += d0 * pointwise[2]; a3 += d0 * pointwise[3]; a4 += d0 * pointwise[4]; a5 += d0 * pointwise[5]; a6 += d0 * pointwise[6]; a7 += d0 * pointwise[7];
            a0 += d1 * pointwise[8]; a1 += d1 * pointwise[9]; a2 += d1 * pointwise[10]; a3 += d1 * pointwise[11]; a4 += d1 * pointwise[12]; a5 += d1 * pointwise[13]; a6 += d1 * pointwise[14]; a7 += d1 * pointwise[15];
            a0 += d2 * pointwise[16]; a1 += d2 * pointwise[17]; a2 += d2 * pointwise[18]; a3 += d2 * pointwise[19]; a4 += d2 * pointwise[20]; a5 += d2 * pointwise[21]; a6 += d2 * pointwise[22]; a7 += d2 * pointwise[23];
            a0 += d3 * pointwise[24]; a1 += d3 * pointwise[25]; a2 += d3 * pointwise[26]; a3 += d3 * pointwise[27]; a4 += d3 * pointwise[28]; a5 += d3 * pointwise[29]; a6 += d3 * pointwise[30]; a7 += d3 * pointwise[31];
            a0 += d4 * pointwise[32]; a1 += d4 * pointwise[33]; a2 += d4 * pointwise[34]; a3 += d4 * pointwise[35]; a4 += d4 * pointwise[36]; a5 += d4 * pointwise[37]; a6 += d4 * pointwise[38]; a7 += d4 * pointwise[39];
            a0 += d5 * pointwise[40]; a1 += d5 * pointwise[41]; a2 += d5 * pointwise[42]; a3 += d5 * pointwise[43]; a4 += d5 * pointwise[44]; a5 += d5 * pointwise[45]; a6 += d5 * pointwise[46]; a7 += d5 * pointwise[47];
            {
                float *out = y + ow;
                const float t[8] = {a0, a1, a2, a3, a4, a5, a6, a7};
                for (int f = 0; f < 8; ++f)
                    out[f * 17] = cg_tanh(t[f]);
            }
        }
    }
    return 0;
}

/* separable_conv1d (SeparableConv1D) 6x33 -> 8x17, activation tanh
 * Workspace: 0 floats: none needed. */
int separable1d_cf(const float *input, const float *weights, float *output, float *workspace)
{
    separable1d_cf_layer0(input, weights, output, workspace);
    return 0;
}
