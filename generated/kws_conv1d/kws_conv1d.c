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
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  1x49x40: strides n=1960 c=1 d=1960 h=1960 w=40
 *   output 1x25x32: strides n=800 c=1 d=800 h=800 w=32
 *   weights [1][1][1][10][40][32], bias [1][32] at 12800
 *   padding before (d, h, w) = (0, 0, 4)
 *   columns: 1 group(s) of register tiles (2 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_kws_conv1d_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_hard_silu(t[f]);
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

#if !CG_VECTOR
/* The activation over one finished output row (25 x 32 values), for the
 * portable branch: in a loop of its own GCC keeps its constants in registers, where applied
 * to each tile's values it would reload them from memory for every tile. */
static void act_kws_conv1d_layer0(float *y_row)
{
    for (int i = 0; i < 800; ++i) {   /* the row is contiguous */
        const float v = y_row[i];
        y_row[i] = cg_hard_silu(v);
    }
}
#endif

static int kws_conv1d_layer0(const float *input, const float *weights, float *output,
                             float *workspace)
{
    const float *bias = weights + 12800;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    (void)store_kws_conv1d_layer0;   /* unused: every block goes straight from vectors */
    /* filter blocks outermost: one block's weights stay in cache across every row */
    {
        float *y_row = y;
        {
            const float *wf = weights;
            /* columns q: interior for q in [2, 22) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            {   /* 9 output pixel(s) x 32 filters in 2 cg_v16: an edge tile, each tap only where its column exists */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias), a0_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias), a1_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias), a2_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias), a3_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias), a4_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias), a5_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias), a6_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias), a7_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a8_0 = CG_LOAD(cg_v16, bias), a8_1 = CG_LOAD(cg_v16, bias + 16);
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 2, 3, 4, 5, 6, 7, 8 */
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
                            const float xv = xr[c + 80];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 400];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 480];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 40];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 360];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 440];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 520];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 400];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 480];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 560];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 40];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 360];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 440];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 520];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 600];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 400];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 480];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 560];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 640];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 40];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 360];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 440];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 520];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 600];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 680];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 80];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 400];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 480];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 560];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 640];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 720];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 120];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 360];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 440];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 520];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 600];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 680];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 760];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 160];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 400];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 480];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 560];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 640];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 720];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 800];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 200];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 360];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 440];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 520];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 600];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 680];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 760];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 840];
                            a8_0 += w0 * xv;
                            a8_1 += w1 * xv;
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
            }

            for (int q = 9; q < 17; q += 8)
            {   /* 8 output pixel(s) x 32 filters in 2 cg_v16, no bounds checks along w */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias), a0_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias), a1_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias), a2_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias), a3_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias), a4_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias), a5_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias), a6_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias), a7_1 = CG_LOAD(cg_v16, bias + 16);
                const float *xr = input + q * 80;
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
                            const float xv = xr[c - 160];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 80];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 400];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c - 120];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 40];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 360];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 440];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c - 80];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 400];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 480];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c - 40];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 360];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 440];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 520];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 400];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 480];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 560];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 40];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 360];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 440];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 520];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 600];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 80];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 400];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 480];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 560];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 640];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 120];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 360];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 440];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 520];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 600];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 680];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 160];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 400];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 480];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 560];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 640];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 720];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 200];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 360];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 440];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 520];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 600];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 680];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 760];
                            a7_0 += w0 * xv;
                            a7_1 += w1 * xv;
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
            }

            {   /* 8 output pixel(s) x 32 filters in 2 cg_v16: an edge tile, each tap only where its column exists */
                cg_v16 a0_0 = CG_LOAD(cg_v16, bias), a0_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a1_0 = CG_LOAD(cg_v16, bias), a1_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a2_0 = CG_LOAD(cg_v16, bias), a2_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a3_0 = CG_LOAD(cg_v16, bias), a3_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a4_0 = CG_LOAD(cg_v16, bias), a4_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a5_0 = CG_LOAD(cg_v16, bias), a5_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a6_0 = CG_LOAD(cg_v16, bias), a6_1 = CG_LOAD(cg_v16, bias + 16);
                cg_v16 a7_0 = CG_LOAD(cg_v16, bias), a7_1 = CG_LOAD(cg_v16, bias + 16);
                const float *xr = input;
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
                            const float xv = xr[c + 1200];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1280];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1360];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1440];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1520];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1600];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1680];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1760];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 1240];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1320];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1400];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1480];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1560];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1640];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1720];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1800];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 1280];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1360];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1440];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1520];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1600];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1680];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1760];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1840];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 1320];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1400];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1480];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1560];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1640];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1720];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1800];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1880];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 1360];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1440];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1520];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1600];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1680];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1760];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1840];
                            a6_0 += w0 * xv;
                            a6_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1920];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 1400];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1480];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1560];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1640];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1720];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1800];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1880];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 1440];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1520];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1600];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1680];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1760];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1840];
                            a5_0 += w0 * xv;
                            a5_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1920];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 1480];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1560];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1640];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1720];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1800];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1880];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 1520];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1600];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1680];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1760];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1840];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1920];
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
                        const cg_v16 w0 = CG_LOAD(cg_v16, w);
                        const cg_v16 w1 = CG_LOAD(cg_v16, w + 16);
                        {
                            const float xv = xr[c + 1560];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1640];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1720];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1800];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1880];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v16, y_row + 544, a0_0);
                CG_STORE(cg_v16, y_row + 560, a0_1);
                CG_STORE(cg_v16, y_row + 576, a1_0);
                CG_STORE(cg_v16, y_row + 592, a1_1);
                CG_STORE(cg_v16, y_row + 608, a2_0);
                CG_STORE(cg_v16, y_row + 624, a2_1);
                CG_STORE(cg_v16, y_row + 640, a3_0);
                CG_STORE(cg_v16, y_row + 656, a3_1);
                CG_STORE(cg_v16, y_row + 672, a4_0);
                CG_STORE(cg_v16, y_row + 688, a4_1);
                CG_STORE(cg_v16, y_row + 704, a5_0);
                CG_STORE(cg_v16, y_row + 720, a5_1);
                CG_STORE(cg_v16, y_row + 736, a6_0);
                CG_STORE(cg_v16, y_row + 752, a6_1);
                CG_STORE(cg_v16, y_row + 768, a7_0);
                CG_STORE(cg_v16, y_row + 784, a7_1);
            }


