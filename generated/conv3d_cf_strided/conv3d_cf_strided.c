/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: conv3d_cf_strided.yaml
 *   Template: model.c.j2, dense.c.j2
 */
#include "conv3d_cf_strided.h"

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

/* conv3d (Conv3D) 3x7x9x11 -> 4x6x4x3, activation sigmoid
 * Dense convolution: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  2x3x7x9x11: strides n=2079 c=693 d=99 h=11 w=1
 *   output 2x4x6x4x3: strides n=288 c=72 d=12 h=3 w=1
 *   weights [1][2][3][3][3][8], bias [1][8] at 432
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_conv3d_cf_strided_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 72] = cg_sigmoid(t[f]);
}

#if !CG_VECTOR
/* The activation over one finished output row (3 x 4 values), for the
 * portable branch: in a loop of its own GCC keeps its constants in registers, where applied
 * to each tile's values it would reload them from memory for every tile. */
static void act_conv3d_cf_strided_layer0(float *y_row)
{
    for (int f = 0; f < 4; ++f)
        for (int ow = 0; ow < 3; ++ow) {
            const float v = y_row[f * 72 + ow];
            y_row[f * 72 + ow] = cg_sigmoid(v);
        }
}
#endif

static int conv3d_cf_strided_layer0(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 432;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[8];   /* a pixel's values on their way to the scalar store */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int n = 0; n < 2; ++n)
    for (int od = 0; od < 6; ++od)
    for (int oh = 0; oh < 4; ++oh) {
        float *y_row = y + n * 288 + od * 12 + oh * 3;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 3) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 3; q += 3)
            {   /* 3 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                for (int kd = 0; kd < 2; ++kd) {
                    const int id = od + kd;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh;
                        const float *xr = input + n * 2079 + id * 99 + ih * 11 + q * 3;
                        const float *wr = wf + kd * 216 + kh * 72;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w);
                                {
                                    const float xv = xr[c * 693];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 693 + 3];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 693 + 6];
                                    a2_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 24;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w);
                                {
                                    const float xv = xr[c * 693 + 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 693 + 4];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 693 + 7];
                                    a2_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 48;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w);
                                {
                                    const float xv = xr[c * 693 + 2];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 693 + 5];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 693 + 8];
                                    a2_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_conv3d_cf_strided_layer0(y_row + q, t, 4);
CG_STORE(cg_v8, t, a1_0); 
                store_conv3d_cf_strided_layer0(y_row + q + 1, t, 4);
CG_STORE(cg_v8, t, a2_0); 
                store_conv3d_cf_strided_layer0(y_row + q + 2, t, 4);
            }


#else
            for (int q = 0; q < 3; q += 3)
            {   /* 3 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias);
                for (int kd = 0; kd < 2; ++kd) {
                    const int id = od + kd;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh;
                        const float *xr = input + n * 2079 + id * 99 + ih * 11 + q * 3;
                        const float *wr = wf + kd * 216 + kh * 72;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w);
                                {
                                    const float xv = xr[c * 693];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 693 + 3];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 693 + 6];
                                    a2_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 24;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w);
                                {
                                    const float xv = xr[c * 693 + 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 693 + 4];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 693 + 7];
                                    a2_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 48;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w);
                                {
                                    const float xv = xr[c * 693 + 2];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 693 + 5];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c * 693 + 8];
                                    a2_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_conv3d_cf_strided_layer0(y_row + q, t, 4);
CG_STORE(cg_v8, t, a1_0); 
                store_conv3d_cf_strided_layer0(y_row + q + 1, t, 4);
CG_STORE(cg_v8, t, a2_0); 
                store_conv3d_cf_strided_layer0(y_row + q + 2, t, 4);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_conv3d_cf_strided_layer0;   /* unused: the tiles store their values themselves, the row pass applies the activation */
    for (int n = 0; n < 2; ++n)
    for (int od = 0; od < 6; ++od)
    for (int oh = 0; oh < 4; ++oh) {
        float *y_row = y + n * 288 + od * 12 + oh * 3;
        {   /* block 0: 4 filters */
            const float *wf = weights;
            {
                /* columns q: interior for q in [0, 3) */
                for (int q = 0; q < 3; q += 3)
                {   /* 3 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[0], b1 = bias[1], b2 = bias[2], b3 = bias[3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    for (int kd = 0; kd < 2; ++kd) {
                        const int id = od + kd;
                        for (int kh = 0; kh < 3; ++kh) {
                            const int ih = oh * 2 + kh;
                            const float *xr = input + n * 2079 + id * 99 + ih * 11 + q * 3;
                            const float *wr = wf + kd * 216 + kh * 72;
                            {   /* tap kw = 0 */
                                const float *xk = xr;
                                const float *w = wr;
                                {   /* channel 0 */
                                    const float x0 = xk[0], x1 = xk[3], x2 = xk[6];
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
                                }
                                {   /* channel 1 */
                                    const float x0 = xk[693], x1 = xk[696], x2 = xk[699];
                                    {
                                        const float wv = w[8];
                                        a0_0 += x0 * wv; a1_0 += x1 * wv; a2_0 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[9];
                                        a0_1 += x0 * wv; a1_1 += x1 * wv; a2_1 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[10];
                                        a0_2 += x0 * wv; a1_2 += x1 * wv; a2_2 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[11];
                                        a0_3 += x0 * wv; a1_3 += x1 * wv; a2_3 += x2 * wv;
                                    }
                                }
                                {   /* channel 2 */
                                    const float x0 = xk[1386], x1 = xk[1389], x2 = xk[1392];
                                    {
                                        const float wv = w[16];
                                        a0_0 += x0 * wv; a1_0 += x1 * wv; a2_0 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[17];
                                        a0_1 += x0 * wv; a1_1 += x1 * wv; a2_1 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[18];
                                        a0_2 += x0 * wv; a1_2 += x1 * wv; a2_2 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[19];
                                        a0_3 += x0 * wv; a1_3 += x1 * wv; a2_3 += x2 * wv;
                                    }
                                }
                            }
                            {   /* tap kw = 1 */
                                const float *xk = xr + 1;
                                const float *w = wr + 24;
                                {   /* channel 0 */
                                    const float x0 = xk[0], x1 = xk[3], x2 = xk[6];
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
                                }
                                {   /* channel 1 */
                                    const float x0 = xk[693], x1 = xk[696], x2 = xk[699];
                                    {
                                        const float wv = w[8];
                                        a0_0 += x0 * wv; a1_0 += x1 * wv; a2_0 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[9];
                                        a0_1 += x0 * wv; a1_1 += x1 * wv; a2_1 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[10];
                                        a0_2 += x0 * wv; a1_2 += x1 * wv; a2_2 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[11];
                                        a0_3 += x0 * wv; a1_3 += x1 * wv; a2_3 += x2 * wv;
                                    }
                                }
                                {   /* channel 2 */
                                    const float x0 = xk[1386], x1 = xk[1389], x2 = xk[1392];
                                    {
                                        const float wv = w[16];
                                        a0_0 += x0 * wv; a1_0 += x1 * wv; a2_0 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[17];
                                        a0_1 += x0 * wv; a1_1 += x1 * wv; a2_1 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[18];
                                        a0_2 += x0 * wv; a1_2 += x1 * wv; a2_2 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[19];
                                        a0_3 += x0 * wv; a1_3 += x1 * wv; a2_3 += x2 * wv;
                                    }
                                }
                            }
                            {   /* tap kw = 2 */
                                const float *xk = xr + 2;
                                const float *w = wr + 48;
                                {   /* channel 0 */
                                    const float x0 = xk[0], x1 = xk[3], x2 = xk[6];
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
                                }
                                {   /* channel 1 */
                                    const float x0 = xk[693], x1 = xk[696], x2 = xk[699];
                                    {
                                        const float wv = w[8];
                                        a0_0 += x0 * wv; a1_0 += x1 * wv; a2_0 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[9];
                                        a0_1 += x0 * wv; a1_1 += x1 * wv; a2_1 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[10];
                                        a0_2 += x0 * wv; a1_2 += x1 * wv; a2_2 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[11];
                                        a0_3 += x0 * wv; a1_3 += x1 * wv; a2_3 += x2 * wv;
                                    }
                                }
                                {   /* channel 2 */
                                    const float x0 = xk[1386], x1 = xk[1389], x2 = xk[1392];
                                    {
                                        const float wv = w[16];
                                        a0_0 += x0 * wv; a1_0 += x1 * wv; a2_0 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[17];
                                        a0_1 += x0 * wv; a1_1 += x1 * wv; a2_1 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[18];
                                        a0_2 += x0 * wv; a1_2 += x1 * wv; a2_2 += x2 * wv;
                                    }
                                    {
                                        const float wv = w[19];
                                        a0_3 += x0 * wv; a1_3 += x1 * wv; a2_3 += x2 * wv;
                                    }
                                }
                            }
                        }
                    }
                    y_row[q] = a0_0;
                    y_row[q + 72] = a0_1;
                    y_row[q + 144] = a0_2;
                    y_row[q + 216] = a0_3;
                    y_row[q + 1] = a1_0;
                    y_row[q + 73] = a1_1;
                    y_row[q + 145] = a1_2;
                    y_row[q + 217] = a1_3;
                    y_row[q + 2] = a2_0;
                    y_row[q + 74] = a2_1;
                    y_row[q + 146] = a2_2;
                    y_row[q + 218] = a2_3;
}
            }
        }
        act_conv3d_cf_strided_layer0(y_row);   /* the finished row's activation */
    }
#endif
    return 0;
}

/* conv3d (Conv3D) 3x7x9x11 -> 4x6x4x3, activation sigmoid
 * Workspace: 0 floats: none needed. */
int conv3d_cf_strided(const float *input, const float *weights, float *output, float *workspace)
{
    conv3d_cf_strided_layer0(input, weights, output, workspace);
    return 0;
}
