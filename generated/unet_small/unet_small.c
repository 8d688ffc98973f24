/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: unet_small.yaml
 *   Template: model.c.j2, concatenate.c.j2, dense.c.j2, resize.c.j2
 */
#include "unet_small.h"

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

/* enc1 (Conv2D) 32x32x3 -> 32x32x8, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x32x32x3: strides n=3072 c=1 d=3072 h=96 w=3
 *   output 1x32x32x8: strides n=8192 c=1 d=8192 h=256 w=8
 *   weights [1][1][3][3][3][8], bias [1][8] at 216
 *   padding before (d, h, w) = (0, 1, 1)
 *   columns: 1 group(s) of register tiles (2 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_unet_small_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int unet_small_layer0(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 216;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_unet_small_layer0;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int oh = 0; oh < 32; ++oh) {
        float *y_row = y + oh * 256;
        {
            const float *wf = weights;
            /* columns q: interior for q in [1, 31) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
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
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 96;
                    const float *wr = wf + kh * 72;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 15];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 18];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 21];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 27];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 30];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 33];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 36];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 39];
                                a14_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 42];
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
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 15];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 18];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 21];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 27];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 30];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 33];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 36];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 39];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 42];
                                a14_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 45];
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
                                const float xv = xr[c + 3];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 15];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 18];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 21];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 27];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 30];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 33];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 36];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 39];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 42];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 45];
                                a14_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a15_0 += w0 * xv;
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
                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + 56, a7_0);
                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + 64, a8_0);
                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + 72, a9_0);
                cg_v8_relu(&a10_0);
                CG_STORE(cg_v8, y_row + 80, a10_0);
                cg_v8_relu(&a11_0);
                CG_STORE(cg_v8, y_row + 88, a11_0);
                cg_v8_relu(&a12_0);
                CG_STORE(cg_v8, y_row + 96, a12_0);
                cg_v8_relu(&a13_0);
                CG_STORE(cg_v8, y_row + 104, a13_0);
                cg_v8_relu(&a14_0);
                CG_STORE(cg_v8, y_row + 112, a14_0);
                cg_v8_relu(&a15_0);
                CG_STORE(cg_v8, y_row + 120, a15_0);
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
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 96;
                    const float *wr = wf + kh * 72;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 45];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 51];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 54];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 57];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 60];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 63];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 66];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 69];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 75];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 78];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 81];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 84];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 87];
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
                                const float xv = xr[c + 48];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 51];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 54];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 57];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 60];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 63];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 66];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 69];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 75];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 78];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 81];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 84];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 87];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 90];
                                a14_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 93];
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
                                const float xv = xr[c + 51];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 54];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 57];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 60];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 63];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 66];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 69];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 75];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 78];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 81];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 84];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 87];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 90];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 93];
                                a14_0 += w0 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + 128, a0_0);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 136, a1_0);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 144, a2_0);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 152, a3_0);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + 160, a4_0);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + 168, a5_0);
                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + 176, a6_0);
                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + 184, a7_0);
                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + 192, a8_0);
                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + 200, a9_0);
                cg_v8_relu(&a10_0);
                CG_STORE(cg_v8, y_row + 208, a10_0);
                cg_v8_relu(&a11_0);
                CG_STORE(cg_v8, y_row + 216, a11_0);
                cg_v8_relu(&a12_0);
                CG_STORE(cg_v8, y_row + 224, a12_0);
                cg_v8_relu(&a13_0);
                CG_STORE(cg_v8, y_row + 232, a13_0);
                cg_v8_relu(&a14_0);
                CG_STORE(cg_v8, y_row + 240, a14_0);
                cg_v8_relu(&a15_0);
                CG_STORE(cg_v8, y_row + 248, a15_0);
            }


#else
            {   /* 11 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
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
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 96;
                    const float *wr = wf + kh * 72;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 15];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 18];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 21];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 27];
                                a10_0 += w0 * xv;
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
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 15];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 18];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 21];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 27];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 30];
                                a10_0 += w0 * xv;
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
                                const float xv = xr[c + 3];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 15];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 18];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 21];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 27];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 30];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 33];
                                a10_0 += w0 * xv;
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
                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + 56, a7_0);
                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + 64, a8_0);
                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + 72, a9_0);
                cg_v8_relu(&a10_0);
                CG_STORE(cg_v8, y_row + 80, a10_0);
            }

            for (int q = 11; q < 22; q += 11)
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
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 96 + q * 3;
                    const float *wr = wf + kh * 72;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c - 3];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 15];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 18];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 21];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 27];
                                a10_0 += w0 * xv;
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
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 15];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 18];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 21];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 27];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 30];
                                a10_0 += w0 * xv;
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
                                const float xv = xr[c + 3];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 15];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 18];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 21];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 27];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 30];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 33];
                                a10_0 += w0 * xv;
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
            }

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
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 96;
                    const float *wr = wf + kh * 72;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 63];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 66];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 69];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 75];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 78];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 81];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 84];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 87];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 90];
                                a9_0 += w0 * xv;
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
                                const float xv = xr[c + 66];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 69];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 75];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 78];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 81];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 84];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 87];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 90];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 93];
                                a9_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5, 6, 7, 8 */
                        const float *w = wr + 48;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 69];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 75];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 78];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 81];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 84];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 87];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 90];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 93];
                                a8_0 += w0 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + 176, a0_0);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 184, a1_0);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 192, a2_0);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 200, a3_0);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + 208, a4_0);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + 216, a5_0);
                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + 224, a6_0);
                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + 232, a7_0);
                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + 240, a8_0);
                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + 248, a9_0);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_unet_small_layer0;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 32; ++oh) {
        float *y_row = y + oh * 256;
        {   /* block 0: 8 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 8; f0 += 4) {
                /* columns q: interior for q in [1, 31) */
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 32) continue;
                        const float *xr = input + ih * 96;
                        const float *wr = wf + kh * 72 + f0;
                        {   /* tap kw = 0, pixels 1, 2, 3, 4, 5 */
                            const float *w = wr;
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 3];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 6];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 9];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 12];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 24;
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 3];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 6];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 9];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 12];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 15];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 48;
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 3];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 6];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 9];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 12];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 15];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 18];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[f0] = cg_relu(a0_0);
                    y_row[f0 + 1] = cg_relu(a0_1);
                    y_row[f0 + 2] = cg_relu(a0_2);
                    y_row[f0 + 3] = cg_relu(a0_3);
                    y_row[f0 + 8] = cg_relu(a1_0);
                    y_row[f0 + 9] = cg_relu(a1_1);
                    y_row[f0 + 10] = cg_relu(a1_2);
                    y_row[f0 + 11] = cg_relu(a1_3);
                    y_row[f0 + 16] = cg_relu(a2_0);
                    y_row[f0 + 17] = cg_relu(a2_1);
                    y_row[f0 + 18] = cg_relu(a2_2);
                    y_row[f0 + 19] = cg_relu(a2_3);
                    y_row[f0 + 24] = cg_relu(a3_0);
                    y_row[f0 + 25] = cg_relu(a3_1);
                    y_row[f0 + 26] = cg_relu(a3_2);
                    y_row[f0 + 27] = cg_relu(a3_3);
                    y_row[f0 + 32] = cg_relu(a4_0);
                    y_row[f0 + 33] = cg_relu(a4_1);
                    y_row[f0 + 34] = cg_relu(a4_2);
                    y_row[f0 + 35] = cg_relu(a4_3);
                    y_row[f0 + 40] = cg_relu(a5_0);
                    y_row[f0 + 41] = cg_relu(a5_1);
                    y_row[f0 + 42] = cg_relu(a5_2);
                    y_row[f0 + 43] = cg_relu(a5_3);
}
                for (int q = 6; q < 12; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 32) continue;
                        const float *xr = input + ih * 96 + q * 3;
                        const float *wr = wf + kh * 72 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c - 3];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 3];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 6];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 9];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 12];
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
                                    const float xv = xk[c - 3];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 3];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 6];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 9];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 12];
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
                                    const float xv = xk[c - 3];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 3];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 6];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 9];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 12];
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
                for (int q = 12; q < 27; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 32) continue;
                        const float *xr = input + ih * 96 + q * 3;
                        const float *wr = wf + kh * 72 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c - 3];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 3];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 6];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 9];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *xk = xr + 3;
                            const float *w = wr + 24;
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c - 3];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 3];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 6];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 9];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *xk = xr + 6;
                            const float *w = wr + 48;
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c - 3];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 3];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 6];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 9];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
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
}
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 32) continue;
                        const float *xr = input + ih * 96;
                        const float *wr = wf + kh * 72 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 78];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 81];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 84];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 87];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 90];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 24;
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 81];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 84];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 87];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 90];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 93];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2, 3 */
                            const float *w = wr + 48;
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 84];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 87];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 90];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 93];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[f0 + 216] = cg_relu(a0_0);
                    y_row[f0 + 217] = cg_relu(a0_1);
                    y_row[f0 + 218] = cg_relu(a0_2);
                    y_row[f0 + 219] = cg_relu(a0_3);
                    y_row[f0 + 224] = cg_relu(a1_0);
                    y_row[f0 + 225] = cg_relu(a1_1);
                    y_row[f0 + 226] = cg_relu(a1_2);
                    y_row[f0 + 227] = cg_relu(a1_3);
                    y_row[f0 + 232] = cg_relu(a2_0);
                    y_row[f0 + 233] = cg_relu(a2_1);
                    y_row[f0 + 234] = cg_relu(a2_2);
                    y_row[f0 + 235] = cg_relu(a2_3);
                    y_row[f0 + 240] = cg_relu(a3_0);
                    y_row[f0 + 241] = cg_relu(a3_1);
                    y_row[f0 + 242] = cg_relu(a3_2);
                    y_row[f0 + 243] = cg_relu(a3_3);
                    y_row[f0 + 248] = cg_relu(a4_0);
                    y_row[f0 + 249] = cg_relu(a4_1);
                    y_row[f0 + 250] = cg_relu(a4_2);
                    y_row[f0 + 251] = cg_relu(a4_3);
}
            }
        }
    }
#endif
    return 0;
}

