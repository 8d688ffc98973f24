/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: kws_ds_cnn.yaml
 *   Template: model.c.j2, dense.c.j2, dense_layer.c.j2, depthwise.c.j2, pooled.c.j2
 */
#include "kws_ds_cnn.h"

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

/* conv2d (Conv2D) 49x10x1 -> 25x5x64; batch_normalization (BatchNormalization) folded into its weights; activation (Activation) applied in its store
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x49x10x1: strides n=490 c=1 d=490 h=10 w=1
 *   output 1x25x5x64: strides n=8000 c=1 d=8000 h=320 w=64
 *   weights [2][1][10][4][1][32], bias [2][32] at 2560
 *   padding before (d, h, w) = (0, 4, 1)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_kws_ds_cnn_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int kws_ds_cnn_layer0(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 2560;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_kws_ds_cnn_layer0;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR(collapse(2))
    for (int fb = 0; fb < 2; ++fb)
    for (int oh = 0; oh < 25; ++oh) {
        float *y_row = y + oh * 320;
        {
            const float *wf = weights + fb * 1280;
            /* columns q: interior for q in [1, 4) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 5 output pixel(s) x 32 filters in 2 cg_v16: an edge tile, each tap only where its column exists */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                for (int kh = 0; kh < 10; ++kh) {
                    const int ih = oh * 2 + kh - 4;
                    if (ih < 0 || ih >= 49) continue;
                    const float *xr = input + ih * 10;
                    const float *wr = wf + kh * 128;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 32) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                            {
                                const float xv = xr[c + 1];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
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
                    {   /* tap kw = 2 */
                        const float *w = wr + 64;
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
                    {   /* tap kw = 3, pixels 0, 1, 2, 3 */
                        const float *w = wr + 96;
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
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + fb * 32, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 16, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 64, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 80, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 128, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 144, a2_1);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 192, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 208, a3_1);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 256, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 272, a4_1);
            }


