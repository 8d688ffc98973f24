/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: keras_mnist.yaml
 *   Template: model.c.j2, dense_layer.c.j2, pooled.c.j2
 */
#include "keras_mnist.h"

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
/* Keras's maximum and minimum propagate NaN (fmaxf/fminf would drop it) */
static inline float cg_max(float a, float b) { return (a != a || a > b) ? a : b; }

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

/* the conv step of conv2d
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x28x28x1: strides n=784 c=1 d=784 h=28 w=1
 *   output 1x2x26x32 (one band): strides n=1664 c=1 d=1664 h=832 w=32
 *   weights [1][1][3][3][1][32], bias [1][32] at 288
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_keras_mnist_layer0_conv(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

/* Rows [oh0, oh0 + 2) into y (row oh at y + (oh - oh0) * 832): one band of a fused layer. */
static void keras_mnist_layer0_conv(const float *input, const float *weights, float *y, int oh0)
{
    const float *bias = weights + 288;
#if CG_VECTOR
    (void)store_keras_mnist_layer0_conv;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int oh = oh0; oh < oh0 + 2; ++oh) {
        float *y_row = y + oh * 832 - oh0 * 832;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 26) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 18; q += 9)
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
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh;
                    const float *xr = input + ih * 28 + q;
                    const float *wr = wf + kh * 96;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 32) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 1];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 2];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a7_0 += w0 * xv;
                                a7_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a8_0 += w0 * xv;
                                a8_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 32;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 32) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                            {
                                const float xv = xr[c + 1];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 2];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a7_0 += w0 * xv;
                                a7_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a8_0 += w0 * xv;
                                a8_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 64;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 32) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                            {
                                const float xv = xr[c + 2];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a7_0 += w0 * xv;
                                a7_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 10];
                                a8_0 += w0 * xv;
                                a8_1 += w1 * xv;
                            }
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
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + q * 32 + 256, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + q * 32 + 272, a8_1);
            }

            for (int q = 18; q < 26; q += 8)
            {   /* 8 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias), a0_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias), a1_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias), a2_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias), a3_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias), a4_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias), a5_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias), a6_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias), a7_1 = CG_LOAD(cg_v16, bias + 16);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh;
                    const float *xr = input + ih * 28 + q;
                    const float *wr = wf + kh * 96;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 32) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 1];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 2];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a7_0 += w0 * xv;
                                a7_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 32;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 32) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                            {
                                const float xv = xr[c + 1];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 2];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a7_0 += w0 * xv;
                                a7_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 64;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 32) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                            {
                                const float xv = xr[c + 2];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a7_0 += w0 * xv;
                                a7_1 += w1 * xv;
                            }
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
            for (int q = 0; q < 6; q += 6)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fh), a5_1 = CG_LOAD(cg_v8, bias + fh + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh;
                    const float *xr = input + ih * 28 + q;
                    const float *wr = wf + kh * 96;
                    {   /* tap kw = 0 */
                        const float *w = wr + fh;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 32) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 1];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 2];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + fh + 32;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 32) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 1];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 2];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + fh + 64;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 32) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 2];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
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

            for (int q = 6; q < 26; q += 5)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh;
                    const float *xr = input + ih * 28 + q;
                    const float *wr = wf + kh * 96;
                    {   /* tap kw = 0 */
                        const float *w = wr + fh;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 32) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 1];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 2];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + fh + 32;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 32) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 1];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 2];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + fh + 64;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 32) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 2];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
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
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_keras_mnist_layer0_conv;   /* unused: the tiles store their values themselves */
    for (int oh = oh0; oh < oh0 + 2; ++oh) {
        float *y_row = y + oh * 832 - oh0 * 832;
        {   /* block 0: 32 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 30; f0 += 3) {
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
                        const float *wr = wf + kh * 96 + f0;
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
                            const float *w = wr + 32;
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
                            const float *w = wr + 64;
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
                    y_row[q * 32 + f0] = cg_relu(a0_0);
                    y_row[q * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 32 + f0 + 32] = cg_relu(a1_0);
                    y_row[q * 32 + f0 + 33] = cg_relu(a1_1);
                    y_row[q * 32 + f0 + 34] = cg_relu(a1_2);
                    y_row[q * 32 + f0 + 64] = cg_relu(a2_0);
                    y_row[q * 32 + f0 + 65] = cg_relu(a2_1);
                    y_row[q * 32 + f0 + 66] = cg_relu(a2_2);
                    y_row[q * 32 + f0 + 96] = cg_relu(a3_0);
                    y_row[q * 32 + f0 + 97] = cg_relu(a3_1);
                    y_row[q * 32 + f0 + 98] = cg_relu(a3_2);
                    y_row[q * 32 + f0 + 128] = cg_relu(a4_0);
                    y_row[q * 32 + f0 + 129] = cg_relu(a4_1);
                    y_row[q * 32 + f0 + 130] = cg_relu(a4_2);
                    y_row[q * 32 + f0 + 160] = cg_relu(a5_0);
                    y_row[q * 32 + f0 + 161] = cg_relu(a5_1);
                    y_row[q * 32 + f0 + 162] = cg_relu(a5_2);
                    y_row[q * 32 + f0 + 192] = cg_relu(a6_0);
                    y_row[q * 32 + f0 + 193] = cg_relu(a6_1);
                    y_row[q * 32 + f0 + 194] = cg_relu(a6_2);
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
                        const float *wr = wf + kh * 96 + f0;
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
                            const float *w = wr + 32;
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
                            const float *w = wr + 64;
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
                    y_row[q * 32 + f0] = cg_relu(a0_0);
                    y_row[q * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 32 + f0 + 32] = cg_relu(a1_0);
                    y_row[q * 32 + f0 + 33] = cg_relu(a1_1);
                    y_row[q * 32 + f0 + 34] = cg_relu(a1_2);
                    y_row[q * 32 + f0 + 64] = cg_relu(a2_0);
                    y_row[q * 32 + f0 + 65] = cg_relu(a2_1);
                    y_row[q * 32 + f0 + 66] = cg_relu(a2_2);
                    y_row[q * 32 + f0 + 96] = cg_relu(a3_0);
                    y_row[q * 32 + f0 + 97] = cg_relu(a3_1);
                    y_row[q * 32 + f0 + 98] = cg_relu(a3_2);
                    y_row[q * 32 + f0 + 128] = cg_relu(a4_0);
                    y_row[q * 32 + f0 + 129] = cg_relu(a4_1);
                    y_row[q * 32 + f0 + 130] = cg_relu(a4_2);
                    y_row[q * 32 + f0 + 160] = cg_relu(a5_0);
                    y_row[q * 32 + f0 + 161] = cg_relu(a5_1);
                    y_row[q * 32 + f0 + 162] = cg_relu(a5_2);
}
            }
            {
                /* columns q: interior for q in [0, 26) */
                for (int q = 0; q < 14; q += 7)
                {   /* 7 pixel(s) x 2 filter(s) in scalar registers */
                    const float b0 = bias[30], b1 = bias[31];
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
                        const float *wr = wf + kh * 96 + 30;
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
                            const float *w = wr + 32;
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
                            const float *w = wr + 64;
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
                    y_row[q * 32 + 30] = cg_relu(a0_0);
                    y_row[q * 32 + 31] = cg_relu(a0_1);
                    y_row[q * 32 + 62] = cg_relu(a1_0);
                    y_row[q * 32 + 63] = cg_relu(a1_1);
                    y_row[q * 32 + 94] = cg_relu(a2_0);
                    y_row[q * 32 + 95] = cg_relu(a2_1);
                    y_row[q * 32 + 126] = cg_relu(a3_0);
                    y_row[q * 32 + 127] = cg_relu(a3_1);
                    y_row[q * 32 + 158] = cg_relu(a4_0);
                    y_row[q * 32 + 159] = cg_relu(a4_1);
                    y_row[q * 32 + 190] = cg_relu(a5_0);
                    y_row[q * 32 + 191] = cg_relu(a5_1);
                    y_row[q * 32 + 222] = cg_relu(a6_0);
                    y_row[q * 32 + 223] = cg_relu(a6_1);
}
                for (int q = 14; q < 26; q += 6)
                {   /* 6 pixel(s) x 2 filter(s) in scalar registers */
                    const float b0 = bias[30], b1 = bias[31];
                    float a0_0 = b0, a0_1 = b1;
                    float a1_0 = b0, a1_1 = b1;
                    float a2_0 = b0, a2_1 = b1;
                    float a3_0 = b0, a3_1 = b1;
                    float a4_0 = b0, a4_1 = b1;
                    float a5_0 = b0, a5_1 = b1;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh;
                        const float *xr = input + ih * 28 + q;
                        const float *wr = wf + kh * 96 + 30;
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
                            const float *w = wr + 32;
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
                            const float *w = wr + 64;
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
                    y_row[q * 32 + 30] = cg_relu(a0_0);
                    y_row[q * 32 + 31] = cg_relu(a0_1);
                    y_row[q * 32 + 62] = cg_relu(a1_0);
                    y_row[q * 32 + 63] = cg_relu(a1_1);
                    y_row[q * 32 + 94] = cg_relu(a2_0);
                    y_row[q * 32 + 95] = cg_relu(a2_1);
                    y_row[q * 32 + 126] = cg_relu(a3_0);
                    y_row[q * 32 + 127] = cg_relu(a3_1);
                    y_row[q * 32 + 158] = cg_relu(a4_0);
                    y_row[q * 32 + 159] = cg_relu(a4_1);
                    y_row[q * 32 + 190] = cg_relu(a5_0);
                    y_row[q * 32 + 191] = cg_relu(a5_1);
}
            }
        }
    }
