/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: softmax_cf.yaml
 *   Template: model.c.j2, dense.c.j2
 */
#include "softmax_cf.h"

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
#else
#define CG_VECTOR 0
#endif

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_linear(float x) { return x; }

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

/* conv2d (Conv2D) 4x9x7 -> 5x9x7, activation softmax
 * Dense convolution: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x4x9x7: strides n=252 c=63 d=63 h=7 w=1
 *   output 1x5x9x7: strides n=315 c=63 d=63 h=7 w=1
 *   weights [1][1][3][3][4][8], bias [1][8] at 288
 *   padding before (d, h, w) = (0, 1, 1)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_softmax_cf_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 63] = cg_linear(t[f]);
}

static int softmax_cf_layer0(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 288;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[8];   /* a pixel's values on their way to the scalar store */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int oh = 0; oh < 9; ++oh) {
        float *y_row = y + oh * 7;
        {
            const float *wf = weights;
            /* columns q: interior for q in [1, 6) */
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
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 9) continue;
                    const float *xr = input + ih * 7;
                    const float *wr = wf + kh * 96;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 4; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c * 63];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 1];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 2];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 3];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 4];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 5];
                                a6_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 32;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 4; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c * 63];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 1];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 2];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 3];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 4];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 5];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 6];
                                a6_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5 */
                        const float *w = wr + 64;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 4; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c * 63 + 1];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 2];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 3];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 4];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 5];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 6];
                                a5_0 += w0 * xv;
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_softmax_cf_layer0(y_row, t, 5);
CG_STORE(cg_v8, t, a1_0); 
                store_softmax_cf_layer0(y_row + 1, t, 5);
CG_STORE(cg_v8, t, a2_0); 
                store_softmax_cf_layer0(y_row + 2, t, 5);
CG_STORE(cg_v8, t, a3_0); 
                store_softmax_cf_layer0(y_row + 3, t, 5);
CG_STORE(cg_v8, t, a4_0); 
                store_softmax_cf_layer0(y_row + 4, t, 5);
CG_STORE(cg_v8, t, a5_0); 
                store_softmax_cf_layer0(y_row + 5, t, 5);
CG_STORE(cg_v8, t, a6_0); 
                store_softmax_cf_layer0(y_row + 6, t, 5);
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
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 9) continue;
                    const float *xr = input + ih * 7;
                    const float *wr = wf + kh * 96;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 4; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c * 63];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 1];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 2];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 3];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 4];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 5];
                                a6_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 32;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 4; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c * 63];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 1];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 2];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 3];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 4];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 5];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 6];
                                a6_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5 */
                        const float *w = wr + 64;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 4; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c * 63 + 1];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 2];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 3];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 4];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 5];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 63 + 6];
                                a5_0 += w0 * xv;
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_softmax_cf_layer0(y_row, t, 5);
CG_STORE(cg_v8, t, a1_0); 
                store_softmax_cf_layer0(y_row + 1, t, 5);
CG_STORE(cg_v8, t, a2_0); 
                store_softmax_cf_layer0(y_row + 2, t, 5);
CG_STORE(cg_v8, t, a3_0); 
                store_softmax_cf_layer0(y_row + 3, t, 5);
CG_STORE(cg_v8, t, a4_0); 
                store_softmax_cf_layer0(y_row + 4, t, 5);
CG_STORE(cg_v8, t, a5_0); 
                store_softmax_cf_layer0(y_row + 5, t, 5);
