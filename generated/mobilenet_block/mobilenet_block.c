/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: mobilenet_block.yaml
 *   Template: model.c.j2, dense.c.j2, depthwise.c.j2, separable_rows.c.j2
 */
#include "mobilenet_block.h"

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

static inline __attribute__((unused)) void cg_v8_relu6(cg_v8 *x)
{
    cg_v8_relu(x);
    *x = (cg_v8)(((cg_i8)(((cg_v8){0.0f} + 6.0f)) & ((*x > 6.0f))) | ((cg_i8)(*x) & ~((*x > 6.0f))));
}

static inline __attribute__((unused)) void cg_v16_relu(cg_v16 *x)
{
    *x = (cg_v16)((cg_i16)*x & ~(*x < 0.0f));   /* NaN kept */
}

static inline __attribute__((unused)) void cg_v16_relu6(cg_v16 *x)
{
    cg_v16_relu(x);
    *x = (cg_v16)(((cg_i16)(((cg_v16){0.0f} + 6.0f)) & ((*x > 6.0f))) | ((cg_i16)(*x) & ~((*x > 6.0f))));
}

#else
#define CG_VECTOR 0
#endif

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_linear(float x) { return x; }

/* NaN stays NaN, as in Keras */
static inline float cg_relu(float x) { return x < 0.0f ? 0.0f : x; }

static inline float cg_relu6(float x) { return x < 0.0f ? 0.0f : (x > 6.0f ? 6.0f : x); }

/* conv2d (Conv2D) 32x32x3 -> 16x16x16, activation relu6
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x32x32x3: strides n=3072 c=1 d=3072 h=96 w=3
 *   output 1x16x16x16: strides n=4096 c=1 d=4096 h=256 w=16
 *   weights [1][1][3][3][3][16], bias [1][16] at 432
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_mobilenet_block_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu6(t[f]);
}

static int mobilenet_block_layer0(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    const float *bias = weights + 432;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_mobilenet_block_layer0;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
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
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 18];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 30];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 36];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 42];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 54];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 60];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 66];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 78];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 84];
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
                                const float xv = xr[c + 3];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 15];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 21];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 27];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 33];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 39];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 45];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 51];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 57];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 63];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 69];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 75];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 81];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 87];
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
                                const float xv = xr[c + 6];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 18];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 30];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 36];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 42];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a7_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 54];
                                a8_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 60];
                                a9_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 66];
                                a10_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a11_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 78];
                                a12_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 84];
                                a13_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 90];
                                a14_0 += w0 * xv;
                            }
                        }
                    }
                }
                cg_v16_relu6(&a0_0);
                CG_STORE(cg_v16, y_row, a0_0);
                cg_v16_relu6(&a1_0);
                CG_STORE(cg_v16, y_row + 16, a1_0);
                cg_v16_relu6(&a2_0);
                CG_STORE(cg_v16, y_row + 32, a2_0);
                cg_v16_relu6(&a3_0);
                CG_STORE(cg_v16, y_row + 48, a3_0);
                cg_v16_relu6(&a4_0);
                CG_STORE(cg_v16, y_row + 64, a4_0);
                cg_v16_relu6(&a5_0);
                CG_STORE(cg_v16, y_row + 80, a5_0);
                cg_v16_relu6(&a6_0);
                CG_STORE(cg_v16, y_row + 96, a6_0);
                cg_v16_relu6(&a7_0);
                CG_STORE(cg_v16, y_row + 112, a7_0);
                cg_v16_relu6(&a8_0);
                CG_STORE(cg_v16, y_row + 128, a8_0);
                cg_v16_relu6(&a9_0);
                CG_STORE(cg_v16, y_row + 144, a9_0);
                cg_v16_relu6(&a10_0);
                CG_STORE(cg_v16, y_row + 160, a10_0);
                cg_v16_relu6(&a11_0);
                CG_STORE(cg_v16, y_row + 176, a11_0);
                cg_v16_relu6(&a12_0);
                CG_STORE(cg_v16, y_row + 192, a12_0);
                cg_v16_relu6(&a13_0);
                CG_STORE(cg_v16, y_row + 208, a13_0);
                cg_v16_relu6(&a14_0);
                CG_STORE(cg_v16, y_row + 224, a14_0);
                cg_v16_relu6(&a15_0);
                CG_STORE(cg_v16, y_row + 240, a15_0);
            }


#else
            for (int q = 0; q < 12; q += 4)
            {   /* 4 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 32) continue;
                    const float *xr = input + ih * 96 + q * 6;
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
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 18];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
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
                                const float xv = xr[c + 3];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 15];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 21];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
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
                                const float xv = xr[c + 6];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 18];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 24];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu6(&a0_0);
                CG_STORE(cg_v8, y_row + q * 16, a0_0);
                cg_v8_relu6(&a0_1);
                CG_STORE(cg_v8, y_row + q * 16 + 8, a0_1);
                cg_v8_relu6(&a1_0);
                CG_STORE(cg_v8, y_row + q * 16 + 16, a1_0);
                cg_v8_relu6(&a1_1);
                CG_STORE(cg_v8, y_row + q * 16 + 24, a1_1);
                cg_v8_relu6(&a2_0);
                CG_STORE(cg_v8, y_row + q * 16 + 32, a2_0);
                cg_v8_relu6(&a2_1);
                CG_STORE(cg_v8, y_row + q * 16 + 40, a2_1);
                cg_v8_relu6(&a3_0);
                CG_STORE(cg_v8, y_row + q * 16 + 48, a3_0);
                cg_v8_relu6(&a3_1);
                CG_STORE(cg_v8, y_row + q * 16 + 56, a3_1);
            }

            {   /* 4 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 32) continue;
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
                                const float xv = xr[c + 72];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 78];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 84];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 90];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
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
                                const float xv = xr[c + 75];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 81];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 87];
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
                    {   /* tap kw = 2, pixels 0, 1, 2 */
                        const float *w = wr + 96;
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
                                const float xv = xr[c + 84];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 90];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                        }
                    }
                }
                cg_v8_relu6(&a0_0);
                CG_STORE(cg_v8, y_row + 192, a0_0);
                cg_v8_relu6(&a0_1);
                CG_STORE(cg_v8, y_row + 200, a0_1);
                cg_v8_relu6(&a1_0);
                CG_STORE(cg_v8, y_row + 208, a1_0);
                cg_v8_relu6(&a1_1);
                CG_STORE(cg_v8, y_row + 216, a1_1);
                cg_v8_relu6(&a2_0);
                CG_STORE(cg_v8, y_row + 224, a2_0);
                cg_v8_relu6(&a2_1);
                CG_STORE(cg_v8, y_row + 232, a2_1);
                cg_v8_relu6(&a3_0);
                CG_STORE(cg_v8, y_row + 240, a3_0);
                cg_v8_relu6(&a3_1);
                CG_STORE(cg_v8, y_row + 248, a3_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_mobilenet_block_layer0;   /* unused: the tiles store their values themselves */
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
                        const float *xr = input + ih * 96 + q * 6;
                        const float *wr = wf + kh * 144 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 3; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 6];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 12];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 18];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 24];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 30];
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
                                    const float xv = xk[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 6];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 12];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 18];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 24];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 30];
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
                                    const float xv = xk[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 6];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 12];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 18];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 24];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 30];
                                    a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[q * 16 + f0] = cg_relu6(a0_0);
                    y_row[q * 16 + f0 + 1] = cg_relu6(a0_1);
                    y_row[q * 16 + f0 + 2] = cg_relu6(a0_2);
                    y_row[q * 16 + f0 + 3] = cg_relu6(a0_3);
                    y_row[q * 16 + f0 + 16] = cg_relu6(a1_0);
                    y_row[q * 16 + f0 + 17] = cg_relu6(a1_1);
                    y_row[q * 16 + f0 + 18] = cg_relu6(a1_2);
                    y_row[q * 16 + f0 + 19] = cg_relu6(a1_3);
                    y_row[q * 16 + f0 + 32] = cg_relu6(a2_0);
                    y_row[q * 16 + f0 + 33] = cg_relu6(a2_1);
                    y_row[q * 16 + f0 + 34] = cg_relu6(a2_2);
                    y_row[q * 16 + f0 + 35] = cg_relu6(a2_3);
                    y_row[q * 16 + f0 + 48] = cg_relu6(a3_0);
                    y_row[q * 16 + f0 + 49] = cg_relu6(a3_1);
                    y_row[q * 16 + f0 + 50] = cg_relu6(a3_2);
                    y_row[q * 16 + f0 + 51] = cg_relu6(a3_3);
                    y_row[q * 16 + f0 + 64] = cg_relu6(a4_0);
                    y_row[q * 16 + f0 + 65] = cg_relu6(a4_1);
                    y_row[q * 16 + f0 + 66] = cg_relu6(a4_2);
                    y_row[q * 16 + f0 + 67] = cg_relu6(a4_3);
                    y_row[q * 16 + f0 + 80] = cg_relu6(a5_0);
                    y_row[q * 16 + f0 + 81] = cg_relu6(a5_1);
                    y_row[q * 16 + f0 + 82] = cg_relu6(a5_2);
                    y_row[q * 16 + f0 + 83] = cg_relu6(a5_3);
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
                        const float *xr = input + ih * 96 + q * 6;
                        const float *wr = wf + kh * 144 + f0;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 3; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xk[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 6];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 12];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 18];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 24];
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
                                    const float xv = xk[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 6];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 12];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 18];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 24];
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
                                    const float xv = xk[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 6];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 12];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 18];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xk[c + 24];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[q * 16 + f0] = cg_relu6(a0_0);
                    y_row[q * 16 + f0 + 1] = cg_relu6(a0_1);
                    y_row[q * 16 + f0 + 2] = cg_relu6(a0_2);
                    y_row[q * 16 + f0 + 3] = cg_relu6(a0_3);
                    y_row[q * 16 + f0 + 16] = cg_relu6(a1_0);
                    y_row[q * 16 + f0 + 17] = cg_relu6(a1_1);
                    y_row[q * 16 + f0 + 18] = cg_relu6(a1_2);
                    y_row[q * 16 + f0 + 19] = cg_relu6(a1_3);
                    y_row[q * 16 + f0 + 32] = cg_relu6(a2_0);
                    y_row[q * 16 + f0 + 33] = cg_relu6(a2_1);
                    y_row[q * 16 + f0 + 34] = cg_relu6(a2_2);
                    y_row[q * 16 + f0 + 35] = cg_relu6(a2_3);
                    y_row[q * 16 + f0 + 48] = cg_relu6(a3_0);
                    y_row[q * 16 + f0 + 49] = cg_relu6(a3_1);
                    y_row[q * 16 + f0 + 50] = cg_relu6(a3_2);
                    y_row[q * 16 + f0 + 51] = cg_relu6(a3_3);
                    y_row[q * 16 + f0 + 64] = cg_relu6(a4_0);
                    y_row[q * 16 + f0 + 65] = cg_relu6(a4_1);
                    y_row[q * 16 + f0 + 66] = cg_relu6(a4_2);
                    y_row[q * 16 + f0 + 67] = cg_relu6(a4_3);
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
                        const float *xr = input + ih * 96;
                        const float *wr = wf + kh * 144 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 3; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 66];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 72];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 78];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 84];
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
                                    const float xv = xr[c + 69];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 75];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 81];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 87];
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
                                    const float xv = xr[c + 72];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 78];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 84];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 90];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[f0 + 176] = cg_relu6(a0_0);
                    y_row[f0 + 177] = cg_relu6(a0_1);
                    y_row[f0 + 178] = cg_relu6(a0_2);
                    y_row[f0 + 179] = cg_relu6(a0_3);
                    y_row[f0 + 192] = cg_relu6(a1_0);
                    y_row[f0 + 193] = cg_relu6(a1_1);
                    y_row[f0 + 194] = cg_relu6(a1_2);
                    y_row[f0 + 195] = cg_relu6(a1_3);
                    y_row[f0 + 208] = cg_relu6(a2_0);
                    y_row[f0 + 209] = cg_relu6(a2_1);
                    y_row[f0 + 210] = cg_relu6(a2_2);
                    y_row[f0 + 211] = cg_relu6(a2_3);
                    y_row[f0 + 224] = cg_relu6(a3_0);
                    y_row[f0 + 225] = cg_relu6(a3_1);
                    y_row[f0 + 226] = cg_relu6(a3_2);
                    y_row[f0 + 227] = cg_relu6(a3_3);
                    y_row[f0 + 240] = cg_relu6(a4_0);
                    y_row[f0 + 241] = cg_relu6(a4_1);
                    y_row[f0 + 242] = cg_relu6(a4_2);
                    y_row[f0 + 243] = cg_relu6(a4_3);
}
            }
        }
    }
