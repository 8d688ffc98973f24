/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: kws_depthwise1d.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_KWS_DEPTHWISE1D_H
#define CONVGEN_KWS_DEPTHWISE1D_H

#ifdef __cplusplus
extern "C" {
#endif

#define KWS_DEPTHWISE1D_INPUT_SIZE 960  /* floats, batch included: 2x40x12 */
#define KWS_DEPTHWISE1D_OUTPUT_SIZE 2592  /* floats, batch included: 2x36x36 */
#define KWS_DEPTHWISE1D_WEIGHTS_SIZE 216  /* floats in the packed blob */
#define KWS_DEPTHWISE1D_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* depthwise_conv1d (DepthwiseConv1D) 40x12 -> 36x36, activation swish
 * Weights blob, in order: depthwise_conv1d (DepthwiseConv1D) at 0, 216 floats.
 * Re-entrant: no static state and no allocation. Returns 0. */
int kws_depthwise1d(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_KWS_DEPTHWISE1D_H */
