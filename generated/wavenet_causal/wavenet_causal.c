/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: wavenet_causal.yaml
 *   Template: model.c.j2, dense.c.j2
 */
#include "wavenet_causal.h"

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

/* conv1d (Conv1D) 100x16 -> 100x24, activation tanh
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  2x100x16: strides n=1600 c=1 d=1600 h=1600 w=16
 *   output 2x100x24: strides n=2400 c=1 d=2400 h=2400 w=24
 *   weights [1][1][1][3][16][32], bias [1][32] at 1536
 *   padding before (d, h, w) = (0, 0, 8)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_wavenet_causal_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_tanh(t[f]);
}

#if !CG_VECTOR
/* The activation over one finished output row (100 x 24 values), for the
 * portable branch: in a loop of its own GCC keeps its constants in registers, where applied
 * to each tile's values it would reload them from memory for every tile. */
static void act_wavenet_causal_layer0(float *y_row)
{
    for (int i = 0; i < 2400; ++i) {   /* the row is contiguous */
        const float v = y_row[i];
        y_row[i] = cg_tanh(v);
    }
}
#endif

static int wavenet_causal_layer0(const float *input, const float *weights, float *output,
                                 float *workspace)
{
    const float *bias = weights + 1536;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[32];   /* a pixel's values on their way to the scalar store */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR(private(t))
    for (int n = 0; n < 2; ++n) {
        float *y_row = y + n * 2400;
        {
            const float *wf = weights;
            /* columns q: interior for q in [8, 100) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 10 output pixel(s) x 32 filters in 2 cg_v16: an edge tile, each tap only where its column exists */
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
                const float *xr = input + n * 1600;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 8, 9 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1, pixels 4, 5, 6, 7, 8, 9 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
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
                        {
                            const float xv = xr[c + 32];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 1024;
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
                store_wavenet_causal_layer0(y_row, t, 24);
CG_STORE(cg_v16, t, a1_0); CG_STORE(cg_v16, t + 16, a1_1); 
                store_wavenet_causal_layer0(y_row + 24, t, 24);
CG_STORE(cg_v16, t, a2_0); CG_STORE(cg_v16, t + 16, a2_1); 
                store_wavenet_causal_layer0(y_row + 48, t, 24);
CG_STORE(cg_v16, t, a3_0); CG_STORE(cg_v16, t + 16, a3_1); 
                store_wavenet_causal_layer0(y_row + 72, t, 24);
CG_STORE(cg_v16, t, a4_0); CG_STORE(cg_v16, t + 16, a4_1); 
                store_wavenet_causal_layer0(y_row + 96, t, 24);
CG_STORE(cg_v16, t, a5_0); CG_STORE(cg_v16, t + 16, a5_1); 
                store_wavenet_causal_layer0(y_row + 120, t, 24);
CG_STORE(cg_v16, t, a6_0); CG_STORE(cg_v16, t + 16, a6_1); 
                store_wavenet_causal_layer0(y_row + 144, t, 24);
CG_STORE(cg_v16, t, a7_0); CG_STORE(cg_v16, t + 16, a7_1); 
                store_wavenet_causal_layer0(y_row + 168, t, 24);
CG_STORE(cg_v16, t, a8_0); CG_STORE(cg_v16, t + 16, a8_1); 
                store_wavenet_causal_layer0(y_row + 192, t, 24);
CG_STORE(cg_v16, t, a9_0); CG_STORE(cg_v16, t + 16, a9_1); 
                store_wavenet_causal_layer0(y_row + 216, t, 24);
            }

            for (int q = 10; q < 100; q += 10)
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
                const float *xr = input + n * 1600 + q * 16;
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
                            const float xv = xr[c - 128];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 112];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 96];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 80];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 48];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 16];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
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
                        {
                            const float xv = xr[c + 32];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 1024;
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
                store_wavenet_causal_layer0(y_row + q * 24, t, 24);
CG_STORE(cg_v16, t, a1_0); CG_STORE(cg_v16, t + 16, a1_1); 
                store_wavenet_causal_layer0(y_row + q * 24 + 24, t, 24);
CG_STORE(cg_v16, t, a2_0); CG_STORE(cg_v16, t + 16, a2_1); 
                store_wavenet_causal_layer0(y_row + q * 24 + 48, t, 24);
CG_STORE(cg_v16, t, a3_0); CG_STORE(cg_v16, t + 16, a3_1); 
                store_wavenet_causal_layer0(y_row + q * 24 + 72, t, 24);
CG_STORE(cg_v16, t, a4_0); CG_STORE(cg_v16, t + 16, a4_1); 
                store_wavenet_causal_layer0(y_row + q * 24 + 96, t, 24);
CG_STORE(cg_v16, t, a5_0); CG_STORE(cg_v16, t + 16, a5_1); 
                store_wavenet_causal_layer0(y_row + q * 24 + 120, t, 24);
CG_STORE(cg_v16, t, a6_0); CG_STORE(cg_v16, t + 16, a6_1); 
                store_wavenet_causal_layer0(y_row + q * 24 + 144, t, 24);
CG_STORE(cg_v16, t, a7_0); CG_STORE(cg_v16, t + 16, a7_1); 
                store_wavenet_causal_layer0(y_row + q * 24 + 168, t, 24);
CG_STORE(cg_v16, t, a8_0); CG_STORE(cg_v16, t + 16, a8_1); 
                store_wavenet_causal_layer0(y_row + q * 24 + 192, t, 24);
CG_STORE(cg_v16, t, a9_0); CG_STORE(cg_v16, t + 16, a9_1); 
                store_wavenet_causal_layer0(y_row + q * 24 + 216, t, 24);
            }


