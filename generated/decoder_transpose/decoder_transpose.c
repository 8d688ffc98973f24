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
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
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
    /* portable C99: the same packed weights, one output pixel at a time */
    for (int oh = 0; oh < 14; ++oh)
    for (int ow = 0; ow < 18; ++ow) {
        const float *wf = weights;
        float acc[8];
        for (int f = 0; f < 8; ++f)
            acc[f] = bias[f];
        for (int kh = 0; kh < 3; ++kh) {
            const int th = oh - kh;
            const int ih = th / 2;
            if (th < 0 || th % 2 != 0) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int tw = ow - kw;
                const int iw = tw / 2;
                if (tw < 0 || tw % 2 != 0) continue;
                const float *x = input + ih * 144 + iw * 16;
                const float *w = wf + kh * 384 + kw * 128;
                for (int c = 0; c < 16; ++c)
                    for (int f = 0; f < 8; ++f)
                        acc[f] += x[c] * w[c * 8 + f];
            }
        }
        store_decoder_transpose_layer0(y + oh * 144 + ow * 8, acc, 8);
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
