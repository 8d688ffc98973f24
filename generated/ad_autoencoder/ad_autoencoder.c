/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: ad_autoencoder.yaml
 *   Template: model.c.j2, dense_layer.c.j2
 */
#include "ad_autoencoder.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
/* NaN stays NaN, as in Keras */
static inline float cg_relu(float x) { return x < 0.0f ? 0.0f : x; }

/* dense (Dense) 640 -> 128; batch_normalization (BatchNormalization) folded into its weights; activation (Activation) applied in its store
 * Dense on the last axis: 1 row(s) of 640 input(s) -> 128 output(s) each
 * (input 1x640, output 1x128). The kernel is Keras's (640, 128):
 * row i holds input i's weight for every unit, so the innermost loop over the units is one
 * contiguous multiply-add that GCC vectorises; the bias follows at 81920.
 * Workspace: 0 floats. */
static int ad_autoencoder_layer0(const float *input, const float *weights, float *output,
                                 float *workspace)
{
    (void)workspace;
    {
        const float *x = input;
        float *restrict y = output;
        for (int u = 0; u < 128; ++u)
            y[u] = weights[81920 + u];
        for (int i = 0; i < 640; ++i) {
            const float xi = x[i];
            const float *restrict w = weights + i * 128;
            for (int u = 0; u < 128; ++u)
                y[u] += xi * w[u];
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
    return 0;
}

/* dense_1 (Dense) 128 -> 128; batch_normalization_1 (BatchNormalization) folded into its weights; activation_1 (Activation) applied in its store
 * Dense on the last axis: 1 row(s) of 128 input(s) -> 128 output(s) each
 * (input 1x128, output 1x128). The kernel is Keras's (128, 128):
 * row i holds input i's weight for every unit, so the innermost loop over the units is one
 * contiguous multiply-add that GCC vectorises; the bias follows at 16384.
 * Workspace: 0 floats. */
static int ad_autoencoder_layer3(const float *input, const float *weights, float *output,
                                 float *workspace)
{
    (void)workspace;
    {
        const float *x = input;
        float *restrict y = output;
        for (int u = 0; u < 128; ++u)
            y[u] = weights[16384 + u];
        for (int i = 0; i < 128; ++i) {
            const float xi = x[i];
            const float *restrict w = weights + i * 128;
            for (int u = 0; u < 128; ++u)
                y[u] += xi * w[u];
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
    return 0;
}

/* dense_2 (Dense) 128 -> 128; batch_normalization_2 (BatchNormalization) folded into its weights; activation_2 (Activation) applied in its store
 * Dense on the last axis: 1 row(s) of 128 input(s) -> 128 output(s) each
 * (input 1x128, output 1x128). The kernel is Keras's (128, 128):
 * row i holds input i's weight for every unit, so the innermost loop over the units is one
 * contiguous multiply-add that GCC vectorises; the bias follows at 16384.
 * Workspace: 0 floats. */
static int ad_autoencoder_layer6(const float *input, const float *weights, float *output,
                                 float *workspace)
{
    (void)workspace;
    {
        const float *x = input;
        float *restrict y = output;
        for (int u = 0; u < 128; ++u)
            y[u] = weights[16384 + u];
        for (int i = 0; i < 128; ++i) {
            const float xi = x[i];
            const float *restrict w = weights + i * 128;
            for (int u = 0; u < 128; ++u)
                y[u] += xi * w[u];
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
    return 0;
}

/* dense_3 (Dense) 128 -> 128; batch_normalization_3 (BatchNormalization) folded into its weights; activation_3 (Activation) applied in its store
 * Dense on the last axis: 1 row(s) of 128 input(s) -> 128 output(s) each
 * (input 1x128, output 1x128). The kernel is Keras's (128, 128):
 * row i holds input i's weight for every unit, so the innermost loop over the units is one
 * contiguous multiply-add that GCC vectorises; the bias follows at 16384.
 * Workspace: 0 floats. */
static int ad_autoencoder_layer9(const float *input, const float *weights, float *output,
                                 float *workspace)
{
    (void)workspace;
    {
        const float *x = input;
        float *restrict y = output;
        for (int u = 0; u < 128; ++u)
            y[u] = weights[16384 + u];
        for (int i = 0; i < 128; ++i) {
            const float xi = x[i];
            const float *restrict w = weights + i * 128;
            for (int u = 0; u < 128; ++u)
                y[u] += xi * w[u];
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
    return 0;
}

/* dense_4 (Dense) 128 -> 8; batch_normalization_4 (BatchNormalization) folded into its weights; activation_4 (Activation) applied in its store
 * Dense on the last axis: 1 row(s) of 128 input(s) -> 8 output(s) each
 * (input 1x128, output 1x8). The kernel is Keras's (128, 8):
 * row i holds input i's weight for every unit, so the innermost loop over the units is one
 * contiguous multiply-add that GCC vectorises; the bias follows at 1024.
 * Workspace: 0 floats. */
static int ad_autoencoder_layer12(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    (void)workspace;
    {
        const float *x = input;
        float *restrict y = output;
        for (int u = 0; u < 8; ++u)
            y[u] = weights[1024 + u];
        for (int i = 0; i < 128; ++i) {
            const float xi = x[i];
            const float *restrict w = weights + i * 8;
            for (int u = 0; u < 8; ++u)
                y[u] += xi * w[u];
        }
        for (int u = 0; u < 8; ++u)
            y[u] = cg_relu(y[u]);
    }
    return 0;
}

/* dense_5 (Dense) 8 -> 128; batch_normalization_5 (BatchNormalization) folded into its weights; activation_5 (Activation) applied in its store
 * Dense on the last axis: 1 row(s) of 8 input(s) -> 128 output(s) each
 * (input 1x8, output 1x128). The kernel is Keras's (8, 128):
 * row i holds input i's weight for every unit, so the innermost loop over the units is one
 * contiguous multiply-add that GCC vectorises; the bias follows at 1024.
 * Workspace: 0 floats. */
static int ad_autoencoder_layer15(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    (void)workspace;
    {
        const float *x = input;
        float *restrict y = output;
        for (int u = 0; u < 128; ++u)
            y[u] = weights[1024 + u];
        for (int i = 0; i < 8; ++i) {
            const float xi = x[i];
            const float *restrict w = weights + i * 128;
            for (int u = 0; u < 128; ++u)
                y[u] += xi * w[u];
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
    return 0;
}

/* dense_6 (Dense) 128 -> 128; batch_normalization_6 (BatchNormalization) folded into its weights; activation_6 (Activation) applied in its store
 * Dense on the last axis: 1 row(s) of 128 input(s) -> 128 output(s) each
 * (input 1x128, output 1x128). The kernel is Keras's (128, 128):
 * row i holds input i's weight for every unit, so the innermost loop over the units is one
 * contiguous multiply-add that GCC vectorises; the bias follows at 16384.
 * Workspace: 0 floats. */
static int ad_autoencoder_layer18(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    (void)workspace;
    {
        const float *x = input;
        float *restrict y = output;
        for (int u = 0; u < 128; ++u)
            y[u] = weights[16384 + u];
        for (int i = 0; i < 128; ++i) {
            const float xi = x[i];
            const float *restrict w = weights + i * 128;
            for (int u = 0; u < 128; ++u)
                y[u] += xi * w[u];
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
    return 0;
}

/* dense_7 (Dense) 128 -> 128; batch_normalization_7 (BatchNormalization) folded into its weights; activation_7 (Activation) applied in its store
 * Dense on the last axis: 1 row(s) of 128 input(s) -> 128 output(s) each
 * (input 1x128, output 1x128). The kernel is Keras's (128, 128):
 * row i holds input i's weight for every unit, so the innermost loop over the units is one
 * contiguous multiply-add that GCC vectorises; the bias follows at 16384.
 * Workspace: 0 floats. */
static int ad_autoencoder_layer21(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    (void)workspace;
    {
        const float *x = input;
        float *restrict y = output;
        for (int u = 0; u < 128; ++u)
            y[u] = weights[16384 + u];
        for (int i = 0; i < 128; ++i) {
            const float xi = x[i];
            const float *restrict w = weights + i * 128;
            for (int u = 0; u < 128; ++u)
                y[u] += xi * w[u];
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
    return 0;
}

/* dense_8 (Dense) 128 -> 128; batch_normalization_8 (BatchNormalization) folded into its weights; activation_8 (Activation) applied in its store
 * Dense on the last axis: 1 row(s) of 128 input(s) -> 128 output(s) each
 * (input 1x128, output 1x128). The kernel is Keras's (128, 128):
 * row i holds input i's weight for every unit, so the innermost loop over the units is one
 * contiguous multiply-add that GCC vectorises; the bias follows at 16384.
 * Workspace: 0 floats. */
static int ad_autoencoder_layer24(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    (void)workspace;
    {
        const float *x = input;
        float *restrict y = output;
        for (int u = 0; u < 128; ++u)
            y[u] = weights[16384 + u];
        for (int i = 0; i < 128; ++i) {
            const float xi = x[i];
            const float *restrict w = weights + i * 128;
            for (int u = 0; u < 128; ++u)
                y[u] += xi * w[u];
        }
        for (int u = 0; u < 128; ++u)
            y[u] = cg_relu(y[u]);
    }
    return 0;
}

/* dense_9 (Dense) 128 -> 640
 * Dense on the last axis: 1 row(s) of 128 input(s) -> 640 output(s) each
 * (input 1x128, output 1x640). The kernel is Keras's (128, 640):
 * row i holds input i's weight for every unit, so the innermost loop over the units is one
 * contiguous multiply-add that GCC vectorises; the bias follows at 81920.
 * Workspace: 0 floats. */
static int ad_autoencoder_layer27(const float *input, const float *weights, float *output,
                                  float *workspace)
{
    (void)workspace;
    {
        const float *x = input;
        float *restrict y = output;
        for (int u = 0; u < 640; ++u)
            y[u] = weights[81920 + u];
        for (int i = 0; i < 128; ++i) {
            const float xi = x[i];
            const float *restrict w = weights + i * 640;
            for (int u = 0; u < 640; ++u)
                y[u] += xi * w[u];
        }
    }
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
