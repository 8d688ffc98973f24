/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: transpose1d_dilated.yaml
 *   Template: model.c.j2, dense.c.j2
 */
#include "transpose1d_dilated.h"

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
static inline __attribute__((unused)) void cg_v8_exp_bounded(cg_v8 *x)
{
#if defined(__FAST_MATH__)
    const cg_v8 k = __builtin_convertvector(__builtin_convertvector(*x * 1.44269504f, cg_i8), cg_v8);
    const cg_v8 r = (*x - k * 0.693145752f) - k * 1.42860677e-06f;
    const cg_v8 p = 1.0f + r * (1.0f + r * (0.5f + r * (0.166666672f + r * (0.0416666679f
                      + r * (0.00833333377f + r * (0.00138888892f + r * 0.000198412701f))))));
#else
    const cg_v8 k = (*x * 1.44269504f + 12582912.0f) - 12582912.0f;
    const cg_v8 r = (*x - k * 0.693145752f) - k * 1.42860677e-06f;
    const cg_v8 p = 1.0f + r * (1.0f + r * (0.5f + r * (0.166666672f + r * (0.0416666679f
                      + r * (0.00833333377f + r * 0.00138888892f)))));
#endif
    *x = p * (cg_v8)((__builtin_convertvector(k, cg_i8) + 127) << 23);
}

/* 1 / (1 + e^-x) with x clamped to [-80, 80] for the exp (so 1 above 80 and e^-80 between -88
 * and -80: within 2e-35 of sigmoid), 0 below -88 where float's sigmoid underflows; the scalar
 * cg_sigmoid switches at -87 and 87 instead */
static inline __attribute__((unused)) void cg_v8_sigmoid(cg_v8 *x)
{
    cg_v8 c;
#if defined(__AVX__) && (defined(__x86_64__) || defined(__i386__))
    c = __builtin_ia32_minps256(((cg_v8){0.0f} + 80.0f), __builtin_ia32_maxps256(((cg_v8){0.0f} + -80.0f), *x));
#else
    c = (cg_v8)(((cg_i8)(((cg_v8){0.0f} + -80.0f)) & ((*x < -80.0f))) | ((cg_i8)(*x) & ~((*x < -80.0f))));
    c = (cg_v8)(((cg_i8)(((cg_v8){0.0f} + 80.0f)) & ((c > 80.0f))) | ((cg_i8)(c) & ~((c > 80.0f))));
#endif
    c = -c;
    cg_v8_exp_bounded(&c);
    c = 1.0f / (1.0f + c);
    *x = (cg_v8)((cg_i8)c & ~(*x < -88.0f));   /* 0 where float's sigmoid underflows */
}

static inline __attribute__((unused)) void cg_v16_exp_bounded(cg_v16 *x)
{
#if defined(__FAST_MATH__)
    const cg_v16 k = __builtin_convertvector(__builtin_convertvector(*x * 1.44269504f, cg_i16), cg_v16);
    const cg_v16 r = (*x - k * 0.693145752f) - k * 1.42860677e-06f;
    const cg_v16 p = 1.0f + r * (1.0f + r * (0.5f + r * (0.166666672f + r * (0.0416666679f
                      + r * (0.00833333377f + r * (0.00138888892f + r * 0.000198412701f))))));
#else
    const cg_v16 k = (*x * 1.44269504f + 12582912.0f) - 12582912.0f;
    const cg_v16 r = (*x - k * 0.693145752f) - k * 1.42860677e-06f;
    const cg_v16 p = 1.0f + r * (1.0f + r * (0.5f + r * (0.166666672f + r * (0.0416666679f
                      + r * (0.00833333377f + r * 0.00138888892f)))));
#endif
    *x = p * (cg_v16)((__builtin_convertvector(k, cg_i16) + 127) << 23);
}

/* 1 / (1 + e^-x) with x clamped to [-80, 80] for the exp (so 1 above 80 and e^-80 between -88
 * and -80: within 2e-35 of sigmoid), 0 below -88 where float's sigmoid underflows; the scalar
 * cg_sigmoid switches at -87 and 87 instead */
