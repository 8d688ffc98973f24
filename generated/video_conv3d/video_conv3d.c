/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: video_conv3d.yaml
 *   Template: model.c.j2, dense.c.j2
 */
#include "video_conv3d.h"

#include <math.h>

/* Threads: with OpenMP (-fopenmp), the layers marked CG_PARALLEL_FOR split their outermost
 * loops (batch, filter blocks, output rows) over the team; each output is computed by one
 * thread in the same order, so every thread count gives the same bytes. Without OpenMP the
 * macro is nothing and this is plain single-threaded C99. */
#if defined(_OPENMP)
#define CG_PRAGMA(text) _Pragma(#text)
#define CG_PARALLEL_FOR(...) CG_PRAGMA(omp parallel for schedule(static) __VA_ARGS__)
#else
#define CG_PARALLEL_FOR(...)
#endif

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
/* ---- libm's functions, as convgen's own: no errno, no library state, within ~4 float
 * ulps (relative) or ~1e-7 (absolute) of the float64 values, NaN kept ---- */

/* e^x over every float: 0 below -104 (where float's e^x rounds to 0), +inf above
 * 88.7228394 (float's overflow); in between cg_exp_bounded, squared from x / 2 outside
 * [-80, 80] where 2^k would leave the normal exponents */
static inline float cg_exp(float x)
{
    float h;
    if (x != x) return x;
    if (x > 88.7228394f) return HUGE_VALF;
    if (x < -104.0f) return 0.0f;
    if (x >= -80.0f && x <= 80.0f) return cg_exp_bounded(x);
    h = cg_exp_bounded(0.5f * x);
    return h * h;
}

/* erf, Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7), odd */
static inline float cg_erf(float x)
{
    const float a = x < 0.0f ? -x : x;
    const float t = 1.0f / (1.0f + 0.3275911f * a);
    const float y = 1.0f - t * (0.254829592f + t * (-0.284496736f + t * (1.42141371f
                    + t * (-1.45315206f + t * 1.06140542f)))) * cg_exp(-a * a);
    return x < 0.0f ? -y : y;
}

/* the exact erf form: the activation string's default is approximate=False */
static inline float cg_gelu(float x) { return 0.5f * x * (1.0f + cg_erf(x * 0.707106781f)); }

/* conv3d (Conv3D) 5x12x10x6 -> 5x12x10x8, activation gelu
 * Dense convolution: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x5x12x10x6: strides n=3600 c=1 d=720 h=60 w=6
 *   output 1x5x12x10x8: strides n=4800 c=1 d=960 h=80 w=8
 *   weights [1][3][3][2][6][8], bias [1][8] at 864
 *   padding before (d, h, w) = (1, 1, 0)
 *   columns: 1 group(s) of register tiles (1 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_video_conv3d_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_gelu(t[f]);
}

#if !CG_VECTOR
/* The activation over one finished output row (10 x 8 values), for the
 * portable branch: in a loop of its own GCC keeps its constants in registers, where applied
 * to each tile's values it would reload them from memory for every tile. */
static void act_video_conv3d_layer0(float *y_row)
{
    for (int i = 0; i < 80; ++i) {   /* the row is contiguous */
        const float v = y_row[i];
        y_row[i] = cg_gelu(v);
    }
}
#endif

static int video_conv3d_layer0(const float *input, const float *weights, float *output,
                               float *workspace)
{
    const float *bias = weights + 864;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[8];   /* a pixel's values on their way to the scalar store */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    CG_PARALLEL_FOR(collapse(2) private(t))
    for (int od = 0; od < 5; ++od)
    for (int oh = 0; oh < 12; ++oh) {
        float *y_row = y + od * 960 + oh * 80;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 9) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 10 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
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
                for (int kd = 0; kd < 3; ++kd) {
                    const int id = od + kd - 1;
                    if (id < 0 || id >= 5) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 12) continue;
                        const float *xr = input + id * 720 + ih * 60;
                        const float *wr = wf + kd * 288 + kh * 96;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 6; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w);
                                {
                                    const float xv = xr[c];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 6];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 12];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 18];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 24];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 30];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 36];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 42];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 48];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 54];
                                    a9_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1, pixels 0, 1, 2, 3, 4, 5, 6, 7, 8 */
                            const float *w = wr + 48;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 6; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w);
                                {
                                    const float xv = xr[c + 6];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 12];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 18];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 24];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 30];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 36];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 42];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 48];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 54];
                                    a8_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_video_conv3d_layer0(y_row, t, 8);
CG_STORE(cg_v8, t, a1_0); 
                store_video_conv3d_layer0(y_row + 8, t, 8);
