/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: wavenet_kws.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_WAVENET_KWS_H
#define CONVGEN_WAVENET_KWS_H

#ifdef __cplusplus
extern "C" {
#endif

#define WAVENET_KWS_INPUT_SIZE 3920  /* floats, batch included: 1x98x40 */
#define WAVENET_KWS_OUTPUT_SIZE 1176  /* floats, batch included: 1x98x12 */
#define WAVENET_KWS_WEIGHTS_SIZE 13712  /* floats in the packed blob */
#define WAVENET_KWS_WORKSPACE_SIZE 6272  /* floats of scratch the caller provides (may be 0) */

/* conv1d (Conv1D) 98x40 -> 98x32, activation tanh; conv1d_1 (Conv1D) 98x32 -> 98x32, activation tanh; conv1d_2 (Conv1D) 98x32 -> 98x32, activation tanh; conv1d_3 (Conv1D) 98x32 -> 98x32, activation relu; conv1d_4 (Conv1D) 98x32 -> 98x12, activation softmax
 * Weights blob, in order: conv1d (Conv1D) at 0, 3872 floats, conv1d_1 (Conv1D) at 3872, 3104 floats, conv1d_2 (Conv1D) at 6976, 3104 floats, conv1d_3 (Conv1D) at 10080, 3104 floats, conv1d_4 (Conv1D) at 13184, 528 floats.
 * Re-entrant: no static state and no allocation. Returns 0. */
int wavenet_kws(const float *input, const float *weights, float *output, float *workspace);

/* The spec's weights, packed (wavenet_kws_weights.c, or wavenet_kws_weights.S with .bin): pass them
 * as `weights`. */
extern const float wavenet_kws_weights[WAVENET_KWS_WEIGHTS_SIZE];

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_WAVENET_KWS_H */
