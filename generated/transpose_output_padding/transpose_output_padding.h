/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: transpose_output_padding.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_TRANSPOSE_OUTPUT_PADDING_H
#define CONVGEN_TRANSPOSE_OUTPUT_PADDING_H

#ifdef __cplusplus
extern "C" {
#endif

#define TRANSPOSE_OUTPUT_PADDING_INPUT_SIZE 60  /* floats, batch included: 1x4x5x3 */
#define TRANSPOSE_OUTPUT_PADDING_OUTPUT_SIZE 560  /* floats, batch included: 1x8x14x5 */
#define TRANSPOSE_OUTPUT_PADDING_WEIGHTS_SIZE 152  /* floats in the packed blob */
#define TRANSPOSE_OUTPUT_PADDING_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* conv2d_transpose (Conv2DTranspose) 4x5x3 -> 8x14x5
 * Weights blob, in order: conv2d_transpose (Conv2DTranspose) at 0, 152 floats.
 * Re-entrant: no static state and no allocation. Returns 0. */
int transpose_output_padding(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_TRANSPOSE_OUTPUT_PADDING_H */
