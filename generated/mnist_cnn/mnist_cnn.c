/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: mnist_cnn.yaml
 *   Template: model.c.j2, dense.c.j2
 */
#include "mnist_cnn.h"

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

/* conv2d (Conv2D) 28x28x1 -> 26x26x8, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x28x28x1: strides n=784 c=1 d=784 h=28 w=1
 *   output 1x26x26x8: strides n=5408 c=1 d=5408 h=208 w=8
 *   weights [1][1][3][3][1][8], bias [1][8] at 72
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_mnist_cnn_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int mnist_cnn_layer0(const float *input, const float *weights, float *output,
                            float *workspace)
{
    const float *bias = weights + 72;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_mnist_cnn_layer0;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int oh = 0; oh < 26; ++oh) {
        float *y_row = y + oh * 208;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 26) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 26; q += 13)
            {   /* 13 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
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
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh;
                    const float *xr = input + ih * 28 + q;
                    const float *wr = wf + kh * 24;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 1];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 2];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 10];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 11];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a12_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 8;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 1];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 2];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 10];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 11];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 13];
                                a12_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 16;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 2];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 10];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 11];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 13];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 14];
                                a12_0 += w0 * xv;
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
            }


#else
            for (int q = 0; q < 18; q += 9)
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
                    const int ih = oh + kh;
                    const float *xr = input + ih * 28 + q;
                    const float *wr = wf + kh * 24;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 1];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 2];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a8_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 8;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 1];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 2];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a8_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 16;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 2];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 10];
                                a8_0 += w0 * xv;
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
            }

            for (int q = 18; q < 26; q += 8)
            {   /* 8 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh;
                    const float *xr = input + ih * 28 + q;
                    const float *wr = wf + kh * 24;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 1];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 2];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a7_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 8;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 1];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 2];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a7_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 16;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 2];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a7_0 += w0 * xv;
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
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_mnist_cnn_layer0;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 26; ++oh) {
        float *y_row = y + oh * 208;
        {   /* block 0: 8 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 6; f0 += 3) {
                /* columns q: interior for q in [0, 26) */
                for (int q = 0; q < 14; q += 7)
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
                        const int ih = oh + kh;
                        const float *xr = input + ih * 28 + q;
                        const float *wr = wf + kh * 24 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            {   /* channel 0 */
                                const float w0 = w[0], w1 = w[1], w2 = w[2];
                                {
                                    const float xv = xk[0];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[1];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[2];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[3];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[4];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[5];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[6];
                                    a6_0 += w0 * xv; a6_1 += w1 * xv; a6_2 += w2 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *xk = xr + 1;
                            const float *w = wr + 8;
                            {   /* channel 0 */
                                const float w0 = w[0], w1 = w[1], w2 = w[2];
                                {
                                    const float xv = xk[0];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[1];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[2];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[3];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[4];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[5];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[6];
                                    a6_0 += w0 * xv; a6_1 += w1 * xv; a6_2 += w2 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *xk = xr + 2;
                            const float *w = wr + 16;
                            {   /* channel 0 */
                                const float w0 = w[0], w1 = w[1], w2 = w[2];
                                {
                                    const float xv = xk[0];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[1];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[2];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[3];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[4];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[5];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[6];
                                    a6_0 += w0 * xv; a6_1 += w1 * xv; a6_2 += w2 * xv;
                                }
                            }
                        }
                    }
                    y_row[q * 8 + f0] = cg_relu(a0_0);
                    y_row[q * 8 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 8 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 8 + f0 + 8] = cg_relu(a1_0);
                    y_row[q * 8 + f0 + 9] = cg_relu(a1_1);
                    y_row[q * 8 + f0 + 10] = cg_relu(a1_2);
                    y_row[q * 8 + f0 + 16] = cg_relu(a2_0);
                    y_row[q * 8 + f0 + 17] = cg_relu(a2_1);
                    y_row[q * 8 + f0 + 18] = cg_relu(a2_2);
                    y_row[q * 8 + f0 + 24] = cg_relu(a3_0);
                    y_row[q * 8 + f0 + 25] = cg_relu(a3_1);
                    y_row[q * 8 + f0 + 26] = cg_relu(a3_2);
                    y_row[q * 8 + f0 + 32] = cg_relu(a4_0);
                    y_row[q * 8 + f0 + 33] = cg_relu(a4_1);
                    y_row[q * 8 + f0 + 34] = cg_relu(a4_2);
                    y_row[q * 8 + f0 + 40] = cg_relu(a5_0);
                    y_row[q * 8 + f0 + 41] = cg_relu(a5_1);
                    y_row[q * 8 + f0 + 42] = cg_relu(a5_2);
                    y_row[q * 8 + f0 + 48] = cg_relu(a6_0);
                    y_row[q * 8 + f0 + 49] = cg_relu(a6_1);
                    y_row[q * 8 + f0 + 50] = cg_relu(a6_2);
}
                for (int q = 14; q < 26; q += 6)
                {   /* 6 pixel(s) x 3 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh;
                        const float *xr = input + ih * 28 + q;
                        const float *wr = wf + kh * 24 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            {   /* channel 0 */
                                const float w0 = w[0], w1 = w[1], w2 = w[2];
                                {
                                    const float xv = xk[0];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[1];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[2];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[3];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[4];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[5];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *xk = xr + 1;
                            const float *w = wr + 8;
                            {   /* channel 0 */
                                const float w0 = w[0], w1 = w[1], w2 = w[2];
                                {
                                    const float xv = xk[0];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[1];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[2];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[3];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[4];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[5];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *xk = xr + 2;
                            const float *w = wr + 16;
                            {   /* channel 0 */
                                const float w0 = w[0], w1 = w[1], w2 = w[2];
                                {
                                    const float xv = xk[0];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[1];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[2];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[3];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[4];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv;
                                }
                                {
                                    const float xv = xk[5];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv;
                                }
                            }
                        }
                    }
                    y_row[q * 8 + f0] = cg_relu(a0_0);
                    y_row[q * 8 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 8 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 8 + f0 + 8] = cg_relu(a1_0);
                    y_row[q * 8 + f0 + 9] = cg_relu(a1_1);
                    y_row[q * 8 + f0 + 10] = cg_relu(a1_2);
                    y_row[q * 8 + f0 + 16] = cg_relu(a2_0);
                    y_row[q * 8 + f0 + 17] = cg_relu(a2_1);
                    y_row[q * 8 + f0 + 18] = cg_relu(a2_2);
                    y_row[q * 8 + f0 + 24] = cg_relu(a3_0);
                    y_row[q * 8 + f0 + 25] = cg_relu(a3_1);
                    y_row[q * 8 + f0 + 26] = cg_relu(a3_2);
                    y_row[q * 8 + f0 + 32] = cg_relu(a4_0);
                    y_row[q * 8 + f0 + 33] = cg_relu(a4_1);
                    y_row[q * 8 + f0 + 34] = cg_relu(a4_2);
                    y_row[q * 8 + f0 + 40] = cg_relu(a5_0);
                    y_row[q * 8 + f0 + 41] = cg_relu(a5_1);
                    y_row[q * 8 + f0 + 42] = cg_relu(a5_2);
}
            }
            {
                /* columns q: interior for q in [0, 26) */
                for (int q = 0; q < 14; q += 7)
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
                        const int ih = oh + kh;
                        const float *xr = input + ih * 28 + q;
                        const float *wr = wf + kh * 24 + 6;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            {   /* channel 0 */
                                const float w0 = w[0], w1 = w[1];
                                {
                                    const float xv = xk[0];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[1];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[2];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[3];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[4];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[5];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[6];
                                    a6_0 += w0 * xv; a6_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *xk = xr + 1;
                            const float *w = wr + 8;
                            {   /* channel 0 */
                                const float w0 = w[0], w1 = w[1];
                                {
                                    const float xv = xk[0];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[1];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[2];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[3];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[4];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[5];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[6];
                                    a6_0 += w0 * xv; a6_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *xk = xr + 2;
                            const float *w = wr + 16;
                            {   /* channel 0 */
                                const float w0 = w[0], w1 = w[1];
                                {
                                    const float xv = xk[0];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[1];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[2];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[3];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[4];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[5];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[6];
                                    a6_0 += w0 * xv; a6_1 += w1 * xv;
                                }
                            }
                        }
                    }
                    y_row[q * 8 + 6] = cg_relu(a0_0);
                    y_row[q * 8 + 7] = cg_relu(a0_1);
                    y_row[q * 8 + 14] = cg_relu(a1_0);
                    y_row[q * 8 + 15] = cg_relu(a1_1);
                    y_row[q * 8 + 22] = cg_relu(a2_0);
                    y_row[q * 8 + 23] = cg_relu(a2_1);
                    y_row[q * 8 + 30] = cg_relu(a3_0);
                    y_row[q * 8 + 31] = cg_relu(a3_1);
                    y_row[q * 8 + 38] = cg_relu(a4_0);
                    y_row[q * 8 + 39] = cg_relu(a4_1);
                    y_row[q * 8 + 46] = cg_relu(a5_0);
                    y_row[q * 8 + 47] = cg_relu(a5_1);
                    y_row[q * 8 + 54] = cg_relu(a6_0);
                    y_row[q * 8 + 55] = cg_relu(a6_1);
}
                for (int q = 14; q < 26; q += 6)
                {   /* 6 pixel(s) x 2 filter(s) in scalar registers */
                    const float b0 = bias[6], b1 = bias[7];
                    float a0_0 = b0, a0_1 = b1;
                    float a1_0 = b0, a1_1 = b1;
                    float a2_0 = b0, a2_1 = b1;
                    float a3_0 = b0, a3_1 = b1;
                    float a4_0 = b0, a4_1 = b1;
                    float a5_0 = b0, a5_1 = b1;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh;
                        const float *xr = input + ih * 28 + q;
                        const float *wr = wf + kh * 24 + 6;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            {   /* channel 0 */
                                const float w0 = w[0], w1 = w[1];
                                {
                                    const float xv = xk[0];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[1];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[2];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[3];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[4];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[5];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *xk = xr + 1;
                            const float *w = wr + 8;
                            {   /* channel 0 */
                                const float w0 = w[0], w1 = w[1];
                                {
                                    const float xv = xk[0];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[1];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[2];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[3];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[4];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[5];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *xk = xr + 2;
                            const float *w = wr + 16;
                            {   /* channel 0 */
                                const float w0 = w[0], w1 = w[1];
                                {
                                    const float xv = xk[0];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[1];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[2];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[3];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[4];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xk[5];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv;
                                }
                            }
                        }
                    }
                    y_row[q * 8 + 6] = cg_relu(a0_0);
                    y_row[q * 8 + 7] = cg_relu(a0_1);
                    y_row[q * 8 + 14] = cg_relu(a1_0);
                    y_row[q * 8 + 15] = cg_relu(a1_1);
                    y_row[q * 8 + 22] = cg_relu(a2_0);
                    y_row[q * 8 + 23] = cg_relu(a2_1);
                    y_row[q * 8 + 30] = cg_relu(a3_0);
                    y_row[q * 8 + 31] = cg_relu(a3_1);
                    y_row[q * 8 + 38] = cg_relu(a4_0);
                    y_row[q * 8 + 39] = cg_relu(a4_1);
                    y_row[q * 8 + 46] = cg_relu(a5_0);
                    y_row[q * 8 + 47] = cg_relu(a5_1);
}
            }
        }
    }
#endif
    return 0;
}

/* conv2d_1 (Conv2D) 28x28x8 -> 13x13x16, activation relu (reads through zero_padding2d, folded)
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x26x26x8: strides n=5408 c=1 d=5408 h=208 w=8
 *   output 1x13x13x16: strides n=2704 c=1 d=2704 h=208 w=16
 *   weights [1][1][3][3][8][16], bias [1][16] at 1152
 *   padding before (d, h, w) = (0, 1, 1)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_mnist_cnn_layer2(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int mnist_cnn_layer2(const float *input, const float *weights, float *output,
                            float *workspace)
{
    const float *bias = weights + 1152;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_mnist_cnn_layer2;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int oh = 0; oh < 13; ++oh) {
        float *y_row = y + oh * 208;
        {
            const float *wf = weights;
            /* columns q: interior for q in [1, 13) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 13 output pixel(s) x 16 filters in 1 cg_v16: an edge tile, each tap only where its column exists */
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
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh - 1;
                    if (ih < 0) continue;
                    const float *xr = input + ih * 208;
                    const float *wr = wf + kh * 384;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            {
                                const float xv = xr[c + 8];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 56];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 88];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 104];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 120];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 136];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 152];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 168];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 184];
                                a12_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 128;
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
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 256;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            {
                                const float xv = xr[c + 8];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 56];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 88];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 104];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 120];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 136];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 152];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 168];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 184];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 200];
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
            }