#else
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a4_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                for (int kh = 0; kh < 10; ++kh) {
                    const int ih = oh * 2 + kh - 4;
                    if (ih < 0 || ih >= 49) continue;
                    const float *xr = input + ih * 10;
                    const float *wr = wf + kh * 128;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4 */
                        const float *w = wr + fh;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 32) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 1];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
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
                    {   /* tap kw = 2 */
                        const float *w = wr + fh + 64;
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
                    {   /* tap kw = 3, pixels 0, 1, 2, 3 */
                        const float *w = wr + fh + 96;
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
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 8, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 64, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 72, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 128, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 136, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 192, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 200, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 256, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 264, a4_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_kws_ds_cnn_layer0;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 25; ++oh) {
        float *y_row = y + oh * 320;
        for (int fb = 0; fb < 2; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 1280;
            for (int f0 = 0; f0 < 12; f0 += 6) {
                /* columns q: interior for q in [1, 4) */
                {   /* 3 pixel(s) x 6 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3], b4 = bias[fb * 32 + f0 + 4], b5 = bias[fb * 32 + f0 + 5];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4, a2_5 = b5;
                    for (int kh = 0; kh < 10; ++kh) {
                        const int ih = oh * 2 + kh - 4;
                        if (ih < 0 || ih >= 49) continue;
                        const float *xr = input + ih * 10;
                        const float *wr = wf + kh * 128 + f0;
                        {   /* tap kw = 0, pixels 1, 2 */
                            const float *w = wr;
                            for (int c = 0; c < 1; ++c, w += 32) {
                                const float x1 = xr[c + 1], x2 = xr[c + 3];
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
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 32;
                            for (int c = 0; c < 1; ++c, w += 32) {
                                const float x0 = xr[c], x1 = xr[c + 2], x2 = xr[c + 4];
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
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 64;
                            for (int c = 0; c < 1; ++c, w += 32) {
                                const float x0 = xr[c + 1], x1 = xr[c + 3], x2 = xr[c + 5];
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
                            }
                        }
                        {   /* tap kw = 3 */
                            const float *w = wr + 96;
                            for (int c = 0; c < 1; ++c, w += 32) {
                                const float x0 = xr[c + 2], x1 = xr[c + 4], x2 = xr[c + 6];
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
                            }
                        }
                    }
                    y_row[fb * 32 + f0] = cg_relu(a0_0);
                    y_row[fb * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[fb * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[fb * 32 + f0 + 3] = cg_relu(a0_3);
                    y_row[fb * 32 + f0 + 4] = cg_relu(a0_4);
                    y_row[fb * 32 + f0 + 5] = cg_relu(a0_5);
                    y_row[fb * 32 + f0 + 64] = cg_relu(a1_0);
                    y_row[fb * 32 + f0 + 65] = cg_relu(a1_1);
                    y_row[fb * 32 + f0 + 66] = cg_relu(a1_2);
                    y_row[fb * 32 + f0 + 67] = cg_relu(a1_3);
                    y_row[fb * 32 + f0 + 68] = cg_relu(a1_4);
                    y_row[fb * 32 + f0 + 69] = cg_relu(a1_5);
                    y_row[fb * 32 + f0 + 128] = cg_relu(a2_0);
                    y_row[fb * 32 + f0 + 129] = cg_relu(a2_1);
                    y_row[fb * 32 + f0 + 130] = cg_relu(a2_2);
                    y_row[fb * 32 + f0 + 131] = cg_relu(a2_3);
                    y_row[fb * 32 + f0 + 132] = cg_relu(a2_4);
                    y_row[fb * 32 + f0 + 133] = cg_relu(a2_5);
}
                {   /* 2 pixel(s) x 6 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3], b4 = bias[fb * 32 + f0 + 4], b5 = bias[fb * 32 + f0 + 5];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5;
                    for (int kh = 0; kh < 10; ++kh) {
                        const int ih = oh * 2 + kh - 4;
                        if (ih < 0 || ih >= 49) continue;
                        const float *xr = input + ih * 10;
                        const float *wr = wf + kh * 128 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 1; ++c, w += 32) {
                                const float x0 = xr[c + 5], x1 = xr[c + 7];
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
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 32;
                            for (int c = 0; c < 1; ++c, w += 32) {
                                const float x0 = xr[c + 6], x1 = xr[c + 8];
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
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 64;
                            for (int c = 0; c < 1; ++c, w += 32) {
                                const float x0 = xr[c + 7], x1 = xr[c + 9];
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
                            }
                        }
                        {   /* tap kw = 3, pixels 0 */
                            const float *w = wr + 96;
                            for (int c = 0; c < 1; ++c, w += 32) {
                                const float x0 = xr[c + 8];
                                a0_0 += x0 * w[0];
                                a0_1 += x0 * w[1];
                                a0_2 += x0 * w[2];
                                a0_3 += x0 * w[3];
                                a0_4 += x0 * w[4];
                                a0_5 += x0 * w[5];
                            }
                        }
                    }
                    y_row[fb * 32 + f0 + 192] = cg_relu(a0_0);
                    y_row[fb * 32 + f0 + 193] = cg_relu(a0_1);
                    y_row[fb * 32 + f0 + 194] = cg_relu(a0_2);
                    y_row[fb * 32 + f0 + 195] = cg_relu(a0_3);
                    y_row[fb * 32 + f0 + 196] = cg_relu(a0_4);
                    y_row[fb * 32 + f0 + 197] = cg_relu(a0_5);
                    y_row[fb * 32 + f0 + 256] = cg_relu(a1_0);
                    y_row[fb * 32 + f0 + 257] = cg_relu(a1_1);
                    y_row[fb * 32 + f0 + 258] = cg_relu(a1_2);
                    y_row[fb * 32 + f0 + 259] = cg_relu(a1_3);
                    y_row[fb * 32 + f0 + 260] = cg_relu(a1_4);
                    y_row[fb * 32 + f0 + 261] = cg_relu(a1_5);
}
            }
            for (int f0 = 12; f0 < 32; f0 += 5) {
                /* columns q: interior for q in [1, 4) */
                {   /* 3 pixel(s) x 5 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3], b4 = bias[fb * 32 + f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    for (int kh = 0; kh < 10; ++kh) {
                        const int ih = oh * 2 + kh - 4;
                        if (ih < 0 || ih >= 49) continue;
                        const float *xr = input + ih * 10;
                        const float *wr = wf + kh * 128 + f0;
                        {   /* tap kw = 0, pixels 1, 2 */
                            const float *w = wr;
                            for (int c = 0; c < 1; ++c, w += 32) {
                                const float x1 = xr[c + 1], x2 = xr[c + 3];
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
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 32;
                            for (int c = 0; c < 1; ++c, w += 32) {
                                const float x0 = xr[c], x1 = xr[c + 2], x2 = xr[c + 4];
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
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 64;
                            for (int c = 0; c < 1; ++c, w += 32) {
                                const float x0 = xr[c + 1], x1 = xr[c + 3], x2 = xr[c + 5];
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
                            }
                        }
                        {   /* tap kw = 3 */
                            const float *w = wr + 96;
                            for (int c = 0; c < 1; ++c, w += 32) {
                                const float x0 = xr[c + 2], x1 = xr[c + 4], x2 = xr[c + 6];
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
                            }
                        }
                    }
                    y_row[fb * 32 + f0] = cg_relu(a0_0);
                    y_row[fb * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[fb * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[fb * 32 + f0 + 3] = cg_relu(a0_3);
                    y_row[fb * 32 + f0 + 4] = cg_relu(a0_4);
                    y_row[fb * 32 + f0 + 64] = cg_relu(a1_0);
                    y_row[fb * 32 + f0 + 65] = cg_relu(a1_1);
                    y_row[fb * 32 + f0 + 66] = cg_relu(a1_2);
                    y_row[fb * 32 + f0 + 67] = cg_relu(a1_3);
                    y_row[fb * 32 + f0 + 68] = cg_relu(a1_4);
                    y_row[fb * 32 + f0 + 128] = cg_relu(a2_0);
                    y_row[fb * 32 + f0 + 129] = cg_relu(a2_1);
                    y_row[fb * 32 + f0 + 130] = cg_relu(a2_2);
                    y_row[fb * 32 + f0 + 131] = cg_relu(a2_3);
                    y_row[fb * 32 + f0 + 132] = cg_relu(a2_4);
}
                {   /* 2 pixel(s) x 5 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3], b4 = bias[fb * 32 + f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    for (int kh = 0; kh < 10; ++kh) {
                        const int ih = oh * 2 + kh - 4;
                        if (ih < 0 || ih >= 49) continue;
                        const float *xr = input + ih * 10;
                        const float *wr = wf + kh * 128 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 1; ++c, w += 32) {
                                const float x0 = xr[c + 5], x1 = xr[c + 7];
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
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 32;
                            for (int c = 0; c < 1; ++c, w += 32) {
                                const float x0 = xr[c + 6], x1 = xr[c + 8];
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
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 64;
                            for (int c = 0; c < 1; ++c, w += 32) {
                                const float x0 = xr[c + 7], x1 = xr[c + 9];
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
                            }
                        }
                        {   /* tap kw = 3, pixels 0 */
                            const float *w = wr + 96;
                            for (int c = 0; c < 1; ++c, w += 32) {
                                const float x0 = xr[c + 8];
                                a0_0 += x0 * w[0];
                                a0_1 += x0 * w[1];
                                a0_2 += x0 * w[2];
                                a0_3 += x0 * w[3];
                                a0_4 += x0 * w[4];
                            }
                        }
                    }
                    y_row[fb * 32 + f0 + 192] = cg_relu(a0_0);
                    y_row[fb * 32 + f0 + 193] = cg_relu(a0_1);
                    y_row[fb * 32 + f0 + 194] = cg_relu(a0_2);
                    y_row[fb * 32 + f0 + 195] = cg_relu(a0_3);
                    y_row[fb * 32 + f0 + 196] = cg_relu(a0_4);
                    y_row[fb * 32 + f0 + 256] = cg_relu(a1_0);
                    y_row[fb * 32 + f0 + 257] = cg_relu(a1_1);
                    y_row[fb * 32 + f0 + 258] = cg_relu(a1_2);
                    y_row[fb * 32 + f0 + 259] = cg_relu(a1_3);
                    y_row[fb * 32 + f0 + 260] = cg_relu(a1_4);
}
            }
        }
    }
#endif
    return 0;
}

