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

/* conv1d_transpose (Conv1DTranspose) 10x4 -> 16x6, activation sigmoid
 * Transposed convolution by stride phases: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
 *   input  1x10x4: strides n=40 c=1 d=40 h=40 w=4
 *   output 1x16x6: strides n=96 c=1 d=96 h=96 w=6
 *   weights [1][1][1][3][4][8], bias [1][8] at 96
 *   output position o takes input i through tap j when o + crop = i * stride + j * dilation; crop (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_transpose1d_dilated_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 1] = cg_sigmoid(t[f]);
}

#if CG_VECTOR
/* The activation over one output row of a filter block, in a function of its own: inlined
 * into the tiles' loop nest, its constants would take the accumulators' registers. */
static __attribute__((noinline)) void activate_transpose1d_dilated_layer0(float *y_row)
{
#if defined(__AVX512F__)
    for (int ow = 0; ow < 16; ++ow)
        for (int f = 0; f < 8; f += 8) {
            float *o = y_row + ow * 6 + f;
            cg_v8 v = CG_LOAD(cg_v8, o);
            cg_v8_sigmoid(&v);
            CG_STORE(cg_v8, o, v);
        }

#else
    for (int ow = 0; ow < 16; ++ow)
        for (int f = 0; f < 8; f += 8) {
            float *o = y_row + ow * 6 + f;
            cg_v8 v = CG_LOAD(cg_v8, o);
            cg_v8_sigmoid(&v);
            CG_STORE(cg_v8, o, v);
        }

#endif
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
    (void)t;
    (void)store_transpose1d_dilated_layer0;   /* unused when every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int n = 0; n < 1; ++n)
    for (int fb = 0; fb < 1; ++fb)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh) {
        float *y_row = y + n * 96 + od * 96 + oh * 96;
        {
            const float *wf = weights + fb * 96;
            const int nf = fb < 0 ? 8 : 6;   /* filters in this block */
            (void)nf;
            /* columns 0 + 1 * q: interior for q in [6, 10) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 16 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
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
                cg_v8 a14_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a15_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int td = od + 0 - kd * 1;
                    const int id = td / 1;
                    if (td < 0 || td % 1 != 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int th = oh + 0 - kh * 1;
                        const int ih = th / 1;
                        if (th < 0 || th % 1 != 0 || ih >= 1) continue;

                        const float *xr = input + n * 40 + id * 40 + ih * 40;
                        const float *wr = wf + (kd * 1 + kh) * 96;
                        {   /* tap kw = 0, pixels 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 4; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[4 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[12 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[20 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[28 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[36 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[4 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[12 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[20 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[28 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[36 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[4 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[12 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[20 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[28 + c * 1];
                                    a13_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a14_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[36 + c * 1];
                                    a15_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0) * 6 + fb * 8 + 0, a0_0);
                } else {
CG_STORE(cg_v8, t + 0, a0_0); 
                store_transpose1d_dilated_layer0(y_row + (0) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (1) * 6 + fb * 8 + 0, a1_0);
                } else {
CG_STORE(cg_v8, t + 0, a1_0); 
                store_transpose1d_dilated_layer0(y_row + (1) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (2) * 6 + fb * 8 + 0, a2_0);
                } else {
CG_STORE(cg_v8, t + 0, a2_0); 
                store_transpose1d_dilated_layer0(y_row + (2) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (3) * 6 + fb * 8 + 0, a3_0);
                } else {
CG_STORE(cg_v8, t + 0, a3_0); 
                store_transpose1d_dilated_layer0(y_row + (3) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (4) * 6 + fb * 8 + 0, a4_0);
                } else {
CG_STORE(cg_v8, t + 0, a4_0); 
                store_transpose1d_dilated_layer0(y_row + (4) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (5) * 6 + fb * 8 + 0, a5_0);
                } else {
CG_STORE(cg_v8, t + 0, a5_0); 
                store_transpose1d_dilated_layer0(y_row + (5) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (6) * 6 + fb * 8 + 0, a6_0);
                } else {
CG_STORE(cg_v8, t + 0, a6_0); 
                store_transpose1d_dilated_layer0(y_row + (6) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (7) * 6 + fb * 8 + 0, a7_0);
                } else {
CG_STORE(cg_v8, t + 0, a7_0); 
                store_transpose1d_dilated_layer0(y_row + (7) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (8) * 6 + fb * 8 + 0, a8_0);
                } else {
CG_STORE(cg_v8, t + 0, a8_0); 
                store_transpose1d_dilated_layer0(y_row + (8) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (9) * 6 + fb * 8 + 0, a9_0);
                } else {
CG_STORE(cg_v8, t + 0, a9_0); 
                store_transpose1d_dilated_layer0(y_row + (9) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (10) * 6 + fb * 8 + 0, a10_0);
                } else {
CG_STORE(cg_v8, t + 0, a10_0); 
                store_transpose1d_dilated_layer0(y_row + (10) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (11) * 6 + fb * 8 + 0, a11_0);
                } else {
CG_STORE(cg_v8, t + 0, a11_0); 
                store_transpose1d_dilated_layer0(y_row + (11) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (12) * 6 + fb * 8 + 0, a12_0);
                } else {
CG_STORE(cg_v8, t + 0, a12_0); 
                store_transpose1d_dilated_layer0(y_row + (12) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (13) * 6 + fb * 8 + 0, a13_0);
                } else {
CG_STORE(cg_v8, t + 0, a13_0); 
                store_transpose1d_dilated_layer0(y_row + (13) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (14) * 6 + fb * 8 + 0, a14_0);
                } else {
CG_STORE(cg_v8, t + 0, a14_0); 
                store_transpose1d_dilated_layer0(y_row + (14) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (15) * 6 + fb * 8 + 0, a15_0);
                } else {
CG_STORE(cg_v8, t + 0, a15_0); 
                store_transpose1d_dilated_layer0(y_row + (15) * 6 + fb * 8, t, nf);
                }

            }


#else
            {   /* 8 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int td = od + 0 - kd * 1;
                    const int id = td / 1;
                    if (td < 0 || td % 1 != 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int th = oh + 0 - kh * 1;
                        const int ih = th / 1;
                        if (th < 0 || th % 1 != 0 || ih >= 1) continue;

                        const float *xr = input + n * 40 + id * 40 + ih * 40;
                        const float *wr = wf + (kd * 1 + kh) * 96;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 4; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[4 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[12 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[20 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[28 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[4 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[8 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[12 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[4 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (0) * 6 + fb * 8 + 0, a0_0);
                } else {
CG_STORE(cg_v8, t + 0, a0_0); 
                store_transpose1d_dilated_layer0(y_row + (0) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (1) * 6 + fb * 8 + 0, a1_0);
                } else {
CG_STORE(cg_v8, t + 0, a1_0); 
                store_transpose1d_dilated_layer0(y_row + (1) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (2) * 6 + fb * 8 + 0, a2_0);
                } else {
CG_STORE(cg_v8, t + 0, a2_0); 
                store_transpose1d_dilated_layer0(y_row + (2) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (3) * 6 + fb * 8 + 0, a3_0);
                } else {
CG_STORE(cg_v8, t + 0, a3_0); 
                store_transpose1d_dilated_layer0(y_row + (3) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (4) * 6 + fb * 8 + 0, a4_0);
                } else {
CG_STORE(cg_v8, t + 0, a4_0); 
                store_transpose1d_dilated_layer0(y_row + (4) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (5) * 6 + fb * 8 + 0, a5_0);
                } else {
CG_STORE(cg_v8, t + 0, a5_0); 
                store_transpose1d_dilated_layer0(y_row + (5) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (6) * 6 + fb * 8 + 0, a6_0);
                } else {
CG_STORE(cg_v8, t + 0, a6_0); 
                store_transpose1d_dilated_layer0(y_row + (6) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (7) * 6 + fb * 8 + 0, a7_0);
                } else {
CG_STORE(cg_v8, t + 0, a7_0); 
                store_transpose1d_dilated_layer0(y_row + (7) * 6 + fb * 8, t, nf);
                }

            }

            {   /* 8 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a6_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                cg_v8 a7_0 = CG_LOAD(cg_v8, bias + fb * 8 + 0);
                for (int kd = 0; kd < 1; ++kd) {
                    const int td = od + 0 - kd * 1;
                    const int id = td / 1;
                    if (td < 0 || td % 1 != 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int th = oh + 0 - kh * 1;
                        const int ih = th / 1;
                        if (th < 0 || th % 1 != 0 || ih >= 1) continue;

                        const float *xr = input + n * 40 + id * 40 + ih * 40;
                        const float *wr = wf + (kd * 1 + kh) * 96;
                        {   /* tap kw = 0, pixels 0, 1 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 4; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[32 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[36 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[20 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[28 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[36 + c * 1];
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
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                {
                                    const float xv = xr[8 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[12 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[16 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[20 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[24 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[28 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[32 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[36 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (8) * 6 + fb * 8 + 0, a0_0);
                } else {
CG_STORE(cg_v8, t + 0, a0_0); 
                store_transpose1d_dilated_layer0(y_row + (8) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (9) * 6 + fb * 8 + 0, a1_0);
                } else {
CG_STORE(cg_v8, t + 0, a1_0); 
                store_transpose1d_dilated_layer0(y_row + (9) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (10) * 6 + fb * 8 + 0, a2_0);
                } else {
CG_STORE(cg_v8, t + 0, a2_0); 
                store_transpose1d_dilated_layer0(y_row + (10) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (11) * 6 + fb * 8 + 0, a3_0);
                } else {
CG_STORE(cg_v8, t + 0, a3_0); 
                store_transpose1d_dilated_layer0(y_row + (11) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (12) * 6 + fb * 8 + 0, a4_0);
                } else {
CG_STORE(cg_v8, t + 0, a4_0); 
                store_transpose1d_dilated_layer0(y_row + (12) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (13) * 6 + fb * 8 + 0, a5_0);
                } else {
CG_STORE(cg_v8, t + 0, a5_0); 
                store_transpose1d_dilated_layer0(y_row + (13) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (14) * 6 + fb * 8 + 0, a6_0);
                } else {
CG_STORE(cg_v8, t + 0, a6_0); 
                store_transpose1d_dilated_layer0(y_row + (14) * 6 + fb * 8, t, nf);
                }

                if (nf == 8) {
                CG_STORE(cg_v8, y_row + (15) * 6 + fb * 8 + 0, a7_0);
                } else {
CG_STORE(cg_v8, t + 0, a7_0); 
                store_transpose1d_dilated_layer0(y_row + (15) * 6 + fb * 8, t, nf);
                }

            }


#endif
            if (nf == 8)
            activate_transpose1d_dilated_layer0(y_row + fb * 8);   /* the finished row of a full block */
        }
    }
