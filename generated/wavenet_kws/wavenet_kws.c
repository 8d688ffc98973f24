/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: wavenet_kws.yaml
 *   Template: model.c.j2, dense.c.j2
 */
#include "wavenet_kws.h"

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

static inline __attribute__((unused)) void cg_v8_tanh(cg_v8 *x)
{
    cg_v8 e;
#if defined(__AVX__) && (defined(__x86_64__) || defined(__i386__))
    e = __builtin_ia32_minps256(((cg_v8){0.0f} + 20.0f), __builtin_ia32_maxps256(((cg_v8){0.0f} + -20.0f), *x));
#else
    e = (cg_v8)(((cg_i8)(((cg_v8){0.0f} + -20.0f)) & ((*x < -20.0f))) | ((cg_i8)(*x) & ~((*x < -20.0f))));
    e = (cg_v8)(((cg_i8)(((cg_v8){0.0f} + 20.0f)) & ((e > 20.0f))) | ((cg_i8)(e) & ~((e > 20.0f))));
#endif
    e = 2.0f * e;
    cg_v8_exp_bounded(&e);
    *x = (e - 1.0f) / (e + 1.0f);
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

static inline __attribute__((unused)) void cg_v16_tanh(cg_v16 *x)
{
    cg_v16 e;
    e = (cg_v16)(((cg_i16)(((cg_v16){0.0f} + -20.0f)) & ((*x < -20.0f))) | ((cg_i16)(*x) & ~((*x < -20.0f))));
    e = (cg_v16)(((cg_i16)(((cg_v16){0.0f} + 20.0f)) & ((e > 20.0f))) | ((cg_i16)(e) & ~((e > 20.0f))));
    e = 2.0f * e;
    cg_v16_exp_bounded(&e);
    *x = (e - 1.0f) / (e + 1.0f);
}

#else
#define CG_VECTOR 0
#endif

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_linear(float x) { return x; }

/* NaN stays NaN, as in Keras */
static inline float cg_relu(float x) { return x < 0.0f ? 0.0f : x; }

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

/* (e^2x - 1) / (e^2x + 1) as ((2^k - 1) a + (2^k + 1) b) / ((2^k + 1) a + (2^k - 1) b) with
 * cg_exp_pade(x, 2): the numerator is 2b, not a difference of rounded values, where k = 0, so
 * the error stays relative near 0 (below 4e-7), absolute below 3e-7 elsewhere; +-1 beyond 9,
 * where float's tanh is within 3e-8 of it */
static inline float cg_tanh(float x)
{
    if (fabsf(x) <= 9.0f) {
        float a, b;
        const float two_k = cg_exp_pade(x, 2.0f, 0, &a, &b);
        const float lo = two_k - 1.0f, hi = two_k + 1.0f;
        return (lo * a + hi * b) / (hi * a + lo * b);
    }
    return x != x ? x : (x > 0.0f ? 1.0f : -1.0f);
}

/* e^x for x <= 0 (or NaN), as softmax takes it after subtracting the row's maximum:
 * 2^k (a + b) / (a - b) from cg_exp_pade (relative error below 3e-7); 0 below -87, where e^x
 * is no longer a normal float (an error below 1.7e-38) */
static inline float cg_exp_nonpositive(float x)
{
    if (x >= -87.0f) {
        float a, b;
        const float two_k = cg_exp_pade(x, 1.0f, 1, &a, &b);
        return two_k * (a + b) / (a - b);
    }
    return x != x ? x : 0.0f;
}

static inline void cg_softmax_rows(float *y, int rows, int len)
{
    for (int r = 0; r < rows; ++r, y += len) {
        float top = y[0], sum = 0.0f;
        for (int i = 1; i < len; ++i) top = y[i] > top ? y[i] : top;
        for (int i = 0; i < len; ++i) { y[i] = cg_exp_nonpositive(y[i] - top); sum += y[i]; }
        for (int i = 0; i < len; ++i) y[i] /= sum;
    }
}

/* conv1d (Conv1D) 98x40 -> 98x32, activation tanh
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x98x40: strides n=3920 c=1 d=3920 h=3920 w=40
 *   output 1x98x32: strides n=3136 c=1 d=3136 h=3136 w=32
 *   weights [1][1][1][3][40][32], bias [1][32] at 3840
 *   padding before (d, h, w) = (0, 0, 2)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_wavenet_kws_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_tanh(t[f]);
}

#if CG_VECTOR
/* The activation over one output row of a filter block, in a function of its own: inlined
 * into the tiles' loop nest, its constants would take the accumulators' registers. */
static __attribute__((noinline)) void activate_wavenet_kws_layer0(float *y_row)
{
#if defined(__AVX512F__)
    for (int ow = 0; ow < 98; ++ow)
        for (int f = 0; f < 32; f += 16) {
            float *o = y_row + ow * 32 + f;
            cg_v16 v = CG_LOAD(cg_v16, o);
            cg_v16_tanh(&v);
            CG_STORE(cg_v16, o, v);
        }

#else
    for (int ow = 0; ow < 98; ++ow)
        for (int f = 0; f < 32; f += 8) {
            float *o = y_row + ow * 32 + f;
            cg_v8 v = CG_LOAD(cg_v8, o);
            cg_v8_tanh(&v);
            CG_STORE(cg_v8, o, v);
        }

#endif
}
#endif

#if !CG_VECTOR
/* The activation over one finished output row (98 x 32 values), for the
 * portable branch: in a loop of its own GCC keeps its constants in registers, where applied
 * to each tile's values it would reload them from memory for every tile. */
static void act_wavenet_kws_layer0(float *y_row)
{
    for (int i = 0; i < 3136; ++i) {   /* the row is contiguous */
        const float v = y_row[i];
        y_row[i] = cg_tanh(v);
    }
}
#endif

static int wavenet_kws_layer0(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 3840;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_wavenet_kws_layer0;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    {
        float *y_row = y;
        {
            const float *wf = weights;
            /* columns q: interior for q in [2, 98) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 10 output pixel(s) x 32 filters in 2 cg_v16: an edge tile, each tap only where its column exists */
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
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 2, 3, 4, 5, 6, 7, 8, 9 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1, pixels 1, 2, 3, 4, 5, 6, 7, 8, 9 */
                    const float *w = wr + 1280;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 2560;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 360];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v16, y_row, a0_0);
                CG_STORE(cg_v16, y_row + 16, a0_1);
                CG_STORE(cg_v16, y_row + 32, a1_0);
                CG_STORE(cg_v16, y_row + 48, a1_1);
                CG_STORE(cg_v16, y_row + 64, a2_0);
                CG_STORE(cg_v16, y_row + 80, a2_1);
                CG_STORE(cg_v16, y_row + 96, a3_0);
                CG_STORE(cg_v16, y_row + 112, a3_1);
                CG_STORE(cg_v16, y_row + 128, a4_0);
                CG_STORE(cg_v16, y_row + 144, a4_1);
                CG_STORE(cg_v16, y_row + 160, a5_0);
                CG_STORE(cg_v16, y_row + 176, a5_1);
                CG_STORE(cg_v16, y_row + 192, a6_0);
                CG_STORE(cg_v16, y_row + 208, a6_1);
                CG_STORE(cg_v16, y_row + 224, a7_0);
                CG_STORE(cg_v16, y_row + 240, a7_1);
                CG_STORE(cg_v16, y_row + 256, a8_0);
                CG_STORE(cg_v16, y_row + 272, a8_1);
                CG_STORE(cg_v16, y_row + 288, a9_0);
                CG_STORE(cg_v16, y_row + 304, a9_1);
            }

            for (int q = 10; q < 80; q += 10)
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
                const float *xr = input + q * 40;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c - 80];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 40];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 1280;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c - 40];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 2560;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 360];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v16, y_row + q * 32, a0_0);
                CG_STORE(cg_v16, y_row + q * 32 + 16, a0_1);
                CG_STORE(cg_v16, y_row + q * 32 + 32, a1_0);
                CG_STORE(cg_v16, y_row + q * 32 + 48, a1_1);
                CG_STORE(cg_v16, y_row + q * 32 + 64, a2_0);
                CG_STORE(cg_v16, y_row + q * 32 + 80, a2_1);
                CG_STORE(cg_v16, y_row + q * 32 + 96, a3_0);
                CG_STORE(cg_v16, y_row + q * 32 + 112, a3_1);
                CG_STORE(cg_v16, y_row + q * 32 + 128, a4_0);
                CG_STORE(cg_v16, y_row + q * 32 + 144, a4_1);
                CG_STORE(cg_v16, y_row + q * 32 + 160, a5_0);
                CG_STORE(cg_v16, y_row + q * 32 + 176, a5_1);
                CG_STORE(cg_v16, y_row + q * 32 + 192, a6_0);
                CG_STORE(cg_v16, y_row + q * 32 + 208, a6_1);
                CG_STORE(cg_v16, y_row + q * 32 + 224, a7_0);
                CG_STORE(cg_v16, y_row + q * 32 + 240, a7_1);
                CG_STORE(cg_v16, y_row + q * 32 + 256, a8_0);
                CG_STORE(cg_v16, y_row + q * 32 + 272, a8_1);
                CG_STORE(cg_v16, y_row + q * 32 + 288, a9_0);
                CG_STORE(cg_v16, y_row + q * 32 + 304, a9_1);
            }

            for (int q = 80; q < 98; q += 9)
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
                const float *xr = input + q * 40;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c - 80];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 40];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 1280;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c - 40];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 2560;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v16, y_row + q * 32, a0_0);
                CG_STORE(cg_v16, y_row + q * 32 + 16, a0_1);
                CG_STORE(cg_v16, y_row + q * 32 + 32, a1_0);
                CG_STORE(cg_v16, y_row + q * 32 + 48, a1_1);
                CG_STORE(cg_v16, y_row + q * 32 + 64, a2_0);
                CG_STORE(cg_v16, y_row + q * 32 + 80, a2_1);
                CG_STORE(cg_v16, y_row + q * 32 + 96, a3_0);
                CG_STORE(cg_v16, y_row + q * 32 + 112, a3_1);
                CG_STORE(cg_v16, y_row + q * 32 + 128, a4_0);
                CG_STORE(cg_v16, y_row + q * 32 + 144, a4_1);
                CG_STORE(cg_v16, y_row + q * 32 + 160, a5_0);
                CG_STORE(cg_v16, y_row + q * 32 + 176, a5_1);
                CG_STORE(cg_v16, y_row + q * 32 + 192, a6_0);
                CG_STORE(cg_v16, y_row + q * 32 + 208, a6_1);
                CG_STORE(cg_v16, y_row + q * 32 + 224, a7_0);
                CG_STORE(cg_v16, y_row + q * 32 + 240, a7_1);
                CG_STORE(cg_v16, y_row + q * 32 + 256, a8_0);
                CG_STORE(cg_v16, y_row + q * 32 + 272, a8_1);
            }


