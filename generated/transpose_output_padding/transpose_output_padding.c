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
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
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
    /* portable C99: the same packed weights, one output pixel at a time */
    for (int oh = 0; oh < 8; ++oh)
    for (int ow = 0; ow < 14; ++ow) {
        const float *wf = weights;
        float acc[8];
        for (int f = 0; f < 8; ++f)
            acc[f] = bias[f];
        for (int kh = 0; kh < 3; ++kh) {
            const int th = oh - kh;
            const int ih = th / 2;
            if (th < 0 || th % 2 != 0) continue;
            for (int kw = 0; kw < 2; ++kw) {
                const int tw = ow - kw;
                const int iw = tw / 3;
                if (tw < 0 || tw % 3 != 0) continue;
                const float *x = input + ih * 15 + iw * 3;
                const float *w = wf + kh * 48 + kw * 24;
                for (int c = 0; c < 3; ++c)
                    for (int f = 0; f < 8; ++f)
                        acc[f] += x[c] * w[c * 8 + f];
            }
        }
        store_transpose_output_padding_layer0(y + oh * 70 + ow * 5, acc, 5);
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