#endif
    return 0;
}

/* depthwise_conv2d (DepthwiseConv2D) 16x16x16 -> 16x16x16, activation relu6
 * Depthwise, channels_last, multiplier 1: vectors of 16 or 8 channels, register tiles of up to
 * 8 pixels along w, edge tiles (2) at the borders reading only the columns that exist,
 * border pixels with bounds checks (0 range(s)); channels past the last multiple of 8 take a
 * loop one pixel at a time. Without vectors (or with CONVGEN_PORTABLE), portable C99: the same
 * tiles per channel in scalar registers.
 *   input  1x16x16x16: strides n=4096 h=256 w=16
 *   output 1x16x16x16: strides n=4096 h=256 w=16
 *   kernel [3][3][16], bias [16] at 144
 *   padding before (h, w) = (1, 1)
 * Workspace: 0 floats. */
static void store_mobilenet_block_layer1(float *out, const float *t, int nc)
{
    for (int c = 0; c < nc; ++c)
        out[c] = cg_relu6(t[c]);
}

static int mobilenet_block_layer1(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    const float *bias = weights + 144;
    float *y = output;
    int c_done = 0;   /* channels the vector path covered */
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    c_done = 16;
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 256;
        {
            const cg_v16 b = CG_LOAD(cg_v16, bias);
            {   /* 8 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 16) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 256;
                    cg_v16 x1 = CG_LOAD(cg_v16, xp);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 16);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 32);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 48);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 64);
                    cg_v16 x6 = CG_LOAD(cg_v16, xp + 80);
                    cg_v16 x7 = CG_LOAD(cg_v16, xp + 96);
                    cg_v16 x8 = CG_LOAD(cg_v16, xp + 112);
                    cg_v16 x9 = CG_LOAD(cg_v16, xp + 128);
                    CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5); CG_KEEP16(x6); CG_KEEP16(x7); CG_KEEP16(x8); CG_KEEP16(x9);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 48);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                        a6 += x6 * w;
                        a7 += x7 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 48 + 16);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                        a6 += x7 * w;
                        a7 += x8 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 48 + 32);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                        a5 += x7 * w;
                        a6 += x8 * w;
                        a7 += x9 * w;
                    }
                }
                cg_v16_relu6(&a0);
                CG_STORE(cg_v16, y_row, a0);
                cg_v16_relu6(&a1);
                CG_STORE(cg_v16, y_row + 16, a1);
                cg_v16_relu6(&a2);
                CG_STORE(cg_v16, y_row + 32, a2);
                cg_v16_relu6(&a3);
                CG_STORE(cg_v16, y_row + 48, a3);
                cg_v16_relu6(&a4);
                CG_STORE(cg_v16, y_row + 64, a4);
                cg_v16_relu6(&a5);
                CG_STORE(cg_v16, y_row + 80, a5);
                cg_v16_relu6(&a6);
                CG_STORE(cg_v16, y_row + 96, a6);
                cg_v16_relu6(&a7);
                CG_STORE(cg_v16, y_row + 112, a7);
            }

            {   /* 8 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 16) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 256;
                    cg_v16 x0 = CG_LOAD(cg_v16, xp + 112);
                    cg_v16 x1 = CG_LOAD(cg_v16, xp + 128);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 144);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 160);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 176);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 192);
                    cg_v16 x6 = CG_LOAD(cg_v16, xp + 208);
                    cg_v16 x7 = CG_LOAD(cg_v16, xp + 224);
                    cg_v16 x8 = CG_LOAD(cg_v16, xp + 240);
                    CG_KEEP16(x0); CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5); CG_KEEP16(x6); CG_KEEP16(x7); CG_KEEP16(x8);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 48);
                        a0 += x0 * w;
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                        a6 += x6 * w;
                        a7 += x7 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 48 + 16);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                        a6 += x7 * w;
                        a7 += x8 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 48 + 32);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                        a5 += x7 * w;
                        a6 += x8 * w;
                    }
                }
                cg_v16_relu6(&a0);
                CG_STORE(cg_v16, y_row + 128, a0);
                cg_v16_relu6(&a1);
                CG_STORE(cg_v16, y_row + 144, a1);
                cg_v16_relu6(&a2);
                CG_STORE(cg_v16, y_row + 160, a2);
                cg_v16_relu6(&a3);
                CG_STORE(cg_v16, y_row + 176, a3);
                cg_v16_relu6(&a4);
                CG_STORE(cg_v16, y_row + 192, a4);
                cg_v16_relu6(&a5);
                CG_STORE(cg_v16, y_row + 208, a5);
                cg_v16_relu6(&a6);
                CG_STORE(cg_v16, y_row + 224, a6);
                cg_v16_relu6(&a7);
                CG_STORE(cg_v16, y_row + 240, a7);
            }

        }

    }

#else
    c_done = 16;
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 256;
        for (int cb = 0; cb < 2; ++cb) {
            const cg_v8 b = CG_LOAD(cg_v8, bias + cb * 8);
            {   /* 8 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 16) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 256 + cb * 8;
                    cg_v8 x1 = CG_LOAD(cg_v8, xp);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 16);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 32);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 48);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 64);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 80);
                    cg_v8 x7 = CG_LOAD(cg_v8, xp + 96);
                    cg_v8 x8 = CG_LOAD(cg_v8, xp + 112);
                    cg_v8 x9 = CG_LOAD(cg_v8, xp + 128);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 48 + cb * 8);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                        a6 += x6 * w;
                        a7 += x7 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 48 + cb * 8 + 16);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                        a6 += x7 * w;
                        a7 += x8 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 48 + cb * 8 + 32);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                        a5 += x7 * w;
                        a6 += x8 * w;
                        a7 += x9 * w;
                    }
                }
                cg_v8_relu6(&a0);
                CG_STORE(cg_v8, y_row + cb * 8, a0);
                cg_v8_relu6(&a1);
                CG_STORE(cg_v8, y_row + cb * 8 + 16, a1);
                cg_v8_relu6(&a2);
                CG_STORE(cg_v8, y_row + cb * 8 + 32, a2);
                cg_v8_relu6(&a3);
                CG_STORE(cg_v8, y_row + cb * 8 + 48, a3);
                cg_v8_relu6(&a4);
                CG_STORE(cg_v8, y_row + cb * 8 + 64, a4);
                cg_v8_relu6(&a5);
                CG_STORE(cg_v8, y_row + cb * 8 + 80, a5);
                cg_v8_relu6(&a6);
                CG_STORE(cg_v8, y_row + cb * 8 + 96, a6);
                cg_v8_relu6(&a7);
                CG_STORE(cg_v8, y_row + cb * 8 + 112, a7);
            }

            {   /* 8 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 16) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 256 + cb * 8;
                    cg_v8 x0 = CG_LOAD(cg_v8, xp + 112);
                    cg_v8 x1 = CG_LOAD(cg_v8, xp + 128);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 144);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 160);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 176);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 192);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 208);
                    cg_v8 x7 = CG_LOAD(cg_v8, xp + 224);
                    cg_v8 x8 = CG_LOAD(cg_v8, xp + 240);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 48 + cb * 8);
                        a0 += x0 * w;
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                        a6 += x6 * w;
                        a7 += x7 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 48 + cb * 8 + 16);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                        a6 += x7 * w;
                        a7 += x8 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 48 + cb * 8 + 32);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                        a5 += x7 * w;
                        a6 += x8 * w;
                    }
                }
                cg_v8_relu6(&a0);
                CG_STORE(cg_v8, y_row + cb * 8 + 128, a0);
                cg_v8_relu6(&a1);
                CG_STORE(cg_v8, y_row + cb * 8 + 144, a1);
                cg_v8_relu6(&a2);
                CG_STORE(cg_v8, y_row + cb * 8 + 160, a2);
                cg_v8_relu6(&a3);
                CG_STORE(cg_v8, y_row + cb * 8 + 176, a3);
                cg_v8_relu6(&a4);
                CG_STORE(cg_v8, y_row + cb * 8 + 192, a4);
                cg_v8_relu6(&a5);
                CG_STORE(cg_v8, y_row + cb * 8 + 208, a5);
                cg_v8_relu6(&a6);
                CG_STORE(cg_v8, y_row + cb * 8 + 224, a6);
                cg_v8_relu6(&a7);
                CG_STORE(cg_v8, y_row + cb * 8 + 240, a7);
            }

        }

    }

#endif
    /* the channels the vector path did not cover, one pixel at a time */
    for (int oh = 0; oh < 16; ++oh)
    for (int ow = 0; ow < 16; ++ow)
    for (int c = c_done; c < 16; ++c) {
        float acc = bias[c];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh + kh - 1;
            if (ih < 0 || ih >= 16) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow + kw - 1;
                if (iw < 0 || iw >= 16) continue;
                acc += input[ih * 256 + iw * 16 + c]
                       * weights[kh * 48 + kw * 16 + c];
            }
        }
        store_mobilenet_block_layer1(y + oh * 256 + ow * 16 + c, &acc, 1);
    }
#else
    /* portable C99 for cores without SIMD: per channel, tiles of neighbouring pixels in
     * scalar registers, each input column loaded once for every tap and pixel reading it */
    (void)c_done;
    (void)store_mobilenet_block_layer1;
    for (int oh = 0; oh < 16; ++oh) {
        float *y_row = y + oh * 256;
        for (int c = 0; c < 16; ++c) {
            const float b = bias[c];
            {   /* 8 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                if (oh - 1 >= 0) {   /* row kh = 0 */
                    const float *xp = input + oh * 256 + c - 256;
                    const float *wk = weights + c;
                    const float x1 = xp[0], x2 = xp[16], x3 = xp[32], x4 = xp[48], x5 = xp[64], x6 = xp[80], x7 = xp[96], x8 = xp[112], x9 = xp[128];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 256 + c;
                    const float *wk = weights + c + 48;
                    const float x1 = xp[0], x2 = xp[16], x3 = xp[32], x4 = xp[48], x5 = xp[64], x6 = xp[80], x7 = xp[96], x8 = xp[112], x9 = xp[128];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w;
                    }
                }
                if (oh + 1 < 16) {   /* row kh = 2 */
                    const float *xp = input + oh * 256 + c + 256;
                    const float *wk = weights + c + 96;
                    const float x1 = xp[0], x2 = xp[16], x3 = xp[32], x4 = xp[48], x5 = xp[64], x6 = xp[80], x7 = xp[96], x8 = xp[112], x9 = xp[128];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w;
                    }
                }
                y_row[c] = cg_relu6(a0);
                y_row[c + 16] = cg_relu6(a1);
                y_row[c + 32] = cg_relu6(a2);
                y_row[c + 48] = cg_relu6(a3);
                y_row[c + 64] = cg_relu6(a4);
                y_row[c + 80] = cg_relu6(a5);
                y_row[c + 96] = cg_relu6(a6);
                y_row[c + 112] = cg_relu6(a7);
            }
            {   /* 8 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                if (oh - 1 >= 0) {   /* row kh = 0 */
                    const float *xp = input + oh * 256 + c - 256;
                    const float *wk = weights + c;
                    const float x0 = xp[112], x1 = xp[128], x2 = xp[144], x3 = xp[160], x4 = xp[176], x5 = xp[192], x6 = xp[208], x7 = xp[224], x8 = xp[240];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 256 + c;
                    const float *wk = weights + c + 48;
                    const float x0 = xp[112], x1 = xp[128], x2 = xp[144], x3 = xp[160], x4 = xp[176], x5 = xp[192], x6 = xp[208], x7 = xp[224], x8 = xp[240];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w;
                    }
                }
                if (oh + 1 < 16) {   /* row kh = 2 */
                    const float *xp = input + oh * 256 + c + 256;
                    const float *wk = weights + c + 96;
                    const float x0 = xp[112], x1 = xp[128], x2 = xp[144], x3 = xp[160], x4 = xp[176], x5 = xp[192], x6 = xp[208], x7 = xp[224], x8 = xp[240];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w;
                    }
                }
                y_row[c + 128] = cg_relu6(a0);
                y_row[c + 144] = cg_relu6(a1);
                y_row[c + 160] = cg_relu6(a2);
                y_row[c + 176] = cg_relu6(a3);
                y_row[c + 192] = cg_relu6(a4);
                y_row[c + 208] = cg_relu6(a5);
                y_row[c + 224] = cg_relu6(a6);
                y_row[c + 240] = cg_relu6(a7);
            }
        }
    }
