/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: ic_resnet8.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_IC_RESNET8_H
#define CONVGEN_IC_RESNET8_H

#ifdef __cplusplus
extern "C" {
#endif

#define IC_RESNET8_INPUT_SIZE 3072  /* floats, batch included: 1x32x32x3 */
#define IC_RESNET8_OUTPUT_SIZE 10  /* floats, batch included: 1x10 */
#define IC_RESNET8_WEIGHTS_SIZE 77706  /* floats in the packed blob */
#define IC_RESNET8_WORKSPACE_SIZE 49152  /* floats of scratch the caller provides (may be 0) */

/* stem_conv (Conv2D) 32x32x3 -> 32x32x16; stem_bn (BatchNormalization) 32x32x16 -> 32x32x16; stem_relu (Activation) 32x32x16 -> 32x32x16; s1_conv1 (Conv2D) 32x32x16 -> 32x32x16; s1_bn1 (BatchNormalization) 32x32x16 -> 32x32x16; s1_relu1 (Activation) 32x32x16 -> 32x32x16; s1_conv2 (Conv2D) 32x32x16 -> 32x32x16; s1_bn2 (BatchNormalization) 32x32x16 -> 32x32x16; s1_add (Add) 32x32x16, 32x32x16 -> 32x32x16; s1_relu (Activation) 32x32x16 -> 32x32x16; s2_conv1 (Conv2D) 32x32x16 -> 16x16x32; s2_bn1 (BatchNormalization) 16x16x32 -> 16x16x32; s2_relu1 (Activation) 16x16x32 -> 16x16x32; s2_conv2 (Conv2D) 16x16x32 -> 16x16x32; s2_shortcut (Conv2D) 32x32x16 -> 16x16x32; s2_bn2 (BatchNormalization) 16x16x32 -> 16x16x32; s2_add (Add) 16x16x32, 16x16x32 -> 16x16x32; s2_relu (Activation) 16x16x32 -> 16x16x32; s3_conv1 (Conv2D) 16x16x32 -> 8x8x64; s3_bn1 (BatchNormalization) 8x8x64 -> 8x8x64; s3_relu1 (Activation) 8x8x64 -> 8x8x64; s3_conv2 (Conv2D) 8x8x64 -> 8x8x64; s3_shortcut (Conv2D) 16x16x32 -> 8x8x64; s3_bn2 (BatchNormalization) 8x8x64 -> 8x8x64; s3_add (Add) 8x8x64, 8x8x64 -> 8x8x64; s3_relu (Activation) 8x8x64 -> 8x8x64; pool (AveragePooling2D) 8x8x64 -> 1x1x64; flatten (Flatten) 1x1x64 -> 64; classifier (Dense) 64 -> 10, activation softmax
 * Weights blob, in order: stem_conv (Conv2D) at 0, 448 floats, s1_conv1 (Conv2D) at 448, 2320 floats, s1_conv2 (Conv2D) at 2768, 2320 floats, s2_conv1 (Conv2D) at 5088, 4640 floats, s2_conv2 (Conv2D) at 9728, 9248 floats, s2_shortcut (Conv2D) at 18976, 544 floats, s3_conv1 (Conv2D) at 19520, 18496 floats, s3_conv2 (Conv2D) at 38016, 36928 floats, s3_shortcut (Conv2D) at 74944, 2112 floats, classifier (Dense) at 77056, 650 floats.
 * Re-entrant: no static state and no allocation. Returns 0. * Threads: compiled with OpenMP (-fopenmp), the large layers split their output rows and
 * filter blocks (never a sum) over a team of the caller's omp_get_max_threads() threads
 * (OMP_NUM_THREADS, omp_set_num_threads): the results are the same bytes for every count.
 * Without OpenMP the code is single-threaded C99 with no dependency. */
int ic_resnet8(const float *input, const float *weights, float *output, float *workspace);

/* The spec's weights, packed (ic_resnet8_weights.c, or ic_resnet8_weights.S with .bin): pass them
 * as `weights`. */
extern const float ic_resnet8_weights[IC_RESNET8_WEIGHTS_SIZE];

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_IC_RESNET8_H */
