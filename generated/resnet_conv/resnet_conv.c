/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: resnet_conv.yaml
 *   Template: model.c.j2, dense.c.j2
 */
#include "resnet_conv.h"

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
/* NaN stays NaN, as in Keras */
static inline float cg_relu(float x) { return x < 0.0f ? 0.0f : x; }

/* conv2d (Conv2D) 56x56x64 -> 56x56x64, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
 *   input  1x56x56x64: strides n=200704 c=1 d=200704 h=3584 w=64
 *   output 1x56x56x64: strides n=200704 c=1 d=200704 h=3584 w=64
 *   weights [2][1][3][3][64][32], bias [2][32] at 36864
 *   padding before (d, h, w) = (0, 1, 1)
 *   columns: 1 group(s) of register tiles (2 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_resnet_conv_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 1] = cg_relu(t[f]);
}

static int resnet_conv_layer0(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 36864;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[32];   /* a pixel's values on their way to the scalar store */
    (void)t;
    (void)store_resnet_conv_layer0;   /* unused when every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int n = 0; n < 1; ++n)
    for (int fb = 0; fb < 2; ++fb)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 56; ++oh) {
        float *y_row = y + n * 200704 + od * 200704 + oh * 3584;
        {
            const float *wf = weights + fb * 18432;
            const int nf = fb < 1 ? 32 : 32;   /* filters in this block */
            (void)nf;
            /* columns 0 + 1 * q: interior for q in [1, 55) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 10 output pixel(s) x 32 filters in 2 cg_v16: an edge tile, each tap only where its column exists */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a8_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a9_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a9_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 56) continue;

                        const float *xr = input + n * 200704 + id * 200704 + ih * 3584;
                        const float *wr = wf + (kd * 3 + kh) * 6144;
                        {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[256 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[384 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[448 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[512 + c * 1];
                                    a9_0 += w0 * xv;
                                    a9_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 2048;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[256 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[384 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[448 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[512 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[576 + c * 1];
                                    a9_0 += w0 * xv;
                                    a9_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 4096;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[64 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[256 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[384 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[448 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[512 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[576 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[640 + c * 1];
                                    a9_0 += w0 * xv;
                                    a9_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + (0) * 64 + fb * 32 + 0, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + (0) * 64 + fb * 32 + 16, a0_1);

                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + (1) * 64 + fb * 32 + 0, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + (1) * 64 + fb * 32 + 16, a1_1);

                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + (2) * 64 + fb * 32 + 0, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + (2) * 64 + fb * 32 + 16, a2_1);

                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + (3) * 64 + fb * 32 + 0, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + (3) * 64 + fb * 32 + 16, a3_1);

                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + (4) * 64 + fb * 32 + 0, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + (4) * 64 + fb * 32 + 16, a4_1);

                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + (5) * 64 + fb * 32 + 0, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + (5) * 64 + fb * 32 + 16, a5_1);

                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + (6) * 64 + fb * 32 + 0, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + (6) * 64 + fb * 32 + 16, a6_1);

                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + (7) * 64 + fb * 32 + 0, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + (7) * 64 + fb * 32 + 16, a7_1);

                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + (8) * 64 + fb * 32 + 0, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + (8) * 64 + fb * 32 + 16, a8_1);

                cg_v16_relu(&a9_0);
                CG_STORE(cg_v16, y_row + (9) * 64 + fb * 32 + 0, a9_0);
                cg_v16_relu(&a9_1);
                CG_STORE(cg_v16, y_row + (9) * 64 + fb * 32 + 16, a9_1);

            }

            for (int q = 10; q < 20; q += 10)
            {   /* 10 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a8_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a9_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a9_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 56) continue;

                        const float *xr = input + n * 200704 + id * 200704 + ih * 3584 + q * 64;
                        const float *wr = wf + (kd * 3 + kh) * 6144;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[-64 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[256 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[384 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[448 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[512 + c * 1];
                                    a9_0 += w0 * xv;
                                    a9_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 2048;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[256 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[384 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[448 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[512 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[576 + c * 1];
                                    a9_0 += w0 * xv;
                                    a9_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 4096;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[64 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[256 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[384 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[448 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[512 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[576 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[640 + c * 1];
                                    a9_0 += w0 * xv;
                                    a9_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 0) * 1) * 64 + fb * 32 + 0, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + (0 + (q + 0) * 1) * 64 + fb * 32 + 16, a0_1);

                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 1) * 1) * 64 + fb * 32 + 0, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + (0 + (q + 1) * 1) * 64 + fb * 32 + 16, a1_1);

                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 2) * 1) * 64 + fb * 32 + 0, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + (0 + (q + 2) * 1) * 64 + fb * 32 + 16, a2_1);

                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 3) * 1) * 64 + fb * 32 + 0, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + (0 + (q + 3) * 1) * 64 + fb * 32 + 16, a3_1);

                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 4) * 1) * 64 + fb * 32 + 0, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + (0 + (q + 4) * 1) * 64 + fb * 32 + 16, a4_1);

                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 5) * 1) * 64 + fb * 32 + 0, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + (0 + (q + 5) * 1) * 64 + fb * 32 + 16, a5_1);

                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 6) * 1) * 64 + fb * 32 + 0, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + (0 + (q + 6) * 1) * 64 + fb * 32 + 16, a6_1);

                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 7) * 1) * 64 + fb * 32 + 0, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + (0 + (q + 7) * 1) * 64 + fb * 32 + 16, a7_1);

                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 8) * 1) * 64 + fb * 32 + 0, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + (0 + (q + 8) * 1) * 64 + fb * 32 + 16, a8_1);

                cg_v16_relu(&a9_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 9) * 1) * 64 + fb * 32 + 0, a9_0);
                cg_v16_relu(&a9_1);
                CG_STORE(cg_v16, y_row + (0 + (q + 9) * 1) * 64 + fb * 32 + 16, a9_1);

            }

            for (int q = 20; q < 47; q += 9)
            {   /* 9 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a8_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 56) continue;

                        const float *xr = input + n * 200704 + id * 200704 + ih * 3584 + q * 64;
                        const float *wr = wf + (kd * 3 + kh) * 6144;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[-64 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[256 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[384 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[448 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 2048;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[256 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[384 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[448 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[512 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 4096;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[64 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[256 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[384 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[448 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[512 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[576 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 0) * 1) * 64 + fb * 32 + 0, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + (0 + (q + 0) * 1) * 64 + fb * 32 + 16, a0_1);

                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 1) * 1) * 64 + fb * 32 + 0, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + (0 + (q + 1) * 1) * 64 + fb * 32 + 16, a1_1);

                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 2) * 1) * 64 + fb * 32 + 0, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + (0 + (q + 2) * 1) * 64 + fb * 32 + 16, a2_1);

                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 3) * 1) * 64 + fb * 32 + 0, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + (0 + (q + 3) * 1) * 64 + fb * 32 + 16, a3_1);

                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 4) * 1) * 64 + fb * 32 + 0, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + (0 + (q + 4) * 1) * 64 + fb * 32 + 16, a4_1);

                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 5) * 1) * 64 + fb * 32 + 0, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + (0 + (q + 5) * 1) * 64 + fb * 32 + 16, a5_1);

                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 6) * 1) * 64 + fb * 32 + 0, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + (0 + (q + 6) * 1) * 64 + fb * 32 + 16, a6_1);

                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 7) * 1) * 64 + fb * 32 + 0, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + (0 + (q + 7) * 1) * 64 + fb * 32 + 16, a7_1);

                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 8) * 1) * 64 + fb * 32 + 0, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + (0 + (q + 8) * 1) * 64 + fb * 32 + 16, a8_1);

            }

            {   /* 9 output pixel(s) x 32 filters in 2 cg_v16: an edge tile, each tap only where its column exists */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a8_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 56) continue;

                        const float *xr = input + n * 200704 + id * 200704 + ih * 3584;
                        const float *wr = wf + (kd * 3 + kh) * 6144;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[2944 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3008 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3072 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3136 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3200 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3264 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3328 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3392 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3456 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 2048;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[3008 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3072 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3136 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3200 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3264 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3328 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3392 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3456 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3520 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5, 6, 7 */
                            const float *w = wr + 4096;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[3072 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3136 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3200 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3264 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3328 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3392 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3456 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3520 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + (47) * 64 + fb * 32 + 0, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + (47) * 64 + fb * 32 + 16, a0_1);

                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + (48) * 64 + fb * 32 + 0, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + (48) * 64 + fb * 32 + 16, a1_1);

                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + (49) * 64 + fb * 32 + 0, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + (49) * 64 + fb * 32 + 16, a2_1);

                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + (50) * 64 + fb * 32 + 0, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + (50) * 64 + fb * 32 + 16, a3_1);

                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + (51) * 64 + fb * 32 + 0, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + (51) * 64 + fb * 32 + 16, a4_1);

                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + (52) * 64 + fb * 32 + 0, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + (52) * 64 + fb * 32 + 16, a5_1);

                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + (53) * 64 + fb * 32 + 0, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + (53) * 64 + fb * 32 + 16, a6_1);

                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + (54) * 64 + fb * 32 + 0, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + (54) * 64 + fb * 32 + 16, a7_1);

                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + (55) * 64 + fb * 32 + 0, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + (55) * 64 + fb * 32 + 16, a8_1);

            }