#endif
}

/* the pool step of conv2d
 * max pooling over a [1][2][2] window, strides (1, 2, 2), padding before (d, h, w) = (0, 0, 0).
 * Padding takes no part: windows skip the taps outside the input.
 * 1-D and 2-D layers run as 3-D ones with unit leading axes; the data format is carried by
 * the element strides below.
 *   input  1x2x26x32: strides n=1664 c=1 d=1664 h=832 w=32
 *   output 1x1x13x32: strides n=5408 c=1 d=5408 h=416 w=32
 * Workspace: none. */
static void keras_mnist_layer0_pool(const float *input, float *output)
{
#if CG_VECTOR
    for (int ow = 0; ow < 13; ++ow) {
        float acc[32];
        for (int c = 0; c < 32; ++c)
            acc[c] = -INFINITY;
        for (int kh = 0; kh < 2; ++kh) {
            const int ih = kh;
            for (int kw = 0; kw < 2; ++kw) {
                const int iw = ow * 2 + kw;
                const float *x = input + ih * 832 + iw * 32;
                for (int c = 0; c < 32; ++c)
                    acc[c] = cg_max(acc[c], x[c]);
            }
        }
        {
            float *y = output + ow * 32;
            for (int c = 0; c < 32; ++c)
                y[c] = acc[c];
        }
    }
#else
    /* portable C99 for cores without SIMD: per output pixel, runs of channels in scalar
     * registers (no accumulator array in memory) */
    for (int ow = 0; ow < 13; ++ow) {
        for (int r = 0; r < 4; ++r) {
            const int c0 = r * 8;
            /* every tap of the window exists: the taps unrolled, the first one the start */
            const float *x = input + ow * 64 + c0;
            float a0 = x[0], a1 = x[1], a2 = x[2], a3 = x[3], a4 = x[4], a5 = x[5], a6 = x[6], a7 = x[7];
            a0 = cg_max(a0, x[32]);
            a1 = cg_max(a1, x[33]);
            a2 = cg_max(a2, x[34]);
            a3 = cg_max(a3, x[35]);
            a4 = cg_max(a4, x[36]);
            a5 = cg_max(a5, x[37]);
            a6 = cg_max(a6, x[38]);
            a7 = cg_max(a7, x[39]);
            a0 = cg_max(a0, x[832]);
            a1 = cg_max(a1, x[833]);
            a2 = cg_max(a2, x[834]);
            a3 = cg_max(a3, x[835]);
            a4 = cg_max(a4, x[836]);
            a5 = cg_max(a5, x[837]);
            a6 = cg_max(a6, x[838]);
            a7 = cg_max(a7, x[839]);
            a0 = cg_max(a0, x[864]);
            a1 = cg_max(a1, x[865]);
            a2 = cg_max(a2, x[866]);
            a3 = cg_max(a3, x[867]);
            a4 = cg_max(a4, x[868]);
            a5 = cg_max(a5, x[869]);
            a6 = cg_max(a6, x[870]);
            a7 = cg_max(a7, x[871]);
            {
                float *y = output + ow * 32 + c0;
                y[0] = a0;
                y[1] = a1;
                y[2] = a2;
                y[3] = a3;
                y[4] = a4;
                y[5] = a5;
                y[6] = a6;
                y[7] = a7;
            }
        }
    }
#endif
}

