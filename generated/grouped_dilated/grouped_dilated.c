/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: grouped_dilated.yaml
 *   Template: model.c.j2, conv.c.j2
 */
#include "grouped_dilated.h"

#include <math.h>

/* Vector path: GCC/clang vector extensions on targets with a SIMD unit; elsewhere (or with
 * -DCONVGEN_PORTABLE) the layers fall back to portable C99 over the same packed weights. */
#if !defined(CONVGEN_PORTABLE) && defined(__GNUC__) && \
    (defined(__SSE2__) || defined(__ARM_NEON) || defined(__aarch64__))
#define CG_VECTOR 1
typedef float cg_v8 __attribute__((vector_size(32)));
typedef float cg_v16 __attribute__((vector_size(64)));
typedef int cg_i8 __attribute__((vector_size(32)));    /* comparison masks */
typedef int cg_i16 __attribute__((vector_size(64)));
/* unaligned, aliasing-safe views of float arrays (as compilers' own intrinsics headers do) */
typedef float cg_v8_u __attribute__((vector_size(32), aligned(4), may_alias));
typedef float cg_v16_u __attribute__((vector_size(64), aligned(4), may_alias));
#define CG_LOAD(T, p) (*(const T##_u *)(const void *)(p))
#define CG_STORE(T, p, v) (*(T##_u *)(void *)(p) = (v))
/* CG_KEEP8/16(v): v stays in a vector register, so a value loaded once and used by several
 * FMAs is not reloaded as each one's memory operand (twice the loads, and unaligned ones split
 * cache lines); a no-op where a vector of that width is not one register. */
#if defined(__AVX__) && (defined(__x86_64__) || defined(__i386__))
#define CG_KEEP8(v) __asm__("" : "+v"(v))
#else
#define CG_KEEP8(v) (void)(v)
#endif
#if defined(__AVX512F__)
#define CG_KEEP16(v) __asm__("" : "+v"(v))
#else
#define CG_KEEP16(v) (void)(v)
#endif
#else
#define CG_VECTOR 0
#endif

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

/* e^x over every float: 0 below -104 (where float's e^x rounds to 0), +inf above
 * 88.7228394 (float's overflow); in between cg_exp_bounded, squared from x / 2 outside
 * [-80, 80] where 2^k would leave the normal exponents */
static inline float cg_exp(float x)
{
    float h;
    if (x != x) return x;
    if (x > 88.7228394f) return HUGE_VALF;
    if (x < -104.0f) return 0.0f;
    if (x >= -80.0f && x <= 80.0f) return cg_exp_bounded(x);
    h = cg_exp_bounded(0.5f * x);
    return h * h;
}

/* e^x - 1, accurate near 0 (Taylor to degree 8 on |x| < 0.5, error below 3e-9 relative) */
static inline float cg_expm1(float x)
{
    if (x > -0.5f && x < 0.5f)
        return x * (1.0f + x * (0.5f + x * (0.166666672f + x * (0.0416666679f + x * (
               0.00833333377f + x * (0.00138888892f + x * (0.000198412701f
               + x * 2.48015876e-05f)))))));
    return cg_exp(x) - 1.0f;
}

static inline float cg_elu(float x) { return x > 0.0f ? x : cg_expm1(x); }

/* conv2d (Conv2D) 19x15x12 -> 15x12x20, activation elu
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x19x15x12: strides n=3420 c=1 d=3420 h=180 w=12
 *   output 1x15x12x20: strides n=3600 c=1 d=3600 h=240 w=20
 *   kernel [1][3][2][3][20] (Keras layout), bias [20] at 360
 *   padding before (d, h, w) = (0, 0, 0)
 * Workspace: 0 floats. */
#if !CG_VECTOR
/* The activation over one finished output row (12 x 20 values), for the
 * portable branch: in a loop of its own GCC keeps its constants in registers, where applied
 * to each tile's values it would reload them from memory for every tile. */
static void act_grouped_dilated_layer0(float *y_row)
{
    for (int f = 0; f < 20; ++f)
        for (int ow = 0; ow < 12; ++ow) {
            const float v = y_row[f + ow * 20];
            y_row[f + ow * 20] = cg_elu(v);
        }
}
#endif

static int grouped_dilated_layer0(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 360;
    float *y = output;
    (void)workspace;

#if CG_VECTOR
    /* with vectors: one output pixel at a time, the filters of a group in a loop the
     * compiler vectorises */
    for (int oh = 0; oh < 15; ++oh)
    for (int ow = 0; ow < 12; ++ow) {
        float acc[20];
        for (int f = 0; f < 20; ++f)
            acc[f] = bias[f];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh + kh * 2;
            for (int kw = 0; kw < 2; ++kw) {
                const int iw = ow + kw * 3;
                const float *x = input + ih * 180 + iw * 12;
                const float *w = kernel + kh * 120 + kw * 60;
                for (int g = 0; g < 4; ++g)
                for (int c = 0; c < 3; ++c) {
                    const float xv = x[g * 3 + c];
                    const float *wc = w + c * 20 + g * 5;
                    float *a = acc + g * 5;
                    for (int f = 0; f < 5; ++f)
                        a[f] += xv * wc[f];
                }
            }
        }
        {
            float *out = y + oh * 240 + ow * 20;
            for (int f = 0; f < 20; ++f)
                out[f] = cg_elu(acc[f]);
        }
    }
