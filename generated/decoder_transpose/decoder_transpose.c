/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: decoder_transpose.yaml
 *   Template: model.c.j2, dense.c.j2
 */
#include "decoder_transpose.h"

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

/* conv2d_transpose (Conv2DTranspose) 7x9x16 -> 14x18x8, activation relu
 * Transposed convolution by stride phases: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x7x9x16: strides n=1008 c=1 d=1008 h=144 w=16
 *   output 1x14x18x8: strides n=2016 c=1 d=2016 h=144 w=8
 *   weights [1][1][3][3][16][8], bias [1][8] at 1152
 *   output position o takes input i through tap j when o + crop = i * stride + j * dilation; crop (d, h, w) = (0, 0, 0)
 *   columns: 2 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_decoder_transpose_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int decoder_transpose_layer0(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 1152;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_decoder_transpose_layer0;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int oh = 0; oh < 14; ++oh) {
        float *y_row = y + oh * 144;
        {
            const float *wf = weights;
            /* columns q * 2: interior for q in [1, 9) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 9 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int th = oh - kh;
                    const int ih = th / 2;
                    if (th < 0 || th % 2 != 0) continue;
                    const float *xr = input + ih * 144;
                    const float *wr = wf + kh * 384;
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
                        }
                    }
                    {   /* tap kw = 2, pixels 1, 2, 3, 4, 5, 6, 7, 8 */
                        const float *w = wr + 256;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
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
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row, a0_0);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 16, a1_0);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 32, a2_0);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 48, a3_0);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + 64, a4_0);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + 80, a5_0);
                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + 96, a6_0);
                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + 112, a7_0);
                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + 128, a8_0);
            }


#else
            {   /* 9 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int th = oh - kh;
                    const int ih = th / 2;
                    if (th < 0 || th % 2 != 0) continue;
                    const float *xr = input + ih * 144;
                    const float *wr = wf + kh * 384;
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
                        }
                    }
                    {   /* tap kw = 2, pixels 1, 2, 3, 4, 5, 6, 7, 8 */
                        const float *w = wr + 256;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 16; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
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
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row, a0_0);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + 16, a1_0);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + 32, a2_0);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + 48, a3_0);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + 64, a4_0);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + 80, a5_0);
                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + 96, a6_0);
                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + 112, a7_0);
                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + 128, a8_0);
            }


#endif
            /* columns q * 2 + 1: interior for q in [0, 9) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 9; q += 9)
            {   /* 9 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int th = oh - kh;
                    const int ih = th / 2;
                    if (th < 0 || th % 2 != 0) continue;
                    const float *xr = input + ih * 144 + q * 16;
                    const float *wr = wf + kh * 384;
                    {   /* tap kw = 1 */
                        const float *w = wr + 128;
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
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 16 + 8, a0_0);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 16 + 24, a1_0);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 16 + 40, a2_0);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 16 + 56, a3_0);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 16 + 72, a4_0);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 16 + 88, a5_0);
                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + q * 16 + 104, a6_0);
                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + q * 16 + 120, a7_0);
                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + q * 16 + 136, a8_0);
            }


