/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: gated_conv1d.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_GATED_CONV1D_H
#define CONVGEN_GATED_CONV1D_H

#ifdef __cplusplus
extern "C" {
#endif

#define GATED_CONV1D_INPUT_SIZE 1024  /* floats, batch included: 1x64x16 */
#define GATED_CONV1D_OUTPUT_SIZE 512  /* floats, batch included: 1x64x8 */
#define GATED_CONV1D_WEIGHTS_SIZE 4696  /* floats in the packed blob */
#define GATED_CONV1D_WORKSPACE_SIZE 5120  /* floats of scratch the caller provides (may be 0) */

/* b1_filter (Conv1D) 64x16 -> 64x16, activation tanh; b1_gate (Conv1D) 64x16 -> 64x16, activation sigmoid; b1_gated (Multiply) 64x16, 64x16 -> 64x16; b1_res (Conv1D) 64x16 -> 64x16; b1_out (Add) 64x16, 64x16 -> 64x16; b2_filter (Conv1D) 64x16 -> 64x16, activation tanh; b2_gate (Conv1D) 64x16 -> 64x16, activation sigmoid; b2_gated (Multiply) 64x16, 64x16 -> 64x16; b1_skip (Conv1D) 64x16 -> 64x24; b2_skip (Conv1D) 64x16 -> 64x24; skips (Add) 64x24, 64x24 -> 64x24; head (Conv1D) 64x24 -> 64x8, activation relu
 * Weights blob, in order: b1_filter (Conv1D) at 0, 784 floats, b1_gate (Conv1D) at 784, 784 floats, b1_res (Conv1D) at 1568, 272 floats, b2_filter (Conv1D) at 1840, 784 floats, b2_gate (Conv1D) at 2624, 784 floats, b1_skip (Conv1D) at 3408, 544 floats, b2_skip (Conv1D) at 3952, 544 floats, head (Conv1D) at 4496, 200 floats.
 * Re-entrant: no static state and no allocation. Returns 0. */
int gated_conv1d(const float *input, const float *weights, float *output, float *workspace);

/* The spec's weights, packed (gated_conv1d_weights.c, or gated_conv1d_weights.S with .bin): pass them
 * as `weights`. */
extern const float gated_conv1d_weights[GATED_CONV1D_WEIGHTS_SIZE];

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_GATED_CONV1D_H */
