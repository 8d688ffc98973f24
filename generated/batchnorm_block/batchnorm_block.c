/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: batchnorm_block.yaml
 *   Template: model.c.j2, affine.c.j2, dense.c.j2, depthwise.c.j2
 */
#include "batchnorm_block.h"

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

static inline float cg_relu6(float x) { return x < 0.0f ? 0.0f : (x > 6.0f ? 6.0f : x); }

/* conv2d (Conv2D) 12x10x8 -> 12x10x16; batch_normalization (BatchNormalization) folded into its weights
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x12x10x8: strides n=960 c=1 d=960 h=80 w=8
 *   output 1x12x10x16: strides n=1920 c=1 d=1920 h=160 w=16
 *   weights [1][1][3][3][8][16], bias [1][16] at 1152
 *   padding before (d, h, w) = (0, 1, 1)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_batchnorm_block_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_linear(t[f]);
}

static int batchnorm_block_layer0(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    const float *bias = weights + 1152;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_batchnorm_block_layer0;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int oh = 0; oh < 12; ++oh) {
        float *y_row = y + oh * 160;
        {
            const float *wf = weights;
            /* columns q: interior for q in [1, 9) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 10 output pixel(s) x 16 filters in 1 cg_v16: an edge tile, each tap only where its column exists */
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
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 12) continue;
                    const float *xr = input + ih * 80;
                    const float *wr = wf + kh * 384;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9 */
                        const float *w = wr;
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
                        }
                    }
                    {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5, 6, 7, 8 */
                        const float *w = wr + 256;
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
            }


#else
            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 12) continue;
                    const float *xr = input + ih * 80;
                    const float *wr = wf + kh * 384;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4 */
                        const float *w = wr;
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
            }

            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 12) continue;
                    const float *xr = input + ih * 80;
                    const float *wr = wf + kh * 384;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 32];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 56];
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
                    {   /* tap kw = 1 */
                        const float *w = wr + 128;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 8; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 40];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 48];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 56];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
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
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c + 48];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 56];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c + 72];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + 80, a0_0);
                CG_STORE(cg_v8, y_row + 88, a0_1);
                CG_STORE(cg_v8, y_row + 96, a1_0);
                CG_STORE(cg_v8, y_row + 104, a1_1);
                CG_STORE(cg_v8, y_row + 112, a2_0);
                CG_STORE(cg_v8, y_row + 120, a2_1);
                CG_STORE(cg_v8, y_row + 128, a3_0);
                CG_STORE(cg_v8, y_row + 136, a3_1);
                CG_STORE(cg_v8, y_row + 144, a4_0);
                CG_STORE(cg_v8, y_row + 152, a4_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_batchnorm_block_layer0;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 12; ++oh) {
        float *y_row = y + oh * 160;
        {   /* block 0: 16 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 16; f0 += 4) {
                /* columns q: interior for q in [1, 9) */
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 12) continue;
                        const float *xr = input + ih * 80;
                        const float *wr = wf + kh * 384 + f0;
                        {   /* tap kw = 0, pixels 1, 2, 3, 4 */
                            const float *w = wr;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 8];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 16];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 24];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 128;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 8];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 16];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 24];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 32];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 256;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 8];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 16];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 24];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 32];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 40];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[f0] = cg_linear(a0_0);
                    y_row[f0 + 1] = cg_linear(a0_1);
                    y_row[f0 + 2] = cg_linear(a0_2);
                    y_row[f0 + 3] = cg_linear(a0_3);
                    y_row[f0 + 16] = cg_linear(a1_0);
                    y_row[f0 + 17] = cg_linear(a1_1);
                    y_row[f0 + 18] = cg_linear(a1_2);
                    y_row[f0 + 19] = cg_linear(a1_3);
                    y_row[f0 + 32] = cg_linear(a2_0);
                    y_row[f0 + 33] = cg_linear(a2_1);
                    y_row[f0 + 34] = cg_linear(a2_2);
                    y_row[f0 + 35] = cg_linear(a2_3);
                    y_row[f0 + 48] = cg_linear(a3_0);
                    y_row[f0 + 49] = cg_linear(a3_1);
                    y_row[f0 + 50] = cg_linear(a3_2);
                    y_row[f0 + 51] = cg_linear(a3_3);
                    y_row[f0 + 64] = cg_linear(a4_0);
                    y_row[f0 + 65] = cg_linear(a4_1);
                    y_row[f0 + 66] = cg_linear(a4_2);
                    y_row[f0 + 67] = cg_linear(a4_3);
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
                        if (ih < 0 || ih >= 12) continue;
                        const float *xr = input + ih * 80;
                        const float *wr = wf + kh * 384 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 32];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 40];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 48];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 56];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 64];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 128;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 40];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 48];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 56];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 64];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 72];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2, 3 */
                            const float *w = wr + 256;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                {
                                    const float xv = xr[c + 48];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 56];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 64];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 72];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[f0 + 80] = cg_linear(a0_0);
                    y_row[f0 + 81] = cg_linear(a0_1);
                    y_row[f0 + 82] = cg_linear(a0_2);
                    y_row[f0 + 83] = cg_linear(a0_3);
                    y_row[f0 + 96] = cg_linear(a1_0);
                    y_row[f0 + 97] = cg_linear(a1_1);
                    y_row[f0 + 98] = cg_linear(a1_2);
                    y_row[f0 + 99] = cg_linear(a1_3);
                    y_row[f0 + 112] = cg_linear(a2_0);
                    y_row[f0 + 113] = cg_linear(a2_1);
                    y_row[f0 + 114] = cg_linear(a2_2);
                    y_row[f0 + 115] = cg_linear(a2_3);
                    y_row[f0 + 128] = cg_linear(a3_0);
                    y_row[f0 + 129] = cg_linear(a3_1);
                    y_row[f0 + 130] = cg_linear(a3_2);
                    y_row[f0 + 131] = cg_linear(a3_3);
                    y_row[f0 + 144] = cg_linear(a4_0);
                    y_row[f0 + 145] = cg_linear(a4_1);
                    y_row[f0 + 146] = cg_linear(a4_2);
                    y_row[f0 + 147] = cg_linear(a4_3);
}
            }
        }
    }