/* depthwise_conv2d (DepthwiseConv2D) 25x5x64 -> 25x5x64; batch_normalization_1 (BatchNormalization) folded into its weights; activation_1 (Activation) applied in its store
 * Depthwise, channels_last, multiplier 1: vectors of 16 or 8 channels, register tiles of up to
 * 8 pixels along w, edge tiles (1) at the borders reading only the columns that exist,
 * border pixels with bounds checks (0 range(s)); channels past the last multiple of 8 take a
 * loop one pixel at a time. Without vectors (or with CONVGEN_PORTABLE), portable C99: the same
 * tiles per channel in scalar registers.
 *   input  1x25x5x64: strides n=8000 h=320 w=64
 *   output 1x25x5x64: strides n=8000 h=320 w=64
 *   kernel [3][3][64], bias [64] at 576
 *   padding before (h, w) = (1, 1)
 * Workspace: 0 floats. */
static void store_kws_ds_cnn_layer4(float *out, const float *t, int nc)
{
    for (int c = 0; c < nc; ++c)
        out[c] = cg_relu(t[c]);
}

static int kws_ds_cnn_layer4(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 576;
    float *y = output;
    int c_done = 0;   /* channels the vector path covered */
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    c_done = 64;
    for (int oh = 0; oh < 25; ++oh) {
        float *y_row = y + oh * 320;
        for (int cb = 0; cb < 4; ++cb) {
            const cg_v16 b = CG_LOAD(cg_v16, bias + cb * 16);
            {   /* 5 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 25) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 320 + cb * 16;
                    cg_v16 x1 = CG_LOAD(cg_v16, xp);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 64);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 128);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 192);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 256);
                    CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16 + 64);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16 + 128);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
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
            }

        }

    }

#else
    c_done = 64;
    for (int oh = 0; oh < 25; ++oh) {
        float *y_row = y + oh * 320;
        for (int cb = 0; cb < 8; ++cb) {
            const cg_v8 b = CG_LOAD(cg_v8, bias + cb * 8);
            {   /* 5 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 25) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 320 + cb * 8;
                    cg_v8 x1 = CG_LOAD(cg_v8, xp);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 64);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 128);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 192);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 256);
                    CG_KEEP8(x1); CG_KEEP8(x2); CG_KEEP8(x3); CG_KEEP8(x4); CG_KEEP8(x5);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8 + 64);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8 + 128);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
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
            }

        }

    }

#endif
    /* the channels the vector path did not cover, one pixel at a time */
    for (int oh = 0; oh < 25; ++oh)
    for (int ow = 0; ow < 5; ++ow)
    for (int c = c_done; c < 64; ++c) {
        float acc = bias[c];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh + kh - 1;
            if (ih < 0 || ih >= 25) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow + kw - 1;
                if (iw < 0 || iw >= 5) continue;
                acc += input[ih * 320 + iw * 64 + c]
                       * weights[kh * 192 + kw * 64 + c];
            }
        }
        store_kws_ds_cnn_layer4(y + oh * 320 + ow * 64 + c, &acc, 1);
    }
#else
    /* portable C99 for cores without SIMD: per channel, tiles of neighbouring pixels in
     * scalar registers, each input column loaded once for every tap and pixel reading it */
    (void)c_done;
    (void)store_kws_ds_cnn_layer4;
    for (int oh = 0; oh < 25; ++oh) {
        float *y_row = y + oh * 320;
        for (int c = 0; c < 64; ++c) {
            const float b = bias[c];
            {   /* 5 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b;
                if (oh - 1 >= 0) {   /* row kh = 0 */
                    const float *xp = input + oh * 320 + c - 320;
                    const float *wk = weights + c;
                    const float x1 = xp[0], x2 = xp[64], x3 = xp[128], x4 = xp[192], x5 = xp[256];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 320 + c;
                    const float *wk = weights + c + 192;
                    const float x1 = xp[0], x2 = xp[64], x3 = xp[128], x4 = xp[192], x5 = xp[256];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w;
                    }
                }
                if (oh + 1 < 25) {   /* row kh = 2 */
                    const float *xp = input + oh * 320 + c + 320;
                    const float *wk = weights + c + 384;
                    const float x1 = xp[0], x2 = xp[64], x3 = xp[128], x4 = xp[192], x5 = xp[256];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w;
                    }
                }
                y_row[c] = cg_relu(a0);
                y_row[c + 64] = cg_relu(a1);
                y_row[c + 128] = cg_relu(a2);
                y_row[c + 192] = cg_relu(a3);
                y_row[c + 256] = cg_relu(a4);
            }
        }
    }
#endif
    return 0;
}

/* conv2d_1 (Conv2D) 25x5x64 -> 25x5x64; batch_normalization_2 (BatchNormalization) folded into its weights; activation_2 (Activation) applied in its store
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x1x125x64: strides n=8000 c=1 d=8000 h=8000 w=64
 *   output 1x1x125x64: strides n=8000 c=1 d=8000 h=8000 w=64
 *   weights [2][1][1][1][64][32], bias [2][32] at 4096
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_kws_ds_cnn_layer7(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int kws_ds_cnn_layer7(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 4096;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_kws_ds_cnn_layer7;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int fb = 0; fb < 2; ++fb) {
        float *y_row = y;
        {
            const float *wf = weights + fb * 2048;
            /* columns q: interior for q in [0, 125) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 80; q += 10)
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

            for (int q = 80; q < 125; q += 9)
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
            for (int q = 0; q < 120; q += 6)
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

            for (int q = 120; q < 125; q += 5)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a4_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
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
    (void)store_kws_ds_cnn_layer7;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        for (int fb = 0; fb < 2; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 2048;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [0, 125) */
                for (int q = 0; q < 120; q += 6)
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
                for (int q = 120; q < 125; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
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
    return 0;
}