/* down1 (Conv2D) 32x32x8 -> 16x16x16, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x32x32x8: strides n=8192 c=1 d=8192 h=256 w=8
 *   output 1x16x16x16: strides n=4096 c=1 d=4096 h=256 w=16
 *   weights [1][1][3][3][8][16], bias [1][16] at 1152
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_unet_small_layer1(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int unet_small_layer1(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 1152;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_unet_small_layer1;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 256;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 15) */
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
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 32) continue;
                    const float *xr = input + ih * 256;
                    const float *wr = wf + kh * 384;
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
                    {   /* tap kw = 1 */
                        const float *w = wr + 128;
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
                            {
                                const float xv = xr[c + 216];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 232];
                                a14_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 248];
                                a15_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 */
                        const float *w = wr + 256;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 16) {
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
                            {
                                const float xv = xr[c + 192];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 208];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 224];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 240];
                                a14_0 += w0 * xv;
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
                cg_v16_relu(&a14_0);
                CG_STORE(cg_v16, y_row + 224, a14_0);
                cg_v16_relu(&a15_0);
                CG_STORE(cg_v16, y_row + 240, a15_0);
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
                    const int ih = oh * 2 + kh;
                    if (ih >= 32) continue;
                    const float *xr = input + ih * 256 + q * 16;
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
                        const float *w = wr + 128;
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
                            {
                                const float xv = xr[c + 88];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
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
                    const int ih = oh * 2 + kh;
                    if (ih >= 32) continue;
                    const float *xr = input + ih * 256 + q * 16;
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
                        const float *w = wr + 128;
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
                    {   /* tap kw = 2 */
                        const float *w = wr + 256;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 16) {
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

            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 32) continue;
                    const float *xr = input + ih * 256;
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
                                const float xv = xr[c + 176];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 208];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 224];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 240];
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
                                const float xv = xr[c + 184];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 200];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 216];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 232];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 248];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3 */
                        const float *w = wr + 256;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 192];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 208];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 224];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 240];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + 176, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + 184, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 192, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + 200, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 208, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + 216, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 224, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + 232, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + 240, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + 248, a4_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_unet_small_layer1;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 256;
        {   /* block 0: 16 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 16; f0 += 4) {
                /* columns q: interior for q in [0, 15) */
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
                        const int ih = oh * 2 + kh;
                        if (ih >= 32) continue;
                        const float *xr = input + ih * 256 + q * 16;
                        const float *wr = wf + kh * 384 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 8; ++c, w += 16) {
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
                            const float *xk = xr + 8;
                            const float *w = wr + 128;
                            for (int c = 0; c < 8; ++c, w += 16) {
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
                            const float *xk = xr + 16;
                            const float *w = wr + 256;
                            for (int c = 0; c < 8; ++c, w += 16) {
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
                        const int ih = oh * 2 + kh;
                        if (ih >= 32) continue;
                        const float *xr = input + ih * 256 + q * 16;
                        const float *wr = wf + kh * 384 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 8; ++c, w += 16) {
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
                            const float *xk = xr + 8;
                            const float *w = wr + 128;
                            for (int c = 0; c < 8; ++c, w += 16) {
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
                            const float *xk = xr + 16;
                            const float *w = wr + 256;
                            for (int c = 0; c < 8; ++c, w += 16) {
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
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh;
                        if (ih >= 32) continue;
                        const float *xr = input + ih * 256;
                        const float *wr = wf + kh * 384 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 176];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 192];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 208];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 224];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 240];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 128;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 184];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 200];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 216];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 232];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 248];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2, 3 */
                            const float *w = wr + 256;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 192];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 208];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 224];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 240];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[f0 + 176] = cg_relu(a0_0);
                    y_row[f0 + 177] = cg_relu(a0_1);
                    y_row[f0 + 178] = cg_relu(a0_2);
                    y_row[f0 + 179] = cg_relu(a0_3);
                    y_row[f0 + 192] = cg_relu(a1_0);
                    y_row[f0 + 193] = cg_relu(a1_1);
                    y_row[f0 + 194] = cg_relu(a1_2);
                    y_row[f0 + 195] = cg_relu(a1_3);
                    y_row[f0 + 208] = cg_relu(a2_0);
                    y_row[f0 + 209] = cg_relu(a2_1);
                    y_row[f0 + 210] = cg_relu(a2_2);
                    y_row[f0 + 211] = cg_relu(a2_3);
                    y_row[f0 + 224] = cg_relu(a3_0);
                    y_row[f0 + 225] = cg_relu(a3_1);
                    y_row[f0 + 226] = cg_relu(a3_2);
                    y_row[f0 + 227] = cg_relu(a3_3);
                    y_row[f0 + 240] = cg_relu(a4_0);
                    y_row[f0 + 241] = cg_relu(a4_1);
                    y_row[f0 + 242] = cg_relu(a4_2);
                    y_row[f0 + 243] = cg_relu(a4_3);
}
            }
        }
    }
#endif
    return 0;
}

/* enc2 (Conv2D) 16x16x16 -> 16x16x16, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x16x16x16: strides n=4096 c=1 d=4096 h=256 w=16
 *   output 1x16x16x16: strides n=4096 c=1 d=4096 h=256 w=16
 *   weights [1][1][3][3][16][16], bias [1][16] at 2304
 *   padding before (d, h, w) = (0, 1, 1)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_unet_small_layer2(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int unet_small_layer2(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 2304;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_unet_small_layer2;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 256;
        {
            const float *wf = weights;
            /* columns q: interior for q in [1, 15) */
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
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 16) continue;
                    const float *xr = input + ih * 256;
                    const float *wr = wf + kh * 768;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 */
                        const float *w = wr;
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
                    {   /* tap kw = 1 */
                        const float *w = wr + 256;
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
                    {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 */
                        const float *w = wr + 512;
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
                            {
                                const float xv = xr[c + 192];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 208];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 224];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 240];
                                a14_0 += w0 * xv;
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
                cg_v16_relu(&a14_0);
                CG_STORE(cg_v16, y_row + 224, a14_0);
                cg_v16_relu(&a15_0);
                CG_STORE(cg_v16, y_row + 240, a15_0);
            }


#else
            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 16) continue;
                    const float *xr = input + ih * 256;
                    const float *wr = wf + kh * 768;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5 */
                        const float *w = wr;
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
                    {   /* tap kw = 1 */
                        const float *w = wr + 256;
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
                    {   /* tap kw = 2 */
                        const float *w = wr + 512;
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
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + 80, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + 88, a5_1);
            }

            for (int q = 6; q < 11; q += 5)
            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 16) continue;
                    const float *xr = input + ih * 256 + q * 16;
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
                    {   /* tap kw = 1 */
                        const float *w = wr + 256;
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
                    {   /* tap kw = 2 */
                        const float *w = wr + 512;
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

            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 16) continue;
                    const float *xr = input + ih * 256;
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
                                const float xv = xr[c + 160];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 176];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 208];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 224];
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
                                const float xv = xr[c + 176];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 208];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 224];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 240];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3 */
                        const float *w = wr + 512;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 192];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 208];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 224];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 240];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + 176, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + 184, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 192, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + 200, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 208, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + 216, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 224, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + 232, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + 240, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + 248, a4_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_unet_small_layer2;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 256;
        {   /* block 0: 16 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 16; f0 += 4) {
                /* columns q: interior for q in [1, 15) */
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 16) continue;
                        const float *xr = input + ih * 256;
                        const float *wr = wf + kh * 768 + f0;
                        {   /* tap kw = 0, pixels 1, 2, 3, 4, 5 */
                            const float *w = wr;
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
                        {   /* tap kw = 1 */
                            const float *w = wr + 256;
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
                        {   /* tap kw = 2 */
                            const float *w = wr + 512;
                            for (int c = 0; c < 16; ++c, w += 16) {
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
                                {
                                    const float xv = xr[c + 96];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[f0] = cg_relu(a0_0);
                    y_row[f0 + 1] = cg_relu(a0_1);
                    y_row[f0 + 2] = cg_relu(a0_2);
                    y_row[f0 + 3] = cg_relu(a0_3);
                    y_row[f0 + 16] = cg_relu(a1_0);
                    y_row[f0 + 17] = cg_relu(a1_1);
                    y_row[f0 + 18] = cg_relu(a1_2);
                    y_row[f0 + 19] = cg_relu(a1_3);
                    y_row[f0 + 32] = cg_relu(a2_0);
                    y_row[f0 + 33] = cg_relu(a2_1);
                    y_row[f0 + 34] = cg_relu(a2_2);
                    y_row[f0 + 35] = cg_relu(a2_3);
                    y_row[f0 + 48] = cg_relu(a3_0);
                    y_row[f0 + 49] = cg_relu(a3_1);
                    y_row[f0 + 50] = cg_relu(a3_2);
                    y_row[f0 + 51] = cg_relu(a3_3);
                    y_row[f0 + 64] = cg_relu(a4_0);
                    y_row[f0 + 65] = cg_relu(a4_1);
                    y_row[f0 + 66] = cg_relu(a4_2);
                    y_row[f0 + 67] = cg_relu(a4_3);
                    y_row[f0 + 80] = cg_relu(a5_0);
                    y_row[f0 + 81] = cg_relu(a5_1);
                    y_row[f0 + 82] = cg_relu(a5_2);
                    y_row[f0 + 83] = cg_relu(a5_3);
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
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 16) continue;
                        const float *xr = input + ih * 256 + q * 16;
                        const float *wr = wf + kh * 768 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 16; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c - 16];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 16];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 32];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 48];
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
                                    const float xv = xk[c - 16];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 16];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 32];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 48];
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
                                    const float xv = xk[c - 16];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 16];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 32];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 48];
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
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 16) continue;
                        const float *xr = input + ih * 256;
                        const float *wr = wf + kh * 768 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 16; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 160];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 176];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 192];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 208];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 224];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 256;
                            for (int c = 0; c < 16; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 176];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 192];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 208];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 224];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 240];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2, 3 */
                            const float *w = wr + 512;
                            for (int c = 0; c < 16; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 192];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 208];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 224];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 240];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[f0 + 176] = cg_relu(a0_0);
                    y_row[f0 + 177] = cg_relu(a0_1);
                    y_row[f0 + 178] = cg_relu(a0_2);
                    y_row[f0 + 179] = cg_relu(a0_3);
                    y_row[f0 + 192] = cg_relu(a1_0);
                    y_row[f0 + 193] = cg_relu(a1_1);
                    y_row[f0 + 194] = cg_relu(a1_2);
                    y_row[f0 + 195] = cg_relu(a1_3);
                    y_row[f0 + 208] = cg_relu(a2_0);
                    y_row[f0 + 209] = cg_relu(a2_1);
                    y_row[f0 + 210] = cg_relu(a2_2);
                    y_row[f0 + 211] = cg_relu(a2_3);
                    y_row[f0 + 224] = cg_relu(a3_0);
                    y_row[f0 + 225] = cg_relu(a3_1);
                    y_row[f0 + 226] = cg_relu(a3_2);
                    y_row[f0 + 227] = cg_relu(a3_3);
                    y_row[f0 + 240] = cg_relu(a4_0);
                    y_row[f0 + 241] = cg_relu(a4_1);
                    y_row[f0 + 242] = cg_relu(a4_2);
                    y_row[f0 + 243] = cg_relu(a4_3);
}
            }
        }
    }
#endif
    return 0;
}

/* down2 (Conv2D) 16x16x16 -> 8x8x32, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x16x16x16: strides n=4096 c=1 d=4096 h=256 w=16
 *   output 1x8x8x32: strides n=2048 c=1 d=2048 h=256 w=32
 *   weights [1][1][3][3][16][32], bias [1][32] at 4608
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_unet_small_layer3(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int unet_small_layer3(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 4608;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_unet_small_layer3;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int oh = 0; oh < 8; ++oh) {
        float *y_row = y + oh * 256;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 7) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 8 output pixel(s) x 32 filters in 2 cg_v16: an edge tile, each tap only where its column exists */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias), a0_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias), a1_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias), a2_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias), a3_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias), a4_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias), a5_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias), a6_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias), a7_1 = CG_LOAD(cg_v16, bias + 16);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 16) continue;
                    const float *xr = input + ih * 256;
                    const float *wr = wf + kh * 1536;
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
                    {   /* tap kw = 1 */
                        const float *w = wr + 512;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                            {
                                const float xv = xr[c + 16];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 112];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 144];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 176];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 208];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 240];
                                a7_0 += w0 * xv;
                                a7_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5, 6 */
                        const float *w = wr + 1024;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 32) {
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
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + 16, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + 32, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + 48, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + 64, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + 80, a2_1);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + 96, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + 112, a3_1);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + 128, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + 144, a4_1);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + 160, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + 176, a5_1);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + 192, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + 208, a6_1);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + 224, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + 240, a7_1);
            }