#endif
    return 0;
}

/* conv2d_1 (Conv2D) 16x16x16 -> 16x16x32, activation relu6
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x16x16x16: strides n=4096 c=1 d=4096 h=256 w=16
 *   output 1x16x16x32: strides n=8192 c=1 d=8192 h=512 w=32
 *   weights [1][1][1][1][16][32], bias [1][32] at 512
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_mobilenet_block_layer2(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu6(t[f]);
}

static int mobilenet_block_layer2(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    const float *bias = weights + 512;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_mobilenet_block_layer2;   /* unused: every block goes straight from vectors */
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
                const float *xr = input + oh * 256 + q * 16;
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
                        {
                            const float xv = xr[c + 96];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 112];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                    }
                }
                cg_v16_relu6(&a0_0);
                CG_STORE(cg_v16, y_row + q * 32, a0_0);
                cg_v16_relu6(&a0_1);
                CG_STORE(cg_v16, y_row + q * 32 + 16, a0_1);
                cg_v16_relu6(&a1_0);
                CG_STORE(cg_v16, y_row + q * 32 + 32, a1_0);
                cg_v16_relu6(&a1_1);
                CG_STORE(cg_v16, y_row + q * 32 + 48, a1_1);
                cg_v16_relu6(&a2_0);
                CG_STORE(cg_v16, y_row + q * 32 + 64, a2_0);
                cg_v16_relu6(&a2_1);
                CG_STORE(cg_v16, y_row + q * 32 + 80, a2_1);
                cg_v16_relu6(&a3_0);
                CG_STORE(cg_v16, y_row + q * 32 + 96, a3_0);
                cg_v16_relu6(&a3_1);
                CG_STORE(cg_v16, y_row + q * 32 + 112, a3_1);
                cg_v16_relu6(&a4_0);
                CG_STORE(cg_v16, y_row + q * 32 + 128, a4_0);
                cg_v16_relu6(&a4_1);
                CG_STORE(cg_v16, y_row + q * 32 + 144, a4_1);
                cg_v16_relu6(&a5_0);
                CG_STORE(cg_v16, y_row + q * 32 + 160, a5_0);
                cg_v16_relu6(&a5_1);
                CG_STORE(cg_v16, y_row + q * 32 + 176, a5_1);
                cg_v16_relu6(&a6_0);
                CG_STORE(cg_v16, y_row + q * 32 + 192, a6_0);
                cg_v16_relu6(&a6_1);
                CG_STORE(cg_v16, y_row + q * 32 + 208, a6_1);
                cg_v16_relu6(&a7_0);
                CG_STORE(cg_v16, y_row + q * 32 + 224, a7_0);
                cg_v16_relu6(&a7_1);
                CG_STORE(cg_v16, y_row + q * 32 + 240, a7_1);
            }