/* depthwise_conv2d_1 (DepthwiseConv2D) 25x5x64 -> 25x5x64; batch_normalization_3 (BatchNormalization) folded into its weights; activation_3 (Activation) applied in its store
 * Depthwise, channels_last, multiplier 1: vectors of 16 or 8 channels, register tiles of up to
 * 8 pixels along w, edge tiles (1) at the borders reading only the columns that exist,
 * border pixels with bounds checks (0 range(s)); channels past the last multiple of 8 take a
 * loop one pixel at a time. Without vectors (or with CONVGEN_PORTABLE), portable C99: the same
 * tiles per channel in scalar registers.
 *   input  1x25x5x64: strides n=8000 h=320 w=64
 *   output 1x25x5x64: strides n=8000 h=320 w=64
 *   kernel [3][3][64], bias [64] at 576
 *   padding before (h, w) = (1, 1)
 * Workspace: 0 floats. */
static void store_kws_ds_cnn_layer10(float *out, const float *t, int nc)
{
    for (int c = 0; c < nc; ++c)
        out[c] = cg_relu(t[c]);
}

static int kws_ds_cnn_layer10(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 576;
    float *y = output;
    int c_done = 0;   /* channels the vector path covered */
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    c_done = 64;
    for (int oh = 0; oh < 25; ++oh) {
        float *y_row = y + oh * 320;
        for (int cb = 0; cb < 4; ++cb) {
            const cg_v16 b = CG_LOAD(cg_v16, bias + cb * 16);
            {   /* 5 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 25) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 320 + cb * 16;
                    cg_v16 x1 = CG_LOAD(cg_v16, xp);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 64);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 128);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 192);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 256);
                    CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16 + 64);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16 + 128);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
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
            }

        }

    }

#else
    c_done = 64;
    for (int oh = 0; oh < 25; ++oh) {
        float *y_row = y + oh * 320;
        for (int cb = 0; cb < 8; ++cb) {
            const cg_v8 b = CG_LOAD(cg_v8, bias + cb * 8);
            {   /* 5 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 25) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 320 + cb * 8;
                    cg_v8 x1 = CG_LOAD(cg_v8, xp);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 64);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 128);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 192);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 256);
                    CG_KEEP8(x1); CG_KEEP8(x2); CG_KEEP8(x3); CG_KEEP8(x4); CG_KEEP8(x5);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8 + 64);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8 + 128);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
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
            }

        }

    }

#endif
    /* the channels the vector path did not cover, one pixel at a time */
    for (int oh = 0; oh < 25; ++oh)
    for (int ow = 0; ow < 5; ++ow)
    for (int c = c_done; c < 64; ++c) {
        float acc = bias[c];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh + kh - 1;
            if (ih < 0 || ih >= 25) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow + kw - 1;
                if (iw < 0 || iw >= 5) continue;
                acc += input[ih * 320 + iw * 64 + c]
                       * weights[kh * 192 + kw * 64 + c];
            }
        }
        store_kws_ds_cnn_layer10(y + oh * 320 + ow * 64 + c, &acc, 1);
    }
#else
    /* portable C99 for cores without SIMD: per channel, tiles of neighbouring pixels in
     * scalar registers, each input column loaded once for every tap and pixel reading it */
    (void)c_done;
    (void)store_kws_ds_cnn_layer10;
    for (int oh = 0; oh < 25; ++oh) {
        float *y_row = y + oh * 320;
        for (int c = 0; c < 64; ++c) {
            const float b = bias[c];
            {   /* 5 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b;
                if (oh - 1 >= 0) {   /* row kh = 0 */
                    const float *xp = input + oh * 320 + c - 320;
                    const float *wk = weights + c;
                    const float x1 = xp[0], x2 = xp[64], x3 = xp[128], x4 = xp[192], x5 = xp[256];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 320 + c;
                    const float *wk = weights + c + 192;
                    const float x1 = xp[0], x2 = xp[64], x3 = xp[128], x4 = xp[192], x5 = xp[256];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w;
                    }
                }
                if (oh + 1 < 25) {   /* row kh = 2 */
                    const float *xp = input + oh * 320 + c + 320;
                    const float *wk = weights + c + 384;
                    const float x1 = xp[0], x2 = xp[64], x3 = xp[128], x4 = xp[192], x5 = xp[256];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w;
                    }
                }
                y_row[c] = cg_relu(a0);
                y_row[c + 64] = cg_relu(a1);
                y_row[c + 128] = cg_relu(a2);
                y_row[c + 192] = cg_relu(a3);
                y_row[c + 256] = cg_relu(a4);
            }
        }
    }
#endif
    return 0;
}

/* conv2d_2 (Conv2D) 25x5x64 -> 25x5x64; batch_normalization_4 (BatchNormalization) folded into its weights; activation_4 (Activation) applied in its store
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x1x125x64: strides n=8000 c=1 d=8000 h=8000 w=64
 *   output 1x1x125x64: strides n=8000 c=1 d=8000 h=8000 w=64
 *   weights [2][1][1][1][64][32], bias [2][32] at 4096
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_kws_ds_cnn_layer13(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int kws_ds_cnn_layer13(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 4096;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_kws_ds_cnn_layer13;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int fb = 0; fb < 2; ++fb) {
        float *y_row = y;
        {
            const float *wf = weights + fb * 2048;
            /* columns q: interior for q in [0, 125) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 80; q += 10)
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

            for (int q = 80; q < 125; q += 9)
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
            for (int q = 0; q < 120; q += 6)
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

            for (int q = 120; q < 125; q += 5)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a4_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
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
    (void)store_kws_ds_cnn_layer13;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        for (int fb = 0; fb < 2; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 2048;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [0, 125) */
                for (int q = 0; q < 120; q += 6)
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
                for (int q = 120; q < 125; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
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
    return 0;
}

/* depthwise_conv2d_2 (DepthwiseConv2D) 25x5x64 -> 25x5x64; batch_normalization_5 (BatchNormalization) folded into its weights; activation_5 (Activation) applied in its store
 * Depthwise, channels_last, multiplier 1: vectors of 16 or 8 channels, register tiles of up to
 * 8 pixels along w, edge tiles (1) at the borders reading only the columns that exist,
 * border pixels with bounds checks (0 range(s)); channels past the last multiple of 8 take a
 * loop one pixel at a time. Without vectors (or with CONVGEN_PORTABLE), portable C99: the same
 * tiles per channel in scalar registers.
 *   input  1x25x5x64: strides n=8000 h=320 w=64
 *   output 1x25x5x64: strides n=8000 h=320 w=64
 *   kernel [3][3][64], bias [64] at 576
 *   padding before (h, w) = (1, 1)
 * Workspace: 0 floats. */