#else
            for (int q = 0; q < 4; q += 4)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 4 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 16) continue;
                    const float *xr = input + ih * 256 + q * 32;
                    const float *wr = wf + kh * 1536;
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
                                const float xv = xr[c + 16];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 112];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
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
            }

            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 4 output pixel(s) x 16 filters from fh in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 16) continue;
                    const float *xr = input + ih * 256;
                    const float *wr = wf + kh * 1536;
                    {   /* tap kw = 0 */
                        const float *w = wr + fh;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 128];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 224];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
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
                                const float xv = xr[c + 144];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 176];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 208];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 240];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2 */
                        const float *w = wr + fh + 1024;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 160];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 224];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + fh + 128, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + fh + 136, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + fh + 160, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + fh + 168, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + fh + 192, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + fh + 200, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + fh + 224, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + fh + 232, a3_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_unet_small_layer3;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 8; ++oh) {
        float *y_row = y + oh * 256;
        {   /* block 0: 32 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 12; f0 += 6) {
                /* columns q: interior for q in [0, 7) */
                for (int q = 0; q < 4; q += 4)
                {   /* 4 pixel(s) x 6 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4], b5 = bias[f0 + 5];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4, a2_5 = b5;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4, a3_5 = b5;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh;
                        if (ih >= 16) continue;
                        const float *xr = input + ih * 256 + q * 32;
                        const float *wr = wf + kh * 1536 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 16; ++c, w += 32) {
                                const float x0 = xk[c], x1 = xk[c + 32], x2 = xk[c + 64], x3 = xk[c + 96];
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
                                {
                                    const float wv = w[5];
                                    a0_5 += x0 * wv; a1_5 += x1 * wv; a2_5 += x2 * wv; a3_5 += x3 * wv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *xk = xr + 16;
                            const float *w = wr + 512;
                            for (int c = 0; c < 16; ++c, w += 32) {
                                const float x0 = xk[c], x1 = xk[c + 32], x2 = xk[c + 64], x3 = xk[c + 96];
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
                                {
                                    const float wv = w[5];
                                    a0_5 += x0 * wv; a1_5 += x1 * wv; a2_5 += x2 * wv; a3_5 += x3 * wv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *xk = xr + 32;
                            const float *w = wr + 1024;
                            for (int c = 0; c < 16; ++c, w += 32) {
                                const float x0 = xk[c], x1 = xk[c + 32], x2 = xk[c + 64], x3 = xk[c + 96];
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
                                {
                                    const float wv = w[5];
                                    a0_5 += x0 * wv; a1_5 += x1 * wv; a2_5 += x2 * wv; a3_5 += x3 * wv;
                                }
                            }
                        }
                    }
                    y_row[q * 32 + f0] = cg_relu(a0_0);
                    y_row[q * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 32 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 32 + f0 + 4] = cg_relu(a0_4);
                    y_row[q * 32 + f0 + 5] = cg_relu(a0_5);
                    y_row[q * 32 + f0 + 32] = cg_relu(a1_0);
                    y_row[q * 32 + f0 + 33] = cg_relu(a1_1);
                    y_row[q * 32 + f0 + 34] = cg_relu(a1_2);
                    y_row[q * 32 + f0 + 35] = cg_relu(a1_3);
                    y_row[q * 32 + f0 + 36] = cg_relu(a1_4);
                    y_row[q * 32 + f0 + 37] = cg_relu(a1_5);
                    y_row[q * 32 + f0 + 64] = cg_relu(a2_0);
                    y_row[q * 32 + f0 + 65] = cg_relu(a2_1);
                    y_row[q * 32 + f0 + 66] = cg_relu(a2_2);
                    y_row[q * 32 + f0 + 67] = cg_relu(a2_3);
                    y_row[q * 32 + f0 + 68] = cg_relu(a2_4);
                    y_row[q * 32 + f0 + 69] = cg_relu(a2_5);
                    y_row[q * 32 + f0 + 96] = cg_relu(a3_0);
                    y_row[q * 32 + f0 + 97] = cg_relu(a3_1);
                    y_row[q * 32 + f0 + 98] = cg_relu(a3_2);
                    y_row[q * 32 + f0 + 99] = cg_relu(a3_3);
                    y_row[q * 32 + f0 + 100] = cg_relu(a3_4);
                    y_row[q * 32 + f0 + 101] = cg_relu(a3_5);
}
                {   /* 4 pixel(s) x 6 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4], b5 = bias[f0 + 5];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4, a2_5 = b5;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4, a3_5 = b5;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh;
                        if (ih >= 16) continue;
                        const float *xr = input + ih * 256;
                        const float *wr = wf + kh * 1536 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 16; ++c, w += 32) {
                                const float x0 = xr[c + 128], x1 = xr[c + 160], x2 = xr[c + 192], x3 = xr[c + 224];
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
                                {
                                    const float wv = w[5];
                                    a0_5 += x0 * wv; a1_5 += x1 * wv; a2_5 += x2 * wv; a3_5 += x3 * wv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 512;
                            for (int c = 0; c < 16; ++c, w += 32) {
                                const float x0 = xr[c + 144], x1 = xr[c + 176], x2 = xr[c + 208], x3 = xr[c + 240];
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
                                {
                                    const float wv = w[5];
                                    a0_5 += x0 * wv; a1_5 += x1 * wv; a2_5 += x2 * wv; a3_5 += x3 * wv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2 */
                            const float *w = wr + 1024;
                            for (int c = 0; c < 16; ++c, w += 32) {
                                const float x0 = xr[c + 160], x1 = xr[c + 192], x2 = xr[c + 224];
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
                    y_row[f0 + 128] = cg_relu(a0_0);
                    y_row[f0 + 129] = cg_relu(a0_1);
                    y_row[f0 + 130] = cg_relu(a0_2);
                    y_row[f0 + 131] = cg_relu(a0_3);
                    y_row[f0 + 132] = cg_relu(a0_4);
                    y_row[f0 + 133] = cg_relu(a0_5);
                    y_row[f0 + 160] = cg_relu(a1_0);
                    y_row[f0 + 161] = cg_relu(a1_1);
                    y_row[f0 + 162] = cg_relu(a1_2);
                    y_row[f0 + 163] = cg_relu(a1_3);
                    y_row[f0 + 164] = cg_relu(a1_4);
                    y_row[f0 + 165] = cg_relu(a1_5);
                    y_row[f0 + 192] = cg_relu(a2_0);
                    y_row[f0 + 193] = cg_relu(a2_1);
                    y_row[f0 + 194] = cg_relu(a2_2);
                    y_row[f0 + 195] = cg_relu(a2_3);
                    y_row[f0 + 196] = cg_relu(a2_4);
                    y_row[f0 + 197] = cg_relu(a2_5);
                    y_row[f0 + 224] = cg_relu(a3_0);
                    y_row[f0 + 225] = cg_relu(a3_1);
                    y_row[f0 + 226] = cg_relu(a3_2);
                    y_row[f0 + 227] = cg_relu(a3_3);
                    y_row[f0 + 228] = cg_relu(a3_4);
                    y_row[f0 + 229] = cg_relu(a3_5);
}
            }
            for (int f0 = 12; f0 < 32; f0 += 5) {
                /* columns q: interior for q in [0, 7) */
                for (int q = 0; q < 4; q += 4)
                {   /* 4 pixel(s) x 5 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh;
                        if (ih >= 16) continue;
                        const float *xr = input + ih * 256 + q * 32;
                        const float *wr = wf + kh * 1536 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 16; ++c, w += 32) {
                                const float x0 = xk[c], x1 = xk[c + 32], x2 = xk[c + 64], x3 = xk[c + 96];
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
                        {   /* tap kw = 1 */
                            const float *xk = xr + 16;
                            const float *w = wr + 512;
                            for (int c = 0; c < 16; ++c, w += 32) {
                                const float x0 = xk[c], x1 = xk[c + 32], x2 = xk[c + 64], x3 = xk[c + 96];
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
                        {   /* tap kw = 2 */
                            const float *xk = xr + 32;
                            const float *w = wr + 1024;
                            for (int c = 0; c < 16; ++c, w += 32) {
                                const float x0 = xk[c], x1 = xk[c + 32], x2 = xk[c + 64], x3 = xk[c + 96];
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
                    y_row[q * 32 + f0] = cg_relu(a0_0);
                    y_row[q * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 32 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 32 + f0 + 4] = cg_relu(a0_4);
                    y_row[q * 32 + f0 + 32] = cg_relu(a1_0);
                    y_row[q * 32 + f0 + 33] = cg_relu(a1_1);
                    y_row[q * 32 + f0 + 34] = cg_relu(a1_2);
                    y_row[q * 32 + f0 + 35] = cg_relu(a1_3);
                    y_row[q * 32 + f0 + 36] = cg_relu(a1_4);
                    y_row[q * 32 + f0 + 64] = cg_relu(a2_0);
                    y_row[q * 32 + f0 + 65] = cg_relu(a2_1);
                    y_row[q * 32 + f0 + 66] = cg_relu(a2_2);
                    y_row[q * 32 + f0 + 67] = cg_relu(a2_3);
                    y_row[q * 32 + f0 + 68] = cg_relu(a2_4);
                    y_row[q * 32 + f0 + 96] = cg_relu(a3_0);
                    y_row[q * 32 + f0 + 97] = cg_relu(a3_1);
                    y_row[q * 32 + f0 + 98] = cg_relu(a3_2);
                    y_row[q * 32 + f0 + 99] = cg_relu(a3_3);
                    y_row[q * 32 + f0 + 100] = cg_relu(a3_4);
}
                {   /* 4 pixel(s) x 5 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh;
                        if (ih >= 16) continue;
                        const float *xr = input + ih * 256;
                        const float *wr = wf + kh * 1536 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 16; ++c, w += 32) {
                                const float x0 = xr[c + 128], x1 = xr[c + 160], x2 = xr[c + 192], x3 = xr[c + 224];
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
                        {   /* tap kw = 1 */
                            const float *w = wr + 512;
                            for (int c = 0; c < 16; ++c, w += 32) {
                                const float x0 = xr[c + 144], x1 = xr[c + 176], x2 = xr[c + 208], x3 = xr[c + 240];
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
                        {   /* tap kw = 2, pixels 0, 1, 2 */
                            const float *w = wr + 1024;
                            for (int c = 0; c < 16; ++c, w += 32) {
                                const float x0 = xr[c + 160], x1 = xr[c + 192], x2 = xr[c + 224];
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
                    y_row[f0 + 128] = cg_relu(a0_0);
                    y_row[f0 + 129] = cg_relu(a0_1);
                    y_row[f0 + 130] = cg_relu(a0_2);
                    y_row[f0 + 131] = cg_relu(a0_3);
                    y_row[f0 + 132] = cg_relu(a0_4);
                    y_row[f0 + 160] = cg_relu(a1_0);
                    y_row[f0 + 161] = cg_relu(a1_1);
                    y_row[f0 + 162] = cg_relu(a1_2);
                    y_row[f0 + 163] = cg_relu(a1_3);
                    y_row[f0 + 164] = cg_relu(a1_4);
                    y_row[f0 + 192] = cg_relu(a2_0);
                    y_row[f0 + 193] = cg_relu(a2_1);
                    y_row[f0 + 194] = cg_relu(a2_2);
                    y_row[f0 + 195] = cg_relu(a2_3);
                    y_row[f0 + 196] = cg_relu(a2_4);
                    y_row[f0 + 224] = cg_relu(a3_0);
                    y_row[f0 + 225] = cg_relu(a3_1);
                    y_row[f0 + 226] = cg_relu(a3_2);
                    y_row[f0 + 227] = cg_relu(a3_3);
                    y_row[f0 + 228] = cg_relu(a3_4);
}
            }
        }
    }
#endif
    return 0;
}

/* up2 (Conv2DTranspose) 8x8x32 -> 16x16x16, activation relu
 * Transposed convolution by stride phases: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x8x8x32: strides n=2048 c=1 d=2048 h=256 w=32
 *   output 1x16x16x16: strides n=8192 c=1 d=8192 h=512 w=32
 *   weights [1][1][3][3][32][16], bias [1][16] at 4608
 *   output position o takes input i through tap j when o + crop = i * stride + j * dilation; crop (d, h, w) = (0, 0, 0)
 *   columns: 2 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_unet_small_layer4(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int unet_small_layer4(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 4608;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_unet_small_layer4;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 512;
        {
            const float *wf = weights;
            /* columns q * 2: interior for q in [1, 8) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 8 output pixel(s) x 16 filters in 1 cg_v16: an edge tile, each tap only where its column exists */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int th = oh - kh;
                    const int ih = th / 2;
                    if (th < 0 || th % 2 != 0) continue;
                    const float *xr = input + ih * 256;
                    const float *wr = wf + kh * 1536;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
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
                            {
                                const float xv = xr[c + 224];
                                a7_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 1, 2, 3, 4, 5, 6, 7 */
                        const float *w = wr + 1024;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a7_0 += w0 * xv;
                            }
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row, a0_0);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + 64, a1_0);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + 128, a2_0);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + 192, a3_0);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + 256, a4_0);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + 320, a5_0);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + 384, a6_0);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + 448, a7_0);
            }