static inline __attribute__((unused)) void cg_v16_sigmoid(cg_v16 *x)
{
    cg_v16 c;
    c = (cg_v16)(((cg_i16)(((cg_v16){0.0f} + -80.0f)) & ((*x < -80.0f))) | ((cg_i16)(*x) & ~((*x < -80.0f))));
    c = (cg_v16)(((cg_i16)(((cg_v16){0.0f} + 80.0f)) & ((c > 80.0f))) | ((cg_i16)(c) & ~((c > 80.0f))));
    c = -c;
    cg_v16_exp_bounded(&c);
    c = 1.0f / (1.0f + c);
    *x = (cg_v16)((cg_i16)c & ~(*x < -88.0f));   /* 0 where float's sigmoid underflows */
}

#else
#define CG_VECTOR 0
#endif

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
/* e^(m x) for |m x| <= 87, m a constant, as 2^k (a + b) / (a - b), which tanh and sigmoid take
 * in one division: k = round(m x / ln 2) (adding and subtracting 1.5 * 2^23 rounds to
 * nearest), r = m x - k ln 2 = m v in [-ln2 / 2, ln2 / 2] (with split, ln 2 in two parts for
 * exactness; else in one, which leaves an error of |k| 2e-8 in r: enough for tanh, whose
 * |k| <= 26 where the error of 2^k e^r matters) and (a + b) / (a - b) the [3/3] Pade
 * approximant of e^r, a = 1 + r^2 / 10 and b = r (1 / 2 + r^2 / 120) (relative error below
 * 1e-8), with m folded into their constants; returns 2^k (its bits (k + 127) << 23, from one
 * conversion to fixed point), a and b through the pointers. -ffast-math would fold the
 * rounding away: then a conversion rounds k. */
static inline float cg_exp_pade(float x, float m, int split, float *a, float *b)
{
    union { float f; int i; } two_k;
#if defined(__FAST_MATH__)
    const float q = x * (m * 1.44269504f);
    const float k = (float)(int)(q + (q < 0.0f ? -0.5f : 0.5f));
    two_k.i = (int)((k + 127.0f) * 8388608.0f);
#else
    const float t = x * (m * 1.44269504f) + 12582912.0f;
    const float k = t - 12582912.0f;
    two_k.i = (int)((t - (12582912.0f - 127.0f)) * 8388608.0f);
#endif
    {
        const float v = split ? (x - k * (0.693145752f / m)) - k * (1.42860677e-06f / m)
                              : x - k * (0.693147182f / m);
        const float w = v * v;
        *a = 1.0f + w * (m * m * 0.1f);
        *b = v * (0.5f * m + w * (m * m * m * (1.0f / 120.0f)));
    }
    return two_k.f;
}

/* 1 / (1 + e^-x) as (a - b) / ((a - b) + 2^k (a + b)) with cg_exp_pade(x, -1): relative
 * error below 4e-7 where the result is a normal float; 0 below -87 (where it is no longer one,
 * float's rounds to 0 below -104) and 1 above 87 (float's rounds to 1 above 17.33) */
static inline float cg_sigmoid(float x)
{
    if (fabsf(x) <= 87.0f) {   /* the saturated values after: GCC keeps them off this path */
        float a, b;
        const float two_k = cg_exp_pade(x, -1.0f, 1, &a, &b);
        const float m = a - b;
        return m / (m + two_k * (a + b));
    }
    return x != x ? x : (x > 0.0f ? 1.0f : 0.0f);
}

/* conv1d_transpose (Conv1DTranspose) 10x4 -> 16x6, activation sigmoid
 * Transposed convolution by stride phases: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x10x4: strides n=40 c=1 d=40 h=40 w=4
 *   output 1x16x6: strides n=96 c=1 d=96 h=96 w=6
 *   weights [1][1][1][3][4][8], bias [1][8] at 96
 *   output position o takes input i through tap j when o + crop = i * stride + j * dilation; crop (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_transpose1d_dilated_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_sigmoid(t[f]);
}

#if !CG_VECTOR
/* The activation over one finished output row (16 x 6 values), for the
 * portable branch: in a loop of its own GCC keeps its constants in registers, where applied
 * to each tile's values it would reload them from memory for every tile. */
static void act_transpose1d_dilated_layer0(float *y_row)
{
    for (int i = 0; i < 96; ++i) {   /* the row is contiguous */
        const float v = y_row[i];
        y_row[i] = cg_sigmoid(v);
    }
}
#endif