#else
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fh), a5_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 2, 3, 4, 5 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1, pixels 1, 2, 3, 4, 5 */
                    const float *w = wr + fh + 1280;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
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
                {   /* tap kw = 2 */
                    const float *w = wr + fh + 2560;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + fh, a0_0);
                CG_STORE(cg_v8, y_row + fh + 8, a0_1);
                CG_STORE(cg_v8, y_row + fh + 32, a1_0);
                CG_STORE(cg_v8, y_row + fh + 40, a1_1);
                CG_STORE(cg_v8, y_row + fh + 64, a2_0);
                CG_STORE(cg_v8, y_row + fh + 72, a2_1);
                CG_STORE(cg_v8, y_row + fh + 96, a3_0);
                CG_STORE(cg_v8, y_row + fh + 104, a3_1);
                CG_STORE(cg_v8, y_row + fh + 128, a4_0);
                CG_STORE(cg_v8, y_row + fh + 136, a4_1);
                CG_STORE(cg_v8, y_row + fh + 160, a5_0);
                CG_STORE(cg_v8, y_row + fh + 168, a5_1);
            }

            for (int q = 6; q < 78; q += 6)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fh), a5_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input + q * 40;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 80];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 40];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + fh + 1280;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 40];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
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
                {   /* tap kw = 2 */
                    const float *w = wr + fh + 2560;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + q * 32 + fh, a0_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 8, a0_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 32, a1_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 40, a1_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 64, a2_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 72, a2_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 96, a3_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 104, a3_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 128, a4_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 136, a4_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 160, a5_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 168, a5_1);
            }

            for (int q = 78; q < 98; q += 5)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input + q * 40;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 80];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 40];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + fh + 1280;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 40];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + fh + 2560;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + q * 32 + fh, a0_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 8, a0_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 32, a1_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 40, a1_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 64, a2_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 72, a2_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 96, a3_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 104, a3_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 128, a4_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 136, a4_1);
            }


#endif
            activate_wavenet_kws_layer0(y_row);   /* the finished row of a full block */
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_wavenet_kws_layer0;   /* unused: the tiles store their values themselves, the row pass applies the activation */
    {
        float *y_row = y;
        {   /* block 0: 32 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [2, 98) */
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0, pixels 2, 3, 4, 5 */
                        const float *w = wr;
                        for (int c = 0; c < 40; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 120];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1, pixels 1, 2, 3, 4, 5 */
                        const float *w = wr + 1280;
                        for (int c = 0; c < 40; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 120];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 2560;
                        for (int c = 0; c < 40; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 40];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 80];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 120];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 200];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[f0] = a0_0;
                    y_row[f0 + 1] = a0_1;
                    y_row[f0 + 2] = a0_2;
                    y_row[f0 + 3] = a0_3;
                    y_row[f0 + 32] = a1_0;
                    y_row[f0 + 33] = a1_1;
                    y_row[f0 + 34] = a1_2;
                    y_row[f0 + 35] = a1_3;
                    y_row[f0 + 64] = a2_0;
                    y_row[f0 + 65] = a2_1;
                    y_row[f0 + 66] = a2_2;
                    y_row[f0 + 67] = a2_3;
                    y_row[f0 + 96] = a3_0;
                    y_row[f0 + 97] = a3_1;
                    y_row[f0 + 98] = a3_2;
                    y_row[f0 + 99] = a3_3;
                    y_row[f0 + 128] = a4_0;
                    y_row[f0 + 129] = a4_1;
                    y_row[f0 + 130] = a4_2;
                    y_row[f0 + 131] = a4_3;
                    y_row[f0 + 160] = a5_0;
                    y_row[f0 + 161] = a5_1;
                    y_row[f0 + 162] = a5_2;
                    y_row[f0 + 163] = a5_3;
}
                for (int q = 6; q < 78; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + q * 40;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 40; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 80];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 40];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 40];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 80];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 120];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *xk = xr + 40;
                        const float *w = wr + 1280;
                        for (int c = 0; c < 40; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 80];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 40];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 40];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 80];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 120];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *xk = xr + 80;
                        const float *w = wr + 2560;
                        for (int c = 0; c < 40; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 80];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 40];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 40];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 80];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 120];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 32 + f0] = a0_0;
                    y_row[q * 32 + f0 + 1] = a0_1;
                    y_row[q * 32 + f0 + 2] = a0_2;
                    y_row[q * 32 + f0 + 3] = a0_3;
                    y_row[q * 32 + f0 + 32] = a1_0;
                    y_row[q * 32 + f0 + 33] = a1_1;
                    y_row[q * 32 + f0 + 34] = a1_2;
                    y_row[q * 32 + f0 + 35] = a1_3;
                    y_row[q * 32 + f0 + 64] = a2_0;
                    y_row[q * 32 + f0 + 65] = a2_1;
                    y_row[q * 32 + f0 + 66] = a2_2;
                    y_row[q * 32 + f0 + 67] = a2_3;
                    y_row[q * 32 + f0 + 96] = a3_0;
                    y_row[q * 32 + f0 + 97] = a3_1;
                    y_row[q * 32 + f0 + 98] = a3_2;
                    y_row[q * 32 + f0 + 99] = a3_3;
                    y_row[q * 32 + f0 + 128] = a4_0;
                    y_row[q * 32 + f0 + 129] = a4_1;
                    y_row[q * 32 + f0 + 130] = a4_2;
                    y_row[q * 32 + f0 + 131] = a4_3;
                    y_row[q * 32 + f0 + 160] = a5_0;
                    y_row[q * 32 + f0 + 161] = a5_1;
                    y_row[q * 32 + f0 + 162] = a5_2;
                    y_row[q * 32 + f0 + 163] = a5_3;
}
                for (int q = 78; q < 98; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + q * 40;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 40; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 80];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 40];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 40];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 80];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *xk = xr + 40;
                        const float *w = wr + 1280;
                        for (int c = 0; c < 40; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 80];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 40];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 40];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 80];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *xk = xr + 80;
                        const float *w = wr + 2560;
                        for (int c = 0; c < 40; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 80];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 40];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 40];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 80];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 32 + f0] = a0_0;
                    y_row[q * 32 + f0 + 1] = a0_1;
                    y_row[q * 32 + f0 + 2] = a0_2;
                    y_row[q * 32 + f0 + 3] = a0_3;
                    y_row[q * 32 + f0 + 32] = a1_0;
                    y_row[q * 32 + f0 + 33] = a1_1;
                    y_row[q * 32 + f0 + 34] = a1_2;
                    y_row[q * 32 + f0 + 35] = a1_3;
                    y_row[q * 32 + f0 + 64] = a2_0;
                    y_row[q * 32 + f0 + 65] = a2_1;
                    y_row[q * 32 + f0 + 66] = a2_2;
                    y_row[q * 32 + f0 + 67] = a2_3;
                    y_row[q * 32 + f0 + 96] = a3_0;
                    y_row[q * 32 + f0 + 97] = a3_1;
                    y_row[q * 32 + f0 + 98] = a3_2;
                    y_row[q * 32 + f0 + 99] = a3_3;
                    y_row[q * 32 + f0 + 128] = a4_0;
                    y_row[q * 32 + f0 + 129] = a4_1;
                    y_row[q * 32 + f0 + 130] = a4_2;
                    y_row[q * 32 + f0 + 131] = a4_3;
}
            }
        }
        act_wavenet_kws_layer0(y_row);   /* the finished row's activation */
    }
#endif
    return 0;
}

/* conv1d_1 (Conv1D) 98x32 -> 98x32, activation tanh
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x98x32: strides n=3136 c=1 d=3136 h=3136 w=32
 *   output 1x98x32: strides n=3136 c=1 d=3136 h=3136 w=32
 *   weights [1][1][1][3][32][32], bias [1][32] at 3072
 *   padding before (d, h, w) = (0, 0, 4)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_wavenet_kws_layer1(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_tanh(t[f]);
}

#if CG_VECTOR
/* The activation over one output row of a filter block, in a function of its own: inlined
 * into the tiles' loop nest, its constants would take the accumulators' registers. */
static __attribute__((noinline)) void activate_wavenet_kws_layer1(float *y_row)
{
#if defined(__AVX512F__)
    for (int ow = 0; ow < 98; ++ow)
        for (int f = 0; f < 32; f += 16) {
            float *o = y_row + ow * 32 + f;
            cg_v16 v = CG_LOAD(cg_v16, o);
            cg_v16_tanh(&v);
            CG_STORE(cg_v16, o, v);
        }

#else
    for (int ow = 0; ow < 98; ++ow)
        for (int f = 0; f < 32; f += 8) {
            float *o = y_row + ow * 32 + f;
            cg_v8 v = CG_LOAD(cg_v8, o);
            cg_v8_tanh(&v);
            CG_STORE(cg_v8, o, v);
        }

#endif
}
#endif

#if !CG_VECTOR
/* The activation over one finished output row (98 x 32 values), for the
 * portable branch: in a loop of its own GCC keeps its constants in registers, where applied
 * to each tile's values it would reload them from memory for every tile. */
static void act_wavenet_kws_layer1(float *y_row)
{
    for (int i = 0; i < 3136; ++i) {   /* the row is contiguous */
        const float v = y_row[i];
        y_row[i] = cg_tanh(v);
    }
}
#endif

