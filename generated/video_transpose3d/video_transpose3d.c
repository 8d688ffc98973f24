/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: video_transpose3d.yaml
 *   Template: model.c.j2, dense.c.j2
 */
#include "video_transpose3d.h"

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

/* conv3d_transpose (Conv3DTranspose) 4x3x5x4 -> 3x4x11x9
 * Transposed convolution by stride phases: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  2x4x3x5x4: strides n=240 c=60 d=20 h=4 w=1
 *   output 2x3x4x11x9: strides n=1188 c=396 d=99 h=9 w=1
 *   weights [1][2][3][3][4][8], bias [1][8] at 576
 *   output position o takes input i through tap j when o + crop = i * stride + j * dilation; crop (d, h, w) = (0, 0, 0)
 *   columns: 2 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_video_transpose3d_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 396] = cg_linear(t[f]);
}

static int video_transpose3d_layer0(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 576;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[8];   /* a pixel's values on their way to the scalar store */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int n = 0; n < 2; ++n)
    for (int od = 0; od < 4; ++od)
    for (int oh = 0; oh < 11; ++oh) {
        float *y_row = y + n * 1188 + od * 99 + oh * 9;
        {
            const float *wf = weights;
            /* columns q * 2: interior for q in [1, 4) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 5 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                for (int kd = 0; kd < 2; ++kd) {
                    const int id = od - kd;
                    if (id < 0 || id >= 3) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh - kh;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0 || ih >= 5) continue;
                        const float *xr = input + n * 240 + id * 20 + ih * 4;
                        const float *wr = wf + kd * 288 + kh * 96;
                        {   /* tap kw = 0, pixels 0, 1, 2, 3 */
                            const float *w = wr;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 4; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w);
                                {
                                    const float xv = xr[c * 60];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 60 + 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 60 + 2];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 60 + 3];
                                    a3_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 1, 2, 3, 4 */
                            const float *w = wr + 64;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 4; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w);
                                {
                                    const float xv = xr[c * 60];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 60 + 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 60 + 2];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 60 + 3];
                                    a4_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_video_transpose3d_layer0(y_row, t, 3);
CG_STORE(cg_v8, t, a1_0); 
                store_video_transpose3d_layer0(y_row + 2, t, 3);
CG_STORE(cg_v8, t, a2_0); 
                store_video_transpose3d_layer0(y_row + 4, t, 3);
CG_STORE(cg_v8, t, a3_0); 
                store_video_transpose3d_layer0(y_row + 6, t, 3);
CG_STORE(cg_v8, t, a4_0); 
                store_video_transpose3d_layer0(y_row + 8, t, 3);
            }


#else
            {   /* 5 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                for (int kd = 0; kd < 2; ++kd) {
                    const int id = od - kd;
                    if (id < 0 || id >= 3) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh - kh;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0 || ih >= 5) continue;
                        const float *xr = input + n * 240 + id * 20 + ih * 4;
                        const float *wr = wf + kd * 288 + kh * 96;
                        {   /* tap kw = 0, pixels 0, 1, 2, 3 */
                            const float *w = wr;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 4; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w);
                                {
                                    const float xv = xr[c * 60];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 60 + 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 60 + 2];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 60 + 3];
                                    a3_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 1, 2, 3, 4 */
                            const float *w = wr + 64;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 4; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w);
                                {
                                    const float xv = xr[c * 60];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 60 + 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 60 + 2];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 60 + 3];
                                    a4_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_video_transpose3d_layer0(y_row, t, 3);
CG_STORE(cg_v8, t, a1_0); 
                store_video_transpose3d_layer0(y_row + 2, t, 3);
CG_STORE(cg_v8, t, a2_0); 
                store_video_transpose3d_layer0(y_row + 4, t, 3);
CG_STORE(cg_v8, t, a3_0); 
                store_video_transpose3d_layer0(y_row + 6, t, 3);
CG_STORE(cg_v8, t, a4_0); 
                store_video_transpose3d_layer0(y_row + 8, t, 3);
            }


#endif
            /* columns q * 2 + 1: interior for q in [0, 4) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 4; q += 4)
            {   /* 4 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                for (int kd = 0; kd < 2; ++kd) {
                    const int id = od - kd;
                    if (id < 0 || id >= 3) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh - kh;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0 || ih >= 5) continue;
                        const float *xr = input + n * 240 + id * 20 + ih * 4 + q;
                        const float *wr = wf + kd * 288 + kh * 96;
                        {   /* tap kw = 1 */
                            const float *w = wr + 32;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 4; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w);
                                {
                                    const float xv = xr[c * 60];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 60 + 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 60 + 2];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 60 + 3];
                                    a3_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_video_transpose3d_layer0(y_row + q * 2 + 1, t, 3);
