/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: autoencoder.yaml
 *   Template: model.c.j2, dense.c.j2, resize.c.j2
 */
#include "autoencoder.h"

#include <math.h>

/* Threads: with OpenMP (-fopenmp), the layers marked CG_PARALLEL_FOR split their outermost
 * loops (batch, filter blocks, output rows) over the team; each output is computed by one
 * thread in the same order, so every thread count gives the same bytes. Without OpenMP the
 * macro is nothing and this is plain single-threaded C99. */
#if defined(_OPENMP)
#define CG_PRAGMA(text) _Pragma(#text)
#define CG_PARALLEL_FOR(...) CG_PRAGMA(omp parallel for schedule(static) __VA_ARGS__)
#else
#define CG_PARALLEL_FOR(...)
#endif

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
static inline __attribute__((unused)) void cg_v8_relu(cg_v8 *x)
{
    *x = (cg_v8)((cg_i8)*x & ~(*x < 0.0f));   /* NaN kept */
}

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

static inline __attribute__((unused)) void cg_v16_relu(cg_v16 *x)
{
    *x = (cg_v16)((cg_i16)*x & ~(*x < 0.0f));   /* NaN kept */
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

#else
#define CG_VECTOR 0
#endif

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
/* NaN stays NaN, as in Keras */
static inline float cg_relu(float x) { return x < 0.0f ? 0.0f : x; }

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

/* conv2d (Conv2D) 28x28x1 -> 14x14x16, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x28x28x1: strides n=784 c=1 d=784 h=28 w=1
 *   output 1x14x14x16: strides n=3136 c=1 d=3136 h=224 w=16
 *   weights [1][1][3][3][1][16], bias [1][16] at 144
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_autoencoder_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int autoencoder_layer0(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 144;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_autoencoder_layer0;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int oh = 0; oh < 14; ++oh) {
        float *y_row = y + oh * 224;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 13) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 14 output pixel(s) x 16 filters in 1 cg_v16: an edge tile, each tap only where its column exists */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a9_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a10_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a11_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a12_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a13_0 = CG_LOAD(cg_v16, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 28) continue;
                    const float *xr = input + ih * 28;
                    const float *wr = wf + kh * 48;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 2];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 10];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 14];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 18];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 20];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 22];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 26];
                                a13_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 16;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            {
                                const float xv = xr[c + 1];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 11];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 13];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 15];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 17];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 19];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 21];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 23];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 25];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 27];
                                a13_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 */
                        const float *w = wr + 32;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            {
                                const float xv = xr[c + 2];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 10];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 14];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 18];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 20];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 22];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 26];
                                a12_0 += w0 * xv;
                            }
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row, a0_0);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + 16, a1_0);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + 32, a2_0);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + 48, a3_0);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + 64, a4_0);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + 80, a5_0);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + 96, a6_0);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + 112, a7_0);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + 128, a8_0);
                cg_v16_relu(&a9_0);
                CG_STORE(cg_v16, y_row + 144, a9_0);
                cg_v16_relu(&a10_0);
                CG_STORE(cg_v16, y_row + 160, a10_0);
                cg_v16_relu(&a11_0);
                CG_STORE(cg_v16, y_row + 176, a11_0);
                cg_v16_relu(&a12_0);
                CG_STORE(cg_v16, y_row + 192, a12_0);
                cg_v16_relu(&a13_0);
                CG_STORE(cg_v16, y_row + 208, a13_0);
            }


#else
            for (int q = 0; q < 10; q += 5)
            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 28) continue;
                    const float *xr = input + ih * 28 + q * 2;
                    const float *wr = wf + kh * 48;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 2];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 16;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 1];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 32;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 2];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 10];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 16, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 16 + 8, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 16 + 16, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 16 + 24, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 16 + 32, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + q * 16 + 40, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 16 + 48, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + q * 16 + 56, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 16 + 64, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + q * 16 + 72, a4_1);
            }

            {   /* 4 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 28) continue;
                    const float *xr = input + ih * 28;
                    const float *wr = wf + kh * 48;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 20];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 22];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 26];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 16;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 21];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 23];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 25];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 27];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2 */
                        const float *w = wr + 32;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 22];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 26];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + 160, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + 168, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 176, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + 184, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 192, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + 200, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 208, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + 216, a3_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_autoencoder_layer0;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 14; ++oh) {
        float *y_row = y + oh * 224;
        {   /* block 0: 16 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 16; f0 += 4) {
                /* columns q: interior for q in [0, 13) */
                for (int q = 0; q < 10; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh;
                        if (ih >= 28) continue;
                        const float *xr = input + ih * 28 + q * 2;
                        const float *wr = wf + kh * 48 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            {   /* channel 0 */
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[0];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[2];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[4];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[6];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[8];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *xk = xr + 1;
                            const float *w = wr + 16;
                            {   /* channel 0 */
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[0];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[2];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[4];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[6];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[8];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *xk = xr + 2;
                            const float *w = wr + 32;
                            {   /* channel 0 */
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[0];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[2];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[4];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[6];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[8];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[q * 16 + f0] = cg_relu(a0_0);
                    y_row[q * 16 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 16 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 16 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 16 + f0 + 16] = cg_relu(a1_0);
                    y_row[q * 16 + f0 + 17] = cg_relu(a1_1);
                    y_row[q * 16 + f0 + 18] = cg_relu(a1_2);
                    y_row[q * 16 + f0 + 19] = cg_relu(a1_3);
                    y_row[q * 16 + f0 + 32] = cg_relu(a2_0);
                    y_row[q * 16 + f0 + 33] = cg_relu(a2_1);
                    y_row[q * 16 + f0 + 34] = cg_relu(a2_2);
                    y_row[q * 16 + f0 + 35] = cg_relu(a2_3);
                    y_row[q * 16 + f0 + 48] = cg_relu(a3_0);
                    y_row[q * 16 + f0 + 49] = cg_relu(a3_1);
                    y_row[q * 16 + f0 + 50] = cg_relu(a3_2);
                    y_row[q * 16 + f0 + 51] = cg_relu(a3_3);
                    y_row[q * 16 + f0 + 64] = cg_relu(a4_0);
                    y_row[q * 16 + f0 + 65] = cg_relu(a4_1);
                    y_row[q * 16 + f0 + 66] = cg_relu(a4_2);
                    y_row[q * 16 + f0 + 67] = cg_relu(a4_3);
}
                {   /* 4 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh;
                        if (ih >= 28) continue;
                        const float *xr = input + ih * 28;
                        const float *wr = wf + kh * 48 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 1; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 20];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 22];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 24];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 26];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 16;
                            for (int c = 0; c < 1; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 21];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 23];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 25];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 27];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2 */
                            const float *w = wr + 32;
                            for (int c = 0; c < 1; ++c, w += 16) {
                                const float x0 = xr[c + 22], x1 = xr[c + 24], x2 = xr[c + 26];
                                {
                                    const float wv = w[0];
                                    a0_0 += x0 * wv; a1_0 += x1 * wv; a2_0 += x2 * wv;
                                }
                                {
                                    const float wv = w[1];
                                    a0_1 += x0 * wv; a1_1 += x1 * wv; a2_1 += x2 * wv;
                                }
                                {
                                    const float wv = w[2];
                                    a0_2 += x0 * wv; a1_2 += x1 * wv; a2_2 += x2 * wv;
                                }
                                {
                                    const float wv = w[3];
                                    a0_3 += x0 * wv; a1_3 += x1 * wv; a2_3 += x2 * wv;
                                }
                            }
                        }
                    }
                    y_row[f0 + 160] = cg_relu(a0_0);
                    y_row[f0 + 161] = cg_relu(a0_1);
                    y_row[f0 + 162] = cg_relu(a0_2);
                    y_row[f0 + 163] = cg_relu(a0_3);
                    y_row[f0 + 176] = cg_relu(a1_0);
                    y_row[f0 + 177] = cg_relu(a1_1);
                    y_row[f0 + 178] = cg_relu(a1_2);
                    y_row[f0 + 179] = cg_relu(a1_3);
                    y_row[f0 + 192] = cg_relu(a2_0);
                    y_row[f0 + 193] = cg_relu(a2_1);
                    y_row[f0 + 194] = cg_relu(a2_2);
                    y_row[f0 + 195] = cg_relu(a2_3);
                    y_row[f0 + 208] = cg_relu(a3_0);
                    y_row[f0 + 209] = cg_relu(a3_1);
                    y_row[f0 + 210] = cg_relu(a3_2);
                    y_row[f0 + 211] = cg_relu(a3_3);
}
            }
        }
    }
#endif
    return 0;
}