static int wavenet_kws_layer1(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 3072;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_wavenet_kws_layer1;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    {
        float *y_row = y;
        {
            const float *wf = weights;
            /* columns q: interior for q in [4, 98) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 10 output pixel(s) x 32 filters in 2 cg_v16: an edge tile, each tap only where its column exists */
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
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 4, 5, 6, 7, 8, 9 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1, pixels 2, 3, 4, 5, 6, 7, 8, 9 */
                    const float *w = wr + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 2048;
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
                CG_STORE(cg_v16, y_row, a0_0);
                CG_STORE(cg_v16, y_row + 16, a0_1);
                CG_STORE(cg_v16, y_row + 32, a1_0);
                CG_STORE(cg_v16, y_row + 48, a1_1);
                CG_STORE(cg_v16, y_row + 64, a2_0);
                CG_STORE(cg_v16, y_row + 80, a2_1);
                CG_STORE(cg_v16, y_row + 96, a3_0);
                CG_STORE(cg_v16, y_row + 112, a3_1);
                CG_STORE(cg_v16, y_row + 128, a4_0);
                CG_STORE(cg_v16, y_row + 144, a4_1);
                CG_STORE(cg_v16, y_row + 160, a5_0);
                CG_STORE(cg_v16, y_row + 176, a5_1);
                CG_STORE(cg_v16, y_row + 192, a6_0);
                CG_STORE(cg_v16, y_row + 208, a6_1);
                CG_STORE(cg_v16, y_row + 224, a7_0);
                CG_STORE(cg_v16, y_row + 240, a7_1);
                CG_STORE(cg_v16, y_row + 256, a8_0);
                CG_STORE(cg_v16, y_row + 272, a8_1);
                CG_STORE(cg_v16, y_row + 288, a9_0);
                CG_STORE(cg_v16, y_row + 304, a9_1);
            }

            for (int q = 10; q < 80; q += 10)
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
                            const float xv = xr[c - 128];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 96];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 64];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c - 64];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 2048;
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
                CG_STORE(cg_v16, y_row + q * 32, a0_0);
                CG_STORE(cg_v16, y_row + q * 32 + 16, a0_1);
                CG_STORE(cg_v16, y_row + q * 32 + 32, a1_0);
                CG_STORE(cg_v16, y_row + q * 32 + 48, a1_1);
                CG_STORE(cg_v16, y_row + q * 32 + 64, a2_0);
                CG_STORE(cg_v16, y_row + q * 32 + 80, a2_1);
                CG_STORE(cg_v16, y_row + q * 32 + 96, a3_0);
                CG_STORE(cg_v16, y_row + q * 32 + 112, a3_1);
                CG_STORE(cg_v16, y_row + q * 32 + 128, a4_0);
                CG_STORE(cg_v16, y_row + q * 32 + 144, a4_1);
                CG_STORE(cg_v16, y_row + q * 32 + 160, a5_0);
                CG_STORE(cg_v16, y_row + q * 32 + 176, a5_1);
                CG_STORE(cg_v16, y_row + q * 32 + 192, a6_0);
                CG_STORE(cg_v16, y_row + q * 32 + 208, a6_1);
                CG_STORE(cg_v16, y_row + q * 32 + 224, a7_0);
                CG_STORE(cg_v16, y_row + q * 32 + 240, a7_1);
                CG_STORE(cg_v16, y_row + q * 32 + 256, a8_0);
                CG_STORE(cg_v16, y_row + q * 32 + 272, a8_1);
                CG_STORE(cg_v16, y_row + q * 32 + 288, a9_0);
                CG_STORE(cg_v16, y_row + q * 32 + 304, a9_1);
            }

            for (int q = 80; q < 98; q += 9)
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
                            const float xv = xr[c - 128];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 96];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 64];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c - 64];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 2048;
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
                CG_STORE(cg_v16, y_row + q * 32, a0_0);
                CG_STORE(cg_v16, y_row + q * 32 + 16, a0_1);
                CG_STORE(cg_v16, y_row + q * 32 + 32, a1_0);
                CG_STORE(cg_v16, y_row + q * 32 + 48, a1_1);
                CG_STORE(cg_v16, y_row + q * 32 + 64, a2_0);
                CG_STORE(cg_v16, y_row + q * 32 + 80, a2_1);
                CG_STORE(cg_v16, y_row + q * 32 + 96, a3_0);
                CG_STORE(cg_v16, y_row + q * 32 + 112, a3_1);
                CG_STORE(cg_v16, y_row + q * 32 + 128, a4_0);
                CG_STORE(cg_v16, y_row + q * 32 + 144, a4_1);
                CG_STORE(cg_v16, y_row + q * 32 + 160, a5_0);
                CG_STORE(cg_v16, y_row + q * 32 + 176, a5_1);
                CG_STORE(cg_v16, y_row + q * 32 + 192, a6_0);
                CG_STORE(cg_v16, y_row + q * 32 + 208, a6_1);
                CG_STORE(cg_v16, y_row + q * 32 + 224, a7_0);
                CG_STORE(cg_v16, y_row + q * 32 + 240, a7_1);
                CG_STORE(cg_v16, y_row + q * 32 + 256, a8_0);
                CG_STORE(cg_v16, y_row + q * 32 + 272, a8_1);
            }


#else
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fh), a5_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 4, 5 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1, pixels 2, 3, 4, 5 */
                    const float *w = wr + fh + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + fh + 2048;
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
                CG_STORE(cg_v8, y_row + fh, a0_0);
                CG_STORE(cg_v8, y_row + fh + 8, a0_1);
                CG_STORE(cg_v8, y_row + fh + 32, a1_0);
                CG_STORE(cg_v8, y_row + fh + 40, a1_1);
                CG_STORE(cg_v8, y_row + fh + 64, a2_0);
                CG_STORE(cg_v8, y_row + fh + 72, a2_1);
                CG_STORE(cg_v8, y_row + fh + 96, a3_0);
                CG_STORE(cg_v8, y_row + fh + 104, a3_1);
                CG_STORE(cg_v8, y_row + fh + 128, a4_0);
                CG_STORE(cg_v8, y_row + fh + 136, a4_1);
                CG_STORE(cg_v8, y_row + fh + 160, a5_0);
                CG_STORE(cg_v8, y_row + fh + 168, a5_1);
            }

            for (int q = 6; q < 78; q += 6)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fh), a5_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input + q * 32;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 128];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 96];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 64];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + fh + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 64];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + fh + 2048;
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
                CG_STORE(cg_v8, y_row + q * 32 + fh, a0_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 8, a0_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 32, a1_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 40, a1_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 64, a2_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 72, a2_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 96, a3_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 104, a3_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 128, a4_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 136, a4_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 160, a5_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 168, a5_1);
            }

            for (int q = 78; q < 98; q += 5)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input + q * 32;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 128];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 96];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 64];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + fh + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 64];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + fh + 2048;
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
                    }
                }
                CG_STORE(cg_v8, y_row + q * 32 + fh, a0_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 8, a0_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 32, a1_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 40, a1_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 64, a2_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 72, a2_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 96, a3_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 104, a3_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 128, a4_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 136, a4_1);
            }


#endif
            activate_wavenet_kws_layer1(y_row);   /* the finished row of a full block */
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_wavenet_kws_layer1;   /* unused: the tiles store their values themselves, the row pass applies the activation */
    {
        float *y_row = y;
        {   /* block 0: 32 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [4, 98) */
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0, pixels 4, 5 */
                        const float *w = wr;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float x4 = xr[c], x5 = xr[c + 32];
                            {
                                const float wv = w[0];
                                a4_0 += x4 * wv; a5_0 += x5 * wv;
                            }
                            {
                                const float wv = w[1];
                                a4_1 += x4 * wv; a5_1 += x5 * wv;
                            }
                            {
                                const float wv = w[2];
                                a4_2 += x4 * wv; a5_2 += x5 * wv;
                            }
                            {
                                const float wv = w[3];
                                a4_3 += x4 * wv; a5_3 += x5 * wv;
                            }
                        }
                    }
                    {   /* tap kw = 1, pixels 2, 3, 4, 5 */
                        const float *w = wr + 1024;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 2048;
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
                            {
                                const float xv = xr[c + 160];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[f0] = a0_0;
                    y_row[f0 + 1] = a0_1;
                    y_row[f0 + 2] = a0_2;
                    y_row[f0 + 3] = a0_3;
                    y_row[f0 + 32] = a1_0;
                    y_row[f0 + 33] = a1_1;
                    y_row[f0 + 34] = a1_2;
                    y_row[f0 + 35] = a1_3;
                    y_row[f0 + 64] = a2_0;
                    y_row[f0 + 65] = a2_1;
                    y_row[f0 + 66] = a2_2;
                    y_row[f0 + 67] = a2_3;
                    y_row[f0 + 96] = a3_0;
                    y_row[f0 + 97] = a3_1;
                    y_row[f0 + 98] = a3_2;
                    y_row[f0 + 99] = a3_3;
                    y_row[f0 + 128] = a4_0;
                    y_row[f0 + 129] = a4_1;
                    y_row[f0 + 130] = a4_2;
                    y_row[f0 + 131] = a4_3;
                    y_row[f0 + 160] = a5_0;
                    y_row[f0 + 161] = a5_1;
                    y_row[f0 + 162] = a5_2;
                    y_row[f0 + 163] = a5_3;
}
                for (int q = 6; q < 78; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + q * 32;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 128];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 96];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 64];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 32];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 32];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *xk = xr + 64;
                        const float *w = wr + 1024;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 128];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 96];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 64];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 32];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 32];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *xk = xr + 128;
                        const float *w = wr + 2048;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 128];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 96];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 64];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 32];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 32];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 32 + f0] = a0_0;
                    y_row[q * 32 + f0 + 1] = a0_1;
                    y_row[q * 32 + f0 + 2] = a0_2;
                    y_row[q * 32 + f0 + 3] = a0_3;
                    y_row[q * 32 + f0 + 32] = a1_0;
                    y_row[q * 32 + f0 + 33] = a1_1;
                    y_row[q * 32 + f0 + 34] = a1_2;
                    y_row[q * 32 + f0 + 35] = a1_3;
                    y_row[q * 32 + f0 + 64] = a2_0;
                    y_row[q * 32 + f0 + 65] = a2_1;
                    y_row[q * 32 + f0 + 66] = a2_2;
                    y_row[q * 32 + f0 + 67] = a2_3;
                    y_row[q * 32 + f0 + 96] = a3_0;
                    y_row[q * 32 + f0 + 97] = a3_1;
                    y_row[q * 32 + f0 + 98] = a3_2;
                    y_row[q * 32 + f0 + 99] = a3_3;
                    y_row[q * 32 + f0 + 128] = a4_0;
                    y_row[q * 32 + f0 + 129] = a4_1;
                    y_row[q * 32 + f0 + 130] = a4_2;
                    y_row[q * 32 + f0 + 131] = a4_3;
                    y_row[q * 32 + f0 + 160] = a5_0;
                    y_row[q * 32 + f0 + 161] = a5_1;
                    y_row[q * 32 + f0 + 162] = a5_2;
                    y_row[q * 32 + f0 + 163] = a5_3;
}
                for (int q = 78; q < 98; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + q * 32;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 128];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 96];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 64];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 32];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *xk = xr + 64;
                        const float *w = wr + 1024;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 128];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 96];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 64];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 32];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *xk = xr + 128;
                        const float *w = wr + 2048;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 128];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 96];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 64];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 32];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 32 + f0] = a0_0;
                    y_row[q * 32 + f0 + 1] = a0_1;
                    y_row[q * 32 + f0 + 2] = a0_2;
                    y_row[q * 32 + f0 + 3] = a0_3;
                    y_row[q * 32 + f0 + 32] = a1_0;
                    y_row[q * 32 + f0 + 33] = a1_1;
                    y_row[q * 32 + f0 + 34] = a1_2;
                    y_row[q * 32 + f0 + 35] = a1_3;
                    y_row[q * 32 + f0 + 64] = a2_0;
                    y_row[q * 32 + f0 + 65] = a2_1;
                    y_row[q * 32 + f0 + 66] = a2_2;
                    y_row[q * 32 + f0 + 67] = a2_3;
                    y_row[q * 32 + f0 + 96] = a3_0;
                    y_row[q * 32 + f0 + 97] = a3_1;
                    y_row[q * 32 + f0 + 98] = a3_2;
                    y_row[q * 32 + f0 + 99] = a3_3;
                    y_row[q * 32 + f0 + 128] = a4_0;
                    y_row[q * 32 + f0 + 129] = a4_1;
                    y_row[q * 32 + f0 + 130] = a4_2;
                    y_row[q * 32 + f0 + 131] = a4_3;
}
            }
        }
        act_wavenet_kws_layer1(y_row);   /* the finished row's activation */
    }
