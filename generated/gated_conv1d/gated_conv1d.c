/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: gated_conv1d.yaml
 *   Template: model.c.j2, dense.c.j2, merge.c.j2
 */
#include "gated_conv1d.h"

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

static inline __attribute__((unused)) void cg_v8_tanh(cg_v8 *x)
{
    cg_v8 e;
#if defined(__AVX__) && (defined(__x86_64__) || defined(__i386__))
    e = __builtin_ia32_minps256(((cg_v8){0.0f} + 20.0f), __builtin_ia32_maxps256(((cg_v8){0.0f} + -20.0f), *x));
#else
    e = (cg_v8)(((cg_i8)(((cg_v8){0.0f} + -20.0f)) & ((*x < -20.0f))) | ((cg_i8)(*x) & ~((*x < -20.0f))));
    e = (cg_v8)(((cg_i8)(((cg_v8){0.0f} + 20.0f)) & ((e > 20.0f))) | ((cg_i8)(e) & ~((e > 20.0f))));
#endif
    e = 2.0f * e;
    cg_v8_exp_bounded(&e);
    *x = (e - 1.0f) / (e + 1.0f);
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

static inline __attribute__((unused)) void cg_v16_tanh(cg_v16 *x)
{
    cg_v16 e;
    e = (cg_v16)(((cg_i16)(((cg_v16){0.0f} + -20.0f)) & ((*x < -20.0f))) | ((cg_i16)(*x) & ~((*x < -20.0f))));
    e = (cg_v16)(((cg_i16)(((cg_v16){0.0f} + 20.0f)) & ((e > 20.0f))) | ((cg_i16)(e) & ~((e > 20.0f))));
    e = 2.0f * e;
    cg_v16_exp_bounded(&e);
    *x = (e - 1.0f) / (e + 1.0f);
}

#else
#define CG_VECTOR 0
#endif

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_linear(float x) { return x; }

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

/* b1_filter (Conv1D) 64x16 -> 64x16, activation tanh
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x64x16: strides n=1024 c=1 d=1024 h=1024 w=16
 *   output 1x64x16: strides n=1024 c=1 d=1024 h=1024 w=16
 *   weights [1][1][1][3][16][16], bias [1][16] at 768
 *   padding before (d, h, w) = (0, 0, 2)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_gated_conv1d_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_tanh(t[f]);
}

#if CG_VECTOR
/* The activation over one output row of a filter block, in a function of its own: inlined
 * into the tiles' loop nest, its constants would take the accumulators' registers. */
static __attribute__((noinline)) void activate_gated_conv1d_layer0(float *y_row)
{
#if defined(__AVX512F__)
    for (int ow = 0; ow < 64; ++ow)
        for (int f = 0; f < 16; f += 16) {
            float *o = y_row + ow * 16 + f;
            cg_v16 v = CG_LOAD(cg_v16, o);
            cg_v16_tanh(&v);
            CG_STORE(cg_v16, o, v);
        }

#else
    for (int ow = 0; ow < 64; ++ow)
        for (int f = 0; f < 16; f += 8) {
            float *o = y_row + ow * 16 + f;
            cg_v8 v = CG_LOAD(cg_v8, o);
            cg_v8_tanh(&v);
            CG_STORE(cg_v8, o, v);
        }

#endif
}
#endif

#if !CG_VECTOR
/* The activation over one finished output row (64 x 16 values), for the
 * portable branch: in a loop of its own GCC keeps its constants in registers, where applied
 * to each tile's values it would reload them from memory for every tile. */
static void act_gated_conv1d_layer0(float *y_row)
{
    for (int i = 0; i < 1024; ++i) {   /* the row is contiguous */
        const float v = y_row[i];
        y_row[i] = cg_tanh(v);
    }
}
#endif

static int gated_conv1d_layer0(const float *input, const float *weights, float *output,
                               float *workspace)
{
    const float *bias = weights + 768;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_gated_conv1d_layer0;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    {
        float *y_row = y;
        {
            const float *wf = weights;
            /* columns q: interior for q in [2, 64) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 16 output pixel(s) x 16 filters in 1 cg_v16: an edge tile, each tap only where its column exists */
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
                cg_v16 a14_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a15_0 = CG_LOAD(cg_v16, bias);
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 1, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 */
                    const float *w = wr + 256;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                CG_STORE(cg_v16, y_row, a0_0);
                CG_STORE(cg_v16, y_row + 16, a1_0);
                CG_STORE(cg_v16, y_row + 32, a2_0);
                CG_STORE(cg_v16, y_row + 48, a3_0);
                CG_STORE(cg_v16, y_row + 64, a4_0);
                CG_STORE(cg_v16, y_row + 80, a5_0);
                CG_STORE(cg_v16, y_row + 96, a6_0);
                CG_STORE(cg_v16, y_row + 112, a7_0);
                CG_STORE(cg_v16, y_row + 128, a8_0);
                CG_STORE(cg_v16, y_row + 144, a9_0);
                CG_STORE(cg_v16, y_row + 160, a10_0);
                CG_STORE(cg_v16, y_row + 176, a11_0);
                CG_STORE(cg_v16, y_row + 192, a12_0);
                CG_STORE(cg_v16, y_row + 208, a13_0);
                CG_STORE(cg_v16, y_row + 224, a14_0);
                CG_STORE(cg_v16, y_row + 240, a15_0);
            }

            for (int q = 16; q < 64; q += 16)
            {   /* 16 output pixel(s) x 16 filters in 1 cg_v16, no bounds checks along w */
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
                cg_v16 a14_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a15_0 = CG_LOAD(cg_v16, bias);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c - 32];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c - 16];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 256;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c - 16];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                CG_STORE(cg_v16, y_row + q * 16, a0_0);
                CG_STORE(cg_v16, y_row + q * 16 + 16, a1_0);
                CG_STORE(cg_v16, y_row + q * 16 + 32, a2_0);
                CG_STORE(cg_v16, y_row + q * 16 + 48, a3_0);
                CG_STORE(cg_v16, y_row + q * 16 + 64, a4_0);
                CG_STORE(cg_v16, y_row + q * 16 + 80, a5_0);
                CG_STORE(cg_v16, y_row + q * 16 + 96, a6_0);
                CG_STORE(cg_v16, y_row + q * 16 + 112, a7_0);
                CG_STORE(cg_v16, y_row + q * 16 + 128, a8_0);
                CG_STORE(cg_v16, y_row + q * 16 + 144, a9_0);
                CG_STORE(cg_v16, y_row + q * 16 + 160, a10_0);
                CG_STORE(cg_v16, y_row + q * 16 + 176, a11_0);
                CG_STORE(cg_v16, y_row + q * 16 + 192, a12_0);
                CG_STORE(cg_v16, y_row + q * 16 + 208, a13_0);
                CG_STORE(cg_v16, y_row + q * 16 + 224, a14_0);
                CG_STORE(cg_v16, y_row + q * 16 + 240, a15_0);
            }


#else
            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 2, 3, 4, 5 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1, pixels 1, 2, 3, 4, 5 */
                    const float *w = wr + 256;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row, a0_0);
                CG_STORE(cg_v8, y_row + 8, a0_1);
                CG_STORE(cg_v8, y_row + 16, a1_0);
                CG_STORE(cg_v8, y_row + 24, a1_1);
                CG_STORE(cg_v8, y_row + 32, a2_0);
                CG_STORE(cg_v8, y_row + 40, a2_1);
                CG_STORE(cg_v8, y_row + 48, a3_0);
                CG_STORE(cg_v8, y_row + 56, a3_1);
                CG_STORE(cg_v8, y_row + 64, a4_0);
                CG_STORE(cg_v8, y_row + 72, a4_1);
                CG_STORE(cg_v8, y_row + 80, a5_0);
                CG_STORE(cg_v8, y_row + 88, a5_1);
            }

            for (int q = 6; q < 54; q += 6)
            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 32];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 256;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 16];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + q * 16, a0_0);
                CG_STORE(cg_v8, y_row + q * 16 + 8, a0_1);
                CG_STORE(cg_v8, y_row + q * 16 + 16, a1_0);
                CG_STORE(cg_v8, y_row + q * 16 + 24, a1_1);
                CG_STORE(cg_v8, y_row + q * 16 + 32, a2_0);
                CG_STORE(cg_v8, y_row + q * 16 + 40, a2_1);
                CG_STORE(cg_v8, y_row + q * 16 + 48, a3_0);
                CG_STORE(cg_v8, y_row + q * 16 + 56, a3_1);
                CG_STORE(cg_v8, y_row + q * 16 + 64, a4_0);
                CG_STORE(cg_v8, y_row + q * 16 + 72, a4_1);
                CG_STORE(cg_v8, y_row + q * 16 + 80, a5_0);
                CG_STORE(cg_v8, y_row + q * 16 + 88, a5_1);
            }

            for (int q = 54; q < 64; q += 5)
            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 32];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 256;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 16];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + q * 16, a0_0);
                CG_STORE(cg_v8, y_row + q * 16 + 8, a0_1);
                CG_STORE(cg_v8, y_row + q * 16 + 16, a1_0);
                CG_STORE(cg_v8, y_row + q * 16 + 24, a1_1);
                CG_STORE(cg_v8, y_row + q * 16 + 32, a2_0);
                CG_STORE(cg_v8, y_row + q * 16 + 40, a2_1);
                CG_STORE(cg_v8, y_row + q * 16 + 48, a3_0);
                CG_STORE(cg_v8, y_row + q * 16 + 56, a3_1);
                CG_STORE(cg_v8, y_row + q * 16 + 64, a4_0);
                CG_STORE(cg_v8, y_row + q * 16 + 72, a4_1);
            }


#endif
            activate_gated_conv1d_layer0(y_row);   /* the finished row of a full block */
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_gated_conv1d_layer0;   /* unused: the tiles store their values themselves, the row pass applies the activation */
    {
        float *y_row = y;
        {   /* block 0: 16 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 16; f0 += 4) {
                /* columns q: interior for q in [2, 64) */
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0, pixels 2, 3, 4, 5 */
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1, pixels 1, 2, 3, 4, 5 */
                        const float *w = wr + 256;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 512;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[f0] = a0_0;
                    y_row[f0 + 1] = a0_1;
                    y_row[f0 + 2] = a0_2;
                    y_row[f0 + 3] = a0_3;
                    y_row[f0 + 16] = a1_0;
                    y_row[f0 + 17] = a1_1;
                    y_row[f0 + 18] = a1_2;
                    y_row[f0 + 19] = a1_3;
                    y_row[f0 + 32] = a2_0;
                    y_row[f0 + 33] = a2_1;
                    y_row[f0 + 34] = a2_2;
                    y_row[f0 + 35] = a2_3;
                    y_row[f0 + 48] = a3_0;
                    y_row[f0 + 49] = a3_1;
                    y_row[f0 + 50] = a3_2;
                    y_row[f0 + 51] = a3_3;
                    y_row[f0 + 64] = a4_0;
                    y_row[f0 + 65] = a4_1;
                    y_row[f0 + 66] = a4_2;
                    y_row[f0 + 67] = a4_3;
                    y_row[f0 + 80] = a5_0;
                    y_row[f0 + 81] = a5_1;
                    y_row[f0 + 82] = a5_2;
                    y_row[f0 + 83] = a5_3;
}
                for (int q = 6; q < 54; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + q * 16;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 32];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 32];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 48];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *xk = xr + 16;
                        const float *w = wr + 256;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 32];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 32];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 48];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *xk = xr + 32;
                        const float *w = wr + 512;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 32];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 32];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 48];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 16 + f0] = a0_0;
                    y_row[q * 16 + f0 + 1] = a0_1;
                    y_row[q * 16 + f0 + 2] = a0_2;
                    y_row[q * 16 + f0 + 3] = a0_3;
                    y_row[q * 16 + f0 + 16] = a1_0;
                    y_row[q * 16 + f0 + 17] = a1_1;
                    y_row[q * 16 + f0 + 18] = a1_2;
                    y_row[q * 16 + f0 + 19] = a1_3;
                    y_row[q * 16 + f0 + 32] = a2_0;
                    y_row[q * 16 + f0 + 33] = a2_1;
                    y_row[q * 16 + f0 + 34] = a2_2;
                    y_row[q * 16 + f0 + 35] = a2_3;
                    y_row[q * 16 + f0 + 48] = a3_0;
                    y_row[q * 16 + f0 + 49] = a3_1;
                    y_row[q * 16 + f0 + 50] = a3_2;
                    y_row[q * 16 + f0 + 51] = a3_3;
                    y_row[q * 16 + f0 + 64] = a4_0;
                    y_row[q * 16 + f0 + 65] = a4_1;
                    y_row[q * 16 + f0 + 66] = a4_2;
                    y_row[q * 16 + f0 + 67] = a4_3;
                    y_row[q * 16 + f0 + 80] = a5_0;
                    y_row[q * 16 + f0 + 81] = a5_1;
                    y_row[q * 16 + f0 + 82] = a5_2;
                    y_row[q * 16 + f0 + 83] = a5_3;
}
                for (int q = 54; q < 64; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + q * 16;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 32];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 32];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *xk = xr + 16;
                        const float *w = wr + 256;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 32];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 32];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *xk = xr + 32;
                        const float *w = wr + 512;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 32];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 32];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 16 + f0] = a0_0;
                    y_row[q * 16 + f0 + 1] = a0_1;
                    y_row[q * 16 + f0 + 2] = a0_2;
                    y_row[q * 16 + f0 + 3] = a0_3;
                    y_row[q * 16 + f0 + 16] = a1_0;
                    y_row[q * 16 + f0 + 17] = a1_1;
                    y_row[q * 16 + f0 + 18] = a1_2;
                    y_row[q * 16 + f0 + 19] = a1_3;
                    y_row[q * 16 + f0 + 32] = a2_0;
                    y_row[q * 16 + f0 + 33] = a2_1;
                    y_row[q * 16 + f0 + 34] = a2_2;
                    y_row[q * 16 + f0 + 35] = a2_3;
                    y_row[q * 16 + f0 + 48] = a3_0;
                    y_row[q * 16 + f0 + 49] = a3_1;
                    y_row[q * 16 + f0 + 50] = a3_2;
                    y_row[q * 16 + f0 + 51] = a3_3;
                    y_row[q * 16 + f0 + 64] = a4_0;
                    y_row[q * 16 + f0 + 65] = a4_1;
                    y_row[q * 16 + f0 + 66] = a4_2;
                    y_row[q * 16 + f0 + 67] = a4_3;
}
            }
        }
        act_gated_conv1d_layer0(y_row);   /* the finished row's activation */
    }