#else
            {   /* 4 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int th = oh - kh;
                    const int ih = th / 2;
                    if (th < 0 || th % 2 != 0) continue;
                    const float *xr = input + ih * 256;
                    const float *wr = wf + kh * 1536;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 16) {
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
                        }
                    }
                    {   /* tap kw = 2, pixels 1, 2, 3 */
                        const float *w = wr + 1024;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + 8, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 64, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + 72, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 128, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + 136, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 192, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + 200, a3_1);
            }

            for (int q = 4; q < 8; q += 4)
            {   /* 4 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int th = oh - kh;
                    const int ih = th / 2;
                    if (th < 0 || th % 2 != 0) continue;
                    const float *xr = input + ih * 256 + q * 32;
                    const float *wr = wf + kh * 1536;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 16) {
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
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 1024;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c - 32];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 64, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 64 + 8, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 64 + 64, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 64 + 72, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 64 + 128, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + q * 64 + 136, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 64 + 192, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + q * 64 + 200, a3_1);
            }


#endif
            /* columns q * 2 + 1: interior for q in [0, 8) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 8; q += 8)
            {   /* 8 output pixel(s) x 16 filters in 1 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int th = oh - kh;
                    const int ih = th / 2;
                    if (th < 0 || th % 2 != 0) continue;
                    const float *xr = input + ih * 256 + q * 32;
                    const float *wr = wf + kh * 1536;
                    {   /* tap kw = 1 */
                        const float *w = wr + 512;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
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
                            {
                                const float xv = xr[c + 224];
                                a7_0 += w0 * xv;
                            }
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + q * 64 + 32, a0_0);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + q * 64 + 96, a1_0);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + q * 64 + 160, a2_0);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + q * 64 + 224, a3_0);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + q * 64 + 288, a4_0);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + q * 64 + 352, a5_0);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + q * 64 + 416, a6_0);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + q * 64 + 480, a7_0);
            }


#else
            for (int q = 0; q < 8; q += 4)
            {   /* 4 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int th = oh - kh;
                    const int ih = th / 2;
                    if (th < 0 || th % 2 != 0) continue;
                    const float *xr = input + ih * 256 + q * 32;
                    const float *wr = wf + kh * 1536;
                    {   /* tap kw = 1 */
                        const float *w = wr + 512;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 16) {
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
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 64 + 32, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 64 + 40, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 64 + 96, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 64 + 104, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 64 + 160, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + q * 64 + 168, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 64 + 224, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + q * 64 + 232, a3_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_unet_small_layer4;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 512;
        {   /* block 0: 16 filters */
            const float *wf = weights;
            {
                /* columns q * 2: interior for q in [1, 8) */
                {   /* 4 pixel(s) x 6 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[0], b1 = bias[1], b2 = bias[2], b3 = bias[3], b4 = bias[4], b5 = bias[5];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4, a2_5 = b5;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4, a3_5 = b5;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh - kh;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0) continue;
                        const float *xr = input + ih * 256;
                        const float *wr = wf + kh * 1536;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const float x0 = xr[c], x1 = xr[c + 32], x2 = xr[c + 64], x3 = xr[c + 96];
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
                                {
                                    const float wv = w[5];
                                    a0_5 += x0 * wv; a1_5 += x1 * wv; a2_5 += x2 * wv; a3_5 += x3 * wv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 1, 2, 3 */
                            const float *w = wr + 1024;
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const float x1 = xr[c], x2 = xr[c + 32], x3 = xr[c + 64];
                                {
                                    const float wv = w[0];
                                    a1_0 += x1 * wv; a2_0 += x2 * wv; a3_0 += x3 * wv;
                                }
                                {
                                    const float wv = w[1];
                                    a1_1 += x1 * wv; a2_1 += x2 * wv; a3_1 += x3 * wv;
                                }
                                {
                                    const float wv = w[2];
                                    a1_2 += x1 * wv; a2_2 += x2 * wv; a3_2 += x3 * wv;
                                }
                                {
                                    const float wv = w[3];
                                    a1_3 += x1 * wv; a2_3 += x2 * wv; a3_3 += x3 * wv;
                                }
                                {
                                    const float wv = w[4];
                                    a1_4 += x1 * wv; a2_4 += x2 * wv; a3_4 += x3 * wv;
                                }
                                {
                                    const float wv = w[5];
                                    a1_5 += x1 * wv; a2_5 += x2 * wv; a3_5 += x3 * wv;
                                }
                            }
                        }
                    }
                    y_row[0] = cg_relu(a0_0);
                    y_row[1] = cg_relu(a0_1);
                    y_row[2] = cg_relu(a0_2);
                    y_row[3] = cg_relu(a0_3);
                    y_row[4] = cg_relu(a0_4);
                    y_row[5] = cg_relu(a0_5);
                    y_row[64] = cg_relu(a1_0);
                    y_row[65] = cg_relu(a1_1);
                    y_row[66] = cg_relu(a1_2);
                    y_row[67] = cg_relu(a1_3);
                    y_row[68] = cg_relu(a1_4);
                    y_row[69] = cg_relu(a1_5);
                    y_row[128] = cg_relu(a2_0);
                    y_row[129] = cg_relu(a2_1);
                    y_row[130] = cg_relu(a2_2);
                    y_row[131] = cg_relu(a2_3);
                    y_row[132] = cg_relu(a2_4);
                    y_row[133] = cg_relu(a2_5);
                    y_row[192] = cg_relu(a3_0);
                    y_row[193] = cg_relu(a3_1);
                    y_row[194] = cg_relu(a3_2);
                    y_row[195] = cg_relu(a3_3);
                    y_row[196] = cg_relu(a3_4);
                    y_row[197] = cg_relu(a3_5);
}
                for (int q = 4; q < 8; q += 4)
                {   /* 4 pixel(s) x 6 filter(s) in scalar registers */
                    const float b0 = bias[0], b1 = bias[1], b2 = bias[2], b3 = bias[3], b4 = bias[4], b5 = bias[5];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4, a2_5 = b5;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4, a3_5 = b5;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh - kh;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0) continue;
                        const float *xr = input + ih * 256 + q * 32;
                        const float *wr = wf + kh * 1536;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const float x0 = xk[c], x1 = xk[c + 32], x2 = xk[c + 64], x3 = xk[c + 96];
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
                                {
                                    const float wv = w[5];
                                    a0_5 += x0 * wv; a1_5 += x1 * wv; a2_5 += x2 * wv; a3_5 += x3 * wv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *xk = xr - 32;
                            const float *w = wr + 1024;
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const float x0 = xk[c], x1 = xk[c + 32], x2 = xk[c + 64], x3 = xk[c + 96];
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
                                {
                                    const float wv = w[5];
                                    a0_5 += x0 * wv; a1_5 += x1 * wv; a2_5 += x2 * wv; a3_5 += x3 * wv;
                                }
                            }
                        }
                    }
                    y_row[q * 64] = cg_relu(a0_0);
                    y_row[q * 64 + 1] = cg_relu(a0_1);
                    y_row[q * 64 + 2] = cg_relu(a0_2);
                    y_row[q * 64 + 3] = cg_relu(a0_3);
                    y_row[q * 64 + 4] = cg_relu(a0_4);
                    y_row[q * 64 + 5] = cg_relu(a0_5);
                    y_row[q * 64 + 64] = cg_relu(a1_0);
                    y_row[q * 64 + 65] = cg_relu(a1_1);
                    y_row[q * 64 + 66] = cg_relu(a1_2);
                    y_row[q * 64 + 67] = cg_relu(a1_3);
                    y_row[q * 64 + 68] = cg_relu(a1_4);
                    y_row[q * 64 + 69] = cg_relu(a1_5);
                    y_row[q * 64 + 128] = cg_relu(a2_0);
                    y_row[q * 64 + 129] = cg_relu(a2_1);
                    y_row[q * 64 + 130] = cg_relu(a2_2);
                    y_row[q * 64 + 131] = cg_relu(a2_3);
                    y_row[q * 64 + 132] = cg_relu(a2_4);
                    y_row[q * 64 + 133] = cg_relu(a2_5);
                    y_row[q * 64 + 192] = cg_relu(a3_0);
                    y_row[q * 64 + 193] = cg_relu(a3_1);
                    y_row[q * 64 + 194] = cg_relu(a3_2);
                    y_row[q * 64 + 195] = cg_relu(a3_3);
                    y_row[q * 64 + 196] = cg_relu(a3_4);
                    y_row[q * 64 + 197] = cg_relu(a3_5);
}
                /* columns q * 2 + 1: interior for q in [0, 8) */
                for (int q = 0; q < 8; q += 4)
                {   /* 4 pixel(s) x 6 filter(s) in scalar registers */
                    const float b0 = bias[0], b1 = bias[1], b2 = bias[2], b3 = bias[3], b4 = bias[4], b5 = bias[5];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4, a2_5 = b5;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4, a3_5 = b5;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh - kh;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0) continue;
                        const float *xr = input + ih * 256 + q * 32;
                        const float *wr = wf + kh * 1536;
                        {   /* tap kw = 1 */
                            const float *w = wr + 512;
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const float x0 = xr[c], x1 = xr[c + 32], x2 = xr[c + 64], x3 = xr[c + 96];
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
                                {
                                    const float wv = w[5];
                                    a0_5 += x0 * wv; a1_5 += x1 * wv; a2_5 += x2 * wv; a3_5 += x3 * wv;
                                }
                            }
                        }
                    }
                    y_row[q * 64 + 32] = cg_relu(a0_0);
                    y_row[q * 64 + 33] = cg_relu(a0_1);
                    y_row[q * 64 + 34] = cg_relu(a0_2);
                    y_row[q * 64 + 35] = cg_relu(a0_3);
                    y_row[q * 64 + 36] = cg_relu(a0_4);
                    y_row[q * 64 + 37] = cg_relu(a0_5);
                    y_row[q * 64 + 96] = cg_relu(a1_0);
                    y_row[q * 64 + 97] = cg_relu(a1_1);
                    y_row[q * 64 + 98] = cg_relu(a1_2);
                    y_row[q * 64 + 99] = cg_relu(a1_3);
                    y_row[q * 64 + 100] = cg_relu(a1_4);
                    y_row[q * 64 + 101] = cg_relu(a1_5);
                    y_row[q * 64 + 160] = cg_relu(a2_0);
                    y_row[q * 64 + 161] = cg_relu(a2_1);
                    y_row[q * 64 + 162] = cg_relu(a2_2);
                    y_row[q * 64 + 163] = cg_relu(a2_3);
                    y_row[q * 64 + 164] = cg_relu(a2_4);
                    y_row[q * 64 + 165] = cg_relu(a2_5);
                    y_row[q * 64 + 224] = cg_relu(a3_0);
                    y_row[q * 64 + 225] = cg_relu(a3_1);
                    y_row[q * 64 + 226] = cg_relu(a3_2);
                    y_row[q * 64 + 227] = cg_relu(a3_3);
                    y_row[q * 64 + 228] = cg_relu(a3_4);
                    y_row[q * 64 + 229] = cg_relu(a3_5);
}
            }
            for (int f0 = 6; f0 < 16; f0 += 5) {
                /* columns q * 2: interior for q in [1, 8) */
                {   /* 4 pixel(s) x 5 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh - kh;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0) continue;
                        const float *xr = input + ih * 256;
                        const float *wr = wf + kh * 1536 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const float x0 = xr[c], x1 = xr[c + 32], x2 = xr[c + 64], x3 = xr[c + 96];
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
                        {   /* tap kw = 2, pixels 1, 2, 3 */
                            const float *w = wr + 1024;
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const float x1 = xr[c], x2 = xr[c + 32], x3 = xr[c + 64];
                                {
                                    const float wv = w[0];
                                    a1_0 += x1 * wv; a2_0 += x2 * wv; a3_0 += x3 * wv;
                                }
                                {
                                    const float wv = w[1];
                                    a1_1 += x1 * wv; a2_1 += x2 * wv; a3_1 += x3 * wv;
                                }
                                {
                                    const float wv = w[2];
                                    a1_2 += x1 * wv; a2_2 += x2 * wv; a3_2 += x3 * wv;
                                }
                                {
                                    const float wv = w[3];
                                    a1_3 += x1 * wv; a2_3 += x2 * wv; a3_3 += x3 * wv;
                                }
                                {
                                    const float wv = w[4];
                                    a1_4 += x1 * wv; a2_4 += x2 * wv; a3_4 += x3 * wv;
                                }
                            }
                        }
                    }
                    y_row[f0] = cg_relu(a0_0);
                    y_row[f0 + 1] = cg_relu(a0_1);
                    y_row[f0 + 2] = cg_relu(a0_2);
                    y_row[f0 + 3] = cg_relu(a0_3);
                    y_row[f0 + 4] = cg_relu(a0_4);
                    y_row[f0 + 64] = cg_relu(a1_0);
                    y_row[f0 + 65] = cg_relu(a1_1);
                    y_row[f0 + 66] = cg_relu(a1_2);
                    y_row[f0 + 67] = cg_relu(a1_3);
                    y_row[f0 + 68] = cg_relu(a1_4);
                    y_row[f0 + 128] = cg_relu(a2_0);
                    y_row[f0 + 129] = cg_relu(a2_1);
                    y_row[f0 + 130] = cg_relu(a2_2);
                    y_row[f0 + 131] = cg_relu(a2_3);
                    y_row[f0 + 132] = cg_relu(a2_4);
                    y_row[f0 + 192] = cg_relu(a3_0);
                    y_row[f0 + 193] = cg_relu(a3_1);
                    y_row[f0 + 194] = cg_relu(a3_2);
                    y_row[f0 + 195] = cg_relu(a3_3);
                    y_row[f0 + 196] = cg_relu(a3_4);
}
                for (int q = 4; q < 8; q += 4)
                {   /* 4 pixel(s) x 5 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh - kh;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0) continue;
                        const float *xr = input + ih * 256 + q * 32;
                        const float *wr = wf + kh * 1536 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const float x0 = xk[c], x1 = xk[c + 32], x2 = xk[c + 64], x3 = xk[c + 96];
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
                        {   /* tap kw = 2 */
                            const float *xk = xr - 32;
                            const float *w = wr + 1024;
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const float x0 = xk[c], x1 = xk[c + 32], x2 = xk[c + 64], x3 = xk[c + 96];
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
                    y_row[q * 64 + f0] = cg_relu(a0_0);
                    y_row[q * 64 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 64 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 64 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 64 + f0 + 4] = cg_relu(a0_4);
                    y_row[q * 64 + f0 + 64] = cg_relu(a1_0);
                    y_row[q * 64 + f0 + 65] = cg_relu(a1_1);
                    y_row[q * 64 + f0 + 66] = cg_relu(a1_2);
                    y_row[q * 64 + f0 + 67] = cg_relu(a1_3);
                    y_row[q * 64 + f0 + 68] = cg_relu(a1_4);
                    y_row[q * 64 + f0 + 128] = cg_relu(a2_0);
                    y_row[q * 64 + f0 + 129] = cg_relu(a2_1);
                    y_row[q * 64 + f0 + 130] = cg_relu(a2_2);
                    y_row[q * 64 + f0 + 131] = cg_relu(a2_3);
                    y_row[q * 64 + f0 + 132] = cg_relu(a2_4);
                    y_row[q * 64 + f0 + 192] = cg_relu(a3_0);
                    y_row[q * 64 + f0 + 193] = cg_relu(a3_1);
                    y_row[q * 64 + f0 + 194] = cg_relu(a3_2);
                    y_row[q * 64 + f0 + 195] = cg_relu(a3_3);
                    y_row[q * 64 + f0 + 196] = cg_relu(a3_4);
}
                /* columns q * 2 + 1: interior for q in [0, 8) */
                for (int q = 0; q < 8; q += 4)
                {   /* 4 pixel(s) x 5 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh - kh;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0) continue;
                        const float *xr = input + ih * 256 + q * 32;
                        const float *wr = wf + kh * 1536 + f0;
                        {   /* tap kw = 1 */
                            const float *w = wr + 512;
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const float x0 = xr[c], x1 = xr[c + 32], x2 = xr[c + 64], x3 = xr[c + 96];
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
                    y_row[q * 64 + f0 + 32] = cg_relu(a0_0);
                    y_row[q * 64 + f0 + 33] = cg_relu(a0_1);
                    y_row[q * 64 + f0 + 34] = cg_relu(a0_2);
                    y_row[q * 64 + f0 + 35] = cg_relu(a0_3);
                    y_row[q * 64 + f0 + 36] = cg_relu(a0_4);
                    y_row[q * 64 + f0 + 96] = cg_relu(a1_0);
                    y_row[q * 64 + f0 + 97] = cg_relu(a1_1);
                    y_row[q * 64 + f0 + 98] = cg_relu(a1_2);
                    y_row[q * 64 + f0 + 99] = cg_relu(a1_3);
                    y_row[q * 64 + f0 + 100] = cg_relu(a1_4);
                    y_row[q * 64 + f0 + 160] = cg_relu(a2_0);
                    y_row[q * 64 + f0 + 161] = cg_relu(a2_1);
                    y_row[q * 64 + f0 + 162] = cg_relu(a2_2);
                    y_row[q * 64 + f0 + 163] = cg_relu(a2_3);
                    y_row[q * 64 + f0 + 164] = cg_relu(a2_4);
                    y_row[q * 64 + f0 + 224] = cg_relu(a3_0);
                    y_row[q * 64 + f0 + 225] = cg_relu(a3_1);
                    y_row[q * 64 + f0 + 226] = cg_relu(a3_2);
                    y_row[q * 64 + f0 + 227] = cg_relu(a3_3);
                    y_row[q * 64 + f0 + 228] = cg_relu(a3_4);
}
            }
        }
    }