/* conv2d_1 (Conv2D) 14x14x16 -> 7x7x8, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x14x14x16: strides n=3136 c=1 d=3136 h=224 w=16
 *   output 1x7x7x8: strides n=392 c=1 d=392 h=56 w=8
 *   weights [1][1][3][3][16][8], bias [1][8] at 1152
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_autoencoder_layer1(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int autoencoder_layer1(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 1152;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_autoencoder_layer1;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int oh = 0; oh < 7; ++oh) {
        float *y_row = y + oh * 56;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 6) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 7 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 14) continue;
                    const float *xr = input + ih * 224;
                    const float *wr = wf + kh * 384;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a6_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 128;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 16];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 112];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 144];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 176];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 208];
                                a6_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5 */
                        const float *w = wr + 256;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 32];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a5_0 += w0 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row, a0_0);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 8, a1_0);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 16, a2_0);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 24, a3_0);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + 32, a4_0);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + 40, a5_0);
                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + 48, a6_0);
            }


#else
            {   /* 7 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 14) continue;
                    const float *xr = input + ih * 224;
                    const float *wr = wf + kh * 384;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a6_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 128;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 16];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 112];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 144];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 176];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 208];
                                a6_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5 */
                        const float *w = wr + 256;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 32];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a5_0 += w0 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row, a0_0);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 8, a1_0);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 16, a2_0);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 24, a3_0);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + 32, a4_0);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + 40, a5_0);
                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + 48, a6_0);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_autoencoder_layer1;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 7; ++oh) {
        float *y_row = y + oh * 56;
        {   /* block 0: 8 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 6; f0 += 3) {
                /* columns q: interior for q in [0, 6) */
                {   /* 7 pixel(s) x 3 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2;
                    float a6_0 = b0, a6_1 = b1, a6_2 = b2;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh;
                        if (ih >= 14) continue;
                        const float *xr = input + ih * 224;
                        const float *wr = wf + kh * 384 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 16; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2];
                                {
                                    const float xv = xr[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 32];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 64];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 96];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 128];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 160];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 192];
                                    a6_0 += w0 * xv; a6_1 += w1 * xv; a6_2 += w2 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 128;
                            for (int c = 0; c < 16; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2];
                                {
                                    const float xv = xr[c + 16];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 48];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 80];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 112];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 144];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 176];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 208];
                                    a6_0 += w0 * xv; a6_1 += w1 * xv; a6_2 += w2 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5 */
                            const float *w = wr + 256;
                            for (int c = 0; c < 16; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2];
                                {
                                    const float xv = xr[c + 32];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 64];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 96];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 128];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 160];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 192];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv;
                                }
                            }
                        }
                    }
                    y_row[f0] = cg_relu(a0_0);
                    y_row[f0 + 1] = cg_relu(a0_1);
                    y_row[f0 + 2] = cg_relu(a0_2);
                    y_row[f0 + 8] = cg_relu(a1_0);
                    y_row[f0 + 9] = cg_relu(a1_1);
                    y_row[f0 + 10] = cg_relu(a1_2);
                    y_row[f0 + 16] = cg_relu(a2_0);
                    y_row[f0 + 17] = cg_relu(a2_1);
                    y_row[f0 + 18] = cg_relu(a2_2);
                    y_row[f0 + 24] = cg_relu(a3_0);
                    y_row[f0 + 25] = cg_relu(a3_1);
                    y_row[f0 + 26] = cg_relu(a3_2);
                    y_row[f0 + 32] = cg_relu(a4_0);
                    y_row[f0 + 33] = cg_relu(a4_1);
                    y_row[f0 + 34] = cg_relu(a4_2);
                    y_row[f0 + 40] = cg_relu(a5_0);
                    y_row[f0 + 41] = cg_relu(a5_1);
                    y_row[f0 + 42] = cg_relu(a5_2);
                    y_row[f0 + 48] = cg_relu(a6_0);
                    y_row[f0 + 49] = cg_relu(a6_1);
                    y_row[f0 + 50] = cg_relu(a6_2);
}
            }
            {
                /* columns q: interior for q in [0, 6) */
                {   /* 7 pixel(s) x 2 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[6], b1 = bias[7];
                    float a0_0 = b0, a0_1 = b1;
                    float a1_0 = b0, a1_1 = b1;
                    float a2_0 = b0, a2_1 = b1;
                    float a3_0 = b0, a3_1 = b1;
                    float a4_0 = b0, a4_1 = b1;
                    float a5_0 = b0, a5_1 = b1;
                    float a6_0 = b0, a6_1 = b1;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh;
                        if (ih >= 14) continue;
                        const float *xr = input + ih * 224;
                        const float *wr = wf + kh * 384 + 6;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 16; c += 2, w += 16) {
                                {   /* channel c + 0 */
                                    const float w0 = w[0], w1 = w[1];
                                    {
                                        const float xv = xr[c];
                                        a0_0 += w0 * xv; a0_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 32];
                                        a1_0 += w0 * xv; a1_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 64];
                                        a2_0 += w0 * xv; a2_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 96];
                                        a3_0 += w0 * xv; a3_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 128];
                                        a4_0 += w0 * xv; a4_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 160];
                                        a5_0 += w0 * xv; a5_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 192];
                                        a6_0 += w0 * xv; a6_1 += w1 * xv;
                                    }
                                }
                                {   /* channel c + 1 */
                                    const float w0 = w[8], w1 = w[9];
                                    {
                                        const float xv = xr[c + 1];
                                        a0_0 += w0 * xv; a0_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 33];
                                        a1_0 += w0 * xv; a1_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 65];
                                        a2_0 += w0 * xv; a2_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 97];
                                        a3_0 += w0 * xv; a3_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 129];
                                        a4_0 += w0 * xv; a4_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 161];
                                        a5_0 += w0 * xv; a5_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 193];
                                        a6_0 += w0 * xv; a6_1 += w1 * xv;
                                    }
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 128;
                            for (int c = 0; c < 16; c += 2, w += 16) {
                                {   /* channel c + 0 */
                                    const float w0 = w[0], w1 = w[1];
                                    {
                                        const float xv = xr[c + 16];
                                        a0_0 += w0 * xv; a0_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 48];
                                        a1_0 += w0 * xv; a1_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 80];
                                        a2_0 += w0 * xv; a2_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 112];
                                        a3_0 += w0 * xv; a3_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 144];
                                        a4_0 += w0 * xv; a4_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 176];
                                        a5_0 += w0 * xv; a5_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 208];
                                        a6_0 += w0 * xv; a6_1 += w1 * xv;
                                    }
                                }
                                {   /* channel c + 1 */
                                    const float w0 = w[8], w1 = w[9];
                                    {
                                        const float xv = xr[c + 17];
                                        a0_0 += w0 * xv; a0_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 49];
                                        a1_0 += w0 * xv; a1_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 81];
                                        a2_0 += w0 * xv; a2_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 113];
                                        a3_0 += w0 * xv; a3_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 145];
                                        a4_0 += w0 * xv; a4_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 177];
                                        a5_0 += w0 * xv; a5_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 209];
                                        a6_0 += w0 * xv; a6_1 += w1 * xv;
                                    }
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5 */
                            const float *w = wr + 256;
                            for (int c = 0; c < 16; c += 2, w += 16) {
                                {   /* channel c + 0 */
                                    const float w0 = w[0], w1 = w[1];
                                    {
                                        const float xv = xr[c + 32];
                                        a0_0 += w0 * xv; a0_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 64];
                                        a1_0 += w0 * xv; a1_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 96];
                                        a2_0 += w0 * xv; a2_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 128];
                                        a3_0 += w0 * xv; a3_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 160];
                                        a4_0 += w0 * xv; a4_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 192];
                                        a5_0 += w0 * xv; a5_1 += w1 * xv;
                                    }
                                }
                                {   /* channel c + 1 */
                                    const float w0 = w[8], w1 = w[9];
                                    {
                                        const float xv = xr[c + 33];
                                        a0_0 += w0 * xv; a0_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 65];
                                        a1_0 += w0 * xv; a1_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 97];
                                        a2_0 += w0 * xv; a2_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 129];
                                        a3_0 += w0 * xv; a3_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 161];
                                        a4_0 += w0 * xv; a4_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 193];
                                        a5_0 += w0 * xv; a5_1 += w1 * xv;
                                    }
                                }
                            }
                        }
                    }
                    y_row[6] = cg_relu(a0_0);
                    y_row[7] = cg_relu(a0_1);
                    y_row[14] = cg_relu(a1_0);
                    y_row[15] = cg_relu(a1_1);
                    y_row[22] = cg_relu(a2_0);
                    y_row[23] = cg_relu(a2_1);
                    y_row[30] = cg_relu(a3_0);
                    y_row[31] = cg_relu(a3_1);
                    y_row[38] = cg_relu(a4_0);
                    y_row[39] = cg_relu(a4_1);
                    y_row[46] = cg_relu(a5_0);
                    y_row[47] = cg_relu(a5_1);
                    y_row[54] = cg_relu(a6_0);
                    y_row[55] = cg_relu(a6_1);
}
            }
        }
    }
#endif
    return 0;
}

