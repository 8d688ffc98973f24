/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: glu_gate.yaml
 *   Template: model.c.j2, dense.c.j2
 */
#include "glu_gate.h"

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
static inline float cg_linear(float x) { return x; }

static inline float cg_sigmoid(float x) { return 1.0f / (1.0f + expf(-x)); }

/* glu: the first half of each row gated by the sigmoid of the second half. */
static inline void cg_glu_rows(const float *x, float *y, int rows, int len)
{
    const int half = len / 2;
    for (int r = 0; r < rows; ++r, x += len, y += half)
        for (int i = 0; i < half; ++i) y[i] = x[i] * cg_sigmoid(x[half + i]);
}

/* Conv1D 30x8 -> 30x8, activation glu
 * Dense convolution: register-blocked tiles of output pixels x 16 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
 *   input  1x30x8: strides n=240 c=1 d=240 h=240 w=8
 *   output 1x30x16: strides n=480 c=1 d=480 h=480 w=16
 *   weights [1][1][1][5][8][16], bias [1][16] at 640
 *   padding before (d, h, w) = (0, 0, 2); interior columns [2, 28)
 * Workspace: 480 floats holding the result before glu halves its last axis. */
static void store_glu_gate_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 1] = cg_linear(t[f]);
}

static int glu_gate_layer0(const float *input, const float *weights, float *output,
                           float *workspace)
{
    const float *bias = weights + 640;
    float *y = workspace;
#if CG_VECTOR
    float t[16];
    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh) {
        float *y_row = y + n * 480 + od * 480 + oh * 480;
        for (int fb = 0; fb < 1; ++fb) {
            const float *wf = weights + fb * 640;
            const int nf = fb < 0 ? 16 : 16;
            const cg_v8 b0 = CG_LOAD8(bias + fb * 16 + 0);
            const cg_v8 b1 = CG_LOAD8(bias + fb * 16 + 8);
            const cg_v8 z = {0.0f};
            int ow0;
            for (int ow = 0; ow < 2; ++ow) {
                /* border pixel: taps checked, 4 partial sums over channels */
                cg_v8 s0_0 = b0, s0_1 = b1, s1_0 = z, s1_1 = z, s2_0 = z, s2_1 = z, s3_0 = z, s3_1 = z;
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 1) continue;
                        for (int kw = 0; kw < 5; ++kw) {
                            const int iw = ow * 1 + kw * 1 - 2;
                            const float *x;
                            const float *w;
                            int c = 0;
                            if (iw < 0 || iw >= 30) continue;
                            x = input + n * 240 + id * 240 + ih * 240 + iw * 8;
                            w = wf + ((kd * 1 + kh) * 5 + kw) * 128;
                            for (; c + 4 <= 8; c += 4) {
                                s0_0 += CG_LOAD8(w + (c + 0) * 16 + 0) * x[(c + 0) * 1];
                                s0_1 += CG_LOAD8(w + (c + 0) * 16 + 8) * x[(c + 0) * 1];
                                s1_0 += CG_LOAD8(w + (c + 1) * 16 + 0) * x[(c + 1) * 1];
                                s1_1 += CG_LOAD8(w + (c + 1) * 16 + 8) * x[(c + 1) * 1];
                                s2_0 += CG_LOAD8(w + (c + 2) * 16 + 0) * x[(c + 2) * 1];
                                s2_1 += CG_LOAD8(w + (c + 2) * 16 + 8) * x[(c + 2) * 1];
                                s3_0 += CG_LOAD8(w + (c + 3) * 16 + 0) * x[(c + 3) * 1];
                                s3_1 += CG_LOAD8(w + (c + 3) * 16 + 8) * x[(c + 3) * 1];
                            }
                            for (; c < 8; ++c) {
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
                store_glu_gate_layer0(y_row + ow * 16 + fb * 16, t, nf);
            }
            for (int ow = 28; ow < 30; ++ow) {
                /* border pixel: taps checked, 4 partial sums over channels */
                cg_v8 s0_0 = b0, s0_1 = b1, s1_0 = z, s1_1 = z, s2_0 = z, s2_1 = z, s3_0 = z, s3_1 = z;
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 1) continue;
                        for (int kw = 0; kw < 5; ++kw) {
                            const int iw = ow * 1 + kw * 1 - 2;
                            const float *x;
                            const float *w;
                            int c = 0;
                            if (iw < 0 || iw >= 30) continue;
                            x = input + n * 240 + id * 240 + ih * 240 + iw * 8;
                            w = wf + ((kd * 1 + kh) * 5 + kw) * 128;
                            for (; c + 4 <= 8; c += 4) {
                                s0_0 += CG_LOAD8(w + (c + 0) * 16 + 0) * x[(c + 0) * 1];
                                s0_1 += CG_LOAD8(w + (c + 0) * 16 + 8) * x[(c + 0) * 1];
                                s1_0 += CG_LOAD8(w + (c + 1) * 16 + 0) * x[(c + 1) * 1];
                                s1_1 += CG_LOAD8(w + (c + 1) * 16 + 8) * x[(c + 1) * 1];
                                s2_0 += CG_LOAD8(w + (c + 2) * 16 + 0) * x[(c + 2) * 1];
                                s2_1 += CG_LOAD8(w + (c + 2) * 16 + 8) * x[(c + 2) * 1];
                                s3_0 += CG_LOAD8(w + (c + 3) * 16 + 0) * x[(c + 3) * 1];
                                s3_1 += CG_LOAD8(w + (c + 3) * 16 + 8) * x[(c + 3) * 1];
                            }
                            for (; c < 8; ++c) {
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
                store_glu_gate_layer0(y_row + ow * 16 + fb * 16, t, nf);
            }
#if defined(__AVX512F__)   /* 32 vector registers */
            for (ow0 = 2; ow0 < 22; ow0 += 10)
            {   /* 10 output pixel(s) x 16 filters, no bounds checks along w */
                cg_v8 a0_0 = b0, a0_1 = b1;
                cg_v8 a1_0 = b0, a1_1 = b1;
                cg_v8 a2_0 = b0, a2_1 = b1;
                cg_v8 a3_0 = b0, a3_1 = b1;
                cg_v8 a4_0 = b0, a4_1 = b1;
                cg_v8 a5_0 = b0, a5_1 = b1;
                cg_v8 a6_0 = b0, a6_1 = b1;
                cg_v8 a7_0 = b0, a7_1 = b1;
                cg_v8 a8_0 = b0, a8_1 = b1;
                cg_v8 a9_0 = b0, a9_1 = b1;
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 1) continue;
                        for (int kw = 0; kw < 5; ++kw) {
                            const float *x = input + n * 240 + id * 240 + ih * 240
                                             + (ow0 * 1 + kw * 1 - 2) * 8;
                            const float *w = wf + ((kd * 1 + kh) * 5 + kw) * 128;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD8(w + 0);
                                const cg_v8 w1 = CG_LOAD8(w + 8);
                                {
                                    const float xv = x[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[8 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[16 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[24 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[32 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[40 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[48 + c * 1];
                                    a6_0 += w0 * xv;
                                    a6_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[56 + c * 1];
                                    a7_0 += w0 * xv;
                                    a7_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[64 + c * 1];
                                    a8_0 += w0 * xv;
                                    a8_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[72 + c * 1];
                                    a9_0 += w0 * xv;
                                    a9_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE8(t + 0, a0_0); CG_STORE8(t + 8, a0_1); 
                store_glu_gate_layer0(y_row + (ow0 + 0) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a1_0); CG_STORE8(t + 8, a1_1); 
                store_glu_gate_layer0(y_row + (ow0 + 1) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a2_0); CG_STORE8(t + 8, a2_1); 
                store_glu_gate_layer0(y_row + (ow0 + 2) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a3_0); CG_STORE8(t + 8, a3_1); 
                store_glu_gate_layer0(y_row + (ow0 + 3) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a4_0); CG_STORE8(t + 8, a4_1); 
                store_glu_gate_layer0(y_row + (ow0 + 4) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a5_0); CG_STORE8(t + 8, a5_1); 
                store_glu_gate_layer0(y_row + (ow0 + 5) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a6_0); CG_STORE8(t + 8, a6_1); 
                store_glu_gate_layer0(y_row + (ow0 + 6) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a7_0); CG_STORE8(t + 8, a7_1); 
                store_glu_gate_layer0(y_row + (ow0 + 7) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a8_0); CG_STORE8(t + 8, a8_1); 
                store_glu_gate_layer0(y_row + (ow0 + 8) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a9_0); CG_STORE8(t + 8, a9_1); 
                store_glu_gate_layer0(y_row + (ow0 + 9) * 16 + fb * 16, t, nf);
            }

            ow0 = 22;
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
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 1) continue;
                        for (int kw = 0; kw < 5; ++kw) {
                            const float *x = input + n * 240 + id * 240 + ih * 240
                                             + (ow0 * 1 + kw * 1 - 2) * 8;
                            const float *w = wf + ((kd * 1 + kh) * 5 + kw) * 128;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD8(w + 0);
                                const cg_v8 w1 = CG_LOAD8(w + 8);
                                {
                                    const float xv = x[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[8 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[16 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[24 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[32 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[40 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE8(t + 0, a0_0); CG_STORE8(t + 8, a0_1); 
                store_glu_gate_layer0(y_row + (ow0 + 0) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a1_0); CG_STORE8(t + 8, a1_1); 
                store_glu_gate_layer0(y_row + (ow0 + 1) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a2_0); CG_STORE8(t + 8, a2_1); 
                store_glu_gate_layer0(y_row + (ow0 + 2) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a3_0); CG_STORE8(t + 8, a3_1); 
                store_glu_gate_layer0(y_row + (ow0 + 3) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a4_0); CG_STORE8(t + 8, a4_1); 
                store_glu_gate_layer0(y_row + (ow0 + 4) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a5_0); CG_STORE8(t + 8, a5_1); 
                store_glu_gate_layer0(y_row + (ow0 + 5) * 16 + fb * 16, t, nf);
            }


#else
            for (ow0 = 2; ow0 < 26; ow0 += 6)
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
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 1) continue;
                        for (int kw = 0; kw < 5; ++kw) {
                            const float *x = input + n * 240 + id * 240 + ih * 240
                                             + (ow0 * 1 + kw * 1 - 2) * 8;
                            const float *w = wf + ((kd * 1 + kh) * 5 + kw) * 128;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD8(w + 0);
                                const cg_v8 w1 = CG_LOAD8(w + 8);
                                {
                                    const float xv = x[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[8 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[16 + c * 1];
                                    a2_0 += w0 * xv;
                                    a2_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[24 + c * 1];
                                    a3_0 += w0 * xv;
                                    a3_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[32 + c * 1];
                                    a4_0 += w0 * xv;
                                    a4_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[40 + c * 1];
                                    a5_0 += w0 * xv;
                                    a5_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE8(t + 0, a0_0); CG_STORE8(t + 8, a0_1); 
                store_glu_gate_layer0(y_row + (ow0 + 0) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a1_0); CG_STORE8(t + 8, a1_1); 
                store_glu_gate_layer0(y_row + (ow0 + 1) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a2_0); CG_STORE8(t + 8, a2_1); 
                store_glu_gate_layer0(y_row + (ow0 + 2) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a3_0); CG_STORE8(t + 8, a3_1); 
                store_glu_gate_layer0(y_row + (ow0 + 3) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a4_0); CG_STORE8(t + 8, a4_1); 
                store_glu_gate_layer0(y_row + (ow0 + 4) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a5_0); CG_STORE8(t + 8, a5_1); 
                store_glu_gate_layer0(y_row + (ow0 + 5) * 16 + fb * 16, t, nf);
            }

            ow0 = 26;
            {   /* 2 output pixel(s) x 16 filters, no bounds checks along w */
                cg_v8 a0_0 = b0, a0_1 = b1;
                cg_v8 a1_0 = b0, a1_1 = b1;
                for (int kd = 0; kd < 1; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 1) continue;
                    for (int kh = 0; kh < 1; ++kh) {
                        const int ih = oh * 1 + kh * 1 - 0;
                        if (ih < 0 || ih >= 1) continue;
                        for (int kw = 0; kw < 5; ++kw) {
                            const float *x = input + n * 240 + id * 240 + ih * 240
                                             + (ow0 * 1 + kw * 1 - 2) * 8;
                            const float *w = wf + ((kd * 1 + kh) * 5 + kw) * 128;
                            for (int c = 0; c < 8; ++c, w += 16) {
                                const cg_v8 w0 = CG_LOAD8(w + 0);
                                const cg_v8 w1 = CG_LOAD8(w + 8);
                                {
                                    const float xv = x[0 + c * 1];
                                    a0_0 += w0 * xv;
                                    a0_1 += w1 * xv;
                                }
                                {
                                    const float xv = x[8 + c * 1];
                                    a1_0 += w0 * xv;
                                    a1_1 += w1 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE8(t + 0, a0_0); CG_STORE8(t + 8, a0_1); 
                store_glu_gate_layer0(y_row + (ow0 + 0) * 16 + fb * 16, t, nf);
CG_STORE8(t + 0, a1_0); CG_STORE8(t + 8, a1_1); 
                store_glu_gate_layer0(y_row + (ow0 + 1) * 16 + fb * 16, t, nf);
            }


#endif
        }
    }
#else
    /* portable C99: the same packed weights, one output pixel at a time */
    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh)
    for (int ow = 0; ow < 30; ++ow)
    for (int fb = 0; fb < 1; ++fb) {
        const float *wf = weights + fb * 640;
        const int nf = fb < 0 ? 16 : 16;
        float acc[16];
        for (int f = 0; f < 16; ++f)
            acc[f] = bias[fb * 16 + f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 1; ++kh) {
                const int ih = oh * 1 + kh * 1 - 0;
                if (ih < 0 || ih >= 1) continue;
                for (int kw = 0; kw < 5; ++kw) {
                    const int iw = ow * 1 + kw * 1 - 2;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 30) continue;
                    x = input + n * 240 + id * 240 + ih * 240 + iw * 8;
                    w = wf + ((kd * 1 + kh) * 5 + kw) * 128;
                    for (int c = 0; c < 8; ++c)
                        for (int f = 0; f < 16; ++f)
                            acc[f] += x[c * 1] * w[c * 16 + f];
                }
            }
        }
        store_glu_gate_layer0(y + n * 480 + od * 480 + oh * 480 + ow * 16 + fb * 16, acc, nf);
    }
#endif
    cg_glu_rows(workspace, output, 30, 16);
    return 0;
}

/* layers[0] Conv1D 30x8 -> 30x8, activation glu
 * Workspace: 480 floats: layers[0] scratch at 0 (480 floats). */
int glu_gate(const float *input, const float *weights, float *output, float *workspace)
{
    glu_gate_layer0(input, weights, output, workspace);
    return 0;
}