#endif
    return 0;
}

/* cat2 (Concatenate) 16x16x16, 16x16x16 -> 16x16x32
 * Concatenate 1x16x16x16, 1x16x16x16 into 1x16x16x32: 256 row(s) of 32 floats, each
 * input's run copied to its place; the other inputs were written in place by their producers. */
static int unet_small_layer5(const float *in1, float *output)
{
    for (int r = 0; r < 256; ++r) {
        for (int i = 0; i < 16; ++i)
            output[r * 32 + i + 16] = in1[r * 16 + i];
    }
    return 0;
}

/* dec2 (Conv2D) 16x16x32 -> 16x16x16, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x16x16x32: strides n=8192 c=1 d=8192 h=512 w=32
 *   output 1x16x16x16: strides n=4096 c=1 d=4096 h=256 w=16
 *   weights [1][1][3][3][32][16], bias [1][16] at 4608
 *   padding before (d, h, w) = (0, 1, 1)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_unet_small_layer6(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int unet_small_layer6(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 4608;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_unet_small_layer6;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 256;
        {
            const float *wf = weights;
            /* columns q: interior for q in [1, 15) */
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
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 16) continue;
                    const float *xr = input + ih * 512;
                    const float *wr = wf + kh * 1536;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 224];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 288];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 352];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 416];
                                a14_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a15_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 512;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
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
                            {
                                const float xv = xr[c + 224];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 288];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 352];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 416];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a14_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
                                a15_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 */
                        const float *w = wr + 1024;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
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
                            {
                                const float xv = xr[c + 224];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 288];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 352];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 416];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
                                a14_0 += w0 * xv;
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
                cg_v16_relu(&a14_0);
                CG_STORE(cg_v16, y_row + 224, a14_0);
                cg_v16_relu(&a15_0);
                CG_STORE(cg_v16, y_row + 240, a15_0);
            }


#else
            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 16) continue;
                    const float *xr = input + ih * 512;
                    const float *wr = wf + kh * 1536;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 512;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 16) {
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
                    {   /* tap kw = 2 */
                        const float *w = wr + 1024;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 16) {
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
                            {
                                const float xv = xr[c + 192];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
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
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + 80, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + 88, a5_1);
            }

            for (int q = 6; q < 11; q += 5)
            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 16) continue;
                    const float *xr = input + ih * 512 + q * 32;
                    const float *wr = wf + kh * 1536;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c - 32];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
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
                    {   /* tap kw = 1 */
                        const float *w = wr + 512;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 16) {
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
                    {   /* tap kw = 2 */
                        const float *w = wr + 1024;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 16) {
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

            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 16) continue;
                    const float *xr = input + ih * 512;
                    const float *wr = wf + kh * 1536;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 320];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 352];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 416];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 512;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 352];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 416];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3 */
                        const float *w = wr + 1024;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 384];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 416];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + 176, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + 184, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 192, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + 200, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 208, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + 216, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 224, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + 232, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + 240, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + 248, a4_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_unet_small_layer6;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 256;
        {   /* block 0: 16 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 16; f0 += 4) {
                /* columns q: interior for q in [1, 15) */
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 16) continue;
                        const float *xr = input + ih * 512;
                        const float *wr = wf + kh * 1536 + f0;
                        {   /* tap kw = 0, pixels 1, 2, 3, 4, 5 */
                            const float *w = wr;
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 32];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 64];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 96];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 128];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 512;
                            for (int c = 0; c < 32; ++c, w += 16) {
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
                        {   /* tap kw = 2 */
                            const float *w = wr + 1024;
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 32];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 64];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 96];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 128];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 160];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 192];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[f0] = cg_relu(a0_0);
                    y_row[f0 + 1] = cg_relu(a0_1);
                    y_row[f0 + 2] = cg_relu(a0_2);
                    y_row[f0 + 3] = cg_relu(a0_3);
                    y_row[f0 + 16] = cg_relu(a1_0);
                    y_row[f0 + 17] = cg_relu(a1_1);
                    y_row[f0 + 18] = cg_relu(a1_2);
                    y_row[f0 + 19] = cg_relu(a1_3);
                    y_row[f0 + 32] = cg_relu(a2_0);
                    y_row[f0 + 33] = cg_relu(a2_1);
                    y_row[f0 + 34] = cg_relu(a2_2);
                    y_row[f0 + 35] = cg_relu(a2_3);
                    y_row[f0 + 48] = cg_relu(a3_0);
                    y_row[f0 + 49] = cg_relu(a3_1);
                    y_row[f0 + 50] = cg_relu(a3_2);
                    y_row[f0 + 51] = cg_relu(a3_3);
                    y_row[f0 + 64] = cg_relu(a4_0);
                    y_row[f0 + 65] = cg_relu(a4_1);
                    y_row[f0 + 66] = cg_relu(a4_2);
                    y_row[f0 + 67] = cg_relu(a4_3);
                    y_row[f0 + 80] = cg_relu(a5_0);
                    y_row[f0 + 81] = cg_relu(a5_1);
                    y_row[f0 + 82] = cg_relu(a5_2);
                    y_row[f0 + 83] = cg_relu(a5_3);
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
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 16) continue;
                        const float *xr = input + ih * 512 + q * 32;
                        const float *wr = wf + kh * 1536 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c - 32];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 32];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 64];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 96];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *xk = xr + 32;
                            const float *w = wr + 512;
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c - 32];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 32];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 64];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 96];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *xk = xr + 64;
                            const float *w = wr + 1024;
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c - 32];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 32];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 64];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 96];
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
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 16) continue;
                        const float *xr = input + ih * 512;
                        const float *wr = wf + kh * 1536 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 320];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 352];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 384];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 416];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 448];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 512;
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 352];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 384];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 416];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 448];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 480];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2, 3 */
                            const float *w = wr + 1024;
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 384];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 416];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 448];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 480];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[f0 + 176] = cg_relu(a0_0);
                    y_row[f0 + 177] = cg_relu(a0_1);
                    y_row[f0 + 178] = cg_relu(a0_2);
                    y_row[f0 + 179] = cg_relu(a0_3);
                    y_row[f0 + 192] = cg_relu(a1_0);
                    y_row[f0 + 193] = cg_relu(a1_1);
                    y_row[f0 + 194] = cg_relu(a1_2);
                    y_row[f0 + 195] = cg_relu(a1_3);
                    y_row[f0 + 208] = cg_relu(a2_0);
                    y_row[f0 + 209] = cg_relu(a2_1);
                    y_row[f0 + 210] = cg_relu(a2_2);
                    y_row[f0 + 211] = cg_relu(a2_3);
                    y_row[f0 + 224] = cg_relu(a3_0);
                    y_row[f0 + 225] = cg_relu(a3_1);
                    y_row[f0 + 226] = cg_relu(a3_2);
                    y_row[f0 + 227] = cg_relu(a3_3);
                    y_row[f0 + 240] = cg_relu(a4_0);
                    y_row[f0 + 241] = cg_relu(a4_1);
                    y_row[f0 + 242] = cg_relu(a4_2);
                    y_row[f0 + 243] = cg_relu(a4_3);
}
            }
        }
    }
#endif
    return 0;
}

/* up1 (UpSampling2D) 16x16x16 -> 32x32x16, bilinear
 * keras.ops.image.resize without antialiasing, bilinear: half-pixel centres, clamped edges.
 * With an integer factor the weights depend on the output's phase only: each interval
 * between two input rows (columns) gives 2 (2) output rows (columns) whose
 * weights are constants in the code; the first 1 (1) and last 1 (1) copy the
 * edge. Per pair of input rows and run of channels the rows' values of each input column stay
 * in registers for the next interval: each input is loaded once per row group.
 *   input  1x16x16x16: strides n=4096 c=1 h=256 w=16
 *   output 1x32x32x16: strides n=16384 c=1 h=512 w=16
 * Workspace: none. */
