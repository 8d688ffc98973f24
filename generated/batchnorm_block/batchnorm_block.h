/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: batchnorm_block.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_BATCHNORM_BLOCK_H
#define CONVGEN_BATCHNORM_BLOCK_H

#ifdef __cplusplus
extern "C" {
#endif

#define BATCHNORM_BLOCK_INPUT_SIZE 960  /* floats, batch included: 1x12x10x8 */
#define BATCHNORM_BLOCK_OUTPUT_SIZE 1920  /* floats, batch included: 1x12x10x16 */
#define BATCHNORM_BLOCK_WEIGHTS_SIZE 1568  /* floats in the packed blob */
#define BATCHNORM_BLOCK_WORKSPACE_SIZE 3840  /* floats of scratch the caller provides (may be 0) */

/* conv2d (Conv2D) 12x10x8 -> 12x10x16; batch_normalization (BatchNormalization) 12x10x16 -> 12x10x16; depthwise_conv2d (DepthwiseConv2D) 12x10x16 -> 12x10x16, activation relu6; batch_normalization_1 (BatchNormalization) 12x10x16 -> 12x10x16; conv2d_1 (Conv2D) 12x10x16 -> 12x10x16; batch_normalization_2 (BatchNormalization) 12x10x16 -> 12x10x16
 * Weights blob, in order: conv2d (Conv2D) at 0, 1168 floats, depthwise_conv2d (DepthwiseConv2D) at 1168, 160 floats, batch_normalization_1 (BatchNormalization) at 1328, 32 floats, conv2d_1 (Conv2D) at 1360, 208 floats.
 * Re-entrant: no static state and no allocation. Returns 0. */
int batchnorm_block(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_BATCHNORM_BLOCK_H */
