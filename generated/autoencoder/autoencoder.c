/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: autoencoder.yaml
 *   Template: model.c.j2, dense.c.j2, resize.c.j2
 */
#include "autoencoder.h"

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
#define CG_LOAD8(p) CG_LOAD(cg_v8, p)
#define CG_STORE8(p, v) CG_STORE(cg_v8, p, v)
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

/* saturates where float does, as cg_sigmoid */
static inline __attribute__((unused)) void cg_v8_sigmoid(cg_v8 *x)
{
    cg_v8 c = (cg_v8)(((cg_i8)(((cg_v8){0.0f} + -80.0f)) & ((*x < -80.0f))) | ((cg_i8)(*x) & ~((*x < -80.0f))));
    c = -(cg_v8)(((cg_i8)(((cg_v8){0.0f} + 80.0f)) & ((c > 80.0f))) | ((cg_i8)(c) & ~((c > 80.0f))));
    cg_v8_exp_bounded(&c);
    c = 1.0f / (1.0f + c);
    *x = (cg_v8)((cg_i8)c & ~(*x < -88.0f));   /* 0 where float's sigmoid underflows */
}

static inline __attribute__((unused)) void cg_v16_relu(cg_v16 *x)
{
    *x = (cg_v16)((cg_i16)*x & ~(*x < 0.0f));   /* NaN kept */
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

/* saturates where float does, as cg_sigmoid */
static inline __attribute__((unused)) void cg_v16_sigmoid(cg_v16 *x)
{
    cg_v16 c = (cg_v16)(((cg_i16)(((cg_v16){0.0f} + -80.0f)) & ((*x < -80.0f))) | ((cg_i16)(*x) & ~((*x < -80.0f))));
    c = -(cg_v16)(((cg_i16)(((cg_v16){0.0f} + 80.0f)) & ((c > 80.0f))) | ((cg_i16)(c) & ~((c > 80.0f))));
    cg_v16_exp_bounded(&c);
    c = 1.0f / (1.0f + c);
    *x = (cg_v16)((cg_i16)c & ~(*x < -88.0f));   /* 0 where float's sigmoid underflows */
}

#else
#define CG_VECTOR 0
#endif

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
/* NaN stays NaN, as in Keras */
static inline float cg_relu(float x) { return x < 0.0f ? 0.0f : x; }

/* exp(x) for x in [-80, 80] to ~2 float ulps, branch-free so loops over it vectorise (libm's
 * expf does not): 2^k * p(r) with k = round(x / ln 2) (adding and subtracting 1.5 * 2^23
 * rounds to nearest), r = x - k ln 2 (ln 2 split in two for exactness) and p the degree-6
 * Taylor polynomial on |r| <= ln 2 / 2. -ffast-math would fold the rounding away: then k is
 * truncated instead and a degree-7 polynomial covers |r| < ln 2. */
static inline float cg_exp_bounded(float x)
{
#if defined(__FAST_MATH__)
    const float k = (float)(int)(x * 1.44269504f);
    const float r = (x - k * 0.693145752f) - k * 1.42860677e-06f;
    const float p = 1.0f + r * (1.0f + r * (0.5f + r * (0.166666672f + r * (0.0416666679f
                    + r * (0.00833333377f + r * (0.00138888892f + r * 0.000198412701f))))));
#else
    const float k = (x * 1.44269504f + 12582912.0f) - 12582912.0f;
    const float r = (x - k * 0.693145752f) - k * 1.42860677e-06f;
    const float p = 1.0f + r * (1.0f + r * (0.5f + r * (0.166666672f + r * (0.0416666679f
                    + r * (0.00833333377f + r * 0.00138888892f)))));
#endif
    union { float f; int i; } two_k;
    two_k.i = ((int)k + 127) << 23;
    return p * two_k.f;
}

/* saturates where float does: below -80 the result rounds to 0, above 80 the ratio to 1 */
static inline float cg_sigmoid(float x)
{
    float c = x < -80.0f ? -80.0f : x;   /* one comparison per line: if-convertible */
    float s;
    c = c > 80.0f ? 80.0f : c;
    s = 1.0f / (1.0f + cg_exp_bounded(-c));
    return x < -88.0f ? 0.0f : s;        /* exactly 0 where float's sigmoid underflows */
}

/* conv2d (Conv2D) 28x28x1 -> 14x14x16, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
 *   input  1x28x28x1: strides n=784 c=1 d=784 h=28 w=1
 *   output 1x14x14x16: strides n=3136 c=1 d=3136 h=224 w=16
 *   weights [1][1][3][3][1][16], bias [1][16] at 144
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_autoencoder_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 1] = cg_relu(t[f]);
}

static int autoencoder_layer0(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 144;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[16];   /* a pixel's values on their way to the scalar store */
    (void)t;
    (void)store_autoencoder_layer0;   /* unused when every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int n = 0; n < 1; ++n)
    for (int fb = 0; fb < 1; ++fb)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 14; ++oh) {
        float *y_row = y + n * 3136 + od * 3136 + oh * 224;
        {
            const float *wf = weights + fb * 144;
            const int nf = fb < 0 ? 16 : 16;   /* filters in this block */
            (void)nf;
            /* columns 0 + 1 * q: interior for q in [0, 13) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 14 output pixel(s) x 16 filters in 1 cg_v16: an edge tile, each tap only where its column exists */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a9_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a10_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a11_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a12_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                cg_v16 a13_0 = CG_LOAD(cg_v16, bias + fb * 16 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 28) continue;

                        const float *xr = input + n * 784 + id * 784 + ih * 28;
                        const float *wr = wf + (kd * 3 + kh) * 48;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 1; ++c, w += 16) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[2 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[4 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[6 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[10 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[12 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[14 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[18 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[20 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[22 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[26 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 16;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 1; ++c, w += 16) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[1 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[3 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[5 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[7 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[9 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[11 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[13 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[15 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[17 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[19 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[21 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[23 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[25 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[27 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 */
                            const float *w = wr + 32;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 1; ++c, w += 16) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                {
                                    const float xv = xr[2 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[4 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[6 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[10 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[12 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[14 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[18 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[20 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[22 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[26 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + (0) * 16 + fb * 16 + 0, a0_0);

                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + (1) * 16 + fb * 16 + 0, a1_0);

                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + (2) * 16 + fb * 16 + 0, a2_0);

                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + (3) * 16 + fb * 16 + 0, a3_0);

                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + (4) * 16 + fb * 16 + 0, a4_0);

                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + (5) * 16 + fb * 16 + 0, a5_0);

                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + (6) * 16 + fb * 16 + 0, a6_0);

                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + (7) * 16 + fb * 16 + 0, a7_0);

                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + (8) * 16 + fb * 16 + 0, a8_0);

                cg_v16_relu(&a9_0);
                CG_STORE(cg_v16, y_row + (9) * 16 + fb * 16 + 0, a9_0);

                cg_v16_relu(&a10_0);
                CG_STORE(cg_v16, y_row + (10) * 16 + fb * 16 + 0, a10_0);

                cg_v16_relu(&a11_0);
                CG_STORE(cg_v16, y_row + (11) * 16 + fb * 16 + 0, a11_0);

                cg_v16_relu(&a12_0);
                CG_STORE(cg_v16, y_row + (12) * 16 + fb * 16 + 0, a12_0);

                cg_v16_relu(&a13_0);
                CG_STORE(cg_v16, y_row + (13) * 16 + fb * 16 + 0, a13_0);

            }


#else
            for (int q = 0; q < 10; q += 5)
            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a2_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a3_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a4_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 28) continue;

                        const float *xr = input + n * 784 + id * 784 + ih * 28 + q * 2;
                        const float *wr = wf + (kd * 3 + kh) * 48;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 1; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[2 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[4 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[6 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 16;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 1; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[1 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[3 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[5 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[7 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[9 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 32;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 1; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[2 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[4 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[6 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[10 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 16 + fb * 16 + 0, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 16 + fb * 16 + 8, a0_1);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 16 + fb * 16 + 0, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 16 + fb * 16 + 8, a1_1);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 16 + fb * 16 + 0, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 16 + fb * 16 + 8, a2_1);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 3) * 1) * 16 + fb * 16 + 0, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 3) * 1) * 16 + fb * 16 + 8, a3_1);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 4) * 1) * 16 + fb * 16 + 0, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 4) * 1) * 16 + fb * 16 + 8, a4_1);

            }

            {   /* 4 output pixel(s) x 16 filters in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a2_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 16 + 0), a3_1 = CG_LOAD(cg_v8, bias + fb * 16 + 8);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 28) continue;

                        const float *xr = input + n * 784 + id * 784 + ih * 28;
                        const float *wr = wf + (kd * 3 + kh) * 48;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 1; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[20 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[22 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[26 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 16;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 1; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[21 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[23 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[25 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[27 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2 */
                            const float *w = wr + 32;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 1; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                {
                                    const float xv = xr[22 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[26 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (10) * 16 + fb * 16 + 0, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + (10) * 16 + fb * 16 + 8, a0_1);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (11) * 16 + fb * 16 + 0, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + (11) * 16 + fb * 16 + 8, a1_1);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (12) * 16 + fb * 16 + 0, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + (12) * 16 + fb * 16 + 8, a2_1);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (13) * 16 + fb * 16 + 0, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + (13) * 16 + fb * 16 + 8, a3_1);

            }


#endif
        }
    }
#else
    /* portable C99: the same packed weights, one output pixel at a time */
    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 14; ++oh)
    for (int ow = 0; ow < 14; ++ow)
    for (int fb = 0; fb < 1; ++fb) {
        const float *wf = weights + fb * 144;
        const int nf = fb < 0 ? 16 : 16;
        float acc[16];
        for (int f = 0; f < 16; ++f)
            acc[f] = bias[fb * 16 + f];
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 28) continue;

                for (int kw = 0; kw < 3; ++kw) {
                        const int iw = ow * 2 + kw * 1 - 0;
                        if (iw < 0 || iw >= 28) continue;

                    {
                        const float *x = input + n * 784 + id * 784 + ih * 28 + iw * 1;
                        const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 16;
                        for (int c = 0; c < 1; ++c)
                            for (int f = 0; f < 16; ++f)
                                acc[f] += x[c * 1] * w[c * 16 + f];
                    }
                }
            }
        }
        store_autoencoder_layer0(y + n * 3136 + od * 3136 + oh * 224 + ow * 16 + fb * 16, acc, nf);
    }
#endif
    return 0;
}

/* conv2d_1 (Conv2D) 14x14x16 -> 7x7x8, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
 *   input  1x14x14x16: strides n=3136 c=1 d=3136 h=224 w=16
 *   output 1x7x7x8: strides n=392 c=1 d=392 h=56 w=8
 *   weights [1][1][3][3][16][8], bias [1][8] at 1152
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_autoencoder_layer1(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 1] = cg_relu(t[f]);
}

static int autoencoder_layer1(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 1152;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[8];   /* a pixel's values on their way to the scalar store */
    (void)t;
    (void)store_autoencoder_layer1;   /* unused when every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int n = 0; n < 1; ++n)
    for (int fb = 0; fb < 1; ++fb)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 7; ++oh) {
        float *y_row = y + n * 392 + od * 392 + oh * 56;
        {
            const float *wf = weights + fb * 1152;
            const int nf = fb < 0 ? 8 : 8;   /* filters in this block */
            (void)nf;
            /* columns 0 + 1 * q: interior for q in [0, 6) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 7 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 14) continue;

                        const float *xr = input + n * 3136 + id * 3136 + ih * 224;
                        const float *wr = wf + (kd * 3 + kh) * 384;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 16; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 128;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 16; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[16 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[112 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[176 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5 */
                            const float *w = wr + 256;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 16; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[32 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (0) * 8 + fb * 8 + 0, a0_0);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (1) * 8 + fb * 8 + 0, a1_0);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (2) * 8 + fb * 8 + 0, a2_0);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (3) * 8 + fb * 8 + 0, a3_0);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (4) * 8 + fb * 8 + 0, a4_0);

                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + (5) * 8 + fb * 8 + 0, a5_0);

                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + (6) * 8 + fb * 8 + 0, a6_0);

            }


#else
            {   /* 7 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 14) continue;

                        const float *xr = input + n * 3136 + id * 3136 + ih * 224;
                        const float *wr = wf + (kd * 3 + kh) * 384;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 16; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 128;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 16; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[16 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[112 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[176 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5 */
                            const float *w = wr + 256;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 16; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[32 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (0) * 8 + fb * 8 + 0, a0_0);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (1) * 8 + fb * 8 + 0, a1_0);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (2) * 8 + fb * 8 + 0, a2_0);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (3) * 8 + fb * 8 + 0, a3_0);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (4) * 8 + fb * 8 + 0, a4_0);

                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + (5) * 8 + fb * 8 + 0, a5_0);

                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + (6) * 8 + fb * 8 + 0, a6_0);

            }


