/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: ic_resnet8.yaml
 *   Template: model.c.j2, dense.c.j2, dense_layer.c.j2, pool.c.j2
 */
#include "ic_resnet8.h"

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

/* stem_conv (Conv2D) 32x32x3 -> 32x32x16; stem_bn (BatchNormalization) folded into its weights; stem_relu (Activation) applied in its store
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x32x32x3: strides n=3072 c=1 d=3072 h=96 w=3
 *   output 1x32x32x16: strides n=16384 c=1 d=16384 h=512 w=16
 *   weights [1][1][3][3][3][16], bias [1][16] at 432
 *   padding before (d, h, w) = (0, 1, 1)
 *   columns: 1 group(s) of register tiles (2 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_ic_resnet8_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int ic_resnet8_layer0(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 432;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_ic_resnet8_layer0;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int oh = 0; oh < 32; ++oh) {
        float *y_row = y + oh * 512;
        {
            const float *wf = weights;
            /* columns q: interior for q in [1, 31) */
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
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 96;
                    const float *wr = wf + kh * 144;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
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
                        const float *w = wr + 48;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
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
                        const float *w = wr + 96;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
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
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 96;
                    const float *wr = wf + kh * 144;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
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
                        const float *w = wr + 48;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
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
                        const float *w = wr + 96;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
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
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + 256, a0_0);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + 272, a1_0);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + 288, a2_0);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + 304, a3_0);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + 320, a4_0);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + 336, a5_0);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + 352, a6_0);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + 368, a7_0);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + 384, a8_0);
                cg_v16_relu(&a9_0);
                CG_STORE(cg_v16, y_row + 400, a9_0);
                cg_v16_relu(&a10_0);
                CG_STORE(cg_v16, y_row + 416, a10_0);
                cg_v16_relu(&a11_0);
                CG_STORE(cg_v16, y_row + 432, a11_0);
                cg_v16_relu(&a12_0);
                CG_STORE(cg_v16, y_row + 448, a12_0);
                cg_v16_relu(&a13_0);
                CG_STORE(cg_v16, y_row + 464, a13_0);
                cg_v16_relu(&a14_0);
                CG_STORE(cg_v16, y_row + 480, a14_0);
                cg_v16_relu(&a15_0);
                CG_STORE(cg_v16, y_row + 496, a15_0);
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
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 96;
                    const float *wr = wf + kh * 144;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 48;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 15];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 96;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 3];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 15];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 18];
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

            for (int q = 6; q < 12; q += 6)
            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 96 + q * 3;
                    const float *wr = wf + kh * 144;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c - 3];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 48;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 15];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 96;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 3];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 15];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 18];
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

            for (int q = 12; q < 27; q += 5)
            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 96 + q * 3;
                    const float *wr = wf + kh * 144;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c - 3];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
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
                    {   /* tap kw = 1 */
                        const float *w = wr + 48;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 96;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 3];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 15];
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
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 96;
                    const float *wr = wf + kh * 144;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 78];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 81];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 84];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 87];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 90];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 48;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 81];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 84];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 87];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 90];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 93];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3 */
                        const float *w = wr + 96;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 84];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 87];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 90];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 93];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + 432, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + 440, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 448, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + 456, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 464, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + 472, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 480, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + 488, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + 496, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + 504, a4_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_ic_resnet8_layer0;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 32; ++oh) {
        float *y_row = y + oh * 512;
        {   /* block 0: 16 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 16; f0 += 4) {
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
                        const float *wr = wf + kh * 144 + f0;
                        {   /* tap kw = 0, pixels 1, 2, 3, 4, 5 */
                            const float *w = wr;
                            for (int c = 0; c < 3; ++c, w += 16) {
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
                            const float *w = wr + 48;
                            for (int c = 0; c < 3; ++c, w += 16) {
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
                            const float *w = wr + 96;
                            for (int c = 0; c < 3; ++c, w += 16) {
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
                        const float *wr = wf + kh * 144 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 3; ++c, w += 16) {
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
                            const float *w = wr + 48;
                            for (int c = 0; c < 3; ++c, w += 16) {
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
                            const float *w = wr + 96;
                            for (int c = 0; c < 3; ++c, w += 16) {
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
                        const float *wr = wf + kh * 144 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 3; ++c, w += 16) {
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
                            const float *w = wr + 48;
                            for (int c = 0; c < 3; ++c, w += 16) {
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
                            const float *w = wr + 96;
                            for (int c = 0; c < 3; ++c, w += 16) {
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
                        if (ih < 0 || ih >= 32) continue;
                        const float *xr = input + ih * 96;
                        const float *wr = wf + kh * 144 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 3; ++c, w += 16) {
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
                            const float *w = wr + 48;
                            for (int c = 0; c < 3; ++c, w += 16) {
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
                            const float *w = wr + 96;
                            for (int c = 0; c < 3; ++c, w += 16) {
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
                    y_row[f0 + 432] = cg_relu(a0_0);
                    y_row[f0 + 433] = cg_relu(a0_1);
                    y_row[f0 + 434] = cg_relu(a0_2);
                    y_row[f0 + 435] = cg_relu(a0_3);
                    y_row[f0 + 448] = cg_relu(a1_0);
                    y_row[f0 + 449] = cg_relu(a1_1);
                    y_row[f0 + 450] = cg_relu(a1_2);
                    y_row[f0 + 451] = cg_relu(a1_3);
                    y_row[f0 + 464] = cg_relu(a2_0);
                    y_row[f0 + 465] = cg_relu(a2_1);
                    y_row[f0 + 466] = cg_relu(a2_2);
                    y_row[f0 + 467] = cg_relu(a2_3);
                    y_row[f0 + 480] = cg_relu(a3_0);
                    y_row[f0 + 481] = cg_relu(a3_1);
                    y_row[f0 + 482] = cg_relu(a3_2);
                    y_row[f0 + 483] = cg_relu(a3_3);
                    y_row[f0 + 496] = cg_relu(a4_0);
                    y_row[f0 + 497] = cg_relu(a4_1);
                    y_row[f0 + 498] = cg_relu(a4_2);
                    y_row[f0 + 499] = cg_relu(a4_3);
}
            }
        }
    }
#endif
    return 0;
}

/* s1_conv1 (Conv2D) 32x32x16 -> 32x32x16; s1_bn1 (BatchNormalization) folded into its weights; s1_relu1 (Activation) applied in its store
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x32x32x16: strides n=16384 c=1 d=16384 h=512 w=16
 *   output 1x32x32x16: strides n=16384 c=1 d=16384 h=512 w=16
 *   weights [1][1][3][3][16][16], bias [1][16] at 2304
 *   padding before (d, h, w) = (0, 1, 1)
 *   columns: 1 group(s) of register tiles (2 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_ic_resnet8_layer3(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int ic_resnet8_layer3(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 2304;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_ic_resnet8_layer3;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int oh = 0; oh < 32; ++oh) {
        float *y_row = y + oh * 512;
        {
            const float *wf = weights;
            /* columns q: interior for q in [1, 31) */
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
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 512;
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
                    {   /* tap kw = 2 */
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
                            {
                                const float xv = xr[c + 256];
                                a15_0 += w0 * xv;
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
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 512;
                    const float *wr = wf + kh * 768;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            {
                                const float xv = xr[c + 240];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 272];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 288];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 304];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 336];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 352];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 368];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 400];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 416];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 432];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 464];
                                a14_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
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
                                const float xv = xr[c + 256];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 272];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 288];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 304];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 336];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 352];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 368];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 400];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 416];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 432];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 464];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
                                a14_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 496];
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
                                const float xv = xr[c + 272];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 288];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 304];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 336];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 352];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 368];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 400];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 416];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 432];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 464];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 496];
                                a14_0 += w0 * xv;
                            }
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + 256, a0_0);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + 272, a1_0);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + 288, a2_0);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + 304, a3_0);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + 320, a4_0);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + 336, a5_0);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + 352, a6_0);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + 368, a7_0);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + 384, a8_0);
                cg_v16_relu(&a9_0);
                CG_STORE(cg_v16, y_row + 400, a9_0);
                cg_v16_relu(&a10_0);
                CG_STORE(cg_v16, y_row + 416, a10_0);
                cg_v16_relu(&a11_0);
                CG_STORE(cg_v16, y_row + 432, a11_0);
                cg_v16_relu(&a12_0);
                CG_STORE(cg_v16, y_row + 448, a12_0);
                cg_v16_relu(&a13_0);
                CG_STORE(cg_v16, y_row + 464, a13_0);
                cg_v16_relu(&a14_0);
                CG_STORE(cg_v16, y_row + 480, a14_0);
                cg_v16_relu(&a15_0);
                CG_STORE(cg_v16, y_row + 496, a15_0);
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
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 512;
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

            for (int q = 6; q < 12; q += 6)
            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 512 + q * 16;
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

            for (int q = 12; q < 27; q += 5)
            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 512 + q * 16;
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
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 512;
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
                                const float xv = xr[c + 416];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 432];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 464];
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
                    {   /* tap kw = 1 */
                        const float *w = wr + 256;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 432];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 464];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 496];
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
                                const float xv = xr[c + 448];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 464];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 496];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + 432, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + 440, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 448, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + 456, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 464, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + 472, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 480, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + 488, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + 496, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + 504, a4_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_ic_resnet8_layer3;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 32; ++oh) {
        float *y_row = y + oh * 512;
        {   /* block 0: 16 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 16; f0 += 4) {
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
                        const float *xr = input + ih * 512;
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
                        const float *xr = input + ih * 512 + q * 16;
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
                                {
                                    const float xv = xk[c + 64];
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
                                {
                                    const float xv = xk[c + 64];
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
                                {
                                    const float xv = xk[c + 64];
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
                        const float *xr = input + ih * 512 + q * 16;
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
                        if (ih < 0 || ih >= 32) continue;
                        const float *xr = input + ih * 512;
                        const float *wr = wf + kh * 768 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 16; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 416];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 432];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 448];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 464];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 480];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 256;
                            for (int c = 0; c < 16; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 432];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 448];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 464];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 480];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 496];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2, 3 */
                            const float *w = wr + 512;
                            for (int c = 0; c < 16; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 448];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 464];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 480];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 496];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[f0 + 432] = cg_relu(a0_0);
                    y_row[f0 + 433] = cg_relu(a0_1);
                    y_row[f0 + 434] = cg_relu(a0_2);
                    y_row[f0 + 435] = cg_relu(a0_3);
                    y_row[f0 + 448] = cg_relu(a1_0);
                    y_row[f0 + 449] = cg_relu(a1_1);
                    y_row[f0 + 450] = cg_relu(a1_2);
                    y_row[f0 + 451] = cg_relu(a1_3);
                    y_row[f0 + 464] = cg_relu(a2_0);
                    y_row[f0 + 465] = cg_relu(a2_1);
                    y_row[f0 + 466] = cg_relu(a2_2);
                    y_row[f0 + 467] = cg_relu(a2_3);
                    y_row[f0 + 480] = cg_relu(a3_0);
                    y_row[f0 + 481] = cg_relu(a3_1);
                    y_row[f0 + 482] = cg_relu(a3_2);
                    y_row[f0 + 483] = cg_relu(a3_3);
                    y_row[f0 + 496] = cg_relu(a4_0);
                    y_row[f0 + 497] = cg_relu(a4_1);
                    y_row[f0 + 498] = cg_relu(a4_2);
                    y_row[f0 + 499] = cg_relu(a4_3);
}
            }
        }
    }
#endif
    return 0;
}

