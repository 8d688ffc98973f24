/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: resblock.yaml
 *   Template: model.c.j2, dense.c.j2
 */
#include "resblock.h"

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

/* b1_conv1 (Conv2D) 16x16x16 -> 16x16x16, activation relu
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
static void store_resblock_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int resblock_layer0(const float *input, const float *weights, float *output,
                           float *workspace)
{
    const float *bias = weights + 2304;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_resblock_layer0;   /* unused: every block goes straight from vectors */
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
    (void)store_resblock_layer0;   /* unused: the tiles store their values themselves */
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

/* b1_conv2 (Conv2D) 16x16x16 -> 16x16x16; b1_sum (Add) fused into its store, adding input
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
static void store_resblock_layer1(float *out, const float *t, int nf, const float *r)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_linear(t[f]) + r[f];
}

static int resblock_layer1(const float *input, const float *weights, float *output,
                           float *workspace, const float *residual)
{
    const float *bias = weights + 2304;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_resblock_layer1;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 256;
        const float *r_row = residual + oh * 256;
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
                a0_0 += CG_LOAD(cg_v16, r_row);
                CG_STORE(cg_v16, y_row, a0_0);
                a1_0 += CG_LOAD(cg_v16, r_row + 16);
                CG_STORE(cg_v16, y_row + 16, a1_0);
                a2_0 += CG_LOAD(cg_v16, r_row + 32);
                CG_STORE(cg_v16, y_row + 32, a2_0);
                a3_0 += CG_LOAD(cg_v16, r_row + 48);
                CG_STORE(cg_v16, y_row + 48, a3_0);
                a4_0 += CG_LOAD(cg_v16, r_row + 64);
                CG_STORE(cg_v16, y_row + 64, a4_0);
                a5_0 += CG_LOAD(cg_v16, r_row + 80);
                CG_STORE(cg_v16, y_row + 80, a5_0);
                a6_0 += CG_LOAD(cg_v16, r_row + 96);
                CG_STORE(cg_v16, y_row + 96, a6_0);
                a7_0 += CG_LOAD(cg_v16, r_row + 112);
                CG_STORE(cg_v16, y_row + 112, a7_0);
                a8_0 += CG_LOAD(cg_v16, r_row + 128);
                CG_STORE(cg_v16, y_row + 128, a8_0);
                a9_0 += CG_LOAD(cg_v16, r_row + 144);
                CG_STORE(cg_v16, y_row + 144, a9_0);
                a10_0 += CG_LOAD(cg_v16, r_row + 160);
                CG_STORE(cg_v16, y_row + 160, a10_0);
                a11_0 += CG_LOAD(cg_v16, r_row + 176);
                CG_STORE(cg_v16, y_row + 176, a11_0);
                a12_0 += CG_LOAD(cg_v16, r_row + 192);
                CG_STORE(cg_v16, y_row + 192, a12_0);
                a13_0 += CG_LOAD(cg_v16, r_row + 208);
                CG_STORE(cg_v16, y_row + 208, a13_0);
                a14_0 += CG_LOAD(cg_v16, r_row + 224);
                CG_STORE(cg_v16, y_row + 224, a14_0);
                a15_0 += CG_LOAD(cg_v16, r_row + 240);
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
                a0_0 += CG_LOAD(cg_v8, r_row);
                CG_STORE(cg_v8, y_row, a0_0);
                a0_1 += CG_LOAD(cg_v8, r_row + 8);
                CG_STORE(cg_v8, y_row + 8, a0_1);
                a1_0 += CG_LOAD(cg_v8, r_row + 16);
                CG_STORE(cg_v8, y_row + 16, a1_0);
                a1_1 += CG_LOAD(cg_v8, r_row + 24);
                CG_STORE(cg_v8, y_row + 24, a1_1);
                a2_0 += CG_LOAD(cg_v8, r_row + 32);
                CG_STORE(cg_v8, y_row + 32, a2_0);
                a2_1 += CG_LOAD(cg_v8, r_row + 40);
                CG_STORE(cg_v8, y_row + 40, a2_1);
                a3_0 += CG_LOAD(cg_v8, r_row + 48);
                CG_STORE(cg_v8, y_row + 48, a3_0);
                a3_1 += CG_LOAD(cg_v8, r_row + 56);
                CG_STORE(cg_v8, y_row + 56, a3_1);
                a4_0 += CG_LOAD(cg_v8, r_row + 64);
                CG_STORE(cg_v8, y_row + 64, a4_0);
                a4_1 += CG_LOAD(cg_v8, r_row + 72);
                CG_STORE(cg_v8, y_row + 72, a4_1);
                a5_0 += CG_LOAD(cg_v8, r_row + 80);
                CG_STORE(cg_v8, y_row + 80, a5_0);
                a5_1 += CG_LOAD(cg_v8, r_row + 88);
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
                a0_0 += CG_LOAD(cg_v8, r_row + q * 16);
                CG_STORE(cg_v8, y_row + q * 16, a0_0);
                a0_1 += CG_LOAD(cg_v8, r_row + q * 16 + 8);
                CG_STORE(cg_v8, y_row + q * 16 + 8, a0_1);
                a1_0 += CG_LOAD(cg_v8, r_row + q * 16 + 16);
                CG_STORE(cg_v8, y_row + q * 16 + 16, a1_0);
                a1_1 += CG_LOAD(cg_v8, r_row + q * 16 + 24);
                CG_STORE(cg_v8, y_row + q * 16 + 24, a1_1);
                a2_0 += CG_LOAD(cg_v8, r_row + q * 16 + 32);
                CG_STORE(cg_v8, y_row + q * 16 + 32, a2_0);
                a2_1 += CG_LOAD(cg_v8, r_row + q * 16 + 40);
                CG_STORE(cg_v8, y_row + q * 16 + 40, a2_1);
                a3_0 += CG_LOAD(cg_v8, r_row + q * 16 + 48);
                CG_STORE(cg_v8, y_row + q * 16 + 48, a3_0);
                a3_1 += CG_LOAD(cg_v8, r_row + q * 16 + 56);
                CG_STORE(cg_v8, y_row + q * 16 + 56, a3_1);
                a4_0 += CG_LOAD(cg_v8, r_row + q * 16 + 64);
                CG_STORE(cg_v8, y_row + q * 16 + 64, a4_0);
                a4_1 += CG_LOAD(cg_v8, r_row + q * 16 + 72);
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
                a0_0 += CG_LOAD(cg_v8, r_row + 176);
                CG_STORE(cg_v8, y_row + 176, a0_0);
                a0_1 += CG_LOAD(cg_v8, r_row + 184);
                CG_STORE(cg_v8, y_row + 184, a0_1);
                a1_0 += CG_LOAD(cg_v8, r_row + 192);
                CG_STORE(cg_v8, y_row + 192, a1_0);
                a1_1 += CG_LOAD(cg_v8, r_row + 200);
                CG_STORE(cg_v8, y_row + 200, a1_1);
                a2_0 += CG_LOAD(cg_v8, r_row + 208);
                CG_STORE(cg_v8, y_row + 208, a2_0);
                a2_1 += CG_LOAD(cg_v8, r_row + 216);
                CG_STORE(cg_v8, y_row + 216, a2_1);
                a3_0 += CG_LOAD(cg_v8, r_row + 224);
                CG_STORE(cg_v8, y_row + 224, a3_0);
                a3_1 += CG_LOAD(cg_v8, r_row + 232);
                CG_STORE(cg_v8, y_row + 232, a3_1);
                a4_0 += CG_LOAD(cg_v8, r_row + 240);
                CG_STORE(cg_v8, y_row + 240, a4_0);
                a4_1 += CG_LOAD(cg_v8, r_row + 248);
                CG_STORE(cg_v8, y_row + 248, a4_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_resblock_layer1;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 256;
        const float *r_row = residual + oh * 256;
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
                    y_row[f0] = cg_linear(a0_0) + r_row[f0];
                    y_row[f0 + 1] = cg_linear(a0_1) + r_row[f0 + 1];
                    y_row[f0 + 2] = cg_linear(a0_2) + r_row[f0 + 2];
                    y_row[f0 + 3] = cg_linear(a0_3) + r_row[f0 + 3];
                    y_row[f0 + 16] = cg_linear(a1_0) + r_row[f0 + 16];
                    y_row[f0 + 17] = cg_linear(a1_1) + r_row[f0 + 17];
                    y_row[f0 + 18] = cg_linear(a1_2) + r_row[f0 + 18];
                    y_row[f0 + 19] = cg_linear(a1_3) + r_row[f0 + 19];
                    y_row[f0 + 32] = cg_linear(a2_0) + r_row[f0 + 32];
                    y_row[f0 + 33] = cg_linear(a2_1) + r_row[f0 + 33];
                    y_row[f0 + 34] = cg_linear(a2_2) + r_row[f0 + 34];
                    y_row[f0 + 35] = cg_linear(a2_3) + r_row[f0 + 35];
                    y_row[f0 + 48] = cg_linear(a3_0) + r_row[f0 + 48];
                    y_row[f0 + 49] = cg_linear(a3_1) + r_row[f0 + 49];
                    y_row[f0 + 50] = cg_linear(a3_2) + r_row[f0 + 50];
                    y_row[f0 + 51] = cg_linear(a3_3) + r_row[f0 + 51];
                    y_row[f0 + 64] = cg_linear(a4_0) + r_row[f0 + 64];
                    y_row[f0 + 65] = cg_linear(a4_1) + r_row[f0 + 65];
                    y_row[f0 + 66] = cg_linear(a4_2) + r_row[f0 + 66];
                    y_row[f0 + 67] = cg_linear(a4_3) + r_row[f0 + 67];
                    y_row[f0 + 80] = cg_linear(a5_0) + r_row[f0 + 80];
                    y_row[f0 + 81] = cg_linear(a5_1) + r_row[f0 + 81];
                    y_row[f0 + 82] = cg_linear(a5_2) + r_row[f0 + 82];
                    y_row[f0 + 83] = cg_linear(a5_3) + r_row[f0 + 83];
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
                    y_row[q * 16 + f0] = cg_linear(a0_0) + r_row[q * 16 + f0];
                    y_row[q * 16 + f0 + 1] = cg_linear(a0_1) + r_row[q * 16 + f0 + 1];
                    y_row[q * 16 + f0 + 2] = cg_linear(a0_2) + r_row[q * 16 + f0 + 2];
                    y_row[q * 16 + f0 + 3] = cg_linear(a0_3) + r_row[q * 16 + f0 + 3];
                    y_row[q * 16 + f0 + 16] = cg_linear(a1_0) + r_row[q * 16 + f0 + 16];
                    y_row[q * 16 + f0 + 17] = cg_linear(a1_1) + r_row[q * 16 + f0 + 17];
                    y_row[q * 16 + f0 + 18] = cg_linear(a1_2) + r_row[q * 16 + f0 + 18];
                    y_row[q * 16 + f0 + 19] = cg_linear(a1_3) + r_row[q * 16 + f0 + 19];
                    y_row[q * 16 + f0 + 32] = cg_linear(a2_0) + r_row[q * 16 + f0 + 32];
                    y_row[q * 16 + f0 + 33] = cg_linear(a2_1) + r_row[q * 16 + f0 + 33];
                    y_row[q * 16 + f0 + 34] = cg_linear(a2_2) + r_row[q * 16 + f0 + 34];
                    y_row[q * 16 + f0 + 35] = cg_linear(a2_3) + r_row[q * 16 + f0 + 35];
                    y_row[q * 16 + f0 + 48] = cg_linear(a3_0) + r_row[q * 16 + f0 + 48];
                    y_row[q * 16 + f0 + 49] = cg_linear(a3_1) + r_row[q * 16 + f0 + 49];
                    y_row[q * 16 + f0 + 50] = cg_linear(a3_2) + r_row[q * 16 + f0 + 50];
                    y_row[q * 16 + f0 + 51] = cg_linear(a3_3) + r_row[q * 16 + f0 + 51];
                    y_row[q * 16 + f0 + 64] = cg_linear(a4_0) + r_row[q * 16 + f0 + 64];
                    y_row[q * 16 + f0 + 65] = cg_linear(a4_1) + r_row[q * 16 + f0 + 65];
                    y_row[q * 16 + f0 + 66] = cg_linear(a4_2) + r_row[q * 16 + f0 + 66];
                    y_row[q * 16 + f0 + 67] = cg_linear(a4_3) + r_row[q * 16 + f0 + 67];
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
                    y_row[f0 + 176] = cg_linear(a0_0) + r_row[f0 + 176];
                    y_row[f0 + 177] = cg_linear(a0_1) + r_row[f0 + 177];
                    y_row[f0 + 178] = cg_linear(a0_2) + r_row[f0 + 178];
                    y_row[f0 + 179] = cg_linear(a0_3) + r_row[f0 + 179];
                    y_row[f0 + 192] = cg_linear(a1_0) + r_row[f0 + 192];
                    y_row[f0 + 193] = cg_linear(a1_1) + r_row[f0 + 193];
                    y_row[f0 + 194] = cg_linear(a1_2) + r_row[f0 + 194];
                    y_row[f0 + 195] = cg_linear(a1_3) + r_row[f0 + 195];
                    y_row[f0 + 208] = cg_linear(a2_0) + r_row[f0 + 208];
                    y_row[f0 + 209] = cg_linear(a2_1) + r_row[f0 + 209];
                    y_row[f0 + 210] = cg_linear(a2_2) + r_row[f0 + 210];
                    y_row[f0 + 211] = cg_linear(a2_3) + r_row[f0 + 211];
                    y_row[f0 + 224] = cg_linear(a3_0) + r_row[f0 + 224];
                    y_row[f0 + 225] = cg_linear(a3_1) + r_row[f0 + 225];
                    y_row[f0 + 226] = cg_linear(a3_2) + r_row[f0 + 226];
                    y_row[f0 + 227] = cg_linear(a3_3) + r_row[f0 + 227];
                    y_row[f0 + 240] = cg_linear(a4_0) + r_row[f0 + 240];
                    y_row[f0 + 241] = cg_linear(a4_1) + r_row[f0 + 241];
                    y_row[f0 + 242] = cg_linear(a4_2) + r_row[f0 + 242];
                    y_row[f0 + 243] = cg_linear(a4_3) + r_row[f0 + 243];
}
            }
        }
    }
#endif
    return 0;
}

/* b2_conv1 (Conv2D) 16x16x16 -> 16x16x16, activation relu
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
static void store_resblock_layer3(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int resblock_layer3(const float *input, const float *weights, float *output,
                           float *workspace)
{
    const float *bias = weights + 2304;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_resblock_layer3;   /* unused: every block goes straight from vectors */
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
    (void)store_resblock_layer3;   /* unused: the tiles store their values themselves */
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