#else
            {   /* 3 output pixel(s) x 32 filters in 4 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a0_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a0_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a1_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a1_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a2_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a2_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 56) continue;

                        const float *xr = input + n * 200704 + id * 200704 + ih * 3584;
                        const float *wr = wf + (kd * 3 + kh) * 6144;
                        {   /* tap kw = 0, pixels 1, 2 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[0 + c * 1];
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
                            const float *w = wr + 2048;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 64; ++c, w += 32) {
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
                                    const float xv = xr[64 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 4096;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[64 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
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
                CG_STORE(cg_v8, y_row + (0) * 64 + fb * 32 + 0, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + (0) * 64 + fb * 32 + 8, a0_1);
                cg_v8_relu(&a0_2);
                CG_STORE(cg_v8, y_row + (0) * 64 + fb * 32 + 16, a0_2);
                cg_v8_relu(&a0_3);
                CG_STORE(cg_v8, y_row + (0) * 64 + fb * 32 + 24, a0_3);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (1) * 64 + fb * 32 + 0, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + (1) * 64 + fb * 32 + 8, a1_1);
                cg_v8_relu(&a1_2);
                CG_STORE(cg_v8, y_row + (1) * 64 + fb * 32 + 16, a1_2);
                cg_v8_relu(&a1_3);
                CG_STORE(cg_v8, y_row + (1) * 64 + fb * 32 + 24, a1_3);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (2) * 64 + fb * 32 + 0, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + (2) * 64 + fb * 32 + 8, a2_1);
                cg_v8_relu(&a2_2);
                CG_STORE(cg_v8, y_row + (2) * 64 + fb * 32 + 16, a2_2);
                cg_v8_relu(&a2_3);
                CG_STORE(cg_v8, y_row + (2) * 64 + fb * 32 + 24, a2_3);

            }

            for (int q = 3; q < 54; q += 3)
            {   /* 3 output pixel(s) x 32 filters in 4 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a0_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a0_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a1_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a1_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a2_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a2_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 56) continue;

                        const float *xr = input + n * 200704 + id * 200704 + ih * 3584 + q * 64;
                        const float *wr = wf + (kd * 3 + kh) * 6144;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[-64 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[0 + c * 1];
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
                            const float *w = wr + 2048;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 64; ++c, w += 32) {
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
                                    const float xv = xr[64 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 4096;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[64 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
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
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 64 + fb * 32 + 0, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 64 + fb * 32 + 8, a0_1);
                cg_v8_relu(&a0_2);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 64 + fb * 32 + 16, a0_2);
                cg_v8_relu(&a0_3);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 64 + fb * 32 + 24, a0_3);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 64 + fb * 32 + 0, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 64 + fb * 32 + 8, a1_1);
                cg_v8_relu(&a1_2);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 64 + fb * 32 + 16, a1_2);
                cg_v8_relu(&a1_3);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 64 + fb * 32 + 24, a1_3);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 64 + fb * 32 + 0, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 64 + fb * 32 + 8, a2_1);
                cg_v8_relu(&a2_2);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 64 + fb * 32 + 16, a2_2);
                cg_v8_relu(&a2_3);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 64 + fb * 32 + 24, a2_3);

            }

            {   /* 2 output pixel(s) x 32 filters in 4 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a0_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a0_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a1_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a1_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 56) continue;

                        const float *xr = input + n * 200704 + id * 200704 + ih * 3584;
                        const float *wr = wf + (kd * 3 + kh) * 6144;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[3392 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[3456 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 2048;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[3456 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[3520 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0 */
                            const float *w = wr + 4096;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[3520 + c * 1];
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
                CG_STORE(cg_v8, y_row + (54) * 64 + fb * 32 + 0, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + (54) * 64 + fb * 32 + 8, a0_1);
                cg_v8_relu(&a0_2);
                CG_STORE(cg_v8, y_row + (54) * 64 + fb * 32 + 16, a0_2);
                cg_v8_relu(&a0_3);
                CG_STORE(cg_v8, y_row + (54) * 64 + fb * 32 + 24, a0_3);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (55) * 64 + fb * 32 + 0, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + (55) * 64 + fb * 32 + 8, a1_1);
                cg_v8_relu(&a1_2);
                CG_STORE(cg_v8, y_row + (55) * 64 + fb * 32 + 16, a1_2);
                cg_v8_relu(&a1_3);
                CG_STORE(cg_v8, y_row + (55) * 64 + fb * 32 + 24, a1_3);

            }


