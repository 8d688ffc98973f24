/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: strided_cf.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_STRIDED_CF_H
#define CONVGEN_STRIDED_CF_H

#ifdef __cplusplus
extern "C" {
#endif

#define STRIDED_CF_INPUT_SIZE 2346  /* floats, batch included: 1x6x17x23 */
#define STRIDED_CF_OUTPUT_SIZE 720  /* floats, batch included: 1x10x9x8 */
#define STRIDED_CF_WEIGHTS_SIZE 1168  /* floats in the packed blob */
#define STRIDED_CF_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* conv2d (Conv2D) 6x17x23 -> 10x9x8, activation leaky_relu
 * Weights blob, in order: conv2d (Conv2D) at 0, 1168 floats.
 * Re-entrant: no static state and no allocation. Returns 0. */
int strided_cf(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_STRIDED_CF_H */
