/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: conv3d_cf_strided.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_CONV3D_CF_STRIDED_H
#define CONVGEN_CONV3D_CF_STRIDED_H

#ifdef __cplusplus
extern "C" {
#endif

#define CONV3D_CF_STRIDED_INPUT_SIZE 4158  /* floats, batch included: 2x3x7x9x11 */
#define CONV3D_CF_STRIDED_OUTPUT_SIZE 576  /* floats, batch included: 2x4x6x4x3 */
#define CONV3D_CF_STRIDED_WEIGHTS_SIZE 440  /* floats in the packed blob */
#define CONV3D_CF_STRIDED_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* conv3d (Conv3D) 3x7x9x11 -> 4x6x4x3, activation sigmoid
 * Weights blob, in order: conv3d (Conv3D) at 0, 440 floats.
 * Re-entrant: no static state and no allocation. Returns 0. */
int conv3d_cf_strided(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_CONV3D_CF_STRIDED_H */
