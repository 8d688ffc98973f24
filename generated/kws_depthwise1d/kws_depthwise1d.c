/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: kws_depthwise1d.yaml
 *   Template: model.c.j2, conv.c.j2
 */
#include "kws_depthwise1d.h"

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

/* Vector forms of the activations (templates/vector_helpers.c.j2). */
static inline __attribute__((unused)) void cg_v8_exp_bounded(cg_v8 *x)
{
#if defined(__FAST_MATH__)
    const cg_v8 k = __builtin_convertvector(__builtin_convertvector(*x * 1.44269504f, cg_i8), cg_v8);
    const cg_v8 r = (*x - k * 0.693145752f) - k * 1.42860677e-06f;
    const cg_v8 p = 1.0f + r * (1.0f + r * (0.5f + r * (0.166666672f + r * (0.0416666679f
                      + r * (0.00833333377f + r * (0.00138888892f + r * 0.000198412701f))))));
#else
    const cg_v8 k = (*x * 1.44269504f + 12582912.0f) - 12582912.0f;
    const cg_v8 r = (*x - k * 0.693145752f) - k * 1.42860677e-06f;
    const cg_v8 p = 1.0f + r * (1.0f + r * (0.5f + r * (0.166666672f + r * (0.0416666679f
                      + r * (0.00833333377f + r * 0.00138888892f)))));
#endif
    *x = p * (cg_v8)((__builtin_convertvector(k, cg_i8) + 127) << 23);
}

/* 1 / (1 + e^-x) with x clamped to [-80, 80] for the exp (so 1 above 80 and e^-80 between -88
 * and -80: within 2e-35 of sigmoid), 0 below -88 where float's sigmoid underflows; the scalar
 * cg_sigmoid switches at -87 and 87 instead */
static inline __attribute__((unused)) void cg_v8_sigmoid(cg_v8 *x)
{
    cg_v8 c;
#if defined(__AVX__) && (defined(__x86_64__) || defined(__i386__))
    c = __builtin_ia32_minps256(((cg_v8){0.0f} + 80.0f), __builtin_ia32_maxps256(((cg_v8){0.0f} + -80.0f), *x));
#else
    c = (cg_v8)(((cg_i8)(((cg_v8){0.0f} + -80.0f)) & ((*x < -80.0f))) | ((cg_i8)(*x) & ~((*x < -80.0f))));
    c = (cg_v8)(((cg_i8)(((cg_v8){0.0f} + 80.0f)) & ((c > 80.0f))) | ((cg_i8)(c) & ~((c > 80.0f))));
#endif
    c = -c;
    cg_v8_exp_bounded(&c);
    c = 1.0f / (1.0f + c);
    *x = (cg_v8)((cg_i8)c & ~(*x < -88.0f));   /* 0 where float's sigmoid underflows */
}

static inline __attribute__((unused)) void cg_v8_silu(cg_v8 *x)
{
    cg_v8 s = *x;
    cg_v8_sigmoid(&s);
    *x *= s;
}

static inline __attribute__((unused)) void cg_v16_exp_bounded(cg_v16 *x)
{
#if defined(__FAST_MATH__)
    const cg_v16 k = __builtin_convertvector(__builtin_convertvector(*x * 1.44269504f, cg_i16), cg_v16);
    const cg_v16 r = (*x - k * 0.693145752f) - k * 1.42860677e-06f;
    const cg_v16 p = 1.0f + r * (1.0f + r * (0.5f + r * (0.166666672f + r * (0.0416666679f
                      + r * (0.00833333377f + r * (0.00138888892f + r * 0.000198412701f))))));
#else
    const cg_v16 k = (*x * 1.44269504f + 12582912.0f) - 12582912.0f;
    const cg_v16 r = (*x - k * 0.693145752f) - k * 1.42860677e-06f;
    const cg_v16 p = 1.0f + r * (1.0f + r * (0.5f + r * (0.166666672f + r * (0.0416666679f
                      + r * (0.00833333377f + r * 0.00138888892f)))));
#endif
    *x = p * (cg_v16)((__builtin_convertvector(k, cg_i16) + 127) << 23);
}