static int transpose1d_dilated_layer0(const float *input, const float *weights, float *output,
                                      float *workspace)
{
    const float *bias = weights + 96;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[8];   /* a pixel's values on their way to the scalar store */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    {
        float *y_row = y;
        {
            const float *wf = weights;
            /* columns q: interior for q in [6, 10) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 16 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a9_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a10_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a11_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a12_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a13_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a14_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a15_0 = CG_LOAD(cg_v8, bias);
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 4; ++c, w += 8) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 4];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 8];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 12];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 20];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 24];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 28];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 36];
                            a9_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 1, pixels 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 */
                    const float *w = wr + 32;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 4; ++c, w += 8) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        {
                            const float xv = xr[c];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 4];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 8];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 12];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 20];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 24];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 28];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 36];
                            a12_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 2, pixels 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 */
                    const float *w = wr + 64;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 4; ++c, w += 8) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        {
                            const float xv = xr[c];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 4];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 8];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 12];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 20];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 24];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 28];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 36];
                            a15_0 += w0 * xv;
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_transpose1d_dilated_layer0(y_row, t, 6);
CG_STORE(cg_v8, t, a1_0); 
                store_transpose1d_dilated_layer0(y_row + 6, t, 6);
CG_STORE(cg_v8, t, a2_0); 
                store_transpose1d_dilated_layer0(y_row + 12, t, 6);
CG_STORE(cg_v8, t, a3_0); 
                store_transpose1d_dilated_layer0(y_row + 18, t, 6);
CG_STORE(cg_v8, t, a4_0); 
                store_transpose1d_dilated_layer0(y_row + 24, t, 6);
CG_STORE(cg_v8, t, a5_0); 
                store_transpose1d_dilated_layer0(y_row + 30, t, 6);
CG_STORE(cg_v8, t, a6_0); 
                store_transpose1d_dilated_layer0(y_row + 36, t, 6);
CG_STORE(cg_v8, t, a7_0); 
                store_transpose1d_dilated_layer0(y_row + 42, t, 6);
CG_STORE(cg_v8, t, a8_0); 
                store_transpose1d_dilated_layer0(y_row + 48, t, 6);
CG_STORE(cg_v8, t, a9_0); 
                store_transpose1d_dilated_layer0(y_row + 54, t, 6);
CG_STORE(cg_v8, t, a10_0); 
                store_transpose1d_dilated_layer0(y_row + 60, t, 6);
CG_STORE(cg_v8, t, a11_0); 
                store_transpose1d_dilated_layer0(y_row + 66, t, 6);
CG_STORE(cg_v8, t, a12_0); 
                store_transpose1d_dilated_layer0(y_row + 72, t, 6);
CG_STORE(cg_v8, t, a13_0); 
                store_transpose1d_dilated_layer0(y_row + 78, t, 6);
CG_STORE(cg_v8, t, a14_0); 
                store_transpose1d_dilated_layer0(y_row + 84, t, 6);
CG_STORE(cg_v8, t, a15_0); 
                store_transpose1d_dilated_layer0(y_row + 90, t, 6);
            }


#else
            {   /* 8 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias);
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 4; ++c, w += 8) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 4];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 8];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 12];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 20];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 24];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 28];
                            a7_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 1, pixels 3, 4, 5, 6, 7 */
                    const float *w = wr + 32;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 4; ++c, w += 8) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        {
                            const float xv = xr[c];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 4];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 8];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 12];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a7_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 2, pixels 6, 7 */
                    const float *w = wr + 64;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 4; ++c, w += 8) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        {
                            const float xv = xr[c];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 4];
                            a7_0 += w0 * xv;
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_transpose1d_dilated_layer0(y_row, t, 6);
CG_STORE(cg_v8, t, a1_0); 
                store_transpose1d_dilated_layer0(y_row + 6, t, 6);
CG_STORE(cg_v8, t, a2_0); 
                store_transpose1d_dilated_layer0(y_row + 12, t, 6);
CG_STORE(cg_v8, t, a3_0); 
                store_transpose1d_dilated_layer0(y_row + 18, t, 6);
CG_STORE(cg_v8, t, a4_0); 
                store_transpose1d_dilated_layer0(y_row + 24, t, 6);