#endif
    return 0;
}

/* depthwise_conv2d (DepthwiseConv2D) 12x10x16 -> 12x10x16, activation relu6
 * Depthwise, channels_last, multiplier 1: vectors of 16 or 8 channels, register tiles of up to
 * 8 pixels along w, edge tiles (2) at the borders reading only the columns that exist,
 * border pixels with bounds checks (0 range(s)); channels past the last multiple of 8 take a
 * loop one pixel at a time. Without vectors (or with CONVGEN_PORTABLE), portable C99: the same
 * tiles per channel in scalar registers.
 *   input  1x12x10x16: strides n=1920 h=160 w=16
 *   output 1x12x10x16: strides n=1920 h=160 w=16
 *   kernel [3][3][16], bias [16] at 144
 *   padding before (h, w) = (1, 1)
 * Workspace: 0 floats. */
static void store_batchnorm_block_layer2(float *out, const float *t, int nc)
{
    for (int c = 0; c < nc; ++c)
        out[c] = cg_relu6(t[c]);
}

static int batchnorm_block_layer2(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    const float *bias = weights + 144;
    float *y = output;
    int c_done = 0;   /* channels the vector path covered */
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    c_done = 16;
    for (int oh = 0; oh < 12; ++oh) {
        float *y_row = y + oh * 160;
        {
            const cg_v16 b = CG_LOAD(cg_v16, bias);
            {   /* 5 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 12) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 160;
                    cg_v16 x1 = CG_LOAD(cg_v16, xp);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 16);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 32);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 48);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 64);
                    cg_v16 x6 = CG_LOAD(cg_v16, xp + 80);
                    CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5); CG_KEEP16(x6);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 48);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 48 + 16);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 48 + 32);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
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
            }

            {   /* 5 output pixel(s) x 16 channels: an edge tile */
                cg_v16 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 12) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 160;
                    cg_v16 x0 = CG_LOAD(cg_v16, xp + 64);
                    cg_v16 x1 = CG_LOAD(cg_v16, xp + 80);
                    cg_v16 x2 = CG_LOAD(cg_v16, xp + 96);
                    cg_v16 x3 = CG_LOAD(cg_v16, xp + 112);
                    cg_v16 x4 = CG_LOAD(cg_v16, xp + 128);
                    cg_v16 x5 = CG_LOAD(cg_v16, xp + 144);
                    CG_KEEP16(x0); CG_KEEP16(x1); CG_KEEP16(x2); CG_KEEP16(x3); CG_KEEP16(x4); CG_KEEP16(x5);

                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 48);
                        a0 += x0 * w;
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 48 + 16);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                    }
                    {
                        const cg_v16 w = CG_LOAD(cg_v16, weights + kh * 48 + 32);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                    }
                }
                cg_v16_relu6(&a0);
                CG_STORE(cg_v16, y_row + 80, a0);
                cg_v16_relu6(&a1);
                CG_STORE(cg_v16, y_row + 96, a1);
                cg_v16_relu6(&a2);
                CG_STORE(cg_v16, y_row + 112, a2);
                cg_v16_relu6(&a3);
                CG_STORE(cg_v16, y_row + 128, a3);
                cg_v16_relu6(&a4);
                CG_STORE(cg_v16, y_row + 144, a4);
            }

        }

    }