#else
            for (int q = 0; q < 16; q += 4)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 4 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input + oh * 256 + q * 16;
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
                    }
                }
                cg_v8_relu6(&a0_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh, a0_0);
                cg_v8_relu6(&a0_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 8, a0_1);
                cg_v8_relu6(&a1_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 32, a1_0);
                cg_v8_relu6(&a1_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 40, a1_1);
                cg_v8_relu6(&a2_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 64, a2_0);
                cg_v8_relu6(&a2_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 72, a2_1);
                cg_v8_relu6(&a3_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 96, a3_0);
                cg_v8_relu6(&a3_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 104, a3_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_mobilenet_block_layer2;   /* unused: the tiles store their values themselves */
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
                    const float *xr = input + oh * 256 + q * 16;
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
                    y_row[q * 32 + f0] = cg_relu6(a0_0);
                    y_row[q * 32 + f0 + 1] = cg_relu6(a0_1);
                    y_row[q * 32 + f0 + 2] = cg_relu6(a0_2);
                    y_row[q * 32 + f0 + 3] = cg_relu6(a0_3);
                    y_row[q * 32 + f0 + 32] = cg_relu6(a1_0);
                    y_row[q * 32 + f0 + 33] = cg_relu6(a1_1);
                    y_row[q * 32 + f0 + 34] = cg_relu6(a1_2);
                    y_row[q * 32 + f0 + 35] = cg_relu6(a1_3);
                    y_row[q * 32 + f0 + 64] = cg_relu6(a2_0);
                    y_row[q * 32 + f0 + 65] = cg_relu6(a2_1);
                    y_row[q * 32 + f0 + 66] = cg_relu6(a2_2);
                    y_row[q * 32 + f0 + 67] = cg_relu6(a2_3);
                    y_row[q * 32 + f0 + 96] = cg_relu6(a3_0);
                    y_row[q * 32 + f0 + 97] = cg_relu6(a3_1);
                    y_row[q * 32 + f0 + 98] = cg_relu6(a3_2);
                    y_row[q * 32 + f0 + 99] = cg_relu6(a3_3);
                    y_row[q * 32 + f0 + 128] = cg_relu6(a4_0);
                    y_row[q * 32 + f0 + 129] = cg_relu6(a4_1);
                    y_row[q * 32 + f0 + 130] = cg_relu6(a4_2);
                    y_row[q * 32 + f0 + 131] = cg_relu6(a4_3);
                    y_row[q * 32 + f0 + 160] = cg_relu6(a5_0);
                    y_row[q * 32 + f0 + 161] = cg_relu6(a5_1);
                    y_row[q * 32 + f0 + 162] = cg_relu6(a5_2);
                    y_row[q * 32 + f0 + 163] = cg_relu6(a5_3);
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
                        for (int c = 0; c < 16; ++c, w += 32) {
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
                    y_row[q * 32 + f0] = cg_relu6(a0_0);
                    y_row[q * 32 + f0 + 1] = cg_relu6(a0_1);
                    y_row[q * 32 + f0 + 2] = cg_relu6(a0_2);
                    y_row[q * 32 + f0 + 3] = cg_relu6(a0_3);
                    y_row[q * 32 + f0 + 32] = cg_relu6(a1_0);
                    y_row[q * 32 + f0 + 33] = cg_relu6(a1_1);
                    y_row[q * 32 + f0 + 34] = cg_relu6(a1_2);
                    y_row[q * 32 + f0 + 35] = cg_relu6(a1_3);
                    y_row[q * 32 + f0 + 64] = cg_relu6(a2_0);
                    y_row[q * 32 + f0 + 65] = cg_relu6(a2_1);
                    y_row[q * 32 + f0 + 66] = cg_relu6(a2_2);
                    y_row[q * 32 + f0 + 67] = cg_relu6(a2_3);
                    y_row[q * 32 + f0 + 96] = cg_relu6(a3_0);
                    y_row[q * 32 + f0 + 97] = cg_relu6(a3_1);
                    y_row[q * 32 + f0 + 98] = cg_relu6(a3_2);
                    y_row[q * 32 + f0 + 99] = cg_relu6(a3_3);
                    y_row[q * 32 + f0 + 128] = cg_relu6(a4_0);
                    y_row[q * 32 + f0 + 129] = cg_relu6(a4_1);
                    y_row[q * 32 + f0 + 130] = cg_relu6(a4_2);
                    y_row[q * 32 + f0 + 131] = cg_relu6(a4_3);
}
            }
        }
    }
#endif
    return 0;
}

/* depthwise_conv2d_1 (DepthwiseConv2D) 16x16x32 -> 8x8x32, activation relu6
 * Depthwise, channels_last, multiplier 1: vectors of 16 or 8 channels, register tiles of up to
 * 8 pixels along w, edge tiles (1) at the borders reading only the columns that exist,
 * border pixels with bounds checks (0 range(s)); channels past the last multiple of 8 take a
 * loop one pixel at a time. Without vectors (or with CONVGEN_PORTABLE), portable C99: the same
 * tiles per channel in scalar registers.
 *   input  1x16x16x32: strides n=8192 h=512 w=32
 *   output 1x8x8x32: strides n=2048 h=256 w=32
 *   kernel [3][3][32], bias [32] at 288
 *   padding before (h, w) = (0, 0)
 * Workspace: 0 floats. */
