/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: vww_mobilenet_v1.yaml
 *   Template: model.c.j2, dense.c.j2, dense_layer.c.j2, depthwise.c.j2, pooled.c.j2
 */
#include "vww_mobilenet_v1.h"

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

static inline __attribute__((unused)) void cg_v16_relu(cg_v16 *x)
{
    *x = (cg_v16)((cg_i16)*x & ~(*x < 0.0f));   /* NaN kept */
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

/* e^x for x <= 0 (or NaN), as softmax takes it after subtracting the row's maximum:
 * 2^k (a + b) / (a - b) from cg_exp_pade (relative error below 3e-7); 0 below -87, where e^x
 * is no longer a normal float (an error below 1.7e-38) */
static inline float cg_exp_nonpositive(float x)
{
    if (x >= -87.0f) {
        float a, b;
        const float two_k = cg_exp_pade(x, 1.0f, 1, &a, &b);
        return two_k * (a + b) / (a - b);
    }
    return x != x ? x : 0.0f;
}

static inline void cg_softmax_rows(float *y, int rows, int len)
{
    for (int r = 0; r < rows; ++r, y += len) {
        float top = y[0], sum = 0.0f;
        for (int i = 1; i < len; ++i) top = y[i] > top ? y[i] : top;
        for (int i = 0; i < len; ++i) { y[i] = cg_exp_nonpositive(y[i] - top); sum += y[i]; }
        for (int i = 0; i < len; ++i) y[i] /= sum;
    }
}

/* conv2d (Conv2D) 96x96x3 -> 48x48x8; batch_normalization (BatchNormalization) folded into its weights; activation (Activation) applied in its store
 * Dense convolution: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x96x96x3: strides n=27648 c=1 d=27648 h=288 w=3
 *   output 1x48x48x8: strides n=18432 c=1 d=18432 h=384 w=8
 *   weights [1][1][3][3][3][8], bias [1][8] at 216
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int vww_mobilenet_v1_layer0(const float *input, const float *weights, float *output,
                                   float *workspace)
{
    const float *bias = weights + 216;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_vww_mobilenet_v1_layer0;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int oh = 0; oh < 48; ++oh) {
        float *y_row = y + oh * 384;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 47) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 32; q += 16)
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
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 96) continue;
                    const float *xr = input + ih * 288 + q * 6;
                    const float *wr = wf + kh * 72;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 18];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 30];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 36];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 42];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 54];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 60];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 66];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 78];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 84];
                                a14_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 90];
                                a15_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 24;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 3];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 15];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 21];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 27];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 33];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 39];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 45];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 51];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 57];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 63];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 69];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 75];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 81];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 87];
                                a14_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 93];
                                a15_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 48;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 6];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 18];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 30];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 36];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 42];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 54];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 60];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 66];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 78];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 84];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 90];
                                a14_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a15_0 += w0 * xv;
                            }
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

            {   /* 16 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
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
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 96) continue;
                    const float *xr = input + ih * 288;
                    const float *wr = wf + kh * 72;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 192];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 198];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 204];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 210];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 216];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 222];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 228];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 234];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 240];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 246];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 252];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 258];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 264];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 270];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 276];
                                a14_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 282];
                                a15_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 24;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 195];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 201];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 207];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 213];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 219];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 225];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 231];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 237];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 243];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 249];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 255];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 261];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 267];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 273];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 279];
                                a14_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 285];
                                a15_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 */
                        const float *w = wr + 48;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 198];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 204];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 210];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 216];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 222];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 228];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 234];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 240];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 246];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 252];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 258];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 264];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 270];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 276];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 282];
                                a14_0 += w0 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + 256, a0_0);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 264, a1_0);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 272, a2_0);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 280, a3_0);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + 288, a4_0);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + 296, a5_0);
                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + 304, a6_0);
                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + 312, a7_0);
                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + 320, a8_0);
                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + 328, a9_0);
                cg_v8_relu(&a10_0);
                CG_STORE(cg_v8, y_row + 336, a10_0);
                cg_v8_relu(&a11_0);
                CG_STORE(cg_v8, y_row + 344, a11_0);
                cg_v8_relu(&a12_0);
                CG_STORE(cg_v8, y_row + 352, a12_0);
                cg_v8_relu(&a13_0);
                CG_STORE(cg_v8, y_row + 360, a13_0);
                cg_v8_relu(&a14_0);
                CG_STORE(cg_v8, y_row + 368, a14_0);
                cg_v8_relu(&a15_0);
                CG_STORE(cg_v8, y_row + 376, a15_0);
            }


#else
            for (int q = 0; q < 36; q += 12)
            {   /* 12 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
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
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 96) continue;
                    const float *xr = input + ih * 288 + q * 6;
                    const float *wr = wf + kh * 72;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 18];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 30];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 36];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 42];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 54];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 60];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 66];
                                a11_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 24;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 3];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 15];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 21];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 27];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 33];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 39];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 45];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 51];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 57];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 63];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 69];
                                a11_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 48;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 6];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 18];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 30];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 36];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 42];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 54];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 60];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 66];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a11_0 += w0 * xv;
                            }
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
            }

            {   /* 12 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
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
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 96) continue;
                    const float *xr = input + ih * 288;
                    const float *wr = wf + kh * 72;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 216];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 222];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 228];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 234];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 240];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 246];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 252];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 258];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 264];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 270];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 276];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 282];
                                a11_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 24;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 219];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 225];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 231];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 237];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 243];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 249];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 255];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 261];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 267];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 273];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 279];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 285];
                                a11_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 */
                        const float *w = wr + 48;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 222];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 228];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 234];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 240];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 246];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 252];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 258];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 264];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 270];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 276];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 282];
                                a10_0 += w0 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + 288, a0_0);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 296, a1_0);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 304, a2_0);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 312, a3_0);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + 320, a4_0);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + 328, a5_0);
                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + 336, a6_0);
                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + 344, a7_0);
                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + 352, a8_0);
                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + 360, a9_0);
                cg_v8_relu(&a10_0);
                CG_STORE(cg_v8, y_row + 368, a10_0);
                cg_v8_relu(&a11_0);
                CG_STORE(cg_v8, y_row + 376, a11_0);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_vww_mobilenet_v1_layer0;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 48; ++oh) {
        float *y_row = y + oh * 384;
        {   /* block 0: 8 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 8; f0 += 4) {
                /* columns q: interior for q in [0, 47) */
                for (int q = 0; q < 42; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh;
                        if (ih >= 96) continue;
                        const float *xr = input + ih * 288 + q * 6;
                        const float *wr = wf + kh * 72 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 6];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 12];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 18];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 24];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 30];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *xk = xr + 3;
                            const float *w = wr + 24;
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 6];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 12];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 18];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 24];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 30];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *xk = xr + 6;
                            const float *w = wr + 48;
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 6];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 12];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 18];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 24];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 30];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
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
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh;
                        if (ih >= 96) continue;
                        const float *xr = input + ih * 288;
                        const float *wr = wf + kh * 72 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 252];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 258];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 264];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 270];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 276];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 282];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 24;
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 255];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 261];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 267];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 273];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 279];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 285];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2, 3, 4 */
                            const float *w = wr + 48;
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 258];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 264];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 270];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 276];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 282];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[f0 + 336] = cg_relu(a0_0);
                    y_row[f0 + 337] = cg_relu(a0_1);
                    y_row[f0 + 338] = cg_relu(a0_2);
                    y_row[f0 + 339] = cg_relu(a0_3);
                    y_row[f0 + 344] = cg_relu(a1_0);
                    y_row[f0 + 345] = cg_relu(a1_1);
                    y_row[f0 + 346] = cg_relu(a1_2);
                    y_row[f0 + 347] = cg_relu(a1_3);
                    y_row[f0 + 352] = cg_relu(a2_0);
                    y_row[f0 + 353] = cg_relu(a2_1);
                    y_row[f0 + 354] = cg_relu(a2_2);
                    y_row[f0 + 355] = cg_relu(a2_3);
                    y_row[f0 + 360] = cg_relu(a3_0);
                    y_row[f0 + 361] = cg_relu(a3_1);
                    y_row[f0 + 362] = cg_relu(a3_2);
                    y_row[f0 + 363] = cg_relu(a3_3);
                    y_row[f0 + 368] = cg_relu(a4_0);
                    y_row[f0 + 369] = cg_relu(a4_1);
                    y_row[f0 + 370] = cg_relu(a4_2);
                    y_row[f0 + 371] = cg_relu(a4_3);
                    y_row[f0 + 376] = cg_relu(a5_0);
                    y_row[f0 + 377] = cg_relu(a5_1);
                    y_row[f0 + 378] = cg_relu(a5_2);
                    y_row[f0 + 379] = cg_relu(a5_3);
}
            }
        }
    }
#endif
    return 0;
}

/* depthwise_conv2d (DepthwiseConv2D) 48x48x8 -> 48x48x8; batch_normalization_1 (BatchNormalization) folded into its weights; activation_1 (Activation) applied in its store
 * Depthwise, channels_last, multiplier 1: vectors of 16 or 8 channels, register tiles of up to
 * 8 pixels along w, edge tiles (2) at the borders reading only the columns that exist,
 * border pixels with bounds checks (0 range(s)); channels past the last multiple of 8 take a
 * loop one pixel at a time. Without vectors (or with CONVGEN_PORTABLE), portable C99: the same
 * tiles per channel in scalar registers.
 *   input  1x48x48x8: strides n=18432 h=384 w=8
 *   output 1x48x48x8: strides n=18432 h=384 w=8
 *   kernel [3][3][8], bias [8] at 72
 *   padding before (h, w) = (1, 1)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer3(float *out, const float *t, int nc)
{
    for (int c = 0; c < nc; ++c)
        out[c] = cg_relu(t[c]);
}

static int vww_mobilenet_v1_layer3(const float *input, const float *weights, float *output,
                                   float *workspace)
{
    const float *bias = weights + 72;
    float *y = output;
    int c_done = 0;   /* channels the vector path covered */
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    /* fewer channels than one vector: all in the portable loop */

#else
    c_done = 8;
    for (int oh = 0; oh < 48; ++oh) {
        float *y_row = y + oh * 384;
        {
            const cg_v8 b = CG_LOAD(cg_v8, bias);
            {   /* 8 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 48) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 384;
                    cg_v8 x1 = CG_LOAD(cg_v8, xp);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 8);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 16);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 24);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 32);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 40);
                    cg_v8 x7 = CG_LOAD(cg_v8, xp + 48);
                    cg_v8 x8 = CG_LOAD(cg_v8, xp + 56);
                    cg_v8 x9 = CG_LOAD(cg_v8, xp + 64);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 24);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                        a6 += x6 * w;
                        a7 += x7 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 24 + 8);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                        a6 += x7 * w;
                        a7 += x8 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 24 + 16);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                        a5 += x7 * w;
                        a6 += x8 * w;
                        a7 += x9 * w;
                    }
                }
                cg_v8_relu(&a0);
                CG_STORE(cg_v8, y_row, a0);
                cg_v8_relu(&a1);
                CG_STORE(cg_v8, y_row + 8, a1);
                cg_v8_relu(&a2);
                CG_STORE(cg_v8, y_row + 16, a2);
                cg_v8_relu(&a3);
                CG_STORE(cg_v8, y_row + 24, a3);
                cg_v8_relu(&a4);
                CG_STORE(cg_v8, y_row + 32, a4);
                cg_v8_relu(&a5);
                CG_STORE(cg_v8, y_row + 40, a5);
                cg_v8_relu(&a6);
                CG_STORE(cg_v8, y_row + 48, a6);
                cg_v8_relu(&a7);
                CG_STORE(cg_v8, y_row + 56, a7);
            }

            for (int ow0 = 8; ow0 < 40; ow0 += 8)
            {   /* 8 output pixel(s) x 8 channels */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 48) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 384 + ow0 * 8 - 8;
                    cg_v8 x0 = CG_LOAD(cg_v8, xp);
                    cg_v8 x1 = CG_LOAD(cg_v8, xp + 8);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 16);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 24);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 32);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 40);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 48);
                    cg_v8 x7 = CG_LOAD(cg_v8, xp + 56);
                    cg_v8 x8 = CG_LOAD(cg_v8, xp + 64);
                    cg_v8 x9 = CG_LOAD(cg_v8, xp + 72);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 24);
                        a0 += x0 * w;
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                        a6 += x6 * w;
                        a7 += x7 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 24 + 8);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                        a6 += x7 * w;
                        a7 += x8 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 24 + 16);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                        a5 += x7 * w;
                        a6 += x8 * w;
                        a7 += x9 * w;
                    }
                }
                cg_v8_relu(&a0);
                CG_STORE(cg_v8, y_row + ow0 * 8, a0);
                cg_v8_relu(&a1);
                CG_STORE(cg_v8, y_row + ow0 * 8 + 8, a1);
                cg_v8_relu(&a2);
                CG_STORE(cg_v8, y_row + ow0 * 8 + 16, a2);
                cg_v8_relu(&a3);
                CG_STORE(cg_v8, y_row + ow0 * 8 + 24, a3);
                cg_v8_relu(&a4);
                CG_STORE(cg_v8, y_row + ow0 * 8 + 32, a4);
                cg_v8_relu(&a5);
                CG_STORE(cg_v8, y_row + ow0 * 8 + 40, a5);
                cg_v8_relu(&a6);
                CG_STORE(cg_v8, y_row + ow0 * 8 + 48, a6);
                cg_v8_relu(&a7);
                CG_STORE(cg_v8, y_row + ow0 * 8 + 56, a7);
            }

            {   /* 8 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 48) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 384;
                    cg_v8 x0 = CG_LOAD(cg_v8, xp + 312);
                    cg_v8 x1 = CG_LOAD(cg_v8, xp + 320);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 328);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 336);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 344);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 352);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 360);
                    cg_v8 x7 = CG_LOAD(cg_v8, xp + 368);
                    cg_v8 x8 = CG_LOAD(cg_v8, xp + 376);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 24);
                        a0 += x0 * w;
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                        a6 += x6 * w;
                        a7 += x7 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 24 + 8);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                        a6 += x7 * w;
                        a7 += x8 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 24 + 16);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                        a5 += x7 * w;
                        a6 += x8 * w;
                    }
                }
                cg_v8_relu(&a0);
                CG_STORE(cg_v8, y_row + 320, a0);
                cg_v8_relu(&a1);
                CG_STORE(cg_v8, y_row + 328, a1);
                cg_v8_relu(&a2);
                CG_STORE(cg_v8, y_row + 336, a2);
                cg_v8_relu(&a3);
                CG_STORE(cg_v8, y_row + 344, a3);
                cg_v8_relu(&a4);
                CG_STORE(cg_v8, y_row + 352, a4);
                cg_v8_relu(&a5);
                CG_STORE(cg_v8, y_row + 360, a5);
                cg_v8_relu(&a6);
                CG_STORE(cg_v8, y_row + 368, a6);
                cg_v8_relu(&a7);
                CG_STORE(cg_v8, y_row + 376, a7);
            }

        }

    }

#endif
    /* the channels the vector path did not cover, one pixel at a time */
    for (int oh = 0; oh < 48; ++oh)
    for (int ow = 0; ow < 48; ++ow)
    for (int c = c_done; c < 8; ++c) {
        float acc = bias[c];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh + kh - 1;
            if (ih < 0 || ih >= 48) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow + kw - 1;
                if (iw < 0 || iw >= 48) continue;
                acc += input[ih * 384 + iw * 8 + c]
                       * weights[kh * 24 + kw * 8 + c];
            }
        }
        store_vww_mobilenet_v1_layer3(y + oh * 384 + ow * 8 + c, &acc, 1);
    }
#else
    /* portable C99 for cores without SIMD: per channel, tiles of neighbouring pixels in
     * scalar registers, each input column loaded once for every tap and pixel reading it */
    (void)c_done;
    (void)store_vww_mobilenet_v1_layer3;
    for (int oh = 0; oh < 48; ++oh) {
        float *y_row = y + oh * 384;
        for (int c = 0; c < 8; ++c) {
            const float b = bias[c];
            {   /* 12 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b, a8 = b, a9 = b, a10 = b, a11 = b;
                if (oh - 1 >= 0) {   /* row kh = 0 */
                    const float *xp = input + oh * 384 + c - 384;
                    const float *wk = weights + c;
                    const float x1 = xp[0], x2 = xp[8], x3 = xp[16], x4 = xp[24], x5 = xp[32], x6 = xp[40], x7 = xp[48], x8 = xp[56], x9 = xp[64], x10 = xp[72], x11 = xp[80], x12 = xp[88], x13 = xp[96];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w; a8 += x8 * w; a9 += x9 * w; a10 += x10 * w; a11 += x11 * w;
                    }
                    {
                        const float w = wk[8];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w; a8 += x9 * w; a9 += x10 * w; a10 += x11 * w; a11 += x12 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w; a8 += x10 * w; a9 += x11 * w; a10 += x12 * w; a11 += x13 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 384 + c;
                    const float *wk = weights + c + 24;
                    const float x1 = xp[0], x2 = xp[8], x3 = xp[16], x4 = xp[24], x5 = xp[32], x6 = xp[40], x7 = xp[48], x8 = xp[56], x9 = xp[64], x10 = xp[72], x11 = xp[80], x12 = xp[88], x13 = xp[96];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w; a8 += x8 * w; a9 += x9 * w; a10 += x10 * w; a11 += x11 * w;
                    }
                    {
                        const float w = wk[8];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w; a8 += x9 * w; a9 += x10 * w; a10 += x11 * w; a11 += x12 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w; a8 += x10 * w; a9 += x11 * w; a10 += x12 * w; a11 += x13 * w;
                    }
                }
                if (oh + 1 < 48) {   /* row kh = 2 */
                    const float *xp = input + oh * 384 + c + 384;
                    const float *wk = weights + c + 48;
                    const float x1 = xp[0], x2 = xp[8], x3 = xp[16], x4 = xp[24], x5 = xp[32], x6 = xp[40], x7 = xp[48], x8 = xp[56], x9 = xp[64], x10 = xp[72], x11 = xp[80], x12 = xp[88], x13 = xp[96];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w; a8 += x8 * w; a9 += x9 * w; a10 += x10 * w; a11 += x11 * w;
                    }
                    {
                        const float w = wk[8];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w; a8 += x9 * w; a9 += x10 * w; a10 += x11 * w; a11 += x12 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w; a8 += x10 * w; a9 += x11 * w; a10 += x12 * w; a11 += x13 * w;
                    }
                }
                y_row[c] = cg_relu(a0);
                y_row[c + 8] = cg_relu(a1);
                y_row[c + 16] = cg_relu(a2);
                y_row[c + 24] = cg_relu(a3);
                y_row[c + 32] = cg_relu(a4);
                y_row[c + 40] = cg_relu(a5);
                y_row[c + 48] = cg_relu(a6);
                y_row[c + 56] = cg_relu(a7);
                y_row[c + 64] = cg_relu(a8);
                y_row[c + 72] = cg_relu(a9);
                y_row[c + 80] = cg_relu(a10);
                y_row[c + 88] = cg_relu(a11);
            }
            for (int ow0 = 12; ow0 < 36; ow0 += 12)
            {   /* 12 pixel(s) of channel c */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b, a8 = b, a9 = b, a10 = b, a11 = b;
                if (oh - 1 >= 0) {   /* row kh = 0 */
                    const float *xp = input + oh * 384 + c + ow0 * 8 - 392;
                    const float *wk = weights + c;
                    const float x0 = xp[0], x1 = xp[8], x2 = xp[16], x3 = xp[24], x4 = xp[32], x5 = xp[40], x6 = xp[48], x7 = xp[56], x8 = xp[64], x9 = xp[72], x10 = xp[80], x11 = xp[88], x12 = xp[96], x13 = xp[104];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w; a8 += x8 * w; a9 += x9 * w; a10 += x10 * w; a11 += x11 * w;
                    }
                    {
                        const float w = wk[8];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w; a8 += x9 * w; a9 += x10 * w; a10 += x11 * w; a11 += x12 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w; a8 += x10 * w; a9 += x11 * w; a10 += x12 * w; a11 += x13 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 384 + c + ow0 * 8 - 8;
                    const float *wk = weights + c + 24;
                    const float x0 = xp[0], x1 = xp[8], x2 = xp[16], x3 = xp[24], x4 = xp[32], x5 = xp[40], x6 = xp[48], x7 = xp[56], x8 = xp[64], x9 = xp[72], x10 = xp[80], x11 = xp[88], x12 = xp[96], x13 = xp[104];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w; a8 += x8 * w; a9 += x9 * w; a10 += x10 * w; a11 += x11 * w;
                    }
                    {
                        const float w = wk[8];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w; a8 += x9 * w; a9 += x10 * w; a10 += x11 * w; a11 += x12 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w; a8 += x10 * w; a9 += x11 * w; a10 += x12 * w; a11 += x13 * w;
                    }
                }
                if (oh + 1 < 48) {   /* row kh = 2 */
                    const float *xp = input + oh * 384 + c + ow0 * 8 + 376;
                    const float *wk = weights + c + 48;
                    const float x0 = xp[0], x1 = xp[8], x2 = xp[16], x3 = xp[24], x4 = xp[32], x5 = xp[40], x6 = xp[48], x7 = xp[56], x8 = xp[64], x9 = xp[72], x10 = xp[80], x11 = xp[88], x12 = xp[96], x13 = xp[104];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w; a8 += x8 * w; a9 += x9 * w; a10 += x10 * w; a11 += x11 * w;
                    }
                    {
                        const float w = wk[8];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w; a8 += x9 * w; a9 += x10 * w; a10 += x11 * w; a11 += x12 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w; a8 += x10 * w; a9 += x11 * w; a10 += x12 * w; a11 += x13 * w;
                    }
                }
                y_row[ow0 * 8 + c] = cg_relu(a0);
                y_row[ow0 * 8 + c + 8] = cg_relu(a1);
                y_row[ow0 * 8 + c + 16] = cg_relu(a2);
                y_row[ow0 * 8 + c + 24] = cg_relu(a3);
                y_row[ow0 * 8 + c + 32] = cg_relu(a4);
                y_row[ow0 * 8 + c + 40] = cg_relu(a5);
                y_row[ow0 * 8 + c + 48] = cg_relu(a6);
                y_row[ow0 * 8 + c + 56] = cg_relu(a7);
                y_row[ow0 * 8 + c + 64] = cg_relu(a8);
                y_row[ow0 * 8 + c + 72] = cg_relu(a9);
                y_row[ow0 * 8 + c + 80] = cg_relu(a10);
                y_row[ow0 * 8 + c + 88] = cg_relu(a11);
            }
            {   /* 12 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b, a8 = b, a9 = b, a10 = b, a11 = b;
                if (oh - 1 >= 0) {   /* row kh = 0 */
                    const float *xp = input + oh * 384 + c - 384;
                    const float *wk = weights + c;
                    const float x0 = xp[280], x1 = xp[288], x2 = xp[296], x3 = xp[304], x4 = xp[312], x5 = xp[320], x6 = xp[328], x7 = xp[336], x8 = xp[344], x9 = xp[352], x10 = xp[360], x11 = xp[368], x12 = xp[376];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w; a8 += x8 * w; a9 += x9 * w; a10 += x10 * w; a11 += x11 * w;
                    }
                    {
                        const float w = wk[8];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w; a8 += x9 * w; a9 += x10 * w; a10 += x11 * w; a11 += x12 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w; a8 += x10 * w; a9 += x11 * w; a10 += x12 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 384 + c;
                    const float *wk = weights + c + 24;
                    const float x0 = xp[280], x1 = xp[288], x2 = xp[296], x3 = xp[304], x4 = xp[312], x5 = xp[320], x6 = xp[328], x7 = xp[336], x8 = xp[344], x9 = xp[352], x10 = xp[360], x11 = xp[368], x12 = xp[376];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w; a8 += x8 * w; a9 += x9 * w; a10 += x10 * w; a11 += x11 * w;
                    }
                    {
                        const float w = wk[8];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w; a8 += x9 * w; a9 += x10 * w; a10 += x11 * w; a11 += x12 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w; a8 += x10 * w; a9 += x11 * w; a10 += x12 * w;
                    }
                }
                if (oh + 1 < 48) {   /* row kh = 2 */
                    const float *xp = input + oh * 384 + c + 384;
                    const float *wk = weights + c + 48;
                    const float x0 = xp[280], x1 = xp[288], x2 = xp[296], x3 = xp[304], x4 = xp[312], x5 = xp[320], x6 = xp[328], x7 = xp[336], x8 = xp[344], x9 = xp[352], x10 = xp[360], x11 = xp[368], x12 = xp[376];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w; a8 += x8 * w; a9 += x9 * w; a10 += x10 * w; a11 += x11 * w;
                    }
                    {
                        const float w = wk[8];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w; a8 += x9 * w; a9 += x10 * w; a10 += x11 * w; a11 += x12 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w; a8 += x10 * w; a9 += x11 * w; a10 += x12 * w;
                    }
                }
                y_row[c + 288] = cg_relu(a0);
                y_row[c + 296] = cg_relu(a1);
                y_row[c + 304] = cg_relu(a2);
                y_row[c + 312] = cg_relu(a3);
                y_row[c + 320] = cg_relu(a4);
                y_row[c + 328] = cg_relu(a5);
                y_row[c + 336] = cg_relu(a6);
                y_row[c + 344] = cg_relu(a7);
                y_row[c + 352] = cg_relu(a8);
                y_row[c + 360] = cg_relu(a9);
                y_row[c + 368] = cg_relu(a10);
                y_row[c + 376] = cg_relu(a11);
            }
        }
    }
#endif
    return 0;
}

/* conv2d_1 (Conv2D) 48x48x8 -> 48x48x16; batch_normalization_2 (BatchNormalization) folded into its weights; activation_2 (Activation) applied in its store
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x48x48x8: strides n=18432 c=1 d=18432 h=384 w=8
 *   output 1x48x48x16: strides n=36864 c=1 d=36864 h=768 w=16
 *   weights [1][1][1][1][8][16], bias [1][16] at 128
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer6(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int vww_mobilenet_v1_layer6(const float *input, const float *weights, float *output,
                                   float *workspace)
{
    const float *bias = weights + 128;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_vww_mobilenet_v1_layer6;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int oh = 0; oh < 48; ++oh) {
        float *y_row = y + oh * 768;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 48) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 48; q += 16)
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
                const float *xr = input + oh * 384 + q * 8;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 8; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
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
                        {
                            const float xv = xr[c + 112];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a15_0 += w0 * xv;
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + q * 16, a0_0);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + q * 16 + 16, a1_0);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + q * 16 + 32, a2_0);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + q * 16 + 48, a3_0);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + q * 16 + 64, a4_0);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + q * 16 + 80, a5_0);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + q * 16 + 96, a6_0);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + q * 16 + 112, a7_0);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + q * 16 + 128, a8_0);
                cg_v16_relu(&a9_0);
                CG_STORE(cg_v16, y_row + q * 16 + 144, a9_0);
                cg_v16_relu(&a10_0);
                CG_STORE(cg_v16, y_row + q * 16 + 160, a10_0);
                cg_v16_relu(&a11_0);
                CG_STORE(cg_v16, y_row + q * 16 + 176, a11_0);
                cg_v16_relu(&a12_0);
                CG_STORE(cg_v16, y_row + q * 16 + 192, a12_0);
                cg_v16_relu(&a13_0);
                CG_STORE(cg_v16, y_row + q * 16 + 208, a13_0);
                cg_v16_relu(&a14_0);
                CG_STORE(cg_v16, y_row + q * 16 + 224, a14_0);
                cg_v16_relu(&a15_0);
                CG_STORE(cg_v16, y_row + q * 16 + 240, a15_0);
            }


#else
            for (int q = 0; q < 48; q += 6)
            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input + oh * 384 + q * 8;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 8; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 8];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 24];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
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
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 16 + 80, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + q * 16 + 88, a5_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_vww_mobilenet_v1_layer6;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 48; ++oh) {
        float *y_row = y + oh * 768;
        {   /* block 0: 16 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 16; f0 += 4) {
                /* columns q: interior for q in [0, 48) */
                for (int q = 0; q < 48; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + oh * 384 + q * 8;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 8; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 16];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
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
                    y_row[q * 16 + f0 + 80] = cg_relu(a5_0);
                    y_row[q * 16 + f0 + 81] = cg_relu(a5_1);
                    y_row[q * 16 + f0 + 82] = cg_relu(a5_2);
                    y_row[q * 16 + f0 + 83] = cg_relu(a5_3);
}
            }
        }
    }
