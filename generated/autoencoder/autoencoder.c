/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: autoencoder.yaml
 *   Template: model.c.j2, dense.c.j2, resize.c.j2, transpose.c.j2
 */
#include "autoencoder.h"

#include <math.h>

/* Vector path: GCC/clang vector extensions on targets with a SIMD unit; elsewhere (or with
 * -DCONVGEN_PORTABLE) the layers fall back to portable C99 over the same packed weights. */
#if !defined(CONVGEN_PORTABLE) && defined(__GNUC__) && \
    (defined(__SSE2__) || defined(__ARM_NEON) || defined(__aarch64__))
#define CG_VECTOR 1
typedef float cg_v8 __attribute__((vector_size(32)));
#define CG_LOAD8(p) (__extension__({ cg_v8 v_; __builtin_memcpy(&v_, (p), sizeof v_); v_; }))
#define CG_STORE8(p, v) do { cg_v8 s_ = (v); __builtin_memcpy((p), &s_, sizeof s_); } while (0)
#else
#define CG_VECTOR 0
#endif

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_relu(float x) { return x > 0.0f ? x : 0.0f; }

static inline float cg_sigmoid(float x) { return 1.0f / (1.0f + expf(-x)); }

/* Conv2D 28x28x1 -> 14x14x16, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
 *   input  1x28x28x1: strides n=784 c=1 d=784 h=28 w=1
 *   output 1x14x14x16: strides n=3136 c=1 d=3136 h=224 w=16
 *   weights [1][1][3][3][1][16], bias [1][16] at 144
 *   padding before (d, h, w) = (0, 0, 0); interior columns [0, 13)
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
    float t[16];
    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 14; ++oh) {
        float *y_row = y + n * 3136 + od * 3136 + oh * 224;
        for (int fb = 0; fb < 1; ++fb) {
            const float *wf = weights + fb * 144;
            const int nf = fb < 0 ? 16 : 16;
            const cg_v8 b0 = CG_LOAD8(bias + fb * 16 + 0);
            const cg_v8 b1 = CG_LOAD8(bias + fb * 16 + 8);
            const cg_v8 z = {0.0f};
            int ow0;
            for (int ow = 13; ow < 14; ++ow) {
                /* border pixel: taps checked, 4 partial sums over channels */
                cg_v8 s0_0 = b0, s0_1 = b1, s1_0 = z, s1_1 = z, s2_0 = z, s2_1 = z, s3_0 = z, s3_1 = z;
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 28) continue;
                        for (int kw = 0; kw < 3; ++kw) {
                            const int iw = ow * 2 + kw * 1 - 0;
                            const float *x;
                            const float *w;
                            int c = 0;
                            if (iw < 0 || iw >= 28) continue;
                            x = input + n * 784 + id * 784 + ih * 28 + iw * 1;
                            w = wf + ((kd * 3 + kh) * 3 + kw) * 16;
                            for (; c + 4 <= 1; c += 4) {
                                s0_0 += CG_LOAD8(w + (c + 0) * 16 + 0) * x[(c + 0) * 1];
                                s0_1 += CG_LOAD8(w + (c + 0) * 16 + 8) * x[(c + 0) * 1];
                                s1_0 += CG_LOAD8(w + (c + 1) * 16 + 0) * x[(c + 1) * 1];
                                s1_1 += CG_LOAD8(w + (c + 1) * 16 + 8) * x[(c + 1) * 1];
                                s2_0 += CG_LOAD8(w + (c + 2) * 16 + 0) * x[(c + 2) * 1];
                                s2_1 += CG_LOAD8(w + (c + 2) * 16 + 8) * x[(c + 2) * 1];
                                s3_0 += CG_LOAD8(w + (c + 3) * 16 + 0) * x[(c + 3) * 1];
                                s3_1 += CG_LOAD8(w + (c + 3) * 16 + 8) * x[(c + 3) * 1];
                            }
                            for (; c < 1; ++c) {
                                s0_0 += CG_LOAD8(w + c * 16 + 0) * x[c * 1];
                                s0_1 += CG_LOAD8(w + c * 16 + 8) * x[c * 1];
                            }
                        }
                    }
                }
                s0_0 += (s1_0 + s2_0) + s3_0;
                CG_STORE8(t + 0, s0_0);
                s0_1 += (s1_1 + s2_1) + s3_1;
                CG_STORE8(t + 8, s0_1);
                store_autoencoder_layer0(y_row + ow * 16 + fb * 16, t, nf);
            }