static void store_mobilenet_block_layer3(float *out, const float *t, int nc)
{
    for (int c = 0; c < nc; ++c)
        out[c] = cg_relu6(t[c]);
}

static int mobilenet_block_layer3(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    const float *bias = weights + 288;
    float *y = output;
    int c_done = 0;   /* channels the vector path covered */
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    c_done = 32;
    for (int oh = 0; oh < 8; ++oh) {
        float *y_row = y + oh * 256;
        for (int cb = 0; cb < 2; ++cb) {
            const cg_v16 b = CG_LOAD(cg_v16, bias + cb * 16);
            {   /* 8 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 16) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 512 + cb * 16;
                    cg_v16 x0 = CG_LOAD(cg_v16, xp);
                    cg_v16 x1 = CG_LOAD(cg_v16, xp + 32);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 64);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 96);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 128);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 160);
                    cg_v16 x6 = CG_LOAD(cg_v16, xp + 192);
                    cg_v16 x7 = CG_LOAD(cg_v16, xp + 224);
                    cg_v16 x8 = CG_LOAD(cg_v16, xp + 256);
                    cg_v16 x9 = CG_LOAD(cg_v16, xp + 288);
                    cg_v16 x10 = CG_LOAD(cg_v16, xp + 320);
                    cg_v16 x11 = CG_LOAD(cg_v16, xp + 352);
                    cg_v16 x12 = CG_LOAD(cg_v16, xp + 384);
                    cg_v16 x13 = CG_LOAD(cg_v16, xp + 416);
                    cg_v16 x14 = CG_LOAD(cg_v16, xp + 448);
                    cg_v16 x15 = CG_LOAD(cg_v16, xp + 480);
                    CG_KEEP16(x0); CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5); CG_KEEP16(x6); CG_KEEP16(x7); CG_KEEP16(x8); CG_KEEP16(x9); CG_KEEP16(x10); CG_KEEP16(x11); CG_KEEP16(x12); CG_KEEP16(x13); CG_KEEP16(x14); CG_KEEP16(x15);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 96 + cb * 16);
                        a0 += x0 * w;
                        a1 += x2 * w;
                        a2 += x4 * w;
                        a3 += x6 * w;
                        a4 += x8 * w;
                        a5 += x10 * w;
                        a6 += x12 * w;
                        a7 += x14 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 96 + cb * 16 + 32);
                        a0 += x1 * w;
                        a1 += x3 * w;
                        a2 += x5 * w;
                        a3 += x7 * w;
                        a4 += x9 * w;
                        a5 += x11 * w;
                        a6 += x13 * w;
                        a7 += x15 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 96 + cb * 16 + 64);
                        a0 += x2 * w;
                        a1 += x4 * w;
                        a2 += x6 * w;
                        a3 += x8 * w;
                        a4 += x10 * w;
                        a5 += x12 * w;
                        a6 += x14 * w;
                    }
                }
                cg_v16_relu6(&a0);
                CG_STORE(cg_v16, y_row + cb * 16, a0);
                cg_v16_relu6(&a1);
                CG_STORE(cg_v16, y_row + cb * 16 + 32, a1);
                cg_v16_relu6(&a2);
                CG_STORE(cg_v16, y_row + cb * 16 + 64, a2);
                cg_v16_relu6(&a3);
                CG_STORE(cg_v16, y_row + cb * 16 + 96, a3);
                cg_v16_relu6(&a4);
                CG_STORE(cg_v16, y_row + cb * 16 + 128, a4);
                cg_v16_relu6(&a5);
                CG_STORE(cg_v16, y_row + cb * 16 + 160, a5);
                cg_v16_relu6(&a6);
                CG_STORE(cg_v16, y_row + cb * 16 + 192, a6);
                cg_v16_relu6(&a7);
                CG_STORE(cg_v16, y_row + cb * 16 + 224, a7);
            }

        }

    }

#else
    c_done = 32;
    for (int oh = 0; oh < 8; ++oh) {
        float *y_row = y + oh * 256;
        for (int cb = 0; cb < 4; ++cb) {
            const cg_v8 b = CG_LOAD(cg_v8, bias + cb * 8);
            {   /* 8 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh;
                    if (ih >= 16) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 512 + cb * 8;
                    cg_v8 x0 = CG_LOAD(cg_v8, xp);
                    cg_v8 x1 = CG_LOAD(cg_v8, xp + 32);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 64);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 96);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 128);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 160);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 192);
                    cg_v8 x7 = CG_LOAD(cg_v8, xp + 224);
                    cg_v8 x8 = CG_LOAD(cg_v8, xp + 256);
                    cg_v8 x9 = CG_LOAD(cg_v8, xp + 288);
                    cg_v8 x10 = CG_LOAD(cg_v8, xp + 320);
                    cg_v8 x11 = CG_LOAD(cg_v8, xp + 352);
                    cg_v8 x12 = CG_LOAD(cg_v8, xp + 384);
                    cg_v8 x13 = CG_LOAD(cg_v8, xp + 416);
                    cg_v8 x14 = CG_LOAD(cg_v8, xp + 448);
                    cg_v8 x15 = CG_LOAD(cg_v8, xp + 480);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 96 + cb * 8);
                        a0 += x0 * w;
                        a1 += x2 * w;
                        a2 += x4 * w;
                        a3 += x6 * w;
                        a4 += x8 * w;
                        a5 += x10 * w;
                        a6 += x12 * w;
                        a7 += x14 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 96 + cb * 8 + 32);
                        a0 += x1 * w;
                        a1 += x3 * w;
                        a2 += x5 * w;
                        a3 += x7 * w;
                        a4 += x9 * w;
                        a5 += x11 * w;
                        a6 += x13 * w;
                        a7 += x15 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 96 + cb * 8 + 64);
                        a0 += x2 * w;
                        a1 += x4 * w;
                        a2 += x6 * w;
                        a3 += x8 * w;
                        a4 += x10 * w;
                        a5 += x12 * w;
                        a6 += x14 * w;
                    }
                }
                cg_v8_relu6(&a0);
                CG_STORE(cg_v8, y_row + cb * 8, a0);
                cg_v8_relu6(&a1);
                CG_STORE(cg_v8, y_row + cb * 8 + 32, a1);
                cg_v8_relu6(&a2);
                CG_STORE(cg_v8, y_row + cb * 8 + 64, a2);
                cg_v8_relu6(&a3);
                CG_STORE(cg_v8, y_row + cb * 8 + 96, a3);
                cg_v8_relu6(&a4);
                CG_STORE(cg_v8, y_row + cb * 8 + 128, a4);
                cg_v8_relu6(&a5);
                CG_STORE(cg_v8, y_row + cb * 8 + 160, a5);
                cg_v8_relu6(&a6);
                CG_STORE(cg_v8, y_row + cb * 8 + 192, a6);
                cg_v8_relu6(&a7);
                CG_STORE(cg_v8, y_row + cb * 8 + 224, a7);
            }

        }

    }

#endif
    /* the channels the vector path did not cover, one pixel at a time */
    for (int oh = 0; oh < 8; ++oh)
    for (int ow = 0; ow < 8; ++ow)
    for (int c = c_done; c < 32; ++c) {
        float acc = bias[c];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh * 2 + kh;
            if (ih >= 16) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow * 2 + kw;
                if (iw >= 16) continue;
                acc += input[ih * 512 + iw * 32 + c]
                       * weights[kh * 96 + kw * 32 + c];
            }
        }
        store_mobilenet_block_layer3(y + oh * 256 + ow * 32 + c, &acc, 1);
    }
#else
    /* portable C99 for cores without SIMD: per channel, tiles of neighbouring pixels in
     * scalar registers, each input column loaded once for every tap and pixel reading it */
    (void)c_done;
    (void)store_mobilenet_block_layer3;
    for (int oh = 0; oh < 8; ++oh) {
        float *y_row = y + oh * 256;
        for (int c = 0; c < 32; ++c) {
            const float b = bias[c];
            {   /* 8 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                {   /* row kh = 0 */
                    const float *xp = input + oh * 1024 + c;
                    const float *wk = weights + c;
                    const float x0 = xp[0], x1 = xp[32], x2 = xp[64], x3 = xp[96], x4 = xp[128], x5 = xp[160], x6 = xp[192], x7 = xp[224], x8 = xp[256], x9 = xp[288], x10 = xp[320], x11 = xp[352], x12 = xp[384], x13 = xp[416], x14 = xp[448], x15 = xp[480];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x2 * w; a2 += x4 * w; a3 += x6 * w; a4 += x8 * w; a5 += x10 * w; a6 += x12 * w; a7 += x14 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x1 * w; a1 += x3 * w; a2 += x5 * w; a3 += x7 * w; a4 += x9 * w; a5 += x11 * w; a6 += x13 * w; a7 += x15 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x2 * w; a1 += x4 * w; a2 += x6 * w; a3 += x8 * w; a4 += x10 * w; a5 += x12 * w; a6 += x14 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 1024 + c + 512;
                    const float *wk = weights + c + 96;
                    const float x0 = xp[0], x1 = xp[32], x2 = xp[64], x3 = xp[96], x4 = xp[128], x5 = xp[160], x6 = xp[192], x7 = xp[224], x8 = xp[256], x9 = xp[288], x10 = xp[320], x11 = xp[352], x12 = xp[384], x13 = xp[416], x14 = xp[448], x15 = xp[480];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x2 * w; a2 += x4 * w; a3 += x6 * w; a4 += x8 * w; a5 += x10 * w; a6 += x12 * w; a7 += x14 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x1 * w; a1 += x3 * w; a2 += x5 * w; a3 += x7 * w; a4 += x9 * w; a5 += x11 * w; a6 += x13 * w; a7 += x15 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x2 * w; a1 += x4 * w; a2 += x6 * w; a3 += x8 * w; a4 += x10 * w; a5 += x12 * w; a6 += x14 * w;
                    }
                }
                if (oh * 2 + 2 < 16) {   /* row kh = 2 */
                    const float *xp = input + oh * 1024 + c + 1024;
                    const float *wk = weights + c + 192;
                    const float x0 = xp[0], x1 = xp[32], x2 = xp[64], x3 = xp[96], x4 = xp[128], x5 = xp[160], x6 = xp[192], x7 = xp[224], x8 = xp[256], x9 = xp[288], x10 = xp[320], x11 = xp[352], x12 = xp[384], x13 = xp[416], x14 = xp[448], x15 = xp[480];
                    {
                        const float w = wk[0];
                        a0 += x0 * w; a1 += x2 * w; a2 += x4 * w; a3 += x6 * w; a4 += x8 * w; a5 += x10 * w; a6 += x12 * w; a7 += x14 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x1 * w; a1 += x3 * w; a2 += x5 * w; a3 += x7 * w; a4 += x9 * w; a5 += x11 * w; a6 += x13 * w; a7 += x15 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x2 * w; a1 += x4 * w; a2 += x6 * w; a3 += x8 * w; a4 += x10 * w; a5 += x12 * w; a6 += x14 * w;
                    }
                }
                y_row[c] = cg_relu6(a0);
                y_row[c + 32] = cg_relu6(a1);
                y_row[c + 64] = cg_relu6(a2);
                y_row[c + 96] = cg_relu6(a3);
                y_row[c + 128] = cg_relu6(a4);
                y_row[c + 160] = cg_relu6(a5);
                y_row[c + 192] = cg_relu6(a6);
                y_row[c + 224] = cg_relu6(a7);
            }
        }
    }