#endif
    return 0;
}

/* b1_gate (Conv1D) 64x16 -> 64x16, activation sigmoid
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x64x16: strides n=1024 c=1 d=1024 h=1024 w=16
 *   output 1x64x16: strides n=1024 c=1 d=1024 h=1024 w=16
 *   weights [1][1][1][3][16][16], bias [1][16] at 768
 *   padding before (d, h, w) = (0, 0, 2)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_gated_conv1d_layer1(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_sigmoid(t[f]);
}

#if CG_VECTOR
/* The activation over one output row of a filter block, in a function of its own: inlined
 * into the tiles' loop nest, its constants would take the accumulators' registers. */
static __attribute__((noinline)) void activate_gated_conv1d_layer1(float *y_row)
{
#if defined(__AVX512F__)
    for (int ow = 0; ow < 64; ++ow)
        for (int f = 0; f < 16; f += 16) {
            float *o = y_row + ow * 16 + f;
            cg_v16 v = CG_LOAD(cg_v16, o);
            cg_v16_sigmoid(&v);
            CG_STORE(cg_v16, o, v);
        }

#else
    for (int ow = 0; ow < 64; ++ow)
        for (int f = 0; f < 16; f += 8) {
            float *o = y_row + ow * 16 + f;
            cg_v8 v = CG_LOAD(cg_v8, o);
            cg_v8_sigmoid(&v);
            CG_STORE(cg_v8, o, v);
        }

#endif
}
#endif

#if !CG_VECTOR
/* The activation over one finished output row (64 x 16 values), for the
 * portable branch: in a loop of its own GCC keeps its constants in registers, where applied
 * to each tile's values it would reload them from memory for every tile. */
static void act_gated_conv1d_layer1(float *y_row)
{
    for (int i = 0; i < 1024; ++i) {   /* the row is contiguous */
        const float v = y_row[i];
        y_row[i] = cg_sigmoid(v);
    }
}
#endif

static int gated_conv1d_layer1(const float *input, const float *weights, float *output,
                               float *workspace)
{
    const float *bias = weights + 768;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_gated_conv1d_layer1;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    {
        float *y_row = y;
        {
            const float *wf = weights;
            /* columns q: interior for q in [2, 64) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 16 output pixel(s) x 16 filters in 1 cg_v16: an edge tile, each tap only where its column exists */
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
                cg_v16 a14_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a15_0 = CG_LOAD(cg_v16, bias);
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 1, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 */
                    const float *w = wr + 256;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                CG_STORE(cg_v16, y_row, a0_0);
                CG_STORE(cg_v16, y_row + 16, a1_0);
                CG_STORE(cg_v16, y_row + 32, a2_0);
                CG_STORE(cg_v16, y_row + 48, a3_0);
                CG_STORE(cg_v16, y_row + 64, a4_0);
                CG_STORE(cg_v16, y_row + 80, a5_0);
                CG_STORE(cg_v16, y_row + 96, a6_0);
                CG_STORE(cg_v16, y_row + 112, a7_0);
                CG_STORE(cg_v16, y_row + 128, a8_0);
                CG_STORE(cg_v16, y_row + 144, a9_0);
                CG_STORE(cg_v16, y_row + 160, a10_0);
                CG_STORE(cg_v16, y_row + 176, a11_0);
                CG_STORE(cg_v16, y_row + 192, a12_0);
                CG_STORE(cg_v16, y_row + 208, a13_0);
                CG_STORE(cg_v16, y_row + 224, a14_0);
                CG_STORE(cg_v16, y_row + 240, a15_0);
            }

            for (int q = 16; q < 64; q += 16)
            {   /* 16 output pixel(s) x 16 filters in 1 cg_v16, no bounds checks along w */
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
                cg_v16 a14_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a15_0 = CG_LOAD(cg_v16, bias);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c - 32];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c - 16];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 256;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c - 16];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                CG_STORE(cg_v16, y_row + q * 16, a0_0);
                CG_STORE(cg_v16, y_row + q * 16 + 16, a1_0);
                CG_STORE(cg_v16, y_row + q * 16 + 32, a2_0);
                CG_STORE(cg_v16, y_row + q * 16 + 48, a3_0);
                CG_STORE(cg_v16, y_row + q * 16 + 64, a4_0);
                CG_STORE(cg_v16, y_row + q * 16 + 80, a5_0);
                CG_STORE(cg_v16, y_row + q * 16 + 96, a6_0);
                CG_STORE(cg_v16, y_row + q * 16 + 112, a7_0);
                CG_STORE(cg_v16, y_row + q * 16 + 128, a8_0);
                CG_STORE(cg_v16, y_row + q * 16 + 144, a9_0);
                CG_STORE(cg_v16, y_row + q * 16 + 160, a10_0);
                CG_STORE(cg_v16, y_row + q * 16 + 176, a11_0);
                CG_STORE(cg_v16, y_row + q * 16 + 192, a12_0);
                CG_STORE(cg_v16, y_row + q * 16 + 208, a13_0);
                CG_STORE(cg_v16, y_row + q * 16 + 224, a14_0);
                CG_STORE(cg_v16, y_row + q * 16 + 240, a15_0);
            }


#else
            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 2, 3, 4, 5 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1, pixels 1, 2, 3, 4, 5 */
                    const float *w = wr + 256;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row, a0_0);
                CG_STORE(cg_v8, y_row + 8, a0_1);
                CG_STORE(cg_v8, y_row + 16, a1_0);
                CG_STORE(cg_v8, y_row + 24, a1_1);
                CG_STORE(cg_v8, y_row + 32, a2_0);
                CG_STORE(cg_v8, y_row + 40, a2_1);
                CG_STORE(cg_v8, y_row + 48, a3_0);
                CG_STORE(cg_v8, y_row + 56, a3_1);
                CG_STORE(cg_v8, y_row + 64, a4_0);
                CG_STORE(cg_v8, y_row + 72, a4_1);
                CG_STORE(cg_v8, y_row + 80, a5_0);
                CG_STORE(cg_v8, y_row + 88, a5_1);
            }

            for (int q = 6; q < 54; q += 6)
            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 32];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 256;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 16];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + q * 16, a0_0);
                CG_STORE(cg_v8, y_row + q * 16 + 8, a0_1);
                CG_STORE(cg_v8, y_row + q * 16 + 16, a1_0);
                CG_STORE(cg_v8, y_row + q * 16 + 24, a1_1);
                CG_STORE(cg_v8, y_row + q * 16 + 32, a2_0);
                CG_STORE(cg_v8, y_row + q * 16 + 40, a2_1);
                CG_STORE(cg_v8, y_row + q * 16 + 48, a3_0);
                CG_STORE(cg_v8, y_row + q * 16 + 56, a3_1);
                CG_STORE(cg_v8, y_row + q * 16 + 64, a4_0);
                CG_STORE(cg_v8, y_row + q * 16 + 72, a4_1);
                CG_STORE(cg_v8, y_row + q * 16 + 80, a5_0);
                CG_STORE(cg_v8, y_row + q * 16 + 88, a5_1);
            }

            for (int q = 54; q < 64; q += 5)
            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 32];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 256;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 16];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + q * 16, a0_0);
                CG_STORE(cg_v8, y_row + q * 16 + 8, a0_1);
                CG_STORE(cg_v8, y_row + q * 16 + 16, a1_0);
                CG_STORE(cg_v8, y_row + q * 16 + 24, a1_1);
                CG_STORE(cg_v8, y_row + q * 16 + 32, a2_0);
                CG_STORE(cg_v8, y_row + q * 16 + 40, a2_1);
                CG_STORE(cg_v8, y_row + q * 16 + 48, a3_0);
                CG_STORE(cg_v8, y_row + q * 16 + 56, a3_1);
                CG_STORE(cg_v8, y_row + q * 16 + 64, a4_0);
                CG_STORE(cg_v8, y_row + q * 16 + 72, a4_1);
            }


#endif
            activate_gated_conv1d_layer1(y_row);   /* the finished row of a full block */
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_gated_conv1d_layer1;   /* unused: the tiles store their values themselves, the row pass applies the activation */
    {
        float *y_row = y;
        {   /* block 0: 16 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 16; f0 += 4) {
                /* columns q: interior for q in [2, 64) */
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0, pixels 2, 3, 4, 5 */
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1, pixels 1, 2, 3, 4, 5 */
                        const float *w = wr + 256;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 512;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[f0] = a0_0;
                    y_row[f0 + 1] = a0_1;
                    y_row[f0 + 2] = a0_2;
                    y_row[f0 + 3] = a0_3;
                    y_row[f0 + 16] = a1_0;
                    y_row[f0 + 17] = a1_1;
                    y_row[f0 + 18] = a1_2;
                    y_row[f0 + 19] = a1_3;
                    y_row[f0 + 32] = a2_0;
                    y_row[f0 + 33] = a2_1;
                    y_row[f0 + 34] = a2_2;
                    y_row[f0 + 35] = a2_3;
                    y_row[f0 + 48] = a3_0;
                    y_row[f0 + 49] = a3_1;
                    y_row[f0 + 50] = a3_2;
                    y_row[f0 + 51] = a3_3;
                    y_row[f0 + 64] = a4_0;
                    y_row[f0 + 65] = a4_1;
                    y_row[f0 + 66] = a4_2;
                    y_row[f0 + 67] = a4_3;
                    y_row[f0 + 80] = a5_0;
                    y_row[f0 + 81] = a5_1;
                    y_row[f0 + 82] = a5_2;
                    y_row[f0 + 83] = a5_3;
}
                for (int q = 6; q < 54; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + q * 16;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 32];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 32];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 48];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *xk = xr + 16;
                        const float *w = wr + 256;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 32];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 32];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 48];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *xk = xr + 32;
                        const float *w = wr + 512;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 32];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 32];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 48];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 16 + f0] = a0_0;
                    y_row[q * 16 + f0 + 1] = a0_1;
                    y_row[q * 16 + f0 + 2] = a0_2;
                    y_row[q * 16 + f0 + 3] = a0_3;
                    y_row[q * 16 + f0 + 16] = a1_0;
                    y_row[q * 16 + f0 + 17] = a1_1;
                    y_row[q * 16 + f0 + 18] = a1_2;
                    y_row[q * 16 + f0 + 19] = a1_3;
                    y_row[q * 16 + f0 + 32] = a2_0;
                    y_row[q * 16 + f0 + 33] = a2_1;
                    y_row[q * 16 + f0 + 34] = a2_2;
                    y_row[q * 16 + f0 + 35] = a2_3;
                    y_row[q * 16 + f0 + 48] = a3_0;
                    y_row[q * 16 + f0 + 49] = a3_1;
                    y_row[q * 16 + f0 + 50] = a3_2;
                    y_row[q * 16 + f0 + 51] = a3_3;
                    y_row[q * 16 + f0 + 64] = a4_0;
                    y_row[q * 16 + f0 + 65] = a4_1;
                    y_row[q * 16 + f0 + 66] = a4_2;
                    y_row[q * 16 + f0 + 67] = a4_3;
                    y_row[q * 16 + f0 + 80] = a5_0;
                    y_row[q * 16 + f0 + 81] = a5_1;
                    y_row[q * 16 + f0 + 82] = a5_2;
                    y_row[q * 16 + f0 + 83] = a5_3;
}
                for (int q = 54; q < 64; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + q * 16;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 32];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 32];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *xk = xr + 16;
                        const float *w = wr + 256;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 32];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 32];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *xk = xr + 32;
                        const float *w = wr + 512;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 32];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 32];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 16 + f0] = a0_0;
                    y_row[q * 16 + f0 + 1] = a0_1;
                    y_row[q * 16 + f0 + 2] = a0_2;
                    y_row[q * 16 + f0 + 3] = a0_3;
                    y_row[q * 16 + f0 + 16] = a1_0;
                    y_row[q * 16 + f0 + 17] = a1_1;
                    y_row[q * 16 + f0 + 18] = a1_2;
                    y_row[q * 16 + f0 + 19] = a1_3;
                    y_row[q * 16 + f0 + 32] = a2_0;
                    y_row[q * 16 + f0 + 33] = a2_1;
                    y_row[q * 16 + f0 + 34] = a2_2;
                    y_row[q * 16 + f0 + 35] = a2_3;
                    y_row[q * 16 + f0 + 48] = a3_0;
                    y_row[q * 16 + f0 + 49] = a3_1;
                    y_row[q * 16 + f0 + 50] = a3_2;
                    y_row[q * 16 + f0 + 51] = a3_3;
                    y_row[q * 16 + f0 + 64] = a4_0;
                    y_row[q * 16 + f0 + 65] = a4_1;
                    y_row[q * 16 + f0 + 66] = a4_2;
                    y_row[q * 16 + f0 + 67] = a4_3;
}
            }
        }
        act_gated_conv1d_layer1(y_row);   /* the finished row's activation */
    }
#endif
    return 0;
}

/* b1_gated (Multiply) 64x16, 64x16 -> 64x16
 * Elementwise over the output 1x64x16, inputs 1x64x16, 1x64x16: 1 loop(s)
 * after merging the axes every operand runs on contiguously; a stretched axis has stride 0. */
static int gated_conv1d_layer2(const float *in0, const float *in1, float *output)
{
    for (int i0 = 0; i0 < 1024; ++i0)
        output[i0] = in0[i0] * in1[i0];
    return 0;
}