/* conv2d_transpose (Conv2DTranspose) 7x7x8 -> 14x14x8, activation relu
 * Transposed convolution by stride phases: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x7x7x8: strides n=392 c=1 d=392 h=56 w=8
 *   output 1x14x14x8: strides n=1568 c=1 d=1568 h=112 w=8
 *   weights [1][1][3][3][8][8], bias [1][8] at 576
 *   output position o takes input i through tap j when o + crop = i * stride + j * dilation; crop (d, h, w) = (0, 0, 0)
 *   columns: 2 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_autoencoder_layer2(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int autoencoder_layer2(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 576;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_autoencoder_layer2;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int oh = 0; oh < 14; ++oh) {
        float *y_row = y + oh * 112;
        {
            const float *wf = weights;
            /* columns q * 2: interior for q in [1, 7) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 7 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int th = oh - kh;
                    const int ih = th / 2;
                    if (th < 0 || th % 2 != 0) continue;
                    const float *xr = input + ih * 56;
                    const float *wr = wf + kh * 192;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a6_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 1, 2, 3, 4, 5, 6 */
                        const float *w = wr + 128;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a6_0 += w0 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row, a0_0);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 16, a1_0);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 32, a2_0);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 48, a3_0);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + 64, a4_0);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + 80, a5_0);
                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + 96, a6_0);
            }


#else
            {   /* 7 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int th = oh - kh;
                    const int ih = th / 2;
                    if (th < 0 || th % 2 != 0) continue;
                    const float *xr = input + ih * 56;
                    const float *wr = wf + kh * 192;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a6_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 1, 2, 3, 4, 5, 6 */
                        const float *w = wr + 128;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a6_0 += w0 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row, a0_0);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 16, a1_0);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 32, a2_0);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 48, a3_0);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + 64, a4_0);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + 80, a5_0);
                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + 96, a6_0);
            }


#endif
            /* columns q * 2 + 1: interior for q in [0, 7) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 7; q += 7)
            {   /* 7 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int th = oh - kh;
                    const int ih = th / 2;
                    if (th < 0 || th % 2 != 0) continue;
                    const float *xr = input + ih * 56 + q * 8;
                    const float *wr = wf + kh * 192;
                    {   /* tap kw = 1 */
                        const float *w = wr + 64;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a6_0 += w0 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 16 + 8, a0_0);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 16 + 24, a1_0);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 16 + 40, a2_0);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 16 + 56, a3_0);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 16 + 72, a4_0);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 16 + 88, a5_0);
                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + q * 16 + 104, a6_0);
            }


#else
            for (int q = 0; q < 7; q += 7)
            {   /* 7 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int th = oh - kh;
                    const int ih = th / 2;
                    if (th < 0 || th % 2 != 0) continue;
                    const float *xr = input + ih * 56 + q * 8;
                    const float *wr = wf + kh * 192;
                    {   /* tap kw = 1 */
                        const float *w = wr + 64;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a6_0 += w0 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 16 + 8, a0_0);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 16 + 24, a1_0);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 16 + 40, a2_0);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 16 + 56, a3_0);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 16 + 72, a4_0);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 16 + 88, a5_0);
                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + q * 16 + 104, a6_0);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_autoencoder_layer2;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 14; ++oh) {
        float *y_row = y + oh * 112;
        {   /* block 0: 8 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 6; f0 += 3) {
                /* columns q * 2: interior for q in [1, 7) */
                {   /* 7 pixel(s) x 3 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2;
                    float a6_0 = b0, a6_1 = b1, a6_2 = b2;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh - kh;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0) continue;
                        const float *xr = input + ih * 56;
                        const float *wr = wf + kh * 192 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2];
                                {
                                    const float xv = xr[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 8];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 16];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 24];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 32];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 40];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 48];
                                    a6_0 += w0 * xv; a6_1 += w1 * xv; a6_2 += w2 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 1, 2, 3, 4, 5, 6 */
                            const float *w = wr + 128;
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2];
                                {
                                    const float xv = xr[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 8];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 16];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 24];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 32];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 40];
                                    a6_0 += w0 * xv; a6_1 += w1 * xv; a6_2 += w2 * xv;
                                }
                            }
                        }
                    }
                    y_row[f0] = cg_relu(a0_0);
                    y_row[f0 + 1] = cg_relu(a0_1);
                    y_row[f0 + 2] = cg_relu(a0_2);
                    y_row[f0 + 16] = cg_relu(a1_0);
                    y_row[f0 + 17] = cg_relu(a1_1);
                    y_row[f0 + 18] = cg_relu(a1_2);
                    y_row[f0 + 32] = cg_relu(a2_0);
                    y_row[f0 + 33] = cg_relu(a2_1);
                    y_row[f0 + 34] = cg_relu(a2_2);
                    y_row[f0 + 48] = cg_relu(a3_0);
                    y_row[f0 + 49] = cg_relu(a3_1);
                    y_row[f0 + 50] = cg_relu(a3_2);
                    y_row[f0 + 64] = cg_relu(a4_0);
                    y_row[f0 + 65] = cg_relu(a4_1);
                    y_row[f0 + 66] = cg_relu(a4_2);
                    y_row[f0 + 80] = cg_relu(a5_0);
                    y_row[f0 + 81] = cg_relu(a5_1);
                    y_row[f0 + 82] = cg_relu(a5_2);
                    y_row[f0 + 96] = cg_relu(a6_0);
                    y_row[f0 + 97] = cg_relu(a6_1);
                    y_row[f0 + 98] = cg_relu(a6_2);
}
                /* columns q * 2 + 1: interior for q in [0, 7) */
                for (int q = 0; q < 7; q += 7)
                {   /* 7 pixel(s) x 3 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2;
                    float a6_0 = b0, a6_1 = b1, a6_2 = b2;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh - kh;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0) continue;
                        const float *xr = input + ih * 56 + q * 8;
                        const float *wr = wf + kh * 192 + f0;
                        {   /* tap kw = 1 */
                            const float *w = wr + 64;
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2];
                                {
                                    const float xv = xr[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 8];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 16];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 24];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 32];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 40];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv;
                                }
                                {
                                    const float xv = xr[c + 48];
                                    a6_0 += w0 * xv; a6_1 += w1 * xv; a6_2 += w2 * xv;
                                }
                            }
                        }
                    }
                    y_row[q * 16 + f0 + 8] = cg_relu(a0_0);
                    y_row[q * 16 + f0 + 9] = cg_relu(a0_1);
                    y_row[q * 16 + f0 + 10] = cg_relu(a0_2);
                    y_row[q * 16 + f0 + 24] = cg_relu(a1_0);
                    y_row[q * 16 + f0 + 25] = cg_relu(a1_1);
                    y_row[q * 16 + f0 + 26] = cg_relu(a1_2);
                    y_row[q * 16 + f0 + 40] = cg_relu(a2_0);
                    y_row[q * 16 + f0 + 41] = cg_relu(a2_1);
                    y_row[q * 16 + f0 + 42] = cg_relu(a2_2);
                    y_row[q * 16 + f0 + 56] = cg_relu(a3_0);
                    y_row[q * 16 + f0 + 57] = cg_relu(a3_1);
                    y_row[q * 16 + f0 + 58] = cg_relu(a3_2);
                    y_row[q * 16 + f0 + 72] = cg_relu(a4_0);
                    y_row[q * 16 + f0 + 73] = cg_relu(a4_1);
                    y_row[q * 16 + f0 + 74] = cg_relu(a4_2);
                    y_row[q * 16 + f0 + 88] = cg_relu(a5_0);
                    y_row[q * 16 + f0 + 89] = cg_relu(a5_1);
                    y_row[q * 16 + f0 + 90] = cg_relu(a5_2);
                    y_row[q * 16 + f0 + 104] = cg_relu(a6_0);
                    y_row[q * 16 + f0 + 105] = cg_relu(a6_1);
                    y_row[q * 16 + f0 + 106] = cg_relu(a6_2);
}
            }
            {
                /* columns q * 2: interior for q in [1, 7) */
                {   /* 7 pixel(s) x 2 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[6], b1 = bias[7];
                    float a0_0 = b0, a0_1 = b1;
                    float a1_0 = b0, a1_1 = b1;
                    float a2_0 = b0, a2_1 = b1;
                    float a3_0 = b0, a3_1 = b1;
                    float a4_0 = b0, a4_1 = b1;
                    float a5_0 = b0, a5_1 = b1;
                    float a6_0 = b0, a6_1 = b1;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh - kh;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0) continue;
                        const float *xr = input + ih * 56;
                        const float *wr = wf + kh * 192 + 6;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 8; c += 2, w += 16) {
                                {   /* channel c + 0 */
                                    const float w0 = w[0], w1 = w[1];
                                    {
                                        const float xv = xr[c];
                                        a0_0 += w0 * xv; a0_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 8];
                                        a1_0 += w0 * xv; a1_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 16];
                                        a2_0 += w0 * xv; a2_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 24];
                                        a3_0 += w0 * xv; a3_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 32];
                                        a4_0 += w0 * xv; a4_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 40];
                                        a5_0 += w0 * xv; a5_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 48];
                                        a6_0 += w0 * xv; a6_1 += w1 * xv;
                                    }
                                }
                                {   /* channel c + 1 */
                                    const float w0 = w[8], w1 = w[9];
                                    {
                                        const float xv = xr[c + 1];
                                        a0_0 += w0 * xv; a0_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 9];
                                        a1_0 += w0 * xv; a1_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 17];
                                        a2_0 += w0 * xv; a2_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 25];
                                        a3_0 += w0 * xv; a3_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 33];
                                        a4_0 += w0 * xv; a4_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 41];
                                        a5_0 += w0 * xv; a5_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 49];
                                        a6_0 += w0 * xv; a6_1 += w1 * xv;
                                    }
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 1, 2, 3, 4, 5, 6 */
                            const float *w = wr + 128;
                            for (int c = 0; c < 8; c += 2, w += 16) {
                                {   /* channel c + 0 */
                                    const float w0 = w[0], w1 = w[1];
                                    {
                                        const float xv = xr[c];
                                        a1_0 += w0 * xv; a1_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 8];
                                        a2_0 += w0 * xv; a2_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 16];
                                        a3_0 += w0 * xv; a3_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 24];
                                        a4_0 += w0 * xv; a4_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 32];
                                        a5_0 += w0 * xv; a5_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 40];
                                        a6_0 += w0 * xv; a6_1 += w1 * xv;
                                    }
                                }
                                {   /* channel c + 1 */
                                    const float w0 = w[8], w1 = w[9];
                                    {
                                        const float xv = xr[c + 1];
                                        a1_0 += w0 * xv; a1_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 9];
                                        a2_0 += w0 * xv; a2_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 17];
                                        a3_0 += w0 * xv; a3_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 25];
                                        a4_0 += w0 * xv; a4_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 33];
                                        a5_0 += w0 * xv; a5_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 41];
                                        a6_0 += w0 * xv; a6_1 += w1 * xv;
                                    }
                                }
                            }
                        }
                    }
                    y_row[6] = cg_relu(a0_0);
                    y_row[7] = cg_relu(a0_1);
                    y_row[22] = cg_relu(a1_0);
                    y_row[23] = cg_relu(a1_1);
                    y_row[38] = cg_relu(a2_0);
                    y_row[39] = cg_relu(a2_1);
                    y_row[54] = cg_relu(a3_0);
                    y_row[55] = cg_relu(a3_1);
                    y_row[70] = cg_relu(a4_0);
                    y_row[71] = cg_relu(a4_1);
                    y_row[86] = cg_relu(a5_0);
                    y_row[87] = cg_relu(a5_1);
                    y_row[102] = cg_relu(a6_0);
                    y_row[103] = cg_relu(a6_1);
}
                /* columns q * 2 + 1: interior for q in [0, 7) */
                for (int q = 0; q < 7; q += 7)
                {   /* 7 pixel(s) x 2 filter(s) in scalar registers */
                    const float b0 = bias[6], b1 = bias[7];
                    float a0_0 = b0, a0_1 = b1;
                    float a1_0 = b0, a1_1 = b1;
                    float a2_0 = b0, a2_1 = b1;
                    float a3_0 = b0, a3_1 = b1;
                    float a4_0 = b0, a4_1 = b1;
                    float a5_0 = b0, a5_1 = b1;
                    float a6_0 = b0, a6_1 = b1;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh - kh;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0) continue;
                        const float *xr = input + ih * 56 + q * 8;
                        const float *wr = wf + kh * 192 + 6;
                        {   /* tap kw = 1 */
                            const float *w = wr + 64;
                            for (int c = 0; c < 8; c += 2, w += 16) {
                                {   /* channel c + 0 */
                                    const float w0 = w[0], w1 = w[1];
                                    {
                                        const float xv = xr[c];
                                        a0_0 += w0 * xv; a0_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 8];
                                        a1_0 += w0 * xv; a1_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 16];
                                        a2_0 += w0 * xv; a2_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 24];
                                        a3_0 += w0 * xv; a3_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 32];
                                        a4_0 += w0 * xv; a4_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 40];
                                        a5_0 += w0 * xv; a5_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 48];
                                        a6_0 += w0 * xv; a6_1 += w1 * xv;
                                    }
                                }
                                {   /* channel c + 1 */
                                    const float w0 = w[8], w1 = w[9];
                                    {
                                        const float xv = xr[c + 1];
                                        a0_0 += w0 * xv; a0_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 9];
                                        a1_0 += w0 * xv; a1_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 17];
                                        a2_0 += w0 * xv; a2_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 25];
                                        a3_0 += w0 * xv; a3_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 33];
                                        a4_0 += w0 * xv; a4_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 41];
                                        a5_0 += w0 * xv; a5_1 += w1 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 49];
                                        a6_0 += w0 * xv; a6_1 += w1 * xv;
                                    }
                                }
                            }
                        }
                    }
                    y_row[q * 16 + 14] = cg_relu(a0_0);
                    y_row[q * 16 + 15] = cg_relu(a0_1);
                    y_row[q * 16 + 30] = cg_relu(a1_0);
                    y_row[q * 16 + 31] = cg_relu(a1_1);
                    y_row[q * 16 + 46] = cg_relu(a2_0);
                    y_row[q * 16 + 47] = cg_relu(a2_1);
                    y_row[q * 16 + 62] = cg_relu(a3_0);
                    y_row[q * 16 + 63] = cg_relu(a3_1);
                    y_row[q * 16 + 78] = cg_relu(a4_0);
                    y_row[q * 16 + 79] = cg_relu(a4_1);
                    y_row[q * 16 + 94] = cg_relu(a5_0);
                    y_row[q * 16 + 95] = cg_relu(a5_1);
                    y_row[q * 16 + 110] = cg_relu(a6_0);
                    y_row[q * 16 + 111] = cg_relu(a6_1);
}
            }
        }
    }
