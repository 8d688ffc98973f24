/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: upsample1d.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_UPSAMPLE1D_H
#define CONVGEN_UPSAMPLE1D_H

#ifdef __cplusplus
extern "C" {
#endif

#define UPSAMPLE1D_INPUT_SIZE 144  /* floats, batch included: 2x12x6 */
#define UPSAMPLE1D_OUTPUT_SIZE 432  /* floats, batch included: 2x36x6 */
#define UPSAMPLE1D_WEIGHTS_SIZE 0  /* floats in the packed blob */
#define UPSAMPLE1D_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* up_sampling1d (UpSampling1D) 12x6 -> 36x6
 * Weights blob, in order: none.
 * Re-entrant: no static state and no allocation. Returns 0. */
int upsample1d(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_UPSAMPLE1D_H */