/* b1_res (Conv1D) 64x16 -> 64x16; b1_out (Add) fused into its store, adding input
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x64x16: strides n=1024 c=1 d=1024 h=1024 w=16
 *   output 1x64x16: strides n=1024 c=1 d=1024 h=1024 w=16
 *   weights [1][1][1][1][16][16], bias [1][16] at 256
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_gated_conv1d_layer3(float *out, const float *t, int nf, const float *r)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_linear(t[f]) + r[f];
}

static int gated_conv1d_layer3(const float *input, const float *weights, float *output,
                               float *workspace, const float *residual)
{
    const float *bias = weights + 256;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_gated_conv1d_layer3;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    {
        float *y_row = y;
        const float *r_row = residual;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 64) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 64; q += 16)
            {   /* 16 output pixel(s) x 16 filters in 1 cg_v16, no bounds checks along w */
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
                cg_v16 a14_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a15_0 = CG_LOAD(cg_v16, bias);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                a0_0 += CG_LOAD(cg_v16, r_row + q * 16);
                CG_STORE(cg_v16, y_row + q * 16, a0_0);
                a1_0 += CG_LOAD(cg_v16, r_row + q * 16 + 16);
                CG_STORE(cg_v16, y_row + q * 16 + 16, a1_0);
                a2_0 += CG_LOAD(cg_v16, r_row + q * 16 + 32);
                CG_STORE(cg_v16, y_row + q * 16 + 32, a2_0);
                a3_0 += CG_LOAD(cg_v16, r_row + q * 16 + 48);
                CG_STORE(cg_v16, y_row + q * 16 + 48, a3_0);
                a4_0 += CG_LOAD(cg_v16, r_row + q * 16 + 64);
                CG_STORE(cg_v16, y_row + q * 16 + 64, a4_0);
                a5_0 += CG_LOAD(cg_v16, r_row + q * 16 + 80);
                CG_STORE(cg_v16, y_row + q * 16 + 80, a5_0);
                a6_0 += CG_LOAD(cg_v16, r_row + q * 16 + 96);
                CG_STORE(cg_v16, y_row + q * 16 + 96, a6_0);
                a7_0 += CG_LOAD(cg_v16, r_row + q * 16 + 112);
                CG_STORE(cg_v16, y_row + q * 16 + 112, a7_0);
                a8_0 += CG_LOAD(cg_v16, r_row + q * 16 + 128);
                CG_STORE(cg_v16, y_row + q * 16 + 128, a8_0);
                a9_0 += CG_LOAD(cg_v16, r_row + q * 16 + 144);
                CG_STORE(cg_v16, y_row + q * 16 + 144, a9_0);
                a10_0 += CG_LOAD(cg_v16, r_row + q * 16 + 160);
                CG_STORE(cg_v16, y_row + q * 16 + 160, a10_0);
                a11_0 += CG_LOAD(cg_v16, r_row + q * 16 + 176);
                CG_STORE(cg_v16, y_row + q * 16 + 176, a11_0);
                a12_0 += CG_LOAD(cg_v16, r_row + q * 16 + 192);
                CG_STORE(cg_v16, y_row + q * 16 + 192, a12_0);
                a13_0 += CG_LOAD(cg_v16, r_row + q * 16 + 208);
                CG_STORE(cg_v16, y_row + q * 16 + 208, a13_0);
                a14_0 += CG_LOAD(cg_v16, r_row + q * 16 + 224);
                CG_STORE(cg_v16, y_row + q * 16 + 224, a14_0);
                a15_0 += CG_LOAD(cg_v16, r_row + q * 16 + 240);
                CG_STORE(cg_v16, y_row + q * 16 + 240, a15_0);
            }


#else
            for (int q = 0; q < 54; q += 6)
            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                a0_0 += CG_LOAD(cg_v8, r_row + q * 16);
                CG_STORE(cg_v8, y_row + q * 16, a0_0);
                a0_1 += CG_LOAD(cg_v8, r_row + q * 16 + 8);
                CG_STORE(cg_v8, y_row + q * 16 + 8, a0_1);
                a1_0 += CG_LOAD(cg_v8, r_row + q * 16 + 16);
                CG_STORE(cg_v8, y_row + q * 16 + 16, a1_0);
                a1_1 += CG_LOAD(cg_v8, r_row + q * 16 + 24);
                CG_STORE(cg_v8, y_row + q * 16 + 24, a1_1);
                a2_0 += CG_LOAD(cg_v8, r_row + q * 16 + 32);
                CG_STORE(cg_v8, y_row + q * 16 + 32, a2_0);
                a2_1 += CG_LOAD(cg_v8, r_row + q * 16 + 40);
                CG_STORE(cg_v8, y_row + q * 16 + 40, a2_1);
                a3_0 += CG_LOAD(cg_v8, r_row + q * 16 + 48);
                CG_STORE(cg_v8, y_row + q * 16 + 48, a3_0);
                a3_1 += CG_LOAD(cg_v8, r_row + q * 16 + 56);
                CG_STORE(cg_v8, y_row + q * 16 + 56, a3_1);
                a4_0 += CG_LOAD(cg_v8, r_row + q * 16 + 64);
                CG_STORE(cg_v8, y_row + q * 16 + 64, a4_0);
                a4_1 += CG_LOAD(cg_v8, r_row + q * 16 + 72);
                CG_STORE(cg_v8, y_row + q * 16 + 72, a4_1);
                a5_0 += CG_LOAD(cg_v8, r_row + q * 16 + 80);
                CG_STORE(cg_v8, y_row + q * 16 + 80, a5_0);
                a5_1 += CG_LOAD(cg_v8, r_row + q * 16 + 88);
                CG_STORE(cg_v8, y_row + q * 16 + 88, a5_1);
            }

            for (int q = 54; q < 64; q += 5)
            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                a0_0 += CG_LOAD(cg_v8, r_row + q * 16);
                CG_STORE(cg_v8, y_row + q * 16, a0_0);
                a0_1 += CG_LOAD(cg_v8, r_row + q * 16 + 8);
                CG_STORE(cg_v8, y_row + q * 16 + 8, a0_1);
                a1_0 += CG_LOAD(cg_v8, r_row + q * 16 + 16);
                CG_STORE(cg_v8, y_row + q * 16 + 16, a1_0);
                a1_1 += CG_LOAD(cg_v8, r_row + q * 16 + 24);
                CG_STORE(cg_v8, y_row + q * 16 + 24, a1_1);
                a2_0 += CG_LOAD(cg_v8, r_row + q * 16 + 32);
                CG_STORE(cg_v8, y_row + q * 16 + 32, a2_0);
                a2_1 += CG_LOAD(cg_v8, r_row + q * 16 + 40);
                CG_STORE(cg_v8, y_row + q * 16 + 40, a2_1);
                a3_0 += CG_LOAD(cg_v8, r_row + q * 16 + 48);
                CG_STORE(cg_v8, y_row + q * 16 + 48, a3_0);
                a3_1 += CG_LOAD(cg_v8, r_row + q * 16 + 56);
                CG_STORE(cg_v8, y_row + q * 16 + 56, a3_1);
                a4_0 += CG_LOAD(cg_v8, r_row + q * 16 + 64);
                CG_STORE(cg_v8, y_row + q * 16 + 64, a4_0);
                a4_1 += CG_LOAD(cg_v8, r_row + q * 16 + 72);
                CG_STORE(cg_v8, y_row + q * 16 + 72, a4_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_gated_conv1d_layer3;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        const float *r_row = residual;
        {   /* block 0: 16 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 16; f0 += 4) {
                /* columns q: interior for q in [0, 64) */
                for (int q = 0; q < 54; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + q * 16;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 16 + f0] = cg_linear(a0_0) + r_row[q * 16 + f0];
                    y_row[q * 16 + f0 + 1] = cg_linear(a0_1) + r_row[q * 16 + f0 + 1];
                    y_row[q * 16 + f0 + 2] = cg_linear(a0_2) + r_row[q * 16 + f0 + 2];
                    y_row[q * 16 + f0 + 3] = cg_linear(a0_3) + r_row[q * 16 + f0 + 3];
                    y_row[q * 16 + f0 + 16] = cg_linear(a1_0) + r_row[q * 16 + f0 + 16];
                    y_row[q * 16 + f0 + 17] = cg_linear(a1_1) + r_row[q * 16 + f0 + 17];
                    y_row[q * 16 + f0 + 18] = cg_linear(a1_2) + r_row[q * 16 + f0 + 18];
                    y_row[q * 16 + f0 + 19] = cg_linear(a1_3) + r_row[q * 16 + f0 + 19];
                    y_row[q * 16 + f0 + 32] = cg_linear(a2_0) + r_row[q * 16 + f0 + 32];
                    y_row[q * 16 + f0 + 33] = cg_linear(a2_1) + r_row[q * 16 + f0 + 33];
                    y_row[q * 16 + f0 + 34] = cg_linear(a2_2) + r_row[q * 16 + f0 + 34];
                    y_row[q * 16 + f0 + 35] = cg_linear(a2_3) + r_row[q * 16 + f0 + 35];
                    y_row[q * 16 + f0 + 48] = cg_linear(a3_0) + r_row[q * 16 + f0 + 48];
                    y_row[q * 16 + f0 + 49] = cg_linear(a3_1) + r_row[q * 16 + f0 + 49];
                    y_row[q * 16 + f0 + 50] = cg_linear(a3_2) + r_row[q * 16 + f0 + 50];
                    y_row[q * 16 + f0 + 51] = cg_linear(a3_3) + r_row[q * 16 + f0 + 51];
                    y_row[q * 16 + f0 + 64] = cg_linear(a4_0) + r_row[q * 16 + f0 + 64];
                    y_row[q * 16 + f0 + 65] = cg_linear(a4_1) + r_row[q * 16 + f0 + 65];
                    y_row[q * 16 + f0 + 66] = cg_linear(a4_2) + r_row[q * 16 + f0 + 66];
                    y_row[q * 16 + f0 + 67] = cg_linear(a4_3) + r_row[q * 16 + f0 + 67];
                    y_row[q * 16 + f0 + 80] = cg_linear(a5_0) + r_row[q * 16 + f0 + 80];
                    y_row[q * 16 + f0 + 81] = cg_linear(a5_1) + r_row[q * 16 + f0 + 81];
                    y_row[q * 16 + f0 + 82] = cg_linear(a5_2) + r_row[q * 16 + f0 + 82];
                    y_row[q * 16 + f0 + 83] = cg_linear(a5_3) + r_row[q * 16 + f0 + 83];
}
                for (int q = 54; q < 64; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + q * 16;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 16 + f0] = cg_linear(a0_0) + r_row[q * 16 + f0];
                    y_row[q * 16 + f0 + 1] = cg_linear(a0_1) + r_row[q * 16 + f0 + 1];
                    y_row[q * 16 + f0 + 2] = cg_linear(a0_2) + r_row[q * 16 + f0 + 2];
                    y_row[q * 16 + f0 + 3] = cg_linear(a0_3) + r_row[q * 16 + f0 + 3];
                    y_row[q * 16 + f0 + 16] = cg_linear(a1_0) + r_row[q * 16 + f0 + 16];
                    y_row[q * 16 + f0 + 17] = cg_linear(a1_1) + r_row[q * 16 + f0 + 17];
                    y_row[q * 16 + f0 + 18] = cg_linear(a1_2) + r_row[q * 16 + f0 + 18];
                    y_row[q * 16 + f0 + 19] = cg_linear(a1_3) + r_row[q * 16 + f0 + 19];
                    y_row[q * 16 + f0 + 32] = cg_linear(a2_0) + r_row[q * 16 + f0 + 32];
                    y_row[q * 16 + f0 + 33] = cg_linear(a2_1) + r_row[q * 16 + f0 + 33];
                    y_row[q * 16 + f0 + 34] = cg_linear(a2_2) + r_row[q * 16 + f0 + 34];
                    y_row[q * 16 + f0 + 35] = cg_linear(a2_3) + r_row[q * 16 + f0 + 35];
                    y_row[q * 16 + f0 + 48] = cg_linear(a3_0) + r_row[q * 16 + f0 + 48];
                    y_row[q * 16 + f0 + 49] = cg_linear(a3_1) + r_row[q * 16 + f0 + 49];
                    y_row[q * 16 + f0 + 50] = cg_linear(a3_2) + r_row[q * 16 + f0 + 50];
                    y_row[q * 16 + f0 + 51] = cg_linear(a3_3) + r_row[q * 16 + f0 + 51];
                    y_row[q * 16 + f0 + 64] = cg_linear(a4_0) + r_row[q * 16 + f0 + 64];
                    y_row[q * 16 + f0 + 65] = cg_linear(a4_1) + r_row[q * 16 + f0 + 65];
                    y_row[q * 16 + f0 + 66] = cg_linear(a4_2) + r_row[q * 16 + f0 + 66];
                    y_row[q * 16 + f0 + 67] = cg_linear(a4_3) + r_row[q * 16 + f0 + 67];
}
            }
        }
    }
#endif
    return 0;
}

/* b2_filter (Conv1D) 64x16 -> 64x16, activation tanh
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x64x16: strides n=1024 c=1 d=1024 h=1024 w=16
 *   output 1x64x16: strides n=1024 c=1 d=1024 h=1024 w=16
 *   weights [1][1][1][3][16][16], bias [1][16] at 768
 *   padding before (d, h, w) = (0, 0, 4)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_gated_conv1d_layer5(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_tanh(t[f]);
}

#if CG_VECTOR
/* The activation over one output row of a filter block, in a function of its own: inlined
 * into the tiles' loop nest, its constants would take the accumulators' registers. */
static __attribute__((noinline)) void activate_gated_conv1d_layer5(float *y_row)
{
#if defined(__AVX512F__)
    for (int ow = 0; ow < 64; ++ow)
        for (int f = 0; f < 16; f += 16) {
            float *o = y_row + ow * 16 + f;
            cg_v16 v = CG_LOAD(cg_v16, o);
            cg_v16_tanh(&v);
            CG_STORE(cg_v16, o, v);
        }

#else
    for (int ow = 0; ow < 64; ++ow)
        for (int f = 0; f < 16; f += 8) {
            float *o = y_row + ow * 16 + f;
            cg_v8 v = CG_LOAD(cg_v8, o);
            cg_v8_tanh(&v);
            CG_STORE(cg_v8, o, v);
        }

#endif
}
#endif

#if !CG_VECTOR
/* The activation over one finished output row (64 x 16 values), for the
 * portable branch: in a loop of its own GCC keeps its constants in registers, where applied
 * to each tile's values it would reload them from memory for every tile. */
static void act_gated_conv1d_layer5(float *y_row)
{
    for (int i = 0; i < 1024; ++i) {   /* the row is contiguous */
        const float v = y_row[i];
        y_row[i] = cg_tanh(v);
    }
}
#endif

