/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: separable1d_cf.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_SEPARABLE1D_CF_H
#define CONVGEN_SEPARABLE1D_CF_H

#ifdef __cplusplus
extern "C" {
#endif

#define SEPARABLE1D_CF_INPUT_SIZE 198  /* floats, batch included: 1x6x33 */
#define SEPARABLE1D_CF_OUTPUT_SIZE 136  /* floats, batch included: 1x8x17 */
#define SEPARABLE1D_CF_WEIGHTS_SIZE 74  /* floats in the packed blob */
#define SEPARABLE1D_CF_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* separable_conv1d (SeparableConv1D) 6x33 -> 8x17, activation tanh
 * Weights blob, in order: separable_conv1d (SeparableConv1D) at 0, 74 floats.
 * Re-entrant: no static state and no allocation. Returns 0. */
int separable1d_cf(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_SEPARABLE1D_CF_H */
