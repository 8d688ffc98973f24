/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: upsample_lanczos.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_UPSAMPLE_LANCZOS_H
#define CONVGEN_UPSAMPLE_LANCZOS_H

#ifdef __cplusplus
extern "C" {
#endif

#define UPSAMPLE_LANCZOS_INPUT_SIZE 252  /* floats, batch included: 1x9x7x4 */
#define UPSAMPLE_LANCZOS_OUTPUT_SIZE 1008  /* floats, batch included: 1x18x14x4 */
#define UPSAMPLE_LANCZOS_WEIGHTS_SIZE 0  /* floats in the packed blob */
#define UPSAMPLE_LANCZOS_WORKSPACE_SIZE 28  /* floats of scratch the caller provides (may be 0) */

/* up_sampling2d (UpSampling2D) 9x7x4 -> 18x14x4, lanczos3
 * Weights blob, in order: none.
 * Re-entrant: no static state and no allocation. Returns 0. */
int upsample_lanczos(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_UPSAMPLE_LANCZOS_H */