/* conv2d (Conv2D) 28x28x1 -> 26x26x32, activation relu; max_pooling2d (MaxPooling2D) computed from each band of its rows, with no full-size intermediate
 * Fused with its max pooling (2 x 2 windows, strides equal): per band of 2 convolution
 * row(s), keras_mnist_layer0_conv computes the band into the workspace (activation applied as it
 * stores) and keras_mnist_layer0_pool reduces it into 1 row(s) of the output. The convolution's
 * whole output never exists; the 0 last row(s) and 0 last column(s) that valid pooling
 * drops are never computed.
 *   input  1x28x28x1: sample stride 784
 *   output 1x13x13x32: sample stride 5408, row stride 416
 * Workspace: 1664 floats (one band of 2 x 26 x 32 convolution values). */
static int keras_mnist_layer0(const float *input, const float *weights, float *output,
                              float *workspace)
{
    for (int p = 0; p < 13; ++p) {
        keras_mnist_layer0_conv(input, weights, workspace, p * 2);
        keras_mnist_layer0_pool(workspace, output + p * 416);
    }
    return 0;
}

/* the conv step of conv2d_1
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x13x13x32: strides n=5408 c=1 d=5408 h=416 w=32
 *   output 1x2x10x64 (one band): strides n=1280 c=1 d=1280 h=640 w=64
 *   weights [2][1][3][3][32][32], bias [2][32] at 18432
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_keras_mnist_layer2_conv(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

/* Rows [oh0, oh0 + 2) into y (row oh at y + (oh - oh0) * 640): one band of a fused layer. */
static void keras_mnist_layer2_conv(const float *input, const float *weights, float *y, int oh0)
{
    const float *bias = weights + 18432;
#if CG_VECTOR
    (void)store_keras_mnist_layer2_conv;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR(collapse(2))
    for (int fb = 0; fb < 2; ++fb)
    for (int oh = oh0; oh < oh0 + 2; ++oh) {
        float *y_row = y + oh * 640 - oh0 * 640;
        {
            const float *wf = weights + fb * 9216;
            /* columns q: interior for q in [0, 10) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 10; q += 10)
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
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh;
                    const float *xr = input + ih * 416 + q * 32;
                    const float *wr = wf + kh * 3072;
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
                    {   /* tap kw = 1 */
                        const float *w = wr + 1024;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                            {
                                const float xv = xr[c + 32];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 224];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a7_0 += w0 * xv;
                                a7_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 288];
                                a8_0 += w0 * xv;
                                a8_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a9_0 += w0 * xv;
                                a9_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 2048;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                            {
                                const float xv = xr[c + 64];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 224];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 288];
                                a7_0 += w0 * xv;
                                a7_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a8_0 += w0 * xv;
                                a8_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 352];
                                a9_0 += w0 * xv;
                                a9_1 += w1 * xv;
                            }
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


