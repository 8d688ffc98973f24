/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: unet_small.yaml
 *   Template: model.c.j2, concatenate.c.j2, dense.c.j2, resize.c.j2
 */
#include "unet_small.h"

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

static inline void cg_softmax_rows(float *y, int rows, int len)
{
    for (int r = 0; r < rows; ++r, y += len) {
        float top = y[0], sum = 0.0f;
        for (int i = 1; i < len; ++i) top = y[i] > top ? y[i] : top;
        for (int i = 0; i < len; ++i) { y[i] = expf(y[i] - top); sum += y[i]; }
        for (int i = 0; i < len; ++i) y[i] /= sum;
    }
}

/* enc1 (Conv2D) 32x32x3 -> 32x32x8, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
 *   input  1x32x32x3: strides n=3072 c=1 d=3072 h=96 w=3
 *   output 1x32x32x8: strides n=8192 c=1 d=8192 h=256 w=8
 *   weights [1][1][3][3][3][8], bias [1][8] at 216
 *   padding before (d, h, w) = (0, 1, 1)
 *   columns: 1 group(s) of register tiles (2 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_unet_small_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 1] = cg_relu(t[f]);
}

static int unet_small_layer0(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 216;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[8];   /* a pixel's values on their way to the scalar store */
    (void)t;
    (void)store_unet_small_layer0;   /* unused when every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int n = 0; n < 1; ++n)
    for (int fb = 0; fb < 1; ++fb)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 32; ++oh) {
        float *y_row = y + n * 8192 + od * 8192 + oh * 256;
        {
            const float *wf = weights + fb * 216;
            const int nf = fb < 0 ? 8 : 8;   /* filters in this block */
            (void)nf;
            /* columns 0 + 1 * q: interior for q in [1, 31) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 16 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a9_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a10_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a11_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a12_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a13_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a14_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a15_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 32) continue;

                        const float *xr = input + n * 3072 + id * 3072 + ih * 96;
                        const float *wr = wf + (kd * 3 + kh) * 72;
                        {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[3 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[6 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[9 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[12 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[15 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[18 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[21 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[27 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[30 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[33 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[36 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[39 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[42 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[3 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[6 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[9 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[12 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[15 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[18 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[21 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[27 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[30 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[33 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[36 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[39 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[42 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[45 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[3 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[6 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[9 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[12 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[15 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[18 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[21 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[27 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[30 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[33 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[36 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[39 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[42 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[45 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a15_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (0) * 8 + fb * 8 + 0, a0_0);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (1) * 8 + fb * 8 + 0, a1_0);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (2) * 8 + fb * 8 + 0, a2_0);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (3) * 8 + fb * 8 + 0, a3_0);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (4) * 8 + fb * 8 + 0, a4_0);

                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + (5) * 8 + fb * 8 + 0, a5_0);

                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + (6) * 8 + fb * 8 + 0, a6_0);

                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + (7) * 8 + fb * 8 + 0, a7_0);

                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + (8) * 8 + fb * 8 + 0, a8_0);

                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + (9) * 8 + fb * 8 + 0, a9_0);

                cg_v8_relu(&a10_0);
                CG_STORE(cg_v8, y_row + (10) * 8 + fb * 8 + 0, a10_0);

                cg_v8_relu(&a11_0);
                CG_STORE(cg_v8, y_row + (11) * 8 + fb * 8 + 0, a11_0);

                cg_v8_relu(&a12_0);
                CG_STORE(cg_v8, y_row + (12) * 8 + fb * 8 + 0, a12_0);

                cg_v8_relu(&a13_0);
                CG_STORE(cg_v8, y_row + (13) * 8 + fb * 8 + 0, a13_0);

                cg_v8_relu(&a14_0);
                CG_STORE(cg_v8, y_row + (14) * 8 + fb * 8 + 0, a14_0);

                cg_v8_relu(&a15_0);
                CG_STORE(cg_v8, y_row + (15) * 8 + fb * 8 + 0, a15_0);

            }

            {   /* 16 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a9_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a10_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a11_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a12_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a13_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a14_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a15_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 32) continue;

                        const float *xr = input + n * 3072 + id * 3072 + ih * 96;
                        const float *wr = wf + (kd * 3 + kh) * 72;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[45 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[51 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[54 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[57 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[60 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[63 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[66 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[69 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[75 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[78 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[81 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[84 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[87 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[90 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[48 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[51 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[54 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[57 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[60 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[63 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[66 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[69 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[75 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[78 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[81 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[84 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[87 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[90 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[93 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[51 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[54 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[57 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[60 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[63 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[66 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[69 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[75 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[78 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[81 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[84 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[87 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[90 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[93 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (16) * 8 + fb * 8 + 0, a0_0);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (17) * 8 + fb * 8 + 0, a1_0);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (18) * 8 + fb * 8 + 0, a2_0);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (19) * 8 + fb * 8 + 0, a3_0);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (20) * 8 + fb * 8 + 0, a4_0);

                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + (21) * 8 + fb * 8 + 0, a5_0);

                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + (22) * 8 + fb * 8 + 0, a6_0);

                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + (23) * 8 + fb * 8 + 0, a7_0);

                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + (24) * 8 + fb * 8 + 0, a8_0);

                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + (25) * 8 + fb * 8 + 0, a9_0);

                cg_v8_relu(&a10_0);
                CG_STORE(cg_v8, y_row + (26) * 8 + fb * 8 + 0, a10_0);

                cg_v8_relu(&a11_0);
                CG_STORE(cg_v8, y_row + (27) * 8 + fb * 8 + 0, a11_0);

                cg_v8_relu(&a12_0);
                CG_STORE(cg_v8, y_row + (28) * 8 + fb * 8 + 0, a12_0);

                cg_v8_relu(&a13_0);
                CG_STORE(cg_v8, y_row + (29) * 8 + fb * 8 + 0, a13_0);

                cg_v8_relu(&a14_0);
                CG_STORE(cg_v8, y_row + (30) * 8 + fb * 8 + 0, a14_0);

                cg_v8_relu(&a15_0);
                CG_STORE(cg_v8, y_row + (31) * 8 + fb * 8 + 0, a15_0);

            }


#else
            {   /* 11 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a9_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a10_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 32) continue;

                        const float *xr = input + n * 3072 + id * 3072 + ih * 96;
                        const float *wr = wf + (kd * 3 + kh) * 72;
                        {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[3 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[6 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[9 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[12 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[15 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[18 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[21 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[27 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[3 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[6 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[9 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[12 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[15 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[18 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[21 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[27 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[30 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[3 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[6 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[9 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[12 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[15 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[18 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[21 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[27 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[30 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[33 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (0) * 8 + fb * 8 + 0, a0_0);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (1) * 8 + fb * 8 + 0, a1_0);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (2) * 8 + fb * 8 + 0, a2_0);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (3) * 8 + fb * 8 + 0, a3_0);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (4) * 8 + fb * 8 + 0, a4_0);

                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + (5) * 8 + fb * 8 + 0, a5_0);

                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + (6) * 8 + fb * 8 + 0, a6_0);

                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + (7) * 8 + fb * 8 + 0, a7_0);

                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + (8) * 8 + fb * 8 + 0, a8_0);

                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + (9) * 8 + fb * 8 + 0, a9_0);

                cg_v8_relu(&a10_0);
                CG_STORE(cg_v8, y_row + (10) * 8 + fb * 8 + 0, a10_0);

            }

            for (int q = 11; q < 22; q += 11)
            {   /* 11 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a9_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a10_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 32) continue;

                        const float *xr = input + n * 3072 + id * 3072 + ih * 96 + q * 3;
                        const float *wr = wf + (kd * 3 + kh) * 72;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[-3 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[3 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[6 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[9 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[12 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[15 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[18 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[21 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[27 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[3 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[6 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[9 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[12 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[15 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[18 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[21 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[27 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[30 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[3 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[6 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[9 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[12 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[15 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[18 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[21 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[27 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[30 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[33 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 8 + fb * 8 + 0, a0_0);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 8 + fb * 8 + 0, a1_0);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 8 + fb * 8 + 0, a2_0);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 3) * 1) * 8 + fb * 8 + 0, a3_0);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 4) * 1) * 8 + fb * 8 + 0, a4_0);

                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 5) * 1) * 8 + fb * 8 + 0, a5_0);

                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 6) * 1) * 8 + fb * 8 + 0, a6_0);

                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 7) * 1) * 8 + fb * 8 + 0, a7_0);

                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 8) * 1) * 8 + fb * 8 + 0, a8_0);

                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 9) * 1) * 8 + fb * 8 + 0, a9_0);

                cg_v8_relu(&a10_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 10) * 1) * 8 + fb * 8 + 0, a10_0);

            }

            {   /* 10 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a9_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 32) continue;

                        const float *xr = input + n * 3072 + id * 3072 + ih * 96;
                        const float *wr = wf + (kd * 3 + kh) * 72;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[63 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[66 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[69 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[75 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[78 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[81 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[84 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[87 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[90 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[66 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[69 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[75 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[78 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[81 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[84 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[87 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[90 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[93 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[69 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[75 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[78 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[81 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[84 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[87 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[90 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[93 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (22) * 8 + fb * 8 + 0, a0_0);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (23) * 8 + fb * 8 + 0, a1_0);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (24) * 8 + fb * 8 + 0, a2_0);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (25) * 8 + fb * 8 + 0, a3_0);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (26) * 8 + fb * 8 + 0, a4_0);

                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + (27) * 8 + fb * 8 + 0, a5_0);

                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + (28) * 8 + fb * 8 + 0, a6_0);

                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + (29) * 8 + fb * 8 + 0, a7_0);

                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + (30) * 8 + fb * 8 + 0, a8_0);

                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + (31) * 8 + fb * 8 + 0, a9_0);

            }


#endif
        }
    }
#else
    /* portable C99: the same packed weights, one output pixel at a time */
    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 32; ++oh)
    for (int ow = 0; ow < 32; ++ow)
    for (int fb = 0; fb < 1; ++fb) {
        const float *wf = weights + fb * 216;
        const int nf = fb < 0 ? 8 : 8;
        float acc[8];
        for (int f = 0; f < 8; ++f)
            acc[f] = bias[fb * 8 + f];
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 32) continue;

                for (int kw = 0; kw < 3; ++kw) {
                        const int iw = ow * 1 + kw * 1 - 1;
                        if (iw < 0 || iw >= 32) continue;

                    {
                        const float *x = input + n * 3072 + id * 3072 + ih * 96 + iw * 3;
                        const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 24;
                        for (int c = 0; c < 3; ++c)
                            for (int f = 0; f < 8; ++f)
                                acc[f] += x[c * 1] * w[c * 8 + f];
                    }
                }
            }
        }
        store_unet_small_layer0(y + n * 8192 + od * 8192 + oh * 256 + ow * 8 + fb * 8, acc, nf);
    }