#else
    c_done = 16;
    for (int oh = 0; oh < 12; ++oh) {
        float *y_row = y + oh * 160;
        for (int cb = 0; cb < 2; ++cb) {
            const cg_v8 b = CG_LOAD(cg_v8, bias + cb * 8);
            {   /* 5 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 12) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 160 + cb * 8;
                    cg_v8 x1 = CG_LOAD(cg_v8, xp);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 16);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 32);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 48);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 64);
                    cg_v8 x6 = CG_LOAD(cg_v8, xp + 80);
                    CG_KEEP8(x1); CG_KEEP8(x2); CG_KEEP8(x3); CG_KEEP8(x4); CG_KEEP8(x5); CG_KEEP8(x6);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 48 + cb * 8);
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 48 + cb * 8 + 16);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 48 + cb * 8 + 32);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                        a4 += x6 * w;
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
            }

            {   /* 5 output pixel(s) x 8 channels: an edge tile */
                cg_v8 a0 = b, a1 = b, a2 = b, a3 = b, a4 = b;
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh + kh - 1;
                    if (ih < 0 || ih >= 12) continue;
                    /* each input column once, shared by the taps and pixels that read it */
                    const float *xp = input + ih * 160 + cb * 8;
                    cg_v8 x0 = CG_LOAD(cg_v8, xp + 64);
                    cg_v8 x1 = CG_LOAD(cg_v8, xp + 80);
                    cg_v8 x2 = CG_LOAD(cg_v8, xp + 96);
                    cg_v8 x3 = CG_LOAD(cg_v8, xp + 112);
                    cg_v8 x4 = CG_LOAD(cg_v8, xp + 128);
                    cg_v8 x5 = CG_LOAD(cg_v8, xp + 144);
                    CG_KEEP8(x0); CG_KEEP8(x1); CG_KEEP8(x2); CG_KEEP8(x3); CG_KEEP8(x4); CG_KEEP8(x5);

                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 48 + cb * 8);
                        a0 += x0 * w;
                        a1 += x1 * w;
                        a2 += x2 * w;
                        a3 += x3 * w;
                        a4 += x4 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 48 + cb * 8 + 16);
                        a0 += x1 * w;
                        a1 += x2 * w;
                        a2 += x3 * w;
                        a3 += x4 * w;
                        a4 += x5 * w;
                    }
                    {
                        const cg_v8 w = CG_LOAD(cg_v8, weights + kh * 48 + cb * 8 + 32);
                        a0 += x2 * w;
                        a1 += x3 * w;
                        a2 += x4 * w;
                        a3 += x5 * w;
                    }
                }
                cg_v8_relu6(&a0);
                CG_STORE(cg_v8, y_row + cb * 8 + 80, a0);
                cg_v8_relu6(&a1);
                CG_STORE(cg_v8, y_row + cb * 8 + 96, a1);
                cg_v8_relu6(&a2);
                CG_STORE(cg_v8, y_row + cb * 8 + 112, a2);
                cg_v8_relu6(&a3);
                CG_STORE(cg_v8, y_row + cb * 8 + 128, a3);
                cg_v8_relu6(&a4);
                CG_STORE(cg_v8, y_row + cb * 8 + 144, a4);
            }

        }

    }

#endif
    /* the channels the vector path did not cover, one pixel at a time */
    for (int oh = 0; oh < 12; ++oh)
    for (int ow = 0; ow < 10; ++ow)
    for (int c = c_done; c < 16; ++c) {
        float acc = bias[c];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh + kh - 1;
            if (ih < 0 || ih >= 12) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow + kw - 1;
                if (iw < 0 || iw >= 10) continue;
                acc += input[ih * 160 + iw * 16 + c]
                       * weights[kh * 48 + kw * 16 + c];
            }
        }
        store_batchnorm_block_layer2(y + oh * 160 + ow * 16 + c, &acc, 1);
    }