#endif
    return 0;
}

/* up_sampling2d (UpSampling2D) 14x14x8 -> 28x28x8, bilinear
 * keras.ops.image.resize without antialiasing, bilinear: half-pixel centres, clamped edges.
 * With an integer factor the weights depend on the output's phase only: each interval
 * between two input rows (columns) gives 2 (2) output rows (columns) whose
 * weights are constants in the code; the first 1 (1) and last 1 (1) copy the
 * edge. Per pair of input rows and run of channels the rows' values of each input column stay
 * in registers for the next interval: each input is loaded once per row group.
 *   input  1x14x14x8: strides n=1568 c=1 h=112 w=8
 *   output 1x28x28x8: strides n=6272 c=1 h=224 w=8
 * Workspace: none. */
static int autoencoder_layer3(const float *input, const float *weights, float *output,
                              float *workspace)
{
    (void)weights;
    (void)workspace;
    {
        const float *xb = input;
        float *yb = output;
        /* the first and the last 1 output row(s): input rows 0 and 13 */
        for (int edge = 0; edge < 2; ++edge) {
            {
                const int c0 = 0;
                const float *x0 = xb + edge * 1456 + c0;
                float *y0 = yb + edge * 6048 + c0;
                float v0_0, u0_0;
                float v0_1, u0_1;
                float v0_2, u0_2;
                float v0_3, u0_3;
                float v0_4, u0_4;
                float v0_5, u0_5;
                float v0_6, u0_6;
                float v0_7, u0_7;
                v0_0 = x0[0];
                v0_1 = x0[1];
                v0_2 = x0[2];
                v0_3 = x0[3];
                v0_4 = x0[4];
                v0_5 = x0[5];
                v0_6 = x0[6];
                v0_7 = x0[7];
                y0[0] = v0_0;
                y0[1] = v0_1;
                y0[2] = v0_2;
                y0[3] = v0_3;
                y0[4] = v0_4;
                y0[5] = v0_5;
                y0[6] = v0_6;
                y0[7] = v0_7;
                for (int j = 0; j < 12; j += 2) {
                    {
                        const float *xj = x0 + j * 8 + 8;
                        float *yj = y0 + j * 16 + 8;
                        u0_0 = xj[0];
                        u0_1 = xj[1];
                        u0_2 = xj[2];
                        u0_3 = xj[3];
                        u0_4 = xj[4];
                        u0_5 = xj[5];
                        u0_6 = xj[6];
                        u0_7 = xj[7];
                        yj[0] = 0.75f * v0_0 + 0.25f * u0_0;
                        yj[1] = 0.75f * v0_1 + 0.25f * u0_1;
                        yj[2] = 0.75f * v0_2 + 0.25f * u0_2;
                        yj[3] = 0.75f * v0_3 + 0.25f * u0_3;
                        yj[4] = 0.75f * v0_4 + 0.25f * u0_4;
                        yj[5] = 0.75f * v0_5 + 0.25f * u0_5;
                        yj[6] = 0.75f * v0_6 + 0.25f * u0_6;
                        yj[7] = 0.75f * v0_7 + 0.25f * u0_7;
                        yj[8] = 0.25f * v0_0 + 0.75f * u0_0;
                        yj[9] = 0.25f * v0_1 + 0.75f * u0_1;
                        yj[10] = 0.25f * v0_2 + 0.75f * u0_2;
                        yj[11] = 0.25f * v0_3 + 0.75f * u0_3;
                        yj[12] = 0.25f * v0_4 + 0.75f * u0_4;
                        yj[13] = 0.25f * v0_5 + 0.75f * u0_5;
                        yj[14] = 0.25f * v0_6 + 0.75f * u0_6;
                        yj[15] = 0.25f * v0_7 + 0.75f * u0_7;
                    }
                    {
                        const float *xj = x0 + j * 8 + 16;
                        float *yj = y0 + j * 16 + 24;
                        v0_0 = xj[0];
                        v0_1 = xj[1];
                        v0_2 = xj[2];
                        v0_3 = xj[3];
                        v0_4 = xj[4];
                        v0_5 = xj[5];
                        v0_6 = xj[6];
                        v0_7 = xj[7];
                        yj[0] = 0.75f * u0_0 + 0.25f * v0_0;
                        yj[1] = 0.75f * u0_1 + 0.25f * v0_1;
                        yj[2] = 0.75f * u0_2 + 0.25f * v0_2;
                        yj[3] = 0.75f * u0_3 + 0.25f * v0_3;
                        yj[4] = 0.75f * u0_4 + 0.25f * v0_4;
                        yj[5] = 0.75f * u0_5 + 0.25f * v0_5;
                        yj[6] = 0.75f * u0_6 + 0.25f * v0_6;
                        yj[7] = 0.75f * u0_7 + 0.25f * v0_7;
                        yj[8] = 0.25f * u0_0 + 0.75f * v0_0;
                        yj[9] = 0.25f * u0_1 + 0.75f * v0_1;
                        yj[10] = 0.25f * u0_2 + 0.75f * v0_2;
                        yj[11] = 0.25f * u0_3 + 0.75f * v0_3;
                        yj[12] = 0.25f * u0_4 + 0.75f * v0_4;
                        yj[13] = 0.25f * u0_5 + 0.75f * v0_5;
                        yj[14] = 0.25f * u0_6 + 0.75f * v0_6;
                        yj[15] = 0.25f * u0_7 + 0.75f * v0_7;
                    }
                }
                {
                    const float *xj = x0 + 104;
                    float *yj = y0 + 200;
                    u0_0 = xj[0];
                    u0_1 = xj[1];
                    u0_2 = xj[2];
                    u0_3 = xj[3];
                    u0_4 = xj[4];
                    u0_5 = xj[5];
                    u0_6 = xj[6];
                    u0_7 = xj[7];
                    yj[0] = 0.75f * v0_0 + 0.25f * u0_0;
                    yj[1] = 0.75f * v0_1 + 0.25f * u0_1;
                    yj[2] = 0.75f * v0_2 + 0.25f * u0_2;
                    yj[3] = 0.75f * v0_3 + 0.25f * u0_3;
                    yj[4] = 0.75f * v0_4 + 0.25f * u0_4;
                    yj[5] = 0.75f * v0_5 + 0.25f * u0_5;
                    yj[6] = 0.75f * v0_6 + 0.25f * u0_6;
                    yj[7] = 0.75f * v0_7 + 0.25f * u0_7;
                    yj[8] = 0.25f * v0_0 + 0.75f * u0_0;
                    yj[9] = 0.25f * v0_1 + 0.75f * u0_1;
                    yj[10] = 0.25f * v0_2 + 0.75f * u0_2;
                    yj[11] = 0.25f * v0_3 + 0.75f * u0_3;
                    yj[12] = 0.25f * v0_4 + 0.75f * u0_4;
                    yj[13] = 0.25f * v0_5 + 0.75f * u0_5;
                    yj[14] = 0.25f * v0_6 + 0.75f * u0_6;
                    yj[15] = 0.25f * v0_7 + 0.75f * u0_7;
                }
                y0[216] = u0_0;
                y0[217] = u0_1;
                y0[218] = u0_2;
                y0[219] = u0_3;
                y0[220] = u0_4;
                y0[221] = u0_5;
                y0[222] = u0_6;
                y0[223] = u0_7;
            }
}
        for (int i = 0; i < 13; ++i) {
            {
                const int c0 = 0;
                const float *x0 = xb + i * 112 + c0;
                float *y0 = yb + i * 448 + c0 + 224;
                float v0_0, u0_0, v1_0, u1_0;
                float v0_1, u0_1, v1_1, u1_1;
                float v0_2, u0_2, v1_2, u1_2;
                float v0_3, u0_3, v1_3, u1_3;
                float v0_4, u0_4, v1_4, u1_4;
                float v0_5, u0_5, v1_5, u1_5;
                float v0_6, u0_6, v1_6, u1_6;
                float v0_7, u0_7, v1_7, u1_7;
                {
                    const float a = x0[0], b = x0[112];
                    v0_0 = 0.75f * a + 0.25f * b;
                    v1_0 = 0.25f * a + 0.75f * b;
                }
                {
                    const float a = x0[1], b = x0[113];
                    v0_1 = 0.75f * a + 0.25f * b;
                    v1_1 = 0.25f * a + 0.75f * b;
                }
                {
                    const float a = x0[2], b = x0[114];
                    v0_2 = 0.75f * a + 0.25f * b;
                    v1_2 = 0.25f * a + 0.75f * b;
                }
                {
                    const float a = x0[3], b = x0[115];
                    v0_3 = 0.75f * a + 0.25f * b;
                    v1_3 = 0.25f * a + 0.75f * b;
                }
                {
                    const float a = x0[4], b = x0[116];
                    v0_4 = 0.75f * a + 0.25f * b;
                    v1_4 = 0.25f * a + 0.75f * b;
                }
                {
                    const float a = x0[5], b = x0[117];
                    v0_5 = 0.75f * a + 0.25f * b;
                    v1_5 = 0.25f * a + 0.75f * b;
                }
                {
                    const float a = x0[6], b = x0[118];
                    v0_6 = 0.75f * a + 0.25f * b;
                    v1_6 = 0.25f * a + 0.75f * b;
                }
                {
                    const float a = x0[7], b = x0[119];
                    v0_7 = 0.75f * a + 0.25f * b;
                    v1_7 = 0.25f * a + 0.75f * b;
                }
                y0[0] = v0_0;
                y0[1] = v0_1;
                y0[2] = v0_2;
                y0[3] = v0_3;
                y0[4] = v0_4;
                y0[5] = v0_5;
                y0[6] = v0_6;
                y0[7] = v0_7;
                y0[224] = v1_0;
                y0[225] = v1_1;
                y0[226] = v1_2;
                y0[227] = v1_3;
                y0[228] = v1_4;
                y0[229] = v1_5;
                y0[230] = v1_6;
                y0[231] = v1_7;
                for (int j = 0; j < 12; j += 2) {
                    {
                        const float *xj = x0 + j * 8 + 8;
                        float *yj = y0 + j * 16 + 8;
                        {
                            const float a = xj[0], b = xj[112];
                            u0_0 = 0.75f * a + 0.25f * b;
                            u1_0 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[1], b = xj[113];
                            u0_1 = 0.75f * a + 0.25f * b;
                            u1_1 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[2], b = xj[114];
                            u0_2 = 0.75f * a + 0.25f * b;
                            u1_2 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[3], b = xj[115];
                            u0_3 = 0.75f * a + 0.25f * b;
                            u1_3 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[4], b = xj[116];
                            u0_4 = 0.75f * a + 0.25f * b;
                            u1_4 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[5], b = xj[117];
                            u0_5 = 0.75f * a + 0.25f * b;
                            u1_5 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[6], b = xj[118];
                            u0_6 = 0.75f * a + 0.25f * b;
                            u1_6 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[7], b = xj[119];
                            u0_7 = 0.75f * a + 0.25f * b;
                            u1_7 = 0.25f * a + 0.75f * b;
                        }
                        yj[0] = 0.75f * v0_0 + 0.25f * u0_0;
                        yj[1] = 0.75f * v0_1 + 0.25f * u0_1;
                        yj[2] = 0.75f * v0_2 + 0.25f * u0_2;
                        yj[3] = 0.75f * v0_3 + 0.25f * u0_3;
                        yj[4] = 0.75f * v0_4 + 0.25f * u0_4;
                        yj[5] = 0.75f * v0_5 + 0.25f * u0_5;
                        yj[6] = 0.75f * v0_6 + 0.25f * u0_6;
                        yj[7] = 0.75f * v0_7 + 0.25f * u0_7;
                        yj[224] = 0.75f * v1_0 + 0.25f * u1_0;
                        yj[225] = 0.75f * v1_1 + 0.25f * u1_1;
                        yj[226] = 0.75f * v1_2 + 0.25f * u1_2;
                        yj[227] = 0.75f * v1_3 + 0.25f * u1_3;
                        yj[228] = 0.75f * v1_4 + 0.25f * u1_4;
                        yj[229] = 0.75f * v1_5 + 0.25f * u1_5;
                        yj[230] = 0.75f * v1_6 + 0.25f * u1_6;
                        yj[231] = 0.75f * v1_7 + 0.25f * u1_7;
                        yj[8] = 0.25f * v0_0 + 0.75f * u0_0;
                        yj[9] = 0.25f * v0_1 + 0.75f * u0_1;
                        yj[10] = 0.25f * v0_2 + 0.75f * u0_2;
                        yj[11] = 0.25f * v0_3 + 0.75f * u0_3;
                        yj[12] = 0.25f * v0_4 + 0.75f * u0_4;
                        yj[13] = 0.25f * v0_5 + 0.75f * u0_5;
                        yj[14] = 0.25f * v0_6 + 0.75f * u0_6;
                        yj[15] = 0.25f * v0_7 + 0.75f * u0_7;
                        yj[232] = 0.25f * v1_0 + 0.75f * u1_0;
                        yj[233] = 0.25f * v1_1 + 0.75f * u1_1;
                        yj[234] = 0.25f * v1_2 + 0.75f * u1_2;
                        yj[235] = 0.25f * v1_3 + 0.75f * u1_3;
                        yj[236] = 0.25f * v1_4 + 0.75f * u1_4;
                        yj[237] = 0.25f * v1_5 + 0.75f * u1_5;
                        yj[238] = 0.25f * v1_6 + 0.75f * u1_6;
                        yj[239] = 0.25f * v1_7 + 0.75f * u1_7;
                    }
                    {
                        const float *xj = x0 + j * 8 + 16;
                        float *yj = y0 + j * 16 + 24;
                        {
                            const float a = xj[0], b = xj[112];
                            v0_0 = 0.75f * a + 0.25f * b;
                            v1_0 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[1], b = xj[113];
                            v0_1 = 0.75f * a + 0.25f * b;
                            v1_1 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[2], b = xj[114];
                            v0_2 = 0.75f * a + 0.25f * b;
                            v1_2 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[3], b = xj[115];
                            v0_3 = 0.75f * a + 0.25f * b;
                            v1_3 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[4], b = xj[116];
                            v0_4 = 0.75f * a + 0.25f * b;
                            v1_4 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[5], b = xj[117];
                            v0_5 = 0.75f * a + 0.25f * b;
                            v1_5 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[6], b = xj[118];
                            v0_6 = 0.75f * a + 0.25f * b;
                            v1_6 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[7], b = xj[119];
                            v0_7 = 0.75f * a + 0.25f * b;
                            v1_7 = 0.25f * a + 0.75f * b;
                        }
                        yj[0] = 0.75f * u0_0 + 0.25f * v0_0;
                        yj[1] = 0.75f * u0_1 + 0.25f * v0_1;
                        yj[2] = 0.75f * u0_2 + 0.25f * v0_2;
                        yj[3] = 0.75f * u0_3 + 0.25f * v0_3;
                        yj[4] = 0.75f * u0_4 + 0.25f * v0_4;
                        yj[5] = 0.75f * u0_5 + 0.25f * v0_5;
                        yj[6] = 0.75f * u0_6 + 0.25f * v0_6;
                        yj[7] = 0.75f * u0_7 + 0.25f * v0_7;
                        yj[224] = 0.75f * u1_0 + 0.25f * v1_0;
                        yj[225] = 0.75f * u1_1 + 0.25f * v1_1;
                        yj[226] = 0.75f * u1_2 + 0.25f * v1_2;
                        yj[227] = 0.75f * u1_3 + 0.25f * v1_3;
                        yj[228] = 0.75f * u1_4 + 0.25f * v1_4;
                        yj[229] = 0.75f * u1_5 + 0.25f * v1_5;
                        yj[230] = 0.75f * u1_6 + 0.25f * v1_6;
                        yj[231] = 0.75f * u1_7 + 0.25f * v1_7;
                        yj[8] = 0.25f * u0_0 + 0.75f * v0_0;
                        yj[9] = 0.25f * u0_1 + 0.75f * v0_1;
                        yj[10] = 0.25f * u0_2 + 0.75f * v0_2;
                        yj[11] = 0.25f * u0_3 + 0.75f * v0_3;
                        yj[12] = 0.25f * u0_4 + 0.75f * v0_4;
                        yj[13] = 0.25f * u0_5 + 0.75f * v0_5;
                        yj[14] = 0.25f * u0_6 + 0.75f * v0_6;
                        yj[15] = 0.25f * u0_7 + 0.75f * v0_7;
                        yj[232] = 0.25f * u1_0 + 0.75f * v1_0;
                        yj[233] = 0.25f * u1_1 + 0.75f * v1_1;
                        yj[234] = 0.25f * u1_2 + 0.75f * v1_2;
                        yj[235] = 0.25f * u1_3 + 0.75f * v1_3;
                        yj[236] = 0.25f * u1_4 + 0.75f * v1_4;
                        yj[237] = 0.25f * u1_5 + 0.75f * v1_5;
                        yj[238] = 0.25f * u1_6 + 0.75f * v1_6;
                        yj[239] = 0.25f * u1_7 + 0.75f * v1_7;
                    }
                }
                {
                    const float *xj = x0 + 104;
                    float *yj = y0 + 200;
                    {
                        const float a = xj[0], b = xj[112];
                        u0_0 = 0.75f * a + 0.25f * b;
                        u1_0 = 0.25f * a + 0.75f * b;
                    }
                    {
                        const float a = xj[1], b = xj[113];
                        u0_1 = 0.75f * a + 0.25f * b;
                        u1_1 = 0.25f * a + 0.75f * b;
                    }
                    {
                        const float a = xj[2], b = xj[114];
                        u0_2 = 0.75f * a + 0.25f * b;
                        u1_2 = 0.25f * a + 0.75f * b;
                    }
                    {
                        const float a = xj[3], b = xj[115];
                        u0_3 = 0.75f * a + 0.25f * b;
                        u1_3 = 0.25f * a + 0.75f * b;
                    }
                    {
                        const float a = xj[4], b = xj[116];
                        u0_4 = 0.75f * a + 0.25f * b;
                        u1_4 = 0.25f * a + 0.75f * b;
                    }
                    {
                        const float a = xj[5], b = xj[117];
                        u0_5 = 0.75f * a + 0.25f * b;
                        u1_5 = 0.25f * a + 0.75f * b;
                    }
                    {
                        const float a = xj[6], b = xj[118];
                        u0_6 = 0.75f * a + 0.25f * b;
                        u1_6 = 0.25f * a + 0.75f * b;
                    }
                    {
                        const float a = xj[7], b = xj[119];
                        u0_7 = 0.75f * a + 0.25f * b;
                        u1_7 = 0.25f * a + 0.75f * b;
                    }
                    yj[0] = 0.75f * v0_0 + 0.25f * u0_0;
                    yj[1] = 0.75f * v0_1 + 0.25f * u0_1;
                    yj[2] = 0.75f * v0_2 + 0.25f * u0_2;
                    yj[3] = 0.75f * v0_3 + 0.25f * u0_3;
                    yj[4] = 0.75f * v0_4 + 0.25f * u0_4;
                    yj[5] = 0.75f * v0_5 + 0.25f * u0_5;
                    yj[6] = 0.75f * v0_6 + 0.25f * u0_6;
                    yj[7] = 0.75f * v0_7 + 0.25f * u0_7;
                    yj[224] = 0.75f * v1_0 + 0.25f * u1_0;
                    yj[225] = 0.75f * v1_1 + 0.25f * u1_1;
                    yj[226] = 0.75f * v1_2 + 0.25f * u1_2;
                    yj[227] = 0.75f * v1_3 + 0.25f * u1_3;
                    yj[228] = 0.75f * v1_4 + 0.25f * u1_4;
                    yj[229] = 0.75f * v1_5 + 0.25f * u1_5;
                    yj[230] = 0.75f * v1_6 + 0.25f * u1_6;
                    yj[231] = 0.75f * v1_7 + 0.25f * u1_7;
                    yj[8] = 0.25f * v0_0 + 0.75f * u0_0;
                    yj[9] = 0.25f * v0_1 + 0.75f * u0_1;
                    yj[10] = 0.25f * v0_2 + 0.75f * u0_2;
                    yj[11] = 0.25f * v0_3 + 0.75f * u0_3;
                    yj[12] = 0.25f * v0_4 + 0.75f * u0_4;
                    yj[13] = 0.25f * v0_5 + 0.75f * u0_5;
                    yj[14] = 0.25f * v0_6 + 0.75f * u0_6;
                    yj[15] = 0.25f * v0_7 + 0.75f * u0_7;
                    yj[232] = 0.25f * v1_0 + 0.75f * u1_0;
                    yj[233] = 0.25f * v1_1 + 0.75f * u1_1;
                    yj[234] = 0.25f * v1_2 + 0.75f * u1_2;
                    yj[235] = 0.25f * v1_3 + 0.75f * u1_3;
                    yj[236] = 0.25f * v1_4 + 0.75f * u1_4;
                    yj[237] = 0.25f * v1_5 + 0.75f * u1_5;
                    yj[238] = 0.25f * v1_6 + 0.75f * u1_6;
                    yj[239] = 0.25f * v1_7 + 0.75f * u1_7;
                }
                y0[216] = u0_0;
                y0[217] = u0_1;
                y0[218] = u0_2;
                y0[219] = u0_3;
                y0[220] = u0_4;
                y0[221] = u0_5;
                y0[222] = u0_6;
                y0[223] = u0_7;
                y0[440] = u1_0;
                y0[441] = u1_1;
                y0[442] = u1_2;
                y0[443] = u1_3;
                y0[444] = u1_4;
                y0[445] = u1_5;
                y0[446] = u1_6;
                y0[447] = u1_7;
            }
}
    }
    return 0;
}