#else
            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh - 1;
                    if (ih < 0) continue;
                    const float *xr = input + ih * 208;
                    const float *wr = wf + kh * 384;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 8];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 56];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 128;
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
                    {   /* tap kw = 2 */
                        const float *w = wr + 256;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 8];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 56];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + 8, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 16, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + 24, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 32, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + 40, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 48, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + 56, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + 64, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + 72, a4_1);
            }

            for (int q = 5; q < 13; q += 4)
            {   /* 4 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh - 1;
                    if (ih < 0) continue;
                    const float *xr = input + ih * 208 + q * 16;
                    const float *wr = wf + kh * 384;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c - 8];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 128;
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
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 256;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 8];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 56];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
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
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_mnist_cnn_layer2;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 13; ++oh) {
        float *y_row = y + oh * 208;
        {   /* block 0: 16 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 16; f0 += 8) {
                /* columns q: interior for q in [1, 13) */
                {   /* 3 pixel(s) x 8 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4], b5 = bias[f0 + 5], b6 = bias[f0 + 6], b7 = bias[f0 + 7];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5, a0_6 = b6, a0_7 = b7;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5, a1_6 = b6, a1_7 = b7;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4, a2_5 = b5, a2_6 = b6, a2_7 = b7;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh - 1;
                        if (ih < 0) continue;
                        const float *xr = input + ih * 208;
                        const float *wr = wf + kh * 384 + f0;
                        {   /* tap kw = 0, pixels 1, 2 */
                            const float *w = wr;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const float x1 = xr[c + 8], x2 = xr[c + 24];
                                {
                                    const float wv = w[0];
                                    a1_0 += x1 * wv; a2_0 += x2 * wv;
                                }
                                {
                                    const float wv = w[1];
                                    a1_1 += x1 * wv; a2_1 += x2 * wv;
                                }
                                {
                                    const float wv = w[2];
                                    a1_2 += x1 * wv; a2_2 += x2 * wv;
                                }
                                {
                                    const float wv = w[3];
                                    a1_3 += x1 * wv; a2_3 += x2 * wv;
                                }
                                {
                                    const float wv = w[4];
                                    a1_4 += x1 * wv; a2_4 += x2 * wv;
                                }
                                {
                                    const float wv = w[5];
                                    a1_5 += x1 * wv; a2_5 += x2 * wv;
                                }
                                {
                                    const float wv = w[6];
                                    a1_6 += x1 * wv; a2_6 += x2 * wv;
                                }
                                {
                                    const float wv = w[7];
                                    a1_7 += x1 * wv; a2_7 += x2 * wv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 128;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const float x0 = xr[c], x1 = xr[c + 16], x2 = xr[c + 32];
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
                        {   /* tap kw = 2 */
                            const float *w = wr + 256;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const float x0 = xr[c + 8], x1 = xr[c + 24], x2 = xr[c + 40];
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
                    }
                    y_row[f0] = cg_relu(a0_0);
                    y_row[f0 + 1] = cg_relu(a0_1);
                    y_row[f0 + 2] = cg_relu(a0_2);
                    y_row[f0 + 3] = cg_relu(a0_3);
                    y_row[f0 + 4] = cg_relu(a0_4);
                    y_row[f0 + 5] = cg_relu(a0_5);
                    y_row[f0 + 6] = cg_relu(a0_6);
                    y_row[f0 + 7] = cg_relu(a0_7);
                    y_row[f0 + 16] = cg_relu(a1_0);
                    y_row[f0 + 17] = cg_relu(a1_1);
                    y_row[f0 + 18] = cg_relu(a1_2);
                    y_row[f0 + 19] = cg_relu(a1_3);
                    y_row[f0 + 20] = cg_relu(a1_4);
                    y_row[f0 + 21] = cg_relu(a1_5);
                    y_row[f0 + 22] = cg_relu(a1_6);
                    y_row[f0 + 23] = cg_relu(a1_7);
                    y_row[f0 + 32] = cg_relu(a2_0);
                    y_row[f0 + 33] = cg_relu(a2_1);
                    y_row[f0 + 34] = cg_relu(a2_2);
                    y_row[f0 + 35] = cg_relu(a2_3);
                    y_row[f0 + 36] = cg_relu(a2_4);
                    y_row[f0 + 37] = cg_relu(a2_5);
                    y_row[f0 + 38] = cg_relu(a2_6);
                    y_row[f0 + 39] = cg_relu(a2_7);
}
                for (int q = 3; q < 9; q += 3)
                {   /* 3 pixel(s) x 8 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4], b5 = bias[f0 + 5], b6 = bias[f0 + 6], b7 = bias[f0 + 7];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5, a0_6 = b6, a0_7 = b7;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5, a1_6 = b6, a1_7 = b7;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4, a2_5 = b5, a2_6 = b6, a2_7 = b7;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh - 1;
                        if (ih < 0) continue;
                        const float *xr = input + ih * 208 + q * 16;
                        const float *wr = wf + kh * 384 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const float x0 = xk[c - 8], x1 = xk[c + 8], x2 = xk[c + 24];
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
                        {   /* tap kw = 1 */
                            const float *xk = xr + 8;
                            const float *w = wr + 128;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const float x0 = xk[c - 8], x1 = xk[c + 8], x2 = xk[c + 24];
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
                        {   /* tap kw = 2 */
                            const float *xk = xr + 16;
                            const float *w = wr + 256;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const float x0 = xk[c - 8], x1 = xk[c + 8], x2 = xk[c + 24];
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
                    }
                    y_row[q * 16 + f0] = cg_relu(a0_0);
                    y_row[q * 16 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 16 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 16 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 16 + f0 + 4] = cg_relu(a0_4);
                    y_row[q * 16 + f0 + 5] = cg_relu(a0_5);
                    y_row[q * 16 + f0 + 6] = cg_relu(a0_6);
                    y_row[q * 16 + f0 + 7] = cg_relu(a0_7);
                    y_row[q * 16 + f0 + 16] = cg_relu(a1_0);
                    y_row[q * 16 + f0 + 17] = cg_relu(a1_1);
                    y_row[q * 16 + f0 + 18] = cg_relu(a1_2);
                    y_row[q * 16 + f0 + 19] = cg_relu(a1_3);
                    y_row[q * 16 + f0 + 20] = cg_relu(a1_4);
                    y_row[q * 16 + f0 + 21] = cg_relu(a1_5);
                    y_row[q * 16 + f0 + 22] = cg_relu(a1_6);
                    y_row[q * 16 + f0 + 23] = cg_relu(a1_7);
                    y_row[q * 16 + f0 + 32] = cg_relu(a2_0);
                    y_row[q * 16 + f0 + 33] = cg_relu(a2_1);
                    y_row[q * 16 + f0 + 34] = cg_relu(a2_2);
                    y_row[q * 16 + f0 + 35] = cg_relu(a2_3);
                    y_row[q * 16 + f0 + 36] = cg_relu(a2_4);
                    y_row[q * 16 + f0 + 37] = cg_relu(a2_5);
                    y_row[q * 16 + f0 + 38] = cg_relu(a2_6);
                    y_row[q * 16 + f0 + 39] = cg_relu(a2_7);
}
                for (int q = 9; q < 13; q += 2)
                {   /* 2 pixel(s) x 8 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4], b5 = bias[f0 + 5], b6 = bias[f0 + 6], b7 = bias[f0 + 7];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5, a0_6 = b6, a0_7 = b7;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5, a1_6 = b6, a1_7 = b7;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh - 1;
                        if (ih < 0) continue;
                        const float *xr = input + ih * 208 + q * 16;
                        const float *wr = wf + kh * 384 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const float x0 = xk[c - 8], x1 = xk[c + 8];
                                {
                                    const float wv = w[0];
                                    a0_0 += x0 * wv; a1_0 += x1 * wv;
                                }
                                {
                                    const float wv = w[1];
                                    a0_1 += x0 * wv; a1_1 += x1 * wv;
                                }
                                {
                                    const float wv = w[2];
                                    a0_2 += x0 * wv; a1_2 += x1 * wv;
                                }
                                {
                                    const float wv = w[3];
                                    a0_3 += x0 * wv; a1_3 += x1 * wv;
                                }
                                {
                                    const float wv = w[4];
                                    a0_4 += x0 * wv; a1_4 += x1 * wv;
                                }
                                {
                                    const float wv = w[5];
                                    a0_5 += x0 * wv; a1_5 += x1 * wv;
                                }
                                {
                                    const float wv = w[6];
                                    a0_6 += x0 * wv; a1_6 += x1 * wv;
                                }
                                {
                                    const float wv = w[7];
                                    a0_7 += x0 * wv; a1_7 += x1 * wv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *xk = xr + 8;
                            const float *w = wr + 128;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const float x0 = xk[c - 8], x1 = xk[c + 8];
                                {
                                    const float wv = w[0];
                                    a0_0 += x0 * wv; a1_0 += x1 * wv;
                                }
                                {
                                    const float wv = w[1];
                                    a0_1 += x0 * wv; a1_1 += x1 * wv;
                                }
                                {
                                    const float wv = w[2];
                                    a0_2 += x0 * wv; a1_2 += x1 * wv;
                                }
                                {
                                    const float wv = w[3];
                                    a0_3 += x0 * wv; a1_3 += x1 * wv;
                                }
                                {
                                    const float wv = w[4];
                                    a0_4 += x0 * wv; a1_4 += x1 * wv;
                                }
                                {
                                    const float wv = w[5];
                                    a0_5 += x0 * wv; a1_5 += x1 * wv;
                                }
                                {
                                    const float wv = w[6];
                                    a0_6 += x0 * wv; a1_6 += x1 * wv;
                                }
                                {
                                    const float wv = w[7];
                                    a0_7 += x0 * wv; a1_7 += x1 * wv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *xk = xr + 16;
                            const float *w = wr + 256;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const float x0 = xk[c - 8], x1 = xk[c + 8];
                                {
                                    const float wv = w[0];
                                    a0_0 += x0 * wv; a1_0 += x1 * wv;
                                }
                                {
                                    const float wv = w[1];
                                    a0_1 += x0 * wv; a1_1 += x1 * wv;
                                }
                                {
                                    const float wv = w[2];
                                    a0_2 += x0 * wv; a1_2 += x1 * wv;
                                }
                                {
                                    const float wv = w[3];
                                    a0_3 += x0 * wv; a1_3 += x1 * wv;
                                }
                                {
                                    const float wv = w[4];
                                    a0_4 += x0 * wv; a1_4 += x1 * wv;
                                }
                                {
                                    const float wv = w[5];
                                    a0_5 += x0 * wv; a1_5 += x1 * wv;
                                }
                                {
                                    const float wv = w[6];
                                    a0_6 += x0 * wv; a1_6 += x1 * wv;
                                }
                                {
                                    const float wv = w[7];
                                    a0_7 += x0 * wv; a1_7 += x1 * wv;
                                }
                            }
                        }
                    }
                    y_row[q * 16 + f0] = cg_relu(a0_0);
                    y_row[q * 16 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 16 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 16 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 16 + f0 + 4] = cg_relu(a0_4);
                    y_row[q * 16 + f0 + 5] = cg_relu(a0_5);
                    y_row[q * 16 + f0 + 6] = cg_relu(a0_6);
                    y_row[q * 16 + f0 + 7] = cg_relu(a0_7);
                    y_row[q * 16 + f0 + 16] = cg_relu(a1_0);
                    y_row[q * 16 + f0 + 17] = cg_relu(a1_1);
                    y_row[q * 16 + f0 + 18] = cg_relu(a1_2);
                    y_row[q * 16 + f0 + 19] = cg_relu(a1_3);
                    y_row[q * 16 + f0 + 20] = cg_relu(a1_4);
                    y_row[q * 16 + f0 + 21] = cg_relu(a1_5);
                    y_row[q * 16 + f0 + 22] = cg_relu(a1_6);
                    y_row[q * 16 + f0 + 23] = cg_relu(a1_7);
}
            }
        }
    }
#endif
    return 0;
}

/* conv2d_2 (Conv2D) 13x13x16 -> 11x11x16, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x13x13x16: strides n=2704 c=1 d=2704 h=208 w=16
 *   output 1x11x11x16: strides n=1936 c=1 d=1936 h=176 w=16
 *   weights [1][1][3][3][16][16], bias [1][16] at 2304
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_mnist_cnn_layer3(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int mnist_cnn_layer3(const float *input, const float *weights, float *output,
                            float *workspace)
{
    const float *bias = weights + 2304;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_mnist_cnn_layer3;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int oh = 0; oh < 11; ++oh) {
        float *y_row = y + oh * 176;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 11) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 11; q += 11)
            {   /* 11 output pixel(s) x 16 filters in 1 cg_v16, no bounds checks along w */
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
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh;
                    const float *xr = input + ih * 208 + q * 16;
                    const float *wr = wf + kh * 768;
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
                                const float xv = xr[c + 16];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 112];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 144];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 176];
                                a10_0 += w0 * xv;
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
                                const float xv = xr[c + 32];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 112];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 144];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 176];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a10_0 += w0 * xv;
                            }
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
            }