#endif
    return 0;
}

/* conv1d_2 (Conv1D) 98x32 -> 98x32, activation tanh
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x98x32: strides n=3136 c=1 d=3136 h=3136 w=32
 *   output 1x98x32: strides n=3136 c=1 d=3136 h=3136 w=32
 *   weights [1][1][1][3][32][32], bias [1][32] at 3072
 *   padding before (d, h, w) = (0, 0, 8)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_wavenet_kws_layer2(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_tanh(t[f]);
}

#if CG_VECTOR
/* The activation over one output row of a filter block, in a function of its own: inlined
 * into the tiles' loop nest, its constants would take the accumulators' registers. */
static __attribute__((noinline)) void activate_wavenet_kws_layer2(float *y_row)
{
#if defined(__AVX512F__)
    for (int ow = 0; ow < 98; ++ow)
        for (int f = 0; f < 32; f += 16) {
            float *o = y_row + ow * 32 + f;
            cg_v16 v = CG_LOAD(cg_v16, o);
            cg_v16_tanh(&v);
            CG_STORE(cg_v16, o, v);
        }

#else
    for (int ow = 0; ow < 98; ++ow)
        for (int f = 0; f < 32; f += 8) {
            float *o = y_row + ow * 32 + f;
            cg_v8 v = CG_LOAD(cg_v8, o);
            cg_v8_tanh(&v);
            CG_STORE(cg_v8, o, v);
        }

#endif
}
#endif

#if !CG_VECTOR
/* The activation over one finished output row (98 x 32 values), for the
 * portable branch: in a loop of its own GCC keeps its constants in registers, where applied
 * to each tile's values it would reload them from memory for every tile. */
static void act_wavenet_kws_layer2(float *y_row)
{
    for (int i = 0; i < 3136; ++i) {   /* the row is contiguous */
        const float v = y_row[i];
        y_row[i] = cg_tanh(v);
    }
}
#endif

static int wavenet_kws_layer2(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 3072;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_wavenet_kws_layer2;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    {
        float *y_row = y;
        {
            const float *wf = weights;
            /* columns q: interior for q in [8, 98) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 10 output pixel(s) x 32 filters in 2 cg_v16: an edge tile, each tap only where its column exists */
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
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 8, 9 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1, pixels 4, 5, 6, 7, 8, 9 */
                    const float *w = wr + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 2048;
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
                CG_STORE(cg_v16, y_row, a0_0);
                CG_STORE(cg_v16, y_row + 16, a0_1);
                CG_STORE(cg_v16, y_row + 32, a1_0);
                CG_STORE(cg_v16, y_row + 48, a1_1);
                CG_STORE(cg_v16, y_row + 64, a2_0);
                CG_STORE(cg_v16, y_row + 80, a2_1);
                CG_STORE(cg_v16, y_row + 96, a3_0);
                CG_STORE(cg_v16, y_row + 112, a3_1);
                CG_STORE(cg_v16, y_row + 128, a4_0);
                CG_STORE(cg_v16, y_row + 144, a4_1);
                CG_STORE(cg_v16, y_row + 160, a5_0);
                CG_STORE(cg_v16, y_row + 176, a5_1);
                CG_STORE(cg_v16, y_row + 192, a6_0);
                CG_STORE(cg_v16, y_row + 208, a6_1);
                CG_STORE(cg_v16, y_row + 224, a7_0);
                CG_STORE(cg_v16, y_row + 240, a7_1);
                CG_STORE(cg_v16, y_row + 256, a8_0);
                CG_STORE(cg_v16, y_row + 272, a8_1);
                CG_STORE(cg_v16, y_row + 288, a9_0);
                CG_STORE(cg_v16, y_row + 304, a9_1);
            }

            for (int q = 10; q < 80; q += 10)
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
                            const float xv = xr[c - 256];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 224];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 192];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 160];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 128];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 96];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 64];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c - 128];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 96];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 64];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 2048;
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
                CG_STORE(cg_v16, y_row + q * 32, a0_0);
                CG_STORE(cg_v16, y_row + q * 32 + 16, a0_1);
                CG_STORE(cg_v16, y_row + q * 32 + 32, a1_0);
                CG_STORE(cg_v16, y_row + q * 32 + 48, a1_1);
                CG_STORE(cg_v16, y_row + q * 32 + 64, a2_0);
                CG_STORE(cg_v16, y_row + q * 32 + 80, a2_1);
                CG_STORE(cg_v16, y_row + q * 32 + 96, a3_0);
                CG_STORE(cg_v16, y_row + q * 32 + 112, a3_1);
                CG_STORE(cg_v16, y_row + q * 32 + 128, a4_0);
                CG_STORE(cg_v16, y_row + q * 32 + 144, a4_1);
                CG_STORE(cg_v16, y_row + q * 32 + 160, a5_0);
                CG_STORE(cg_v16, y_row + q * 32 + 176, a5_1);
                CG_STORE(cg_v16, y_row + q * 32 + 192, a6_0);
                CG_STORE(cg_v16, y_row + q * 32 + 208, a6_1);
                CG_STORE(cg_v16, y_row + q * 32 + 224, a7_0);
                CG_STORE(cg_v16, y_row + q * 32 + 240, a7_1);
                CG_STORE(cg_v16, y_row + q * 32 + 256, a8_0);
                CG_STORE(cg_v16, y_row + q * 32 + 272, a8_1);
                CG_STORE(cg_v16, y_row + q * 32 + 288, a9_0);
                CG_STORE(cg_v16, y_row + q * 32 + 304, a9_1);
            }

            for (int q = 80; q < 98; q += 9)
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
                            const float xv = xr[c - 256];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 224];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 192];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 160];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 128];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 96];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 64];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c - 128];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 96];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 64];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 2048;
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
                CG_STORE(cg_v16, y_row + q * 32, a0_0);
                CG_STORE(cg_v16, y_row + q * 32 + 16, a0_1);
                CG_STORE(cg_v16, y_row + q * 32 + 32, a1_0);
                CG_STORE(cg_v16, y_row + q * 32 + 48, a1_1);
                CG_STORE(cg_v16, y_row + q * 32 + 64, a2_0);
                CG_STORE(cg_v16, y_row + q * 32 + 80, a2_1);
                CG_STORE(cg_v16, y_row + q * 32 + 96, a3_0);
                CG_STORE(cg_v16, y_row + q * 32 + 112, a3_1);
                CG_STORE(cg_v16, y_row + q * 32 + 128, a4_0);
                CG_STORE(cg_v16, y_row + q * 32 + 144, a4_1);
                CG_STORE(cg_v16, y_row + q * 32 + 160, a5_0);
                CG_STORE(cg_v16, y_row + q * 32 + 176, a5_1);
                CG_STORE(cg_v16, y_row + q * 32 + 192, a6_0);
                CG_STORE(cg_v16, y_row + q * 32 + 208, a6_1);
                CG_STORE(cg_v16, y_row + q * 32 + 224, a7_0);
                CG_STORE(cg_v16, y_row + q * 32 + 240, a7_1);
                CG_STORE(cg_v16, y_row + q * 32 + 256, a8_0);
                CG_STORE(cg_v16, y_row + q * 32 + 272, a8_1);
            }