/* conv2d_2 (Conv2D) 28x28x8 -> 28x28x1, activation sigmoid
 * Dense convolution: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x28x28x8: strides n=6272 c=1 d=6272 h=224 w=8
 *   output 1x28x28x1: strides n=784 c=1 d=784 h=28 w=1
 *   weights [1][1][3][3][8][8], bias [1][8] at 576
 *   padding before (d, h, w) = (0, 1, 1)
 *   columns: 1 group(s) of register tiles (2 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_autoencoder_layer4(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_sigmoid(t[f]);
}

#if !CG_VECTOR
/* The activation over one finished output row (28 x 1 values), for the
 * portable branch: in a loop of its own GCC keeps its constants in registers, where applied
 * to each tile's values it would reload them from memory for every tile. */
static void act_autoencoder_layer4(float *y_row)
{
    for (int i = 0; i < 28; ++i) {   /* the row is contiguous */
        const float v = y_row[i];
        y_row[i] = cg_sigmoid(v);
    }
}
#endif

static int autoencoder_layer4(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 576;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[8];   /* a pixel's values on their way to the scalar store */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR(private(t))
    for (int oh = 0; oh < 28; ++oh) {
        float *y_row = y + oh * 28;
        {
            const float *wf = weights;
            /* columns q: interior for q in [1, 27) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 14 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a9_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a10_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a11_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a12_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a13_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 28) continue;
                    const float *xr = input + ih * 224;
                    const float *wr = wf + kh * 192;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 56];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 88];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a13_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 64;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 56];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 88];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 104];
                                a13_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 128;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 8];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 56];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 88];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 104];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 112];
                                a13_0 += w0 * xv;
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_autoencoder_layer4(y_row, t, 1);
CG_STORE(cg_v8, t, a1_0); 
                store_autoencoder_layer4(y_row + 1, t, 1);
CG_STORE(cg_v8, t, a2_0); 
                store_autoencoder_layer4(y_row + 2, t, 1);
CG_STORE(cg_v8, t, a3_0); 
                store_autoencoder_layer4(y_row + 3, t, 1);
CG_STORE(cg_v8, t, a4_0); 
                store_autoencoder_layer4(y_row + 4, t, 1);
CG_STORE(cg_v8, t, a5_0); 
                store_autoencoder_layer4(y_row + 5, t, 1);
CG_STORE(cg_v8, t, a6_0); 
                store_autoencoder_layer4(y_row + 6, t, 1);
CG_STORE(cg_v8, t, a7_0); 
                store_autoencoder_layer4(y_row + 7, t, 1);
CG_STORE(cg_v8, t, a8_0); 
                store_autoencoder_layer4(y_row + 8, t, 1);
CG_STORE(cg_v8, t, a9_0); 
                store_autoencoder_layer4(y_row + 9, t, 1);
CG_STORE(cg_v8, t, a10_0); 
                store_autoencoder_layer4(y_row + 10, t, 1);
CG_STORE(cg_v8, t, a11_0); 
                store_autoencoder_layer4(y_row + 11, t, 1);
CG_STORE(cg_v8, t, a12_0); 
                store_autoencoder_layer4(y_row + 12, t, 1);
CG_STORE(cg_v8, t, a13_0); 
                store_autoencoder_layer4(y_row + 13, t, 1);
            }

            {   /* 14 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a9_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a10_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a11_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a12_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a13_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 28) continue;
                    const float *xr = input + ih * 224;
                    const float *wr = wf + kh * 192;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 104];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 112];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 120];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 136];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 144];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 152];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 168];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 176];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 184];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 200];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 208];
                                a13_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 64;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 112];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 120];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 136];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 144];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 152];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 168];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 176];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 184];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 200];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 208];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 216];
                                a13_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 */
                        const float *w = wr + 128;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 120];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 136];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 144];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 152];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 168];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 176];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 184];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 200];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 208];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 216];
                                a12_0 += w0 * xv;
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_autoencoder_layer4(y_row + 14, t, 1);
CG_STORE(cg_v8, t, a1_0); 
                store_autoencoder_layer4(y_row + 15, t, 1);