/* 1 / (1 + e^-x) with x clamped to [-80, 80] for the exp (so 1 above 80 and e^-80 between -88
 * and -80: within 2e-35 of sigmoid), 0 below -88 where float's sigmoid underflows; the scalar
 * cg_sigmoid switches at -87 and 87 instead */
static inline __attribute__((unused)) void cg_v16_sigmoid(cg_v16 *x)
{
    cg_v16 c;
    c = (cg_v16)(((cg_i16)(((cg_v16){0.0f} + -80.0f)) & ((*x < -80.0f))) | ((cg_i16)(*x) & ~((*x < -80.0f))));
    c = (cg_v16)(((cg_i16)(((cg_v16){0.0f} + 80.0f)) & ((c > 80.0f))) | ((cg_i16)(c) & ~((c > 80.0f))));
    c = -c;
    cg_v16_exp_bounded(&c);
    c = 1.0f / (1.0f + c);
    *x = (cg_v16)((cg_i16)c & ~(*x < -88.0f));   /* 0 where float's sigmoid underflows */
}

static inline __attribute__((unused)) void cg_v16_silu(cg_v16 *x)
{
    cg_v16 s = *x;
    cg_v16_sigmoid(&s);
    *x *= s;
}

#else
#define CG_VECTOR 0
#endif

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

/* 1 / (1 + e^-x) as (a - b) / ((a - b) + 2^k (a + b)) with cg_exp_pade(x, -1): relative
 * error below 4e-7 where the result is a normal float; 0 below -87 (where it is no longer one,
 * float's rounds to 0 below -104) and 1 above 87 (float's rounds to 1 above 17.33) */