#else
            for (int q = 0; q < 10; q += 5)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a4_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh;
                    const float *xr = input + ih * 416 + q * 32;
                    const float *wr = wf + kh * 3072;
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
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + fh + 1024;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 32];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + fh + 2048;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 64];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
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
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_keras_mnist_layer2_conv;   /* unused: the tiles store their values themselves */
    for (int oh = oh0; oh < oh0 + 2; ++oh) {
        float *y_row = y + oh * 640 - oh0 * 640;
        for (int fb = 0; fb < 2; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 9216;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [0, 10) */
                for (int q = 0; q < 10; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh;
                        const float *xr = input + ih * 416 + q * 32;
                        const float *wr = wf + kh * 3072 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 32; ++c, w += 32) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 32];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 64];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 96];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 128];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *xk = xr + 32;
                            const float *w = wr + 1024;
                            for (int c = 0; c < 32; ++c, w += 32) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 32];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 64];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 96];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 128];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *xk = xr + 64;
                            const float *w = wr + 2048;
                            for (int c = 0; c < 32; ++c, w += 32) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 32];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 64];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 96];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 128];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
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
}
            }
        }
    }
#endif
}

/* the pool step of conv2d_1
 * max pooling over a [1][2][2] window, strides (1, 2, 2), padding before (d, h, w) = (0, 0, 0).
 * Padding takes no part: windows skip the taps outside the input.
 * 1-D and 2-D layers run as 3-D ones with unit leading axes; the data format is carried by
 * the element strides below.
 *   input  1x2x10x64: strides n=1280 c=1 d=1280 h=640 w=64
 *   output 1x1x5x64: strides n=1600 c=1 d=1600 h=320 w=64
 * Workspace: none. */