static int gated_conv1d_layer5(const float *input, const float *weights, float *output,
                               float *workspace)
{
    const float *bias = weights + 768;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_gated_conv1d_layer5;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    {
        float *y_row = y;
        {
            const float *wf = weights;
            /* columns q: interior for q in [4, 64) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 16 output pixel(s) x 16 filters in 1 cg_v16: an edge tile, each tap only where its column exists */
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
                cg_v16 a14_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a15_0 = CG_LOAD(cg_v16, bias);
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 1, pixels 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 */
                    const float *w = wr + 256;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                CG_STORE(cg_v16, y_row, a0_0);
                CG_STORE(cg_v16, y_row + 16, a1_0);
                CG_STORE(cg_v16, y_row + 32, a2_0);
                CG_STORE(cg_v16, y_row + 48, a3_0);
                CG_STORE(cg_v16, y_row + 64, a4_0);
                CG_STORE(cg_v16, y_row + 80, a5_0);
                CG_STORE(cg_v16, y_row + 96, a6_0);
                CG_STORE(cg_v16, y_row + 112, a7_0);
                CG_STORE(cg_v16, y_row + 128, a8_0);
                CG_STORE(cg_v16, y_row + 144, a9_0);
                CG_STORE(cg_v16, y_row + 160, a10_0);
                CG_STORE(cg_v16, y_row + 176, a11_0);
                CG_STORE(cg_v16, y_row + 192, a12_0);
                CG_STORE(cg_v16, y_row + 208, a13_0);
                CG_STORE(cg_v16, y_row + 224, a14_0);
                CG_STORE(cg_v16, y_row + 240, a15_0);
            }

            for (int q = 16; q < 64; q += 16)
            {   /* 16 output pixel(s) x 16 filters in 1 cg_v16, no bounds checks along w */
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
                cg_v16 a14_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a15_0 = CG_LOAD(cg_v16, bias);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c - 64];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c - 48];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c - 16];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 256;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c - 32];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c - 16];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                CG_STORE(cg_v16, y_row + q * 16, a0_0);
                CG_STORE(cg_v16, y_row + q * 16 + 16, a1_0);
                CG_STORE(cg_v16, y_row + q * 16 + 32, a2_0);
                CG_STORE(cg_v16, y_row + q * 16 + 48, a3_0);
                CG_STORE(cg_v16, y_row + q * 16 + 64, a4_0);
                CG_STORE(cg_v16, y_row + q * 16 + 80, a5_0);
                CG_STORE(cg_v16, y_row + q * 16 + 96, a6_0);
                CG_STORE(cg_v16, y_row + q * 16 + 112, a7_0);
                CG_STORE(cg_v16, y_row + q * 16 + 128, a8_0);
                CG_STORE(cg_v16, y_row + q * 16 + 144, a9_0);
                CG_STORE(cg_v16, y_row + q * 16 + 160, a10_0);
                CG_STORE(cg_v16, y_row + q * 16 + 176, a11_0);
                CG_STORE(cg_v16, y_row + q * 16 + 192, a12_0);
                CG_STORE(cg_v16, y_row + q * 16 + 208, a13_0);
                CG_STORE(cg_v16, y_row + q * 16 + 224, a14_0);
                CG_STORE(cg_v16, y_row + q * 16 + 240, a15_0);
            }


#else
            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 4, 5 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1, pixels 2, 3, 4, 5 */
                    const float *w = wr + 256;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row, a0_0);
                CG_STORE(cg_v8, y_row + 8, a0_1);
                CG_STORE(cg_v8, y_row + 16, a1_0);
                CG_STORE(cg_v8, y_row + 24, a1_1);
                CG_STORE(cg_v8, y_row + 32, a2_0);
                CG_STORE(cg_v8, y_row + 40, a2_1);
                CG_STORE(cg_v8, y_row + 48, a3_0);
                CG_STORE(cg_v8, y_row + 56, a3_1);
                CG_STORE(cg_v8, y_row + 64, a4_0);
                CG_STORE(cg_v8, y_row + 72, a4_1);
                CG_STORE(cg_v8, y_row + 80, a5_0);
                CG_STORE(cg_v8, y_row + 88, a5_1);
            }

            for (int q = 6; q < 54; q += 6)
            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 64];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 48];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 16];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 256;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 32];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + q * 16, a0_0);
                CG_STORE(cg_v8, y_row + q * 16 + 8, a0_1);
                CG_STORE(cg_v8, y_row + q * 16 + 16, a1_0);
                CG_STORE(cg_v8, y_row + q * 16 + 24, a1_1);
                CG_STORE(cg_v8, y_row + q * 16 + 32, a2_0);
                CG_STORE(cg_v8, y_row + q * 16 + 40, a2_1);
                CG_STORE(cg_v8, y_row + q * 16 + 48, a3_0);
                CG_STORE(cg_v8, y_row + q * 16 + 56, a3_1);
                CG_STORE(cg_v8, y_row + q * 16 + 64, a4_0);
                CG_STORE(cg_v8, y_row + q * 16 + 72, a4_1);
                CG_STORE(cg_v8, y_row + q * 16 + 80, a5_0);
                CG_STORE(cg_v8, y_row + q * 16 + 88, a5_1);
            }

            for (int q = 54; q < 64; q += 5)
            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 64];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 48];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 16];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 256;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 32];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + q * 16, a0_0);
                CG_STORE(cg_v8, y_row + q * 16 + 8, a0_1);
                CG_STORE(cg_v8, y_row + q * 16 + 16, a1_0);
                CG_STORE(cg_v8, y_row + q * 16 + 24, a1_1);
                CG_STORE(cg_v8, y_row + q * 16 + 32, a2_0);
                CG_STORE(cg_v8, y_row + q * 16 + 40, a2_1);
                CG_STORE(cg_v8, y_row + q * 16 + 48, a3_0);
                CG_STORE(cg_v8, y_row + q * 16 + 56, a3_1);
                CG_STORE(cg_v8, y_row + q * 16 + 64, a4_0);
                CG_STORE(cg_v8, y_row + q * 16 + 72, a4_1);
            }


#endif
            activate_gated_conv1d_layer5(y_row);   /* the finished row of a full block */
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_gated_conv1d_layer5;   /* unused: the tiles store their values themselves, the row pass applies the activation */
    {
        float *y_row = y;
        {   /* block 0: 16 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 16; f0 += 4) {
                /* columns q: interior for q in [4, 64) */
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0, pixels 4, 5 */
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float x4 = xr[c], x5 = xr[c + 16];
                            {
                                const float wv = w[0];
                                a4_0 += x4 * wv; a5_0 += x5 * wv;
                            }
                            {
                                const float wv = w[1];
                                a4_1 += x4 * wv; a5_1 += x5 * wv;
                            }
                            {
                                const float wv = w[2];
                                a4_2 += x4 * wv; a5_2 += x5 * wv;
                            }
                            {
                                const float wv = w[3];
                                a4_3 += x4 * wv; a5_3 += x5 * wv;
                            }
                        }
                    }
                    {   /* tap kw = 1, pixels 2, 3, 4, 5 */
                        const float *w = wr + 256;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 512;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[f0] = a0_0;
                    y_row[f0 + 1] = a0_1;
                    y_row[f0 + 2] = a0_2;
                    y_row[f0 + 3] = a0_3;
                    y_row[f0 + 16] = a1_0;
                    y_row[f0 + 17] = a1_1;
                    y_row[f0 + 18] = a1_2;
                    y_row[f0 + 19] = a1_3;
                    y_row[f0 + 32] = a2_0;
                    y_row[f0 + 33] = a2_1;
                    y_row[f0 + 34] = a2_2;
                    y_row[f0 + 35] = a2_3;
                    y_row[f0 + 48] = a3_0;
                    y_row[f0 + 49] = a3_1;
                    y_row[f0 + 50] = a3_2;
                    y_row[f0 + 51] = a3_3;
                    y_row[f0 + 64] = a4_0;
                    y_row[f0 + 65] = a4_1;
                    y_row[f0 + 66] = a4_2;
                    y_row[f0 + 67] = a4_3;
                    y_row[f0 + 80] = a5_0;
                    y_row[f0 + 81] = a5_1;
                    y_row[f0 + 82] = a5_2;
                    y_row[f0 + 83] = a5_3;
}
                for (int q = 6; q < 54; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + q * 16;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 64];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 48];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *xk = xr + 32;
                        const float *w = wr + 256;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 64];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 48];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *xk = xr + 64;
                        const float *w = wr + 512;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 64];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 48];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 16 + f0] = a0_0;
                    y_row[q * 16 + f0 + 1] = a0_1;
                    y_row[q * 16 + f0 + 2] = a0_2;
                    y_row[q * 16 + f0 + 3] = a0_3;
                    y_row[q * 16 + f0 + 16] = a1_0;
                    y_row[q * 16 + f0 + 17] = a1_1;
                    y_row[q * 16 + f0 + 18] = a1_2;
                    y_row[q * 16 + f0 + 19] = a1_3;
                    y_row[q * 16 + f0 + 32] = a2_0;
                    y_row[q * 16 + f0 + 33] = a2_1;
                    y_row[q * 16 + f0 + 34] = a2_2;
                    y_row[q * 16 + f0 + 35] = a2_3;
                    y_row[q * 16 + f0 + 48] = a3_0;
                    y_row[q * 16 + f0 + 49] = a3_1;
                    y_row[q * 16 + f0 + 50] = a3_2;
                    y_row[q * 16 + f0 + 51] = a3_3;
                    y_row[q * 16 + f0 + 64] = a4_0;
                    y_row[q * 16 + f0 + 65] = a4_1;
                    y_row[q * 16 + f0 + 66] = a4_2;
                    y_row[q * 16 + f0 + 67] = a4_3;
                    y_row[q * 16 + f0 + 80] = a5_0;
                    y_row[q * 16 + f0 + 81] = a5_1;
                    y_row[q * 16 + f0 + 82] = a5_2;
                    y_row[q * 16 + f0 + 83] = a5_3;
}
                for (int q = 54; q < 64; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + q * 16;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 64];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 48];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *xk = xr + 32;
                        const float *w = wr + 256;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 64];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 48];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *xk = xr + 64;
                        const float *w = wr + 512;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 64];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 48];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 16 + f0] = a0_0;
                    y_row[q * 16 + f0 + 1] = a0_1;
                    y_row[q * 16 + f0 + 2] = a0_2;
                    y_row[q * 16 + f0 + 3] = a0_3;
                    y_row[q * 16 + f0 + 16] = a1_0;
                    y_row[q * 16 + f0 + 17] = a1_1;
                    y_row[q * 16 + f0 + 18] = a1_2;
                    y_row[q * 16 + f0 + 19] = a1_3;
                    y_row[q * 16 + f0 + 32] = a2_0;
                    y_row[q * 16 + f0 + 33] = a2_1;
                    y_row[q * 16 + f0 + 34] = a2_2;
                    y_row[q * 16 + f0 + 35] = a2_3;
                    y_row[q * 16 + f0 + 48] = a3_0;
                    y_row[q * 16 + f0 + 49] = a3_1;
                    y_row[q * 16 + f0 + 50] = a3_2;
                    y_row[q * 16 + f0 + 51] = a3_3;
                    y_row[q * 16 + f0 + 64] = a4_0;
                    y_row[q * 16 + f0 + 65] = a4_1;
                    y_row[q * 16 + f0 + 66] = a4_2;
                    y_row[q * 16 + f0 + 67] = a4_3;
}
            }
        }
        act_gated_conv1d_layer5(y_row);   /* the finished row's activation */
    }
#endif
    return 0;
}

/* b2_gate (Conv1D) 64x16 -> 64x16, activation sigmoid
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x64x16: strides n=1024 c=1 d=1024 h=1024 w=16
 *   output 1x64x16: strides n=1024 c=1 d=1024 h=1024 w=16
 *   weights [1][1][1][3][16][16], bias [1][16] at 768
 *   padding before (d, h, w) = (0, 0, 4)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_gated_conv1d_layer6(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_sigmoid(t[f]);
}

#if CG_VECTOR
/* The activation over one output row of a filter block, in a function of its own: inlined
 * into the tiles' loop nest, its constants would take the accumulators' registers. */
static __attribute__((noinline)) void activate_gated_conv1d_layer6(float *y_row)
{
#if defined(__AVX512F__)
    for (int ow = 0; ow < 64; ++ow)
        for (int f = 0; f < 16; f += 16) {
            float *o = y_row + ow * 16 + f;
            cg_v16 v = CG_LOAD(cg_v16, o);
            cg_v16_sigmoid(&v);
            CG_STORE(cg_v16, o, v);
        }

#else
    for (int ow = 0; ow < 64; ++ow)
        for (int f = 0; f < 16; f += 8) {
            float *o = y_row + ow * 16 + f;
            cg_v8 v = CG_LOAD(cg_v8, o);
            cg_v8_sigmoid(&v);
            CG_STORE(cg_v8, o, v);
        }

#endif
}
#endif

#if !CG_VECTOR
/* The activation over one finished output row (64 x 16 values), for the
 * portable branch: in a loop of its own GCC keeps its constants in registers, where applied
 * to each tile's values it would reload them from memory for every tile. */
static void act_gated_conv1d_layer6(float *y_row)
{
    for (int i = 0; i < 1024; ++i) {   /* the row is contiguous */
        const float v = y_row[i];
        y_row[i] = cg_sigmoid(v);
    }
}
#endif

static int gated_conv1d_layer6(const float *input, const float *weights, float *output,
                               float *workspace)
{
    const float *bias = weights + 768;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_gated_conv1d_layer6;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    {
        float *y_row = y;
        {
            const float *wf = weights;
            /* columns q: interior for q in [4, 64) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 16 output pixel(s) x 16 filters in 1 cg_v16: an edge tile, each tap only where its column exists */
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
                cg_v16 a14_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a15_0 = CG_LOAD(cg_v16, bias);
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 1, pixels 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 */
                    const float *w = wr + 256;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                CG_STORE(cg_v16, y_row, a0_0);
                CG_STORE(cg_v16, y_row + 16, a1_0);
                CG_STORE(cg_v16, y_row + 32, a2_0);
                CG_STORE(cg_v16, y_row + 48, a3_0);
                CG_STORE(cg_v16, y_row + 64, a4_0);
                CG_STORE(cg_v16, y_row + 80, a5_0);
                CG_STORE(cg_v16, y_row + 96, a6_0);
                CG_STORE(cg_v16, y_row + 112, a7_0);
                CG_STORE(cg_v16, y_row + 128, a8_0);
                CG_STORE(cg_v16, y_row + 144, a9_0);
                CG_STORE(cg_v16, y_row + 160, a10_0);
                CG_STORE(cg_v16, y_row + 176, a11_0);
                CG_STORE(cg_v16, y_row + 192, a12_0);
                CG_STORE(cg_v16, y_row + 208, a13_0);
                CG_STORE(cg_v16, y_row + 224, a14_0);
                CG_STORE(cg_v16, y_row + 240, a15_0);
            }

            for (int q = 16; q < 64; q += 16)
            {   /* 16 output pixel(s) x 16 filters in 1 cg_v16, no bounds checks along w */
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
                cg_v16 a14_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a15_0 = CG_LOAD(cg_v16, bias);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c - 64];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c - 48];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c - 16];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 256;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c - 32];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c - 16];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                CG_STORE(cg_v16, y_row + q * 16, a0_0);
                CG_STORE(cg_v16, y_row + q * 16 + 16, a1_0);
                CG_STORE(cg_v16, y_row + q * 16 + 32, a2_0);
                CG_STORE(cg_v16, y_row + q * 16 + 48, a3_0);
                CG_STORE(cg_v16, y_row + q * 16 + 64, a4_0);
                CG_STORE(cg_v16, y_row + q * 16 + 80, a5_0);
                CG_STORE(cg_v16, y_row + q * 16 + 96, a6_0);
                CG_STORE(cg_v16, y_row + q * 16 + 112, a7_0);
                CG_STORE(cg_v16, y_row + q * 16 + 128, a8_0);
                CG_STORE(cg_v16, y_row + q * 16 + 144, a9_0);
                CG_STORE(cg_v16, y_row + q * 16 + 160, a10_0);
                CG_STORE(cg_v16, y_row + q * 16 + 176, a11_0);
                CG_STORE(cg_v16, y_row + q * 16 + 192, a12_0);
                CG_STORE(cg_v16, y_row + q * 16 + 208, a13_0);
                CG_STORE(cg_v16, y_row + q * 16 + 224, a14_0);
                CG_STORE(cg_v16, y_row + q * 16 + 240, a15_0);
            }


