/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: transpose_output_padding.yaml
 *   Template: model.c.j2, dense.c.j2
 */
#include "transpose_output_padding.h"

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

/* conv2d_transpose (Conv2DTranspose) 4x5x3 -> 8x14x5
 * Transposed convolution by stride phases: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x4x5x3: strides n=60 c=1 d=60 h=15 w=3
 *   output 1x8x14x5: strides n=560 c=1 d=560 h=70 w=5
 *   weights [1][1][3][2][3][8], bias [1][8] at 144
 *   output position o takes input i through tap j when o + crop = i * stride + j * dilation; crop (d, h, w) = (0, 0, 0)
 *   columns: 3 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_transpose_output_padding_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_linear(t[f]);
}

static int transpose_output_padding_layer0(const float *input, const float *weights, float *output,
                                           float *workspace)
{
    const float *bias = weights + 144;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[8];   /* a pixel's values on their way to the scalar store */
    (void)t;   /* unused where the last block's tiles store whole vectors */
    (void)store_transpose_output_padding_layer0;
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int oh = 0; oh < 8; ++oh) {
        float *y_row = y + oh * 70;
        {
            const float *wf = weights;
            /* columns q * 3: interior for q in [0, 5) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 5; q += 5)
            {   /* 5 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int th = oh - kh;
                    const int ih = th / 2;
                    if (th < 0 || th % 2 != 0) continue;
                    const float *xr = input + ih * 15 + q * 3;
                    const float *wr = wf + kh * 48;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a4_0 += w0 * xv;
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_transpose_output_padding_layer0(y_row + q * 15, t, 5);
CG_STORE(cg_v8, t, a1_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 15, t, 5);
CG_STORE(cg_v8, t, a2_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 30, t, 5);
CG_STORE(cg_v8, t, a3_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 45, t, 5);
CG_STORE(cg_v8, t, a4_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 60, t, 5);
            }


#else
            for (int q = 0; q < 5; q += 5)
            {   /* 5 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int th = oh - kh;
                    const int ih = th / 2;
                    if (th < 0 || th % 2 != 0) continue;
                    const float *xr = input + ih * 15 + q * 3;
                    const float *wr = wf + kh * 48;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a4_0 += w0 * xv;
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_transpose_output_padding_layer0(y_row + q * 15, t, 5);
CG_STORE(cg_v8, t, a1_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 15, t, 5);
CG_STORE(cg_v8, t, a2_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 30, t, 5);
CG_STORE(cg_v8, t, a3_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 45, t, 5);
CG_STORE(cg_v8, t, a4_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 60, t, 5);
            }


#endif
            /* columns q * 3 + 1: interior for q in [0, 5) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 5; q += 5)
            {   /* 5 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int th = oh - kh;
                    const int ih = th / 2;
                    if (th < 0 || th % 2 != 0) continue;
                    const float *xr = input + ih * 15 + q * 3;
                    const float *wr = wf + kh * 48;
                    {   /* tap kw = 1 */
                        const float *w = wr + 24;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a4_0 += w0 * xv;
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 5, t, 5);
CG_STORE(cg_v8, t, a1_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 20, t, 5);
CG_STORE(cg_v8, t, a2_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 35, t, 5);
CG_STORE(cg_v8, t, a3_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 50, t, 5);
CG_STORE(cg_v8, t, a4_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 65, t, 5);
            }


#else
            for (int q = 0; q < 5; q += 5)
            {   /* 5 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int th = oh - kh;
                    const int ih = th / 2;
                    if (th < 0 || th % 2 != 0) continue;
                    const float *xr = input + ih * 15 + q * 3;
                    const float *wr = wf + kh * 48;
                    {   /* tap kw = 1 */
                        const float *w = wr + 24;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 3];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 6];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 9];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c + 12];
                                a4_0 += w0 * xv;
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 5, t, 5);
CG_STORE(cg_v8, t, a1_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 20, t, 5);
CG_STORE(cg_v8, t, a2_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 35, t, 5);
CG_STORE(cg_v8, t, a3_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 50, t, 5);
CG_STORE(cg_v8, t, a4_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 65, t, 5);
            }


#endif
            /* columns q * 3 + 2: interior for q in [0, 4) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 4; q += 4)
            {   /* 4 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                /* no tap reaches these columns: bias only */
