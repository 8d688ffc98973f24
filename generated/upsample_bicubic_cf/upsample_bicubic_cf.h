/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: upsample_bicubic_cf.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_UPSAMPLE_BICUBIC_CF_H
#define CONVGEN_UPSAMPLE_BICUBIC_CF_H

#ifdef __cplusplus
extern "C" {
#endif

#define UPSAMPLE_BICUBIC_CF_INPUT_SIZE 240  /* floats, batch included: 1x3x8x10 */
#define UPSAMPLE_BICUBIC_CF_OUTPUT_SIZE 1440  /* floats, batch included: 1x3x24x20 */
#define UPSAMPLE_BICUBIC_CF_WEIGHTS_SIZE 0  /* floats in the packed blob */
#define UPSAMPLE_BICUBIC_CF_WORKSPACE_SIZE 10  /* floats of scratch the caller provides (may be 0) */

/* up_sampling2d (UpSampling2D) 3x8x10 -> 3x24x20, bicubic
 * Weights blob, in order: none.
 * Re-entrant: no static state and no allocation. Returns 0. */
int upsample_bicubic_cf(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_UPSAMPLE_BICUBIC_CF_H */