#endif
    return 0;
}

/* depthwise_conv2d_1 (DepthwiseConv2D) 48x48x16 -> 24x24x16; batch_normalization_3 (BatchNormalization) folded into its weights; activation_3 (Activation) applied in its store
 * Depthwise, channels_last, multiplier 1: vectors of 16 or 8 channels, register tiles of up to
 * 8 pixels along w, edge tiles (1) at the borders reading only the columns that exist,
 * border pixels with bounds checks (0 range(s)); channels past the last multiple of 8 take a
 * loop one pixel at a time. Without vectors (or with CONVGEN_PORTABLE), portable C99: the same
 * tiles per channel in scalar registers.
 *   input  1x48x48x16: strides n=36864 h=768 w=16
 *   output 1x24x24x16: strides n=9216 h=384 w=16
 *   kernel [3][3][16], bias [16] at 144
 *   padding before (h, w) = (0, 0)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer9(float *out, const float *t, int nc)
{
    for (int c = 0; c < nc; ++c)
        out[c] = cg_relu(t[c]);
}

static int vww_mobilenet_v1_layer9(const float *input, const float *weights, float *output,
                                   float *workspace)
{
    const float *bias = weights + 144;
    float *y = output;
    int c_done = 0;   /* channels the vector path covered */
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    c_done = 16;
    for (int oh = 0; oh < 24; ++oh) {
        float *y_row = y + oh * 384;
        {
            const cg_v16 b = CG_LOAD(cg_v16, bias);
            for (int ow0 = 0; ow0 < 16; ow0 += 8)
            {   /* 8 output pixel(s) x 16 channels */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 48) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + ow0 * 32;
                    cg_v16 x0 = CG_LOAD(cg_v16, xp);
                    cg_v16 x1 = CG_LOAD(cg_v16, xp + 16);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 32);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 48);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 64);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 80);
                    cg_v16 x6 = CG_LOAD(cg_v16, xp + 96);
                    cg_v16 x7 = CG_LOAD(cg_v16, xp + 112);
                    cg_v16 x8 = CG_LOAD(cg_v16, xp + 128);
                    cg_v16 x9 = CG_LOAD(cg_v16, xp + 144);
                    cg_v16 x10 = CG_LOAD(cg_v16, xp + 160);
                    cg_v16 x11 = CG_LOAD(cg_v16, xp + 176);
                    cg_v16 x12 = CG_LOAD(cg_v16, xp + 192);
                    cg_v16 x13 = CG_LOAD(cg_v16, xp + 208);
                    cg_v16 x14 = CG_LOAD(cg_v16, xp + 224);
                    cg_v16 x15 = CG_LOAD(cg_v16, xp + 240);
                    cg_v16 x16 = CG_LOAD(cg_v16, xp + 256);
                    CG_KEEP16(x0); CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5); CG_KEEP16(x6); CG_KEEP16(x7); CG_KEEP16(x8); CG_KEEP16(x9); CG_KEEP16(x10); CG_KEEP16(x11); CG_KEEP16(x12); CG_KEEP16(x13); CG_KEEP16(x14); CG_KEEP16(x15); CG_KEEP16(x16);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 48);
                        a0 += x0 * w;
                        a1 += x2 * w;
                        a2 += x4 * w;
                        a3 += x6 * w;
                        a4 += x8 * w;
                        a5 += x10 * w;
                        a6 += x12 * w;
                        a7 += x14 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 48 + 16);
                        a0 += x1 * w;
                        a1 += x3 * w;
                        a2 += x5 * w;
                        a3 += x7 * w;
                        a4 += x9 * w;
                        a5 += x11 * w;
                        a6 += x13 * w;
                        a7 += x15 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 48 + 32);
                        a0 += x2 * w;
                        a1 += x4 * w;
                        a2 += x6 * w;
                        a3 += x8 * w;
                        a4 += x10 * w;
                        a5 += x12 * w;
                        a6 += x14 * w;
                        a7 += x16 * w;
                    }
                }
                cg_v16_relu(&a0);
                CG_STORE(cg_v16, y_row + ow0 * 16, a0);
                cg_v16_relu(&a1);
                CG_STORE(cg_v16, y_row + ow0 * 16 + 16, a1);
                cg_v16_relu(&a2);
                CG_STORE(cg_v16, y_row + ow0 * 16 + 32, a2);
                cg_v16_relu(&a3);
                CG_STORE(cg_v16, y_row + ow0 * 16 + 48, a3);
                cg_v16_relu(&a4);
                CG_STORE(cg_v16, y_row + ow0 * 16 + 64, a4);
                cg_v16_relu(&a5);
                CG_STORE(cg_v16, y_row + ow0 * 16 + 80, a5);
                cg_v16_relu(&a6);
                CG_STORE(cg_v16, y_row + ow0 * 16 + 96, a6);
                cg_v16_relu(&a7);
                CG_STORE(cg_v16, y_row + ow0 * 16 + 112, a7);
            }

            {   /* 8 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 48) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768;
                    cg_v16 x0 = CG_LOAD(cg_v16, xp + 512);
                    cg_v16 x1 = CG_LOAD(cg_v16, xp + 528);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 544);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 560);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 576);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 592);
                    cg_v16 x6 = CG_LOAD(cg_v16, xp + 608);
                    cg_v16 x7 = CG_LOAD(cg_v16, xp + 624);
                    cg_v16 x8 = CG_LOAD(cg_v16, xp + 640);
                    cg_v16 x9 = CG_LOAD(cg_v16, xp + 656);
                    cg_v16 x10 = CG_LOAD(cg_v16, xp + 672);
                    cg_v16 x11 = CG_LOAD(cg_v16, xp + 688);
                    cg_v16 x12 = CG_LOAD(cg_v16, xp + 704);
                    cg_v16 x13 = CG_LOAD(cg_v16, xp + 720);
                    cg_v16 x14 = CG_LOAD(cg_v16, xp + 736);
                    cg_v16 x15 = CG_LOAD(cg_v16, xp + 752);
                    CG_KEEP16(x0); CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5); CG_KEEP16(x6); CG_KEEP16(x7); CG_KEEP16(x8); CG_KEEP16(x9); CG_KEEP16(x10); CG_KEEP16(x11); CG_KEEP16(x12); CG_KEEP16(x13); CG_KEEP16(x14); CG_KEEP16(x15);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 48);
                        a0 += x0 * w;
                        a1 += x2 * w;
                        a2 += x4 * w;
                        a3 += x6 * w;
                        a4 += x8 * w;
                        a5 += x10 * w;
                        a6 += x12 * w;
                        a7 += x14 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 48 + 16);
                        a0 += x1 * w;
                        a1 += x3 * w;
                        a2 += x5 * w;
                        a3 += x7 * w;
                        a4 += x9 * w;
                        a5 += x11 * w;
                        a6 += x13 * w;
                        a7 += x15 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 48 + 32);
                        a0 += x2 * w;
                        a1 += x4 * w;
                        a2 += x6 * w;
                        a3 += x8 * w;
                        a4 += x10 * w;
                        a5 += x12 * w;
                        a6 += x14 * w;
                    }
                }
                cg_v16_relu(&a0);
                CG_STORE(cg_v16, y_row + 256, a0);
                cg_v16_relu(&a1);
                CG_STORE(cg_v16, y_row + 272, a1);
                cg_v16_relu(&a2);
                CG_STORE(cg_v16, y_row + 288, a2);
                cg_v16_relu(&a3);
                CG_STORE(cg_v16, y_row + 304, a3);
                cg_v16_relu(&a4);
                CG_STORE(cg_v16, y_row + 320, a4);
                cg_v16_relu(&a5);
                CG_STORE(cg_v16, y_row + 336, a5);
                cg_v16_relu(&a6);
                CG_STORE(cg_v16, y_row + 352, a6);
                cg_v16_relu(&a7);
                CG_STORE(cg_v16, y_row + 368, a7);
            }

        }

    }

#else
    c_done = 16;
    for (int oh = 0; oh < 24; ++oh) {
        float *y_row = y + oh * 384;
        for (int cb = 0; cb < 2; ++cb) {
            const cg_v8 b = CG_LOAD(cg_v8, bias + cb * 8);
            for (int ow0 = 0; ow0 < 16; ow0 += 8)
            {   /* 8 output pixel(s) x 8 channels */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 48) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 8 + ow0 * 32;
                    cg_v8 x0 = CG_LOAD(cg_v8, xp);
                    cg_v8 x1 = CG_LOAD(cg_v8, xp + 16);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 32);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 48);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 64);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 80);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 96);
                    cg_v8 x7 = CG_LOAD(cg_v8, xp + 112);
                    cg_v8 x8 = CG_LOAD(cg_v8, xp + 128);
                    cg_v8 x9 = CG_LOAD(cg_v8, xp + 144);
                    cg_v8 x10 = CG_LOAD(cg_v8, xp + 160);
                    cg_v8 x11 = CG_LOAD(cg_v8, xp + 176);
                    cg_v8 x12 = CG_LOAD(cg_v8, xp + 192);
                    cg_v8 x13 = CG_LOAD(cg_v8, xp + 208);
                    cg_v8 x14 = CG_LOAD(cg_v8, xp + 224);
                    cg_v8 x15 = CG_LOAD(cg_v8, xp + 240);
                    cg_v8 x16 = CG_LOAD(cg_v8, xp + 256);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 48 + cb * 8);
                        a0 += x0 * w;
                        a1 += x2 * w;
                        a2 += x4 * w;
                        a3 += x6 * w;
                        a4 += x8 * w;
                        a5 += x10 * w;
                        a6 += x12 * w;
                        a7 += x14 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 48 + cb * 8 + 16);
                        a0 += x1 * w;
                        a1 += x3 * w;
                        a2 += x5 * w;
                        a3 += x7 * w;
                        a4 += x9 * w;
                        a5 += x11 * w;
                        a6 += x13 * w;
                        a7 += x15 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 48 + cb * 8 + 32);
                        a0 += x2 * w;
                        a1 += x4 * w;
                        a2 += x6 * w;
                        a3 += x8 * w;
                        a4 += x10 * w;
                        a5 += x12 * w;
                        a6 += x14 * w;
                        a7 += x16 * w;
                    }
                }
                cg_v8_relu(&a0);
                CG_STORE(cg_v8, y_row + ow0 * 16 + cb * 8, a0);
                cg_v8_relu(&a1);
                CG_STORE(cg_v8, y_row + ow0 * 16 + cb * 8 + 16, a1);
                cg_v8_relu(&a2);
                CG_STORE(cg_v8, y_row + ow0 * 16 + cb * 8 + 32, a2);
                cg_v8_relu(&a3);
                CG_STORE(cg_v8, y_row + ow0 * 16 + cb * 8 + 48, a3);
                cg_v8_relu(&a4);
                CG_STORE(cg_v8, y_row + ow0 * 16 + cb * 8 + 64, a4);
                cg_v8_relu(&a5);
                CG_STORE(cg_v8, y_row + ow0 * 16 + cb * 8 + 80, a5);
                cg_v8_relu(&a6);
                CG_STORE(cg_v8, y_row + ow0 * 16 + cb * 8 + 96, a6);
                cg_v8_relu(&a7);
                CG_STORE(cg_v8, y_row + ow0 * 16 + cb * 8 + 112, a7);
            }

            {   /* 8 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 48) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 8;
                    cg_v8 x0 = CG_LOAD(cg_v8, xp + 512);
                    cg_v8 x1 = CG_LOAD(cg_v8, xp + 528);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 544);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 560);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 576);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 592);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 608);
                    cg_v8 x7 = CG_LOAD(cg_v8, xp + 624);
                    cg_v8 x8 = CG_LOAD(cg_v8, xp + 640);
                    cg_v8 x9 = CG_LOAD(cg_v8, xp + 656);
                    cg_v8 x10 = CG_LOAD(cg_v8, xp + 672);
                    cg_v8 x11 = CG_LOAD(cg_v8, xp + 688);
                    cg_v8 x12 = CG_LOAD(cg_v8, xp + 704);
                    cg_v8 x13 = CG_LOAD(cg_v8, xp + 720);
                    cg_v8 x14 = CG_LOAD(cg_v8, xp + 736);
                    cg_v8 x15 = CG_LOAD(cg_v8, xp + 752);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 48 + cb * 8);
                        a0 += x0 * w;
                        a1 += x2 * w;
                        a2 += x4 * w;
                        a3 += x6 * w;
                        a4 += x8 * w;
                        a5 += x10 * w;
                        a6 += x12 * w;
                        a7 += x14 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 48 + cb * 8 + 16);
                        a0 += x1 * w;
                        a1 += x3 * w;
                        a2 += x5 * w;
                        a3 += x7 * w;
                        a4 += x9 * w;
                        a5 += x11 * w;
                        a6 += x13 * w;
                        a7 += x15 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 48 + cb * 8 + 32);
                        a0 += x2 * w;
                        a1 += x4 * w;
                        a2 += x6 * w;
                        a3 += x8 * w;
                        a4 += x10 * w;
                        a5 += x12 * w;
                        a6 += x14 * w;
                    }
                }
                cg_v8_relu(&a0);
                CG_STORE(cg_v8, y_row + cb * 8 + 256, a0);
                cg_v8_relu(&a1);
                CG_STORE(cg_v8, y_row + cb * 8 + 272, a1);
                cg_v8_relu(&a2);
                CG_STORE(cg_v8, y_row + cb * 8 + 288, a2);
                cg_v8_relu(&a3);
                CG_STORE(cg_v8, y_row + cb * 8 + 304, a3);
                cg_v8_relu(&a4);
                CG_STORE(cg_v8, y_row + cb * 8 + 320, a4);
                cg_v8_relu(&a5);
                CG_STORE(cg_v8, y_row + cb * 8 + 336, a5);
                cg_v8_relu(&a6);
                CG_STORE(cg_v8, y_row + cb * 8 + 352, a6);
                cg_v8_relu(&a7);
                CG_STORE(cg_v8, y_row + cb * 8 + 368, a7);
            }

        }

    }

#endif
    /* the channels the vector path did not cover, one pixel at a time */
    for (int oh = 0; oh < 24; ++oh)
    for (int ow = 0; ow < 24; ++ow)
    for (int c = c_done; c < 16; ++c) {
        float acc = bias[c];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh * 2 + kh;
            if (ih >= 48) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow * 2 + kw;
                if (iw >= 48) continue;
                acc += input[ih * 768 + iw * 16 + c]
                       * weights[kh * 48 + kw * 16 + c];
            }
        }
        store_vww_mobilenet_v1_layer9(y + oh * 384 + ow * 16 + c, &acc, 1);
    }
#else
    /* portable C99 for cores without SIMD: per channel, tiles of neighbouring pixels in
     * scalar registers, each input column loaded once for every tap and pixel reading it */
    (void)c_done;
    (void)store_vww_mobilenet_v1_layer9;
    for (int oh = 0; oh < 24; ++oh) {
        float *y_row = y + oh * 384;
        for (int c = 0; c < 16; ++c) {
            const float b = bias[c];
            for (int ow0 = 0; ow0 < 16; ow0 += 8)
            {   /* 8 pixel(s) of channel c */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                {   /* row kh = 0 */
                    const float *xp = input + oh * 1536 + c + ow0 * 32;
                    const float *wk = weights + c;
                    const float x0 = xp[0], x1 = xp[16], x2 = xp[32], x3 = xp[48], x4 = xp[64], x5 = xp[80], x6 = xp[96], x7 = xp[112], x8 = xp[128], x9 = xp[144], x10 = xp[160], x11 = xp[176], x12 = xp[192], x13 = xp[208], x14 = xp[224], x15 = xp[240], x16 = xp[256];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x2 * w; a2 += x4 * w; a3 += x6 * w; a4 += x8 * w; a5 += x10 * w; a6 += x12 * w; a7 += x14 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x1 * w; a1 += x3 * w; a2 += x5 * w; a3 += x7 * w; a4 += x9 * w; a5 += x11 * w; a6 += x13 * w; a7 += x15 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x2 * w; a1 += x4 * w; a2 += x6 * w; a3 += x8 * w; a4 += x10 * w; a5 += x12 * w; a6 += x14 * w; a7 += x16 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 1536 + c + ow0 * 32 + 768;
                    const float *wk = weights + c + 48;
                    const float x0 = xp[0], x1 = xp[16], x2 = xp[32], x3 = xp[48], x4 = xp[64], x5 = xp[80], x6 = xp[96], x7 = xp[112], x8 = xp[128], x9 = xp[144], x10 = xp[160], x11 = xp[176], x12 = xp[192], x13 = xp[208], x14 = xp[224], x15 = xp[240], x16 = xp[256];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x2 * w; a2 += x4 * w; a3 += x6 * w; a4 += x8 * w; a5 += x10 * w; a6 += x12 * w; a7 += x14 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x1 * w; a1 += x3 * w; a2 += x5 * w; a3 += x7 * w; a4 += x9 * w; a5 += x11 * w; a6 += x13 * w; a7 += x15 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x2 * w; a1 += x4 * w; a2 += x6 * w; a3 += x8 * w; a4 += x10 * w; a5 += x12 * w; a6 += x14 * w; a7 += x16 * w;
                    }
                }
                if (oh * 2 + 2 < 48) {   /* row kh = 2 */
                    const float *xp = input + oh * 1536 + c + ow0 * 32 + 1536;
                    const float *wk = weights + c + 96;
                    const float x0 = xp[0], x1 = xp[16], x2 = xp[32], x3 = xp[48], x4 = xp[64], x5 = xp[80], x6 = xp[96], x7 = xp[112], x8 = xp[128], x9 = xp[144], x10 = xp[160], x11 = xp[176], x12 = xp[192], x13 = xp[208], x14 = xp[224], x15 = xp[240], x16 = xp[256];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x2 * w; a2 += x4 * w; a3 += x6 * w; a4 += x8 * w; a5 += x10 * w; a6 += x12 * w; a7 += x14 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x1 * w; a1 += x3 * w; a2 += x5 * w; a3 += x7 * w; a4 += x9 * w; a5 += x11 * w; a6 += x13 * w; a7 += x15 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x2 * w; a1 += x4 * w; a2 += x6 * w; a3 += x8 * w; a4 += x10 * w; a5 += x12 * w; a6 += x14 * w; a7 += x16 * w;
                    }
                }
                y_row[ow0 * 16 + c] = cg_relu(a0);
                y_row[ow0 * 16 + c + 16] = cg_relu(a1);
                y_row[ow0 * 16 + c + 32] = cg_relu(a2);
                y_row[ow0 * 16 + c + 48] = cg_relu(a3);
                y_row[ow0 * 16 + c + 64] = cg_relu(a4);
                y_row[ow0 * 16 + c + 80] = cg_relu(a5);
                y_row[ow0 * 16 + c + 96] = cg_relu(a6);
                y_row[ow0 * 16 + c + 112] = cg_relu(a7);
            }
            {   /* 8 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                {   /* row kh = 0 */
                    const float *xp = input + oh * 1536 + c;
                    const float *wk = weights + c;
                    const float x0 = xp[512], x1 = xp[528], x2 = xp[544], x3 = xp[560], x4 = xp[576], x5 = xp[592], x6 = xp[608], x7 = xp[624], x8 = xp[640], x9 = xp[656], x10 = xp[672], x11 = xp[688], x12 = xp[704], x13 = xp[720], x14 = xp[736], x15 = xp[752];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x2 * w; a2 += x4 * w; a3 += x6 * w; a4 += x8 * w; a5 += x10 * w; a6 += x12 * w; a7 += x14 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x1 * w; a1 += x3 * w; a2 += x5 * w; a3 += x7 * w; a4 += x9 * w; a5 += x11 * w; a6 += x13 * w; a7 += x15 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x2 * w; a1 += x4 * w; a2 += x6 * w; a3 += x8 * w; a4 += x10 * w; a5 += x12 * w; a6 += x14 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 1536 + c + 768;
                    const float *wk = weights + c + 48;
                    const float x0 = xp[512], x1 = xp[528], x2 = xp[544], x3 = xp[560], x4 = xp[576], x5 = xp[592], x6 = xp[608], x7 = xp[624], x8 = xp[640], x9 = xp[656], x10 = xp[672], x11 = xp[688], x12 = xp[704], x13 = xp[720], x14 = xp[736], x15 = xp[752];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x2 * w; a2 += x4 * w; a3 += x6 * w; a4 += x8 * w; a5 += x10 * w; a6 += x12 * w; a7 += x14 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x1 * w; a1 += x3 * w; a2 += x5 * w; a3 += x7 * w; a4 += x9 * w; a5 += x11 * w; a6 += x13 * w; a7 += x15 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x2 * w; a1 += x4 * w; a2 += x6 * w; a3 += x8 * w; a4 += x10 * w; a5 += x12 * w; a6 += x14 * w;
                    }
                }
                if (oh * 2 + 2 < 48) {   /* row kh = 2 */
                    const float *xp = input + oh * 1536 + c + 1536;
                    const float *wk = weights + c + 96;
                    const float x0 = xp[512], x1 = xp[528], x2 = xp[544], x3 = xp[560], x4 = xp[576], x5 = xp[592], x6 = xp[608], x7 = xp[624], x8 = xp[640], x9 = xp[656], x10 = xp[672], x11 = xp[688], x12 = xp[704], x13 = xp[720], x14 = xp[736], x15 = xp[752];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x2 * w; a2 += x4 * w; a3 += x6 * w; a4 += x8 * w; a5 += x10 * w; a6 += x12 * w; a7 += x14 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x1 * w; a1 += x3 * w; a2 += x5 * w; a3 += x7 * w; a4 += x9 * w; a5 += x11 * w; a6 += x13 * w; a7 += x15 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x2 * w; a1 += x4 * w; a2 += x6 * w; a3 += x8 * w; a4 += x10 * w; a5 += x12 * w; a6 += x14 * w;
                    }
                }
                y_row[c + 256] = cg_relu(a0);
                y_row[c + 272] = cg_relu(a1);
                y_row[c + 288] = cg_relu(a2);
                y_row[c + 304] = cg_relu(a3);
                y_row[c + 320] = cg_relu(a4);
                y_row[c + 336] = cg_relu(a5);
                y_row[c + 352] = cg_relu(a6);
                y_row[c + 368] = cg_relu(a7);
            }
        }
    }
#endif
    return 0;
}

/* conv2d_2 (Conv2D) 24x24x16 -> 24x24x32; batch_normalization_4 (BatchNormalization) folded into its weights; activation_4 (Activation) applied in its store
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x24x24x16: strides n=9216 c=1 d=9216 h=384 w=16
 *   output 1x24x24x32: strides n=18432 c=1 d=18432 h=768 w=32
 *   weights [1][1][1][1][16][32], bias [1][32] at 512
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer12(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int vww_mobilenet_v1_layer12(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 512;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_vww_mobilenet_v1_layer12;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int oh = 0; oh < 24; ++oh) {
        float *y_row = y + oh * 768;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 24) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 24; q += 8)
            {   /* 8 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias), a0_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias), a1_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias), a2_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias), a3_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias), a4_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias), a5_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias), a6_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias), a7_1 = CG_LOAD(cg_v16, bias + 16);
                const float *xr = input + oh * 384 + q * 16;
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
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + q * 32, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + q * 32 + 16, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + q * 32 + 32, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + q * 32 + 48, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + q * 32 + 64, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + q * 32 + 80, a2_1);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + q * 32 + 96, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + q * 32 + 112, a3_1);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + q * 32 + 128, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + q * 32 + 144, a4_1);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + q * 32 + 160, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + q * 32 + 176, a5_1);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + q * 32 + 192, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + q * 32 + 208, a6_1);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + q * 32 + 224, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + q * 32 + 240, a7_1);
            }


#else
            for (int q = 0; q < 24; q += 6)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fh), a5_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input + oh * 384 + q * 16;
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
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 8, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 32, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 40, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 64, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 72, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 96, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 104, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 128, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 136, a4_1);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 160, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 168, a5_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_vww_mobilenet_v1_layer12;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 24; ++oh) {
        float *y_row = y + oh * 768;
        {   /* block 0: 32 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [0, 24) */
                for (int q = 0; q < 24; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + oh * 384 + q * 16;
                    const float *wr = wf + f0;
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
                            {
                                const float xv = xr[c + 80];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 32 + f0] = cg_relu(a0_0);
                    y_row[q * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 32 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 32 + f0 + 32] = cg_relu(a1_0);
                    y_row[q * 32 + f0 + 33] = cg_relu(a1_1);
                    y_row[q * 32 + f0 + 34] = cg_relu(a1_2);
                    y_row[q * 32 + f0 + 35] = cg_relu(a1_3);
                    y_row[q * 32 + f0 + 64] = cg_relu(a2_0);
                    y_row[q * 32 + f0 + 65] = cg_relu(a2_1);
                    y_row[q * 32 + f0 + 66] = cg_relu(a2_2);
                    y_row[q * 32 + f0 + 67] = cg_relu(a2_3);
                    y_row[q * 32 + f0 + 96] = cg_relu(a3_0);
                    y_row[q * 32 + f0 + 97] = cg_relu(a3_1);
                    y_row[q * 32 + f0 + 98] = cg_relu(a3_2);
                    y_row[q * 32 + f0 + 99] = cg_relu(a3_3);
                    y_row[q * 32 + f0 + 128] = cg_relu(a4_0);
                    y_row[q * 32 + f0 + 129] = cg_relu(a4_1);
                    y_row[q * 32 + f0 + 130] = cg_relu(a4_2);
                    y_row[q * 32 + f0 + 131] = cg_relu(a4_3);
                    y_row[q * 32 + f0 + 160] = cg_relu(a5_0);
                    y_row[q * 32 + f0 + 161] = cg_relu(a5_1);
                    y_row[q * 32 + f0 + 162] = cg_relu(a5_2);
                    y_row[q * 32 + f0 + 163] = cg_relu(a5_3);
}
            }
        }
    }
#endif
    return 0;
}

