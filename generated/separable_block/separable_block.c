/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: separable_block.yaml
 *   Template: model.c.j2, separable_rows.c.j2
 */
#include "separable_block.h"

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
static inline float cg_linear(float x) { return x; }

/* NaN stays NaN, as in Keras */
static inline float cg_relu(float x) { return x < 0.0f ? 0.0f : x; }

/* the depthwise step of separable_conv2d
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x14x12x16: strides n=2688 c=1 d=2688 h=192 w=16
 *   output 1x14x12x32: strides n=5376 c=1 d=5376 h=384 w=32
 *   kernel [1][3][3][1][32] (Keras layout), bias [32] at 288
 *   padding before (d, h, w) = (0, 1, 1)
 * Workspace: 0 floats. */
/* Rows [oh0, oh0 + 14) into y (row oh at y + (oh - oh0) * 384): one band of a fused layer. */
static void separable_block_layer0_depthwise(const float *input, const float *weights, float *y, int oh0)
{
    const float *kernel = weights;

#if CG_VECTOR
    /* with vectors: one output pixel at a time, the filters of a group in a loop the
     * compiler vectorises */
    for (int oh = oh0; oh < oh0 + 14; ++oh)
    for (int ow = 0; ow < 12; ++ow) {
        float acc[32];
        for (int f = 0; f < 32; ++f)
            acc[f] = 0.0f;
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh + kh - 1;
            if (ih < 0 || ih >= 14) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow + kw - 1;
                if (iw < 0 || iw >= 12) continue;
                const float *x = input + ih * 192 + iw * 16;
                const float *w = kernel + kh * 96 + kw * 32;
                for (int g = 0; g < 16; ++g) {
                    const float xv = x[g];
                    const float *wc = w + g * 2;
                    float *a = acc + g * 2;
                    for (int f = 0; f < 2; ++f)
                        a[f] += xv * wc[f];
                }
            }
        }
        {
            float *out = y + oh * 384 - oh0 * 384 + ow * 32;
            for (int f = 0; f < 32; ++f)
                out[f] = cg_linear(acc[f]);
        }
    }