#else
    /* portable C99 for cores without SIMD: per channel, tiles of neighbouring pixels in
     * scalar registers, each input column loaded once for every tap and pixel reading it */
    (void)c_done;
    (void)store_batchnorm_block_layer2;
    for (int oh = 0; oh < 12; ++oh) {
        float *y_row = y + oh * 160;
        for (int c = 0; c < 16; ++c) {
            const float b = bias[c];
            {   /* 10 pixel(s) of channel c: an edge tile */
                float a0 = b, a1 = b, a2 = b, a3 = b, a4 = b, a5 = b, a6 = b, a7 = b, a8 = b, a9 = b;
                if (oh - 1 >= 0) {   /* row kh = 0 */
                    const float *xp = input + oh * 160 + c - 160;
                    const float *wk = weights + c;
                    const float x1 = xp[0], x2 = xp[16], x3 = xp[32], x4 = xp[48], x5 = xp[64], x6 = xp[80], x7 = xp[96], x8 = xp[112], x9 = xp[128], x10 = xp[144];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w; a8 += x8 * w; a9 += x9 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w; a8 += x9 * w; a9 += x10 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w; a8 += x10 * w;
                    }
                }
                {   /* row kh = 1 */
                    const float *xp = input + oh * 160 + c;
                    const float *wk = weights + c + 48;
                    const float x1 = xp[0], x2 = xp[16], x3 = xp[32], x4 = xp[48], x5 = xp[64], x6 = xp[80], x7 = xp[96], x8 = xp[112], x9 = xp[128], x10 = xp[144];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w; a8 += x8 * w; a9 += x9 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w; a8 += x9 * w; a9 += x10 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w; a8 += x10 * w;
                    }
                }
                if (oh + 1 < 12) {   /* row kh = 2 */
                    const float *xp = input + oh * 160 + c + 160;
                    const float *wk = weights + c + 96;
                    const float x1 = xp[0], x2 = xp[16], x3 = xp[32], x4 = xp[48], x5 = xp[64], x6 = xp[80], x7 = xp[96], x8 = xp[112], x9 = xp[128], x10 = xp[144];
                    {
                        const float w = wk[0];
                        a1 += x1 * w; a2 += x2 * w; a3 += x3 * w; a4 += x4 * w; a5 += x5 * w; a6 += x6 * w; a7 += x7 * w; a8 += x8 * w; a9 += x9 * w;
                    }
                    {
                        const float w = wk[16];
                        a0 += x1 * w; a1 += x2 * w; a2 += x3 * w; a3 += x4 * w; a4 += x5 * w; a5 += x6 * w; a6 += x7 * w; a7 += x8 * w; a8 += x9 * w; a9 += x10 * w;
                    }
                    {
                        const float w = wk[32];
                        a0 += x2 * w; a1 += x3 * w; a2 += x4 * w; a3 += x5 * w; a4 += x6 * w; a5 += x7 * w; a6 += x8 * w; a7 += x9 * w; a8 += x10 * w;
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
                y_row[c + 128] = cg_relu6(a8);
                y_row[c + 144] = cg_relu6(a9);
            }
        }
    }
#endif
    return 0;
}

/* batch_normalization_1 (BatchNormalization) 12x10x16 -> 12x10x16
 * BatchNormalization at inference as a per-channel affine map over 1x12x10x16 (axis 3):
 * y = x * s[c] + t[c], with s = gamma / sqrt(moving_variance + epsilon) and
 * t = beta - moving_mean * s computed in float64 when the weights were packed
 * (weights: s, then t, 16 floats each). Workspace: none. */
static int batchnorm_block_layer3(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    const float *s = weights;
    const float *t = weights + 16;
    (void)workspace;
    for (int o = 0; o < 120; ++o)
        for (int c = 0; c < 16; ++c)
            output[o * 16 + c] = input[o * 16 + c] * s[c] + t[c];
    return 0;
}

