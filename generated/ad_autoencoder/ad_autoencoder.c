/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: ad_autoencoder.yaml
 *   Template: model.c.j2, dense_layer.c.j2
 */
#include "ad_autoencoder.h"

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

static inline __attribute__((unused)) void cg_v16_relu(cg_v16 *x)
{
    *x = (cg_v16)((cg_i16)*x & ~(*x < 0.0f));   /* NaN kept */
}

#else
#define CG_VECTOR 0
#endif

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
/* NaN stays NaN, as in Keras */
static inline float cg_relu(float x) { return x < 0.0f ? 0.0f : x; }

/* dense (Dense) 640 -> 128; batch_normalization (BatchNormalization) folded into its weights; activation (Activation) applied in its store
 * Dense on the last axis: 1 row(s) of 640 input(s) -> 128 output(s) each
 * (input 1x640, output 1x128). The kernel is Keras's (640, 128):
 * row i holds input i's weight for every unit; the bias follows at 81920. With vectors,
 * blocks of units in vector registers for the whole sum, each input broadcast once a block
 * (a block of few vectors keeps partial sums over every P-th input; a last vector ending at
 * the last unit overlaps the block before it and is stored last); without (or with CONVGEN_PORTABLE), tiles of rows x units in scalar registers,
 * each input loaded once per tile and each weight once per tile.
 * Workspace: 0 floats. */
