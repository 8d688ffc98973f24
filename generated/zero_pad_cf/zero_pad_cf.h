/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: zero_pad_cf.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_ZERO_PAD_CF_H
#define CONVGEN_ZERO_PAD_CF_H

#ifdef __cplusplus
extern "C" {
#endif

#define ZERO_PAD_CF_INPUT_SIZE 504  /* floats, batch included: 2x4x9x7 */
#define ZERO_PAD_CF_OUTPUT_SIZE 792  /* floats, batch included: 2x4x11x9 */
#define ZERO_PAD_CF_WEIGHTS_SIZE 0  /* floats in the packed blob */
#define ZERO_PAD_CF_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* zero_padding2d (ZeroPadding2D) 4x9x7 -> 4x11x9
 * Weights blob, in order: none.
 * Re-entrant: no static state and no allocation. Returns 0. */
int zero_pad_cf(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_ZERO_PAD_CF_H */