#else
            for (int q = 0; q < 6; q += 6)
            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh;
                    const float *xr = input + ih * 208 + q * 16;
                    const float *wr = wf + kh * 768;
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
                    {   /* tap kw = 1 */
                        const float *w = wr + 256;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 16];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
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

            for (int q = 6; q < 11; q += 5)
            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh;
                    const float *xr = input + ih * 208 + q * 16;
                    const float *wr = wf + kh * 768;
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
                    {   /* tap kw = 1 */
                        const float *w = wr + 256;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 16];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
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


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_mnist_cnn_layer3;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 11; ++oh) {
        float *y_row = y + oh * 176;
        {   /* block 0: 16 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 16; f0 += 4) {
                /* columns q: interior for q in [0, 11) */
                for (int q = 0; q < 6; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh;
                        const float *xr = input + ih * 208 + q * 16;
                        const float *wr = wf + kh * 768 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 16; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 16];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 32];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 48];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 64];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 80];
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
                                    const float xv = xk[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 16];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 32];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 48];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 64];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 80];
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
                                    const float xv = xk[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 16];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 32];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 48];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 64];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 80];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
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
                    y_row[q * 16 + f0 + 80] = cg_relu(a5_0);
                    y_row[q * 16 + f0 + 81] = cg_relu(a5_1);
                    y_row[q * 16 + f0 + 82] = cg_relu(a5_2);
                    y_row[q * 16 + f0 + 83] = cg_relu(a5_3);
}
                for (int q = 6; q < 11; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh;
                        const float *xr = input + ih * 208 + q * 16;
                        const float *wr = wf + kh * 768 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 16; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 16];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 32];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 48];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 64];
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
                                    const float xv = xk[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 16];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 32];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 48];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 64];
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
                                    const float xv = xk[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 16];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 32];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 48];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 64];
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
            }
        }
    }
