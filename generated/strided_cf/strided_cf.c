/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: strided_cf.yaml
 *   Template: model.c.j2, dense.c.j2
 */
#include "strided_cf.h"

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
static inline __attribute__((unused)) void cg_v8_leaky_relu(cg_v8 *x)
{
    *x = (cg_v8)(((cg_i8)(*x) & ((*x >= 0.0f))) | ((cg_i8)(0.2f * *x) & ~((*x >= 0.0f))));
}

static inline __attribute__((unused)) void cg_v16_leaky_relu(cg_v16 *x)
{
    *x = (cg_v16)(((cg_i16)(*x) & ((*x >= 0.0f))) | ((cg_i16)(0.2f * *x) & ~((*x >= 0.0f))));
}

#else
#define CG_VECTOR 0
#endif

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
/* the activation string's negative_slope is 0.2 (the LeakyReLU layer's 0.3 is another thing) */
static inline float cg_leaky_relu(float x) { return x >= 0.0f ? x : 0.2f * x; }

/* conv2d (Conv2D) 6x17x23 -> 10x9x8, activation leaky_relu
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x6x17x23: strides n=2346 c=391 d=391 h=23 w=1
 *   output 1x10x9x8: strides n=720 c=72 d=72 h=8 w=1
 *   weights [1][1][3][4][6][16], bias [1][16] at 1152
 *   padding before (d, h, w) = (0, 1, 1)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_strided_cf_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 72] = cg_leaky_relu(t[f]);
}

#if !CG_VECTOR
/* The activation over one finished output row (8 x 10 values), for the
 * portable branch: in a loop of its own GCC keeps its constants in registers, where applied
 * to each tile's values it would reload them from memory for every tile. */
static void act_strided_cf_layer0(float *y_row)
{
    for (int f = 0; f < 10; ++f)
        for (int ow = 0; ow < 8; ++ow) {
            const float v = y_row[f * 72 + ow];
            y_row[f * 72 + ow] = cg_leaky_relu(v);
        }
}
#endif

static int strided_cf_layer0(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 1152;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[16];   /* a pixel's values on their way to the scalar store */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int oh = 0; oh < 9; ++oh) {
        float *y_row = y + oh * 8;
        {
            const float *wf = weights;
            /* columns q: interior for q in [1, 7) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 8 output pixel(s) x 16 filters in 1 cg_v16: an edge tile, each tap only where its column exists */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh - 1;
                    if (ih < 0 || ih >= 17) continue;
                    const float *xr = input + ih * 23;
                    const float *wr = wf + kh * 384;
                    {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 6; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            {
                                const float xv = xr[c * 391 + 2];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 5];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 8];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 11];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 14];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 17];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 20];
                                a7_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 96;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 6; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            {
                                const float xv = xr[c * 391];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 3];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 6];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 9];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 12];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 15];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 18];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 21];
                                a7_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 192;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 6; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            {
                                const float xv = xr[c * 391 + 1];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 4];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 7];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 10];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 13];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 16];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 19];
                                a6_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 22];
                                a7_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 3, pixels 0, 1, 2, 3, 4, 5, 6 */
                        const float *w = wr + 288;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 6; ++c, w += 16) {
                            const cg_v16 w0 = CG_LOAD(cg_v16, w);
                            {
                                const float xv = xr[c * 391 + 2];
                                a0_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 5];
                                a1_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 8];
                                a2_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 11];
                                a3_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 14];
                                a4_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 17];
                                a5_0 += w0 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 20];
                                a6_0 += w0 * xv;
                            }
                        }
                    }
                }
CG_STORE(cg_v16, t, a0_0); 
                store_strided_cf_layer0(y_row, t, 10);
CG_STORE(cg_v16, t, a1_0); 
                store_strided_cf_layer0(y_row + 1, t, 10);
CG_STORE(cg_v16, t, a2_0); 
                store_strided_cf_layer0(y_row + 2, t, 10);
CG_STORE(cg_v16, t, a3_0); 
                store_strided_cf_layer0(y_row + 3, t, 10);
CG_STORE(cg_v16, t, a4_0); 
                store_strided_cf_layer0(y_row + 4, t, 10);
CG_STORE(cg_v16, t, a5_0); 
                store_strided_cf_layer0(y_row + 5, t, 10);
CG_STORE(cg_v16, t, a6_0); 
                store_strided_cf_layer0(y_row + 6, t, 10);
CG_STORE(cg_v16, t, a7_0); 
                store_strided_cf_layer0(y_row + 7, t, 10);
            }


