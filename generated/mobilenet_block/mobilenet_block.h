/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: mobilenet_block.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_MOBILENET_BLOCK_H
#define CONVGEN_MOBILENET_BLOCK_H

#ifdef __cplusplus
extern "C" {
#endif

#define MOBILENET_BLOCK_INPUT_SIZE 3072  /* floats, batch included: 1x32x32x3 */
#define MOBILENET_BLOCK_OUTPUT_SIZE 4096  /* floats, batch included: 1x8x8x64 */
#define MOBILENET_BLOCK_WEIGHTS_SIZE 8320  /* floats in the packed blob */
#define MOBILENET_BLOCK_WORKSPACE_SIZE 12288  /* floats of scratch the caller provides (may be 0) */

/* conv2d (Conv2D) 32x32x3 -> 16x16x16, activation relu6; depthwise_conv2d (DepthwiseConv2D) 16x16x16 -> 16x16x16, activation relu6; conv2d_1 (Conv2D) 16x16x16 -> 16x16x32, activation relu6; depthwise_conv2d_1 (DepthwiseConv2D) 16x16x32 -> 8x8x32, activation relu6; conv2d_2 (Conv2D) 8x8x32 -> 8x8x64, activation relu6; separable_conv2d (SeparableConv2D) 8x8x64 -> 8x8x64, activation relu
 * Weights blob, in order: conv2d (Conv2D) at 0, 448 floats, depthwise_conv2d (DepthwiseConv2D) at 448, 160 floats, conv2d_1 (Conv2D) at 608, 544 floats, depthwise_conv2d_1 (DepthwiseConv2D) at 1152, 320 floats, conv2d_2 (Conv2D) at 1472, 2112 floats, separable_conv2d (SeparableConv2D) at 3584, 4736 floats.
 * Re-entrant: no static state and no allocation. Returns 0. * Threads: compiled with OpenMP (-fopenmp), the large layers split their output rows and
 * filter blocks (never a sum) over a team of the caller's omp_get_max_threads() threads
 * (OMP_NUM_THREADS, omp_set_num_threads): the results are the same bytes for every count.
 * Without OpenMP the code is single-threaded C99 with no dependency. */
int mobilenet_block(const float *input, const float *weights, float *output, float *workspace);

/* The spec's weights, packed (mobilenet_block_weights.c, or mobilenet_block_weights.S with .bin): pass them
 * as `weights`. */
extern const float mobilenet_block_weights[MOBILENET_BLOCK_WEIGHTS_SIZE];

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_MOBILENET_BLOCK_H */