#endif
        }
    }
#else
    /* portable C99: the same packed weights, one output pixel at a time */
    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 7; ++oh)
    for (int ow = 0; ow < 7; ++ow)
    for (int fb = 0; fb < 1; ++fb) {
        const float *wf = weights + fb * 1152;
        const int nf = fb < 0 ? 8 : 8;
        float acc[8];
        for (int f = 0; f < 8; ++f)
            acc[f] = bias[fb * 8 + f];
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 14) continue;

                for (int kw = 0; kw < 3; ++kw) {
                        const int iw = ow * 2 + kw * 1 - 0;
                        if (iw < 0 || iw >= 14) continue;

                    {
                        const float *x = input + n * 3136 + id * 3136 + ih * 224 + iw * 16;
                        const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 128;
                        for (int c = 0; c < 16; ++c)
                            for (int f = 0; f < 8; ++f)
                                acc[f] += x[c * 1] * w[c * 8 + f];
                    }
                }
            }
        }
        store_autoencoder_layer1(y + n * 392 + od * 392 + oh * 56 + ow * 8 + fb * 8, acc, nf);
    }
#endif
    return 0;
}

/* conv2d_transpose (Conv2DTranspose) 7x7x8 -> 14x14x8, activation relu
 * Transposed convolution by stride phases: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
 *   input  1x7x7x8: strides n=392 c=1 d=392 h=56 w=8
 *   output 1x14x14x8: strides n=1568 c=1 d=1568 h=112 w=8
 *   weights [1][1][3][3][8][8], bias [1][8] at 576
 *   output position o takes input i through tap j when o + crop = i * stride + j * dilation; crop (d, h, w) = (0, 0, 0)
 *   columns: 2 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_autoencoder_layer2(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 1] = cg_relu(t[f]);
}

static int autoencoder_layer2(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 576;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[8];   /* a pixel's values on their way to the scalar store */
    (void)t;
    (void)store_autoencoder_layer2;   /* unused when every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int n = 0; n < 1; ++n)
    for (int fb = 0; fb < 1; ++fb)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 14; ++oh) {
        float *y_row = y + n * 1568 + od * 1568 + oh * 112;
        {
            const float *wf = weights + fb * 576;
            const int nf = fb < 0 ? 8 : 8;   /* filters in this block */
            (void)nf;
            /* columns 0 + 2 * q: interior for q in [1, 7) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 7 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int td = od + 0 - kd * 1;
                    const int id = td / 1;
                    if (td < 0 || td % 1 != 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh + 0 - kh * 1;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0 || ih >= 7) continue;

                        const float *xr = input + n * 392 + id * 392 + ih * 56;
                        const float *wr = wf + (kd * 3 + kh) * 192;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 1, 2, 3, 4, 5, 6 */
                            const float *w = wr + 128;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (0) * 8 + fb * 8 + 0, a0_0);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (2) * 8 + fb * 8 + 0, a1_0);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (4) * 8 + fb * 8 + 0, a2_0);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (6) * 8 + fb * 8 + 0, a3_0);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (8) * 8 + fb * 8 + 0, a4_0);

                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + (10) * 8 + fb * 8 + 0, a5_0);

                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + (12) * 8 + fb * 8 + 0, a6_0);

            }