CG_STORE(cg_v8, t, a2_0); 
                store_video_conv3d_layer0(y_row + 16, t, 8);
CG_STORE(cg_v8, t, a3_0); 
                store_video_conv3d_layer0(y_row + 24, t, 8);
CG_STORE(cg_v8, t, a4_0); 
                store_video_conv3d_layer0(y_row + 32, t, 8);
CG_STORE(cg_v8, t, a5_0); 
                store_video_conv3d_layer0(y_row + 40, t, 8);
CG_STORE(cg_v8, t, a6_0); 
                store_video_conv3d_layer0(y_row + 48, t, 8);
CG_STORE(cg_v8, t, a7_0); 
                store_video_conv3d_layer0(y_row + 56, t, 8);
CG_STORE(cg_v8, t, a8_0); 
                store_video_conv3d_layer0(y_row + 64, t, 8);
CG_STORE(cg_v8, t, a9_0); 
                store_video_conv3d_layer0(y_row + 72, t, 8);
            }


#else
            {   /* 10 output pixel(s) x 8 filters in 1 cg_v8: an edge tile, each tap only where its column exists */
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
                for (int kd = 0; kd < 3; ++kd) {
                    const int id = od + kd - 1;
                    if (id < 0 || id >= 5) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh + kh - 1;
                        if (ih < 0 || ih >= 12) continue;
                        const float *xr = input + id * 720 + ih * 60;
                        const float *wr = wf + kd * 288 + kh * 96;
                        {   /* tap kw = 0 */
                            const float *w = wr;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 6; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w);
                                {
                                    const float xv = xr[c];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 6];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 12];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 18];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 24];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 30];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 36];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 42];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 48];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 54];
                                    a9_0 += w0 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1, pixels 0, 1, 2, 3, 4, 5, 6, 7, 8 */
                            const float *w = wr + 48;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 6; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w);
                                {
                                    const float xv = xr[c + 6];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 12];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 18];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 24];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 30];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 36];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 42];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 48];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = xr[c + 54];
                                    a8_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_video_conv3d_layer0(y_row, t, 8);
CG_STORE(cg_v8, t, a1_0); 
                store_video_conv3d_layer0(y_row + 8, t, 8);
CG_STORE(cg_v8, t, a2_0); 
                store_video_conv3d_layer0(y_row + 16, t, 8);
CG_STORE(cg_v8, t, a3_0); 
                store_video_conv3d_layer0(y_row + 24, t, 8);
CG_STORE(cg_v8, t, a4_0); 
                store_video_conv3d_layer0(y_row + 32, t, 8);
CG_STORE(cg_v8, t, a5_0); 
                store_video_conv3d_layer0(y_row + 40, t, 8);
CG_STORE(cg_v8, t, a6_0); 
                store_video_conv3d_layer0(y_row + 48, t, 8);
CG_STORE(cg_v8, t, a7_0); 
                store_video_conv3d_layer0(y_row + 56, t, 8);
CG_STORE(cg_v8, t, a8_0); 
                store_video_conv3d_layer0(y_row + 64, t, 8);