#endif
        }
    }
#else
    /* portable C99: the same packed weights, one output pixel at a time */
    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 56; ++oh)
    for (int ow = 0; ow < 56; ++ow)
    for (int fb = 0; fb < 2; ++fb) {
        const float *wf = weights + fb * 18432;
        const int nf = fb < 1 ? 32 : 32;
        float acc[32];
        for (int f = 0; f < 32; ++f)
            acc[f] = bias[fb * 32 + f];
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 56) continue;

                for (int kw = 0; kw < 3; ++kw) {
                        const int iw = ow * 1 + kw * 1 - 1;
                        if (iw < 0 || iw >= 56) continue;

                    {
                        const float *x = input + n * 200704 + id * 200704 + ih * 3584 + iw * 64;
                        const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 2048;
                        for (int c = 0; c < 64; ++c)
                            for (int f = 0; f < 32; ++f)
                                acc[f] += x[c * 1] * w[c * 32 + f];
                    }
                }
            }
        }
        store_resnet_conv_layer0(y + n * 200704 + od * 200704 + oh * 3584 + ow * 64 + fb * 32, acc, nf);
    }
#endif
    return 0;
}

/* conv2d (Conv2D) 56x56x64 -> 56x56x64, activation relu
 * Workspace: 0 floats: none needed. */
int resnet_conv(const float *input, const float *weights, float *output, float *workspace)
{
    resnet_conv_layer0(input, weights, output, workspace);
    return 0;
}