static void keras_mnist_layer2_pool(const float *input, float *output)
{
#if CG_VECTOR
    for (int ow = 0; ow < 5; ++ow) {
        float acc[64];
        for (int c = 0; c < 64; ++c)
            acc[c] = -INFINITY;
        for (int kh = 0; kh < 2; ++kh) {
            const int ih = kh;
            for (int kw = 0; kw < 2; ++kw) {
                const int iw = ow * 2 + kw;
                const float *x = input + ih * 640 + iw * 64;
                for (int c = 0; c < 64; ++c)
                    acc[c] = cg_max(acc[c], x[c]);
            }
        }
        {
            float *y = output + ow * 64;
            for (int c = 0; c < 64; ++c)
                y[c] = acc[c];
        }
    }
#else
    /* portable C99 for cores without SIMD: per output pixel, runs of channels in scalar
     * registers (no accumulator array in memory) */
    for (int ow = 0; ow < 5; ++ow) {
        for (int r = 0; r < 8; ++r) {
            const int c0 = r * 8;
            /* every tap of the window exists: the taps unrolled, the first one the start */
            const float *x = input + ow * 128 + c0;
            float a0 = x[0], a1 = x[1], a2 = x[2], a3 = x[3], a4 = x[4], a5 = x[5], a6 = x[6], a7 = x[7];
            a0 = cg_max(a0, x[64]);
            a1 = cg_max(a1, x[65]);
            a2 = cg_max(a2, x[66]);
            a3 = cg_max(a3, x[67]);
            a4 = cg_max(a4, x[68]);
            a5 = cg_max(a5, x[69]);
            a6 = cg_max(a6, x[70]);
            a7 = cg_max(a7, x[71]);
            a0 = cg_max(a0, x[640]);
            a1 = cg_max(a1, x[641]);
            a2 = cg_max(a2, x[642]);
            a3 = cg_max(a3, x[643]);
            a4 = cg_max(a4, x[644]);
            a5 = cg_max(a5, x[645]);
            a6 = cg_max(a6, x[646]);
            a7 = cg_max(a7, x[647]);
            a0 = cg_max(a0, x[704]);
            a1 = cg_max(a1, x[705]);
            a2 = cg_max(a2, x[706]);
            a3 = cg_max(a3, x[707]);
            a4 = cg_max(a4, x[708]);
            a5 = cg_max(a5, x[709]);
            a6 = cg_max(a6, x[710]);
            a7 = cg_max(a7, x[711]);
            {
                float *y = output + ow * 64 + c0;
                y[0] = a0;
                y[1] = a1;
                y[2] = a2;
                y[3] = a3;
                y[4] = a4;
                y[5] = a5;
                y[6] = a6;
                y[7] = a7;
            }
        }
    }
#endif
}