CG_STORE(cg_v8, t, a1_0); 
                store_video_transpose3d_layer0(y_row + q * 2 + 3, t, 3);
CG_STORE(cg_v8, t, a2_0); 
                store_video_transpose3d_layer0(y_row + q * 2 + 5, t, 3);
CG_STORE(cg_v8, t, a3_0); 
                store_video_transpose3d_layer0(y_row + q * 2 + 7, t, 3);
            }


#else
            for (int q = 0; q < 4; q += 4)
            {   /* 4 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                for (int kd = 0; kd < 2; ++kd) {
                    const int id = od - kd;
                    if (id < 0 || id >= 3) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh - kh;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0 || ih >= 5) continue;
                        const float *xr = input + n * 240 + id * 20 + ih * 4 + q;
                        const float *wr = wf + kd * 288 + kh * 96;
                        {   /* tap kw = 1 */
                            const float *w = wr + 32;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 4; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w);
                                {
                                    const float xv = xr[c * 60];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 60 + 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 60 + 2];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 60 + 3];
                                    a3_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_video_transpose3d_layer0(y_row + q * 2 + 1, t, 3);
CG_STORE(cg_v8, t, a1_0); 
                store_video_transpose3d_layer0(y_row + q * 2 + 3, t, 3);
CG_STORE(cg_v8, t, a2_0); 
                store_video_transpose3d_layer0(y_row + q * 2 + 5, t, 3);