CG_STORE(cg_v8, t, a2_0); 
                store_autoencoder_layer4(y_row + 16, t, 1);
CG_STORE(cg_v8, t, a3_0); 
                store_autoencoder_layer4(y_row + 17, t, 1);
CG_STORE(cg_v8, t, a4_0); 
                store_autoencoder_layer4(y_row + 18, t, 1);
CG_STORE(cg_v8, t, a5_0); 
                store_autoencoder_layer4(y_row + 19, t, 1);
CG_STORE(cg_v8, t, a6_0); 
                store_autoencoder_layer4(y_row + 20, t, 1);
CG_STORE(cg_v8, t, a7_0); 
                store_autoencoder_layer4(y_row + 21, t, 1);
CG_STORE(cg_v8, t, a8_0); 
                store_autoencoder_layer4(y_row + 22, t, 1);
CG_STORE(cg_v8, t, a9_0); 
                store_autoencoder_layer4(y_row + 23, t, 1);
CG_STORE(cg_v8, t, a10_0); 
                store_autoencoder_layer4(y_row + 24, t, 1);
CG_STORE(cg_v8, t, a11_0); 
                store_autoencoder_layer4(y_row + 25, t, 1);
CG_STORE(cg_v8, t, a12_0); 
                store_autoencoder_layer4(y_row + 26, t, 1);