static int unet_small_layer7(const float *input, const float *weights, float *output,
                             float *workspace)
{
    (void)weights;
    (void)workspace;
    {
        const float *xb = input;
        float *yb = output;
        /* the first and the last 1 output row(s): input rows 0 and 15 */
        for (int edge = 0; edge < 2; ++edge) {
            for (int r = 0; r < 2; ++r) {
                const int c0 = r * 8;
                const float *x0 = xb + edge * 3840 + c0;
                float *y0 = yb + edge * 15872 + c0;
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
                for (int j = 0; j < 14; j += 2) {
                    {
                        const float *xj = x0 + j * 16 + 16;
                        float *yj = y0 + j * 32 + 16;
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
                        yj[16] = 0.25f * v0_0 + 0.75f * u0_0;
                        yj[17] = 0.25f * v0_1 + 0.75f * u0_1;
                        yj[18] = 0.25f * v0_2 + 0.75f * u0_2;
                        yj[19] = 0.25f * v0_3 + 0.75f * u0_3;
                        yj[20] = 0.25f * v0_4 + 0.75f * u0_4;
                        yj[21] = 0.25f * v0_5 + 0.75f * u0_5;
                        yj[22] = 0.25f * v0_6 + 0.75f * u0_6;
                        yj[23] = 0.25f * v0_7 + 0.75f * u0_7;
                    }
                    {
                        const float *xj = x0 + j * 16 + 32;
                        float *yj = y0 + j * 32 + 48;
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
                        yj[16] = 0.25f * u0_0 + 0.75f * v0_0;
                        yj[17] = 0.25f * u0_1 + 0.75f * v0_1;
                        yj[18] = 0.25f * u0_2 + 0.75f * v0_2;
                        yj[19] = 0.25f * u0_3 + 0.75f * v0_3;
                        yj[20] = 0.25f * u0_4 + 0.75f * v0_4;
                        yj[21] = 0.25f * u0_5 + 0.75f * v0_5;
                        yj[22] = 0.25f * u0_6 + 0.75f * v0_6;
                        yj[23] = 0.25f * u0_7 + 0.75f * v0_7;
                    }
                }
                {
                    const float *xj = x0 + 240;
                    float *yj = y0 + 464;
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
                    yj[16] = 0.25f * v0_0 + 0.75f * u0_0;
                    yj[17] = 0.25f * v0_1 + 0.75f * u0_1;
                    yj[18] = 0.25f * v0_2 + 0.75f * u0_2;
                    yj[19] = 0.25f * v0_3 + 0.75f * u0_3;
                    yj[20] = 0.25f * v0_4 + 0.75f * u0_4;
                    yj[21] = 0.25f * v0_5 + 0.75f * u0_5;
                    yj[22] = 0.25f * v0_6 + 0.75f * u0_6;
                    yj[23] = 0.25f * v0_7 + 0.75f * u0_7;
                }
                y0[496] = u0_0;
                y0[497] = u0_1;
                y0[498] = u0_2;
                y0[499] = u0_3;
                y0[500] = u0_4;
                y0[501] = u0_5;
                y0[502] = u0_6;
                y0[503] = u0_7;
            }
}
        for (int i = 0; i < 15; ++i) {
            for (int r = 0; r < 2; ++r) {
                const int c0 = r * 8;
                const float *x0 = xb + i * 256 + c0;
                float *y0 = yb + i * 1024 + c0 + 512;
                float v0_0, u0_0, v1_0, u1_0;
                float v0_1, u0_1, v1_1, u1_1;
                float v0_2, u0_2, v1_2, u1_2;
                float v0_3, u0_3, v1_3, u1_3;
                float v0_4, u0_4, v1_4, u1_4;
                float v0_5, u0_5, v1_5, u1_5;
                float v0_6, u0_6, v1_6, u1_6;
                float v0_7, u0_7, v1_7, u1_7;
                {
                    const float a = x0[0], b = x0[256];
                    v0_0 = 0.75f * a + 0.25f * b;
                    v1_0 = 0.25f * a + 0.75f * b;
                }
                {
                    const float a = x0[1], b = x0[257];
                    v0_1 = 0.75f * a + 0.25f * b;
                    v1_1 = 0.25f * a + 0.75f * b;
                }
                {
                    const float a = x0[2], b = x0[258];
                    v0_2 = 0.75f * a + 0.25f * b;
                    v1_2 = 0.25f * a + 0.75f * b;
                }
                {
                    const float a = x0[3], b = x0[259];
                    v0_3 = 0.75f * a + 0.25f * b;
                    v1_3 = 0.25f * a + 0.75f * b;
                }
                {
                    const float a = x0[4], b = x0[260];
                    v0_4 = 0.75f * a + 0.25f * b;
                    v1_4 = 0.25f * a + 0.75f * b;
                }
                {
                    const float a = x0[5], b = x0[261];
                    v0_5 = 0.75f * a + 0.25f * b;
                    v1_5 = 0.25f * a + 0.75f * b;
                }
                {
                    const float a = x0[6], b = x0[262];
                    v0_6 = 0.75f * a + 0.25f * b;
                    v1_6 = 0.25f * a + 0.75f * b;
                }
                {
                    const float a = x0[7], b = x0[263];
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
                y0[512] = v1_0;
                y0[513] = v1_1;
                y0[514] = v1_2;
                y0[515] = v1_3;
                y0[516] = v1_4;
                y0[517] = v1_5;
                y0[518] = v1_6;
                y0[519] = v1_7;
                for (int j = 0; j < 14; j += 2) {
                    {
                        const float *xj = x0 + j * 16 + 16;
                        float *yj = y0 + j * 32 + 16;
                        {
                            const float a = xj[0], b = xj[256];
                            u0_0 = 0.75f * a + 0.25f * b;
                            u1_0 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[1], b = xj[257];
                            u0_1 = 0.75f * a + 0.25f * b;
                            u1_1 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[2], b = xj[258];
                            u0_2 = 0.75f * a + 0.25f * b;
                            u1_2 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[3], b = xj[259];
                            u0_3 = 0.75f * a + 0.25f * b;
                            u1_3 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[4], b = xj[260];
                            u0_4 = 0.75f * a + 0.25f * b;
                            u1_4 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[5], b = xj[261];
                            u0_5 = 0.75f * a + 0.25f * b;
                            u1_5 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[6], b = xj[262];
                            u0_6 = 0.75f * a + 0.25f * b;
                            u1_6 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[7], b = xj[263];
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
                        yj[512] = 0.75f * v1_0 + 0.25f * u1_0;
                        yj[513] = 0.75f * v1_1 + 0.25f * u1_1;
                        yj[514] = 0.75f * v1_2 + 0.25f * u1_2;
                        yj[515] = 0.75f * v1_3 + 0.25f * u1_3;
                        yj[516] = 0.75f * v1_4 + 0.25f * u1_4;
                        yj[517] = 0.75f * v1_5 + 0.25f * u1_5;
                        yj[518] = 0.75f * v1_6 + 0.25f * u1_6;
                        yj[519] = 0.75f * v1_7 + 0.25f * u1_7;
                        yj[16] = 0.25f * v0_0 + 0.75f * u0_0;
                        yj[17] = 0.25f * v0_1 + 0.75f * u0_1;
                        yj[18] = 0.25f * v0_2 + 0.75f * u0_2;
                        yj[19] = 0.25f * v0_3 + 0.75f * u0_3;
                        yj[20] = 0.25f * v0_4 + 0.75f * u0_4;
                        yj[21] = 0.25f * v0_5 + 0.75f * u0_5;
                        yj[22] = 0.25f * v0_6 + 0.75f * u0_6;
                        yj[23] = 0.25f * v0_7 + 0.75f * u0_7;
                        yj[528] = 0.25f * v1_0 + 0.75f * u1_0;
                        yj[529] = 0.25f * v1_1 + 0.75f * u1_1;
                        yj[530] = 0.25f * v1_2 + 0.75f * u1_2;
                        yj[531] = 0.25f * v1_3 + 0.75f * u1_3;
                        yj[532] = 0.25f * v1_4 + 0.75f * u1_4;
                        yj[533] = 0.25f * v1_5 + 0.75f * u1_5;
                        yj[534] = 0.25f * v1_6 + 0.75f * u1_6;
                        yj[535] = 0.25f * v1_7 + 0.75f * u1_7;
                    }
                    {
                        const float *xj = x0 + j * 16 + 32;
                        float *yj = y0 + j * 32 + 48;
                        {
                            const float a = xj[0], b = xj[256];
                            v0_0 = 0.75f * a + 0.25f * b;
                            v1_0 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[1], b = xj[257];
                            v0_1 = 0.75f * a + 0.25f * b;
                            v1_1 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[2], b = xj[258];
                            v0_2 = 0.75f * a + 0.25f * b;
                            v1_2 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[3], b = xj[259];
                            v0_3 = 0.75f * a + 0.25f * b;
                            v1_3 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[4], b = xj[260];
                            v0_4 = 0.75f * a + 0.25f * b;
                            v1_4 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[5], b = xj[261];
                            v0_5 = 0.75f * a + 0.25f * b;
                            v1_5 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[6], b = xj[262];
                            v0_6 = 0.75f * a + 0.25f * b;
                            v1_6 = 0.25f * a + 0.75f * b;
                        }
                        {
                            const float a = xj[7], b = xj[263];
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
                        yj[512] = 0.75f * u1_0 + 0.25f * v1_0;
                        yj[513] = 0.75f * u1_1 + 0.25f * v1_1;
                        yj[514] = 0.75f * u1_2 + 0.25f * v1_2;
                        yj[515] = 0.75f * u1_3 + 0.25f * v1_3;
                        yj[516] = 0.75f * u1_4 + 0.25f * v1_4;
                        yj[517] = 0.75f * u1_5 + 0.25f * v1_5;
                        yj[518] = 0.75f * u1_6 + 0.25f * v1_6;
                        yj[519] = 0.75f * u1_7 + 0.25f * v1_7;
                        yj[16] = 0.25f * u0_0 + 0.75f * v0_0;
                        yj[17] = 0.25f * u0_1 + 0.75f * v0_1;
                        yj[18] = 0.25f * u0_2 + 0.75f * v0_2;
                        yj[19] = 0.25f * u0_3 + 0.75f * v0_3;
                        yj[20] = 0.25f * u0_4 + 0.75f * v0_4;
                        yj[21] = 0.25f * u0_5 + 0.75f * v0_5;
                        yj[22] = 0.25f * u0_6 + 0.75f * v0_6;
                        yj[23] = 0.25f * u0_7 + 0.75f * v0_7;
                        yj[528] = 0.25f * u1_0 + 0.75f * v1_0;
                        yj[529] = 0.25f * u1_1 + 0.75f * v1_1;
                        yj[530] = 0.25f * u1_2 + 0.75f * v1_2;
                        yj[531] = 0.25f * u1_3 + 0.75f * v1_3;
                        yj[532] = 0.25f * u1_4 + 0.75f * v1_4;
                        yj[533] = 0.25f * u1_5 + 0.75f * v1_5;
                        yj[534] = 0.25f * u1_6 + 0.75f * v1_6;
                        yj[535] = 0.25f * u1_7 + 0.75f * v1_7;
                    }
                }
                {
                    const float *xj = x0 + 240;
                    float *yj = y0 + 464;
                    {
                        const float a = xj[0], b = xj[256];
                        u0_0 = 0.75f * a + 0.25f * b;
                        u1_0 = 0.25f * a + 0.75f * b;
                    }
                    {
                        const float a = xj[1], b = xj[257];
                        u0_1 = 0.75f * a + 0.25f * b;
                        u1_1 = 0.25f * a + 0.75f * b;
                    }
                    {
                        const float a = xj[2], b = xj[258];
                        u0_2 = 0.75f * a + 0.25f * b;
                        u1_2 = 0.25f * a + 0.75f * b;
                    }
                    {
                        const float a = xj[3], b = xj[259];
                        u0_3 = 0.75f * a + 0.25f * b;
                        u1_3 = 0.25f * a + 0.75f * b;
                    }
                    {
                        const float a = xj[4], b = xj[260];
                        u0_4 = 0.75f * a + 0.25f * b;
                        u1_4 = 0.25f * a + 0.75f * b;
                    }
                    {
                        const float a = xj[5], b = xj[261];
                        u0_5 = 0.75f * a + 0.25f * b;
                        u1_5 = 0.25f * a + 0.75f * b;
                    }
                    {
                        const float a = xj[6], b = xj[262];
                        u0_6 = 0.75f * a + 0.25f * b;
                        u1_6 = 0.25f * a + 0.75f * b;
                    }
                    {
                        const float a = xj[7], b = xj[263];
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
                    yj[512] = 0.75f * v1_0 + 0.25f * u1_0;
                    yj[513] = 0.75f * v1_1 + 0.25f * u1_1;
                    yj[514] = 0.75f * v1_2 + 0.25f * u1_2;
                    yj[515] = 0.75f * v1_3 + 0.25f * u1_3;
                    yj[516] = 0.75f * v1_4 + 0.25f * u1_4;
                    yj[517] = 0.75f * v1_5 + 0.25f * u1_5;
                    yj[518] = 0.75f * v1_6 + 0.25f * u1_6;
                    yj[519] = 0.75f * v1_7 + 0.25f * u1_7;
                    yj[16] = 0.25f * v0_0 + 0.75f * u0_0;
                    yj[17] = 0.25f * v0_1 + 0.75f * u0_1;
                    yj[18] = 0.25f * v0_2 + 0.75f * u0_2;
                    yj[19] = 0.25f * v0_3 + 0.75f * u0_3;
                    yj[20] = 0.25f * v0_4 + 0.75f * u0_4;
                    yj[21] = 0.25f * v0_5 + 0.75f * u0_5;
                    yj[22] = 0.25f * v0_6 + 0.75f * u0_6;
                    yj[23] = 0.25f * v0_7 + 0.75f * u0_7;
                    yj[528] = 0.25f * v1_0 + 0.75f * u1_0;
                    yj[529] = 0.25f * v1_1 + 0.75f * u1_1;
                    yj[530] = 0.25f * v1_2 + 0.75f * u1_2;
                    yj[531] = 0.25f * v1_3 + 0.75f * u1_3;
                    yj[532] = 0.25f * v1_4 + 0.75f * u1_4;
                    yj[533] = 0.25f * v1_5 + 0.75f * u1_5;
                    yj[534] = 0.25f * v1_6 + 0.75f * u1_6;
                    yj[535] = 0.25f * v1_7 + 0.75f * u1_7;
                }
                y0[496] = u0_0;
                y0[497] = u0_1;
                y0[498] = u0_2;
                y0[499] = u0_3;
                y0[500] = u0_4;
                y0[501] = u0_5;
                y0[502] = u0_6;
                y0[503] = u0_7;
                y0[1008] = u1_0;
                y0[1009] = u1_1;
                y0[1010] = u1_2;
                y0[1011] = u1_3;
                y0[1012] = u1_4;
                y0[1013] = u1_5;
                y0[1014] = u1_6;
                y0[1015] = u1_7;
            }
}
    }
    return 0;
}

/* cat1 (Concatenate) 32x32x16, 32x32x8 -> 32x32x24
 * Concatenate 1x32x32x16, 1x32x32x8 into 1x32x32x24: 1024 row(s) of 24 floats, each
 * input's run copied to its place. */
static int unet_small_layer8(const float *in0, const float *in1, float *output)
{
    for (int r = 0; r < 1024; ++r) {
        for (int i = 0; i < 16; ++i)
            output[r * 24 + i] = in0[r * 16 + i];
        for (int i = 0; i < 8; ++i)
            output[r * 24 + i + 16] = in1[r * 8 + i];
    }
    return 0;
}

/* dec1 (Conv2D) 32x32x24 -> 32x32x8, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x32x32x24: strides n=24576 c=1 d=24576 h=768 w=24
 *   output 1x32x32x8: strides n=8192 c=1 d=8192 h=256 w=8
 *   weights [1][1][3][3][24][8], bias [1][8] at 1728
 *   padding before (d, h, w) = (0, 1, 1)
 *   columns: 1 group(s) of register tiles (2 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_unet_small_layer9(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int unet_small_layer9(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 1728;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_unet_small_layer9;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int oh = 0; oh < 32; ++oh) {
        float *y_row = y + oh * 256;
        {
            const float *wf = weights;
            /* columns q: interior for q in [1, 31) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
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
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 768;
                    const float *wr = wf + kh * 576;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 24; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 120];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 144];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 168];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 216];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 240];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 264];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 288];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 312];
                                a14_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 336];
                                a15_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 192;
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
                    {   /* tap kw = 2 */
                        const float *w = wr + 384;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 24; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 24];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 120];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 144];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 168];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 216];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 240];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 264];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 288];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 312];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 336];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 360];
                                a14_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a15_0 += w0 * xv;
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
                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + 56, a7_0);
                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + 64, a8_0);
                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + 72, a9_0);
                cg_v8_relu(&a10_0);
                CG_STORE(cg_v8, y_row + 80, a10_0);
                cg_v8_relu(&a11_0);
                CG_STORE(cg_v8, y_row + 88, a11_0);
                cg_v8_relu(&a12_0);
                CG_STORE(cg_v8, y_row + 96, a12_0);
                cg_v8_relu(&a13_0);
                CG_STORE(cg_v8, y_row + 104, a13_0);
                cg_v8_relu(&a14_0);
                CG_STORE(cg_v8, y_row + 112, a14_0);
                cg_v8_relu(&a15_0);
                CG_STORE(cg_v8, y_row + 120, a15_0);
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
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 768;
                    const float *wr = wf + kh * 576;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 24; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 360];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 408];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 432];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 456];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 504];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 528];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 552];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 576];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 600];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 624];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 648];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 672];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 696];
                                a14_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 720];
                                a15_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 192;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 24; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 384];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 408];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 432];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 456];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 504];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 528];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 552];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 576];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 600];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 624];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 648];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 672];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 696];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 720];
                                a14_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 744];
                                a15_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 */
                        const float *w = wr + 384;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 24; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 408];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 432];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 456];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 504];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 528];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 552];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 576];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 600];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 624];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 648];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 672];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 696];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 720];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 744];
                                a14_0 += w0 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + 128, a0_0);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 136, a1_0);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 144, a2_0);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 152, a3_0);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + 160, a4_0);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + 168, a5_0);
                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + 176, a6_0);
                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + 184, a7_0);
                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + 192, a8_0);
                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + 200, a9_0);
                cg_v8_relu(&a10_0);
                CG_STORE(cg_v8, y_row + 208, a10_0);
                cg_v8_relu(&a11_0);
                CG_STORE(cg_v8, y_row + 216, a11_0);
                cg_v8_relu(&a12_0);
                CG_STORE(cg_v8, y_row + 224, a12_0);
                cg_v8_relu(&a13_0);
                CG_STORE(cg_v8, y_row + 232, a13_0);
                cg_v8_relu(&a14_0);
                CG_STORE(cg_v8, y_row + 240, a14_0);
                cg_v8_relu(&a15_0);
                CG_STORE(cg_v8, y_row + 248, a15_0);
            }


