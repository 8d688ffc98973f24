/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: grouped_dilated.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_GROUPED_DILATED_H
#define CONVGEN_GROUPED_DILATED_H

#ifdef __cplusplus
extern "C" {
#endif

#define GROUPED_DILATED_INPUT_SIZE 3420  /* floats, batch included: 1x19x15x12 */
#define GROUPED_DILATED_OUTPUT_SIZE 3600  /* floats, batch included: 1x15x12x20 */
#define GROUPED_DILATED_WEIGHTS_SIZE 380  /* floats in the packed blob */
#define GROUPED_DILATED_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* conv2d (Conv2D) 19x15x12 -> 15x12x20, activation elu
 * Weights blob, in order: conv2d (Conv2D) at 0, 380 floats.
 * Re-entrant: no static state and no allocation. Returns 0. */
int grouped_dilated(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_GROUPED_DILATED_H */