#else
    /* portable C99 for cores without SIMD: tiles of neighbouring pixels x a group's filters
     * in scalar registers */
    for (int oh = 0; oh < 15; ++oh) {
        for (int ow = 0; ow < 12; ow += 4)   /* 4 pixel(s) */
        for (int g = 0; g < 4; ++g) {
            {
            /* filters g * 5 + 0 .. +4 */
            const int f0 = g * 5;
            float a0_0 = bias[f0], a0_1 = bias[f0 + 1], a0_2 = bias[f0 + 2], a0_3 = bias[f0 + 3], a0_4 = bias[f0 + 4];
            float a1_0 = bias[f0], a1_1 = bias[f0 + 1], a1_2 = bias[f0 + 2], a1_3 = bias[f0 + 3], a1_4 = bias[f0 + 4];
            float a2_0 = bias[f0], a2_1 = bias[f0 + 1], a2_2 = bias[f0 + 2], a2_3 = bias[f0 + 3], a2_4 = bias[f0 + 4];
            float a3_0 = bias[f0], a3_1 = bias[f0 + 1], a3_2 = bias[f0 + 2], a3_3 = bias[f0 + 3], a3_4 = bias[f0 + 4];
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh + kh * 2;
                for (int kw = 0; kw < 2; ++kw) {
                    const int iw = ow + kw * 3;
                    const float *x = input + ih * 180 + iw * 12 + g * 3;
                    const float *wt = kernel + kh * 120 + kw * 60 + f0;
                    for (int c = 0; c < 3; ++c) {
                        const float *w = wt + c * 20;
                        const float x0 = x[c], x1 = x[c + 12], x2 = x[c + 24], x3 = x[c + 36];
                        {
                            const float wv = w[0];
                            a0_0 += x0 * wv; a1_0 += x1 * wv; a2_0 += x2 * wv; a3_0 += x3 * wv;
                        }
                        {
                            const float wv = w[1];
                            a0_1 += x0 * wv; a1_1 += x1 * wv; a2_1 += x2 * wv; a3_1 += x3 * wv;
                        }
                        {
                            const float wv = w[2];
                            a0_2 += x0 * wv; a1_2 += x1 * wv; a2_2 += x2 * wv; a3_2 += x3 * wv;
                        }
                        {
                            const float wv = w[3];
                            a0_3 += x0 * wv; a1_3 += x1 * wv; a2_3 += x2 * wv; a3_3 += x3 * wv;
                        }
                        {
                            const float wv = w[4];
                            a0_4 += x0 * wv; a1_4 += x1 * wv; a2_4 += x2 * wv; a3_4 += x3 * wv;
                        }
                    }
                }
            }
                y[oh * 240 + ow * 20 + f0] = a0_0;
                y[oh * 240 + ow * 20 + f0 + 1] = a0_1;
                y[oh * 240 + ow * 20 + f0 + 2] = a0_2;
                y[oh * 240 + ow * 20 + f0 + 3] = a0_3;
                y[oh * 240 + ow * 20 + f0 + 4] = a0_4;
                y[oh * 240 + ow * 20 + f0 + 20] = a1_0;
                y[oh * 240 + ow * 20 + f0 + 21] = a1_1;
                y[oh * 240 + ow * 20 + f0 + 22] = a1_2;
                y[oh * 240 + ow * 20 + f0 + 23] = a1_3;
                y[oh * 240 + ow * 20 + f0 + 24] = a1_4;
                y[oh * 240 + ow * 20 + f0 + 40] = a2_0;
                y[oh * 240 + ow * 20 + f0 + 41] = a2_1;
                y[oh * 240 + ow * 20 + f0 + 42] = a2_2;
                y[oh * 240 + ow * 20 + f0 + 43] = a2_3;
                y[oh * 240 + ow * 20 + f0 + 44] = a2_4;
                y[oh * 240 + ow * 20 + f0 + 60] = a3_0;
                y[oh * 240 + ow * 20 + f0 + 61] = a3_1;
                y[oh * 240 + ow * 20 + f0 + 62] = a3_2;
                y[oh * 240 + ow * 20 + f0 + 63] = a3_3;
                y[oh * 240 + ow * 20 + f0 + 64] = a3_4;
            }
        }
        act_grouped_dilated_layer0(y + oh * 240);   /* the finished row's activation */
    }
#endif
    return 0;
}

/* conv2d (Conv2D) 19x15x12 -> 15x12x20, activation elu
 * Workspace: 0 floats: none needed. */
int grouped_dilated(const float *input, const float *weights, float *output, float *workspace)
{
    grouped_dilated_layer0(input, weights, output, workspace);
    return 0;
}
