/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: crop1d.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_CROP1D_H
#define CONVGEN_CROP1D_H

#ifdef __cplusplus
extern "C" {
#endif

#define CROP1D_INPUT_SIZE 100  /* floats, batch included: 1x20x5 */
#define CROP1D_OUTPUT_SIZE 90  /* floats, batch included: 1x18x5 */
#define CROP1D_WEIGHTS_SIZE 0  /* floats in the packed blob */
#define CROP1D_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* cropping1d (Cropping1D) 20x5 -> 18x5
 * Weights blob, in order: none.
 * Re-entrant: no static state and no allocation. Returns 0. */
int crop1d(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_CROP1D_H */