CG_STORE(cg_v8, t, a3_0); 
                store_video_transpose3d_layer0(y_row + q * 2 + 7, t, 3);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_video_transpose3d_layer0;   /* unused: the tiles store their values themselves */
    for (int n = 0; n < 2; ++n)
    for (int od = 0; od < 4; ++od)
    for (int oh = 0; oh < 11; ++oh) {
        float *y_row = y + n * 1188 + od * 99 + oh * 9;
        {   /* block 0: 3 filters */
            const float *wf = weights;
            {
                /* columns q * 2: interior for q in [1, 4) */
                {   /* 5 pixel(s) x 3 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[0], b1 = bias[1], b2 = bias[2];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2;
                    for (int kd = 0; kd < 2; ++kd) {
                        const int id = od - kd;
                        if (id < 0 || id >= 3) continue;
                        for (int kh = 0; kh < 3; ++kh) {
                            const int th = oh - kh;
                            const int ih = th / 2;
                            if (th < 0 || th % 2 != 0 || ih >= 5) continue;
                            const float *xr = input + n * 240 + id * 20 + ih * 4;
                            const float *wr = wf + kd * 288 + kh * 96;
                            {   /* tap kw = 0, pixels 0, 1, 2, 3 */
                                const float *w = wr;
                                for (int c = 0; c < 4; c += 2, w += 16) {
                                    {   /* channel c + 0 */
                                        const float w0 = w[0], w1 = w[1], w2 = w[2];
                                        {
                                            const float xv = xr[c * 60];
                                            a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv;
                                        }
                                        {
                                            const float xv = xr[c * 60 + 1];
                                            a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv;
                                        }
                                        {
                                            const float xv = xr[c * 60 + 2];
                                            a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv;
                                        }
                                        {
                                            const float xv = xr[c * 60 + 3];
                                            a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv;
                                        }
                                    }
                                    {   /* channel c + 1 */
                                        const float w0 = w[8], w1 = w[9], w2 = w[10];
                                        {
                                            const float xv = xr[c * 60 + 60];
                                            a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv;
                                        }
                                        {
                                            const float xv = xr[c * 60 + 61];
                                            a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv;
                                        }
                                        {
                                            const float xv = xr[c * 60 + 62];
                                            a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv;
                                        }
                                        {
                                            const float xv = xr[c * 60 + 63];
                                            a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv;
                                        }
                                    }
                                }
                            }
                            {   /* tap kw = 2, pixels 1, 2, 3, 4 */
                                const float *w = wr + 64;
                                for (int c = 0; c < 4; c += 2, w += 16) {
                                    {   /* channel c + 0 */
                                        const float w0 = w[0], w1 = w[1], w2 = w[2];
                                        {
                                            const float xv = xr[c * 60];
                                            a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv;
                                        }
                                        {
                                            const float xv = xr[c * 60 + 1];
                                            a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv;
                                        }
                                        {
                                            const float xv = xr[c * 60 + 2];
                                            a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv;
                                        }
                                        {
                                            const float xv = xr[c * 60 + 3];
                                            a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv;
                                        }
                                    }
                                    {   /* channel c + 1 */
                                        const float w0 = w[8], w1 = w[9], w2 = w[10];
                                        {
                                            const float xv = xr[c * 60 + 60];
                                            a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv;
                                        }
                                        {
                                            const float xv = xr[c * 60 + 61];
                                            a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv;
                                        }
                                        {
                                            const float xv = xr[c * 60 + 62];
                                            a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv;
                                        }
                                        {
                                            const float xv = xr[c * 60 + 63];
                                            a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv;
                                        }
                                    }
                                }
                            }
                        }
                    }
                    y_row[0] = cg_linear(a0_0);
                    y_row[396] = cg_linear(a0_1);
                    y_row[792] = cg_linear(a0_2);
                    y_row[2] = cg_linear(a1_0);
                    y_row[398] = cg_linear(a1_1);
                    y_row[794] = cg_linear(a1_2);
                    y_row[4] = cg_linear(a2_0);
                    y_row[400] = cg_linear(a2_1);
                    y_row[796] = cg_linear(a2_2);
                    y_row[6] = cg_linear(a3_0);
                    y_row[402] = cg_linear(a3_1);
                    y_row[798] = cg_linear(a3_2);
                    y_row[8] = cg_linear(a4_0);
                    y_row[404] = cg_linear(a4_1);
                    y_row[800] = cg_linear(a4_2);
}
                /* columns q * 2 + 1: interior for q in [0, 4) */
                for (int q = 0; q < 4; q += 4)
                {   /* 4 pixel(s) x 3 filter(s) in scalar registers */
                    const float b0 = bias[0], b1 = bias[1], b2 = bias[2];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2;
                    for (int kd = 0; kd < 2; ++kd) {
                        const int id = od - kd;
                        if (id < 0 || id >= 3) continue;
                        for (int kh = 0; kh < 3; ++kh) {
                            const int th = oh - kh;
                            const int ih = th / 2;
                            if (th < 0 || th % 2 != 0 || ih >= 5) continue;
                            const float *xr = input + n * 240 + id * 20 + ih * 4 + q;
                            const float *wr = wf + kd * 288 + kh * 96;
                            {   /* tap kw = 1 */
                                const float *w = wr + 32;
                                for (int c = 0; c < 4; c += 2, w += 16) {
                                    {   /* channel c + 0 */
                                        const float w0 = w[0], w1 = w[1], w2 = w[2];
                                        {
                                            const float xv = xr[c * 60];
                                            a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv;
                                        }
                                        {
                                            const float xv = xr[c * 60 + 1];
                                            a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv;
                                        }
                                        {
                                            const float xv = xr[c * 60 + 2];
                                            a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv;
                                        }
                                        {
                                            const float xv = xr[c * 60 + 3];
                                            a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv;
                                        }
                                    }
                                    {   /* channel c + 1 */
                                        const float w0 = w[8], w1 = w[9], w2 = w[10];
                                        {
                                            const float xv = xr[c * 60 + 60];
                                            a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv;
                                        }
                                        {
                                            const float xv = xr[c * 60 + 61];
                                            a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv;
                                        }
                                        {
                                            const float xv = xr[c * 60 + 62];
                                            a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv;
                                        }
                                        {
                                            const float xv = xr[c * 60 + 63];
                                            a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv;
                                        }
                                    }
                                }
                            }
                        }
                    }
                    y_row[q * 2 + 1] = cg_linear(a0_0);
                    y_row[q * 2 + 397] = cg_linear(a0_1);
                    y_row[q * 2 + 793] = cg_linear(a0_2);
                    y_row[q * 2 + 3] = cg_linear(a1_0);
                    y_row[q * 2 + 399] = cg_linear(a1_1);
                    y_row[q * 2 + 795] = cg_linear(a1_2);
                    y_row[q * 2 + 5] = cg_linear(a2_0);
                    y_row[q * 2 + 401] = cg_linear(a2_1);
                    y_row[q * 2 + 797] = cg_linear(a2_2);
                    y_row[q * 2 + 7] = cg_linear(a3_0);
                    y_row[q * 2 + 403] = cg_linear(a3_1);
                    y_row[q * 2 + 799] = cg_linear(a3_2);
}
            }
        }
    }
#endif
    return 0;
}

/* conv3d_transpose (Conv3DTranspose) 4x3x5x4 -> 3x4x11x9
 * Workspace: 0 floats: none needed. */
int video_transpose3d(const float *input, const float *weights, float *output, float *workspace)
{
    video_transpose3d_layer0(input, weights, output, workspace);
    return 0;
}