#else
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fh), a5_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 1, pixels 4, 5 */
                    const float *w = wr + fh + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + fh + 2048;
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
                CG_STORE(cg_v8, y_row + fh, a0_0);
                CG_STORE(cg_v8, y_row + fh + 8, a0_1);
                CG_STORE(cg_v8, y_row + fh + 32, a1_0);
                CG_STORE(cg_v8, y_row + fh + 40, a1_1);
                CG_STORE(cg_v8, y_row + fh + 64, a2_0);
                CG_STORE(cg_v8, y_row + fh + 72, a2_1);
                CG_STORE(cg_v8, y_row + fh + 96, a3_0);
                CG_STORE(cg_v8, y_row + fh + 104, a3_1);
                CG_STORE(cg_v8, y_row + fh + 128, a4_0);
                CG_STORE(cg_v8, y_row + fh + 136, a4_1);
                CG_STORE(cg_v8, y_row + fh + 160, a5_0);
                CG_STORE(cg_v8, y_row + fh + 168, a5_1);
            }

            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fh), a5_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 2, 3, 4, 5 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + fh + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 64];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + fh + 2048;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 192];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 288];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 352];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + fh + 192, a0_0);
                CG_STORE(cg_v8, y_row + fh + 200, a0_1);
                CG_STORE(cg_v8, y_row + fh + 224, a1_0);
                CG_STORE(cg_v8, y_row + fh + 232, a1_1);
                CG_STORE(cg_v8, y_row + fh + 256, a2_0);
                CG_STORE(cg_v8, y_row + fh + 264, a2_1);
                CG_STORE(cg_v8, y_row + fh + 288, a3_0);
                CG_STORE(cg_v8, y_row + fh + 296, a3_1);
                CG_STORE(cg_v8, y_row + fh + 320, a4_0);
                CG_STORE(cg_v8, y_row + fh + 328, a4_1);
                CG_STORE(cg_v8, y_row + fh + 352, a5_0);
                CG_STORE(cg_v8, y_row + fh + 360, a5_1);
            }

            for (int q = 12; q < 78; q += 6)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fh), a5_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input + q * 32;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 256];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 224];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 192];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 160];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 128];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 96];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + fh + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 128];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 96];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 64];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + fh + 2048;
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
                CG_STORE(cg_v8, y_row + q * 32 + fh, a0_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 8, a0_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 32, a1_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 40, a1_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 64, a2_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 72, a2_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 96, a3_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 104, a3_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 128, a4_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 136, a4_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 160, a5_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 168, a5_1);
            }

            for (int q = 78; q < 98; q += 5)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input + q * 32;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 256];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 224];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 192];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 160];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 128];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + fh + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 128];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 96];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 64];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + fh + 2048;
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
                    }
                }
                CG_STORE(cg_v8, y_row + q * 32 + fh, a0_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 8, a0_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 32, a1_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 40, a1_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 64, a2_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 72, a2_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 96, a3_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 104, a3_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 128, a4_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 136, a4_1);
            }


#endif
            activate_wavenet_kws_layer2(y_row);   /* the finished row of a full block */
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_wavenet_kws_layer2;   /* unused: the tiles store their values themselves, the row pass applies the activation */
    {
        float *y_row = y;
        {   /* block 0: 32 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [8, 98) */
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input;
                    const float *wr = wf + f0;
                    {   /* tap kw = 1, pixels 4, 5 */
                        const float *w = wr + 1024;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float x4 = xr[c], x5 = xr[c + 32];
                            {
                                const float wv = w[0];
                                a4_0 += x4 * wv; a5_0 += x5 * wv;
                            }
                            {
                                const float wv = w[1];
                                a4_1 += x4 * wv; a5_1 += x5 * wv;
                            }
                            {
                                const float wv = w[2];
                                a4_2 += x4 * wv; a5_2 += x5 * wv;
                            }
                            {
                                const float wv = w[3];
                                a4_3 += x4 * wv; a5_3 += x5 * wv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 2048;
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
                            {
                                const float xv = xr[c + 160];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[f0] = a0_0;
                    y_row[f0 + 1] = a0_1;
                    y_row[f0 + 2] = a0_2;
                    y_row[f0 + 3] = a0_3;
                    y_row[f0 + 32] = a1_0;
                    y_row[f0 + 33] = a1_1;
                    y_row[f0 + 34] = a1_2;
                    y_row[f0 + 35] = a1_3;
                    y_row[f0 + 64] = a2_0;
                    y_row[f0 + 65] = a2_1;
                    y_row[f0 + 66] = a2_2;
                    y_row[f0 + 67] = a2_3;
                    y_row[f0 + 96] = a3_0;
                    y_row[f0 + 97] = a3_1;
                    y_row[f0 + 98] = a3_2;
                    y_row[f0 + 99] = a3_3;
                    y_row[f0 + 128] = a4_0;
                    y_row[f0 + 129] = a4_1;
                    y_row[f0 + 130] = a4_2;
                    y_row[f0 + 131] = a4_3;
                    y_row[f0 + 160] = a5_0;
                    y_row[f0 + 161] = a5_1;
                    y_row[f0 + 162] = a5_2;
                    y_row[f0 + 163] = a5_3;
}
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0, pixels 2, 3, 4, 5 */
                        const float *w = wr;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 1024;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c + 64];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 128];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 224];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 2048;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c + 192];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 224];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 288];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 352];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[f0 + 192] = a0_0;
                    y_row[f0 + 193] = a0_1;
                    y_row[f0 + 194] = a0_2;
                    y_row[f0 + 195] = a0_3;
                    y_row[f0 + 224] = a1_0;
                    y_row[f0 + 225] = a1_1;
                    y_row[f0 + 226] = a1_2;
                    y_row[f0 + 227] = a1_3;
                    y_row[f0 + 256] = a2_0;
                    y_row[f0 + 257] = a2_1;
                    y_row[f0 + 258] = a2_2;
                    y_row[f0 + 259] = a2_3;
                    y_row[f0 + 288] = a3_0;
                    y_row[f0 + 289] = a3_1;
                    y_row[f0 + 290] = a3_2;
                    y_row[f0 + 291] = a3_3;
                    y_row[f0 + 320] = a4_0;
                    y_row[f0 + 321] = a4_1;
                    y_row[f0 + 322] = a4_2;
                    y_row[f0 + 323] = a4_3;
                    y_row[f0 + 352] = a5_0;
                    y_row[f0 + 353] = a5_1;
                    y_row[f0 + 354] = a5_2;
                    y_row[f0 + 355] = a5_3;
}
                for (int q = 12; q < 78; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + q * 32;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 256];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 224];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 192];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 160];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 128];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 96];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *xk = xr + 128;
                        const float *w = wr + 1024;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 256];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 224];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 192];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 160];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 128];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 96];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *xk = xr + 256;
                        const float *w = wr + 2048;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 256];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 224];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 192];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 160];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 128];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 96];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 32 + f0] = a0_0;
                    y_row[q * 32 + f0 + 1] = a0_1;
                    y_row[q * 32 + f0 + 2] = a0_2;
                    y_row[q * 32 + f0 + 3] = a0_3;
                    y_row[q * 32 + f0 + 32] = a1_0;
                    y_row[q * 32 + f0 + 33] = a1_1;
                    y_row[q * 32 + f0 + 34] = a1_2;
                    y_row[q * 32 + f0 + 35] = a1_3;
                    y_row[q * 32 + f0 + 64] = a2_0;
                    y_row[q * 32 + f0 + 65] = a2_1;
                    y_row[q * 32 + f0 + 66] = a2_2;
                    y_row[q * 32 + f0 + 67] = a2_3;
                    y_row[q * 32 + f0 + 96] = a3_0;
                    y_row[q * 32 + f0 + 97] = a3_1;
                    y_row[q * 32 + f0 + 98] = a3_2;
                    y_row[q * 32 + f0 + 99] = a3_3;
                    y_row[q * 32 + f0 + 128] = a4_0;
                    y_row[q * 32 + f0 + 129] = a4_1;
                    y_row[q * 32 + f0 + 130] = a4_2;
                    y_row[q * 32 + f0 + 131] = a4_3;
                    y_row[q * 32 + f0 + 160] = a5_0;
                    y_row[q * 32 + f0 + 161] = a5_1;
                    y_row[q * 32 + f0 + 162] = a5_2;
                    y_row[q * 32 + f0 + 163] = a5_3;
}
                for (int q = 78; q < 98; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + q * 32;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 256];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 224];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 192];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 160];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 128];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *xk = xr + 128;
                        const float *w = wr + 1024;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 256];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 224];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 192];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 160];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 128];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *xk = xr + 256;
                        const float *w = wr + 2048;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 256];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 224];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 192];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 160];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 128];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 32 + f0] = a0_0;
                    y_row[q * 32 + f0 + 1] = a0_1;
                    y_row[q * 32 + f0 + 2] = a0_2;
                    y_row[q * 32 + f0 + 3] = a0_3;
                    y_row[q * 32 + f0 + 32] = a1_0;
                    y_row[q * 32 + f0 + 33] = a1_1;
                    y_row[q * 32 + f0 + 34] = a1_2;
                    y_row[q * 32 + f0 + 35] = a1_3;
                    y_row[q * 32 + f0 + 64] = a2_0;
                    y_row[q * 32 + f0 + 65] = a2_1;
                    y_row[q * 32 + f0 + 66] = a2_2;
                    y_row[q * 32 + f0 + 67] = a2_3;
                    y_row[q * 32 + f0 + 96] = a3_0;
                    y_row[q * 32 + f0 + 97] = a3_1;
                    y_row[q * 32 + f0 + 98] = a3_2;
                    y_row[q * 32 + f0 + 99] = a3_3;
                    y_row[q * 32 + f0 + 128] = a4_0;
                    y_row[q * 32 + f0 + 129] = a4_1;
                    y_row[q * 32 + f0 + 130] = a4_2;
                    y_row[q * 32 + f0 + 131] = a4_3;
}
            }
        }
        act_wavenet_kws_layer2(y_row);   /* the finished row's activation */
    }
#endif
    return 0;
}

