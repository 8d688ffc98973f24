/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: upsample_nearest.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_UPSAMPLE_NEAREST_H
#define CONVGEN_UPSAMPLE_NEAREST_H

#ifdef __cplusplus
extern "C" {
#endif

#define UPSAMPLE_NEAREST_INPUT_SIZE 1008  /* floats, batch included: 1x7x9x16 */
#define UPSAMPLE_NEAREST_OUTPUT_SIZE 6048  /* floats, batch included: 1x14x27x16 */
#define UPSAMPLE_NEAREST_WEIGHTS_SIZE 0  /* floats in the packed blob */
#define UPSAMPLE_NEAREST_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* up_sampling2d (UpSampling2D) 7x9x16 -> 14x27x16
 * Weights blob, in order: none.
 * Re-entrant: no static state and no allocation. Returns 0. */
int upsample_nearest(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_UPSAMPLE_NEAREST_H */