#else
            {   /* 7 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int td = od + 0 - kd * 1;
                    const int id = td / 1;
                    if (td < 0 || td % 1 != 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh + 0 - kh * 1;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0 || ih >= 7) continue;

                        const float *xr = input + n * 392 + id * 392 + ih * 56;
                        const float *wr = wf + (kd * 3 + kh) * 192;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 1, 2, 3, 4, 5, 6 */
                            const float *w = wr + 128;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (0) * 8 + fb * 8 + 0, a0_0);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (2) * 8 + fb * 8 + 0, a1_0);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (4) * 8 + fb * 8 + 0, a2_0);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (6) * 8 + fb * 8 + 0, a3_0);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (8) * 8 + fb * 8 + 0, a4_0);

                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + (10) * 8 + fb * 8 + 0, a5_0);

                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + (12) * 8 + fb * 8 + 0, a6_0);

            }


#endif
            /* columns 1 + 2 * q: interior for q in [0, 7) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 7; q += 7)
            {   /* 7 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int td = od + 0 - kd * 1;
                    const int id = td / 1;
                    if (td < 0 || td % 1 != 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh + 0 - kh * 1;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0 || ih >= 7) continue;

                        const float *xr = input + n * 392 + id * 392 + ih * 56 + q * 8;
                        const float *wr = wf + (kd * 3 + kh) * 192;
                        {   /* tap kw = 1 */
                            const float *w = wr + 64;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (1 + (q + 0) * 2) * 8 + fb * 8 + 0, a0_0);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (1 + (q + 1) * 2) * 8 + fb * 8 + 0, a1_0);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (1 + (q + 2) * 2) * 8 + fb * 8 + 0, a2_0);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (1 + (q + 3) * 2) * 8 + fb * 8 + 0, a3_0);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (1 + (q + 4) * 2) * 8 + fb * 8 + 0, a4_0);

                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + (1 + (q + 5) * 2) * 8 + fb * 8 + 0, a5_0);

                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + (1 + (q + 6) * 2) * 8 + fb * 8 + 0, a6_0);

            }


