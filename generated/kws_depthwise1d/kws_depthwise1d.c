/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: kws_depthwise1d.yaml
 *   Template: model.c.j2, conv.c.j2
 */
#include "kws_depthwise1d.h"

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

/* saturates where float does: below -80 the result rounds to 0, above 80 the ratio to 1 */
static inline float cg_sigmoid(float x)
{
    float c = x < -80.0f ? -80.0f : x;   /* one comparison per line: if-convertible */
    float s;
    c = c > 80.0f ? 80.0f : c;
    s = 1.0f / (1.0f + cg_exp_bounded(-c));
    return x < -88.0f ? 0.0f : s;        /* exactly 0 where float's sigmoid underflows */
}

static inline float cg_silu(float x) { return x * cg_sigmoid(x); }

/* depthwise_conv1d (DepthwiseConv1D) 40x12 -> 36x36, activation swish
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
    for (int ow = 0; ow < 36; ++ow) {
        float acc[36];
        for (int f = 0; f < 36; ++f)
            acc[f] = bias[f];
        for (int kw = 0; kw < 5; ++kw) {
            const int iw = ow + kw;
            const float *x = input + n * 480 + iw * 12;
            const float *w = kernel + kw * 36;
            for (int g = 0; g < 12; ++g) {
                const float xv = x[g];
                const float *wc = w + g * 3;
                float *a = acc + g * 3;
                for (int f = 0; f < 3; ++f)
                    a[f] += xv * wc[f];
            }
        }
        {
            float *out = y + n * 1296 + ow * 36;
            for (int f = 0; f < 36; ++f)
                out[f] = cg_silu(acc[f]);
        }
    }
    return 0;
}

/* depthwise_conv1d (DepthwiseConv1D) 40x12 -> 36x36, activation swish
 * Workspace: 0 floats: none needed. */
int kws_depthwise1d(const float *input, const float *weights, float *output, float *workspace)
{
    kws_depthwise1d_layer0(input, weights, output, workspace);
    return 0;
}