/* conv2d_1 (Conv2D) 12x10x16 -> 12x10x16; batch_normalization_2 (BatchNormalization) folded into its weights
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x12x10x16: strides n=1920 c=160 d=160 h=16 w=1
 *   output 1x12x10x16: strides n=1920 c=160 d=160 h=16 w=1
 *   weights [1][1][1][1][12][16], bias [1][16] at 192
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_batchnorm_block_layer4(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 160] = cg_linear(t[f]);
}

static int batchnorm_block_layer4(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    const float *bias = weights + 192;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[16];   /* a pixel's values on their way to the scalar store */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int oh = 0; oh < 10; ++oh) {
        float *y_row = y + oh * 16;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 16) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 16; q += 16)
            {   /* 16 output pixel(s) x 16 filters in 1 cg_v16, no bounds checks along w */
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
                const float *xr = input + oh * 16 + q;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 12; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        {
                            const float xv = xr[c * 160];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 1];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 2];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 3];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 4];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 5];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 6];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 7];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 8];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 9];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 10];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 11];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 12];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 13];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 14];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 15];
                            a15_0 += w0 * xv;
                        }
                    }
                }
CG_STORE(cg_v16, t, a0_0); 
                store_batchnorm_block_layer4(y_row + q, t, 12);
CG_STORE(cg_v16, t, a1_0); 
                store_batchnorm_block_layer4(y_row + q + 1, t, 12);
CG_STORE(cg_v16, t, a2_0); 
                store_batchnorm_block_layer4(y_row + q + 2, t, 12);
CG_STORE(cg_v16, t, a3_0); 
                store_batchnorm_block_layer4(y_row + q + 3, t, 12);
CG_STORE(cg_v16, t, a4_0); 
                store_batchnorm_block_layer4(y_row + q + 4, t, 12);
CG_STORE(cg_v16, t, a5_0); 
                store_batchnorm_block_layer4(y_row + q + 5, t, 12);
CG_STORE(cg_v16, t, a6_0); 
                store_batchnorm_block_layer4(y_row + q + 6, t, 12);
CG_STORE(cg_v16, t, a7_0); 
                store_batchnorm_block_layer4(y_row + q + 7, t, 12);
CG_STORE(cg_v16, t, a8_0); 
                store_batchnorm_block_layer4(y_row + q + 8, t, 12);
CG_STORE(cg_v16, t, a9_0); 
                store_batchnorm_block_layer4(y_row + q + 9, t, 12);
CG_STORE(cg_v16, t, a10_0); 
                store_batchnorm_block_layer4(y_row + q + 10, t, 12);
CG_STORE(cg_v16, t, a11_0); 
                store_batchnorm_block_layer4(y_row + q + 11, t, 12);
CG_STORE(cg_v16, t, a12_0); 
                store_batchnorm_block_layer4(y_row + q + 12, t, 12);
CG_STORE(cg_v16, t, a13_0); 
                store_batchnorm_block_layer4(y_row + q + 13, t, 12);
CG_STORE(cg_v16, t, a14_0); 
                store_batchnorm_block_layer4(y_row + q + 14, t, 12);
CG_STORE(cg_v16, t, a15_0); 
                store_batchnorm_block_layer4(y_row + q + 15, t, 12);
            }


#else
            for (int q = 0; q < 6; q += 6)
            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input + oh * 16 + q;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 12; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c * 160];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 1];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 2];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 3];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 4];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 5];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); CG_STORE(cg_v8, t + 8, a0_1); 
                store_batchnorm_block_layer4(y_row + q, t, 12);
CG_STORE(cg_v8, t, a1_0); CG_STORE(cg_v8, t + 8, a1_1); 
                store_batchnorm_block_layer4(y_row + q + 1, t, 12);
CG_STORE(cg_v8, t, a2_0); CG_STORE(cg_v8, t + 8, a2_1); 
                store_batchnorm_block_layer4(y_row + q + 2, t, 12);
CG_STORE(cg_v8, t, a3_0); CG_STORE(cg_v8, t + 8, a3_1); 
                store_batchnorm_block_layer4(y_row + q + 3, t, 12);
CG_STORE(cg_v8, t, a4_0); CG_STORE(cg_v8, t + 8, a4_1); 
                store_batchnorm_block_layer4(y_row + q + 4, t, 12);
CG_STORE(cg_v8, t, a5_0); CG_STORE(cg_v8, t + 8, a5_1); 
                store_batchnorm_block_layer4(y_row + q + 5, t, 12);
            }

            for (int q = 6; q < 16; q += 5)
            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input + oh * 16 + q;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 12; ++c, w += 16) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c * 160];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 1];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 2];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 3];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c * 160 + 4];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); CG_STORE(cg_v8, t + 8, a0_1); 
                store_batchnorm_block_layer4(y_row + q, t, 12);
CG_STORE(cg_v8, t, a1_0); CG_STORE(cg_v8, t + 8, a1_1); 
                store_batchnorm_block_layer4(y_row + q + 1, t, 12);