/* depthwise_conv2d_2 (DepthwiseConv2D) 24x24x32 -> 24x24x32; batch_normalization_5 (BatchNormalization) folded into its weights; activation_5 (Activation) applied in its store
 * Depthwise, channels_last, multiplier 1: vectors of 16 or 8 channels, register tiles of up to
 * 8 pixels along w, edge tiles (2) at the borders reading only the columns that exist,
 * border pixels with bounds checks (0 range(s)); channels past the last multiple of 8 take a
 * loop one pixel at a time. Without vectors (or with CONVGEN_PORTABLE), portable C99: the same
 * tiles per channel in scalar registers.
 *   input  1x24x24x32: strides n=18432 h=768 w=32
 *   output 1x24x24x32: strides n=18432 h=768 w=32
 *   kernel [3][3][32], bias [32] at 288
 *   padding before (h, w) = (1, 1)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer15(float *out, const float *t, int nc)
{
    for (int c = 0; c < nc; ++c)
        out[c] = cg_relu(t[c]);
}

static int vww_mobilenet_v1_layer15(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 288;
    float *y = output;
    int c_done = 0;   /* channels the vector path covered */
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    c_done = 32;
    for (int oh = 0; oh < 24; ++oh) {
        float *y_row = y + oh * 768;
        for (int cb = 0; cb < 2; ++cb) {
            const cg_v16 b = CG_LOAD(cg_v16, bias + cb * 16);
            {   /* 8 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 24) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 16;
                    cg_v16 x1 = CG_LOAD(cg_v16, xp);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 32);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 64);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 96);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 128);
                    cg_v16 x6 = CG_LOAD(cg_v16, xp + 160);
                    cg_v16 x7 = CG_LOAD(cg_v16, xp + 192);
                    cg_v16 x8 = CG_LOAD(cg_v16, xp + 224);
                    cg_v16 x9 = CG_LOAD(cg_v16, xp + 256);
                    CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5); CG_KEEP16(x6); CG_KEEP16(x7); CG_KEEP16(x8); CG_KEEP16(x9);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 96 + cb * 16);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                        a6 += x6 * w;
                        a7 += x7 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 96 + cb * 16 + 32);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                        a6 += x7 * w;
                        a7 += x8 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 96 + cb * 16 + 64);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                        a5 += x7 * w;
                        a6 += x8 * w;
                        a7 += x9 * w;
                    }
                }
                cg_v16_relu(&a0);
                CG_STORE(cg_v16, y_row + cb * 16, a0);
                cg_v16_relu(&a1);
                CG_STORE(cg_v16, y_row + cb * 16 + 32, a1);
                cg_v16_relu(&a2);
                CG_STORE(cg_v16, y_row + cb * 16 + 64, a2);
                cg_v16_relu(&a3);
                CG_STORE(cg_v16, y_row + cb * 16 + 96, a3);
                cg_v16_relu(&a4);
                CG_STORE(cg_v16, y_row + cb * 16 + 128, a4);
                cg_v16_relu(&a5);
                CG_STORE(cg_v16, y_row + cb * 16 + 160, a5);
                cg_v16_relu(&a6);
                CG_STORE(cg_v16, y_row + cb * 16 + 192, a6);
                cg_v16_relu(&a7);
                CG_STORE(cg_v16, y_row + cb * 16 + 224, a7);
            }

            for (int ow0 = 8; ow0 < 16; ow0 += 8)
            {   /* 8 output pixel(s) x 16 channels */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 24) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 16 + ow0 * 32 - 32;
                    cg_v16 x0 = CG_LOAD(cg_v16, xp);
                    cg_v16 x1 = CG_LOAD(cg_v16, xp + 32);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 64);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 96);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 128);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 160);
                    cg_v16 x6 = CG_LOAD(cg_v16, xp + 192);
                    cg_v16 x7 = CG_LOAD(cg_v16, xp + 224);
                    cg_v16 x8 = CG_LOAD(cg_v16, xp + 256);
                    cg_v16 x9 = CG_LOAD(cg_v16, xp + 288);
                    CG_KEEP16(x0); CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5); CG_KEEP16(x6); CG_KEEP16(x7); CG_KEEP16(x8); CG_KEEP16(x9);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 96 + cb * 16);
                        a0 += x0 * w;
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                        a6 += x6 * w;
                        a7 += x7 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 96 + cb * 16 + 32);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                        a6 += x7 * w;
                        a7 += x8 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 96 + cb * 16 + 64);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                        a5 += x7 * w;
                        a6 += x8 * w;
                        a7 += x9 * w;
                    }
                }
                cg_v16_relu(&a0);
                CG_STORE(cg_v16, y_row + ow0 * 32 + cb * 16, a0);
                cg_v16_relu(&a1);
                CG_STORE(cg_v16, y_row + ow0 * 32 + cb * 16 + 32, a1);
                cg_v16_relu(&a2);
                CG_STORE(cg_v16, y_row + ow0 * 32 + cb * 16 + 64, a2);
                cg_v16_relu(&a3);
                CG_STORE(cg_v16, y_row + ow0 * 32 + cb * 16 + 96, a3);
                cg_v16_relu(&a4);
                CG_STORE(cg_v16, y_row + ow0 * 32 + cb * 16 + 128, a4);
                cg_v16_relu(&a5);
                CG_STORE(cg_v16, y_row + ow0 * 32 + cb * 16 + 160, a5);
                cg_v16_relu(&a6);
                CG_STORE(cg_v16, y_row + ow0 * 32 + cb * 16 + 192, a6);
                cg_v16_relu(&a7);
                CG_STORE(cg_v16, y_row + ow0 * 32 + cb * 16 + 224, a7);
            }

            {   /* 8 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 24) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 16;
                    cg_v16 x0 = CG_LOAD(cg_v16, xp + 480);
                    cg_v16 x1 = CG_LOAD(cg_v16, xp + 512);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 544);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 576);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 608);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 640);
                    cg_v16 x6 = CG_LOAD(cg_v16, xp + 672);
                    cg_v16 x7 = CG_LOAD(cg_v16, xp + 704);
                    cg_v16 x8 = CG_LOAD(cg_v16, xp + 736);
                    CG_KEEP16(x0); CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5); CG_KEEP16(x6); CG_KEEP16(x7); CG_KEEP16(x8);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 96 + cb * 16);
                        a0 += x0 * w;
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                        a6 += x6 * w;
                        a7 += x7 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 96 + cb * 16 + 32);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                        a6 += x7 * w;
                        a7 += x8 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 96 + cb * 16 + 64);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                        a5 += x7 * w;
                        a6 += x8 * w;
                    }
                }
                cg_v16_relu(&a0);
                CG_STORE(cg_v16, y_row + cb * 16 + 512, a0);
                cg_v16_relu(&a1);
                CG_STORE(cg_v16, y_row + cb * 16 + 544, a1);
                cg_v16_relu(&a2);
                CG_STORE(cg_v16, y_row + cb * 16 + 576, a2);
                cg_v16_relu(&a3);
                CG_STORE(cg_v16, y_row + cb * 16 + 608, a3);
                cg_v16_relu(&a4);
                CG_STORE(cg_v16, y_row + cb * 16 + 640, a4);
                cg_v16_relu(&a5);
                CG_STORE(cg_v16, y_row + cb * 16 + 672, a5);
                cg_v16_relu(&a6);
                CG_STORE(cg_v16, y_row + cb * 16 + 704, a6);
                cg_v16_relu(&a7);
                CG_STORE(cg_v16, y_row + cb * 16 + 736, a7);
            }

        }

    }

#else
    c_done = 32;
    for (int oh = 0; oh < 24; ++oh) {
        float *y_row = y + oh * 768;
        for (int cb = 0; cb < 4; ++cb) {
            const cg_v8 b = CG_LOAD(cg_v8, bias + cb * 8);
            {   /* 8 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 24) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 8;
                    cg_v8 x1 = CG_LOAD(cg_v8, xp);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 32);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 64);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 96);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 128);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 160);
                    cg_v8 x7 = CG_LOAD(cg_v8, xp + 192);
                    cg_v8 x8 = CG_LOAD(cg_v8, xp + 224);
                    cg_v8 x9 = CG_LOAD(cg_v8, xp + 256);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 96 + cb * 8);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                        a6 += x6 * w;
                        a7 += x7 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 96 + cb * 8 + 32);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                        a6 += x7 * w;
                        a7 += x8 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 96 + cb * 8 + 64);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                        a5 += x7 * w;
                        a6 += x8 * w;
                        a7 += x9 * w;
                    }
                }
                cg_v8_relu(&a0);
                CG_STORE(cg_v8, y_row + cb * 8, a0);
                cg_v8_relu(&a1);
                CG_STORE(cg_v8, y_row + cb * 8 + 32, a1);
                cg_v8_relu(&a2);
                CG_STORE(cg_v8, y_row + cb * 8 + 64, a2);
                cg_v8_relu(&a3);
                CG_STORE(cg_v8, y_row + cb * 8 + 96, a3);
                cg_v8_relu(&a4);
                CG_STORE(cg_v8, y_row + cb * 8 + 128, a4);
                cg_v8_relu(&a5);
                CG_STORE(cg_v8, y_row + cb * 8 + 160, a5);
                cg_v8_relu(&a6);
                CG_STORE(cg_v8, y_row + cb * 8 + 192, a6);
                cg_v8_relu(&a7);
                CG_STORE(cg_v8, y_row + cb * 8 + 224, a7);
            }

            for (int ow0 = 8; ow0 < 16; ow0 += 8)
            {   /* 8 output pixel(s) x 8 channels */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 24) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 8 + ow0 * 32 - 32;
                    cg_v8 x0 = CG_LOAD(cg_v8, xp);
                    cg_v8 x1 = CG_LOAD(cg_v8, xp + 32);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 64);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 96);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 128);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 160);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 192);
                    cg_v8 x7 = CG_LOAD(cg_v8, xp + 224);
                    cg_v8 x8 = CG_LOAD(cg_v8, xp + 256);
                    cg_v8 x9 = CG_LOAD(cg_v8, xp + 288);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 96 + cb * 8);
                        a0 += x0 * w;
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                        a6 += x6 * w;
                        a7 += x7 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 96 + cb * 8 + 32);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                        a6 += x7 * w;
                        a7 += x8 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 96 + cb * 8 + 64);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                        a5 += x7 * w;
                        a6 += x8 * w;
                        a7 += x9 * w;
                    }
                }
                cg_v8_relu(&a0);
                CG_STORE(cg_v8, y_row + ow0 * 32 + cb * 8, a0);
                cg_v8_relu(&a1);
                CG_STORE(cg_v8, y_row + ow0 * 32 + cb * 8 + 32, a1);
                cg_v8_relu(&a2);
                CG_STORE(cg_v8, y_row + ow0 * 32 + cb * 8 + 64, a2);
                cg_v8_relu(&a3);
                CG_STORE(cg_v8, y_row + ow0 * 32 + cb * 8 + 96, a3);
                cg_v8_relu(&a4);
                CG_STORE(cg_v8, y_row + ow0 * 32 + cb * 8 + 128, a4);
                cg_v8_relu(&a5);
                CG_STORE(cg_v8, y_row + ow0 * 32 + cb * 8 + 160, a5);
                cg_v8_relu(&a6);
                CG_STORE(cg_v8, y_row + ow0 * 32 + cb * 8 + 192, a6);
                cg_v8_relu(&a7);
                CG_STORE(cg_v8, y_row + ow0 * 32 + cb * 8 + 224, a7);
            }

            {   /* 8 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 24) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 8;
                    cg_v8 x0 = CG_LOAD(cg_v8, xp + 480);
                    cg_v8 x1 = CG_LOAD(cg_v8, xp + 512);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 544);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 576);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 608);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 640);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 672);
                    cg_v8 x7 = CG_LOAD(cg_v8, xp + 704);
                    cg_v8 x8 = CG_LOAD(cg_v8, xp + 736);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 96 + cb * 8);
                        a0 += x0 * w;
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                        a6 += x6 * w;
                        a7 += x7 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 96 + cb * 8 + 32);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                        a6 += x7 * w;
                        a7 += x8 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 96 + cb * 8 + 64);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                        a5 += x7 * w;
                        a6 += x8 * w;
                    }
                }
                cg_v8_relu(&a0);
                CG_STORE(cg_v8, y_row + cb * 8 + 512, a0);
                cg_v8_relu(&a1);
                CG_STORE(cg_v8, y_row + cb * 8 + 544, a1);
                cg_v8_relu(&a2);
                CG_STORE(cg_v8, y_row + cb * 8 + 576, a2);
                cg_v8_relu(&a3);
                CG_STORE(cg_v8, y_row + cb * 8 + 608, a3);
                cg_v8_relu(&a4);
                CG_STORE(cg_v8, y_row + cb * 8 + 640, a4);
                cg_v8_relu(&a5);
                CG_STORE(cg_v8, y_row + cb * 8 + 672, a5);
                cg_v8_relu(&a6);
                CG_STORE(cg_v8, y_row + cb * 8 + 704, a6);
                cg_v8_relu(&a7);
                CG_STORE(cg_v8, y_row + cb * 8 + 736, a7);
            }

        }

    }

#endif
    /* the channels the vector path did not cover, one pixel at a time */
    for (int oh = 0; oh < 24; ++oh)
    for (int ow = 0; ow < 24; ++ow)
    for (int c = c_done; c < 32; ++c) {
        float acc = bias[c];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh + kh - 1;
            if (ih < 0 || ih >= 24) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow + kw - 1;
                if (iw < 0 || iw >= 24) continue;
                acc += input[ih * 768 + iw * 32 + c]
                       * weights[kh * 96 + kw * 32 + c];
            }
        }
        store_vww_mobilenet_v1_layer15(y + oh * 768 + ow * 32 + c, &acc, 1);
    }
#else
    /* portable C99 for cores without SIMD: per channel, tiles of neighbouring pixels in
     * scalar registers, each input column loaded once for every tap and pixel reading it */
    (void)c_done;
    (void)store_vww_mobilenet_v1_layer15;
    for (int oh = 0; oh < 24; ++oh) {
        float *y_row = y + oh * 768;
        for (int c = 0; c < 32; ++c) {
            const float b = bias[c];
            {   /* 12 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b, a8 = b, a9 = b, a10 = b, a11 = b;
                if (oh - 1 >= 0) {   /* row kh = 0 */
                    const float *xp = input + oh * 768 + c - 768;
                    const float *wk = weights + c;
                    const float x1 = xp[0], x2 = xp[32], x3 = xp[64], x4 = xp[96], x5 = xp[128], x6 = xp[160], x7 = xp[192], x8 = xp[224], x9 = xp[256], x10 = xp[288], x11 = xp[320], x12 = xp[352], x13 = xp[384];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w; a8 += x8 * w; a9 += x9 * w; a10 += x10 * w; a11 += x11 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w; a8 += x9 * w; a9 += x10 * w; a10 += x11 * w; a11 += x12 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w; a8 += x10 * w; a9 += x11 * w; a10 += x12 * w; a11 += x13 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 768 + c;
                    const float *wk = weights + c + 96;
                    const float x1 = xp[0], x2 = xp[32], x3 = xp[64], x4 = xp[96], x5 = xp[128], x6 = xp[160], x7 = xp[192], x8 = xp[224], x9 = xp[256], x10 = xp[288], x11 = xp[320], x12 = xp[352], x13 = xp[384];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w; a8 += x8 * w; a9 += x9 * w; a10 += x10 * w; a11 += x11 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w; a8 += x9 * w; a9 += x10 * w; a10 += x11 * w; a11 += x12 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w; a8 += x10 * w; a9 += x11 * w; a10 += x12 * w; a11 += x13 * w;
                    }
                }
                if (oh + 1 < 24) {   /* row kh = 2 */
                    const float *xp = input + oh * 768 + c + 768;
                    const float *wk = weights + c + 192;
                    const float x1 = xp[0], x2 = xp[32], x3 = xp[64], x4 = xp[96], x5 = xp[128], x6 = xp[160], x7 = xp[192], x8 = xp[224], x9 = xp[256], x10 = xp[288], x11 = xp[320], x12 = xp[352], x13 = xp[384];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w; a8 += x8 * w; a9 += x9 * w; a10 += x10 * w; a11 += x11 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w; a8 += x9 * w; a9 += x10 * w; a10 += x11 * w; a11 += x12 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w; a8 += x10 * w; a9 += x11 * w; a10 += x12 * w; a11 += x13 * w;
                    }
                }
                y_row[c] = cg_relu(a0);
                y_row[c + 32] = cg_relu(a1);
                y_row[c + 64] = cg_relu(a2);
                y_row[c + 96] = cg_relu(a3);
                y_row[c + 128] = cg_relu(a4);
                y_row[c + 160] = cg_relu(a5);
                y_row[c + 192] = cg_relu(a6);
                y_row[c + 224] = cg_relu(a7);
                y_row[c + 256] = cg_relu(a8);
                y_row[c + 288] = cg_relu(a9);
                y_row[c + 320] = cg_relu(a10);
                y_row[c + 352] = cg_relu(a11);
            }
            {   /* 12 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b, a8 = b, a9 = b, a10 = b, a11 = b;
                if (oh - 1 >= 0) {   /* row kh = 0 */
                    const float *xp = input + oh * 768 + c - 768;
                    const float *wk = weights + c;
                    const float x0 = xp[352], x1 = xp[384], x2 = xp[416], x3 = xp[448], x4 = xp[480], x5 = xp[512], x6 = xp[544], x7 = xp[576], x8 = xp[608], x9 = xp[640], x10 = xp[672], x11 = xp[704], x12 = xp[736];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w; a8 += x8 * w; a9 += x9 * w; a10 += x10 * w; a11 += x11 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w; a8 += x9 * w; a9 += x10 * w; a10 += x11 * w; a11 += x12 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w; a8 += x10 * w; a9 += x11 * w; a10 += x12 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 768 + c;
                    const float *wk = weights + c + 96;
                    const float x0 = xp[352], x1 = xp[384], x2 = xp[416], x3 = xp[448], x4 = xp[480], x5 = xp[512], x6 = xp[544], x7 = xp[576], x8 = xp[608], x9 = xp[640], x10 = xp[672], x11 = xp[704], x12 = xp[736];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w; a8 += x8 * w; a9 += x9 * w; a10 += x10 * w; a11 += x11 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w; a8 += x9 * w; a9 += x10 * w; a10 += x11 * w; a11 += x12 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w; a8 += x10 * w; a9 += x11 * w; a10 += x12 * w;
                    }
                }
                if (oh + 1 < 24) {   /* row kh = 2 */
                    const float *xp = input + oh * 768 + c + 768;
                    const float *wk = weights + c + 192;
                    const float x0 = xp[352], x1 = xp[384], x2 = xp[416], x3 = xp[448], x4 = xp[480], x5 = xp[512], x6 = xp[544], x7 = xp[576], x8 = xp[608], x9 = xp[640], x10 = xp[672], x11 = xp[704], x12 = xp[736];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w; a8 += x8 * w; a9 += x9 * w; a10 += x10 * w; a11 += x11 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w; a8 += x9 * w; a9 += x10 * w; a10 += x11 * w; a11 += x12 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w; a8 += x10 * w; a9 += x11 * w; a10 += x12 * w;
                    }
                }
                y_row[c + 384] = cg_relu(a0);
                y_row[c + 416] = cg_relu(a1);
                y_row[c + 448] = cg_relu(a2);
                y_row[c + 480] = cg_relu(a3);
                y_row[c + 512] = cg_relu(a4);
                y_row[c + 544] = cg_relu(a5);
                y_row[c + 576] = cg_relu(a6);
                y_row[c + 608] = cg_relu(a7);
                y_row[c + 640] = cg_relu(a8);
                y_row[c + 672] = cg_relu(a9);
                y_row[c + 704] = cg_relu(a10);
                y_row[c + 736] = cg_relu(a11);
            }
        }
    }
#endif
    return 0;
}

/* conv2d_3 (Conv2D) 24x24x32 -> 24x24x32; batch_normalization_6 (BatchNormalization) folded into its weights; activation_6 (Activation) applied in its store
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x24x24x32: strides n=18432 c=1 d=18432 h=768 w=32
 *   output 1x24x24x32: strides n=18432 c=1 d=18432 h=768 w=32
 *   weights [1][1][1][1][32][32], bias [1][32] at 1024
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer18(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int vww_mobilenet_v1_layer18(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 1024;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_vww_mobilenet_v1_layer18;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int oh = 0; oh < 24; ++oh) {
        float *y_row = y + oh * 768;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 24) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 24; q += 8)
            {   /* 8 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias), a0_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias), a1_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias), a2_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias), a3_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias), a4_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias), a5_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias), a6_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias), a7_1 = CG_LOAD(cg_v16, bias + 16);
                const float *xr = input + oh * 768 + q * 32;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + q * 32, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + q * 32 + 16, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + q * 32 + 32, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + q * 32 + 48, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + q * 32 + 64, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + q * 32 + 80, a2_1);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + q * 32 + 96, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + q * 32 + 112, a3_1);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + q * 32 + 128, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + q * 32 + 144, a4_1);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + q * 32 + 160, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + q * 32 + 176, a5_1);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + q * 32 + 192, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + q * 32 + 208, a6_1);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + q * 32 + 224, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + q * 32 + 240, a7_1);
            }


#else
            for (int q = 0; q < 24; q += 6)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fh), a5_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input + oh * 768 + q * 32;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 8, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 32, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 40, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 64, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 72, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 96, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 104, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 128, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 136, a4_1);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 160, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 168, a5_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_vww_mobilenet_v1_layer18;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 24; ++oh) {
        float *y_row = y + oh * 768;
        {   /* block 0: 32 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [0, 24) */
                for (int q = 0; q < 24; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + oh * 768 + q * 32;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 32 + f0] = cg_relu(a0_0);
                    y_row[q * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 32 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 32 + f0 + 32] = cg_relu(a1_0);
                    y_row[q * 32 + f0 + 33] = cg_relu(a1_1);
                    y_row[q * 32 + f0 + 34] = cg_relu(a1_2);
                    y_row[q * 32 + f0 + 35] = cg_relu(a1_3);
                    y_row[q * 32 + f0 + 64] = cg_relu(a2_0);
                    y_row[q * 32 + f0 + 65] = cg_relu(a2_1);
                    y_row[q * 32 + f0 + 66] = cg_relu(a2_2);
                    y_row[q * 32 + f0 + 67] = cg_relu(a2_3);
                    y_row[q * 32 + f0 + 96] = cg_relu(a3_0);
                    y_row[q * 32 + f0 + 97] = cg_relu(a3_1);
                    y_row[q * 32 + f0 + 98] = cg_relu(a3_2);
                    y_row[q * 32 + f0 + 99] = cg_relu(a3_3);
                    y_row[q * 32 + f0 + 128] = cg_relu(a4_0);
                    y_row[q * 32 + f0 + 129] = cg_relu(a4_1);
                    y_row[q * 32 + f0 + 130] = cg_relu(a4_2);
                    y_row[q * 32 + f0 + 131] = cg_relu(a4_3);
                    y_row[q * 32 + f0 + 160] = cg_relu(a5_0);
                    y_row[q * 32 + f0 + 161] = cg_relu(a5_1);
                    y_row[q * 32 + f0 + 162] = cg_relu(a5_2);
                    y_row[q * 32 + f0 + 163] = cg_relu(a5_3);
}
            }
        }
    }
#endif
    return 0;
}