#else
            for (int q = 0; q < 9; q += 9)
            {   /* 9 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int th = oh - kh;
                    const int ih = th / 2;
                    if (th < 0 || th % 2 != 0) continue;
                    const float *xr = input + ih * 144 + q * 16;
                    const float *wr = wf + kh * 384;
                    {   /* tap kw = 1 */
                        const float *w = wr + 128;
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
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 16 + 8, a0_0);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 16 + 24, a1_0);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 16 + 40, a2_0);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 16 + 56, a3_0);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 16 + 72, a4_0);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 16 + 88, a5_0);
                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + q * 16 + 104, a6_0);
                cg_v8_relu(&a7_0);
                CG_STORE(cg_v8, y_row + q * 16 + 120, a7_0);
                cg_v8_relu(&a8_0);
                CG_STORE(cg_v8, y_row + q * 16 + 136, a8_0);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_decoder_transpose_layer0;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 14; ++oh) {
        float *y_row = y + oh * 144;
        {   /* block 0: 8 filters */
            const float *wf = weights;
            {
                /* columns q * 2: interior for q in [1, 9) */
                {   /* 3 pixel(s) x 8 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[0], b1 = bias[1], b2 = bias[2], b3 = bias[3], b4 = bias[4], b5 = bias[5], b6 = bias[6], b7 = bias[7];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5, a0_6 = b6, a0_7 = b7;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5, a1_6 = b6, a1_7 = b7;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4, a2_5 = b5, a2_6 = b6, a2_7 = b7;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh - kh;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0) continue;
                        const float *xr = input + ih * 144;
                        const float *wr = wf + kh * 384;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 16; ++c, w += 8) {
                                const float x0 = xr[c], x1 = xr[c + 16], x2 = xr[c + 32];
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
                                {
                                    const float wv = w[5];
                                    a0_5 += x0 * wv; a1_5 += x1 * wv; a2_5 += x2 * wv;
                                }
                                {
                                    const float wv = w[6];
                                    a0_6 += x0 * wv; a1_6 += x1 * wv; a2_6 += x2 * wv;
                                }
                                {
                                    const float wv = w[7];
                                    a0_7 += x0 * wv; a1_7 += x1 * wv; a2_7 += x2 * wv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 1, 2 */
                            const float *w = wr + 256;
                            for (int c = 0; c < 16; ++c, w += 8) {
                                const float x1 = xr[c], x2 = xr[c + 16];
                                {
                                    const float wv = w[0];
                                    a1_0 += x1 * wv; a2_0 += x2 * wv;
                                }
                                {
                                    const float wv = w[1];
                                    a1_1 += x1 * wv; a2_1 += x2 * wv;
                                }
                                {
                                    const float wv = w[2];
                                    a1_2 += x1 * wv; a2_2 += x2 * wv;
                                }
                                {
                                    const float wv = w[3];
                                    a1_3 += x1 * wv; a2_3 += x2 * wv;
                                }
                                {
                                    const float wv = w[4];
                                    a1_4 += x1 * wv; a2_4 += x2 * wv;
                                }
                                {
                                    const float wv = w[5];
                                    a1_5 += x1 * wv; a2_5 += x2 * wv;
                                }
                                {
                                    const float wv = w[6];
                                    a1_6 += x1 * wv; a2_6 += x2 * wv;
                                }
                                {
                                    const float wv = w[7];
                                    a1_7 += x1 * wv; a2_7 += x2 * wv;
                                }
                            }
                        }
                    }
                    y_row[0] = cg_relu(a0_0);
                    y_row[1] = cg_relu(a0_1);
                    y_row[2] = cg_relu(a0_2);
                    y_row[3] = cg_relu(a0_3);
                    y_row[4] = cg_relu(a0_4);
                    y_row[5] = cg_relu(a0_5);
                    y_row[6] = cg_relu(a0_6);
                    y_row[7] = cg_relu(a0_7);
                    y_row[16] = cg_relu(a1_0);
                    y_row[17] = cg_relu(a1_1);
                    y_row[18] = cg_relu(a1_2);
                    y_row[19] = cg_relu(a1_3);
                    y_row[20] = cg_relu(a1_4);
                    y_row[21] = cg_relu(a1_5);
                    y_row[22] = cg_relu(a1_6);
                    y_row[23] = cg_relu(a1_7);
                    y_row[32] = cg_relu(a2_0);
                    y_row[33] = cg_relu(a2_1);
                    y_row[34] = cg_relu(a2_2);
                    y_row[35] = cg_relu(a2_3);
                    y_row[36] = cg_relu(a2_4);
                    y_row[37] = cg_relu(a2_5);
                    y_row[38] = cg_relu(a2_6);
                    y_row[39] = cg_relu(a2_7);
}
                for (int q = 3; q < 9; q += 3)
                {   /* 3 pixel(s) x 8 filter(s) in scalar registers */
                    const float b0 = bias[0], b1 = bias[1], b2 = bias[2], b3 = bias[3], b4 = bias[4], b5 = bias[5], b6 = bias[6], b7 = bias[7];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5, a0_6 = b6, a0_7 = b7;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5, a1_6 = b6, a1_7 = b7;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4, a2_5 = b5, a2_6 = b6, a2_7 = b7;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh - kh;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0) continue;
                        const float *xr = input + ih * 144 + q * 16;
                        const float *wr = wf + kh * 384;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            for (int c = 0; c < 16; ++c, w += 8) {
                                const float x0 = xk[c], x1 = xk[c + 16], x2 = xk[c + 32];
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
                                {
                                    const float wv = w[5];
                                    a0_5 += x0 * wv; a1_5 += x1 * wv; a2_5 += x2 * wv;
                                }
                                {
                                    const float wv = w[6];
                                    a0_6 += x0 * wv; a1_6 += x1 * wv; a2_6 += x2 * wv;
                                }
                                {
                                    const float wv = w[7];
                                    a0_7 += x0 * wv; a1_7 += x1 * wv; a2_7 += x2 * wv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *xk = xr - 16;
                            const float *w = wr + 256;
                            for (int c = 0; c < 16; ++c, w += 8) {
                                const float x0 = xk[c], x1 = xk[c + 16], x2 = xk[c + 32];
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
                                {
                                    const float wv = w[5];
                                    a0_5 += x0 * wv; a1_5 += x1 * wv; a2_5 += x2 * wv;
                                }
                                {
                                    const float wv = w[6];
                                    a0_6 += x0 * wv; a1_6 += x1 * wv; a2_6 += x2 * wv;
                                }
                                {
                                    const float wv = w[7];
                                    a0_7 += x0 * wv; a1_7 += x1 * wv; a2_7 += x2 * wv;
                                }
                            }
                        }
                    }
                    y_row[q * 16] = cg_relu(a0_0);
                    y_row[q * 16 + 1] = cg_relu(a0_1);
                    y_row[q * 16 + 2] = cg_relu(a0_2);
                    y_row[q * 16 + 3] = cg_relu(a0_3);
                    y_row[q * 16 + 4] = cg_relu(a0_4);
                    y_row[q * 16 + 5] = cg_relu(a0_5);
                    y_row[q * 16 + 6] = cg_relu(a0_6);
                    y_row[q * 16 + 7] = cg_relu(a0_7);
                    y_row[q * 16 + 16] = cg_relu(a1_0);
                    y_row[q * 16 + 17] = cg_relu(a1_1);
                    y_row[q * 16 + 18] = cg_relu(a1_2);
                    y_row[q * 16 + 19] = cg_relu(a1_3);
                    y_row[q * 16 + 20] = cg_relu(a1_4);
                    y_row[q * 16 + 21] = cg_relu(a1_5);
                    y_row[q * 16 + 22] = cg_relu(a1_6);
                    y_row[q * 16 + 23] = cg_relu(a1_7);
                    y_row[q * 16 + 32] = cg_relu(a2_0);
                    y_row[q * 16 + 33] = cg_relu(a2_1);
                    y_row[q * 16 + 34] = cg_relu(a2_2);
                    y_row[q * 16 + 35] = cg_relu(a2_3);
                    y_row[q * 16 + 36] = cg_relu(a2_4);
                    y_row[q * 16 + 37] = cg_relu(a2_5);
                    y_row[q * 16 + 38] = cg_relu(a2_6);
                    y_row[q * 16 + 39] = cg_relu(a2_7);
}
                /* columns q * 2 + 1: interior for q in [0, 9) */
                for (int q = 0; q < 9; q += 3)
                {   /* 3 pixel(s) x 8 filter(s) in scalar registers */
                    const float b0 = bias[0], b1 = bias[1], b2 = bias[2], b3 = bias[3], b4 = bias[4], b5 = bias[5], b6 = bias[6], b7 = bias[7];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5, a0_6 = b6, a0_7 = b7;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5, a1_6 = b6, a1_7 = b7;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4, a2_5 = b5, a2_6 = b6, a2_7 = b7;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh - kh;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0) continue;
                        const float *xr = input + ih * 144 + q * 16;
                        const float *wr = wf + kh * 384;
                        {   /* tap kw = 1 */
                            const float *w = wr + 128;
                            for (int c = 0; c < 16; ++c, w += 8) {
                                const float x0 = xr[c], x1 = xr[c + 16], x2 = xr[c + 32];
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
                                {
                                    const float wv = w[5];
                                    a0_5 += x0 * wv; a1_5 += x1 * wv; a2_5 += x2 * wv;
                                }
                                {
                                    const float wv = w[6];
                                    a0_6 += x0 * wv; a1_6 += x1 * wv; a2_6 += x2 * wv;
                                }
                                {
                                    const float wv = w[7];
                                    a0_7 += x0 * wv; a1_7 += x1 * wv; a2_7 += x2 * wv;
                                }
                            }
                        }
                    }
                    y_row[q * 16 + 8] = cg_relu(a0_0);
                    y_row[q * 16 + 9] = cg_relu(a0_1);
                    y_row[q * 16 + 10] = cg_relu(a0_2);
                    y_row[q * 16 + 11] = cg_relu(a0_3);
                    y_row[q * 16 + 12] = cg_relu(a0_4);
                    y_row[q * 16 + 13] = cg_relu(a0_5);
                    y_row[q * 16 + 14] = cg_relu(a0_6);
                    y_row[q * 16 + 15] = cg_relu(a0_7);
                    y_row[q * 16 + 24] = cg_relu(a1_0);
                    y_row[q * 16 + 25] = cg_relu(a1_1);
                    y_row[q * 16 + 26] = cg_relu(a1_2);
                    y_row[q * 16 + 27] = cg_relu(a1_3);
                    y_row[q * 16 + 28] = cg_relu(a1_4);
                    y_row[q * 16 + 29] = cg_relu(a1_5);
                    y_row[q * 16 + 30] = cg_relu(a1_6);
                    y_row[q * 16 + 31] = cg_relu(a1_7);
                    y_row[q * 16 + 40] = cg_relu(a2_0);
                    y_row[q * 16 + 41] = cg_relu(a2_1);
                    y_row[q * 16 + 42] = cg_relu(a2_2);
                    y_row[q * 16 + 43] = cg_relu(a2_3);
                    y_row[q * 16 + 44] = cg_relu(a2_4);
                    y_row[q * 16 + 45] = cg_relu(a2_5);
                    y_row[q * 16 + 46] = cg_relu(a2_6);
                    y_row[q * 16 + 47] = cg_relu(a2_7);
}
            }
        }
    }
#endif
    return 0;
}

/* conv2d_transpose (Conv2DTranspose) 7x9x16 -> 14x18x8, activation relu
 * Workspace: 0 floats: none needed. */
int decoder_transpose(const float *input, const float *weights, float *output, float *workspace)
{
    decoder_transpose_layer0(input, weights, output, workspace);
    return 0;
}