#else
            for (int fh = 0; fh < 24; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fh), a5_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input + n * 1600;
                const float *wr = wf;
                {   /* tap kw = 1, pixels 4, 5 */
                    const float *w = wr + fh + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
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
                {   /* tap kw = 2 */
                    const float *w = wr + fh + 1024;
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
CG_STORE(cg_v8, t, a0_0); CG_STORE(cg_v8, t + 8, a0_1); 
                store_wavenet_causal_layer0(y_row + fh, t, (24 - fh < 16 ? 24 - fh : 16));
CG_STORE(cg_v8, t, a1_0); CG_STORE(cg_v8, t + 8, a1_1); 
                store_wavenet_causal_layer0(y_row + fh + 24, t, (24 - fh < 16 ? 24 - fh : 16));
CG_STORE(cg_v8, t, a2_0); CG_STORE(cg_v8, t + 8, a2_1); 
                store_wavenet_causal_layer0(y_row + fh + 48, t, (24 - fh < 16 ? 24 - fh : 16));
CG_STORE(cg_v8, t, a3_0); CG_STORE(cg_v8, t + 8, a3_1); 
                store_wavenet_causal_layer0(y_row + fh + 72, t, (24 - fh < 16 ? 24 - fh : 16));
CG_STORE(cg_v8, t, a4_0); CG_STORE(cg_v8, t + 8, a4_1); 
                store_wavenet_causal_layer0(y_row + fh + 96, t, (24 - fh < 16 ? 24 - fh : 16));
CG_STORE(cg_v8, t, a5_0); CG_STORE(cg_v8, t + 8, a5_1); 
                store_wavenet_causal_layer0(y_row + fh + 120, t, (24 - fh < 16 ? 24 - fh : 16));
            }

            for (int fh = 0; fh < 24; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fh), a5_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input + n * 1600;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 2, 3, 4, 5 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
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
                {   /* tap kw = 1 */
                    const float *w = wr + fh + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 32];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + fh + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 96];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); CG_STORE(cg_v8, t + 8, a0_1); 
                store_wavenet_causal_layer0(y_row + fh + 144, t, (24 - fh < 16 ? 24 - fh : 16));
CG_STORE(cg_v8, t, a1_0); CG_STORE(cg_v8, t + 8, a1_1); 
                store_wavenet_causal_layer0(y_row + fh + 168, t, (24 - fh < 16 ? 24 - fh : 16));
CG_STORE(cg_v8, t, a2_0); CG_STORE(cg_v8, t + 8, a2_1); 
                store_wavenet_causal_layer0(y_row + fh + 192, t, (24 - fh < 16 ? 24 - fh : 16));
CG_STORE(cg_v8, t, a3_0); CG_STORE(cg_v8, t + 8, a3_1); 
                store_wavenet_causal_layer0(y_row + fh + 216, t, (24 - fh < 16 ? 24 - fh : 16));
