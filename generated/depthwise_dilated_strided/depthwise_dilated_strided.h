/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: depthwise_dilated_strided.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_DEPTHWISE_DILATED_STRIDED_H
#define CONVGEN_DEPTHWISE_DILATED_STRIDED_H

#ifdef __cplusplus
extern "C" {
#endif

#define DEPTHWISE_DILATED_STRIDED_INPUT_SIZE 1105  /* floats, batch included: 1x5x17x13 */
#define DEPTHWISE_DILATED_STRIDED_OUTPUT_SIZE 225  /* floats, batch included: 1x5x9x5 */
#define DEPTHWISE_DILATED_STRIDED_WEIGHTS_SIZE 30  /* floats in the packed blob */
#define DEPTHWISE_DILATED_STRIDED_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* depthwise_conv2d (DepthwiseConv2D) 5x17x13 -> 5x9x5
 * Weights blob, in order: depthwise_conv2d (DepthwiseConv2D) at 0, 30 floats.
 * Re-entrant: no static state and no allocation. Returns 0. */
int depthwise_dilated_strided(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_DEPTHWISE_DILATED_STRIDED_H */