/* s1_conv2 (Conv2D) 32x32x16 -> 32x32x16; s1_bn2 (BatchNormalization) folded into its weights; s1_add (Add) fused into its store, adding stem_relu, then s1_relu (Activation) applied to the sum
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x32x32x16: strides n=16384 c=1 d=16384 h=512 w=16
 *   output 1x32x32x16: strides n=16384 c=1 d=16384 h=512 w=16
 *   weights [1][1][3][3][16][16], bias [1][16] at 2304
 *   padding before (d, h, w) = (0, 1, 1)
 *   columns: 1 group(s) of register tiles (2 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_ic_resnet8_layer6(float *out, const float *t, int nf, const float *r)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(cg_linear(t[f]) + r[f]);
}

static int ic_resnet8_layer6(const float *input, const float *weights, float *output,
                             float *workspace, const float *residual)
{
    const float *bias = weights + 2304;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_ic_resnet8_layer6;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int oh = 0; oh < 32; ++oh) {
        float *y_row = y + oh * 512;
        const float *r_row = residual + oh * 512;
        {
            const float *wf = weights;
            /* columns q: interior for q in [1, 31) */
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
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 512;
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
                    {   /* tap kw = 2 */
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
                            {
                                const float xv = xr[c + 256];
                                a15_0 += w0 * xv;
                            }
                        }
                    }
                }
                a0_0 += CG_LOAD(cg_v16, r_row);
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row, a0_0);
                a1_0 += CG_LOAD(cg_v16, r_row + 16);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + 16, a1_0);
                a2_0 += CG_LOAD(cg_v16, r_row + 32);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + 32, a2_0);
                a3_0 += CG_LOAD(cg_v16, r_row + 48);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + 48, a3_0);
                a4_0 += CG_LOAD(cg_v16, r_row + 64);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + 64, a4_0);
                a5_0 += CG_LOAD(cg_v16, r_row + 80);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + 80, a5_0);
                a6_0 += CG_LOAD(cg_v16, r_row + 96);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + 96, a6_0);
                a7_0 += CG_LOAD(cg_v16, r_row + 112);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + 112, a7_0);
                a8_0 += CG_LOAD(cg_v16, r_row + 128);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + 128, a8_0);
                a9_0 += CG_LOAD(cg_v16, r_row + 144);
                cg_v16_relu(&a9_0);
                CG_STORE(cg_v16, y_row + 144, a9_0);
                a10_0 += CG_LOAD(cg_v16, r_row + 160);
                cg_v16_relu(&a10_0);
                CG_STORE(cg_v16, y_row + 160, a10_0);
                a11_0 += CG_LOAD(cg_v16, r_row + 176);
                cg_v16_relu(&a11_0);
                CG_STORE(cg_v16, y_row + 176, a11_0);
                a12_0 += CG_LOAD(cg_v16, r_row + 192);
                cg_v16_relu(&a12_0);
                CG_STORE(cg_v16, y_row + 192, a12_0);
                a13_0 += CG_LOAD(cg_v16, r_row + 208);
                cg_v16_relu(&a13_0);
                CG_STORE(cg_v16, y_row + 208, a13_0);
                a14_0 += CG_LOAD(cg_v16, r_row + 224);
                cg_v16_relu(&a14_0);
                CG_STORE(cg_v16, y_row + 224, a14_0);
                a15_0 += CG_LOAD(cg_v16, r_row + 240);
                cg_v16_relu(&a15_0);
                CG_STORE(cg_v16, y_row + 240, a15_0);
            }

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
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 512;
                    const float *wr = wf + kh * 768;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            {
                                const float xv = xr[c + 240];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 272];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 288];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 304];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 336];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 352];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 368];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 400];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 416];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 432];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 464];
                                a14_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
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
                                const float xv = xr[c + 256];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 272];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 288];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 304];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 336];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 352];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 368];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 400];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 416];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 432];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 464];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
                                a14_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 496];
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
                                const float xv = xr[c + 272];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 288];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 304];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 336];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 352];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 368];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 400];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 416];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 432];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 464];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 496];
                                a14_0 += w0 * xv;
                            }
                        }
                    }
                }
                a0_0 += CG_LOAD(cg_v16, r_row + 256);
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + 256, a0_0);
                a1_0 += CG_LOAD(cg_v16, r_row + 272);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + 272, a1_0);
                a2_0 += CG_LOAD(cg_v16, r_row + 288);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + 288, a2_0);
                a3_0 += CG_LOAD(cg_v16, r_row + 304);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + 304, a3_0);
                a4_0 += CG_LOAD(cg_v16, r_row + 320);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + 320, a4_0);
                a5_0 += CG_LOAD(cg_v16, r_row + 336);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + 336, a5_0);
                a6_0 += CG_LOAD(cg_v16, r_row + 352);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + 352, a6_0);
                a7_0 += CG_LOAD(cg_v16, r_row + 368);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + 368, a7_0);
                a8_0 += CG_LOAD(cg_v16, r_row + 384);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + 384, a8_0);
                a9_0 += CG_LOAD(cg_v16, r_row + 400);
                cg_v16_relu(&a9_0);
                CG_STORE(cg_v16, y_row + 400, a9_0);
                a10_0 += CG_LOAD(cg_v16, r_row + 416);
                cg_v16_relu(&a10_0);
                CG_STORE(cg_v16, y_row + 416, a10_0);
                a11_0 += CG_LOAD(cg_v16, r_row + 432);
                cg_v16_relu(&a11_0);
                CG_STORE(cg_v16, y_row + 432, a11_0);
                a12_0 += CG_LOAD(cg_v16, r_row + 448);
                cg_v16_relu(&a12_0);
                CG_STORE(cg_v16, y_row + 448, a12_0);
                a13_0 += CG_LOAD(cg_v16, r_row + 464);
                cg_v16_relu(&a13_0);
                CG_STORE(cg_v16, y_row + 464, a13_0);
                a14_0 += CG_LOAD(cg_v16, r_row + 480);
                cg_v16_relu(&a14_0);
                CG_STORE(cg_v16, y_row + 480, a14_0);
                a15_0 += CG_LOAD(cg_v16, r_row + 496);
                cg_v16_relu(&a15_0);
                CG_STORE(cg_v16, y_row + 496, a15_0);
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
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 512;
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
                a0_0 += CG_LOAD(cg_v8, r_row);
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row, a0_0);
                a0_1 += CG_LOAD(cg_v8, r_row + 8);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + 8, a0_1);
                a1_0 += CG_LOAD(cg_v8, r_row + 16);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 16, a1_0);
                a1_1 += CG_LOAD(cg_v8, r_row + 24);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + 24, a1_1);
                a2_0 += CG_LOAD(cg_v8, r_row + 32);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 32, a2_0);
                a2_1 += CG_LOAD(cg_v8, r_row + 40);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + 40, a2_1);
                a3_0 += CG_LOAD(cg_v8, r_row + 48);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 48, a3_0);
                a3_1 += CG_LOAD(cg_v8, r_row + 56);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + 56, a3_1);
                a4_0 += CG_LOAD(cg_v8, r_row + 64);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + 64, a4_0);
                a4_1 += CG_LOAD(cg_v8, r_row + 72);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + 72, a4_1);
                a5_0 += CG_LOAD(cg_v8, r_row + 80);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + 80, a5_0);
                a5_1 += CG_LOAD(cg_v8, r_row + 88);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + 88, a5_1);
            }

            for (int q = 6; q < 12; q += 6)
            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 512 + q * 16;
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
                a0_0 += CG_LOAD(cg_v8, r_row + q * 16);
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 16, a0_0);
                a0_1 += CG_LOAD(cg_v8, r_row + q * 16 + 8);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 16 + 8, a0_1);
                a1_0 += CG_LOAD(cg_v8, r_row + q * 16 + 16);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 16 + 16, a1_0);
                a1_1 += CG_LOAD(cg_v8, r_row + q * 16 + 24);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 16 + 24, a1_1);
                a2_0 += CG_LOAD(cg_v8, r_row + q * 16 + 32);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 16 + 32, a2_0);
                a2_1 += CG_LOAD(cg_v8, r_row + q * 16 + 40);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + q * 16 + 40, a2_1);
                a3_0 += CG_LOAD(cg_v8, r_row + q * 16 + 48);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 16 + 48, a3_0);
                a3_1 += CG_LOAD(cg_v8, r_row + q * 16 + 56);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + q * 16 + 56, a3_1);
                a4_0 += CG_LOAD(cg_v8, r_row + q * 16 + 64);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 16 + 64, a4_0);
                a4_1 += CG_LOAD(cg_v8, r_row + q * 16 + 72);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + q * 16 + 72, a4_1);
                a5_0 += CG_LOAD(cg_v8, r_row + q * 16 + 80);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 16 + 80, a5_0);
                a5_1 += CG_LOAD(cg_v8, r_row + q * 16 + 88);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + q * 16 + 88, a5_1);
            }

            for (int q = 12; q < 27; q += 5)
            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 512 + q * 16;
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
                a0_0 += CG_LOAD(cg_v8, r_row + q * 16);
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 16, a0_0);
                a0_1 += CG_LOAD(cg_v8, r_row + q * 16 + 8);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 16 + 8, a0_1);
                a1_0 += CG_LOAD(cg_v8, r_row + q * 16 + 16);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 16 + 16, a1_0);
                a1_1 += CG_LOAD(cg_v8, r_row + q * 16 + 24);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 16 + 24, a1_1);
                a2_0 += CG_LOAD(cg_v8, r_row + q * 16 + 32);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 16 + 32, a2_0);
                a2_1 += CG_LOAD(cg_v8, r_row + q * 16 + 40);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + q * 16 + 40, a2_1);
                a3_0 += CG_LOAD(cg_v8, r_row + q * 16 + 48);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 16 + 48, a3_0);
                a3_1 += CG_LOAD(cg_v8, r_row + q * 16 + 56);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + q * 16 + 56, a3_1);
                a4_0 += CG_LOAD(cg_v8, r_row + q * 16 + 64);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 16 + 64, a4_0);
                a4_1 += CG_LOAD(cg_v8, r_row + q * 16 + 72);
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
                    if (ih < 0 || ih >= 32) continue;
                    const float *xr = input + ih * 512;
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
                                const float xv = xr[c + 416];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 432];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 464];
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
                    {   /* tap kw = 1 */
                        const float *w = wr + 256;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 432];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 464];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 496];
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
                                const float xv = xr[c + 448];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 464];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 496];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                }
                a0_0 += CG_LOAD(cg_v8, r_row + 432);
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + 432, a0_0);
                a0_1 += CG_LOAD(cg_v8, r_row + 440);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + 440, a0_1);
                a1_0 += CG_LOAD(cg_v8, r_row + 448);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 448, a1_0);
                a1_1 += CG_LOAD(cg_v8, r_row + 456);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + 456, a1_1);
                a2_0 += CG_LOAD(cg_v8, r_row + 464);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 464, a2_0);
                a2_1 += CG_LOAD(cg_v8, r_row + 472);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + 472, a2_1);
                a3_0 += CG_LOAD(cg_v8, r_row + 480);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 480, a3_0);
                a3_1 += CG_LOAD(cg_v8, r_row + 488);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + 488, a3_1);
                a4_0 += CG_LOAD(cg_v8, r_row + 496);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + 496, a4_0);
                a4_1 += CG_LOAD(cg_v8, r_row + 504);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + 504, a4_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_ic_resnet8_layer6;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 32; ++oh) {
        float *y_row = y + oh * 512;
        const float *r_row = residual + oh * 512;
        {   /* block 0: 16 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 16; f0 += 4) {
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
                        const float *xr = input + ih * 512;
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
                    y_row[f0] = cg_relu(cg_linear(a0_0) + r_row[f0]);
                    y_row[f0 + 1] = cg_relu(cg_linear(a0_1) + r_row[f0 + 1]);
                    y_row[f0 + 2] = cg_relu(cg_linear(a0_2) + r_row[f0 + 2]);
                    y_row[f0 + 3] = cg_relu(cg_linear(a0_3) + r_row[f0 + 3]);
                    y_row[f0 + 16] = cg_relu(cg_linear(a1_0) + r_row[f0 + 16]);
                    y_row[f0 + 17] = cg_relu(cg_linear(a1_1) + r_row[f0 + 17]);
                    y_row[f0 + 18] = cg_relu(cg_linear(a1_2) + r_row[f0 + 18]);
                    y_row[f0 + 19] = cg_relu(cg_linear(a1_3) + r_row[f0 + 19]);
                    y_row[f0 + 32] = cg_relu(cg_linear(a2_0) + r_row[f0 + 32]);
                    y_row[f0 + 33] = cg_relu(cg_linear(a2_1) + r_row[f0 + 33]);
                    y_row[f0 + 34] = cg_relu(cg_linear(a2_2) + r_row[f0 + 34]);
                    y_row[f0 + 35] = cg_relu(cg_linear(a2_3) + r_row[f0 + 35]);
                    y_row[f0 + 48] = cg_relu(cg_linear(a3_0) + r_row[f0 + 48]);
                    y_row[f0 + 49] = cg_relu(cg_linear(a3_1) + r_row[f0 + 49]);
                    y_row[f0 + 50] = cg_relu(cg_linear(a3_2) + r_row[f0 + 50]);
                    y_row[f0 + 51] = cg_relu(cg_linear(a3_3) + r_row[f0 + 51]);
                    y_row[f0 + 64] = cg_relu(cg_linear(a4_0) + r_row[f0 + 64]);
                    y_row[f0 + 65] = cg_relu(cg_linear(a4_1) + r_row[f0 + 65]);
                    y_row[f0 + 66] = cg_relu(cg_linear(a4_2) + r_row[f0 + 66]);
                    y_row[f0 + 67] = cg_relu(cg_linear(a4_3) + r_row[f0 + 67]);
                    y_row[f0 + 80] = cg_relu(cg_linear(a5_0) + r_row[f0 + 80]);
                    y_row[f0 + 81] = cg_relu(cg_linear(a5_1) + r_row[f0 + 81]);
                    y_row[f0 + 82] = cg_relu(cg_linear(a5_2) + r_row[f0 + 82]);
                    y_row[f0 + 83] = cg_relu(cg_linear(a5_3) + r_row[f0 + 83]);
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
                        const float *xr = input + ih * 512 + q * 16;
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
                                {
                                    const float xv = xk[c + 64];
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
                                {
                                    const float xv = xk[c + 64];
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
                                {
                                    const float xv = xk[c + 64];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[q * 16 + f0] = cg_relu(cg_linear(a0_0) + r_row[q * 16 + f0]);
                    y_row[q * 16 + f0 + 1] = cg_relu(cg_linear(a0_1) + r_row[q * 16 + f0 + 1]);
                    y_row[q * 16 + f0 + 2] = cg_relu(cg_linear(a0_2) + r_row[q * 16 + f0 + 2]);
                    y_row[q * 16 + f0 + 3] = cg_relu(cg_linear(a0_3) + r_row[q * 16 + f0 + 3]);
                    y_row[q * 16 + f0 + 16] = cg_relu(cg_linear(a1_0) + r_row[q * 16 + f0 + 16]);
                    y_row[q * 16 + f0 + 17] = cg_relu(cg_linear(a1_1) + r_row[q * 16 + f0 + 17]);
                    y_row[q * 16 + f0 + 18] = cg_relu(cg_linear(a1_2) + r_row[q * 16 + f0 + 18]);
                    y_row[q * 16 + f0 + 19] = cg_relu(cg_linear(a1_3) + r_row[q * 16 + f0 + 19]);
                    y_row[q * 16 + f0 + 32] = cg_relu(cg_linear(a2_0) + r_row[q * 16 + f0 + 32]);
                    y_row[q * 16 + f0 + 33] = cg_relu(cg_linear(a2_1) + r_row[q * 16 + f0 + 33]);
                    y_row[q * 16 + f0 + 34] = cg_relu(cg_linear(a2_2) + r_row[q * 16 + f0 + 34]);
                    y_row[q * 16 + f0 + 35] = cg_relu(cg_linear(a2_3) + r_row[q * 16 + f0 + 35]);
                    y_row[q * 16 + f0 + 48] = cg_relu(cg_linear(a3_0) + r_row[q * 16 + f0 + 48]);
                    y_row[q * 16 + f0 + 49] = cg_relu(cg_linear(a3_1) + r_row[q * 16 + f0 + 49]);
                    y_row[q * 16 + f0 + 50] = cg_relu(cg_linear(a3_2) + r_row[q * 16 + f0 + 50]);
                    y_row[q * 16 + f0 + 51] = cg_relu(cg_linear(a3_3) + r_row[q * 16 + f0 + 51]);
                    y_row[q * 16 + f0 + 64] = cg_relu(cg_linear(a4_0) + r_row[q * 16 + f0 + 64]);
                    y_row[q * 16 + f0 + 65] = cg_relu(cg_linear(a4_1) + r_row[q * 16 + f0 + 65]);
                    y_row[q * 16 + f0 + 66] = cg_relu(cg_linear(a4_2) + r_row[q * 16 + f0 + 66]);
                    y_row[q * 16 + f0 + 67] = cg_relu(cg_linear(a4_3) + r_row[q * 16 + f0 + 67]);
                    y_row[q * 16 + f0 + 80] = cg_relu(cg_linear(a5_0) + r_row[q * 16 + f0 + 80]);
                    y_row[q * 16 + f0 + 81] = cg_relu(cg_linear(a5_1) + r_row[q * 16 + f0 + 81]);
                    y_row[q * 16 + f0 + 82] = cg_relu(cg_linear(a5_2) + r_row[q * 16 + f0 + 82]);
                    y_row[q * 16 + f0 + 83] = cg_relu(cg_linear(a5_3) + r_row[q * 16 + f0 + 83]);
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
                        const float *xr = input + ih * 512 + q * 16;
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
                    y_row[q * 16 + f0] = cg_relu(cg_linear(a0_0) + r_row[q * 16 + f0]);
                    y_row[q * 16 + f0 + 1] = cg_relu(cg_linear(a0_1) + r_row[q * 16 + f0 + 1]);
                    y_row[q * 16 + f0 + 2] = cg_relu(cg_linear(a0_2) + r_row[q * 16 + f0 + 2]);
                    y_row[q * 16 + f0 + 3] = cg_relu(cg_linear(a0_3) + r_row[q * 16 + f0 + 3]);
                    y_row[q * 16 + f0 + 16] = cg_relu(cg_linear(a1_0) + r_row[q * 16 + f0 + 16]);
                    y_row[q * 16 + f0 + 17] = cg_relu(cg_linear(a1_1) + r_row[q * 16 + f0 + 17]);
                    y_row[q * 16 + f0 + 18] = cg_relu(cg_linear(a1_2) + r_row[q * 16 + f0 + 18]);
                    y_row[q * 16 + f0 + 19] = cg_relu(cg_linear(a1_3) + r_row[q * 16 + f0 + 19]);
                    y_row[q * 16 + f0 + 32] = cg_relu(cg_linear(a2_0) + r_row[q * 16 + f0 + 32]);
                    y_row[q * 16 + f0 + 33] = cg_relu(cg_linear(a2_1) + r_row[q * 16 + f0 + 33]);
                    y_row[q * 16 + f0 + 34] = cg_relu(cg_linear(a2_2) + r_row[q * 16 + f0 + 34]);
                    y_row[q * 16 + f0 + 35] = cg_relu(cg_linear(a2_3) + r_row[q * 16 + f0 + 35]);
                    y_row[q * 16 + f0 + 48] = cg_relu(cg_linear(a3_0) + r_row[q * 16 + f0 + 48]);
                    y_row[q * 16 + f0 + 49] = cg_relu(cg_linear(a3_1) + r_row[q * 16 + f0 + 49]);
                    y_row[q * 16 + f0 + 50] = cg_relu(cg_linear(a3_2) + r_row[q * 16 + f0 + 50]);
                    y_row[q * 16 + f0 + 51] = cg_relu(cg_linear(a3_3) + r_row[q * 16 + f0 + 51]);
                    y_row[q * 16 + f0 + 64] = cg_relu(cg_linear(a4_0) + r_row[q * 16 + f0 + 64]);
                    y_row[q * 16 + f0 + 65] = cg_relu(cg_linear(a4_1) + r_row[q * 16 + f0 + 65]);
                    y_row[q * 16 + f0 + 66] = cg_relu(cg_linear(a4_2) + r_row[q * 16 + f0 + 66]);
                    y_row[q * 16 + f0 + 67] = cg_relu(cg_linear(a4_3) + r_row[q * 16 + f0 + 67]);
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
                        const float *xr = input + ih * 512;
                        const float *wr = wf + kh * 768 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 16; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 416];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 432];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 448];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 464];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 480];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 256;
                            for (int c = 0; c < 16; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 432];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 448];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 464];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 480];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 496];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2, 3 */
                            const float *w = wr + 512;
                            for (int c = 0; c < 16; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 448];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 464];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 480];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 496];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[f0 + 432] = cg_relu(cg_linear(a0_0) + r_row[f0 + 432]);
                    y_row[f0 + 433] = cg_relu(cg_linear(a0_1) + r_row[f0 + 433]);
                    y_row[f0 + 434] = cg_relu(cg_linear(a0_2) + r_row[f0 + 434]);
                    y_row[f0 + 435] = cg_relu(cg_linear(a0_3) + r_row[f0 + 435]);
                    y_row[f0 + 448] = cg_relu(cg_linear(a1_0) + r_row[f0 + 448]);
                    y_row[f0 + 449] = cg_relu(cg_linear(a1_1) + r_row[f0 + 449]);
                    y_row[f0 + 450] = cg_relu(cg_linear(a1_2) + r_row[f0 + 450]);
                    y_row[f0 + 451] = cg_relu(cg_linear(a1_3) + r_row[f0 + 451]);
                    y_row[f0 + 464] = cg_relu(cg_linear(a2_0) + r_row[f0 + 464]);
                    y_row[f0 + 465] = cg_relu(cg_linear(a2_1) + r_row[f0 + 465]);
                    y_row[f0 + 466] = cg_relu(cg_linear(a2_2) + r_row[f0 + 466]);
                    y_row[f0 + 467] = cg_relu(cg_linear(a2_3) + r_row[f0 + 467]);
                    y_row[f0 + 480] = cg_relu(cg_linear(a3_0) + r_row[f0 + 480]);
                    y_row[f0 + 481] = cg_relu(cg_linear(a3_1) + r_row[f0 + 481]);
                    y_row[f0 + 482] = cg_relu(cg_linear(a3_2) + r_row[f0 + 482]);
                    y_row[f0 + 483] = cg_relu(cg_linear(a3_3) + r_row[f0 + 483]);
                    y_row[f0 + 496] = cg_relu(cg_linear(a4_0) + r_row[f0 + 496]);
                    y_row[f0 + 497] = cg_relu(cg_linear(a4_1) + r_row[f0 + 497]);
                    y_row[f0 + 498] = cg_relu(cg_linear(a4_2) + r_row[f0 + 498]);
                    y_row[f0 + 499] = cg_relu(cg_linear(a4_3) + r_row[f0 + 499]);
}
            }
        }
    }
