/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: wavenet_kws.yaml
 *   Template: model.c.j2, conv.c.j2
 */
#include "wavenet_kws.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_linear(float x) { return x; }

static inline float cg_relu(float x) { return x > 0.0f ? x : 0.0f; }

static inline float cg_tanh(float x) { return tanhf(x); }

static inline void cg_softmax_rows(float *y, int rows, int len)
{
    for (int r = 0; r < rows; ++r, y += len) {
        float top = y[0], sum = 0.0f;
        for (int i = 1; i < len; ++i) top = y[i] > top ? y[i] : top;
        for (int i = 0; i < len; ++i) { y[i] = expf(y[i] - top); sum += y[i]; }
        for (int i = 0; i < len; ++i) y[i] /= sum;
    }
}

/* Conv1D 98x40 -> 98x32, activation tanh
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x98x40: strides n=3920 c=1 d=3920 h=3920 w=40
 *   output 1x98x32: strides n=3136 c=1 d=3136 h=3136 w=32
 *   kernel [1][1][3][40][32] (Keras layout), bias [32] at 3840
 *   padding before (d, h, w) = (0, 0, 2)
 * Workspace: 0 floats. */
static int wavenet_kws_layer0(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 3840;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh)
    for (int ow = 0; ow < 98; ++ow) {
        float acc[32];
        for (int f = 0; f < 32; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 1; ++kh) {
                const int ih = oh * 1 + kh * 1 - 0;
                if (ih < 0 || ih >= 1) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow * 1 + kw * 1 - 2;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 98) continue;
                    x = input + n * 3920 + id * 3920 + ih * 3920 + iw * 40;
                    w = kernel + ((kd * 1 + kh) * 3 + kw) * 1280;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 40; ++c) {
                        const float xv = x[(g * 40 + c) * 1];
                        const float *wc = w + c * 32 + g * 32;
                        float *a = acc + g * 32;
                        for (int f = 0; f < 32; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 3136 + od * 3136 + oh * 3136 + ow * 32;
            for (int f = 0; f < 32; ++f)
                out[f * 1] = cg_tanh(acc[f]);
        }
    }
    return 0;
}

/* Conv1D 98x32 -> 98x32, activation tanh
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x98x32: strides n=3136 c=1 d=3136 h=3136 w=32
 *   output 1x98x32: strides n=3136 c=1 d=3136 h=3136 w=32
 *   kernel [1][1][3][32][32] (Keras layout), bias [32] at 3072
 *   padding before (d, h, w) = (0, 0, 4)
 * Workspace: 0 floats. */
static int wavenet_kws_layer1(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 3072;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh)
    for (int ow = 0; ow < 98; ++ow) {
        float acc[32];
        for (int f = 0; f < 32; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 1; ++kh) {
                const int ih = oh * 1 + kh * 1 - 0;
                if (ih < 0 || ih >= 1) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow * 1 + kw * 2 - 4;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 98) continue;
                    x = input + n * 3136 + id * 3136 + ih * 3136 + iw * 32;
                    w = kernel + ((kd * 1 + kh) * 3 + kw) * 1024;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 32; ++c) {
                        const float xv = x[(g * 32 + c) * 1];
                        const float *wc = w + c * 32 + g * 32;
                        float *a = acc + g * 32;
                        for (int f = 0; f < 32; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 3136 + od * 3136 + oh * 3136 + ow * 32;
            for (int f = 0; f < 32; ++f)
                out[f * 1] = cg_tanh(acc[f]);
        }
    }
    return 0;
}

/* Conv1D 98x32 -> 98x32, activation tanh
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x98x32: strides n=3136 c=1 d=3136 h=3136 w=32
 *   output 1x98x32: strides n=3136 c=1 d=3136 h=3136 w=32
 *   kernel [1][1][3][32][32] (Keras layout), bias [32] at 3072
 *   padding before (d, h, w) = (0, 0, 8)
 * Workspace: 0 floats. */
static int wavenet_kws_layer2(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 3072;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh)
    for (int ow = 0; ow < 98; ++ow) {
        float acc[32];
        for (int f = 0; f < 32; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 1; ++kh) {
                const int ih = oh * 1 + kh * 1 - 0;
                if (ih < 0 || ih >= 1) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow * 1 + kw * 4 - 8;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 98) continue;
                    x = input + n * 3136 + id * 3136 + ih * 3136 + iw * 32;
                    w = kernel + ((kd * 1 + kh) * 3 + kw) * 1024;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 32; ++c) {
                        const float xv = x[(g * 32 + c) * 1];
                        const float *wc = w + c * 32 + g * 32;
                        float *a = acc + g * 32;
                        for (int f = 0; f < 32; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 3136 + od * 3136 + oh * 3136 + ow * 32;
            for (int f = 0; f < 32; ++f)
                out[f * 1] = cg_tanh(acc[f]);
        }
    }
    return 0;
}