/* depthwise_conv2d_3 (DepthwiseConv2D) 24x24x32 -> 12x12x32; batch_normalization_7 (BatchNormalization) folded into its weights; activation_7 (Activation) applied in its store
 * Depthwise, channels_last, multiplier 1: vectors of 16 or 8 channels, register tiles of up to
 * 8 pixels along w, edge tiles (1) at the borders reading only the columns that exist,
 * border pixels with bounds checks (0 range(s)); channels past the last multiple of 8 take a
 * loop one pixel at a time. Without vectors (or with CONVGEN_PORTABLE), portable C99: the same
 * tiles per channel in scalar registers.
 *   input  1x24x24x32: strides n=18432 h=768 w=32
 *   output 1x12x12x32: strides n=4608 h=384 w=32
 *   kernel [3][3][32], bias [32] at 288
 *   padding before (h, w) = (0, 0)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer21(float *out, const float *t, int nc)
{
    for (int c = 0; c < nc; ++c)
        out[c] = cg_relu(t[c]);
}

static int vww_mobilenet_v1_layer21(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 288;
    float *y = output;
    int c_done = 0;   /* channels the vector path covered */
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    c_done = 32;
    for (int oh = 0; oh < 12; ++oh) {
        float *y_row = y + oh * 384;
        for (int cb = 0; cb < 2; ++cb) {
            const cg_v16 b = CG_LOAD(cg_v16, bias + cb * 16);
            for (int ow0 = 0; ow0 < 6; ow0 += 6)
            {   /* 6 output pixel(s) x 16 channels */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 24) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 16 + ow0 * 64;
                    cg_v16 x0 = CG_LOAD(cg_v16, xp);
                    cg_v16 x1 = CG_LOAD(cg_v16, xp + 32);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 64);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 96);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 128);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 160);
                    cg_v16 x6 = CG_LOAD(cg_v16, xp + 192);
                    cg_v16 x7 = CG_LOAD(cg_v16, xp + 224);
                    cg_v16 x8 = CG_LOAD(cg_v16, xp + 256);
                    cg_v16 x9 = CG_LOAD(cg_v16, xp + 288);
                    cg_v16 x10 = CG_LOAD(cg_v16, xp + 320);
                    cg_v16 x11 = CG_LOAD(cg_v16, xp + 352);
                    cg_v16 x12 = CG_LOAD(cg_v16, xp + 384);
                    CG_KEEP16(x0); CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5); CG_KEEP16(x6); CG_KEEP16(x7); CG_KEEP16(x8); CG_KEEP16(x9); CG_KEEP16(x10); CG_KEEP16(x11); CG_KEEP16(x12);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 96 + cb * 16);
                        a0 += x0 * w;
                        a1 += x2 * w;
                        a2 += x4 * w;
                        a3 += x6 * w;
                        a4 += x8 * w;
                        a5 += x10 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 96 + cb * 16 + 32);
                        a0 += x1 * w;
                        a1 += x3 * w;
                        a2 += x5 * w;
                        a3 += x7 * w;
                        a4 += x9 * w;
                        a5 += x11 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 96 + cb * 16 + 64);
                        a0 += x2 * w;
                        a1 += x4 * w;
                        a2 += x6 * w;
                        a3 += x8 * w;
                        a4 += x10 * w;
                        a5 += x12 * w;
                    }
                }
                cg_v16_relu(&a0);
                CG_STORE(cg_v16, y_row + ow0 * 32 + cb * 16, a0);
                cg_v16_relu(&a1);
                CG_STORE(cg_v16, y_row + ow0 * 32 + cb * 16 + 32, a1);
                cg_v16_relu(&a2);
                CG_STORE(cg_v16, y_row + ow0 * 32 + cb * 16 + 64, a2);
                cg_v16_relu(&a3);
                CG_STORE(cg_v16, y_row + ow0 * 32 + cb * 16 + 96, a3);
                cg_v16_relu(&a4);
                CG_STORE(cg_v16, y_row + ow0 * 32 + cb * 16 + 128, a4);
                cg_v16_relu(&a5);
                CG_STORE(cg_v16, y_row + ow0 * 32 + cb * 16 + 160, a5);
            }

            {   /* 6 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 24) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 16;
                    cg_v16 x0 = CG_LOAD(cg_v16, xp + 384);
                    cg_v16 x1 = CG_LOAD(cg_v16, xp + 416);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 448);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 480);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 512);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 544);
                    cg_v16 x6 = CG_LOAD(cg_v16, xp + 576);
                    cg_v16 x7 = CG_LOAD(cg_v16, xp + 608);
                    cg_v16 x8 = CG_LOAD(cg_v16, xp + 640);
                    cg_v16 x9 = CG_LOAD(cg_v16, xp + 672);
                    cg_v16 x10 = CG_LOAD(cg_v16, xp + 704);
                    cg_v16 x11 = CG_LOAD(cg_v16, xp + 736);
                    CG_KEEP16(x0); CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5); CG_KEEP16(x6); CG_KEEP16(x7); CG_KEEP16(x8); CG_KEEP16(x9); CG_KEEP16(x10); CG_KEEP16(x11);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 96 + cb * 16);
                        a0 += x0 * w;
                        a1 += x2 * w;
                        a2 += x4 * w;
                        a3 += x6 * w;
                        a4 += x8 * w;
                        a5 += x10 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 96 + cb * 16 + 32);
                        a0 += x1 * w;
                        a1 += x3 * w;
                        a2 += x5 * w;
                        a3 += x7 * w;
                        a4 += x9 * w;
                        a5 += x11 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 96 + cb * 16 + 64);
                        a0 += x2 * w;
                        a1 += x4 * w;
                        a2 += x6 * w;
                        a3 += x8 * w;
                        a4 += x10 * w;
                    }
                }
                cg_v16_relu(&a0);
                CG_STORE(cg_v16, y_row + cb * 16 + 192, a0);
                cg_v16_relu(&a1);
                CG_STORE(cg_v16, y_row + cb * 16 + 224, a1);
                cg_v16_relu(&a2);
                CG_STORE(cg_v16, y_row + cb * 16 + 256, a2);
                cg_v16_relu(&a3);
                CG_STORE(cg_v16, y_row + cb * 16 + 288, a3);
                cg_v16_relu(&a4);
                CG_STORE(cg_v16, y_row + cb * 16 + 320, a4);
                cg_v16_relu(&a5);
                CG_STORE(cg_v16, y_row + cb * 16 + 352, a5);
            }

        }

    }

#else
    c_done = 32;
    for (int oh = 0; oh < 12; ++oh) {
        float *y_row = y + oh * 384;
        for (int cb = 0; cb < 4; ++cb) {
            const cg_v8 b = CG_LOAD(cg_v8, bias + cb * 8);
            for (int ow0 = 0; ow0 < 6; ow0 += 6)
            {   /* 6 output pixel(s) x 8 channels */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 24) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 8 + ow0 * 64;
                    cg_v8 x0 = CG_LOAD(cg_v8, xp);
                    cg_v8 x1 = CG_LOAD(cg_v8, xp + 32);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 64);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 96);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 128);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 160);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 192);
                    cg_v8 x7 = CG_LOAD(cg_v8, xp + 224);
                    cg_v8 x8 = CG_LOAD(cg_v8, xp + 256);
                    cg_v8 x9 = CG_LOAD(cg_v8, xp + 288);
                    cg_v8 x10 = CG_LOAD(cg_v8, xp + 320);
                    cg_v8 x11 = CG_LOAD(cg_v8, xp + 352);
                    cg_v8 x12 = CG_LOAD(cg_v8, xp + 384);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 96 + cb * 8);
                        a0 += x0 * w;
                        a1 += x2 * w;
                        a2 += x4 * w;
                        a3 += x6 * w;
                        a4 += x8 * w;
                        a5 += x10 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 96 + cb * 8 + 32);
                        a0 += x1 * w;
                        a1 += x3 * w;
                        a2 += x5 * w;
                        a3 += x7 * w;
                        a4 += x9 * w;
                        a5 += x11 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 96 + cb * 8 + 64);
                        a0 += x2 * w;
                        a1 += x4 * w;
                        a2 += x6 * w;
                        a3 += x8 * w;
                        a4 += x10 * w;
                        a5 += x12 * w;
                    }
                }
                cg_v8_relu(&a0);
                CG_STORE(cg_v8, y_row + ow0 * 32 + cb * 8, a0);
                cg_v8_relu(&a1);
                CG_STORE(cg_v8, y_row + ow0 * 32 + cb * 8 + 32, a1);
                cg_v8_relu(&a2);
                CG_STORE(cg_v8, y_row + ow0 * 32 + cb * 8 + 64, a2);
                cg_v8_relu(&a3);
                CG_STORE(cg_v8, y_row + ow0 * 32 + cb * 8 + 96, a3);
                cg_v8_relu(&a4);
                CG_STORE(cg_v8, y_row + ow0 * 32 + cb * 8 + 128, a4);
                cg_v8_relu(&a5);
                CG_STORE(cg_v8, y_row + ow0 * 32 + cb * 8 + 160, a5);
            }

            {   /* 6 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 24) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 8;
                    cg_v8 x0 = CG_LOAD(cg_v8, xp + 384);
                    cg_v8 x1 = CG_LOAD(cg_v8, xp + 416);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 448);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 480);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 512);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 544);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 576);
                    cg_v8 x7 = CG_LOAD(cg_v8, xp + 608);
                    cg_v8 x8 = CG_LOAD(cg_v8, xp + 640);
                    cg_v8 x9 = CG_LOAD(cg_v8, xp + 672);
                    cg_v8 x10 = CG_LOAD(cg_v8, xp + 704);
                    cg_v8 x11 = CG_LOAD(cg_v8, xp + 736);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 96 + cb * 8);
                        a0 += x0 * w;
                        a1 += x2 * w;
                        a2 += x4 * w;
                        a3 += x6 * w;
                        a4 += x8 * w;
                        a5 += x10 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 96 + cb * 8 + 32);
                        a0 += x1 * w;
                        a1 += x3 * w;
                        a2 += x5 * w;
                        a3 += x7 * w;
                        a4 += x9 * w;
                        a5 += x11 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 96 + cb * 8 + 64);
                        a0 += x2 * w;
                        a1 += x4 * w;
                        a2 += x6 * w;
                        a3 += x8 * w;
                        a4 += x10 * w;
                    }
                }
                cg_v8_relu(&a0);
                CG_STORE(cg_v8, y_row + cb * 8 + 192, a0);
                cg_v8_relu(&a1);
                CG_STORE(cg_v8, y_row + cb * 8 + 224, a1);
                cg_v8_relu(&a2);
                CG_STORE(cg_v8, y_row + cb * 8 + 256, a2);
                cg_v8_relu(&a3);
                CG_STORE(cg_v8, y_row + cb * 8 + 288, a3);
                cg_v8_relu(&a4);
                CG_STORE(cg_v8, y_row + cb * 8 + 320, a4);
                cg_v8_relu(&a5);
                CG_STORE(cg_v8, y_row + cb * 8 + 352, a5);
            }

        }

    }

#endif
    /* the channels the vector path did not cover, one pixel at a time */
    for (int oh = 0; oh < 12; ++oh)
    for (int ow = 0; ow < 12; ++ow)
    for (int c = c_done; c < 32; ++c) {
        float acc = bias[c];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh * 2 + kh;
            if (ih >= 24) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow * 2 + kw;
                if (iw >= 24) continue;
                acc += input[ih * 768 + iw * 32 + c]
                       * weights[kh * 96 + kw * 32 + c];
            }
        }
        store_vww_mobilenet_v1_layer21(y + oh * 384 + ow * 32 + c, &acc, 1);
    }
#else
    /* portable C99 for cores without SIMD: per channel, tiles of neighbouring pixels in
     * scalar registers, each input column loaded once for every tap and pixel reading it */
    (void)c_done;
    (void)store_vww_mobilenet_v1_layer21;
    for (int oh = 0; oh < 12; ++oh) {
        float *y_row = y + oh * 384;
        for (int c = 0; c < 32; ++c) {
            const float b = bias[c];
            for (int ow0 = 0; ow0 < 6; ow0 += 6)
            {   /* 6 pixel(s) of channel c */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                {   /* row kh = 0 */
                    const float *xp = input + oh * 1536 + c + ow0 * 64;
                    const float *wk = weights + c;
                    const float x0 = xp[0], x1 = xp[32], x2 = xp[64], x3 = xp[96], x4 = xp[128], x5 = xp[160], x6 = xp[192], x7 = xp[224], x8 = xp[256], x9 = xp[288], x10 = xp[320], x11 = xp[352], x12 = xp[384];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x2 * w; a2 += x4 * w; a3 += x6 * w; a4 += x8 * w; a5 += x10 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x1 * w; a1 += x3 * w; a2 += x5 * w; a3 += x7 * w; a4 += x9 * w; a5 += x11 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x2 * w; a1 += x4 * w; a2 += x6 * w; a3 += x8 * w; a4 += x10 * w; a5 += x12 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 1536 + c + ow0 * 64 + 768;
                    const float *wk = weights + c + 96;
                    const float x0 = xp[0], x1 = xp[32], x2 = xp[64], x3 = xp[96], x4 = xp[128], x5 = xp[160], x6 = xp[192], x7 = xp[224], x8 = xp[256], x9 = xp[288], x10 = xp[320], x11 = xp[352], x12 = xp[384];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x2 * w; a2 += x4 * w; a3 += x6 * w; a4 += x8 * w; a5 += x10 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x1 * w; a1 += x3 * w; a2 += x5 * w; a3 += x7 * w; a4 += x9 * w; a5 += x11 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x2 * w; a1 += x4 * w; a2 += x6 * w; a3 += x8 * w; a4 += x10 * w; a5 += x12 * w;
                    }
                }
                if (oh * 2 + 2 < 24) {   /* row kh = 2 */
                    const float *xp = input + oh * 1536 + c + ow0 * 64 + 1536;
                    const float *wk = weights + c + 192;
                    const float x0 = xp[0], x1 = xp[32], x2 = xp[64], x3 = xp[96], x4 = xp[128], x5 = xp[160], x6 = xp[192], x7 = xp[224], x8 = xp[256], x9 = xp[288], x10 = xp[320], x11 = xp[352], x12 = xp[384];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x2 * w; a2 += x4 * w; a3 += x6 * w; a4 += x8 * w; a5 += x10 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x1 * w; a1 += x3 * w; a2 += x5 * w; a3 += x7 * w; a4 += x9 * w; a5 += x11 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x2 * w; a1 += x4 * w; a2 += x6 * w; a3 += x8 * w; a4 += x10 * w; a5 += x12 * w;
                    }
                }
                y_row[ow0 * 32 + c] = cg_relu(a0);
                y_row[ow0 * 32 + c + 32] = cg_relu(a1);
                y_row[ow0 * 32 + c + 64] = cg_relu(a2);
                y_row[ow0 * 32 + c + 96] = cg_relu(a3);
                y_row[ow0 * 32 + c + 128] = cg_relu(a4);
                y_row[ow0 * 32 + c + 160] = cg_relu(a5);
            }
            {   /* 6 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                {   /* row kh = 0 */
                    const float *xp = input + oh * 1536 + c;
                    const float *wk = weights + c;
                    const float x0 = xp[384], x1 = xp[416], x2 = xp[448], x3 = xp[480], x4 = xp[512], x5 = xp[544], x6 = xp[576], x7 = xp[608], x8 = xp[640], x9 = xp[672], x10 = xp[704], x11 = xp[736];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x2 * w; a2 += x4 * w; a3 += x6 * w; a4 += x8 * w; a5 += x10 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x1 * w; a1 += x3 * w; a2 += x5 * w; a3 += x7 * w; a4 += x9 * w; a5 += x11 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x2 * w; a1 += x4 * w; a2 += x6 * w; a3 += x8 * w; a4 += x10 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 1536 + c + 768;
                    const float *wk = weights + c + 96;
                    const float x0 = xp[384], x1 = xp[416], x2 = xp[448], x3 = xp[480], x4 = xp[512], x5 = xp[544], x6 = xp[576], x7 = xp[608], x8 = xp[640], x9 = xp[672], x10 = xp[704], x11 = xp[736];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x2 * w; a2 += x4 * w; a3 += x6 * w; a4 += x8 * w; a5 += x10 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x1 * w; a1 += x3 * w; a2 += x5 * w; a3 += x7 * w; a4 += x9 * w; a5 += x11 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x2 * w; a1 += x4 * w; a2 += x6 * w; a3 += x8 * w; a4 += x10 * w;
                    }
                }
                if (oh * 2 + 2 < 24) {   /* row kh = 2 */
                    const float *xp = input + oh * 1536 + c + 1536;
                    const float *wk = weights + c + 192;
                    const float x0 = xp[384], x1 = xp[416], x2 = xp[448], x3 = xp[480], x4 = xp[512], x5 = xp[544], x6 = xp[576], x7 = xp[608], x8 = xp[640], x9 = xp[672], x10 = xp[704], x11 = xp[736];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x2 * w; a2 += x4 * w; a3 += x6 * w; a4 += x8 * w; a5 += x10 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x1 * w; a1 += x3 * w; a2 += x5 * w; a3 += x7 * w; a4 += x9 * w; a5 += x11 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x2 * w; a1 += x4 * w; a2 += x6 * w; a3 += x8 * w; a4 += x10 * w;
                    }
                }
                y_row[c + 192] = cg_relu(a0);
                y_row[c + 224] = cg_relu(a1);
                y_row[c + 256] = cg_relu(a2);
                y_row[c + 288] = cg_relu(a3);
                y_row[c + 320] = cg_relu(a4);
                y_row[c + 352] = cg_relu(a5);
            }
        }
    }
#endif
    return 0;
}

/* conv2d_4 (Conv2D) 12x12x32 -> 12x12x64; batch_normalization_8 (BatchNormalization) folded into its weights; activation_8 (Activation) applied in its store
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x1x144x32: strides n=4608 c=1 d=4608 h=4608 w=32
 *   output 1x1x144x64: strides n=9216 c=1 d=9216 h=9216 w=64
 *   weights [2][1][1][1][32][32], bias [2][32] at 2048
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer24(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int vww_mobilenet_v1_layer24(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 2048;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_vww_mobilenet_v1_layer24;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int fb = 0; fb < 2; ++fb) {
        float *y_row = y;
        {
            const float *wf = weights + fb * 1024;
            /* columns q: interior for q in [0, 144) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 90; q += 10)
            {   /* 10 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias + fb * 32), a8_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a9_0 = CG_LOAD(cg_v16, bias + fb * 32), a9_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                const float *xr = input + q * 32;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 288];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 16, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 64, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 80, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 128, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 144, a2_1);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 192, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 208, a3_1);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 256, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 272, a4_1);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 320, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 336, a5_1);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 384, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 400, a6_1);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 448, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 464, a7_1);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 512, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 528, a8_1);
                cg_v16_relu(&a9_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 576, a9_0);
                cg_v16_relu(&a9_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 592, a9_1);
            }

            for (int q = 90; q < 144; q += 9)
            {   /* 9 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias + fb * 32), a8_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                const float *xr = input + q * 32;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 16, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 64, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 80, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 128, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 144, a2_1);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 192, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 208, a3_1);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 256, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 272, a4_1);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 320, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 336, a5_1);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 384, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 400, a6_1);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 448, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 464, a7_1);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 512, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 528, a8_1);
            }


#else
            for (int q = 0; q < 144; q += 6)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a4_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a5_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                const float *xr = input + q * 32;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 8, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 64, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 72, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 128, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 136, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 192, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 200, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 256, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 264, a4_1);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 320, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 328, a5_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_vww_mobilenet_v1_layer24;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        for (int fb = 0; fb < 2; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 1024;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [0, 144) */
                for (int q = 0; q < 144; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + q * 32;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 64 + fb * 32 + f0] = cg_relu(a0_0);
                    y_row[q * 64 + fb * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 64 + fb * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 64 + fb * 32 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 64 + fb * 32 + f0 + 64] = cg_relu(a1_0);
                    y_row[q * 64 + fb * 32 + f0 + 65] = cg_relu(a1_1);
                    y_row[q * 64 + fb * 32 + f0 + 66] = cg_relu(a1_2);
                    y_row[q * 64 + fb * 32 + f0 + 67] = cg_relu(a1_3);
                    y_row[q * 64 + fb * 32 + f0 + 128] = cg_relu(a2_0);
                    y_row[q * 64 + fb * 32 + f0 + 129] = cg_relu(a2_1);
                    y_row[q * 64 + fb * 32 + f0 + 130] = cg_relu(a2_2);
                    y_row[q * 64 + fb * 32 + f0 + 131] = cg_relu(a2_3);
                    y_row[q * 64 + fb * 32 + f0 + 192] = cg_relu(a3_0);
                    y_row[q * 64 + fb * 32 + f0 + 193] = cg_relu(a3_1);
                    y_row[q * 64 + fb * 32 + f0 + 194] = cg_relu(a3_2);
                    y_row[q * 64 + fb * 32 + f0 + 195] = cg_relu(a3_3);
                    y_row[q * 64 + fb * 32 + f0 + 256] = cg_relu(a4_0);
                    y_row[q * 64 + fb * 32 + f0 + 257] = cg_relu(a4_1);
                    y_row[q * 64 + fb * 32 + f0 + 258] = cg_relu(a4_2);
                    y_row[q * 64 + fb * 32 + f0 + 259] = cg_relu(a4_3);
                    y_row[q * 64 + fb * 32 + f0 + 320] = cg_relu(a5_0);
                    y_row[q * 64 + fb * 32 + f0 + 321] = cg_relu(a5_1);
                    y_row[q * 64 + fb * 32 + f0 + 322] = cg_relu(a5_2);
                    y_row[q * 64 + fb * 32 + f0 + 323] = cg_relu(a5_3);
}
            }
        }
    }
#endif
    return 0;
}

/* depthwise_conv2d_4 (DepthwiseConv2D) 12x12x64 -> 12x12x64; batch_normalization_9 (BatchNormalization) folded into its weights; activation_9 (Activation) applied in its store
 * Depthwise, channels_last, multiplier 1: vectors of 16 or 8 channels, register tiles of up to
 * 8 pixels along w, edge tiles (2) at the borders reading only the columns that exist,
 * border pixels with bounds checks (0 range(s)); channels past the last multiple of 8 take a
 * loop one pixel at a time. Without vectors (or with CONVGEN_PORTABLE), portable C99: the same
 * tiles per channel in scalar registers.
 *   input  1x12x12x64: strides n=9216 h=768 w=64
 *   output 1x12x12x64: strides n=9216 h=768 w=64
 *   kernel [3][3][64], bias [64] at 576
 *   padding before (h, w) = (1, 1)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer27(float *out, const float *t, int nc)
{
    for (int c = 0; c < nc; ++c)
        out[c] = cg_relu(t[c]);
}

static int vww_mobilenet_v1_layer27(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 576;
    float *y = output;
    int c_done = 0;   /* channels the vector path covered */
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    c_done = 64;
    for (int oh = 0; oh < 12; ++oh) {
        float *y_row = y + oh * 768;
        for (int cb = 0; cb < 4; ++cb) {
            const cg_v16 b = CG_LOAD(cg_v16, bias + cb * 16);
            {   /* 6 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 12) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 16;
                    cg_v16 x1 = CG_LOAD(cg_v16, xp);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 64);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 128);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 192);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 256);
                    cg_v16 x6 = CG_LOAD(cg_v16, xp + 320);
                    cg_v16 x7 = CG_LOAD(cg_v16, xp + 384);
                    CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5); CG_KEEP16(x6); CG_KEEP16(x7);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16 + 64);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16 + 128);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                        a5 += x7 * w;
                    }
                }
                cg_v16_relu(&a0);
                CG_STORE(cg_v16, y_row + cb * 16, a0);
                cg_v16_relu(&a1);
                CG_STORE(cg_v16, y_row + cb * 16 + 64, a1);
                cg_v16_relu(&a2);
                CG_STORE(cg_v16, y_row + cb * 16 + 128, a2);
                cg_v16_relu(&a3);
                CG_STORE(cg_v16, y_row + cb * 16 + 192, a3);
                cg_v16_relu(&a4);
                CG_STORE(cg_v16, y_row + cb * 16 + 256, a4);
                cg_v16_relu(&a5);
                CG_STORE(cg_v16, y_row + cb * 16 + 320, a5);
            }

            {   /* 6 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 12) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 16;
                    cg_v16 x0 = CG_LOAD(cg_v16, xp + 320);
                    cg_v16 x1 = CG_LOAD(cg_v16, xp + 384);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 448);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 512);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 576);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 640);
                    cg_v16 x6 = CG_LOAD(cg_v16, xp + 704);
                    CG_KEEP16(x0); CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5); CG_KEEP16(x6);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16);
                        a0 += x0 * w;
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16 + 64);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16 + 128);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                    }
                }
                cg_v16_relu(&a0);
                CG_STORE(cg_v16, y_row + cb * 16 + 384, a0);
                cg_v16_relu(&a1);
                CG_STORE(cg_v16, y_row + cb * 16 + 448, a1);
                cg_v16_relu(&a2);
                CG_STORE(cg_v16, y_row + cb * 16 + 512, a2);
                cg_v16_relu(&a3);
                CG_STORE(cg_v16, y_row + cb * 16 + 576, a3);
                cg_v16_relu(&a4);
                CG_STORE(cg_v16, y_row + cb * 16 + 640, a4);
                cg_v16_relu(&a5);
                CG_STORE(cg_v16, y_row + cb * 16 + 704, a5);
            }

        }

    }

#else
    c_done = 64;
    for (int oh = 0; oh < 12; ++oh) {
        float *y_row = y + oh * 768;
        for (int cb = 0; cb < 8; ++cb) {
            const cg_v8 b = CG_LOAD(cg_v8, bias + cb * 8);
            {   /* 6 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 12) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 8;
                    cg_v8 x1 = CG_LOAD(cg_v8, xp);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 64);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 128);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 192);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 256);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 320);
                    cg_v8 x7 = CG_LOAD(cg_v8, xp + 384);
                    CG_KEEP8(x1); CG_KEEP8(x2); CG_KEEP8(x3); CG_KEEP8(x4); CG_KEEP8(x5); CG_KEEP8(x6); CG_KEEP8(x7);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8 + 64);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8 + 128);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                        a5 += x7 * w;
                    }
                }
                cg_v8_relu(&a0);
                CG_STORE(cg_v8, y_row + cb * 8, a0);
                cg_v8_relu(&a1);
                CG_STORE(cg_v8, y_row + cb * 8 + 64, a1);
                cg_v8_relu(&a2);
                CG_STORE(cg_v8, y_row + cb * 8 + 128, a2);
                cg_v8_relu(&a3);
                CG_STORE(cg_v8, y_row + cb * 8 + 192, a3);
                cg_v8_relu(&a4);
                CG_STORE(cg_v8, y_row + cb * 8 + 256, a4);
                cg_v8_relu(&a5);
                CG_STORE(cg_v8, y_row + cb * 8 + 320, a5);
            }

            {   /* 6 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 12) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 8;
                    cg_v8 x0 = CG_LOAD(cg_v8, xp + 320);
                    cg_v8 x1 = CG_LOAD(cg_v8, xp + 384);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 448);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 512);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 576);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 640);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 704);
                    CG_KEEP8(x0); CG_KEEP8(x1); CG_KEEP8(x2); CG_KEEP8(x3); CG_KEEP8(x4); CG_KEEP8(x5); CG_KEEP8(x6);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8);
                        a0 += x0 * w;
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8 + 64);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8 + 128);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                    }
                }
                cg_v8_relu(&a0);
                CG_STORE(cg_v8, y_row + cb * 8 + 384, a0);
                cg_v8_relu(&a1);
                CG_STORE(cg_v8, y_row + cb * 8 + 448, a1);
                cg_v8_relu(&a2);
                CG_STORE(cg_v8, y_row + cb * 8 + 512, a2);
                cg_v8_relu(&a3);
                CG_STORE(cg_v8, y_row + cb * 8 + 576, a3);
                cg_v8_relu(&a4);
                CG_STORE(cg_v8, y_row + cb * 8 + 640, a4);
                cg_v8_relu(&a5);
                CG_STORE(cg_v8, y_row + cb * 8 + 704, a5);
            }

        }

    }

#endif
    /* the channels the vector path did not cover, one pixel at a time */
    for (int oh = 0; oh < 12; ++oh)
    for (int ow = 0; ow < 12; ++ow)
    for (int c = c_done; c < 64; ++c) {
        float acc = bias[c];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh + kh - 1;
            if (ih < 0 || ih >= 12) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow + kw - 1;
                if (iw < 0 || iw >= 12) continue;
                acc += input[ih * 768 + iw * 64 + c]
                       * weights[kh * 192 + kw * 64 + c];
            }
        }
        store_vww_mobilenet_v1_layer27(y + oh * 768 + ow * 64 + c, &acc, 1);
    }
#else
    /* portable C99 for cores without SIMD: per channel, tiles of neighbouring pixels in
     * scalar registers, each input column loaded once for every tap and pixel reading it */
    (void)c_done;
    (void)store_vww_mobilenet_v1_layer27;
    for (int oh = 0; oh < 12; ++oh) {
        float *y_row = y + oh * 768;
        for (int c = 0; c < 64; ++c) {
            const float b = bias[c];
            {   /* 12 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b, a8 = b, a9 = b, a10 = b, a11 = b;
                if (oh - 1 >= 0) {   /* row kh = 0 */
                    const float *xp = input + oh * 768 + c - 768;
                    const float *wk = weights + c;
                    const float x1 = xp[0], x2 = xp[64], x3 = xp[128], x4 = xp[192], x5 = xp[256], x6 = xp[320], x7 = xp[384], x8 = xp[448], x9 = xp[512], x10 = xp[576], x11 = xp[640], x12 = xp[704];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w; a8 += x8 * w; a9 += x9 * w; a10 += x10 * w; a11 += x11 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w; a8 += x9 * w; a9 += x10 * w; a10 += x11 * w; a11 += x12 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w; a8 += x10 * w; a9 += x11 * w; a10 += x12 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 768 + c;
                    const float *wk = weights + c + 192;
                    const float x1 = xp[0], x2 = xp[64], x3 = xp[128], x4 = xp[192], x5 = xp[256], x6 = xp[320], x7 = xp[384], x8 = xp[448], x9 = xp[512], x10 = xp[576], x11 = xp[640], x12 = xp[704];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w; a8 += x8 * w; a9 += x9 * w; a10 += x10 * w; a11 += x11 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w; a8 += x9 * w; a9 += x10 * w; a10 += x11 * w; a11 += x12 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w; a8 += x10 * w; a9 += x11 * w; a10 += x12 * w;
                    }
                }
                if (oh + 1 < 12) {   /* row kh = 2 */
                    const float *xp = input + oh * 768 + c + 768;
                    const float *wk = weights + c + 384;
                    const float x1 = xp[0], x2 = xp[64], x3 = xp[128], x4 = xp[192], x5 = xp[256], x6 = xp[320], x7 = xp[384], x8 = xp[448], x9 = xp[512], x10 = xp[576], x11 = xp[640], x12 = xp[704];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w; a8 += x8 * w; a9 += x9 * w; a10 += x10 * w; a11 += x11 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w; a8 += x9 * w; a9 += x10 * w; a10 += x11 * w; a11 += x12 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w; a8 += x10 * w; a9 += x11 * w; a10 += x12 * w;
                    }
                }
                y_row[c] = cg_relu(a0);
                y_row[c + 64] = cg_relu(a1);
                y_row[c + 128] = cg_relu(a2);
                y_row[c + 192] = cg_relu(a3);
                y_row[c + 256] = cg_relu(a4);
                y_row[c + 320] = cg_relu(a5);
                y_row[c + 384] = cg_relu(a6);
                y_row[c + 448] = cg_relu(a7);
                y_row[c + 512] = cg_relu(a8);
                y_row[c + 576] = cg_relu(a9);
                y_row[c + 640] = cg_relu(a10);
                y_row[c + 704] = cg_relu(a11);
            }
        }
    }
#endif
    return 0;
}

