/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: mobilenet_block.yaml
 *   Template: model.c.j2, conv.c.j2, separable.c.j2
 */
#include "mobilenet_block.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_relu(float x) { return x > 0.0f ? x : 0.0f; }

static inline float cg_relu6(float x) { return x < 0.0f ? 0.0f : (x > 6.0f ? 6.0f : x); }

/* Conv2D 32x32x3 -> 16x16x16, activation relu6
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x32x32x3: strides n=3072 c=1 d=3072 h=96 w=3
 *   output 1x16x16x16: strides n=4096 c=1 d=4096 h=256 w=16
 *   kernel [1][3][3][3][16] (Keras layout), bias [16] at 432
 *   padding before (d, h, w) = (0, 0, 0)
 * Workspace: 0 floats. */
static int mobilenet_block_layer0(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 432;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 16; ++oh)
    for (int ow = 0; ow < 16; ++ow) {
        float acc[16];
        for (int f = 0; f < 16; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 2 + kh * 1 - 0;
                if (ih < 0 || ih >= 32) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow * 2 + kw * 1 - 0;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 32) continue;
                    x = input + n * 3072 + id * 3072 + ih * 96 + iw * 3;
                    w = kernel + ((kd * 3 + kh) * 3 + kw) * 48;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 3; ++c) {
                        const float xv = x[(g * 3 + c) * 1];
                        const float *wc = w + c * 16 + g * 16;
                        float *a = acc + g * 16;
                        for (int f = 0; f < 16; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 4096 + od * 4096 + oh * 256 + ow * 16;
            for (int f = 0; f < 16; ++f)
                out[f * 1] = cg_relu6(acc[f]);
        }
    }
    return 0;
}

/* DepthwiseConv2D 16x16x16 -> 16x16x16, activation relu6
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x16x16x16: strides n=4096 c=1 d=4096 h=256 w=16
 *   output 1x16x16x16: strides n=4096 c=1 d=4096 h=256 w=16
 *   kernel [1][3][3][1][16] (Keras layout), bias [16] at 144
 *   padding before (d, h, w) = (0, 1, 1)
 * Workspace: 0 floats. */
static int mobilenet_block_layer1(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 144;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 16; ++oh)
    for (int ow = 0; ow < 16; ++ow) {
        float acc[16];
        for (int f = 0; f < 16; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 1 + kh * 1 - 1;
                if (ih < 0 || ih >= 16) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow * 1 + kw * 1 - 1;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 16) continue;
                    x = input + n * 4096 + id * 4096 + ih * 256 + iw * 16;
                    w = kernel + ((kd * 3 + kh) * 3 + kw) * 16;
                    for (int g = 0; g < 16; ++g)
                    for (int c = 0; c < 1; ++c) {
                        const float xv = x[(g * 1 + c) * 1];
                        const float *wc = w + c * 16 + g * 1;
                        float *a = acc + g * 1;
                        for (int f = 0; f < 1; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 4096 + od * 4096 + oh * 256 + ow * 16;
            for (int f = 0; f < 16; ++f)
                out[f * 1] = cg_relu6(acc[f]);
        }
    }
    return 0;
}

/* Conv2D 16x16x16 -> 16x16x32, activation relu6
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x16x16x16: strides n=4096 c=1 d=4096 h=256 w=16
 *   output 1x16x16x32: strides n=8192 c=1 d=8192 h=512 w=32
 *   kernel [1][1][1][16][32] (Keras layout), bias [32] at 512
 *   padding before (d, h, w) = (0, 0, 0)
 * Workspace: 0 floats. */
static int mobilenet_block_layer2(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 512;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 16; ++oh)
    for (int ow = 0; ow < 16; ++ow) {
        float acc[32];
        for (int f = 0; f < 32; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 1; ++kh) {
                const int ih = oh * 1 + kh * 1 - 0;
                if (ih < 0 || ih >= 16) continue;
                for (int kw = 0; kw < 1; ++kw) {
                    const int iw = ow * 1 + kw * 1 - 0;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 16) continue;
                    x = input + n * 4096 + id * 4096 + ih * 256 + iw * 16;
                    w = kernel + ((kd * 1 + kh) * 1 + kw) * 512;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 16; ++c) {
                        const float xv = x[(g * 16 + c) * 1];
                        const float *wc = w + c * 32 + g * 32;
                        float *a = acc + g * 32;
                        for (int f = 0; f < 32; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 8192 + od * 8192 + oh * 512 + ow * 32;
            for (int f = 0; f < 32; ++f)
                out[f * 1] = cg_relu6(acc[f]);
        }
    }
    return 0;
}

/* DepthwiseConv2D 16x16x32 -> 8x8x32, activation relu6
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x16x16x32: strides n=8192 c=1 d=8192 h=512 w=32
 *   output 1x8x8x32: strides n=2048 c=1 d=2048 h=256 w=32
 *   kernel [1][3][3][1][32] (Keras layout), bias [32] at 288
 *   padding before (d, h, w) = (0, 0, 0)
 * Workspace: 0 floats. */
static int mobilenet_block_layer3(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 288;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 8; ++oh)
    for (int ow = 0; ow < 8; ++ow) {
        float acc[32];
        for (int f = 0; f < 32; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 2 + kh * 1 - 0;
                if (ih < 0 || ih >= 16) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow * 2 + kw * 1 - 0;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 16) continue;
                    x = input + n * 8192 + id * 8192 + ih * 512 + iw * 32;
                    w = kernel + ((kd * 3 + kh) * 3 + kw) * 32;
                    for (int g = 0; g < 32; ++g)
                    for (int c = 0; c < 1; ++c) {
                        const float xv = x[(g * 1 + c) * 1];
                        const float *wc = w + c * 32 + g * 1;
                        float *a = acc + g * 1;
                        for (int f = 0; f < 1; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 2048 + od * 2048 + oh * 256 + ow * 32;
            for (int f = 0; f < 32; ++f)
                out[f * 1] = cg_relu6(acc[f]);
        }
    }
    return 0;
}

