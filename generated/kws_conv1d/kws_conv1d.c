/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: kws_conv1d.yaml
 *   Template: model.c.j2, dense.c.j2
 */
#include "kws_conv1d.h"

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

static inline __attribute__((unused)) void cg_v8_relu6(cg_v8 *x)
{
    cg_v8_relu(x);
    *x = (cg_v8)(((cg_i8)(((cg_v8){0.0f} + 6.0f)) & ((*x > 6.0f))) | ((cg_i8)(*x) & ~((*x > 6.0f))));
}

static inline __attribute__((unused)) void cg_v8_hard_sigmoid(cg_v8 *x)
{
    *x += 3.0f;
    cg_v8_relu6(x);
    *x /= 6.0f;
}

static inline __attribute__((unused)) void cg_v8_hard_silu(cg_v8 *x)
{
    cg_v8 s = *x;
    cg_v8_hard_sigmoid(&s);
    *x *= s;
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

static inline __attribute__((unused)) void cg_v16_hard_sigmoid(cg_v16 *x)
{
    *x += 3.0f;
    cg_v16_relu6(x);
    *x /= 6.0f;
}

static inline __attribute__((unused)) void cg_v16_hard_silu(cg_v16 *x)
{
    cg_v16 s = *x;
    cg_v16_hard_sigmoid(&s);
    *x *= s;
}

#else
#define CG_VECTOR 0
#endif

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_relu6(float x) { return x < 0.0f ? 0.0f : (x > 6.0f ? 6.0f : x); }

static inline float cg_hard_sigmoid(float x) { return cg_relu6(x + 3.0f) / 6.0f; }

static inline float cg_hard_silu(float x) { return x * cg_hard_sigmoid(x); }

/* conv1d (Conv1D) 49x40 -> 25x32, activation hard_swish
 * Dense convolution: register-blocked tiles of output pixels x 32 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
 *   input  1x49x40: strides n=1960 c=1 d=1960 h=1960 w=40
 *   output 1x25x32: strides n=800 c=1 d=800 h=800 w=32
 *   weights [1][1][1][10][40][32], bias [1][32] at 12800
 *   padding before (d, h, w) = (0, 0, 4)
 *   columns: 1 group(s) of register tiles (2 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_kws_conv1d_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 1] = cg_hard_silu(t[f]);
}

#if CG_VECTOR
/* The activation over one output row of a filter block, in a function of its own: inlined
 * into the tiles' loop nest, its constants would take the accumulators' registers. */
static __attribute__((noinline)) void activate_kws_conv1d_layer0(float *y_row)
{
#if defined(__AVX512F__)
    for (int ow = 0; ow < 25; ++ow)
        for (int f = 0; f < 32; f += 16) {
            float *o = y_row + ow * 32 + f;
            cg_v16 v = CG_LOAD(cg_v16, o);
            cg_v16_hard_silu(&v);
            CG_STORE(cg_v16, o, v);
        }

#else
    for (int ow = 0; ow < 25; ++ow)
        for (int f = 0; f < 32; f += 8) {
            float *o = y_row + ow * 32 + f;
            cg_v8 v = CG_LOAD(cg_v8, o);
            cg_v8_hard_silu(&v);
            CG_STORE(cg_v8, o, v);
        }

#endif
}
#endif

static int kws_conv1d_layer0(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 12800;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[32];   /* a pixel's values on their way to the scalar store */
    (void)t;
    (void)store_kws_conv1d_layer0;   /* unused when every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int n = 0; n < 1; ++n)
    for (int fb = 0; fb < 1; ++fb)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh) {
        float *y_row = y + n * 800 + od * 800 + oh * 800;
        {
            const float *wf = weights + fb * 12800;
            const int nf = fb < 0 ? 32 : 32;   /* filters in this block */
            (void)nf;
            /* columns 0 + 1 * q: interior for q in [2, 22) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 9 output pixel(s) x 32 filters in 2 cg_v16: an edge tile, each tap only where its column exists */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a8_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 1) continue;

                        const float *xr = input + n * 1960 + id * 1960 + ih * 1960;
                        const float *wr = wf + (kd * 1 + kh) * 12800;
                        {   /* tap kw = 0, pixels 2, 3, 4, 5, 6, 7, 8 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[400 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[480 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1, pixels 2, 3, 4, 5, 6, 7, 8 */
                            const float *w = wr + 1280;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[40 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[280 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[360 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[440 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[520 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 1, 2, 3, 4, 5, 6, 7, 8 */
                            const float *w = wr + 2560;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[400 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[480 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[560 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 3, pixels 1, 2, 3, 4, 5, 6, 7, 8 */
                            const float *w = wr + 3840;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[40 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[280 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[360 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[440 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[520 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[600 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 4 */
                            const float *w = wr + 5120;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[400 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[480 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[560 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[640 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 5 */
                            const float *w = wr + 6400;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[40 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[280 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[360 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[440 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[520 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[600 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[680 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 6 */
                            const float *w = wr + 7680;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[80 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[400 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[480 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[560 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[640 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[720 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 7 */
                            const float *w = wr + 8960;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[120 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[280 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[360 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[440 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[520 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[600 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[680 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[760 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 8 */
                            const float *w = wr + 10240;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[160 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[400 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[480 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[560 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[640 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[720 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[800 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 9 */
                            const float *w = wr + 11520;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[200 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[280 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[360 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[440 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[520 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[600 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[680 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[760 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[840 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                CG_STORE(cg_v16, y_row + (0) * 32 + fb * 32 + 0, a0_0);
                CG_STORE(cg_v16, y_row + (0) * 32 + fb * 32 + 16, a0_1);

                CG_STORE(cg_v16, y_row + (1) * 32 + fb * 32 + 0, a1_0);
                CG_STORE(cg_v16, y_row + (1) * 32 + fb * 32 + 16, a1_1);

                CG_STORE(cg_v16, y_row + (2) * 32 + fb * 32 + 0, a2_0);
                CG_STORE(cg_v16, y_row + (2) * 32 + fb * 32 + 16, a2_1);

                CG_STORE(cg_v16, y_row + (3) * 32 + fb * 32 + 0, a3_0);
                CG_STORE(cg_v16, y_row + (3) * 32 + fb * 32 + 16, a3_1);

                CG_STORE(cg_v16, y_row + (4) * 32 + fb * 32 + 0, a4_0);
                CG_STORE(cg_v16, y_row + (4) * 32 + fb * 32 + 16, a4_1);

                CG_STORE(cg_v16, y_row + (5) * 32 + fb * 32 + 0, a5_0);
                CG_STORE(cg_v16, y_row + (5) * 32 + fb * 32 + 16, a5_1);

                CG_STORE(cg_v16, y_row + (6) * 32 + fb * 32 + 0, a6_0);
                CG_STORE(cg_v16, y_row + (6) * 32 + fb * 32 + 16, a6_1);

                CG_STORE(cg_v16, y_row + (7) * 32 + fb * 32 + 0, a7_0);
                CG_STORE(cg_v16, y_row + (7) * 32 + fb * 32 + 16, a7_1);

                CG_STORE(cg_v16, y_row + (8) * 32 + fb * 32 + 0, a8_0);
                CG_STORE(cg_v16, y_row + (8) * 32 + fb * 32 + 16, a8_1);

            }

            for (int q = 9; q < 17; q += 8)
            {   /* 8 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 1) continue;

                        const float *xr = input + n * 1960 + id * 1960 + ih * 1960 + q * 80;
                        const float *wr = wf + (kd * 1 + kh) * 12800;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[-160 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[-80 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[0 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[400 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 1280;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[-120 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[-40 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[280 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[360 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[440 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 2560;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[-80 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[400 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[480 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 3 */
                            const float *w = wr + 3840;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[-40 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[280 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[360 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[440 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[520 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 4 */
                            const float *w = wr + 5120;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[400 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[480 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[560 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 5 */
                            const float *w = wr + 6400;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[40 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[280 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[360 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[440 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[520 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[600 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 6 */
                            const float *w = wr + 7680;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[80 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[400 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[480 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[560 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[640 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 7 */
                            const float *w = wr + 8960;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[120 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[280 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[360 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[440 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[520 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[600 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[680 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 8 */
                            const float *w = wr + 10240;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[160 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[400 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[480 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[560 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[640 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[720 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 9 */
                            const float *w = wr + 11520;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[200 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[280 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[360 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[440 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[520 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[600 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[680 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[760 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                CG_STORE(cg_v16, y_row + (0 + (q + 0) * 1) * 32 + fb * 32 + 0, a0_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 0) * 1) * 32 + fb * 32 + 16, a0_1);

                CG_STORE(cg_v16, y_row + (0 + (q + 1) * 1) * 32 + fb * 32 + 0, a1_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 1) * 1) * 32 + fb * 32 + 16, a1_1);

                CG_STORE(cg_v16, y_row + (0 + (q + 2) * 1) * 32 + fb * 32 + 0, a2_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 2) * 1) * 32 + fb * 32 + 16, a2_1);

                CG_STORE(cg_v16, y_row + (0 + (q + 3) * 1) * 32 + fb * 32 + 0, a3_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 3) * 1) * 32 + fb * 32 + 16, a3_1);

                CG_STORE(cg_v16, y_row + (0 + (q + 4) * 1) * 32 + fb * 32 + 0, a4_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 4) * 1) * 32 + fb * 32 + 16, a4_1);

                CG_STORE(cg_v16, y_row + (0 + (q + 5) * 1) * 32 + fb * 32 + 0, a5_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 5) * 1) * 32 + fb * 32 + 16, a5_1);

                CG_STORE(cg_v16, y_row + (0 + (q + 6) * 1) * 32 + fb * 32 + 0, a6_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 6) * 1) * 32 + fb * 32 + 16, a6_1);

                CG_STORE(cg_v16, y_row + (0 + (q + 7) * 1) * 32 + fb * 32 + 0, a7_0);
                CG_STORE(cg_v16, y_row + (0 + (q + 7) * 1) * 32 + fb * 32 + 16, a7_1);

            }

            {   /* 8 output pixel(s) x 32 filters in 2 cg_v16: an edge tile, each tap only where its column exists */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a0_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a1_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a2_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a3_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a4_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a5_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a6_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias + fb * 32 + 0), a7_1 = CG_LOAD(cg_v16, bias + fb * 32 + 16);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 1) continue;

                        const float *xr = input + n * 1960 + id * 1960 + ih * 1960;
                        const float *wr = wf + (kd * 1 + kh) * 12800;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[1200 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1280 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1360 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1440 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1520 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1600 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1680 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1760 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 1280;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[1240 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1320 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1400 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1480 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1560 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1640 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1720 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1800 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 2560;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[1280 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1360 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1440 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1520 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1600 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1680 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1760 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1840 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 3 */
                            const float *w = wr + 3840;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[1320 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1400 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1480 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1560 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1640 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1720 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1800 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1880 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 4 */
                            const float *w = wr + 5120;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[1360 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1440 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1520 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1600 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1680 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1760 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1840 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1920 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 5, pixels 0, 1, 2, 3, 4, 5, 6 */
                            const float *w = wr + 6400;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[1400 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1480 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1560 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1640 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1720 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1800 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1880 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 6, pixels 0, 1, 2, 3, 4, 5, 6 */
                            const float *w = wr + 7680;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[1440 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1520 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1600 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1680 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1760 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1840 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1920 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 7, pixels 0, 1, 2, 3, 4, 5 */
                            const float *w = wr + 8960;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[1480 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1560 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1640 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1720 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1800 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1880 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 8, pixels 0, 1, 2, 3, 4, 5 */
                            const float *w = wr + 10240;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[1520 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1600 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1680 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1760 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1840 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1920 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 9, pixels 0, 1, 2, 3, 4 */
                            const float *w = wr + 11520;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v16 w0 = CG_LOAD(cg_v16, w + 0);
                                const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                                {
                                    const float xv = xr[1560 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1640 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1720 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1800 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = xr[1880 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
                CG_STORE(cg_v16, y_row + (17) * 32 + fb * 32 + 0, a0_0);
                CG_STORE(cg_v16, y_row + (17) * 32 + fb * 32 + 16, a0_1);

                CG_STORE(cg_v16, y_row + (18) * 32 + fb * 32 + 0, a1_0);
                CG_STORE(cg_v16, y_row + (18) * 32 + fb * 32 + 16, a1_1);

                CG_STORE(cg_v16, y_row + (19) * 32 + fb * 32 + 0, a2_0);
                CG_STORE(cg_v16, y_row + (19) * 32 + fb * 32 + 16, a2_1);

                CG_STORE(cg_v16, y_row + (20) * 32 + fb * 32 + 0, a3_0);
                CG_STORE(cg_v16, y_row + (20) * 32 + fb * 32 + 16, a3_1);

                CG_STORE(cg_v16, y_row + (21) * 32 + fb * 32 + 0, a4_0);
                CG_STORE(cg_v16, y_row + (21) * 32 + fb * 32 + 16, a4_1);

                CG_STORE(cg_v16, y_row + (22) * 32 + fb * 32 + 0, a5_0);
                CG_STORE(cg_v16, y_row + (22) * 32 + fb * 32 + 16, a5_1);

                CG_STORE(cg_v16, y_row + (23) * 32 + fb * 32 + 0, a6_0);
                CG_STORE(cg_v16, y_row + (23) * 32 + fb * 32 + 16, a6_1);

                CG_STORE(cg_v16, y_row + (24) * 32 + fb * 32 + 0, a7_0);
                CG_STORE(cg_v16, y_row + (24) * 32 + fb * 32 + 16, a7_1);

            }


#else
            {   /* 3 output pixel(s) x 32 filters in 4 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a0_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a0_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a1_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a1_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a2_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a2_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 1) continue;

                        const float *xr = input + n * 1960 + id * 1960 + ih * 1960;
                        const float *wr = wf + (kd * 1 + kh) * 12800;
                        {   /* tap kw = 0, pixels 2 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1, pixels 2 */
                            const float *w = wr + 1280;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[40 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2, pixels 1, 2 */
                            const float *w = wr + 2560;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 3, pixels 1, 2 */
                            const float *w = wr + 3840;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[40 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 4 */
                            const float *w = wr + 5120;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 5 */
                            const float *w = wr + 6400;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[40 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 6 */
                            const float *w = wr + 7680;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[80 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 7 */
                            const float *w = wr + 8960;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[120 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[280 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 8 */
                            const float *w = wr + 10240;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[160 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 9 */
                            const float *w = wr + 11520;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[200 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[280 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[360 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + (0) * 32 + fb * 32 + 0, a0_0);
                CG_STORE(cg_v8, y_row + (0) * 32 + fb * 32 + 8, a0_1);
                CG_STORE(cg_v8, y_row + (0) * 32 + fb * 32 + 16, a0_2);
                CG_STORE(cg_v8, y_row + (0) * 32 + fb * 32 + 24, a0_3);

                CG_STORE(cg_v8, y_row + (1) * 32 + fb * 32 + 0, a1_0);
                CG_STORE(cg_v8, y_row + (1) * 32 + fb * 32 + 8, a1_1);
                CG_STORE(cg_v8, y_row + (1) * 32 + fb * 32 + 16, a1_2);
                CG_STORE(cg_v8, y_row + (1) * 32 + fb * 32 + 24, a1_3);

                CG_STORE(cg_v8, y_row + (2) * 32 + fb * 32 + 0, a2_0);
                CG_STORE(cg_v8, y_row + (2) * 32 + fb * 32 + 8, a2_1);
                CG_STORE(cg_v8, y_row + (2) * 32 + fb * 32 + 16, a2_2);
                CG_STORE(cg_v8, y_row + (2) * 32 + fb * 32 + 24, a2_3);

            }

            for (int q = 3; q < 21; q += 3)
            {   /* 3 output pixel(s) x 32 filters in 4 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a0_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a0_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a1_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a1_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a2_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a2_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a2_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 1) continue;

                        const float *xr = input + n * 1960 + id * 1960 + ih * 1960 + q * 80;
                        const float *wr = wf + (kd * 1 + kh) * 12800;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[-160 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[-80 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[0 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 1280;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[-120 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[-40 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 2560;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[-80 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[0 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 3 */
                            const float *w = wr + 3840;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[-40 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[40 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 4 */
                            const float *w = wr + 5120;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[80 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 5 */
                            const float *w = wr + 6400;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[40 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[120 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 6 */
                            const float *w = wr + 7680;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[80 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[160 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 7 */
                            const float *w = wr + 8960;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[120 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[200 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[280 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 8 */
                            const float *w = wr + 10240;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[160 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[240 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[320 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 9 */
                            const float *w = wr + 11520;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[200 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[280 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[360 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                    a2_2 += w2 * xv;
                                    a2_3 += w3 * xv;
                                }
                            }
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 32 + fb * 32 + 0, a0_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 32 + fb * 32 + 8, a0_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 32 + fb * 32 + 16, a0_2);
                CG_STORE(cg_v8, y_row + (0 + (q + 0) * 1) * 32 + fb * 32 + 24, a0_3);

                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 32 + fb * 32 + 0, a1_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 32 + fb * 32 + 8, a1_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 32 + fb * 32 + 16, a1_2);
                CG_STORE(cg_v8, y_row + (0 + (q + 1) * 1) * 32 + fb * 32 + 24, a1_3);

                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 32 + fb * 32 + 0, a2_0);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 32 + fb * 32 + 8, a2_1);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 32 + fb * 32 + 16, a2_2);
                CG_STORE(cg_v8, y_row + (0 + (q + 2) * 1) * 32 + fb * 32 + 24, a2_3);

            }

            {   /* 2 output pixel(s) x 32 filters in 4 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a0_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a0_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a1_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a1_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 1) continue;

                        const float *xr = input + n * 1960 + id * 1960 + ih * 1960;
                        const float *wr = wf + (kd * 1 + kh) * 12800;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[1520 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[1600 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 1280;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[1560 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[1640 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 2560;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[1600 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[1680 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 3 */
                            const float *w = wr + 3840;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[1640 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[1720 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 4 */
                            const float *w = wr + 5120;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[1680 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[1760 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 5 */
                            const float *w = wr + 6400;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[1720 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[1800 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 6 */
                            const float *w = wr + 7680;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[1760 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[1840 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 7 */
                            const float *w = wr + 8960;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[1800 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[1880 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 8 */
                            const float *w = wr + 10240;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[1840 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[1920 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 9, pixels 0 */
                            const float *w = wr + 11520;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[1880 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                            }
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + (21) * 32 + fb * 32 + 0, a0_0);
                CG_STORE(cg_v8, y_row + (21) * 32 + fb * 32 + 8, a0_1);
                CG_STORE(cg_v8, y_row + (21) * 32 + fb * 32 + 16, a0_2);
                CG_STORE(cg_v8, y_row + (21) * 32 + fb * 32 + 24, a0_3);

                CG_STORE(cg_v8, y_row + (22) * 32 + fb * 32 + 0, a1_0);
                CG_STORE(cg_v8, y_row + (22) * 32 + fb * 32 + 8, a1_1);
                CG_STORE(cg_v8, y_row + (22) * 32 + fb * 32 + 16, a1_2);
                CG_STORE(cg_v8, y_row + (22) * 32 + fb * 32 + 24, a1_3);

            }

            {   /* 2 output pixel(s) x 32 filters in 4 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a0_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a0_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a0_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fb * 32 + 0), a1_1 = CG_LOAD(cg_v8, bias + fb * 32 + 8), a1_2 = CG_LOAD(cg_v8, bias + fb * 32 + 16), a1_3 = CG_LOAD(cg_v8, bias + fb * 32 + 24);
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 1) continue;

                        const float *xr = input + n * 1960 + id * 1960 + ih * 1960;
                        const float *wr = wf + (kd * 1 + kh) * 12800;
                        {   /* tap kw = 0 */
                            const float *w = wr + 0;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[1680 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[1760 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *w = wr + 1280;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[1720 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[1800 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *w = wr + 2560;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[1760 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[1840 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 3 */
                            const float *w = wr + 3840;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[1800 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[1880 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 4 */
                            const float *w = wr + 5120;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[1840 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                                {
                                    const float xv = xr[1920 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                    a1_2 += w2 * xv;
                                    a1_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 5, pixels 0 */
                            const float *w = wr + 6400;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[1880 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                            }
                        }
                        {   /* tap kw = 6, pixels 0 */
                            const float *w = wr + 7680;
                            /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                             * hoisted past the registers and the accumulators spill */
                            _Pragma("GCC unroll 1")
                            for (int c = 0; c < 40; ++c, w += 32) {
                                const cg_v8 w0 = CG_LOAD(cg_v8, w + 0);
                                const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                                const cg_v8 w2 = CG_LOAD(cg_v8, w + 16);
                                const cg_v8 w3 = CG_LOAD(cg_v8, w + 24);
                                {
                                    const float xv = xr[1920 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                    a0_2 += w2 * xv;
                                    a0_3 += w3 * xv;
                                }
                            }
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + (23) * 32 + fb * 32 + 0, a0_0);
                CG_STORE(cg_v8, y_row + (23) * 32 + fb * 32 + 8, a0_1);
                CG_STORE(cg_v8, y_row + (23) * 32 + fb * 32 + 16, a0_2);
                CG_STORE(cg_v8, y_row + (23) * 32 + fb * 32 + 24, a0_3);

                CG_STORE(cg_v8, y_row + (24) * 32 + fb * 32 + 0, a1_0);
                CG_STORE(cg_v8, y_row + (24) * 32 + fb * 32 + 8, a1_1);
                CG_STORE(cg_v8, y_row + (24) * 32 + fb * 32 + 16, a1_2);
                CG_STORE(cg_v8, y_row + (24) * 32 + fb * 32 + 24, a1_3);

            }


#endif
            activate_kws_conv1d_layer0(y_row + fb * 32);   /* the finished row of a full block */
        }
    }
#else
    /* portable C99: the same packed weights, one output pixel at a time */
    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh)
    for (int ow = 0; ow < 25; ++ow)
    for (int fb = 0; fb < 1; ++fb) {
        const float *wf = weights + fb * 12800;
        const int nf = fb < 0 ? 32 : 32;
        float acc[32];
        for (int f = 0; f < 32; ++f)
            acc[f] = bias[fb * 32 + f];
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 1) continue;

                for (int kw = 0; kw < 10; ++kw) {
                        const int iw = ow * 2 + kw * 1 - 4;
                        if (iw < 0 || iw >= 49) continue;

                    {
                        const float *x = input + n * 1960 + id * 1960 + ih * 1960 + iw * 40;
                        const float *w = wf + ((kd * 1 + kh) * 10 + kw) * 1280;
                        for (int c = 0; c < 40; ++c)
                            for (int f = 0; f < 32; ++f)
                                acc[f] += x[c * 1] * w[c * 32 + f];
                    }
                }
            }
        }
        store_kws_conv1d_layer0(y + n * 800 + od * 800 + oh * 800 + ow * 32 + fb * 32, acc, nf);
    }
#endif
    return 0;
}

/* conv1d (Conv1D) 49x40 -> 25x32, activation hard_swish
 * Workspace: 0 floats: none needed. */
int kws_conv1d(const float *input, const float *weights, float *output, float *workspace)
{
    kws_conv1d_layer0(input, weights, output, workspace);
    return 0;
}