#else
            {   /* 11 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
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
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 768;
                    const float *wr = wf + kh * 576;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 24; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 120];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 144];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 168];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 216];
                                a10_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 192;
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
                    {   /* tap kw = 2 */
                        const float *w = wr + 384;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 24; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 24];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 120];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 144];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 168];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 216];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 240];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 264];
                                a10_0 += w0 * xv;
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
                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + 56, a7_0);
                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + 64, a8_0);
                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + 72, a9_0);
                cg_v8_relu(&a10_0);
                CG_STORE(cg_v8, y_row + 80, a10_0);
            }

            for (int q = 11; q < 22; q += 11)
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
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 768 + q * 24;
                    const float *wr = wf + kh * 576;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 24; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c - 24];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 120];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 144];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 168];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 216];
                                a10_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 192;
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
                    {   /* tap kw = 2 */
                        const float *w = wr + 384;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 24; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 24];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 120];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 144];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 168];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 216];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 240];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 264];
                                a10_0 += w0 * xv;
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
            }

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
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 768;
                    const float *wr = wf + kh * 576;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 24; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 504];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 528];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 552];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 576];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 600];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 624];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 648];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 672];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 696];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 720];
                                a9_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 192;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 24; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 528];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 552];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 576];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 600];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 624];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 648];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 672];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 696];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 720];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 744];
                                a9_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5, 6, 7, 8 */
                        const float *w = wr + 384;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 24; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 552];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 576];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 600];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 624];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 648];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 672];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 696];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 720];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 744];
                                a8_0 += w0 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + 176, a0_0);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 184, a1_0);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 192, a2_0);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 200, a3_0);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + 208, a4_0);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + 216, a5_0);
                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + 224, a6_0);
                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + 232, a7_0);
                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + 240, a8_0);
                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + 248, a9_0);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_unet_small_layer9;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 32; ++oh) {
        float *y_row = y + oh * 256;
        {   /* block 0: 8 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 8; f0 += 4) {
                /* columns q: interior for q in [1, 31) */
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 32) continue;
                        const float *xr = input + ih * 768;
                        const float *wr = wf + kh * 576 + f0;
                        {   /* tap kw = 0, pixels 1, 2, 3, 4, 5 */
                            const float *w = wr;
                            for (int c = 0; c < 24; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 24];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 48];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 72];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 96];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 192;
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
                        {   /* tap kw = 2 */
                            const float *w = wr + 384;
                            for (int c = 0; c < 24; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 24];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 48];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 72];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 96];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 120];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 144];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[f0] = cg_relu(a0_0);
                    y_row[f0 + 1] = cg_relu(a0_1);
                    y_row[f0 + 2] = cg_relu(a0_2);
                    y_row[f0 + 3] = cg_relu(a0_3);
                    y_row[f0 + 8] = cg_relu(a1_0);
                    y_row[f0 + 9] = cg_relu(a1_1);
                    y_row[f0 + 10] = cg_relu(a1_2);
                    y_row[f0 + 11] = cg_relu(a1_3);
                    y_row[f0 + 16] = cg_relu(a2_0);
                    y_row[f0 + 17] = cg_relu(a2_1);
                    y_row[f0 + 18] = cg_relu(a2_2);
                    y_row[f0 + 19] = cg_relu(a2_3);
                    y_row[f0 + 24] = cg_relu(a3_0);
                    y_row[f0 + 25] = cg_relu(a3_1);
                    y_row[f0 + 26] = cg_relu(a3_2);
                    y_row[f0 + 27] = cg_relu(a3_3);
                    y_row[f0 + 32] = cg_relu(a4_0);
                    y_row[f0 + 33] = cg_relu(a4_1);
                    y_row[f0 + 34] = cg_relu(a4_2);
                    y_row[f0 + 35] = cg_relu(a4_3);
                    y_row[f0 + 40] = cg_relu(a5_0);
                    y_row[f0 + 41] = cg_relu(a5_1);
                    y_row[f0 + 42] = cg_relu(a5_2);
                    y_row[f0 + 43] = cg_relu(a5_3);
}
                for (int q = 6; q < 12; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 32) continue;
                        const float *xr = input + ih * 768 + q * 24;
                        const float *wr = wf + kh * 576 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 24; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c - 24];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 24];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 48];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 72];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 96];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *xk = xr + 24;
                            const float *w = wr + 192;
                            for (int c = 0; c < 24; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c - 24];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 24];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 48];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 72];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 96];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *xk = xr + 48;
                            const float *w = wr + 384;
                            for (int c = 0; c < 24; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c - 24];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 24];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 48];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 72];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 96];
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
                for (int q = 12; q < 27; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 32) continue;
                        const float *xr = input + ih * 768 + q * 24;
                        const float *wr = wf + kh * 576 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 24; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c - 24];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 24];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 48];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 72];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *xk = xr + 24;
                            const float *w = wr + 192;
                            for (int c = 0; c < 24; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c - 24];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 24];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 48];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 72];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *xk = xr + 48;
                            const float *w = wr + 384;
                            for (int c = 0; c < 24; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c - 24];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 24];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 48];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 72];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
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
}
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 32) continue;
                        const float *xr = input + ih * 768;
                        const float *wr = wf + kh * 576 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 24; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 624];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 648];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 672];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 696];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 720];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 192;
                            for (int c = 0; c < 24; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 648];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 672];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 696];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 720];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 744];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2, 3 */
                            const float *w = wr + 384;
                            for (int c = 0; c < 24; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 672];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 696];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 720];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 744];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[f0 + 216] = cg_relu(a0_0);
                    y_row[f0 + 217] = cg_relu(a0_1);
                    y_row[f0 + 218] = cg_relu(a0_2);
                    y_row[f0 + 219] = cg_relu(a0_3);
                    y_row[f0 + 224] = cg_relu(a1_0);
                    y_row[f0 + 225] = cg_relu(a1_1);
                    y_row[f0 + 226] = cg_relu(a1_2);
                    y_row[f0 + 227] = cg_relu(a1_3);
                    y_row[f0 + 232] = cg_relu(a2_0);
                    y_row[f0 + 233] = cg_relu(a2_1);
                    y_row[f0 + 234] = cg_relu(a2_2);
                    y_row[f0 + 235] = cg_relu(a2_3);
                    y_row[f0 + 240] = cg_relu(a3_0);
                    y_row[f0 + 241] = cg_relu(a3_1);
                    y_row[f0 + 242] = cg_relu(a3_2);
                    y_row[f0 + 243] = cg_relu(a3_3);
                    y_row[f0 + 248] = cg_relu(a4_0);
                    y_row[f0 + 249] = cg_relu(a4_1);
                    y_row[f0 + 250] = cg_relu(a4_2);
                    y_row[f0 + 251] = cg_relu(a4_3);
}
            }
        }
    }