#endif
    return 0;
}

/* down1 (Conv2D) 32x32x8 -> 16x16x16, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
 *   input  1x32x32x8: strides n=8192 c=1 d=8192 h=256 w=8
 *   output 1x16x16x16: strides n=4096 c=1 d=4096 h=256 w=16
 *   weights [1][1][3][3][8][16], bias [1][16] at 1152
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_unet_small_layer1(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 1] = cg_relu(t[f]);
}

static int unet_small_layer1(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 1152;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[16];   /* a pixel's values on their way to the scalar store */
    (void)t;
    (void)store_unet_small_layer1;   /* unused when every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int n = 0; n < 1; ++n)
    for (int fb = 0; fb < 1; ++fb)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + n * 4096 + od * 4096 + oh * 256;
        {
            const float *wf = weights + fb * 1152;
            const int nf = fb < 0 ? 16 : 16;   /* filters in this block */
            (void)nf;
            /* columns 0 + 1 * q: interior for q in [0, 15) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 16 output pixel(s) x 16 filters in 1 cg_v16: an edge tile, each tap only where its column exists */
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
                cg_v16 a15_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 32) continue;

                        const float *xr = input + n * 8192 + id * 8192 + ih * 256;
                        const float *wr = wf + (kd * 3 + kh) * 384;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
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
                                    const float xv = xr[16 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[112 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[176 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
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
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[8 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[56 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[88 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[104 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[136 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[152 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[168 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[184 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[232 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[248 + c * 1];
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
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[16 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[112 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[176 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + (0) * 16 + fb * 16 + 0, a0_0);

                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + (1) * 16 + fb * 16 + 0, a1_0);

                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + (2) * 16 + fb * 16 + 0, a2_0);

                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + (3) * 16 + fb * 16 + 0, a3_0);

                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + (4) * 16 + fb * 16 + 0, a4_0);

                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + (5) * 16 + fb * 16 + 0, a5_0);

                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + (6) * 16 + fb * 16 + 0, a6_0);

                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + (7) * 16 + fb * 16 + 0, a7_0);

                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + (8) * 16 + fb * 16 + 0, a8_0);

                cg_v16_relu(&a9_0);
                CG_STORE(cg_v16, y_row + (9) * 16 + fb * 16 + 0, a9_0);

                cg_v16_relu(&a10_0);
                CG_STORE(cg_v16, y_row + (10) * 16 + fb * 16 + 0, a10_0);

                cg_v16_relu(&a11_0);
                CG_STORE(cg_v16, y_row + (11) * 16 + fb * 16 + 0, a11_0);

                cg_v16_relu(&a12_0);
                CG_STORE(cg_v16, y_row + (12) * 16 + fb * 16 + 0, a12_0);

                cg_v16_relu(&a13_0);
                CG_STORE(cg_v16, y_row + (13) * 16 + fb * 16 + 0, a13_0);

                cg_v16_relu(&a14_0);
                CG_STORE(cg_v16, y_row + (14) * 16 + fb * 16 + 0, a14_0);

                cg_v16_relu(&a15_0);
                CG_STORE(cg_v16, y_row + (15) * 16 + fb * 16 + 0, a15_0);

            }


#else
            for (int q = 0; q < 6; q += 6)
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
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 32) continue;

                        const float *xr = input + n * 8192 + id * 8192 + ih * 256 + q * 16;
                        const float *wr = wf + (kd * 3 + kh) * 384;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
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
                                    const float xv = xr[16 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
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
                                    const float xv = xr[8 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[56 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[88 + c * 1];
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
                                    const float xv = xr[16 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 16 + fb * 16 + 0, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 16 + fb * 16 + 8, a0_1);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 16 + fb * 16 + 0, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 16 + fb * 16 + 8, a1_1);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 16 + fb * 16 + 0, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 16 + fb * 16 + 8, a2_1);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 3) * 1) * 16 + fb * 16 + 0, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 3) * 1) * 16 + fb * 16 + 8, a3_1);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 4) * 1) * 16 + fb * 16 + 0, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 4) * 1) * 16 + fb * 16 + 8, a4_1);

                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 5) * 1) * 16 + fb * 16 + 0, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 5) * 1) * 16 + fb * 16 + 8, a5_1);

            }

            for (int q = 6; q < 11; q += 5)
            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a2_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a3_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a4_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 32) continue;

                        const float *xr = input + n * 8192 + id * 8192 + ih * 256 + q * 16;
                        const float *wr = wf + (kd * 3 + kh) * 384;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
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
                                    const float xv = xr[16 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[8 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[56 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[16 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 16 + fb * 16 + 0, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 16 + fb * 16 + 8, a0_1);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 16 + fb * 16 + 0, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 16 + fb * 16 + 8, a1_1);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 16 + fb * 16 + 0, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 16 + fb * 16 + 8, a2_1);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 3) * 1) * 16 + fb * 16 + 0, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 3) * 1) * 16 + fb * 16 + 8, a3_1);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 4) * 1) * 16 + fb * 16 + 0, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 4) * 1) * 16 + fb * 16 + 8, a4_1);

            }

            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a2_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a3_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a4_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 32) continue;

                        const float *xr = input + n * 8192 + id * 8192 + ih * 256;
                        const float *wr = wf + (kd * 3 + kh) * 384;
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
                                    const float xv = xr[192 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[184 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[232 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[248 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[192 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (11) * 16 + fb * 16 + 0, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + (11) * 16 + fb * 16 + 8, a0_1);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (12) * 16 + fb * 16 + 0, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + (12) * 16 + fb * 16 + 8, a1_1);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (13) * 16 + fb * 16 + 0, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + (13) * 16 + fb * 16 + 8, a2_1);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (14) * 16 + fb * 16 + 0, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + (14) * 16 + fb * 16 + 8, a3_1);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (15) * 16 + fb * 16 + 0, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + (15) * 16 + fb * 16 + 8, a4_1);

            }


#endif
        }
    }
#else
    /* portable C99: the same packed weights, one output pixel at a time */
    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 16; ++oh)
    for (int ow = 0; ow < 16; ++ow)
    for (int fb = 0; fb < 1; ++fb) {
        const float *wf = weights + fb * 1152;
        const int nf = fb < 0 ? 16 : 16;
        float acc[16];
        for (int f = 0; f < 16; ++f)
            acc[f] = bias[fb * 16 + f];
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 32) continue;

                for (int kw = 0; kw < 3; ++kw) {
                        const int iw = ow * 2 + kw * 1 - 0;
                        if (iw < 0 || iw >= 32) continue;

                    {
                        const float *x = input + n * 8192 + id * 8192 + ih * 256 + iw * 8;
                        const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 128;
                        for (int c = 0; c < 8; ++c)
                            for (int f = 0; f < 16; ++f)
                                acc[f] += x[c * 1] * w[c * 16 + f];
                    }
                }
            }
        }
        store_unet_small_layer1(y + n * 4096 + od * 4096 + oh * 256 + ow * 16 + fb * 16, acc, nf);
    }