/* conv2d_1 (Conv2D) 13x13x32 -> 11x11x64, activation relu; max_pooling2d_1 (MaxPooling2D) computed from each band of its rows, with no full-size intermediate
 * Fused with its max pooling (2 x 2 windows, strides equal): per band of 2 convolution
 * row(s), keras_mnist_layer2_conv computes the band into the workspace (activation applied as it
 * stores) and keras_mnist_layer2_pool reduces it into 1 row(s) of the output. The convolution's
 * whole output never exists; the 1 last row(s) and 1 last column(s) that valid pooling
 * drops are never computed.
 *   input  1x13x13x32: sample stride 5408
 *   output 1x5x5x64: sample stride 1600, row stride 320
 * Workspace: 1280 floats (one band of 2 x 10 x 64 convolution values). */
static int keras_mnist_layer2(const float *input, const float *weights, float *output,
                              float *workspace)
{
    for (int p = 0; p < 5; ++p) {
        keras_mnist_layer2_conv(input, weights, workspace, p * 2);
        keras_mnist_layer2_pool(workspace, output + p * 320);
    }
    return 0;
}

/* dense (Dense) 1600 -> 10, activation softmax
 * Dense on the last axis: 1 row(s) of 1600 input(s) -> 10 output(s) each
 * (input 1x1600, output 1x10). The kernel is Keras's (1600, 10):
 * row i holds input i's weight for every unit; the bias follows at 16000. With vectors,
 * blocks of units in vector registers for the whole sum, each input broadcast once a block
 * (a block of few vectors keeps partial sums over every P-th input; a last vector ending at
 * the last unit overlaps the block before it and is stored last); without (or with CONVGEN_PORTABLE), tiles of rows x units in scalar registers,
 * each input loaded once per tile and each weight once per tile.
 * Workspace: 0 floats. */