/* conv2d_5 (Conv2D) 12x12x64 -> 12x12x64; batch_normalization_10 (BatchNormalization) folded into its weights; activation_10 (Activation) applied in its store
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x1x144x64: strides n=9216 c=1 d=9216 h=9216 w=64
 *   output 1x1x144x64: strides n=9216 c=1 d=9216 h=9216 w=64
 *   weights [2][1][1][1][64][32], bias [2][32] at 4096
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer30(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int vww_mobilenet_v1_layer30(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 4096;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_vww_mobilenet_v1_layer30;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int fb = 0; fb < 2; ++fb) {
        float *y_row = y;
        {
            const float *wf = weights + fb * 2048;
            /* columns q: interior for q in [0, 144) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 90; q += 10)
            {   /* 10 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias + fb * 32), a8_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a9_0 = CG_LOAD(cg_v16, bias + fb * 32), a9_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                const float *xr = input + q * 64;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 64; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 384];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 448];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 512];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 576];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 16, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 64, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 80, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 128, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 144, a2_1);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 192, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 208, a3_1);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 256, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 272, a4_1);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 320, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 336, a5_1);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 384, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 400, a6_1);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 448, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 464, a7_1);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 512, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 528, a8_1);
                cg_v16_relu(&a9_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 576, a9_0);
                cg_v16_relu(&a9_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 592, a9_1);
            }

            for (int q = 90; q < 144; q += 9)
            {   /* 9 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias + fb * 32), a8_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                const float *xr = input + q * 64;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 64; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 384];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 448];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 512];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 16, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 64, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 80, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 128, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 144, a2_1);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 192, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 208, a3_1);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 256, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 272, a4_1);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 320, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 336, a5_1);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 384, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 400, a6_1);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 448, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 464, a7_1);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 512, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 528, a8_1);
            }


#else
            for (int q = 0; q < 144; q += 6)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a4_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a5_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                const float *xr = input + q * 64;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 64; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 8, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 64, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 72, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 128, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 136, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 192, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 200, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 256, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 264, a4_1);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 320, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 328, a5_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_vww_mobilenet_v1_layer30;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        for (int fb = 0; fb < 2; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 2048;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [0, 144) */
                for (int q = 0; q < 144; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + q * 64;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 64; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 64 + fb * 32 + f0] = cg_relu(a0_0);
                    y_row[q * 64 + fb * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 64 + fb * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 64 + fb * 32 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 64 + fb * 32 + f0 + 64] = cg_relu(a1_0);
                    y_row[q * 64 + fb * 32 + f0 + 65] = cg_relu(a1_1);
                    y_row[q * 64 + fb * 32 + f0 + 66] = cg_relu(a1_2);
                    y_row[q * 64 + fb * 32 + f0 + 67] = cg_relu(a1_3);
                    y_row[q * 64 + fb * 32 + f0 + 128] = cg_relu(a2_0);
                    y_row[q * 64 + fb * 32 + f0 + 129] = cg_relu(a2_1);
                    y_row[q * 64 + fb * 32 + f0 + 130] = cg_relu(a2_2);
                    y_row[q * 64 + fb * 32 + f0 + 131] = cg_relu(a2_3);
                    y_row[q * 64 + fb * 32 + f0 + 192] = cg_relu(a3_0);
                    y_row[q * 64 + fb * 32 + f0 + 193] = cg_relu(a3_1);
                    y_row[q * 64 + fb * 32 + f0 + 194] = cg_relu(a3_2);
                    y_row[q * 64 + fb * 32 + f0 + 195] = cg_relu(a3_3);
                    y_row[q * 64 + fb * 32 + f0 + 256] = cg_relu(a4_0);
                    y_row[q * 64 + fb * 32 + f0 + 257] = cg_relu(a4_1);
                    y_row[q * 64 + fb * 32 + f0 + 258] = cg_relu(a4_2);
                    y_row[q * 64 + fb * 32 + f0 + 259] = cg_relu(a4_3);
                    y_row[q * 64 + fb * 32 + f0 + 320] = cg_relu(a5_0);
                    y_row[q * 64 + fb * 32 + f0 + 321] = cg_relu(a5_1);
                    y_row[q * 64 + fb * 32 + f0 + 322] = cg_relu(a5_2);
                    y_row[q * 64 + fb * 32 + f0 + 323] = cg_relu(a5_3);
}
            }
        }
    }
#endif
    return 0;
}

/* depthwise_conv2d_5 (DepthwiseConv2D) 12x12x64 -> 6x6x64; batch_normalization_11 (BatchNormalization) folded into its weights; activation_11 (Activation) applied in its store
 * Depthwise, channels_last, multiplier 1: vectors of 16 or 8 channels, register tiles of up to
 * 8 pixels along w, edge tiles (1) at the borders reading only the columns that exist,
 * border pixels with bounds checks (0 range(s)); channels past the last multiple of 8 take a
 * loop one pixel at a time. Without vectors (or with CONVGEN_PORTABLE), portable C99: the same
 * tiles per channel in scalar registers.
 *   input  1x12x12x64: strides n=9216 h=768 w=64
 *   output 1x6x6x64: strides n=2304 h=384 w=64
 *   kernel [3][3][64], bias [64] at 576
 *   padding before (h, w) = (0, 0)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer33(float *out, const float *t, int nc)
{
    for (int c = 0; c < nc; ++c)
        out[c] = cg_relu(t[c]);
}

static int vww_mobilenet_v1_layer33(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 576;
    float *y = output;
    int c_done = 0;   /* channels the vector path covered */
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    c_done = 64;
    for (int oh = 0; oh < 6; ++oh) {
        float *y_row = y + oh * 384;
        for (int cb = 0; cb < 4; ++cb) {
            const cg_v16 b = CG_LOAD(cg_v16, bias + cb * 16);
            {   /* 6 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 12) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 16;
                    cg_v16 x0 = CG_LOAD(cg_v16, xp);
                    cg_v16 x1 = CG_LOAD(cg_v16, xp + 64);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 128);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 192);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 256);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 320);
                    cg_v16 x6 = CG_LOAD(cg_v16, xp + 384);
                    cg_v16 x7 = CG_LOAD(cg_v16, xp + 448);
                    cg_v16 x8 = CG_LOAD(cg_v16, xp + 512);
                    cg_v16 x9 = CG_LOAD(cg_v16, xp + 576);
                    cg_v16 x10 = CG_LOAD(cg_v16, xp + 640);
                    cg_v16 x11 = CG_LOAD(cg_v16, xp + 704);
                    CG_KEEP16(x0); CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5); CG_KEEP16(x6); CG_KEEP16(x7); CG_KEEP16(x8); CG_KEEP16(x9); CG_KEEP16(x10); CG_KEEP16(x11);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16);
                        a0 += x0 * w;
                        a1 += x2 * w;
                        a2 += x4 * w;
                        a3 += x6 * w;
                        a4 += x8 * w;
                        a5 += x10 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16 + 64);
                        a0 += x1 * w;
                        a1 += x3 * w;
                        a2 += x5 * w;
                        a3 += x7 * w;
                        a4 += x9 * w;
                        a5 += x11 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16 + 128);
                        a0 += x2 * w;
                        a1 += x4 * w;
                        a2 += x6 * w;
                        a3 += x8 * w;
                        a4 += x10 * w;
                    }
                }
                cg_v16_relu(&a0);
                CG_STORE(cg_v16, y_row + cb * 16, a0);
                cg_v16_relu(&a1);
                CG_STORE(cg_v16, y_row + cb * 16 + 64, a1);
                cg_v16_relu(&a2);
                CG_STORE(cg_v16, y_row + cb * 16 + 128, a2);
                cg_v16_relu(&a3);
                CG_STORE(cg_v16, y_row + cb * 16 + 192, a3);
                cg_v16_relu(&a4);
                CG_STORE(cg_v16, y_row + cb * 16 + 256, a4);
                cg_v16_relu(&a5);
                CG_STORE(cg_v16, y_row + cb * 16 + 320, a5);
            }

        }

    }

#else
    c_done = 64;
    for (int oh = 0; oh < 6; ++oh) {
        float *y_row = y + oh * 384;
        for (int cb = 0; cb < 8; ++cb) {
            const cg_v8 b = CG_LOAD(cg_v8, bias + cb * 8);
            {   /* 6 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 12) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 8;
                    cg_v8 x0 = CG_LOAD(cg_v8, xp);
                    cg_v8 x1 = CG_LOAD(cg_v8, xp + 64);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 128);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 192);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 256);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 320);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 384);
                    cg_v8 x7 = CG_LOAD(cg_v8, xp + 448);
                    cg_v8 x8 = CG_LOAD(cg_v8, xp + 512);
                    cg_v8 x9 = CG_LOAD(cg_v8, xp + 576);
                    cg_v8 x10 = CG_LOAD(cg_v8, xp + 640);
                    cg_v8 x11 = CG_LOAD(cg_v8, xp + 704);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8);
                        a0 += x0 * w;
                        a1 += x2 * w;
                        a2 += x4 * w;
                        a3 += x6 * w;
                        a4 += x8 * w;
                        a5 += x10 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8 + 64);
                        a0 += x1 * w;
                        a1 += x3 * w;
                        a2 += x5 * w;
                        a3 += x7 * w;
                        a4 += x9 * w;
                        a5 += x11 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8 + 128);
                        a0 += x2 * w;
                        a1 += x4 * w;
                        a2 += x6 * w;
                        a3 += x8 * w;
                        a4 += x10 * w;
                    }
                }
                cg_v8_relu(&a0);
                CG_STORE(cg_v8, y_row + cb * 8, a0);
                cg_v8_relu(&a1);
                CG_STORE(cg_v8, y_row + cb * 8 + 64, a1);
                cg_v8_relu(&a2);
                CG_STORE(cg_v8, y_row + cb * 8 + 128, a2);
                cg_v8_relu(&a3);
                CG_STORE(cg_v8, y_row + cb * 8 + 192, a3);
                cg_v8_relu(&a4);
                CG_STORE(cg_v8, y_row + cb * 8 + 256, a4);
                cg_v8_relu(&a5);
                CG_STORE(cg_v8, y_row + cb * 8 + 320, a5);
            }

        }

    }

#endif
    /* the channels the vector path did not cover, one pixel at a time */
    for (int oh = 0; oh < 6; ++oh)
    for (int ow = 0; ow < 6; ++ow)
    for (int c = c_done; c < 64; ++c) {
        float acc = bias[c];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh * 2 + kh;
            if (ih >= 12) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow * 2 + kw;
                if (iw >= 12) continue;
                acc += input[ih * 768 + iw * 64 + c]
                       * weights[kh * 192 + kw * 64 + c];
            }
        }
        store_vww_mobilenet_v1_layer33(y + oh * 384 + ow * 64 + c, &acc, 1);
    }
#else
    /* portable C99 for cores without SIMD: per channel, tiles of neighbouring pixels in
     * scalar registers, each input column loaded once for every tap and pixel reading it */
    (void)c_done;
    (void)store_vww_mobilenet_v1_layer33;
    for (int oh = 0; oh < 6; ++oh) {
        float *y_row = y + oh * 384;
        for (int c = 0; c < 64; ++c) {
            const float b = bias[c];
            {   /* 6 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                {   /* row kh = 0 */
                    const float *xp = input + oh * 1536 + c;
                    const float *wk = weights + c;
                    const float x0 = xp[0], x1 = xp[64], x2 = xp[128], x3 = xp[192], x4 = xp[256], x5 = xp[320], x6 = xp[384], x7 = xp[448], x8 = xp[512], x9 = xp[576], x10 = xp[640], x11 = xp[704];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x2 * w; a2 += x4 * w; a3 += x6 * w; a4 += x8 * w; a5 += x10 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x1 * w; a1 += x3 * w; a2 += x5 * w; a3 += x7 * w; a4 += x9 * w; a5 += x11 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x2 * w; a1 += x4 * w; a2 += x6 * w; a3 += x8 * w; a4 += x10 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 1536 + c + 768;
                    const float *wk = weights + c + 192;
                    const float x0 = xp[0], x1 = xp[64], x2 = xp[128], x3 = xp[192], x4 = xp[256], x5 = xp[320], x6 = xp[384], x7 = xp[448], x8 = xp[512], x9 = xp[576], x10 = xp[640], x11 = xp[704];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x2 * w; a2 += x4 * w; a3 += x6 * w; a4 += x8 * w; a5 += x10 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x1 * w; a1 += x3 * w; a2 += x5 * w; a3 += x7 * w; a4 += x9 * w; a5 += x11 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x2 * w; a1 += x4 * w; a2 += x6 * w; a3 += x8 * w; a4 += x10 * w;
                    }
                }
                if (oh * 2 + 2 < 12) {   /* row kh = 2 */
                    const float *xp = input + oh * 1536 + c + 1536;
                    const float *wk = weights + c + 384;
                    const float x0 = xp[0], x1 = xp[64], x2 = xp[128], x3 = xp[192], x4 = xp[256], x5 = xp[320], x6 = xp[384], x7 = xp[448], x8 = xp[512], x9 = xp[576], x10 = xp[640], x11 = xp[704];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x2 * w; a2 += x4 * w; a3 += x6 * w; a4 += x8 * w; a5 += x10 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x1 * w; a1 += x3 * w; a2 += x5 * w; a3 += x7 * w; a4 += x9 * w; a5 += x11 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x2 * w; a1 += x4 * w; a2 += x6 * w; a3 += x8 * w; a4 += x10 * w;
                    }
                }
                y_row[c] = cg_relu(a0);
                y_row[c + 64] = cg_relu(a1);
                y_row[c + 128] = cg_relu(a2);
                y_row[c + 192] = cg_relu(a3);
                y_row[c + 256] = cg_relu(a4);
                y_row[c + 320] = cg_relu(a5);
            }
        }
    }
#endif
    return 0;
}

/* conv2d_6 (Conv2D) 6x6x64 -> 6x6x128; batch_normalization_12 (BatchNormalization) folded into its weights; activation_12 (Activation) applied in its store
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x1x36x64: strides n=2304 c=1 d=2304 h=2304 w=64
 *   output 1x1x36x128: strides n=4608 c=1 d=4608 h=4608 w=128
 *   weights [4][1][1][1][64][32], bias [4][32] at 8192
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer36(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int vww_mobilenet_v1_layer36(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 8192;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_vww_mobilenet_v1_layer36;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int fb = 0; fb < 4; ++fb) {
        float *y_row = y;
        {
            const float *wf = weights + fb * 2048;
            /* columns q: interior for q in [0, 36) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 36; q += 9)
            {   /* 9 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias + fb * 32), a8_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                const float *xr = input + q * 64;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 64; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 384];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 448];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 512];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 16, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 128, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 144, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 256, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 272, a2_1);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 384, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 400, a3_1);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 512, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 528, a4_1);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 640, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 656, a5_1);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 768, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 784, a6_1);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 896, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 912, a7_1);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 1024, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 1040, a8_1);
            }


#else
            for (int q = 0; q < 36; q += 6)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a4_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a5_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                const float *xr = input + q * 64;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 64; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 8, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 128, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 136, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 256, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 264, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 384, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 392, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 512, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 520, a4_1);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 640, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 648, a5_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_vww_mobilenet_v1_layer36;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        for (int fb = 0; fb < 4; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 2048;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [0, 36) */
                for (int q = 0; q < 36; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + q * 64;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 64; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 128 + fb * 32 + f0] = cg_relu(a0_0);
                    y_row[q * 128 + fb * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 128 + fb * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 128 + fb * 32 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 128 + fb * 32 + f0 + 128] = cg_relu(a1_0);
                    y_row[q * 128 + fb * 32 + f0 + 129] = cg_relu(a1_1);
                    y_row[q * 128 + fb * 32 + f0 + 130] = cg_relu(a1_2);
                    y_row[q * 128 + fb * 32 + f0 + 131] = cg_relu(a1_3);
                    y_row[q * 128 + fb * 32 + f0 + 256] = cg_relu(a2_0);
                    y_row[q * 128 + fb * 32 + f0 + 257] = cg_relu(a2_1);
                    y_row[q * 128 + fb * 32 + f0 + 258] = cg_relu(a2_2);
                    y_row[q * 128 + fb * 32 + f0 + 259] = cg_relu(a2_3);
                    y_row[q * 128 + fb * 32 + f0 + 384] = cg_relu(a3_0);
                    y_row[q * 128 + fb * 32 + f0 + 385] = cg_relu(a3_1);
                    y_row[q * 128 + fb * 32 + f0 + 386] = cg_relu(a3_2);
                    y_row[q * 128 + fb * 32 + f0 + 387] = cg_relu(a3_3);
                    y_row[q * 128 + fb * 32 + f0 + 512] = cg_relu(a4_0);
                    y_row[q * 128 + fb * 32 + f0 + 513] = cg_relu(a4_1);
                    y_row[q * 128 + fb * 32 + f0 + 514] = cg_relu(a4_2);
                    y_row[q * 128 + fb * 32 + f0 + 515] = cg_relu(a4_3);
                    y_row[q * 128 + fb * 32 + f0 + 640] = cg_relu(a5_0);
                    y_row[q * 128 + fb * 32 + f0 + 641] = cg_relu(a5_1);
                    y_row[q * 128 + fb * 32 + f0 + 642] = cg_relu(a5_2);
                    y_row[q * 128 + fb * 32 + f0 + 643] = cg_relu(a5_3);
}
            }
        }
    }
#endif
    return 0;
}

/* depthwise_conv2d_6 (DepthwiseConv2D) 6x6x128 -> 6x6x128; batch_normalization_13 (BatchNormalization) folded into its weights; activation_13 (Activation) applied in its store
 * Depthwise, channels_last, multiplier 1: vectors of 16 or 8 channels, register tiles of up to
 * 8 pixels along w, edge tiles (1) at the borders reading only the columns that exist,
 * border pixels with bounds checks (0 range(s)); channels past the last multiple of 8 take a
 * loop one pixel at a time. Without vectors (or with CONVGEN_PORTABLE), portable C99: the same
 * tiles per channel in scalar registers.
 *   input  1x6x6x128: strides n=4608 h=768 w=128
 *   output 1x6x6x128: strides n=4608 h=768 w=128
 *   kernel [3][3][128], bias [128] at 1152
 *   padding before (h, w) = (1, 1)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer39(float *out, const float *t, int nc)
{
    for (int c = 0; c < nc; ++c)
        out[c] = cg_relu(t[c]);
}

static int vww_mobilenet_v1_layer39(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 1152;
    float *y = output;
    int c_done = 0;   /* channels the vector path covered */
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    c_done = 128;
    for (int oh = 0; oh < 6; ++oh) {
        float *y_row = y + oh * 768;
        for (int cb = 0; cb < 8; ++cb) {
            const cg_v16 b = CG_LOAD(cg_v16, bias + cb * 16);
            {   /* 6 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 6) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 16;
                    cg_v16 x1 = CG_LOAD(cg_v16, xp);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 128);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 256);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 384);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 512);
                    cg_v16 x6 = CG_LOAD(cg_v16, xp + 640);
                    CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5); CG_KEEP16(x6);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 384 + cb * 16);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 384 + cb * 16 + 128);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 384 + cb * 16 + 256);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                    }
                }
                cg_v16_relu(&a0);
                CG_STORE(cg_v16, y_row + cb * 16, a0);
                cg_v16_relu(&a1);
                CG_STORE(cg_v16, y_row + cb * 16 + 128, a1);
                cg_v16_relu(&a2);
                CG_STORE(cg_v16, y_row + cb * 16 + 256, a2);
                cg_v16_relu(&a3);
                CG_STORE(cg_v16, y_row + cb * 16 + 384, a3);
                cg_v16_relu(&a4);
                CG_STORE(cg_v16, y_row + cb * 16 + 512, a4);
                cg_v16_relu(&a5);
                CG_STORE(cg_v16, y_row + cb * 16 + 640, a5);
            }

        }

    }

#else
    c_done = 128;
    for (int oh = 0; oh < 6; ++oh) {
        float *y_row = y + oh * 768;
        for (int cb = 0; cb < 16; ++cb) {
            const cg_v8 b = CG_LOAD(cg_v8, bias + cb * 8);
            {   /* 6 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 6) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 8;
                    cg_v8 x1 = CG_LOAD(cg_v8, xp);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 128);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 256);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 384);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 512);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 640);
                    CG_KEEP8(x1); CG_KEEP8(x2); CG_KEEP8(x3); CG_KEEP8(x4); CG_KEEP8(x5); CG_KEEP8(x6);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 384 + cb * 8);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 384 + cb * 8 + 128);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 384 + cb * 8 + 256);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                    }
                }
                cg_v8_relu(&a0);
                CG_STORE(cg_v8, y_row + cb * 8, a0);
                cg_v8_relu(&a1);
                CG_STORE(cg_v8, y_row + cb * 8 + 128, a1);
                cg_v8_relu(&a2);
                CG_STORE(cg_v8, y_row + cb * 8 + 256, a2);
                cg_v8_relu(&a3);
                CG_STORE(cg_v8, y_row + cb * 8 + 384, a3);
                cg_v8_relu(&a4);
                CG_STORE(cg_v8, y_row + cb * 8 + 512, a4);
                cg_v8_relu(&a5);
                CG_STORE(cg_v8, y_row + cb * 8 + 640, a5);
            }

        }

    }

#endif
    /* the channels the vector path did not cover, one pixel at a time */
    for (int oh = 0; oh < 6; ++oh)
    for (int ow = 0; ow < 6; ++ow)
    for (int c = c_done; c < 128; ++c) {
        float acc = bias[c];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh + kh - 1;
            if (ih < 0 || ih >= 6) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow + kw - 1;
                if (iw < 0 || iw >= 6) continue;
                acc += input[ih * 768 + iw * 128 + c]
                       * weights[kh * 384 + kw * 128 + c];
            }
        }
        store_vww_mobilenet_v1_layer39(y + oh * 768 + ow * 128 + c, &acc, 1);
    }
#else
    /* portable C99 for cores without SIMD: per channel, tiles of neighbouring pixels in
     * scalar registers, each input column loaded once for every tap and pixel reading it */
    (void)c_done;
    (void)store_vww_mobilenet_v1_layer39;
    for (int oh = 0; oh < 6; ++oh) {
        float *y_row = y + oh * 768;
        for (int c = 0; c < 128; ++c) {
            const float b = bias[c];
            {   /* 6 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                if (oh - 1 >= 0) {   /* row kh = 0 */
                    const float *xp = input + oh * 768 + c - 768;
                    const float *wk = weights + c;
                    const float x1 = xp[0], x2 = xp[128], x3 = xp[256], x4 = xp[384], x5 = xp[512], x6 = xp[640];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w;
                    }
                    {
                        const float w = wk[256];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 768 + c;
                    const float *wk = weights + c + 384;
                    const float x1 = xp[0], x2 = xp[128], x3 = xp[256], x4 = xp[384], x5 = xp[512], x6 = xp[640];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w;
                    }
                    {
                        const float w = wk[256];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w;
                    }
                }
                if (oh + 1 < 6) {   /* row kh = 2 */
                    const float *xp = input + oh * 768 + c + 768;
                    const float *wk = weights + c + 768;
                    const float x1 = xp[0], x2 = xp[128], x3 = xp[256], x4 = xp[384], x5 = xp[512], x6 = xp[640];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w;
                    }
                    {
                        const float w = wk[256];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w;
                    }
                }
                y_row[c] = cg_relu(a0);
                y_row[c + 128] = cg_relu(a1);
                y_row[c + 256] = cg_relu(a2);
                y_row[c + 384] = cg_relu(a3);
                y_row[c + 512] = cg_relu(a4);
                y_row[c + 640] = cg_relu(a5);
            }
        }
    }
#endif
    return 0;
}

/* conv2d_7 (Conv2D) 6x6x128 -> 6x6x128; batch_normalization_14 (BatchNormalization) folded into its weights; activation_14 (Activation) applied in its store
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x1x36x128: strides n=4608 c=1 d=4608 h=4608 w=128
 *   output 1x1x36x128: strides n=4608 c=1 d=4608 h=4608 w=128
 *   weights [4][1][1][1][128][32], bias [4][32] at 16384
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer42(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int vww_mobilenet_v1_layer42(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 16384;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_vww_mobilenet_v1_layer42;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int fb = 0; fb < 4; ++fb) {
        float *y_row = y;
        {
            const float *wf = weights + fb * 4096;
            /* columns q: interior for q in [0, 36) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 36; q += 9)
            {   /* 9 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias + fb * 32), a8_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                const float *xr = input + q * 128;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 128; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 384];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 512];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 640];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 768];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 896];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1024];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 16, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 128, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 144, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 256, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 272, a2_1);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 384, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 400, a3_1);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 512, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 528, a4_1);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 640, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 656, a5_1);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 768, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 784, a6_1);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 896, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 912, a7_1);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 1024, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 1040, a8_1);
            }


#else
            for (int q = 0; q < 36; q += 6)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a4_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a5_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                const float *xr = input + q * 128;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 128; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 384];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 512];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 640];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 8, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 128, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 136, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 256, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 264, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 384, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 392, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 512, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 520, a4_1);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 640, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 648, a5_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_vww_mobilenet_v1_layer42;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        for (int fb = 0; fb < 4; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 4096;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [0, 36) */
                for (int q = 0; q < 36; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + q * 128;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 128; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 512];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 640];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 128 + fb * 32 + f0] = cg_relu(a0_0);
                    y_row[q * 128 + fb * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 128 + fb * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 128 + fb * 32 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 128 + fb * 32 + f0 + 128] = cg_relu(a1_0);
                    y_row[q * 128 + fb * 32 + f0 + 129] = cg_relu(a1_1);
                    y_row[q * 128 + fb * 32 + f0 + 130] = cg_relu(a1_2);
                    y_row[q * 128 + fb * 32 + f0 + 131] = cg_relu(a1_3);
                    y_row[q * 128 + fb * 32 + f0 + 256] = cg_relu(a2_0);
                    y_row[q * 128 + fb * 32 + f0 + 257] = cg_relu(a2_1);
                    y_row[q * 128 + fb * 32 + f0 + 258] = cg_relu(a2_2);
                    y_row[q * 128 + fb * 32 + f0 + 259] = cg_relu(a2_3);
                    y_row[q * 128 + fb * 32 + f0 + 384] = cg_relu(a3_0);
                    y_row[q * 128 + fb * 32 + f0 + 385] = cg_relu(a3_1);
                    y_row[q * 128 + fb * 32 + f0 + 386] = cg_relu(a3_2);
                    y_row[q * 128 + fb * 32 + f0 + 387] = cg_relu(a3_3);
                    y_row[q * 128 + fb * 32 + f0 + 512] = cg_relu(a4_0);
                    y_row[q * 128 + fb * 32 + f0 + 513] = cg_relu(a4_1);
                    y_row[q * 128 + fb * 32 + f0 + 514] = cg_relu(a4_2);
                    y_row[q * 128 + fb * 32 + f0 + 515] = cg_relu(a4_3);
                    y_row[q * 128 + fb * 32 + f0 + 640] = cg_relu(a5_0);
                    y_row[q * 128 + fb * 32 + f0 + 641] = cg_relu(a5_1);
                    y_row[q * 128 + fb * 32 + f0 + 642] = cg_relu(a5_2);
                    y_row[q * 128 + fb * 32 + f0 + 643] = cg_relu(a5_3);
}
            }
        }
    }
#endif
    return 0;
}