/* conv1d_3 (Conv1D) 98x32 -> 98x32, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x98x32: strides n=3136 c=1 d=3136 h=3136 w=32
 *   output 1x98x32: strides n=3136 c=1 d=3136 h=3136 w=32
 *   weights [1][1][1][3][32][32], bias [1][32] at 3072
 *   padding before (d, h, w) = (0, 0, 16)
 *   columns: 1 group(s) of register tiles (2 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_wavenet_kws_layer3(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_relu(t[f]);
}

static int wavenet_kws_layer3(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 3072;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_wavenet_kws_layer3;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    {
        float *y_row = y;
        {
            const float *wf = weights;
            /* columns q: interior for q in [16, 98) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 10 output pixel(s) x 32 filters in 2 cg_v16: an edge tile, each tap only where its column exists */
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
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 1, pixels 8, 9 */
                    const float *w = wr + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 2048;
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
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + 16, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + 32, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + 48, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + 64, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + 80, a2_1);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + 96, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + 112, a3_1);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + 128, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + 144, a4_1);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + 160, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + 176, a5_1);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + 192, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + 208, a6_1);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + 224, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + 240, a7_1);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + 256, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + 272, a8_1);
                cg_v16_relu(&a9_0);
                CG_STORE(cg_v16, y_row + 288, a9_0);
                cg_v16_relu(&a9_1);
                CG_STORE(cg_v16, y_row + 304, a9_1);
            }

            {   /* 10 output pixel(s) x 32 filters in 2 cg_v16: an edge tile, each tap only where its column exists */
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
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 6, 7, 8, 9 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 64];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 128];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 288];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 352];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 2048;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 320];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 352];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 384];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 416];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 448];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 480];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 512];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 544];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 576];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 608];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + 320, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + 336, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + 352, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + 368, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + 384, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + 400, a2_1);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + 416, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + 432, a3_1);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + 448, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + 464, a4_1);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + 480, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + 496, a5_1);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + 512, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + 528, a6_1);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + 544, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + 560, a7_1);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + 576, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + 592, a8_1);
                cg_v16_relu(&a9_0);
                CG_STORE(cg_v16, y_row + 608, a9_0);
                cg_v16_relu(&a9_1);
                CG_STORE(cg_v16, y_row + 624, a9_1);
            }

            for (int q = 20; q < 80; q += 10)
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
                            const float xv = xr[c - 512];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 480];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 448];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 416];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 384];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 352];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 320];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 288];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 256];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 224];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c - 256];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 224];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 192];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 160];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 128];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 96];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 64];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a9_0 += w0 * xv;
                            a9_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 2048;
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
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + q * 32, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + q * 32 + 16, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + q * 32 + 32, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + q * 32 + 48, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + q * 32 + 64, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + q * 32 + 80, a2_1);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + q * 32 + 96, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + q * 32 + 112, a3_1);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + q * 32 + 128, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + q * 32 + 144, a4_1);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + q * 32 + 160, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + q * 32 + 176, a5_1);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + q * 32 + 192, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + q * 32 + 208, a6_1);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + q * 32 + 224, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + q * 32 + 240, a7_1);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + q * 32 + 256, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + q * 32 + 272, a8_1);
                cg_v16_relu(&a9_0);
                CG_STORE(cg_v16, y_row + q * 32 + 288, a9_0);
                cg_v16_relu(&a9_1);
                CG_STORE(cg_v16, y_row + q * 32 + 304, a9_1);
            }

            for (int q = 80; q < 98; q += 9)
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
                            const float xv = xr[c - 512];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 480];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 448];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 416];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 384];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 352];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 320];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 288];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 256];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c - 256];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 224];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 192];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 160];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 128];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 96];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 64];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 32];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + 2048;
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
                cg_v16_relu(&a0_0);
                CG_STORE(cg_v16, y_row + q * 32, a0_0);
                cg_v16_relu(&a0_1);
                CG_STORE(cg_v16, y_row + q * 32 + 16, a0_1);
                cg_v16_relu(&a1_0);
                CG_STORE(cg_v16, y_row + q * 32 + 32, a1_0);
                cg_v16_relu(&a1_1);
                CG_STORE(cg_v16, y_row + q * 32 + 48, a1_1);
                cg_v16_relu(&a2_0);
                CG_STORE(cg_v16, y_row + q * 32 + 64, a2_0);
                cg_v16_relu(&a2_1);
                CG_STORE(cg_v16, y_row + q * 32 + 80, a2_1);
                cg_v16_relu(&a3_0);
                CG_STORE(cg_v16, y_row + q * 32 + 96, a3_0);
                cg_v16_relu(&a3_1);
                CG_STORE(cg_v16, y_row + q * 32 + 112, a3_1);
                cg_v16_relu(&a4_0);
                CG_STORE(cg_v16, y_row + q * 32 + 128, a4_0);
                cg_v16_relu(&a4_1);
                CG_STORE(cg_v16, y_row + q * 32 + 144, a4_1);
                cg_v16_relu(&a5_0);
                CG_STORE(cg_v16, y_row + q * 32 + 160, a5_0);
                cg_v16_relu(&a5_1);
                CG_STORE(cg_v16, y_row + q * 32 + 176, a5_1);
                cg_v16_relu(&a6_0);
                CG_STORE(cg_v16, y_row + q * 32 + 192, a6_0);
                cg_v16_relu(&a6_1);
                CG_STORE(cg_v16, y_row + q * 32 + 208, a6_1);
                cg_v16_relu(&a7_0);
                CG_STORE(cg_v16, y_row + q * 32 + 224, a7_0);
                cg_v16_relu(&a7_1);
                CG_STORE(cg_v16, y_row + q * 32 + 240, a7_1);
                cg_v16_relu(&a8_0);
                CG_STORE(cg_v16, y_row + q * 32 + 256, a8_0);
                cg_v16_relu(&a8_1);
                CG_STORE(cg_v16, y_row + q * 32 + 272, a8_1);
            }