#endif
    return 0;
}

/* s2_conv1 (Conv2D) 32x32x16 -> 16x16x32; s2_bn1 (BatchNormalization) folded into its weights; s2_relu1 (Activation) applied in its store
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x32x32x16: strides n=16384 c=1 d=16384 h=512 w=16
 *   output 1x16x16x32: strides n=8192 c=1 d=8192 h=512 w=32
 *   weights [1][1][3][3][16][32], bias [1][32] at 4608
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_ic_resnet8_layer10(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int ic_resnet8_layer10(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 4608;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_ic_resnet8_layer10;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 512;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 15) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 8; q += 8)
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
                    const int ih = oh * 2 + kh;
                    if (ih >= 32) continue;
                    const float *xr = input + ih * 512 + q * 32;
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
                    {   /* tap kw = 2 */
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
                            {
                                const float xv = xr[c + 256];
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
                    if (ih >= 32) continue;
                    const float *xr = input + ih * 512;
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
                                const float xv = xr[c + 256];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 288];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 352];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 416];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
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
                                const float xv = xr[c + 272];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 304];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 336];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 368];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 400];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 432];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 464];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 496];
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
                                const float xv = xr[c + 288];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 352];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 416];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + 256, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + 272, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + 288, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + 304, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + 320, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + 336, a2_1);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + 352, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + 368, a3_1);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + 384, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + 400, a4_1);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + 416, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + 432, a5_1);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + 448, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + 464, a6_1);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + 480, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + 496, a7_1);
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
                    const int ih = oh * 2 + kh;
                    if (ih >= 32) continue;
                    const float *xr = input + ih * 512 + q * 32;
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

            for (int q = 6; q < 11; q += 5)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 32) continue;
                    const float *xr = input + ih * 512 + q * 32;
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
                            {
                                const float xv = xr[c + 128];
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
                            {
                                const float xv = xr[c + 160];
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

            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 32) continue;
                    const float *xr = input + ih * 512;
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
                    {   /* tap kw = 1 */
                        const float *w = wr + fh + 512;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 32) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 368];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 400];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 432];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 464];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 496];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3 */
                        const float *w = wr + fh + 1024;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 32) {
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
                CG_STORE(cg_v8, y_row + fh + 352, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + fh + 360, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + fh + 384, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + fh + 392, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + fh + 416, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + fh + 424, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + fh + 448, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + fh + 456, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + fh + 480, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + fh + 488, a4_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_ic_resnet8_layer10;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 512;
        {   /* block 0: 32 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 32; f0 += 4) {
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
                        const float *xr = input + ih * 512 + q * 32;
                        const float *wr = wf + kh * 1536 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 16; ++c, w += 32) {
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
                                {
                                    const float xv = xk[c + 160];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *xk = xr + 16;
                            const float *w = wr + 512;
                            for (int c = 0; c < 16; ++c, w += 32) {
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
                                {
                                    const float xv = xk[c + 160];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *xk = xr + 32;
                            const float *w = wr + 1024;
                            for (int c = 0; c < 16; ++c, w += 32) {
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
                                {
                                    const float xv = xk[c + 160];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
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
                        const float *xr = input + ih * 512 + q * 32;
                        const float *wr = wf + kh * 1536 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 16; ++c, w += 32) {
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
                            const float *xk = xr + 16;
                            const float *w = wr + 512;
                            for (int c = 0; c < 16; ++c, w += 32) {
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
                            const float *xk = xr + 32;
                            const float *w = wr + 1024;
                            for (int c = 0; c < 16; ++c, w += 32) {
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
                        const float *xr = input + ih * 512;
                        const float *wr = wf + kh * 1536 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 16; ++c, w += 32) {
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
                        {   /* tap kw = 1 */
                            const float *w = wr + 512;
                            for (int c = 0; c < 16; ++c, w += 32) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 368];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 400];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 432];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 464];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 496];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2, 3 */
                            const float *w = wr + 1024;
                            for (int c = 0; c < 16; ++c, w += 32) {
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
                    y_row[f0 + 352] = cg_relu(a0_0);
                    y_row[f0 + 353] = cg_relu(a0_1);
                    y_row[f0 + 354] = cg_relu(a0_2);
                    y_row[f0 + 355] = cg_relu(a0_3);
                    y_row[f0 + 384] = cg_relu(a1_0);
                    y_row[f0 + 385] = cg_relu(a1_1);
                    y_row[f0 + 386] = cg_relu(a1_2);
                    y_row[f0 + 387] = cg_relu(a1_3);
                    y_row[f0 + 416] = cg_relu(a2_0);
                    y_row[f0 + 417] = cg_relu(a2_1);
                    y_row[f0 + 418] = cg_relu(a2_2);
                    y_row[f0 + 419] = cg_relu(a2_3);
                    y_row[f0 + 448] = cg_relu(a3_0);
                    y_row[f0 + 449] = cg_relu(a3_1);
                    y_row[f0 + 450] = cg_relu(a3_2);
                    y_row[f0 + 451] = cg_relu(a3_3);
                    y_row[f0 + 480] = cg_relu(a4_0);
                    y_row[f0 + 481] = cg_relu(a4_1);
                    y_row[f0 + 482] = cg_relu(a4_2);
                    y_row[f0 + 483] = cg_relu(a4_3);
}
            }
        }
    }
#endif
    return 0;
}

/* s2_shortcut (Conv2D) 32x32x16 -> 16x16x32
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x32x32x16: strides n=16384 c=1 d=16384 h=512 w=16
 *   output 1x16x16x32: strides n=8192 c=1 d=8192 h=512 w=32
 *   weights [1][1][1][1][16][32], bias [1][32] at 512
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_ic_resnet8_layer14(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_linear(t[f]);
}

static int ic_resnet8_layer14(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 512;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_ic_resnet8_layer14;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 512;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 16) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 16; q += 8)
            {   /* 8 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias), a0_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias), a1_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias), a2_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias), a3_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias), a4_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias), a5_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias), a6_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias), a7_1 = CG_LOAD(cg_v16, bias + 16);
                const int ih = oh * 2;
                const float *xr = input + ih * 512 + q * 32;
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
                CG_STORE(cg_v16, y_row + q * 32, a0_0);
                CG_STORE(cg_v16, y_row + q * 32 + 16, a0_1);
                CG_STORE(cg_v16, y_row + q * 32 + 32, a1_0);
                CG_STORE(cg_v16, y_row + q * 32 + 48, a1_1);
                CG_STORE(cg_v16, y_row + q * 32 + 64, a2_0);
                CG_STORE(cg_v16, y_row + q * 32 + 80, a2_1);
                CG_STORE(cg_v16, y_row + q * 32 + 96, a3_0);
                CG_STORE(cg_v16, y_row + q * 32 + 112, a3_1);
                CG_STORE(cg_v16, y_row + q * 32 + 128, a4_0);
                CG_STORE(cg_v16, y_row + q * 32 + 144, a4_1);
                CG_STORE(cg_v16, y_row + q * 32 + 160, a5_0);
                CG_STORE(cg_v16, y_row + q * 32 + 176, a5_1);
                CG_STORE(cg_v16, y_row + q * 32 + 192, a6_0);
                CG_STORE(cg_v16, y_row + q * 32 + 208, a6_1);
                CG_STORE(cg_v16, y_row + q * 32 + 224, a7_0);
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
                const int ih = oh * 2;
                const float *xr = input + ih * 512 + q * 32;
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
                CG_STORE(cg_v8, y_row + q * 32 + fh, a0_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 8, a0_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 32, a1_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 40, a1_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 64, a2_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 72, a2_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 96, a3_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 104, a3_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 128, a4_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 136, a4_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 160, a5_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 168, a5_1);
            }

            for (int q = 6; q < 16; q += 5)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const int ih = oh * 2;
                const float *xr = input + ih * 512 + q * 32;
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
                CG_STORE(cg_v8, y_row + q * 32 + fh, a0_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 8, a0_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 32, a1_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 40, a1_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 64, a2_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 72, a2_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 96, a3_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 104, a3_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 128, a4_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 136, a4_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_ic_resnet8_layer14;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 512;
        {   /* block 0: 32 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [0, 16) */
                for (int q = 0; q < 6; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const int ih = oh * 2;
                    const float *xr = input + ih * 512 + q * 32;
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
                    y_row[q * 32 + f0] = cg_linear(a0_0);
                    y_row[q * 32 + f0 + 1] = cg_linear(a0_1);
                    y_row[q * 32 + f0 + 2] = cg_linear(a0_2);
                    y_row[q * 32 + f0 + 3] = cg_linear(a0_3);
                    y_row[q * 32 + f0 + 32] = cg_linear(a1_0);
                    y_row[q * 32 + f0 + 33] = cg_linear(a1_1);
                    y_row[q * 32 + f0 + 34] = cg_linear(a1_2);
                    y_row[q * 32 + f0 + 35] = cg_linear(a1_3);
                    y_row[q * 32 + f0 + 64] = cg_linear(a2_0);
                    y_row[q * 32 + f0 + 65] = cg_linear(a2_1);
                    y_row[q * 32 + f0 + 66] = cg_linear(a2_2);
                    y_row[q * 32 + f0 + 67] = cg_linear(a2_3);
                    y_row[q * 32 + f0 + 96] = cg_linear(a3_0);
                    y_row[q * 32 + f0 + 97] = cg_linear(a3_1);
                    y_row[q * 32 + f0 + 98] = cg_linear(a3_2);
                    y_row[q * 32 + f0 + 99] = cg_linear(a3_3);
                    y_row[q * 32 + f0 + 128] = cg_linear(a4_0);
                    y_row[q * 32 + f0 + 129] = cg_linear(a4_1);
                    y_row[q * 32 + f0 + 130] = cg_linear(a4_2);
                    y_row[q * 32 + f0 + 131] = cg_linear(a4_3);
                    y_row[q * 32 + f0 + 160] = cg_linear(a5_0);
                    y_row[q * 32 + f0 + 161] = cg_linear(a5_1);
                    y_row[q * 32 + f0 + 162] = cg_linear(a5_2);
                    y_row[q * 32 + f0 + 163] = cg_linear(a5_3);
}
                for (int q = 6; q < 16; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const int ih = oh * 2;
                    const float *xr = input + ih * 512 + q * 32;
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
                        }
                    }
                    y_row[q * 32 + f0] = cg_linear(a0_0);
                    y_row[q * 32 + f0 + 1] = cg_linear(a0_1);
                    y_row[q * 32 + f0 + 2] = cg_linear(a0_2);
                    y_row[q * 32 + f0 + 3] = cg_linear(a0_3);
                    y_row[q * 32 + f0 + 32] = cg_linear(a1_0);
                    y_row[q * 32 + f0 + 33] = cg_linear(a1_1);
                    y_row[q * 32 + f0 + 34] = cg_linear(a1_2);
                    y_row[q * 32 + f0 + 35] = cg_linear(a1_3);
                    y_row[q * 32 + f0 + 64] = cg_linear(a2_0);
                    y_row[q * 32 + f0 + 65] = cg_linear(a2_1);
                    y_row[q * 32 + f0 + 66] = cg_linear(a2_2);
                    y_row[q * 32 + f0 + 67] = cg_linear(a2_3);
                    y_row[q * 32 + f0 + 96] = cg_linear(a3_0);
                    y_row[q * 32 + f0 + 97] = cg_linear(a3_1);
                    y_row[q * 32 + f0 + 98] = cg_linear(a3_2);
                    y_row[q * 32 + f0 + 99] = cg_linear(a3_3);
                    y_row[q * 32 + f0 + 128] = cg_linear(a4_0);
                    y_row[q * 32 + f0 + 129] = cg_linear(a4_1);
                    y_row[q * 32 + f0 + 130] = cg_linear(a4_2);
                    y_row[q * 32 + f0 + 131] = cg_linear(a4_3);
}
            }
        }
    }
