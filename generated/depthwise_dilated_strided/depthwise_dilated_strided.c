/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: depthwise_dilated_strided.yaml
 *   Template: model.c.j2, conv.c.j2
 */
#include "depthwise_dilated_strided.h"

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

/* depthwise_conv2d (DepthwiseConv2D) 5x17x13 -> 5x9x5
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x5x17x13: strides n=1105 c=221 d=221 h=13 w=1
 *   output 1x5x9x5: strides n=225 c=45 d=45 h=5 w=1
 *   kernel [1][3][2][1][5] (Keras layout), bias [5] at 30
 *   padding before (d, h, w) = (0, 2, 1)
 * Workspace: 0 floats. */
static int depthwise_dilated_strided_layer0(const float *input, const float *weights, float *output,
                                            float *workspace)
{
    const float *kernel = weights;
    float *y = output;
    (void)workspace;

#if CG_VECTOR
    /* with vectors: one output pixel at a time, the filters of a group in a loop the
     * compiler vectorises */
    for (int oh = 0; oh < 9; ++oh)
    for (int ow = 0; ow < 5; ++ow) {
        float acc[5];
        for (int f = 0; f < 5; ++f)
            acc[f] = 0.0f;
        for (int kh = 0; kh < 3; ++kh) {
            const int ih = oh * 2 + kh * 2 - 2;
            if (ih < 0 || ih >= 17) continue;
            for (int kw = 0; kw < 2; ++kw) {
                const int iw = ow * 3 + kw * 2 - 1;
                if (iw < 0 || iw >= 13) continue;
                const float *x = input + ih * 13 + iw;
                const float *w = kernel + kh * 10 + kw * 5;
                for (int g = 0; g < 5; ++g) {
                    const float xv = x[g * 221];
                    const float *wc = w + g;
                    float *a = acc + g;
                    a[0] += xv * wc[0];
                }
            }
        }
        {
            float *out = y + oh * 5 + ow;
            for (int f = 0; f < 5; ++f)
                out[f * 45] = cg_linear(acc[f]);
        }
    }
#else
    /* portable C99 for cores without SIMD: tiles of neighbouring pixels x a group's filters
     * in scalar registers */
    for (int oh = 0; oh < 9; ++oh) {
        for (int ow = 0; ow < 1; ow += 1)   /* 1 pixel(s), border: taps checked */
        for (int g = 0; g < 5; ++g) {
            {
            /* filters g * 1 + 0 .. +0 */
            const int f0 = g;
            float a0_0 = 0.0f;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 2 + kh * 2 - 2;
                if (ih < 0 || ih >= 17) continue;
                for (int kw = 0; kw < 2; ++kw) {
                    const int iw = ow * 3 + kw * 2 - 1;
                    if (iw < 0 || iw >= 13) continue;
                    const float *x = input + ih * 13 + iw + g * 221;
                    const float *wt = kernel + kh * 10 + kw * 5 + f0;
                    {
                        const float *w = wt;
                        const float w0 = w[0];
                        {
                            const float xv = x[0];
                            a0_0 += w0 * xv;
                        }
                    }
                }
            }
                y[oh * 5 + ow + f0 * 45] = cg_linear(a0_0);
            }
        }
        for (int ow = 1; ow < 4; ow += 3)   /* 3 pixel(s) */
        for (int g = 0; g < 5; ++g) {
            {
            /* filters g * 1 + 0 .. +0 */
            const int f0 = g;
            float a0_0 = 0.0f;
            float a1_0 = 0.0f;
            float a2_0 = 0.0f;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 2 + kh * 2 - 2;
                if (ih < 0 || ih >= 17) continue;
                for (int kw = 0; kw < 2; ++kw) {
                    const int iw = ow * 3 + kw * 2 - 1;
                    const float *x = input + ih * 13 + iw + g * 221;
                    const float *wt = kernel + kh * 10 + kw * 5 + f0;
                    {
                        const float *w = wt;
                        const float w0 = w[0];
                        {
                            const float xv = x[0];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = x[3];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = x[6];
                            a2_0 += w0 * xv;
                        }
                    }
                }
            }
                y[oh * 5 + ow + f0 * 45] = cg_linear(a0_0);
                y[oh * 5 + ow + f0 * 45 + 1] = cg_linear(a1_0);
                y[oh * 5 + ow + f0 * 45 + 2] = cg_linear(a2_0);
            }
        }
        for (int ow = 4; ow < 5; ow += 1)   /* 1 pixel(s), border: taps checked */
        for (int g = 0; g < 5; ++g) {
            {
            /* filters g * 1 + 0 .. +0 */
            const int f0 = g;
            float a0_0 = 0.0f;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 2 + kh * 2 - 2;
                if (ih < 0 || ih >= 17) continue;
                for (int kw = 0; kw < 2; ++kw) {
                    const int iw = ow * 3 + kw * 2 - 1;
                    if (iw < 0 || iw >= 13) continue;
                    const float *x = input + ih * 13 + iw + g * 221;
                    const float *wt = kernel + kh * 10 + kw * 5 + f0;
                    {
                        const float *w = wt;
                        const float w0 = w[0];
                        {
                            const float xv = x[0];
                            a0_0 += w0 * xv;
                        }
                    }
                }
            }
                y[oh * 5 + ow + f0 * 45] = cg_linear(a0_0);
            }
        }
    }
#endif
    return 0;
}

/* depthwise_conv2d (DepthwiseConv2D) 5x17x13 -> 5x9x5
 * Workspace: 0 floats: none needed. */
int depthwise_dilated_strided(const float *input, const float *weights, float *output, float *workspace)
{
    depthwise_dilated_strided_layer0(input, weights, output, workspace);
    return 0;
}