#endif
    return 0;
}

/* conv2d_3 (Conv2D) 11x11x16 -> 1x1x10, activation softmax
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x11x11x16: strides n=1936 c=1 d=1936 h=176 w=16
 *   output 1x1x1x10: strides n=10 c=1 d=10 h=10 w=10
 *   weights [1][1][11][11][16][16], bias [1][16] at 30976
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_mnist_cnn_layer4(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_linear(t[f]);
}

static int mnist_cnn_layer4(const float *input, const float *weights, float *output,
                            float *workspace)
{
    const float *bias = weights + 30976;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[16];   /* a pixel's values on their way to the scalar store */
    (void)t;   /* unused where the last block's tiles store whole vectors */
    (void)store_mnist_cnn_layer4;
    /* filter blocks outermost: one block's weights stay in cache across every row */
    {
        float *y_row = y;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 1) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 1; q += 1)
            {   /* 1 output pixel(s) x 16 filters in 1 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias);
                for (int kh = 0; kh < 11; ++kh) {
                    const int ih = kh;
                    const float *xr = input + ih * 176 + q * 16;
                    const float *wr = wf + kh * 2816;
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
                                const float xv = xr[c + 16];
                                a0_0 += w0 * xv;
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
                                const float xv = xr[c + 32];
                                a0_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 3 */
                        const float *w = wr + 768;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            {
                                const float xv = xr[c + 48];
                                a0_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 4 */
                        const float *w = wr + 1024;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            {
                                const float xv = xr[c + 64];
                                a0_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 5 */
                        const float *w = wr + 1280;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            {
                                const float xv = xr[c + 80];
                                a0_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 6 */
                        const float *w = wr + 1536;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            {
                                const float xv = xr[c + 96];
                                a0_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 7 */
                        const float *w = wr + 1792;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            {
                                const float xv = xr[c + 112];
                                a0_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 8 */
                        const float *w = wr + 2048;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            {
                                const float xv = xr[c + 128];
                                a0_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 9 */
                        const float *w = wr + 2304;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            {
                                const float xv = xr[c + 144];
                                a0_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 10 */
                        const float *w = wr + 2560;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            {
                                const float xv = xr[c + 160];
                                a0_0 += w0 * xv;
                            }
                        }
                    }
                }
CG_STORE(cg_v16, t, a0_0); 
                store_mnist_cnn_layer4(y_row + q * 10, t, 10);
            }


#else
            for (int q = 0; q < 1; q += 1)
            {   /* 1 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 11; ++kh) {
                    const int ih = kh;
                    const float *xr = input + ih * 176 + q * 16;
                    const float *wr = wf + kh * 2816;
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
                                const float xv = xr[c + 16];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
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
                                const float xv = xr[c + 32];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 3 */
                        const float *w = wr + 768;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 48];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 4 */
                        const float *w = wr + 1024;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 64];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 5 */
                        const float *w = wr + 1280;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 80];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 6 */
                        const float *w = wr + 1536;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 96];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 7 */
                        const float *w = wr + 1792;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 112];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 8 */
                        const float *w = wr + 2048;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 128];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 9 */
                        const float *w = wr + 2304;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 144];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 10 */
                        const float *w = wr + 2560;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 160];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); CG_STORE(cg_v8, t + 8, a0_1); 
                store_mnist_cnn_layer4(y_row + q * 10, t, 10);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_mnist_cnn_layer4;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        {   /* block 0: 10 filters */
            const float *wf = weights;
            {
                /* columns q: interior for q in [0, 1) */
                for (int q = 0; q < 1; q += 1)
                {   /* 1 pixel(s) x 10 filter(s) in scalar registers */
                    const float b0 = bias[0], b1 = bias[1], b2 = bias[2], b3 = bias[3], b4 = bias[4], b5 = bias[5], b6 = bias[6], b7 = bias[7], b8 = bias[8], b9 = bias[9];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5, a0_6 = b6, a0_7 = b7, a0_8 = b8, a0_9 = b9;
                    for (int kh = 0; kh < 11; ++kh) {
                        const int ih = kh;
                        const float *xr = input + ih * 176 + q * 16;
                        const float *wr = wf + kh * 2816;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 16; c += 2, w += 32) {
                                {   /* channel c + 0 */
                                    const float x0 = xk[c];
                                    a0_0 += x0 * w[0];
                                    a0_1 += x0 * w[1];
                                    a0_2 += x0 * w[2];
                                    a0_3 += x0 * w[3];
                                    a0_4 += x0 * w[4];
                                    a0_5 += x0 * w[5];
                                    a0_6 += x0 * w[6];
                                    a0_7 += x0 * w[7];
                                    a0_8 += x0 * w[8];
                                    a0_9 += x0 * w[9];
                                }
                                {   /* channel c + 1 */
                                    const float x0 = xk[c + 1];
                                    a0_0 += x0 * w[16];
                                    a0_1 += x0 * w[17];
                                    a0_2 += x0 * w[18];
                                    a0_3 += x0 * w[19];
                                    a0_4 += x0 * w[20];
                                    a0_5 += x0 * w[21];
                                    a0_6 += x0 * w[22];
                                    a0_7 += x0 * w[23];
                                    a0_8 += x0 * w[24];
                                    a0_9 += x0 * w[25];
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *xk = xr + 16;
                            const float *w = wr + 256;
                            for (int c = 0; c < 16; c += 2, w += 32) {
                                {   /* channel c + 0 */
                                    const float x0 = xk[c];
                                    a0_0 += x0 * w[0];
                                    a0_1 += x0 * w[1];
                                    a0_2 += x0 * w[2];
                                    a0_3 += x0 * w[3];
                                    a0_4 += x0 * w[4];
                                    a0_5 += x0 * w[5];
                                    a0_6 += x0 * w[6];
                                    a0_7 += x0 * w[7];
                                    a0_8 += x0 * w[8];
                                    a0_9 += x0 * w[9];
                                }
                                {   /* channel c + 1 */
                                    const float x0 = xk[c + 1];
                                    a0_0 += x0 * w[16];
                                    a0_1 += x0 * w[17];
                                    a0_2 += x0 * w[18];
                                    a0_3 += x0 * w[19];
                                    a0_4 += x0 * w[20];
                                    a0_5 += x0 * w[21];
                                    a0_6 += x0 * w[22];
                                    a0_7 += x0 * w[23];
                                    a0_8 += x0 * w[24];
                                    a0_9 += x0 * w[25];
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *xk = xr + 32;
                            const float *w = wr + 512;
                            for (int c = 0; c < 16; c += 2, w += 32) {
                                {   /* channel c + 0 */
                                    const float x0 = xk[c];
                                    a0_0 += x0 * w[0];
                                    a0_1 += x0 * w[1];
                                    a0_2 += x0 * w[2];
                                    a0_3 += x0 * w[3];
                                    a0_4 += x0 * w[4];
                                    a0_5 += x0 * w[5];
                                    a0_6 += x0 * w[6];
                                    a0_7 += x0 * w[7];
                                    a0_8 += x0 * w[8];
                                    a0_9 += x0 * w[9];
                                }
                                {   /* channel c + 1 */
                                    const float x0 = xk[c + 1];
                                    a0_0 += x0 * w[16];
                                    a0_1 += x0 * w[17];
                                    a0_2 += x0 * w[18];
                                    a0_3 += x0 * w[19];
                                    a0_4 += x0 * w[20];
                                    a0_5 += x0 * w[21];
                                    a0_6 += x0 * w[22];
                                    a0_7 += x0 * w[23];
                                    a0_8 += x0 * w[24];
                                    a0_9 += x0 * w[25];
                                }
                            }
                        }
                        {   /* tap kw = 3 */
                            const float *xk = xr + 48;
                            const float *w = wr + 768;
                            for (int c = 0; c < 16; c += 2, w += 32) {
                                {   /* channel c + 0 */
                                    const float x0 = xk[c];
                                    a0_0 += x0 * w[0];
                                    a0_1 += x0 * w[1];
                                    a0_2 += x0 * w[2];
                                    a0_3 += x0 * w[3];
                                    a0_4 += x0 * w[4];
                                    a0_5 += x0 * w[5];
                                    a0_6 += x0 * w[6];
                                    a0_7 += x0 * w[7];
                                    a0_8 += x0 * w[8];
                                    a0_9 += x0 * w[9];
                                }
                                {   /* channel c + 1 */
                                    const float x0 = xk[c + 1];
                                    a0_0 += x0 * w[16];
                                    a0_1 += x0 * w[17];
                                    a0_2 += x0 * w[18];
                                    a0_3 += x0 * w[19];
                                    a0_4 += x0 * w[20];
                                    a0_5 += x0 * w[21];
                                    a0_6 += x0 * w[22];
                                    a0_7 += x0 * w[23];
                                    a0_8 += x0 * w[24];
                                    a0_9 += x0 * w[25];
                                }
                            }
                        }
                        {   /* tap kw = 4 */
                            const float *xk = xr + 64;
                            const float *w = wr + 1024;
                            for (int c = 0; c < 16; c += 2, w += 32) {
                                {   /* channel c + 0 */
                                    const float x0 = xk[c];
                                    a0_0 += x0 * w[0];
                                    a0_1 += x0 * w[1];
                                    a0_2 += x0 * w[2];
                                    a0_3 += x0 * w[3];
                                    a0_4 += x0 * w[4];
                                    a0_5 += x0 * w[5];
                                    a0_6 += x0 * w[6];
                                    a0_7 += x0 * w[7];
                                    a0_8 += x0 * w[8];
                                    a0_9 += x0 * w[9];
                                }
                                {   /* channel c + 1 */
                                    const float x0 = xk[c + 1];
                                    a0_0 += x0 * w[16];
                                    a0_1 += x0 * w[17];
                                    a0_2 += x0 * w[18];
                                    a0_3 += x0 * w[19];
                                    a0_4 += x0 * w[20];
                                    a0_5 += x0 * w[21];
                                    a0_6 += x0 * w[22];
                                    a0_7 += x0 * w[23];
                                    a0_8 += x0 * w[24];
                                    a0_9 += x0 * w[25];
                                }
                            }
                        }
                        {   /* tap kw = 5 */
                            const float *xk = xr + 80;
                            const float *w = wr + 1280;
                            for (int c = 0; c < 16; c += 2, w += 32) {
                                {   /* channel c + 0 */
                                    const float x0 = xk[c];
                                    a0_0 += x0 * w[0];
                                    a0_1 += x0 * w[1];
                                    a0_2 += x0 * w[2];
                                    a0_3 += x0 * w[3];
                                    a0_4 += x0 * w[4];
                                    a0_5 += x0 * w[5];
                                    a0_6 += x0 * w[6];
                                    a0_7 += x0 * w[7];
                                    a0_8 += x0 * w[8];
                                    a0_9 += x0 * w[9];
                                }
                                {   /* channel c + 1 */
                                    const float x0 = xk[c + 1];
                                    a0_0 += x0 * w[16];
                                    a0_1 += x0 * w[17];
                                    a0_2 += x0 * w[18];
                                    a0_3 += x0 * w[19];
                                    a0_4 += x0 * w[20];
                                    a0_5 += x0 * w[21];
                                    a0_6 += x0 * w[22];
                                    a0_7 += x0 * w[23];
                                    a0_8 += x0 * w[24];
                                    a0_9 += x0 * w[25];
                                }
                            }
                        }
                        {   /* tap kw = 6 */
                            const float *xk = xr + 96;
                            const float *w = wr + 1536;
                            for (int c = 0; c < 16; c += 2, w += 32) {
                                {   /* channel c + 0 */
                                    const float x0 = xk[c];
                                    a0_0 += x0 * w[0];
                                    a0_1 += x0 * w[1];
                                    a0_2 += x0 * w[2];
                                    a0_3 += x0 * w[3];
                                    a0_4 += x0 * w[4];
                                    a0_5 += x0 * w[5];
                                    a0_6 += x0 * w[6];
                                    a0_7 += x0 * w[7];
                                    a0_8 += x0 * w[8];
                                    a0_9 += x0 * w[9];
                                }
                                {   /* channel c + 1 */
                                    const float x0 = xk[c + 1];
                                    a0_0 += x0 * w[16];
                                    a0_1 += x0 * w[17];
                                    a0_2 += x0 * w[18];
                                    a0_3 += x0 * w[19];
                                    a0_4 += x0 * w[20];
                                    a0_5 += x0 * w[21];
                                    a0_6 += x0 * w[22];
                                    a0_7 += x0 * w[23];
                                    a0_8 += x0 * w[24];
                                    a0_9 += x0 * w[25];
                                }
                            }
                        }
                        {   /* tap kw = 7 */
                            const float *xk = xr + 112;
                            const float *w = wr + 1792;
                            for (int c = 0; c < 16; c += 2, w += 32) {
                                {   /* channel c + 0 */
                                    const float x0 = xk[c];
                                    a0_0 += x0 * w[0];
                                    a0_1 += x0 * w[1];
                                    a0_2 += x0 * w[2];
                                    a0_3 += x0 * w[3];
                                    a0_4 += x0 * w[4];
                                    a0_5 += x0 * w[5];
                                    a0_6 += x0 * w[6];
                                    a0_7 += x0 * w[7];
                                    a0_8 += x0 * w[8];
                                    a0_9 += x0 * w[9];
                                }
                                {   /* channel c + 1 */
                                    const float x0 = xk[c + 1];
                                    a0_0 += x0 * w[16];
                                    a0_1 += x0 * w[17];
                                    a0_2 += x0 * w[18];
                                    a0_3 += x0 * w[19];
                                    a0_4 += x0 * w[20];
                                    a0_5 += x0 * w[21];
                                    a0_6 += x0 * w[22];
                                    a0_7 += x0 * w[23];
                                    a0_8 += x0 * w[24];
                                    a0_9 += x0 * w[25];
                                }
                            }
                        }
                        {   /* tap kw = 8 */
                            const float *xk = xr + 128;
                            const float *w = wr + 2048;
                            for (int c = 0; c < 16; c += 2, w += 32) {
                                {   /* channel c + 0 */
                                    const float x0 = xk[c];
                                    a0_0 += x0 * w[0];
                                    a0_1 += x0 * w[1];
                                    a0_2 += x0 * w[2];
                                    a0_3 += x0 * w[3];
                                    a0_4 += x0 * w[4];
                                    a0_5 += x0 * w[5];
                                    a0_6 += x0 * w[6];
                                    a0_7 += x0 * w[7];
                                    a0_8 += x0 * w[8];
                                    a0_9 += x0 * w[9];
                                }
                                {   /* channel c + 1 */
                                    const float x0 = xk[c + 1];
                                    a0_0 += x0 * w[16];
                                    a0_1 += x0 * w[17];
                                    a0_2 += x0 * w[18];
                                    a0_3 += x0 * w[19];
                                    a0_4 += x0 * w[20];
                                    a0_5 += x0 * w[21];
                                    a0_6 += x0 * w[22];
                                    a0_7 += x0 * w[23];
                                    a0_8 += x0 * w[24];
                                    a0_9 += x0 * w[25];
                                }
                            }
                        }
                        {   /* tap kw = 9 */
                            const float *xk = xr + 144;
                            const float *w = wr + 2304;
                            for (int c = 0; c < 16; c += 2, w += 32) {
                                {   /* channel c + 0 */
                                    const float x0 = xk[c];
                                    a0_0 += x0 * w[0];
                                    a0_1 += x0 * w[1];
                                    a0_2 += x0 * w[2];
                                    a0_3 += x0 * w[3];
                                    a0_4 += x0 * w[4];
                                    a0_5 += x0 * w[5];
                                    a0_6 += x0 * w[6];
                                    a0_7 += x0 * w[7];
                                    a0_8 += x0 * w[8];
                                    a0_9 += x0 * w[9];
                                }
                                {   /* channel c + 1 */
                                    const float x0 = xk[c + 1];
                                    a0_0 += x0 * w[16];
                                    a0_1 += x0 * w[17];
                                    a0_2 += x0 * w[18];
                                    a0_3 += x0 * w[19];
                                    a0_4 += x0 * w[20];
                                    a0_5 += x0 * w[21];
                                    a0_6 += x0 * w[22];
                                    a0_7 += x0 * w[23];
                                    a0_8 += x0 * w[24];
                                    a0_9 += x0 * w[25];
                                }
                            }
                        }
                        {   /* tap kw = 10 */
                            const float *xk = xr + 160;
                            const float *w = wr + 2560;
                            for (int c = 0; c < 16; c += 2, w += 32) {
                                {   /* channel c + 0 */
                                    const float x0 = xk[c];
                                    a0_0 += x0 * w[0];
                                    a0_1 += x0 * w[1];
                                    a0_2 += x0 * w[2];
                                    a0_3 += x0 * w[3];
                                    a0_4 += x0 * w[4];
                                    a0_5 += x0 * w[5];
                                    a0_6 += x0 * w[6];
                                    a0_7 += x0 * w[7];
                                    a0_8 += x0 * w[8];
                                    a0_9 += x0 * w[9];
                                }
                                {   /* channel c + 1 */
                                    const float x0 = xk[c + 1];
                                    a0_0 += x0 * w[16];
                                    a0_1 += x0 * w[17];
                                    a0_2 += x0 * w[18];
                                    a0_3 += x0 * w[19];
                                    a0_4 += x0 * w[20];
                                    a0_5 += x0 * w[21];
                                    a0_6 += x0 * w[22];
                                    a0_7 += x0 * w[23];
                                    a0_8 += x0 * w[24];
                                    a0_9 += x0 * w[25];
                                }
                            }
                        }
                    }
                    y_row[q * 10] = cg_linear(a0_0);
                    y_row[q * 10 + 1] = cg_linear(a0_1);
                    y_row[q * 10 + 2] = cg_linear(a0_2);
                    y_row[q * 10 + 3] = cg_linear(a0_3);
                    y_row[q * 10 + 4] = cg_linear(a0_4);
                    y_row[q * 10 + 5] = cg_linear(a0_5);
                    y_row[q * 10 + 6] = cg_linear(a0_6);
                    y_row[q * 10 + 7] = cg_linear(a0_7);
                    y_row[q * 10 + 8] = cg_linear(a0_8);
                    y_row[q * 10 + 9] = cg_linear(a0_9);
}
            }
        }
    }
#endif
    cg_softmax_rows(output, 1, 10);
    return 0;
}

/* conv2d (Conv2D) 28x28x1 -> 26x26x8, activation relu; zero_padding2d (ZeroPadding2D) 26x26x8 -> 28x28x8; conv2d_1 (Conv2D) 28x28x8 -> 13x13x16, activation relu; conv2d_2 (Conv2D) 13x13x16 -> 11x11x16, activation relu; conv2d_3 (Conv2D) 11x11x16 -> 1x1x10, activation softmax
 * Workspace: 8112 floats: conv2d at 0 (5408 floats, steps 0-1), conv2d_1 at 5408 (2704 floats, steps 1-2), conv2d_2 at 0 (1936 floats, steps 2-3). */
int mnist_cnn(const float *input, const float *weights, float *output, float *workspace)
{
    mnist_cnn_layer0(input, weights, workspace, workspace);
    mnist_cnn_layer2(workspace, weights + 80, workspace + 5408, workspace);
    mnist_cnn_layer3(workspace + 5408, weights + 1248, workspace, workspace);
    mnist_cnn_layer4(workspace, weights + 3568, output, workspace);
    return 0;
}