#else
            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 4, 5 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1, pixels 2, 3, 4, 5 */
                    const float *w = wr + 256;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row, a0_0);
                CG_STORE(cg_v8, y_row + 8, a0_1);
                CG_STORE(cg_v8, y_row + 16, a1_0);
                CG_STORE(cg_v8, y_row + 24, a1_1);
                CG_STORE(cg_v8, y_row + 32, a2_0);
                CG_STORE(cg_v8, y_row + 40, a2_1);
                CG_STORE(cg_v8, y_row + 48, a3_0);
                CG_STORE(cg_v8, y_row + 56, a3_1);
                CG_STORE(cg_v8, y_row + 64, a4_0);
                CG_STORE(cg_v8, y_row + 72, a4_1);
                CG_STORE(cg_v8, y_row + 80, a5_0);
                CG_STORE(cg_v8, y_row + 88, a5_1);
            }

            for (int q = 6; q < 54; q += 6)
            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 64];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 48];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 16];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 256;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 32];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + q * 16, a0_0);
                CG_STORE(cg_v8, y_row + q * 16 + 8, a0_1);
                CG_STORE(cg_v8, y_row + q * 16 + 16, a1_0);
                CG_STORE(cg_v8, y_row + q * 16 + 24, a1_1);
                CG_STORE(cg_v8, y_row + q * 16 + 32, a2_0);
                CG_STORE(cg_v8, y_row + q * 16 + 40, a2_1);
                CG_STORE(cg_v8, y_row + q * 16 + 48, a3_0);
                CG_STORE(cg_v8, y_row + q * 16 + 56, a3_1);
                CG_STORE(cg_v8, y_row + q * 16 + 64, a4_0);
                CG_STORE(cg_v8, y_row + q * 16 + 72, a4_1);
                CG_STORE(cg_v8, y_row + q * 16 + 80, a5_0);
                CG_STORE(cg_v8, y_row + q * 16 + 88, a5_1);
            }

            for (int q = 54; q < 64; q += 5)
            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 64];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 48];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 16];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 256;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 32];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + q * 16, a0_0);
                CG_STORE(cg_v8, y_row + q * 16 + 8, a0_1);
                CG_STORE(cg_v8, y_row + q * 16 + 16, a1_0);
                CG_STORE(cg_v8, y_row + q * 16 + 24, a1_1);
                CG_STORE(cg_v8, y_row + q * 16 + 32, a2_0);
                CG_STORE(cg_v8, y_row + q * 16 + 40, a2_1);
                CG_STORE(cg_v8, y_row + q * 16 + 48, a3_0);
                CG_STORE(cg_v8, y_row + q * 16 + 56, a3_1);
                CG_STORE(cg_v8, y_row + q * 16 + 64, a4_0);
                CG_STORE(cg_v8, y_row + q * 16 + 72, a4_1);
            }


#endif
            activate_gated_conv1d_layer6(y_row);   /* the finished row of a full block */
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_gated_conv1d_layer6;   /* unused: the tiles store their values themselves, the row pass applies the activation */
    {
        float *y_row = y;
        {   /* block 0: 16 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 16; f0 += 4) {
                /* columns q: interior for q in [4, 64) */
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0, pixels 4, 5 */
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float x4 = xr[c], x5 = xr[c + 16];
                            {
                                const float wv = w[0];
                                a4_0 += x4 * wv; a5_0 += x5 * wv;
                            }
                            {
                                const float wv = w[1];
                                a4_1 += x4 * wv; a5_1 += x5 * wv;
                            }
                            {
                                const float wv = w[2];
                                a4_2 += x4 * wv; a5_2 += x5 * wv;
                            }
                            {
                                const float wv = w[3];
                                a4_3 += x4 * wv; a5_3 += x5 * wv;
                            }
                        }
                    }
                    {   /* tap kw = 1, pixels 2, 3, 4, 5 */
                        const float *w = wr + 256;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 512;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[f0] = a0_0;
                    y_row[f0 + 1] = a0_1;
                    y_row[f0 + 2] = a0_2;
                    y_row[f0 + 3] = a0_3;
                    y_row[f0 + 16] = a1_0;
                    y_row[f0 + 17] = a1_1;
                    y_row[f0 + 18] = a1_2;
                    y_row[f0 + 19] = a1_3;
                    y_row[f0 + 32] = a2_0;
                    y_row[f0 + 33] = a2_1;
                    y_row[f0 + 34] = a2_2;
                    y_row[f0 + 35] = a2_3;
                    y_row[f0 + 48] = a3_0;
                    y_row[f0 + 49] = a3_1;
                    y_row[f0 + 50] = a3_2;
                    y_row[f0 + 51] = a3_3;
                    y_row[f0 + 64] = a4_0;
                    y_row[f0 + 65] = a4_1;
                    y_row[f0 + 66] = a4_2;
                    y_row[f0 + 67] = a4_3;
                    y_row[f0 + 80] = a5_0;
                    y_row[f0 + 81] = a5_1;
                    y_row[f0 + 82] = a5_2;
                    y_row[f0 + 83] = a5_3;
}
                for (int q = 6; q < 54; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + q * 16;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 64];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 48];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *xk = xr + 32;
                        const float *w = wr + 256;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 64];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 48];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *xk = xr + 64;
                        const float *w = wr + 512;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 64];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 48];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 16 + f0] = a0_0;
                    y_row[q * 16 + f0 + 1] = a0_1;
                    y_row[q * 16 + f0 + 2] = a0_2;
                    y_row[q * 16 + f0 + 3] = a0_3;
                    y_row[q * 16 + f0 + 16] = a1_0;
                    y_row[q * 16 + f0 + 17] = a1_1;
                    y_row[q * 16 + f0 + 18] = a1_2;
                    y_row[q * 16 + f0 + 19] = a1_3;
                    y_row[q * 16 + f0 + 32] = a2_0;
                    y_row[q * 16 + f0 + 33] = a2_1;
                    y_row[q * 16 + f0 + 34] = a2_2;
                    y_row[q * 16 + f0 + 35] = a2_3;
                    y_row[q * 16 + f0 + 48] = a3_0;
                    y_row[q * 16 + f0 + 49] = a3_1;
                    y_row[q * 16 + f0 + 50] = a3_2;
                    y_row[q * 16 + f0 + 51] = a3_3;
                    y_row[q * 16 + f0 + 64] = a4_0;
                    y_row[q * 16 + f0 + 65] = a4_1;
                    y_row[q * 16 + f0 + 66] = a4_2;
                    y_row[q * 16 + f0 + 67] = a4_3;
                    y_row[q * 16 + f0 + 80] = a5_0;
                    y_row[q * 16 + f0 + 81] = a5_1;
                    y_row[q * 16 + f0 + 82] = a5_2;
                    y_row[q * 16 + f0 + 83] = a5_3;
}
                for (int q = 54; q < 64; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + q * 16;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 64];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 48];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *xk = xr + 32;
                        const float *w = wr + 256;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 64];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 48];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *xk = xr + 64;
                        const float *w = wr + 512;
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 64];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 48];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 16];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 16 + f0] = a0_0;
                    y_row[q * 16 + f0 + 1] = a0_1;
                    y_row[q * 16 + f0 + 2] = a0_2;
                    y_row[q * 16 + f0 + 3] = a0_3;
                    y_row[q * 16 + f0 + 16] = a1_0;
                    y_row[q * 16 + f0 + 17] = a1_1;
                    y_row[q * 16 + f0 + 18] = a1_2;
                    y_row[q * 16 + f0 + 19] = a1_3;
                    y_row[q * 16 + f0 + 32] = a2_0;
                    y_row[q * 16 + f0 + 33] = a2_1;
                    y_row[q * 16 + f0 + 34] = a2_2;
                    y_row[q * 16 + f0 + 35] = a2_3;
                    y_row[q * 16 + f0 + 48] = a3_0;
                    y_row[q * 16 + f0 + 49] = a3_1;
                    y_row[q * 16 + f0 + 50] = a3_2;
                    y_row[q * 16 + f0 + 51] = a3_3;
                    y_row[q * 16 + f0 + 64] = a4_0;
                    y_row[q * 16 + f0 + 65] = a4_1;
                    y_row[q * 16 + f0 + 66] = a4_2;
                    y_row[q * 16 + f0 + 67] = a4_3;
}
            }
        }
        act_gated_conv1d_layer6(y_row);   /* the finished row's activation */
    }
#endif
    return 0;
}

/* b2_gated (Multiply) 64x16, 64x16 -> 64x16
 * Elementwise over the output 1x64x16, inputs 1x64x16, 1x64x16: 1 loop(s)
 * after merging the axes every operand runs on contiguously; a stretched axis has stride 0. */
static int gated_conv1d_layer7(const float *in0, const float *in1, float *output)
{
    for (int i0 = 0; i0 < 1024; ++i0)
        output[i0] = in0[i0] * in1[i0];
    return 0;
}