#else
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input;
                const float *wr = wf;
                {   /* tap kw = 0, pixels 2, 3, 4 */
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
                            const float xv = xr[c + 80];
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
                {   /* tap kw = 1, pixels 2, 3, 4 */
                    const float *w = wr + fh + 1280;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 40];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 2, pixels 1, 2, 3, 4 */
                    const float *w = wr + fh + 2560;
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
                            const float xv = xr[c + 80];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 3, pixels 1, 2, 3, 4 */
                    const float *w = wr + fh + 3840;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 40];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 4 */
                    const float *w = wr + fh + 5120;
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
                            const float xv = xr[c + 80];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 5 */
                    const float *w = wr + fh + 6400;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 40];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 360];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 6 */
                    const float *w = wr + fh + 7680;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 80];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 400];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 7 */
                    const float *w = wr + fh + 8960;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 120];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 360];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 440];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 8 */
                    const float *w = wr + fh + 10240;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 160];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 400];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 480];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 9 */
                    const float *w = wr + fh + 11520;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 200];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 360];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 440];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 520];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
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
            }

            for (int q = 5; q < 20; q += 5)
            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input + q * 80;
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
                            const float xv = xr[c - 160];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 80];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
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
                {   /* tap kw = 1 */
                    const float *w = wr + fh + 1280;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c - 120];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c - 40];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 40];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
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
                            const float xv = xr[c - 80];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 80];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 3 */
                    const float *w = wr + fh + 3840;
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
                            const float xv = xr[c + 40];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 4 */
                    const float *w = wr + fh + 5120;
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
                            const float xv = xr[c + 80];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 5 */
                    const float *w = wr + fh + 6400;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 40];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 120];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 360];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 6 */
                    const float *w = wr + fh + 7680;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 80];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 160];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 400];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 7 */
                    const float *w = wr + fh + 8960;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 120];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 200];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 360];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 440];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 8 */
                    const float *w = wr + fh + 10240;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 160];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 240];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 320];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 400];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 480];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 9 */
                    const float *w = wr + fh + 11520;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 200];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 280];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 360];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 440];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 520];
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

            for (int fh = 0; fh < 32; fh += 16)   /* the block's halves */
            {   /* 5 output pixel(s) x 16 filters from fh in 2 cg_v8: an edge tile, each tap only where its column exists */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias + fh), a0_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a1_0 = CG_LOAD(cg_v8, bias + fh), a1_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a2_0 = CG_LOAD(cg_v8, bias + fh), a2_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a3_0 = CG_LOAD(cg_v8, bias + fh), a3_1 = CG_LOAD(cg_v8, bias + fh + 8);
                cg_v8 a4_0 = CG_LOAD(cg_v8, bias + fh), a4_1 = CG_LOAD(cg_v8, bias + fh + 8);
                const float *xr = input;
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
                            const float xv = xr[c + 1440];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1520];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1600];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1680];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1760];
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
                            const float xv = xr[c + 1480];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1560];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1640];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1720];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1800];
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
                            const float xv = xr[c + 1520];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1600];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1680];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1760];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1840];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 3 */
                    const float *w = wr + fh + 3840;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 1560];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1640];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1720];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1800];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1880];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 4 */
                    const float *w = wr + fh + 5120;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 1600];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1680];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1760];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1840];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1920];
                            a4_0 += w0 * xv;
                            a4_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 5, pixels 0, 1, 2, 3 */
                    const float *w = wr + fh + 6400;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 1640];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1720];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1800];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1880];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 6, pixels 0, 1, 2, 3 */
                    const float *w = wr + fh + 7680;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 1680];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1760];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1840];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1920];
                            a3_0 += w0 * xv;
                            a3_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 7, pixels 0, 1, 2 */
                    const float *w = wr + fh + 8960;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 1720];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1800];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1880];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 8, pixels 0, 1, 2 */
                    const float *w = wr + fh + 10240;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 1760];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1840];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1920];
                            a2_0 += w0 * xv;
                            a2_1 += w1 * xv;
                        }
                    }
                }
                {   /* tap kw = 9, pixels 0, 1 */
                    const float *w = wr + fh + 11520;
                    /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                     * hoisted past the registers and the accumulators spill */
                    _Pragma("GCC unroll 1")
                    for (int c = 0; c < 40; ++c, w += 32) {
                        const cg_v8 w0 = CG_LOAD(cg_v8, w);
                        const cg_v8 w1 = CG_LOAD(cg_v8, w + 8);
                        {
                            const float xv = xr[c + 1800];
                            a0_0 += w0 * xv;
                            a0_1 += w1 * xv;
                        }
                        {
                            const float xv = xr[c + 1880];
                            a1_0 += w0 * xv;
                            a1_1 += w1 * xv;
                        }
                    }
                }
                CG_STORE(cg_v8, y_row + fh + 640, a0_0);
                CG_STORE(cg_v8, y_row + fh + 648, a0_1);
                CG_STORE(cg_v8, y_row + fh + 672, a1_0);
                CG_STORE(cg_v8, y_row + fh + 680, a1_1);
                CG_STORE(cg_v8, y_row + fh + 704, a2_0);
                CG_STORE(cg_v8, y_row + fh + 712, a2_1);
                CG_STORE(cg_v8, y_row + fh + 736, a3_0);
                CG_STORE(cg_v8, y_row + fh + 744, a3_1);
                CG_STORE(cg_v8, y_row + fh + 768, a4_0);
                CG_STORE(cg_v8, y_row + fh + 776, a4_1);
            }