CG_STORE(cg_v8, t, a2_0); CG_STORE(cg_v8, t + 8, a2_1); 
                store_batchnorm_block_layer4(y_row + q + 2, t, 12);
CG_STORE(cg_v8, t, a3_0); CG_STORE(cg_v8, t + 8, a3_1); 
                store_batchnorm_block_layer4(y_row + q + 3, t, 12);
CG_STORE(cg_v8, t, a4_0); CG_STORE(cg_v8, t + 8, a4_1); 
                store_batchnorm_block_layer4(y_row + q + 4, t, 12);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_batchnorm_block_layer4;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 10; ++oh) {
        float *y_row = y + oh * 16;
        {   /* block 0: 12 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 12; f0 += 6) {
                /* columns q: interior for q in [0, 16) */
                for (int q = 0; q < 16; q += 4)
                {   /* 4 pixel(s) x 6 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4], b5 = bias[f0 + 5];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4, a2_5 = b5;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4, a3_5 = b5;
                    const float *xr = input + oh * 16 + q;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 12; ++c, w += 16) {
                            const float x0 = xr[c * 160], x1 = xr[c * 160 + 1], x2 = xr[c * 160 + 2], x3 = xr[c * 160 + 3];
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
                    y_row[q + f0 * 160] = cg_linear(a0_0);
                    y_row[q + f0 * 160 + 160] = cg_linear(a0_1);
                    y_row[q + f0 * 160 + 320] = cg_linear(a0_2);
                    y_row[q + f0 * 160 + 480] = cg_linear(a0_3);
                    y_row[q + f0 * 160 + 640] = cg_linear(a0_4);
                    y_row[q + f0 * 160 + 800] = cg_linear(a0_5);
                    y_row[q + f0 * 160 + 1] = cg_linear(a1_0);
                    y_row[q + f0 * 160 + 161] = cg_linear(a1_1);
                    y_row[q + f0 * 160 + 321] = cg_linear(a1_2);
                    y_row[q + f0 * 160 + 481] = cg_linear(a1_3);
                    y_row[q + f0 * 160 + 641] = cg_linear(a1_4);
                    y_row[q + f0 * 160 + 801] = cg_linear(a1_5);
                    y_row[q + f0 * 160 + 2] = cg_linear(a2_0);
                    y_row[q + f0 * 160 + 162] = cg_linear(a2_1);
                    y_row[q + f0 * 160 + 322] = cg_linear(a2_2);
                    y_row[q + f0 * 160 + 482] = cg_linear(a2_3);
                    y_row[q + f0 * 160 + 642] = cg_linear(a2_4);
                    y_row[q + f0 * 160 + 802] = cg_linear(a2_5);
                    y_row[q + f0 * 160 + 3] = cg_linear(a3_0);
                    y_row[q + f0 * 160 + 163] = cg_linear(a3_1);
                    y_row[q + f0 * 160 + 323] = cg_linear(a3_2);
                    y_row[q + f0 * 160 + 483] = cg_linear(a3_3);
                    y_row[q + f0 * 160 + 643] = cg_linear(a3_4);
                    y_row[q + f0 * 160 + 803] = cg_linear(a3_5);
}
            }
        }
    }
#endif
    return 0;
}

/* conv2d (Conv2D) 12x10x8 -> 12x10x16; batch_normalization (BatchNormalization) 12x10x16 -> 12x10x16; depthwise_conv2d (DepthwiseConv2D) 12x10x16 -> 12x10x16, activation relu6; batch_normalization_1 (BatchNormalization) 12x10x16 -> 12x10x16; conv2d_1 (Conv2D) 12x10x16 -> 12x10x16; batch_normalization_2 (BatchNormalization) 12x10x16 -> 12x10x16
 * Workspace: 3840 floats: batch_normalization at 0 (1920 floats, steps 0-1), depthwise_conv2d at 1920 (1920 floats, steps 1-2), batch_normalization_1 at 0 (1920 floats, steps 2-3). */
int batchnorm_block(const float *input, const float *weights, float *output, float *workspace)
{
    batchnorm_block_layer0(input, weights, workspace, workspace);
    batchnorm_block_layer2(workspace, weights + 1168, workspace + 1920, workspace);
    batchnorm_block_layer3(workspace + 1920, weights + 1328, workspace, workspace);
    batchnorm_block_layer4(workspace, weights + 1360, output, workspace);
    return 0;
}