/* Conv2D 8x8x32 -> 8x8x64, activation relu6
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x8x8x32: strides n=2048 c=1 d=2048 h=256 w=32
 *   output 1x8x8x64: strides n=4096 c=1 d=4096 h=512 w=64
 *   kernel [1][1][1][32][64] (Keras layout), bias [64] at 2048
 *   padding before (d, h, w) = (0, 0, 0)
 * Workspace: 0 floats. */
static int mobilenet_block_layer4(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 2048;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 8; ++oh)
    for (int ow = 0; ow < 8; ++ow) {
        float acc[64];
        for (int f = 0; f < 64; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 1; ++kh) {
                const int ih = oh * 1 + kh * 1 - 0;
                if (ih < 0 || ih >= 8) continue;
                for (int kw = 0; kw < 1; ++kw) {
                    const int iw = ow * 1 + kw * 1 - 0;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 8) continue;
                    x = input + n * 2048 + id * 2048 + ih * 256 + iw * 32;
                    w = kernel + ((kd * 1 + kh) * 1 + kw) * 2048;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 32; ++c) {
                        const float xv = x[(g * 32 + c) * 1];
                        const float *wc = w + c * 64 + g * 64;
                        float *a = acc + g * 64;
                        for (int f = 0; f < 64; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 4096 + od * 4096 + oh * 512 + ow * 64;
            for (int f = 0; f < 64; ++f)
                out[f * 1] = cg_relu6(acc[f]);
        }
    }
    return 0;
}

/* SeparableConv2D 8x8x64 -> 8x8x64, activation relu
 * Depthwise (1 per channel, no bias) and pointwise 1x1 steps fused per output
 * pixel: the intermediate is one pixel's 64 depthwise values on the stack, never a
 * whole tensor. 1-D layers run as 3-D ones with unit leading axes; the data format is carried
 * by the element strides below.
 *   input  1x8x8x64: strides n=4096 c=1 d=4096 h=512 w=64
 *   output 1x8x8x64: strides n=4096 c=1 d=4096 h=512 w=64
 *   depthwise kernel [1][3][3][64][1] at 0, pointwise [64][64] at 576, bias [64] at 4672
 *   padding before (d, h, w) = (0, 1, 1)
 * Workspace: 0 floats; stack: 128 floats. */
static int mobilenet_block_layer5(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    const float *depthwise = weights;
    const float *pointwise = weights + 576;
    const float *bias = weights + 4672;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 8; ++oh)
    for (int ow = 0; ow < 8; ++ow) {
        float dw[64];
        float acc[64];
        for (int j = 0; j < 64; ++j)
            dw[j] = 0.0f;
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 3; ++kh) {
                const int ih = oh * 1 + kh * 1 - 1;
                if (ih < 0 || ih >= 8) continue;
                for (int kw = 0; kw < 3; ++kw) {
                    const int iw = ow * 1 + kw * 1 - 1;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 8) continue;
                    x = input + n * 4096 + id * 4096 + ih * 512 + iw * 64;
                    w = depthwise + ((kd * 3 + kh) * 3 + kw) * 64;
                    for (int c = 0; c < 64; ++c) {
                        const float xv = x[c * 1];
                        for (int m = 0; m < 1; ++m)
                            dw[c * 1 + m] += xv * w[c * 1 + m];
                    }
                }
            }
        }
        for (int f = 0; f < 64; ++f)
            acc[f] = bias[f];
        for (int j = 0; j < 64; ++j) {
            const float v = dw[j];
            const float *p = pointwise + j * 64;
            for (int f = 0; f < 64; ++f)
                acc[f] += v * p[f];
        }
        {
            float *out = y + n * 4096 + od * 4096 + oh * 512 + ow * 64;
            for (int f = 0; f < 64; ++f)
                out[f * 1] = cg_relu(acc[f]);
        }
    }
    return 0;
}

/* layers[0] Conv2D 32x32x3 -> 16x16x16, activation relu6; layers[1] DepthwiseConv2D 16x16x16 -> 16x16x16, activation relu6; layers[2] Conv2D 16x16x16 -> 16x16x32, activation relu6; layers[3] DepthwiseConv2D 16x16x32 -> 8x8x32, activation relu6; layers[4] Conv2D 8x8x32 -> 8x8x64, activation relu6; layers[5] SeparableConv2D 8x8x64 -> 8x8x64, activation relu
 * Workspace: 12288 floats: layers[0] output at 0 (4096 floats), layers[1] output at 8192 (4096 floats), layers[2] output at 0 (8192 floats), layers[3] output at 10240 (2048 floats), layers[4] output at 0 (4096 floats). */
int mobilenet_block(const float *input, const float *weights, float *output, float *workspace)
{
    mobilenet_block_layer0(input, weights, workspace, workspace + 4096);
    mobilenet_block_layer1(workspace, weights + 448, workspace + 8192, workspace + 4096);
    mobilenet_block_layer2(workspace + 8192, weights + 608, workspace, workspace + 8192);
    mobilenet_block_layer3(workspace, weights + 1152, workspace + 10240, workspace + 8192);
    mobilenet_block_layer4(workspace + 10240, weights + 1472, workspace, workspace + 4096);
    mobilenet_block_layer5(workspace, weights + 3584, output, workspace + 4096);
    return 0;
}
