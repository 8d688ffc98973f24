/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: mnist_conv.yaml
 *   Template: model.c.j2, dense.c.j2
 */
#include "mnist_conv.h"

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

/* conv1 (Conv2D) 28x28x1 -> 24x24x8, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x28x28x1: strides n=784 c=1 d=784 h=28 w=1
 *   output 1x24x24x8: strides n=4608 c=1 d=4608 h=192 w=8
 *   weights [1][1][5][5][1][8], bias [1][8] at 200
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_mnist_conv_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int mnist_conv_layer0(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 200;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_mnist_conv_layer0;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int oh = 0; oh < 24; ++oh) {
        float *y_row = y + oh * 192;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 24) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 24; q += 12)
            {   /* 12 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
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
                for (int kh = 0; kh < 5; ++kh) {
                    const int ih = oh + kh;
                    const float *xr = input + ih * 28 + q;
                    const float *wr = wf + kh * 40;
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
                        }
                    }
                    {   /* tap kw = 3 */
                        const float *w = wr + 24;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 3];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 10];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 11];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 13];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 14];
                                a11_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 4 */
                        const float *w = wr + 32;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 4];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 10];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 11];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 13];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 14];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 15];
                                a11_0 += w0 * xv;
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
            }


#else
            for (int q = 0; q < 24; q += 12)
            {   /* 12 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
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
                for (int kh = 0; kh < 5; ++kh) {
                    const int ih = oh + kh;
                    const float *xr = input + ih * 28 + q;
                    const float *wr = wf + kh * 40;
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
                        }
                    }
                    {   /* tap kw = 3 */
                        const float *w = wr + 24;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 3];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 4];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 10];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 11];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 13];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 14];
                                a11_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 4 */
                        const float *w = wr + 32;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 1; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 4];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 5];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 7];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 8];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 10];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 11];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 13];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 14];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 15];
                                a11_0 += w0 * xv;
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
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_mnist_conv_layer0;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 24; ++oh) {
        float *y_row = y + oh * 192;
        {   /* block 0: 8 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 8; f0 += 2) {
                /* columns q: interior for q in [0, 24) */
                for (int q = 0; q < 24; q += 8)
                {   /* 8 pixel(s) x 2 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1];
                    float a0_0 = b0, a0_1 = b1;
                    float a1_0 = b0, a1_1 = b1;
                    float a2_0 = b0, a2_1 = b1;
                    float a3_0 = b0, a3_1 = b1;
                    float a4_0 = b0, a4_1 = b1;
                    float a5_0 = b0, a5_1 = b1;
                    float a6_0 = b0, a6_1 = b1;
                    float a7_0 = b0, a7_1 = b1;
                    for (int kh = 0; kh < 5; ++kh) {
                        const int ih = oh + kh;
                        const float *xr = input + ih * 28 + q;
                        const float *wr = wf + kh * 40 + f0;
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
                                {
                                    const float xv = xk[7];
                                    a7_0 += w0 * xv; a7_1 += w1 * xv;
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
                                {
                                    const float xv = xk[7];
                                    a7_0 += w0 * xv; a7_1 += w1 * xv;
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
                                {
                                    const float xv = xk[7];
                                    a7_0 += w0 * xv; a7_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 3 */
                            const float *xk = xr + 3;
                            const float *w = wr + 24;
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
                                {
                                    const float xv = xk[7];
                                    a7_0 += w0 * xv; a7_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 4 */
                            const float *xk = xr + 4;
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
                                {
                                    const float xv = xk[7];
                                    a7_0 += w0 * xv; a7_1 += w1 * xv;
                                }
                            }
                        }
                    }
                    y_row[q * 8 + f0] = cg_relu(a0_0);
                    y_row[q * 8 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 8 + f0 + 8] = cg_relu(a1_0);
                    y_row[q * 8 + f0 + 9] = cg_relu(a1_1);
                    y_row[q * 8 + f0 + 16] = cg_relu(a2_0);
                    y_row[q * 8 + f0 + 17] = cg_relu(a2_1);
                    y_row[q * 8 + f0 + 24] = cg_relu(a3_0);
                    y_row[q * 8 + f0 + 25] = cg_relu(a3_1);
                    y_row[q * 8 + f0 + 32] = cg_relu(a4_0);
                    y_row[q * 8 + f0 + 33] = cg_relu(a4_1);
                    y_row[q * 8 + f0 + 40] = cg_relu(a5_0);
                    y_row[q * 8 + f0 + 41] = cg_relu(a5_1);
                    y_row[q * 8 + f0 + 48] = cg_relu(a6_0);
                    y_row[q * 8 + f0 + 49] = cg_relu(a6_1);
                    y_row[q * 8 + f0 + 56] = cg_relu(a7_0);
                    y_row[q * 8 + f0 + 57] = cg_relu(a7_1);
}
            }
        }
    }
#endif
    return 0;
}

/* conv1 (Conv2D) 28x28x1 -> 24x24x8, activation relu
 * Workspace: 0 floats: none needed. */
int mnist_conv(const float *input, const float *weights, float *output, float *workspace)
{
    mnist_conv_layer0(input, weights, output, workspace);
    return 0;
}
