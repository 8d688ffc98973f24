/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: full_kernel.yaml
 *   Template: model.c.j2, dense.c.j2
 */
#include "full_kernel.h"

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

/* Keras 3's sparsemax, without sorting: element i takes the place it would have in a
 * stable descending sort (rank, running sum); Keras's tau is (sum over the support of
 * those running sums - 1) / |support|. O(len^2) per row, in place. */
static inline void cg_sparsemax_rows(float *y, int rows, int len)
{
    for (int r = 0; r < rows; ++r, y += len) {
        float support_sum = 0.0f;
        int k = 0;
        for (int i = 0; i < len; ++i) {
            float cumsum = y[i];
            int rank = 1;
            for (int j = 0; j < len; ++j)
                if (y[j] > y[i] || (y[j] == y[i] && j < i)) { cumsum += y[j]; ++rank; }
            if (y[i] - (cumsum - 1.0f) / (float)rank > 0.0f) { support_sum += cumsum; ++k; }
        }
        {
            const float tau = (support_sum - 1.0f) / (float)k;
            /* max(x - tau, 0) that keeps a NaN, as Keras's maximum does */
            for (int i = 0; i < len; ++i) y[i] = y[i] - tau < 0.0f ? 0.0f : y[i] - tau;
        }
    }
}

/* conv2d (Conv2D) 7x5x3 -> 1x1x6, activation sparsemax
 * Dense convolution: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; without vectors (or with
 * CONVGEN_PORTABLE) portable C99 over the same packed weights: tiles of output pixels x
 * filters in scalar registers, sized for a 32-register FPU.
 *   input  3x7x5x3: strides n=105 c=1 d=105 h=15 w=3
 *   output 3x1x1x6: strides n=6 c=1 d=6 h=6 w=6
 *   weights [1][1][7][5][3][8], bias [1][8] at 840
 *   padding before (d, h, w) = (0, 0, 0)
 *   columns: 1 group(s) of register tiles (0 edge tile(s) with per-tap pixel lists), 0 border range(s)
 * Workspace: 0 floats. */
static void store_full_kernel_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f] = cg_linear(t[f]);
}

static int full_kernel_layer0(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 840;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[8];   /* a pixel's values on their way to the scalar store */
    (void)t;   /* unused where the last block's tiles store whole vectors */
    (void)store_full_kernel_layer0;
    /* filter blocks outermost: one block's weights stay in cache across every row */
    for (int n = 0; n < 3; ++n) {
        float *y_row = y + n * 6;
        {
            const float *wf = weights;
            /* columns q: interior for q in [0, 1) */
#if defined(__AVX512F__)   /* 32 registers of 16 floats */
            for (int q = 0; q < 1; q += 1)
            {   /* 1 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 7; ++kh) {
                    const int ih = kh;
                    const float *xr = input + n * 105 + ih * 15 + q * 3;
                    const float *wr = wf + kh * 120;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
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
                                const float xv = xr[c + 3];
                                a0_0 += w0 * xv;
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
                                const float xv = xr[c + 6];
                                a0_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 3 */
                        const float *w = wr + 72;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 9];
                                a0_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 4 */
                        const float *w = wr + 96;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 12];
                                a0_0 += w0 * xv;
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_full_kernel_layer0(y_row + q * 6, t, 6);
            }


#else
            for (int q = 0; q < 1; q += 1)
            {   /* 1 output pixel(s) x 8 filters in 1 cg_v8, no bounds checks along w */
                cg_v8 a0_0 = CG_LOAD(cg_v8, bias);
                for (int kh = 0; kh < 7; ++kh) {
                    const int ih = kh;
                    const float *xr = input + n * 105 + ih * 15 + q * 3;
                    const float *wr = wf + kh * 120;
                    {   /* tap kw = 0 */
                        const float *w = wr;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c];
                                a0_0 += w0 * xv;
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
                                const float xv = xr[c + 3];
                                a0_0 += w0 * xv;
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
                                const float xv = xr[c + 6];
                                a0_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 3 */
                        const float *w = wr + 72;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 9];
                                a0_0 += w0 * xv;
                            }
                        }
                    }
                    {   /* tap kw = 4 */
                        const float *w = wr + 96;
                        /* kept a loop: unrolled (GCC peels short ones whole), its loads are
                         * hoisted past the registers and the accumulators spill */
                        _Pragma("GCC unroll 1")
                        for (int c = 0; c < 3; ++c, w += 8) {
                            const cg_v8 w0 = CG_LOAD(cg_v8, w);
                            {
                                const float xv = xr[c + 12];
                                a0_0 += w0 * xv;
                            }
                        }
                    }
                }