#else
            {   /* 4 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh - 1;
                    if (ih < 0 || ih >= 17) continue;
                    const float *xr = input + ih * 23;
                    const float *wr = wf + kh * 384;
                    {   /* tap kw = 0, pixels 1, 2, 3 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 6; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c * 391 + 2];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 5];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 8];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 96;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 6; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c * 391];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 3];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 6];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 9];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 192;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 6; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c * 391 + 1];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 4];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 7];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 10];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 3 */
                        const float *w = wr + 288;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 6; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c * 391 + 2];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 5];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 8];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 11];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); CG_STORE(cg_v8, t + 8, a0_1); 
                store_strided_cf_layer0(y_row, t, 10);
CG_STORE(cg_v8, t, a1_0); CG_STORE(cg_v8, t + 8, a1_1); 
                store_strided_cf_layer0(y_row + 1, t, 10);
CG_STORE(cg_v8, t, a2_0); CG_STORE(cg_v8, t + 8, a2_1); 
                store_strided_cf_layer0(y_row + 2, t, 10);
CG_STORE(cg_v8, t, a3_0); CG_STORE(cg_v8, t + 8, a3_1); 
                store_strided_cf_layer0(y_row + 3, t, 10);
            }

            {   /* 4 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                for (int kh = 0; kh < 3; ++kh) {
                    const int ih = oh * 2 + kh - 1;
                    if (ih < 0 || ih >= 17) continue;
                    const float *xr = input + ih * 23;
                    const float *wr = wf + kh * 384;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 6; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c * 391 + 11];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 14];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 17];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 20];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 96;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 6; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c * 391 + 12];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 15];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 18];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 21];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 192;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 6; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c * 391 + 13];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 16];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 19];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 22];
                                a3_0 += w0 * xv;
                                a3_1 += w1 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 3, pixels 0, 1, 2 */
                        const float *w = wr + 288;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 6; ++c, w += 16) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                            {
                                const float xv = xr[c * 391 + 14];
                                a0_0 += w0 * xv;
                                a0_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 17];
                                a1_0 += w0 * xv;
                                a1_1 += w1 * xv;
                            }
                            {
                                const float xv = xr[c * 391 + 20];
                                a2_0 += w0 * xv;
                                a2_1 += w1 * xv;
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); CG_STORE(cg_v8, t + 8, a0_1); 
                store_strided_cf_layer0(y_row + 4, t, 10);
CG_STORE(cg_v8, t, a1_0); CG_STORE(cg_v8, t + 8, a1_1); 
                store_strided_cf_layer0(y_row + 5, t, 10);
CG_STORE(cg_v8, t, a2_0); CG_STORE(cg_v8, t + 8, a2_1); 
                store_strided_cf_layer0(y_row + 6, t, 10);
