/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: resnet_conv.yaml
 *   Template: model.c.j2, dense.c.j2
 */
#include "resnet_conv.h"

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

/* conv2d (Conv2D) 56x56x64 -> 56x56x64, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x56x56x64: strides n=200704 c=1 d=200704 h=3584 w=64
 *   output 1x56x56x64: strides n=200704 c=1 d=200704 h=3584 w=64
 *   weights [2][1][3][3][64][32], bias [2][32] at 36864
 *   padding before (d, h, w) = (0, 1, 1)
 *   columns: 1 group(s) of register tiles (2 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_resnet_conv_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int resnet_conv_layer0(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 36864;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_resnet_conv_layer0;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR(collapse(2))
    for (int fb = 0; fb < 2; ++fb)
    for (int oh = 0; oh < 56; ++oh) {
        float *y_row = y + oh * 3584;
        {
            const float *wf = weights + fb * 18432;
            /* columns q: interior for q in [1, 55) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 10 output pixel(s) x 32 filters in 2 cg_v16: an edge tile, each tap only where its column exists */
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
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 56) continue;
                    const float *xr = input + ih * 3584;
                    const float *wr = wf + kh * 6144;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9 */
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
                            {
                                const float xv = xr[c + 448];
                                a8_0 += w0 * xv;
                                a8_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 512];
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
                    {   /* tap kw = 2 */
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
                            {
                                const float xv = xr[c + 512];
                                a7_0 += w0 * xv;
                                a7_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 576];
                                a8_0 += w0 * xv;
                                a8_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 640];
                                a9_0 += w0 * xv;
                                a9_1 += w1 * xv;
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
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 512, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 528, a8_1);
                cg_v16_relu(&a9_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 576, a9_0);
                cg_v16_relu(&a9_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 592, a9_1);
            }

            for (int q = 10; q < 20; q += 10)
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
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 56) continue;
                    const float *xr = input + ih * 3584 + q * 64;
                    const float *wr = wf + kh * 6144;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 64; ++c, w += 32) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                            {
                                const float xv = xr[c - 64];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
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
                            {
                                const float xv = xr[c + 448];
                                a8_0 += w0 * xv;
                                a8_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 512];
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
                    {   /* tap kw = 2 */
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
                            {
                                const float xv = xr[c + 512];
                                a7_0 += w0 * xv;
                                a7_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 576];
                                a8_0 += w0 * xv;
                                a8_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 640];
                                a9_0 += w0 * xv;
                                a9_1 += w1 * xv;
                            }
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

            for (int q = 20; q < 47; q += 9)
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
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 56) continue;
                    const float *xr = input + ih * 3584 + q * 64;
                    const float *wr = wf + kh * 6144;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 64; ++c, w += 32) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                            {
                                const float xv = xr[c - 64];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
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
                            {
                                const float xv = xr[c + 448];
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
                    {   /* tap kw = 2 */
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
                            {
                                const float xv = xr[c + 512];
                                a7_0 += w0 * xv;
                                a7_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 576];
                                a8_0 += w0 * xv;
                                a8_1 += w1 * xv;
                            }
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

            {   /* 9 output pixel(s) x 32 filters in 2 cg_v16: an edge tile, each tap only where its column exists */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias + fb * 32), a8_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 56) continue;
                    const float *xr = input + ih * 3584;
                    const float *wr = wf + kh * 6144;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 64; ++c, w += 32) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                            {
                                const float xv = xr[c + 2944];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3008];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3072];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3136];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3200];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3264];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3328];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3392];
                                a7_0 += w0 * xv;
                                a7_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3456];
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
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                            {
                                const float xv = xr[c + 3008];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3072];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3136];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3200];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3264];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3328];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3392];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3456];
                                a7_0 += w0 * xv;
                                a7_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3520];
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
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                            {
                                const float xv = xr[c + 3072];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3136];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3200];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3264];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3328];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3392];
                                a5_0 += w0 * xv;
                                a5_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3456];
                                a6_0 += w0 * xv;
                                a6_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3520];
                                a7_0 += w0 * xv;
                                a7_1 += w1 * xv;
                            }
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 3008, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 3024, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 3072, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 3088, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 3136, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 3152, a2_1);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 3200, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 3216, a3_1);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 3264, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 3280, a4_1);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 3328, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 3344, a5_1);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 3392, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 3408, a6_1);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 3456, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 3472, a7_1);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + fb * 32 + 3520, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + fb * 32 + 3536, a8_1);
            }