CG_STORE(cg_v8, t, a0_0); 
                store_full_kernel_layer0(y_row + q * 6, t, 6);
            }


#endif
        }
    }
#else
    /* portable C99 for cores without SIMD: scalar register tiles (see the macros above) */
    (void)store_full_kernel_layer0;   /* unused: the tiles store their values themselves */
    for (int n = 0; n < 3; ++n) {
        float *y_row = y + n * 6;
        {   /* block 0: 6 filters */
            const float *wf = weights;
            {
                /* columns q: interior for q in [0, 1) */
                for (int q = 0; q < 1; q += 1)
                {   /* 1 pixel(s) x 6 filter(s) in scalar registers */
                    const float b0 = bias[0], b1 = bias[1], b2 = bias[2], b3 = bias[3], b4 = bias[4], b5 = bias[5];
                    float a0_0 = b0, a0_1 = b1, a0_2 = b2, a0_3 = b3, a0_4 = b4, a0_5 = b5;
                    for (int kh = 0; kh < 7; ++kh) {
                        const int ih = kh;
                        const float *xr = input + n * 105 + ih * 15 + q * 3;
                        const float *wr = wf + kh * 120;
                        {   /* tap kw = 0 */
                            const float *xk = xr;
                            const float *w = wr;
                            {   /* channel 0 */
                                const float x0 = xk[0];
                                a0_0 += x0 * w[0];
                                a0_1 += x0 * w[1];
                                a0_2 += x0 * w[2];
                                a0_3 += x0 * w[3];
                                a0_4 += x0 * w[4];
                                a0_5 += x0 * w[5];
                            }
                            {   /* channel 1 */
                                const float x0 = xk[1];
                                a0_0 += x0 * w[8];
                                a0_1 += x0 * w[9];
                                a0_2 += x0 * w[10];
                                a0_3 += x0 * w[11];
                                a0_4 += x0 * w[12];
                                a0_5 += x0 * w[13];
                            }
                            {   /* channel 2 */
                                const float x0 = xk[2];
                                a0_0 += x0 * w[16];
                                a0_1 += x0 * w[17];
                                a0_2 += x0 * w[18];
                                a0_3 += x0 * w[19];
                                a0_4 += x0 * w[20];
                                a0_5 += x0 * w[21];
                            }
                        }
                        {   /* tap kw = 1 */
                            const float *xk = xr + 3;
                            const float *w = wr + 24;
                            {   /* channel 0 */
                                const float x0 = xk[0];
                                a0_0 += x0 * w[0];
                                a0_1 += x0 * w[1];
                                a0_2 += x0 * w[2];
                                a0_3 += x0 * w[3];
                                a0_4 += x0 * w[4];
                                a0_5 += x0 * w[5];
                            }
                            {   /* channel 1 */
                                const float x0 = xk[1];
                                a0_0 += x0 * w[8];
                                a0_1 += x0 * w[9];
                                a0_2 += x0 * w[10];
                                a0_3 += x0 * w[11];
                                a0_4 += x0 * w[12];
                                a0_5 += x0 * w[13];
                            }
                            {   /* channel 2 */
                                const float x0 = xk[2];
                                a0_0 += x0 * w[16];
                                a0_1 += x0 * w[17];
                                a0_2 += x0 * w[18];
                                a0_3 += x0 * w[19];
                                a0_4 += x0 * w[20];
                                a0_5 += x0 * w[21];
                            }
                        }
                        {   /* tap kw = 2 */
                            const float *xk = xr + 6;
                            const float *w = wr + 48;
                            {   /* channel 0 */
                                const float x0 = xk[0];
                                a0_0 += x0 * w[0];
                                a0_1 += x0 * w[1];
                                a0_2 += x0 * w[2];
                                a0_3 += x0 * w[3];
                                a0_4 += x0 * w[4];
                                a0_5 += x0 * w[5];
                            }
                            {   /* channel 1 */
                                const float x0 = xk[1];
                                a0_0 += x0 * w[8];
                                a0_1 += x0 * w[9];
                                a0_2 += x0 * w[10];
                                a0_3 += x0 * w[11];
                                a0_4 += x0 * w[12];
                                a0_5 += x0 * w[13];
                            }
                            {   /* channel 2 */
                                const float x0 = xk[2];
                                a0_0 += x0 * w[16];
                                a0_1 += x0 * w[17];
                                a0_2 += x0 * w[18];
                                a0_3 += x0 * w[19];
                                a0_4 += x0 * w[20];
                                a0_5 += x0 * w[21];
                            }
                        }
                        {   /* tap kw = 3 */
                            const float *xk = xr + 9;
                            const float *w = wr + 72;
                            {   /* channel 0 */
                                const float x0 = xk[0];
                                a0_0 += x0 * w[0];
                                a0_1 += x0 * w[1];
                                a0_2 += x0 * w[2];
                                a0_3 += x0 * w[3];
                                a0_4 += x0 * w[4];
                                a0_5 += x0 * w[5];
                            }
                            {   /* channel 1 */
                                const float x0 = xk[1];
                                a0_0 += x0 * w[8];
                                a0_1 += x0 * w[9];
                                a0_2 += x0 * w[10];
                                a0_3 += x0 * w[11];
                                a0_4 += x0 * w[12];
                                a0_5 += x0 * w[13];
                            }
                            {   /* channel 2 */
                                const float x0 = xk[2];
                                a0_0 += x0 * w[16];
                                a0_1 += x0 * w[17];
                                a0_2 += x0 * w[18];
                                a0_3 += x0 * w[19];
                                a0_4 += x0 * w[20];
                                a0_5 += x0 * w[21];
                            }
                        }
                        {   /* tap kw = 4 */
                            const float *xk = xr + 12;
                            const float *w = wr + 96;
                            {   /* channel 0 */
                                const float x0 = xk[0];
                                a0_0 += x0 * w[0];
                                a0_1 += x0 * w[1];
                                a0_2 += x0 * w[2];
                                a0_3 += x0 * w[3];
                                a0_4 += x0 * w[4];
                                a0_5 += x0 * w[5];
                            }
                            {   /* channel 1 */
                                const float x0 = xk[1];
                                a0_0 += x0 * w[8];
                                a0_1 += x0 * w[9];
                                a0_2 += x0 * w[10];
                                a0_3 += x0 * w[11];
                                a0_4 += x0 * w[12];
                                a0_5 += x0 * w[13];
                            }
                            {   /* channel 2 */
                                const float x0 = xk[2];
                                a0_0 += x0 * w[16];
                                a0_1 += x0 * w[17];
                                a0_2 += x0 * w[18];
                                a0_3 += x0 * w[19];
                                a0_4 += x0 * w[20];
                                a0_5 += x0 * w[21];
                            }
                        }
                    }
                    y_row[q * 6] = cg_linear(a0_0);
                    y_row[q * 6 + 1] = cg_linear(a0_1);
                    y_row[q * 6 + 2] = cg_linear(a0_2);
                    y_row[q * 6 + 3] = cg_linear(a0_3);
                    y_row[q * 6 + 4] = cg_linear(a0_4);
                    y_row[q * 6 + 5] = cg_linear(a0_5);
}
            }
        }
    }
#endif
    cg_sparsemax_rows(output, 3, 6);
    return 0;
}

/* conv2d (Conv2D) 7x5x3 -> 1x1x6, activation sparsemax
 * Workspace: 0 floats: none needed. */
int full_kernel(const float *input, const float *weights, float *output, float *workspace)
{
    full_kernel_layer0(input, weights, output, workspace);
    return 0;
}