/* b1_skip (Conv1D) 64x16 -> 64x24
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x64x16: strides n=1024 c=1 d=1024 h=1024 w=16
 *   output 1x64x24: strides n=1536 c=1 d=1536 h=1536 w=24
 *   weights [1][1][1][1][16][32], bias [1][32] at 512
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_gated_conv1d_layer8(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_linear(t[f]);
}

static int gated_conv1d_layer8(const float *input, const float *weights, float *output,
                               float *workspace)
{
    const float *bias = weights + 512;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[32];   /* a pixel's values on their way to the scalar store */
    (void)t;   /* unused where the last block's tiles store whole vectors */
    (void)store_gated_conv1d_layer8;
    /* filter blocks outermost: one block's weights stay in cache across every row */
    {
        float *y_row = y;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 64) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 10; q += 10)
            {   /* 10 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias), a0_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias), a1_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias), a2_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias), a3_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias), a4_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias), a5_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias), a6_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias), a7_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias), a8_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a9_0 = CG_LOAD(cg_v16, bias), a9_1 = CG_LOAD(cg_v16, bias + 16);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
CG_STORE(cg_v16, t, a0_0); CG_STORE(cg_v16, t + 16, a0_1); 
                store_gated_conv1d_layer8(y_row + q * 24, t, 24);
CG_STORE(cg_v16, t, a1_0); CG_STORE(cg_v16, t + 16, a1_1); 
                store_gated_conv1d_layer8(y_row + q * 24 + 24, t, 24);
CG_STORE(cg_v16, t, a2_0); CG_STORE(cg_v16, t + 16, a2_1); 
                store_gated_conv1d_layer8(y_row + q * 24 + 48, t, 24);
CG_STORE(cg_v16, t, a3_0); CG_STORE(cg_v16, t + 16, a3_1); 
                store_gated_conv1d_layer8(y_row + q * 24 + 72, t, 24);
CG_STORE(cg_v16, t, a4_0); CG_STORE(cg_v16, t + 16, a4_1); 
                store_gated_conv1d_layer8(y_row + q * 24 + 96, t, 24);
CG_STORE(cg_v16, t, a5_0); CG_STORE(cg_v16, t + 16, a5_1); 
                store_gated_conv1d_layer8(y_row + q * 24 + 120, t, 24);
CG_STORE(cg_v16, t, a6_0); CG_STORE(cg_v16, t + 16, a6_1); 
                store_gated_conv1d_layer8(y_row + q * 24 + 144, t, 24);
CG_STORE(cg_v16, t, a7_0); CG_STORE(cg_v16, t + 16, a7_1); 
                store_gated_conv1d_layer8(y_row + q * 24 + 168, t, 24);
CG_STORE(cg_v16, t, a8_0); CG_STORE(cg_v16, t + 16, a8_1); 
                store_gated_conv1d_layer8(y_row + q * 24 + 192, t, 24);
CG_STORE(cg_v16, t, a9_0); CG_STORE(cg_v16, t + 16, a9_1); 
                store_gated_conv1d_layer8(y_row + q * 24 + 216, t, 24);
            }

            for (int q = 10; q < 64; q += 9)
            {   /* 9 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias), a0_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias), a1_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias), a2_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias), a3_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias), a4_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias), a5_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias), a6_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias), a7_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias), a8_1 = CG_LOAD(cg_v16, bias + 16);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                    }
                }
CG_STORE(cg_v16, t, a0_0); CG_STORE(cg_v16, t + 16, a0_1); 
                store_gated_conv1d_layer8(y_row + q * 24, t, 24);
CG_STORE(cg_v16, t, a1_0); CG_STORE(cg_v16, t + 16, a1_1); 
                store_gated_conv1d_layer8(y_row + q * 24 + 24, t, 24);
CG_STORE(cg_v16, t, a2_0); CG_STORE(cg_v16, t + 16, a2_1); 
                store_gated_conv1d_layer8(y_row + q * 24 + 48, t, 24);
CG_STORE(cg_v16, t, a3_0); CG_STORE(cg_v16, t + 16, a3_1); 
                store_gated_conv1d_layer8(y_row + q * 24 + 72, t, 24);
CG_STORE(cg_v16, t, a4_0); CG_STORE(cg_v16, t + 16, a4_1); 
                store_gated_conv1d_layer8(y_row + q * 24 + 96, t, 24);
CG_STORE(cg_v16, t, a5_0); CG_STORE(cg_v16, t + 16, a5_1); 
                store_gated_conv1d_layer8(y_row + q * 24 + 120, t, 24);
CG_STORE(cg_v16, t, a6_0); CG_STORE(cg_v16, t + 16, a6_1); 
                store_gated_conv1d_layer8(y_row + q * 24 + 144, t, 24);
CG_STORE(cg_v16, t, a7_0); CG_STORE(cg_v16, t + 16, a7_1); 
                store_gated_conv1d_layer8(y_row + q * 24 + 168, t, 24);
CG_STORE(cg_v16, t, a8_0); CG_STORE(cg_v16, t + 16, a8_1); 
                store_gated_conv1d_layer8(y_row + q * 24 + 192, t, 24);
            }


#else
            /* one block of 24 filters in 3 cg_v8 */
            for (int q = 0; q < 54; q += 6)
            {
            {   /* 6 output pixel(s) x 16 filters from 0 in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + q * 24, a0_0);
                CG_STORE(cg_v8, y_row + q * 24 + 8, a0_1);
                CG_STORE(cg_v8, y_row + q * 24 + 24, a1_0);
                CG_STORE(cg_v8, y_row + q * 24 + 32, a1_1);
                CG_STORE(cg_v8, y_row + q * 24 + 48, a2_0);
                CG_STORE(cg_v8, y_row + q * 24 + 56, a2_1);
                CG_STORE(cg_v8, y_row + q * 24 + 72, a3_0);
                CG_STORE(cg_v8, y_row + q * 24 + 80, a3_1);
                CG_STORE(cg_v8, y_row + q * 24 + 96, a4_0);
                CG_STORE(cg_v8, y_row + q * 24 + 104, a4_1);
                CG_STORE(cg_v8, y_row + q * 24 + 120, a5_0);
                CG_STORE(cg_v8, y_row + q * 24 + 128, a5_1);
            }

            {   /* 6 output pixel(s) x 8 filters from 16 in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + 16);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + 16;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + q * 24 + 16, a0_0);
                CG_STORE(cg_v8, y_row + q * 24 + 40, a1_0);
                CG_STORE(cg_v8, y_row + q * 24 + 64, a2_0);
                CG_STORE(cg_v8, y_row + q * 24 + 88, a3_0);
                CG_STORE(cg_v8, y_row + q * 24 + 112, a4_0);
                CG_STORE(cg_v8, y_row + q * 24 + 136, a5_0);
            }

            }
            for (int q = 54; q < 64; q += 5)
            {
            {   /* 5 output pixel(s) x 16 filters from 0 in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + q * 24, a0_0);
                CG_STORE(cg_v8, y_row + q * 24 + 8, a0_1);
                CG_STORE(cg_v8, y_row + q * 24 + 24, a1_0);
                CG_STORE(cg_v8, y_row + q * 24 + 32, a1_1);
                CG_STORE(cg_v8, y_row + q * 24 + 48, a2_0);
                CG_STORE(cg_v8, y_row + q * 24 + 56, a2_1);
                CG_STORE(cg_v8, y_row + q * 24 + 72, a3_0);
                CG_STORE(cg_v8, y_row + q * 24 + 80, a3_1);
                CG_STORE(cg_v8, y_row + q * 24 + 96, a4_0);
                CG_STORE(cg_v8, y_row + q * 24 + 104, a4_1);
            }

            {   /* 5 output pixel(s) x 8 filters from 16 in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + 16);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + 16;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + q * 24 + 16, a0_0);
                CG_STORE(cg_v8, y_row + q * 24 + 40, a1_0);
                CG_STORE(cg_v8, y_row + q * 24 + 64, a2_0);
                CG_STORE(cg_v8, y_row + q * 24 + 88, a3_0);
                CG_STORE(cg_v8, y_row + q * 24 + 112, a4_0);
            }

            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_gated_conv1d_layer8;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        {   /* block 0: 24 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 20; f0 += 5) {
                /* columns q: interior for q in [0, 64) */
                for (int q = 0; q < 60; q += 5)
                {   /* 5 pixel(s) x 5 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3, a4_4 = b4;
                    const float *xr = input + q * 16;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3], w4 = w[4];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv; a0_4 += w4 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv; a1_4 += w4 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv; a2_4 += w4 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv; a3_4 += w4 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv; a4_4 += w4 * xv;
                            }
                        }
                    }
                    y_row[q * 24 + f0] = cg_linear(a0_0);
                    y_row[q * 24 + f0 + 1] = cg_linear(a0_1);
                    y_row[q * 24 + f0 + 2] = cg_linear(a0_2);
                    y_row[q * 24 + f0 + 3] = cg_linear(a0_3);
                    y_row[q * 24 + f0 + 4] = cg_linear(a0_4);
                    y_row[q * 24 + f0 + 24] = cg_linear(a1_0);
                    y_row[q * 24 + f0 + 25] = cg_linear(a1_1);
                    y_row[q * 24 + f0 + 26] = cg_linear(a1_2);
                    y_row[q * 24 + f0 + 27] = cg_linear(a1_3);
                    y_row[q * 24 + f0 + 28] = cg_linear(a1_4);
                    y_row[q * 24 + f0 + 48] = cg_linear(a2_0);
                    y_row[q * 24 + f0 + 49] = cg_linear(a2_1);
                    y_row[q * 24 + f0 + 50] = cg_linear(a2_2);
                    y_row[q * 24 + f0 + 51] = cg_linear(a2_3);
                    y_row[q * 24 + f0 + 52] = cg_linear(a2_4);
                    y_row[q * 24 + f0 + 72] = cg_linear(a3_0);
                    y_row[q * 24 + f0 + 73] = cg_linear(a3_1);
                    y_row[q * 24 + f0 + 74] = cg_linear(a3_2);
                    y_row[q * 24 + f0 + 75] = cg_linear(a3_3);
                    y_row[q * 24 + f0 + 76] = cg_linear(a3_4);
                    y_row[q * 24 + f0 + 96] = cg_linear(a4_0);
                    y_row[q * 24 + f0 + 97] = cg_linear(a4_1);
                    y_row[q * 24 + f0 + 98] = cg_linear(a4_2);
                    y_row[q * 24 + f0 + 99] = cg_linear(a4_3);
                    y_row[q * 24 + f0 + 100] = cg_linear(a4_4);
}
                for (int q = 60; q < 64; q += 4)
                {   /* 4 pixel(s) x 5 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    const float *xr = input + q * 16;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const float x0 = xr[c], x1 = xr[c + 16], x2 = xr[c + 32], x3 = xr[c + 48];
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
                    y_row[q * 24 + f0] = cg_linear(a0_0);
                    y_row[q * 24 + f0 + 1] = cg_linear(a0_1);
                    y_row[q * 24 + f0 + 2] = cg_linear(a0_2);
                    y_row[q * 24 + f0 + 3] = cg_linear(a0_3);
                    y_row[q * 24 + f0 + 4] = cg_linear(a0_4);
                    y_row[q * 24 + f0 + 24] = cg_linear(a1_0);
                    y_row[q * 24 + f0 + 25] = cg_linear(a1_1);
                    y_row[q * 24 + f0 + 26] = cg_linear(a1_2);
                    y_row[q * 24 + f0 + 27] = cg_linear(a1_3);
                    y_row[q * 24 + f0 + 28] = cg_linear(a1_4);
                    y_row[q * 24 + f0 + 48] = cg_linear(a2_0);
                    y_row[q * 24 + f0 + 49] = cg_linear(a2_1);
                    y_row[q * 24 + f0 + 50] = cg_linear(a2_2);
                    y_row[q * 24 + f0 + 51] = cg_linear(a2_3);
                    y_row[q * 24 + f0 + 52] = cg_linear(a2_4);
                    y_row[q * 24 + f0 + 72] = cg_linear(a3_0);
                    y_row[q * 24 + f0 + 73] = cg_linear(a3_1);
                    y_row[q * 24 + f0 + 74] = cg_linear(a3_2);
                    y_row[q * 24 + f0 + 75] = cg_linear(a3_3);
                    y_row[q * 24 + f0 + 76] = cg_linear(a3_4);
}
            }
            {
                /* columns q: interior for q in [0, 64) */
                for (int q = 0; q < 60; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[20], b1 = bias[21], b2 = bias[22], b3 = bias[23];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + q * 16;
                    const float *wr = wf + 20;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 24 + 20] = cg_linear(a0_0);
                    y_row[q * 24 + 21] = cg_linear(a0_1);
                    y_row[q * 24 + 22] = cg_linear(a0_2);
                    y_row[q * 24 + 23] = cg_linear(a0_3);
                    y_row[q * 24 + 44] = cg_linear(a1_0);
                    y_row[q * 24 + 45] = cg_linear(a1_1);
                    y_row[q * 24 + 46] = cg_linear(a1_2);
                    y_row[q * 24 + 47] = cg_linear(a1_3);
                    y_row[q * 24 + 68] = cg_linear(a2_0);
                    y_row[q * 24 + 69] = cg_linear(a2_1);
                    y_row[q * 24 + 70] = cg_linear(a2_2);
                    y_row[q * 24 + 71] = cg_linear(a2_3);
                    y_row[q * 24 + 92] = cg_linear(a3_0);
                    y_row[q * 24 + 93] = cg_linear(a3_1);
                    y_row[q * 24 + 94] = cg_linear(a3_2);
                    y_row[q * 24 + 95] = cg_linear(a3_3);
                    y_row[q * 24 + 116] = cg_linear(a4_0);
                    y_row[q * 24 + 117] = cg_linear(a4_1);
                    y_row[q * 24 + 118] = cg_linear(a4_2);
                    y_row[q * 24 + 119] = cg_linear(a4_3);
}
                for (int q = 60; q < 64; q += 4)
                {   /* 4 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[20], b1 = bias[21], b2 = bias[22], b3 = bias[23];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    const float *xr = input + q * 16;
                    const float *wr = wf + 20;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 16; c += 2, w += 64) {
                            {   /* channel c + 0 */
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 16];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 32];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 48];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                            }
                            {   /* channel c + 1 */
                                const float w0 = w[32], w1 = w[33], w2 = w[34], w3 = w[35];
                                {
                                    const float xv = xr[c + 1];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 17];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 33];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 49];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[q * 24 + 20] = cg_linear(a0_0);
                    y_row[q * 24 + 21] = cg_linear(a0_1);
                    y_row[q * 24 + 22] = cg_linear(a0_2);
                    y_row[q * 24 + 23] = cg_linear(a0_3);
                    y_row[q * 24 + 44] = cg_linear(a1_0);
                    y_row[q * 24 + 45] = cg_linear(a1_1);
                    y_row[q * 24 + 46] = cg_linear(a1_2);
                    y_row[q * 24 + 47] = cg_linear(a1_3);
                    y_row[q * 24 + 68] = cg_linear(a2_0);
                    y_row[q * 24 + 69] = cg_linear(a2_1);
                    y_row[q * 24 + 70] = cg_linear(a2_2);
                    y_row[q * 24 + 71] = cg_linear(a2_3);
                    y_row[q * 24 + 92] = cg_linear(a3_0);
                    y_row[q * 24 + 93] = cg_linear(a3_1);
                    y_row[q * 24 + 94] = cg_linear(a3_2);
                    y_row[q * 24 + 95] = cg_linear(a3_3);
}
            }
        }
    }
#endif
    return 0;
}

