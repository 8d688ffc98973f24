/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: pad1d_causal.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_PAD1D_CAUSAL_H
#define CONVGEN_PAD1D_CAUSAL_H

#ifdef __cplusplus
extern "C" {
#endif

#define PAD1D_CAUSAL_INPUT_SIZE 300  /* floats, batch included: 1x50x6 */
#define PAD1D_CAUSAL_OUTPUT_SIZE 324  /* floats, batch included: 1x54x6 */
#define PAD1D_CAUSAL_WEIGHTS_SIZE 0  /* floats in the packed blob */
#define PAD1D_CAUSAL_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* zero_padding1d (ZeroPadding1D) 50x6 -> 54x6
 * Weights blob, in order: none.
 * Re-entrant: no static state and no allocation. Returns 0. */
int pad1d_causal(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_PAD1D_CAUSAL_H */