CG_STORE(cg_v8, t, a9_0); 
                store_video_conv3d_layer0(y_row + 72, t, 8);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_video_conv3d_layer0;   /* unused: the tiles store their values themselves, the row pass applies the activation */
    for (int od = 0; od < 5; ++od)
    for (int oh = 0; oh < 12; ++oh) {
        float *y_row = y + od * 960 + oh * 80;
        {   /* block 0: 8 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 8; f0 += 4) {
                /* columns q: interior for q in [0, 9) */
                for (int q = 0; q < 5; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    for (int kd = 0; kd < 3; ++kd) {
                        const int id = od + kd - 1;
                        if (id < 0 || id >= 5) continue;
                        for (int kh = 0; kh < 3; ++kh) {
                            const int ih = oh + kh - 1;
                            if (ih < 0 || ih >= 12) continue;
                            const float *xr = input + id * 720 + ih * 60 + q * 6;
                            const float *wr = wf + kd * 288 + kh * 96 + f0;
                            {   /* tap kw = 0 */
                                const float *xk = xr;
                                const float *w = wr;
                                for (int c = 0; c < 6; ++c, w += 8) {
                                    const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                    {
                                        const float xv = xk[c];
                                        a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                    }
                                    {
                                        const float xv = xk[c + 6];
                                        a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                    }
                                    {
                                        const float xv = xk[c + 12];
                                        a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                    }
                                    {
                                        const float xv = xk[c + 18];
                                        a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                    }
                                    {
                                        const float xv = xk[c + 24];
                                        a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                    }
                                }
                            }
                            {   /* tap kw = 1 */
                                const float *xk = xr + 6;
                                const float *w = wr + 48;
                                for (int c = 0; c < 6; ++c, w += 8) {
                                    const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                    {
                                        const float xv = xk[c];
                                        a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                    }
                                    {
                                        const float xv = xk[c + 6];
                                        a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                    }
                                    {
                                        const float xv = xk[c + 12];
                                        a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                    }
                                    {
                                        const float xv = xk[c + 18];
                                        a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                    }
                                    {
                                        const float xv = xk[c + 24];
                                        a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                    }
                                }
                            }
                        }
                    }
                    y_row[q * 8 + f0] = a0_0;
                    y_row[q * 8 + f0 + 1] = a0_1;
                    y_row[q * 8 + f0 + 2] = a0_2;
                    y_row[q * 8 + f0 + 3] = a0_3;
                    y_row[q * 8 + f0 + 8] = a1_0;
                    y_row[q * 8 + f0 + 9] = a1_1;
                    y_row[q * 8 + f0 + 10] = a1_2;
                    y_row[q * 8 + f0 + 11] = a1_3;
                    y_row[q * 8 + f0 + 16] = a2_0;
                    y_row[q * 8 + f0 + 17] = a2_1;
                    y_row[q * 8 + f0 + 18] = a2_2;
                    y_row[q * 8 + f0 + 19] = a2_3;
                    y_row[q * 8 + f0 + 24] = a3_0;
                    y_row[q * 8 + f0 + 25] = a3_1;
                    y_row[q * 8 + f0 + 26] = a3_2;
                    y_row[q * 8 + f0 + 27] = a3_3;
                    y_row[q * 8 + f0 + 32] = a4_0;
                    y_row[q * 8 + f0 + 33] = a4_1;
                    y_row[q * 8 + f0 + 34] = a4_2;
                    y_row[q * 8 + f0 + 35] = a4_3;
}
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers: an edge tile, each tap only where its column exists */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    for (int kd = 0; kd < 3; ++kd) {
                        const int id = od + kd - 1;
                        if (id < 0 || id >= 5) continue;
                        for (int kh = 0; kh < 3; ++kh) {
                            const int ih = oh + kh - 1;
                            if (ih < 0 || ih >= 12) continue;
                            const float *xr = input + id * 720 + ih * 60;
                            const float *wr = wf + kd * 288 + kh * 96 + f0;
                            {   /* tap kw = 0 */
                                const float *w = wr;
                                for (int c = 0; c < 6; ++c, w += 8) {
                                    const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                    {
                                        const float xv = xr[c + 30];
                                        a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 36];
                                        a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 42];
                                        a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 48];
                                        a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 54];
                                        a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                                    }
                                }
                            }
                            {   /* tap kw = 1, pixels 0, 1, 2, 3 */
                                const float *w = wr + 48;
                                for (int c = 0; c < 6; ++c, w += 8) {
                                    const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                                    {
                                        const float xv = xr[c + 36];
                                        a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 42];
                                        a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 48];
                                        a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                                    }
                                    {
                                        const float xv = xr[c + 54];
                                        a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                                    }
                                }
                            }
                        }
                    }
                    y_row[f0 + 40] = a0_0;
                    y_row[f0 + 41] = a0_1;
                    y_row[f0 + 42] = a0_2;
                    y_row[f0 + 43] = a0_3;
                    y_row[f0 + 48] = a1_0;
                    y_row[f0 + 49] = a1_1;
                    y_row[f0 + 50] = a1_2;
                    y_row[f0 + 51] = a1_3;
                    y_row[f0 + 56] = a2_0;
                    y_row[f0 + 57] = a2_1;
                    y_row[f0 + 58] = a2_2;
                    y_row[f0 + 59] = a2_3;
                    y_row[f0 + 64] = a3_0;
                    y_row[f0 + 65] = a3_1;
                    y_row[f0 + 66] = a3_2;
                    y_row[f0 + 67] = a3_3;
                    y_row[f0 + 72] = a4_0;
                    y_row[f0 + 73] = a4_1;
                    y_row[f0 + 74] = a4_2;
                    y_row[f0 + 75] = a4_3;
}
            }
        }
        act_video_conv3d_layer0(y_row);   /* the finished row's activation */
    }
#endif
    return 0;
}

/* conv3d (Conv3D) 5x12x10x6 -> 5x12x10x8, activation gelu
 * Workspace: 0 floats: none needed. */
int video_conv3d(const float *input, const float *weights, float *output, float *workspace)
{
    video_conv3d_layer0(input, weights, output, workspace);
    return 0;
}