/* depthwise_conv2d_7 (DepthwiseConv2D) 6x6x128 -> 6x6x128; batch_normalization_15 (BatchNormalization) folded into its weights; activation_15 (Activation) applied in its store
 * Depthwise, channels_last, multiplier 1: vectors of 16 or 8 channels, register tiles of up to
 * 8 pixels along w, edge tiles (1) at the borders reading only the columns that exist,
 * border pixels with bounds checks (0 range(s)); channels past the last multiple of 8 take a
 * loop one pixel at a time. Without vectors (or with CONVGEN_PORTABLE), portable C99: the same
 * tiles per channel in scalar registers.
 *   input  1x6x6x128: strides n=4608 h=768 w=128
 *   output 1x6x6x128: strides n=4608 h=768 w=128
 *   kernel [3][3][128], bias [128] at 1152
 *   padding before (h, w) = (1, 1)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer45(float *out, const float *t, int nc)
{
    for (int c = 0; c < nc; ++c)
        out[c] = cg_relu(t[c]);
}

static int vww_mobilenet_v1_layer45(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 1152;
    float *y = output;
    int c_done = 0;   /* channels the vector path covered */
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    c_done = 128;
    for (int oh = 0; oh < 6; ++oh) {
        float *y_row = y + oh * 768;
        for (int cb = 0; cb < 8; ++cb) {
            const cg_v16 b = CG_LOAD(cg_v16, bias + cb * 16);
            {   /* 6 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 6) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 16;
                    cg_v16 x1 = CG_LOAD(cg_v16, xp);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 128);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 256);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 384);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 512);
                    cg_v16 x6 = CG_LOAD(cg_v16, xp + 640);
                    CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5); CG_KEEP16(x6);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 384 + cb * 16);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 384 + cb * 16 + 128);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 384 + cb * 16 + 256);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                    }
                }
                cg_v16_relu(&a0);
                CG_STORE(cg_v16, y_row + cb * 16, a0);
                cg_v16_relu(&a1);
                CG_STORE(cg_v16, y_row + cb * 16 + 128, a1);
                cg_v16_relu(&a2);
                CG_STORE(cg_v16, y_row + cb * 16 + 256, a2);
                cg_v16_relu(&a3);
                CG_STORE(cg_v16, y_row + cb * 16 + 384, a3);
                cg_v16_relu(&a4);
                CG_STORE(cg_v16, y_row + cb * 16 + 512, a4);
                cg_v16_relu(&a5);
                CG_STORE(cg_v16, y_row + cb * 16 + 640, a5);
            }

        }

    }

#else
    c_done = 128;
    for (int oh = 0; oh < 6; ++oh) {
        float *y_row = y + oh * 768;
        for (int cb = 0; cb < 16; ++cb) {
            const cg_v8 b = CG_LOAD(cg_v8, bias + cb * 8);
            {   /* 6 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 6) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 8;
                    cg_v8 x1 = CG_LOAD(cg_v8, xp);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 128);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 256);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 384);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 512);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 640);
                    CG_KEEP8(x1); CG_KEEP8(x2); CG_KEEP8(x3); CG_KEEP8(x4); CG_KEEP8(x5); CG_KEEP8(x6);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 384 + cb * 8);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 384 + cb * 8 + 128);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 384 + cb * 8 + 256);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                    }
                }
                cg_v8_relu(&a0);
                CG_STORE(cg_v8, y_row + cb * 8, a0);
                cg_v8_relu(&a1);
                CG_STORE(cg_v8, y_row + cb * 8 + 128, a1);
                cg_v8_relu(&a2);
                CG_STORE(cg_v8, y_row + cb * 8 + 256, a2);
                cg_v8_relu(&a3);
                CG_STORE(cg_v8, y_row + cb * 8 + 384, a3);
                cg_v8_relu(&a4);
                CG_STORE(cg_v8, y_row + cb * 8 + 512, a4);
                cg_v8_relu(&a5);
                CG_STORE(cg_v8, y_row + cb * 8 + 640, a5);
            }

        }

    }

#endif
    /* the channels the vector path did not cover, one pixel at a time */
    for (int oh = 0; oh < 6; ++oh)
    for (int ow = 0; ow < 6; ++ow)
    for (int c = c_done; c < 128; ++c) {
        float acc = bias[c];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh + kh - 1;
            if (ih < 0 || ih >= 6) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow + kw - 1;
                if (iw < 0 || iw >= 6) continue;
                acc += input[ih * 768 + iw * 128 + c]
                       * weights[kh * 384 + kw * 128 + c];
            }
        }
        store_vww_mobilenet_v1_layer45(y + oh * 768 + ow * 128 + c, &acc, 1);
    }
#else
    /* portable C99 for cores without SIMD: per channel, tiles of neighbouring pixels in
     * scalar registers, each input column loaded once for every tap and pixel reading it */
    (void)c_done;
    (void)store_vww_mobilenet_v1_layer45;
    for (int oh = 0; oh < 6; ++oh) {
        float *y_row = y + oh * 768;
        for (int c = 0; c < 128; ++c) {
            const float b = bias[c];
            {   /* 6 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                if (oh - 1 >= 0) {   /* row kh = 0 */
                    const float *xp = input + oh * 768 + c - 768;
                    const float *wk = weights + c;
                    const float x1 = xp[0], x2 = xp[128], x3 = xp[256], x4 = xp[384], x5 = xp[512], x6 = xp[640];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w;
                    }
                    {
                        const float w = wk[256];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 768 + c;
                    const float *wk = weights + c + 384;
                    const float x1 = xp[0], x2 = xp[128], x3 = xp[256], x4 = xp[384], x5 = xp[512], x6 = xp[640];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w;
                    }
                    {
                        const float w = wk[256];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w;
                    }
                }
                if (oh + 1 < 6) {   /* row kh = 2 */
                    const float *xp = input + oh * 768 + c + 768;
                    const float *wk = weights + c + 768;
                    const float x1 = xp[0], x2 = xp[128], x3 = xp[256], x4 = xp[384], x5 = xp[512], x6 = xp[640];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w;
                    }
                    {
                        const float w = wk[256];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w;
                    }
                }
                y_row[c] = cg_relu(a0);
                y_row[c + 128] = cg_relu(a1);
                y_row[c + 256] = cg_relu(a2);
                y_row[c + 384] = cg_relu(a3);
                y_row[c + 512] = cg_relu(a4);
                y_row[c + 640] = cg_relu(a5);
            }
        }
    }
#endif
    return 0;
}

/* conv2d_8 (Conv2D) 6x6x128 -> 6x6x128; batch_normalization_16 (BatchNormalization) folded into its weights; activation_16 (Activation) applied in its store
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x1x36x128: strides n=4608 c=1 d=4608 h=4608 w=128
 *   output 1x1x36x128: strides n=4608 c=1 d=4608 h=4608 w=128
 *   weights [4][1][1][1][128][32], bias [4][32] at 16384
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer48(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int vww_mobilenet_v1_layer48(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 16384;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_vww_mobilenet_v1_layer48;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int fb = 0; fb < 4; ++fb) {
        float *y_row = y;
        {
            const float *wf = weights + fb * 4096;
            /* columns q: interior for q in [0, 36) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 36; q += 9)
            {   /* 9 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias + fb * 32), a8_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                const float *xr = input + q * 128;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 128; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 384];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 512];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 640];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 768];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 896];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1024];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 16, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 128, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 144, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 256, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 272, a2_1);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 384, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 400, a3_1);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 512, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 528, a4_1);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 640, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 656, a5_1);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 768, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 784, a6_1);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 896, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 912, a7_1);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 1024, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 1040, a8_1);
            }


#else
            for (int q = 0; q < 36; q += 6)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a4_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a5_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                const float *xr = input + q * 128;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 128; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 384];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 512];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 640];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 8, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 128, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 136, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 256, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 264, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 384, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 392, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 512, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 520, a4_1);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 640, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 648, a5_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_vww_mobilenet_v1_layer48;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        for (int fb = 0; fb < 4; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 4096;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [0, 36) */
                for (int q = 0; q < 36; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + q * 128;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 128; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 512];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 640];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 128 + fb * 32 + f0] = cg_relu(a0_0);
                    y_row[q * 128 + fb * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 128 + fb * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 128 + fb * 32 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 128 + fb * 32 + f0 + 128] = cg_relu(a1_0);
                    y_row[q * 128 + fb * 32 + f0 + 129] = cg_relu(a1_1);
                    y_row[q * 128 + fb * 32 + f0 + 130] = cg_relu(a1_2);
                    y_row[q * 128 + fb * 32 + f0 + 131] = cg_relu(a1_3);
                    y_row[q * 128 + fb * 32 + f0 + 256] = cg_relu(a2_0);
                    y_row[q * 128 + fb * 32 + f0 + 257] = cg_relu(a2_1);
                    y_row[q * 128 + fb * 32 + f0 + 258] = cg_relu(a2_2);
                    y_row[q * 128 + fb * 32 + f0 + 259] = cg_relu(a2_3);
                    y_row[q * 128 + fb * 32 + f0 + 384] = cg_relu(a3_0);
                    y_row[q * 128 + fb * 32 + f0 + 385] = cg_relu(a3_1);
                    y_row[q * 128 + fb * 32 + f0 + 386] = cg_relu(a3_2);
                    y_row[q * 128 + fb * 32 + f0 + 387] = cg_relu(a3_3);
                    y_row[q * 128 + fb * 32 + f0 + 512] = cg_relu(a4_0);
                    y_row[q * 128 + fb * 32 + f0 + 513] = cg_relu(a4_1);
                    y_row[q * 128 + fb * 32 + f0 + 514] = cg_relu(a4_2);
                    y_row[q * 128 + fb * 32 + f0 + 515] = cg_relu(a4_3);
                    y_row[q * 128 + fb * 32 + f0 + 640] = cg_relu(a5_0);
                    y_row[q * 128 + fb * 32 + f0 + 641] = cg_relu(a5_1);
                    y_row[q * 128 + fb * 32 + f0 + 642] = cg_relu(a5_2);
                    y_row[q * 128 + fb * 32 + f0 + 643] = cg_relu(a5_3);
}
            }
        }
    }
#endif
    return 0;
}

/* depthwise_conv2d_8 (DepthwiseConv2D) 6x6x128 -> 6x6x128; batch_normalization_17 (BatchNormalization) folded into its weights; activation_17 (Activation) applied in its store
 * Depthwise, channels_last, multiplier 1: vectors of 16 or 8 channels, register tiles of up to
 * 8 pixels along w, edge tiles (1) at the borders reading only the columns that exist,
 * border pixels with bounds checks (0 range(s)); channels past the last multiple of 8 take a
 * loop one pixel at a time. Without vectors (or with CONVGEN_PORTABLE), portable C99: the same
 * tiles per channel in scalar registers.
 *   input  1x6x6x128: strides n=4608 h=768 w=128
 *   output 1x6x6x128: strides n=4608 h=768 w=128
 *   kernel [3][3][128], bias [128] at 1152
 *   padding before (h, w) = (1, 1)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer51(float *out, const float *t, int nc)
{
    for (int c = 0; c < nc; ++c)
        out[c] = cg_relu(t[c]);
}

static int vww_mobilenet_v1_layer51(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 1152;
    float *y = output;
    int c_done = 0;   /* channels the vector path covered */
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    c_done = 128;
    for (int oh = 0; oh < 6; ++oh) {
        float *y_row = y + oh * 768;
        for (int cb = 0; cb < 8; ++cb) {
            const cg_v16 b = CG_LOAD(cg_v16, bias + cb * 16);
            {   /* 6 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 6) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 16;
                    cg_v16 x1 = CG_LOAD(cg_v16, xp);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 128);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 256);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 384);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 512);
                    cg_v16 x6 = CG_LOAD(cg_v16, xp + 640);
                    CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5); CG_KEEP16(x6);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 384 + cb * 16);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 384 + cb * 16 + 128);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 384 + cb * 16 + 256);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                    }
                }
                cg_v16_relu(&a0);
                CG_STORE(cg_v16, y_row + cb * 16, a0);
                cg_v16_relu(&a1);
                CG_STORE(cg_v16, y_row + cb * 16 + 128, a1);
                cg_v16_relu(&a2);
                CG_STORE(cg_v16, y_row + cb * 16 + 256, a2);
                cg_v16_relu(&a3);
                CG_STORE(cg_v16, y_row + cb * 16 + 384, a3);
                cg_v16_relu(&a4);
                CG_STORE(cg_v16, y_row + cb * 16 + 512, a4);
                cg_v16_relu(&a5);
                CG_STORE(cg_v16, y_row + cb * 16 + 640, a5);
            }

        }

    }

#else
    c_done = 128;
    for (int oh = 0; oh < 6; ++oh) {
        float *y_row = y + oh * 768;
        for (int cb = 0; cb < 16; ++cb) {
            const cg_v8 b = CG_LOAD(cg_v8, bias + cb * 8);
            {   /* 6 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 6) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 8;
                    cg_v8 x1 = CG_LOAD(cg_v8, xp);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 128);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 256);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 384);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 512);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 640);
                    CG_KEEP8(x1); CG_KEEP8(x2); CG_KEEP8(x3); CG_KEEP8(x4); CG_KEEP8(x5); CG_KEEP8(x6);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 384 + cb * 8);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 384 + cb * 8 + 128);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 384 + cb * 8 + 256);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                    }
                }
                cg_v8_relu(&a0);
                CG_STORE(cg_v8, y_row + cb * 8, a0);
                cg_v8_relu(&a1);
                CG_STORE(cg_v8, y_row + cb * 8 + 128, a1);
                cg_v8_relu(&a2);
                CG_STORE(cg_v8, y_row + cb * 8 + 256, a2);
                cg_v8_relu(&a3);
                CG_STORE(cg_v8, y_row + cb * 8 + 384, a3);
                cg_v8_relu(&a4);
                CG_STORE(cg_v8, y_row + cb * 8 + 512, a4);
                cg_v8_relu(&a5);
                CG_STORE(cg_v8, y_row + cb * 8 + 640, a5);
            }

        }

    }

#endif
    /* the channels the vector path did not cover, one pixel at a time */
    for (int oh = 0; oh < 6; ++oh)
    for (int ow = 0; ow < 6; ++ow)
    for (int c = c_done; c < 128; ++c) {
        float acc = bias[c];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh + kh - 1;
            if (ih < 0 || ih >= 6) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow + kw - 1;
                if (iw < 0 || iw >= 6) continue;
                acc += input[ih * 768 + iw * 128 + c]
                       * weights[kh * 384 + kw * 128 + c];
            }
        }
        store_vww_mobilenet_v1_layer51(y + oh * 768 + ow * 128 + c, &acc, 1);
    }
#else
    /* portable C99 for cores without SIMD: per channel, tiles of neighbouring pixels in
     * scalar registers, each input column loaded once for every tap and pixel reading it */
    (void)c_done;
    (void)store_vww_mobilenet_v1_layer51;
    for (int oh = 0; oh < 6; ++oh) {
        float *y_row = y + oh * 768;
        for (int c = 0; c < 128; ++c) {
            const float b = bias[c];
            {   /* 6 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                if (oh - 1 >= 0) {   /* row kh = 0 */
                    const float *xp = input + oh * 768 + c - 768;
                    const float *wk = weights + c;
                    const float x1 = xp[0], x2 = xp[128], x3 = xp[256], x4 = xp[384], x5 = xp[512], x6 = xp[640];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w;
                    }
                    {
                        const float w = wk[256];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 768 + c;
                    const float *wk = weights + c + 384;
                    const float x1 = xp[0], x2 = xp[128], x3 = xp[256], x4 = xp[384], x5 = xp[512], x6 = xp[640];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w;
                    }
                    {
                        const float w = wk[256];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w;
                    }
                }
                if (oh + 1 < 6) {   /* row kh = 2 */
                    const float *xp = input + oh * 768 + c + 768;
                    const float *wk = weights + c + 768;
                    const float x1 = xp[0], x2 = xp[128], x3 = xp[256], x4 = xp[384], x5 = xp[512], x6 = xp[640];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w;
                    }
                    {
                        const float w = wk[256];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w;
                    }
                }
                y_row[c] = cg_relu(a0);
                y_row[c + 128] = cg_relu(a1);
                y_row[c + 256] = cg_relu(a2);
                y_row[c + 384] = cg_relu(a3);
                y_row[c + 512] = cg_relu(a4);
                y_row[c + 640] = cg_relu(a5);
            }
        }
    }
#endif
    return 0;
}

/* conv2d_9 (Conv2D) 6x6x128 -> 6x6x128; batch_normalization_18 (BatchNormalization) folded into its weights; activation_18 (Activation) applied in its store
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x1x36x128: strides n=4608 c=1 d=4608 h=4608 w=128
 *   output 1x1x36x128: strides n=4608 c=1 d=4608 h=4608 w=128
 *   weights [4][1][1][1][128][32], bias [4][32] at 16384
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer54(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int vww_mobilenet_v1_layer54(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 16384;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_vww_mobilenet_v1_layer54;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int fb = 0; fb < 4; ++fb) {
        float *y_row = y;
        {
            const float *wf = weights + fb * 4096;
            /* columns q: interior for q in [0, 36) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 36; q += 9)
            {   /* 9 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias + fb * 32), a8_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                const float *xr = input + q * 128;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 128; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 384];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 512];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 640];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 768];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 896];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1024];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 16, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 128, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 144, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 256, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 272, a2_1);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 384, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 400, a3_1);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 512, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 528, a4_1);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 640, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 656, a5_1);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 768, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 784, a6_1);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 896, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 912, a7_1);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 1024, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 1040, a8_1);
            }


#else
            for (int q = 0; q < 36; q += 6)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a4_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a5_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                const float *xr = input + q * 128;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 128; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 384];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 512];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 640];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 8, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 128, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 136, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 256, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 264, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 384, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 392, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 512, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 520, a4_1);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 640, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 648, a5_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_vww_mobilenet_v1_layer54;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        for (int fb = 0; fb < 4; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 4096;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [0, 36) */
                for (int q = 0; q < 36; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + q * 128;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 128; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 512];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 640];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 128 + fb * 32 + f0] = cg_relu(a0_0);
                    y_row[q * 128 + fb * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 128 + fb * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 128 + fb * 32 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 128 + fb * 32 + f0 + 128] = cg_relu(a1_0);
                    y_row[q * 128 + fb * 32 + f0 + 129] = cg_relu(a1_1);
                    y_row[q * 128 + fb * 32 + f0 + 130] = cg_relu(a1_2);
                    y_row[q * 128 + fb * 32 + f0 + 131] = cg_relu(a1_3);
                    y_row[q * 128 + fb * 32 + f0 + 256] = cg_relu(a2_0);
                    y_row[q * 128 + fb * 32 + f0 + 257] = cg_relu(a2_1);
                    y_row[q * 128 + fb * 32 + f0 + 258] = cg_relu(a2_2);
                    y_row[q * 128 + fb * 32 + f0 + 259] = cg_relu(a2_3);
                    y_row[q * 128 + fb * 32 + f0 + 384] = cg_relu(a3_0);
                    y_row[q * 128 + fb * 32 + f0 + 385] = cg_relu(a3_1);
                    y_row[q * 128 + fb * 32 + f0 + 386] = cg_relu(a3_2);
                    y_row[q * 128 + fb * 32 + f0 + 387] = cg_relu(a3_3);
                    y_row[q * 128 + fb * 32 + f0 + 512] = cg_relu(a4_0);
                    y_row[q * 128 + fb * 32 + f0 + 513] = cg_relu(a4_1);
                    y_row[q * 128 + fb * 32 + f0 + 514] = cg_relu(a4_2);
                    y_row[q * 128 + fb * 32 + f0 + 515] = cg_relu(a4_3);
                    y_row[q * 128 + fb * 32 + f0 + 640] = cg_relu(a5_0);
                    y_row[q * 128 + fb * 32 + f0 + 641] = cg_relu(a5_1);
                    y_row[q * 128 + fb * 32 + f0 + 642] = cg_relu(a5_2);
                    y_row[q * 128 + fb * 32 + f0 + 643] = cg_relu(a5_3);
}
            }
        }
    }
#endif
    return 0;
}

/* depthwise_conv2d_9 (DepthwiseConv2D) 6x6x128 -> 6x6x128; batch_normalization_19 (BatchNormalization) folded into its weights; activation_19 (Activation) applied in its store
 * Depthwise, channels_last, multiplier 1: vectors of 16 or 8 channels, register tiles of up to
 * 8 pixels along w, edge tiles (1) at the borders reading only the columns that exist,
 * border pixels with bounds checks (0 range(s)); channels past the last multiple of 8 take a
 * loop one pixel at a time. Without vectors (or with CONVGEN_PORTABLE), portable C99: the same
 * tiles per channel in scalar registers.
 *   input  1x6x6x128: strides n=4608 h=768 w=128
 *   output 1x6x6x128: strides n=4608 h=768 w=128
 *   kernel [3][3][128], bias [128] at 1152
 *   padding before (h, w) = (1, 1)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer57(float *out, const float *t, int nc)
{
    for (int c = 0; c < nc; ++c)
        out[c] = cg_relu(t[c]);
}

static int vww_mobilenet_v1_layer57(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 1152;
    float *y = output;
    int c_done = 0;   /* channels the vector path covered */
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    c_done = 128;
    for (int oh = 0; oh < 6; ++oh) {
        float *y_row = y + oh * 768;
        for (int cb = 0; cb < 8; ++cb) {
            const cg_v16 b = CG_LOAD(cg_v16, bias + cb * 16);
            {   /* 6 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 6) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 16;
                    cg_v16 x1 = CG_LOAD(cg_v16, xp);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 128);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 256);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 384);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 512);
                    cg_v16 x6 = CG_LOAD(cg_v16, xp + 640);
                    CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5); CG_KEEP16(x6);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 384 + cb * 16);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 384 + cb * 16 + 128);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 384 + cb * 16 + 256);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                    }
                }
                cg_v16_relu(&a0);
                CG_STORE(cg_v16, y_row + cb * 16, a0);
                cg_v16_relu(&a1);
                CG_STORE(cg_v16, y_row + cb * 16 + 128, a1);
                cg_v16_relu(&a2);
                CG_STORE(cg_v16, y_row + cb * 16 + 256, a2);
                cg_v16_relu(&a3);
                CG_STORE(cg_v16, y_row + cb * 16 + 384, a3);
                cg_v16_relu(&a4);
                CG_STORE(cg_v16, y_row + cb * 16 + 512, a4);
                cg_v16_relu(&a5);
                CG_STORE(cg_v16, y_row + cb * 16 + 640, a5);
            }

        }

    }

#else
    c_done = 128;
    for (int oh = 0; oh < 6; ++oh) {
        float *y_row = y + oh * 768;
        for (int cb = 0; cb < 16; ++cb) {
            const cg_v8 b = CG_LOAD(cg_v8, bias + cb * 8);
            {   /* 6 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 6) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 8;
                    cg_v8 x1 = CG_LOAD(cg_v8, xp);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 128);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 256);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 384);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 512);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 640);
                    CG_KEEP8(x1); CG_KEEP8(x2); CG_KEEP8(x3); CG_KEEP8(x4); CG_KEEP8(x5); CG_KEEP8(x6);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 384 + cb * 8);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 384 + cb * 8 + 128);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 384 + cb * 8 + 256);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                    }
                }
                cg_v8_relu(&a0);
                CG_STORE(cg_v8, y_row + cb * 8, a0);
                cg_v8_relu(&a1);
                CG_STORE(cg_v8, y_row + cb * 8 + 128, a1);
                cg_v8_relu(&a2);
                CG_STORE(cg_v8, y_row + cb * 8 + 256, a2);
                cg_v8_relu(&a3);
                CG_STORE(cg_v8, y_row + cb * 8 + 384, a3);
                cg_v8_relu(&a4);
                CG_STORE(cg_v8, y_row + cb * 8 + 512, a4);
                cg_v8_relu(&a5);
                CG_STORE(cg_v8, y_row + cb * 8 + 640, a5);
            }

        }

    }

#endif
    /* the channels the vector path did not cover, one pixel at a time */
    for (int oh = 0; oh < 6; ++oh)
    for (int ow = 0; ow < 6; ++ow)
    for (int c = c_done; c < 128; ++c) {
        float acc = bias[c];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh + kh - 1;
            if (ih < 0 || ih >= 6) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow + kw - 1;
                if (iw < 0 || iw >= 6) continue;
                acc += input[ih * 768 + iw * 128 + c]
                       * weights[kh * 384 + kw * 128 + c];
            }
        }
        store_vww_mobilenet_v1_layer57(y + oh * 768 + ow * 128 + c, &acc, 1);
    }
#else
    /* portable C99 for cores without SIMD: per channel, tiles of neighbouring pixels in
     * scalar registers, each input column loaded once for every tap and pixel reading it */
    (void)c_done;
    (void)store_vww_mobilenet_v1_layer57;
    for (int oh = 0; oh < 6; ++oh) {
        float *y_row = y + oh * 768;
        for (int c = 0; c < 128; ++c) {
            const float b = bias[c];
            {   /* 6 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                if (oh - 1 >= 0) {   /* row kh = 0 */
                    const float *xp = input + oh * 768 + c - 768;
                    const float *wk = weights + c;
                    const float x1 = xp[0], x2 = xp[128], x3 = xp[256], x4 = xp[384], x5 = xp[512], x6 = xp[640];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w;
                    }
                    {
                        const float w = wk[256];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 768 + c;
                    const float *wk = weights + c + 384;
                    const float x1 = xp[0], x2 = xp[128], x3 = xp[256], x4 = xp[384], x5 = xp[512], x6 = xp[640];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w;
                    }
                    {
                        const float w = wk[256];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w;
                    }
                }
                if (oh + 1 < 6) {   /* row kh = 2 */
                    const float *xp = input + oh * 768 + c + 768;
                    const float *wk = weights + c + 768;
                    const float x1 = xp[0], x2 = xp[128], x3 = xp[256], x4 = xp[384], x5 = xp[512], x6 = xp[640];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w;
                    }
                    {
                        const float w = wk[256];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w;
                    }
                }
                y_row[c] = cg_relu(a0);
                y_row[c + 128] = cg_relu(a1);
                y_row[c + 256] = cg_relu(a2);
                y_row[c + 384] = cg_relu(a3);
                y_row[c + 512] = cg_relu(a4);
                y_row[c + 640] = cg_relu(a5);
            }
        }
    }
#endif
    return 0;
}

