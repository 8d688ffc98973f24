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
#define CG_LOAD8(p) CG_LOAD(cg_v8, p)
#define CG_STORE8(p, v) CG_STORE(cg_v8, p, v)
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

/* exp(x) for x in [-80, 80] to ~2 float ulps, branch-free so loops over it vectorise (libm's
 * expf does not): 2^k * p(r) with k = round(x / ln 2) (adding and subtracting 1.5 * 2^23
 * rounds to nearest), r = x - k ln 2 (ln 2 split in two for exactness) and p the degree-6
 * Taylor polynomial on |r| <= ln 2 / 2. -ffast-math would fold the rounding away: then k is
 * truncated instead and a degree-7 polynomial covers |r| < ln 2. */
static inline float cg_exp_bounded(float x)
{
#if defined(__FAST_MATH__)
    const float k = (float)(int)(x * 1.44269504f);
    const float r = (x - k * 0.693145752f) - k * 1.42860677e-06f;
    const float p = 1.0f + r * (1.0f + r * (0.5f + r * (0.166666672f + r * (0.0416666679f
                    + r * (0.00833333377f + r * (0.00138888892f + r * 0.000198412701f))))));
#else
    const float k = (x * 1.44269504f + 12582912.0f) - 12582912.0f;
    const float r = (x - k * 0.693145752f) - k * 1.42860677e-06f;
    const float p = 1.0f + r * (1.0f + r * (0.5f + r * (0.166666672f + r * (0.0416666679f
                    + r * (0.00833333377f + r * 0.00138888892f)))));
#endif
    union { float f; int i; } two_k;
    two_k.i = ((int)k + 127) << 23;
    return p * two_k.f;
}

/* saturates where float does: below -80 the result rounds to 0, above 80 the ratio to 1 */
static inline float cg_sigmoid(float x)
{
    float c = x < -80.0f ? -80.0f : x;   /* one comparison per line: if-convertible */
    float s;
    c = c > 80.0f ? 80.0f : c;
    s = 1.0f / (1.0f + cg_exp_bounded(-c));
    return x < -88.0f ? 0.0f : s;        /* exactly 0 where float's sigmoid underflows */
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
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
 *   input  1x30x8: strides n=240 c=1 d=240 h=240 w=8
 *   output 1x30x16: strides n=480 c=1 d=480 h=480 w=16
 *   weights [1][1][1][5][8][16], bias [1][16] at 640
 *   padding before (d, h, w) = (0, 0, 2)
 *   columns: 1 group(s) of register tiles (2 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 480 floats holding the result before glu halves its last axis. */
static void store_glu_gate_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 1] = cg_linear(t[f]);
}