CG_STORE(cg_v8, t, a5_0); 
                store_transpose1d_dilated_layer0(y_row + 30, t, 6);
CG_STORE(cg_v8, t, a6_0); 
                store_transpose1d_dilated_layer0(y_row + 36, t, 6);
CG_STORE(cg_v8, t, a7_0); 
                store_transpose1d_dilated_layer0(y_row + 42, t, 6);
            }

            {   /* 8 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias);
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 0, 1 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 4; ++c, w += 8) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        {
                            const float xv = xr[c + 32];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 36];
                            a1_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 1, pixels 0, 1, 2, 3, 4 */
                    const float *w = wr + 32;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 4; ++c, w += 8) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        {
                            const float xv = xr[c + 20];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 24];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 28];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 36];
                            a4_0 += w0 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 64;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 4; ++c, w += 8) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        {
                            const float xv = xr[c + 8];
                            a0_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 12];
                            a1_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 16];
                            a2_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 20];
                            a3_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 24];
                            a4_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 28];
                            a5_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 36];
                            a7_0 += w0 * xv;
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_transpose1d_dilated_layer0(y_row + 48, t, 6);
CG_STORE(cg_v8, t, a1_0); 
                store_transpose1d_dilated_layer0(y_row + 54, t, 6);
CG_STORE(cg_v8, t, a2_0); 
                store_transpose1d_dilated_layer0(y_row + 60, t, 6);
CG_STORE(cg_v8, t, a3_0); 
                store_transpose1d_dilated_layer0(y_row + 66, t, 6);
CG_STORE(cg_v8, t, a4_0); 
                store_transpose1d_dilated_layer0(y_row + 72, t, 6);
CG_STORE(cg_v8, t, a5_0); 
                store_transpose1d_dilated_layer0(y_row + 78, t, 6);
CG_STORE(cg_v8, t, a6_0); 
                store_transpose1d_dilated_layer0(y_row + 84, t, 6);