CG_STORE(cg_v8, t, a3_0); CG_STORE(cg_v8, t + 8, a3_1); 
                store_strided_cf_layer0(y_row + 7, t, 10);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_strided_cf_layer0;   /* unused: the tiles store their values themselves, the row pass applies the activation */
    for (int oh = 0; oh < 9; ++oh) {
        float *y_row = y + oh * 8;
        {   /* block 0: 10 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 10; f0 += 5) {
                /* columns q: interior for q in [1, 7) */
                {   /* 4 pixel(s) x 5 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh - 1;
                        if (ih < 0 || ih >= 17) continue;
                        const float *xr = input + ih * 23;
                        const float *wr = wf + kh * 384 + f0;
                        {   /* tap kw = 0, pixels 1, 2, 3 */
                            const float *w = wr;
                            for (int c = 0; c < 6; ++c, w += 16) {
                                const float x1 = xr[c * 391 + 2], x2 = xr[c * 391 + 5], x3 = xr[c * 391 + 8];
                                {
                                    const float wv = w[0];
                                    a1_0 += x1 * wv; a2_0 += x2 * wv; a3_0 += x3 * wv;
                                }
                                {
                                    const float wv = w[1];
                                    a1_1 += x1 * wv; a2_1 += x2 * wv; a3_1 += x3 * wv;
                                }
                                {
                                    const float wv = w[2];
                                    a1_2 += x1 * wv; a2_2 += x2 * wv; a3_2 += x3 * wv;
                                }
                                {
                                    const float wv = w[3];
                                    a1_3 += x1 * wv; a2_3 += x2 * wv; a3_3 += x3 * wv;
                                }
                                {
                                    const float wv = w[4];
                                    a1_4 += x1 * wv; a2_4 += x2 * wv; a3_4 += x3 * wv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 96;
                            for (int c = 0; c < 6; ++c, w += 16) {
                                const float x0 = xr[c * 391], x1 = xr[c * 391 + 3], x2 = xr[c * 391 + 6], x3 = xr[c * 391 + 9];
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
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 192;
                            for (int c = 0; c < 6; ++c, w += 16) {
                                const float x0 = xr[c * 391 + 1], x1 = xr[c * 391 + 4], x2 = xr[c * 391 + 7], x3 = xr[c * 391 + 10];
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
                            }
                        }
                        {   /* tap kw = 3 */
                            const float *w = wr + 288;
                            for (int c = 0; c < 6; ++c, w += 16) {
                                const float x0 = xr[c * 391 + 2], x1 = xr[c * 391 + 5], x2 = xr[c * 391 + 8], x3 = xr[c * 391 + 11];
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
                            }
                        }
                    }
                    y_row[f0 * 72] = a0_0;
                    y_row[f0 * 72 + 72] = a0_1;
                    y_row[f0 * 72 + 144] = a0_2;
                    y_row[f0 * 72 + 216] = a0_3;
                    y_row[f0 * 72 + 288] = a0_4;
                    y_row[f0 * 72 + 1] = a1_0;
                    y_row[f0 * 72 + 73] = a1_1;
                    y_row[f0 * 72 + 145] = a1_2;
                    y_row[f0 * 72 + 217] = a1_3;
                    y_row[f0 * 72 + 289] = a1_4;
                    y_row[f0 * 72 + 2] = a2_0;
                    y_row[f0 * 72 + 74] = a2_1;
                    y_row[f0 * 72 + 146] = a2_2;
                    y_row[f0 * 72 + 218] = a2_3;
                    y_row[f0 * 72 + 290] = a2_4;
                    y_row[f0 * 72 + 3] = a3_0;
                    y_row[f0 * 72 + 75] = a3_1;
                    y_row[f0 * 72 + 147] = a3_2;
                    y_row[f0 * 72 + 219] = a3_3;
                    y_row[f0 * 72 + 291] = a3_4;
}
                {   /* 4 pixel(s) x 5 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh - 1;
                        if (ih < 0 || ih >= 17) continue;
                        const float *xr = input + ih * 23;
                        const float *wr = wf + kh * 384 + f0;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            for (int c = 0; c < 6; ++c, w += 16) {
                                const float x0 = xr[c * 391 + 11], x1 = xr[c * 391 + 14], x2 = xr[c * 391 + 17], x3 = xr[c * 391 + 20];
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
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 96;
                            for (int c = 0; c < 6; ++c, w += 16) {
                                const float x0 = xr[c * 391 + 12], x1 = xr[c * 391 + 15], x2 = xr[c * 391 + 18], x3 = xr[c * 391 + 21];
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
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 192;
                            for (int c = 0; c < 6; ++c, w += 16) {
                                const float x0 = xr[c * 391 + 13], x1 = xr[c * 391 + 16], x2 = xr[c * 391 + 19], x3 = xr[c * 391 + 22];
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
                            }
                        }
                        {   /* tap kw = 3, pixels 0, 1, 2 */
                            const float *w = wr + 288;
                            for (int c = 0; c < 6; ++c, w += 16) {
                                const float x0 = xr[c * 391 + 14], x1 = xr[c * 391 + 17], x2 = xr[c * 391 + 20];
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
                            }
                        }
                    }
                    y_row[f0 * 72 + 4] = a0_0;
                    y_row[f0 * 72 + 76] = a0_1;
                    y_row[f0 * 72 + 148] = a0_2;
                    y_row[f0 * 72 + 220] = a0_3;
                    y_row[f0 * 72 + 292] = a0_4;
                    y_row[f0 * 72 + 5] = a1_0;
                    y_row[f0 * 72 + 77] = a1_1;
                    y_row[f0 * 72 + 149] = a1_2;
                    y_row[f0 * 72 + 221] = a1_3;
                    y_row[f0 * 72 + 293] = a1_4;
                    y_row[f0 * 72 + 6] = a2_0;
                    y_row[f0 * 72 + 78] = a2_1;
                    y_row[f0 * 72 + 150] = a2_2;
                    y_row[f0 * 72 + 222] = a2_3;
                    y_row[f0 * 72 + 294] = a2_4;
                    y_row[f0 * 72 + 7] = a3_0;
                    y_row[f0 * 72 + 79] = a3_1;
                    y_row[f0 * 72 + 151] = a3_2;
                    y_row[f0 * 72 + 223] = a3_3;
                    y_row[f0 * 72 + 295] = a3_4;
}
            }
        }
        act_strided_cf_layer0(y_row);   /* the finished row's activation */
    }
#endif
    return 0;
}

/* conv2d (Conv2D) 6x17x23 -> 10x9x8, activation leaky_relu
 * Workspace: 0 floats: none needed. */
int strided_cf(const float *input, const float *weights, float *output, float *workspace)
{
    strided_cf_layer0(input, weights, output, workspace);
    return 0;
}
