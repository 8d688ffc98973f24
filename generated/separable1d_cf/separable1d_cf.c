/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: separable1d_cf.yaml
 *   Template: model.c.j2, separable.c.j2
 */
#include "separable1d_cf.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
/* exp(x) for x in [-80, 80] to ~2 float ulps, branch-free so loops over it vectorise (libm's
 * expf does not): 2^k * p(r) with k = round(x / ln 2) (adding and subtracting 1.5 * 2^23
 * rounds to nearest), r = x - k ln 2 (ln 2 split in two for exactness) and p the degree-6
 * Taylor polynomial on |r| <= ln 2 / 2. -ffast-math would fold the rounding away: then k is
 * truncated instead and a degree-7 polynomial covers |r| < ln 2. */
static inline float cg_exp_bounded(float x)
{
#if defined(__FAST_MATH__)
    const float k = (float)(int)(x * 1.44269504f);
    const float r = (x - k * 0.693145752f) - k * 1.42860677e-06f;
    const float p = 1.0f + r * (1.0f + r * (0.5f + r * (0.166666672f + r * (0.0416666679f
                    + r * (0.00833333377f + r * (0.00138888892f + r * 0.000198412701f))))));
#else
    const float k = (x * 1.44269504f + 12582912.0f) - 12582912.0f;
    const float r = (x - k * 0.693145752f) - k * 1.42860677e-06f;
    const float p = 1.0f + r * (1.0f + r * (0.5f + r * (0.166666672f + r * (0.0416666679f
                    + r * (0.00833333377f + r * 0.00138888892f)))));
#endif
    union { float f; int i; } two_k;
    two_k.i = ((int)k + 127) << 23;
    return p * two_k.f;
}
/* ---- libm's functions, as convgen's own: no errno, no library state, within ~4 float
 * ulps (relative) or ~1e-7 (absolute) of the float64 values, NaN kept ---- */

/* (e^2x - 1) / (e^2x + 1): absolute error ~1e-7, which the 1e-4 tolerance absorbs */
static inline float cg_tanh(float x)
{
    float c = x < -20.0f ? -20.0f : x;
    float e;
    c = c > 20.0f ? 20.0f : c;
    e = cg_exp_bounded(2.0f * c);
    return (e - 1.0f) / (e + 1.0f);
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
