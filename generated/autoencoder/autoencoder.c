/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: autoencoder.yaml
 *   Template: model.c.j2, conv.c.j2, resize.c.j2, transpose.c.j2
 */
#include "autoencoder.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_relu(float x) { return x > 0.0f ? x : 0.0f; }

static inline float cg_sigmoid(float x) { return 1.0f / (1.0f + expf(-x)); }

/* Conv2D 28x28x1 -> 14x14x16, activation relu
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x28x28x1: strides n=784 c=1 d=784 h=28 w=1
 *   output 1x14x14x16: strides n=3136 c=1 d=3136 h=224 w=16
 *   kernel [1][3][3][1][16] (Keras layout), bias [16] at 144
 *   padding before (d, h, w) = (0, 0, 0)
 * Workspace: 0 floats. */
static int autoencoder_layer0(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 144;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 14; ++oh)
    for (int ow = 0; ow < 14; ++ow) {
        float acc[16];
        for (int f = 0; f < 16; ++f)
            acc[f] = bias[f];
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
                    w = kernel + ((kd * 3 + kh) * 3 + kw) * 16;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 1; ++c) {
                        const float xv = x[(g * 1 + c) * 1];
                        const float *wc = w + c * 16 + g * 16;
                        float *a = acc + g * 16;
                        for (int f = 0; f < 16; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 3136 + od * 3136 + oh * 224 + ow * 16;
            for (int f = 0; f < 16; ++f)
                out[f * 1] = cg_relu(acc[f]);
        }
    }
    return 0;
}

/* Conv2D 14x14x16 -> 7x7x8, activation relu
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x14x14x16: strides n=3136 c=1 d=3136 h=224 w=16
 *   output 1x7x7x8: strides n=392 c=1 d=392 h=56 w=8
 *   kernel [1][3][3][16][8] (Keras layout), bias [8] at 1152
 *   padding before (d, h, w) = (0, 0, 0)
 * Workspace: 0 floats. */
static int autoencoder_layer1(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 1152;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 7; ++oh)
    for (int ow = 0; ow < 7; ++ow) {
        float acc[8];
        for (int f = 0; f < 8; ++f)
            acc[f] = bias[f];
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
                    w = kernel + ((kd * 3 + kh) * 3 + kw) * 128;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 16; ++c) {
                        const float xv = x[(g * 16 + c) * 1];
                        const float *wc = w + c * 8 + g * 8;
                        float *a = acc + g * 8;
                        for (int f = 0; f < 8; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 392 + od * 392 + oh * 56 + ow * 8;
            for (int f = 0; f < 8; ++f)
                out[f * 1] = cg_relu(acc[f]);
        }
    }
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
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x28x28x8: strides n=6272 c=1 d=6272 h=224 w=8
 *   output 1x28x28x1: strides n=784 c=1 d=784 h=28 w=1
 *   kernel [1][3][3][8][1] (Keras layout), bias [1] at 72
 *   padding before (d, h, w) = (0, 1, 1)
 * Workspace: 0 floats. */
static int autoencoder_layer4(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 72;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 28; ++oh)
    for (int ow = 0; ow < 28; ++ow) {
        float acc[1];
        for (int f = 0; f < 1; ++f)
            acc[f] = bias[f];
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
                    w = kernel + ((kd * 3 + kh) * 3 + kw) * 8;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 8; ++c) {
                        const float xv = x[(g * 8 + c) * 1];
                        const float *wc = w + c * 1 + g * 1;
                        float *a = acc + g * 1;
                        for (int f = 0; f < 1; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 784 + od * 784 + oh * 28 + ow * 1;
            for (int f = 0; f < 1; ++f)
                out[f * 1] = cg_sigmoid(acc[f]);
        }
    }
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