static inline float cg_sigmoid(float x)
{
    if (fabsf(x) <= 87.0f) {   /* the saturated values after: GCC keeps them off this path */
        float a, b;
        const float two_k = cg_exp_pade(x, -1.0f, 1, &a, &b);
        const float m = a - b;
        return m / (m + two_k * (a + b));
    }
    return x != x ? x : (x > 0.0f ? 1.0f : 0.0f);
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
#if !CG_VECTOR
/* The activation over one finished output row (36 x 36 values), for the
 * portable branch: in a loop of its own GCC keeps its constants in registers, where applied
 * to each tile's values it would reload them from memory for every tile. */
static void act_kws_depthwise1d_layer0(float *y_row)
{
    for (int f = 0; f < 36; ++f)
        for (int ow = 0; ow < 36; ++ow) {
            const float v = y_row[f + ow * 36];
            y_row[f + ow * 36] = cg_silu(v);
        }
}
#endif

static int kws_depthwise1d_layer0(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 180;
    float *y = output;
    (void)workspace;

#if CG_VECTOR
    /* with vectors: one output pixel at a time, the filters of a group in a loop the
     * compiler vectorises */
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
#else
    /* portable C99 for cores without SIMD: tiles of neighbouring pixels x a group's filters
     * in scalar registers */
    for (int n = 0; n < 2; ++n) {
        for (int ow = 0; ow < 36; ow += 9)   /* 9 pixel(s) */
        for (int g = 0; g < 12; ++g) {
            {
            /* filters g * 3 + 0 .. +2 */
            const int f0 = g * 3;
            float a0_0 = bias[f0], a0_1 = bias[f0 + 1], a0_2 = bias[f0 + 2];
            float a1_0 = bias[f0], a1_1 = bias[f0 + 1], a1_2 = bias[f0 + 2];
            float a2_0 = bias[f0], a2_1 = bias[f0 + 1], a2_2 = bias[f0 + 2];
            float a3_0 = bias[f0], a3_1 = bias[f0 + 1], a3_2 = bias[f0 + 2];
            float a4_0 = bias[f0], a4_1 = bias[f0 + 1], a4_2 = bias[f0 + 2];
            float a5_0 = bias[f0], a5_1 = bias[f0 + 1], a5_2 = bias[f0 + 2];
            float a6_0 = bias[f0], a6_1 = bias[f0 + 1], a6_2 = bias[f0 + 2];
            float a7_0 = bias[f0], a7_1 = bias[f0 + 1], a7_2 = bias[f0 + 2];
            float a8_0 = bias[f0], a8_1 = bias[f0 + 1], a8_2 = bias[f0 + 2];
            for (int kw = 0; kw < 5; ++kw) {
                const int iw = ow + kw;
                const float *x = input + n * 480 + iw * 12 + g;
                const float *wt = kernel + kw * 36 + f0;
                {
                    const float *w = wt;
                    const float w0 = w[0], w1 = w[1], w2 = w[2];
                    {
                        const float xv = x[0];
                        a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv;
                    }
                    {
                        const float xv = x[12];
                        a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv;
                    }
                    {
                        const float xv = x[24];
                        a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv;
                    }
                    {
                        const float xv = x[36];
                        a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv;
                    }
                    {
                        const float xv = x[48];
                        a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv;
                    }
                    {
                        const float xv = x[60];
                        a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv;
                    }
                    {
                        const float xv = x[72];
                        a6_0 += w0 * xv; a6_1 += w1 * xv; a6_2 += w2 * xv;
                    }
                    {
                        const float xv = x[84];
                        a7_0 += w0 * xv; a7_1 += w1 * xv; a7_2 += w2 * xv;
                    }
                    {
                        const float xv = x[96];
                        a8_0 += w0 * xv; a8_1 += w1 * xv; a8_2 += w2 * xv;
                    }
                }
            }
                y[n * 1296 + ow * 36 + f0] = a0_0;
                y[n * 1296 + ow * 36 + f0 + 1] = a0_1;
                y[n * 1296 + ow * 36 + f0 + 2] = a0_2;
                y[n * 1296 + ow * 36 + f0 + 36] = a1_0;
                y[n * 1296 + ow * 36 + f0 + 37] = a1_1;
                y[n * 1296 + ow * 36 + f0 + 38] = a1_2;
                y[n * 1296 + ow * 36 + f0 + 72] = a2_0;
                y[n * 1296 + ow * 36 + f0 + 73] = a2_1;
                y[n * 1296 + ow * 36 + f0 + 74] = a2_2;
                y[n * 1296 + ow * 36 + f0 + 108] = a3_0;
                y[n * 1296 + ow * 36 + f0 + 109] = a3_1;
                y[n * 1296 + ow * 36 + f0 + 110] = a3_2;
                y[n * 1296 + ow * 36 + f0 + 144] = a4_0;
                y[n * 1296 + ow * 36 + f0 + 145] = a4_1;
                y[n * 1296 + ow * 36 + f0 + 146] = a4_2;
                y[n * 1296 + ow * 36 + f0 + 180] = a5_0;
                y[n * 1296 + ow * 36 + f0 + 181] = a5_1;
                y[n * 1296 + ow * 36 + f0 + 182] = a5_2;
                y[n * 1296 + ow * 36 + f0 + 216] = a6_0;
                y[n * 1296 + ow * 36 + f0 + 217] = a6_1;
                y[n * 1296 + ow * 36 + f0 + 218] = a6_2;
                y[n * 1296 + ow * 36 + f0 + 252] = a7_0;
                y[n * 1296 + ow * 36 + f0 + 253] = a7_1;
                y[n * 1296 + ow * 36 + f0 + 254] = a7_2;
                y[n * 1296 + ow * 36 + f0 + 288] = a8_0;
                y[n * 1296 + ow * 36 + f0 + 289] = a8_1;
                y[n * 1296 + ow * 36 + f0 + 290] = a8_2;
            }
        }
        act_kws_depthwise1d_layer0(y + n * 1296);   /* the finished row's activation */
    }
#endif
    return 0;
}

/* depthwise_conv1d (DepthwiseConv1D) 40x12 -> 36x36, activation swish
 * Workspace: 0 floats: none needed. */
int kws_depthwise1d(const float *input, const float *weights, float *output, float *workspace)
{
    kws_depthwise1d_layer0(input, weights, output, workspace);
    return 0;
}