CG_STORE(cg_v8, t, a13_0); 
                store_autoencoder_layer4(y_row + 27, t, 1);
            }


#else
            {   /* 10 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a9_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 28) continue;
                    const float *xr = input + ih * 224;
                    const float *wr = wf + kh * 192;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 56];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a9_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 64;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 56];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a9_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 128;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 8];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 56];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
                                a9_0 += w0 * xv;
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_autoencoder_layer4(y_row, t, 1);
CG_STORE(cg_v8, t, a1_0); 
                store_autoencoder_layer4(y_row + 1, t, 1);
CG_STORE(cg_v8, t, a2_0); 
                store_autoencoder_layer4(y_row + 2, t, 1);
CG_STORE(cg_v8, t, a3_0); 
                store_autoencoder_layer4(y_row + 3, t, 1);
CG_STORE(cg_v8, t, a4_0); 
                store_autoencoder_layer4(y_row + 4, t, 1);
CG_STORE(cg_v8, t, a5_0); 
                store_autoencoder_layer4(y_row + 5, t, 1);
CG_STORE(cg_v8, t, a6_0); 
                store_autoencoder_layer4(y_row + 6, t, 1);
CG_STORE(cg_v8, t, a7_0); 
                store_autoencoder_layer4(y_row + 7, t, 1);
CG_STORE(cg_v8, t, a8_0); 
                store_autoencoder_layer4(y_row + 8, t, 1);
CG_STORE(cg_v8, t, a9_0); 
                store_autoencoder_layer4(y_row + 9, t, 1);
            }

            for (int q = 10; q < 19; q += 9)
            {   /* 9 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 28) continue;
                    const float *xr = input + ih * 224 + q * 8;
                    const float *wr = wf + kh * 192;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c - 8];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 56];
                                a8_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 64;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 56];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a8_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 128;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 8];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 56];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a8_0 += w0 * xv;
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_autoencoder_layer4(y_row + q, t, 1);
CG_STORE(cg_v8, t, a1_0); 
                store_autoencoder_layer4(y_row + q + 1, t, 1);
CG_STORE(cg_v8, t, a2_0); 
                store_autoencoder_layer4(y_row + q + 2, t, 1);
CG_STORE(cg_v8, t, a3_0); 
                store_autoencoder_layer4(y_row + q + 3, t, 1);
CG_STORE(cg_v8, t, a4_0); 
                store_autoencoder_layer4(y_row + q + 4, t, 1);
CG_STORE(cg_v8, t, a5_0); 
                store_autoencoder_layer4(y_row + q + 5, t, 1);
CG_STORE(cg_v8, t, a6_0); 
                store_autoencoder_layer4(y_row + q + 6, t, 1);
CG_STORE(cg_v8, t, a7_0); 
                store_autoencoder_layer4(y_row + q + 7, t, 1);
CG_STORE(cg_v8, t, a8_0); 
                store_autoencoder_layer4(y_row + q + 8, t, 1);
            }

            {   /* 9 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 28) continue;
                    const float *xr = input + ih * 224;
                    const float *wr = wf + kh * 192;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 144];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 152];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 168];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 176];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 184];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 200];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 208];
                                a8_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 64;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 152];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 168];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 176];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 184];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 200];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 208];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 216];
                                a8_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5, 6, 7 */
                        const float *w = wr + 128;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 160];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 168];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 176];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 184];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 200];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 208];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 216];
                                a7_0 += w0 * xv;
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_autoencoder_layer4(y_row + 19, t, 1);
CG_STORE(cg_v8, t, a1_0); 
                store_autoencoder_layer4(y_row + 20, t, 1);