#else
    /* portable C99 for cores without SIMD: tiles of neighbouring pixels x a group's filters
     * in scalar registers */
    for (int oh = oh0; oh < oh0 + 14; ++oh) {
        for (int ow = 0; ow < 1; ow += 1)   /* 1 pixel(s), border: taps checked */
        for (int g = 0; g < 16; ++g) {
            {
            /* filters g * 2 + 0 .. +1 */
            const int f0 = g * 2;
            float a0_0 = 0.0f, a0_1 = 0.0f;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh + kh - 1;
                if (ih < 0 || ih >= 14) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow + kw - 1;
                    if (iw < 0 || iw >= 12) continue;
                    const float *x = input + ih * 192 + iw * 16 + g;
                    const float *wt = kernel + kh * 96 + kw * 32 + f0;
                    {
                        const float *w = wt;
                        const float x0 = x[0];
                        a0_0 += x0 * w[0];
                        a0_1 += x0 * w[1];
                    }
                }
            }
                y[oh * 384 - oh0 * 384 + ow * 32 + f0] = cg_linear(a0_0);
                y[oh * 384 - oh0 * 384 + ow * 32 + f0 + 1] = cg_linear(a0_1);
            }
        }
        for (int ow = 1; ow < 11; ow += 10)   /* 10 pixel(s) */
        for (int g = 0; g < 16; ++g) {
            {
            /* filters g * 2 + 0 .. +1 */
            const int f0 = g * 2;
            float a0_0 = 0.0f, a0_1 = 0.0f;
            float a1_0 = 0.0f, a1_1 = 0.0f;
            float a2_0 = 0.0f, a2_1 = 0.0f;
            float a3_0 = 0.0f, a3_1 = 0.0f;
            float a4_0 = 0.0f, a4_1 = 0.0f;
            float a5_0 = 0.0f, a5_1 = 0.0f;
            float a6_0 = 0.0f, a6_1 = 0.0f;
            float a7_0 = 0.0f, a7_1 = 0.0f;
            float a8_0 = 0.0f, a8_1 = 0.0f;
            float a9_0 = 0.0f, a9_1 = 0.0f;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh + kh - 1;
                if (ih < 0 || ih >= 14) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow + kw - 1;
                    const float *x = input + ih * 192 + iw * 16 + g;
                    const float *wt = kernel + kh * 96 + kw * 32 + f0;
                    {
                        const float *w = wt;
                        const float w0 = w[0], w1 = w[1];
                        {
                            const float xv = x[0];
                            a0_0 += w0 * xv; a0_1 += w1 * xv;
                        }
                        {
                            const float xv = x[16];
                            a1_0 += w0 * xv; a1_1 += w1 * xv;
                        }
                        {
                            const float xv = x[32];
                            a2_0 += w0 * xv; a2_1 += w1 * xv;
                        }
                        {
                            const float xv = x[48];
                            a3_0 += w0 * xv; a3_1 += w1 * xv;
                        }
                        {
                            const float xv = x[64];
                            a4_0 += w0 * xv; a4_1 += w1 * xv;
                        }
                        {
                            const float xv = x[80];
                            a5_0 += w0 * xv; a5_1 += w1 * xv;
                        }
                        {
                            const float xv = x[96];
                            a6_0 += w0 * xv; a6_1 += w1 * xv;
                        }
                        {
                            const float xv = x[112];
                            a7_0 += w0 * xv; a7_1 += w1 * xv;
                        }
                        {
                            const float xv = x[128];
                            a8_0 += w0 * xv; a8_1 += w1 * xv;
                        }
                        {
                            const float xv = x[144];
                            a9_0 += w0 * xv; a9_1 += w1 * xv;
                        }
                    }
                }
            }
                y[oh * 384 - oh0 * 384 + ow * 32 + f0] = cg_linear(a0_0);
                y[oh * 384 - oh0 * 384 + ow * 32 + f0 + 1] = cg_linear(a0_1);
                y[oh * 384 - oh0 * 384 + ow * 32 + f0 + 32] = cg_linear(a1_0);
                y[oh * 384 - oh0 * 384 + ow * 32 + f0 + 33] = cg_linear(a1_1);
                y[oh * 384 - oh0 * 384 + ow * 32 + f0 + 64] = cg_linear(a2_0);
                y[oh * 384 - oh0 * 384 + ow * 32 + f0 + 65] = cg_linear(a2_1);
                y[oh * 384 - oh0 * 384 + ow * 32 + f0 + 96] = cg_linear(a3_0);
                y[oh * 384 - oh0 * 384 + ow * 32 + f0 + 97] = cg_linear(a3_1);
                y[oh * 384 - oh0 * 384 + ow * 32 + f0 + 128] = cg_linear(a4_0);
                y[oh * 384 - oh0 * 384 + ow * 32 + f0 + 129] = cg_linear(a4_1);
                y[oh * 384 - oh0 * 384 + ow * 32 + f0 + 160] = cg_linear(a5_0);
                y[oh * 384 - oh0 * 384 + ow * 32 + f0 + 161] = cg_linear(a5_1);
                y[oh * 384 - oh0 * 384 + ow * 32 + f0 + 192] = cg_linear(a6_0);
                y[oh * 384 - oh0 * 384 + ow * 32 + f0 + 193] = cg_linear(a6_1);
                y[oh * 384 - oh0 * 384 + ow * 32 + f0 + 224] = cg_linear(a7_0);
                y[oh * 384 - oh0 * 384 + ow * 32 + f0 + 225] = cg_linear(a7_1);
                y[oh * 384 - oh0 * 384 + ow * 32 + f0 + 256] = cg_linear(a8_0);
                y[oh * 384 - oh0 * 384 + ow * 32 + f0 + 257] = cg_linear(a8_1);
                y[oh * 384 - oh0 * 384 + ow * 32 + f0 + 288] = cg_linear(a9_0);
                y[oh * 384 - oh0 * 384 + ow * 32 + f0 + 289] = cg_linear(a9_1);
            }
        }
        for (int ow = 11; ow < 12; ow += 1)   /* 1 pixel(s), border: taps checked */
        for (int g = 0; g < 16; ++g) {
            {
            /* filters g * 2 + 0 .. +1 */
            const int f0 = g * 2;
            float a0_0 = 0.0f, a0_1 = 0.0f;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh + kh - 1;
                if (ih < 0 || ih >= 14) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow + kw - 1;
                    if (iw < 0 || iw >= 12) continue;
                    const float *x = input + ih * 192 + iw * 16 + g;
                    const float *wt = kernel + kh * 96 + kw * 32 + f0;
                    {
                        const float *w = wt;
                        const float x0 = x[0];
                        a0_0 += x0 * w[0];
                        a0_1 += x0 * w[1];
                    }
                }
            }
                y[oh * 384 - oh0 * 384 + ow * 32 + f0] = cg_linear(a0_0);
                y[oh * 384 - oh0 * 384 + ow * 32 + f0 + 1] = cg_linear(a0_1);
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
 *   input  1x168x32: strides n=5376 c=1 d=5376 h=5376 w=32
 *   output 1x168x24: strides n=4032 c=1 d=4032 h=4032 w=24
 *   weights [1][1][1][1][32][32], bias [1][32] at 1024
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_separable_block_layer0_pointwise(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int separable_block_layer0_pointwise(const float *input, const float *weights, float *output,
                                            float *workspace)
{
    const float *bias = weights + 1024;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[32];   /* a pixel's values on their way to the scalar store */
    (void)t;   /* unused where the last block's tiles store whole vectors */
    (void)store_separable_block_layer0_pointwise;
    /* filter blocks outermost: one block's weights stay in cache across every row */
    {
        float *y_row = y;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 168) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 150; q += 10)
            {   /* 10 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias), a0_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias), a1_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias), a2_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias), a3_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias), a4_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias), a5_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias), a6_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias), a7_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias), a8_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a9_0 = CG_LOAD(cg_v16, bias), a9_1 = CG_LOAD(cg_v16, bias + 16);
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
CG_STORE(cg_v16, t, a0_0); CG_STORE(cg_v16, t + 16, a0_1); 
                store_separable_block_layer0_pointwise(y_row + q * 24, t, 24);
CG_STORE(cg_v16, t, a1_0); CG_STORE(cg_v16, t + 16, a1_1); 
                store_separable_block_layer0_pointwise(y_row + q * 24 + 24, t, 24);
CG_STORE(cg_v16, t, a2_0); CG_STORE(cg_v16, t + 16, a2_1); 
                store_separable_block_layer0_pointwise(y_row + q * 24 + 48, t, 24);
CG_STORE(cg_v16, t, a3_0); CG_STORE(cg_v16, t + 16, a3_1); 
                store_separable_block_layer0_pointwise(y_row + q * 24 + 72, t, 24);
CG_STORE(cg_v16, t, a4_0); CG_STORE(cg_v16, t + 16, a4_1); 
                store_separable_block_layer0_pointwise(y_row + q * 24 + 96, t, 24);
CG_STORE(cg_v16, t, a5_0); CG_STORE(cg_v16, t + 16, a5_1); 
                store_separable_block_layer0_pointwise(y_row + q * 24 + 120, t, 24);
CG_STORE(cg_v16, t, a6_0); CG_STORE(cg_v16, t + 16, a6_1); 
                store_separable_block_layer0_pointwise(y_row + q * 24 + 144, t, 24);
CG_STORE(cg_v16, t, a7_0); CG_STORE(cg_v16, t + 16, a7_1); 
                store_separable_block_layer0_pointwise(y_row + q * 24 + 168, t, 24);
CG_STORE(cg_v16, t, a8_0); CG_STORE(cg_v16, t + 16, a8_1); 
                store_separable_block_layer0_pointwise(y_row + q * 24 + 192, t, 24);
CG_STORE(cg_v16, t, a9_0); CG_STORE(cg_v16, t + 16, a9_1); 
                store_separable_block_layer0_pointwise(y_row + q * 24 + 216, t, 24);
            }

            for (int q = 150; q < 168; q += 9)
            {   /* 9 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias), a0_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias), a1_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias), a2_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias), a3_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias), a4_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias), a5_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias), a6_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias), a7_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias), a8_1 = CG_LOAD(cg_v16, bias + 16);
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
CG_STORE(cg_v16, t, a0_0); CG_STORE(cg_v16, t + 16, a0_1); 
                store_separable_block_layer0_pointwise(y_row + q * 24, t, 24);
CG_STORE(cg_v16, t, a1_0); CG_STORE(cg_v16, t + 16, a1_1); 
                store_separable_block_layer0_pointwise(y_row + q * 24 + 24, t, 24);
CG_STORE(cg_v16, t, a2_0); CG_STORE(cg_v16, t + 16, a2_1); 
                store_separable_block_layer0_pointwise(y_row + q * 24 + 48, t, 24);
CG_STORE(cg_v16, t, a3_0); CG_STORE(cg_v16, t + 16, a3_1); 
                store_separable_block_layer0_pointwise(y_row + q * 24 + 72, t, 24);
CG_STORE(cg_v16, t, a4_0); CG_STORE(cg_v16, t + 16, a4_1); 
                store_separable_block_layer0_pointwise(y_row + q * 24 + 96, t, 24);
CG_STORE(cg_v16, t, a5_0); CG_STORE(cg_v16, t + 16, a5_1); 
                store_separable_block_layer0_pointwise(y_row + q * 24 + 120, t, 24);
CG_STORE(cg_v16, t, a6_0); CG_STORE(cg_v16, t + 16, a6_1); 
                store_separable_block_layer0_pointwise(y_row + q * 24 + 144, t, 24);
CG_STORE(cg_v16, t, a7_0); CG_STORE(cg_v16, t + 16, a7_1); 
                store_separable_block_layer0_pointwise(y_row + q * 24 + 168, t, 24);
CG_STORE(cg_v16, t, a8_0); CG_STORE(cg_v16, t + 16, a8_1); 
                store_separable_block_layer0_pointwise(y_row + q * 24 + 192, t, 24);
            }


#else
            /* one block of 24 filters in 3 cg_v8 */
            for (int q = 0; q < 168; q += 6)
            {
            {   /* 6 output pixel(s) x 16 filters from 0 in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias), a5_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input + q * 32;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
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
                        {
                            const float xv = xr[c + 160];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 24, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 24 + 8, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 24 + 24, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 24 + 32, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 24 + 48, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + q * 24 + 56, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 24 + 72, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + q * 24 + 80, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 24 + 96, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + q * 24 + 104, a4_1);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 24 + 120, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + q * 24 + 128, a5_1);
            }

            {   /* 6 output pixel(s) x 8 filters from 16 in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + 16);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + 16);
                const float *xr = input + q * 32;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + 16;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a5_0 += w0 * xv;
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 24 + 16, a0_0);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 24 + 40, a1_0);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 24 + 64, a2_0);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 24 + 88, a3_0);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 24 + 112, a4_0);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 24 + 136, a5_0);
            }

            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_separable_block_layer0_pointwise;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        {   /* block 0: 24 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 20; f0 += 5) {
                /* columns q: interior for q in [0, 168) */
                for (int q = 0; q < 160; q += 5)
                {   /* 5 pixel(s) x 5 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3, a4_4 = b4;
                    const float *xr = input + q * 32;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3], w4 = w[4];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv; a0_4 += w4 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv; a1_4 += w4 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv; a2_4 += w4 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv; a3_4 += w4 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv; a4_4 += w4 * xv;
                            }
                        }
                    }
                    y_row[q * 24 + f0] = cg_relu(a0_0);
                    y_row[q * 24 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 24 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 24 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 24 + f0 + 4] = cg_relu(a0_4);
                    y_row[q * 24 + f0 + 24] = cg_relu(a1_0);
                    y_row[q * 24 + f0 + 25] = cg_relu(a1_1);
                    y_row[q * 24 + f0 + 26] = cg_relu(a1_2);
                    y_row[q * 24 + f0 + 27] = cg_relu(a1_3);
                    y_row[q * 24 + f0 + 28] = cg_relu(a1_4);
                    y_row[q * 24 + f0 + 48] = cg_relu(a2_0);
                    y_row[q * 24 + f0 + 49] = cg_relu(a2_1);
                    y_row[q * 24 + f0 + 50] = cg_relu(a2_2);
                    y_row[q * 24 + f0 + 51] = cg_relu(a2_3);
                    y_row[q * 24 + f0 + 52] = cg_relu(a2_4);
                    y_row[q * 24 + f0 + 72] = cg_relu(a3_0);
                    y_row[q * 24 + f0 + 73] = cg_relu(a3_1);
                    y_row[q * 24 + f0 + 74] = cg_relu(a3_2);
                    y_row[q * 24 + f0 + 75] = cg_relu(a3_3);
                    y_row[q * 24 + f0 + 76] = cg_relu(a3_4);
                    y_row[q * 24 + f0 + 96] = cg_relu(a4_0);
                    y_row[q * 24 + f0 + 97] = cg_relu(a4_1);
                    y_row[q * 24 + f0 + 98] = cg_relu(a4_2);
                    y_row[q * 24 + f0 + 99] = cg_relu(a4_3);
                    y_row[q * 24 + f0 + 100] = cg_relu(a4_4);
}
                for (int q = 160; q < 168; q += 4)
                {   /* 4 pixel(s) x 5 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4;
                    const float *xr = input + q * 32;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float x0 = xr[c], x1 = xr[c + 32], x2 = xr[c + 64], x3 = xr[c + 96];
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
                    y_row[q * 24 + f0] = cg_relu(a0_0);
                    y_row[q * 24 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 24 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 24 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 24 + f0 + 4] = cg_relu(a0_4);
                    y_row[q * 24 + f0 + 24] = cg_relu(a1_0);
                    y_row[q * 24 + f0 + 25] = cg_relu(a1_1);
                    y_row[q * 24 + f0 + 26] = cg_relu(a1_2);
                    y_row[q * 24 + f0 + 27] = cg_relu(a1_3);
                    y_row[q * 24 + f0 + 28] = cg_relu(a1_4);
                    y_row[q * 24 + f0 + 48] = cg_relu(a2_0);
                    y_row[q * 24 + f0 + 49] = cg_relu(a2_1);
                    y_row[q * 24 + f0 + 50] = cg_relu(a2_2);
                    y_row[q * 24 + f0 + 51] = cg_relu(a2_3);
                    y_row[q * 24 + f0 + 52] = cg_relu(a2_4);
                    y_row[q * 24 + f0 + 72] = cg_relu(a3_0);
                    y_row[q * 24 + f0 + 73] = cg_relu(a3_1);
                    y_row[q * 24 + f0 + 74] = cg_relu(a3_2);
                    y_row[q * 24 + f0 + 75] = cg_relu(a3_3);
                    y_row[q * 24 + f0 + 76] = cg_relu(a3_4);
}
            }
            {
                /* columns q: interior for q in [0, 168) */
                for (int q = 0; q < 160; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[20], b1 = bias[21], b2 = bias[22], b3 = bias[23];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + q * 32;
                    const float *wr = wf + 20;
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
                    y_row[q * 24 + 20] = cg_relu(a0_0);
                    y_row[q * 24 + 21] = cg_relu(a0_1);
                    y_row[q * 24 + 22] = cg_relu(a0_2);
                    y_row[q * 24 + 23] = cg_relu(a0_3);
                    y_row[q * 24 + 44] = cg_relu(a1_0);
                    y_row[q * 24 + 45] = cg_relu(a1_1);
                    y_row[q * 24 + 46] = cg_relu(a1_2);
                    y_row[q * 24 + 47] = cg_relu(a1_3);
                    y_row[q * 24 + 68] = cg_relu(a2_0);
                    y_row[q * 24 + 69] = cg_relu(a2_1);
                    y_row[q * 24 + 70] = cg_relu(a2_2);
                    y_row[q * 24 + 71] = cg_relu(a2_3);
                    y_row[q * 24 + 92] = cg_relu(a3_0);
                    y_row[q * 24 + 93] = cg_relu(a3_1);
                    y_row[q * 24 + 94] = cg_relu(a3_2);
                    y_row[q * 24 + 95] = cg_relu(a3_3);
                    y_row[q * 24 + 116] = cg_relu(a4_0);
                    y_row[q * 24 + 117] = cg_relu(a4_1);
                    y_row[q * 24 + 118] = cg_relu(a4_2);
                    y_row[q * 24 + 119] = cg_relu(a4_3);
}
                for (int q = 160; q < 168; q += 4)
                {   /* 4 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[20], b1 = bias[21], b2 = bias[22], b3 = bias[23];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    const float *xr = input + q * 32;
                    const float *wr = wf + 20;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 32; c += 2, w += 64) {
                            {   /* channel c + 0 */
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
                            }
                            {   /* channel c + 1 */
                                const float w0 = w[32], w1 = w[33], w2 = w[34], w3 = w[35];
                                {
                                    const float xv = xr[c + 1];
                                    a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 33];
                                    a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 65];
                                    a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[c + 97];
                                    a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                }
                            }
                        }
                    }
                    y_row[q * 24 + 20] = cg_relu(a0_0);
                    y_row[q * 24 + 21] = cg_relu(a0_1);
                    y_row[q * 24 + 22] = cg_relu(a0_2);
                    y_row[q * 24 + 23] = cg_relu(a0_3);
                    y_row[q * 24 + 44] = cg_relu(a1_0);
                    y_row[q * 24 + 45] = cg_relu(a1_1);
                    y_row[q * 24 + 46] = cg_relu(a1_2);
                    y_row[q * 24 + 47] = cg_relu(a1_3);
                    y_row[q * 24 + 68] = cg_relu(a2_0);
                    y_row[q * 24 + 69] = cg_relu(a2_1);
                    y_row[q * 24 + 70] = cg_relu(a2_2);
                    y_row[q * 24 + 71] = cg_relu(a2_3);
                    y_row[q * 24 + 92] = cg_relu(a3_0);
                    y_row[q * 24 + 93] = cg_relu(a3_1);
                    y_row[q * 24 + 94] = cg_relu(a3_2);
                    y_row[q * 24 + 95] = cg_relu(a3_3);
}
            }
        }
    }