#endif
    return 0;
}

/* conv2d_2 (Conv2D) 8x8x32 -> 8x8x64, activation relu6
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x1x64x32: strides n=2048 c=1 d=2048 h=2048 w=32
 *   output 1x1x64x64: strides n=4096 c=1 d=4096 h=4096 w=64
 *   weights [2][1][1][1][32][32], bias [2][32] at 2048
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_mobilenet_block_layer4(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu6(t[f]);
}

static int mobilenet_block_layer4(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    const float *bias = weights + 2048;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_mobilenet_block_layer4;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int fb = 0; fb < 2; ++fb) {
        float *y_row = y;
        {
            const float *wf = weights + fb * 1024;
            /* columns q: interior for q in [0, 64) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 10; q += 10)
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
                const float *xr = input + q * 32;
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
                        {
                            const float xv = xr[c + 256];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 288];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                cg_v16_relu6(&a0_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32, a0_0);
                cg_v16_relu6(&a0_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 16, a0_1);
                cg_v16_relu6(&a1_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 64, a1_0);
                cg_v16_relu6(&a1_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 80, a1_1);
                cg_v16_relu6(&a2_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 128, a2_0);
                cg_v16_relu6(&a2_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 144, a2_1);
                cg_v16_relu6(&a3_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 192, a3_0);
                cg_v16_relu6(&a3_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 208, a3_1);
                cg_v16_relu6(&a4_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 256, a4_0);
                cg_v16_relu6(&a4_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 272, a4_1);
                cg_v16_relu6(&a5_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 320, a5_0);
                cg_v16_relu6(&a5_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 336, a5_1);
                cg_v16_relu6(&a6_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 384, a6_0);
                cg_v16_relu6(&a6_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 400, a6_1);
                cg_v16_relu6(&a7_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 448, a7_0);
                cg_v16_relu6(&a7_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 464, a7_1);
                cg_v16_relu6(&a8_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 512, a8_0);
                cg_v16_relu6(&a8_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 528, a8_1);
                cg_v16_relu6(&a9_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 576, a9_0);
                cg_v16_relu6(&a9_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 592, a9_1);
            }

            for (int q = 10; q < 64; q += 9)
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
                const float *xr = input + q * 32;
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
                        {
                            const float xv = xr[c + 256];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                    }
                }
                cg_v16_relu6(&a0_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32, a0_0);
                cg_v16_relu6(&a0_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 16, a0_1);
                cg_v16_relu6(&a1_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 64, a1_0);
                cg_v16_relu6(&a1_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 80, a1_1);
                cg_v16_relu6(&a2_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 128, a2_0);
                cg_v16_relu6(&a2_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 144, a2_1);
                cg_v16_relu6(&a3_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 192, a3_0);
                cg_v16_relu6(&a3_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 208, a3_1);
                cg_v16_relu6(&a4_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 256, a4_0);
                cg_v16_relu6(&a4_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 272, a4_1);
                cg_v16_relu6(&a5_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 320, a5_0);
                cg_v16_relu6(&a5_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 336, a5_1);
                cg_v16_relu6(&a6_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 384, a6_0);
                cg_v16_relu6(&a6_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 400, a6_1);
                cg_v16_relu6(&a7_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 448, a7_0);
                cg_v16_relu6(&a7_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 464, a7_1);
                cg_v16_relu6(&a8_0);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 512, a8_0);
                cg_v16_relu6(&a8_1);
                CG_STORE(cg_v16, y_row + q * 64 + fb * 32 + 528, a8_1);
            }


#else
            for (int q = 0; q < 60; q += 5)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a4_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                const float *xr = input + q * 32;
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
                cg_v8_relu6(&a0_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh, a0_0);
                cg_v8_relu6(&a0_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 8, a0_1);
                cg_v8_relu6(&a1_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 64, a1_0);
                cg_v8_relu6(&a1_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 72, a1_1);
                cg_v8_relu6(&a2_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 128, a2_0);
                cg_v8_relu6(&a2_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 136, a2_1);
                cg_v8_relu6(&a3_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 192, a3_0);
                cg_v8_relu6(&a3_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 200, a3_1);
                cg_v8_relu6(&a4_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 256, a4_0);
                cg_v8_relu6(&a4_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 264, a4_1);
            }

            for (int q = 60; q < 64; q += 4)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 4 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                const float *xr = input + q * 32;
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
                cg_v8_relu6(&a0_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh, a0_0);
                cg_v8_relu6(&a0_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 8, a0_1);
                cg_v8_relu6(&a1_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 64, a1_0);
                cg_v8_relu6(&a1_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 72, a1_1);
                cg_v8_relu6(&a2_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 128, a2_0);
                cg_v8_relu6(&a2_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 136, a2_1);
                cg_v8_relu6(&a3_0);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 192, a3_0);
                cg_v8_relu6(&a3_1);
                CG_STORE(cg_v8, y_row + q * 64 + fb * 32 + fh + 200, a3_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_mobilenet_block_layer4;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        for (int fb = 0; fb < 2; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 1024;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [0, 64) */
                for (int q = 0; q < 54; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + q * 32;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
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
                    y_row[q * 64 + fb * 32 + f0] = cg_relu6(a0_0);
                    y_row[q * 64 + fb * 32 + f0 + 1] = cg_relu6(a0_1);
                    y_row[q * 64 + fb * 32 + f0 + 2] = cg_relu6(a0_2);
                    y_row[q * 64 + fb * 32 + f0 + 3] = cg_relu6(a0_3);
                    y_row[q * 64 + fb * 32 + f0 + 64] = cg_relu6(a1_0);
                    y_row[q * 64 + fb * 32 + f0 + 65] = cg_relu6(a1_1);
                    y_row[q * 64 + fb * 32 + f0 + 66] = cg_relu6(a1_2);
                    y_row[q * 64 + fb * 32 + f0 + 67] = cg_relu6(a1_3);
                    y_row[q * 64 + fb * 32 + f0 + 128] = cg_relu6(a2_0);
                    y_row[q * 64 + fb * 32 + f0 + 129] = cg_relu6(a2_1);
                    y_row[q * 64 + fb * 32 + f0 + 130] = cg_relu6(a2_2);
                    y_row[q * 64 + fb * 32 + f0 + 131] = cg_relu6(a2_3);
                    y_row[q * 64 + fb * 32 + f0 + 192] = cg_relu6(a3_0);
                    y_row[q * 64 + fb * 32 + f0 + 193] = cg_relu6(a3_1);
                    y_row[q * 64 + fb * 32 + f0 + 194] = cg_relu6(a3_2);
                    y_row[q * 64 + fb * 32 + f0 + 195] = cg_relu6(a3_3);
                    y_row[q * 64 + fb * 32 + f0 + 256] = cg_relu6(a4_0);
                    y_row[q * 64 + fb * 32 + f0 + 257] = cg_relu6(a4_1);
                    y_row[q * 64 + fb * 32 + f0 + 258] = cg_relu6(a4_2);
                    y_row[q * 64 + fb * 32 + f0 + 259] = cg_relu6(a4_3);
                    y_row[q * 64 + fb * 32 + f0 + 320] = cg_relu6(a5_0);
                    y_row[q * 64 + fb * 32 + f0 + 321] = cg_relu6(a5_1);
                    y_row[q * 64 + fb * 32 + f0 + 322] = cg_relu6(a5_2);
                    y_row[q * 64 + fb * 32 + f0 + 323] = cg_relu6(a5_3);
}
                for (int q = 54; q < 64; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + q * 32;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
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
                        }
                    }
                    y_row[q * 64 + fb * 32 + f0] = cg_relu6(a0_0);
                    y_row[q * 64 + fb * 32 + f0 + 1] = cg_relu6(a0_1);
                    y_row[q * 64 + fb * 32 + f0 + 2] = cg_relu6(a0_2);
                    y_row[q * 64 + fb * 32 + f0 + 3] = cg_relu6(a0_3);
                    y_row[q * 64 + fb * 32 + f0 + 64] = cg_relu6(a1_0);
                    y_row[q * 64 + fb * 32 + f0 + 65] = cg_relu6(a1_1);
                    y_row[q * 64 + fb * 32 + f0 + 66] = cg_relu6(a1_2);
                    y_row[q * 64 + fb * 32 + f0 + 67] = cg_relu6(a1_3);
                    y_row[q * 64 + fb * 32 + f0 + 128] = cg_relu6(a2_0);
                    y_row[q * 64 + fb * 32 + f0 + 129] = cg_relu6(a2_1);
                    y_row[q * 64 + fb * 32 + f0 + 130] = cg_relu6(a2_2);
                    y_row[q * 64 + fb * 32 + f0 + 131] = cg_relu6(a2_3);
                    y_row[q * 64 + fb * 32 + f0 + 192] = cg_relu6(a3_0);
                    y_row[q * 64 + fb * 32 + f0 + 193] = cg_relu6(a3_1);
                    y_row[q * 64 + fb * 32 + f0 + 194] = cg_relu6(a3_2);
                    y_row[q * 64 + fb * 32 + f0 + 195] = cg_relu6(a3_3);
                    y_row[q * 64 + fb * 32 + f0 + 256] = cg_relu6(a4_0);
                    y_row[q * 64 + fb * 32 + f0 + 257] = cg_relu6(a4_1);
                    y_row[q * 64 + fb * 32 + f0 + 258] = cg_relu6(a4_2);
                    y_row[q * 64 + fb * 32 + f0 + 259] = cg_relu6(a4_3);
}
            }
        }
    }