CG_STORE(cg_v8, t, a4_0); CG_STORE(cg_v8, t + 8, a4_1); 
                store_wavenet_causal_layer0(y_row + fh + 240, t, (24 - fh < 16 ? 24 - fh : 16));
CG_STORE(cg_v8, t, a5_0); CG_STORE(cg_v8, t + 8, a5_1); 
                store_wavenet_causal_layer0(y_row + fh + 264, t, (24 - fh < 16 ? 24 - fh : 16));
            }

            for (int q = 12; q < 90; q += 6)
            for (int fh = 0; fh < 24; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fh), a5_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input + n * 1600 + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 128];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 112];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 96];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 80];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 48];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + fh + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
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
                {   /* tap kw = 2 */
                    const float *w = wr + fh + 1024;
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
CG_STORE(cg_v8, t, a0_0); CG_STORE(cg_v8, t + 8, a0_1); 
                store_wavenet_causal_layer0(y_row + q * 24 + fh, t, (24 - fh < 16 ? 24 - fh : 16));
CG_STORE(cg_v8, t, a1_0); CG_STORE(cg_v8, t + 8, a1_1); 
                store_wavenet_causal_layer0(y_row + q * 24 + fh + 24, t, (24 - fh < 16 ? 24 - fh : 16));
CG_STORE(cg_v8, t, a2_0); CG_STORE(cg_v8, t + 8, a2_1); 
                store_wavenet_causal_layer0(y_row + q * 24 + fh + 48, t, (24 - fh < 16 ? 24 - fh : 16));
CG_STORE(cg_v8, t, a3_0); CG_STORE(cg_v8, t + 8, a3_1); 
                store_wavenet_causal_layer0(y_row + q * 24 + fh + 72, t, (24 - fh < 16 ? 24 - fh : 16));
CG_STORE(cg_v8, t, a4_0); CG_STORE(cg_v8, t + 8, a4_1); 
                store_wavenet_causal_layer0(y_row + q * 24 + fh + 96, t, (24 - fh < 16 ? 24 - fh : 16));
CG_STORE(cg_v8, t, a5_0); CG_STORE(cg_v8, t + 8, a5_1); 
                store_wavenet_causal_layer0(y_row + q * 24 + fh + 120, t, (24 - fh < 16 ? 24 - fh : 16));
            }

            for (int q = 90; q < 100; q += 5)
            for (int fh = 0; fh < 24; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input + n * 1600 + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 128];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 112];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 96];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 80];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + fh + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 32) {
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
                {   /* tap kw = 2 */
                    const float *w = wr + fh + 1024;
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
CG_STORE(cg_v8, t, a0_0); CG_STORE(cg_v8, t + 8, a0_1); 
                store_wavenet_causal_layer0(y_row + q * 24 + fh, t, (24 - fh < 16 ? 24 - fh : 16));
CG_STORE(cg_v8, t, a1_0); CG_STORE(cg_v8, t + 8, a1_1); 
                store_wavenet_causal_layer0(y_row + q * 24 + fh + 24, t, (24 - fh < 16 ? 24 - fh : 16));
CG_STORE(cg_v8, t, a2_0); CG_STORE(cg_v8, t + 8, a2_1); 
                store_wavenet_causal_layer0(y_row + q * 24 + fh + 48, t, (24 - fh < 16 ? 24 - fh : 16));
CG_STORE(cg_v8, t, a3_0); CG_STORE(cg_v8, t + 8, a3_1); 
                store_wavenet_causal_layer0(y_row + q * 24 + fh + 72, t, (24 - fh < 16 ? 24 - fh : 16));
CG_STORE(cg_v8, t, a4_0); CG_STORE(cg_v8, t + 8, a4_1); 
                store_wavenet_causal_layer0(y_row + q * 24 + fh + 96, t, (24 - fh < 16 ? 24 - fh : 16));
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_wavenet_causal_layer0;   /* unused: the tiles store their values themselves, the row pass applies the activation */
    for (int n = 0; n < 2; ++n) {
        float *y_row = y + n * 2400;
        {   /* block 0: 24 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 20; f0 += 5) {
                /* columns q: interior for q in [8, 100) */
                {   /* 5 pixel(s) x 5 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3, a4_4 = b4;
                    const float *xr = input + n * 1600;
                    const float *wr = wf + f0;
                    {   /* tap kw = 1, pixels 4 */
                        const float *w = wr + 512;
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const float x4 = xr[c];
                            a4_0 += x4 * w[0];
                            a4_1 += x4 * w[1];
                            a4_2 += x4 * w[2];
                            a4_3 += x4 * w[3];
                            a4_4 += x4 * w[4];
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 1024;
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
                    y_row[f0] = a0_0;
                    y_row[f0 + 1] = a0_1;
                    y_row[f0 + 2] = a0_2;
                    y_row[f0 + 3] = a0_3;
                    y_row[f0 + 4] = a0_4;
                    y_row[f0 + 24] = a1_0;
                    y_row[f0 + 25] = a1_1;
                    y_row[f0 + 26] = a1_2;
                    y_row[f0 + 27] = a1_3;
                    y_row[f0 + 28] = a1_4;
                    y_row[f0 + 48] = a2_0;
                    y_row[f0 + 49] = a2_1;
                    y_row[f0 + 50] = a2_2;
                    y_row[f0 + 51] = a2_3;
                    y_row[f0 + 52] = a2_4;
                    y_row[f0 + 72] = a3_0;
                    y_row[f0 + 73] = a3_1;
                    y_row[f0 + 74] = a3_2;
                    y_row[f0 + 75] = a3_3;
                    y_row[f0 + 76] = a3_4;
                    y_row[f0 + 96] = a4_0;
                    y_row[f0 + 97] = a4_1;
                    y_row[f0 + 98] = a4_2;
                    y_row[f0 + 99] = a4_3;
                    y_row[f0 + 100] = a4_4;
}
                {   /* 5 pixel(s) x 5 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3, a4_4 = b4;
                    const float *xr = input + n * 1600;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0, pixels 3, 4 */
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const float x3 = xr[c], x4 = xr[c + 16];
                            {
                                const float wv = w[0];
                                a3_0 += x3 * wv; a4_0 += x4 * wv;
                            }
                            {
                                const float wv = w[1];
                                a3_1 += x3 * wv; a4_1 += x4 * wv;
                            }
                            {
                                const float wv = w[2];
                                a3_2 += x3 * wv; a4_2 += x4 * wv;
                            }
                            {
                                const float wv = w[3];
                                a3_3 += x3 * wv; a4_3 += x4 * wv;
                            }
                            {
                                const float wv = w[4];
                                a3_4 += x3 * wv; a4_4 += x4 * wv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 512;
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3], w4 = w[4];
                            {
                                const float xv = xr[c + 16];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv; a0_4 += w4 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv; a1_4 += w4 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv; a2_4 += w4 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv; a3_4 += w4 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv; a4_4 += w4 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 1024;
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3], w4 = w[4];
                            {
                                const float xv = xr[c + 80];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv; a0_4 += w4 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv; a1_4 += w4 * xv;
                            }
                            {
                                const float xv = xr[c + 112];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv; a2_4 += w4 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv; a3_4 += w4 * xv;
                            }
                            {
                                const float xv = xr[c + 144];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv; a4_4 += w4 * xv;
                            }
                        }
                    }
                    y_row[f0 + 120] = a0_0;
                    y_row[f0 + 121] = a0_1;
                    y_row[f0 + 122] = a0_2;
                    y_row[f0 + 123] = a0_3;
                    y_row[f0 + 124] = a0_4;
                    y_row[f0 + 144] = a1_0;
                    y_row[f0 + 145] = a1_1;
                    y_row[f0 + 146] = a1_2;
                    y_row[f0 + 147] = a1_3;
                    y_row[f0 + 148] = a1_4;
                    y_row[f0 + 168] = a2_0;
                    y_row[f0 + 169] = a2_1;
                    y_row[f0 + 170] = a2_2;
                    y_row[f0 + 171] = a2_3;
                    y_row[f0 + 172] = a2_4;
                    y_row[f0 + 192] = a3_0;
                    y_row[f0 + 193] = a3_1;
                    y_row[f0 + 194] = a3_2;
                    y_row[f0 + 195] = a3_3;
                    y_row[f0 + 196] = a3_4;
                    y_row[f0 + 216] = a4_0;
                    y_row[f0 + 217] = a4_1;
                    y_row[f0 + 218] = a4_2;
                    y_row[f0 + 219] = a4_3;
                    y_row[f0 + 220] = a4_4;
}
                for (int q = 10; q < 100; q += 5)
                {   /* 5 pixel(s) x 5 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3, a4_4 = b4;
                    const float *xr = input + n * 1600 + q * 16;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3], w4 = w[4];
                            {
                                const float xv = xk[c - 128];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv; a0_4 += w4 * xv;
                            }
                            {
                                const float xv = xk[c - 112];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv; a1_4 += w4 * xv;
                            }
                            {
                                const float xv = xk[c - 96];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv; a2_4 += w4 * xv;
                            }
                            {
                                const float xv = xk[c - 80];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv; a3_4 += w4 * xv;
                            }
                            {
                                const float xv = xk[c - 64];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv; a4_4 += w4 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *xk = xr + 64;
                        const float *w = wr + 512;
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3], w4 = w[4];
                            {
                                const float xv = xk[c - 128];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv; a0_4 += w4 * xv;
                            }
                            {
                                const float xv = xk[c - 112];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv; a1_4 += w4 * xv;
                            }
                            {
                                const float xv = xk[c - 96];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv; a2_4 += w4 * xv;
                            }
                            {
                                const float xv = xk[c - 80];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv; a3_4 += w4 * xv;
                            }
                            {
                                const float xv = xk[c - 64];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv; a4_4 += w4 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *xk = xr + 128;
                        const float *w = wr + 1024;
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3], w4 = w[4];
                            {
                                const float xv = xk[c - 128];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv; a0_4 += w4 * xv;
                            }
                            {
                                const float xv = xk[c - 112];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv; a1_4 += w4 * xv;
                            }
                            {
                                const float xv = xk[c - 96];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv; a2_4 += w4 * xv;
                            }
                            {
                                const float xv = xk[c - 80];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv; a3_4 += w4 * xv;
                            }
                            {
                                const float xv = xk[c - 64];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv; a4_4 += w4 * xv;
                            }
                        }
                    }
                    y_row[q * 24 + f0] = a0_0;
                    y_row[q * 24 + f0 + 1] = a0_1;
                    y_row[q * 24 + f0 + 2] = a0_2;
                    y_row[q * 24 + f0 + 3] = a0_3;
                    y_row[q * 24 + f0 + 4] = a0_4;
                    y_row[q * 24 + f0 + 24] = a1_0;
                    y_row[q * 24 + f0 + 25] = a1_1;
                    y_row[q * 24 + f0 + 26] = a1_2;
                    y_row[q * 24 + f0 + 27] = a1_3;
                    y_row[q * 24 + f0 + 28] = a1_4;
                    y_row[q * 24 + f0 + 48] = a2_0;
                    y_row[q * 24 + f0 + 49] = a2_1;
                    y_row[q * 24 + f0 + 50] = a2_2;
                    y_row[q * 24 + f0 + 51] = a2_3;
                    y_row[q * 24 + f0 + 52] = a2_4;
                    y_row[q * 24 + f0 + 72] = a3_0;
                    y_row[q * 24 + f0 + 73] = a3_1;
                    y_row[q * 24 + f0 + 74] = a3_2;
                    y_row[q * 24 + f0 + 75] = a3_3;
                    y_row[q * 24 + f0 + 76] = a3_4;
                    y_row[q * 24 + f0 + 96] = a4_0;
                    y_row[q * 24 + f0 + 97] = a4_1;
                    y_row[q * 24 + f0 + 98] = a4_2;
                    y_row[q * 24 + f0 + 99] = a4_3;
                    y_row[q * 24 + f0 + 100] = a4_4;
}
            }
            {
                /* columns q: interior for q in [8, 100) */
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[20], b1 = bias[21], b2 = bias[22], b3 = bias[23];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + n * 1600;
                    const float *wr = wf + 20;
                    {   /* tap kw = 1, pixels 4 */
                        const float *w = wr + 512;
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const float x4 = xr[c];
                            a4_0 += x4 * w[0];
                            a4_1 += x4 * w[1];
                            a4_2 += x4 * w[2];
                            a4_3 += x4 * w[3];
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 1024;
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
                    y_row[20] = a0_0;
                    y_row[21] = a0_1;
                    y_row[22] = a0_2;
                    y_row[23] = a0_3;
                    y_row[44] = a1_0;
                    y_row[45] = a1_1;
                    y_row[46] = a1_2;
                    y_row[47] = a1_3;
                    y_row[68] = a2_0;
                    y_row[69] = a2_1;
                    y_row[70] = a2_2;
                    y_row[71] = a2_3;
                    y_row[92] = a3_0;
                    y_row[93] = a3_1;
                    y_row[94] = a3_2;
                    y_row[95] = a3_3;
                    y_row[116] = a4_0;
                    y_row[117] = a4_1;
                    y_row[118] = a4_2;
                    y_row[119] = a4_3;
}
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[20], b1 = bias[21], b2 = bias[22], b3 = bias[23];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + n * 1600;
                    const float *wr = wf + 20;
                    {   /* tap kw = 0, pixels 3, 4 */
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const float x3 = xr[c], x4 = xr[c + 16];
                            {
                                const float wv = w[0];
                                a3_0 += x3 * wv; a4_0 += x4 * wv;
                            }
                            {
                                const float wv = w[1];
                                a3_1 += x3 * wv; a4_1 += x4 * wv;
                            }
                            {
                                const float wv = w[2];
                                a3_2 += x3 * wv; a4_2 += x4 * wv;
                            }
                            {
                                const float wv = w[3];
                                a3_3 += x3 * wv; a4_3 += x4 * wv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 512;
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c + 16];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 1024;
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c + 80];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 112];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 144];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[140] = a0_0;
                    y_row[141] = a0_1;
                    y_row[142] = a0_2;
                    y_row[143] = a0_3;
                    y_row[164] = a1_0;
                    y_row[165] = a1_1;
                    y_row[166] = a1_2;
                    y_row[167] = a1_3;
                    y_row[188] = a2_0;
                    y_row[189] = a2_1;
                    y_row[190] = a2_2;
                    y_row[191] = a2_3;
                    y_row[212] = a3_0;
                    y_row[213] = a3_1;
                    y_row[214] = a3_2;
                    y_row[215] = a3_3;
                    y_row[236] = a4_0;
                    y_row[237] = a4_1;
                    y_row[238] = a4_2;
                    y_row[239] = a4_3;
}
                for (int q = 10; q < 100; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[20], b1 = bias[21], b2 = bias[22], b3 = bias[23];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + n * 1600 + q * 16;
                    const float *wr = wf + 20;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 128];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 112];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 96];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 80];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 64];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *xk = xr + 64;
                        const float *w = wr + 512;
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 128];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 112];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 96];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 80];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 64];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *xk = xr + 128;
                        const float *w = wr + 1024;
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 128];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 112];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 96];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 80];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 64];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 24 + 20] = a0_0;
                    y_row[q * 24 + 21] = a0_1;
                    y_row[q * 24 + 22] = a0_2;
                    y_row[q * 24 + 23] = a0_3;
                    y_row[q * 24 + 44] = a1_0;
                    y_row[q * 24 + 45] = a1_1;
                    y_row[q * 24 + 46] = a1_2;
                    y_row[q * 24 + 47] = a1_3;
                    y_row[q * 24 + 68] = a2_0;
                    y_row[q * 24 + 69] = a2_1;
                    y_row[q * 24 + 70] = a2_2;
                    y_row[q * 24 + 71] = a2_3;
                    y_row[q * 24 + 92] = a3_0;
                    y_row[q * 24 + 93] = a3_1;
                    y_row[q * 24 + 94] = a3_2;
                    y_row[q * 24 + 95] = a3_3;
                    y_row[q * 24 + 116] = a4_0;
                    y_row[q * 24 + 117] = a4_1;
                    y_row[q * 24 + 118] = a4_2;
                    y_row[q * 24 + 119] = a4_3;
}
            }
        }
        act_wavenet_causal_layer0(y_row);   /* the finished row's activation */
    }
#endif
    return 0;
}

/* conv1d (Conv1D) 100x16 -> 100x24, activation tanh
 * Workspace: 0 floats: none needed. */
int wavenet_causal(const float *input, const float *weights, float *output, float *workspace)
{
    wavenet_causal_layer0(input, weights, output, workspace);
    return 0;
}