static void store_kws_ds_cnn_layer16(float *out, const float *t, int nc)
{
    for (int c = 0; c < nc; ++c)
        out[c] = cg_relu(t[c]);
}

static int kws_ds_cnn_layer16(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 576;
    float *y = output;
    int c_done = 0;   /* channels the vector path covered */
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    c_done = 64;
    for (int oh = 0; oh < 25; ++oh) {
        float *y_row = y + oh * 320;
        for (int cb = 0; cb < 4; ++cb) {
            const cg_v16 b = CG_LOAD(cg_v16, bias + cb * 16);
            {   /* 5 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 25) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 320 + cb * 16;
                    cg_v16 x1 = CG_LOAD(cg_v16, xp);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 64);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 128);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 192);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 256);
                    CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16 + 64);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16 + 128);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
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
            }

        }

    }

#else
    c_done = 64;
    for (int oh = 0; oh < 25; ++oh) {
        float *y_row = y + oh * 320;
        for (int cb = 0; cb < 8; ++cb) {
            const cg_v8 b = CG_LOAD(cg_v8, bias + cb * 8);
            {   /* 5 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 25) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 320 + cb * 8;
                    cg_v8 x1 = CG_LOAD(cg_v8, xp);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 64);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 128);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 192);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 256);
                    CG_KEEP8(x1); CG_KEEP8(x2); CG_KEEP8(x3); CG_KEEP8(x4); CG_KEEP8(x5);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8 + 64);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8 + 128);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
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
            }

        }

    }

#endif
    /* the channels the vector path did not cover, one pixel at a time */
    for (int oh = 0; oh < 25; ++oh)
    for (int ow = 0; ow < 5; ++ow)
    for (int c = c_done; c < 64; ++c) {
        float acc = bias[c];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh + kh - 1;
            if (ih < 0 || ih >= 25) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow + kw - 1;
                if (iw < 0 || iw >= 5) continue;
                acc += input[ih * 320 + iw * 64 + c]
                       * weights[kh * 192 + kw * 64 + c];
            }
        }
        store_kws_ds_cnn_layer16(y + oh * 320 + ow * 64 + c, &acc, 1);
    }
#else
    /* portable C99 for cores without SIMD: per channel, tiles of neighbouring pixels in
     * scalar registers, each input column loaded once for every tap and pixel reading it */
    (void)c_done;
    (void)store_kws_ds_cnn_layer16;
    for (int oh = 0; oh < 25; ++oh) {
        float *y_row = y + oh * 320;
        for (int c = 0; c < 64; ++c) {
            const float b = bias[c];
            {   /* 5 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b;
                if (oh - 1 >= 0) {   /* row kh = 0 */
                    const float *xp = input + oh * 320 + c - 320;
                    const float *wk = weights + c;
                    const float x1 = xp[0], x2 = xp[64], x3 = xp[128], x4 = xp[192], x5 = xp[256];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 320 + c;
                    const float *wk = weights + c + 192;
                    const float x1 = xp[0], x2 = xp[64], x3 = xp[128], x4 = xp[192], x5 = xp[256];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w;
                    }
                }
                if (oh + 1 < 25) {   /* row kh = 2 */
                    const float *xp = input + oh * 320 + c + 320;
                    const float *wk = weights + c + 384;
                    const float x1 = xp[0], x2 = xp[64], x3 = xp[128], x4 = xp[192], x5 = xp[256];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w;
                    }
                }
                y_row[c] = cg_relu(a0);
                y_row[c + 64] = cg_relu(a1);
                y_row[c + 128] = cg_relu(a2);
                y_row[c + 192] = cg_relu(a3);
                y_row[c + 256] = cg_relu(a4);
            }
        }
    }
#endif
    return 0;
}

/* conv2d_3 (Conv2D) 25x5x64 -> 25x5x64; batch_normalization_6 (BatchNormalization) folded into its weights; activation_6 (Activation) applied in its store
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x1x125x64: strides n=8000 c=1 d=8000 h=8000 w=64
 *   output 1x1x125x64: strides n=8000 c=1 d=8000 h=8000 w=64
 *   weights [2][1][1][1][64][32], bias [2][32] at 4096
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_kws_ds_cnn_layer19(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int kws_ds_cnn_layer19(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 4096;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_kws_ds_cnn_layer19;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int fb = 0; fb < 2; ++fb) {
        float *y_row = y;
        {
            const float *wf = weights + fb * 2048;
            /* columns q: interior for q in [0, 125) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 80; q += 10)
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

            for (int q = 80; q < 125; q += 9)
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
            for (int q = 0; q < 120; q += 6)
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

            for (int q = 120; q < 125; q += 5)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a4_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
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
    (void)store_kws_ds_cnn_layer19;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        for (int fb = 0; fb < 2; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 2048;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [0, 125) */
                for (int q = 0; q < 120; q += 6)
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
                for (int q = 120; q < 125; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
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
    return 0;
}

/* depthwise_conv2d_3 (DepthwiseConv2D) 25x5x64 -> 25x5x64; batch_normalization_7 (BatchNormalization) folded into its weights; activation_7 (Activation) applied in its store
 * Depthwise, channels_last, multiplier 1: vectors of 16 or 8 channels, register tiles of up to
 * 8 pixels along w, edge tiles (1) at the borders reading only the columns that exist,
 * border pixels with bounds checks (0 range(s)); channels past the last multiple of 8 take a
 * loop one pixel at a time. Without vectors (or with CONVGEN_PORTABLE), portable C99: the same
 * tiles per channel in scalar registers.
 *   input  1x25x5x64: strides n=8000 h=320 w=64
 *   output 1x25x5x64: strides n=8000 h=320 w=64
 *   kernel [3][3][64], bias [64] at 576
 *   padding before (h, w) = (1, 1)
 * Workspace: 0 floats. */
static void store_kws_ds_cnn_layer22(float *out, const float *t, int nc)
{
    for (int c = 0; c < nc; ++c)
        out[c] = cg_relu(t[c]);
}