CG_STORE(cg_v8, t, a6_0); 
                store_softmax_cf_layer0(y_row + 6, t, 5);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_softmax_cf_layer0;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 9; ++oh) {
        float *y_row = y + oh * 7;
        {   /* block 0: 5 filters */
            const float *wf = weights;
            {
                /* columns q: interior for q in [1, 6) */
                {   /* 4 pixel(s) x 5 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[0], b1 = bias[1], b2 = bias[2], b3 = bias[3], b4 = bias[4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 9) continue;
                        const float *xr = input + ih * 7;
                        const float *wr = wf + kh * 96;
                        {   /* tap kw = 0, pixels 1, 2, 3 */
                            const float *w = wr;
                            for (int c = 0; c < 4; ++c, w += 8) {
                                const float x1 = xr[c * 63], x2 = xr[c * 63 + 1], x3 = xr[c * 63 + 2];
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
                            const float *w = wr + 32;
                            for (int c = 0; c < 4; ++c, w += 8) {
                                const float x0 = xr[c * 63], x1 = xr[c * 63 + 1], x2 = xr[c * 63 + 2], x3 = xr[c * 63 + 3];
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
                            const float *w = wr + 64;
                            for (int c = 0; c < 4; ++c, w += 8) {
                                const float x0 = xr[c * 63 + 1], x1 = xr[c * 63 + 2], x2 = xr[c * 63 + 3], x3 = xr[c * 63 + 4];
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
                    y_row[0] = cg_linear(a0_0);
                    y_row[63] = cg_linear(a0_1);
                    y_row[126] = cg_linear(a0_2);
                    y_row[189] = cg_linear(a0_3);
                    y_row[252] = cg_linear(a0_4);
                    y_row[1] = cg_linear(a1_0);
                    y_row[64] = cg_linear(a1_1);
                    y_row[127] = cg_linear(a1_2);
                    y_row[190] = cg_linear(a1_3);
                    y_row[253] = cg_linear(a1_4);
                    y_row[2] = cg_linear(a2_0);
                    y_row[65] = cg_linear(a2_1);
                    y_row[128] = cg_linear(a2_2);
                    y_row[191] = cg_linear(a2_3);
                    y_row[254] = cg_linear(a2_4);
                    y_row[3] = cg_linear(a3_0);
                    y_row[66] = cg_linear(a3_1);
                    y_row[129] = cg_linear(a3_2);
                    y_row[192] = cg_linear(a3_3);
                    y_row[255] = cg_linear(a3_4);
}
                {   /* 3 pixel(s) x 5 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[0], b1 = bias[1], b2 = bias[2], b3 = bias[3], b4 = bias[4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 9) continue;
                        const float *xr = input + ih * 7;
                        const float *wr = wf + kh * 96;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 4; c += 2, w += 16) {
                                {   /* channel c + 0 */
                                    const float x0 = xr[c * 63 + 3], x1 = xr[c * 63 + 4], x2 = xr[c * 63 + 5];
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
                                {   /* channel c + 1 */
                                    const float x0 = xr[c * 63 + 66], x1 = xr[c * 63 + 67], x2 = xr[c * 63 + 68];
                                    {
                                        const float wv = w[8];
                                        a0_0 += x0 * wv; a1_0 += x1 * wv; a2_0 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[9];
                                        a0_1 += x0 * wv; a1_1 += x1 * wv; a2_1 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[10];
                                        a0_2 += x0 * wv; a1_2 += x1 * wv; a2_2 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[11];
                                        a0_3 += x0 * wv; a1_3 += x1 * wv; a2_3 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[12];
                                        a0_4 += x0 * wv; a1_4 += x1 * wv; a2_4 += x2 * wv;
                                    }
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 32;
                            for (int c = 0; c < 4; c += 2, w += 16) {
                                {   /* channel c + 0 */
                                    const float x0 = xr[c * 63 + 4], x1 = xr[c * 63 + 5], x2 = xr[c * 63 + 6];
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
                                {   /* channel c + 1 */
                                    const float x0 = xr[c * 63 + 67], x1 = xr[c * 63 + 68], x2 = xr[c * 63 + 69];
                                    {
                                        const float wv = w[8];
                                        a0_0 += x0 * wv; a1_0 += x1 * wv; a2_0 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[9];
                                        a0_1 += x0 * wv; a1_1 += x1 * wv; a2_1 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[10];
                                        a0_2 += x0 * wv; a1_2 += x1 * wv; a2_2 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[11];
                                        a0_3 += x0 * wv; a1_3 += x1 * wv; a2_3 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[12];
                                        a0_4 += x0 * wv; a1_4 += x1 * wv; a2_4 += x2 * wv;
                                    }
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1 */
                            const float *w = wr + 64;
                            for (int c = 0; c < 4; c += 2, w += 16) {
                                {   /* channel c + 0 */
                                    const float x0 = xr[c * 63 + 5], x1 = xr[c * 63 + 6];
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
                                {   /* channel c + 1 */
                                    const float x0 = xr[c * 63 + 68], x1 = xr[c * 63 + 69];
                                    {
                                        const float wv = w[8];
                                        a0_0 += x0 * wv; a1_0 += x1 * wv;
                                    }
                                    {
                                        const float wv = w[9];
                                        a0_1 += x0 * wv; a1_1 += x1 * wv;
                                    }
                                    {
                                        const float wv = w[10];
                                        a0_2 += x0 * wv; a1_2 += x1 * wv;
                                    }
                                    {
                                        const float wv = w[11];
                                        a0_3 += x0 * wv; a1_3 += x1 * wv;
                                    }
                                    {
                                        const float wv = w[12];
                                        a0_4 += x0 * wv; a1_4 += x1 * wv;
                                    }
                                }
                            }
                        }
                    }
                    y_row[4] = cg_linear(a0_0);
                    y_row[67] = cg_linear(a0_1);
                    y_row[130] = cg_linear(a0_2);
                    y_row[193] = cg_linear(a0_3);
                    y_row[256] = cg_linear(a0_4);
                    y_row[5] = cg_linear(a1_0);
                    y_row[68] = cg_linear(a1_1);
                    y_row[131] = cg_linear(a1_2);
                    y_row[194] = cg_linear(a1_3);
                    y_row[257] = cg_linear(a1_4);
                    y_row[6] = cg_linear(a2_0);
                    y_row[69] = cg_linear(a2_1);
                    y_row[132] = cg_linear(a2_2);
                    y_row[195] = cg_linear(a2_3);
                    y_row[258] = cg_linear(a2_4);
}
            }
        }
    }
#endif
    cg_softmax_rows(output, 45, 7);
    return 0;
}

/* conv2d (Conv2D) 4x9x7 -> 5x9x7, activation softmax
 * Workspace: 0 floats: none needed. */
int softmax_cf(const float *input, const float *weights, float *output, float *workspace)
{
    softmax_cf_layer0(input, weights, output, workspace);
    return 0;
}
