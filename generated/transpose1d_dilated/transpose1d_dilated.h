/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: transpose1d_dilated.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_TRANSPOSE1D_DILATED_H
#define CONVGEN_TRANSPOSE1D_DILATED_H

#ifdef __cplusplus
extern "C" {
#endif

#define TRANSPOSE1D_DILATED_INPUT_SIZE 40  /* floats, batch included: 1x10x4 */
#define TRANSPOSE1D_DILATED_OUTPUT_SIZE 96  /* floats, batch included: 1x16x6 */
#define TRANSPOSE1D_DILATED_WEIGHTS_SIZE 104  /* floats in the packed blob */
#define TRANSPOSE1D_DILATED_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* conv1d_transpose (Conv1DTranspose) 10x4 -> 16x6, activation sigmoid
 * Weights blob, in order: conv1d_transpose (Conv1DTranspose) at 0, 104 floats.
 * Re-entrant: no static state and no allocation. Returns 0. */
int transpose1d_dilated(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_TRANSPOSE1D_DILATED_H */