CG_STORE(cg_v8, t, a7_0); 
                store_transpose1d_dilated_layer0(y_row + 90, t, 6);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_transpose1d_dilated_layer0;   /* unused: the tiles store their values themselves, the row pass applies the activation */
    {
        float *y_row = y;
        {   /* block 0: 6 filters */
            const float *wf = weights;
            {
                for (int ow = 0; ow < 6; ++ow) {   /* border pixels: taps checked */
                    const float b0 = bias[0], b1 = bias[1], b2 = bias[2], b3 = bias[3], b4 = bias[4], b5 = bias[5];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5;
                    for (int kw = 0; kw < 3; ++kw) {
                        const int iw = ow - kw * 3;
                        if (iw < 0 || iw >= 10) continue;
                        const float *xr = input + iw * 4;
                        const float *w = wf + kw * 32;
                        for (int c = 0; c < 4; c += 2, w += 16) {
                            {   /* channel c + 0 */
                                const float x0 = xr[c];
                                a0_0 += x0 * w[0];
                                a0_1 += x0 * w[1];
                                a0_2 += x0 * w[2];
                                a0_3 += x0 * w[3];
                                a0_4 += x0 * w[4];
                                a0_5 += x0 * w[5];
                            }
                            {   /* channel c + 1 */
                                const float x0 = xr[c + 1];
                                a0_0 += x0 * w[8];
                                a0_1 += x0 * w[9];
                                a0_2 += x0 * w[10];
                                a0_3 += x0 * w[11];
                                a0_4 += x0 * w[12];
                                a0_5 += x0 * w[13];
                            }
                        }
                    }
                    y_row[ow * 6] = a0_0;
                    y_row[ow * 6 + 1] = a0_1;
                    y_row[ow * 6 + 2] = a0_2;
                    y_row[ow * 6 + 3] = a0_3;
                    y_row[ow * 6 + 4] = a0_4;
                    y_row[ow * 6 + 5] = a0_5;
}
                for (int ow = 10; ow < 16; ++ow) {   /* border pixels: taps checked */
                    const float b0 = bias[0], b1 = bias[1], b2 = bias[2], b3 = bias[3], b4 = bias[4], b5 = bias[5];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5;
                    for (int kw = 0; kw < 3; ++kw) {
                        const int iw = ow - kw * 3;
                        if (iw < 0 || iw >= 10) continue;
                        const float *xr = input + iw * 4;
                        const float *w = wf + kw * 32;
                        for (int c = 0; c < 4; c += 2, w += 16) {
                            {   /* channel c + 0 */
                                const float x0 = xr[c];
                                a0_0 += x0 * w[0];
                                a0_1 += x0 * w[1];
                                a0_2 += x0 * w[2];
                                a0_3 += x0 * w[3];
                                a0_4 += x0 * w[4];
                                a0_5 += x0 * w[5];
                            }
                            {   /* channel c + 1 */
                                const float x0 = xr[c + 1];
                                a0_0 += x0 * w[8];
                                a0_1 += x0 * w[9];
                                a0_2 += x0 * w[10];
                                a0_3 += x0 * w[11];
                                a0_4 += x0 * w[12];
                                a0_5 += x0 * w[13];
                            }
                        }
                    }
                    y_row[ow * 6] = a0_0;
                    y_row[ow * 6 + 1] = a0_1;
                    y_row[ow * 6 + 2] = a0_2;
                    y_row[ow * 6 + 3] = a0_3;
                    y_row[ow * 6 + 4] = a0_4;
                    y_row[ow * 6 + 5] = a0_5;
}
                /* columns q: interior for q in [6, 10) */
                for (int q = 6; q < 10; q += 4)
                {   /* 4 pixel(s) x 6 filter(s) in scalar registers */
                    const float b0 = bias[0], b1 = bias[1], b2 = bias[2], b3 = bias[3], b4 = bias[4], b5 = bias[5];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4, a2_5 = b5;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4, a3_5 = b5;
                    const float *xr = input + q * 4;
                    const float *wr = wf;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 4; ++c, w += 8) {
                            const float x0 = xk[c], x1 = xk[c + 4], x2 = xk[c + 8], x3 = xk[c + 12];
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
                    {   /* tap kw = 1 */
                        const float *xk = xr - 12;
                        const float *w = wr + 32;
                        for (int c = 0; c < 4; ++c, w += 8) {
                            const float x0 = xk[c], x1 = xk[c + 4], x2 = xk[c + 8], x3 = xk[c + 12];
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
                    {   /* tap kw = 2 */
                        const float *xk = xr - 24;
                        const float *w = wr + 64;
                        for (int c = 0; c < 4; ++c, w += 8) {
                            const float x0 = xk[c], x1 = xk[c + 4], x2 = xk[c + 8], x3 = xk[c + 12];
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
                    y_row[q * 6] = a0_0;
                    y_row[q * 6 + 1] = a0_1;
                    y_row[q * 6 + 2] = a0_2;
                    y_row[q * 6 + 3] = a0_3;
                    y_row[q * 6 + 4] = a0_4;
                    y_row[q * 6 + 5] = a0_5;
                    y_row[q * 6 + 6] = a1_0;
                    y_row[q * 6 + 7] = a1_1;
                    y_row[q * 6 + 8] = a1_2;
                    y_row[q * 6 + 9] = a1_3;
                    y_row[q * 6 + 10] = a1_4;
                    y_row[q * 6 + 11] = a1_5;
                    y_row[q * 6 + 12] = a2_0;
                    y_row[q * 6 + 13] = a2_1;
                    y_row[q * 6 + 14] = a2_2;
                    y_row[q * 6 + 15] = a2_3;
                    y_row[q * 6 + 16] = a2_4;
                    y_row[q * 6 + 17] = a2_5;
                    y_row[q * 6 + 18] = a3_0;
                    y_row[q * 6 + 19] = a3_1;
                    y_row[q * 6 + 20] = a3_2;
                    y_row[q * 6 + 21] = a3_3;
                    y_row[q * 6 + 22] = a3_4;
                    y_row[q * 6 + 23] = a3_5;
}
            }
        }
        act_transpose1d_dilated_layer0(y_row);   /* the finished row's activation */
    }
#endif
    return 0;
}

/* conv1d_transpose (Conv1DTranspose) 10x4 -> 16x6, activation sigmoid
 * Workspace: 0 floats: none needed. */
int transpose1d_dilated(const float *input, const float *weights, float *output, float *workspace)
{
    transpose1d_dilated_layer0(input, weights, output, workspace);
    return 0;
}