#endif
    return 0;
}

/* the depthwise step of separable_conv2d
 * Depthwise, channels_last, multiplier 1: vectors of 16 or 8 channels, register tiles of up to
 * 8 pixels along w, edge tiles (1) at the borders reading only the columns that exist,
 * border pixels with bounds checks (0 range(s)); channels past the last multiple of 8 take a
 * loop one pixel at a time. Without vectors (or with CONVGEN_PORTABLE), portable C99: the same
 * tiles per channel in scalar registers.
 *   input  1x8x8x64: strides n=4096 h=512 w=64
 *   output 1x8x8x64: strides n=4096 h=512 w=64
 *   kernel [3][3][64], bias [64] at 576
 *   padding before (h, w) = (1, 1)
 * Workspace: 0 floats. */
static void store_mobilenet_block_layer5_depthwise(float *out, const float *t, int nc)
{
    for (int c = 0; c < nc; ++c)
        out[c] = cg_linear(t[c]);
}

/* Rows [oh0, oh0 + 8) into y (row oh at y + (oh - oh0) * 512): one band of a fused layer. */
static void mobilenet_block_layer5_depthwise(const float *input, const float *weights, float *y, int oh0)
{
    int c_done = 0;   /* channels the vector path covered */
#if CG_VECTOR
#if defined(__AVX512F__)
    c_done = 64;
    for (int oh = oh0; oh < oh0 + 8; ++oh) {
        float *y_row = y + oh * 512 - oh0 * 512;
        for (int cb = 0; cb < 4; ++cb) {
            const cg_v16 b = {0.0f};
            {   /* 8 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 8) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 512 + cb * 16;
                    cg_v16 x1 = CG_LOAD(cg_v16, xp);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 64);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 128);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 192);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 256);
                    cg_v16 x6 = CG_LOAD(cg_v16, xp + 320);
                    cg_v16 x7 = CG_LOAD(cg_v16, xp + 384);
                    cg_v16 x8 = CG_LOAD(cg_v16, xp + 448);
                    CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5); CG_KEEP16(x6); CG_KEEP16(x7); CG_KEEP16(x8);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                        a6 += x6 * w;
                        a7 += x7 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16 + 64);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                        a6 += x7 * w;
                        a7 += x8 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 192 + cb * 16 + 128);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                        a5 += x7 * w;
                        a6 += x8 * w;
                    }
                }
                CG_STORE(cg_v16, y_row + cb * 16, a0);
                CG_STORE(cg_v16, y_row + cb * 16 + 64, a1);
                CG_STORE(cg_v16, y_row + cb * 16 + 128, a2);
                CG_STORE(cg_v16, y_row + cb * 16 + 192, a3);
                CG_STORE(cg_v16, y_row + cb * 16 + 256, a4);
                CG_STORE(cg_v16, y_row + cb * 16 + 320, a5);
                CG_STORE(cg_v16, y_row + cb * 16 + 384, a6);
                CG_STORE(cg_v16, y_row + cb * 16 + 448, a7);
            }

        }

    }

#else
    c_done = 64;
    for (int oh = oh0; oh < oh0 + 8; ++oh) {
        float *y_row = y + oh * 512 - oh0 * 512;
        for (int cb = 0; cb < 8; ++cb) {
            const cg_v8 b = {0.0f};
            {   /* 8 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 8) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 512 + cb * 8;
                    cg_v8 x1 = CG_LOAD(cg_v8, xp);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 64);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 128);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 192);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 256);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 320);
                    cg_v8 x7 = CG_LOAD(cg_v8, xp + 384);
                    cg_v8 x8 = CG_LOAD(cg_v8, xp + 448);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                        a5 += x5 * w;
                        a6 += x6 * w;
                        a7 += x7 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8 + 64);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                        a5 += x6 * w;
                        a6 += x7 * w;
                        a7 += x8 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 192 + cb * 8 + 128);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
                        a5 += x7 * w;
                        a6 += x8 * w;
                    }
                }
                CG_STORE(cg_v8, y_row + cb * 8, a0);
                CG_STORE(cg_v8, y_row + cb * 8 + 64, a1);
                CG_STORE(cg_v8, y_row + cb * 8 + 128, a2);
                CG_STORE(cg_v8, y_row + cb * 8 + 192, a3);
                CG_STORE(cg_v8, y_row + cb * 8 + 256, a4);
                CG_STORE(cg_v8, y_row + cb * 8 + 320, a5);
                CG_STORE(cg_v8, y_row + cb * 8 + 384, a6);
                CG_STORE(cg_v8, y_row + cb * 8 + 448, a7);
            }

        }

    }

#endif
    /* the channels the vector path did not cover, one pixel at a time */
    for (int oh = oh0; oh < oh0 + 8; ++oh)
    for (int ow = 0; ow < 8; ++ow)
    for (int c = c_done; c < 64; ++c) {
        float acc = 0.0f;
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh + kh - 1;
            if (ih < 0 || ih >= 8) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow + kw - 1;
                if (iw < 0 || iw >= 8) continue;
                acc += input[ih * 512 + iw * 64 + c]
                       * weights[kh * 192 + kw * 64 + c];
            }
        }
        store_mobilenet_block_layer5_depthwise(y + oh * 512 - oh0 * 512 + ow * 64 + c, &acc, 1);
    }
#else
    /* portable C99 for cores without SIMD: per channel, tiles of neighbouring pixels in
     * scalar registers, each input column loaded once for every tap and pixel reading it */
    (void)c_done;
    (void)store_mobilenet_block_layer5_depthwise;
    for (int oh = oh0; oh < oh0 + 8; ++oh) {
        float *y_row = y + oh * 512 - oh0 * 512;
        for (int c = 0; c < 64; ++c) {
            const float b = 0.0f;
            {   /* 8 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b;
                if (oh - 1 >= 0) {   /* row kh = 0 */
                    const float *xp = input + oh * 512 + c - 512;
                    const float *wk = weights + c;
                    const float x1 = xp[0], x2 = xp[64], x3 = xp[128], x4 = xp[192], x5 = xp[256], x6 = xp[320], x7 = xp[384], x8 = xp[448];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 512 + c;
                    const float *wk = weights + c + 192;
                    const float x1 = xp[0], x2 = xp[64], x3 = xp[128], x4 = xp[192], x5 = xp[256], x6 = xp[320], x7 = xp[384], x8 = xp[448];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w;
                    }
                }
                if (oh + 1 < 8) {   /* row kh = 2 */
                    const float *xp = input + oh * 512 + c + 512;
                    const float *wk = weights + c + 384;
                    const float x1 = xp[0], x2 = xp[64], x3 = xp[128], x4 = xp[192], x5 = xp[256], x6 = xp[320], x7 = xp[384], x8 = xp[448];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w;
                    }
                    {
                        const float w = wk[64];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w;
                    }
                    {
                        const float w = wk[128];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w;
                    }
                }
                y_row[c] = cg_linear(a0);
                y_row[c + 64] = cg_linear(a1);
                y_row[c + 128] = cg_linear(a2);
                y_row[c + 192] = cg_linear(a3);
                y_row[c + 256] = cg_linear(a4);
                y_row[c + 320] = cg_linear(a5);
                y_row[c + 384] = cg_linear(a6);
                y_row[c + 448] = cg_linear(a7);
            }
        }
    }