static int kws_ds_cnn_layer22(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 576;
    float *y = output;
    int c_done = 0;   /* channels the vector path covered */
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    c_done = 64;
    for (int oh = 0; oh < 25; ++oh) {
        float *y_row = y + oh * 320;
        for (int cb = 0; cb < 4; ++cb) {
            const cg_v16 b = CG_LOAD(cg_v16, bias + cb * 16);
            {   /* 5 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 25) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 320 + cb * 16;
                    cg_v16 x1 = CG_LOAD(cg_v16, xp);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 64);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 128);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 192);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 256);
                    CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16 + 64);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16 + 128);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
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
            }

        }

    }

#else
    c_done = 64;
    for (int oh = 0; oh < 25; ++oh) {
        float *y_row = y + oh * 320;
        for (int cb = 0; cb < 8; ++cb) {
            const cg_v8 b = CG_LOAD(cg_v8, bias + cb * 8);
            {   /* 5 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 25) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 320 + cb * 8;
                    cg_v8 x1 = CG_LOAD(cg_v8, xp);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 64);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 128);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 192);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 256);
                    CG_KEEP8(x1); CG_KEEP8(x2); CG_KEEP8(x3); CG_KEEP8(x4); CG_KEEP8(x5);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8 + 64);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8 + 128);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
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
            }

        }

    }

#endif
    /* the channels the vector path did not cover, one pixel at a time */
    for (int oh = 0; oh < 25; ++oh)
    for (int ow = 0; ow < 5; ++ow)
    for (int c = c_done; c < 64; ++c) {
        float acc = bias[c];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh + kh - 1;
            if (ih < 0 || ih >= 25) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow + kw - 1;
                if (iw < 0 || iw >= 5) continue;
                acc += input[ih * 320 + iw * 64 + c]
                       * weights[kh * 192 + kw * 64 + c];
            }
        }
        store_kws_ds_cnn_layer22(y + oh * 320 + ow * 64 + c, &acc, 1);
    }
#else
    /* portable C99 for cores without SIMD: per channel, tiles of neighbouring pixels in
     * scalar registers, each input column loaded once for every tap and pixel reading it */
    (void)c_done;
    (void)store_kws_ds_cnn_layer22;
    for (int oh = 0; oh < 25; ++oh) {
        float *y_row = y + oh * 320;
        for (int c = 0; c < 64; ++c) {
            const float b = bias[c];
            {   /* 5 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b;
                if (oh - 1 >= 0) {   /* row kh = 0 */
                    const float *xp = input + oh * 320 + c - 320;
                    const float *wk = weights + c;
                    const float x1 = xp[0], x2 = xp[64], x3 = xp[128], x4 = xp[192], x5 = xp[256];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 320 + c;
                    const float *wk = weights + c + 192;
                    const float x1 = xp[0], x2 = xp[64], x3 = xp[128], x4 = xp[192], x5 = xp[256];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w;
                    }
                }
                if (oh + 1 < 25) {   /* row kh = 2 */
                    const float *xp = input + oh * 320 + c + 320;
                    const float *wk = weights + c + 384;
                    const float x1 = xp[0], x2 = xp[64], x3 = xp[128], x4 = xp[192], x5 = xp[256];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w;
                    }
                }
                y_row[c] = cg_relu(a0);
                y_row[c + 64] = cg_relu(a1);
                y_row[c + 128] = cg_relu(a2);
                y_row[c + 192] = cg_relu(a3);
                y_row[c + 256] = cg_relu(a4);
            }
        }
    }
#endif
    return 0;
}