#else
    /* portable C99: the same packed weights, one output pixel at a time */
    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh)
    for (int ow = 0; ow < 16; ++ow)
    for (int fb = 0; fb < 1; ++fb) {
        const float *wf = weights + fb * 96;
        const int nf = fb < 0 ? 8 : 6;
        float acc[8];
        for (int f = 0; f < 8; ++f)
            acc[f] = bias[fb * 8 + f];
                for (int kd = 0; kd < 1; ++kd) {
                    const int td = od + 0 - kd * 1;
                    const int id = td / 1;
                    if (td < 0 || td % 1 != 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int th = oh + 0 - kh * 1;
                        const int ih = th / 1;
                        if (th < 0 || th % 1 != 0 || ih >= 1) continue;

                for (int kw = 0; kw < 3; ++kw) {
                        const int tw = ow + 0 - kw * 3;
                        const int iw = tw / 1;
                        if (tw < 0 || tw % 1 != 0 || iw >= 10) continue;

                    {
                        const float *x = input + n * 40 + id * 40 + ih * 40 + iw * 4;
                        const float *w = wf + ((kd * 1 + kh) * 3 + kw) * 32;
                        for (int c = 0; c < 4; ++c)
                            for (int f = 0; f < 8; ++f)
                                acc[f] += x[c * 1] * w[c * 8 + f];
                    }
                }
            }
        }
        store_transpose1d_dilated_layer0(y + n * 96 + od * 96 + oh * 96 + ow * 6 + fb * 8, acc, nf);
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