#endif
}

/* the pointwise step of separable_conv2d
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x64x64: strides n=4096 c=1 d=4096 h=4096 w=64
 *   output 1x64x64: strides n=4096 c=1 d=4096 h=4096 w=64
 *   weights [2][1][1][1][64][32], bias [2][32] at 4096
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_mobilenet_block_layer5_pointwise(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int mobilenet_block_layer5_pointwise(const float *input, const float *weights, float *output,
                                            float *workspace)
{
    const float *bias = weights + 4096;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_mobilenet_block_layer5_pointwise;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR()
    for (int fb = 0; fb < 2; ++fb) {
        float *y_row = y;
        {
            const float *wf = weights + fb * 2048;
            /* columns q: interior for q in [0, 64) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 10; q += 10)
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
                const float *xr = input + q * 64;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
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

            for (int q = 10; q < 64; q += 9)
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
                const float *xr = input + q * 64;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
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


#else
            for (int q = 0; q < 54; q += 6)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a4_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a5_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                const float *xr = input + q * 64;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
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

            for (int q = 54; q < 64; q += 5)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a3_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 32 + fh), a4_1 = CG_LOAD(cg_v8, bias + fb * 32 + fh + 8);
                const float *xr = input + q * 64;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
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


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_mobilenet_block_layer5_pointwise;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        for (int fb = 0; fb < 2; ++fb) {   /* blocks of 32 filters */
            const float *wf = weights + fb * 2048;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [0, 64) */
                for (int q = 0; q < 54; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + q * 64;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
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
                for (int q = 54; q < 64; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[fb * 32 + f0], b1 = bias[fb * 32 + f0 + 1], b2 = bias[fb * 32 + f0 + 2], b3 = bias[fb * 32 + f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + q * 64;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
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
            }
        }
    }
#endif
    return 0;
}

/* separable_conv2d (SeparableConv2D) 8x8x64 -> 8x8x64, activation relu
 * Separable, fused per band of 8 output row(s): the depthwise step (1 per channel,
 * no bias) fills the band's 64 x 64 values in the workspace, then the pointwise step runs
 * the dense microkernel above (mobilenet_block_layer5_pointwise) over the band as one row of pixels,
 * straight into the output. The intermediate never exists beyond one band, which stays in
 * cache. The depthwise step is mobilenet_block_layer5_depthwise above (the vector depthwise schedule with
 * multiplier 1, otherwise the grouped loop nest's register tiles), one band per call.
 *   input  1x8x8x64: strides n=4096 d=4096 h=512 w=64
 *   output 1x8x8x64: strides n=4096 d=4096 h=512 w=64
 *   depthwise kernel [1][3][3][64] at 0, pointwise (packed for the microkernel) at 576
 *   padding before (d, h, w) = (0, 1, 1)
 * Workspace: 4096 floats (one band). */
static int mobilenet_block_layer5(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    {
        mobilenet_block_layer5_depthwise(input, weights, workspace, 0);
        mobilenet_block_layer5_pointwise(workspace, weights + 576,
            output, (float *)0);
    }
    return 0;
}

/* conv2d (Conv2D) 32x32x3 -> 16x16x16, activation relu6; depthwise_conv2d (DepthwiseConv2D) 16x16x16 -> 16x16x16, activation relu6; conv2d_1 (Conv2D) 16x16x16 -> 16x16x32, activation relu6; depthwise_conv2d_1 (DepthwiseConv2D) 16x16x32 -> 8x8x32, activation relu6; conv2d_2 (Conv2D) 8x8x32 -> 8x8x64, activation relu6; separable_conv2d (SeparableConv2D) 8x8x64 -> 8x8x64, activation relu
 * Workspace: 12288 floats: conv2d at 0 (4096 floats, steps 0-1), depthwise_conv2d at 8192 (4096 floats, steps 1-2), conv2d_1 at 0 (8192 floats, steps 2-3), depthwise_conv2d_1 at 8192 (2048 floats, steps 3-4), conv2d_2 at 0 (4096 floats, steps 4-5), mobilenet_block_layer5 scratch at 4096 (4096 floats, steps 5-5). */
int mobilenet_block(const float *input, const float *weights, float *output, float *workspace)
{
    mobilenet_block_layer0(input, weights, workspace, workspace);
    mobilenet_block_layer1(workspace, weights + 448, workspace + 8192, workspace);
    mobilenet_block_layer2(workspace + 8192, weights + 608, workspace, workspace);
    mobilenet_block_layer3(workspace, weights + 1152, workspace + 8192, workspace);
    mobilenet_block_layer4(workspace + 8192, weights + 1472, workspace, workspace);
    mobilenet_block_layer5(workspace, weights + 3584, output, workspace + 4096);
    return 0;
}