static int keras_mnist_layer6(const float *input, const float *weights, float *output,
                              float *workspace)
{
    (void)workspace;
#if CG_VECTOR
    {
        const float *x = input;
        float *restrict y = output;
        {   /* units [0, 8): 1 vector(s) in registers, 8 partial sums */
            cg_v8 a0_0 = CG_LOAD(cg_v8, weights + 16000);
            cg_v8 a1_0 = (cg_v8){0.0f};
            cg_v8 a2_0 = (cg_v8){0.0f};
            cg_v8 a3_0 = (cg_v8){0.0f};
            cg_v8 a4_0 = (cg_v8){0.0f};
            cg_v8 a5_0 = (cg_v8){0.0f};
            cg_v8 a6_0 = (cg_v8){0.0f};
            cg_v8 a7_0 = (cg_v8){0.0f};
            const float *w = weights + 0;
            for (int i = 0; i < 1600; i += 8, w += 80) {
                const cg_v8 x0 = (cg_v8){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v8, w + 0);
                const cg_v8 x1 = (cg_v8){0.0f} + x[i + 1];
                a1_0 += x1 * CG_LOAD(cg_v8, w + 10);
                const cg_v8 x2 = (cg_v8){0.0f} + x[i + 2];
                a2_0 += x2 * CG_LOAD(cg_v8, w + 20);
                const cg_v8 x3 = (cg_v8){0.0f} + x[i + 3];
                a3_0 += x3 * CG_LOAD(cg_v8, w + 30);
                const cg_v8 x4 = (cg_v8){0.0f} + x[i + 4];
                a4_0 += x4 * CG_LOAD(cg_v8, w + 40);
                const cg_v8 x5 = (cg_v8){0.0f} + x[i + 5];
                a5_0 += x5 * CG_LOAD(cg_v8, w + 50);
                const cg_v8 x6 = (cg_v8){0.0f} + x[i + 6];
                a6_0 += x6 * CG_LOAD(cg_v8, w + 60);
                const cg_v8 x7 = (cg_v8){0.0f} + x[i + 7];
                a7_0 += x7 * CG_LOAD(cg_v8, w + 70);
            }
            a0_0 += a1_0;
            a2_0 += a3_0;
            a4_0 += a5_0;
            a6_0 += a7_0;
            a0_0 += a2_0;
            a4_0 += a6_0;
            a0_0 += a4_0;
            CG_STORE(cg_v8, y + 0, a0_0);
        }
        {   /* units [2, 10): 1 vector(s) in registers, 8 partial sums */
            cg_v8 a0_0 = CG_LOAD(cg_v8, weights + 16002);
            cg_v8 a1_0 = (cg_v8){0.0f};
            cg_v8 a2_0 = (cg_v8){0.0f};
            cg_v8 a3_0 = (cg_v8){0.0f};
            cg_v8 a4_0 = (cg_v8){0.0f};
            cg_v8 a5_0 = (cg_v8){0.0f};
            cg_v8 a6_0 = (cg_v8){0.0f};
            cg_v8 a7_0 = (cg_v8){0.0f};
            const float *w = weights + 2;
            for (int i = 0; i < 1600; i += 8, w += 80) {
                const cg_v8 x0 = (cg_v8){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v8, w + 0);
                const cg_v8 x1 = (cg_v8){0.0f} + x[i + 1];
                a1_0 += x1 * CG_LOAD(cg_v8, w + 10);
                const cg_v8 x2 = (cg_v8){0.0f} + x[i + 2];
                a2_0 += x2 * CG_LOAD(cg_v8, w + 20);
                const cg_v8 x3 = (cg_v8){0.0f} + x[i + 3];
                a3_0 += x3 * CG_LOAD(cg_v8, w + 30);
                const cg_v8 x4 = (cg_v8){0.0f} + x[i + 4];
                a4_0 += x4 * CG_LOAD(cg_v8, w + 40);
                const cg_v8 x5 = (cg_v8){0.0f} + x[i + 5];
                a5_0 += x5 * CG_LOAD(cg_v8, w + 50);
                const cg_v8 x6 = (cg_v8){0.0f} + x[i + 6];
                a6_0 += x6 * CG_LOAD(cg_v8, w + 60);
                const cg_v8 x7 = (cg_v8){0.0f} + x[i + 7];
                a7_0 += x7 * CG_LOAD(cg_v8, w + 70);
            }
            a0_0 += a1_0;
            a2_0 += a3_0;
            a4_0 += a5_0;
            a6_0 += a7_0;
            a0_0 += a2_0;
            a4_0 += a6_0;
            a0_0 += a4_0;
            CG_STORE(cg_v8, y + 2, a0_0);
        }
    }
#else
    {   /* 1 row(s) from row 0 */
        const float *x = input;
        float *y = output;
        {   /* units [0, 10) */
            float a0_0 = weights[16000], a0_1 = weights[16001], a0_2 = weights[16002], a0_3 = weights[16003], a0_4 = weights[16004], a0_5 = weights[16005], a0_6 = weights[16006], a0_7 = weights[16007], a0_8 = weights[16008], a0_9 = weights[16009];
            const float *w = weights;
            for (int i = 0; i < 1600; ++i, w += 10) {
                const float x0 = x[i];
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
            y[0] = a0_0;
            y[1] = a0_1;
            y[2] = a0_2;
            y[3] = a0_3;
            y[4] = a0_4;
            y[5] = a0_5;
            y[6] = a0_6;
            y[7] = a0_7;
            y[8] = a0_8;
            y[9] = a0_9;
        }
    }
#endif
    cg_softmax_rows(output, 1, 10);
    return 0;
}

/* conv2d (Conv2D) 28x28x1 -> 26x26x32, activation relu; max_pooling2d (MaxPooling2D) 26x26x32 -> 13x13x32; conv2d_1 (Conv2D) 13x13x32 -> 11x11x64, activation relu; max_pooling2d_1 (MaxPooling2D) 11x11x64 -> 5x5x64; flatten (Flatten) 5x5x64 -> 1600; dropout (Dropout) 1600 -> 1600; dense (Dense) 1600 -> 10, activation softmax
 * Workspace: 8288 floats: max_pooling2d at 0 (5408 floats, steps 0-1), max_pooling2d_1 at 5408 (1600 floats, steps 1-2), keras_mnist_layer0 scratch at 5408 (1664 floats, steps 0-0), keras_mnist_layer2 scratch at 7008 (1280 floats, steps 1-1). */
int keras_mnist(const float *input, const float *weights, float *output, float *workspace)
{
    keras_mnist_layer0(input, weights, workspace, workspace + 5408);
    keras_mnist_layer2(workspace, weights + 320, workspace + 5408, workspace + 7008);
    keras_mnist_layer6(workspace + 5408, weights + 18816, output, workspace);
    return 0;
}