/* the conv step of conv2d_4
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x25x5x64: strides n=8000 c=1 d=8000 h=320 w=64
 *   output 1x24x5x64 (one band): strides n=7680 c=1 d=7680 h=320 w=64
 *   weights [2][1][1][1][64][32], bias [2][32] at 4096
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_kws_ds_cnn_layer25_conv(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

/* Rows [oh0, oh0 + 24) into y (row oh at y + (oh - oh0) * 320): one band of a fused layer. */
static void kws_ds_cnn_layer25_conv(const float *input, const float *weights, float *y, int oh0)
{
    const float *bias = weights + 4096;
#if CG_VECTOR
    (void)store_kws_ds_cnn_layer25_conv;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR(collapse(2))
    for (int fb = 0; fb < 2; ++fb)
    for (int oh = oh0; oh < oh0 + 24; ++oh) {
        float *y_row = y + oh * 320 - oh0 * 320;
        {
            const float *wf = weights + fb * 2048;
            /* columns q: interior for q in [0, 5) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 5; q += 5)
            {   /* 5 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                const float *xr = input + oh * 320 + q * 64;
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
                const float *xr = input + oh * 320 + q * 64;
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
    (void)store_kws_ds_cnn_layer25_conv;   /* unused: the tiles store their values themselves */
    for (int oh = oh0; oh < oh0 + 24; ++oh) {
        float *y_row = y + oh * 320 - oh0 * 320;
        for (int fb = 0; fb < 2; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 2048;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [0, 5) */
                for (int q = 0; q < 5; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + oh * 320 + q * 64;
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

/* the pool step of conv2d_4
 * average pooling over a [1][24][5] window, strides (1, 24, 5), padding before (d, h, w) = (0, 0, 0).
 * Padding takes no part: windows skip the taps outside the input.
 * 1-D and 2-D layers run as 3-D ones with unit leading axes; the data format is carried by
 * the element strides below.
 *   input  1x24x5x64: strides n=7680 c=1 d=7680 h=320 w=64
 *   output 1x1x1x64: strides n=64 c=1 d=64 h=64 w=64
 * Workspace: none. */
static void kws_ds_cnn_layer25_pool(const float *input, float *output)
{
#if CG_VECTOR
    {
        float acc[64];
        for (int c = 0; c < 64; ++c)
            acc[c] = 0.0f;
        for (int kh = 0; kh < 24; ++kh) {
            const int ih = kh;
            for (int kw = 0; kw < 5; ++kw) {
                const int iw = kw;
                const float *x = input + ih * 320 + iw * 64;
                for (int c = 0; c < 64; ++c)
                    acc[c] += x[c];
            }
        }
        {
            float *y = output;
            for (int c = 0; c < 64; ++c)
                y[c] = acc[c] / 120.0f;
        }
    }
#else
    /* portable C99 for cores without SIMD: per output pixel, runs of channels in scalar
     * registers (no accumulator array in memory) */
    {
        for (int r = 0; r < 8; ++r) {
            const int c0 = r * 8;
            float a0 = 0.0f, a1 = 0.0f, a2 = 0.0f, a3 = 0.0f, a4 = 0.0f, a5 = 0.0f, a6 = 0.0f, a7 = 0.0f;
            for (int kh = 0; kh < 24; ++kh) {
                const int ih = kh;
                for (int kw = 0; kw < 5; ++kw) {
                    const int iw = kw;
                    const float *x = input + ih * 320 + iw * 64 + c0;
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
                y[0] = a0 / 120.0f;
                y[1] = a1 / 120.0f;
                y[2] = a2 / 120.0f;
                y[3] = a3 / 120.0f;
                y[4] = a4 / 120.0f;
                y[5] = a5 / 120.0f;
                y[6] = a6 / 120.0f;
                y[7] = a7 / 120.0f;
            }
        }
    }
#endif
}

/* conv2d_4 (Conv2D) 25x5x64 -> 25x5x64; batch_normalization_8 (BatchNormalization) folded into its weights; activation_8 (Activation) applied in its store; average_pooling2d (AveragePooling2D) computed from each band of its rows, with no full-size intermediate
 * Fused with its average pooling (24 x 5 windows, strides equal): per band of 24 convolution
 * row(s), kws_ds_cnn_layer25_conv computes the band into the workspace (activation applied as it
 * stores) and kws_ds_cnn_layer25_pool reduces it into 1 row(s) of the output. The convolution's
 * whole output never exists; the 1 last row(s) and 0 last column(s) that valid pooling
 * drops are never computed.
 *   input  1x25x5x64: sample stride 8000
 *   output 1x1x1x64: sample stride 64, row stride 64
 * Workspace: 7680 floats (one band of 24 x 5 x 64 convolution values). */
static int kws_ds_cnn_layer25(const float *input, const float *weights, float *output,
                              float *workspace)
{
    {
        kws_ds_cnn_layer25_conv(input, weights, workspace, 0);
        kws_ds_cnn_layer25_pool(workspace, output);
    }
    return 0;
}

/* dense (Dense) 64 -> 12, activation softmax
 * Dense on the last axis: 1 row(s) of 64 input(s) -> 12 output(s) each
 * (input 1x64, output 1x12). The kernel is Keras's (64, 12):
 * row i holds input i's weight for every unit; the bias follows at 768. With vectors,
 * blocks of units in vector registers for the whole sum, each input broadcast once a block
 * (a block of few vectors keeps partial sums over every P-th input; a last vector ending at
 * the last unit overlaps the block before it and is stored last); without (or with CONVGEN_PORTABLE), tiles of rows x units in scalar registers,
 * each input loaded once per tile and each weight once per tile.
 * Workspace: 0 floats. */
static int kws_ds_cnn_layer31(const float *input, const float *weights, float *output,
                              float *workspace)
{
    (void)workspace;
#if CG_VECTOR
    {
        const float *x = input;
        float *restrict y = output;
        {   /* units [0, 8): 1 vector(s) in registers, 8 partial sums */
            cg_v8 a0_0 = CG_LOAD(cg_v8, weights + 768);
            cg_v8 a1_0 = (cg_v8){0.0f};
            cg_v8 a2_0 = (cg_v8){0.0f};
            cg_v8 a3_0 = (cg_v8){0.0f};
            cg_v8 a4_0 = (cg_v8){0.0f};
            cg_v8 a5_0 = (cg_v8){0.0f};
            cg_v8 a6_0 = (cg_v8){0.0f};
            cg_v8 a7_0 = (cg_v8){0.0f};
            const float *w = weights + 0;
            for (int i = 0; i < 64; i += 8, w += 96) {
                const cg_v8 x0 = (cg_v8){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v8, w + 0);
                const cg_v8 x1 = (cg_v8){0.0f} + x[i + 1];
                a1_0 += x1 * CG_LOAD(cg_v8, w + 12);
                const cg_v8 x2 = (cg_v8){0.0f} + x[i + 2];
                a2_0 += x2 * CG_LOAD(cg_v8, w + 24);
                const cg_v8 x3 = (cg_v8){0.0f} + x[i + 3];
                a3_0 += x3 * CG_LOAD(cg_v8, w + 36);
                const cg_v8 x4 = (cg_v8){0.0f} + x[i + 4];
                a4_0 += x4 * CG_LOAD(cg_v8, w + 48);
                const cg_v8 x5 = (cg_v8){0.0f} + x[i + 5];
                a5_0 += x5 * CG_LOAD(cg_v8, w + 60);
                const cg_v8 x6 = (cg_v8){0.0f} + x[i + 6];
                a6_0 += x6 * CG_LOAD(cg_v8, w + 72);
                const cg_v8 x7 = (cg_v8){0.0f} + x[i + 7];
                a7_0 += x7 * CG_LOAD(cg_v8, w + 84);
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
        {   /* units [4, 12): 1 vector(s) in registers, 8 partial sums */
            cg_v8 a0_0 = CG_LOAD(cg_v8, weights + 772);
            cg_v8 a1_0 = (cg_v8){0.0f};
            cg_v8 a2_0 = (cg_v8){0.0f};
            cg_v8 a3_0 = (cg_v8){0.0f};
            cg_v8 a4_0 = (cg_v8){0.0f};
            cg_v8 a5_0 = (cg_v8){0.0f};
            cg_v8 a6_0 = (cg_v8){0.0f};
            cg_v8 a7_0 = (cg_v8){0.0f};
            const float *w = weights + 4;
            for (int i = 0; i < 64; i += 8, w += 96) {
                const cg_v8 x0 = (cg_v8){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v8, w + 0);
                const cg_v8 x1 = (cg_v8){0.0f} + x[i + 1];
                a1_0 += x1 * CG_LOAD(cg_v8, w + 12);
                const cg_v8 x2 = (cg_v8){0.0f} + x[i + 2];
                a2_0 += x2 * CG_LOAD(cg_v8, w + 24);
                const cg_v8 x3 = (cg_v8){0.0f} + x[i + 3];
                a3_0 += x3 * CG_LOAD(cg_v8, w + 36);
                const cg_v8 x4 = (cg_v8){0.0f} + x[i + 4];
                a4_0 += x4 * CG_LOAD(cg_v8, w + 48);
                const cg_v8 x5 = (cg_v8){0.0f} + x[i + 5];
                a5_0 += x5 * CG_LOAD(cg_v8, w + 60);
                const cg_v8 x6 = (cg_v8){0.0f} + x[i + 6];
                a6_0 += x6 * CG_LOAD(cg_v8, w + 72);
                const cg_v8 x7 = (cg_v8){0.0f} + x[i + 7];
                a7_0 += x7 * CG_LOAD(cg_v8, w + 84);
            }
            a0_0 += a1_0;
            a2_0 += a3_0;
            a4_0 += a5_0;
            a6_0 += a7_0;
            a0_0 += a2_0;
            a4_0 += a6_0;
            a0_0 += a4_0;
            CG_STORE(cg_v8, y + 4, a0_0);
        }
    }
#else
    {   /* 1 row(s) from row 0 */
        const float *x = input;
        float *y = output;
        {   /* units [0, 12) */
            float a0_0 = weights[768], a0_1 = weights[769], a0_2 = weights[770], a0_3 = weights[771], a0_4 = weights[772], a0_5 = weights[773], a0_6 = weights[774], a0_7 = weights[775], a0_8 = weights[776], a0_9 = weights[777], a0_10 = weights[778], a0_11 = weights[779];
            const float *w = weights;
            for (int i = 0; i < 64; ++i, w += 12) {
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
                a0_10 += x0 * w[10];
                a0_11 += x0 * w[11];
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
            y[10] = a0_10;
            y[11] = a0_11;
        }
    }
#endif
    cg_softmax_rows(output, 1, 12);
    return 0;
}

/* conv2d (Conv2D) 49x10x1 -> 25x5x64; batch_normalization (BatchNormalization) 25x5x64 -> 25x5x64; activation (Activation) 25x5x64 -> 25x5x64; dropout (Dropout) 25x5x64 -> 25x5x64; depthwise_conv2d (DepthwiseConv2D) 25x5x64 -> 25x5x64; batch_normalization_1 (BatchNormalization) 25x5x64 -> 25x5x64; activation_1 (Activation) 25x5x64 -> 25x5x64; conv2d_1 (Conv2D) 25x5x64 -> 25x5x64; batch_normalization_2 (BatchNormalization) 25x5x64 -> 25x5x64; activation_2 (Activation) 25x5x64 -> 25x5x64; depthwise_conv2d_1 (DepthwiseConv2D) 25x5x64 -> 25x5x64; batch_normalization_3 (BatchNormalization) 25x5x64 -> 25x5x64; activation_3 (Activation) 25x5x64 -> 25x5x64; conv2d_2 (Conv2D) 25x5x64 -> 25x5x64; batch_normalization_4 (BatchNormalization) 25x5x64 -> 25x5x64; activation_4 (Activation) 25x5x64 -> 25x5x64; depthwise_conv2d_2 (DepthwiseConv2D) 25x5x64 -> 25x5x64; batch_normalization_5 (BatchNormalization) 25x5x64 -> 25x5x64; activation_5 (Activation) 25x5x64 -> 25x5x64; conv2d_3 (Conv2D) 25x5x64 -> 25x5x64; batch_normalization_6 (BatchNormalization) 25x5x64 -> 25x5x64; activation_6 (Activation) 25x5x64 -> 25x5x64; depthwise_conv2d_3 (DepthwiseConv2D) 25x5x64 -> 25x5x64; batch_normalization_7 (BatchNormalization) 25x5x64 -> 25x5x64; activation_7 (Activation) 25x5x64 -> 25x5x64; conv2d_4 (Conv2D) 25x5x64 -> 25x5x64; batch_normalization_8 (BatchNormalization) 25x5x64 -> 25x5x64; activation_8 (Activation) 25x5x64 -> 25x5x64; dropout_1 (Dropout) 25x5x64 -> 25x5x64; average_pooling2d (AveragePooling2D) 25x5x64 -> 1x1x64; flatten (Flatten) 1x1x64 -> 64; dense (Dense) 64 -> 12, activation softmax
 * Workspace: 16000 floats: activation at 0 (8000 floats, steps 0-1), activation_1 at 8000 (8000 floats, steps 1-2), activation_2 at 0 (8000 floats, steps 2-3), activation_3 at 8000 (8000 floats, steps 3-4), activation_4 at 0 (8000 floats, steps 4-5), activation_5 at 8000 (8000 floats, steps 5-6), activation_6 at 0 (8000 floats, steps 6-7), activation_7 at 8000 (8000 floats, steps 7-8), average_pooling2d at 7680 (64 floats, steps 8-9), kws_ds_cnn_layer25 scratch at 0 (7680 floats, steps 8-8). */
int kws_ds_cnn(const float *input, const float *weights, float *output, float *workspace)
{
    kws_ds_cnn_layer0(input, weights, workspace, workspace);
    kws_ds_cnn_layer4(workspace, weights + 2624, workspace + 8000, workspace);
    kws_ds_cnn_layer7(workspace + 8000, weights + 3264, workspace, workspace);
    kws_ds_cnn_layer10(workspace, weights + 7424, workspace + 8000, workspace);
    kws_ds_cnn_layer13(workspace + 8000, weights + 8064, workspace, workspace);
    kws_ds_cnn_layer16(workspace, weights + 12224, workspace + 8000, workspace);
    kws_ds_cnn_layer19(workspace + 8000, weights + 12864, workspace, workspace);
    kws_ds_cnn_layer22(workspace, weights + 17024, workspace + 8000, workspace);
    kws_ds_cnn_layer25(workspace + 8000, weights + 17664, workspace + 7680, workspace);
    kws_ds_cnn_layer31(workspace + 7680, weights + 21824, output, workspace);
    return 0;
}