CG_STORE(cg_v8, t, a0_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 10, t, 5);
CG_STORE(cg_v8, t, a1_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 25, t, 5);
CG_STORE(cg_v8, t, a2_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 40, t, 5);
CG_STORE(cg_v8, t, a3_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 55, t, 5);
            }


#else
            for (int q = 0; q < 4; q += 4)
            {   /* 4 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                /* no tap reaches these columns: bias only */
CG_STORE(cg_v8, t, a0_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 10, t, 5);
CG_STORE(cg_v8, t, a1_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 25, t, 5);
CG_STORE(cg_v8, t, a2_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 40, t, 5);
CG_STORE(cg_v8, t, a3_0); 
                store_transpose_output_padding_layer0(y_row + q * 15 + 55, t, 5);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_transpose_output_padding_layer0;   /* unused: the tiles store their values themselves */
    for (int oh = 0; oh < 8; ++oh) {
        float *y_row = y + oh * 70;
        {   /* block 0: 5 filters */
            const float *wf = weights;
            {
                /* columns q * 3: interior for q in [0, 5) */
                for (int q = 0; q < 5; q += 5)
                {   /* 5 pixel(s) x 5 filter(s) in scalar registers */
                    const float b0 = bias[0], b1 = bias[1], b2 = bias[2], b3 = bias[3], b4 = bias[4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3, a4_4 = b4;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh - kh;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0) continue;
                        const float *xr = input + ih * 15 + q * 3;
                        const float *wr = wf + kh * 48;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3], w4 = w[4];
                                {
                                    const float xv = xr[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv; a0_4 += w4 * xv;
                                }
                                {
                                    const float xv = xr[c + 3];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv; a1_4 += w4 * xv;
                                }
                                {
                                    const float xv = xr[c + 6];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv; a2_4 += w4 * xv;
                                }
                                {
                                    const float xv = xr[c + 9];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv; a3_4 += w4 * xv;
                                }
                                {
                                    const float xv = xr[c + 12];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv; a4_4 += w4 * xv;
                                }
                            }
                        }
                    }
                    y_row[q * 15] = cg_linear(a0_0);
                    y_row[q * 15 + 1] = cg_linear(a0_1);
                    y_row[q * 15 + 2] = cg_linear(a0_2);
                    y_row[q * 15 + 3] = cg_linear(a0_3);
                    y_row[q * 15 + 4] = cg_linear(a0_4);
                    y_row[q * 15 + 15] = cg_linear(a1_0);
                    y_row[q * 15 + 16] = cg_linear(a1_1);
                    y_row[q * 15 + 17] = cg_linear(a1_2);
                    y_row[q * 15 + 18] = cg_linear(a1_3);
                    y_row[q * 15 + 19] = cg_linear(a1_4);
                    y_row[q * 15 + 30] = cg_linear(a2_0);
                    y_row[q * 15 + 31] = cg_linear(a2_1);
                    y_row[q * 15 + 32] = cg_linear(a2_2);
                    y_row[q * 15 + 33] = cg_linear(a2_3);
                    y_row[q * 15 + 34] = cg_linear(a2_4);
                    y_row[q * 15 + 45] = cg_linear(a3_0);
                    y_row[q * 15 + 46] = cg_linear(a3_1);
                    y_row[q * 15 + 47] = cg_linear(a3_2);
                    y_row[q * 15 + 48] = cg_linear(a3_3);
                    y_row[q * 15 + 49] = cg_linear(a3_4);
                    y_row[q * 15 + 60] = cg_linear(a4_0);
                    y_row[q * 15 + 61] = cg_linear(a4_1);
                    y_row[q * 15 + 62] = cg_linear(a4_2);
                    y_row[q * 15 + 63] = cg_linear(a4_3);
                    y_row[q * 15 + 64] = cg_linear(a4_4);
}
                /* columns q * 3 + 1: interior for q in [0, 5) */
                for (int q = 0; q < 5; q += 5)
                {   /* 5 pixel(s) x 5 filter(s) in scalar registers */
                    const float b0 = bias[0], b1 = bias[1], b2 = bias[2], b3 = bias[3], b4 = bias[4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3, a4_4 = b4;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh - kh;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0) continue;
                        const float *xr = input + ih * 15 + q * 3;
                        const float *wr = wf + kh * 48;
                        {   /* tap kw = 1 */
                            const float *w = wr + 24;
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3], w4 = w[4];
                                {
                                    const float xv = xr[c];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv; a0_4 += w4 * xv;
                                }
                                {
                                    const float xv = xr[c + 3];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv; a1_4 += w4 * xv;
                                }
                                {
                                    const float xv = xr[c + 6];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv; a2_4 += w4 * xv;
                                }
                                {
                                    const float xv = xr[c + 9];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv; a3_4 += w4 * xv;
                                }
                                {
                                    const float xv = xr[c + 12];
                                    a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv; a4_4 += w4 * xv;
                                }
                            }
                        }
                    }
                    y_row[q * 15 + 5] = cg_linear(a0_0);
                    y_row[q * 15 + 6] = cg_linear(a0_1);
                    y_row[q * 15 + 7] = cg_linear(a0_2);
                    y_row[q * 15 + 8] = cg_linear(a0_3);
                    y_row[q * 15 + 9] = cg_linear(a0_4);
                    y_row[q * 15 + 20] = cg_linear(a1_0);
                    y_row[q * 15 + 21] = cg_linear(a1_1);
                    y_row[q * 15 + 22] = cg_linear(a1_2);
                    y_row[q * 15 + 23] = cg_linear(a1_3);
                    y_row[q * 15 + 24] = cg_linear(a1_4);
                    y_row[q * 15 + 35] = cg_linear(a2_0);
                    y_row[q * 15 + 36] = cg_linear(a2_1);
                    y_row[q * 15 + 37] = cg_linear(a2_2);
                    y_row[q * 15 + 38] = cg_linear(a2_3);
                    y_row[q * 15 + 39] = cg_linear(a2_4);
                    y_row[q * 15 + 50] = cg_linear(a3_0);
                    y_row[q * 15 + 51] = cg_linear(a3_1);
                    y_row[q * 15 + 52] = cg_linear(a3_2);
                    y_row[q * 15 + 53] = cg_linear(a3_3);
                    y_row[q * 15 + 54] = cg_linear(a3_4);
                    y_row[q * 15 + 65] = cg_linear(a4_0);
                    y_row[q * 15 + 66] = cg_linear(a4_1);
                    y_row[q * 15 + 67] = cg_linear(a4_2);
                    y_row[q * 15 + 68] = cg_linear(a4_3);
                    y_row[q * 15 + 69] = cg_linear(a4_4);
}
                /* columns q * 3 + 2: interior for q in [0, 4) */
                for (int q = 0; q < 4; q += 4)
                {   /* 4 pixel(s) x 5 filter(s) in scalar registers */
                    const float b0 = bias[0], b1 = bias[1], b2 = bias[2], b3 = bias[3], b4 = bias[4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    /* no tap reaches these columns: bias only */
                    y_row[q * 15 + 10] = cg_linear(a0_0);
                    y_row[q * 15 + 11] = cg_linear(a0_1);
                    y_row[q * 15 + 12] = cg_linear(a0_2);
                    y_row[q * 15 + 13] = cg_linear(a0_3);
                    y_row[q * 15 + 14] = cg_linear(a0_4);
                    y_row[q * 15 + 25] = cg_linear(a1_0);
                    y_row[q * 15 + 26] = cg_linear(a1_1);
                    y_row[q * 15 + 27] = cg_linear(a1_2);
                    y_row[q * 15 + 28] = cg_linear(a1_3);
                    y_row[q * 15 + 29] = cg_linear(a1_4);
                    y_row[q * 15 + 40] = cg_linear(a2_0);
                    y_row[q * 15 + 41] = cg_linear(a2_1);
                    y_row[q * 15 + 42] = cg_linear(a2_2);
                    y_row[q * 15 + 43] = cg_linear(a2_3);
                    y_row[q * 15 + 44] = cg_linear(a2_4);
                    y_row[q * 15 + 55] = cg_linear(a3_0);
                    y_row[q * 15 + 56] = cg_linear(a3_1);
                    y_row[q * 15 + 57] = cg_linear(a3_2);
                    y_row[q * 15 + 58] = cg_linear(a3_3);
                    y_row[q * 15 + 59] = cg_linear(a3_4);
}
            }
        }
    }
#endif
    return 0;
}

/* conv2d_transpose (Conv2DTranspose) 4x5x3 -> 8x14x5
 * Workspace: 0 floats: none needed. */
int transpose_output_padding(const float *input, const float *weights, float *output, float *workspace)
{
    transpose_output_padding_layer0(input, weights, output, workspace);
    return 0;
}