#endif
    return 0;
}

/* enc2 (Conv2D) 16x16x16 -> 16x16x16, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
 *   input  1x16x16x16: strides n=4096 c=1 d=4096 h=256 w=16
 *   output 1x16x16x16: strides n=4096 c=1 d=4096 h=256 w=16
 *   weights [1][1][3][3][16][16], bias [1][16] at 2304
 *   padding before (d, h, w) = (0, 1, 1)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_unet_small_layer2(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 1] = cg_relu(t[f]);
}

static int unet_small_layer2(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 2304;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[16];   /* a pixel's values on their way to the scalar store */
    (void)t;
    (void)store_unet_small_layer2;   /* unused when every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int n = 0; n < 1; ++n)
    for (int fb = 0; fb < 1; ++fb)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + n * 4096 + od * 4096 + oh * 256;
        {
            const float *wf = weights + fb * 2304;
            const int nf = fb < 0 ? 16 : 16;   /* filters in this block */
            (void)nf;
            /* columns 0 + 1 * q: interior for q in [1, 15) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 16 output pixel(s) x 16 filters in 1 cg_v16: an edge tile, each tap only where its column exists */
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
                cg_v16 a15_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 16) continue;

                        const float *xr = input + n * 4096 + id * 4096 + ih * 256;
                        const float *wr = wf + (kd * 3 + kh) * 768;
                        {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 16; ++c, w += 16) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[112 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[176 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
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
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[112 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[176 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
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
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[16 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[112 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[176 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + (0) * 16 + fb * 16 + 0, a0_0);

                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + (1) * 16 + fb * 16 + 0, a1_0);

                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + (2) * 16 + fb * 16 + 0, a2_0);

                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + (3) * 16 + fb * 16 + 0, a3_0);

                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + (4) * 16 + fb * 16 + 0, a4_0);

                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + (5) * 16 + fb * 16 + 0, a5_0);

                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + (6) * 16 + fb * 16 + 0, a6_0);

                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + (7) * 16 + fb * 16 + 0, a7_0);

                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + (8) * 16 + fb * 16 + 0, a8_0);

                cg_v16_relu(&a9_0);
                CG_STORE(cg_v16, y_row + (9) * 16 + fb * 16 + 0, a9_0);

                cg_v16_relu(&a10_0);
                CG_STORE(cg_v16, y_row + (10) * 16 + fb * 16 + 0, a10_0);

                cg_v16_relu(&a11_0);
                CG_STORE(cg_v16, y_row + (11) * 16 + fb * 16 + 0, a11_0);

                cg_v16_relu(&a12_0);
                CG_STORE(cg_v16, y_row + (12) * 16 + fb * 16 + 0, a12_0);

                cg_v16_relu(&a13_0);
                CG_STORE(cg_v16, y_row + (13) * 16 + fb * 16 + 0, a13_0);

                cg_v16_relu(&a14_0);
                CG_STORE(cg_v16, y_row + (14) * 16 + fb * 16 + 0, a14_0);

                cg_v16_relu(&a15_0);
                CG_STORE(cg_v16, y_row + (15) * 16 + fb * 16 + 0, a15_0);

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
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 16) continue;

                        const float *xr = input + n * 4096 + id * 4096 + ih * 256;
                        const float *wr = wf + (kd * 3 + kh) * 768;
                        {   /* tap kw = 0, pixels 1, 2, 3, 4, 5 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 16; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[16 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (0) * 16 + fb * 16 + 0, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + (0) * 16 + fb * 16 + 8, a0_1);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (1) * 16 + fb * 16 + 0, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + (1) * 16 + fb * 16 + 8, a1_1);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (2) * 16 + fb * 16 + 0, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + (2) * 16 + fb * 16 + 8, a2_1);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (3) * 16 + fb * 16 + 0, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + (3) * 16 + fb * 16 + 8, a3_1);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (4) * 16 + fb * 16 + 0, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + (4) * 16 + fb * 16 + 8, a4_1);

                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + (5) * 16 + fb * 16 + 0, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + (5) * 16 + fb * 16 + 8, a5_1);

            }

            for (int q = 6; q < 11; q += 5)
            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a2_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a3_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a4_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 16) continue;

                        const float *xr = input + n * 4096 + id * 4096 + ih * 256 + q * 16;
                        const float *wr = wf + (kd * 3 + kh) * 768;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 16; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[-16 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[16 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 16 + fb * 16 + 0, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 16 + fb * 16 + 8, a0_1);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 16 + fb * 16 + 0, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 16 + fb * 16 + 8, a1_1);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 16 + fb * 16 + 0, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 16 + fb * 16 + 8, a2_1);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 3) * 1) * 16 + fb * 16 + 0, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 3) * 1) * 16 + fb * 16 + 8, a3_1);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 4) * 1) * 16 + fb * 16 + 0, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 4) * 1) * 16 + fb * 16 + 8, a4_1);

            }

            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a2_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a3_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a4_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 16) continue;

                        const float *xr = input + n * 4096 + id * 4096 + ih * 256;
                        const float *wr = wf + (kd * 3 + kh) * 768;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 16; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[160 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[176 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[176 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[192 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (11) * 16 + fb * 16 + 0, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + (11) * 16 + fb * 16 + 8, a0_1);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (12) * 16 + fb * 16 + 0, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + (12) * 16 + fb * 16 + 8, a1_1);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (13) * 16 + fb * 16 + 0, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + (13) * 16 + fb * 16 + 8, a2_1);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (14) * 16 + fb * 16 + 0, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + (14) * 16 + fb * 16 + 8, a3_1);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (15) * 16 + fb * 16 + 0, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + (15) * 16 + fb * 16 + 8, a4_1);

            }


#endif
        }
    }
#else
    /* portable C99: the same packed weights, one output pixel at a time */
    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 16; ++oh)
    for (int ow = 0; ow < 16; ++ow)
    for (int fb = 0; fb < 1; ++fb) {
        const float *wf = weights + fb * 2304;
        const int nf = fb < 0 ? 16 : 16;
        float acc[16];
        for (int f = 0; f < 16; ++f)
            acc[f] = bias[fb * 16 + f];
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 16) continue;

                for (int kw = 0; kw < 3; ++kw) {
                        const int iw = ow * 1 + kw * 1 - 1;
                        if (iw < 0 || iw >= 16) continue;

                    {
                        const float *x = input + n * 4096 + id * 4096 + ih * 256 + iw * 16;
                        const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 256;
                        for (int c = 0; c < 16; ++c)
                            for (int f = 0; f < 16; ++f)
                                acc[f] += x[c * 1] * w[c * 16 + f];
                    }
                }
            }
        }
        store_unet_small_layer2(y + n * 4096 + od * 4096 + oh * 256 + ow * 16 + fb * 16, acc, nf);
    }
#endif
    return 0;
}

/* down2 (Conv2D) 16x16x16 -> 8x8x32, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
 *   input  1x16x16x16: strides n=4096 c=1 d=4096 h=256 w=16
 *   output 1x8x8x32: strides n=2048 c=1 d=2048 h=256 w=32
 *   weights [1][1][3][3][16][32], bias [1][32] at 4608
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_unet_small_layer3(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 1] = cg_relu(t[f]);
}

static int unet_small_layer3(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 4608;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[32];   /* a pixel's values on their way to the scalar store */
    (void)t;
    (void)store_unet_small_layer3;   /* unused when every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int n = 0; n < 1; ++n)
    for (int fb = 0; fb < 1; ++fb)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 8; ++oh) {
        float *y_row = y + n * 2048 + od * 2048 + oh * 256;
        {
            const float *wf = weights + fb * 4608;
            const int nf = fb < 0 ? 32 : 32;   /* filters in this block */
            (void)nf;
            /* columns 0 + 1 * q: interior for q in [0, 7) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 8 output pixel(s) x 32 filters in 2 cg_v16: an edge tile, each tap only where its column exists */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 16) continue;

                        const float *xr = input + n * 4096 + id * 4096 + ih * 256;
                        const float *wr = wf + (kd * 3 + kh) * 1536;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 16; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
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
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[16 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[112 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[176 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
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
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[32 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + (0) * 32 + fb * 32 + 0, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + (0) * 32 + fb * 32 + 16, a0_1);

                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + (1) * 32 + fb * 32 + 0, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + (1) * 32 + fb * 32 + 16, a1_1);

                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + (2) * 32 + fb * 32 + 0, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + (2) * 32 + fb * 32 + 16, a2_1);

                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + (3) * 32 + fb * 32 + 0, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + (3) * 32 + fb * 32 + 16, a3_1);

                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + (4) * 32 + fb * 32 + 0, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + (4) * 32 + fb * 32 + 16, a4_1);

                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + (5) * 32 + fb * 32 + 0, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + (5) * 32 + fb * 32 + 16, a5_1);

                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + (6) * 32 + fb * 32 + 0, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + (6) * 32 + fb * 32 + 16, a6_1);

                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + (7) * 32 + fb * 32 + 0, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + (7) * 32 + fb * 32 + 16, a7_1);

            }