#if defined(__AVX512F__)   /* 32 vector registers */
            for (ow0 = 0; ow0 < 9; ow0 += 9)
            {   /* 9 output pixel(s) x 16 filters, no bounds checks along w */
                cg_v8 a0_0 = b0, a0_1 = b1;
                cg_v8 a1_0 = b0, a1_1 = b1;
                cg_v8 a2_0 = b0, a2_1 = b1;
                cg_v8 a3_0 = b0, a3_1 = b1;
                cg_v8 a4_0 = b0, a4_1 = b1;
                cg_v8 a5_0 = b0, a5_1 = b1;
                cg_v8 a6_0 = b0, a6_1 = b1;
                cg_v8 a7_0 = b0, a7_1 = b1;
                cg_v8 a8_0 = b0, a8_1 = b1;
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 28) continue;
                        for (int kw = 0; kw < 3; ++kw) {
                            const float *x = input + n * 784 + id * 784 + ih * 28
                                             + (ow0 * 2 + kw * 1 - 0) * 1;
                            const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 16;
                            for (int c = 0; c < 1; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD8(w + 0);
                                const cg_v8 w1 = CG_LOAD8(w + 8);
                                {
                                    const float xv = x[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[2 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[4 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[6 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[8 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[10 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[12 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[14 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[16 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE8(t + 0, a0_0); CG_STORE8(t + 8, a0_1); 
                store_autoencoder_layer0(y_row + (ow0 + 0) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a1_0); CG_STORE8(t + 8, a1_1); 
                store_autoencoder_layer0(y_row + (ow0 + 1) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a2_0); CG_STORE8(t + 8, a2_1); 
                store_autoencoder_layer0(y_row + (ow0 + 2) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a3_0); CG_STORE8(t + 8, a3_1); 
                store_autoencoder_layer0(y_row + (ow0 + 3) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a4_0); CG_STORE8(t + 8, a4_1); 
                store_autoencoder_layer0(y_row + (ow0 + 4) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a5_0); CG_STORE8(t + 8, a5_1); 
                store_autoencoder_layer0(y_row + (ow0 + 5) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a6_0); CG_STORE8(t + 8, a6_1); 
                store_autoencoder_layer0(y_row + (ow0 + 6) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a7_0); CG_STORE8(t + 8, a7_1); 
                store_autoencoder_layer0(y_row + (ow0 + 7) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a8_0); CG_STORE8(t + 8, a8_1); 
                store_autoencoder_layer0(y_row + (ow0 + 8) * 16 + fb * 16, t, nf);
            }

            ow0 = 9;
            {   /* 4 output pixel(s) x 16 filters, no bounds checks along w */
                cg_v8 a0_0 = b0, a0_1 = b1;
                cg_v8 a1_0 = b0, a1_1 = b1;
                cg_v8 a2_0 = b0, a2_1 = b1;
                cg_v8 a3_0 = b0, a3_1 = b1;
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 28) continue;
                        for (int kw = 0; kw < 3; ++kw) {
                            const float *x = input + n * 784 + id * 784 + ih * 28
                                             + (ow0 * 2 + kw * 1 - 0) * 1;
                            const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 16;
                            for (int c = 0; c < 1; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD8(w + 0);
                                const cg_v8 w1 = CG_LOAD8(w + 8);
                                {
                                    const float xv = x[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[2 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[4 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[6 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE8(t + 0, a0_0); CG_STORE8(t + 8, a0_1); 
                store_autoencoder_layer0(y_row + (ow0 + 0) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a1_0); CG_STORE8(t + 8, a1_1); 
                store_autoencoder_layer0(y_row + (ow0 + 1) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a2_0); CG_STORE8(t + 8, a2_1); 
                store_autoencoder_layer0(y_row + (ow0 + 2) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a3_0); CG_STORE8(t + 8, a3_1); 
                store_autoencoder_layer0(y_row + (ow0 + 3) * 16 + fb * 16, t, nf);
            }


#else
            for (ow0 = 0; ow0 < 12; ow0 += 6)
            {   /* 6 output pixel(s) x 16 filters, no bounds checks along w */
                cg_v8 a0_0 = b0, a0_1 = b1;
                cg_v8 a1_0 = b0, a1_1 = b1;
                cg_v8 a2_0 = b0, a2_1 = b1;
                cg_v8 a3_0 = b0, a3_1 = b1;
                cg_v8 a4_0 = b0, a4_1 = b1;
                cg_v8 a5_0 = b0, a5_1 = b1;
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 28) continue;
                        for (int kw = 0; kw < 3; ++kw) {
                            const float *x = input + n * 784 + id * 784 + ih * 28
                                             + (ow0 * 2 + kw * 1 - 0) * 1;
                            const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 16;
                            for (int c = 0; c < 1; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD8(w + 0);
                                const cg_v8 w1 = CG_LOAD8(w + 8);
                                {
                                    const float xv = x[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[2 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[4 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[6 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[8 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[10 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE8(t + 0, a0_0); CG_STORE8(t + 8, a0_1); 
                store_autoencoder_layer0(y_row + (ow0 + 0) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a1_0); CG_STORE8(t + 8, a1_1); 
                store_autoencoder_layer0(y_row + (ow0 + 1) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a2_0); CG_STORE8(t + 8, a2_1); 
                store_autoencoder_layer0(y_row + (ow0 + 2) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a3_0); CG_STORE8(t + 8, a3_1); 
                store_autoencoder_layer0(y_row + (ow0 + 3) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a4_0); CG_STORE8(t + 8, a4_1); 
                store_autoencoder_layer0(y_row + (ow0 + 4) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a5_0); CG_STORE8(t + 8, a5_1); 
                store_autoencoder_layer0(y_row + (ow0 + 5) * 16 + fb * 16, t, nf);
            }

            ow0 = 12;
            {   /* 1 output pixel(s) x 16 filters, no bounds checks along w */
                cg_v8 a0_0 = b0, a0_1 = b1;
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 28) continue;
                        for (int kw = 0; kw < 3; ++kw) {
                            const float *x = input + n * 784 + id * 784 + ih * 28
                                             + (ow0 * 2 + kw * 1 - 0) * 1;
                            const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 16;
                            for (int c = 0; c < 1; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD8(w + 0);
                                const cg_v8 w1 = CG_LOAD8(w + 8);
                                {
                                    const float xv = x[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE8(t + 0, a0_0); CG_STORE8(t + 8, a0_1); 
                store_autoencoder_layer0(y_row + (ow0 + 0) * 16 + fb * 16, t, nf);
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
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 28) continue;
                    x = input + n * 784 + id * 784 + ih * 28 + iw * 1;
                    w = wf + ((kd * 3 + kh) * 3 + kw) * 16;
                    for (int c = 0; c < 1; ++c)
                        for (int f = 0; f < 16; ++f)
                            acc[f] += x[c * 1] * w[c * 16 + f];
                }
            }
        }
        store_autoencoder_layer0(y + n * 3136 + od * 3136 + oh * 224 + ow * 16 + fb * 16, acc, nf);
    }
#endif
    return 0;
}

/* Conv2D 14x14x16 -> 7x7x8, activation relu
 * Dense convolution: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
 *   input  1x14x14x16: strides n=3136 c=1 d=3136 h=224 w=16
 *   output 1x7x7x8: strides n=392 c=1 d=392 h=56 w=8
 *   weights [1][1][3][3][16][8], bias [1][8] at 1152
 *   padding before (d, h, w) = (0, 0, 0); interior columns [0, 6)
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
    float t[8];
    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 7; ++oh) {
        float *y_row = y + n * 392 + od * 392 + oh * 56;
        for (int fb = 0; fb < 1; ++fb) {
            const float *wf = weights + fb * 1152;
            const int nf = fb < 0 ? 8 : 8;
            const cg_v8 b0 = CG_LOAD8(bias + fb * 8 + 0);
            const cg_v8 z = {0.0f};
            int ow0;
            for (int ow = 6; ow < 7; ++ow) {
                /* border pixel: taps checked, 4 partial sums over channels */
                cg_v8 s0_0 = b0, s1_0 = z, s2_0 = z, s3_0 = z;
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 14) continue;
                        for (int kw = 0; kw < 3; ++kw) {
                            const int iw = ow * 2 + kw * 1 - 0;
                            const float *x;
                            const float *w;
                            int c = 0;
                            if (iw < 0 || iw >= 14) continue;
                            x = input + n * 3136 + id * 3136 + ih * 224 + iw * 16;
                            w = wf + ((kd * 3 + kh) * 3 + kw) * 128;
                            for (; c + 4 <= 16; c += 4) {
                                s0_0 += CG_LOAD8(w + (c + 0) * 8 + 0) * x[(c + 0) * 1];
                                s1_0 += CG_LOAD8(w + (c + 1) * 8 + 0) * x[(c + 1) * 1];
                                s2_0 += CG_LOAD8(w + (c + 2) * 8 + 0) * x[(c + 2) * 1];
                                s3_0 += CG_LOAD8(w + (c + 3) * 8 + 0) * x[(c + 3) * 1];
                            }
                            for (; c < 16; ++c) {
                                s0_0 += CG_LOAD8(w + c * 8 + 0) * x[c * 1];
                            }
                        }
                    }
                }
                s0_0 += (s1_0 + s2_0) + s3_0;
                CG_STORE8(t + 0, s0_0);
                store_autoencoder_layer1(y_row + ow * 8 + fb * 8, t, nf);
            }
#if defined(__AVX512F__)   /* 32 vector registers */
            for (ow0 = 0; ow0 < 6; ow0 += 6)
            {   /* 6 output pixel(s) x 8 filters, no bounds checks along w */
                cg_v8 a0_0 = b0;
                cg_v8 a1_0 = b0;
                cg_v8 a2_0 = b0;
                cg_v8 a3_0 = b0;
                cg_v8 a4_0 = b0;
                cg_v8 a5_0 = b0;
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 14) continue;
                        for (int kw = 0; kw < 3; ++kw) {
                            const float *x = input + n * 3136 + id * 3136 + ih * 224
                                             + (ow0 * 2 + kw * 1 - 0) * 16;
                            const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 128;
                            for (int c = 0; c < 16; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD8(w + 0);
                                {
                                    const float xv = x[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[32 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[64 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[96 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[128 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[160 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE8(t + 0, a0_0); 
                store_autoencoder_layer1(y_row + (ow0 + 0) * 8 + fb * 8, t, nf);
CG_STORE8(t + 0, a1_0); 
                store_autoencoder_layer1(y_row + (ow0 + 1) * 8 + fb * 8, t, nf);
CG_STORE8(t + 0, a2_0); 
                store_autoencoder_layer1(y_row + (ow0 + 2) * 8 + fb * 8, t, nf);
CG_STORE8(t + 0, a3_0); 
                store_autoencoder_layer1(y_row + (ow0 + 3) * 8 + fb * 8, t, nf);
CG_STORE8(t + 0, a4_0); 
                store_autoencoder_layer1(y_row + (ow0 + 4) * 8 + fb * 8, t, nf);
CG_STORE8(t + 0, a5_0); 
                store_autoencoder_layer1(y_row + (ow0 + 5) * 8 + fb * 8, t, nf);
            }


#else
            for (ow0 = 0; ow0 < 6; ow0 += 6)
            {   /* 6 output pixel(s) x 8 filters, no bounds checks along w */
                cg_v8 a0_0 = b0;
                cg_v8 a1_0 = b0;
                cg_v8 a2_0 = b0;
                cg_v8 a3_0 = b0;
                cg_v8 a4_0 = b0;
                cg_v8 a5_0 = b0;
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 14) continue;
                        for (int kw = 0; kw < 3; ++kw) {
                            const float *x = input + n * 3136 + id * 3136 + ih * 224
                                             + (ow0 * 2 + kw * 1 - 0) * 16;
                            const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 128;
                            for (int c = 0; c < 16; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD8(w + 0);
                                {
                                    const float xv = x[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[32 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[64 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[96 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[128 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[160 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE8(t + 0, a0_0); 
                store_autoencoder_layer1(y_row + (ow0 + 0) * 8 + fb * 8, t, nf);
CG_STORE8(t + 0, a1_0); 
                store_autoencoder_layer1(y_row + (ow0 + 1) * 8 + fb * 8, t, nf);
CG_STORE8(t + 0, a2_0); 
                store_autoencoder_layer1(y_row + (ow0 + 2) * 8 + fb * 8, t, nf);
CG_STORE8(t + 0, a3_0); 
                store_autoencoder_layer1(y_row + (ow0 + 3) * 8 + fb * 8, t, nf);
CG_STORE8(t + 0, a4_0); 
                store_autoencoder_layer1(y_row + (ow0 + 4) * 8 + fb * 8, t, nf);
CG_STORE8(t + 0, a5_0); 
                store_autoencoder_layer1(y_row + (ow0 + 5) * 8 + fb * 8, t, nf);
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
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 14) continue;
                    x = input + n * 3136 + id * 3136 + ih * 224 + iw * 16;
                    w = wf + ((kd * 3 + kh) * 3 + kw) * 128;
                    for (int c = 0; c < 16; ++c)
                        for (int f = 0; f < 8; ++f)
                            acc[f] += x[c * 1] * w[c * 8 + f];
                }
            }
        }
        store_autoencoder_layer1(y + n * 392 + od * 392 + oh * 56 + ow * 8 + fb * 8, acc, nf);
    }
#endif
    return 0;
}

/* Conv2DTranspose 7x7x8 -> 14x14x8, activation relu
 * Transposed convolution in gather form: output position o takes input i through tap j
 * when o + crop = i * stride + j * dilation, so no scatter and no zero insertion.
 * 1-D and 2-D layers run as 3-D ones with unit leading axes; the data format is carried by
 * the element strides below.
 *   input  1x7x7x8: strides n=392 c=1 d=392 h=56 w=8
 *   output 1x14x14x8: strides n=1568 c=1 d=1568 h=112 w=8
 *   kernel [1][3][3][8][8] (Keras's [..][F][C] packed to [..][C][F]), bias [8] at 576
 *   crop (d, h, w) = (0, 0, 0)
 * Workspace: 0 floats. */
static int autoencoder_layer2(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 576;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 14; ++oh)
    for (int ow = 0; ow < 14; ++ow) {
        float acc[8];
        for (int f = 0; f < 8; ++f)
            acc[f] = bias[f];
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
                    const float *x;
                    const float *w;
                    if (tw < 0 || tw % 2 != 0 || iw >= 7) continue;
                    x = input + n * 392 + id * 392 + ih * 56 + iw * 8;
                    w = kernel + ((kd * 3 + kh) * 3 + kw) * 64;
                    for (int c = 0; c < 8; ++c) {
                        const float xv = x[c * 1];
                        const float *wc = w + c * 8;
                        for (int f = 0; f < 8; ++f)
                            acc[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 1568 + od * 1568 + oh * 112 + ow * 8;
            for (int f = 0; f < 8; ++f)
                out[f * 1] = cg_relu(acc[f]);
        }
    }
    return 0;
}

/* UpSampling2D 14x14x8 -> 28x28x8, bilinear
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

/* Conv2D 28x28x8 -> 28x28x1, activation sigmoid
 * Dense convolution: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
 *   input  1x28x28x8: strides n=6272 c=1 d=6272 h=224 w=8
 *   output 1x28x28x1: strides n=784 c=1 d=784 h=28 w=1
 *   weights [1][1][3][3][8][8], bias [1][8] at 576
 *   padding before (d, h, w) = (0, 1, 1); interior columns [1, 27)
 * Workspace: 0 floats. */
static void store_autoencoder_layer4(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 1] = cg_sigmoid(t[f]);
}

static int autoencoder_layer4(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *bias = weights + 576;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[8];
    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 28; ++oh) {
        float *y_row = y + n * 784 + od * 784 + oh * 28;
        for (int fb = 0; fb < 1; ++fb) {
            const float *wf = weights + fb * 576;
            const int nf = fb < 0 ? 8 : 1;
            const cg_v8 b0 = CG_LOAD8(bias + fb * 8 + 0);
            const cg_v8 z = {0.0f};
            int ow0;
            for (int ow = 0; ow < 1; ++ow) {
                /* border pixel: taps checked, 4 partial sums over channels */
                cg_v8 s0_0 = b0, s1_0 = z, s2_0 = z, s3_0 = z;
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 28) continue;
                        for (int kw = 0; kw < 3; ++kw) {
                            const int iw = ow * 1 + kw * 1 - 1;
                            const float *x;
                            const float *w;
                            int c = 0;
                            if (iw < 0 || iw >= 28) continue;
                            x = input + n * 6272 + id * 6272 + ih * 224 + iw * 8;
                            w = wf + ((kd * 3 + kh) * 3 + kw) * 64;
                            for (; c + 4 <= 8; c += 4) {
                                s0_0 += CG_LOAD8(w + (c + 0) * 8 + 0) * x[(c + 0) * 1];
                                s1_0 += CG_LOAD8(w + (c + 1) * 8 + 0) * x[(c + 1) * 1];
                                s2_0 += CG_LOAD8(w + (c + 2) * 8 + 0) * x[(c + 2) * 1];
                                s3_0 += CG_LOAD8(w + (c + 3) * 8 + 0) * x[(c + 3) * 1];
                            }
                            for (; c < 8; ++c) {
                                s0_0 += CG_LOAD8(w + c * 8 + 0) * x[c * 1];
                            }
                        }
                    }
                }
                s0_0 += (s1_0 + s2_0) + s3_0;
                CG_STORE8(t + 0, s0_0);
                store_autoencoder_layer4(y_row + ow * 1 + fb * 8, t, nf);
            }
            for (int ow = 27; ow < 28; ++ow) {
                /* border pixel: taps checked, 4 partial sums over channels */
                cg_v8 s0_0 = b0, s1_0 = z, s2_0 = z, s3_0 = z;
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 28) continue;
                        for (int kw = 0; kw < 3; ++kw) {
                            const int iw = ow * 1 + kw * 1 - 1;
                            const float *x;
                            const float *w;
                            int c = 0;
                            if (iw < 0 || iw >= 28) continue;
                            x = input + n * 6272 + id * 6272 + ih * 224 + iw * 8;
                            w = wf + ((kd * 3 + kh) * 3 + kw) * 64;
                            for (; c + 4 <= 8; c += 4) {
                                s0_0 += CG_LOAD8(w + (c + 0) * 8 + 0) * x[(c + 0) * 1];
                                s1_0 += CG_LOAD8(w + (c + 1) * 8 + 0) * x[(c + 1) * 1];
                                s2_0 += CG_LOAD8(w + (c + 2) * 8 + 0) * x[(c + 2) * 1];
                                s3_0 += CG_LOAD8(w + (c + 3) * 8 + 0) * x[(c + 3) * 1];
                            }
                            for (; c < 8; ++c) {
                                s0_0 += CG_LOAD8(w + c * 8 + 0) * x[c * 1];
                            }
                        }
                    }
                }
                s0_0 += (s1_0 + s2_0) + s3_0;
                CG_STORE8(t + 0, s0_0);
                store_autoencoder_layer4(y_row + ow * 1 + fb * 8, t, nf);
            }
#if defined(__AVX512F__)   /* 32 vector registers */
            for (ow0 = 1; ow0 < 27; ow0 += 13)
            {   /* 13 output pixel(s) x 8 filters, no bounds checks along w */
                cg_v8 a0_0 = b0;
                cg_v8 a1_0 = b0;
                cg_v8 a2_0 = b0;
                cg_v8 a3_0 = b0;
                cg_v8 a4_0 = b0;
                cg_v8 a5_0 = b0;
                cg_v8 a6_0 = b0;
                cg_v8 a7_0 = b0;
                cg_v8 a8_0 = b0;
                cg_v8 a9_0 = b0;
                cg_v8 a10_0 = b0;
                cg_v8 a11_0 = b0;
                cg_v8 a12_0 = b0;
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 28) continue;
                        for (int kw = 0; kw < 3; ++kw) {
                            const float *x = input + n * 6272 + id * 6272 + ih * 224
                                             + (ow0 * 1 + kw * 1 - 1) * 8;
                            const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 64;
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD8(w + 0);
                                {
                                    const float xv = x[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[8 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[16 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[24 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[32 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[40 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[48 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[56 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[64 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[72 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[80 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[88 + c * 1];
                                    a11_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[96 + c * 1];
                                    a12_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE8(t + 0, a0_0); 
                store_autoencoder_layer4(y_row + (ow0 + 0) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a1_0); 
                store_autoencoder_layer4(y_row + (ow0 + 1) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a2_0); 
                store_autoencoder_layer4(y_row + (ow0 + 2) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a3_0); 
                store_autoencoder_layer4(y_row + (ow0 + 3) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a4_0); 
                store_autoencoder_layer4(y_row + (ow0 + 4) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a5_0); 
                store_autoencoder_layer4(y_row + (ow0 + 5) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a6_0); 
                store_autoencoder_layer4(y_row + (ow0 + 6) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a7_0); 
                store_autoencoder_layer4(y_row + (ow0 + 7) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a8_0); 
                store_autoencoder_layer4(y_row + (ow0 + 8) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a9_0); 
                store_autoencoder_layer4(y_row + (ow0 + 9) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a10_0); 
                store_autoencoder_layer4(y_row + (ow0 + 10) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a11_0); 
                store_autoencoder_layer4(y_row + (ow0 + 11) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a12_0); 
                store_autoencoder_layer4(y_row + (ow0 + 12) * 1 + fb * 8, t, nf);
            }


#else
            for (ow0 = 1; ow0 < 23; ow0 += 11)
            {   /* 11 output pixel(s) x 8 filters, no bounds checks along w */
                cg_v8 a0_0 = b0;
                cg_v8 a1_0 = b0;
                cg_v8 a2_0 = b0;
                cg_v8 a3_0 = b0;
                cg_v8 a4_0 = b0;
                cg_v8 a5_0 = b0;
                cg_v8 a6_0 = b0;
                cg_v8 a7_0 = b0;
                cg_v8 a8_0 = b0;
                cg_v8 a9_0 = b0;
                cg_v8 a10_0 = b0;
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 28) continue;
                        for (int kw = 0; kw < 3; ++kw) {
                            const float *x = input + n * 6272 + id * 6272 + ih * 224
                                             + (ow0 * 1 + kw * 1 - 1) * 8;
                            const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 64;
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD8(w + 0);
                                {
                                    const float xv = x[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[8 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[16 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[24 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[32 + c * 1];
                                    a4_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[40 + c * 1];
                                    a5_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[48 + c * 1];
                                    a6_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[56 + c * 1];
                                    a7_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[64 + c * 1];
                                    a8_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[72 + c * 1];
                                    a9_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[80 + c * 1];
                                    a10_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE8(t + 0, a0_0); 
                store_autoencoder_layer4(y_row + (ow0 + 0) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a1_0); 
                store_autoencoder_layer4(y_row + (ow0 + 1) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a2_0); 
                store_autoencoder_layer4(y_row + (ow0 + 2) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a3_0); 
                store_autoencoder_layer4(y_row + (ow0 + 3) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a4_0); 
                store_autoencoder_layer4(y_row + (ow0 + 4) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a5_0); 
                store_autoencoder_layer4(y_row + (ow0 + 5) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a6_0); 
                store_autoencoder_layer4(y_row + (ow0 + 6) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a7_0); 
                store_autoencoder_layer4(y_row + (ow0 + 7) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a8_0); 
                store_autoencoder_layer4(y_row + (ow0 + 8) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a9_0); 
                store_autoencoder_layer4(y_row + (ow0 + 9) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a10_0); 
                store_autoencoder_layer4(y_row + (ow0 + 10) * 1 + fb * 8, t, nf);
            }

            ow0 = 23;
            {   /* 4 output pixel(s) x 8 filters, no bounds checks along w */
                cg_v8 a0_0 = b0;
                cg_v8 a1_0 = b0;
                cg_v8 a2_0 = b0;
                cg_v8 a3_0 = b0;
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 1;
                        if (ih < 0 || ih >= 28) continue;
                        for (int kw = 0; kw < 3; ++kw) {
                            const float *x = input + n * 6272 + id * 6272 + ih * 224
                                             + (ow0 * 1 + kw * 1 - 1) * 8;
                            const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 64;
                            for (int c = 0; c < 8; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD8(w + 0);
                                {
                                    const float xv = x[0 + c * 1];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[8 + c * 1];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[16 + c * 1];
                                    a2_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[24 + c * 1];
                                    a3_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE8(t + 0, a0_0); 
                store_autoencoder_layer4(y_row + (ow0 + 0) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a1_0); 
                store_autoencoder_layer4(y_row + (ow0 + 1) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a2_0); 
                store_autoencoder_layer4(y_row + (ow0 + 2) * 1 + fb * 8, t, nf);
CG_STORE8(t + 0, a3_0); 
                store_autoencoder_layer4(y_row + (ow0 + 3) * 1 + fb * 8, t, nf);
            }


#endif
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
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 28) continue;
                    x = input + n * 6272 + id * 6272 + ih * 224 + iw * 8;
                    w = wf + ((kd * 3 + kh) * 3 + kw) * 64;
                    for (int c = 0; c < 8; ++c)
                        for (int f = 0; f < 8; ++f)
                            acc[f] += x[c * 1] * w[c * 8 + f];
                }
            }
        }
        store_autoencoder_layer4(y + n * 784 + od * 784 + oh * 28 + ow * 1 + fb * 8, acc, nf);
    }
#endif
    return 0;
}

/* layers[0] Conv2D 28x28x1 -> 14x14x16, activation relu; layers[1] Conv2D 14x14x16 -> 7x7x8, activation relu; layers[2] Conv2DTranspose 7x7x8 -> 14x14x8, activation relu; layers[3] UpSampling2D 14x14x8 -> 28x28x8, bilinear; layers[4] Conv2D 28x28x8 -> 28x28x1, activation sigmoid
 * Workspace: 7952 floats: layers[0] output at 0 (3136 floats), layers[1] output at 7560 (392 floats), layers[2] output at 0 (1568 floats), layers[3] output at 1680 (6272 floats), layers[3] scratch at 1568 (112 floats). */
int autoencoder(const float *input, const float *weights, float *output, float *workspace)
{
    autoencoder_layer0(input, weights, workspace, workspace + 3136);
    autoencoder_layer1(workspace, weights + 160, workspace + 7560, workspace + 3136);
    autoencoder_layer2(workspace + 7560, weights + 1320, workspace, workspace + 1568);
    autoencoder_layer3(workspace, weights + 1904, workspace + 1680, workspace + 1568);
    autoencoder_layer4(workspace + 1680, weights + 1904, output, workspace);
    return 0;
}