/* conv2d_10 (Conv2D) 6x6x128 -> 6x6x128; batch_normalization_20 (BatchNormalization) folded into its weights; activation_20 (Activation) applied in its store
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x1x36x128: strides n=4608 c=1 d=4608 h=4608 w=128
 *   output 1x1x36x128: strides n=4608 c=1 d=4608 h=4608 w=128
 *   weights [4][1][1][1][128][32], bias [4][32] at 16384
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer60(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int vww_mobilenet_v1_layer60(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 16384;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_vww_mobilenet_v1_layer60;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int fb = 0; fb < 4; ++fb) {
        float *y_row = y;
        {
            const float *wf = weights + fb * 4096;
            /* columns q: interior for q in [0, 36) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 36; q += 9)
            {   /* 9 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias + fb * 32), a8_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                const float *xr = input + q * 128;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 128; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 384];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 512];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 640];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 768];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 896];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1024];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 16, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 128, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 144, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 256, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 272, a2_1);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 384, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 400, a3_1);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 512, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 528, a4_1);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 640, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 656, a5_1);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 768, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 784, a6_1);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 896, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 912, a7_1);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 1024, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 1040, a8_1);
            }


#else
            for (int q = 0; q < 36; q += 6)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a4_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a5_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                const float *xr = input + q * 128;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 128; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 384];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 512];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 640];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 8, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 128, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 136, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 256, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 264, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 384, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 392, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 512, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 520, a4_1);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 640, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 648, a5_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_vww_mobilenet_v1_layer60;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        for (int fb = 0; fb < 4; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 4096;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [0, 36) */
                for (int q = 0; q < 36; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + q * 128;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 128; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 512];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 640];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 128 + fb * 32 + f0] = cg_relu(a0_0);
                    y_row[q * 128 + fb * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 128 + fb * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 128 + fb * 32 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 128 + fb * 32 + f0 + 128] = cg_relu(a1_0);
                    y_row[q * 128 + fb * 32 + f0 + 129] = cg_relu(a1_1);
                    y_row[q * 128 + fb * 32 + f0 + 130] = cg_relu(a1_2);
                    y_row[q * 128 + fb * 32 + f0 + 131] = cg_relu(a1_3);
                    y_row[q * 128 + fb * 32 + f0 + 256] = cg_relu(a2_0);
                    y_row[q * 128 + fb * 32 + f0 + 257] = cg_relu(a2_1);
                    y_row[q * 128 + fb * 32 + f0 + 258] = cg_relu(a2_2);
                    y_row[q * 128 + fb * 32 + f0 + 259] = cg_relu(a2_3);
                    y_row[q * 128 + fb * 32 + f0 + 384] = cg_relu(a3_0);
                    y_row[q * 128 + fb * 32 + f0 + 385] = cg_relu(a3_1);
                    y_row[q * 128 + fb * 32 + f0 + 386] = cg_relu(a3_2);
                    y_row[q * 128 + fb * 32 + f0 + 387] = cg_relu(a3_3);
                    y_row[q * 128 + fb * 32 + f0 + 512] = cg_relu(a4_0);
                    y_row[q * 128 + fb * 32 + f0 + 513] = cg_relu(a4_1);
                    y_row[q * 128 + fb * 32 + f0 + 514] = cg_relu(a4_2);
                    y_row[q * 128 + fb * 32 + f0 + 515] = cg_relu(a4_3);
                    y_row[q * 128 + fb * 32 + f0 + 640] = cg_relu(a5_0);
                    y_row[q * 128 + fb * 32 + f0 + 641] = cg_relu(a5_1);
                    y_row[q * 128 + fb * 32 + f0 + 642] = cg_relu(a5_2);
                    y_row[q * 128 + fb * 32 + f0 + 643] = cg_relu(a5_3);
}
            }
        }
    }
#endif
    return 0;
}

/* depthwise_conv2d_10 (DepthwiseConv2D) 6x6x128 -> 6x6x128; batch_normalization_21 (BatchNormalization) folded into its weights; activation_21 (Activation) applied in its store
 * Depthwise, channels_last, multiplier 1: vectors of 16 or 8 channels, register tiles of up to
 * 8 pixels along w, edge tiles (1) at the borders reading only the columns that exist,
 * border pixels with bounds checks (0 range(s)); channels past the last multiple of 8 take a
 * loop one pixel at a time. Without vectors (or with CONVGEN_PORTABLE), portable C99: the same
 * tiles per channel in scalar registers.
 *   input  1x6x6x128: strides n=4608 h=768 w=128
 *   output 1x6x6x128: strides n=4608 h=768 w=128
 *   kernel [3][3][128], bias [128] at 1152
 *   padding before (h, w) = (1, 1)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer63(float *out, const float *t, int nc)
{
    for (int c = 0; c < nc; ++c)
        out[c] = cg_relu(t[c]);
}

static int vww_mobilenet_v1_layer63(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 1152;
    float *y = output;
    int c_done = 0;   /* channels the vector path covered */
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    c_done = 128;
    for (int oh = 0; oh < 6; ++oh) {
        float *y_row = y + oh * 768;
        for (int cb = 0; cb < 8; ++cb) {
            const cg_v16 b = CG_LOAD(cg_v16, bias + cb * 16);
            {   /* 6 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 6) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 16;
                    cg_v16 x1 = CG_LOAD(cg_v16, xp);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 128);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 256);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 384);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 512);
                    cg_v16 x6 = CG_LOAD(cg_v16, xp + 640);
                    CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5); CG_KEEP16(x6);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 384 + cb * 16);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 384 + cb * 16 + 128);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 384 + cb * 16 + 256);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                    }
                }
                cg_v16_relu(&a0);
                CG_STORE(cg_v16, y_row + cb * 16, a0);
                cg_v16_relu(&a1);
                CG_STORE(cg_v16, y_row + cb * 16 + 128, a1);
                cg_v16_relu(&a2);
                CG_STORE(cg_v16, y_row + cb * 16 + 256, a2);
                cg_v16_relu(&a3);
                CG_STORE(cg_v16, y_row + cb * 16 + 384, a3);
                cg_v16_relu(&a4);
                CG_STORE(cg_v16, y_row + cb * 16 + 512, a4);
                cg_v16_relu(&a5);
                CG_STORE(cg_v16, y_row + cb * 16 + 640, a5);
            }

        }

    }

#else
    c_done = 128;
    for (int oh = 0; oh < 6; ++oh) {
        float *y_row = y + oh * 768;
        for (int cb = 0; cb < 16; ++cb) {
            const cg_v8 b = CG_LOAD(cg_v8, bias + cb * 8);
            {   /* 6 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 6) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 8;
                    cg_v8 x1 = CG_LOAD(cg_v8, xp);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 128);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 256);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 384);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 512);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 640);
                    CG_KEEP8(x1); CG_KEEP8(x2); CG_KEEP8(x3); CG_KEEP8(x4); CG_KEEP8(x5); CG_KEEP8(x6);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 384 + cb * 8);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 384 + cb * 8 + 128);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 384 + cb * 8 + 256);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                    }
                }
                cg_v8_relu(&a0);
                CG_STORE(cg_v8, y_row + cb * 8, a0);
                cg_v8_relu(&a1);
                CG_STORE(cg_v8, y_row + cb * 8 + 128, a1);
                cg_v8_relu(&a2);
                CG_STORE(cg_v8, y_row + cb * 8 + 256, a2);
                cg_v8_relu(&a3);
                CG_STORE(cg_v8, y_row + cb * 8 + 384, a3);
                cg_v8_relu(&a4);
                CG_STORE(cg_v8, y_row + cb * 8 + 512, a4);
                cg_v8_relu(&a5);
                CG_STORE(cg_v8, y_row + cb * 8 + 640, a5);
            }

        }

    }

#endif
    /* the channels the vector path did not cover, one pixel at a time */
    for (int oh = 0; oh < 6; ++oh)
    for (int ow = 0; ow < 6; ++ow)
    for (int c = c_done; c < 128; ++c) {
        float acc = bias[c];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh + kh - 1;
            if (ih < 0 || ih >= 6) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow + kw - 1;
                if (iw < 0 || iw >= 6) continue;
                acc += input[ih * 768 + iw * 128 + c]
                       * weights[kh * 384 + kw * 128 + c];
            }
        }
        store_vww_mobilenet_v1_layer63(y + oh * 768 + ow * 128 + c, &acc, 1);
    }
#else
    /* portable C99 for cores without SIMD: per channel, tiles of neighbouring pixels in
     * scalar registers, each input column loaded once for every tap and pixel reading it */
    (void)c_done;
    (void)store_vww_mobilenet_v1_layer63;
    for (int oh = 0; oh < 6; ++oh) {
        float *y_row = y + oh * 768;
        for (int c = 0; c < 128; ++c) {
            const float b = bias[c];
            {   /* 6 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b;
                if (oh - 1 >= 0) {   /* row kh = 0 */
                    const float *xp = input + oh * 768 + c - 768;
                    const float *wk = weights + c;
                    const float x1 = xp[0], x2 = xp[128], x3 = xp[256], x4 = xp[384], x5 = xp[512], x6 = xp[640];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w;
                    }
                    {
                        const float w = wk[256];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 768 + c;
                    const float *wk = weights + c + 384;
                    const float x1 = xp[0], x2 = xp[128], x3 = xp[256], x4 = xp[384], x5 = xp[512], x6 = xp[640];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w;
                    }
                    {
                        const float w = wk[256];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w;
                    }
                }
                if (oh + 1 < 6) {   /* row kh = 2 */
                    const float *xp = input + oh * 768 + c + 768;
                    const float *wk = weights + c + 768;
                    const float x1 = xp[0], x2 = xp[128], x3 = xp[256], x4 = xp[384], x5 = xp[512], x6 = xp[640];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w;
                    }
                    {
                        const float w = wk[256];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w;
                    }
                }
                y_row[c] = cg_relu(a0);
                y_row[c + 128] = cg_relu(a1);
                y_row[c + 256] = cg_relu(a2);
                y_row[c + 384] = cg_relu(a3);
                y_row[c + 512] = cg_relu(a4);
                y_row[c + 640] = cg_relu(a5);
            }
        }
    }
#endif
    return 0;
}

/* conv2d_11 (Conv2D) 6x6x128 -> 6x6x128; batch_normalization_22 (BatchNormalization) folded into its weights; activation_22 (Activation) applied in its store
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x1x36x128: strides n=4608 c=1 d=4608 h=4608 w=128
 *   output 1x1x36x128: strides n=4608 c=1 d=4608 h=4608 w=128
 *   weights [4][1][1][1][128][32], bias [4][32] at 16384
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer66(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int vww_mobilenet_v1_layer66(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 16384;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_vww_mobilenet_v1_layer66;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int fb = 0; fb < 4; ++fb) {
        float *y_row = y;
        {
            const float *wf = weights + fb * 4096;
            /* columns q: interior for q in [0, 36) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 36; q += 9)
            {   /* 9 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias + fb * 32), a8_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                const float *xr = input + q * 128;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 128; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 384];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 512];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 640];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 768];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 896];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1024];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 16, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 128, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 144, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 256, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 272, a2_1);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 384, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 400, a3_1);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 512, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 528, a4_1);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 640, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 656, a5_1);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 768, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 784, a6_1);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 896, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 912, a7_1);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 1024, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + q * 128 + fb * 32 + 1040, a8_1);
            }


#else
            for (int q = 0; q < 36; q += 6)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a4_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a5_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                const float *xr = input + q * 128;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 128; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 384];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 512];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 640];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 8, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 128, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 136, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 256, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 264, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 384, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 392, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 512, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 520, a4_1);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 640, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + q * 128 + fb * 32 + fh + 648, a5_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_vww_mobilenet_v1_layer66;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        for (int fb = 0; fb < 4; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 4096;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [0, 36) */
                for (int q = 0; q < 36; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + q * 128;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 128; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 512];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 640];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 128 + fb * 32 + f0] = cg_relu(a0_0);
                    y_row[q * 128 + fb * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 128 + fb * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 128 + fb * 32 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 128 + fb * 32 + f0 + 128] = cg_relu(a1_0);
                    y_row[q * 128 + fb * 32 + f0 + 129] = cg_relu(a1_1);
                    y_row[q * 128 + fb * 32 + f0 + 130] = cg_relu(a1_2);
                    y_row[q * 128 + fb * 32 + f0 + 131] = cg_relu(a1_3);
                    y_row[q * 128 + fb * 32 + f0 + 256] = cg_relu(a2_0);
                    y_row[q * 128 + fb * 32 + f0 + 257] = cg_relu(a2_1);
                    y_row[q * 128 + fb * 32 + f0 + 258] = cg_relu(a2_2);
                    y_row[q * 128 + fb * 32 + f0 + 259] = cg_relu(a2_3);
                    y_row[q * 128 + fb * 32 + f0 + 384] = cg_relu(a3_0);
                    y_row[q * 128 + fb * 32 + f0 + 385] = cg_relu(a3_1);
                    y_row[q * 128 + fb * 32 + f0 + 386] = cg_relu(a3_2);
                    y_row[q * 128 + fb * 32 + f0 + 387] = cg_relu(a3_3);
                    y_row[q * 128 + fb * 32 + f0 + 512] = cg_relu(a4_0);
                    y_row[q * 128 + fb * 32 + f0 + 513] = cg_relu(a4_1);
                    y_row[q * 128 + fb * 32 + f0 + 514] = cg_relu(a4_2);
                    y_row[q * 128 + fb * 32 + f0 + 515] = cg_relu(a4_3);
                    y_row[q * 128 + fb * 32 + f0 + 640] = cg_relu(a5_0);
                    y_row[q * 128 + fb * 32 + f0 + 641] = cg_relu(a5_1);
                    y_row[q * 128 + fb * 32 + f0 + 642] = cg_relu(a5_2);
                    y_row[q * 128 + fb * 32 + f0 + 643] = cg_relu(a5_3);
}
            }
        }
    }
#endif
    return 0;
}

/* depthwise_conv2d_11 (DepthwiseConv2D) 6x6x128 -> 3x3x128; batch_normalization_23 (BatchNormalization) folded into its weights; activation_23 (Activation) applied in its store
 * Depthwise, channels_last, multiplier 1: vectors of 16 or 8 channels, register tiles of up to
 * 8 pixels along w, edge tiles (1) at the borders reading only the columns that exist,
 * border pixels with bounds checks (0 range(s)); channels past the last multiple of 8 take a
 * loop one pixel at a time. Without vectors (or with CONVGEN_PORTABLE), portable C99: the same
 * tiles per channel in scalar registers.
 *   input  1x6x6x128: strides n=4608 h=768 w=128
 *   output 1x3x3x128: strides n=1152 h=384 w=128
 *   kernel [3][3][128], bias [128] at 1152
 *   padding before (h, w) = (0, 0)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer69(float *out, const float *t, int nc)
{
    for (int c = 0; c < nc; ++c)
        out[c] = cg_relu(t[c]);
}

static int vww_mobilenet_v1_layer69(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 1152;
    float *y = output;
    int c_done = 0;   /* channels the vector path covered */
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    c_done = 128;
    for (int oh = 0; oh < 3; ++oh) {
        float *y_row = y + oh * 384;
        for (int cb = 0; cb < 8; ++cb) {
            const cg_v16 b = CG_LOAD(cg_v16, bias + cb * 16);
            {   /* 3 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 6) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 16;
                    cg_v16 x0 = CG_LOAD(cg_v16, xp);
                    cg_v16 x1 = CG_LOAD(cg_v16, xp + 128);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 256);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 384);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 512);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 640);
                    CG_KEEP16(x0); CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 384 + cb * 16);
                        a0 += x0 * w;
                        a1 += x2 * w;
                        a2 += x4 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 384 + cb * 16 + 128);
                        a0 += x1 * w;
                        a1 += x3 * w;
                        a2 += x5 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 384 + cb * 16 + 256);
                        a0 += x2 * w;
                        a1 += x4 * w;
                    }
                }
                cg_v16_relu(&a0);
                CG_STORE(cg_v16, y_row + cb * 16, a0);
                cg_v16_relu(&a1);
                CG_STORE(cg_v16, y_row + cb * 16 + 128, a1);
                cg_v16_relu(&a2);
                CG_STORE(cg_v16, y_row + cb * 16 + 256, a2);
            }

        }

    }

#else
    c_done = 128;
    for (int oh = 0; oh < 3; ++oh) {
        float *y_row = y + oh * 384;
        for (int cb = 0; cb < 16; ++cb) {
            const cg_v8 b = CG_LOAD(cg_v8, bias + cb * 8);
            {   /* 3 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 6) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 8;
                    cg_v8 x0 = CG_LOAD(cg_v8, xp);
                    cg_v8 x1 = CG_LOAD(cg_v8, xp + 128);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 256);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 384);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 512);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 640);
                    CG_KEEP8(x0); CG_KEEP8(x1); CG_KEEP8(x2); CG_KEEP8(x3); CG_KEEP8(x4); CG_KEEP8(x5);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 384 + cb * 8);
                        a0 += x0 * w;
                        a1 += x2 * w;
                        a2 += x4 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 384 + cb * 8 + 128);
                        a0 += x1 * w;
                        a1 += x3 * w;
                        a2 += x5 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 384 + cb * 8 + 256);
                        a0 += x2 * w;
                        a1 += x4 * w;
                    }
                }
                cg_v8_relu(&a0);
                CG_STORE(cg_v8, y_row + cb * 8, a0);
                cg_v8_relu(&a1);
                CG_STORE(cg_v8, y_row + cb * 8 + 128, a1);
                cg_v8_relu(&a2);
                CG_STORE(cg_v8, y_row + cb * 8 + 256, a2);
            }

        }

    }

#endif
    /* the channels the vector path did not cover, one pixel at a time */
    for (int oh = 0; oh < 3; ++oh)
    for (int ow = 0; ow < 3; ++ow)
    for (int c = c_done; c < 128; ++c) {
        float acc = bias[c];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh * 2 + kh;
            if (ih >= 6) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow * 2 + kw;
                if (iw >= 6) continue;
                acc += input[ih * 768 + iw * 128 + c]
                       * weights[kh * 384 + kw * 128 + c];
            }
        }
        store_vww_mobilenet_v1_layer69(y + oh * 384 + ow * 128 + c, &acc, 1);
    }
#else
    /* portable C99 for cores without SIMD: per channel, tiles of neighbouring pixels in
     * scalar registers, each input column loaded once for every tap and pixel reading it */
    (void)c_done;
    (void)store_vww_mobilenet_v1_layer69;
    for (int oh = 0; oh < 3; ++oh) {
        float *y_row = y + oh * 384;
        for (int c = 0; c < 128; ++c) {
            const float b = bias[c];
            {   /* 3 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b;
                {   /* row kh = 0 */
                    const float *xp = input + oh * 1536 + c;
                    const float *wk = weights + c;
                    const float x0 = xp[0], x1 = xp[128], x2 = xp[256], x3 = xp[384], x4 = xp[512], x5 = xp[640];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x2 * w; a2 += x4 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x1 * w; a1 += x3 * w; a2 += x5 * w;
                    }
                    {
                        const float w = wk[256];
                        a0 += x2 * w; a1 += x4 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 1536 + c + 768;
                    const float *wk = weights + c + 384;
                    const float x0 = xp[0], x1 = xp[128], x2 = xp[256], x3 = xp[384], x4 = xp[512], x5 = xp[640];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x2 * w; a2 += x4 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x1 * w; a1 += x3 * w; a2 += x5 * w;
                    }
                    {
                        const float w = wk[256];
                        a0 += x2 * w; a1 += x4 * w;
                    }
                }
                if (oh * 2 + 2 < 6) {   /* row kh = 2 */
                    const float *xp = input + oh * 1536 + c + 1536;
                    const float *wk = weights + c + 768;
                    const float x0 = xp[0], x1 = xp[128], x2 = xp[256], x3 = xp[384], x4 = xp[512], x5 = xp[640];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x2 * w; a2 += x4 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x1 * w; a1 += x3 * w; a2 += x5 * w;
                    }
                    {
                        const float w = wk[256];
                        a0 += x2 * w; a1 += x4 * w;
                    }
                }
                y_row[c] = cg_relu(a0);
                y_row[c + 128] = cg_relu(a1);
                y_row[c + 256] = cg_relu(a2);
            }
        }
    }
#endif
    return 0;
}

/* conv2d_12 (Conv2D) 3x3x128 -> 3x3x256; batch_normalization_24 (BatchNormalization) folded into its weights; activation_24 (Activation) applied in its store
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x1x9x128: strides n=1152 c=1 d=1152 h=1152 w=128
 *   output 1x1x9x256: strides n=2304 c=1 d=2304 h=2304 w=256
 *   weights [8][1][1][1][128][32], bias [8][32] at 32768
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer72(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int vww_mobilenet_v1_layer72(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 32768;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_vww_mobilenet_v1_layer72;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int fb = 0; fb < 8; ++fb) {
        float *y_row = y;
        {
            const float *wf = weights + fb * 4096;
            /* columns q: interior for q in [0, 9) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 9; q += 9)
            {   /* 9 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias + fb * 32), a8_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                const float *xr = input + q * 128;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 128; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 384];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 512];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 640];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 768];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 896];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1024];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 16, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 256, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 272, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 512, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 528, a2_1);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 768, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 784, a3_1);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 1024, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 1040, a4_1);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 1280, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 1296, a5_1);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 1536, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 1552, a6_1);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 1792, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 1808, a7_1);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 2048, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 2064, a8_1);
            }


#else
            for (int q = 0; q < 5; q += 5)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a4_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                const float *xr = input + q * 128;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 128; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 384];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 512];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + fh, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + fh + 8, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + fh + 256, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + fh + 264, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + fh + 512, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + fh + 520, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + fh + 768, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + fh + 776, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + fh + 1024, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + fh + 1032, a4_1);
            }

            for (int q = 5; q < 9; q += 4)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 4 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                const float *xr = input + q * 128;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 128; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 384];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + fh, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + fh + 8, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + fh + 256, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + fh + 264, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + fh + 512, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + fh + 520, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + fh + 768, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + fh + 776, a3_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_vww_mobilenet_v1_layer72;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        for (int fb = 0; fb < 8; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 4096;
            for (int f0 = 0; f0 < 30; f0 += 3) {
                /* columns q: interior for q in [0, 9) */
                for (int q = 0; q < 9; q += 9)
                {   /* 9 pixel(s) x 3 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2;
                    float a6_0 = b0, a6_1 = b1, a6_2 = b2;
                    float a7_0 = b0, a7_1 = b1, a7_2 = b2;
                    float a8_0 = b0, a8_1 = b1, a8_2 = b2;
                    const float *xr = input + q * 128;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 128; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv;
                            }
                            {
                                const float xv = xr[c + 512];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv;
                            }
                            {
                                const float xv = xr[c + 640];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv;
                            }
                            {
                                const float xv = xr[c + 768];
                                a6_0 += w0 * xv; a6_1 += w1 * xv; a6_2 += w2 * xv;
                            }
                            {
                                const float xv = xr[c + 896];
                                a7_0 += w0 * xv; a7_1 += w1 * xv; a7_2 += w2 * xv;
                            }
                            {
                                const float xv = xr[c + 1024];
                                a8_0 += w0 * xv; a8_1 += w1 * xv; a8_2 += w2 * xv;
                            }
                        }
                    }
                    y_row[q * 256 + fb * 32 + f0] = cg_relu(a0_0);
                    y_row[q * 256 + fb * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 256 + fb * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 256 + fb * 32 + f0 + 256] = cg_relu(a1_0);
                    y_row[q * 256 + fb * 32 + f0 + 257] = cg_relu(a1_1);
                    y_row[q * 256 + fb * 32 + f0 + 258] = cg_relu(a1_2);
                    y_row[q * 256 + fb * 32 + f0 + 512] = cg_relu(a2_0);
                    y_row[q * 256 + fb * 32 + f0 + 513] = cg_relu(a2_1);
                    y_row[q * 256 + fb * 32 + f0 + 514] = cg_relu(a2_2);
                    y_row[q * 256 + fb * 32 + f0 + 768] = cg_relu(a3_0);
                    y_row[q * 256 + fb * 32 + f0 + 769] = cg_relu(a3_1);
                    y_row[q * 256 + fb * 32 + f0 + 770] = cg_relu(a3_2);
                    y_row[q * 256 + fb * 32 + f0 + 1024] = cg_relu(a4_0);
                    y_row[q * 256 + fb * 32 + f0 + 1025] = cg_relu(a4_1);
                    y_row[q * 256 + fb * 32 + f0 + 1026] = cg_relu(a4_2);
                    y_row[q * 256 + fb * 32 + f0 + 1280] = cg_relu(a5_0);
                    y_row[q * 256 + fb * 32 + f0 + 1281] = cg_relu(a5_1);
                    y_row[q * 256 + fb * 32 + f0 + 1282] = cg_relu(a5_2);
                    y_row[q * 256 + fb * 32 + f0 + 1536] = cg_relu(a6_0);
                    y_row[q * 256 + fb * 32 + f0 + 1537] = cg_relu(a6_1);
                    y_row[q * 256 + fb * 32 + f0 + 1538] = cg_relu(a6_2);
                    y_row[q * 256 + fb * 32 + f0 + 1792] = cg_relu(a7_0);
                    y_row[q * 256 + fb * 32 + f0 + 1793] = cg_relu(a7_1);
                    y_row[q * 256 + fb * 32 + f0 + 1794] = cg_relu(a7_2);
                    y_row[q * 256 + fb * 32 + f0 + 2048] = cg_relu(a8_0);
                    y_row[q * 256 + fb * 32 + f0 + 2049] = cg_relu(a8_1);
                    y_row[q * 256 + fb * 32 + f0 + 2050] = cg_relu(a8_2);
}
            }
            {
                /* columns q: interior for q in [0, 9) */
                for (int q = 0; q < 9; q += 9)
                {   /* 9 pixel(s) x 2 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + 30], b1 = bias[fb * 32 + 31];
                    float a0_0 = b0, a0_1 = b1;
                    float a1_0 = b0, a1_1 = b1;
                    float a2_0 = b0, a2_1 = b1;
                    float a3_0 = b0, a3_1 = b1;
                    float a4_0 = b0, a4_1 = b1;
                    float a5_0 = b0, a5_1 = b1;
                    float a6_0 = b0, a6_1 = b1;
                    float a7_0 = b0, a7_1 = b1;
                    float a8_0 = b0, a8_1 = b1;
                    const float *xr = input + q * 128;
                    const float *wr = wf + 30;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 128; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a1_0 += w0 * xv; a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a2_0 += w0 * xv; a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a3_0 += w0 * xv; a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 512];
                                a4_0 += w0 * xv; a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 640];
                                a5_0 += w0 * xv; a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 768];
                                a6_0 += w0 * xv; a6_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 896];
                                a7_0 += w0 * xv; a7_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 1024];
                                a8_0 += w0 * xv; a8_1 += w1 * xv;
                            }
                        }
                    }
                    y_row[q * 256 + fb * 32 + 30] = cg_relu(a0_0);
                    y_row[q * 256 + fb * 32 + 31] = cg_relu(a0_1);
                    y_row[q * 256 + fb * 32 + 286] = cg_relu(a1_0);
                    y_row[q * 256 + fb * 32 + 287] = cg_relu(a1_1);
                    y_row[q * 256 + fb * 32 + 542] = cg_relu(a2_0);
                    y_row[q * 256 + fb * 32 + 543] = cg_relu(a2_1);
                    y_row[q * 256 + fb * 32 + 798] = cg_relu(a3_0);
                    y_row[q * 256 + fb * 32 + 799] = cg_relu(a3_1);
                    y_row[q * 256 + fb * 32 + 1054] = cg_relu(a4_0);
                    y_row[q * 256 + fb * 32 + 1055] = cg_relu(a4_1);
                    y_row[q * 256 + fb * 32 + 1310] = cg_relu(a5_0);
                    y_row[q * 256 + fb * 32 + 1311] = cg_relu(a5_1);
                    y_row[q * 256 + fb * 32 + 1566] = cg_relu(a6_0);
                    y_row[q * 256 + fb * 32 + 1567] = cg_relu(a6_1);
                    y_row[q * 256 + fb * 32 + 1822] = cg_relu(a7_0);
                    y_row[q * 256 + fb * 32 + 1823] = cg_relu(a7_1);
                    y_row[q * 256 + fb * 32 + 2078] = cg_relu(a8_0);
                    y_row[q * 256 + fb * 32 + 2079] = cg_relu(a8_1);
}
            }
        }
    }
#endif
    return 0;
}

/* depthwise_conv2d_12 (DepthwiseConv2D) 3x3x256 -> 3x3x256; batch_normalization_25 (BatchNormalization) folded into its weights; activation_25 (Activation) applied in its store
 * Depthwise, channels_last, multiplier 1: vectors of 16 or 8 channels, register tiles of up to
 * 8 pixels along w, edge tiles (1) at the borders reading only the columns that exist,
 * border pixels with bounds checks (0 range(s)); channels past the last multiple of 8 take a
 * loop one pixel at a time. Without vectors (or with CONVGEN_PORTABLE), portable C99: the same
 * tiles per channel in scalar registers.
 *   input  1x3x3x256: strides n=2304 h=768 w=256
 *   output 1x3x3x256: strides n=2304 h=768 w=256
 *   kernel [3][3][256], bias [256] at 2304
 *   padding before (h, w) = (1, 1)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer75(float *out, const float *t, int nc)
{
    for (int c = 0; c < nc; ++c)
        out[c] = cg_relu(t[c]);
}

static int vww_mobilenet_v1_layer75(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 2304;
    float *y = output;
    int c_done = 0;   /* channels the vector path covered */
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    c_done = 256;
    for (int oh = 0; oh < 3; ++oh) {
        float *y_row = y + oh * 768;
        for (int cb = 0; cb < 16; ++cb) {
            const cg_v16 b = CG_LOAD(cg_v16, bias + cb * 16);
            {   /* 3 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 3) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 16;
                    cg_v16 x1 = CG_LOAD(cg_v16, xp);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 256);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 512);
                    CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 768 + cb * 16);
                        a1 += x1 * w;
                        a2 += x2 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 768 + cb * 16 + 256);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 768 + cb * 16 + 512);
                        a0 += x2 * w;
                        a1 += x3 * w;
                    }
                }
                cg_v16_relu(&a0);
                CG_STORE(cg_v16, y_row + cb * 16, a0);
                cg_v16_relu(&a1);
                CG_STORE(cg_v16, y_row + cb * 16 + 256, a1);
                cg_v16_relu(&a2);
                CG_STORE(cg_v16, y_row + cb * 16 + 512, a2);
            }

        }

    }

#else
    c_done = 256;
    for (int oh = 0; oh < 3; ++oh) {
        float *y_row = y + oh * 768;
        for (int cb = 0; cb < 32; ++cb) {
            const cg_v8 b = CG_LOAD(cg_v8, bias + cb * 8);
            {   /* 3 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 3) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 768 + cb * 8;
                    cg_v8 x1 = CG_LOAD(cg_v8, xp);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 256);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 512);
                    CG_KEEP8(x1); CG_KEEP8(x2); CG_KEEP8(x3);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 768 + cb * 8);
                        a1 += x1 * w;
                        a2 += x2 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 768 + cb * 8 + 256);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 768 + cb * 8 + 512);
                        a0 += x2 * w;
                        a1 += x3 * w;
                    }
                }
                cg_v8_relu(&a0);
                CG_STORE(cg_v8, y_row + cb * 8, a0);
                cg_v8_relu(&a1);
                CG_STORE(cg_v8, y_row + cb * 8 + 256, a1);
                cg_v8_relu(&a2);
                CG_STORE(cg_v8, y_row + cb * 8 + 512, a2);
            }

        }

    }

#endif
    /* the channels the vector path did not cover, one pixel at a time */
    for (int oh = 0; oh < 3; ++oh)
    for (int ow = 0; ow < 3; ++ow)
    for (int c = c_done; c < 256; ++c) {
        float acc = bias[c];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh + kh - 1;
            if (ih < 0 || ih >= 3) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow + kw - 1;
                if (iw < 0 || iw >= 3) continue;
                acc += input[ih * 768 + iw * 256 + c]
                       * weights[kh * 768 + kw * 256 + c];
            }
        }
        store_vww_mobilenet_v1_layer75(y + oh * 768 + ow * 256 + c, &acc, 1);
    }
#else
    /* portable C99 for cores without SIMD: per channel, tiles of neighbouring pixels in
     * scalar registers, each input column loaded once for every tap and pixel reading it */
    (void)c_done;
    (void)store_vww_mobilenet_v1_layer75;
    for (int oh = 0; oh < 3; ++oh) {
        float *y_row = y + oh * 768;
        for (int c = 0; c < 256; ++c) {
            const float b = bias[c];
            {   /* 3 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b;
                if (oh - 1 >= 0) {   /* row kh = 0 */
                    const float *xp = input + oh * 768 + c - 768;
                    const float *wk = weights + c;
                    const float x1 = xp[0], x2 = xp[256], x3 = xp[512];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w;
                    }
                    {
                        const float w = wk[256];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w;
                    }
                    {
                        const float w = wk[512];
                        a0 += x2 * w; a1 += x3 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 768 + c;
                    const float *wk = weights + c + 768;
                    const float x1 = xp[0], x2 = xp[256], x3 = xp[512];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w;
                    }
                    {
                        const float w = wk[256];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w;
                    }
                    {
                        const float w = wk[512];
                        a0 += x2 * w; a1 += x3 * w;
                    }
                }
                if (oh + 1 < 3) {   /* row kh = 2 */
                    const float *xp = input + oh * 768 + c + 768;
                    const float *wk = weights + c + 1536;
                    const float x1 = xp[0], x2 = xp[256], x3 = xp[512];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w;
                    }
                    {
                        const float w = wk[256];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w;
                    }
                    {
                        const float w = wk[512];
                        a0 += x2 * w; a1 += x3 * w;
                    }
                }
                y_row[c] = cg_relu(a0);
                y_row[c + 256] = cg_relu(a1);
                y_row[c + 512] = cg_relu(a2);
            }
        }
    }