#else
            for (int q = 0; q < 6; q += 3)
            {   /* 3 output pixel(s) x 32 filters in 4 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a0_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a0_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a1_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a1_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a2_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a2_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 16) continue;

                        const float *xr = input + n * 4096 + id * 4096 + ih * 256 + q * 32;
                        const float *wr = wf + (kd * 3 + kh) * 1536;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 16; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 512;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 16; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[16 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 1024;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 16; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[32 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 32 + fb * 32 + 0, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 32 + fb * 32 + 8, a0_1);
                cg_v8_relu(&a0_2);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 32 + fb * 32 + 16, a0_2);
                cg_v8_relu(&a0_3);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 32 + fb * 32 + 24, a0_3);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 32 + fb * 32 + 0, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 32 + fb * 32 + 8, a1_1);
                cg_v8_relu(&a1_2);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 32 + fb * 32 + 16, a1_2);
                cg_v8_relu(&a1_3);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 32 + fb * 32 + 24, a1_3);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 32 + fb * 32 + 0, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 32 + fb * 32 + 8, a2_1);
                cg_v8_relu(&a2_2);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 32 + fb * 32 + 16, a2_2);
                cg_v8_relu(&a2_3);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 32 + fb * 32 + 24, a2_3);

            }

            {   /* 2 output pixel(s) x 32 filters in 4 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a0_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a0_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a1_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a1_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 16) continue;

                        const float *xr = input + n * 4096 + id * 4096 + ih * 256;
                        const float *wr = wf + (kd * 3 + kh) * 1536;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 16; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[192 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 512;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 16; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[208 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0 */
                            const float *w = wr + 1024;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 16; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[224 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (6) * 32 + fb * 32 + 0, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + (6) * 32 + fb * 32 + 8, a0_1);
                cg_v8_relu(&a0_2);
                CG_STORE(cg_v8, y_row + (6) * 32 + fb * 32 + 16, a0_2);
                cg_v8_relu(&a0_3);
                CG_STORE(cg_v8, y_row + (6) * 32 + fb * 32 + 24, a0_3);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (7) * 32 + fb * 32 + 0, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + (7) * 32 + fb * 32 + 8, a1_1);
                cg_v8_relu(&a1_2);
                CG_STORE(cg_v8, y_row + (7) * 32 + fb * 32 + 16, a1_2);
                cg_v8_relu(&a1_3);
                CG_STORE(cg_v8, y_row + (7) * 32 + fb * 32 + 24, a1_3);

            }


#endif
        }
    }
#else
    /* portable C99: the same packed weights, one output pixel at a time */
    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 8; ++oh)
    for (int ow = 0; ow < 8; ++ow)
    for (int fb = 0; fb < 1; ++fb) {
        const float *wf = weights + fb * 4608;
        const int nf = fb < 0 ? 32 : 32;
        float acc[32];
        for (int f = 0; f < 32; ++f)
            acc[f] = bias[fb * 32 + f];
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 16) continue;

                for (int kw = 0; kw < 3; ++kw) {
                        const int iw = ow * 2 + kw * 1 - 0;
                        if (iw < 0 || iw >= 16) continue;

                    {
                        const float *x = input + n * 4096 + id * 4096 + ih * 256 + iw * 16;
                        const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 512;
                        for (int c = 0; c < 16; ++c)
                            for (int f = 0; f < 32; ++f)
                                acc[f] += x[c * 1] * w[c * 32 + f];
                    }
                }
            }
        }
        store_unet_small_layer3(y + n * 2048 + od * 2048 + oh * 256 + ow * 32 + fb * 32, acc, nf);
    }
#endif
    return 0;
}

/* up2 (Conv2DTranspose) 8x8x32 -> 16x16x16, activation relu
 * Transposed convolution by stride phases: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
 *   input  1x8x8x32: strides n=2048 c=1 d=2048 h=256 w=32
 *   output 1x16x16x16: strides n=8192 c=1 d=8192 h=512 w=32
 *   weights [1][1][3][3][32][16], bias [1][16] at 4608
 *   output position o takes input i through tap j when o + crop = i * stride + j * dilation; crop (d, h, w) = (0, 0, 0)
 *   columns: 2 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_unet_small_layer4(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 1] = cg_relu(t[f]);
}

static int unet_small_layer4(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 4608;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[16];   /* a pixel's values on their way to the scalar store */
    (void)t;
    (void)store_unet_small_layer4;   /* unused when every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int n = 0; n < 1; ++n)
    for (int fb = 0; fb < 1; ++fb)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + n * 8192 + od * 8192 + oh * 512;
        {
            const float *wf = weights + fb * 4608;
            const int nf = fb < 0 ? 16 : 16;   /* filters in this block */
            (void)nf;
            /* columns 0 + 2 * q: interior for q in [1, 8) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 8 output pixel(s) x 16 filters in 1 cg_v16: an edge tile, each tap only where its column exists */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int td = od + 0 - kd * 1;
                    const int id = td / 1;
                    if (td < 0 || td % 1 != 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh + 0 - kh * 1;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0 || ih >= 8) continue;

                        const float *xr = input + n * 2048 + id * 2048 + ih * 256;
                        const float *wr = wf + (kd * 3 + kh) * 1536;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
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
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + (0) * 32 + fb * 16 + 0, a0_0);

                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + (2) * 32 + fb * 16 + 0, a1_0);

                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + (4) * 32 + fb * 16 + 0, a2_0);

                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + (6) * 32 + fb * 16 + 0, a3_0);

                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + (8) * 32 + fb * 16 + 0, a4_0);

                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + (10) * 32 + fb * 16 + 0, a5_0);

                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + (12) * 32 + fb * 16 + 0, a6_0);

                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + (14) * 32 + fb * 16 + 0, a7_0);

            }


#else
            {   /* 4 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a2_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a3_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                for (int kd = 0; kd < 1; ++kd) {
                    const int td = od + 0 - kd * 1;
                    const int id = td / 1;
                    if (td < 0 || td % 1 != 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh + 0 - kh * 1;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0 || ih >= 8) continue;

                        const float *xr = input + n * 2048 + id * 2048 + ih * 256;
                        const float *wr = wf + (kd * 3 + kh) * 1536;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (0) * 32 + fb * 16 + 0, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + (0) * 32 + fb * 16 + 8, a0_1);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (2) * 32 + fb * 16 + 0, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + (2) * 32 + fb * 16 + 8, a1_1);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (4) * 32 + fb * 16 + 0, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + (4) * 32 + fb * 16 + 8, a2_1);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (6) * 32 + fb * 16 + 0, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + (6) * 32 + fb * 16 + 8, a3_1);

            }

            for (int q = 4; q < 8; q += 4)
            {   /* 4 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a2_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a3_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                for (int kd = 0; kd < 1; ++kd) {
                    const int td = od + 0 - kd * 1;
                    const int id = td / 1;
                    if (td < 0 || td % 1 != 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh + 0 - kh * 1;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0 || ih >= 8) continue;

                        const float *xr = input + n * 2048 + id * 2048 + ih * 256 + q * 32;
                        const float *wr = wf + (kd * 3 + kh) * 1536;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[-32 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 2) * 32 + fb * 16 + 0, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 2) * 32 + fb * 16 + 8, a0_1);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 2) * 32 + fb * 16 + 0, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 2) * 32 + fb * 16 + 8, a1_1);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 2) * 32 + fb * 16 + 0, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 2) * 32 + fb * 16 + 8, a2_1);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 3) * 2) * 32 + fb * 16 + 0, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 3) * 2) * 32 + fb * 16 + 8, a3_1);

            }


#endif
            /* columns 1 + 2 * q: interior for q in [0, 8) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 8; q += 8)
            {   /* 8 output pixel(s) x 16 filters in 1 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int td = od + 0 - kd * 1;
                    const int id = td / 1;
                    if (td < 0 || td % 1 != 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh + 0 - kh * 1;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0 || ih >= 8) continue;

                        const float *xr = input + n * 2048 + id * 2048 + ih * 256 + q * 32;
                        const float *wr = wf + (kd * 3 + kh) * 1536;
                        {   /* tap kw = 1 */
                            const float *w = wr + 512;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + (1 + (q + 0) * 2) * 32 + fb * 16 + 0, a0_0);

                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + (1 + (q + 1) * 2) * 32 + fb * 16 + 0, a1_0);

                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + (1 + (q + 2) * 2) * 32 + fb * 16 + 0, a2_0);

                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + (1 + (q + 3) * 2) * 32 + fb * 16 + 0, a3_0);

                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + (1 + (q + 4) * 2) * 32 + fb * 16 + 0, a4_0);

                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + (1 + (q + 5) * 2) * 32 + fb * 16 + 0, a5_0);

                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + (1 + (q + 6) * 2) * 32 + fb * 16 + 0, a6_0);

                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + (1 + (q + 7) * 2) * 32 + fb * 16 + 0, a7_0);

            }