/* Conv1D 98x32 -> 98x32, activation relu
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x98x32: strides n=3136 c=1 d=3136 h=3136 w=32
 *   output 1x98x32: strides n=3136 c=1 d=3136 h=3136 w=32
 *   kernel [1][1][3][32][32] (Keras layout), bias [32] at 3072
 *   padding before (d, h, w) = (0, 0, 16)
 * Workspace: 0 floats. */
static int wavenet_kws_layer3(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 3072;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh)
    for (int ow = 0; ow < 98; ++ow) {
        float acc[32];
        for (int f = 0; f < 32; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 1; ++kh) {
                const int ih = oh * 1 + kh * 1 - 0;
                if (ih < 0 || ih >= 1) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow * 1 + kw * 8 - 16;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 98) continue;
                    x = input + n * 3136 + id * 3136 + ih * 3136 + iw * 32;
                    w = kernel + ((kd * 1 + kh) * 3 + kw) * 1024;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 32; ++c) {
                        const float xv = x[(g * 32 + c) * 1];
                        const float *wc = w + c * 32 + g * 32;
                        float *a = acc + g * 32;
                        for (int f = 0; f < 32; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 3136 + od * 3136 + oh * 3136 + ow * 32;
            for (int f = 0; f < 32; ++f)
                out[f * 1] = cg_relu(acc[f]);
        }
    }
    return 0;
}

/* Conv1D 98x32 -> 98x12, activation softmax
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x98x32: strides n=3136 c=1 d=3136 h=3136 w=32
 *   output 1x98x12: strides n=1176 c=1 d=1176 h=1176 w=12
 *   kernel [1][1][1][32][12] (Keras layout), bias [12] at 384
 *   padding before (d, h, w) = (0, 0, 0)
 * Workspace: 0 floats. */
static int wavenet_kws_layer4(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 384;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh)
    for (int ow = 0; ow < 98; ++ow) {
        float acc[12];
        for (int f = 0; f < 12; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 1; ++kh) {
                const int ih = oh * 1 + kh * 1 - 0;
                if (ih < 0 || ih >= 1) continue;
                for (int kw = 0; kw < 1; ++kw) {
                    const int iw = ow * 1 + kw * 1 - 0;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 98) continue;
                    x = input + n * 3136 + id * 3136 + ih * 3136 + iw * 32;
                    w = kernel + ((kd * 1 + kh) * 1 + kw) * 384;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 32; ++c) {
                        const float xv = x[(g * 32 + c) * 1];
                        const float *wc = w + c * 12 + g * 12;
                        float *a = acc + g * 12;
                        for (int f = 0; f < 12; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 1176 + od * 1176 + oh * 1176 + ow * 12;
            for (int f = 0; f < 12; ++f)
                out[f * 1] = cg_linear(acc[f]);
        }
    }
    cg_softmax_rows(output, 98, 12);
    return 0;
}

/* layers[0] Conv1D 98x40 -> 98x32, activation tanh; layers[1] Conv1D 98x32 -> 98x32, activation tanh; layers[2] Conv1D 98x32 -> 98x32, activation tanh; layers[3] Conv1D 98x32 -> 98x32, activation relu; layers[4] Conv1D 98x32 -> 98x12, activation softmax
 * Workspace: 6272 floats: layers[0] output at 0 (3136 floats), layers[1] output at 3136 (3136 floats), layers[2] output at 0 (3136 floats), layers[3] output at 3136 (3136 floats). */
int wavenet_kws(const float *input, const float *weights, float *output, float *workspace)
{
    wavenet_kws_layer0(input, weights, workspace, workspace + 3136);
    wavenet_kws_layer1(workspace, weights + 3872, workspace + 3136, workspace + 3136);
    wavenet_kws_layer2(workspace + 3136, weights + 6976, workspace, workspace + 3136);
    wavenet_kws_layer3(workspace, weights + 10080, workspace + 3136, workspace + 3136);
    wavenet_kws_layer4(workspace + 3136, weights + 13184, output, workspace);
    return 0;
}