#endif
    return 0;
}

/* separable_conv2d (SeparableConv2D) 14x12x16 -> 14x12x24, activation relu
 * Separable, fused per band of 14 output row(s): the depthwise step (2 per channel,
 * no bias) fills the band's 168 x 32 values in the workspace, then the pointwise step runs
 * the dense microkernel above (separable_block_layer0_pointwise) over the band as one row of pixels,
 * straight into the output. The intermediate never exists beyond one band, which stays in
 * cache. The depthwise step is separable_block_layer0_depthwise above (the vector depthwise schedule with
 * multiplier 1, otherwise the grouped loop nest's register tiles), one band per call.
 *   input  1x14x12x16: strides n=2688 d=2688 h=192 w=16
 *   output 1x14x12x24: strides n=4032 d=4032 h=288 w=24
 *   depthwise kernel [1][3][3][32] at 0, pointwise (packed for the microkernel) at 288
 *   padding before (d, h, w) = (0, 1, 1)
 * Workspace: 5376 floats (one band). */
static int separable_block_layer0(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    {
        separable_block_layer0_depthwise(input, weights, workspace, 0);
        separable_block_layer0_pointwise(workspace, weights + 288,
            output, (float *)0);
    }
    return 0;
}

/* separable_conv2d (SeparableConv2D) 14x12x16 -> 14x12x24, activation relu
 * Workspace: 5376 floats: separable_block_layer0 scratch at 0 (5376 floats, steps 0-0). */
int separable_block(const float *input, const float *weights, float *output, float *workspace)
{
    separable_block_layer0(input, weights, output, workspace);
    return 0;
}