#endif
    return 0;
}

/* s2_conv2 (Conv2D) 16x16x32 -> 16x16x32; s2_bn2 (BatchNormalization) folded into its weights; s2_add (Add) fused into its store, adding s2_shortcut, then s2_relu (Activation) applied to the sum
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x16x16x32: strides n=8192 c=1 d=8192 h=512 w=32
 *   output 1x16x16x32: strides n=8192 c=1 d=8192 h=512 w=32
 *   weights [1][1][3][3][32][32], bias [1][32] at 9216
 *   padding before (d, h, w) = (0, 1, 1)
 *   columns: 1 group(s) of register tiles (2 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_ic_resnet8_layer13(float *out, const float *t, int nf, const float *r)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(cg_linear(t[f]) + r[f]);
}

static int ic_resnet8_layer13(const float *input, const float *weights, float *output,
                              float *workspace, const float *residual)
{
    const float *bias = weights + 9216;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_ic_resnet8_layer13;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 512;
        const float *r_row = residual + oh * 512;
        {
            const float *wf = weights;
            /* columns q: interior for q in [1, 15) */
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
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 16) continue;
                    const float *xr = input + ih * 512;
                    const float *wr = wf + kh * 3072;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
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
                            {
                                const float xv = xr[c + 160];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a7_0 += w0 * xv;
                                a7_1 += w1 * xv;
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
                    {   /* tap kw = 2 */
                        const float *w = wr + 2048;
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
                        }
                    }
                }
                a0_0 += CG_LOAD(cg_v16, r_row);
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row, a0_0);
                a0_1 += CG_LOAD(cg_v16, r_row + 16);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + 16, a0_1);
                a1_0 += CG_LOAD(cg_v16, r_row + 32);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + 32, a1_0);
                a1_1 += CG_LOAD(cg_v16, r_row + 48);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + 48, a1_1);
                a2_0 += CG_LOAD(cg_v16, r_row + 64);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + 64, a2_0);
                a2_1 += CG_LOAD(cg_v16, r_row + 80);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + 80, a2_1);
                a3_0 += CG_LOAD(cg_v16, r_row + 96);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + 96, a3_0);
                a3_1 += CG_LOAD(cg_v16, r_row + 112);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + 112, a3_1);
                a4_0 += CG_LOAD(cg_v16, r_row + 128);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + 128, a4_0);
                a4_1 += CG_LOAD(cg_v16, r_row + 144);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + 144, a4_1);
                a5_0 += CG_LOAD(cg_v16, r_row + 160);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + 160, a5_0);
                a5_1 += CG_LOAD(cg_v16, r_row + 176);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + 176, a5_1);
                a6_0 += CG_LOAD(cg_v16, r_row + 192);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + 192, a6_0);
                a6_1 += CG_LOAD(cg_v16, r_row + 208);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + 208, a6_1);
                a7_0 += CG_LOAD(cg_v16, r_row + 224);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + 224, a7_0);
                a7_1 += CG_LOAD(cg_v16, r_row + 240);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + 240, a7_1);
            }

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
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 16) continue;
                    const float *xr = input + ih * 512;
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
                                const float xv = xr[c + 224];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 288];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 352];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 416];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a7_0 += w0 * xv;
                                a7_1 += w1 * xv;
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
                                const float xv = xr[c + 256];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 288];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 352];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 416];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
                                a7_0 += w0 * xv;
                                a7_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5, 6 */
                        const float *w = wr + 2048;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                            {
                                const float xv = xr[c + 288];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 352];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 416];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                        }
                    }
                }
                a0_0 += CG_LOAD(cg_v16, r_row + 256);
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + 256, a0_0);
                a0_1 += CG_LOAD(cg_v16, r_row + 272);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + 272, a0_1);
                a1_0 += CG_LOAD(cg_v16, r_row + 288);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + 288, a1_0);
                a1_1 += CG_LOAD(cg_v16, r_row + 304);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + 304, a1_1);
                a2_0 += CG_LOAD(cg_v16, r_row + 320);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + 320, a2_0);
                a2_1 += CG_LOAD(cg_v16, r_row + 336);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + 336, a2_1);
                a3_0 += CG_LOAD(cg_v16, r_row + 352);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + 352, a3_0);
                a3_1 += CG_LOAD(cg_v16, r_row + 368);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + 368, a3_1);
                a4_0 += CG_LOAD(cg_v16, r_row + 384);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + 384, a4_0);
                a4_1 += CG_LOAD(cg_v16, r_row + 400);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + 400, a4_1);
                a5_0 += CG_LOAD(cg_v16, r_row + 416);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + 416, a5_0);
                a5_1 += CG_LOAD(cg_v16, r_row + 432);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + 432, a5_1);
                a6_0 += CG_LOAD(cg_v16, r_row + 448);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + 448, a6_0);
                a6_1 += CG_LOAD(cg_v16, r_row + 464);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + 464, a6_1);
                a7_0 += CG_LOAD(cg_v16, r_row + 480);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + 480, a7_0);
                a7_1 += CG_LOAD(cg_v16, r_row + 496);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + 496, a7_1);
            }


