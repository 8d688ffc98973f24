/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: kws_conv1d.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_KWS_CONV1D_H
#define CONVGEN_KWS_CONV1D_H

#ifdef __cplusplus
extern "C" {
#endif

#define KWS_CONV1D_INPUT_SIZE 1960  /* floats, batch included: 1x49x40 */
#define KWS_CONV1D_OUTPUT_SIZE 800  /* floats, batch included: 1x25x32 */
#define KWS_CONV1D_WEIGHTS_SIZE 12832  /* floats in the packed blob */
#define KWS_CONV1D_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* conv1d (Conv1D) 49x40 -> 25x32, activation hard_swish
 * Weights blob, in order: conv1d (Conv1D) at 0, 12832 floats.
 * Re-entrant: no static state and no allocation. Returns 0. */
int kws_conv1d(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_KWS_CONV1D_H */
