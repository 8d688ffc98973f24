/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: kws_ds_cnn.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_KWS_DS_CNN_H
#define CONVGEN_KWS_DS_CNN_H

#ifdef __cplusplus
extern "C" {
#endif

#define KWS_DS_CNN_INPUT_SIZE 490  /* floats, batch included: 1x49x10x1 */
#define KWS_DS_CNN_OUTPUT_SIZE 12  /* floats, batch included: 1x12 */
#define KWS_DS_CNN_WEIGHTS_SIZE 22604  /* floats in the packed blob */
#define KWS_DS_CNN_WORKSPACE_SIZE 16000  /* floats of scratch the caller provides (may be 0) */

/* conv2d (Conv2D) 49x10x1 -> 25x5x64; batch_normalization (BatchNormalization) 25x5x64 -> 25x5x64; activation (Activation) 25x5x64 -> 25x5x64; dropout (Dropout) 25x5x64 -> 25x5x64; depthwise_conv2d (DepthwiseConv2D) 25x5x64 -> 25x5x64; batch_normalization_1 (BatchNormalization) 25x5x64 -> 25x5x64; activation_1 (Activation) 25x5x64 -> 25x5x64; conv2d_1 (Conv2D) 25x5x64 -> 25x5x64; batch_normalization_2 (BatchNormalization) 25x5x64 -> 25x5x64; activation_2 (Activation) 25x5x64 -> 25x5x64; depthwise_conv2d_1 (DepthwiseConv2D) 25x5x64 -> 25x5x64; batch_normalization_3 (BatchNormalization) 25x5x64 -> 25x5x64; activation_3 (Activation) 25x5x64 -> 25x5x64; conv2d_2 (Conv2D) 25x5x64 -> 25x5x64; batch_normalization_4 (BatchNormalization) 25x5x64 -> 25x5x64; activation_4 (Activation) 25x5x64 -> 25x5x64; depthwise_conv2d_2 (DepthwiseConv2D) 25x5x64 -> 25x5x64; batch_normalization_5 (BatchNormalization) 25x5x64 -> 25x5x64; activation_5 (Activation) 25x5x64 -> 25x5x64; conv2d_3 (Conv2D) 25x5x64 -> 25x5x64; batch_normalization_6 (BatchNormalization) 25x5x64 -> 25x5x64; activation_6 (Activation) 25x5x64 -> 25x5x64; depthwise_conv2d_3 (DepthwiseConv2D) 25x5x64 -> 25x5x64; batch_normalization_7 (BatchNormalization) 25x5x64 -> 25x5x64; activation_7 (Activation) 25x5x64 -> 25x5x64; conv2d_4 (Conv2D) 25x5x64 -> 25x5x64; batch_normalization_8 (BatchNormalization) 25x5x64 -> 25x5x64; activation_8 (Activation) 25x5x64 -> 25x5x64; dropout_1 (Dropout) 25x5x64 -> 25x5x64; average_pooling2d (AveragePooling2D) 25x5x64 -> 1x1x64; flatten (Flatten) 1x1x64 -> 64; dense (Dense) 64 -> 12, activation softmax
 * Weights blob, in order: conv2d (Conv2D) at 0, 2624 floats, depthwise_conv2d (DepthwiseConv2D) at 2624, 640 floats, conv2d_1 (Conv2D) at 3264, 4160 floats, depthwise_conv2d_1 (DepthwiseConv2D) at 7424, 640 floats, conv2d_2 (Conv2D) at 8064, 4160 floats, depthwise_conv2d_2 (DepthwiseConv2D) at 12224, 640 floats, conv2d_3 (Conv2D) at 12864, 4160 floats, depthwise_conv2d_3 (DepthwiseConv2D) at 17024, 640 floats, conv2d_4 (Conv2D) at 17664, 4160 floats, dense (Dense) at 21824, 780 floats.
 * Re-entrant: no static state and no allocation. Returns 0. * Threads: compiled with OpenMP (-fopenmp), the large layers split their output rows and
 * filter blocks (never a sum) over a team of the caller's omp_get_max_threads() threads
 * (OMP_NUM_THREADS, omp_set_num_threads): the results are the same bytes for every count.
 * Without OpenMP the code is single-threaded C99 with no dependency. */
int kws_ds_cnn(const float *input, const float *weights, float *output, float *workspace);

/* The spec's weights, packed (kws_ds_cnn_weights.c, or kws_ds_cnn_weights.S with .bin): pass them
 * as `weights`. */
extern const float kws_ds_cnn_weights[KWS_DS_CNN_WEIGHTS_SIZE];

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_KWS_DS_CNN_H */