static int ad_autoencoder_layer0(const float *input, const float *weights, float *output,
                                 float *workspace)
{
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    {
        const float *x = input;
        float *restrict y = output;
        {   /* units [0, 128): 8 vector(s) in registers */
            cg_v16 a0_0 = CG_LOAD(cg_v16, weights + 81920), a0_1 = CG_LOAD(cg_v16, weights + 81936), a0_2 = CG_LOAD(cg_v16, weights + 81952), a0_3 = CG_LOAD(cg_v16, weights + 81968), a0_4 = CG_LOAD(cg_v16, weights + 81984), a0_5 = CG_LOAD(cg_v16, weights + 82000), a0_6 = CG_LOAD(cg_v16, weights + 82016), a0_7 = CG_LOAD(cg_v16, weights + 82032);
            const float *w = weights + 0;
            for (int i = 0; i < 640; i += 1, w += 128) {
                const cg_v16 x0 = (cg_v16){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v16, w + 0);
                a0_1 += x0 * CG_LOAD(cg_v16, w + 16);
                a0_2 += x0 * CG_LOAD(cg_v16, w + 32);
                a0_3 += x0 * CG_LOAD(cg_v16, w + 48);
                a0_4 += x0 * CG_LOAD(cg_v16, w + 64);
                a0_5 += x0 * CG_LOAD(cg_v16, w + 80);
                a0_6 += x0 * CG_LOAD(cg_v16, w + 96);
                a0_7 += x0 * CG_LOAD(cg_v16, w + 112);
            }
            CG_STORE(cg_v16, y + 0, a0_0);
            CG_STORE(cg_v16, y + 16, a0_1);
            CG_STORE(cg_v16, y + 32, a0_2);
            CG_STORE(cg_v16, y + 48, a0_3);
            CG_STORE(cg_v16, y + 64, a0_4);
            CG_STORE(cg_v16, y + 80, a0_5);
            CG_STORE(cg_v16, y + 96, a0_6);
            CG_STORE(cg_v16, y + 112, a0_7);
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
#else
    {
        const float *x = input;
        float *restrict y = output;
        for (int u0 = 0; u0 < 128; u0 += 64) {   /* units [0, 128): 2 blocks of 8 vector(s) in registers */
            cg_v8 a0_0 = CG_LOAD(cg_v8, weights + u0 + 81920), a0_1 = CG_LOAD(cg_v8, weights + u0 + 81928), a0_2 = CG_LOAD(cg_v8, weights + u0 + 81936), a0_3 = CG_LOAD(cg_v8, weights + u0 + 81944), a0_4 = CG_LOAD(cg_v8, weights + u0 + 81952), a0_5 = CG_LOAD(cg_v8, weights + u0 + 81960), a0_6 = CG_LOAD(cg_v8, weights + u0 + 81968), a0_7 = CG_LOAD(cg_v8, weights + u0 + 81976);
            const float *w = weights + u0;
            for (int i = 0; i < 640; i += 1, w += 128) {
                const cg_v8 x0 = (cg_v8){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v8, w + 0);
                a0_1 += x0 * CG_LOAD(cg_v8, w + 8);
                a0_2 += x0 * CG_LOAD(cg_v8, w + 16);
                a0_3 += x0 * CG_LOAD(cg_v8, w + 24);
                a0_4 += x0 * CG_LOAD(cg_v8, w + 32);
                a0_5 += x0 * CG_LOAD(cg_v8, w + 40);
                a0_6 += x0 * CG_LOAD(cg_v8, w + 48);
                a0_7 += x0 * CG_LOAD(cg_v8, w + 56);
            }
            CG_STORE(cg_v8, y + u0, a0_0);
            CG_STORE(cg_v8, y + u0 + 8, a0_1);
            CG_STORE(cg_v8, y + u0 + 16, a0_2);
            CG_STORE(cg_v8, y + u0 + 24, a0_3);
            CG_STORE(cg_v8, y + u0 + 32, a0_4);
            CG_STORE(cg_v8, y + u0 + 40, a0_5);
            CG_STORE(cg_v8, y + u0 + 48, a0_6);
            CG_STORE(cg_v8, y + u0 + 56, a0_7);
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
#endif
#else
    {   /* 1 row(s) from row 0 */
        const float *x = input;
        float *y = output;
        for (int u0 = 0; u0 < 78; u0 += 26) {   /* 26 units a tile */
            float a0_0 = weights[u0 + 81920], a0_1 = weights[u0 + 81921], a0_2 = weights[u0 + 81922], a0_3 = weights[u0 + 81923], a0_4 = weights[u0 + 81924], a0_5 = weights[u0 + 81925], a0_6 = weights[u0 + 81926], a0_7 = weights[u0 + 81927], a0_8 = weights[u0 + 81928], a0_9 = weights[u0 + 81929], a0_10 = weights[u0 + 81930], a0_11 = weights[u0 + 81931], a0_12 = weights[u0 + 81932], a0_13 = weights[u0 + 81933], a0_14 = weights[u0 + 81934], a0_15 = weights[u0 + 81935], a0_16 = weights[u0 + 81936], a0_17 = weights[u0 + 81937], a0_18 = weights[u0 + 81938], a0_19 = weights[u0 + 81939], a0_20 = weights[u0 + 81940], a0_21 = weights[u0 + 81941], a0_22 = weights[u0 + 81942], a0_23 = weights[u0 + 81943], a0_24 = weights[u0 + 81944], a0_25 = weights[u0 + 81945];
            const float *w = weights + u0;
            for (int i = 0; i < 640; ++i, w += 128) {
                const float x0 = x[i];
                a0_0 += x0 * w[0];
                a0_1 += x0 * w[1];
                a0_2 += x0 * w[2];
                a0_3 += x0 * w[3];
                a0_4 += x0 * w[4];
                a0_5 += x0 * w[5];
                a0_6 += x0 * w[6];
                a0_7 += x0 * w[7];
                a0_8 += x0 * w[8];
                a0_9 += x0 * w[9];
                a0_10 += x0 * w[10];
                a0_11 += x0 * w[11];
                a0_12 += x0 * w[12];
                a0_13 += x0 * w[13];
                a0_14 += x0 * w[14];
                a0_15 += x0 * w[15];
                a0_16 += x0 * w[16];
                a0_17 += x0 * w[17];
                a0_18 += x0 * w[18];
                a0_19 += x0 * w[19];
                a0_20 += x0 * w[20];
                a0_21 += x0 * w[21];
                a0_22 += x0 * w[22];
                a0_23 += x0 * w[23];
                a0_24 += x0 * w[24];
                a0_25 += x0 * w[25];
            }
            y[u0] = cg_relu(a0_0);
            y[u0 + 1] = cg_relu(a0_1);
            y[u0 + 2] = cg_relu(a0_2);
            y[u0 + 3] = cg_relu(a0_3);
            y[u0 + 4] = cg_relu(a0_4);
            y[u0 + 5] = cg_relu(a0_5);
            y[u0 + 6] = cg_relu(a0_6);
            y[u0 + 7] = cg_relu(a0_7);
            y[u0 + 8] = cg_relu(a0_8);
            y[u0 + 9] = cg_relu(a0_9);
            y[u0 + 10] = cg_relu(a0_10);
            y[u0 + 11] = cg_relu(a0_11);
            y[u0 + 12] = cg_relu(a0_12);
            y[u0 + 13] = cg_relu(a0_13);
            y[u0 + 14] = cg_relu(a0_14);
            y[u0 + 15] = cg_relu(a0_15);
            y[u0 + 16] = cg_relu(a0_16);
            y[u0 + 17] = cg_relu(a0_17);
            y[u0 + 18] = cg_relu(a0_18);
            y[u0 + 19] = cg_relu(a0_19);
            y[u0 + 20] = cg_relu(a0_20);
            y[u0 + 21] = cg_relu(a0_21);
            y[u0 + 22] = cg_relu(a0_22);
            y[u0 + 23] = cg_relu(a0_23);
            y[u0 + 24] = cg_relu(a0_24);
            y[u0 + 25] = cg_relu(a0_25);
        }
        for (int u0 = 78; u0 < 128; u0 += 25) {   /* 25 units a tile */
            float a0_0 = weights[u0 + 81920], a0_1 = weights[u0 + 81921], a0_2 = weights[u0 + 81922], a0_3 = weights[u0 + 81923], a0_4 = weights[u0 + 81924], a0_5 = weights[u0 + 81925], a0_6 = weights[u0 + 81926], a0_7 = weights[u0 + 81927], a0_8 = weights[u0 + 81928], a0_9 = weights[u0 + 81929], a0_10 = weights[u0 + 81930], a0_11 = weights[u0 + 81931], a0_12 = weights[u0 + 81932], a0_13 = weights[u0 + 81933], a0_14 = weights[u0 + 81934], a0_15 = weights[u0 + 81935], a0_16 = weights[u0 + 81936], a0_17 = weights[u0 + 81937], a0_18 = weights[u0 + 81938], a0_19 = weights[u0 + 81939], a0_20 = weights[u0 + 81940], a0_21 = weights[u0 + 81941], a0_22 = weights[u0 + 81942], a0_23 = weights[u0 + 81943], a0_24 = weights[u0 + 81944];
            const float *w = weights + u0;
            for (int i = 0; i < 640; ++i, w += 128) {
                const float x0 = x[i];
                a0_0 += x0 * w[0];
                a0_1 += x0 * w[1];
                a0_2 += x0 * w[2];
                a0_3 += x0 * w[3];
                a0_4 += x0 * w[4];
                a0_5 += x0 * w[5];
                a0_6 += x0 * w[6];
                a0_7 += x0 * w[7];
                a0_8 += x0 * w[8];
                a0_9 += x0 * w[9];
                a0_10 += x0 * w[10];
                a0_11 += x0 * w[11];
                a0_12 += x0 * w[12];
                a0_13 += x0 * w[13];
                a0_14 += x0 * w[14];
                a0_15 += x0 * w[15];
                a0_16 += x0 * w[16];
                a0_17 += x0 * w[17];
                a0_18 += x0 * w[18];
                a0_19 += x0 * w[19];
                a0_20 += x0 * w[20];
                a0_21 += x0 * w[21];
                a0_22 += x0 * w[22];
                a0_23 += x0 * w[23];
                a0_24 += x0 * w[24];
            }
            y[u0] = cg_relu(a0_0);
            y[u0 + 1] = cg_relu(a0_1);
            y[u0 + 2] = cg_relu(a0_2);
            y[u0 + 3] = cg_relu(a0_3);
            y[u0 + 4] = cg_relu(a0_4);
            y[u0 + 5] = cg_relu(a0_5);
            y[u0 + 6] = cg_relu(a0_6);
            y[u0 + 7] = cg_relu(a0_7);
            y[u0 + 8] = cg_relu(a0_8);
            y[u0 + 9] = cg_relu(a0_9);
            y[u0 + 10] = cg_relu(a0_10);
            y[u0 + 11] = cg_relu(a0_11);
            y[u0 + 12] = cg_relu(a0_12);
            y[u0 + 13] = cg_relu(a0_13);
            y[u0 + 14] = cg_relu(a0_14);
            y[u0 + 15] = cg_relu(a0_15);
            y[u0 + 16] = cg_relu(a0_16);
            y[u0 + 17] = cg_relu(a0_17);
            y[u0 + 18] = cg_relu(a0_18);
            y[u0 + 19] = cg_relu(a0_19);
            y[u0 + 20] = cg_relu(a0_20);
            y[u0 + 21] = cg_relu(a0_21);
            y[u0 + 22] = cg_relu(a0_22);
            y[u0 + 23] = cg_relu(a0_23);
            y[u0 + 24] = cg_relu(a0_24);
        }
    }
#endif
    return 0;
}

/* dense_1 (Dense) 128 -> 128; batch_normalization_1 (BatchNormalization) folded into its weights; activation_1 (Activation) applied in its store
 * Dense on the last axis: 1 row(s) of 128 input(s) -> 128 output(s) each
 * (input 1x128, output 1x128). The kernel is Keras's (128, 128):
 * row i holds input i's weight for every unit; the bias follows at 16384. With vectors,
 * blocks of units in vector registers for the whole sum, each input broadcast once a block
 * (a block of few vectors keeps partial sums over every P-th input; a last vector ending at
 * the last unit overlaps the block before it and is stored last); without (or with CONVGEN_PORTABLE), tiles of rows x units in scalar registers,
 * each input loaded once per tile and each weight once per tile.
 * Workspace: 0 floats. */
static int ad_autoencoder_layer3(const float *input, const float *weights, float *output,
                                 float *workspace)
{
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    {
        const float *x = input;
        float *restrict y = output;
        {   /* units [0, 128): 8 vector(s) in registers */
            cg_v16 a0_0 = CG_LOAD(cg_v16, weights + 16384), a0_1 = CG_LOAD(cg_v16, weights + 16400), a0_2 = CG_LOAD(cg_v16, weights + 16416), a0_3 = CG_LOAD(cg_v16, weights + 16432), a0_4 = CG_LOAD(cg_v16, weights + 16448), a0_5 = CG_LOAD(cg_v16, weights + 16464), a0_6 = CG_LOAD(cg_v16, weights + 16480), a0_7 = CG_LOAD(cg_v16, weights + 16496);
            const float *w = weights + 0;
            for (int i = 0; i < 128; i += 1, w += 128) {
                const cg_v16 x0 = (cg_v16){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v16, w + 0);
                a0_1 += x0 * CG_LOAD(cg_v16, w + 16);
                a0_2 += x0 * CG_LOAD(cg_v16, w + 32);
                a0_3 += x0 * CG_LOAD(cg_v16, w + 48);
                a0_4 += x0 * CG_LOAD(cg_v16, w + 64);
                a0_5 += x0 * CG_LOAD(cg_v16, w + 80);
                a0_6 += x0 * CG_LOAD(cg_v16, w + 96);
                a0_7 += x0 * CG_LOAD(cg_v16, w + 112);
            }
            CG_STORE(cg_v16, y + 0, a0_0);
            CG_STORE(cg_v16, y + 16, a0_1);
            CG_STORE(cg_v16, y + 32, a0_2);
            CG_STORE(cg_v16, y + 48, a0_3);
            CG_STORE(cg_v16, y + 64, a0_4);
            CG_STORE(cg_v16, y + 80, a0_5);
            CG_STORE(cg_v16, y + 96, a0_6);
            CG_STORE(cg_v16, y + 112, a0_7);
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
#else
    {
        const float *x = input;
        float *restrict y = output;
        for (int u0 = 0; u0 < 128; u0 += 64) {   /* units [0, 128): 2 blocks of 8 vector(s) in registers */
            cg_v8 a0_0 = CG_LOAD(cg_v8, weights + u0 + 16384), a0_1 = CG_LOAD(cg_v8, weights + u0 + 16392), a0_2 = CG_LOAD(cg_v8, weights + u0 + 16400), a0_3 = CG_LOAD(cg_v8, weights + u0 + 16408), a0_4 = CG_LOAD(cg_v8, weights + u0 + 16416), a0_5 = CG_LOAD(cg_v8, weights + u0 + 16424), a0_6 = CG_LOAD(cg_v8, weights + u0 + 16432), a0_7 = CG_LOAD(cg_v8, weights + u0 + 16440);
            const float *w = weights + u0;
            for (int i = 0; i < 128; i += 1, w += 128) {
                const cg_v8 x0 = (cg_v8){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v8, w + 0);
                a0_1 += x0 * CG_LOAD(cg_v8, w + 8);
                a0_2 += x0 * CG_LOAD(cg_v8, w + 16);
                a0_3 += x0 * CG_LOAD(cg_v8, w + 24);
                a0_4 += x0 * CG_LOAD(cg_v8, w + 32);
                a0_5 += x0 * CG_LOAD(cg_v8, w + 40);
                a0_6 += x0 * CG_LOAD(cg_v8, w + 48);
                a0_7 += x0 * CG_LOAD(cg_v8, w + 56);
            }
            CG_STORE(cg_v8, y + u0, a0_0);
            CG_STORE(cg_v8, y + u0 + 8, a0_1);
            CG_STORE(cg_v8, y + u0 + 16, a0_2);
            CG_STORE(cg_v8, y + u0 + 24, a0_3);
            CG_STORE(cg_v8, y + u0 + 32, a0_4);
            CG_STORE(cg_v8, y + u0 + 40, a0_5);
            CG_STORE(cg_v8, y + u0 + 48, a0_6);
            CG_STORE(cg_v8, y + u0 + 56, a0_7);
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
#endif
#else
    {   /* 1 row(s) from row 0 */
        const float *x = input;
        float *y = output;
        for (int u0 = 0; u0 < 78; u0 += 26) {   /* 26 units a tile */
            float a0_0 = weights[u0 + 16384], a0_1 = weights[u0 + 16385], a0_2 = weights[u0 + 16386], a0_3 = weights[u0 + 16387], a0_4 = weights[u0 + 16388], a0_5 = weights[u0 + 16389], a0_6 = weights[u0 + 16390], a0_7 = weights[u0 + 16391], a0_8 = weights[u0 + 16392], a0_9 = weights[u0 + 16393], a0_10 = weights[u0 + 16394], a0_11 = weights[u0 + 16395], a0_12 = weights[u0 + 16396], a0_13 = weights[u0 + 16397], a0_14 = weights[u0 + 16398], a0_15 = weights[u0 + 16399], a0_16 = weights[u0 + 16400], a0_17 = weights[u0 + 16401], a0_18 = weights[u0 + 16402], a0_19 = weights[u0 + 16403], a0_20 = weights[u0 + 16404], a0_21 = weights[u0 + 16405], a0_22 = weights[u0 + 16406], a0_23 = weights[u0 + 16407], a0_24 = weights[u0 + 16408], a0_25 = weights[u0 + 16409];
            const float *w = weights + u0;
            for (int i = 0; i < 128; ++i, w += 128) {
                const float x0 = x[i];
                a0_0 += x0 * w[0];
                a0_1 += x0 * w[1];
                a0_2 += x0 * w[2];
                a0_3 += x0 * w[3];
                a0_4 += x0 * w[4];
                a0_5 += x0 * w[5];
                a0_6 += x0 * w[6];
                a0_7 += x0 * w[7];
                a0_8 += x0 * w[8];
                a0_9 += x0 * w[9];
                a0_10 += x0 * w[10];
                a0_11 += x0 * w[11];
                a0_12 += x0 * w[12];
                a0_13 += x0 * w[13];
                a0_14 += x0 * w[14];
                a0_15 += x0 * w[15];
                a0_16 += x0 * w[16];
                a0_17 += x0 * w[17];
                a0_18 += x0 * w[18];
                a0_19 += x0 * w[19];
                a0_20 += x0 * w[20];
                a0_21 += x0 * w[21];
                a0_22 += x0 * w[22];
                a0_23 += x0 * w[23];
                a0_24 += x0 * w[24];
                a0_25 += x0 * w[25];
            }
            y[u0] = cg_relu(a0_0);
            y[u0 + 1] = cg_relu(a0_1);
            y[u0 + 2] = cg_relu(a0_2);
            y[u0 + 3] = cg_relu(a0_3);
            y[u0 + 4] = cg_relu(a0_4);
            y[u0 + 5] = cg_relu(a0_5);
            y[u0 + 6] = cg_relu(a0_6);
            y[u0 + 7] = cg_relu(a0_7);
            y[u0 + 8] = cg_relu(a0_8);
            y[u0 + 9] = cg_relu(a0_9);
            y[u0 + 10] = cg_relu(a0_10);
            y[u0 + 11] = cg_relu(a0_11);
            y[u0 + 12] = cg_relu(a0_12);
            y[u0 + 13] = cg_relu(a0_13);
            y[u0 + 14] = cg_relu(a0_14);
            y[u0 + 15] = cg_relu(a0_15);
            y[u0 + 16] = cg_relu(a0_16);
            y[u0 + 17] = cg_relu(a0_17);
            y[u0 + 18] = cg_relu(a0_18);
            y[u0 + 19] = cg_relu(a0_19);
            y[u0 + 20] = cg_relu(a0_20);
            y[u0 + 21] = cg_relu(a0_21);
            y[u0 + 22] = cg_relu(a0_22);
            y[u0 + 23] = cg_relu(a0_23);
            y[u0 + 24] = cg_relu(a0_24);
            y[u0 + 25] = cg_relu(a0_25);
        }
        for (int u0 = 78; u0 < 128; u0 += 25) {   /* 25 units a tile */
            float a0_0 = weights[u0 + 16384], a0_1 = weights[u0 + 16385], a0_2 = weights[u0 + 16386], a0_3 = weights[u0 + 16387], a0_4 = weights[u0 + 16388], a0_5 = weights[u0 + 16389], a0_6 = weights[u0 + 16390], a0_7 = weights[u0 + 16391], a0_8 = weights[u0 + 16392], a0_9 = weights[u0 + 16393], a0_10 = weights[u0 + 16394], a0_11 = weights[u0 + 16395], a0_12 = weights[u0 + 16396], a0_13 = weights[u0 + 16397], a0_14 = weights[u0 + 16398], a0_15 = weights[u0 + 16399], a0_16 = weights[u0 + 16400], a0_17 = weights[u0 + 16401], a0_18 = weights[u0 + 16402], a0_19 = weights[u0 + 16403], a0_20 = weights[u0 + 16404], a0_21 = weights[u0 + 16405], a0_22 = weights[u0 + 16406], a0_23 = weights[u0 + 16407], a0_24 = weights[u0 + 16408];
            const float *w = weights + u0;
            for (int i = 0; i < 128; ++i, w += 128) {
                const float x0 = x[i];
                a0_0 += x0 * w[0];
                a0_1 += x0 * w[1];
                a0_2 += x0 * w[2];
                a0_3 += x0 * w[3];
                a0_4 += x0 * w[4];
                a0_5 += x0 * w[5];
                a0_6 += x0 * w[6];
                a0_7 += x0 * w[7];
                a0_8 += x0 * w[8];
                a0_9 += x0 * w[9];
                a0_10 += x0 * w[10];
                a0_11 += x0 * w[11];
                a0_12 += x0 * w[12];
                a0_13 += x0 * w[13];
                a0_14 += x0 * w[14];
                a0_15 += x0 * w[15];
                a0_16 += x0 * w[16];
                a0_17 += x0 * w[17];
                a0_18 += x0 * w[18];
                a0_19 += x0 * w[19];
                a0_20 += x0 * w[20];
                a0_21 += x0 * w[21];
                a0_22 += x0 * w[22];
                a0_23 += x0 * w[23];
                a0_24 += x0 * w[24];
            }
            y[u0] = cg_relu(a0_0);
            y[u0 + 1] = cg_relu(a0_1);
            y[u0 + 2] = cg_relu(a0_2);
            y[u0 + 3] = cg_relu(a0_3);
            y[u0 + 4] = cg_relu(a0_4);
            y[u0 + 5] = cg_relu(a0_5);
            y[u0 + 6] = cg_relu(a0_6);
            y[u0 + 7] = cg_relu(a0_7);
            y[u0 + 8] = cg_relu(a0_8);
            y[u0 + 9] = cg_relu(a0_9);
            y[u0 + 10] = cg_relu(a0_10);
            y[u0 + 11] = cg_relu(a0_11);
            y[u0 + 12] = cg_relu(a0_12);
            y[u0 + 13] = cg_relu(a0_13);
            y[u0 + 14] = cg_relu(a0_14);
            y[u0 + 15] = cg_relu(a0_15);
            y[u0 + 16] = cg_relu(a0_16);
            y[u0 + 17] = cg_relu(a0_17);
            y[u0 + 18] = cg_relu(a0_18);
            y[u0 + 19] = cg_relu(a0_19);
            y[u0 + 20] = cg_relu(a0_20);
            y[u0 + 21] = cg_relu(a0_21);
            y[u0 + 22] = cg_relu(a0_22);
            y[u0 + 23] = cg_relu(a0_23);
            y[u0 + 24] = cg_relu(a0_24);
        }
    }
#endif
    return 0;
}

/* dense_2 (Dense) 128 -> 128; batch_normalization_2 (BatchNormalization) folded into its weights; activation_2 (Activation) applied in its store
 * Dense on the last axis: 1 row(s) of 128 input(s) -> 128 output(s) each
 * (input 1x128, output 1x128). The kernel is Keras's (128, 128):
 * row i holds input i's weight for every unit; the bias follows at 16384. With vectors,
 * blocks of units in vector registers for the whole sum, each input broadcast once a block
 * (a block of few vectors keeps partial sums over every P-th input; a last vector ending at
 * the last unit overlaps the block before it and is stored last); without (or with CONVGEN_PORTABLE), tiles of rows x units in scalar registers,
 * each input loaded once per tile and each weight once per tile.
 * Workspace: 0 floats. */
static int ad_autoencoder_layer6(const float *input, const float *weights, float *output,
                                 float *workspace)
{
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    {
        const float *x = input;
        float *restrict y = output;
        {   /* units [0, 128): 8 vector(s) in registers */
            cg_v16 a0_0 = CG_LOAD(cg_v16, weights + 16384), a0_1 = CG_LOAD(cg_v16, weights + 16400), a0_2 = CG_LOAD(cg_v16, weights + 16416), a0_3 = CG_LOAD(cg_v16, weights + 16432), a0_4 = CG_LOAD(cg_v16, weights + 16448), a0_5 = CG_LOAD(cg_v16, weights + 16464), a0_6 = CG_LOAD(cg_v16, weights + 16480), a0_7 = CG_LOAD(cg_v16, weights + 16496);
            const float *w = weights + 0;
            for (int i = 0; i < 128; i += 1, w += 128) {
                const cg_v16 x0 = (cg_v16){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v16, w + 0);
                a0_1 += x0 * CG_LOAD(cg_v16, w + 16);
                a0_2 += x0 * CG_LOAD(cg_v16, w + 32);
                a0_3 += x0 * CG_LOAD(cg_v16, w + 48);
                a0_4 += x0 * CG_LOAD(cg_v16, w + 64);
                a0_5 += x0 * CG_LOAD(cg_v16, w + 80);
                a0_6 += x0 * CG_LOAD(cg_v16, w + 96);
                a0_7 += x0 * CG_LOAD(cg_v16, w + 112);
            }
            CG_STORE(cg_v16, y + 0, a0_0);
            CG_STORE(cg_v16, y + 16, a0_1);
            CG_STORE(cg_v16, y + 32, a0_2);
            CG_STORE(cg_v16, y + 48, a0_3);
            CG_STORE(cg_v16, y + 64, a0_4);
            CG_STORE(cg_v16, y + 80, a0_5);
            CG_STORE(cg_v16, y + 96, a0_6);
            CG_STORE(cg_v16, y + 112, a0_7);
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
#else
    {
        const float *x = input;
        float *restrict y = output;
        for (int u0 = 0; u0 < 128; u0 += 64) {   /* units [0, 128): 2 blocks of 8 vector(s) in registers */
            cg_v8 a0_0 = CG_LOAD(cg_v8, weights + u0 + 16384), a0_1 = CG_LOAD(cg_v8, weights + u0 + 16392), a0_2 = CG_LOAD(cg_v8, weights + u0 + 16400), a0_3 = CG_LOAD(cg_v8, weights + u0 + 16408), a0_4 = CG_LOAD(cg_v8, weights + u0 + 16416), a0_5 = CG_LOAD(cg_v8, weights + u0 + 16424), a0_6 = CG_LOAD(cg_v8, weights + u0 + 16432), a0_7 = CG_LOAD(cg_v8, weights + u0 + 16440);
            const float *w = weights + u0;
            for (int i = 0; i < 128; i += 1, w += 128) {
                const cg_v8 x0 = (cg_v8){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v8, w + 0);
                a0_1 += x0 * CG_LOAD(cg_v8, w + 8);
                a0_2 += x0 * CG_LOAD(cg_v8, w + 16);
                a0_3 += x0 * CG_LOAD(cg_v8, w + 24);
                a0_4 += x0 * CG_LOAD(cg_v8, w + 32);
                a0_5 += x0 * CG_LOAD(cg_v8, w + 40);
                a0_6 += x0 * CG_LOAD(cg_v8, w + 48);
                a0_7 += x0 * CG_LOAD(cg_v8, w + 56);
            }
            CG_STORE(cg_v8, y + u0, a0_0);
            CG_STORE(cg_v8, y + u0 + 8, a0_1);
            CG_STORE(cg_v8, y + u0 + 16, a0_2);
            CG_STORE(cg_v8, y + u0 + 24, a0_3);
            CG_STORE(cg_v8, y + u0 + 32, a0_4);
            CG_STORE(cg_v8, y + u0 + 40, a0_5);
            CG_STORE(cg_v8, y + u0 + 48, a0_6);
            CG_STORE(cg_v8, y + u0 + 56, a0_7);
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
#endif
#else
    {   /* 1 row(s) from row 0 */
        const float *x = input;
        float *y = output;
        for (int u0 = 0; u0 < 78; u0 += 26) {   /* 26 units a tile */
            float a0_0 = weights[u0 + 16384], a0_1 = weights[u0 + 16385], a0_2 = weights[u0 + 16386], a0_3 = weights[u0 + 16387], a0_4 = weights[u0 + 16388], a0_5 = weights[u0 + 16389], a0_6 = weights[u0 + 16390], a0_7 = weights[u0 + 16391], a0_8 = weights[u0 + 16392], a0_9 = weights[u0 + 16393], a0_10 = weights[u0 + 16394], a0_11 = weights[u0 + 16395], a0_12 = weights[u0 + 16396], a0_13 = weights[u0 + 16397], a0_14 = weights[u0 + 16398], a0_15 = weights[u0 + 16399], a0_16 = weights[u0 + 16400], a0_17 = weights[u0 + 16401], a0_18 = weights[u0 + 16402], a0_19 = weights[u0 + 16403], a0_20 = weights[u0 + 16404], a0_21 = weights[u0 + 16405], a0_22 = weights[u0 + 16406], a0_23 = weights[u0 + 16407], a0_24 = weights[u0 + 16408], a0_25 = weights[u0 + 16409];
            const float *w = weights + u0;
            for (int i = 0; i < 128; ++i, w += 128) {
                const float x0 = x[i];
                a0_0 += x0 * w[0];
                a0_1 += x0 * w[1];
                a0_2 += x0 * w[2];
                a0_3 += x0 * w[3];
                a0_4 += x0 * w[4];
                a0_5 += x0 * w[5];
                a0_6 += x0 * w[6];
                a0_7 += x0 * w[7];
                a0_8 += x0 * w[8];
                a0_9 += x0 * w[9];
                a0_10 += x0 * w[10];
                a0_11 += x0 * w[11];
                a0_12 += x0 * w[12];
                a0_13 += x0 * w[13];
                a0_14 += x0 * w[14];
                a0_15 += x0 * w[15];
                a0_16 += x0 * w[16];
                a0_17 += x0 * w[17];
                a0_18 += x0 * w[18];
                a0_19 += x0 * w[19];
                a0_20 += x0 * w[20];
                a0_21 += x0 * w[21];
                a0_22 += x0 * w[22];
                a0_23 += x0 * w[23];
                a0_24 += x0 * w[24];
                a0_25 += x0 * w[25];
            }
            y[u0] = cg_relu(a0_0);
            y[u0 + 1] = cg_relu(a0_1);
            y[u0 + 2] = cg_relu(a0_2);
            y[u0 + 3] = cg_relu(a0_3);
            y[u0 + 4] = cg_relu(a0_4);
            y[u0 + 5] = cg_relu(a0_5);
            y[u0 + 6] = cg_relu(a0_6);
            y[u0 + 7] = cg_relu(a0_7);
            y[u0 + 8] = cg_relu(a0_8);
            y[u0 + 9] = cg_relu(a0_9);
            y[u0 + 10] = cg_relu(a0_10);
            y[u0 + 11] = cg_relu(a0_11);
            y[u0 + 12] = cg_relu(a0_12);
            y[u0 + 13] = cg_relu(a0_13);
            y[u0 + 14] = cg_relu(a0_14);
            y[u0 + 15] = cg_relu(a0_15);
            y[u0 + 16] = cg_relu(a0_16);
            y[u0 + 17] = cg_relu(a0_17);
            y[u0 + 18] = cg_relu(a0_18);
            y[u0 + 19] = cg_relu(a0_19);
            y[u0 + 20] = cg_relu(a0_20);
            y[u0 + 21] = cg_relu(a0_21);
            y[u0 + 22] = cg_relu(a0_22);
            y[u0 + 23] = cg_relu(a0_23);
            y[u0 + 24] = cg_relu(a0_24);
            y[u0 + 25] = cg_relu(a0_25);
        }
        for (int u0 = 78; u0 < 128; u0 += 25) {   /* 25 units a tile */
            float a0_0 = weights[u0 + 16384], a0_1 = weights[u0 + 16385], a0_2 = weights[u0 + 16386], a0_3 = weights[u0 + 16387], a0_4 = weights[u0 + 16388], a0_5 = weights[u0 + 16389], a0_6 = weights[u0 + 16390], a0_7 = weights[u0 + 16391], a0_8 = weights[u0 + 16392], a0_9 = weights[u0 + 16393], a0_10 = weights[u0 + 16394], a0_11 = weights[u0 + 16395], a0_12 = weights[u0 + 16396], a0_13 = weights[u0 + 16397], a0_14 = weights[u0 + 16398], a0_15 = weights[u0 + 16399], a0_16 = weights[u0 + 16400], a0_17 = weights[u0 + 16401], a0_18 = weights[u0 + 16402], a0_19 = weights[u0 + 16403], a0_20 = weights[u0 + 16404], a0_21 = weights[u0 + 16405], a0_22 = weights[u0 + 16406], a0_23 = weights[u0 + 16407], a0_24 = weights[u0 + 16408];
            const float *w = weights + u0;
            for (int i = 0; i < 128; ++i, w += 128) {
                const float x0 = x[i];
                a0_0 += x0 * w[0];
                a0_1 += x0 * w[1];
                a0_2 += x0 * w[2];
                a0_3 += x0 * w[3];
                a0_4 += x0 * w[4];
                a0_5 += x0 * w[5];
                a0_6 += x0 * w[6];
                a0_7 += x0 * w[7];
                a0_8 += x0 * w[8];
                a0_9 += x0 * w[9];
                a0_10 += x0 * w[10];
                a0_11 += x0 * w[11];
                a0_12 += x0 * w[12];
                a0_13 += x0 * w[13];
                a0_14 += x0 * w[14];
                a0_15 += x0 * w[15];
                a0_16 += x0 * w[16];
                a0_17 += x0 * w[17];
                a0_18 += x0 * w[18];
                a0_19 += x0 * w[19];
                a0_20 += x0 * w[20];
                a0_21 += x0 * w[21];
                a0_22 += x0 * w[22];
                a0_23 += x0 * w[23];
                a0_24 += x0 * w[24];
            }
            y[u0] = cg_relu(a0_0);
            y[u0 + 1] = cg_relu(a0_1);
            y[u0 + 2] = cg_relu(a0_2);
            y[u0 + 3] = cg_relu(a0_3);
            y[u0 + 4] = cg_relu(a0_4);
            y[u0 + 5] = cg_relu(a0_5);
            y[u0 + 6] = cg_relu(a0_6);
            y[u0 + 7] = cg_relu(a0_7);
            y[u0 + 8] = cg_relu(a0_8);
            y[u0 + 9] = cg_relu(a0_9);
            y[u0 + 10] = cg_relu(a0_10);
            y[u0 + 11] = cg_relu(a0_11);
            y[u0 + 12] = cg_relu(a0_12);
            y[u0 + 13] = cg_relu(a0_13);
            y[u0 + 14] = cg_relu(a0_14);
            y[u0 + 15] = cg_relu(a0_15);
            y[u0 + 16] = cg_relu(a0_16);
            y[u0 + 17] = cg_relu(a0_17);
            y[u0 + 18] = cg_relu(a0_18);
            y[u0 + 19] = cg_relu(a0_19);
            y[u0 + 20] = cg_relu(a0_20);
            y[u0 + 21] = cg_relu(a0_21);
            y[u0 + 22] = cg_relu(a0_22);
            y[u0 + 23] = cg_relu(a0_23);
            y[u0 + 24] = cg_relu(a0_24);
        }
    }
#endif
    return 0;
}

/* dense_3 (Dense) 128 -> 128; batch_normalization_3 (BatchNormalization) folded into its weights; activation_3 (Activation) applied in its store
 * Dense on the last axis: 1 row(s) of 128 input(s) -> 128 output(s) each
 * (input 1x128, output 1x128). The kernel is Keras's (128, 128):
 * row i holds input i's weight for every unit; the bias follows at 16384. With vectors,
 * blocks of units in vector registers for the whole sum, each input broadcast once a block
 * (a block of few vectors keeps partial sums over every P-th input; a last vector ending at
 * the last unit overlaps the block before it and is stored last); without (or with CONVGEN_PORTABLE), tiles of rows x units in scalar registers,
 * each input loaded once per tile and each weight once per tile.
 * Workspace: 0 floats. */
static int ad_autoencoder_layer9(const float *input, const float *weights, float *output,
                                 float *workspace)
{
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    {
        const float *x = input;
        float *restrict y = output;
        {   /* units [0, 128): 8 vector(s) in registers */
            cg_v16 a0_0 = CG_LOAD(cg_v16, weights + 16384), a0_1 = CG_LOAD(cg_v16, weights + 16400), a0_2 = CG_LOAD(cg_v16, weights + 16416), a0_3 = CG_LOAD(cg_v16, weights + 16432), a0_4 = CG_LOAD(cg_v16, weights + 16448), a0_5 = CG_LOAD(cg_v16, weights + 16464), a0_6 = CG_LOAD(cg_v16, weights + 16480), a0_7 = CG_LOAD(cg_v16, weights + 16496);
            const float *w = weights + 0;
            for (int i = 0; i < 128; i += 1, w += 128) {
                const cg_v16 x0 = (cg_v16){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v16, w + 0);
                a0_1 += x0 * CG_LOAD(cg_v16, w + 16);
                a0_2 += x0 * CG_LOAD(cg_v16, w + 32);
                a0_3 += x0 * CG_LOAD(cg_v16, w + 48);
                a0_4 += x0 * CG_LOAD(cg_v16, w + 64);
                a0_5 += x0 * CG_LOAD(cg_v16, w + 80);
                a0_6 += x0 * CG_LOAD(cg_v16, w + 96);
                a0_7 += x0 * CG_LOAD(cg_v16, w + 112);
            }
            CG_STORE(cg_v16, y + 0, a0_0);
            CG_STORE(cg_v16, y + 16, a0_1);
            CG_STORE(cg_v16, y + 32, a0_2);
            CG_STORE(cg_v16, y + 48, a0_3);
            CG_STORE(cg_v16, y + 64, a0_4);
            CG_STORE(cg_v16, y + 80, a0_5);
            CG_STORE(cg_v16, y + 96, a0_6);
            CG_STORE(cg_v16, y + 112, a0_7);
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
#else
    {
        const float *x = input;
        float *restrict y = output;
        for (int u0 = 0; u0 < 128; u0 += 64) {   /* units [0, 128): 2 blocks of 8 vector(s) in registers */
            cg_v8 a0_0 = CG_LOAD(cg_v8, weights + u0 + 16384), a0_1 = CG_LOAD(cg_v8, weights + u0 + 16392), a0_2 = CG_LOAD(cg_v8, weights + u0 + 16400), a0_3 = CG_LOAD(cg_v8, weights + u0 + 16408), a0_4 = CG_LOAD(cg_v8, weights + u0 + 16416), a0_5 = CG_LOAD(cg_v8, weights + u0 + 16424), a0_6 = CG_LOAD(cg_v8, weights + u0 + 16432), a0_7 = CG_LOAD(cg_v8, weights + u0 + 16440);
            const float *w = weights + u0;
            for (int i = 0; i < 128; i += 1, w += 128) {
                const cg_v8 x0 = (cg_v8){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v8, w + 0);
                a0_1 += x0 * CG_LOAD(cg_v8, w + 8);
                a0_2 += x0 * CG_LOAD(cg_v8, w + 16);
                a0_3 += x0 * CG_LOAD(cg_v8, w + 24);
                a0_4 += x0 * CG_LOAD(cg_v8, w + 32);
                a0_5 += x0 * CG_LOAD(cg_v8, w + 40);
                a0_6 += x0 * CG_LOAD(cg_v8, w + 48);
                a0_7 += x0 * CG_LOAD(cg_v8, w + 56);
            }
            CG_STORE(cg_v8, y + u0, a0_0);
            CG_STORE(cg_v8, y + u0 + 8, a0_1);
            CG_STORE(cg_v8, y + u0 + 16, a0_2);
            CG_STORE(cg_v8, y + u0 + 24, a0_3);
            CG_STORE(cg_v8, y + u0 + 32, a0_4);
            CG_STORE(cg_v8, y + u0 + 40, a0_5);
            CG_STORE(cg_v8, y + u0 + 48, a0_6);
            CG_STORE(cg_v8, y + u0 + 56, a0_7);
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
#endif
#else
    {   /* 1 row(s) from row 0 */
        const float *x = input;
        float *y = output;
        for (int u0 = 0; u0 < 78; u0 += 26) {   /* 26 units a tile */
            float a0_0 = weights[u0 + 16384], a0_1 = weights[u0 + 16385], a0_2 = weights[u0 + 16386], a0_3 = weights[u0 + 16387], a0_4 = weights[u0 + 16388], a0_5 = weights[u0 + 16389], a0_6 = weights[u0 + 16390], a0_7 = weights[u0 + 16391], a0_8 = weights[u0 + 16392], a0_9 = weights[u0 + 16393], a0_10 = weights[u0 + 16394], a0_11 = weights[u0 + 16395], a0_12 = weights[u0 + 16396], a0_13 = weights[u0 + 16397], a0_14 = weights[u0 + 16398], a0_15 = weights[u0 + 16399], a0_16 = weights[u0 + 16400], a0_17 = weights[u0 + 16401], a0_18 = weights[u0 + 16402], a0_19 = weights[u0 + 16403], a0_20 = weights[u0 + 16404], a0_21 = weights[u0 + 16405], a0_22 = weights[u0 + 16406], a0_23 = weights[u0 + 16407], a0_24 = weights[u0 + 16408], a0_25 = weights[u0 + 16409];
            const float *w = weights + u0;
            for (int i = 0; i < 128; ++i, w += 128) {
                const float x0 = x[i];
                a0_0 += x0 * w[0];
                a0_1 += x0 * w[1];
                a0_2 += x0 * w[2];
                a0_3 += x0 * w[3];
                a0_4 += x0 * w[4];
                a0_5 += x0 * w[5];
                a0_6 += x0 * w[6];
                a0_7 += x0 * w[7];
                a0_8 += x0 * w[8];
                a0_9 += x0 * w[9];
                a0_10 += x0 * w[10];
                a0_11 += x0 * w[11];
                a0_12 += x0 * w[12];
                a0_13 += x0 * w[13];
                a0_14 += x0 * w[14];
                a0_15 += x0 * w[15];
                a0_16 += x0 * w[16];
                a0_17 += x0 * w[17];
                a0_18 += x0 * w[18];
                a0_19 += x0 * w[19];
                a0_20 += x0 * w[20];
                a0_21 += x0 * w[21];
                a0_22 += x0 * w[22];
                a0_23 += x0 * w[23];
                a0_24 += x0 * w[24];
                a0_25 += x0 * w[25];
            }
            y[u0] = cg_relu(a0_0);
            y[u0 + 1] = cg_relu(a0_1);
            y[u0 + 2] = cg_relu(a0_2);
            y[u0 + 3] = cg_relu(a0_3);
            y[u0 + 4] = cg_relu(a0_4);
            y[u0 + 5] = cg_relu(a0_5);
            y[u0 + 6] = cg_relu(a0_6);
            y[u0 + 7] = cg_relu(a0_7);
            y[u0 + 8] = cg_relu(a0_8);
            y[u0 + 9] = cg_relu(a0_9);
            y[u0 + 10] = cg_relu(a0_10);
            y[u0 + 11] = cg_relu(a0_11);
            y[u0 + 12] = cg_relu(a0_12);
            y[u0 + 13] = cg_relu(a0_13);
            y[u0 + 14] = cg_relu(a0_14);
            y[u0 + 15] = cg_relu(a0_15);
            y[u0 + 16] = cg_relu(a0_16);
            y[u0 + 17] = cg_relu(a0_17);
            y[u0 + 18] = cg_relu(a0_18);
            y[u0 + 19] = cg_relu(a0_19);
            y[u0 + 20] = cg_relu(a0_20);
            y[u0 + 21] = cg_relu(a0_21);
            y[u0 + 22] = cg_relu(a0_22);
            y[u0 + 23] = cg_relu(a0_23);
            y[u0 + 24] = cg_relu(a0_24);
            y[u0 + 25] = cg_relu(a0_25);
        }
        for (int u0 = 78; u0 < 128; u0 += 25) {   /* 25 units a tile */
            float a0_0 = weights[u0 + 16384], a0_1 = weights[u0 + 16385], a0_2 = weights[u0 + 16386], a0_3 = weights[u0 + 16387], a0_4 = weights[u0 + 16388], a0_5 = weights[u0 + 16389], a0_6 = weights[u0 + 16390], a0_7 = weights[u0 + 16391], a0_8 = weights[u0 + 16392], a0_9 = weights[u0 + 16393], a0_10 = weights[u0 + 16394], a0_11 = weights[u0 + 16395], a0_12 = weights[u0 + 16396], a0_13 = weights[u0 + 16397], a0_14 = weights[u0 + 16398], a0_15 = weights[u0 + 16399], a0_16 = weights[u0 + 16400], a0_17 = weights[u0 + 16401], a0_18 = weights[u0 + 16402], a0_19 = weights[u0 + 16403], a0_20 = weights[u0 + 16404], a0_21 = weights[u0 + 16405], a0_22 = weights[u0 + 16406], a0_23 = weights[u0 + 16407], a0_24 = weights[u0 + 16408];
            const float *w = weights + u0;
            for (int i = 0; i < 128; ++i, w += 128) {
                const float x0 = x[i];
                a0_0 += x0 * w[0];
                a0_1 += x0 * w[1];
                a0_2 += x0 * w[2];
                a0_3 += x0 * w[3];
                a0_4 += x0 * w[4];
                a0_5 += x0 * w[5];
                a0_6 += x0 * w[6];
                a0_7 += x0 * w[7];
                a0_8 += x0 * w[8];
                a0_9 += x0 * w[9];
                a0_10 += x0 * w[10];
                a0_11 += x0 * w[11];
                a0_12 += x0 * w[12];
                a0_13 += x0 * w[13];
                a0_14 += x0 * w[14];
                a0_15 += x0 * w[15];
                a0_16 += x0 * w[16];
                a0_17 += x0 * w[17];
                a0_18 += x0 * w[18];
                a0_19 += x0 * w[19];
                a0_20 += x0 * w[20];
                a0_21 += x0 * w[21];
                a0_22 += x0 * w[22];
                a0_23 += x0 * w[23];
                a0_24 += x0 * w[24];
            }
            y[u0] = cg_relu(a0_0);
            y[u0 + 1] = cg_relu(a0_1);
            y[u0 + 2] = cg_relu(a0_2);
            y[u0 + 3] = cg_relu(a0_3);
            y[u0 + 4] = cg_relu(a0_4);
            y[u0 + 5] = cg_relu(a0_5);
            y[u0 + 6] = cg_relu(a0_6);
            y[u0 + 7] = cg_relu(a0_7);
            y[u0 + 8] = cg_relu(a0_8);
            y[u0 + 9] = cg_relu(a0_9);
            y[u0 + 10] = cg_relu(a0_10);
            y[u0 + 11] = cg_relu(a0_11);
            y[u0 + 12] = cg_relu(a0_12);
            y[u0 + 13] = cg_relu(a0_13);
            y[u0 + 14] = cg_relu(a0_14);
            y[u0 + 15] = cg_relu(a0_15);
            y[u0 + 16] = cg_relu(a0_16);
            y[u0 + 17] = cg_relu(a0_17);
            y[u0 + 18] = cg_relu(a0_18);
            y[u0 + 19] = cg_relu(a0_19);
            y[u0 + 20] = cg_relu(a0_20);
            y[u0 + 21] = cg_relu(a0_21);
            y[u0 + 22] = cg_relu(a0_22);
            y[u0 + 23] = cg_relu(a0_23);
            y[u0 + 24] = cg_relu(a0_24);
        }
    }
#endif
    return 0;
}

/* dense_4 (Dense) 128 -> 8; batch_normalization_4 (BatchNormalization) folded into its weights; activation_4 (Activation) applied in its store
 * Dense on the last axis: 1 row(s) of 128 input(s) -> 8 output(s) each
 * (input 1x128, output 1x8). The kernel is Keras's (128, 8):
 * row i holds input i's weight for every unit; the bias follows at 1024. With vectors,
 * blocks of units in vector registers for the whole sum, each input broadcast once a block
 * (a block of few vectors keeps partial sums over every P-th input; a last vector ending at
 * the last unit overlaps the block before it and is stored last); without (or with CONVGEN_PORTABLE), tiles of rows x units in scalar registers,
 * each input loaded once per tile and each weight once per tile.
 * Workspace: 0 floats. */
static int ad_autoencoder_layer12(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    (void)workspace;
#if CG_VECTOR
    {
        const float *x = input;
        float *restrict y = output;
        {   /* units [0, 8): 1 vector(s) in registers, 8 partial sums */
            cg_v8 a0_0 = CG_LOAD(cg_v8, weights + 1024);
            cg_v8 a1_0 = (cg_v8){0.0f};
            cg_v8 a2_0 = (cg_v8){0.0f};
            cg_v8 a3_0 = (cg_v8){0.0f};
            cg_v8 a4_0 = (cg_v8){0.0f};
            cg_v8 a5_0 = (cg_v8){0.0f};
            cg_v8 a6_0 = (cg_v8){0.0f};
            cg_v8 a7_0 = (cg_v8){0.0f};
            const float *w = weights + 0;
            for (int i = 0; i < 128; i += 8, w += 64) {
                const cg_v8 x0 = (cg_v8){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v8, w + 0);
                const cg_v8 x1 = (cg_v8){0.0f} + x[i + 1];
                a1_0 += x1 * CG_LOAD(cg_v8, w + 8);
                const cg_v8 x2 = (cg_v8){0.0f} + x[i + 2];
                a2_0 += x2 * CG_LOAD(cg_v8, w + 16);
                const cg_v8 x3 = (cg_v8){0.0f} + x[i + 3];
                a3_0 += x3 * CG_LOAD(cg_v8, w + 24);
                const cg_v8 x4 = (cg_v8){0.0f} + x[i + 4];
                a4_0 += x4 * CG_LOAD(cg_v8, w + 32);
                const cg_v8 x5 = (cg_v8){0.0f} + x[i + 5];
                a5_0 += x5 * CG_LOAD(cg_v8, w + 40);
                const cg_v8 x6 = (cg_v8){0.0f} + x[i + 6];
                a6_0 += x6 * CG_LOAD(cg_v8, w + 48);
                const cg_v8 x7 = (cg_v8){0.0f} + x[i + 7];
                a7_0 += x7 * CG_LOAD(cg_v8, w + 56);
            }
            a0_0 += a1_0;
            a2_0 += a3_0;
            a4_0 += a5_0;
            a6_0 += a7_0;
            a0_0 += a2_0;
            a4_0 += a6_0;
            a0_0 += a4_0;
            CG_STORE(cg_v8, y + 0, a0_0);
        }
        for (int u = 0; u < 8; ++u)
            y[u] = cg_relu(y[u]);
    }
#else
    {   /* 1 row(s) from row 0 */
        const float *x = input;
        float *y = output;
        {   /* units [0, 8) */
            float a0_0 = weights[1024], a0_1 = weights[1025], a0_2 = weights[1026], a0_3 = weights[1027], a0_4 = weights[1028], a0_5 = weights[1029], a0_6 = weights[1030], a0_7 = weights[1031];
            const float *w = weights;
            for (int i = 0; i < 128; ++i, w += 8) {
                const float x0 = x[i];
                a0_0 += x0 * w[0];
                a0_1 += x0 * w[1];
                a0_2 += x0 * w[2];
                a0_3 += x0 * w[3];
                a0_4 += x0 * w[4];
                a0_5 += x0 * w[5];
                a0_6 += x0 * w[6];
                a0_7 += x0 * w[7];
            }
            y[0] = cg_relu(a0_0);
            y[1] = cg_relu(a0_1);
            y[2] = cg_relu(a0_2);
            y[3] = cg_relu(a0_3);
            y[4] = cg_relu(a0_4);
            y[5] = cg_relu(a0_5);
            y[6] = cg_relu(a0_6);
            y[7] = cg_relu(a0_7);
        }
    }
#endif
    return 0;
}

/* dense_5 (Dense) 8 -> 128; batch_normalization_5 (BatchNormalization) folded into its weights; activation_5 (Activation) applied in its store
 * Dense on the last axis: 1 row(s) of 8 input(s) -> 128 output(s) each
 * (input 1x8, output 1x128). The kernel is Keras's (8, 128):
 * row i holds input i's weight for every unit; the bias follows at 1024. With vectors,
 * blocks of units in vector registers for the whole sum, each input broadcast once a block
 * (a block of few vectors keeps partial sums over every P-th input; a last vector ending at
 * the last unit overlaps the block before it and is stored last); without (or with CONVGEN_PORTABLE), tiles of rows x units in scalar registers,
 * each input loaded once per tile and each weight once per tile.
 * Workspace: 0 floats. */
static int ad_autoencoder_layer15(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    {
        const float *x = input;
        float *restrict y = output;
        {   /* units [0, 128): 8 vector(s) in registers */
            cg_v16 a0_0 = CG_LOAD(cg_v16, weights + 1024), a0_1 = CG_LOAD(cg_v16, weights + 1040), a0_2 = CG_LOAD(cg_v16, weights + 1056), a0_3 = CG_LOAD(cg_v16, weights + 1072), a0_4 = CG_LOAD(cg_v16, weights + 1088), a0_5 = CG_LOAD(cg_v16, weights + 1104), a0_6 = CG_LOAD(cg_v16, weights + 1120), a0_7 = CG_LOAD(cg_v16, weights + 1136);
            const float *w = weights + 0;
            for (int i = 0; i < 8; i += 1, w += 128) {
                const cg_v16 x0 = (cg_v16){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v16, w + 0);
                a0_1 += x0 * CG_LOAD(cg_v16, w + 16);
                a0_2 += x0 * CG_LOAD(cg_v16, w + 32);
                a0_3 += x0 * CG_LOAD(cg_v16, w + 48);
                a0_4 += x0 * CG_LOAD(cg_v16, w + 64);
                a0_5 += x0 * CG_LOAD(cg_v16, w + 80);
                a0_6 += x0 * CG_LOAD(cg_v16, w + 96);
                a0_7 += x0 * CG_LOAD(cg_v16, w + 112);
            }
            CG_STORE(cg_v16, y + 0, a0_0);
            CG_STORE(cg_v16, y + 16, a0_1);
            CG_STORE(cg_v16, y + 32, a0_2);
            CG_STORE(cg_v16, y + 48, a0_3);
            CG_STORE(cg_v16, y + 64, a0_4);
            CG_STORE(cg_v16, y + 80, a0_5);
            CG_STORE(cg_v16, y + 96, a0_6);
            CG_STORE(cg_v16, y + 112, a0_7);
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
#else
    {
        const float *x = input;
        float *restrict y = output;
        for (int u0 = 0; u0 < 128; u0 += 64) {   /* units [0, 128): 2 blocks of 8 vector(s) in registers */
            cg_v8 a0_0 = CG_LOAD(cg_v8, weights + u0 + 1024), a0_1 = CG_LOAD(cg_v8, weights + u0 + 1032), a0_2 = CG_LOAD(cg_v8, weights + u0 + 1040), a0_3 = CG_LOAD(cg_v8, weights + u0 + 1048), a0_4 = CG_LOAD(cg_v8, weights + u0 + 1056), a0_5 = CG_LOAD(cg_v8, weights + u0 + 1064), a0_6 = CG_LOAD(cg_v8, weights + u0 + 1072), a0_7 = CG_LOAD(cg_v8, weights + u0 + 1080);
            const float *w = weights + u0;
            for (int i = 0; i < 8; i += 1, w += 128) {
                const cg_v8 x0 = (cg_v8){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v8, w + 0);
                a0_1 += x0 * CG_LOAD(cg_v8, w + 8);
                a0_2 += x0 * CG_LOAD(cg_v8, w + 16);
                a0_3 += x0 * CG_LOAD(cg_v8, w + 24);
                a0_4 += x0 * CG_LOAD(cg_v8, w + 32);
                a0_5 += x0 * CG_LOAD(cg_v8, w + 40);
                a0_6 += x0 * CG_LOAD(cg_v8, w + 48);
                a0_7 += x0 * CG_LOAD(cg_v8, w + 56);
            }
            CG_STORE(cg_v8, y + u0, a0_0);
            CG_STORE(cg_v8, y + u0 + 8, a0_1);
            CG_STORE(cg_v8, y + u0 + 16, a0_2);
            CG_STORE(cg_v8, y + u0 + 24, a0_3);
            CG_STORE(cg_v8, y + u0 + 32, a0_4);
            CG_STORE(cg_v8, y + u0 + 40, a0_5);
            CG_STORE(cg_v8, y + u0 + 48, a0_6);
            CG_STORE(cg_v8, y + u0 + 56, a0_7);
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
#endif
#else
    {   /* 1 row(s) from row 0 */
        const float *x = input;
        float *y = output;
        for (int u0 = 0; u0 < 78; u0 += 26) {   /* 26 units a tile */
            float a0_0 = weights[u0 + 1024], a0_1 = weights[u0 + 1025], a0_2 = weights[u0 + 1026], a0_3 = weights[u0 + 1027], a0_4 = weights[u0 + 1028], a0_5 = weights[u0 + 1029], a0_6 = weights[u0 + 1030], a0_7 = weights[u0 + 1031], a0_8 = weights[u0 + 1032], a0_9 = weights[u0 + 1033], a0_10 = weights[u0 + 1034], a0_11 = weights[u0 + 1035], a0_12 = weights[u0 + 1036], a0_13 = weights[u0 + 1037], a0_14 = weights[u0 + 1038], a0_15 = weights[u0 + 1039], a0_16 = weights[u0 + 1040], a0_17 = weights[u0 + 1041], a0_18 = weights[u0 + 1042], a0_19 = weights[u0 + 1043], a0_20 = weights[u0 + 1044], a0_21 = weights[u0 + 1045], a0_22 = weights[u0 + 1046], a0_23 = weights[u0 + 1047], a0_24 = weights[u0 + 1048], a0_25 = weights[u0 + 1049];
            const float *w = weights + u0;
            for (int i = 0; i < 8; ++i, w += 128) {
                const float x0 = x[i];
                a0_0 += x0 * w[0];
                a0_1 += x0 * w[1];
                a0_2 += x0 * w[2];
                a0_3 += x0 * w[3];
                a0_4 += x0 * w[4];
                a0_5 += x0 * w[5];
                a0_6 += x0 * w[6];
                a0_7 += x0 * w[7];
                a0_8 += x0 * w[8];
                a0_9 += x0 * w[9];
                a0_10 += x0 * w[10];
                a0_11 += x0 * w[11];
                a0_12 += x0 * w[12];
                a0_13 += x0 * w[13];
                a0_14 += x0 * w[14];
                a0_15 += x0 * w[15];
                a0_16 += x0 * w[16];
                a0_17 += x0 * w[17];
                a0_18 += x0 * w[18];
                a0_19 += x0 * w[19];
                a0_20 += x0 * w[20];
                a0_21 += x0 * w[21];
                a0_22 += x0 * w[22];
                a0_23 += x0 * w[23];
                a0_24 += x0 * w[24];
                a0_25 += x0 * w[25];
            }
            y[u0] = cg_relu(a0_0);
            y[u0 + 1] = cg_relu(a0_1);
            y[u0 + 2] = cg_relu(a0_2);
            y[u0 + 3] = cg_relu(a0_3);
            y[u0 + 4] = cg_relu(a0_4);
            y[u0 + 5] = cg_relu(a0_5);
            y[u0 + 6] = cg_relu(a0_6);
            y[u0 + 7] = cg_relu(a0_7);
            y[u0 + 8] = cg_relu(a0_8);
            y[u0 + 9] = cg_relu(a0_9);
            y[u0 + 10] = cg_relu(a0_10);
            y[u0 + 11] = cg_relu(a0_11);
            y[u0 + 12] = cg_relu(a0_12);
            y[u0 + 13] = cg_relu(a0_13);
            y[u0 + 14] = cg_relu(a0_14);
            y[u0 + 15] = cg_relu(a0_15);
            y[u0 + 16] = cg_relu(a0_16);
            y[u0 + 17] = cg_relu(a0_17);
            y[u0 + 18] = cg_relu(a0_18);
            y[u0 + 19] = cg_relu(a0_19);
            y[u0 + 20] = cg_relu(a0_20);
            y[u0 + 21] = cg_relu(a0_21);
            y[u0 + 22] = cg_relu(a0_22);
            y[u0 + 23] = cg_relu(a0_23);
            y[u0 + 24] = cg_relu(a0_24);
            y[u0 + 25] = cg_relu(a0_25);
        }
        for (int u0 = 78; u0 < 128; u0 += 25) {   /* 25 units a tile */
            float a0_0 = weights[u0 + 1024], a0_1 = weights[u0 + 1025], a0_2 = weights[u0 + 1026], a0_3 = weights[u0 + 1027], a0_4 = weights[u0 + 1028], a0_5 = weights[u0 + 1029], a0_6 = weights[u0 + 1030], a0_7 = weights[u0 + 1031], a0_8 = weights[u0 + 1032], a0_9 = weights[u0 + 1033], a0_10 = weights[u0 + 1034], a0_11 = weights[u0 + 1035], a0_12 = weights[u0 + 1036], a0_13 = weights[u0 + 1037], a0_14 = weights[u0 + 1038], a0_15 = weights[u0 + 1039], a0_16 = weights[u0 + 1040], a0_17 = weights[u0 + 1041], a0_18 = weights[u0 + 1042], a0_19 = weights[u0 + 1043], a0_20 = weights[u0 + 1044], a0_21 = weights[u0 + 1045], a0_22 = weights[u0 + 1046], a0_23 = weights[u0 + 1047], a0_24 = weights[u0 + 1048];
            const float *w = weights + u0;
            for (int i = 0; i < 8; ++i, w += 128) {
                const float x0 = x[i];
                a0_0 += x0 * w[0];
                a0_1 += x0 * w[1];
                a0_2 += x0 * w[2];
                a0_3 += x0 * w[3];
                a0_4 += x0 * w[4];
                a0_5 += x0 * w[5];
                a0_6 += x0 * w[6];
                a0_7 += x0 * w[7];
                a0_8 += x0 * w[8];
                a0_9 += x0 * w[9];
                a0_10 += x0 * w[10];
                a0_11 += x0 * w[11];
                a0_12 += x0 * w[12];
                a0_13 += x0 * w[13];
                a0_14 += x0 * w[14];
                a0_15 += x0 * w[15];
                a0_16 += x0 * w[16];
                a0_17 += x0 * w[17];
                a0_18 += x0 * w[18];
                a0_19 += x0 * w[19];
                a0_20 += x0 * w[20];
                a0_21 += x0 * w[21];
                a0_22 += x0 * w[22];
                a0_23 += x0 * w[23];
                a0_24 += x0 * w[24];
            }
            y[u0] = cg_relu(a0_0);
            y[u0 + 1] = cg_relu(a0_1);
            y[u0 + 2] = cg_relu(a0_2);
            y[u0 + 3] = cg_relu(a0_3);
            y[u0 + 4] = cg_relu(a0_4);
            y[u0 + 5] = cg_relu(a0_5);
            y[u0 + 6] = cg_relu(a0_6);
            y[u0 + 7] = cg_relu(a0_7);
            y[u0 + 8] = cg_relu(a0_8);
            y[u0 + 9] = cg_relu(a0_9);
            y[u0 + 10] = cg_relu(a0_10);
            y[u0 + 11] = cg_relu(a0_11);
            y[u0 + 12] = cg_relu(a0_12);
            y[u0 + 13] = cg_relu(a0_13);
            y[u0 + 14] = cg_relu(a0_14);
            y[u0 + 15] = cg_relu(a0_15);
            y[u0 + 16] = cg_relu(a0_16);
            y[u0 + 17] = cg_relu(a0_17);
            y[u0 + 18] = cg_relu(a0_18);
            y[u0 + 19] = cg_relu(a0_19);
            y[u0 + 20] = cg_relu(a0_20);
            y[u0 + 21] = cg_relu(a0_21);
            y[u0 + 22] = cg_relu(a0_22);
            y[u0 + 23] = cg_relu(a0_23);
            y[u0 + 24] = cg_relu(a0_24);
        }
    }
#endif
    return 0;
}

/* dense_6 (Dense) 128 -> 128; batch_normalization_6 (BatchNormalization) folded into its weights; activation_6 (Activation) applied in its store
 * Dense on the last axis: 1 row(s) of 128 input(s) -> 128 output(s) each
 * (input 1x128, output 1x128). The kernel is Keras's (128, 128):
 * row i holds input i's weight for every unit; the bias follows at 16384. With vectors,
 * blocks of units in vector registers for the whole sum, each input broadcast once a block
 * (a block of few vectors keeps partial sums over every P-th input; a last vector ending at
 * the last unit overlaps the block before it and is stored last); without (or with CONVGEN_PORTABLE), tiles of rows x units in scalar registers,
 * each input loaded once per tile and each weight once per tile.
 * Workspace: 0 floats. */
static int ad_autoencoder_layer18(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    {
        const float *x = input;
        float *restrict y = output;
        {   /* units [0, 128): 8 vector(s) in registers */
            cg_v16 a0_0 = CG_LOAD(cg_v16, weights + 16384), a0_1 = CG_LOAD(cg_v16, weights + 16400), a0_2 = CG_LOAD(cg_v16, weights + 16416), a0_3 = CG_LOAD(cg_v16, weights + 16432), a0_4 = CG_LOAD(cg_v16, weights + 16448), a0_5 = CG_LOAD(cg_v16, weights + 16464), a0_6 = CG_LOAD(cg_v16, weights + 16480), a0_7 = CG_LOAD(cg_v16, weights + 16496);
            const float *w = weights + 0;
            for (int i = 0; i < 128; i += 1, w += 128) {
                const cg_v16 x0 = (cg_v16){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v16, w + 0);
                a0_1 += x0 * CG_LOAD(cg_v16, w + 16);
                a0_2 += x0 * CG_LOAD(cg_v16, w + 32);
                a0_3 += x0 * CG_LOAD(cg_v16, w + 48);
                a0_4 += x0 * CG_LOAD(cg_v16, w + 64);
                a0_5 += x0 * CG_LOAD(cg_v16, w + 80);
                a0_6 += x0 * CG_LOAD(cg_v16, w + 96);
                a0_7 += x0 * CG_LOAD(cg_v16, w + 112);
            }
            CG_STORE(cg_v16, y + 0, a0_0);
            CG_STORE(cg_v16, y + 16, a0_1);
            CG_STORE(cg_v16, y + 32, a0_2);
            CG_STORE(cg_v16, y + 48, a0_3);
            CG_STORE(cg_v16, y + 64, a0_4);
            CG_STORE(cg_v16, y + 80, a0_5);
            CG_STORE(cg_v16, y + 96, a0_6);
            CG_STORE(cg_v16, y + 112, a0_7);
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
#else
    {
        const float *x = input;
        float *restrict y = output;
        for (int u0 = 0; u0 < 128; u0 += 64) {   /* units [0, 128): 2 blocks of 8 vector(s) in registers */
            cg_v8 a0_0 = CG_LOAD(cg_v8, weights + u0 + 16384), a0_1 = CG_LOAD(cg_v8, weights + u0 + 16392), a0_2 = CG_LOAD(cg_v8, weights + u0 + 16400), a0_3 = CG_LOAD(cg_v8, weights + u0 + 16408), a0_4 = CG_LOAD(cg_v8, weights + u0 + 16416), a0_5 = CG_LOAD(cg_v8, weights + u0 + 16424), a0_6 = CG_LOAD(cg_v8, weights + u0 + 16432), a0_7 = CG_LOAD(cg_v8, weights + u0 + 16440);
            const float *w = weights + u0;
            for (int i = 0; i < 128; i += 1, w += 128) {
                const cg_v8 x0 = (cg_v8){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v8, w + 0);
                a0_1 += x0 * CG_LOAD(cg_v8, w + 8);
                a0_2 += x0 * CG_LOAD(cg_v8, w + 16);
                a0_3 += x0 * CG_LOAD(cg_v8, w + 24);
                a0_4 += x0 * CG_LOAD(cg_v8, w + 32);
                a0_5 += x0 * CG_LOAD(cg_v8, w + 40);
                a0_6 += x0 * CG_LOAD(cg_v8, w + 48);
                a0_7 += x0 * CG_LOAD(cg_v8, w + 56);
            }
            CG_STORE(cg_v8, y + u0, a0_0);
            CG_STORE(cg_v8, y + u0 + 8, a0_1);
            CG_STORE(cg_v8, y + u0 + 16, a0_2);
            CG_STORE(cg_v8, y + u0 + 24, a0_3);
            CG_STORE(cg_v8, y + u0 + 32, a0_4);
            CG_STORE(cg_v8, y + u0 + 40, a0_5);
            CG_STORE(cg_v8, y + u0 + 48, a0_6);
            CG_STORE(cg_v8, y + u0 + 56, a0_7);
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
#endif
#else
    {   /* 1 row(s) from row 0 */
        const float *x = input;
        float *y = output;
        for (int u0 = 0; u0 < 78; u0 += 26) {   /* 26 units a tile */
            float a0_0 = weights[u0 + 16384], a0_1 = weights[u0 + 16385], a0_2 = weights[u0 + 16386], a0_3 = weights[u0 + 16387], a0_4 = weights[u0 + 16388], a0_5 = weights[u0 + 16389], a0_6 = weights[u0 + 16390], a0_7 = weights[u0 + 16391], a0_8 = weights[u0 + 16392], a0_9 = weights[u0 + 16393], a0_10 = weights[u0 + 16394], a0_11 = weights[u0 + 16395], a0_12 = weights[u0 + 16396], a0_13 = weights[u0 + 16397], a0_14 = weights[u0 + 16398], a0_15 = weights[u0 + 16399], a0_16 = weights[u0 + 16400], a0_17 = weights[u0 + 16401], a0_18 = weights[u0 + 16402], a0_19 = weights[u0 + 16403], a0_20 = weights[u0 + 16404], a0_21 = weights[u0 + 16405], a0_22 = weights[u0 + 16406], a0_23 = weights[u0 + 16407], a0_24 = weights[u0 + 16408], a0_25 = weights[u0 + 16409];
            const float *w = weights + u0;
            for (int i = 0; i < 128; ++i, w += 128) {
                const float x0 = x[i];
                a0_0 += x0 * w[0];
                a0_1 += x0 * w[1];
                a0_2 += x0 * w[2];
                a0_3 += x0 * w[3];
                a0_4 += x0 * w[4];
                a0_5 += x0 * w[5];
                a0_6 += x0 * w[6];
                a0_7 += x0 * w[7];
                a0_8 += x0 * w[8];
                a0_9 += x0 * w[9];
                a0_10 += x0 * w[10];
                a0_11 += x0 * w[11];
                a0_12 += x0 * w[12];
                a0_13 += x0 * w[13];
                a0_14 += x0 * w[14];
                a0_15 += x0 * w[15];
                a0_16 += x0 * w[16];
                a0_17 += x0 * w[17];
                a0_18 += x0 * w[18];
                a0_19 += x0 * w[19];
                a0_20 += x0 * w[20];
                a0_21 += x0 * w[21];
                a0_22 += x0 * w[22];
                a0_23 += x0 * w[23];
                a0_24 += x0 * w[24];
                a0_25 += x0 * w[25];
            }
            y[u0] = cg_relu(a0_0);
            y[u0 + 1] = cg_relu(a0_1);
            y[u0 + 2] = cg_relu(a0_2);
            y[u0 + 3] = cg_relu(a0_3);
            y[u0 + 4] = cg_relu(a0_4);
            y[u0 + 5] = cg_relu(a0_5);
            y[u0 + 6] = cg_relu(a0_6);
            y[u0 + 7] = cg_relu(a0_7);
            y[u0 + 8] = cg_relu(a0_8);
            y[u0 + 9] = cg_relu(a0_9);
            y[u0 + 10] = cg_relu(a0_10);
            y[u0 + 11] = cg_relu(a0_11);
            y[u0 + 12] = cg_relu(a0_12);
            y[u0 + 13] = cg_relu(a0_13);
            y[u0 + 14] = cg_relu(a0_14);
            y[u0 + 15] = cg_relu(a0_15);
            y[u0 + 16] = cg_relu(a0_16);
            y[u0 + 17] = cg_relu(a0_17);
            y[u0 + 18] = cg_relu(a0_18);
            y[u0 + 19] = cg_relu(a0_19);
            y[u0 + 20] = cg_relu(a0_20);
            y[u0 + 21] = cg_relu(a0_21);
            y[u0 + 22] = cg_relu(a0_22);
            y[u0 + 23] = cg_relu(a0_23);
            y[u0 + 24] = cg_relu(a0_24);
            y[u0 + 25] = cg_relu(a0_25);
        }
        for (int u0 = 78; u0 < 128; u0 += 25) {   /* 25 units a tile */
            float a0_0 = weights[u0 + 16384], a0_1 = weights[u0 + 16385], a0_2 = weights[u0 + 16386], a0_3 = weights[u0 + 16387], a0_4 = weights[u0 + 16388], a0_5 = weights[u0 + 16389], a0_6 = weights[u0 + 16390], a0_7 = weights[u0 + 16391], a0_8 = weights[u0 + 16392], a0_9 = weights[u0 + 16393], a0_10 = weights[u0 + 16394], a0_11 = weights[u0 + 16395], a0_12 = weights[u0 + 16396], a0_13 = weights[u0 + 16397], a0_14 = weights[u0 + 16398], a0_15 = weights[u0 + 16399], a0_16 = weights[u0 + 16400], a0_17 = weights[u0 + 16401], a0_18 = weights[u0 + 16402], a0_19 = weights[u0 + 16403], a0_20 = weights[u0 + 16404], a0_21 = weights[u0 + 16405], a0_22 = weights[u0 + 16406], a0_23 = weights[u0 + 16407], a0_24 = weights[u0 + 16408];
            const float *w = weights + u0;
            for (int i = 0; i < 128; ++i, w += 128) {
                const float x0 = x[i];
                a0_0 += x0 * w[0];
                a0_1 += x0 * w[1];
                a0_2 += x0 * w[2];
                a0_3 += x0 * w[3];
                a0_4 += x0 * w[4];
                a0_5 += x0 * w[5];
                a0_6 += x0 * w[6];
                a0_7 += x0 * w[7];
                a0_8 += x0 * w[8];
                a0_9 += x0 * w[9];
                a0_10 += x0 * w[10];
                a0_11 += x0 * w[11];
                a0_12 += x0 * w[12];
                a0_13 += x0 * w[13];
                a0_14 += x0 * w[14];
                a0_15 += x0 * w[15];
                a0_16 += x0 * w[16];
                a0_17 += x0 * w[17];
                a0_18 += x0 * w[18];
                a0_19 += x0 * w[19];
                a0_20 += x0 * w[20];
                a0_21 += x0 * w[21];
                a0_22 += x0 * w[22];
                a0_23 += x0 * w[23];
                a0_24 += x0 * w[24];
            }
            y[u0] = cg_relu(a0_0);
            y[u0 + 1] = cg_relu(a0_1);
            y[u0 + 2] = cg_relu(a0_2);
            y[u0 + 3] = cg_relu(a0_3);
            y[u0 + 4] = cg_relu(a0_4);
            y[u0 + 5] = cg_relu(a0_5);
            y[u0 + 6] = cg_relu(a0_6);
            y[u0 + 7] = cg_relu(a0_7);
            y[u0 + 8] = cg_relu(a0_8);
            y[u0 + 9] = cg_relu(a0_9);
            y[u0 + 10] = cg_relu(a0_10);
            y[u0 + 11] = cg_relu(a0_11);
            y[u0 + 12] = cg_relu(a0_12);
            y[u0 + 13] = cg_relu(a0_13);
            y[u0 + 14] = cg_relu(a0_14);
            y[u0 + 15] = cg_relu(a0_15);
            y[u0 + 16] = cg_relu(a0_16);
            y[u0 + 17] = cg_relu(a0_17);
            y[u0 + 18] = cg_relu(a0_18);
            y[u0 + 19] = cg_relu(a0_19);
            y[u0 + 20] = cg_relu(a0_20);
            y[u0 + 21] = cg_relu(a0_21);
            y[u0 + 22] = cg_relu(a0_22);
            y[u0 + 23] = cg_relu(a0_23);
            y[u0 + 24] = cg_relu(a0_24);
        }
    }
#endif
    return 0;
}

/* dense_7 (Dense) 128 -> 128; batch_normalization_7 (BatchNormalization) folded into its weights; activation_7 (Activation) applied in its store
 * Dense on the last axis: 1 row(s) of 128 input(s) -> 128 output(s) each
 * (input 1x128, output 1x128). The kernel is Keras's (128, 128):
 * row i holds input i's weight for every unit; the bias follows at 16384. With vectors,
 * blocks of units in vector registers for the whole sum, each input broadcast once a block
 * (a block of few vectors keeps partial sums over every P-th input; a last vector ending at
 * the last unit overlaps the block before it and is stored last); without (or with CONVGEN_PORTABLE), tiles of rows x units in scalar registers,
 * each input loaded once per tile and each weight once per tile.
 * Workspace: 0 floats. */
static int ad_autoencoder_layer21(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    {
        const float *x = input;
        float *restrict y = output;
        {   /* units [0, 128): 8 vector(s) in registers */
            cg_v16 a0_0 = CG_LOAD(cg_v16, weights + 16384), a0_1 = CG_LOAD(cg_v16, weights + 16400), a0_2 = CG_LOAD(cg_v16, weights + 16416), a0_3 = CG_LOAD(cg_v16, weights + 16432), a0_4 = CG_LOAD(cg_v16, weights + 16448), a0_5 = CG_LOAD(cg_v16, weights + 16464), a0_6 = CG_LOAD(cg_v16, weights + 16480), a0_7 = CG_LOAD(cg_v16, weights + 16496);
            const float *w = weights + 0;
            for (int i = 0; i < 128; i += 1, w += 128) {
                const cg_v16 x0 = (cg_v16){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v16, w + 0);
                a0_1 += x0 * CG_LOAD(cg_v16, w + 16);
                a0_2 += x0 * CG_LOAD(cg_v16, w + 32);
                a0_3 += x0 * CG_LOAD(cg_v16, w + 48);
                a0_4 += x0 * CG_LOAD(cg_v16, w + 64);
                a0_5 += x0 * CG_LOAD(cg_v16, w + 80);
                a0_6 += x0 * CG_LOAD(cg_v16, w + 96);
                a0_7 += x0 * CG_LOAD(cg_v16, w + 112);
            }
            CG_STORE(cg_v16, y + 0, a0_0);
            CG_STORE(cg_v16, y + 16, a0_1);
            CG_STORE(cg_v16, y + 32, a0_2);
            CG_STORE(cg_v16, y + 48, a0_3);
            CG_STORE(cg_v16, y + 64, a0_4);
            CG_STORE(cg_v16, y + 80, a0_5);
            CG_STORE(cg_v16, y + 96, a0_6);
            CG_STORE(cg_v16, y + 112, a0_7);
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
#else
    {
        const float *x = input;
        float *restrict y = output;
        for (int u0 = 0; u0 < 128; u0 += 64) {   /* units [0, 128): 2 blocks of 8 vector(s) in registers */
            cg_v8 a0_0 = CG_LOAD(cg_v8, weights + u0 + 16384), a0_1 = CG_LOAD(cg_v8, weights + u0 + 16392), a0_2 = CG_LOAD(cg_v8, weights + u0 + 16400), a0_3 = CG_LOAD(cg_v8, weights + u0 + 16408), a0_4 = CG_LOAD(cg_v8, weights + u0 + 16416), a0_5 = CG_LOAD(cg_v8, weights + u0 + 16424), a0_6 = CG_LOAD(cg_v8, weights + u0 + 16432), a0_7 = CG_LOAD(cg_v8, weights + u0 + 16440);
            const float *w = weights + u0;
            for (int i = 0; i < 128; i += 1, w += 128) {
                const cg_v8 x0 = (cg_v8){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v8, w + 0);
                a0_1 += x0 * CG_LOAD(cg_v8, w + 8);
                a0_2 += x0 * CG_LOAD(cg_v8, w + 16);
                a0_3 += x0 * CG_LOAD(cg_v8, w + 24);
                a0_4 += x0 * CG_LOAD(cg_v8, w + 32);
                a0_5 += x0 * CG_LOAD(cg_v8, w + 40);
                a0_6 += x0 * CG_LOAD(cg_v8, w + 48);
                a0_7 += x0 * CG_LOAD(cg_v8, w + 56);
            }
            CG_STORE(cg_v8, y + u0, a0_0);
            CG_STORE(cg_v8, y + u0 + 8, a0_1);
            CG_STORE(cg_v8, y + u0 + 16, a0_2);
            CG_STORE(cg_v8, y + u0 + 24, a0_3);
            CG_STORE(cg_v8, y + u0 + 32, a0_4);
            CG_STORE(cg_v8, y + u0 + 40, a0_5);
            CG_STORE(cg_v8, y + u0 + 48, a0_6);
            CG_STORE(cg_v8, y + u0 + 56, a0_7);
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
#endif
#else
    {   /* 1 row(s) from row 0 */
        const float *x = input;
        float *y = output;
        for (int u0 = 0; u0 < 78; u0 += 26) {   /* 26 units a tile */
            float a0_0 = weights[u0 + 16384], a0_1 = weights[u0 + 16385], a0_2 = weights[u0 + 16386], a0_3 = weights[u0 + 16387], a0_4 = weights[u0 + 16388], a0_5 = weights[u0 + 16389], a0_6 = weights[u0 + 16390], a0_7 = weights[u0 + 16391], a0_8 = weights[u0 + 16392], a0_9 = weights[u0 + 16393], a0_10 = weights[u0 + 16394], a0_11 = weights[u0 + 16395], a0_12 = weights[u0 + 16396], a0_13 = weights[u0 + 16397], a0_14 = weights[u0 + 16398], a0_15 = weights[u0 + 16399], a0_16 = weights[u0 + 16400], a0_17 = weights[u0 + 16401], a0_18 = weights[u0 + 16402], a0_19 = weights[u0 + 16403], a0_20 = weights[u0 + 16404], a0_21 = weights[u0 + 16405], a0_22 = weights[u0 + 16406], a0_23 = weights[u0 + 16407], a0_24 = weights[u0 + 16408], a0_25 = weights[u0 + 16409];
            const float *w = weights + u0;
            for (int i = 0; i < 128; ++i, w += 128) {
                const float x0 = x[i];
                a0_0 += x0 * w[0];
                a0_1 += x0 * w[1];
                a0_2 += x0 * w[2];
                a0_3 += x0 * w[3];
                a0_4 += x0 * w[4];
                a0_5 += x0 * w[5];
                a0_6 += x0 * w[6];
                a0_7 += x0 * w[7];
                a0_8 += x0 * w[8];
                a0_9 += x0 * w[9];
                a0_10 += x0 * w[10];
                a0_11 += x0 * w[11];
                a0_12 += x0 * w[12];
                a0_13 += x0 * w[13];
                a0_14 += x0 * w[14];
                a0_15 += x0 * w[15];
                a0_16 += x0 * w[16];
                a0_17 += x0 * w[17];
                a0_18 += x0 * w[18];
                a0_19 += x0 * w[19];
                a0_20 += x0 * w[20];
                a0_21 += x0 * w[21];
                a0_22 += x0 * w[22];
                a0_23 += x0 * w[23];
                a0_24 += x0 * w[24];
                a0_25 += x0 * w[25];
            }
            y[u0] = cg_relu(a0_0);
            y[u0 + 1] = cg_relu(a0_1);
            y[u0 + 2] = cg_relu(a0_2);
            y[u0 + 3] = cg_relu(a0_3);
            y[u0 + 4] = cg_relu(a0_4);
            y[u0 + 5] = cg_relu(a0_5);
            y[u0 + 6] = cg_relu(a0_6);
            y[u0 + 7] = cg_relu(a0_7);
            y[u0 + 8] = cg_relu(a0_8);
            y[u0 + 9] = cg_relu(a0_9);
            y[u0 + 10] = cg_relu(a0_10);
            y[u0 + 11] = cg_relu(a0_11);
            y[u0 + 12] = cg_relu(a0_12);
            y[u0 + 13] = cg_relu(a0_13);
            y[u0 + 14] = cg_relu(a0_14);
            y[u0 + 15] = cg_relu(a0_15);
            y[u0 + 16] = cg_relu(a0_16);
            y[u0 + 17] = cg_relu(a0_17);
            y[u0 + 18] = cg_relu(a0_18);
            y[u0 + 19] = cg_relu(a0_19);
            y[u0 + 20] = cg_relu(a0_20);
            y[u0 + 21] = cg_relu(a0_21);
            y[u0 + 22] = cg_relu(a0_22);
            y[u0 + 23] = cg_relu(a0_23);
            y[u0 + 24] = cg_relu(a0_24);
            y[u0 + 25] = cg_relu(a0_25);
        }
        for (int u0 = 78; u0 < 128; u0 += 25) {   /* 25 units a tile */
            float a0_0 = weights[u0 + 16384], a0_1 = weights[u0 + 16385], a0_2 = weights[u0 + 16386], a0_3 = weights[u0 + 16387], a0_4 = weights[u0 + 16388], a0_5 = weights[u0 + 16389], a0_6 = weights[u0 + 16390], a0_7 = weights[u0 + 16391], a0_8 = weights[u0 + 16392], a0_9 = weights[u0 + 16393], a0_10 = weights[u0 + 16394], a0_11 = weights[u0 + 16395], a0_12 = weights[u0 + 16396], a0_13 = weights[u0 + 16397], a0_14 = weights[u0 + 16398], a0_15 = weights[u0 + 16399], a0_16 = weights[u0 + 16400], a0_17 = weights[u0 + 16401], a0_18 = weights[u0 + 16402], a0_19 = weights[u0 + 16403], a0_20 = weights[u0 + 16404], a0_21 = weights[u0 + 16405], a0_22 = weights[u0 + 16406], a0_23 = weights[u0 + 16407], a0_24 = weights[u0 + 16408];
            const float *w = weights + u0;
            for (int i = 0; i < 128; ++i, w += 128) {
                const float x0 = x[i];
                a0_0 += x0 * w[0];
                a0_1 += x0 * w[1];
                a0_2 += x0 * w[2];
                a0_3 += x0 * w[3];
                a0_4 += x0 * w[4];
                a0_5 += x0 * w[5];
                a0_6 += x0 * w[6];
                a0_7 += x0 * w[7];
                a0_8 += x0 * w[8];
                a0_9 += x0 * w[9];
                a0_10 += x0 * w[10];
                a0_11 += x0 * w[11];
                a0_12 += x0 * w[12];
                a0_13 += x0 * w[13];
                a0_14 += x0 * w[14];
                a0_15 += x0 * w[15];
                a0_16 += x0 * w[16];
                a0_17 += x0 * w[17];
                a0_18 += x0 * w[18];
                a0_19 += x0 * w[19];
                a0_20 += x0 * w[20];
                a0_21 += x0 * w[21];
                a0_22 += x0 * w[22];
                a0_23 += x0 * w[23];
                a0_24 += x0 * w[24];
            }
            y[u0] = cg_relu(a0_0);
            y[u0 + 1] = cg_relu(a0_1);
            y[u0 + 2] = cg_relu(a0_2);
            y[u0 + 3] = cg_relu(a0_3);
            y[u0 + 4] = cg_relu(a0_4);
            y[u0 + 5] = cg_relu(a0_5);
            y[u0 + 6] = cg_relu(a0_6);
            y[u0 + 7] = cg_relu(a0_7);
            y[u0 + 8] = cg_relu(a0_8);
            y[u0 + 9] = cg_relu(a0_9);
            y[u0 + 10] = cg_relu(a0_10);
            y[u0 + 11] = cg_relu(a0_11);
            y[u0 + 12] = cg_relu(a0_12);
            y[u0 + 13] = cg_relu(a0_13);
            y[u0 + 14] = cg_relu(a0_14);
            y[u0 + 15] = cg_relu(a0_15);
            y[u0 + 16] = cg_relu(a0_16);
            y[u0 + 17] = cg_relu(a0_17);
            y[u0 + 18] = cg_relu(a0_18);
            y[u0 + 19] = cg_relu(a0_19);
            y[u0 + 20] = cg_relu(a0_20);
            y[u0 + 21] = cg_relu(a0_21);
            y[u0 + 22] = cg_relu(a0_22);
            y[u0 + 23] = cg_relu(a0_23);
            y[u0 + 24] = cg_relu(a0_24);
        }
    }
#endif
    return 0;
}

/* dense_8 (Dense) 128 -> 128; batch_normalization_8 (BatchNormalization) folded into its weights; activation_8 (Activation) applied in its store
 * Dense on the last axis: 1 row(s) of 128 input(s) -> 128 output(s) each
 * (input 1x128, output 1x128). The kernel is Keras's (128, 128):
 * row i holds input i's weight for every unit; the bias follows at 16384. With vectors,
 * blocks of units in vector registers for the whole sum, each input broadcast once a block
 * (a block of few vectors keeps partial sums over every P-th input; a last vector ending at
 * the last unit overlaps the block before it and is stored last); without (or with CONVGEN_PORTABLE), tiles of rows x units in scalar registers,
 * each input loaded once per tile and each weight once per tile.
 * Workspace: 0 floats. */
static int ad_autoencoder_layer24(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    {
        const float *x = input;
        float *restrict y = output;
        {   /* units [0, 128): 8 vector(s) in registers */
            cg_v16 a0_0 = CG_LOAD(cg_v16, weights + 16384), a0_1 = CG_LOAD(cg_v16, weights + 16400), a0_2 = CG_LOAD(cg_v16, weights + 16416), a0_3 = CG_LOAD(cg_v16, weights + 16432), a0_4 = CG_LOAD(cg_v16, weights + 16448), a0_5 = CG_LOAD(cg_v16, weights + 16464), a0_6 = CG_LOAD(cg_v16, weights + 16480), a0_7 = CG_LOAD(cg_v16, weights + 16496);
            const float *w = weights + 0;
            for (int i = 0; i < 128; i += 1, w += 128) {
                const cg_v16 x0 = (cg_v16){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v16, w + 0);
                a0_1 += x0 * CG_LOAD(cg_v16, w + 16);
                a0_2 += x0 * CG_LOAD(cg_v16, w + 32);
                a0_3 += x0 * CG_LOAD(cg_v16, w + 48);
                a0_4 += x0 * CG_LOAD(cg_v16, w + 64);
                a0_5 += x0 * CG_LOAD(cg_v16, w + 80);
                a0_6 += x0 * CG_LOAD(cg_v16, w + 96);
                a0_7 += x0 * CG_LOAD(cg_v16, w + 112);
            }
            CG_STORE(cg_v16, y + 0, a0_0);
            CG_STORE(cg_v16, y + 16, a0_1);
            CG_STORE(cg_v16, y + 32, a0_2);
            CG_STORE(cg_v16, y + 48, a0_3);
            CG_STORE(cg_v16, y + 64, a0_4);
            CG_STORE(cg_v16, y + 80, a0_5);
            CG_STORE(cg_v16, y + 96, a0_6);
            CG_STORE(cg_v16, y + 112, a0_7);
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
#else
    {
        const float *x = input;
        float *restrict y = output;
        for (int u0 = 0; u0 < 128; u0 += 64) {   /* units [0, 128): 2 blocks of 8 vector(s) in registers */
            cg_v8 a0_0 = CG_LOAD(cg_v8, weights + u0 + 16384), a0_1 = CG_LOAD(cg_v8, weights + u0 + 16392), a0_2 = CG_LOAD(cg_v8, weights + u0 + 16400), a0_3 = CG_LOAD(cg_v8, weights + u0 + 16408), a0_4 = CG_LOAD(cg_v8, weights + u0 + 16416), a0_5 = CG_LOAD(cg_v8, weights + u0 + 16424), a0_6 = CG_LOAD(cg_v8, weights + u0 + 16432), a0_7 = CG_LOAD(cg_v8, weights + u0 + 16440);
            const float *w = weights + u0;
            for (int i = 0; i < 128; i += 1, w += 128) {
                const cg_v8 x0 = (cg_v8){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v8, w + 0);
                a0_1 += x0 * CG_LOAD(cg_v8, w + 8);
                a0_2 += x0 * CG_LOAD(cg_v8, w + 16);
                a0_3 += x0 * CG_LOAD(cg_v8, w + 24);
                a0_4 += x0 * CG_LOAD(cg_v8, w + 32);
                a0_5 += x0 * CG_LOAD(cg_v8, w + 40);
                a0_6 += x0 * CG_LOAD(cg_v8, w + 48);
                a0_7 += x0 * CG_LOAD(cg_v8, w + 56);
            }
            CG_STORE(cg_v8, y + u0, a0_0);
            CG_STORE(cg_v8, y + u0 + 8, a0_1);
            CG_STORE(cg_v8, y + u0 + 16, a0_2);
            CG_STORE(cg_v8, y + u0 + 24, a0_3);
            CG_STORE(cg_v8, y + u0 + 32, a0_4);
            CG_STORE(cg_v8, y + u0 + 40, a0_5);
            CG_STORE(cg_v8, y + u0 + 48, a0_6);
            CG_STORE(cg_v8, y + u0 + 56, a0_7);
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
#endif
#else
    {   /* 1 row(s) from row 0 */
        const float *x = input;
        float *y = output;
        for (int u0 = 0; u0 < 78; u0 += 26) {   /* 26 units a tile */
            float a0_0 = weights[u0 + 16384], a0_1 = weights[u0 + 16385], a0_2 = weights[u0 + 16386], a0_3 = weights[u0 + 16387], a0_4 = weights[u0 + 16388], a0_5 = weights[u0 + 16389], a0_6 = weights[u0 + 16390], a0_7 = weights[u0 + 16391], a0_8 = weights[u0 + 16392], a0_9 = weights[u0 + 16393], a0_10 = weights[u0 + 16394], a0_11 = weights[u0 + 16395], a0_12 = weights[u0 + 16396], a0_13 = weights[u0 + 16397], a0_14 = weights[u0 + 16398], a0_15 = weights[u0 + 16399], a0_16 = weights[u0 + 16400], a0_17 = weights[u0 + 16401], a0_18 = weights[u0 + 16402], a0_19 = weights[u0 + 16403], a0_20 = weights[u0 + 16404], a0_21 = weights[u0 + 16405], a0_22 = weights[u0 + 16406], a0_23 = weights[u0 + 16407], a0_24 = weights[u0 + 16408], a0_25 = weights[u0 + 16409];
            const float *w = weights + u0;
            for (int i = 0; i < 128; ++i, w += 128) {
                const float x0 = x[i];
                a0_0 += x0 * w[0];
                a0_1 += x0 * w[1];
                a0_2 += x0 * w[2];
                a0_3 += x0 * w[3];
                a0_4 += x0 * w[4];
                a0_5 += x0 * w[5];
                a0_6 += x0 * w[6];
                a0_7 += x0 * w[7];
                a0_8 += x0 * w[8];
                a0_9 += x0 * w[9];
                a0_10 += x0 * w[10];
                a0_11 += x0 * w[11];
                a0_12 += x0 * w[12];
                a0_13 += x0 * w[13];
                a0_14 += x0 * w[14];
                a0_15 += x0 * w[15];
                a0_16 += x0 * w[16];
                a0_17 += x0 * w[17];
                a0_18 += x0 * w[18];
                a0_19 += x0 * w[19];
                a0_20 += x0 * w[20];
                a0_21 += x0 * w[21];
                a0_22 += x0 * w[22];
                a0_23 += x0 * w[23];
                a0_24 += x0 * w[24];
                a0_25 += x0 * w[25];
            }
            y[u0] = cg_relu(a0_0);
            y[u0 + 1] = cg_relu(a0_1);
            y[u0 + 2] = cg_relu(a0_2);
            y[u0 + 3] = cg_relu(a0_3);
            y[u0 + 4] = cg_relu(a0_4);
            y[u0 + 5] = cg_relu(a0_5);
            y[u0 + 6] = cg_relu(a0_6);
            y[u0 + 7] = cg_relu(a0_7);
            y[u0 + 8] = cg_relu(a0_8);
            y[u0 + 9] = cg_relu(a0_9);
            y[u0 + 10] = cg_relu(a0_10);
            y[u0 + 11] = cg_relu(a0_11);
            y[u0 + 12] = cg_relu(a0_12);
            y[u0 + 13] = cg_relu(a0_13);
            y[u0 + 14] = cg_relu(a0_14);
            y[u0 + 15] = cg_relu(a0_15);
            y[u0 + 16] = cg_relu(a0_16);
            y[u0 + 17] = cg_relu(a0_17);
            y[u0 + 18] = cg_relu(a0_18);
            y[u0 + 19] = cg_relu(a0_19);
            y[u0 + 20] = cg_relu(a0_20);
            y[u0 + 21] = cg_relu(a0_21);
            y[u0 + 22] = cg_relu(a0_22);
            y[u0 + 23] = cg_relu(a0_23);
            y[u0 + 24] = cg_relu(a0_24);
            y[u0 + 25] = cg_relu(a0_25);
        }
        for (int u0 = 78; u0 < 128; u0 += 25) {   /* 25 units a tile */
            float a0_0 = weights[u0 + 16384], a0_1 = weights[u0 + 16385], a0_2 = weights[u0 + 16386], a0_3 = weights[u0 + 16387], a0_4 = weights[u0 + 16388], a0_5 = weights[u0 + 16389], a0_6 = weights[u0 + 16390], a0_7 = weights[u0 + 16391], a0_8 = weights[u0 + 16392], a0_9 = weights[u0 + 16393], a0_10 = weights[u0 + 16394], a0_11 = weights[u0 + 16395], a0_12 = weights[u0 + 16396], a0_13 = weights[u0 + 16397], a0_14 = weights[u0 + 16398], a0_15 = weights[u0 + 16399], a0_16 = weights[u0 + 16400], a0_17 = weights[u0 + 16401], a0_18 = weights[u0 + 16402], a0_19 = weights[u0 + 16403], a0_20 = weights[u0 + 16404], a0_21 = weights[u0 + 16405], a0_22 = weights[u0 + 16406], a0_23 = weights[u0 + 16407], a0_24 = weights[u0 + 16408];
            const float *w = weights + u0;
            for (int i = 0; i < 128; ++i, w += 128) {
                const float x0 = x[i];
                a0_0 += x0 * w[0];
                a0_1 += x0 * w[1];
                a0_2 += x0 * w[2];
                a0_3 += x0 * w[3];
                a0_4 += x0 * w[4];
                a0_5 += x0 * w[5];
                a0_6 += x0 * w[6];
                a0_7 += x0 * w[7];
                a0_8 += x0 * w[8];
                a0_9 += x0 * w[9];
                a0_10 += x0 * w[10];
                a0_11 += x0 * w[11];
                a0_12 += x0 * w[12];
                a0_13 += x0 * w[13];
                a0_14 += x0 * w[14];
                a0_15 += x0 * w[15];
                a0_16 += x0 * w[16];
                a0_17 += x0 * w[17];
                a0_18 += x0 * w[18];
                a0_19 += x0 * w[19];
                a0_20 += x0 * w[20];
                a0_21 += x0 * w[21];
                a0_22 += x0 * w[22];
                a0_23 += x0 * w[23];
                a0_24 += x0 * w[24];
            }
            y[u0] = cg_relu(a0_0);
            y[u0 + 1] = cg_relu(a0_1);
            y[u0 + 2] = cg_relu(a0_2);
            y[u0 + 3] = cg_relu(a0_3);
            y[u0 + 4] = cg_relu(a0_4);
            y[u0 + 5] = cg_relu(a0_5);
            y[u0 + 6] = cg_relu(a0_6);
            y[u0 + 7] = cg_relu(a0_7);
            y[u0 + 8] = cg_relu(a0_8);
            y[u0 + 9] = cg_relu(a0_9);
            y[u0 + 10] = cg_relu(a0_10);
            y[u0 + 11] = cg_relu(a0_11);
            y[u0 + 12] = cg_relu(a0_12);
            y[u0 + 13] = cg_relu(a0_13);
            y[u0 + 14] = cg_relu(a0_14);
            y[u0 + 15] = cg_relu(a0_15);
            y[u0 + 16] = cg_relu(a0_16);
            y[u0 + 17] = cg_relu(a0_17);
            y[u0 + 18] = cg_relu(a0_18);
            y[u0 + 19] = cg_relu(a0_19);
            y[u0 + 20] = cg_relu(a0_20);
            y[u0 + 21] = cg_relu(a0_21);
            y[u0 + 22] = cg_relu(a0_22);
            y[u0 + 23] = cg_relu(a0_23);
            y[u0 + 24] = cg_relu(a0_24);
        }
    }
#endif
    return 0;
}

/* dense_9 (Dense) 128 -> 640
 * Dense on the last axis: 1 row(s) of 128 input(s) -> 640 output(s) each
 * (input 1x128, output 1x640). The kernel is Keras's (128, 640):
 * row i holds input i's weight for every unit; the bias follows at 81920. With vectors,
 * blocks of units in vector registers for the whole sum, each input broadcast once a block
 * (a block of few vectors keeps partial sums over every P-th input; a last vector ending at
 * the last unit overlaps the block before it and is stored last); without (or with CONVGEN_PORTABLE), tiles of rows x units in scalar registers,
 * each input loaded once per tile and each weight once per tile.
 * Workspace: 0 floats. */
static int ad_autoencoder_layer27(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    (void)workspace;
#if CG_VECTOR
#if defined(__AVX512F__)
    {
        const float *x = input;
        float *restrict y = output;
        for (int u0 = 0; u0 < 640; u0 += 128) {   /* units [0, 640): 5 blocks of 8 vector(s) in registers */
            cg_v16 a0_0 = CG_LOAD(cg_v16, weights + u0 + 81920), a0_1 = CG_LOAD(cg_v16, weights + u0 + 81936), a0_2 = CG_LOAD(cg_v16, weights + u0 + 81952), a0_3 = CG_LOAD(cg_v16, weights + u0 + 81968), a0_4 = CG_LOAD(cg_v16, weights + u0 + 81984), a0_5 = CG_LOAD(cg_v16, weights + u0 + 82000), a0_6 = CG_LOAD(cg_v16, weights + u0 + 82016), a0_7 = CG_LOAD(cg_v16, weights + u0 + 82032);
            const float *w = weights + u0;
            for (int i = 0; i < 128; i += 1, w += 640) {
                const cg_v16 x0 = (cg_v16){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v16, w + 0);
                a0_1 += x0 * CG_LOAD(cg_v16, w + 16);
                a0_2 += x0 * CG_LOAD(cg_v16, w + 32);
                a0_3 += x0 * CG_LOAD(cg_v16, w + 48);
                a0_4 += x0 * CG_LOAD(cg_v16, w + 64);
                a0_5 += x0 * CG_LOAD(cg_v16, w + 80);
                a0_6 += x0 * CG_LOAD(cg_v16, w + 96);
                a0_7 += x0 * CG_LOAD(cg_v16, w + 112);
            }
            CG_STORE(cg_v16, y + u0, a0_0);
            CG_STORE(cg_v16, y + u0 + 16, a0_1);
            CG_STORE(cg_v16, y + u0 + 32, a0_2);
            CG_STORE(cg_v16, y + u0 + 48, a0_3);
            CG_STORE(cg_v16, y + u0 + 64, a0_4);
            CG_STORE(cg_v16, y + u0 + 80, a0_5);
            CG_STORE(cg_v16, y + u0 + 96, a0_6);
            CG_STORE(cg_v16, y + u0 + 112, a0_7);
        }
    }
#else
    {
        const float *x = input;
        float *restrict y = output;
        for (int u0 = 0; u0 < 640; u0 += 64) {   /* units [0, 640): 10 blocks of 8 vector(s) in registers */
            cg_v8 a0_0 = CG_LOAD(cg_v8, weights + u0 + 81920), a0_1 = CG_LOAD(cg_v8, weights + u0 + 81928), a0_2 = CG_LOAD(cg_v8, weights + u0 + 81936), a0_3 = CG_LOAD(cg_v8, weights + u0 + 81944), a0_4 = CG_LOAD(cg_v8, weights + u0 + 81952), a0_5 = CG_LOAD(cg_v8, weights + u0 + 81960), a0_6 = CG_LOAD(cg_v8, weights + u0 + 81968), a0_7 = CG_LOAD(cg_v8, weights + u0 + 81976);
            const float *w = weights + u0;
            for (int i = 0; i < 128; i += 1, w += 640) {
                const cg_v8 x0 = (cg_v8){0.0f} + x[i];
                a0_0 += x0 * CG_LOAD(cg_v8, w + 0);
                a0_1 += x0 * CG_LOAD(cg_v8, w + 8);
                a0_2 += x0 * CG_LOAD(cg_v8, w + 16);
                a0_3 += x0 * CG_LOAD(cg_v8, w + 24);
                a0_4 += x0 * CG_LOAD(cg_v8, w + 32);
                a0_5 += x0 * CG_LOAD(cg_v8, w + 40);
                a0_6 += x0 * CG_LOAD(cg_v8, w + 48);
                a0_7 += x0 * CG_LOAD(cg_v8, w + 56);
            }
            CG_STORE(cg_v8, y + u0, a0_0);
            CG_STORE(cg_v8, y + u0 + 8, a0_1);
            CG_STORE(cg_v8, y + u0 + 16, a0_2);
            CG_STORE(cg_v8, y + u0 + 24, a0_3);
            CG_STORE(cg_v8, y + u0 + 32, a0_4);
            CG_STORE(cg_v8, y + u0 + 40, a0_5);
            CG_STORE(cg_v8, y + u0 + 48, a0_6);
            CG_STORE(cg_v8, y + u0 + 56, a0_7);
        }
    }
#endif
#else
    {   /* 1 row(s) from row 0 */
        const float *x = input;
        float *y = output;
        for (int u0 = 0; u0 < 60; u0 += 30) {   /* 30 units a tile */
            float a0_0 = weights[u0 + 81920], a0_1 = weights[u0 + 81921], a0_2 = weights[u0 + 81922], a0_3 = weights[u0 + 81923], a0_4 = weights[u0 + 81924], a0_5 = weights[u0 + 81925], a0_6 = weights[u0 + 81926], a0_7 = weights[u0 + 81927], a0_8 = weights[u0 + 81928], a0_9 = weights[u0 + 81929], a0_10 = weights[u0 + 81930], a0_11 = weights[u0 + 81931], a0_12 = weights[u0 + 81932], a0_13 = weights[u0 + 81933], a0_14 = weights[u0 + 81934], a0_15 = weights[u0 + 81935], a0_16 = weights[u0 + 81936], a0_17 = weights[u0 + 81937], a0_18 = weights[u0 + 81938], a0_19 = weights[u0 + 81939], a0_20 = weights[u0 + 81940], a0_21 = weights[u0 + 81941], a0_22 = weights[u0 + 81942], a0_23 = weights[u0 + 81943], a0_24 = weights[u0 + 81944], a0_25 = weights[u0 + 81945], a0_26 = weights[u0 + 81946], a0_27 = weights[u0 + 81947], a0_28 = weights[u0 + 81948], a0_29 = weights[u0 + 81949];
            const float *w = weights + u0;
            for (int i = 0; i < 128; ++i, w += 640) {
                const float x0 = x[i];
                a0_0 += x0 * w[0];
                a0_1 += x0 * w[1];
                a0_2 += x0 * w[2];
                a0_3 += x0 * w[3];
                a0_4 += x0 * w[4];
                a0_5 += x0 * w[5];
                a0_6 += x0 * w[6];
                a0_7 += x0 * w[7];
                a0_8 += x0 * w[8];
                a0_9 += x0 * w[9];
                a0_10 += x0 * w[10];
                a0_11 += x0 * w[11];
                a0_12 += x0 * w[12];
                a0_13 += x0 * w[13];
                a0_14 += x0 * w[14];
                a0_15 += x0 * w[15];
                a0_16 += x0 * w[16];
                a0_17 += x0 * w[17];
                a0_18 += x0 * w[18];
                a0_19 += x0 * w[19];
                a0_20 += x0 * w[20];
                a0_21 += x0 * w[21];
                a0_22 += x0 * w[22];
                a0_23 += x0 * w[23];
                a0_24 += x0 * w[24];
                a0_25 += x0 * w[25];
                a0_26 += x0 * w[26];
                a0_27 += x0 * w[27];
                a0_28 += x0 * w[28];
                a0_29 += x0 * w[29];
            }
            y[u0] = a0_0;
            y[u0 + 1] = a0_1;
            y[u0 + 2] = a0_2;
            y[u0 + 3] = a0_3;
            y[u0 + 4] = a0_4;
            y[u0 + 5] = a0_5;
            y[u0 + 6] = a0_6;
            y[u0 + 7] = a0_7;
            y[u0 + 8] = a0_8;
            y[u0 + 9] = a0_9;
            y[u0 + 10] = a0_10;
            y[u0 + 11] = a0_11;
            y[u0 + 12] = a0_12;
            y[u0 + 13] = a0_13;
            y[u0 + 14] = a0_14;
            y[u0 + 15] = a0_15;
            y[u0 + 16] = a0_16;
            y[u0 + 17] = a0_17;
            y[u0 + 18] = a0_18;
            y[u0 + 19] = a0_19;
            y[u0 + 20] = a0_20;
            y[u0 + 21] = a0_21;
            y[u0 + 22] = a0_22;
            y[u0 + 23] = a0_23;
            y[u0 + 24] = a0_24;
            y[u0 + 25] = a0_25;
            y[u0 + 26] = a0_26;
            y[u0 + 27] = a0_27;
            y[u0 + 28] = a0_28;
            y[u0 + 29] = a0_29;
        }
        for (int u0 = 60; u0 < 640; u0 += 29) {   /* 29 units a tile */
            float a0_0 = weights[u0 + 81920], a0_1 = weights[u0 + 81921], a0_2 = weights[u0 + 81922], a0_3 = weights[u0 + 81923], a0_4 = weights[u0 + 81924], a0_5 = weights[u0 + 81925], a0_6 = weights[u0 + 81926], a0_7 = weights[u0 + 81927], a0_8 = weights[u0 + 81928], a0_9 = weights[u0 + 81929], a0_10 = weights[u0 + 81930], a0_11 = weights[u0 + 81931], a0_12 = weights[u0 + 81932], a0_13 = weights[u0 + 81933], a0_14 = weights[u0 + 81934], a0_15 = weights[u0 + 81935], a0_16 = weights[u0 + 81936], a0_17 = weights[u0 + 81937], a0_18 = weights[u0 + 81938], a0_19 = weights[u0 + 81939], a0_20 = weights[u0 + 81940], a0_21 = weights[u0 + 81941], a0_22 = weights[u0 + 81942], a0_23 = weights[u0 + 81943], a0_24 = weights[u0 + 81944], a0_25 = weights[u0 + 81945], a0_26 = weights[u0 + 81946], a0_27 = weights[u0 + 81947], a0_28 = weights[u0 + 81948];
            const float *w = weights + u0;
            for (int i = 0; i < 128; ++i, w += 640) {
                const float x0 = x[i];
                a0_0 += x0 * w[0];
                a0_1 += x0 * w[1];
                a0_2 += x0 * w[2];
                a0_3 += x0 * w[3];
                a0_4 += x0 * w[4];
                a0_5 += x0 * w[5];
                a0_6 += x0 * w[6];
                a0_7 += x0 * w[7];
                a0_8 += x0 * w[8];
                a0_9 += x0 * w[9];
                a0_10 += x0 * w[10];
                a0_11 += x0 * w[11];
                a0_12 += x0 * w[12];
                a0_13 += x0 * w[13];
                a0_14 += x0 * w[14];
                a0_15 += x0 * w[15];
                a0_16 += x0 * w[16];
                a0_17 += x0 * w[17];
                a0_18 += x0 * w[18];
                a0_19 += x0 * w[19];
                a0_20 += x0 * w[20];
                a0_21 += x0 * w[21];
                a0_22 += x0 * w[22];
                a0_23 += x0 * w[23];
                a0_24 += x0 * w[24];
                a0_25 += x0 * w[25];
                a0_26 += x0 * w[26];
                a0_27 += x0 * w[27];
                a0_28 += x0 * w[28];
            }
            y[u0] = a0_0;
            y[u0 + 1] = a0_1;
            y[u0 + 2] = a0_2;
            y[u0 + 3] = a0_3;
            y[u0 + 4] = a0_4;
            y[u0 + 5] = a0_5;
            y[u0 + 6] = a0_6;
            y[u0 + 7] = a0_7;
            y[u0 + 8] = a0_8;
            y[u0 + 9] = a0_9;
            y[u0 + 10] = a0_10;
            y[u0 + 11] = a0_11;
            y[u0 + 12] = a0_12;
            y[u0 + 13] = a0_13;
            y[u0 + 14] = a0_14;
            y[u0 + 15] = a0_15;
            y[u0 + 16] = a0_16;
            y[u0 + 17] = a0_17;
            y[u0 + 18] = a0_18;
            y[u0 + 19] = a0_19;
            y[u0 + 20] = a0_20;
            y[u0 + 21] = a0_21;
            y[u0 + 22] = a0_22;
            y[u0 + 23] = a0_23;
            y[u0 + 24] = a0_24;
            y[u0 + 25] = a0_25;
            y[u0 + 26] = a0_26;
            y[u0 + 27] = a0_27;
            y[u0 + 28] = a0_28;
        }
    }
#endif
    return 0;
}

/* dense (Dense) 640 -> 128; batch_normalization (BatchNormalization) 128 -> 128; activation (Activation) 128 -> 128; dense_1 (Dense) 128 -> 128; batch_normalization_1 (BatchNormalization) 128 -> 128; activation_1 (Activation) 128 -> 128; dense_2 (Dense) 128 -> 128; batch_normalization_2 (BatchNormalization) 128 -> 128; activation_2 (Activation) 128 -> 128; dense_3 (Dense) 128 -> 128; batch_normalization_3 (BatchNormalization) 128 -> 128; activation_3 (Activation) 128 -> 128; dense_4 (Dense) 128 -> 8; batch_normalization_4 (BatchNormalization) 8 -> 8; activation_4 (Activation) 8 -> 8; dense_5 (Dense) 8 -> 128; batch_normalization_5 (BatchNormalization) 128 -> 128; activation_5 (Activation) 128 -> 128; dense_6 (Dense) 128 -> 128; batch_normalization_6 (BatchNormalization) 128 -> 128; activation_6 (Activation) 128 -> 128; dense_7 (Dense) 128 -> 128; batch_normalization_7 (BatchNormalization) 128 -> 128; activation_7 (Activation) 128 -> 128; dense_8 (Dense) 128 -> 128; batch_normalization_8 (BatchNormalization) 128 -> 128; activation_8 (Activation) 128 -> 128; dense_9 (Dense) 128 -> 640
 * Workspace: 264 floats: activation at 0 (128 floats, steps 0-1), activation_1 at 128 (128 floats, steps 1-2), activation_2 at 0 (128 floats, steps 2-3), activation_3 at 128 (128 floats, steps 3-4), activation_4 at 256 (8 floats, steps 4-5), activation_5 at 0 (128 floats, steps 5-6), activation_6 at 128 (128 floats, steps 6-7), activation_7 at 0 (128 floats, steps 7-8), activation_8 at 128 (128 floats, steps 8-9). */
int ad_autoencoder(const float *input, const float *weights, float *output, float *workspace)
{
    ad_autoencoder_layer0(input, weights, workspace, workspace);
    ad_autoencoder_layer3(workspace, weights + 82048, workspace + 128, workspace);
    ad_autoencoder_layer6(workspace + 128, weights + 98560, workspace, workspace);
    ad_autoencoder_layer9(workspace, weights + 115072, workspace + 128, workspace);
    ad_autoencoder_layer12(workspace + 128, weights + 131584, workspace + 256, workspace);
    ad_autoencoder_layer15(workspace + 256, weights + 132616, workspace, workspace);
    ad_autoencoder_layer18(workspace, weights + 133768, workspace + 128, workspace);
    ad_autoencoder_layer21(workspace + 128, weights + 150280, workspace, workspace);
    ad_autoencoder_layer24(workspace, weights + 166792, workspace + 128, workspace);
    ad_autoencoder_layer27(workspace + 128, weights + 183304, output, workspace);
    return 0;
}
