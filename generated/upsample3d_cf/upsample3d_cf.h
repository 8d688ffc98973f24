/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: upsample3d_cf.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_UPSAMPLE3D_CF_H
#define CONVGEN_UPSAMPLE3D_CF_H

#ifdef __cplusplus
extern "C" {
#endif

#define UPSAMPLE3D_CF_INPUT_SIZE 120  /* floats, batch included: 1x2x3x4x5 */
#define UPSAMPLE3D_CF_OUTPUT_SIZE 720  /* floats, batch included: 1x2x6x4x15 */
#define UPSAMPLE3D_CF_WEIGHTS_SIZE 0  /* floats in the packed blob */
#define UPSAMPLE3D_CF_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* up_sampling3d (UpSampling3D) 2x3x4x5 -> 2x6x4x15
 * Weights blob, in order: none.
 * Re-entrant: no static state and no allocation. Returns 0. */
int upsample3d_cf(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_UPSAMPLE3D_CF_H */
