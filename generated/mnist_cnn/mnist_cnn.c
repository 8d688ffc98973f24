/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: mnist_cnn.yaml
 *   Template: model.c.j2, conv.c.j2
 */
#include "mnist_cnn.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_linear(float x) { return x; }

static inline float cg_relu(float x) { return x > 0.0f ? x : 0.0f; }

static inline void cg_softmax_rows(float *y, int rows, int len)
{
    for (int r = 0; r < rows; ++r, y += len) {
        float top = y[0], sum = 0.0f;
        for (int i = 1; i < len; ++i) top = y[i] > top ? y[i] : top;
        for (int i = 0; i < len; ++i) { y[i] = expf(y[i] - top); sum += y[i]; }
        for (int i = 0; i < len; ++i) y[i] /= sum;
    }
}

/* Conv2D 28x28x1 -> 26x26x8, activation relu
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x28x28x1: strides n=784 c=1 d=784 h=28 w=1
 *   output 1x26x26x8: strides n=5408 c=1 d=5408 h=208 w=8
 *   kernel [1][3][3][1][8] (Keras layout), bias [8] at 72
 *   padding before (d, h, w) = (0, 0, 0)
 * Workspace: 0 floats. */
static int mnist_cnn_layer0(const float *input, const float *weights, float *output,
                            float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 72;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 26; ++oh)
    for (int ow = 0; ow < 26; ++ow) {
        float acc[8];
        for (int f = 0; f < 8; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 1 + kh * 1 - 0;
                if (ih < 0 || ih >= 28) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow * 1 + kw * 1 - 0;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 28) continue;
                    x = input + n * 784 + id * 784 + ih * 28 + iw * 1;
                    w = kernel + ((kd * 3 + kh) * 3 + kw) * 8;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 1; ++c) {
                        const float xv = x[(g * 1 + c) * 1];
                        const float *wc = w + c * 8 + g * 8;
                        float *a = acc + g * 8;
                        for (int f = 0; f < 8; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 5408 + od * 5408 + oh * 208 + ow * 8;
            for (int f = 0; f < 8; ++f)
                out[f * 1] = cg_relu(acc[f]);
        }
    }
    return 0;
}

/* Conv2D 28x28x8 -> 13x13x16, activation relu (reads through layers[1] ZeroPadding2D)
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x26x26x8: strides n=5408 c=1 d=5408 h=208 w=8
 *   output 1x13x13x16: strides n=2704 c=1 d=2704 h=208 w=16
 *   kernel [1][3][3][8][16] (Keras layout), bias [16] at 1152
 *   padding before (d, h, w) = (0, 1, 1)
 * Workspace: 0 floats. */
static int mnist_cnn_layer2(const float *input, const float *weights, float *output,
                            float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 1152;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 13; ++oh)
    for (int ow = 0; ow < 13; ++ow) {
        float acc[16];
        for (int f = 0; f < 16; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 2 + kh * 1 - 1;
                if (ih < 0 || ih >= 26) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow * 2 + kw * 1 - 1;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 26) continue;
                    x = input + n * 5408 + id * 5408 + ih * 208 + iw * 8;
                    w = kernel + ((kd * 3 + kh) * 3 + kw) * 128;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 8; ++c) {
                        const float xv = x[(g * 8 + c) * 1];
                        const float *wc = w + c * 16 + g * 16;
                        float *a = acc + g * 16;
                        for (int f = 0; f < 16; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 2704 + od * 2704 + oh * 208 + ow * 16;
            for (int f = 0; f < 16; ++f)
                out[f * 1] = cg_relu(acc[f]);
        }
    }
    return 0;
}

/* Conv2D 13x13x16 -> 11x11x16, activation relu
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x13x13x16: strides n=2704 c=1 d=2704 h=208 w=16
 *   output 1x11x11x16: strides n=1936 c=1 d=1936 h=176 w=16
 *   kernel [1][3][3][16][16] (Keras layout), bias [16] at 2304
 *   padding before (d, h, w) = (0, 0, 0)
 * Workspace: 0 floats. */
static int mnist_cnn_layer3(const float *input, const float *weights, float *output,
                            float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 2304;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 11; ++oh)
    for (int ow = 0; ow < 11; ++ow) {
        float acc[16];
        for (int f = 0; f < 16; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 1 + kh * 1 - 0;
                if (ih < 0 || ih >= 13) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow * 1 + kw * 1 - 0;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 13) continue;
                    x = input + n * 2704 + id * 2704 + ih * 208 + iw * 16;
                    w = kernel + ((kd * 3 + kh) * 3 + kw) * 256;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 16; ++c) {
                        const float xv = x[(g * 16 + c) * 1];
                        const float *wc = w + c * 16 + g * 16;
                        float *a = acc + g * 16;
                        for (int f = 0; f < 16; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 1936 + od * 1936 + oh * 176 + ow * 16;
            for (int f = 0; f < 16; ++f)
                out[f * 1] = cg_relu(acc[f]);
        }
    }
    return 0;
}

/* Conv2D 11x11x16 -> 1x1x10, activation softmax
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x11x11x16: strides n=1936 c=1 d=1936 h=176 w=16
 *   output 1x1x1x10: strides n=10 c=1 d=10 h=10 w=10
 *   kernel [1][11][11][16][10] (Keras layout), bias [10] at 19360
 *   padding before (d, h, w) = (0, 0, 0)
 * Workspace: 0 floats. */
static int mnist_cnn_layer4(const float *input, const float *weights, float *output,
                            float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 19360;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh)
    for (int ow = 0; ow < 1; ++ow) {
        float acc[10];
        for (int f = 0; f < 10; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 11; ++kh) {
                const int ih = oh * 1 + kh * 1 - 0;
                if (ih < 0 || ih >= 11) continue;
                for (int kw = 0; kw < 11; ++kw) {
                    const int iw = ow * 1 + kw * 1 - 0;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 11) continue;
                    x = input + n * 1936 + id * 1936 + ih * 176 + iw * 16;
                    w = kernel + ((kd * 11 + kh) * 11 + kw) * 160;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 16; ++c) {
                        const float xv = x[(g * 16 + c) * 1];
                        const float *wc = w + c * 10 + g * 10;
                        float *a = acc + g * 10;
                        for (int f = 0; f < 10; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 10 + od * 10 + oh * 10 + ow * 10;
            for (int f = 0; f < 10; ++f)
                out[f * 1] = cg_linear(acc[f]);
        }
    }
    cg_softmax_rows(output, 1, 10);
    return 0;
}

/* layers[0] Conv2D 28x28x1 -> 26x26x8, activation relu; layers[1] ZeroPadding2D 26x26x8 -> 28x28x8; layers[2] Conv2D 28x28x8 -> 13x13x16, activation relu; layers[3] Conv2D 13x13x16 -> 11x11x16, activation relu; layers[4] Conv2D 11x11x16 -> 1x1x10, activation softmax
 * Workspace: 8112 floats: layers[0] output at 0 (5408 floats), layers[2] output at 5408 (2704 floats), layers[3] output at 0 (1936 floats). */
int mnist_cnn(const float *input, const float *weights, float *output, float *workspace)
{
    mnist_cnn_layer0(input, weights, workspace, workspace + 5408);
    mnist_cnn_layer2(workspace, weights + 80, workspace + 5408, workspace + 5408);
    mnist_cnn_layer3(workspace + 5408, weights + 1248, workspace, workspace + 1936);
    mnist_cnn_layer4(workspace, weights + 3568, output, workspace + 1936);
    return 0;
}