#else
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a4_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a5_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 56) continue;
                    const float *xr = input + ih * 3584;
                    const float *wr = wf + kh * 6144;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5 */
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
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 320, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 328, a5_1);
            }

            for (int q = 6; q < 36; q += 6)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a4_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a5_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 56) continue;
                    const float *xr = input + ih * 3584 + q * 64;
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
                                const float xv = xr[c - 64];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
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

            for (int q = 36; q < 51; q += 5)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a4_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 56) continue;
                    const float *xr = input + ih * 3584 + q * 64;
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
                                const float xv = xr[c - 64];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
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
                            {
                                const float xv = xr[c + 256];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
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
                            {
                                const float xv = xr[c + 320];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
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
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 256, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 264, a4_1);
            }

            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a4_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 56) continue;
                    const float *xr = input + ih * 3584;
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
                                const float xv = xr[c + 3200];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3264];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3328];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3392];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3456];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
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
                                const float xv = xr[c + 3264];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3328];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3392];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3456];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3520];
                                a4_0 += w0 * xv;
                                a4_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3 */
                        const float *w = wr + fh + 4096;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 64; ++c, w += 32) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 3328];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3392];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3456];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 3520];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 3264, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 3272, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 3328, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 3336, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 3392, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 3400, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 3456, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 3464, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 3520, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + fb * 32 + fh + 3528, a4_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_resnet_conv_layer0;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 56; ++oh) {
        float *y_row = y + oh * 3584;
        for (int fb = 0; fb < 2; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 18432;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [1, 55) */
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 56) continue;
                        const float *xr = input + ih * 3584;
                        const float *wr = wf + kh * 6144 + f0;
                        {   /* tap kw = 0, pixels 1, 2, 3, 4, 5 */
                            const float *w = wr;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 64];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 128];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 192];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 256];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 2048;
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
                        {   /* tap kw = 2 */
                            const float *w = wr + 4096;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 64];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 128];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 192];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 256];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 320];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 384];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[fb * 32 + f0] = cg_relu(a0_0);
                    y_row[fb * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[fb * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[fb * 32 + f0 + 3] = cg_relu(a0_3);
                    y_row[fb * 32 + f0 + 64] = cg_relu(a1_0);
                    y_row[fb * 32 + f0 + 65] = cg_relu(a1_1);
                    y_row[fb * 32 + f0 + 66] = cg_relu(a1_2);
                    y_row[fb * 32 + f0 + 67] = cg_relu(a1_3);
                    y_row[fb * 32 + f0 + 128] = cg_relu(a2_0);
                    y_row[fb * 32 + f0 + 129] = cg_relu(a2_1);
                    y_row[fb * 32 + f0 + 130] = cg_relu(a2_2);
                    y_row[fb * 32 + f0 + 131] = cg_relu(a2_3);
                    y_row[fb * 32 + f0 + 192] = cg_relu(a3_0);
                    y_row[fb * 32 + f0 + 193] = cg_relu(a3_1);
                    y_row[fb * 32 + f0 + 194] = cg_relu(a3_2);
                    y_row[fb * 32 + f0 + 195] = cg_relu(a3_3);
                    y_row[fb * 32 + f0 + 256] = cg_relu(a4_0);
                    y_row[fb * 32 + f0 + 257] = cg_relu(a4_1);
                    y_row[fb * 32 + f0 + 258] = cg_relu(a4_2);
                    y_row[fb * 32 + f0 + 259] = cg_relu(a4_3);
                    y_row[fb * 32 + f0 + 320] = cg_relu(a5_0);
                    y_row[fb * 32 + f0 + 321] = cg_relu(a5_1);
                    y_row[fb * 32 + f0 + 322] = cg_relu(a5_2);
                    y_row[fb * 32 + f0 + 323] = cg_relu(a5_3);
}
                for (int q = 6; q < 36; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 56) continue;
                        const float *xr = input + ih * 3584 + q * 64;
                        const float *wr = wf + kh * 6144 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c - 64];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 64];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 128];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 192];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 256];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *xk = xr + 64;
                            const float *w = wr + 2048;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c - 64];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 64];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 128];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 192];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 256];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *xk = xr + 128;
                            const float *w = wr + 4096;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c - 64];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 64];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 128];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 192];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 256];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
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
                for (int q = 36; q < 51; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 56) continue;
                        const float *xr = input + ih * 3584 + q * 64;
                        const float *wr = wf + kh * 6144 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c - 64];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 64];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 128];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 192];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *xk = xr + 64;
                            const float *w = wr + 2048;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c - 64];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 64];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 128];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 192];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *xk = xr + 128;
                            const float *w = wr + 4096;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c - 64];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 64];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 128];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 192];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
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
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 56) continue;
                        const float *xr = input + ih * 3584;
                        const float *wr = wf + kh * 6144 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 3200];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 3264];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 3328];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 3392];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 3456];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 2048;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 3264];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 3328];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 3392];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 3456];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 3520];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2, 3 */
                            const float *w = wr + 4096;
                            for (int c = 0; c < 64; ++c, w += 32) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 3328];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 3392];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 3456];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 3520];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[fb * 32 + f0 + 3264] = cg_relu(a0_0);
                    y_row[fb * 32 + f0 + 3265] = cg_relu(a0_1);
                    y_row[fb * 32 + f0 + 3266] = cg_relu(a0_2);
                    y_row[fb * 32 + f0 + 3267] = cg_relu(a0_3);
                    y_row[fb * 32 + f0 + 3328] = cg_relu(a1_0);
                    y_row[fb * 32 + f0 + 3329] = cg_relu(a1_1);
                    y_row[fb * 32 + f0 + 3330] = cg_relu(a1_2);
                    y_row[fb * 32 + f0 + 3331] = cg_relu(a1_3);
                    y_row[fb * 32 + f0 + 3392] = cg_relu(a2_0);
                    y_row[fb * 32 + f0 + 3393] = cg_relu(a2_1);
                    y_row[fb * 32 + f0 + 3394] = cg_relu(a2_2);
                    y_row[fb * 32 + f0 + 3395] = cg_relu(a2_3);
                    y_row[fb * 32 + f0 + 3456] = cg_relu(a3_0);
                    y_row[fb * 32 + f0 + 3457] = cg_relu(a3_1);
                    y_row[fb * 32 + f0 + 3458] = cg_relu(a3_2);
                    y_row[fb * 32 + f0 + 3459] = cg_relu(a3_3);
                    y_row[fb * 32 + f0 + 3520] = cg_relu(a4_0);
                    y_row[fb * 32 + f0 + 3521] = cg_relu(a4_1);
                    y_row[fb * 32 + f0 + 3522] = cg_relu(a4_2);
                    y_row[fb * 32 + f0 + 3523] = cg_relu(a4_3);
}
            }
        }
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