#else
            for (int q = 0; q < 7; q += 7)
            {   /* 7 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int td = od + 0 - kd * 1;
                    const int id = td / 1;
                    if (td < 0 || td % 1 != 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh + 0 - kh * 1;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0 || ih >= 7) continue;

                        const float *xr = input + n * 392 + id * 392 + ih * 56 + q * 8;
                        const float *wr = wf + (kd * 3 + kh) * 192;
                        {   /* tap kw = 1 */
                            const float *w = wr + 64;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + (1 + (q + 0) * 2) * 8 + fb * 8 + 0, a0_0);

                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + (1 + (q + 1) * 2) * 8 + fb * 8 + 0, a1_0);

                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + (1 + (q + 2) * 2) * 8 + fb * 8 + 0, a2_0);

                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + (1 + (q + 3) * 2) * 8 + fb * 8 + 0, a3_0);

                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + (1 + (q + 4) * 2) * 8 + fb * 8 + 0, a4_0);

                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + (1 + (q + 5) * 2) * 8 + fb * 8 + 0, a5_0);

                cg_v8_relu(&a6_0);
                CG_STORE(cg_v8, y_row + (1 + (q + 6) * 2) * 8 + fb * 8 + 0, a6_0);

            }


#endif
        }
    }
#else
    /* portable C99: the same packed weights, one output pixel at a time */
    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 14; ++oh)
    for (int ow = 0; ow < 14; ++ow)
    for (int fb = 0; fb < 1; ++fb) {
        const float *wf = weights + fb * 576;
        const int nf = fb < 0 ? 8 : 8;
        float acc[8];
        for (int f = 0; f < 8; ++f)
            acc[f] = bias[fb * 8 + f];
                for (int kd = 0; kd < 1; ++kd) {
                    const int td = od + 0 - kd * 1;
                    const int id = td / 1;
                    if (td < 0 || td % 1 != 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int th = oh + 0 - kh * 1;
                        const int ih = th / 2;
                        if (th < 0 || th % 2 != 0 || ih >= 7) continue;

                for (int kw = 0; kw < 3; ++kw) {
                        const int tw = ow + 0 - kw * 1;
                        const int iw = tw / 2;
                        if (tw < 0 || tw % 2 != 0 || iw >= 7) continue;

                    {
                        const float *x = input + n * 392 + id * 392 + ih * 56 + iw * 8;
                        const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 64;
                        for (int c = 0; c < 8; ++c)
                            for (int f = 0; f < 8; ++f)
                                acc[f] += x[c * 1] * w[c * 8 + f];
                    }
                }
            }
        }
        store_autoencoder_layer2(y + n * 1568 + od * 1568 + oh * 112 + ow * 8 + fb * 8, acc, nf);
    }