/* b2_skip (Conv1D) 64x16 -> 64x24; skips (Add) fused into its store, adding b1_skip
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x64x16: strides n=1024 c=1 d=1024 h=1024 w=16
 *   output 1x64x24: strides n=1536 c=1 d=1536 h=1536 w=24
 *   weights [1][1][1][1][16][32], bias [1][32] at 512
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_gated_conv1d_layer9(float *out, const float *t, int nf, const float *r)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_linear(t[f]) + r[f];
}

static int gated_conv1d_layer9(const float *input, const float *weights, float *output,
                               float *workspace, const float *residual)
{
    const float *bias = weights + 512;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[32];   /* a pixel's values on their way to the scalar store */
    (void)t;   /* unused where the last block's tiles store whole vectors */
    (void)store_gated_conv1d_layer9;
    /* filter blocks outermost: one block's weights stay in cache across every row */
    {
        float *y_row = y;
        const float *r_row = residual;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 64) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 10; q += 10)
            {   /* 10 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias), a0_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias), a1_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias), a2_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias), a3_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias), a4_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias), a5_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias), a6_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias), a7_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias), a8_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a9_0 = CG_LOAD(cg_v16, bias), a9_1 = CG_LOAD(cg_v16, bias + 16);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
CG_STORE(cg_v16, t, a0_0); CG_STORE(cg_v16, t + 16, a0_1); 
                store_gated_conv1d_layer9(y_row + q * 24, t, 24, r_row + q * 24);
CG_STORE(cg_v16, t, a1_0); CG_STORE(cg_v16, t + 16, a1_1); 
                store_gated_conv1d_layer9(y_row + q * 24 + 24, t, 24, r_row + q * 24 + 24);
CG_STORE(cg_v16, t, a2_0); CG_STORE(cg_v16, t + 16, a2_1); 
                store_gated_conv1d_layer9(y_row + q * 24 + 48, t, 24, r_row + q * 24 + 48);
CG_STORE(cg_v16, t, a3_0); CG_STORE(cg_v16, t + 16, a3_1); 
                store_gated_conv1d_layer9(y_row + q * 24 + 72, t, 24, r_row + q * 24 + 72);
CG_STORE(cg_v16, t, a4_0); CG_STORE(cg_v16, t + 16, a4_1); 
                store_gated_conv1d_layer9(y_row + q * 24 + 96, t, 24, r_row + q * 24 + 96);
CG_STORE(cg_v16, t, a5_0); CG_STORE(cg_v16, t + 16, a5_1); 
                store_gated_conv1d_layer9(y_row + q * 24 + 120, t, 24, r_row + q * 24 + 120);
CG_STORE(cg_v16, t, a6_0); CG_STORE(cg_v16, t + 16, a6_1); 
                store_gated_conv1d_layer9(y_row + q * 24 + 144, t, 24, r_row + q * 24 + 144);
CG_STORE(cg_v16, t, a7_0); CG_STORE(cg_v16, t + 16, a7_1); 
                store_gated_conv1d_layer9(y_row + q * 24 + 168, t, 24, r_row + q * 24 + 168);
CG_STORE(cg_v16, t, a8_0); CG_STORE(cg_v16, t + 16, a8_1); 
                store_gated_conv1d_layer9(y_row + q * 24 + 192, t, 24, r_row + q * 24 + 192);
CG_STORE(cg_v16, t, a9_0); CG_STORE(cg_v16, t + 16, a9_1); 
                store_gated_conv1d_layer9(y_row + q * 24 + 216, t, 24, r_row + q * 24 + 216);
            }

            for (int q = 10; q < 64; q += 9)
            {   /* 9 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias), a0_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias), a1_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias), a2_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias), a3_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias), a4_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias), a5_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias), a6_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias), a7_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias), a8_1 = CG_LOAD(cg_v16, bias + 16);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                    }
                }
CG_STORE(cg_v16, t, a0_0); CG_STORE(cg_v16, t + 16, a0_1); 
                store_gated_conv1d_layer9(y_row + q * 24, t, 24, r_row + q * 24);
CG_STORE(cg_v16, t, a1_0); CG_STORE(cg_v16, t + 16, a1_1); 
                store_gated_conv1d_layer9(y_row + q * 24 + 24, t, 24, r_row + q * 24 + 24);
CG_STORE(cg_v16, t, a2_0); CG_STORE(cg_v16, t + 16, a2_1); 
                store_gated_conv1d_layer9(y_row + q * 24 + 48, t, 24, r_row + q * 24 + 48);
CG_STORE(cg_v16, t, a3_0); CG_STORE(cg_v16, t + 16, a3_1); 
                store_gated_conv1d_layer9(y_row + q * 24 + 72, t, 24, r_row + q * 24 + 72);
CG_STORE(cg_v16, t, a4_0); CG_STORE(cg_v16, t + 16, a4_1); 
                store_gated_conv1d_layer9(y_row + q * 24 + 96, t, 24, r_row + q * 24 + 96);
CG_STORE(cg_v16, t, a5_0); CG_STORE(cg_v16, t + 16, a5_1); 
                store_gated_conv1d_layer9(y_row + q * 24 + 120, t, 24, r_row + q * 24 + 120);
CG_STORE(cg_v16, t, a6_0); CG_STORE(cg_v16, t + 16, a6_1); 
                store_gated_conv1d_layer9(y_row + q * 24 + 144, t, 24, r_row + q * 24 + 144);
CG_STORE(cg_v16, t, a7_0); CG_STORE(cg_v16, t + 16, a7_1); 
                store_gated_conv1d_layer9(y_row + q * 24 + 168, t, 24, r_row + q * 24 + 168);
CG_STORE(cg_v16, t, a8_0); CG_STORE(cg_v16, t + 16, a8_1); 
                store_gated_conv1d_layer9(y_row + q * 24 + 192, t, 24, r_row + q * 24 + 192);
            }


#else
            /* one block of 24 filters in 3 cg_v8 */
            for (int q = 0; q < 54; q += 6)
            {
            {   /* 6 output pixel(s) x 16 filters from 0 in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                a0_0 += CG_LOAD(cg_v8, r_row + q * 24);
                CG_STORE(cg_v8, y_row + q * 24, a0_0);
                a0_1 += CG_LOAD(cg_v8, r_row + q * 24 + 8);
                CG_STORE(cg_v8, y_row + q * 24 + 8, a0_1);
                a1_0 += CG_LOAD(cg_v8, r_row + q * 24 + 24);
                CG_STORE(cg_v8, y_row + q * 24 + 24, a1_0);
                a1_1 += CG_LOAD(cg_v8, r_row + q * 24 + 32);
                CG_STORE(cg_v8, y_row + q * 24 + 32, a1_1);
                a2_0 += CG_LOAD(cg_v8, r_row + q * 24 + 48);
                CG_STORE(cg_v8, y_row + q * 24 + 48, a2_0);
                a2_1 += CG_LOAD(cg_v8, r_row + q * 24 + 56);
                CG_STORE(cg_v8, y_row + q * 24 + 56, a2_1);
                a3_0 += CG_LOAD(cg_v8, r_row + q * 24 + 72);
                CG_STORE(cg_v8, y_row + q * 24 + 72, a3_0);
                a3_1 += CG_LOAD(cg_v8, r_row + q * 24 + 80);
                CG_STORE(cg_v8, y_row + q * 24 + 80, a3_1);
                a4_0 += CG_LOAD(cg_v8, r_row + q * 24 + 96);
                CG_STORE(cg_v8, y_row + q * 24 + 96, a4_0);
                a4_1 += CG_LOAD(cg_v8, r_row + q * 24 + 104);
                CG_STORE(cg_v8, y_row + q * 24 + 104, a4_1);
                a5_0 += CG_LOAD(cg_v8, r_row + q * 24 + 120);
                CG_STORE(cg_v8, y_row + q * 24 + 120, a5_0);
                a5_1 += CG_LOAD(cg_v8, r_row + q * 24 + 128);
                CG_STORE(cg_v8, y_row + q * 24 + 128, a5_1);
            }

            {   /* 6 output pixel(s) x 8 filters from 16 in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + 16);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + 16;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a5_0 += w0 * xv;
                        }
                    }
                }
                a0_0 += CG_LOAD(cg_v8, r_row + q * 24 + 16);
                CG_STORE(cg_v8, y_row + q * 24 + 16, a0_0);
                a1_0 += CG_LOAD(cg_v8, r_row + q * 24 + 40);
                CG_STORE(cg_v8, y_row + q * 24 + 40, a1_0);
                a2_0 += CG_LOAD(cg_v8, r_row + q * 24 + 64);
                CG_STORE(cg_v8, y_row + q * 24 + 64, a2_0);
                a3_0 += CG_LOAD(cg_v8, r_row + q * 24 + 88);
                CG_STORE(cg_v8, y_row + q * 24 + 88, a3_0);
                a4_0 += CG_LOAD(cg_v8, r_row + q * 24 + 112);
                CG_STORE(cg_v8, y_row + q * 24 + 112, a4_0);
                a5_0 += CG_LOAD(cg_v8, r_row + q * 24 + 136);
                CG_STORE(cg_v8, y_row + q * 24 + 136, a5_0);
            }

            }
            for (int q = 54; q < 64; q += 5)
            {
            {   /* 5 output pixel(s) x 16 filters from 0 in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                a0_0 += CG_LOAD(cg_v8, r_row + q * 24);
                CG_STORE(cg_v8, y_row + q * 24, a0_0);
                a0_1 += CG_LOAD(cg_v8, r_row + q * 24 + 8);
                CG_STORE(cg_v8, y_row + q * 24 + 8, a0_1);
                a1_0 += CG_LOAD(cg_v8, r_row + q * 24 + 24);
                CG_STORE(cg_v8, y_row + q * 24 + 24, a1_0);
                a1_1 += CG_LOAD(cg_v8, r_row + q * 24 + 32);
                CG_STORE(cg_v8, y_row + q * 24 + 32, a1_1);
                a2_0 += CG_LOAD(cg_v8, r_row + q * 24 + 48);
                CG_STORE(cg_v8, y_row + q * 24 + 48, a2_0);
                a2_1 += CG_LOAD(cg_v8, r_row + q * 24 + 56);
                CG_STORE(cg_v8, y_row + q * 24 + 56, a2_1);
                a3_0 += CG_LOAD(cg_v8, r_row + q * 24 + 72);
                CG_STORE(cg_v8, y_row + q * 24 + 72, a3_0);
                a3_1 += CG_LOAD(cg_v8, r_row + q * 24 + 80);
                CG_STORE(cg_v8, y_row + q * 24 + 80, a3_1);
                a4_0 += CG_LOAD(cg_v8, r_row + q * 24 + 96);
                CG_STORE(cg_v8, y_row + q * 24 + 96, a4_0);
                a4_1 += CG_LOAD(cg_v8, r_row + q * 24 + 104);
                CG_STORE(cg_v8, y_row + q * 24 + 104, a4_1);
            }

            {   /* 5 output pixel(s) x 8 filters from 16 in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + 16);
                const float *xr = input + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + 16;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                        }
                    }
                }
                a0_0 += CG_LOAD(cg_v8, r_row + q * 24 + 16);
                CG_STORE(cg_v8, y_row + q * 24 + 16, a0_0);
                a1_0 += CG_LOAD(cg_v8, r_row + q * 24 + 40);
                CG_STORE(cg_v8, y_row + q * 24 + 40, a1_0);
                a2_0 += CG_LOAD(cg_v8, r_row + q * 24 + 64);
                CG_STORE(cg_v8, y_row + q * 24 + 64, a2_0);
                a3_0 += CG_LOAD(cg_v8, r_row + q * 24 + 88);
                CG_STORE(cg_v8, y_row + q * 24 + 88, a3_0);
                a4_0 += CG_LOAD(cg_v8, r_row + q * 24 + 112);
                CG_STORE(cg_v8, y_row + q * 24 + 112, a4_0);
            }

            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_gated_conv1d_layer9;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        const float *r_row = residual;
        {   /* block 0: 24 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 20; f0 += 5) {
                /* columns q: interior for q in [0, 64) */
                for (int q = 0; q < 60; q += 5)
                {   /* 5 pixel(s) x 5 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3, a4_4 = b4;
                    const float *xr = input + q * 16;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3], w4 = w[4];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv; a0_4 += w4 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv; a1_4 += w4 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv; a2_4 += w4 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv; a3_4 += w4 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv; a4_4 += w4 * xv;
                            }
                        }
                    }
                    y_row[q * 24 + f0] = cg_linear(a0_0) + r_row[q * 24 + f0];
                    y_row[q * 24 + f0 + 1] = cg_linear(a0_1) + r_row[q * 24 + f0 + 1];
                    y_row[q * 24 + f0 + 2] = cg_linear(a0_2) + r_row[q * 24 + f0 + 2];
                    y_row[q * 24 + f0 + 3] = cg_linear(a0_3) + r_row[q * 24 + f0 + 3];
                    y_row[q * 24 + f0 + 4] = cg_linear(a0_4) + r_row[q * 24 + f0 + 4];
                    y_row[q * 24 + f0 + 24] = cg_linear(a1_0) + r_row[q * 24 + f0 + 24];
                    y_row[q * 24 + f0 + 25] = cg_linear(a1_1) + r_row[q * 24 + f0 + 25];
                    y_row[q * 24 + f0 + 26] = cg_linear(a1_2) + r_row[q * 24 + f0 + 26];
                    y_row[q * 24 + f0 + 27] = cg_linear(a1_3) + r_row[q * 24 + f0 + 27];
                    y_row[q * 24 + f0 + 28] = cg_linear(a1_4) + r_row[q * 24 + f0 + 28];
                    y_row[q * 24 + f0 + 48] = cg_linear(a2_0) + r_row[q * 24 + f0 + 48];
                    y_row[q * 24 + f0 + 49] = cg_linear(a2_1) + r_row[q * 24 + f0 + 49];
                    y_row[q * 24 + f0 + 50] = cg_linear(a2_2) + r_row[q * 24 + f0 + 50];
                    y_row[q * 24 + f0 + 51] = cg_linear(a2_3) + r_row[q * 24 + f0 + 51];
                    y_row[q * 24 + f0 + 52] = cg_linear(a2_4) + r_row[q * 24 + f0 + 52];
                    y_row[q * 24 + f0 + 72] = cg_linear(a3_0) + r_row[q * 24 + f0 + 72];
                    y_row[q * 24 + f0 + 73] = cg_linear(a3_1) + r_row[q * 24 + f0 + 73];
                    y_row[q * 24 + f0 + 74] = cg_linear(a3_2) + r_row[q * 24 + f0 + 74];
                    y_row[q * 24 + f0 + 75] = cg_linear(a3_3) + r_row[q * 24 + f0 + 75];
                    y_row[q * 24 + f0 + 76] = cg_linear(a3_4) + r_row[q * 24 + f0 + 76];
                    y_row[q * 24 + f0 + 96] = cg_linear(a4_0) + r_row[q * 24 + f0 + 96];
                    y_row[q * 24 + f0 + 97] = cg_linear(a4_1) + r_row[q * 24 + f0 + 97];
                    y_row[q * 24 + f0 + 98] = cg_linear(a4_2) + r_row[q * 24 + f0 + 98];
                    y_row[q * 24 + f0 + 99] = cg_linear(a4_3) + r_row[q * 24 + f0 + 99];
                    y_row[q * 24 + f0 + 100] = cg_linear(a4_4) + r_row[q * 24 + f0 + 100];
}
                for (int q = 60; q < 64; q += 4)
                {   /* 4 pixel(s) x 5 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    const float *xr = input + q * 16;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const float x0 = xr[c], x1 = xr[c + 16], x2 = xr[c + 32], x3 = xr[c + 48];
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
                    y_row[q * 24 + f0] = cg_linear(a0_0) + r_row[q * 24 + f0];
                    y_row[q * 24 + f0 + 1] = cg_linear(a0_1) + r_row[q * 24 + f0 + 1];
                    y_row[q * 24 + f0 + 2] = cg_linear(a0_2) + r_row[q * 24 + f0 + 2];
                    y_row[q * 24 + f0 + 3] = cg_linear(a0_3) + r_row[q * 24 + f0 + 3];
                    y_row[q * 24 + f0 + 4] = cg_linear(a0_4) + r_row[q * 24 + f0 + 4];
                    y_row[q * 24 + f0 + 24] = cg_linear(a1_0) + r_row[q * 24 + f0 + 24];
                    y_row[q * 24 + f0 + 25] = cg_linear(a1_1) + r_row[q * 24 + f0 + 25];
                    y_row[q * 24 + f0 + 26] = cg_linear(a1_2) + r_row[q * 24 + f0 + 26];
                    y_row[q * 24 + f0 + 27] = cg_linear(a1_3) + r_row[q * 24 + f0 + 27];
                    y_row[q * 24 + f0 + 28] = cg_linear(a1_4) + r_row[q * 24 + f0 + 28];
                    y_row[q * 24 + f0 + 48] = cg_linear(a2_0) + r_row[q * 24 + f0 + 48];
                    y_row[q * 24 + f0 + 49] = cg_linear(a2_1) + r_row[q * 24 + f0 + 49];
                    y_row[q * 24 + f0 + 50] = cg_linear(a2_2) + r_row[q * 24 + f0 + 50];
                    y_row[q * 24 + f0 + 51] = cg_linear(a2_3) + r_row[q * 24 + f0 + 51];
                    y_row[q * 24 + f0 + 52] = cg_linear(a2_4) + r_row[q * 24 + f0 + 52];
                    y_row[q * 24 + f0 + 72] = cg_linear(a3_0) + r_row[q * 24 + f0 + 72];
                    y_row[q * 24 + f0 + 73] = cg_linear(a3_1) + r_row[q * 24 + f0 + 73];
                    y_row[q * 24 + f0 + 74] = cg_linear(a3_2) + r_row[q * 24 + f0 + 74];
                    y_row[q * 24 + f0 + 75] = cg_linear(a3_3) + r_row[q * 24 + f0 + 75];
                    y_row[q * 24 + f0 + 76] = cg_linear(a3_4) + r_row[q * 24 + f0 + 76];
}
            }
            {
                /* columns q: interior for q in [0, 64) */
                for (int q = 0; q < 60; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[20], b1 = bias[21], b2 = bias[22], b3 = bias[23];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + q * 16;
                    const float *wr = wf + 20;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 24 + 20] = cg_linear(a0_0) + r_row[q * 24 + 20];
                    y_row[q * 24 + 21] = cg_linear(a0_1) + r_row[q * 24 + 21];
                    y_row[q * 24 + 22] = cg_linear(a0_2) + r_row[q * 24 + 22];
                    y_row[q * 24 + 23] = cg_linear(a0_3) + r_row[q * 24 + 23];
                    y_row[q * 24 + 44] = cg_linear(a1_0) + r_row[q * 24 + 44];
                    y_row[q * 24 + 45] = cg_linear(a1_1) + r_row[q * 24 + 45];
                    y_row[q * 24 + 46] = cg_linear(a1_2) + r_row[q * 24 + 46];
                    y_row[q * 24 + 47] = cg_linear(a1_3) + r_row[q * 24 + 47];
                    y_row[q * 24 + 68] = cg_linear(a2_0) + r_row[q * 24 + 68];
                    y_row[q * 24 + 69] = cg_linear(a2_1) + r_row[q * 24 + 69];
                    y_row[q * 24 + 70] = cg_linear(a2_2) + r_row[q * 24 + 70];
                    y_row[q * 24 + 71] = cg_linear(a2_3) + r_row[q * 24 + 71];
                    y_row[q * 24 + 92] = cg_linear(a3_0) + r_row[q * 24 + 92];
                    y_row[q * 24 + 93] = cg_linear(a3_1) + r_row[q * 24 + 93];
                    y_row[q * 24 + 94] = cg_linear(a3_2) + r_row[q * 24 + 94];
                    y_row[q * 24 + 95] = cg_linear(a3_3) + r_row[q * 24 + 95];
                    y_row[q * 24 + 116] = cg_linear(a4_0) + r_row[q * 24 + 116];
                    y_row[q * 24 + 117] = cg_linear(a4_1) + r_row[q * 24 + 117];
                    y_row[q * 24 + 118] = cg_linear(a4_2) + r_row[q * 24 + 118];
                    y_row[q * 24 + 119] = cg_linear(a4_3) + r_row[q * 24 + 119];
}
                for (int q = 60; q < 64; q += 4)
                {   /* 4 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[20], b1 = bias[21], b2 = bias[22], b3 = bias[23];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    const float *xr = input + q * 16;
                    const float *wr = wf + 20;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 16; c += 2, w += 64) {
                            {   /* channel c + 0 */
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 16];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 32];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 48];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                            }
                            {   /* channel c + 1 */
                                const float w0 = w[32], w1 = w[33], w2 = w[34], w3 = w[35];
                                {
                                    const float xv = xr[c + 1];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 17];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 33];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 49];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[q * 24 + 20] = cg_linear(a0_0) + r_row[q * 24 + 20];
                    y_row[q * 24 + 21] = cg_linear(a0_1) + r_row[q * 24 + 21];
                    y_row[q * 24 + 22] = cg_linear(a0_2) + r_row[q * 24 + 22];
                    y_row[q * 24 + 23] = cg_linear(a0_3) + r_row[q * 24 + 23];
                    y_row[q * 24 + 44] = cg_linear(a1_0) + r_row[q * 24 + 44];
                    y_row[q * 24 + 45] = cg_linear(a1_1) + r_row[q * 24 + 45];
                    y_row[q * 24 + 46] = cg_linear(a1_2) + r_row[q * 24 + 46];
                    y_row[q * 24 + 47] = cg_linear(a1_3) + r_row[q * 24 + 47];
                    y_row[q * 24 + 68] = cg_linear(a2_0) + r_row[q * 24 + 68];
                    y_row[q * 24 + 69] = cg_linear(a2_1) + r_row[q * 24 + 69];
                    y_row[q * 24 + 70] = cg_linear(a2_2) + r_row[q * 24 + 70];
                    y_row[q * 24 + 71] = cg_linear(a2_3) + r_row[q * 24 + 71];
                    y_row[q * 24 + 92] = cg_linear(a3_0) + r_row[q * 24 + 92];
                    y_row[q * 24 + 93] = cg_linear(a3_1) + r_row[q * 24 + 93];
                    y_row[q * 24 + 94] = cg_linear(a3_2) + r_row[q * 24 + 94];
                    y_row[q * 24 + 95] = cg_linear(a3_3) + r_row[q * 24 + 95];
}
            }
        }
    }