#endif
            activate_kws_conv1d_layer0(y_row);   /* the finished row of a full block */
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_kws_conv1d_layer0;   /* unused: the tiles store their values themselves, the row pass applies the activation */
    {
        float *y_row = y;
        {   /* block 0: 32 filters */
            const float *wf = weights;
            for (int f0 = 0; f0 < 32; f0 += 4) {
                for (int ow = 0; ow < 2; ++ow) {   /* border pixels: taps checked */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    for (int kw = 0; kw < 10; ++kw) {
                        const int iw = ow * 2 + kw - 4;
                        if (iw < 0 || iw >= 49) continue;
                        const float *xr = input + iw * 40;
                        const float *w = wf + kw * 1280 + f0;
                        for (int c = 0; c < 40; c += 4, w += 128) {
                            {   /* channel c + 0 */
                                const float x0 = xr[c];
                                a0_0 += x0 * w[0];
                                a0_1 += x0 * w[1];
                                a0_2 += x0 * w[2];
                                a0_3 += x0 * w[3];
                            }
                            {   /* channel c + 1 */
                                const float x0 = xr[c + 1];
                                a0_0 += x0 * w[32];
                                a0_1 += x0 * w[33];
                                a0_2 += x0 * w[34];
                                a0_3 += x0 * w[35];
                            }
                            {   /* channel c + 2 */
                                const float x0 = xr[c + 2];
                                a0_0 += x0 * w[64];
                                a0_1 += x0 * w[65];
                                a0_2 += x0 * w[66];
                                a0_3 += x0 * w[67];
                            }
                            {   /* channel c + 3 */
                                const float x0 = xr[c + 3];
                                a0_0 += x0 * w[96];
                                a0_1 += x0 * w[97];
                                a0_2 += x0 * w[98];
                                a0_3 += x0 * w[99];
                            }
                        }
                    }
                    y_row[ow * 32 + f0] = a0_0;
                    y_row[ow * 32 + f0 + 1] = a0_1;
                    y_row[ow * 32 + f0 + 2] = a0_2;
                    y_row[ow * 32 + f0 + 3] = a0_3;
}
                for (int ow = 22; ow < 25; ++ow) {   /* border pixels: taps checked */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    for (int kw = 0; kw < 10; ++kw) {
                        const int iw = ow * 2 + kw - 4;
                        if (iw < 0 || iw >= 49) continue;
                        const float *xr = input + iw * 40;
                        const float *w = wf + kw * 1280 + f0;
                        for (int c = 0; c < 40; c += 4, w += 128) {
                            {   /* channel c + 0 */
                                const float x0 = xr[c];
                                a0_0 += x0 * w[0];
                                a0_1 += x0 * w[1];
                                a0_2 += x0 * w[2];
                                a0_3 += x0 * w[3];
                            }
                            {   /* channel c + 1 */
                                const float x0 = xr[c + 1];
                                a0_0 += x0 * w[32];
                                a0_1 += x0 * w[33];
                                a0_2 += x0 * w[34];
                                a0_3 += x0 * w[35];
                            }
                            {   /* channel c + 2 */
                                const float x0 = xr[c + 2];
                                a0_0 += x0 * w[64];
                                a0_1 += x0 * w[65];
                                a0_2 += x0 * w[66];
                                a0_3 += x0 * w[67];
                            }
                            {   /* channel c + 3 */
                                const float x0 = xr[c + 3];
                                a0_0 += x0 * w[96];
                                a0_1 += x0 * w[97];
                                a0_2 += x0 * w[98];
                                a0_3 += x0 * w[99];
                            }
                        }
                    }
                    y_row[ow * 32 + f0] = a0_0;
                    y_row[ow * 32 + f0 + 1] = a0_1;
                    y_row[ow * 32 + f0 + 2] = a0_2;
                    y_row[ow * 32 + f0 + 3] = a0_3;
}
                /* columns q: interior for q in [2, 22) */
                for (int q = 2; q < 22; q += 5)
                {   /* 5 pixel(s) x 4 filter(s) in scalar registers */
                    const float b0 = bias[f0], b1 = bias[f0 + 1], b2 = bias[f0 + 2], b3 = bias[f0 + 3];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3;
                    float a1_0 = b0, a1_1 = b1, a1_2 = b2, a1_3 = b3;
                    float a2_0 = b0, a2_1 = b1, a2_2 = b2, a2_3 = b3;
                    float a3_0 = b0, a3_1 = b1, a3_2 = b2, a3_3 = b3;
                    float a4_0 = b0, a4_1 = b1, a4_2 = b2, a4_3 = b3;
                    const float *xr = input + q * 80;
                    const float *wr = wf + f0;
                    {   /* tap kw = 0 */
                        const float *xk = xr;
                        const float *w = wr;
                        for (int c = 0; c < 40; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 160];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 80];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 80];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 160];
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
                                const float xv = xk[c - 160];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 80];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 80];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 160];
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
                                const float xv = xk[c - 160];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 80];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 80];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 160];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 3 */
                        const float *xk = xr + 120;
                        const float *w = wr + 3840;
                        for (int c = 0; c < 40; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 160];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 80];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 80];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 160];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 4 */
                        const float *xk = xr + 160;
                        const float *w = wr + 5120;
                        for (int c = 0; c < 40; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 160];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 80];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 80];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 160];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 5 */
                        const float *xk = xr + 200;
                        const float *w = wr + 6400;
                        for (int c = 0; c < 40; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 160];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 80];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 80];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 160];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 6 */
                        const float *xk = xr + 240;
                        const float *w = wr + 7680;
                        for (int c = 0; c < 40; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 160];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 80];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 80];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 160];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 7 */
                        const float *xk = xr + 280;
                        const float *w = wr + 8960;
                        for (int c = 0; c < 40; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 160];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 80];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 80];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 160];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 8 */
                        const float *xk = xr + 320;
                        const float *w = wr + 10240;
                        for (int c = 0; c < 40; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 160];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 80];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 80];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 160];
                                a4_0 += w0 * xv; a4_1 += w1 * xv; a4_2 += w2 * xv; a4_3 += w3 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 9 */
                        const float *xk = xr + 360;
                        const float *w = wr + 11520;
                        for (int c = 0; c < 40; ++c, w += 32) {
                            const float w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
                            {
                                const float xv = xk[c - 160];
                                a0_0 += w0 * xv; a0_1 += w1 * xv; a0_2 += w2 * xv; a0_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c - 80];
                                a1_0 += w0 * xv; a1_1 += w1 * xv; a1_2 += w2 * xv; a1_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c];
                                a2_0 += w0 * xv; a2_1 += w1 * xv; a2_2 += w2 * xv; a2_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 80];
                                a3_0 += w0 * xv; a3_1 += w1 * xv; a3_2 += w2 * xv; a3_3 += w3 * xv;
                            }
                            {
                                const float xv = xk[c + 160];
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
        act_kws_conv1d_layer0(y_row);   /* the finished row's activation */
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