/* b2_conv2 (Conv2D) 16x16x16 -> 16x16x16; b2_sum (Add) fused into its store, adding b1_sum
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
static void store_resblock_layer4(float *out, const float *t, int nf, const float *r)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_linear(t[f]) + r[f];
}

static int resblock_layer4(const float *input, const float *weights, float *output,
                           float *workspace, const float *residual)
{
    const float *bias = weights + 2304;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_resblock_layer4;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 256;
        const float *r_row = residual + oh * 256;
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
                a0_0 += CG_LOAD(cg_v16, r_row);
                CG_STORE(cg_v16, y_row, a0_0);
                a1_0 += CG_LOAD(cg_v16, r_row + 16);
                CG_STORE(cg_v16, y_row + 16, a1_0);
                a2_0 += CG_LOAD(cg_v16, r_row + 32);
                CG_STORE(cg_v16, y_row + 32, a2_0);
                a3_0 += CG_LOAD(cg_v16, r_row + 48);
                CG_STORE(cg_v16, y_row + 48, a3_0);
                a4_0 += CG_LOAD(cg_v16, r_row + 64);
                CG_STORE(cg_v16, y_row + 64, a4_0);
                a5_0 += CG_LOAD(cg_v16, r_row + 80);
                CG_STORE(cg_v16, y_row + 80, a5_0);
                a6_0 += CG_LOAD(cg_v16, r_row + 96);
                CG_STORE(cg_v16, y_row + 96, a6_0);
                a7_0 += CG_LOAD(cg_v16, r_row + 112);
                CG_STORE(cg_v16, y_row + 112, a7_0);
                a8_0 += CG_LOAD(cg_v16, r_row + 128);
                CG_STORE(cg_v16, y_row + 128, a8_0);
                a9_0 += CG_LOAD(cg_v16, r_row + 144);
                CG_STORE(cg_v16, y_row + 144, a9_0);
                a10_0 += CG_LOAD(cg_v16, r_row + 160);
                CG_STORE(cg_v16, y_row + 160, a10_0);
                a11_0 += CG_LOAD(cg_v16, r_row + 176);
                CG_STORE(cg_v16, y_row + 176, a11_0);
                a12_0 += CG_LOAD(cg_v16, r_row + 192);
                CG_STORE(cg_v16, y_row + 192, a12_0);
                a13_0 += CG_LOAD(cg_v16, r_row + 208);
                CG_STORE(cg_v16, y_row + 208, a13_0);
                a14_0 += CG_LOAD(cg_v16, r_row + 224);
                CG_STORE(cg_v16, y_row + 224, a14_0);
                a15_0 += CG_LOAD(cg_v16, r_row + 240);
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
                a0_0 += CG_LOAD(cg_v8, r_row);
                CG_STORE(cg_v8, y_row, a0_0);
                a0_1 += CG_LOAD(cg_v8, r_row + 8);
                CG_STORE(cg_v8, y_row + 8, a0_1);
                a1_0 += CG_LOAD(cg_v8, r_row + 16);
                CG_STORE(cg_v8, y_row + 16, a1_0);
                a1_1 += CG_LOAD(cg_v8, r_row + 24);
                CG_STORE(cg_v8, y_row + 24, a1_1);
                a2_0 += CG_LOAD(cg_v8, r_row + 32);
                CG_STORE(cg_v8, y_row + 32, a2_0);
                a2_1 += CG_LOAD(cg_v8, r_row + 40);
                CG_STORE(cg_v8, y_row + 40, a2_1);
                a3_0 += CG_LOAD(cg_v8, r_row + 48);
                CG_STORE(cg_v8, y_row + 48, a3_0);
                a3_1 += CG_LOAD(cg_v8, r_row + 56);
                CG_STORE(cg_v8, y_row + 56, a3_1);
                a4_0 += CG_LOAD(cg_v8, r_row + 64);
                CG_STORE(cg_v8, y_row + 64, a4_0);
                a4_1 += CG_LOAD(cg_v8, r_row + 72);
                CG_STORE(cg_v8, y_row + 72, a4_1);
                a5_0 += CG_LOAD(cg_v8, r_row + 80);
                CG_STORE(cg_v8, y_row + 80, a5_0);
                a5_1 += CG_LOAD(cg_v8, r_row + 88);
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
                a0_0 += CG_LOAD(cg_v8, r_row + q * 16);
                CG_STORE(cg_v8, y_row + q * 16, a0_0);
                a0_1 += CG_LOAD(cg_v8, r_row + q * 16 + 8);
                CG_STORE(cg_v8, y_row + q * 16 + 8, a0_1);
                a1_0 += CG_LOAD(cg_v8, r_row + q * 16 + 16);
                CG_STORE(cg_v8, y_row + q * 16 + 16, a1_0);
                a1_1 += CG_LOAD(cg_v8, r_row + q * 16 + 24);
                CG_STORE(cg_v8, y_row + q * 16 + 24, a1_1);
                a2_0 += CG_LOAD(cg_v8, r_row + q * 16 + 32);
                CG_STORE(cg_v8, y_row + q * 16 + 32, a2_0);
                a2_1 += CG_LOAD(cg_v8, r_row + q * 16 + 40);
                CG_STORE(cg_v8, y_row + q * 16 + 40, a2_1);
                a3_0 += CG_LOAD(cg_v8, r_row + q * 16 + 48);
                CG_STORE(cg_v8, y_row + q * 16 + 48, a3_0);
                a3_1 += CG_LOAD(cg_v8, r_row + q * 16 + 56);
                CG_STORE(cg_v8, y_row + q * 16 + 56, a3_1);
                a4_0 += CG_LOAD(cg_v8, r_row + q * 16 + 64);
                CG_STORE(cg_v8, y_row + q * 16 + 64, a4_0);
                a4_1 += CG_LOAD(cg_v8, r_row + q * 16 + 72);
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
                a0_0 += CG_LOAD(cg_v8, r_row + 176);
                CG_STORE(cg_v8, y_row + 176, a0_0);
                a0_1 += CG_LOAD(cg_v8, r_row + 184);
                CG_STORE(cg_v8, y_row + 184, a0_1);
                a1_0 += CG_LOAD(cg_v8, r_row + 192);
                CG_STORE(cg_v8, y_row + 192, a1_0);
                a1_1 += CG_LOAD(cg_v8, r_row + 200);
                CG_STORE(cg_v8, y_row + 200, a1_1);
                a2_0 += CG_LOAD(cg_v8, r_row + 208);
                CG_STORE(cg_v8, y_row + 208, a2_0);
                a2_1 += CG_LOAD(cg_v8, r_row + 216);
                CG_STORE(cg_v8, y_row + 216, a2_1);
                a3_0 += CG_LOAD(cg_v8, r_row + 224);
                CG_STORE(cg_v8, y_row + 224, a3_0);
                a3_1 += CG_LOAD(cg_v8, r_row + 232);
                CG_STORE(cg_v8, y_row + 232, a3_1);
                a4_0 += CG_LOAD(cg_v8, r_row + 240);
                CG_STORE(cg_v8, y_row + 240, a4_0);
                a4_1 += CG_LOAD(cg_v8, r_row + 248);
                CG_STORE(cg_v8, y_row + 248, a4_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_resblock_layer4;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 256;
        const float *r_row = residual + oh * 256;
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
                    y_row[f0] = cg_linear(a0_0) + r_row[f0];
                    y_row[f0 + 1] = cg_linear(a0_1) + r_row[f0 + 1];
                    y_row[f0 + 2] = cg_linear(a0_2) + r_row[f0 + 2];
                    y_row[f0 + 3] = cg_linear(a0_3) + r_row[f0 + 3];
                    y_row[f0 + 16] = cg_linear(a1_0) + r_row[f0 + 16];
                    y_row[f0 + 17] = cg_linear(a1_1) + r_row[f0 + 17];
                    y_row[f0 + 18] = cg_linear(a1_2) + r_row[f0 + 18];
                    y_row[f0 + 19] = cg_linear(a1_3) + r_row[f0 + 19];
                    y_row[f0 + 32] = cg_linear(a2_0) + r_row[f0 + 32];
                    y_row[f0 + 33] = cg_linear(a2_1) + r_row[f0 + 33];
                    y_row[f0 + 34] = cg_linear(a2_2) + r_row[f0 + 34];
                    y_row[f0 + 35] = cg_linear(a2_3) + r_row[f0 + 35];
                    y_row[f0 + 48] = cg_linear(a3_0) + r_row[f0 + 48];
                    y_row[f0 + 49] = cg_linear(a3_1) + r_row[f0 + 49];
                    y_row[f0 + 50] = cg_linear(a3_2) + r_row[f0 + 50];
                    y_row[f0 + 51] = cg_linear(a3_3) + r_row[f0 + 51];
                    y_row[f0 + 64] = cg_linear(a4_0) + r_row[f0 + 64];
                    y_row[f0 + 65] = cg_linear(a4_1) + r_row[f0 + 65];
                    y_row[f0 + 66] = cg_linear(a4_2) + r_row[f0 + 66];
                    y_row[f0 + 67] = cg_linear(a4_3) + r_row[f0 + 67];
                    y_row[f0 + 80] = cg_linear(a5_0) + r_row[f0 + 80];
                    y_row[f0 + 81] = cg_linear(a5_1) + r_row[f0 + 81];
                    y_row[f0 + 82] = cg_linear(a5_2) + r_row[f0 + 82];
                    y_row[f0 + 83] = cg_linear(a5_3) + r_row[f0 + 83];
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
                    y_row[q * 16 + f0] = cg_linear(a0_0) + r_row[q * 16 + f0];
                    y_row[q * 16 + f0 + 1] = cg_linear(a0_1) + r_row[q * 16 + f0 + 1];
                    y_row[q * 16 + f0 + 2] = cg_linear(a0_2) + r_row[q * 16 + f0 + 2];
                    y_row[q * 16 + f0 + 3] = cg_linear(a0_3) + r_row[q * 16 + f0 + 3];
                    y_row[q * 16 + f0 + 16] = cg_linear(a1_0) + r_row[q * 16 + f0 + 16];
                    y_row[q * 16 + f0 + 17] = cg_linear(a1_1) + r_row[q * 16 + f0 + 17];
                    y_row[q * 16 + f0 + 18] = cg_linear(a1_2) + r_row[q * 16 + f0 + 18];
                    y_row[q * 16 + f0 + 19] = cg_linear(a1_3) + r_row[q * 16 + f0 + 19];
                    y_row[q * 16 + f0 + 32] = cg_linear(a2_0) + r_row[q * 16 + f0 + 32];
                    y_row[q * 16 + f0 + 33] = cg_linear(a2_1) + r_row[q * 16 + f0 + 33];
                    y_row[q * 16 + f0 + 34] = cg_linear(a2_2) + r_row[q * 16 + f0 + 34];
                    y_row[q * 16 + f0 + 35] = cg_linear(a2_3) + r_row[q * 16 + f0 + 35];
                    y_row[q * 16 + f0 + 48] = cg_linear(a3_0) + r_row[q * 16 + f0 + 48];
                    y_row[q * 16 + f0 + 49] = cg_linear(a3_1) + r_row[q * 16 + f0 + 49];
                    y_row[q * 16 + f0 + 50] = cg_linear(a3_2) + r_row[q * 16 + f0 + 50];
                    y_row[q * 16 + f0 + 51] = cg_linear(a3_3) + r_row[q * 16 + f0 + 51];
                    y_row[q * 16 + f0 + 64] = cg_linear(a4_0) + r_row[q * 16 + f0 + 64];
                    y_row[q * 16 + f0 + 65] = cg_linear(a4_1) + r_row[q * 16 + f0 + 65];
                    y_row[q * 16 + f0 + 66] = cg_linear(a4_2) + r_row[q * 16 + f0 + 66];
                    y_row[q * 16 + f0 + 67] = cg_linear(a4_3) + r_row[q * 16 + f0 + 67];
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
                    y_row[f0 + 176] = cg_linear(a0_0) + r_row[f0 + 176];
                    y_row[f0 + 177] = cg_linear(a0_1) + r_row[f0 + 177];
                    y_row[f0 + 178] = cg_linear(a0_2) + r_row[f0 + 178];
                    y_row[f0 + 179] = cg_linear(a0_3) + r_row[f0 + 179];
                    y_row[f0 + 192] = cg_linear(a1_0) + r_row[f0 + 192];
                    y_row[f0 + 193] = cg_linear(a1_1) + r_row[f0 + 193];
                    y_row[f0 + 194] = cg_linear(a1_2) + r_row[f0 + 194];
                    y_row[f0 + 195] = cg_linear(a1_3) + r_row[f0 + 195];
                    y_row[f0 + 208] = cg_linear(a2_0) + r_row[f0 + 208];
                    y_row[f0 + 209] = cg_linear(a2_1) + r_row[f0 + 209];
                    y_row[f0 + 210] = cg_linear(a2_2) + r_row[f0 + 210];
                    y_row[f0 + 211] = cg_linear(a2_3) + r_row[f0 + 211];
                    y_row[f0 + 224] = cg_linear(a3_0) + r_row[f0 + 224];
                    y_row[f0 + 225] = cg_linear(a3_1) + r_row[f0 + 225];
                    y_row[f0 + 226] = cg_linear(a3_2) + r_row[f0 + 226];
                    y_row[f0 + 227] = cg_linear(a3_3) + r_row[f0 + 227];
                    y_row[f0 + 240] = cg_linear(a4_0) + r_row[f0 + 240];
                    y_row[f0 + 241] = cg_linear(a4_1) + r_row[f0 + 241];
                    y_row[f0 + 242] = cg_linear(a4_2) + r_row[f0 + 242];
                    y_row[f0 + 243] = cg_linear(a4_3) + r_row[f0 + 243];
}
            }
        }
    }
#endif
    return 0;
}

/* head (Conv2D) 16x16x16 -> 16x16x8, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x16x16x16: strides n=4096 c=1 d=4096 h=256 w=16
 *   output 1x16x16x8: strides n=2048 c=1 d=2048 h=128 w=8
 *   weights [1][1][1][1][16][8], bias [1][8] at 128
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_resblock_layer6(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int resblock_layer6(const float *input, const float *weights, float *output,
                           float *workspace)
{
    const float *bias = weights + 128;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_resblock_layer6;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 128;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 16) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 16; q += 16)
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
                const float *xr = input + oh * 256 + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 8) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
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
                cg_v8_relu(&a12_0);
                CG_STORE(cg_v8, y_row + q * 8 + 96, a12_0);
                cg_v8_relu(&a13_0);
                CG_STORE(cg_v8, y_row + q * 8 + 104, a13_0);
                cg_v8_relu(&a14_0);
                CG_STORE(cg_v8, y_row + q * 8 + 112, a14_0);
                cg_v8_relu(&a15_0);
                CG_STORE(cg_v8, y_row + q * 8 + 120, a15_0);
            }


#else
            for (int q = 0; q < 16; q += 8)
            {   /* 8 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias);
                const float *xr = input + oh * 256 + q * 16;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 16; ++c, w += 8) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
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
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_resblock_layer6;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 128;
        {   /* block 0: 8 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 8; f0 += 4) {
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
                    const float *xr = input + oh * 256 + q * 16;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 8) {
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
                for (int q = 6; q < 16; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + oh * 256 + q * 16;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 16; ++c, w += 8) {
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
            }
        }
    }
#endif
    return 0;
}

/* b1_conv1 (Conv2D) 16x16x16 -> 16x16x16, activation relu; b1_conv2 (Conv2D) 16x16x16 -> 16x16x16; b1_sum (Add) 16x16x16, 16x16x16 -> 16x16x16; b2_conv1 (Conv2D) 16x16x16 -> 16x16x16, activation relu; b2_conv2 (Conv2D) 16x16x16 -> 16x16x16; b2_sum (Add) 16x16x16, 16x16x16 -> 16x16x16; head (Conv2D) 16x16x16 -> 16x16x8, activation relu
 * Workspace: 12288 floats: b1_conv1 at 0 (4096 floats, steps 0-1), b1_sum at 4096 (4096 floats, steps 1-3), b2_conv1 at 0 (4096 floats, steps 2-3), b2_sum at 8192 (4096 floats, steps 3-4). */
int resblock(const float *input, const float *weights, float *output, float *workspace)
{
    resblock_layer0(input, weights, workspace, workspace);
    resblock_layer1(workspace, weights + 2320, workspace + 4096, workspace, input);
    resblock_layer3(workspace + 4096, weights + 4640, workspace, workspace);
    resblock_layer4(workspace, weights + 6960, workspace + 8192, workspace, workspace + 4096);
    resblock_layer6(workspace + 8192, weights + 9280, output, workspace);
    return 0;
}
