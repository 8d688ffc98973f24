/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: decoder_transpose.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_DECODER_TRANSPOSE_H
#define CONVGEN_DECODER_TRANSPOSE_H

#ifdef __cplusplus
extern "C" {
#endif

#define DECODER_TRANSPOSE_INPUT_SIZE 1008  /* floats, batch included: 1x7x9x16 */
#define DECODER_TRANSPOSE_OUTPUT_SIZE 2016  /* floats, batch included: 1x14x18x8 */
#define DECODER_TRANSPOSE_WEIGHTS_SIZE 1160  /* floats in the packed blob */
#define DECODER_TRANSPOSE_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* conv2d_transpose (Conv2DTranspose) 7x9x16 -> 14x18x8, activation relu
 * Weights blob, in order: conv2d_transpose (Conv2DTranspose) at 0, 1160 floats.
 * Re-entrant: no static state and no allocation. Returns 0. */
int decoder_transpose(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_DECODER_TRANSPOSE_H */
