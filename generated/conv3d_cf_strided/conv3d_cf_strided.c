/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: conv3d_cf_strided.yaml
 *   Template: model.c.j2, dense.c.j2
 */
#include "conv3d_cf_strided.h"

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
static inline float cg_sigmoid(float x) { return 1.0f / (1.0f + expf(-x)); }

/* Conv3D 3x7x9x11 -> 4x6x4x3, activation sigmoid
 * Dense convolution: register-blocked tiles of output pixels x 8 filters
 * (GCC/clang vector extensions), border pixels with bounds checks; a portable C99 loop nest
 * over the same packed weights when vectors are unavailable or CONVGEN_PORTABLE is defined.
 *   input  2x3x7x9x11: strides n=2079 c=693 d=99 h=11 w=1
 *   output 2x4x6x4x3: strides n=288 c=72 d=12 h=3 w=1
 *   weights [1][2][3][3][3][8], bias [1][8] at 432
 *   padding before (d, h, w) = (0, 0, 0); interior columns [0, 3)
 * Workspace: 0 floats. */
static void store_conv3d_cf_strided_layer0(float *out, const float *t, int nf)
{
    for (int f = 0; f < nf; ++f)
        out[f * 72] = cg_sigmoid(t[f]);
}

static int conv3d_cf_strided_layer0(const float *input, const float *weights, float *output,
                                    float *workspace)
{
    const float *bias = weights + 432;
    float *y = output;
    (void)workspace;
#if CG_VECTOR
    float t[8];
    for (int n = 0; n < 2; ++n)
    for (int od = 0; od < 6; ++od)
    for (int oh = 0; oh < 4; ++oh) {
        float *y_row = y + n * 288 + od * 12 + oh * 3;
        for (int fb = 0; fb < 1; ++fb) {
            const float *wf = weights + fb * 432;
            const int nf = fb < 0 ? 8 : 4;
            const cg_v8 b0 = CG_LOAD8(bias + fb * 8 + 0);
            int ow0;
#if defined(__AVX512F__)   /* 32 vector registers */
            for (ow0 = 0; ow0 < 3; ow0 += 3)
            {   /* 3 output pixel(s) x 8 filters, no bounds checks along w */
                cg_v8 a0_0 = b0;
                cg_v8 a1_0 = b0;
                cg_v8 a2_0 = b0;
                for (int kd = 0; kd < 2; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 7) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 9) continue;
                        for (int kw = 0; kw < 3; ++kw) {
                            const float *x = input + n * 2079 + id * 99 + ih * 11
                                             + (ow0 * 3 + kw * 1 - 0) * 1;
                            const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 24;
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD8(w + 0);
                                {
                                    const float xv = x[0 + c * 693];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[3 + c * 693];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[6 + c * 693];
                                    a2_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE8(t + 0, a0_0); 
                store_conv3d_cf_strided_layer0(y_row + (ow0 + 0) * 1 + fb * 576, t, nf);
CG_STORE8(t + 0, a1_0); 
                store_conv3d_cf_strided_layer0(y_row + (ow0 + 1) * 1 + fb * 576, t, nf);
CG_STORE8(t + 0, a2_0); 
                store_conv3d_cf_strided_layer0(y_row + (ow0 + 2) * 1 + fb * 576, t, nf);
            }


#else
            for (ow0 = 0; ow0 < 3; ow0 += 3)
            {   /* 3 output pixel(s) x 8 filters, no bounds checks along w */
                cg_v8 a0_0 = b0;
                cg_v8 a1_0 = b0;
                cg_v8 a2_0 = b0;
                for (int kd = 0; kd < 2; ++kd) {
                    const int id = od * 1 + kd * 1 - 0;
                    if (id < 0 || id >= 7) continue;
                    for (int kh = 0; kh < 3; ++kh) {
                        const int ih = oh * 2 + kh * 1 - 0;
                        if (ih < 0 || ih >= 9) continue;
                        for (int kw = 0; kw < 3; ++kw) {
                            const float *x = input + n * 2079 + id * 99 + ih * 11
                                             + (ow0 * 3 + kw * 1 - 0) * 1;
                            const float *w = wf + ((kd * 3 + kh) * 3 + kw) * 24;
                            for (int c = 0; c < 3; ++c, w += 8) {
                                const cg_v8 w0 = CG_LOAD8(w + 0);
                                {
                                    const float xv = x[0 + c * 693];
                                    a0_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[3 + c * 693];
                                    a1_0 += w0 * xv;
                                }
                                {
                                    const float xv = x[6 + c * 693];
                                    a2_0 += w0 * xv;
                                }
                            }
                        }
                    }
                }
CG_STORE8(t + 0, a0_0); 
                store_conv3d_cf_strided_layer0(y_row + (ow0 + 0) * 1 + fb * 576, t, nf);
CG_STORE8(t + 0, a1_0); 
                store_conv3d_cf_strided_layer0(y_row + (ow0 + 1) * 1 + fb * 576, t, nf);
CG_STORE8(t + 0, a2_0); 
                store_conv3d_cf_strided_layer0(y_row + (ow0 + 2) * 1 + fb * 576, t, nf);
            }


#endif
        }
    }
#else
    /* portable C99: the same packed weights, one output pixel at a time */
    for (int n = 0; n < 2; ++n)
    for (int od = 0; od < 6; ++od)
    for (int oh = 0; oh < 4; ++oh)
    for (int ow = 0; ow < 3; ++ow)
    for (int fb = 0; fb < 1; ++fb) {
        const float *wf = weights + fb * 432;
        const int nf = fb < 0 ? 8 : 4;
        float acc[8];
        for (int f = 0; f < 8; ++f)
            acc[f] = bias[fb * 8 + f];
        for (int kd = 0; kd < 2; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 7) continue;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 2 + kh * 1 - 0;
                if (ih < 0 || ih >= 9) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow * 3 + kw * 1 - 0;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 11) continue;
                    x = input + n * 2079 + id * 99 + ih * 11 + iw * 1;
                    w = wf + ((kd * 3 + kh) * 3 + kw) * 24;
                    for (int c = 0; c < 3; ++c)
                        for (int f = 0; f < 8; ++f)
                            acc[f] += x[c * 693] * w[c * 8 + f];
                }
            }
        }
        store_conv3d_cf_strided_layer0(y + n * 288 + od * 12 + oh * 3 + ow * 1 + fb * 576, acc, nf);
    }
#endif
    return 0;
}

/* layers[0] Conv3D 3x7x9x11 -> 4x6x4x3, activation sigmoid
 * Workspace: 0 floats: none needed. */
int conv3d_cf_strided(const float *input, const float *weights, float *output, float *workspace)
{
    conv3d_cf_strided_layer0(input, weights, output, workspace);
    return 0;
}