#endif
    return 0;
}

/* up_sampling2d (UpSampling2D) 14x14x8 -> 28x28x8, bilinear
 * keras.ops.image.resize without antialiasing: half-pixel centres, kernel weights
 * normalised over the pixels that exist. Separable: each output row is first resampled
 * vertically into the workspace (one row of 14 pixels of 8 float(s)), then
 * horizontally into the output. The taps below depend on the sizes only.
 *   input  1x14x14x8: strides n=1568 c=1 h=112 w=8
 *   output 1x28x28x8: strides n=6272 c=1 h=224 w=8
 * Workspace: 112 floats: one row resampled vertically (14 pixels). */
static int autoencoder_layer3(const float *input, const float *weights, float *output,
                              float *workspace)
{
    /* per output row / column: first input index, tap count, weights */
    static const int row_start[28] = {0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13};
    static const int row_count[28] = {1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1};
    static const float row_weight[28][2] = {
        {1.0f, 0.0f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {1.0f, 0.0f}
    };
    static const int col_start[28] = {0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13};
    static const int col_count[28] = {1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1};
    static const float col_weight[28][2] = {
        {1.0f, 0.0f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {0.75f, 0.25f},
        {0.25f, 0.75f},
        {1.0f, 0.0f}
    };
    float *tmp = workspace;
    (void)weights;

    for (int n = 0; n < 1; ++n)
    for (int c = 0; c < 1; ++c)
    for (int oh = 0; oh < 28; ++oh) {
        const float *x = input + n * 1568 + c * 1 + row_start[oh] * 112;
        float *y = output + n * 6272 + c * 1 + oh * 224;
        for (int i = 0; i < 112; ++i)
            tmp[i] = row_weight[oh][0] * x[i];
        for (int t = 1; t < row_count[oh]; ++t) {
            const float wt = row_weight[oh][t];
            const float *xt = x + t * 112;
            for (int i = 0; i < 112; ++i)
                tmp[i] += wt * xt[i];
        }
        for (int ow = 0; ow < 28; ++ow) {
            const float *src = tmp + col_start[ow] * 8;
            float *dst = y + ow * 8;
            for (int e = 0; e < 8; ++e)
                dst[e] = col_weight[ow][0] * src[e];
            for (int t = 1; t < col_count[ow]; ++t) {
                const float wt = col_weight[ow][t];
                for (int e = 0; e < 8; ++e)
                    dst[e] += wt * src[t * 8 + e];
            }
        }
    }
    return 0;
}

/* conv2d_2 (Conv2D) 28x28x8 -> 28x28x1, activation sigmoid
 * Dense convolution: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
 *   input  1x28x28x8: strides n=6272 c=1 d=6272 h=224 w=8
 *   output 1x28x28x1: strides n=784 c=1 d=784 h=28 w=1
 *   weights [1][1][3][3][8][8], bias [1][8] at 576
 *   padding before (d, h, w) = (0, 1, 1)
 *   columns: 1 group(s) of register tiles (2 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_autoencoder_layer4(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 1] = cg_sigmoid(t[f]);
}

#if CG_VECTOR
/* The activation over one output row of a filter block, in a function of its own: inlined
 * into the tiles' loop nest, its constants would take the accumulators' registers. */
static __attribute__((noinline)) void activate_autoencoder_layer4(float *y_row)
{
#if defined(__AVX512F__)
    for (int ow = 0; ow < 28; ++ow)
        for (int f = 0; f < 8; f += 8) {
            float *o = y_row + ow * 1 + f;
            cg_v8 v = CG_LOAD(cg_v8, o);
            cg_v8_sigmoid(&v);
            CG_STORE(cg_v8, o, v);
        }

#else
    for (int ow = 0; ow < 28; ++ow)
        for (int f = 0; f < 8; f += 8) {
            float *o = y_row + ow * 1 + f;
            cg_v8 v = CG_LOAD(cg_v8, o);
            cg_v8_sigmoid(&v);
            CG_STORE(cg_v8, o, v);
        }

#endif
}
#endif

static int autoencoder_layer4(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 576;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[8];   /* a pixel's values on their way to the scalar store */
    (void)t;
    (void)store_autoencoder_layer4;   /* unused when every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int n = 0; n < 1; ++n)
    for (int fb = 0; fb < 1; ++fb)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 28; ++oh) {
        float *y_row = y + n * 784 + od * 784 + oh * 28;
        {
            const float *wf = weights + fb * 576;
            const int nf = fb < 0 ? 8 : 1;   /* filters in this block */
            (void)nf;
            /* columns 0 + 1 * q: interior for q in [1, 27) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 14 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a9_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a10_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a11_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a12_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a13_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 28) continue;

                        const float *xr = input + n * 6272 + id * 6272 + ih * 224;
                        const float *wr = wf + (kd * 3 + kh) * 192;
                        {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[56 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[88 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 64;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[56 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[88 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[104 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 128;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[8 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[56 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[88 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[96 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[104 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[112 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0) * 1 + fb * 8 + 0, a0_0);
                } else {
CG_STORE(cg_v8, t + 0, a0_0); 
                store_autoencoder_layer4(y_row + (0) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (1) * 1 + fb * 8 + 0, a1_0);
                } else {
CG_STORE(cg_v8, t + 0, a1_0); 
                store_autoencoder_layer4(y_row + (1) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (2) * 1 + fb * 8 + 0, a2_0);
                } else {
CG_STORE(cg_v8, t + 0, a2_0); 
                store_autoencoder_layer4(y_row + (2) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (3) * 1 + fb * 8 + 0, a3_0);
                } else {
CG_STORE(cg_v8, t + 0, a3_0); 
                store_autoencoder_layer4(y_row + (3) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (4) * 1 + fb * 8 + 0, a4_0);
                } else {
CG_STORE(cg_v8, t + 0, a4_0); 
                store_autoencoder_layer4(y_row + (4) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (5) * 1 + fb * 8 + 0, a5_0);
                } else {
CG_STORE(cg_v8, t + 0, a5_0); 
                store_autoencoder_layer4(y_row + (5) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (6) * 1 + fb * 8 + 0, a6_0);
                } else {
CG_STORE(cg_v8, t + 0, a6_0); 
                store_autoencoder_layer4(y_row + (6) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (7) * 1 + fb * 8 + 0, a7_0);
                } else {
CG_STORE(cg_v8, t + 0, a7_0); 
                store_autoencoder_layer4(y_row + (7) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (8) * 1 + fb * 8 + 0, a8_0);
                } else {
CG_STORE(cg_v8, t + 0, a8_0); 
                store_autoencoder_layer4(y_row + (8) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (9) * 1 + fb * 8 + 0, a9_0);
                } else {
CG_STORE(cg_v8, t + 0, a9_0); 
                store_autoencoder_layer4(y_row + (9) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (10) * 1 + fb * 8 + 0, a10_0);
                } else {
CG_STORE(cg_v8, t + 0, a10_0); 
                store_autoencoder_layer4(y_row + (10) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (11) * 1 + fb * 8 + 0, a11_0);
                } else {
CG_STORE(cg_v8, t + 0, a11_0); 
                store_autoencoder_layer4(y_row + (11) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (12) * 1 + fb * 8 + 0, a12_0);
                } else {
CG_STORE(cg_v8, t + 0, a12_0); 
                store_autoencoder_layer4(y_row + (12) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (13) * 1 + fb * 8 + 0, a13_0);
                } else {
CG_STORE(cg_v8, t + 0, a13_0); 
                store_autoencoder_layer4(y_row + (13) * 1 + fb * 8, t, nf);
                }

            }

            {   /* 14 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a9_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a10_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a11_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a12_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a13_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 28) continue;

                        const float *xr = input + n * 6272 + id * 6272 + ih * 224;
                        const float *wr = wf + (kd * 3 + kh) * 192;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[104 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[112 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[136 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[152 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[168 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[176 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[184 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 64;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[112 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[136 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[152 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[168 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[176 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[184 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 */
                            const float *w = wr + 128;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[120 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[128 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[136 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[144 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[152 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[168 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[176 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[184 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (14) * 1 + fb * 8 + 0, a0_0);
                } else {
CG_STORE(cg_v8, t + 0, a0_0); 
                store_autoencoder_layer4(y_row + (14) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (15) * 1 + fb * 8 + 0, a1_0);
                } else {
CG_STORE(cg_v8, t + 0, a1_0); 
                store_autoencoder_layer4(y_row + (15) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (16) * 1 + fb * 8 + 0, a2_0);
                } else {
CG_STORE(cg_v8, t + 0, a2_0); 
                store_autoencoder_layer4(y_row + (16) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (17) * 1 + fb * 8 + 0, a3_0);
                } else {
CG_STORE(cg_v8, t + 0, a3_0); 
                store_autoencoder_layer4(y_row + (17) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (18) * 1 + fb * 8 + 0, a4_0);
                } else {
CG_STORE(cg_v8, t + 0, a4_0); 
                store_autoencoder_layer4(y_row + (18) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (19) * 1 + fb * 8 + 0, a5_0);
                } else {
CG_STORE(cg_v8, t + 0, a5_0); 
                store_autoencoder_layer4(y_row + (19) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (20) * 1 + fb * 8 + 0, a6_0);
                } else {
CG_STORE(cg_v8, t + 0, a6_0); 
                store_autoencoder_layer4(y_row + (20) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (21) * 1 + fb * 8 + 0, a7_0);
                } else {
CG_STORE(cg_v8, t + 0, a7_0); 
                store_autoencoder_layer4(y_row + (21) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (22) * 1 + fb * 8 + 0, a8_0);
                } else {
CG_STORE(cg_v8, t + 0, a8_0); 
                store_autoencoder_layer4(y_row + (22) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (23) * 1 + fb * 8 + 0, a9_0);
                } else {
CG_STORE(cg_v8, t + 0, a9_0); 
                store_autoencoder_layer4(y_row + (23) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (24) * 1 + fb * 8 + 0, a10_0);
                } else {
CG_STORE(cg_v8, t + 0, a10_0); 
                store_autoencoder_layer4(y_row + (24) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (25) * 1 + fb * 8 + 0, a11_0);
                } else {
CG_STORE(cg_v8, t + 0, a11_0); 
                store_autoencoder_layer4(y_row + (25) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (26) * 1 + fb * 8 + 0, a12_0);
                } else {
CG_STORE(cg_v8, t + 0, a12_0); 
                store_autoencoder_layer4(y_row + (26) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (27) * 1 + fb * 8 + 0, a13_0);
                } else {
CG_STORE(cg_v8, t + 0, a13_0); 
                store_autoencoder_layer4(y_row + (27) * 1 + fb * 8, t, nf);
                }

            }


#else
            {   /* 10 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a9_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 28) continue;

                        const float *xr = input + n * 6272 + id * 6272 + ih * 224;
                        const float *wr = wf + (kd * 3 + kh) * 192;
                        {   /* tap kw = 0, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[56 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 64;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[56 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 128;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[8 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[56 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0) * 1 + fb * 8 + 0, a0_0);
                } else {
CG_STORE(cg_v8, t + 0, a0_0); 
                store_autoencoder_layer4(y_row + (0) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (1) * 1 + fb * 8 + 0, a1_0);
                } else {
CG_STORE(cg_v8, t + 0, a1_0); 
                store_autoencoder_layer4(y_row + (1) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (2) * 1 + fb * 8 + 0, a2_0);
                } else {
CG_STORE(cg_v8, t + 0, a2_0); 
                store_autoencoder_layer4(y_row + (2) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (3) * 1 + fb * 8 + 0, a3_0);
                } else {
CG_STORE(cg_v8, t + 0, a3_0); 
                store_autoencoder_layer4(y_row + (3) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (4) * 1 + fb * 8 + 0, a4_0);
                } else {
CG_STORE(cg_v8, t + 0, a4_0); 
                store_autoencoder_layer4(y_row + (4) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (5) * 1 + fb * 8 + 0, a5_0);
                } else {
CG_STORE(cg_v8, t + 0, a5_0); 
                store_autoencoder_layer4(y_row + (5) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (6) * 1 + fb * 8 + 0, a6_0);
                } else {
CG_STORE(cg_v8, t + 0, a6_0); 
                store_autoencoder_layer4(y_row + (6) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (7) * 1 + fb * 8 + 0, a7_0);
                } else {
CG_STORE(cg_v8, t + 0, a7_0); 
                store_autoencoder_layer4(y_row + (7) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (8) * 1 + fb * 8 + 0, a8_0);
                } else {
CG_STORE(cg_v8, t + 0, a8_0); 
                store_autoencoder_layer4(y_row + (8) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (9) * 1 + fb * 8 + 0, a9_0);
                } else {
CG_STORE(cg_v8, t + 0, a9_0); 
                store_autoencoder_layer4(y_row + (9) * 1 + fb * 8, t, nf);
                }

            }

            for (int q = 10; q < 19; q += 9)
            {   /* 9 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 28) continue;

                        const float *xr = input + n * 6272 + id * 6272 + ih * 224 + q * 8;
                        const float *wr = wf + (kd * 3 + kh) * 192;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[-8 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[56 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 64;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[56 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 128;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[8 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[48 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[56 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[64 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[72 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 1 + fb * 8 + 0, a0_0);
                } else {
CG_STORE(cg_v8, t + 0, a0_0); 
                store_autoencoder_layer4(y_row + (0 + (q + 0) * 1) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 1 + fb * 8 + 0, a1_0);
                } else {
CG_STORE(cg_v8, t + 0, a1_0); 
                store_autoencoder_layer4(y_row + (0 + (q + 1) * 1) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 1 + fb * 8 + 0, a2_0);
                } else {
CG_STORE(cg_v8, t + 0, a2_0); 
                store_autoencoder_layer4(y_row + (0 + (q + 2) * 1) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 3) * 1) * 1 + fb * 8 + 0, a3_0);
                } else {
CG_STORE(cg_v8, t + 0, a3_0); 
                store_autoencoder_layer4(y_row + (0 + (q + 3) * 1) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 4) * 1) * 1 + fb * 8 + 0, a4_0);
                } else {
CG_STORE(cg_v8, t + 0, a4_0); 
                store_autoencoder_layer4(y_row + (0 + (q + 4) * 1) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 5) * 1) * 1 + fb * 8 + 0, a5_0);
                } else {
CG_STORE(cg_v8, t + 0, a5_0); 
                store_autoencoder_layer4(y_row + (0 + (q + 5) * 1) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 6) * 1) * 1 + fb * 8 + 0, a6_0);
                } else {
CG_STORE(cg_v8, t + 0, a6_0); 
                store_autoencoder_layer4(y_row + (0 + (q + 6) * 1) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 7) * 1) * 1 + fb * 8 + 0, a7_0);
                } else {
CG_STORE(cg_v8, t + 0, a7_0); 
                store_autoencoder_layer4(y_row + (0 + (q + 7) * 1) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0 + (q + 8) * 1) * 1 + fb * 8 + 0, a8_0);
                } else {
CG_STORE(cg_v8, t + 0, a8_0); 
                store_autoencoder_layer4(y_row + (0 + (q + 8) * 1) * 1 + fb * 8, t, nf);
                }

            }

            {   /* 9 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a8_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 28) continue;

                        const float *xr = input + n * 6272 + id * 6272 + ih * 224;
                        const float *wr = wf + (kd * 3 + kh) * 192;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[144 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[152 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[168 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[176 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[184 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 64;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[152 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[168 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[176 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[184 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 0, 1, 2, 3, 4, 5, 6, 7 */
                            const float *w = wr + 128;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[160 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[168 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[176 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[184 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[192 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[208 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[216 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (19) * 1 + fb * 8 + 0, a0_0);
                } else {
CG_STORE(cg_v8, t + 0, a0_0); 
                store_autoencoder_layer4(y_row + (19) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (20) * 1 + fb * 8 + 0, a1_0);
                } else {
CG_STORE(cg_v8, t + 0, a1_0); 
                store_autoencoder_layer4(y_row + (20) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (21) * 1 + fb * 8 + 0, a2_0);
                } else {
CG_STORE(cg_v8, t + 0, a2_0); 
                store_autoencoder_layer4(y_row + (21) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (22) * 1 + fb * 8 + 0, a3_0);
                } else {
CG_STORE(cg_v8, t + 0, a3_0); 
                store_autoencoder_layer4(y_row + (22) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (23) * 1 + fb * 8 + 0, a4_0);
                } else {
CG_STORE(cg_v8, t + 0, a4_0); 
                store_autoencoder_layer4(y_row + (23) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (24) * 1 + fb * 8 + 0, a5_0);
                } else {
CG_STORE(cg_v8, t + 0, a5_0); 
                store_autoencoder_layer4(y_row + (24) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (25) * 1 + fb * 8 + 0, a6_0);
                } else {
CG_STORE(cg_v8, t + 0, a6_0); 
                store_autoencoder_layer4(y_row + (25) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (26) * 1 + fb * 8 + 0, a7_0);
                } else {
CG_STORE(cg_v8, t + 0, a7_0); 
                store_autoencoder_layer4(y_row + (26) * 1 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (27) * 1 + fb * 8 + 0, a8_0);
                } else {
CG_STORE(cg_v8, t + 0, a8_0); 
                store_autoencoder_layer4(y_row + (27) * 1 + fb * 8, t, nf);
                }

            }


#endif
            if (nf == 8)
            activate_autoencoder_layer4(y_row + fb * 8);   /* the finished row of a full block */
        }
    }
#else
    /* portable C99: the same packed weights, one output pixel at a time */
    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 28; ++oh)
    for (int ow = 0; ow < 28; ++ow)
    for (int fb = 0; fb < 1; ++fb) {
        const float *wf = weights + fb * 576;
        const int nf = fb < 0 ? 8 : 1;
        float acc[8];
        for (int f = 0; f < 8; ++f)
            acc[f] = bias[fb * 8 + f];
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 28) continue;

                for (int kw = 0; kw < 3; ++kw) {
                        const int iw = ow * 1 + kw * 1 - 1;
                        if (iw < 0 || iw >= 28) continue;

                    {
                        const float *x = input + n * 6272 + id * 6272 + ih * 224 + iw * 8;
                        const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 64;
                        for (int c = 0; c < 8; ++c)
                            for (int f = 0; f < 8; ++f)
                                acc[f] += x[c * 1] * w[c * 8 + f];
                    }
                }
            }
        }
        store_autoencoder_layer4(y + n * 784 + od * 784 + oh * 28 + ow * 1 + fb * 8, acc, nf);
    }
#endif
    return 0;
}

/* conv2d (Conv2D) 28x28x1 -> 14x14x16, activation relu; conv2d_1 (Conv2D) 14x14x16 -> 7x7x8, activation relu; conv2d_transpose (Conv2DTranspose) 7x7x8 -> 14x14x8, activation relu; up_sampling2d (UpSampling2D) 14x14x8 -> 28x28x8, bilinear; conv2d_2 (Conv2D) 28x28x8 -> 28x28x1, activation sigmoid
 * Workspace: 7952 floats: conv2d at 0 (3136 floats, steps 0-1), conv2d_1 at 3136 (392 floats, steps 1-2), conv2d_transpose at 6272 (1568 floats, steps 2-3), up_sampling2d at 0 (6272 floats, steps 3-4), autoencoder_layer3 scratch at 7840 (112 floats, steps 3-3). */
int autoencoder(const float *input, const float *weights, float *output, float *workspace)
{
    autoencoder_layer0(input, weights, workspace, workspace);
    autoencoder_layer1(workspace, weights + 160, workspace + 3136, workspace);
    autoencoder_layer2(workspace + 3136, weights + 1320, workspace + 6272, workspace);
    autoencoder_layer3(workspace + 6272, weights + 1904, workspace, workspace + 7840);
    autoencoder_layer4(workspace, weights + 1904, output, workspace);
    return 0;
}
