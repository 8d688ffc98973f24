/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: mobilenet_depthwise.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_MOBILENET_DEPTHWISE_H
#define CONVGEN_MOBILENET_DEPTHWISE_H

#ifdef __cplusplus
extern "C" {
#endif

#define MOBILENET_DEPTHWISE_INPUT_SIZE 1680  /* floats, batch included: 1x15x14x8 */
#define MOBILENET_DEPTHWISE_OUTPUT_SIZE 896  /* floats, batch included: 1x8x7x16 */
#define MOBILENET_DEPTHWISE_WEIGHTS_SIZE 160  /* floats in the packed blob */
#define MOBILENET_DEPTHWISE_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* depthwise_conv2d (DepthwiseConv2D) 15x14x8 -> 8x7x16, activation relu6
 * Weights blob, in order: depthwise_conv2d (DepthwiseConv2D) at 0, 160 floats.
 * Re-entrant: no static state and no allocation. Returns 0. */
int mobilenet_depthwise(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_MOBILENET_DEPTHWISE_H */