CG_STORE(cg_v8, t, a2_0); 
                store_autoencoder_layer4(y_row + 21, t, 1);
CG_STORE(cg_v8, t, a3_0); 
                store_autoencoder_layer4(y_row + 22, t, 1);
CG_STORE(cg_v8, t, a4_0); 
                store_autoencoder_layer4(y_row + 23, t, 1);
CG_STORE(cg_v8, t, a5_0); 
                store_autoencoder_layer4(y_row + 24, t, 1);
CG_STORE(cg_v8, t, a6_0); 
                store_autoencoder_layer4(y_row + 25, t, 1);
CG_STORE(cg_v8, t, a7_0); 
                store_autoencoder_layer4(y_row + 26, t, 1);
CG_STORE(cg_v8, t, a8_0); 
                store_autoencoder_layer4(y_row + 27, t, 1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_autoencoder_layer4;   /* unused: the tiles store their values themselves, the row pass applies the activation */
    for (int oh = 0; oh < 28; ++oh) {
        float *y_row = y + oh * 28;
        {   /* block 0: 1 filters */
            const float *wf = weights;
            {
                /* columns q: interior for q in [1, 27) */
                {   /* 10 pixel(s) x 1 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[0];
                    float a0_0 = b0;
                    float a1_0 = b0;
                    float a2_0 = b0;
                    float a3_0 = b0;
                    float a4_0 = b0;
                    float a5_0 = b0;
                    float a6_0 = b0;
                    float a7_0 = b0;
                    float a8_0 = b0;
                    float a9_0 = b0;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 28) continue;
                        const float *xr = input + ih * 224;
                        const float *wr = wf + kh * 192;
                        /* the taps along w unrolled inside the channel loop: each input column is loaded once for the taps and pixels reading it */
                        for (int c = 0; c < 8; ++c) {
                            const float *wc = wr + c * 8;
                            {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9 */
                                const float *w = wc;
                                const float w0 = w[0];
                                {
                                    const float xv = xr[c];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 8];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 16];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 24];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 32];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 40];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 48];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 56];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 64];
                                    a9_0 += w0 * xv;
                                }
                            }
                            {   /* tap kw = 1 */
                                const float *w = wc + 64;
                                const float w0 = w[0];
                                {
                                    const float xv = xr[c];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 8];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 16];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 24];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 32];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 40];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 48];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 56];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 64];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 72];
                                    a9_0 += w0 * xv;
                                }
                            }
                            {   /* tap kw = 2 */
                                const float *w = wc + 128;
                                const float w0 = w[0];
                                {
                                    const float xv = xr[c + 8];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 16];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 24];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 32];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 40];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 48];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 56];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 64];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 72];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 80];
                                    a9_0 += w0 * xv;
                                }
                            }
                        }
                    }
                    y_row[0] = a0_0;
                    y_row[1] = a1_0;
                    y_row[2] = a2_0;
                    y_row[3] = a3_0;
                    y_row[4] = a4_0;
                    y_row[5] = a5_0;
                    y_row[6] = a6_0;
                    y_row[7] = a7_0;
                    y_row[8] = a8_0;
                    y_row[9] = a9_0;
}
                for (int q = 10; q < 19; q += 9)
                {   /* 9 pixel(s) x 1 filter(s) in scalar registers */
                    const float b0 = bias[0];
                    float a0_0 = b0;
                    float a1_0 = b0;
                    float a2_0 = b0;
                    float a3_0 = b0;
                    float a4_0 = b0;
                    float a5_0 = b0;
                    float a6_0 = b0;
                    float a7_0 = b0;
                    float a8_0 = b0;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 28) continue;
                        const float *xr = input + ih * 224 + q * 8;
                        const float *wr = wf + kh * 192;
                        /* the taps along w unrolled inside the channel loop: each input column is loaded once for the taps and pixels reading it */
                        for (int c = 0; c < 8; ++c) {
                            const float *wc = wr + c * 8;
                            {   /* tap kw = 0 */
                                const float *w = wc;
                                const float w0 = w[0];
                                {
                                    const float xv = xr[c - 8];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 8];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 16];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 24];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 32];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 40];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 48];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 56];
                                    a8_0 += w0 * xv;
                                }
                            }
                            {   /* tap kw = 1 */
                                const float *w = wc + 64;
                                const float w0 = w[0];
                                {
                                    const float xv = xr[c];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 8];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 16];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 24];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 32];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 40];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 48];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 56];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 64];
                                    a8_0 += w0 * xv;
                                }
                            }
                            {   /* tap kw = 2 */
                                const float *w = wc + 128;
                                const float w0 = w[0];
                                {
                                    const float xv = xr[c + 8];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 16];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 24];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 32];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 40];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 48];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 56];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 64];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 72];
                                    a8_0 += w0 * xv;
                                }
                            }
                        }
                    }
                    y_row[q] = a0_0;
                    y_row[q + 1] = a1_0;
                    y_row[q + 2] = a2_0;
                    y_row[q + 3] = a3_0;
                    y_row[q + 4] = a4_0;
                    y_row[q + 5] = a5_0;
                    y_row[q + 6] = a6_0;
                    y_row[q + 7] = a7_0;
                    y_row[q + 8] = a8_0;
}
                {   /* 9 pixel(s) x 1 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[0];
                    float a0_0 = b0;
                    float a1_0 = b0;
                    float a2_0 = b0;
                    float a3_0 = b0;
                    float a4_0 = b0;
                    float a5_0 = b0;
                    float a6_0 = b0;
                    float a7_0 = b0;
                    float a8_0 = b0;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 28) continue;
                        const float *xr = input + ih * 224;
                        const float *wr = wf + kh * 192;
                        /* the taps along w unrolled inside the channel loop: each input column is loaded once for the taps and pixels reading it */
                        for (int c = 0; c < 8; ++c) {
                            const float *wc = wr + c * 8;
                            {   /* tap kw = 0 */
                                const float *w = wc;
                                const float w0 = w[0];
                                {
                                    const float xv = xr[c + 144];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 152];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 160];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 168];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 176];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 184];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 192];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 200];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 208];
                                    a8_0 += w0 * xv;
                                }
                            }
                            {   /* tap kw = 1 */
                                const float *w = wc + 64;
                                const float w0 = w[0];
                                {
                                    const float xv = xr[c + 152];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 160];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 168];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 176];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 184];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 192];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 200];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 208];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 216];
                                    a8_0 += w0 * xv;
                                }
                            }
                            {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5, 6, 7 */
                                const float *w = wc + 128;
                                const float w0 = w[0];
                                {
                                    const float xv = xr[c + 160];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 168];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 176];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 184];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 192];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 200];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 208];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 216];
                                    a7_0 += w0 * xv;
                                }
                            }
                        }
                    }
                    y_row[19] = a0_0;
                    y_row[20] = a1_0;
                    y_row[21] = a2_0;
                    y_row[22] = a3_0;
                    y_row[23] = a4_0;
                    y_row[24] = a5_0;
                    y_row[25] = a6_0;
                    y_row[26] = a7_0;
                    y_row[27] = a8_0;
}
            }
        }
        act_autoencoder_layer4(y_row);   /* the finished row's activation */
    }
#endif
    return 0;
}

/* conv2d (Conv2D) 28x28x1 -> 14x14x16, activation relu; conv2d_1 (Conv2D) 14x14x16 -> 7x7x8, activation relu; conv2d_transpose (Conv2DTranspose) 7x7x8 -> 14x14x8, activation relu; up_sampling2d (UpSampling2D) 14x14x8 -> 28x28x8, bilinear; conv2d_2 (Conv2D) 28x28x8 -> 28x28x1, activation sigmoid
 * Workspace: 7840 floats: conv2d at 0 (3136 floats, steps 0-1), conv2d_1 at 3136 (392 floats, steps 1-2), conv2d_transpose at 6272 (1568 floats, steps 2-3), up_sampling2d at 0 (6272 floats, steps 3-4). */
int autoencoder(const float *input, const float *weights, float *output, float *workspace)
{
    autoencoder_layer0(input, weights, workspace, workspace);
    autoencoder_layer1(workspace, weights + 160, workspace + 3136, workspace);
    autoencoder_layer2(workspace + 3136, weights + 1320, workspace + 6272, workspace);
    autoencoder_layer3(workspace + 6272, weights + 1904, workspace, workspace);
    autoencoder_layer4(workspace, weights + 1904, output, workspace);
    return 0;
}