static int glu_gate_layer0(const float *input, const float *weights, float *output,
                           float *workspace)
{
    const float *bias = weights + 640;
    float *y = workspace;
#if CG_VECTOR
    float t[16];   /* a pixel's values on their way to the scalar store */
    (void)t;
    (void)store_glu_gate_layer0;   /* unused when every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int n = 0; n < 1; ++n)
    for (int fb = 0; fb < 1; ++fb)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh) {
        float *y_row = y + n * 480 + od * 480 + oh * 480;
        {
            const float *wf = weights + fb * 640;
            const int nf = fb < 0 ? 16 : 16;   /* filters in this block */
            (void)nf;
            /* columns 0 + 1 * q: interior for q in [2, 28) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 15 output pixel(s) x 16 filters in 1 cg_v16: an edge tile, each tap only where its column exists */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a9_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a10_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a11_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a12_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a13_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a14_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 1) continue;

                        const float *xr = input + n * 240 + id * 240 + ih * 240;
                        const float *wr = wf + (kd * 1 + kh) * 640;
                        {   /* tap kw = 0, pixels 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[56 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[88 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
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
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[56 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[88 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[104 + c * 1];
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
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[56 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[88 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[104 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[112 + c * 1];
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
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[8 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[56 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[88 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[104 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[112 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
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
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[16 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[56 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[88 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[104 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[112 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                CG_STORE(cg_v16, y_row + (0) * 16 + fb * 16 + 0, a0_0);

                CG_STORE(cg_v16, y_row + (1) * 16 + fb * 16 + 0, a1_0);

                CG_STORE(cg_v16, y_row + (2) * 16 + fb * 16 + 0, a2_0);

                CG_STORE(cg_v16, y_row + (3) * 16 + fb * 16 + 0, a3_0);

                CG_STORE(cg_v16, y_row + (4) * 16 + fb * 16 + 0, a4_0);

                CG_STORE(cg_v16, y_row + (5) * 16 + fb * 16 + 0, a5_0);

                CG_STORE(cg_v16, y_row + (6) * 16 + fb * 16 + 0, a6_0);

                CG_STORE(cg_v16, y_row + (7) * 16 + fb * 16 + 0, a7_0);

                CG_STORE(cg_v16, y_row + (8) * 16 + fb * 16 + 0, a8_0);

                CG_STORE(cg_v16, y_row + (9) * 16 + fb * 16 + 0, a9_0);

                CG_STORE(cg_v16, y_row + (10) * 16 + fb * 16 + 0, a10_0);

                CG_STORE(cg_v16, y_row + (11) * 16 + fb * 16 + 0, a11_0);

                CG_STORE(cg_v16, y_row + (12) * 16 + fb * 16 + 0, a12_0);

                CG_STORE(cg_v16, y_row + (13) * 16 + fb * 16 + 0, a13_0);

                CG_STORE(cg_v16, y_row + (14) * 16 + fb * 16 + 0, a14_0);

            }

            {   /* 15 output pixel(s) x 16 filters in 1 cg_v16: an edge tile, each tap only where its column exists */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a9_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a10_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a11_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a12_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a13_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a14_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 1) continue;

                        const float *xr = input + n * 240 + id * 240 + ih * 240;
                        const float *wr = wf + (kd * 1 + kh) * 640;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[104 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[112 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[136 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[152 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[168 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[176 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[184 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
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
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[112 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[136 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[152 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[168 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[176 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[184 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
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
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[120 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[136 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[152 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[168 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[176 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[184 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[232 + c * 1];
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
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[128 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[136 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[152 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[168 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[176 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[184 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[232 + c * 1];
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
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[136 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[152 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[168 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[176 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[184 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[232 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                CG_STORE(cg_v16, y_row + (15) * 16 + fb * 16 + 0, a0_0);

                CG_STORE(cg_v16, y_row + (16) * 16 + fb * 16 + 0, a1_0);

                CG_STORE(cg_v16, y_row + (17) * 16 + fb * 16 + 0, a2_0);

                CG_STORE(cg_v16, y_row + (18) * 16 + fb * 16 + 0, a3_0);

                CG_STORE(cg_v16, y_row + (19) * 16 + fb * 16 + 0, a4_0);

                CG_STORE(cg_v16, y_row + (20) * 16 + fb * 16 + 0, a5_0);

                CG_STORE(cg_v16, y_row + (21) * 16 + fb * 16 + 0, a6_0);

                CG_STORE(cg_v16, y_row + (22) * 16 + fb * 16 + 0, a7_0);

                CG_STORE(cg_v16, y_row + (23) * 16 + fb * 16 + 0, a8_0);

                CG_STORE(cg_v16, y_row + (24) * 16 + fb * 16 + 0, a9_0);

                CG_STORE(cg_v16, y_row + (25) * 16 + fb * 16 + 0, a10_0);

                CG_STORE(cg_v16, y_row + (26) * 16 + fb * 16 + 0, a11_0);

                CG_STORE(cg_v16, y_row + (27) * 16 + fb * 16 + 0, a12_0);

                CG_STORE(cg_v16, y_row + (28) * 16 + fb * 16 + 0, a13_0);

                CG_STORE(cg_v16, y_row + (29) * 16 + fb * 16 + 0, a14_0);

            }


#else
            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a2_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a3_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a4_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a5_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 1) continue;

                        const float *xr = input + n * 240 + id * 240 + ih * 240;
                        const float *wr = wf + (kd * 1 + kh) * 640;
                        {   /* tap kw = 0, pixels 2, 3, 4, 5 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[8 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[16 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[56 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + (0) * 16 + fb * 16 + 0, a0_0);
                CG_STORE(cg_v8, y_row + (0) * 16 + fb * 16 + 8, a0_1);

                CG_STORE(cg_v8, y_row + (1) * 16 + fb * 16 + 0, a1_0);
                CG_STORE(cg_v8, y_row + (1) * 16 + fb * 16 + 8, a1_1);

                CG_STORE(cg_v8, y_row + (2) * 16 + fb * 16 + 0, a2_0);
                CG_STORE(cg_v8, y_row + (2) * 16 + fb * 16 + 8, a2_1);

                CG_STORE(cg_v8, y_row + (3) * 16 + fb * 16 + 0, a3_0);
                CG_STORE(cg_v8, y_row + (3) * 16 + fb * 16 + 8, a3_1);

                CG_STORE(cg_v8, y_row + (4) * 16 + fb * 16 + 0, a4_0);
                CG_STORE(cg_v8, y_row + (4) * 16 + fb * 16 + 8, a4_1);

                CG_STORE(cg_v8, y_row + (5) * 16 + fb * 16 + 0, a5_0);
                CG_STORE(cg_v8, y_row + (5) * 16 + fb * 16 + 8, a5_1);

            }

            for (int q = 6; q < 24; q += 6)
            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a2_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a3_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a4_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a5_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 1) continue;

                        const float *xr = input + n * 240 + id * 240 + ih * 240 + q * 8;
                        const float *wr = wf + (kd * 1 + kh) * 640;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[-16 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[-8 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[0 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[-8 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[8 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[16 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[56 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 16 + fb * 16 + 0, a0_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 16 + fb * 16 + 8, a0_1);

                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 16 + fb * 16 + 0, a1_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 16 + fb * 16 + 8, a1_1);

                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 16 + fb * 16 + 0, a2_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 16 + fb * 16 + 8, a2_1);

                CG_STORE(cg_v8, y_row + (0 + (q + 3) * 1) * 16 + fb * 16 + 0, a3_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 3) * 1) * 16 + fb * 16 + 8, a3_1);

                CG_STORE(cg_v8, y_row + (0 + (q + 4) * 1) * 16 + fb * 16 + 0, a4_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 4) * 1) * 16 + fb * 16 + 8, a4_1);

                CG_STORE(cg_v8, y_row + (0 + (q + 5) * 1) * 16 + fb * 16 + 0, a5_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 5) * 1) * 16 + fb * 16 + 8, a5_1);

            }

            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a2_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a3_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a4_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a5_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 1) continue;

                        const float *xr = input + n * 240 + id * 240 + ih * 240;
                        const float *wr = wf + (kd * 1 + kh) * 640;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[176 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[184 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[184 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[192 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[232 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[200 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[232 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[208 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[232 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + (24) * 16 + fb * 16 + 0, a0_0);
                CG_STORE(cg_v8, y_row + (24) * 16 + fb * 16 + 8, a0_1);

                CG_STORE(cg_v8, y_row + (25) * 16 + fb * 16 + 0, a1_0);
                CG_STORE(cg_v8, y_row + (25) * 16 + fb * 16 + 8, a1_1);

                CG_STORE(cg_v8, y_row + (26) * 16 + fb * 16 + 0, a2_0);
                CG_STORE(cg_v8, y_row + (26) * 16 + fb * 16 + 8, a2_1);

                CG_STORE(cg_v8, y_row + (27) * 16 + fb * 16 + 0, a3_0);
                CG_STORE(cg_v8, y_row + (27) * 16 + fb * 16 + 8, a3_1);

                CG_STORE(cg_v8, y_row + (28) * 16 + fb * 16 + 0, a4_0);
                CG_STORE(cg_v8, y_row + (28) * 16 + fb * 16 + 8, a4_1);

                CG_STORE(cg_v8, y_row + (29) * 16 + fb * 16 + 0, a5_0);
                CG_STORE(cg_v8, y_row + (29) * 16 + fb * 16 + 8, a5_1);

            }


#endif
        }
    }
#else
    /* portable C99: the same packed weights, one output pixel at a time */
    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh)
    for (int ow = 0; ow < 30; ++ow)
    for (int fb = 0; fb < 1; ++fb) {
        const float *wf = weights + fb * 640;
        const int nf = fb < 0 ? 16 : 16;
        float acc[16];
        for (int f = 0; f < 16; ++f)
            acc[f] = bias[fb * 16 + f];
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 1) continue;

                for (int kw = 0; kw < 5; ++kw) {
                        const int iw = ow * 1 + kw * 1 - 2;
                        if (iw < 0 || iw >= 30) continue;

                    {
                        const float *x = input + n * 240 + id * 240 + ih * 240 + iw * 8;
                        const float *w = wf + ((kd * 1 + kh) * 5 + kw) * 128;
                        for (int c = 0; c < 8; ++c)
                            for (int f = 0; f < 16; ++f)
                                acc[f] += x[c * 1] * w[c * 16 + f];
                    }
                }
            }
        }
        store_glu_gate_layer0(y + n * 480 + od * 480 + oh * 480 + ow * 16 + fb * 16, acc, nf);
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
