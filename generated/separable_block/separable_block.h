/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: separable_block.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_SEPARABLE_BLOCK_H
#define CONVGEN_SEPARABLE_BLOCK_H

#ifdef __cplusplus
extern "C" {
#endif

#define SEPARABLE_BLOCK_INPUT_SIZE 2688  /* floats, batch included: 1x14x12x16 */
#define SEPARABLE_BLOCK_OUTPUT_SIZE 4032  /* floats, batch included: 1x14x12x24 */
#define SEPARABLE_BLOCK_WEIGHTS_SIZE 1344  /* floats in the packed blob */
#define SEPARABLE_BLOCK_WORKSPACE_SIZE 5376  /* floats of scratch the caller provides (may be 0) */

/* separable_conv2d (SeparableConv2D) 14x12x16 -> 14x12x24, activation relu
 * Weights blob, in order: separable_conv2d (SeparableConv2D) at 0, 1344 floats.
 * Re-entrant: no static state and no allocation. Returns 0. */
int separable_block(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_SEPARABLE_BLOCK_H */
