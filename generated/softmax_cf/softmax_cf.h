/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: softmax_cf.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_SOFTMAX_CF_H
#define CONVGEN_SOFTMAX_CF_H

#ifdef __cplusplus
extern "C" {
#endif

#define SOFTMAX_CF_INPUT_SIZE 252  /* floats, batch included: 1x4x9x7 */
#define SOFTMAX_CF_OUTPUT_SIZE 315  /* floats, batch included: 1x5x9x7 */
#define SOFTMAX_CF_WEIGHTS_SIZE 296  /* floats in the packed blob */
#define SOFTMAX_CF_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* conv2d (Conv2D) 4x9x7 -> 5x9x7, activation softmax
 * Weights blob, in order: conv2d (Conv2D) at 0, 296 floats.
 * Re-entrant: no static state and no allocation. Returns 0. */
int softmax_cf(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_SOFTMAX_CF_H */