#endif
    return 0;
}

/* head (Conv1D) 64x24 -> 64x8, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x64x24: strides n=1536 c=1 d=1536 h=1536 w=24
 *   output 1x64x8: strides n=512 c=1 d=512 h=512 w=8
 *   weights [1][1][1][1][24][8], bias [1][8] at 192
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_gated_conv1d_layer11(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int gated_conv1d_layer11(const float *input, const float *weights, float *output,
                                float *workspace)
{
    const float *bias = weights + 192;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_gated_conv1d_layer11;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    {
        float *y_row = y;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 64) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 64; q += 16)
            {   /* 16 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
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
                cg_v8 a14_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a15_0 = CG_LOAD(cg_v8, bias);
                const float *xr = input + q * 24;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 24; ++c, w += 8) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 24];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 72];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 168];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 216];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 264];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 288];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 312];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 336];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 360];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 8, a0_0);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 8 + 8, a1_0);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 8 + 16, a2_0);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 8 + 24, a3_0);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 8 + 32, a4_0);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 8 + 40, a5_0);
                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + q * 8 + 48, a6_0);
                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + q * 8 + 56, a7_0);
                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + q * 8 + 64, a8_0);
                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + q * 8 + 72, a9_0);
                cg_v8_relu(&a10_0);
                CG_STORE(cg_v8, y_row + q * 8 + 80, a10_0);
                cg_v8_relu(&a11_0);
                CG_STORE(cg_v8, y_row + q * 8 + 88, a11_0);
                cg_v8_relu(&a12_0);
                CG_STORE(cg_v8, y_row + q * 8 + 96, a12_0);
                cg_v8_relu(&a13_0);
                CG_STORE(cg_v8, y_row + q * 8 + 104, a13_0);
                cg_v8_relu(&a14_0);
                CG_STORE(cg_v8, y_row + q * 8 + 112, a14_0);
                cg_v8_relu(&a15_0);
                CG_STORE(cg_v8, y_row + q * 8 + 120, a15_0);
            }


#else
            for (int q = 0; q < 44; q += 11)
            {   /* 11 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
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
                const float *xr = input + q * 24;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 24; ++c, w += 8) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 24];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 72];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 168];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 216];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a10_0 += w0 * xv;
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 8, a0_0);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 8 + 8, a1_0);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 8 + 16, a2_0);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 8 + 24, a3_0);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 8 + 32, a4_0);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 8 + 40, a5_0);
                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + q * 8 + 48, a6_0);
                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + q * 8 + 56, a7_0);
                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + q * 8 + 64, a8_0);
                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + q * 8 + 72, a9_0);
                cg_v8_relu(&a10_0);
                CG_STORE(cg_v8, y_row + q * 8 + 80, a10_0);
            }

            for (int q = 44; q < 64; q += 10)
            {   /* 10 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
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
                const float *xr = input + q * 24;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 24; ++c, w += 8) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 24];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 72];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 168];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 216];
                            a9_0 += w0 * xv;
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 8, a0_0);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 8 + 8, a1_0);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 8 + 16, a2_0);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 8 + 24, a3_0);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 8 + 32, a4_0);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 8 + 40, a5_0);
                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + q * 8 + 48, a6_0);
                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + q * 8 + 56, a7_0);
                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + q * 8 + 64, a8_0);
                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + q * 8 + 72, a9_0);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_gated_conv1d_layer11;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        {   /* block 0: 8 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 8; f0 += 4) {
                /* columns q: interior for q in [0, 64) */
                for (int q = 0; q < 54; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + q * 24;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 24; ++c, w += 8) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 120];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 8 + f0] = cg_relu(a0_0);
                    y_row[q * 8 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 8 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 8 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 8 + f0 + 8] = cg_relu(a1_0);
                    y_row[q * 8 + f0 + 9] = cg_relu(a1_1);
                    y_row[q * 8 + f0 + 10] = cg_relu(a1_2);
                    y_row[q * 8 + f0 + 11] = cg_relu(a1_3);
                    y_row[q * 8 + f0 + 16] = cg_relu(a2_0);
                    y_row[q * 8 + f0 + 17] = cg_relu(a2_1);
                    y_row[q * 8 + f0 + 18] = cg_relu(a2_2);
                    y_row[q * 8 + f0 + 19] = cg_relu(a2_3);
                    y_row[q * 8 + f0 + 24] = cg_relu(a3_0);
                    y_row[q * 8 + f0 + 25] = cg_relu(a3_1);
                    y_row[q * 8 + f0 + 26] = cg_relu(a3_2);
                    y_row[q * 8 + f0 + 27] = cg_relu(a3_3);
                    y_row[q * 8 + f0 + 32] = cg_relu(a4_0);
                    y_row[q * 8 + f0 + 33] = cg_relu(a4_1);
                    y_row[q * 8 + f0 + 34] = cg_relu(a4_2);
                    y_row[q * 8 + f0 + 35] = cg_relu(a4_3);
                    y_row[q * 8 + f0 + 40] = cg_relu(a5_0);
                    y_row[q * 8 + f0 + 41] = cg_relu(a5_1);
                    y_row[q * 8 + f0 + 42] = cg_relu(a5_2);
                    y_row[q * 8 + f0 + 43] = cg_relu(a5_3);
}
                for (int q = 54; q < 64; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + q * 24;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 24; ++c, w += 8) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 8 + f0] = cg_relu(a0_0);
                    y_row[q * 8 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 8 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 8 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 8 + f0 + 8] = cg_relu(a1_0);
                    y_row[q * 8 + f0 + 9] = cg_relu(a1_1);
                    y_row[q * 8 + f0 + 10] = cg_relu(a1_2);
                    y_row[q * 8 + f0 + 11] = cg_relu(a1_3);
                    y_row[q * 8 + f0 + 16] = cg_relu(a2_0);
                    y_row[q * 8 + f0 + 17] = cg_relu(a2_1);
                    y_row[q * 8 + f0 + 18] = cg_relu(a2_2);
                    y_row[q * 8 + f0 + 19] = cg_relu(a2_3);
                    y_row[q * 8 + f0 + 24] = cg_relu(a3_0);
                    y_row[q * 8 + f0 + 25] = cg_relu(a3_1);
                    y_row[q * 8 + f0 + 26] = cg_relu(a3_2);
                    y_row[q * 8 + f0 + 27] = cg_relu(a3_3);
                    y_row[q * 8 + f0 + 32] = cg_relu(a4_0);
                    y_row[q * 8 + f0 + 33] = cg_relu(a4_1);
                    y_row[q * 8 + f0 + 34] = cg_relu(a4_2);
                    y_row[q * 8 + f0 + 35] = cg_relu(a4_3);
}
            }
        }
    }
#endif
    return 0;
}

/* b1_filter (Conv1D) 64x16 -> 64x16, activation tanh; b1_gate (Conv1D) 64x16 -> 64x16, activation sigmoid; b1_gated (Multiply) 64x16, 64x16 -> 64x16; b1_res (Conv1D) 64x16 -> 64x16; b1_out (Add) 64x16, 64x16 -> 64x16; b2_filter (Conv1D) 64x16 -> 64x16, activation tanh; b2_gate (Conv1D) 64x16 -> 64x16, activation sigmoid; b2_gated (Multiply) 64x16, 64x16 -> 64x16; b1_skip (Conv1D) 64x16 -> 64x24; b2_skip (Conv1D) 64x16 -> 64x24; skips (Add) 64x24, 64x24 -> 64x24; head (Conv1D) 64x24 -> 64x8, activation relu
 * Workspace: 5120 floats: b1_filter at 0 (1024 floats, steps 0-2), b1_gate at 1024 (1024 floats, steps 1-2), b1_gated at 2048 (1024 floats, steps 2-7), b1_out at 0 (1024 floats, steps 3-5), b2_filter at 1024 (1024 floats, steps 4-6), b2_gate at 3072 (1024 floats, steps 5-6), b2_gated at 4096 (1024 floats, steps 6-8), b1_skip at 0 (1536 floats, steps 7-8), skips at 1536 (1536 floats, steps 8-9). */
int gated_conv1d(const float *input, const float *weights, float *output, float *workspace)
{
    gated_conv1d_layer0(input, weights, workspace, workspace);
    gated_conv1d_layer1(input, weights + 784, workspace + 1024, workspace);
    gated_conv1d_layer2(workspace, workspace + 1024, workspace + 2048);
    gated_conv1d_layer3(workspace + 2048, weights + 1568, workspace, workspace, input);
    gated_conv1d_layer5(workspace, weights + 1840, workspace + 1024, workspace);
    gated_conv1d_layer6(workspace, weights + 2624, workspace + 3072, workspace);
    gated_conv1d_layer7(workspace + 1024, workspace + 3072, workspace + 4096);
    gated_conv1d_layer8(workspace + 2048, weights + 3408, workspace, workspace);
    gated_conv1d_layer9(workspace + 4096, weights + 3952, workspace + 1536, workspace, workspace);
    gated_conv1d_layer11(workspace + 1536, weights + 4496, output, workspace);
    return 0;
}