#endif
    return 0;
}

/* the conv step of conv2d_13
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x3x3x256: strides n=2304 c=1 d=2304 h=768 w=256
 *   output 1x3x3x256 (one band): strides n=2304 c=1 d=2304 h=768 w=256
 *   weights [8][1][1][1][256][32], bias [8][32] at 65536
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_vww_mobilenet_v1_layer78_conv(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

/* Rows [oh0, oh0 + 3) into y (row oh at y + (oh - oh0) * 768): one band of a fused layer. */
static void vww_mobilenet_v1_layer78_conv(const float *input, const float *weights, float *y, int oh0)
{
    const float *bias = weights + 65536;
#if CG_VECTOR
    (void)store_vww_mobilenet_v1_layer78_conv;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR(collapse(2))
    for (int fb = 0; fb < 8; ++fb)
    for (int oh = oh0; oh < oh0 + 3; ++oh) {
        float *y_row = y + oh * 768 - oh0 * 768;
        {
            const float *wf = weights + fb * 8192;
            /* columns q: interior for q in [0, 3) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 3; q += 3)
            {   /* 3 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                const float *xr = input + oh * 768 + q * 256;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 256; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 512];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 16, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 256, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 272, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 512, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + q * 256 + fb * 32 + 528, a2_1);
            }


#else
            for (int q = 0; q < 2; q += 2)
            {   /* 2 output pixel(s) x 32 filters in 4 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a0_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a0_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a1_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a1_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                const float *xr = input + oh * 768 + q * 256;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 256; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                        const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                            a0_2 += w2 * xv;
                            a0_3 += w3 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                            a1_2 += w2 * xv;
                            a1_3 += w3 * xv;
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + 8, a0_1);
                cg_v8_relu(&a0_2);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + 16, a0_2);
                cg_v8_relu(&a0_3);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + 24, a0_3);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + 256, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + 264, a1_1);
                cg_v8_relu(&a1_2);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + 272, a1_2);
                cg_v8_relu(&a1_3);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + 280, a1_3);
            }

            for (int q = 2; q < 3; q += 1)
            {   /* 1 output pixel(s) x 32 filters in 4 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a0_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a0_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                const float *xr = input + oh * 768 + q * 256;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 256; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                        const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                            a0_2 += w2 * xv;
                            a0_3 += w3 * xv;
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + 8, a0_1);
                cg_v8_relu(&a0_2);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + 16, a0_2);
                cg_v8_relu(&a0_3);
                CG_STORE(cg_v8, y_row + q * 256 + fb * 32 + 24, a0_3);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_vww_mobilenet_v1_layer78_conv;   /* unused: the tiles store their values themselves */
    for (int oh = oh0; oh < oh0 + 3; ++oh) {
        float *y_row = y + oh * 768 - oh0 * 768;
        for (int fb = 0; fb < 8; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 8192;
            for (int f0 = 0; f0 < 32; f0 += 8) {
                /* columns q: interior for q in [0, 3) */
                for (int q = 0; q < 3; q += 3)
                {   /* 3 pixel(s) x 8 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3], b4 = bias[fb * 32 + f0 + 4], b5 = bias[fb * 32 + f0 + 5], b6 = bias[fb * 32 + f0 + 6], b7 = bias[fb * 32 + f0 + 7];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5, a0_6 = b6, a0_7 = b7;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5, a1_6 = b6, a1_7 = b7;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4, a2_5 = b5, a2_6 = b6, a2_7 = b7;
                    const float *xr = input + oh * 768 + q * 256;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 256; ++c, w += 32) {
                            const float x0 = xr[c], x1 = xr[c + 256], x2 = xr[c + 512];
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
                            {
                                const float wv = w[4];
                                a0_4 += x0 * wv; a1_4 += x1 * wv; a2_4 += x2 * wv;
                            }
                            {
                                const float wv = w[5];
                                a0_5 += x0 * wv; a1_5 += x1 * wv; a2_5 += x2 * wv;
                            }
                            {
                                const float wv = w[6];
                                a0_6 += x0 * wv; a1_6 += x1 * wv; a2_6 += x2 * wv;
                            }
                            {
                                const float wv = w[7];
                                a0_7 += x0 * wv; a1_7 += x1 * wv; a2_7 += x2 * wv;
                            }
                        }
                    }
                    y_row[q * 256 + fb * 32 + f0] = cg_relu(a0_0);
                    y_row[q * 256 + fb * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 256 + fb * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 256 + fb * 32 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 256 + fb * 32 + f0 + 4] = cg_relu(a0_4);
                    y_row[q * 256 + fb * 32 + f0 + 5] = cg_relu(a0_5);
                    y_row[q * 256 + fb * 32 + f0 + 6] = cg_relu(a0_6);
                    y_row[q * 256 + fb * 32 + f0 + 7] = cg_relu(a0_7);
                    y_row[q * 256 + fb * 32 + f0 + 256] = cg_relu(a1_0);
                    y_row[q * 256 + fb * 32 + f0 + 257] = cg_relu(a1_1);
                    y_row[q * 256 + fb * 32 + f0 + 258] = cg_relu(a1_2);
                    y_row[q * 256 + fb * 32 + f0 + 259] = cg_relu(a1_3);
                    y_row[q * 256 + fb * 32 + f0 + 260] = cg_relu(a1_4);
                    y_row[q * 256 + fb * 32 + f0 + 261] = cg_relu(a1_5);
                    y_row[q * 256 + fb * 32 + f0 + 262] = cg_relu(a1_6);
                    y_row[q * 256 + fb * 32 + f0 + 263] = cg_relu(a1_7);
                    y_row[q * 256 + fb * 32 + f0 + 512] = cg_relu(a2_0);
                    y_row[q * 256 + fb * 32 + f0 + 513] = cg_relu(a2_1);
                    y_row[q * 256 + fb * 32 + f0 + 514] = cg_relu(a2_2);
                    y_row[q * 256 + fb * 32 + f0 + 515] = cg_relu(a2_3);
                    y_row[q * 256 + fb * 32 + f0 + 516] = cg_relu(a2_4);
                    y_row[q * 256 + fb * 32 + f0 + 517] = cg_relu(a2_5);
                    y_row[q * 256 + fb * 32 + f0 + 518] = cg_relu(a2_6);
                    y_row[q * 256 + fb * 32 + f0 + 519] = cg_relu(a2_7);
}
            }
        }
    }
#endif
}

/* the pool step of conv2d_13
 * average pooling over a [1][3][3] window, strides (1, 3, 3), padding before (d, h, w) = (0, 0, 0).
 * Padding takes no part: windows skip the taps outside the input.
 * 1-D and 2-D layers run as 3-D ones with unit leading axes; the data format is carried by
 * the element strides below.
 *   input  1x3x3x256: strides n=2304 c=1 d=2304 h=768 w=256
 *   output 1x1x1x256: strides n=256 c=1 d=256 h=256 w=256
 * Workspace: none. */
static void vww_mobilenet_v1_layer78_pool(const float *input, float *output)
{
#if CG_VECTOR
    {
        float acc[256];
        for (int c = 0; c < 256; ++c)
            acc[c] = 0.0f;
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = kh;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = kw;
                const float *x = input + ih * 768 + iw * 256;
                for (int c = 0; c < 256; ++c)
                    acc[c] += x[c];
            }
        }
        {
            float *y = output;
            for (int c = 0; c < 256; ++c)
                y[c] = acc[c] / 9.0f;
        }
    }
#else
    /* portable C99 for cores without SIMD: per output pixel, runs of channels in scalar
     * registers (no accumulator array in memory) */
    {
        for (int r = 0; r < 32; ++r) {
            const int c0 = r * 8;
            float a0 = 0.0f, a1 = 0.0f, a2 = 0.0f, a3 = 0.0f, a4 = 0.0f, a5 = 0.0f, a6 = 0.0f, a7 = 0.0f;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = kh;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = kw;
                    const float *x = input + ih * 768 + iw * 256 + c0;
                    a0 += x[0];
                    a1 += x[1];
                    a2 += x[2];
                    a3 += x[3];
                    a4 += x[4];
                    a5 += x[5];
                    a6 += x[6];
                    a7 += x[7];
                }
            }
            {
                float *y = output + c0;
                y[0] = a0 / 9.0f;
                y[1] = a1 / 9.0f;
                y[2] = a2 / 9.0f;
                y[3] = a3 / 9.0f;
                y[4] = a4 / 9.0f;
                y[5] = a5 / 9.0f;
                y[6] = a6 / 9.0f;
                y[7] = a7 / 9.0f;
            }
        }
    }
#endif
}

/* conv2d_13 (Conv2D) 3x3x256 -> 3x3x256; batch_normalization_26 (BatchNormalization) folded into its weights; activation_26 (Activation) applied in its store; average_pooling2d (AveragePooling2D) computed from each band of its rows, with no full-size intermediate
 * Fused with its average pooling (3 x 3 windows, strides equal): per band of 3 convolution
 * row(s), vww_mobilenet_v1_layer78_conv computes the band into the workspace (activation applied as it
 * stores) and vww_mobilenet_v1_layer78_pool reduces it into 1 row(s) of the output. The convolution's
 * whole output never exists; the 0 last row(s) and 0 last column(s) that valid pooling
 * drops are never computed.
 *   input  1x3x3x256: sample stride 2304
 *   output 1x1x1x256: sample stride 256, row stride 256
 * Workspace: 2304 floats (one band of 3 x 3 x 256 convolution values). */
static int vww_mobilenet_v1_layer78(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    {
        vww_mobilenet_v1_layer78_conv(input, weights, workspace, 0);
        vww_mobilenet_v1_layer78_pool(workspace, output);
    }
    return 0;
}

/* dense (Dense) 256 -> 2, activation softmax
 * Dense on the last axis: 1 row(s) of 256 input(s) -> 2 output(s) each
 * (input 1x256, output 1x2). The kernel is Keras's (256, 2):
 * row i holds input i's weight for every unit; the bias follows at 512. With vectors,
 * blocks of units in vector registers for the whole sum, each input broadcast once a block
 * (a block of few vectors keeps partial sums over every P-th input; a last vector ending at
 * the last unit overlaps the block before it and is stored last); without (or with CONVGEN_PORTABLE), tiles of rows x units in scalar registers,
 * each input loaded once per tile and each weight once per tile.
 * Workspace: 0 floats. */
static int vww_mobilenet_v1_layer83(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    (void)workspace;
#if CG_VECTOR
    {
        const float *x = input;
        float *restrict y = output;
        for (int u = 0; u < 2; ++u)
            y[u] = weights[512 + u];
        for (int i = 0; i < 256; ++i) {
            const float xi = x[i];
            const float *restrict w = weights + i * 2;
            for (int u = 0; u < 2; ++u)
                y[u] += xi * w[u];
        }
    }
#else
    {   /* 1 row(s) from row 0 */
        const float *x = input;
        float *y = output;
        {   /* units [0, 2) */
            float a0_0 = weights[512], a0_1 = weights[513];
            const float *w = weights;
            for (int i = 0; i < 256; ++i, w += 2) {
                const float x0 = x[i];
                a0_0 += x0 * w[0];
                a0_1 += x0 * w[1];
            }
            y[0] = a0_0;
            y[1] = a0_1;
        }
    }
#endif
    cg_softmax_rows(output, 1, 2);
    return 0;
}

/* conv2d (Conv2D) 96x96x3 -> 48x48x8; batch_normalization (BatchNormalization) 48x48x8 -> 48x48x8; activation (Activation) 48x48x8 -> 48x48x8; depthwise_conv2d (DepthwiseConv2D) 48x48x8 -> 48x48x8; batch_normalization_1 (BatchNormalization) 48x48x8 -> 48x48x8; activation_1 (Activation) 48x48x8 -> 48x48x8; conv2d_1 (Conv2D) 48x48x8 -> 48x48x16; batch_normalization_2 (BatchNormalization) 48x48x16 -> 48x48x16; activation_2 (Activation) 48x48x16 -> 48x48x16; depthwise_conv2d_1 (DepthwiseConv2D) 48x48x16 -> 24x24x16; batch_normalization_3 (BatchNormalization) 24x24x16 -> 24x24x16; activation_3 (Activation) 24x24x16 -> 24x24x16; conv2d_2 (Conv2D) 24x24x16 -> 24x24x32; batch_normalization_4 (BatchNormalization) 24x24x32 -> 24x24x32; activation_4 (Activation) 24x24x32 -> 24x24x32; depthwise_conv2d_2 (DepthwiseConv2D) 24x24x32 -> 24x24x32; batch_normalization_5 (BatchNormalization) 24x24x32 -> 24x24x32; activation_5 (Activation) 24x24x32 -> 24x24x32; conv2d_3 (Conv2D) 24x24x32 -> 24x24x32; batch_normalization_6 (BatchNormalization) 24x24x32 -> 24x24x32; activation_6 (Activation) 24x24x32 -> 24x24x32; depthwise_conv2d_3 (DepthwiseConv2D) 24x24x32 -> 12x12x32; batch_normalization_7 (BatchNormalization) 12x12x32 -> 12x12x32; activation_7 (Activation) 12x12x32 -> 12x12x32; conv2d_4 (Conv2D) 12x12x32 -> 12x12x64; batch_normalization_8 (BatchNormalization) 12x12x64 -> 12x12x64; activation_8 (Activation) 12x12x64 -> 12x12x64; depthwise_conv2d_4 (DepthwiseConv2D) 12x12x64 -> 12x12x64; batch_normalization_9 (BatchNormalization) 12x12x64 -> 12x12x64; activation_9 (Activation) 12x12x64 -> 12x12x64; conv2d_5 (Conv2D) 12x12x64 -> 12x12x64; batch_normalization_10 (BatchNormalization) 12x12x64 -> 12x12x64; activation_10 (Activation) 12x12x64 -> 12x12x64; depthwise_conv2d_5 (DepthwiseConv2D) 12x12x64 -> 6x6x64; batch_normalization_11 (BatchNormalization) 6x6x64 -> 6x6x64; activation_11 (Activation) 6x6x64 -> 6x6x64; conv2d_6 (Conv2D) 6x6x64 -> 6x6x128; batch_normalization_12 (BatchNormalization) 6x6x128 -> 6x6x128; activation_12 (Activation) 6x6x128 -> 6x6x128; depthwise_conv2d_6 (DepthwiseConv2D) 6x6x128 -> 6x6x128; batch_normalization_13 (BatchNormalization) 6x6x128 -> 6x6x128; activation_13 (Activation) 6x6x128 -> 6x6x128; conv2d_7 (Conv2D) 6x6x128 -> 6x6x128; batch_normalization_14 (BatchNormalization) 6x6x128 -> 6x6x128; activation_14 (Activation) 6x6x128 -> 6x6x128; depthwise_conv2d_7 (DepthwiseConv2D) 6x6x128 -> 6x6x128; batch_normalization_15 (BatchNormalization) 6x6x128 -> 6x6x128; activation_15 (Activation) 6x6x128 -> 6x6x128; conv2d_8 (Conv2D) 6x6x128 -> 6x6x128; batch_normalization_16 (BatchNormalization) 6x6x128 -> 6x6x128; activation_16 (Activation) 6x6x128 -> 6x6x128; depthwise_conv2d_8 (DepthwiseConv2D) 6x6x128 -> 6x6x128; batch_normalization_17 (BatchNormalization) 6x6x128 -> 6x6x128; activation_17 (Activation) 6x6x128 -> 6x6x128; conv2d_9 (Conv2D) 6x6x128 -> 6x6x128; batch_normalization_18 (BatchNormalization) 6x6x128 -> 6x6x128; activation_18 (Activation) 6x6x128 -> 6x6x128; depthwise_conv2d_9 (DepthwiseConv2D) 6x6x128 -> 6x6x128; batch_normalization_19 (BatchNormalization) 6x6x128 -> 6x6x128; activation_19 (Activation) 6x6x128 -> 6x6x128; conv2d_10 (Conv2D) 6x6x128 -> 6x6x128; batch_normalization_20 (BatchNormalization) 6x6x128 -> 6x6x128; activation_20 (Activation) 6x6x128 -> 6x6x128; depthwise_conv2d_10 (DepthwiseConv2D) 6x6x128 -> 6x6x128; batch_normalization_21 (BatchNormalization) 6x6x128 -> 6x6x128; activation_21 (Activation) 6x6x128 -> 6x6x128; conv2d_11 (Conv2D) 6x6x128 -> 6x6x128; batch_normalization_22 (BatchNormalization) 6x6x128 -> 6x6x128; activation_22 (Activation) 6x6x128 -> 6x6x128; depthwise_conv2d_11 (DepthwiseConv2D) 6x6x128 -> 3x3x128; batch_normalization_23 (BatchNormalization) 3x3x128 -> 3x3x128; activation_23 (Activation) 3x3x128 -> 3x3x128; conv2d_12 (Conv2D) 3x3x128 -> 3x3x256; batch_normalization_24 (BatchNormalization) 3x3x256 -> 3x3x256; activation_24 (Activation) 3x3x256 -> 3x3x256; depthwise_conv2d_12 (DepthwiseConv2D) 3x3x256 -> 3x3x256; batch_normalization_25 (BatchNormalization) 3x3x256 -> 3x3x256; activation_25 (Activation) 3x3x256 -> 3x3x256; conv2d_13 (Conv2D) 3x3x256 -> 3x3x256; batch_normalization_26 (BatchNormalization) 3x3x256 -> 3x3x256; activation_26 (Activation) 3x3x256 -> 3x3x256; average_pooling2d (AveragePooling2D) 3x3x256 -> 1x1x256; flatten (Flatten) 1x1x256 -> 256; dense (Dense) 256 -> 2, activation softmax
 * Workspace: 55296 floats: activation at 0 (18432 floats, steps 0-1), activation_1 at 36864 (18432 floats, steps 1-2), activation_2 at 0 (36864 floats, steps 2-3), activation_3 at 36864 (9216 floats, steps 3-4), activation_4 at 0 (18432 floats, steps 4-5), activation_5 at 18432 (18432 floats, steps 5-6), activation_6 at 0 (18432 floats, steps 6-7), activation_7 at 18432 (4608 floats, steps 7-8), activation_8 at 0 (9216 floats, steps 8-9), activation_9 at 9216 (9216 floats, steps 9-10), activation_10 at 0 (9216 floats, steps 10-11), activation_11 at 9216 (2304 floats, steps 11-12), activation_12 at 0 (4608 floats, steps 12-13), activation_13 at 4608 (4608 floats, steps 13-14), activation_14 at 0 (4608 floats, steps 14-15), activation_15 at 4608 (4608 floats, steps 15-16), activation_16 at 0 (4608 floats, steps 16-17), activation_17 at 4608 (4608 floats, steps 17-18), activation_18 at 0 (4608 floats, steps 18-19), activation_19 at 4608 (4608 floats, steps 19-20), activation_20 at 0 (4608 floats, steps 20-21), activation_21 at 4608 (4608 floats, steps 21-22), activation_22 at 0 (4608 floats, steps 22-23), activation_23 at 4608 (1152 floats, steps 23-24), activation_24 at 0 (2304 floats, steps 24-25), activation_25 at 2304 (2304 floats, steps 25-26), average_pooling2d at 4608 (256 floats, steps 26-27), vww_mobilenet_v1_layer78 scratch at 0 (2304 floats, steps 26-26). */
int vww_mobilenet_v1(const float *input, const float *weights, float *output, float *workspace)
{
    vww_mobilenet_v1_layer0(input, weights, workspace, workspace);
    vww_mobilenet_v1_layer3(workspace, weights + 224, workspace + 36864, workspace);
    vww_mobilenet_v1_layer6(workspace + 36864, weights + 304, workspace, workspace);
    vww_mobilenet_v1_layer9(workspace, weights + 448, workspace + 36864, workspace);
    vww_mobilenet_v1_layer12(workspace + 36864, weights + 608, workspace, workspace);
    vww_mobilenet_v1_layer15(workspace, weights + 1152, workspace + 18432, workspace);
    vww_mobilenet_v1_layer18(workspace + 18432, weights + 1472, workspace, workspace);
    vww_mobilenet_v1_layer21(workspace, weights + 2528, workspace + 18432, workspace);
    vww_mobilenet_v1_layer24(workspace + 18432, weights + 2848, workspace, workspace);
    vww_mobilenet_v1_layer27(workspace, weights + 4960, workspace + 9216, workspace);
    vww_mobilenet_v1_layer30(workspace + 9216, weights + 5600, workspace, workspace);
    vww_mobilenet_v1_layer33(workspace, weights + 9760, workspace + 9216, workspace);
    vww_mobilenet_v1_layer36(workspace + 9216, weights + 10400, workspace, workspace);
    vww_mobilenet_v1_layer39(workspace, weights + 18720, workspace + 4608, workspace);
    vww_mobilenet_v1_layer42(workspace + 4608, weights + 20000, workspace, workspace);
    vww_mobilenet_v1_layer45(workspace, weights + 36512, workspace + 4608, workspace);
    vww_mobilenet_v1_layer48(workspace + 4608, weights + 37792, workspace, workspace);
    vww_mobilenet_v1_layer51(workspace, weights + 54304, workspace + 4608, workspace);
    vww_mobilenet_v1_layer54(workspace + 4608, weights + 55584, workspace, workspace);
    vww_mobilenet_v1_layer57(workspace, weights + 72096, workspace + 4608, workspace);
    vww_mobilenet_v1_layer60(workspace + 4608, weights + 73376, workspace, workspace);
    vww_mobilenet_v1_layer63(workspace, weights + 89888, workspace + 4608, workspace);
    vww_mobilenet_v1_layer66(workspace + 4608, weights + 91168, workspace, workspace);
    vww_mobilenet_v1_layer69(workspace, weights + 107680, workspace + 4608, workspace);
    vww_mobilenet_v1_layer72(workspace + 4608, weights + 108960, workspace, workspace);
    vww_mobilenet_v1_layer75(workspace, weights + 141984, workspace + 2304, workspace);
    vww_mobilenet_v1_layer78(workspace + 2304, weights + 144544, workspace + 4608, workspace);
    vww_mobilenet_v1_layer83(workspace + 4608, weights + 210336, output, workspace);
    return 0;
}