#else
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fh), a5_1 = CG_LOAD(cg_v8, bias + fh + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 16) continue;
                    const float *xr = input + ih * 512;
                    const float *wr = wf + kh * 3072;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5 */
                        const float *w = wr + fh;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 32) {
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
                        const float *w = wr + fh + 1024;
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
                    {   /* tap kw = 2 */
                        const float *w = wr + fh + 2048;
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
                            {
                                const float xv = xr[c + 192];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                        }
                    }
                }
                a0_0 += CG_LOAD(cg_v8, r_row + fh);
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + fh, a0_0);
                a0_1 += CG_LOAD(cg_v8, r_row + fh + 8);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + fh + 8, a0_1);
                a1_0 += CG_LOAD(cg_v8, r_row + fh + 32);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + fh + 32, a1_0);
                a1_1 += CG_LOAD(cg_v8, r_row + fh + 40);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + fh + 40, a1_1);
                a2_0 += CG_LOAD(cg_v8, r_row + fh + 64);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + fh + 64, a2_0);
                a2_1 += CG_LOAD(cg_v8, r_row + fh + 72);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + fh + 72, a2_1);
                a3_0 += CG_LOAD(cg_v8, r_row + fh + 96);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + fh + 96, a3_0);
                a3_1 += CG_LOAD(cg_v8, r_row + fh + 104);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + fh + 104, a3_1);
                a4_0 += CG_LOAD(cg_v8, r_row + fh + 128);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + fh + 128, a4_0);
                a4_1 += CG_LOAD(cg_v8, r_row + fh + 136);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + fh + 136, a4_1);
                a5_0 += CG_LOAD(cg_v8, r_row + fh + 160);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + fh + 160, a5_0);
                a5_1 += CG_LOAD(cg_v8, r_row + fh + 168);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + fh + 168, a5_1);
            }

            for (int q = 6; q < 11; q += 5)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 16) continue;
                    const float *xr = input + ih * 512 + q * 32;
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
                        const float *w = wr + fh + 1024;
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
                    {   /* tap kw = 2 */
                        const float *w = wr + fh + 2048;
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
                }
                a0_0 += CG_LOAD(cg_v8, r_row + q * 32 + fh);
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh, a0_0);
                a0_1 += CG_LOAD(cg_v8, r_row + q * 32 + fh + 8);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 8, a0_1);
                a1_0 += CG_LOAD(cg_v8, r_row + q * 32 + fh + 32);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 32, a1_0);
                a1_1 += CG_LOAD(cg_v8, r_row + q * 32 + fh + 40);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 40, a1_1);
                a2_0 += CG_LOAD(cg_v8, r_row + q * 32 + fh + 64);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 64, a2_0);
                a2_1 += CG_LOAD(cg_v8, r_row + q * 32 + fh + 72);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 72, a2_1);
                a3_0 += CG_LOAD(cg_v8, r_row + q * 32 + fh + 96);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 96, a3_0);
                a3_1 += CG_LOAD(cg_v8, r_row + q * 32 + fh + 104);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 104, a3_1);
                a4_0 += CG_LOAD(cg_v8, r_row + q * 32 + fh + 128);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 128, a4_0);
                a4_1 += CG_LOAD(cg_v8, r_row + q * 32 + fh + 136);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 136, a4_1);
            }

            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 16) continue;
                    const float *xr = input + ih * 512;
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
                        const float *w = wr + fh + 1024;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 32) {
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
                        const float *w = wr + fh + 2048;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 32) {
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
                a0_0 += CG_LOAD(cg_v8, r_row + fh + 352);
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + fh + 352, a0_0);
                a0_1 += CG_LOAD(cg_v8, r_row + fh + 360);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + fh + 360, a0_1);
                a1_0 += CG_LOAD(cg_v8, r_row + fh + 384);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + fh + 384, a1_0);
                a1_1 += CG_LOAD(cg_v8, r_row + fh + 392);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + fh + 392, a1_1);
                a2_0 += CG_LOAD(cg_v8, r_row + fh + 416);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + fh + 416, a2_0);
                a2_1 += CG_LOAD(cg_v8, r_row + fh + 424);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + fh + 424, a2_1);
                a3_0 += CG_LOAD(cg_v8, r_row + fh + 448);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + fh + 448, a3_0);
                a3_1 += CG_LOAD(cg_v8, r_row + fh + 456);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + fh + 456, a3_1);
                a4_0 += CG_LOAD(cg_v8, r_row + fh + 480);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + fh + 480, a4_0);
                a4_1 += CG_LOAD(cg_v8, r_row + fh + 488);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + fh + 488, a4_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_ic_resnet8_layer13;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 512;
        const float *r_row = residual + oh * 512;
        {   /* block 0: 32 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 32; f0 += 4) {
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
                        const float *wr = wf + kh * 3072 + f0;
                        {   /* tap kw = 0, pixels 1, 2, 3, 4, 5 */
                            const float *w = wr;
                            for (int c = 0; c < 32; ++c, w += 32) {
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
                            const float *w = wr + 1024;
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
                        {   /* tap kw = 2 */
                            const float *w = wr + 2048;
                            for (int c = 0; c < 32; ++c, w += 32) {
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
                    y_row[f0] = cg_relu(cg_linear(a0_0) + r_row[f0]);
                    y_row[f0 + 1] = cg_relu(cg_linear(a0_1) + r_row[f0 + 1]);
                    y_row[f0 + 2] = cg_relu(cg_linear(a0_2) + r_row[f0 + 2]);
                    y_row[f0 + 3] = cg_relu(cg_linear(a0_3) + r_row[f0 + 3]);
                    y_row[f0 + 32] = cg_relu(cg_linear(a1_0) + r_row[f0 + 32]);
                    y_row[f0 + 33] = cg_relu(cg_linear(a1_1) + r_row[f0 + 33]);
                    y_row[f0 + 34] = cg_relu(cg_linear(a1_2) + r_row[f0 + 34]);
                    y_row[f0 + 35] = cg_relu(cg_linear(a1_3) + r_row[f0 + 35]);
                    y_row[f0 + 64] = cg_relu(cg_linear(a2_0) + r_row[f0 + 64]);
                    y_row[f0 + 65] = cg_relu(cg_linear(a2_1) + r_row[f0 + 65]);
                    y_row[f0 + 66] = cg_relu(cg_linear(a2_2) + r_row[f0 + 66]);
                    y_row[f0 + 67] = cg_relu(cg_linear(a2_3) + r_row[f0 + 67]);
                    y_row[f0 + 96] = cg_relu(cg_linear(a3_0) + r_row[f0 + 96]);
                    y_row[f0 + 97] = cg_relu(cg_linear(a3_1) + r_row[f0 + 97]);
                    y_row[f0 + 98] = cg_relu(cg_linear(a3_2) + r_row[f0 + 98]);
                    y_row[f0 + 99] = cg_relu(cg_linear(a3_3) + r_row[f0 + 99]);
                    y_row[f0 + 128] = cg_relu(cg_linear(a4_0) + r_row[f0 + 128]);
                    y_row[f0 + 129] = cg_relu(cg_linear(a4_1) + r_row[f0 + 129]);
                    y_row[f0 + 130] = cg_relu(cg_linear(a4_2) + r_row[f0 + 130]);
                    y_row[f0 + 131] = cg_relu(cg_linear(a4_3) + r_row[f0 + 131]);
                    y_row[f0 + 160] = cg_relu(cg_linear(a5_0) + r_row[f0 + 160]);
                    y_row[f0 + 161] = cg_relu(cg_linear(a5_1) + r_row[f0 + 161]);
                    y_row[f0 + 162] = cg_relu(cg_linear(a5_2) + r_row[f0 + 162]);
                    y_row[f0 + 163] = cg_relu(cg_linear(a5_3) + r_row[f0 + 163]);
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
                        const float *wr = wf + kh * 3072 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 32; ++c, w += 32) {
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
                            const float *w = wr + 1024;
                            for (int c = 0; c < 32; ++c, w += 32) {
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
                            const float *w = wr + 2048;
                            for (int c = 0; c < 32; ++c, w += 32) {
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
                    y_row[q * 32 + f0] = cg_relu(cg_linear(a0_0) + r_row[q * 32 + f0]);
                    y_row[q * 32 + f0 + 1] = cg_relu(cg_linear(a0_1) + r_row[q * 32 + f0 + 1]);
                    y_row[q * 32 + f0 + 2] = cg_relu(cg_linear(a0_2) + r_row[q * 32 + f0 + 2]);
                    y_row[q * 32 + f0 + 3] = cg_relu(cg_linear(a0_3) + r_row[q * 32 + f0 + 3]);
                    y_row[q * 32 + f0 + 32] = cg_relu(cg_linear(a1_0) + r_row[q * 32 + f0 + 32]);
                    y_row[q * 32 + f0 + 33] = cg_relu(cg_linear(a1_1) + r_row[q * 32 + f0 + 33]);
                    y_row[q * 32 + f0 + 34] = cg_relu(cg_linear(a1_2) + r_row[q * 32 + f0 + 34]);
                    y_row[q * 32 + f0 + 35] = cg_relu(cg_linear(a1_3) + r_row[q * 32 + f0 + 35]);
                    y_row[q * 32 + f0 + 64] = cg_relu(cg_linear(a2_0) + r_row[q * 32 + f0 + 64]);
                    y_row[q * 32 + f0 + 65] = cg_relu(cg_linear(a2_1) + r_row[q * 32 + f0 + 65]);
                    y_row[q * 32 + f0 + 66] = cg_relu(cg_linear(a2_2) + r_row[q * 32 + f0 + 66]);
                    y_row[q * 32 + f0 + 67] = cg_relu(cg_linear(a2_3) + r_row[q * 32 + f0 + 67]);
                    y_row[q * 32 + f0 + 96] = cg_relu(cg_linear(a3_0) + r_row[q * 32 + f0 + 96]);
                    y_row[q * 32 + f0 + 97] = cg_relu(cg_linear(a3_1) + r_row[q * 32 + f0 + 97]);
                    y_row[q * 32 + f0 + 98] = cg_relu(cg_linear(a3_2) + r_row[q * 32 + f0 + 98]);
                    y_row[q * 32 + f0 + 99] = cg_relu(cg_linear(a3_3) + r_row[q * 32 + f0 + 99]);
                    y_row[q * 32 + f0 + 128] = cg_relu(cg_linear(a4_0) + r_row[q * 32 + f0 + 128]);
                    y_row[q * 32 + f0 + 129] = cg_relu(cg_linear(a4_1) + r_row[q * 32 + f0 + 129]);
                    y_row[q * 32 + f0 + 130] = cg_relu(cg_linear(a4_2) + r_row[q * 32 + f0 + 130]);
                    y_row[q * 32 + f0 + 131] = cg_relu(cg_linear(a4_3) + r_row[q * 32 + f0 + 131]);
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
                        const float *wr = wf + kh * 3072 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 32; ++c, w += 32) {
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
                            const float *w = wr + 1024;
                            for (int c = 0; c < 32; ++c, w += 32) {
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
                            const float *w = wr + 2048;
                            for (int c = 0; c < 32; ++c, w += 32) {
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
                    y_row[f0 + 352] = cg_relu(cg_linear(a0_0) + r_row[f0 + 352]);
                    y_row[f0 + 353] = cg_relu(cg_linear(a0_1) + r_row[f0 + 353]);
                    y_row[f0 + 354] = cg_relu(cg_linear(a0_2) + r_row[f0 + 354]);
                    y_row[f0 + 355] = cg_relu(cg_linear(a0_3) + r_row[f0 + 355]);
                    y_row[f0 + 384] = cg_relu(cg_linear(a1_0) + r_row[f0 + 384]);
                    y_row[f0 + 385] = cg_relu(cg_linear(a1_1) + r_row[f0 + 385]);
                    y_row[f0 + 386] = cg_relu(cg_linear(a1_2) + r_row[f0 + 386]);
                    y_row[f0 + 387] = cg_relu(cg_linear(a1_3) + r_row[f0 + 387]);
                    y_row[f0 + 416] = cg_relu(cg_linear(a2_0) + r_row[f0 + 416]);
                    y_row[f0 + 417] = cg_relu(cg_linear(a2_1) + r_row[f0 + 417]);
                    y_row[f0 + 418] = cg_relu(cg_linear(a2_2) + r_row[f0 + 418]);
                    y_row[f0 + 419] = cg_relu(cg_linear(a2_3) + r_row[f0 + 419]);
                    y_row[f0 + 448] = cg_relu(cg_linear(a3_0) + r_row[f0 + 448]);
                    y_row[f0 + 449] = cg_relu(cg_linear(a3_1) + r_row[f0 + 449]);
                    y_row[f0 + 450] = cg_relu(cg_linear(a3_2) + r_row[f0 + 450]);
                    y_row[f0 + 451] = cg_relu(cg_linear(a3_3) + r_row[f0 + 451]);
                    y_row[f0 + 480] = cg_relu(cg_linear(a4_0) + r_row[f0 + 480]);
                    y_row[f0 + 481] = cg_relu(cg_linear(a4_1) + r_row[f0 + 481]);
                    y_row[f0 + 482] = cg_relu(cg_linear(a4_2) + r_row[f0 + 482]);
                    y_row[f0 + 483] = cg_relu(cg_linear(a4_3) + r_row[f0 + 483]);
}
            }
        }
    }
#endif
    return 0;
}

/* s3_conv1 (Conv2D) 16x16x32 -> 8x8x64; s3_bn1 (BatchNormalization) folded into its weights; s3_relu1 (Activation) applied in its store
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x16x16x32: strides n=8192 c=1 d=8192 h=512 w=32
 *   output 1x8x8x64: strides n=4096 c=1 d=4096 h=512 w=64
 *   weights [2][1][3][3][32][32], bias [2][32] at 18432
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_ic_resnet8_layer18(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int ic_resnet8_layer18(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 18432;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_ic_resnet8_layer18;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR(collapse(2))
    for (int fb = 0; fb < 2; ++fb)
    for (int oh = 0; oh < 8; ++oh) {
        float *y_row = y + oh * 512;
        {
            const float *wf = weights + fb * 9216;
            /* columns q: interior for q in [0, 7) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 8 output pixel(s) x 32 filters in 2 cg_v16: an edge tile, each tap only where its column exists */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 16) continue;
                    const float *xr = input + ih * 512;
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
                                const float xv = xr[c + 96];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 224];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 288];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 352];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 416];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
                                a7_0 += w0 * xv;
                                a7_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5, 6 */
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
                                const float xv = xr[c + 128];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
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
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 320, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 336, a5_1);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 384, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 400, a6_1);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 448, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 464, a7_1);
            }


