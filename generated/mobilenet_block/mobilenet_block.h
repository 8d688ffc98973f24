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

/* layers[0] Conv2D 32x32x3 -> 16x16x16, activation relu6; layers[1] DepthwiseConv2D 16x16x16 -> 16x16x16, activation relu6; layers[2] Conv2D 16x16x16 -> 16x16x32, activation relu6; layers[3] DepthwiseConv2D 16x16x32 -> 8x8x32, activation relu6; layers[4] Conv2D 8x8x32 -> 8x8x64, activation relu6; layers[5] SeparableConv2D 8x8x64 -> 8x8x64, activation relu
 * Weights blob, in order: layers[0] kernel 3x3x3x16 at 0, layers[0] bias 16 at 432, layers[1] kernel 3x3x16x1 at 448, layers[1] bias 16 at 592, layers[2] kernel 1x1x16x32 at 608, layers[2] bias 32 at 1120, layers[3] kernel 3x3x32x1 at 1152, layers[3] bias 32 at 1440, layers[4] kernel 1x1x32x64 at 1472, layers[4] bias 64 at 3520, layers[5] depthwise_kernel 3x3x64x1 at 3584, layers[5] pointwise_kernel 1x1x64x64 at 4160, layers[5] bias 64 at 8256.
 * Re-entrant: no static state and no allocation. Returns 0. */
int mobilenet_block(const float *input, const float *weights, float *output, float *workspace);

/* The spec's weights, packed (mobilenet_block_weights.c): pass them as `weights`. */
extern const float mobilenet_block_weights[MOBILENET_BLOCK_WEIGHTS_SIZE];

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_MOBILENET_BLOCK_H */
