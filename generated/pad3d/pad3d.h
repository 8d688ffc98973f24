/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: pad3d.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_PAD3D_H
#define CONVGEN_PAD3D_H

#ifdef __cplusplus
extern "C" {
#endif

#define PAD3D_INPUT_SIZE 120  /* floats, batch included: 1x3x5x4x2 */
#define PAD3D_OUTPUT_SIZE 420  /* floats, batch included: 1x5x7x6x2 */
#define PAD3D_WEIGHTS_SIZE 0  /* floats in the packed blob */
#define PAD3D_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* zero_padding3d (ZeroPadding3D) 3x5x4x2 -> 5x7x6x2
 * Weights blob, in order: none.
 * Re-entrant: no static state and no allocation. Returns 0. */
int pad3d(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_PAD3D_H */