#endif
    return 0;
}

/* head (Conv2D) 32x32x8 -> 32x32x3, activation softmax
 * Dense convolution: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x32x32x8: strides n=8192 c=1 d=8192 h=256 w=8
 *   output 1x32x32x3: strides n=3072 c=1 d=3072 h=96 w=3
 *   weights [1][1][1][1][8][8], bias [1][8] at 64
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_unet_small_layer10(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_linear(t[f]);
}

static int unet_small_layer10(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 64;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[8];   /* a pixel's values on their way to the scalar store */
    (void)t;   /* unused where the last block's tiles store whole vectors */
    (void)store_unet_small_layer10;
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int oh = 0; oh < 32; ++oh) {
        float *y_row = y + oh * 96;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 32) */
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
                const float *xr = input + oh * 256 + q * 8;
                const float *wr = wf;
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
CG_STORE(cg_v8, t, a0_0); 
                store_unet_small_layer10(y_row + q * 3, t, 3);
CG_STORE(cg_v8, t, a1_0); 
                store_unet_small_layer10(y_row + q * 3 + 3, t, 3);
CG_STORE(cg_v8, t, a2_0); 
                store_unet_small_layer10(y_row + q * 3 + 6, t, 3);
CG_STORE(cg_v8, t, a3_0); 
                store_unet_small_layer10(y_row + q * 3 + 9, t, 3);
CG_STORE(cg_v8, t, a4_0); 
                store_unet_small_layer10(y_row + q * 3 + 12, t, 3);
CG_STORE(cg_v8, t, a5_0); 
                store_unet_small_layer10(y_row + q * 3 + 15, t, 3);
CG_STORE(cg_v8, t, a6_0); 
                store_unet_small_layer10(y_row + q * 3 + 18, t, 3);
CG_STORE(cg_v8, t, a7_0); 
                store_unet_small_layer10(y_row + q * 3 + 21, t, 3);
CG_STORE(cg_v8, t, a8_0); 
                store_unet_small_layer10(y_row + q * 3 + 24, t, 3);
CG_STORE(cg_v8, t, a9_0); 
                store_unet_small_layer10(y_row + q * 3 + 27, t, 3);
CG_STORE(cg_v8, t, a10_0); 
                store_unet_small_layer10(y_row + q * 3 + 30, t, 3);
CG_STORE(cg_v8, t, a11_0); 
                store_unet_small_layer10(y_row + q * 3 + 33, t, 3);
CG_STORE(cg_v8, t, a12_0); 
                store_unet_small_layer10(y_row + q * 3 + 36, t, 3);
CG_STORE(cg_v8, t, a13_0); 
                store_unet_small_layer10(y_row + q * 3 + 39, t, 3);
CG_STORE(cg_v8, t, a14_0); 
                store_unet_small_layer10(y_row + q * 3 + 42, t, 3);
CG_STORE(cg_v8, t, a15_0); 
                store_unet_small_layer10(y_row + q * 3 + 45, t, 3);
            }


#else
            for (int q = 0; q < 22; q += 11)
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
                const float *xr = input + oh * 256 + q * 8;
                const float *wr = wf;
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
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_unet_small_layer10(y_row + q * 3, t, 3);
CG_STORE(cg_v8, t, a1_0); 
                store_unet_small_layer10(y_row + q * 3 + 3, t, 3);
CG_STORE(cg_v8, t, a2_0); 
                store_unet_small_layer10(y_row + q * 3 + 6, t, 3);
CG_STORE(cg_v8, t, a3_0); 
                store_unet_small_layer10(y_row + q * 3 + 9, t, 3);
CG_STORE(cg_v8, t, a4_0); 
                store_unet_small_layer10(y_row + q * 3 + 12, t, 3);
CG_STORE(cg_v8, t, a5_0); 
                store_unet_small_layer10(y_row + q * 3 + 15, t, 3);
CG_STORE(cg_v8, t, a6_0); 
                store_unet_small_layer10(y_row + q * 3 + 18, t, 3);
CG_STORE(cg_v8, t, a7_0); 
                store_unet_small_layer10(y_row + q * 3 + 21, t, 3);
CG_STORE(cg_v8, t, a8_0); 
                store_unet_small_layer10(y_row + q * 3 + 24, t, 3);
CG_STORE(cg_v8, t, a9_0); 
                store_unet_small_layer10(y_row + q * 3 + 27, t, 3);
CG_STORE(cg_v8, t, a10_0); 
                store_unet_small_layer10(y_row + q * 3 + 30, t, 3);
            }

            for (int q = 22; q < 32; q += 10)
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
                const float *xr = input + oh * 256 + q * 8;
                const float *wr = wf;
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
CG_STORE(cg_v8, t, a0_0); 
                store_unet_small_layer10(y_row + q * 3, t, 3);
CG_STORE(cg_v8, t, a1_0); 
                store_unet_small_layer10(y_row + q * 3 + 3, t, 3);
CG_STORE(cg_v8, t, a2_0); 
                store_unet_small_layer10(y_row + q * 3 + 6, t, 3);
CG_STORE(cg_v8, t, a3_0); 
                store_unet_small_layer10(y_row + q * 3 + 9, t, 3);
CG_STORE(cg_v8, t, a4_0); 
                store_unet_small_layer10(y_row + q * 3 + 12, t, 3);
CG_STORE(cg_v8, t, a5_0); 
                store_unet_small_layer10(y_row + q * 3 + 15, t, 3);
CG_STORE(cg_v8, t, a6_0); 
                store_unet_small_layer10(y_row + q * 3 + 18, t, 3);
CG_STORE(cg_v8, t, a7_0); 
                store_unet_small_layer10(y_row + q * 3 + 21, t, 3);
CG_STORE(cg_v8, t, a8_0); 
                store_unet_small_layer10(y_row + q * 3 + 24, t, 3);
CG_STORE(cg_v8, t, a9_0); 
                store_unet_small_layer10(y_row + q * 3 + 27, t, 3);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_unet_small_layer10;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 32; ++oh) {
        float *y_row = y + oh * 96;
        {   /* block 0: 3 filters */
            const float *wf = weights;
            {
                /* columns q: interior for q in [0, 32) */
                for (int q = 0; q < 32; q += 8)
                {   /* 8 pixel(s) x 3 filter(s) in scalar registers */
                    const float b0 = bias[0], b1 = bias[1], b2 = bias[2];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2;
                    float a6_0 = b0, a6_1 = b1, a6_2 = b2;
                    float a7_0 = b0, a7_1 = b1, a7_2 = b2;
                    const float *xr = input + oh * 256 + q * 8;
                    const float *wr = wf;
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
                            {
                                const float xv = xr[c + 56];
                                a7_0 += w0 * xv; a7_1 += w1 * xv; a7_2 += w2 * xv;
                            }
                        }
                    }
                    y_row[q * 3] = cg_linear(a0_0);
                    y_row[q * 3 + 1] = cg_linear(a0_1);
                    y_row[q * 3 + 2] = cg_linear(a0_2);
                    y_row[q * 3 + 3] = cg_linear(a1_0);
                    y_row[q * 3 + 4] = cg_linear(a1_1);
                    y_row[q * 3 + 5] = cg_linear(a1_2);
                    y_row[q * 3 + 6] = cg_linear(a2_0);
                    y_row[q * 3 + 7] = cg_linear(a2_1);
                    y_row[q * 3 + 8] = cg_linear(a2_2);
                    y_row[q * 3 + 9] = cg_linear(a3_0);
                    y_row[q * 3 + 10] = cg_linear(a3_1);
                    y_row[q * 3 + 11] = cg_linear(a3_2);
                    y_row[q * 3 + 12] = cg_linear(a4_0);
                    y_row[q * 3 + 13] = cg_linear(a4_1);
                    y_row[q * 3 + 14] = cg_linear(a4_2);
                    y_row[q * 3 + 15] = cg_linear(a5_0);
                    y_row[q * 3 + 16] = cg_linear(a5_1);
                    y_row[q * 3 + 17] = cg_linear(a5_2);
                    y_row[q * 3 + 18] = cg_linear(a6_0);
                    y_row[q * 3 + 19] = cg_linear(a6_1);
                    y_row[q * 3 + 20] = cg_linear(a6_2);
                    y_row[q * 3 + 21] = cg_linear(a7_0);
                    y_row[q * 3 + 22] = cg_linear(a7_1);
                    y_row[q * 3 + 23] = cg_linear(a7_2);
}
            }
        }
    }
#endif
    cg_softmax_rows(output, 1024, 3);
    return 0;
}

/* enc1 (Conv2D) 32x32x3 -> 32x32x8, activation relu; down1 (Conv2D) 32x32x8 -> 16x16x16, activation relu; enc2 (Conv2D) 16x16x16 -> 16x16x16, activation relu; down2 (Conv2D) 16x16x16 -> 8x8x32, activation relu; up2 (Conv2DTranspose) 8x8x32 -> 16x16x16, activation relu; cat2 (Concatenate) 16x16x16, 16x16x16 -> 16x16x32; dec2 (Conv2D) 16x16x32 -> 16x16x16, activation relu; up1 (UpSampling2D) 16x16x16 -> 32x32x16, bilinear; cat1 (Concatenate) 32x32x16, 32x32x8 -> 32x32x24; dec1 (Conv2D) 32x32x24 -> 32x32x8, activation relu; head (Conv2D) 32x32x8 -> 32x32x3, activation softmax
 * Workspace: 49152 floats: enc1 at 40960 (8192 floats, steps 0-8), down1 at 0 (4096 floats, steps 1-2), enc2 at 8192 (4096 floats, steps 2-5), down2 at 12288 (2048 floats, steps 3-4), cat2 at 0 (8192 floats, steps 4-6), dec2 at 8192 (4096 floats, steps 6-7), up1 at 24576 (16384 floats, steps 7-8), cat1 at 0 (24576 floats, steps 8-9), dec1 at 24576 (8192 floats, steps 9-10). */
int unet_small(const float *input, const float *weights, float *output, float *workspace)
{
    unet_small_layer0(input, weights, workspace + 40960, workspace);
    unet_small_layer1(workspace + 40960, weights + 224, workspace, workspace);
    unet_small_layer2(workspace, weights + 1392, workspace + 8192, workspace);
    unet_small_layer3(workspace + 8192, weights + 3712, workspace + 12288, workspace);
    unet_small_layer4(workspace + 12288, weights + 8352, workspace, workspace);
    unet_small_layer5(workspace + 8192, workspace);
    unet_small_layer6(workspace, weights + 12976, workspace + 8192, workspace);
    unet_small_layer7(workspace + 8192, weights + 17600, workspace + 24576, workspace);
    unet_small_layer8(workspace + 24576, workspace + 40960, workspace);
    unet_small_layer9(workspace, weights + 17600, workspace + 24576, workspace);
    unet_small_layer10(workspace + 24576, weights + 19336, output, workspace);
    return 0;
}
