/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: glu_gate.yaml
 *   Template: model.c.j2, dense.c.j2
 */
#include "glu_gate.h"

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

/* glu: the first half of each row gated by the sigmoid of the second half. */
static inline void cg_glu_rows(const float *x, float *y, int rows, int len)
{
    const int half = len / 2;
    for (int r = 0; r < rows; ++r, x += len, y += half)
        for (int i = 0; i < half; ++i) y[i] = x[i] * cg_sigmoid(x[half + i]);
}

/* conv1d (Conv1D) 30x8 -> 30x8, activation glu
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x30x8: strides n=240 c=1 d=240 h=240 w=8
 *   output 1x30x16: strides n=480 c=1 d=480 h=480 w=16
 *   weights [1][1][1][5][8][16], bias [1][16] at 640
 *   padding before (d, h, w) = (0, 0, 2)
 *   columns: 1 group(s) of register tiles (2 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 480 floats holding the result before glu halves its last axis. */
static void store_glu_gate_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_linear(t[f]);
}

static int glu_gate_layer0(const float *input, const float *weights, float *output,
                           float *workspace)
{
    const float *bias = weights + 640;
    float *y = workspace;
#if CG_VECTOR
    (void)store_glu_gate_layer0;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    {
        float *y_row = y;
        {
            const float *wf = weights;
            /* columns q: interior for q in [2, 28) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 15 output pixel(s) x 16 filters in 1 cg_v16: an edge tile, each tap only where its column exists */
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
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 8; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 8];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 24];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 56];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 72];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 88];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a14_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 1, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 */
                    const float *w = wr + 128;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 8; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
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
                        {
                            const float xv = xr[c + 104];
                            a14_0 += w0 * xv;
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
                    }
                }
                {   /* tap kw = 3 */
                    const float *w = wr + 384;
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
                        {
                            const float xv = xr[c + 120];
                            a14_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 4 */
                    const float *w = wr + 512;
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
                            const float xv = xr[c + 24];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 56];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 72];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 88];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 104];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a14_0 += w0 * xv;
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
            }

            {   /* 15 output pixel(s) x 16 filters in 1 cg_v16: an edge tile, each tap only where its column exists */
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
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 8; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
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
                        {
                            const float xv = xr[c + 216];
                            a14_0 += w0 * xv;
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
                        {
                            const float xv = xr[c + 224];
                            a14_0 += w0 * xv;
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
                        {
                            const float xv = xr[c + 224];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 232];
                            a14_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 3, pixels 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 */
                    const float *w = wr + 384;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 8; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c + 128];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 136];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 152];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 168];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 184];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 216];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 232];
                            a13_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 4, pixels 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 8; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c + 136];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 144];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 152];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 168];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 176];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 184];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 216];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 232];
                            a12_0 += w0 * xv;
                        }
                    }
                }
                CG_STORE(cg_v16, y_row + 240, a0_0);
                CG_STORE(cg_v16, y_row + 256, a1_0);
                CG_STORE(cg_v16, y_row + 272, a2_0);
                CG_STORE(cg_v16, y_row + 288, a3_0);
                CG_STORE(cg_v16, y_row + 304, a4_0);
                CG_STORE(cg_v16, y_row + 320, a5_0);
                CG_STORE(cg_v16, y_row + 336, a6_0);
                CG_STORE(cg_v16, y_row + 352, a7_0);
                CG_STORE(cg_v16, y_row + 368, a8_0);
                CG_STORE(cg_v16, y_row + 384, a9_0);
                CG_STORE(cg_v16, y_row + 400, a10_0);
                CG_STORE(cg_v16, y_row + 416, a11_0);
                CG_STORE(cg_v16, y_row + 432, a12_0);
                CG_STORE(cg_v16, y_row + 448, a13_0);
                CG_STORE(cg_v16, y_row + 464, a14_0);
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
                    for (int c = 0; c < 8; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 8];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 24];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1, pixels 1, 2, 3, 4, 5 */
                    const float *w = wr + 128;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 8; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 8];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 24];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
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
                {   /* tap kw = 3 */
                    const float *w = wr + 384;
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
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 24];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
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
                {   /* tap kw = 4 */
                    const float *w = wr + 512;
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
                            const float xv = xr[c + 24];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 56];
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

            for (int q = 6; q < 24; q += 6)
            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input + q * 8;
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
                            const float xv = xr[c - 16];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 8];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 8];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 24];
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
                            const float xv = xr[c - 8];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 8];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 24];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
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
                {   /* tap kw = 3 */
                    const float *w = wr + 384;
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
                            const float xv = xr[c + 16];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 24];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
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
                {   /* tap kw = 4 */
                    const float *w = wr + 512;
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
                            const float xv = xr[c + 24];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 48];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 56];
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

            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input;
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
                            const float xv = xr[c + 176];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 184];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 216];
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
                            const float xv = xr[c + 184];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 216];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
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
                            const float xv = xr[c + 192];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 216];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 232];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 3, pixels 0, 1, 2, 3, 4 */
                    const float *w = wr + 384;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 8; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 200];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 208];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 216];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 232];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 4, pixels 0, 1, 2, 3 */
                    const float *w = wr + 512;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 8; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 208];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 216];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 232];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + 384, a0_0);
                CG_STORE(cg_v8, y_row + 392, a0_1);
                CG_STORE(cg_v8, y_row + 400, a1_0);
                CG_STORE(cg_v8, y_row + 408, a1_1);
                CG_STORE(cg_v8, y_row + 416, a2_0);
                CG_STORE(cg_v8, y_row + 424, a2_1);
                CG_STORE(cg_v8, y_row + 432, a3_0);
                CG_STORE(cg_v8, y_row + 440, a3_1);
                CG_STORE(cg_v8, y_row + 448, a4_0);
                CG_STORE(cg_v8, y_row + 456, a4_1);
                CG_STORE(cg_v8, y_row + 464, a5_0);
                CG_STORE(cg_v8, y_row + 472, a5_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_glu_gate_layer0;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        {   /* block 0: 16 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 16; f0 += 4) {
                for (int ow = 0; ow < 2; ++ow) {   /* border pixels: taps checked */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    for (int kw = 0; kw < 5; ++kw) {
                        const int iw = ow + kw - 2;
                        if (iw < 0 || iw >= 30) continue;
                        const float *xr = input + iw * 8;
                        const float *w = wf + kw * 128 + f0;
                        for (int c = 0; c < 8; c += 4, w += 64) {
                            {   /* channel c + 0 */
                                const float x0 = xr[c];
                                a0_0 += x0 * w[0];
                                a0_1 += x0 * w[1];
                                a0_2 += x0 * w[2];
                                a0_3 += x0 * w[3];
                            }
                            {   /* channel c + 1 */
                                const float x0 = xr[c + 1];
                                a0_0 += x0 * w[16];
                                a0_1 += x0 * w[17];
                                a0_2 += x0 * w[18];
                                a0_3 += x0 * w[19];
                            }
                            {   /* channel c + 2 */
                                const float x0 = xr[c + 2];
                                a0_0 += x0 * w[32];
                                a0_1 += x0 * w[33];
                                a0_2 += x0 * w[34];
                                a0_3 += x0 * w[35];
                            }
                            {   /* channel c + 3 */
                                const float x0 = xr[c + 3];
                                a0_0 += x0 * w[48];
                                a0_1 += x0 * w[49];
                                a0_2 += x0 * w[50];
                                a0_3 += x0 * w[51];
                            }
                        }
                    }
                    y_row[ow * 16 + f0] = cg_linear(a0_0);
                    y_row[ow * 16 + f0 + 1] = cg_linear(a0_1);
                    y_row[ow * 16 + f0 + 2] = cg_linear(a0_2);
                    y_row[ow * 16 + f0 + 3] = cg_linear(a0_3);
}
                for (int ow = 28; ow < 30; ++ow) {   /* border pixels: taps checked */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    for (int kw = 0; kw < 5; ++kw) {
                        const int iw = ow + kw - 2;
                        if (iw < 0 || iw >= 30) continue;
                        const float *xr = input + iw * 8;
                        const float *w = wf + kw * 128 + f0;
                        for (int c = 0; c < 8; c += 4, w += 64) {
                            {   /* channel c + 0 */
                                const float x0 = xr[c];
                                a0_0 += x0 * w[0];
                                a0_1 += x0 * w[1];
                                a0_2 += x0 * w[2];
                                a0_3 += x0 * w[3];
                            }
                            {   /* channel c + 1 */
                                const float x0 = xr[c + 1];
                                a0_0 += x0 * w[16];
                                a0_1 += x0 * w[17];
                                a0_2 += x0 * w[18];
                                a0_3 += x0 * w[19];
                            }
                            {   /* channel c + 2 */
                                const float x0 = xr[c + 2];
                                a0_0 += x0 * w[32];
                                a0_1 += x0 * w[33];
                                a0_2 += x0 * w[34];
                                a0_3 += x0 * w[35];
                            }
                            {   /* channel c + 3 */
                                const float x0 = xr[c + 3];
                                a0_0 += x0 * w[48];
                                a0_1 += x0 * w[49];
                                a0_2 += x0 * w[50];
                                a0_3 += x0 * w[51];
                            }
                        }
                    }
                    y_row[ow * 16 + f0] = cg_linear(a0_0);
                    y_row[ow * 16 + f0 + 1] = cg_linear(a0_1);
                    y_row[ow * 16 + f0 + 2] = cg_linear(a0_2);
                    y_row[ow * 16 + f0 + 3] = cg_linear(a0_3);
}
                /* columns q: interior for q in [2, 28) */
                for (int q = 2; q < 8; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + q * 8;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 8; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 16];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 8];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 8];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 24];
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
                                const float xv = xk[c - 16];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 8];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 8];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 24];
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
                                const float xv = xk[c - 16];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 8];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 8];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 24];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 3 */
                        const float *xk = xr + 24;
                        const float *w = wr + 384;
                        for (int c = 0; c < 8; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 16];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 8];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 8];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 24];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 4 */
                        const float *xk = xr + 32;
                        const float *w = wr + 512;
                        for (int c = 0; c < 8; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 16];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 8];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 8];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 24];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 16 + f0] = cg_linear(a0_0);
                    y_row[q * 16 + f0 + 1] = cg_linear(a0_1);
                    y_row[q * 16 + f0 + 2] = cg_linear(a0_2);
                    y_row[q * 16 + f0 + 3] = cg_linear(a0_3);
                    y_row[q * 16 + f0 + 16] = cg_linear(a1_0);
                    y_row[q * 16 + f0 + 17] = cg_linear(a1_1);
                    y_row[q * 16 + f0 + 18] = cg_linear(a1_2);
                    y_row[q * 16 + f0 + 19] = cg_linear(a1_3);
                    y_row[q * 16 + f0 + 32] = cg_linear(a2_0);
                    y_row[q * 16 + f0 + 33] = cg_linear(a2_1);
                    y_row[q * 16 + f0 + 34] = cg_linear(a2_2);
                    y_row[q * 16 + f0 + 35] = cg_linear(a2_3);
                    y_row[q * 16 + f0 + 48] = cg_linear(a3_0);
                    y_row[q * 16 + f0 + 49] = cg_linear(a3_1);
                    y_row[q * 16 + f0 + 50] = cg_linear(a3_2);
                    y_row[q * 16 + f0 + 51] = cg_linear(a3_3);
                    y_row[q * 16 + f0 + 64] = cg_linear(a4_0);
                    y_row[q * 16 + f0 + 65] = cg_linear(a4_1);
                    y_row[q * 16 + f0 + 66] = cg_linear(a4_2);
                    y_row[q * 16 + f0 + 67] = cg_linear(a4_3);
                    y_row[q * 16 + f0 + 80] = cg_linear(a5_0);
                    y_row[q * 16 + f0 + 81] = cg_linear(a5_1);
                    y_row[q * 16 + f0 + 82] = cg_linear(a5_2);
                    y_row[q * 16 + f0 + 83] = cg_linear(a5_3);
}
                for (int q = 8; q < 28; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + q * 8;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 8; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 16];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 8];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 8];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
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
                                const float xv = xk[c - 16];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 8];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 8];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
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
                                const float xv = xk[c - 16];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 8];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 8];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 3 */
                        const float *xk = xr + 24;
                        const float *w = wr + 384;
                        for (int c = 0; c < 8; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 16];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 8];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 8];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 4 */
                        const float *xk = xr + 32;
                        const float *w = wr + 512;
                        for (int c = 0; c < 8; ++c, w += 16) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 16];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 8];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 8];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 16];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 16 + f0] = cg_linear(a0_0);
                    y_row[q * 16 + f0 + 1] = cg_linear(a0_1);
                    y_row[q * 16 + f0 + 2] = cg_linear(a0_2);
                    y_row[q * 16 + f0 + 3] = cg_linear(a0_3);
                    y_row[q * 16 + f0 + 16] = cg_linear(a1_0);
                    y_row[q * 16 + f0 + 17] = cg_linear(a1_1);
                    y_row[q * 16 + f0 + 18] = cg_linear(a1_2);
                    y_row[q * 16 + f0 + 19] = cg_linear(a1_3);
                    y_row[q * 16 + f0 + 32] = cg_linear(a2_0);
                    y_row[q * 16 + f0 + 33] = cg_linear(a2_1);
                    y_row[q * 16 + f0 + 34] = cg_linear(a2_2);
                    y_row[q * 16 + f0 + 35] = cg_linear(a2_3);
                    y_row[q * 16 + f0 + 48] = cg_linear(a3_0);
                    y_row[q * 16 + f0 + 49] = cg_linear(a3_1);
                    y_row[q * 16 + f0 + 50] = cg_linear(a3_2);
                    y_row[q * 16 + f0 + 51] = cg_linear(a3_3);
                    y_row[q * 16 + f0 + 64] = cg_linear(a4_0);
                    y_row[q * 16 + f0 + 65] = cg_linear(a4_1);
                    y_row[q * 16 + f0 + 66] = cg_linear(a4_2);
                    y_row[q * 16 + f0 + 67] = cg_linear(a4_3);
}
            }
        }
    }
#endif
    cg_glu_rows(workspace, output, 30, 16);
    return 0;
}

/* conv1d (Conv1D) 30x8 -> 30x8, activation glu
 * Workspace: 480 floats: glu_gate_layer0 scratch at 0 (480 floats, steps 0-0). */
int glu_gate(const float *input, const float *weights, float *output, float *workspace)
{
    glu_gate_layer0(input, weights, output, workspace);
    return 0;
}