#else
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fh), a5_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 2 */
                    const float *w = wr + fh + 2048;
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
                CG_STORE(cg_v8, y_row + fh, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + fh + 8, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + fh + 32, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + fh + 40, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + fh + 64, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + fh + 72, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + fh + 96, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + fh + 104, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + fh + 128, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + fh + 136, a4_1);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + fh + 160, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + fh + 168, a5_1);
            }

            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fh), a5_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 1, pixels 2, 3, 4, 5 */
                    const float *w = wr + fh + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 64];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 96];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + fh + 2048;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 192];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 288];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 352];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + fh + 192, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + fh + 200, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + fh + 224, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + fh + 232, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + fh + 256, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + fh + 264, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + fh + 288, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + fh + 296, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + fh + 320, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + fh + 328, a4_1);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + fh + 352, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + fh + 360, a5_1);
            }

            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fh), a5_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 4, 5 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 32];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + fh + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 128];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 192];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 288];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + fh + 2048;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 384];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 416];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 448];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 480];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 512];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 544];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + fh + 384, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + fh + 392, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + fh + 416, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + fh + 424, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + fh + 448, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + fh + 456, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + fh + 480, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + fh + 488, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + fh + 512, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + fh + 520, a4_1);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + fh + 544, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + fh + 552, a5_1);
            }

            for (int q = 18; q < 78; q += 6)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 6 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a5_0 = CG_LOAD(cg_v8, bias + fh), a5_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input + q * 32;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 512];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 480];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 448];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 416];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 384];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 352];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + fh + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 256];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 224];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 192];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 160];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 128];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 96];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + fh + 2048;
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
                CG_STORE(cg_v8, y_row + q * 32 + fh, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 8, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 32, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 40, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 64, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 72, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 96, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 104, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 128, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 136, a4_1);
                cg_v8_relu(&a5_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 160, a5_0);
                cg_v8_relu(&a5_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 168, a5_1);
            }

            for (int q = 78; q < 98; q += 5)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input + q * 32;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr + fh;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 512];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 480];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 448];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 416];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 384];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 1 */
                    const float *w = wr + fh + 1024;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 256];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 224];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 192];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 160];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 128];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2 */
                    const float *w = wr + fh + 2048;
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
                    }
                }
                cg_v8_relu(&a0_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh, a0_0);
                cg_v8_relu(&a0_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 8, a0_1);
                cg_v8_relu(&a1_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 32, a1_0);
                cg_v8_relu(&a1_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 40, a1_1);
                cg_v8_relu(&a2_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 64, a2_0);
                cg_v8_relu(&a2_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 72, a2_1);
                cg_v8_relu(&a3_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 96, a3_0);
                cg_v8_relu(&a3_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 104, a3_1);
                cg_v8_relu(&a4_0);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 128, a4_0);
                cg_v8_relu(&a4_1);
                CG_STORE(cg_v8, y_row + q * 32 + fh + 136, a4_1);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_wavenet_kws_layer3;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        {   /* block 0: 32 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                /* columns q: interior for q in [16, 98) */
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input;
                    const float *wr = wf + f0;
                    {   /* tap kw = 2 */
                        const float *w = wr + 2048;
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
                            {
                                const float xv = xr[c + 160];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[f0] = cg_relu(a0_0);
                    y_row[f0 + 1] = cg_relu(a0_1);
                    y_row[f0 + 2] = cg_relu(a0_2);
                    y_row[f0 + 3] = cg_relu(a0_3);
                    y_row[f0 + 32] = cg_relu(a1_0);
                    y_row[f0 + 33] = cg_relu(a1_1);
                    y_row[f0 + 34] = cg_relu(a1_2);
                    y_row[f0 + 35] = cg_relu(a1_3);
                    y_row[f0 + 64] = cg_relu(a2_0);
                    y_row[f0 + 65] = cg_relu(a2_1);
                    y_row[f0 + 66] = cg_relu(a2_2);
                    y_row[f0 + 67] = cg_relu(a2_3);
                    y_row[f0 + 96] = cg_relu(a3_0);
                    y_row[f0 + 97] = cg_relu(a3_1);
                    y_row[f0 + 98] = cg_relu(a3_2);
                    y_row[f0 + 99] = cg_relu(a3_3);
                    y_row[f0 + 128] = cg_relu(a4_0);
                    y_row[f0 + 129] = cg_relu(a4_1);
                    y_row[f0 + 130] = cg_relu(a4_2);
                    y_row[f0 + 131] = cg_relu(a4_3);
                    y_row[f0 + 160] = cg_relu(a5_0);
                    y_row[f0 + 161] = cg_relu(a5_1);
                    y_row[f0 + 162] = cg_relu(a5_2);
                    y_row[f0 + 163] = cg_relu(a5_3);
}
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input;
                    const float *wr = wf + f0;
                    {   /* tap kw = 1, pixels 2, 3, 4, 5 */
                        const float *w = wr + 1024;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 32];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 64];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 96];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 2048;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c + 192];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 224];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 288];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 320];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 352];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[f0 + 192] = cg_relu(a0_0);
                    y_row[f0 + 193] = cg_relu(a0_1);
                    y_row[f0 + 194] = cg_relu(a0_2);
                    y_row[f0 + 195] = cg_relu(a0_3);
                    y_row[f0 + 224] = cg_relu(a1_0);
                    y_row[f0 + 225] = cg_relu(a1_1);
                    y_row[f0 + 226] = cg_relu(a1_2);
                    y_row[f0 + 227] = cg_relu(a1_3);
                    y_row[f0 + 256] = cg_relu(a2_0);
                    y_row[f0 + 257] = cg_relu(a2_1);
                    y_row[f0 + 258] = cg_relu(a2_2);
                    y_row[f0 + 259] = cg_relu(a2_3);
                    y_row[f0 + 288] = cg_relu(a3_0);
                    y_row[f0 + 289] = cg_relu(a3_1);
                    y_row[f0 + 290] = cg_relu(a3_2);
                    y_row[f0 + 291] = cg_relu(a3_3);
                    y_row[f0 + 320] = cg_relu(a4_0);
                    y_row[f0 + 321] = cg_relu(a4_1);
                    y_row[f0 + 322] = cg_relu(a4_2);
                    y_row[f0 + 323] = cg_relu(a4_3);
                    y_row[f0 + 352] = cg_relu(a5_0);
                    y_row[f0 + 353] = cg_relu(a5_1);
                    y_row[f0 + 354] = cg_relu(a5_2);
                    y_row[f0 + 355] = cg_relu(a5_3);
}
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0, pixels 4, 5 */
                        const float *w = wr;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float x4 = xr[c], x5 = xr[c + 32];
                            {
                                const float wv = w[0];
                                a4_0 += x4 * wv; a5_0 += x5 * wv;
                            }
                            {
                                const float wv = w[1];
                                a4_1 += x4 * wv; a5_1 += x5 * wv;
                            }
                            {
                                const float wv = w[2];
                                a4_2 += x4 * wv; a5_2 += x5 * wv;
                            }
                            {
                                const float wv = w[3];
                                a4_3 += x4 * wv; a5_3 += x5 * wv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *w = wr + 1024;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c + 128];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 160];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 192];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 224];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 256];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 288];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *w = wr + 2048;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xr[c + 384];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 416];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 448];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 480];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 512];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xr[c + 544];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[f0 + 384] = cg_relu(a0_0);
                    y_row[f0 + 385] = cg_relu(a0_1);
                    y_row[f0 + 386] = cg_relu(a0_2);
                    y_row[f0 + 387] = cg_relu(a0_3);
                    y_row[f0 + 416] = cg_relu(a1_0);
                    y_row[f0 + 417] = cg_relu(a1_1);
                    y_row[f0 + 418] = cg_relu(a1_2);
                    y_row[f0 + 419] = cg_relu(a1_3);
                    y_row[f0 + 448] = cg_relu(a2_0);
                    y_row[f0 + 449] = cg_relu(a2_1);
                    y_row[f0 + 450] = cg_relu(a2_2);
                    y_row[f0 + 451] = cg_relu(a2_3);
                    y_row[f0 + 480] = cg_relu(a3_0);
                    y_row[f0 + 481] = cg_relu(a3_1);
                    y_row[f0 + 482] = cg_relu(a3_2);
                    y_row[f0 + 483] = cg_relu(a3_3);
                    y_row[f0 + 512] = cg_relu(a4_0);
                    y_row[f0 + 513] = cg_relu(a4_1);
                    y_row[f0 + 514] = cg_relu(a4_2);
                    y_row[f0 + 515] = cg_relu(a4_3);
                    y_row[f0 + 544] = cg_relu(a5_0);
                    y_row[f0 + 545] = cg_relu(a5_1);
                    y_row[f0 + 546] = cg_relu(a5_2);
                    y_row[f0 + 547] = cg_relu(a5_3);
}
                for (int q = 18; q < 78; q += 6)
                {   /* 6 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    float a5_0 = b0, a5_1 = b1, a5_2 = b2, a5_3 = b3;
                    const float *xr = input + q * 32;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 512];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 480];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 448];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 416];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 384];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 352];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *xk = xr + 256;
                        const float *w = wr + 1024;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 512];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 480];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 448];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 416];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 384];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 352];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *xk = xr + 512;
                        const float *w = wr + 2048;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 512];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 480];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 448];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 416];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 384];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 352];
                                a5_0 += w0 * xv; a5_1 += w1 * xv; a5_2 += w2 * xv; a5_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 32 + f0] = cg_relu(a0_0);
                    y_row[q * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 32 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 32 + f0 + 32] = cg_relu(a1_0);
                    y_row[q * 32 + f0 + 33] = cg_relu(a1_1);
                    y_row[q * 32 + f0 + 34] = cg_relu(a1_2);
                    y_row[q * 32 + f0 + 35] = cg_relu(a1_3);
                    y_row[q * 32 + f0 + 64] = cg_relu(a2_0);
                    y_row[q * 32 + f0 + 65] = cg_relu(a2_1);
                    y_row[q * 32 + f0 + 66] = cg_relu(a2_2);
                    y_row[q * 32 + f0 + 67] = cg_relu(a2_3);
                    y_row[q * 32 + f0 + 96] = cg_relu(a3_0);
                    y_row[q * 32 + f0 + 97] = cg_relu(a3_1);
                    y_row[q * 32 + f0 + 98] = cg_relu(a3_2);
                    y_row[q * 32 + f0 + 99] = cg_relu(a3_3);
                    y_row[q * 32 + f0 + 128] = cg_relu(a4_0);
                    y_row[q * 32 + f0 + 129] = cg_relu(a4_1);
                    y_row[q * 32 + f0 + 130] = cg_relu(a4_2);
                    y_row[q * 32 + f0 + 131] = cg_relu(a4_3);
                    y_row[q * 32 + f0 + 160] = cg_relu(a5_0);
                    y_row[q * 32 + f0 + 161] = cg_relu(a5_1);
                    y_row[q * 32 + f0 + 162] = cg_relu(a5_2);
                    y_row[q * 32 + f0 + 163] = cg_relu(a5_3);
}
                for (int q = 78; q < 98; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + q * 32;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 512];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 480];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 448];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 416];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 384];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 1 */
                        const float *xk = xr + 256;
                        const float *w = wr + 1024;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 512];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 480];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 448];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 416];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 384];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 2 */
                        const float *xk = xr + 512;
                        const float *w = wr + 2048;
                        for (int c = 0; c < 32; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 512];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 480];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 448];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 416];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 384];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    y_row[q * 32 + f0] = cg_relu(a0_0);
                    y_row[q * 32 + f0 + 1] = cg_relu(a0_1);
                    y_row[q * 32 + f0 + 2] = cg_relu(a0_2);
                    y_row[q * 32 + f0 + 3] = cg_relu(a0_3);
                    y_row[q * 32 + f0 + 32] = cg_relu(a1_0);
                    y_row[q * 32 + f0 + 33] = cg_relu(a1_1);
                    y_row[q * 32 + f0 + 34] = cg_relu(a1_2);
                    y_row[q * 32 + f0 + 35] = cg_relu(a1_3);
                    y_row[q * 32 + f0 + 64] = cg_relu(a2_0);
                    y_row[q * 32 + f0 + 65] = cg_relu(a2_1);
                    y_row[q * 32 + f0 + 66] = cg_relu(a2_2);
                    y_row[q * 32 + f0 + 67] = cg_relu(a2_3);
                    y_row[q * 32 + f0 + 96] = cg_relu(a3_0);
                    y_row[q * 32 + f0 + 97] = cg_relu(a3_1);
                    y_row[q * 32 + f0 + 98] = cg_relu(a3_2);
                    y_row[q * 32 + f0 + 99] = cg_relu(a3_3);
                    y_row[q * 32 + f0 + 128] = cg_relu(a4_0);
                    y_row[q * 32 + f0 + 129] = cg_relu(a4_1);
                    y_row[q * 32 + f0 + 130] = cg_relu(a4_2);
                    y_row[q * 32 + f0 + 131] = cg_relu(a4_3);
}
            }
        }
    }
#endif
    return 0;
}

