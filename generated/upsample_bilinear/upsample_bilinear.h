/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: upsample_bilinear.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_UPSAMPLE_BILINEAR_H
#define CONVGEN_UPSAMPLE_BILINEAR_H

#ifdef __cplusplus
extern "C" {
#endif

#define UPSAMPLE_BILINEAR_INPUT_SIZE 6272  /* floats, batch included: 1x14x14x32 */
#define UPSAMPLE_BILINEAR_OUTPUT_SIZE 25088  /* floats, batch included: 1x28x28x32 */
#define UPSAMPLE_BILINEAR_WEIGHTS_SIZE 0  /* floats in the packed blob */
#define UPSAMPLE_BILINEAR_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* up_sampling2d (UpSampling2D) 14x14x32 -> 28x28x32, bilinear
 * Weights blob, in order: none.
 * Re-entrant: no static state and no allocation. Returns 0. */
int upsample_bilinear(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_UPSAMPLE_BILINEAR_H */