#else
            for (int q = 0; q < 8; q += 4)
            {   /* 4 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a2_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a3_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                for (int kd = 0; kd < 1; ++kd) {
                    const int td = od + 0 - kd * 1;
                    const int id = td / 1;
                    if (td < 0 || td % 1 != 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh + 0 - kh * 1;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0 || ih >= 8) continue;

                        const float *xr = input + n * 2048 + id * 2048 + ih * 256 + q * 32;
                        const float *wr = wf + (kd * 3 + kh) * 1536;
                        {   /* tap kw = 1 */
                            const float *w = wr + 512;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (1 + (q + 0) * 2) * 32 + fb * 16 + 0, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + (1 + (q + 0) * 2) * 32 + fb * 16 + 8, a0_1);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (1 + (q + 1) * 2) * 32 + fb * 16 + 0, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + (1 + (q + 1) * 2) * 32 + fb * 16 + 8, a1_1);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (1 + (q + 2) * 2) * 32 + fb * 16 + 0, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + (1 + (q + 2) * 2) * 32 + fb * 16 + 8, a2_1);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (1 + (q + 3) * 2) * 32 + fb * 16 + 0, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + (1 + (q + 3) * 2) * 32 + fb * 16 + 8, a3_1);

            }


#endif
        }
    }
#else
    /* portable C99: the same packed weights, one output pixel at a time */
    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 16; ++oh)
    for (int ow = 0; ow < 16; ++ow)
    for (int fb = 0; fb < 1; ++fb) {
        const float *wf = weights + fb * 4608;
        const int nf = fb < 0 ? 16 : 16;
        float acc[16];
        for (int f = 0; f < 16; ++f)
            acc[f] = bias[fb * 16 + f];
                for (int kd = 0; kd < 1; ++kd) {
                    const int td = od + 0 - kd * 1;
                    const int id = td / 1;
                    if (td < 0 || td % 1 != 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh + 0 - kh * 1;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0 || ih >= 8) continue;

                for (int kw = 0; kw < 3; ++kw) {
                        const int tw = ow + 0 - kw * 1;
                        const int iw = tw / 2;
                        if (tw < 0 || tw % 2 != 0 || iw >= 8) continue;

                    {
                        const float *x = input + n * 2048 + id * 2048 + ih * 256 + iw * 32;
                        const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 512;
                        for (int c = 0; c < 32; ++c)
                            for (int f = 0; f < 16; ++f)
                                acc[f] += x[c * 1] * w[c * 16 + f];
                    }
                }
            }
        }
        store_unet_small_layer4(y + n * 8192 + od * 8192 + oh * 512 + ow * 32 + fb * 16, acc, nf);
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
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
 *   input  1x16x16x32: strides n=8192 c=1 d=8192 h=512 w=32
 *   output 1x16x16x16: strides n=4096 c=1 d=4096 h=256 w=16
 *   weights [1][1][3][3][32][16], bias [1][16] at 4608
 *   padding before (d, h, w) = (0, 1, 1)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_unet_small_layer6(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 1] = cg_relu(t[f]);
}