/* conv1d_4 (Conv1D) 98x32 -> 98x12, activation softmax
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x98x32: strides n=3136 c=1 d=3136 h=3136 w=32
 *   output 1x98x12: strides n=1176 c=1 d=1176 h=1176 w=12
 *   weights [1][1][1][1][32][16], bias [1][16] at 512
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_wavenet_kws_layer4(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_linear(t[f]);
}

static int wavenet_kws_layer4(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 512;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[16];   /* a pixel's values on their way to the scalar store */
    (void)t;   /* unused where the last block's tiles store whole vectors */
    (void)store_wavenet_kws_layer4;
    /* filter blocks outermost: one block's weights stay in cache across every row */
    {
        float *y_row = y;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 98) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 60; q += 20)
            {   /* 20 output pixel(s) x 16 filters in 1 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a9_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a10_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a11_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a12_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a13_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a14_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a15_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a16_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a17_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a18_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a19_0 = CG_LOAD(cg_v16, bias);
                const float *xr = input + q * 32;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
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
                        {
                            const float xv = xr[c + 192];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 288];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 352];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 384];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 416];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 448];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 480];
                            a15_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 512];
                            a16_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 544];
                            a17_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 576];
                            a18_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 608];
                            a19_0 += w0 * xv;
                        }
                    }
                }
CG_STORE(cg_v16, t, a0_0); 
                store_wavenet_kws_layer4(y_row + q * 12, t, 12);
CG_STORE(cg_v16, t, a1_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 12, t, 12);
CG_STORE(cg_v16, t, a2_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 24, t, 12);
CG_STORE(cg_v16, t, a3_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 36, t, 12);
CG_STORE(cg_v16, t, a4_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 48, t, 12);
CG_STORE(cg_v16, t, a5_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 60, t, 12);
CG_STORE(cg_v16, t, a6_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 72, t, 12);
CG_STORE(cg_v16, t, a7_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 84, t, 12);
CG_STORE(cg_v16, t, a8_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 96, t, 12);
CG_STORE(cg_v16, t, a9_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 108, t, 12);
CG_STORE(cg_v16, t, a10_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 120, t, 12);
CG_STORE(cg_v16, t, a11_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 132, t, 12);
CG_STORE(cg_v16, t, a12_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 144, t, 12);
CG_STORE(cg_v16, t, a13_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 156, t, 12);
CG_STORE(cg_v16, t, a14_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 168, t, 12);
CG_STORE(cg_v16, t, a15_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 180, t, 12);
CG_STORE(cg_v16, t, a16_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 192, t, 12);
CG_STORE(cg_v16, t, a17_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 204, t, 12);
CG_STORE(cg_v16, t, a18_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 216, t, 12);
CG_STORE(cg_v16, t, a19_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 228, t, 12);
            }

            for (int q = 60; q < 98; q += 19)
            {   /* 19 output pixel(s) x 16 filters in 1 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a9_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a10_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a11_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a12_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a13_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a14_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a15_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a16_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a17_0 = CG_LOAD(cg_v16, bias);
                cg_v16 a18_0 = CG_LOAD(cg_v16, bias);
                const float *xr = input + q * 32;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 16) {
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
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
                        {
                            const float xv = xr[c + 192];
                            a6_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 224];
                            a7_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 256];
                            a8_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 288];
                            a9_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a10_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 352];
                            a11_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 384];
                            a12_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 416];
                            a13_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 448];
                            a14_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 480];
                            a15_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 512];
                            a16_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 544];
                            a17_0 += w0 * xv;
                        }
                        {
                            const float xv = xr[c + 576];
                            a18_0 += w0 * xv;
                        }
                    }
                }
CG_STORE(cg_v16, t, a0_0); 
                store_wavenet_kws_layer4(y_row + q * 12, t, 12);
CG_STORE(cg_v16, t, a1_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 12, t, 12);
CG_STORE(cg_v16, t, a2_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 24, t, 12);
CG_STORE(cg_v16, t, a3_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 36, t, 12);
CG_STORE(cg_v16, t, a4_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 48, t, 12);
CG_STORE(cg_v16, t, a5_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 60, t, 12);
CG_STORE(cg_v16, t, a6_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 72, t, 12);
CG_STORE(cg_v16, t, a7_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 84, t, 12);
CG_STORE(cg_v16, t, a8_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 96, t, 12);
CG_STORE(cg_v16, t, a9_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 108, t, 12);
CG_STORE(cg_v16, t, a10_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 120, t, 12);
CG_STORE(cg_v16, t, a11_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 132, t, 12);
CG_STORE(cg_v16, t, a12_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 144, t, 12);
CG_STORE(cg_v16, t, a13_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 156, t, 12);
CG_STORE(cg_v16, t, a14_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 168, t, 12);
CG_STORE(cg_v16, t, a15_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 180, t, 12);
CG_STORE(cg_v16, t, a16_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 192, t, 12);
CG_STORE(cg_v16, t, a17_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 204, t, 12);
CG_STORE(cg_v16, t, a18_0); 
                store_wavenet_kws_layer4(y_row + q * 12 + 216, t, 12);
            }


#else
            for (int q = 0; q < 78; q += 6)
            {   /* 6 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
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
                    for (int c = 0; c < 32; ++c, w += 16) {
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
CG_STORE(cg_v8, t, a0_0); CG_STORE(cg_v8, t + 8, a0_1); 
                store_wavenet_kws_layer4(y_row + q * 12, t, 12);
CG_STORE(cg_v8, t, a1_0); CG_STORE(cg_v8, t + 8, a1_1); 
                store_wavenet_kws_layer4(y_row + q * 12 + 12, t, 12);
CG_STORE(cg_v8, t, a2_0); CG_STORE(cg_v8, t + 8, a2_1); 
                store_wavenet_kws_layer4(y_row + q * 12 + 24, t, 12);
CG_STORE(cg_v8, t, a3_0); CG_STORE(cg_v8, t + 8, a3_1); 
                store_wavenet_kws_layer4(y_row + q * 12 + 36, t, 12);
CG_STORE(cg_v8, t, a4_0); CG_STORE(cg_v8, t + 8, a4_1); 
                store_wavenet_kws_layer4(y_row + q * 12 + 48, t, 12);
CG_STORE(cg_v8, t, a5_0); CG_STORE(cg_v8, t + 8, a5_1); 
                store_wavenet_kws_layer4(y_row + q * 12 + 60, t, 12);
            }

            for (int q = 78; q < 98; q += 5)
            {   /* 5 output pixel(s) x 16 filters in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias), a0_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias), a1_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias), a2_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias), a3_1 = CG_LOAD(cg_v8, bias + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias), a4_1 = CG_LOAD(cg_v8, bias + 8);
                const float *xr = input + q * 32;
                const float *wr = wf;
                {   /* tap kw = 0 */
                    const float *w = wr;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 32; ++c, w += 16) {
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
                    }
                }
CG_STORE(cg_v8, t, a0_0); CG_STORE(cg_v8, t + 8, a0_1); 
                store_wavenet_kws_layer4(y_row + q * 12, t, 12);
CG_STORE(cg_v8, t, a1_0); CG_STORE(cg_v8, t + 8, a1_1); 
                store_wavenet_kws_layer4(y_row + q * 12 + 12, t, 12);
CG_STORE(cg_v8, t, a2_0); CG_STORE(cg_v8, t + 8, a2_1); 
                store_wavenet_kws_layer4(y_row + q * 12 + 24, t, 12);
CG_STORE(cg_v8, t, a3_0); CG_STORE(cg_v8, t + 8, a3_1); 
                store_wavenet_kws_layer4(y_row + q * 12 + 36, t, 12);
CG_STORE(cg_v8, t, a4_0); CG_STORE(cg_v8, t + 8, a4_1); 
                store_wavenet_kws_layer4(y_row + q * 12 + 48, t, 12);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_wavenet_kws_layer4;   /* unused: the tiles store their values themselves */
    {
        float *y_row = y;
        {   /* block 0: 12 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 12; f0 += 6) {
                /* columns q: interior for q in [0, 98) */
                for (int q = 0; q < 92; q += 4)
                {   /* 4 pixel(s) x 6 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4], b5 = bias[f0 + 5];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4, a2_5 = b5;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3, a3_4 = b4, a3_5 = b5;
                    const float *xr = input + q * 32;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 32; ++c, w += 16) {
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
                            {
                                const float wv = w[5];
                                a0_5 += x0 * wv; a1_5 += x1 * wv; a2_5 += x2 * wv; a3_5 += x3 * wv;
                            }
                        }
                    }
                    y_row[q * 12 + f0] = cg_linear(a0_0);
                    y_row[q * 12 + f0 + 1] = cg_linear(a0_1);
                    y_row[q * 12 + f0 + 2] = cg_linear(a0_2);
                    y_row[q * 12 + f0 + 3] = cg_linear(a0_3);
                    y_row[q * 12 + f0 + 4] = cg_linear(a0_4);
                    y_row[q * 12 + f0 + 5] = cg_linear(a0_5);
                    y_row[q * 12 + f0 + 12] = cg_linear(a1_0);
                    y_row[q * 12 + f0 + 13] = cg_linear(a1_1);
                    y_row[q * 12 + f0 + 14] = cg_linear(a1_2);
                    y_row[q * 12 + f0 + 15] = cg_linear(a1_3);
                    y_row[q * 12 + f0 + 16] = cg_linear(a1_4);
                    y_row[q * 12 + f0 + 17] = cg_linear(a1_5);
                    y_row[q * 12 + f0 + 24] = cg_linear(a2_0);
                    y_row[q * 12 + f0 + 25] = cg_linear(a2_1);
                    y_row[q * 12 + f0 + 26] = cg_linear(a2_2);
                    y_row[q * 12 + f0 + 27] = cg_linear(a2_3);
                    y_row[q * 12 + f0 + 28] = cg_linear(a2_4);
                    y_row[q * 12 + f0 + 29] = cg_linear(a2_5);
                    y_row[q * 12 + f0 + 36] = cg_linear(a3_0);
                    y_row[q * 12 + f0 + 37] = cg_linear(a3_1);
                    y_row[q * 12 + f0 + 38] = cg_linear(a3_2);
                    y_row[q * 12 + f0 + 39] = cg_linear(a3_3);
                    y_row[q * 12 + f0 + 40] = cg_linear(a3_4);
                    y_row[q * 12 + f0 + 41] = cg_linear(a3_5);
}
                for (int q = 92; q < 98; q += 3)
                {   /* 3 pixel(s) x 6 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3], b4 = bias[f0 + 4], b5 = bias[f0 + 5];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3, a1_4 = b4, a1_5 = b5;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3, a2_4 = b4, a2_5 = b5;
                    const float *xr = input + q * 32;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        for (int c = 0; c < 32; ++c, w += 16) {
                            const float x0 = xr[c], x1 = xr[c + 32], x2 = xr[c + 64];
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
                            {
                                const float wv = w[5];
                                a0_5 += x0 * wv; a1_5 += x1 * wv; a2_5 += x2 * wv;
                            }
                        }
                    }
                    y_row[q * 12 + f0] = cg_linear(a0_0);
                    y_row[q * 12 + f0 + 1] = cg_linear(a0_1);
                    y_row[q * 12 + f0 + 2] = cg_linear(a0_2);
                    y_row[q * 12 + f0 + 3] = cg_linear(a0_3);
                    y_row[q * 12 + f0 + 4] = cg_linear(a0_4);
                    y_row[q * 12 + f0 + 5] = cg_linear(a0_5);
                    y_row[q * 12 + f0 + 12] = cg_linear(a1_0);
                    y_row[q * 12 + f0 + 13] = cg_linear(a1_1);
                    y_row[q * 12 + f0 + 14] = cg_linear(a1_2);
                    y_row[q * 12 + f0 + 15] = cg_linear(a1_3);
                    y_row[q * 12 + f0 + 16] = cg_linear(a1_4);
                    y_row[q * 12 + f0 + 17] = cg_linear(a1_5);
                    y_row[q * 12 + f0 + 24] = cg_linear(a2_0);
                    y_row[q * 12 + f0 + 25] = cg_linear(a2_1);
                    y_row[q * 12 + f0 + 26] = cg_linear(a2_2);
                    y_row[q * 12 + f0 + 27] = cg_linear(a2_3);
                    y_row[q * 12 + f0 + 28] = cg_linear(a2_4);
                    y_row[q * 12 + f0 + 29] = cg_linear(a2_5);
}
            }
        }
    }
#endif
    cg_softmax_rows(output, 98, 12);
    return 0;
}

/* conv1d (Conv1D) 98x40 -> 98x32, activation tanh; conv1d_1 (Conv1D) 98x32 -> 98x32, activation tanh; conv1d_2 (Conv1D) 98x32 -> 98x32, activation tanh; conv1d_3 (Conv1D) 98x32 -> 98x32, activation relu; conv1d_4 (Conv1D) 98x32 -> 98x12, activation softmax
 * Workspace: 6272 floats: conv1d at 0 (3136 floats, steps 0-1), conv1d_1 at 3136 (3136 floats, steps 1-2), conv1d_2 at 0 (3136 floats, steps 2-3), conv1d_3 at 3136 (3136 floats, steps 3-4). */
int wavenet_kws(const float *input, const float *weights, float *output, float *workspace)
{
    wavenet_kws_layer0(input, weights, workspace, workspace);
    wavenet_kws_layer1(workspace, weights + 3872, workspace + 3136, workspace);
    wavenet_kws_layer2(workspace + 3136, weights + 6976, workspace, workspace);
    wavenet_kws_layer3(workspace, weights + 10080, workspace + 3136, workspace);
    wavenet_kws_layer4(workspace + 3136, weights + 13184, output, workspace);
    return 0;
}
