/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: mobilenet_depthwise.yaml
 *   Template: model.c.j2, conv.c.j2
 */
#include "mobilenet_depthwise.h"

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
static inline float cg_relu6(float x) { return x < 0.0f ? 0.0f : (x > 6.0f ? 6.0f : x); }

/* depthwise_conv2d (DepthwiseConv2D) 15x14x8 -> 8x7x16, activation relu6
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x15x14x8: strides n=1680 c=1 d=1680 h=112 w=8
 *   output 1x8x7x16: strides n=896 c=1 d=896 h=112 w=16
 *   kernel [1][3][3][1][16] (Keras layout), bias [16] at 144
 *   padding before (d, h, w) = (0, 1, 0)
 * Workspace: 0 floats. */
static int mobilenet_depthwise_layer0(const float *input, const float *weights, float *output,
                                      float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 144;
    float *y = output;
    (void)workspace;

#if CG_VECTOR
    /* with vectors: one output pixel at a time, the filters of a group in a loop the
     * compiler vectorises */
    for (int oh = 0; oh < 8; ++oh)
    for (int ow = 0; ow < 7; ++ow) {
        float acc[16];
        for (int f = 0; f < 16; ++f)
            acc[f] = bias[f];
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh * 2 + kh - 1;
            if (ih < 0 || ih >= 15) continue;
            for (int kw = 0; kw < 3; ++kw) {
                const int iw = ow * 2 + kw;
                if (iw >= 14) continue;
                const float *x = input + ih * 112 + iw * 8;
                const float *w = kernel + kh * 48 + kw * 16;
                for (int g = 0; g < 8; ++g) {
                    const float xv = x[g];
                    const float *wc = w + g * 2;
                    float *a = acc + g * 2;
                    for (int f = 0; f < 2; ++f)
                        a[f] += xv * wc[f];
                }
            }
        }
        {
            float *out = y + oh * 112 + ow * 16;
            for (int f = 0; f < 16; ++f)
                out[f] = cg_relu6(acc[f]);
        }
    }
#else
    /* portable C99 for cores without SIMD: tiles of neighbouring pixels x a group's filters
     * in scalar registers */
    for (int oh = 0; oh < 8; ++oh) {
        for (int ow = 0; ow < 6; ow += 6)   /* 6 pixel(s) */
        for (int g = 0; g < 8; ++g) {
            {
            /* filters g * 2 + 0 .. +1 */
            const int f0 = g * 2;
            float a0_0 = bias[f0], a0_1 = bias[f0 + 1];
            float a1_0 = bias[f0], a1_1 = bias[f0 + 1];
            float a2_0 = bias[f0], a2_1 = bias[f0 + 1];
            float a3_0 = bias[f0], a3_1 = bias[f0 + 1];
            float a4_0 = bias[f0], a4_1 = bias[f0 + 1];
            float a5_0 = bias[f0], a5_1 = bias[f0 + 1];
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 2 + kh - 1;
                if (ih < 0 || ih >= 15) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow * 2 + kw;
                    const float *x = input + ih * 112 + iw * 8 + g;
                    const float *wt = kernel + kh * 48 + kw * 16 + f0;
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
                    }
                }
            }
                y[oh * 112 + ow * 16 + f0] = cg_relu6(a0_0);
                y[oh * 112 + ow * 16 + f0 + 1] = cg_relu6(a0_1);
                y[oh * 112 + ow * 16 + f0 + 16] = cg_relu6(a1_0);
                y[oh * 112 + ow * 16 + f0 + 17] = cg_relu6(a1_1);
                y[oh * 112 + ow * 16 + f0 + 32] = cg_relu6(a2_0);
                y[oh * 112 + ow * 16 + f0 + 33] = cg_relu6(a2_1);
                y[oh * 112 + ow * 16 + f0 + 48] = cg_relu6(a3_0);
                y[oh * 112 + ow * 16 + f0 + 49] = cg_relu6(a3_1);
                y[oh * 112 + ow * 16 + f0 + 64] = cg_relu6(a4_0);
                y[oh * 112 + ow * 16 + f0 + 65] = cg_relu6(a4_1);
                y[oh * 112 + ow * 16 + f0 + 80] = cg_relu6(a5_0);
                y[oh * 112 + ow * 16 + f0 + 81] = cg_relu6(a5_1);
            }
        }
        for (int ow = 6; ow < 7; ow += 1)   /* 1 pixel(s), border: taps checked */
        for (int g = 0; g < 8; ++g) {
            {
            /* filters g * 2 + 0 .. +1 */
            const int f0 = g * 2;
            float a0_0 = bias[f0], a0_1 = bias[f0 + 1];
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 2 + kh - 1;
                if (ih < 0 || ih >= 15) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow * 2 + kw;
                    if (iw >= 14) continue;
                    const float *x = input + ih * 112 + iw * 8 + g;
                    const float *wt = kernel + kh * 48 + kw * 16 + f0;
                    {
                        const float *w = wt;
                        const float x0 = x[0];
                        a0_0 += x0 * w[0];
                        a0_1 += x0 * w[1];
                    }
                }
            }
                y[oh * 112 + ow * 16 + f0] = cg_relu6(a0_0);
                y[oh * 112 + ow * 16 + f0 + 1] = cg_relu6(a0_1);
            }
        }
    }
#endif
    return 0;
}

/* depthwise_conv2d (DepthwiseConv2D) 15x14x8 -> 8x7x16, activation relu6
 * Workspace: 0 floats: none needed. */
int mobilenet_depthwise(const float *input, const float *weights, float *output, float *workspace)
{
    mobilenet_depthwise_layer0(input, weights, output, workspace);
    return 0;
}