#else
            for (int q = 0; q < 4; q += 4)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 4 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 16) continue;
                    const float *xr = input + ih * 512 + q * 64;
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
                                const float xv = xr[c + 96];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
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
                                const float xv = xr[c + 128];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
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
            }

            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 4 output pixel(s) x 16 filters from fh in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 16) continue;
                    const float *xr = input + ih * 512;
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
                                const float xv = xr[c + 256];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
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
                                const float xv = xr[c + 288];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 352];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 416];
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
                    {   /* tap kw = 2, pixels 0, 1, 2 */
                        const float *w = wr + fh + 2048;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 320];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 256, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 264, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 320, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 328, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 384, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 392, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 448, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 456, a3_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_ic_resnet8_layer18;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 8; ++oh) {
        float *y_row = y + oh * 512;
        for (int fb = 0; fb < 2; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 9216;
            for (int f0 = 0; f0 < 12; f0 += 6) {
                /* columns q: interior for q in [0, 7) */
                for (int q = 0; q < 4; q += 4)
                {   /* 4 pixel(s) x 6 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3], b4 = bias[fb * 32 + f0 + 4], b5 = bias[fb * 32 + f0 + 5];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4, a2_5 = b5;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4, a3_5 = b5;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh;
                        if (ih >= 16) continue;
                        const float *xr = input + ih * 512 + q * 64;
                        const float *wr = wf + kh * 3072 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 32; ++c, w += 32) {
                                const float x0 = xk[c], x1 = xk[c + 64], x2 = xk[c + 128], x3 = xk[c + 192];
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
                            const float *xk = xr + 32;
                            const float *w = wr + 1024;
                            for (int c = 0; c < 32; ++c, w += 32) {
                                const float x0 = xk[c], x1 = xk[c + 64], x2 = xk[c + 128], x3 = xk[c + 192];
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
                            const float *xk = xr + 64;
                            const float *w = wr + 2048;
                            for (int c = 0; c < 32; ++c, w += 32) {
                                const float x0 = xk[c], x1 = xk[c + 64], x2 = xk[c + 128], x3 = xk[c + 192];
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
                    y_row[q * 64 + fb * 32 + f0] = cg_relu(a0_0);
                    y_row[q * 64 + fb * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 64 + fb * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 64 + fb * 32 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 64 + fb * 32 + f0 + 4] = cg_relu(a0_4);
                    y_row[q * 64 + fb * 32 + f0 + 5] = cg_relu(a0_5);
                    y_row[q * 64 + fb * 32 + f0 + 64] = cg_relu(a1_0);
                    y_row[q * 64 + fb * 32 + f0 + 65] = cg_relu(a1_1);
                    y_row[q * 64 + fb * 32 + f0 + 66] = cg_relu(a1_2);
                    y_row[q * 64 + fb * 32 + f0 + 67] = cg_relu(a1_3);
                    y_row[q * 64 + fb * 32 + f0 + 68] = cg_relu(a1_4);
                    y_row[q * 64 + fb * 32 + f0 + 69] = cg_relu(a1_5);
                    y_row[q * 64 + fb * 32 + f0 + 128] = cg_relu(a2_0);
                    y_row[q * 64 + fb * 32 + f0 + 129] = cg_relu(a2_1);
                    y_row[q * 64 + fb * 32 + f0 + 130] = cg_relu(a2_2);
                    y_row[q * 64 + fb * 32 + f0 + 131] = cg_relu(a2_3);
                    y_row[q * 64 + fb * 32 + f0 + 132] = cg_relu(a2_4);
                    y_row[q * 64 + fb * 32 + f0 + 133] = cg_relu(a2_5);
                    y_row[q * 64 + fb * 32 + f0 + 192] = cg_relu(a3_0);
                    y_row[q * 64 + fb * 32 + f0 + 193] = cg_relu(a3_1);
                    y_row[q * 64 + fb * 32 + f0 + 194] = cg_relu(a3_2);
                    y_row[q * 64 + fb * 32 + f0 + 195] = cg_relu(a3_3);
                    y_row[q * 64 + fb * 32 + f0 + 196] = cg_relu(a3_4);
                    y_row[q * 64 + fb * 32 + f0 + 197] = cg_relu(a3_5);
}
                {   /* 4 pixel(s) x 6 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3], b4 = bias[fb * 32 + f0 + 4], b5 = bias[fb * 32 + f0 + 5];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4, a2_5 = b5;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4, a3_5 = b5;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh;
                        if (ih >= 16) continue;
                        const float *xr = input + ih * 512;
                        const float *wr = wf + kh * 3072 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 32; ++c, w += 32) {
                                const float x0 = xr[c + 256], x1 = xr[c + 320], x2 = xr[c + 384], x3 = xr[c + 448];
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
                            const float *w = wr + 1024;
                            for (int c = 0; c < 32; ++c, w += 32) {
                                const float x0 = xr[c + 288], x1 = xr[c + 352], x2 = xr[c + 416], x3 = xr[c + 480];
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
                            const float *w = wr + 2048;
                            for (int c = 0; c < 32; ++c, w += 32) {
                                const float x0 = xr[c + 320], x1 = xr[c + 384], x2 = xr[c + 448];
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
                    y_row[fb * 32 + f0 + 256] = cg_relu(a0_0);
                    y_row[fb * 32 + f0 + 257] = cg_relu(a0_1);
                    y_row[fb * 32 + f0 + 258] = cg_relu(a0_2);
                    y_row[fb * 32 + f0 + 259] = cg_relu(a0_3);
                    y_row[fb * 32 + f0 + 260] = cg_relu(a0_4);
                    y_row[fb * 32 + f0 + 261] = cg_relu(a0_5);
                    y_row[fb * 32 + f0 + 320] = cg_relu(a1_0);
                    y_row[fb * 32 + f0 + 321] = cg_relu(a1_1);
                    y_row[fb * 32 + f0 + 322] = cg_relu(a1_2);
                    y_row[fb * 32 + f0 + 323] = cg_relu(a1_3);
                    y_row[fb * 32 + f0 + 324] = cg_relu(a1_4);
                    y_row[fb * 32 + f0 + 325] = cg_relu(a1_5);
                    y_row[fb * 32 + f0 + 384] = cg_relu(a2_0);
                    y_row[fb * 32 + f0 + 385] = cg_relu(a2_1);
                    y_row[fb * 32 + f0 + 386] = cg_relu(a2_2);
                    y_row[fb * 32 + f0 + 387] = cg_relu(a2_3);
                    y_row[fb * 32 + f0 + 388] = cg_relu(a2_4);
                    y_row[fb * 32 + f0 + 389] = cg_relu(a2_5);
                    y_row[fb * 32 + f0 + 448] = cg_relu(a3_0);
                    y_row[fb * 32 + f0 + 449] = cg_relu(a3_1);
                    y_row[fb * 32 + f0 + 450] = cg_relu(a3_2);
                    y_row[fb * 32 + f0 + 451] = cg_relu(a3_3);
                    y_row[fb * 32 + f0 + 452] = cg_relu(a3_4);
                    y_row[fb * 32 + f0 + 453] = cg_relu(a3_5);
}
            }
            for (int f0 = 12; f0 < 32; f0 += 5) {
                /* columns q: interior for q in [0, 7) */
                for (int q = 0; q < 4; q += 4)
                {   /* 4 pixel(s) x 5 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3], b4 = bias[fb * 32 + f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh;
                        if (ih >= 16) continue;
                        const float *xr = input + ih * 512 + q * 64;
                        const float *wr = wf + kh * 3072 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 32; ++c, w += 32) {
                                const float x0 = xk[c], x1 = xk[c + 64], x2 = xk[c + 128], x3 = xk[c + 192];
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
                            const float *xk = xr + 32;
                            const float *w = wr + 1024;
                            for (int c = 0; c < 32; ++c, w += 32) {
                                const float x0 = xk[c], x1 = xk[c + 64], x2 = xk[c + 128], x3 = xk[c + 192];
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
                            const float *xk = xr + 64;
                            const float *w = wr + 2048;
                            for (int c = 0; c < 32; ++c, w += 32) {
                                const float x0 = xk[c], x1 = xk[c + 64], x2 = xk[c + 128], x3 = xk[c + 192];
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
                    y_row[q * 64 + fb * 32 + f0] = cg_relu(a0_0);
                    y_row[q * 64 + fb * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 64 + fb * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 64 + fb * 32 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 64 + fb * 32 + f0 + 4] = cg_relu(a0_4);
                    y_row[q * 64 + fb * 32 + f0 + 64] = cg_relu(a1_0);
                    y_row[q * 64 + fb * 32 + f0 + 65] = cg_relu(a1_1);
                    y_row[q * 64 + fb * 32 + f0 + 66] = cg_relu(a1_2);
                    y_row[q * 64 + fb * 32 + f0 + 67] = cg_relu(a1_3);
                    y_row[q * 64 + fb * 32 + f0 + 68] = cg_relu(a1_4);
                    y_row[q * 64 + fb * 32 + f0 + 128] = cg_relu(a2_0);
                    y_row[q * 64 + fb * 32 + f0 + 129] = cg_relu(a2_1);
                    y_row[q * 64 + fb * 32 + f0 + 130] = cg_relu(a2_2);
                    y_row[q * 64 + fb * 32 + f0 + 131] = cg_relu(a2_3);
                    y_row[q * 64 + fb * 32 + f0 + 132] = cg_relu(a2_4);
                    y_row[q * 64 + fb * 32 + f0 + 192] = cg_relu(a3_0);
                    y_row[q * 64 + fb * 32 + f0 + 193] = cg_relu(a3_1);
                    y_row[q * 64 + fb * 32 + f0 + 194] = cg_relu(a3_2);
                    y_row[q * 64 + fb * 32 + f0 + 195] = cg_relu(a3_3);
                    y_row[q * 64 + fb * 32 + f0 + 196] = cg_relu(a3_4);
}
                {   /* 4 pixel(s) x 5 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3], b4 = bias[fb * 32 + f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh;
                        if (ih >= 16) continue;
                        const float *xr = input + ih * 512;
                        const float *wr = wf + kh * 3072 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 32; ++c, w += 32) {
                                const float x0 = xr[c + 256], x1 = xr[c + 320], x2 = xr[c + 384], x3 = xr[c + 448];
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
                            const float *w = wr + 1024;
                            for (int c = 0; c < 32; ++c, w += 32) {
                                const float x0 = xr[c + 288], x1 = xr[c + 352], x2 = xr[c + 416], x3 = xr[c + 480];
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
                            const float *w = wr + 2048;
                            for (int c = 0; c < 32; ++c, w += 32) {
                                const float x0 = xr[c + 320], x1 = xr[c + 384], x2 = xr[c + 448];
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
                    y_row[fb * 32 + f0 + 256] = cg_relu(a0_0);
                    y_row[fb * 32 + f0 + 257] = cg_relu(a0_1);
                    y_row[fb * 32 + f0 + 258] = cg_relu(a0_2);
                    y_row[fb * 32 + f0 + 259] = cg_relu(a0_3);
                    y_row[fb * 32 + f0 + 260] = cg_relu(a0_4);
                    y_row[fb * 32 + f0 + 320] = cg_relu(a1_0);
                    y_row[fb * 32 + f0 + 321] = cg_relu(a1_1);
                    y_row[fb * 32 + f0 + 322] = cg_relu(a1_2);
                    y_row[fb * 32 + f0 + 323] = cg_relu(a1_3);
                    y_row[fb * 32 + f0 + 324] = cg_relu(a1_4);
                    y_row[fb * 32 + f0 + 384] = cg_relu(a2_0);
                    y_row[fb * 32 + f0 + 385] = cg_relu(a2_1);
                    y_row[fb * 32 + f0 + 386] = cg_relu(a2_2);
                    y_row[fb * 32 + f0 + 387] = cg_relu(a2_3);
                    y_row[fb * 32 + f0 + 388] = cg_relu(a2_4);
                    y_row[fb * 32 + f0 + 448] = cg_relu(a3_0);
                    y_row[fb * 32 + f0 + 449] = cg_relu(a3_1);
                    y_row[fb * 32 + f0 + 450] = cg_relu(a3_2);
                    y_row[fb * 32 + f0 + 451] = cg_relu(a3_3);
                    y_row[fb * 32 + f0 + 452] = cg_relu(a3_4);
}
            }
        }
    }
#endif
    return 0;
}

/* s3_shortcut (Conv2D) 16x16x32 -> 8x8x64
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x16x16x32: strides n=8192 c=1 d=8192 h=512 w=32
 *   output 1x8x8x64: strides n=4096 c=1 d=4096 h=512 w=64
 *   weights [2][1][1][1][32][32], bias [2][32] at 2048
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_ic_resnet8_layer22(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_linear(t[f]);
}

static int ic_resnet8_layer22(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 2048;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_ic_resnet8_layer22;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int fb = 0; fb < 2; ++fb)
    for (int oh = 0; oh < 8; ++oh) {
        float *y_row = y + oh * 512;
        {
            const float *wf = weights + fb * 1024;
            /* columns q: interior for q in [0, 8) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 8; q += 8)
            {   /* 8 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                const int ih = oh * 2;
                const float *xr = input + ih * 512 + q * 64;
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
                    }
                }
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32, a0_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 16, a0_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 64, a1_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 80, a1_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 128, a2_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 144, a2_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 192, a3_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 208, a3_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 256, a4_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 272, a4_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 320, a5_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 336, a5_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 384, a6_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 400, a6_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 448, a7_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 464, a7_1);
            }


#else
            for (int q = 0; q < 8; q += 4)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 4 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                const int ih = oh * 2;
                const float *xr = input + ih * 512 + q * 64;
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
                    }
                }
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh, a0_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 8, a0_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 64, a1_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 72, a1_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 128, a2_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 136, a2_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 192, a3_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 200, a3_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_ic_resnet8_layer22;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 8; ++oh) {
        float *y_row = y + oh * 512;
        for (int fb = 0; fb < 2; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 1024;
            for (int f0 = 0; f0 < 12; f0 += 6) {
                /* columns q: interior for q in [0, 8) */
                for (int q = 0; q < 8; q += 4)
                {   /* 4 pixel(s) x 6 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3], b4 = bias[fb * 32 + f0 + 4], b5 = bias[fb * 32 + f0 + 5];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4, a2_5 = b5;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4, a3_5 = b5;
                    const int ih = oh * 2;
                    const float *xr = input + ih * 512 + q * 64;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float x0 = xr[c], x1 = xr[c + 64], x2 = xr[c + 128], x3 = xr[c + 192];
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
                    y_row[q * 64 + fb * 32 + f0] = cg_linear(a0_0);
                    y_row[q * 64 + fb * 32 + f0 + 1] = cg_linear(a0_1);
                    y_row[q * 64 + fb * 32 + f0 + 2] = cg_linear(a0_2);
                    y_row[q * 64 + fb * 32 + f0 + 3] = cg_linear(a0_3);
                    y_row[q * 64 + fb * 32 + f0 + 4] = cg_linear(a0_4);
                    y_row[q * 64 + fb * 32 + f0 + 5] = cg_linear(a0_5);
                    y_row[q * 64 + fb * 32 + f0 + 64] = cg_linear(a1_0);
                    y_row[q * 64 + fb * 32 + f0 + 65] = cg_linear(a1_1);
                    y_row[q * 64 + fb * 32 + f0 + 66] = cg_linear(a1_2);
                    y_row[q * 64 + fb * 32 + f0 + 67] = cg_linear(a1_3);
                    y_row[q * 64 + fb * 32 + f0 + 68] = cg_linear(a1_4);
                    y_row[q * 64 + fb * 32 + f0 + 69] = cg_linear(a1_5);
                    y_row[q * 64 + fb * 32 + f0 + 128] = cg_linear(a2_0);
                    y_row[q * 64 + fb * 32 + f0 + 129] = cg_linear(a2_1);
                    y_row[q * 64 + fb * 32 + f0 + 130] = cg_linear(a2_2);
                    y_row[q * 64 + fb * 32 + f0 + 131] = cg_linear(a2_3);
                    y_row[q * 64 + fb * 32 + f0 + 132] = cg_linear(a2_4);
                    y_row[q * 64 + fb * 32 + f0 + 133] = cg_linear(a2_5);
                    y_row[q * 64 + fb * 32 + f0 + 192] = cg_linear(a3_0);
                    y_row[q * 64 + fb * 32 + f0 + 193] = cg_linear(a3_1);
                    y_row[q * 64 + fb * 32 + f0 + 194] = cg_linear(a3_2);
                    y_row[q * 64 + fb * 32 + f0 + 195] = cg_linear(a3_3);
                    y_row[q * 64 + fb * 32 + f0 + 196] = cg_linear(a3_4);
                    y_row[q * 64 + fb * 32 + f0 + 197] = cg_linear(a3_5);
}
            }
            for (int f0 = 12; f0 < 32; f0 += 5) {
                /* columns q: interior for q in [0, 8) */
                for (int q = 0; q < 8; q += 4)
                {   /* 4 pixel(s) x 5 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3], b4 = bias[fb * 32 + f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    const int ih = oh * 2;
                    const float *xr = input + ih * 512 + q * 64;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float x0 = xr[c], x1 = xr[c + 64], x2 = xr[c + 128], x3 = xr[c + 192];
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
                    y_row[q * 64 + fb * 32 + f0] = cg_linear(a0_0);
                    y_row[q * 64 + fb * 32 + f0 + 1] = cg_linear(a0_1);
                    y_row[q * 64 + fb * 32 + f0 + 2] = cg_linear(a0_2);
                    y_row[q * 64 + fb * 32 + f0 + 3] = cg_linear(a0_3);
                    y_row[q * 64 + fb * 32 + f0 + 4] = cg_linear(a0_4);
                    y_row[q * 64 + fb * 32 + f0 + 64] = cg_linear(a1_0);
                    y_row[q * 64 + fb * 32 + f0 + 65] = cg_linear(a1_1);
                    y_row[q * 64 + fb * 32 + f0 + 66] = cg_linear(a1_2);
                    y_row[q * 64 + fb * 32 + f0 + 67] = cg_linear(a1_3);
                    y_row[q * 64 + fb * 32 + f0 + 68] = cg_linear(a1_4);
                    y_row[q * 64 + fb * 32 + f0 + 128] = cg_linear(a2_0);
                    y_row[q * 64 + fb * 32 + f0 + 129] = cg_linear(a2_1);
                    y_row[q * 64 + fb * 32 + f0 + 130] = cg_linear(a2_2);
                    y_row[q * 64 + fb * 32 + f0 + 131] = cg_linear(a2_3);
                    y_row[q * 64 + fb * 32 + f0 + 132] = cg_linear(a2_4);
                    y_row[q * 64 + fb * 32 + f0 + 192] = cg_linear(a3_0);
                    y_row[q * 64 + fb * 32 + f0 + 193] = cg_linear(a3_1);
                    y_row[q * 64 + fb * 32 + f0 + 194] = cg_linear(a3_2);
                    y_row[q * 64 + fb * 32 + f0 + 195] = cg_linear(a3_3);
                    y_row[q * 64 + fb * 32 + f0 + 196] = cg_linear(a3_4);
}
            }
        }
    }
#endif
    return 0;
}

/* s3_conv2 (Conv2D) 8x8x64 -> 8x8x64; s3_bn2 (BatchNormalization) folded into its weights; s3_add (Add) fused into its store, adding s3_shortcut, then s3_relu (Activation) applied to the sum
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x8x8x64: strides n=4096 c=1 d=4096 h=512 w=64
 *   output 1x8x8x64: strides n=4096 c=1 d=4096 h=512 w=64
 *   weights [2][1][3][3][64][32], bias [2][32] at 36864
 *   padding before (d, h, w) = (0, 1, 1)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_ic_resnet8_layer21(float *out, const float *t, int nf, const float *r)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(cg_linear(t[f]) + r[f]);
}

static int ic_resnet8_layer21(const float *input, const float *weights, float *output,
                              float *workspace, const float *residual)
{
    const float *bias = weights + 36864;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_ic_resnet8_layer21;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR(collapse(2))
    for (int fb = 0; fb < 2; ++fb)
    for (int oh = 0; oh < 8; ++oh) {
        float *y_row = y + oh * 512;
        const float *r_row = residual + oh * 512;
        {
            const float *wf = weights + fb * 18432;
            /* columns q: interior for q in [1, 7) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 8 output pixel(s) x 32 filters in 2 cg_v16: an edge tile, each tap only where its column exists */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 8) continue;
                    const float *xr = input + ih * 512;
                    const float *wr = wf + kh * 6144;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 64; ++c, w += 32) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a7_0 += w0 * xv;
                                a7_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 2048;
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
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5, 6 */
                        const float *w = wr + 4096;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 64; ++c, w += 32) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                            {
                                const float xv = xr[c + 64];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                        }
                    }
                }
                a0_0 += CG_LOAD(cg_v16, r_row + fb * 32);
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + fb * 32, a0_0);
                a0_1 += CG_LOAD(cg_v16, r_row + fb * 32 + 16);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 16, a0_1);
                a1_0 += CG_LOAD(cg_v16, r_row + fb * 32 + 64);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 64, a1_0);
                a1_1 += CG_LOAD(cg_v16, r_row + fb * 32 + 80);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 80, a1_1);
                a2_0 += CG_LOAD(cg_v16, r_row + fb * 32 + 128);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 128, a2_0);
                a2_1 += CG_LOAD(cg_v16, r_row + fb * 32 + 144);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 144, a2_1);
                a3_0 += CG_LOAD(cg_v16, r_row + fb * 32 + 192);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 192, a3_0);
                a3_1 += CG_LOAD(cg_v16, r_row + fb * 32 + 208);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 208, a3_1);
                a4_0 += CG_LOAD(cg_v16, r_row + fb * 32 + 256);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 256, a4_0);
                a4_1 += CG_LOAD(cg_v16, r_row + fb * 32 + 272);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 272, a4_1);
                a5_0 += CG_LOAD(cg_v16, r_row + fb * 32 + 320);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 320, a5_0);
                a5_1 += CG_LOAD(cg_v16, r_row + fb * 32 + 336);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 336, a5_1);
                a6_0 += CG_LOAD(cg_v16, r_row + fb * 32 + 384);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 384, a6_0);
                a6_1 += CG_LOAD(cg_v16, r_row + fb * 32 + 400);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 400, a6_1);
                a7_0 += CG_LOAD(cg_v16, r_row + fb * 32 + 448);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 448, a7_0);
                a7_1 += CG_LOAD(cg_v16, r_row + fb * 32 + 464);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 464, a7_1);
            }