static int unet_small_layer6(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 4608;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[16];   /* a pixel's values on their way to the scalar store */
    (void)t;
    (void)store_unet_small_layer6;   /* unused when every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int n = 0; n < 1; ++n)
    for (int fb = 0; fb < 1; ++fb)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + n * 4096 + od * 4096 + oh * 256;
        {
            const float *wf = weights + fb * 4608;
            const int nf = fb < 0 ? 16 : 16;   /* filters in this block */
            (void)nf;
            /* columns 0 + 1 * q: interior for q in [1, 15) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 16 output pixel(s) x 16 filters in 1 cg_v16: an edge tile, each tap only where its column exists */
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
                cg_v16 a15_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 16) continue;

                        const float *xr = input + n * 8192 + id * 8192 + ih * 512;
                        const float *wr = wf + (kd * 3 + kh) * 1536;
                        {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[256 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[288 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[352 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[384 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[416 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[448 + c * 1];
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
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[256 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[288 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[352 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[384 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[416 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[448 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[480 + c * 1];
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
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[32 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[224 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[256 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[288 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[352 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[384 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[416 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[448 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[480 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + (0) * 16 + fb * 16 + 0, a0_0);

                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + (1) * 16 + fb * 16 + 0, a1_0);

                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + (2) * 16 + fb * 16 + 0, a2_0);

                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + (3) * 16 + fb * 16 + 0, a3_0);

                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + (4) * 16 + fb * 16 + 0, a4_0);

                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + (5) * 16 + fb * 16 + 0, a5_0);

                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + (6) * 16 + fb * 16 + 0, a6_0);

                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + (7) * 16 + fb * 16 + 0, a7_0);

                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + (8) * 16 + fb * 16 + 0, a8_0);

                cg_v16_relu(&a9_0);
                CG_STORE(cg_v16, y_row + (9) * 16 + fb * 16 + 0, a9_0);

                cg_v16_relu(&a10_0);
                CG_STORE(cg_v16, y_row + (10) * 16 + fb * 16 + 0, a10_0);

                cg_v16_relu(&a11_0);
                CG_STORE(cg_v16, y_row + (11) * 16 + fb * 16 + 0, a11_0);

                cg_v16_relu(&a12_0);
                CG_STORE(cg_v16, y_row + (12) * 16 + fb * 16 + 0, a12_0);

                cg_v16_relu(&a13_0);
                CG_STORE(cg_v16, y_row + (13) * 16 + fb * 16 + 0, a13_0);

                cg_v16_relu(&a14_0);
                CG_STORE(cg_v16, y_row + (14) * 16 + fb * 16 + 0, a14_0);

                cg_v16_relu(&a15_0);
                CG_STORE(cg_v16, y_row + (15) * 16 + fb * 16 + 0, a15_0);

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
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 16) continue;

                        const float *xr = input + n * 8192 + id * 8192 + ih * 512;
                        const float *wr = wf + (kd * 3 + kh) * 1536;
                        {   /* tap kw = 0, pixels 1, 2, 3, 4, 5 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[32 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (0) * 16 + fb * 16 + 0, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + (0) * 16 + fb * 16 + 8, a0_1);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (1) * 16 + fb * 16 + 0, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + (1) * 16 + fb * 16 + 8, a1_1);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (2) * 16 + fb * 16 + 0, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + (2) * 16 + fb * 16 + 8, a2_1);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (3) * 16 + fb * 16 + 0, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + (3) * 16 + fb * 16 + 8, a3_1);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (4) * 16 + fb * 16 + 0, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + (4) * 16 + fb * 16 + 8, a4_1);

                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + (5) * 16 + fb * 16 + 0, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + (5) * 16 + fb * 16 + 8, a5_1);

            }

            for (int q = 6; q < 11; q += 5)
            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a2_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a3_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a4_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 16) continue;

                        const float *xr = input + n * 8192 + id * 8192 + ih * 512 + q * 32;
                        const float *wr = wf + (kd * 3 + kh) * 1536;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[-32 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[32 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 16 + fb * 16 + 0, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 16 + fb * 16 + 8, a0_1);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 16 + fb * 16 + 0, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 16 + fb * 16 + 8, a1_1);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 16 + fb * 16 + 0, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 16 + fb * 16 + 8, a2_1);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 3) * 1) * 16 + fb * 16 + 0, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 3) * 1) * 16 + fb * 16 + 8, a3_1);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 4) * 1) * 16 + fb * 16 + 0, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 4) * 1) * 16 + fb * 16 + 8, a4_1);

            }

            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a2_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a3_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a4_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 16) continue;

                        const float *xr = input + n * 8192 + id * 8192 + ih * 512;
                        const float *wr = wf + (kd * 3 + kh) * 1536;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 32; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[320 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[352 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[384 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[416 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[448 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[352 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[384 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[416 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[448 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[480 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[384 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[416 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[448 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[480 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (11) * 16 + fb * 16 + 0, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + (11) * 16 + fb * 16 + 8, a0_1);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (12) * 16 + fb * 16 + 0, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + (12) * 16 + fb * 16 + 8, a1_1);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (13) * 16 + fb * 16 + 0, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + (13) * 16 + fb * 16 + 8, a2_1);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (14) * 16 + fb * 16 + 0, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + (14) * 16 + fb * 16 + 8, a3_1);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (15) * 16 + fb * 16 + 0, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + (15) * 16 + fb * 16 + 8, a4_1);

            }


#endif
        }
    }
#else
    /* portable C99: the same packed weights, one output pixel at a time */
    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 16; ++oh)
    for (int ow = 0; ow < 16; ++ow)
    for (int fb = 0; fb < 1; ++fb) {
        const float *wf = weights + fb * 4608;
        const int nf = fb < 0 ? 16 : 16;
        float acc[16];
        for (int f = 0; f < 16; ++f)
            acc[f] = bias[fb * 16 + f];
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 16) continue;

                for (int kw = 0; kw < 3; ++kw) {
                        const int iw = ow * 1 + kw * 1 - 1;
                        if (iw < 0 || iw >= 16) continue;

                    {
                        const float *x = input + n * 8192 + id * 8192 + ih * 512 + iw * 32;
                        const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 512;
                        for (int c = 0; c < 32; ++c)
                            for (int f = 0; f < 16; ++f)
                                acc[f] += x[c * 1] * w[c * 16 + f];
                    }
                }
            }
        }
        store_unet_small_layer6(y + n * 4096 + od * 4096 + oh * 256 + ow * 16 + fb * 16, acc, nf);
    }
#endif
    return 0;
}

/* up1 (UpSampling2D) 16x16x16 -> 32x32x16, bilinear
 * keras.ops.image.resize without antialiasing: half-pixel centres, kernel weights
 * normalised over the pixels that exist. Separable: each output row is first resampled
 * vertically into the workspace (one row of 16 pixels of 16 float(s)), then
 * horizontally into the output. The taps below depend on the sizes only.
 *   input  1x16x16x16: strides n=4096 c=1 h=256 w=16
 *   output 1x32x32x16: strides n=16384 c=1 h=512 w=16
 * Workspace: 256 floats: one row resampled vertically (16 pixels). */
static int unet_small_layer7(const float *input, const float *weights, float *output,
                             float *workspace)
{
    /* per output row / column: first input index, tap count, weights */
    static const int row_start[32] = {0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15};
    static const int row_count[32] = {1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1};
    static const float row_weight[32][2] = {
        {1.0f, 0.0f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {1.0f, 0.0f}
    };
    static const int col_start[32] = {0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15};
    static const int col_count[32] = {1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1};
    static const float col_weight[32][2] = {
        {1.0f, 0.0f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {1.0f, 0.0f}
    };
    float *tmp = workspace;
    (void)weights;

    for (int n = 0; n < 1; ++n)
    for (int c = 0; c < 1; ++c)
    for (int oh = 0; oh < 32; ++oh) {
        const float *x = input + n * 4096 + c * 1 + row_start[oh] * 256;
        float *y = output + n * 16384 + c * 1 + oh * 512;
        for (int i = 0; i < 256; ++i)
            tmp[i] = row_weight[oh][0] * x[i];
        for (int t = 1; t < row_count[oh]; ++t) {
            const float wt = row_weight[oh][t];
            const float *xt = x + t * 256;
            for (int i = 0; i < 256; ++i)
                tmp[i] += wt * xt[i];
        }
        for (int ow = 0; ow < 32; ++ow) {
            const float *src = tmp + col_start[ow] * 16;
            float *dst = y + ow * 16;
            for (int e = 0; e < 16; ++e)
                dst[e] = col_weight[ow][0] * src[e];
            for (int t = 1; t < col_count[ow]; ++t) {
                const float wt = col_weight[ow][t];
                for (int e = 0; e < 16; ++e)
                    dst[e] += wt * src[t * 16 + e];
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
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
 *   input  1x32x32x24: strides n=24576 c=1 d=24576 h=768 w=24
 *   output 1x32x32x8: strides n=8192 c=1 d=8192 h=256 w=8
 *   weights [1][1][3][3][24][8], bias [1][8] at 1728
 *   padding before (d, h, w) = (0, 1, 1)
 *   columns: 1 group(s) of register tiles (2 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_unet_small_layer9(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 1] = cg_relu(t[f]);
}

static int unet_small_layer9(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 1728;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[8];   /* a pixel's values on their way to the scalar store */
    (void)t;
    (void)store_unet_small_layer9;   /* unused when every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int n = 0; n < 1; ++n)
    for (int fb = 0; fb < 1; ++fb)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 32; ++oh) {
        float *y_row = y + n * 8192 + od * 8192 + oh * 256;
        {
            const float *wf = weights + fb * 1728;
            const int nf = fb < 0 ? 8 : 8;   /* filters in this block */
            (void)nf;
            /* columns 0 + 1 * q: interior for q in [1, 31) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 16 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a9_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a10_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a11_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a12_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a13_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a14_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a15_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 32) continue;

                        const float *xr = input + n * 24576 + id * 24576 + ih * 768;
                        const float *wr = wf + (kd * 3 + kh) * 576;
                        {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 24; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[168 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[264 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[288 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[312 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[336 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[168 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[264 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[288 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[312 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[336 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[360 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[24 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[168 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[264 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[288 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[312 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[336 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[360 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[384 + c * 1];
                                    a15_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (0) * 8 + fb * 8 + 0, a0_0);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (1) * 8 + fb * 8 + 0, a1_0);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (2) * 8 + fb * 8 + 0, a2_0);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (3) * 8 + fb * 8 + 0, a3_0);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (4) * 8 + fb * 8 + 0, a4_0);

                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + (5) * 8 + fb * 8 + 0, a5_0);

                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + (6) * 8 + fb * 8 + 0, a6_0);

                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + (7) * 8 + fb * 8 + 0, a7_0);

                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + (8) * 8 + fb * 8 + 0, a8_0);

                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + (9) * 8 + fb * 8 + 0, a9_0);

                cg_v8_relu(&a10_0);
                CG_STORE(cg_v8, y_row + (10) * 8 + fb * 8 + 0, a10_0);

                cg_v8_relu(&a11_0);
                CG_STORE(cg_v8, y_row + (11) * 8 + fb * 8 + 0, a11_0);

                cg_v8_relu(&a12_0);
                CG_STORE(cg_v8, y_row + (12) * 8 + fb * 8 + 0, a12_0);

                cg_v8_relu(&a13_0);
                CG_STORE(cg_v8, y_row + (13) * 8 + fb * 8 + 0, a13_0);

                cg_v8_relu(&a14_0);
                CG_STORE(cg_v8, y_row + (14) * 8 + fb * 8 + 0, a14_0);

                cg_v8_relu(&a15_0);
                CG_STORE(cg_v8, y_row + (15) * 8 + fb * 8 + 0, a15_0);

            }

            {   /* 16 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a9_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a10_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a11_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a12_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a13_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a14_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a15_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 32) continue;

                        const float *xr = input + n * 24576 + id * 24576 + ih * 768;
                        const float *wr = wf + (kd * 3 + kh) * 576;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 24; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[360 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[384 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[408 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[432 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[456 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[480 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[504 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[528 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[552 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[576 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[600 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[624 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[648 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[672 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[696 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[720 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[384 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[408 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[432 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[456 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[480 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[504 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[528 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[552 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[576 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[600 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[624 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[648 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[672 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[696 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[720 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[744 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[408 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[432 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[456 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[480 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[504 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[528 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[552 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[576 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[600 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[624 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[648 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[672 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[696 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[720 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[744 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (16) * 8 + fb * 8 + 0, a0_0);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (17) * 8 + fb * 8 + 0, a1_0);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (18) * 8 + fb * 8 + 0, a2_0);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (19) * 8 + fb * 8 + 0, a3_0);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (20) * 8 + fb * 8 + 0, a4_0);

                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + (21) * 8 + fb * 8 + 0, a5_0);

                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + (22) * 8 + fb * 8 + 0, a6_0);

                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + (23) * 8 + fb * 8 + 0, a7_0);

                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + (24) * 8 + fb * 8 + 0, a8_0);

                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + (25) * 8 + fb * 8 + 0, a9_0);

                cg_v8_relu(&a10_0);
                CG_STORE(cg_v8, y_row + (26) * 8 + fb * 8 + 0, a10_0);

                cg_v8_relu(&a11_0);
                CG_STORE(cg_v8, y_row + (27) * 8 + fb * 8 + 0, a11_0);

                cg_v8_relu(&a12_0);
                CG_STORE(cg_v8, y_row + (28) * 8 + fb * 8 + 0, a12_0);

                cg_v8_relu(&a13_0);
                CG_STORE(cg_v8, y_row + (29) * 8 + fb * 8 + 0, a13_0);

                cg_v8_relu(&a14_0);
                CG_STORE(cg_v8, y_row + (30) * 8 + fb * 8 + 0, a14_0);

                cg_v8_relu(&a15_0);
                CG_STORE(cg_v8, y_row + (31) * 8 + fb * 8 + 0, a15_0);

            }


#else
            {   /* 11 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a9_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a10_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 32) continue;

                        const float *xr = input + n * 24576 + id * 24576 + ih * 768;
                        const float *wr = wf + (kd * 3 + kh) * 576;
                        {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 24; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[168 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[168 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[24 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[168 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[264 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (0) * 8 + fb * 8 + 0, a0_0);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (1) * 8 + fb * 8 + 0, a1_0);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (2) * 8 + fb * 8 + 0, a2_0);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (3) * 8 + fb * 8 + 0, a3_0);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (4) * 8 + fb * 8 + 0, a4_0);

                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + (5) * 8 + fb * 8 + 0, a5_0);

                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + (6) * 8 + fb * 8 + 0, a6_0);

                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + (7) * 8 + fb * 8 + 0, a7_0);

                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + (8) * 8 + fb * 8 + 0, a8_0);

                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + (9) * 8 + fb * 8 + 0, a9_0);

                cg_v8_relu(&a10_0);
                CG_STORE(cg_v8, y_row + (10) * 8 + fb * 8 + 0, a10_0);

            }

            for (int q = 11; q < 22; q += 11)
            {   /* 11 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a9_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a10_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 32) continue;

                        const float *xr = input + n * 24576 + id * 24576 + ih * 768 + q * 24;
                        const float *wr = wf + (kd * 3 + kh) * 576;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 24; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[-24 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[168 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[168 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[24 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[168 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[264 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 8 + fb * 8 + 0, a0_0);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 8 + fb * 8 + 0, a1_0);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 8 + fb * 8 + 0, a2_0);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 3) * 1) * 8 + fb * 8 + 0, a3_0);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 4) * 1) * 8 + fb * 8 + 0, a4_0);

                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 5) * 1) * 8 + fb * 8 + 0, a5_0);

                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 6) * 1) * 8 + fb * 8 + 0, a6_0);

                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 7) * 1) * 8 + fb * 8 + 0, a7_0);

                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 8) * 1) * 8 + fb * 8 + 0, a8_0);

                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 9) * 1) * 8 + fb * 8 + 0, a9_0);

                cg_v8_relu(&a10_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 10) * 1) * 8 + fb * 8 + 0, a10_0);

            }

            {   /* 10 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a9_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 32) continue;

                        const float *xr = input + n * 24576 + id * 24576 + ih * 768;
                        const float *wr = wf + (kd * 3 + kh) * 576;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 24; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[504 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[528 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[552 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[576 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[600 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[624 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[648 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[672 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[696 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[720 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[528 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[552 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[576 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[600 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[624 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[648 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[672 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[696 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[720 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[744 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[552 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[576 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[600 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[624 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[648 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[672 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[696 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[720 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[744 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (22) * 8 + fb * 8 + 0, a0_0);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (23) * 8 + fb * 8 + 0, a1_0);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (24) * 8 + fb * 8 + 0, a2_0);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (25) * 8 + fb * 8 + 0, a3_0);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (26) * 8 + fb * 8 + 0, a4_0);

                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + (27) * 8 + fb * 8 + 0, a5_0);

                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + (28) * 8 + fb * 8 + 0, a6_0);

                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + (29) * 8 + fb * 8 + 0, a7_0);

                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + (30) * 8 + fb * 8 + 0, a8_0);

                cg_v8_relu(&a9_0);
                CG_STORE(cg_v8, y_row + (31) * 8 + fb * 8 + 0, a9_0);

            }


#endif
        }
    }
#else
    /* portable C99: the same packed weights, one output pixel at a time */
    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 32; ++oh)
    for (int ow = 0; ow < 32; ++ow)
    for (int fb = 0; fb < 1; ++fb) {
        const float *wf = weights + fb * 1728;
        const int nf = fb < 0 ? 8 : 8;
        float acc[8];
        for (int f = 0; f < 8; ++f)
            acc[f] = bias[fb * 8 + f];
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 32) continue;

                for (int kw = 0; kw < 3; ++kw) {
                        const int iw = ow * 1 + kw * 1 - 1;
                        if (iw < 0 || iw >= 32) continue;

                    {
                        const float *x = input + n * 24576 + id * 24576 + ih * 768 + iw * 24;
                        const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 192;
                        for (int c = 0; c < 24; ++c)
                            for (int f = 0; f < 8; ++f)
                                acc[f] += x[c * 1] * w[c * 8 + f];
                    }
                }
            }
        }
        store_unet_small_layer9(y + n * 8192 + od * 8192 + oh * 256 + ow * 8 + fb * 8, acc, nf);
    }
#endif
    return 0;
}

/* head (Conv2D) 32x32x8 -> 32x32x3, activation softmax
 * Dense convolution: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
 *   input  1x32x32x8: strides n=8192 c=1 d=8192 h=256 w=8
 *   output 1x32x32x3: strides n=3072 c=1 d=3072 h=96 w=3
 *   weights [1][1][1][1][8][8], bias [1][8] at 64
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_unet_small_layer10(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 1] = cg_linear(t[f]);
}

static int unet_small_layer10(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 64;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[8];   /* a pixel's values on their way to the scalar store */
    (void)t;
    (void)store_unet_small_layer10;   /* unused when every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int n = 0; n < 1; ++n)
    for (int fb = 0; fb < 1; ++fb)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 32; ++oh) {
        float *y_row = y + n * 3072 + od * 3072 + oh * 96;
        {
            const float *wf = weights + fb * 64;
            const int nf = fb < 0 ? 8 : 3;   /* filters in this block */
            (void)nf;
            /* columns 0 + 1 * q: interior for q in [0, 32) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 32; q += 16)
            {   /* 16 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a9_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a10_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a11_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a12_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a13_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a14_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a15_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 32) continue;

                        const float *xr = input + n * 8192 + id * 8192 + ih * 256 + q * 8;
                        const float *wr = wf + (kd * 1 + kh) * 64;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
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
                                {
                                    const float xv = xr[120 + c * 1];
                                    a15_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 3 + fb * 8 + 0, a0_0);
                } else {
CG_STORE(cg_v8, t + 0, a0_0); 
                store_unet_small_layer10(y_row + (0 + (q + 0) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 3 + fb * 8 + 0, a1_0);
                } else {
CG_STORE(cg_v8, t + 0, a1_0); 
                store_unet_small_layer10(y_row + (0 + (q + 1) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 3 + fb * 8 + 0, a2_0);
                } else {
CG_STORE(cg_v8, t + 0, a2_0); 
                store_unet_small_layer10(y_row + (0 + (q + 2) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 3) * 1) * 3 + fb * 8 + 0, a3_0);
                } else {
CG_STORE(cg_v8, t + 0, a3_0); 
                store_unet_small_layer10(y_row + (0 + (q + 3) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 4) * 1) * 3 + fb * 8 + 0, a4_0);
                } else {
CG_STORE(cg_v8, t + 0, a4_0); 
                store_unet_small_layer10(y_row + (0 + (q + 4) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 5) * 1) * 3 + fb * 8 + 0, a5_0);
                } else {
CG_STORE(cg_v8, t + 0, a5_0); 
                store_unet_small_layer10(y_row + (0 + (q + 5) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 6) * 1) * 3 + fb * 8 + 0, a6_0);
                } else {
CG_STORE(cg_v8, t + 0, a6_0); 
                store_unet_small_layer10(y_row + (0 + (q + 6) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 7) * 1) * 3 + fb * 8 + 0, a7_0);
                } else {
CG_STORE(cg_v8, t + 0, a7_0); 
                store_unet_small_layer10(y_row + (0 + (q + 7) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 8) * 1) * 3 + fb * 8 + 0, a8_0);
                } else {
CG_STORE(cg_v8, t + 0, a8_0); 
                store_unet_small_layer10(y_row + (0 + (q + 8) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 9) * 1) * 3 + fb * 8 + 0, a9_0);
                } else {
CG_STORE(cg_v8, t + 0, a9_0); 
                store_unet_small_layer10(y_row + (0 + (q + 9) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 10) * 1) * 3 + fb * 8 + 0, a10_0);
                } else {
CG_STORE(cg_v8, t + 0, a10_0); 
                store_unet_small_layer10(y_row + (0 + (q + 10) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 11) * 1) * 3 + fb * 8 + 0, a11_0);
                } else {
CG_STORE(cg_v8, t + 0, a11_0); 
                store_unet_small_layer10(y_row + (0 + (q + 11) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 12) * 1) * 3 + fb * 8 + 0, a12_0);
                } else {
CG_STORE(cg_v8, t + 0, a12_0); 
                store_unet_small_layer10(y_row + (0 + (q + 12) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 13) * 1) * 3 + fb * 8 + 0, a13_0);
                } else {
CG_STORE(cg_v8, t + 0, a13_0); 
                store_unet_small_layer10(y_row + (0 + (q + 13) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 14) * 1) * 3 + fb * 8 + 0, a14_0);
                } else {
CG_STORE(cg_v8, t + 0, a14_0); 
                store_unet_small_layer10(y_row + (0 + (q + 14) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 15) * 1) * 3 + fb * 8 + 0, a15_0);
                } else {
CG_STORE(cg_v8, t + 0, a15_0); 
                store_unet_small_layer10(y_row + (0 + (q + 15) * 1) * 3 + fb * 8, t, nf);
                }

            }


#else
            for (int q = 0; q < 22; q += 11)
            {   /* 11 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a9_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a10_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 32) continue;

                        const float *xr = input + n * 8192 + id * 8192 + ih * 256 + q * 8;
                        const float *wr = wf + (kd * 1 + kh) * 64;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
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
                            }
                        }
                    }
                }
                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 3 + fb * 8 + 0, a0_0);
                } else {
CG_STORE(cg_v8, t + 0, a0_0); 
                store_unet_small_layer10(y_row + (0 + (q + 0) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 3 + fb * 8 + 0, a1_0);
                } else {
CG_STORE(cg_v8, t + 0, a1_0); 
                store_unet_small_layer10(y_row + (0 + (q + 1) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 3 + fb * 8 + 0, a2_0);
                } else {
CG_STORE(cg_v8, t + 0, a2_0); 
                store_unet_small_layer10(y_row + (0 + (q + 2) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 3) * 1) * 3 + fb * 8 + 0, a3_0);
                } else {
CG_STORE(cg_v8, t + 0, a3_0); 
                store_unet_small_layer10(y_row + (0 + (q + 3) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 4) * 1) * 3 + fb * 8 + 0, a4_0);
                } else {
CG_STORE(cg_v8, t + 0, a4_0); 
                store_unet_small_layer10(y_row + (0 + (q + 4) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 5) * 1) * 3 + fb * 8 + 0, a5_0);
                } else {
CG_STORE(cg_v8, t + 0, a5_0); 
                store_unet_small_layer10(y_row + (0 + (q + 5) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 6) * 1) * 3 + fb * 8 + 0, a6_0);
                } else {
CG_STORE(cg_v8, t + 0, a6_0); 
                store_unet_small_layer10(y_row + (0 + (q + 6) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 7) * 1) * 3 + fb * 8 + 0, a7_0);
                } else {
CG_STORE(cg_v8, t + 0, a7_0); 
                store_unet_small_layer10(y_row + (0 + (q + 7) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 8) * 1) * 3 + fb * 8 + 0, a8_0);
                } else {
CG_STORE(cg_v8, t + 0, a8_0); 
                store_unet_small_layer10(y_row + (0 + (q + 8) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 9) * 1) * 3 + fb * 8 + 0, a9_0);
                } else {
CG_STORE(cg_v8, t + 0, a9_0); 
                store_unet_small_layer10(y_row + (0 + (q + 9) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 10) * 1) * 3 + fb * 8 + 0, a10_0);
                } else {
CG_STORE(cg_v8, t + 0, a10_0); 
                store_unet_small_layer10(y_row + (0 + (q + 10) * 1) * 3 + fb * 8, t, nf);
                }

            }

            for (int q = 22; q < 32; q += 10)
            {   /* 10 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a9_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 32) continue;

                        const float *xr = input + n * 8192 + id * 8192 + ih * 256 + q * 8;
                        const float *wr = wf + (kd * 1 + kh) * 64;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
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
                            }
                        }
                    }
                }
                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 3 + fb * 8 + 0, a0_0);
                } else {
CG_STORE(cg_v8, t + 0, a0_0); 
                store_unet_small_layer10(y_row + (0 + (q + 0) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 3 + fb * 8 + 0, a1_0);
                } else {
CG_STORE(cg_v8, t + 0, a1_0); 
                store_unet_small_layer10(y_row + (0 + (q + 1) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 3 + fb * 8 + 0, a2_0);
                } else {
CG_STORE(cg_v8, t + 0, a2_0); 
                store_unet_small_layer10(y_row + (0 + (q + 2) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 3) * 1) * 3 + fb * 8 + 0, a3_0);
                } else {
CG_STORE(cg_v8, t + 0, a3_0); 
                store_unet_small_layer10(y_row + (0 + (q + 3) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 4) * 1) * 3 + fb * 8 + 0, a4_0);
                } else {
CG_STORE(cg_v8, t + 0, a4_0); 
                store_unet_small_layer10(y_row + (0 + (q + 4) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 5) * 1) * 3 + fb * 8 + 0, a5_0);
                } else {
CG_STORE(cg_v8, t + 0, a5_0); 
                store_unet_small_layer10(y_row + (0 + (q + 5) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 6) * 1) * 3 + fb * 8 + 0, a6_0);
                } else {
CG_STORE(cg_v8, t + 0, a6_0); 
                store_unet_small_layer10(y_row + (0 + (q + 6) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 7) * 1) * 3 + fb * 8 + 0, a7_0);
                } else {
CG_STORE(cg_v8, t + 0, a7_0); 
                store_unet_small_layer10(y_row + (0 + (q + 7) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 8) * 1) * 3 + fb * 8 + 0, a8_0);
                } else {
CG_STORE(cg_v8, t + 0, a8_0); 
                store_unet_small_layer10(y_row + (0 + (q + 8) * 1) * 3 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 9) * 1) * 3 + fb * 8 + 0, a9_0);
                } else {
CG_STORE(cg_v8, t + 0, a9_0); 
                store_unet_small_layer10(y_row + (0 + (q + 9) * 1) * 3 + fb * 8, t, nf);
                }

            }


#endif
        }
    }
#else
    /* portable C99: the same packed weights, one output pixel at a time */
    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 32; ++oh)
    for (int ow = 0; ow < 32; ++ow)
    for (int fb = 0; fb < 1; ++fb) {
        const float *wf = weights + fb * 64;
        const int nf = fb < 0 ? 8 : 3;
        float acc[8];
        for (int f = 0; f < 8; ++f)
            acc[f] = bias[fb * 8 + f];
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 32) continue;

                for (int kw = 0; kw < 1; ++kw) {
                        const int iw = ow * 1 + kw * 1 - 0;
                        if (iw < 0 || iw >= 32) continue;

                    {
                        const float *x = input + n * 8192 + id * 8192 + ih * 256 + iw * 8;
                        const float *w = wf + ((kd * 1 + kh) * 1 + kw) * 64;
                        for (int c = 0; c < 8; ++c)
                            for (int f = 0; f < 8; ++f)
                                acc[f] += x[c * 1] * w[c * 8 + f];
                    }
                }
            }
        }
        store_unet_small_layer10(y + n * 3072 + od * 3072 + oh * 96 + ow * 3 + fb * 8, acc, nf);
    }
#endif
    cg_softmax_rows(output, 1024, 3);
    return 0;
}

/* enc1 (Conv2D) 32x32x3 -> 32x32x8, activation relu; down1 (Conv2D) 32x32x8 -> 16x16x16, activation relu; enc2 (Conv2D) 16x16x16 -> 16x16x16, activation relu; down2 (Conv2D) 16x16x16 -> 8x8x32, activation relu; up2 (Conv2DTranspose) 8x8x32 -> 16x16x16, activation relu; cat2 (Concatenate) 16x16x16, 16x16x16 -> 16x16x32; dec2 (Conv2D) 16x16x32 -> 16x16x16, activation relu; up1 (UpSampling2D) 16x16x16 -> 32x32x16, bilinear; cat1 (Concatenate) 32x32x16, 32x32x8 -> 32x32x24; dec1 (Conv2D) 32x32x24 -> 32x32x8, activation relu; head (Conv2D) 32x32x8 -> 32x32x3, activation softmax
 * Workspace: 49152 floats: enc1 at 40960 (8192 floats, steps 0-8), down1 at 0 (4096 floats, steps 1-2), enc2 at 8192 (4096 floats, steps 2-5), down2 at 12288 (2048 floats, steps 3-4), cat2 at 0 (8192 floats, steps 4-6), dec2 at 8192 (4096 floats, steps 6-7), up1 at 24576 (16384 floats, steps 7-8), cat1 at 0 (24576 floats, steps 8-9), dec1 at 24576 (8192 floats, steps 9-10), unet_small_layer7 scratch at 0 (256 floats, steps 7-7). */
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