#else
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 4 output pixel(s) x 16 filters from fh in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 8) continue;
                    const float *xr = input + ih * 512;
                    const float *wr = wf + kh * 6144;
                    {   /* tap kw = 0, pixels 1, 2, 3 */
                        const float *w = wr + fh;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 64; ++c, w += 32) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
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
                    {   /* tap kw = 1 */
                        const float *w = wr + fh + 2048;
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
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + fh + 4096;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 64; ++c, w += 32) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 64];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                }
                a0_0 += CG_LOAD(cg_v8, r_row + fb * 32 + fh);
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh, a0_0);
                a0_1 += CG_LOAD(cg_v8, r_row + fb * 32 + fh + 8);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 8, a0_1);
                a1_0 += CG_LOAD(cg_v8, r_row + fb * 32 + fh + 64);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 64, a1_0);
                a1_1 += CG_LOAD(cg_v8, r_row + fb * 32 + fh + 72);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 72, a1_1);
                a2_0 += CG_LOAD(cg_v8, r_row + fb * 32 + fh + 128);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 128, a2_0);
                a2_1 += CG_LOAD(cg_v8, r_row + fb * 32 + fh + 136);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 136, a2_1);
                a3_0 += CG_LOAD(cg_v8, r_row + fb * 32 + fh + 192);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 192, a3_0);
                a3_1 += CG_LOAD(cg_v8, r_row + fb * 32 + fh + 200);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 200, a3_1);
            }

            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 4 output pixel(s) x 16 filters from fh in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 8) continue;
                    const float *xr = input + ih * 512;
                    const float *wr = wf + kh * 6144;
                    {   /* tap kw = 0 */
                        const float *w = wr + fh;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 64; ++c, w += 32) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 192];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
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
                    {   /* tap kw = 1 */
                        const float *w = wr + fh + 2048;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 64; ++c, w += 32) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 256];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2 */
                        const float *w = wr + fh + 4096;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 64; ++c, w += 32) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 320];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 384];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                        }
                    }
                }
                a0_0 += CG_LOAD(cg_v8, r_row + fb * 32 + fh + 256);
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 256, a0_0);
                a0_1 += CG_LOAD(cg_v8, r_row + fb * 32 + fh + 264);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 264, a0_1);
                a1_0 += CG_LOAD(cg_v8, r_row + fb * 32 + fh + 320);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 320, a1_0);
                a1_1 += CG_LOAD(cg_v8, r_row + fb * 32 + fh + 328);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 328, a1_1);
                a2_0 += CG_LOAD(cg_v8, r_row + fb * 32 + fh + 384);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 384, a2_0);
                a2_1 += CG_LOAD(cg_v8, r_row + fb * 32 + fh + 392);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 392, a2_1);
                a3_0 += CG_LOAD(cg_v8, r_row + fb * 32 + fh + 448);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 448, a3_0);
                a3_1 += CG_LOAD(cg_v8, r_row + fb * 32 + fh + 456);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 456, a3_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_ic_resnet8_layer21;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 8; ++oh) {
        float *y_row = y + oh * 512;
        const float *r_row = residual + oh * 512;
        for (int fb = 0; fb < 2; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 18432;
            for (int f0 = 0; f0 < 12; f0 += 6) {
                /* columns q: interior for q in [1, 7) */
                {   /* 4 pixel(s) x 6 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3], b4 = bias[fb * 32 + f0 + 4], b5 = bias[fb * 32 + f0 + 5];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4, a2_5 = b5;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4, a3_5 = b5;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 8) continue;
                        const float *xr = input + ih * 512;
                        const float *wr = wf + kh * 6144 + f0;
                        {   /* tap kw = 0, pixels 1, 2, 3 */
                            const float *w = wr;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float x1 = xr[c], x2 = xr[c + 64], x3 = xr[c + 128];
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
                        {   /* tap kw = 1 */
                            const float *w = wr + 2048;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float x0 = xr[c], x1 = xr[c + 64], x2 = xr[c + 128], x3 = xr[c + 192];
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
                            const float *w = wr + 4096;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float x0 = xr[c + 64], x1 = xr[c + 128], x2 = xr[c + 192], x3 = xr[c + 256];
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
                    y_row[fb * 32 + f0] = cg_relu(cg_linear(a0_0) + r_row[fb * 32 + f0]);
                    y_row[fb * 32 + f0 + 1] = cg_relu(cg_linear(a0_1) + r_row[fb * 32 + f0 + 1]);
                    y_row[fb * 32 + f0 + 2] = cg_relu(cg_linear(a0_2) + r_row[fb * 32 + f0 + 2]);
                    y_row[fb * 32 + f0 + 3] = cg_relu(cg_linear(a0_3) + r_row[fb * 32 + f0 + 3]);
                    y_row[fb * 32 + f0 + 4] = cg_relu(cg_linear(a0_4) + r_row[fb * 32 + f0 + 4]);
                    y_row[fb * 32 + f0 + 5] = cg_relu(cg_linear(a0_5) + r_row[fb * 32 + f0 + 5]);
                    y_row[fb * 32 + f0 + 64] = cg_relu(cg_linear(a1_0) + r_row[fb * 32 + f0 + 64]);
                    y_row[fb * 32 + f0 + 65] = cg_relu(cg_linear(a1_1) + r_row[fb * 32 + f0 + 65]);
                    y_row[fb * 32 + f0 + 66] = cg_relu(cg_linear(a1_2) + r_row[fb * 32 + f0 + 66]);
                    y_row[fb * 32 + f0 + 67] = cg_relu(cg_linear(a1_3) + r_row[fb * 32 + f0 + 67]);
                    y_row[fb * 32 + f0 + 68] = cg_relu(cg_linear(a1_4) + r_row[fb * 32 + f0 + 68]);
                    y_row[fb * 32 + f0 + 69] = cg_relu(cg_linear(a1_5) + r_row[fb * 32 + f0 + 69]);
                    y_row[fb * 32 + f0 + 128] = cg_relu(cg_linear(a2_0) + r_row[fb * 32 + f0 + 128]);
                    y_row[fb * 32 + f0 + 129] = cg_relu(cg_linear(a2_1) + r_row[fb * 32 + f0 + 129]);
                    y_row[fb * 32 + f0 + 130] = cg_relu(cg_linear(a2_2) + r_row[fb * 32 + f0 + 130]);
                    y_row[fb * 32 + f0 + 131] = cg_relu(cg_linear(a2_3) + r_row[fb * 32 + f0 + 131]);
                    y_row[fb * 32 + f0 + 132] = cg_relu(cg_linear(a2_4) + r_row[fb * 32 + f0 + 132]);
                    y_row[fb * 32 + f0 + 133] = cg_relu(cg_linear(a2_5) + r_row[fb * 32 + f0 + 133]);
                    y_row[fb * 32 + f0 + 192] = cg_relu(cg_linear(a3_0) + r_row[fb * 32 + f0 + 192]);
                    y_row[fb * 32 + f0 + 193] = cg_relu(cg_linear(a3_1) + r_row[fb * 32 + f0 + 193]);
                    y_row[fb * 32 + f0 + 194] = cg_relu(cg_linear(a3_2) + r_row[fb * 32 + f0 + 194]);
                    y_row[fb * 32 + f0 + 195] = cg_relu(cg_linear(a3_3) + r_row[fb * 32 + f0 + 195]);
                    y_row[fb * 32 + f0 + 196] = cg_relu(cg_linear(a3_4) + r_row[fb * 32 + f0 + 196]);
                    y_row[fb * 32 + f0 + 197] = cg_relu(cg_linear(a3_5) + r_row[fb * 32 + f0 + 197]);
}
                {   /* 4 pixel(s) x 6 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3], b4 = bias[fb * 32 + f0 + 4], b5 = bias[fb * 32 + f0 + 5];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4, a2_5 = b5;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4, a3_5 = b5;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 8) continue;
                        const float *xr = input + ih * 512;
                        const float *wr = wf + kh * 6144 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float x0 = xr[c + 192], x1 = xr[c + 256], x2 = xr[c + 320], x3 = xr[c + 384];
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
                            const float *w = wr + 2048;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float x0 = xr[c + 256], x1 = xr[c + 320], x2 = xr[c + 384], x3 = xr[c + 448];
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
                            const float *w = wr + 4096;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float x0 = xr[c + 320], x1 = xr[c + 384], x2 = xr[c + 448];
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
                    y_row[fb * 32 + f0 + 256] = cg_relu(cg_linear(a0_0) + r_row[fb * 32 + f0 + 256]);
                    y_row[fb * 32 + f0 + 257] = cg_relu(cg_linear(a0_1) + r_row[fb * 32 + f0 + 257]);
                    y_row[fb * 32 + f0 + 258] = cg_relu(cg_linear(a0_2) + r_row[fb * 32 + f0 + 258]);
                    y_row[fb * 32 + f0 + 259] = cg_relu(cg_linear(a0_3) + r_row[fb * 32 + f0 + 259]);
                    y_row[fb * 32 + f0 + 260] = cg_relu(cg_linear(a0_4) + r_row[fb * 32 + f0 + 260]);
                    y_row[fb * 32 + f0 + 261] = cg_relu(cg_linear(a0_5) + r_row[fb * 32 + f0 + 261]);
                    y_row[fb * 32 + f0 + 320] = cg_relu(cg_linear(a1_0) + r_row[fb * 32 + f0 + 320]);
                    y_row[fb * 32 + f0 + 321] = cg_relu(cg_linear(a1_1) + r_row[fb * 32 + f0 + 321]);
                    y_row[fb * 32 + f0 + 322] = cg_relu(cg_linear(a1_2) + r_row[fb * 32 + f0 + 322]);
                    y_row[fb * 32 + f0 + 323] = cg_relu(cg_linear(a1_3) + r_row[fb * 32 + f0 + 323]);
                    y_row[fb * 32 + f0 + 324] = cg_relu(cg_linear(a1_4) + r_row[fb * 32 + f0 + 324]);
                    y_row[fb * 32 + f0 + 325] = cg_relu(cg_linear(a1_5) + r_row[fb * 32 + f0 + 325]);
                    y_row[fb * 32 + f0 + 384] = cg_relu(cg_linear(a2_0) + r_row[fb * 32 + f0 + 384]);
                    y_row[fb * 32 + f0 + 385] = cg_relu(cg_linear(a2_1) + r_row[fb * 32 + f0 + 385]);
                    y_row[fb * 32 + f0 + 386] = cg_relu(cg_linear(a2_2) + r_row[fb * 32 + f0 + 386]);
                    y_row[fb * 32 + f0 + 387] = cg_relu(cg_linear(a2_3) + r_row[fb * 32 + f0 + 387]);
                    y_row[fb * 32 + f0 + 388] = cg_relu(cg_linear(a2_4) + r_row[fb * 32 + f0 + 388]);
                    y_row[fb * 32 + f0 + 389] = cg_relu(cg_linear(a2_5) + r_row[fb * 32 + f0 + 389]);
                    y_row[fb * 32 + f0 + 448] = cg_relu(cg_linear(a3_0) + r_row[fb * 32 + f0 + 448]);
                    y_row[fb * 32 + f0 + 449] = cg_relu(cg_linear(a3_1) + r_row[fb * 32 + f0 + 449]);
                    y_row[fb * 32 + f0 + 450] = cg_relu(cg_linear(a3_2) + r_row[fb * 32 + f0 + 450]);
                    y_row[fb * 32 + f0 + 451] = cg_relu(cg_linear(a3_3) + r_row[fb * 32 + f0 + 451]);
                    y_row[fb * 32 + f0 + 452] = cg_relu(cg_linear(a3_4) + r_row[fb * 32 + f0 + 452]);
                    y_row[fb * 32 + f0 + 453] = cg_relu(cg_linear(a3_5) + r_row[fb * 32 + f0 + 453]);
}
            }
            for (int f0 = 12; f0 < 32; f0 += 5) {
                /* columns q: interior for q in [1, 7) */
                {   /* 4 pixel(s) x 5 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3], b4 = bias[fb * 32 + f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 8) continue;
                        const float *xr = input + ih * 512;
                        const float *wr = wf + kh * 6144 + f0;
                        {   /* tap kw = 0, pixels 1, 2, 3 */
                            const float *w = wr;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float x1 = xr[c], x2 = xr[c + 64], x3 = xr[c + 128];
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
                        {   /* tap kw = 1 */
                            const float *w = wr + 2048;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float x0 = xr[c], x1 = xr[c + 64], x2 = xr[c + 128], x3 = xr[c + 192];
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
                            const float *w = wr + 4096;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float x0 = xr[c + 64], x1 = xr[c + 128], x2 = xr[c + 192], x3 = xr[c + 256];
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
                    y_row[fb * 32 + f0] = cg_relu(cg_linear(a0_0) + r_row[fb * 32 + f0]);
                    y_row[fb * 32 + f0 + 1] = cg_relu(cg_linear(a0_1) + r_row[fb * 32 + f0 + 1]);
                    y_row[fb * 32 + f0 + 2] = cg_relu(cg_linear(a0_2) + r_row[fb * 32 + f0 + 2]);
                    y_row[fb * 32 + f0 + 3] = cg_relu(cg_linear(a0_3) + r_row[fb * 32 + f0 + 3]);
                    y_row[fb * 32 + f0 + 4] = cg_relu(cg_linear(a0_4) + r_row[fb * 32 + f0 + 4]);
                    y_row[fb * 32 + f0 + 64] = cg_relu(cg_linear(a1_0) + r_row[fb * 32 + f0 + 64]);
                    y_row[fb * 32 + f0 + 65] = cg_relu(cg_linear(a1_1) + r_row[fb * 32 + f0 + 65]);
                    y_row[fb * 32 + f0 + 66] = cg_relu(cg_linear(a1_2) + r_row[fb * 32 + f0 + 66]);
                    y_row[fb * 32 + f0 + 67] = cg_relu(cg_linear(a1_3) + r_row[fb * 32 + f0 + 67]);
                    y_row[fb * 32 + f0 + 68] = cg_relu(cg_linear(a1_4) + r_row[fb * 32 + f0 + 68]);
                    y_row[fb * 32 + f0 + 128] = cg_relu(cg_linear(a2_0) + r_row[fb * 32 + f0 + 128]);
                    y_row[fb * 32 + f0 + 129] = cg_relu(cg_linear(a2_1) + r_row[fb * 32 + f0 + 129]);
                    y_row[fb * 32 + f0 + 130] = cg_relu(cg_linear(a2_2) + r_row[fb * 32 + f0 + 130]);
                    y_row[fb * 32 + f0 + 131] = cg_relu(cg_linear(a2_3) + r_row[fb * 32 + f0 + 131]);
                    y_row[fb * 32 + f0 + 132] = cg_relu(cg_linear(a2_4) + r_row[fb * 32 + f0 + 132]);
                    y_row[fb * 32 + f0 + 192] = cg_relu(cg_linear(a3_0) + r_row[fb * 32 + f0 + 192]);
                    y_row[fb * 32 + f0 + 193] = cg_relu(cg_linear(a3_1) + r_row[fb * 32 + f0 + 193]);
                    y_row[fb * 32 + f0 + 194] = cg_relu(cg_linear(a3_2) + r_row[fb * 32 + f0 + 194]);
                    y_row[fb * 32 + f0 + 195] = cg_relu(cg_linear(a3_3) + r_row[fb * 32 + f0 + 195]);
                    y_row[fb * 32 + f0 + 196] = cg_relu(cg_linear(a3_4) + r_row[fb * 32 + f0 + 196]);
}
                {   /* 4 pixel(s) x 5 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3], b4 = bias[fb * 32 + f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 8) continue;
                        const float *xr = input + ih * 512;
                        const float *wr = wf + kh * 6144 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float x0 = xr[c + 192], x1 = xr[c + 256], x2 = xr[c + 320], x3 = xr[c + 384];
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
                            const float *w = wr + 2048;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float x0 = xr[c + 256], x1 = xr[c + 320], x2 = xr[c + 384], x3 = xr[c + 448];
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
                            const float *w = wr + 4096;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float x0 = xr[c + 320], x1 = xr[c + 384], x2 = xr[c + 448];
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
                    y_row[fb * 32 + f0 + 256] = cg_relu(cg_linear(a0_0) + r_row[fb * 32 + f0 + 256]);
                    y_row[fb * 32 + f0 + 257] = cg_relu(cg_linear(a0_1) + r_row[fb * 32 + f0 + 257]);
                    y_row[fb * 32 + f0 + 258] = cg_relu(cg_linear(a0_2) + r_row[fb * 32 + f0 + 258]);
                    y_row[fb * 32 + f0 + 259] = cg_relu(cg_linear(a0_3) + r_row[fb * 32 + f0 + 259]);
                    y_row[fb * 32 + f0 + 260] = cg_relu(cg_linear(a0_4) + r_row[fb * 32 + f0 + 260]);
                    y_row[fb * 32 + f0 + 320] = cg_relu(cg_linear(a1_0) + r_row[fb * 32 + f0 + 320]);
                    y_row[fb * 32 + f0 + 321] = cg_relu(cg_linear(a1_1) + r_row[fb * 32 + f0 + 321]);
                    y_row[fb * 32 + f0 + 322] = cg_relu(cg_linear(a1_2) + r_row[fb * 32 + f0 + 322]);
                    y_row[fb * 32 + f0 + 323] = cg_relu(cg_linear(a1_3) + r_row[fb * 32 + f0 + 323]);
                    y_row[fb * 32 + f0 + 324] = cg_relu(cg_linear(a1_4) + r_row[fb * 32 + f0 + 324]);
                    y_row[fb * 32 + f0 + 384] = cg_relu(cg_linear(a2_0) + r_row[fb * 32 + f0 + 384]);
                    y_row[fb * 32 + f0 + 385] = cg_relu(cg_linear(a2_1) + r_row[fb * 32 + f0 + 385]);
                    y_row[fb * 32 + f0 + 386] = cg_relu(cg_linear(a2_2) + r_row[fb * 32 + f0 + 386]);
                    y_row[fb * 32 + f0 + 387] = cg_relu(cg_linear(a2_3) + r_row[fb * 32 + f0 + 387]);
                    y_row[fb * 32 + f0 + 388] = cg_relu(cg_linear(a2_4) + r_row[fb * 32 + f0 + 388]);
                    y_row[fb * 32 + f0 + 448] = cg_relu(cg_linear(a3_0) + r_row[fb * 32 + f0 + 448]);
                    y_row[fb * 32 + f0 + 449] = cg_relu(cg_linear(a3_1) + r_row[fb * 32 + f0 + 449]);
                    y_row[fb * 32 + f0 + 450] = cg_relu(cg_linear(a3_2) + r_row[fb * 32 + f0 + 450]);
                    y_row[fb * 32 + f0 + 451] = cg_relu(cg_linear(a3_3) + r_row[fb * 32 + f0 + 451]);
                    y_row[fb * 32 + f0 + 452] = cg_relu(cg_linear(a3_4) + r_row[fb * 32 + f0 + 452]);
}
            }
        }
    }
#endif
    return 0;
}

/* pool (AveragePooling2D) 8x8x64 -> 1x1x64
 * average pooling over a [1][8][8] window, strides (1, 8, 8), padding before (d, h, w) = (0, 0, 0).
 * Padding takes no part: windows skip the taps outside the input.
 * 1-D and 2-D layers run as 3-D ones with unit leading axes; the data format is carried by
 * the element strides below.
 *   input  1x8x8x64: strides n=4096 c=1 d=4096 h=512 w=64
 *   output 1x1x1x64: strides n=64 c=1 d=64 h=64 w=64
 * Workspace: none. */
static int ic_resnet8_layer26(const float *input, const float *weights, float *output,
                              float *workspace)
{
    (void)weights;
    (void)workspace;
#if CG_VECTOR
    {
        float acc[64];
        for (int c = 0; c < 64; ++c)
            acc[c] = 0.0f;
        for (int kh = 0; kh < 8; ++kh) {
            const int ih = kh;
            for (int kw = 0; kw < 8; ++kw) {
                const int iw = kw;
                const float *x = input + ih * 512 + iw * 64;
                for (int c = 0; c < 64; ++c)
                    acc[c] += x[c];
            }
        }
        {
            float *y = output;
            for (int c = 0; c < 64; ++c)
                y[c] = acc[c] / 64.0f;
        }
    }
#else
    /* portable C99 for cores without SIMD: per output pixel, runs of channels in scalar
     * registers (no accumulator array in memory) */
    {
        for (int r = 0; r < 8; ++r) {
            const int c0 = r * 8;
            float a0 = 0.0f, a1 = 0.0f, a2 = 0.0f, a3 = 0.0f, a4 = 0.0f, a5 = 0.0f, a6 = 0.0f, a7 = 0.0f;
            for (int kh = 0; kh < 8; ++kh) {
                const int ih = kh;
                for (int kw = 0; kw < 8; ++kw) {
                    const int iw = kw;
                    const float *x = input + ih * 512 + iw * 64 + c0;
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
                y[0] = a0 / 64.0f;
                y[1] = a1 / 64.0f;
                y[2] = a2 / 64.0f;
                y[3] = a3 / 64.0f;
                y[4] = a4 / 64.0f;
                y[5] = a5 / 64.0f;
                y[6] = a6 / 64.0f;
                y[7] = a7 / 64.0f;
            }
        }
    }
#endif
    return 0;
}

/* classifier (Dense) 64 -> 10, activation softmax
 * Dense on the last axis: 1 row(s) of 64 input(s) -> 10 output(s) each
 * (input 1x64, output 1x10). The kernel is Keras's (64, 10):
 * row i holds input i's weight for every unit; the bias follows at 640. With vectors,
 * blocks of units in vector registers for the whole sum, each input broadcast once a block
 * (a block of few vectors keeps partial sums over every P-th input; a last vector ending at
 * the last unit overlaps the block before it and is stored last); without (or with CONVGEN_PORTABLE), tiles of rows x units in scalar registers,
 * each input loaded once per tile and each weight once per tile.
 * Workspace: 0 floats. */
static int ic_resnet8_layer28(const float *input, const float *weights, float *output,
                              float *workspace)
{
    (void)workspace;
#if CG_VECTOR
    {
        const float *x = input;
        float *restrict y = output;
        {   /* units [0, 8): 1 vector(s) in registers, 8 partial sums */
            cg_v8 a0_0 = CG_LOAD(cg_v8, weights + 640);
            cg_v8 a1_0 = (cg_v8){0.0f};
            cg_v8 a2_0 = (cg_v8){0.0f};
            cg_v8 a3_0 = (cg_v8){0.0f};
            cg_v8 a4_0 = (cg_v8){0.0f};
            cg_v8 a5_0 = (cg_v8){0.0f};
            cg_v8 a6_0 = (cg_v8){0.0f};
            cg_v8 a7_0 = (cg_v8){0.0f};
            const float *w = weights + 0;
            for (int i = 0; i < 64; i += 8, w += 80) {
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
            cg_v8 a0_0 = CG_LOAD(cg_v8, weights + 642);
            cg_v8 a1_0 = (cg_v8){0.0f};
            cg_v8 a2_0 = (cg_v8){0.0f};
            cg_v8 a3_0 = (cg_v8){0.0f};
            cg_v8 a4_0 = (cg_v8){0.0f};
            cg_v8 a5_0 = (cg_v8){0.0f};
            cg_v8 a6_0 = (cg_v8){0.0f};
            cg_v8 a7_0 = (cg_v8){0.0f};
            const float *w = weights + 2;
            for (int i = 0; i < 64; i += 8, w += 80) {
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
            float a0_0 = weights[640], a0_1 = weights[641], a0_2 = weights[642], a0_3 = weights[643], a0_4 = weights[644], a0_5 = weights[645], a0_6 = weights[646], a0_7 = weights[647], a0_8 = weights[648], a0_9 = weights[649];
            const float *w = weights;
            for (int i = 0; i < 64; ++i, w += 10) {
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

/* stem_conv (Conv2D) 32x32x3 -> 32x32x16; stem_bn (BatchNormalization) 32x32x16 -> 32x32x16; stem_relu (Activation) 32x32x16 -> 32x32x16; s1_conv1 (Conv2D) 32x32x16 -> 32x32x16; s1_bn1 (BatchNormalization) 32x32x16 -> 32x32x16; s1_relu1 (Activation) 32x32x16 -> 32x32x16; s1_conv2 (Conv2D) 32x32x16 -> 32x32x16; s1_bn2 (BatchNormalization) 32x32x16 -> 32x32x16; s1_add (Add) 32x32x16, 32x32x16 -> 32x32x16; s1_relu (Activation) 32x32x16 -> 32x32x16; s2_conv1 (Conv2D) 32x32x16 -> 16x16x32; s2_bn1 (BatchNormalization) 16x16x32 -> 16x16x32; s2_relu1 (Activation) 16x16x32 -> 16x16x32; s2_conv2 (Conv2D) 16x16x32 -> 16x16x32; s2_shortcut (Conv2D) 32x32x16 -> 16x16x32; s2_bn2 (BatchNormalization) 16x16x32 -> 16x16x32; s2_add (Add) 16x16x32, 16x16x32 -> 16x16x32; s2_relu (Activation) 16x16x32 -> 16x16x32; s3_conv1 (Conv2D) 16x16x32 -> 8x8x64; s3_bn1 (BatchNormalization) 8x8x64 -> 8x8x64; s3_relu1 (Activation) 8x8x64 -> 8x8x64; s3_conv2 (Conv2D) 8x8x64 -> 8x8x64; s3_shortcut (Conv2D) 16x16x32 -> 8x8x64; s3_bn2 (BatchNormalization) 8x8x64 -> 8x8x64; s3_add (Add) 8x8x64, 8x8x64 -> 8x8x64; s3_relu (Activation) 8x8x64 -> 8x8x64; pool (AveragePooling2D) 8x8x64 -> 1x1x64; flatten (Flatten) 1x1x64 -> 64; classifier (Dense) 64 -> 10, activation softmax
 * Workspace: 49152 floats: stem_relu at 0 (16384 floats, steps 0-2), s1_relu1 at 16384 (16384 floats, steps 1-2), s1_relu at 32768 (16384 floats, steps 2-4), s2_relu1 at 0 (8192 floats, steps 3-5), s2_shortcut at 8192 (8192 floats, steps 4-5), s2_relu at 16384 (8192 floats, steps 5-7), s3_relu1 at 0 (4096 floats, steps 6-8), s3_shortcut at 4096 (4096 floats, steps 7-8), s3_relu at 8192 (4096 floats, steps 8-9), pool at 0 (64 floats, steps 9-10). */
int ic_resnet8(const float *input, const float *weights, float *output, float *workspace)
{
    ic_resnet8_layer0(input, weights, workspace, workspace);
    ic_resnet8_layer3(workspace, weights + 448, workspace + 16384, workspace);
    ic_resnet8_layer6(workspace + 16384, weights + 2768, workspace + 32768, workspace, workspace);
    ic_resnet8_layer10(workspace + 32768, weights + 5088, workspace, workspace);
    ic_resnet8_layer14(workspace + 32768, weights + 18976, workspace + 8192, workspace);
    ic_resnet8_layer13(workspace, weights + 9728, workspace + 16384, workspace, workspace + 8192);
    ic_resnet8_layer18(workspace + 16384, weights + 19520, workspace, workspace);
    ic_resnet8_layer22(workspace + 16384, weights + 74944, workspace + 4096, workspace);
    ic_resnet8_layer21(workspace, weights + 38016, workspace + 8192, workspace, workspace + 4096);
    ic_resnet8_layer26(workspace + 8192, weights + 77056, workspace, workspace);
    ic_resnet8_layer28(workspace, weights + 77056, output, workspace);
    return 0;
}
