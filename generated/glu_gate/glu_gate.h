/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: glu_gate.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_GLU_GATE_H
#define CONVGEN_GLU_GATE_H

#ifdef __cplusplus
extern "C" {
#endif

#define GLU_GATE_INPUT_SIZE 240  /* floats, batch included: 1x30x8 */
#define GLU_GATE_OUTPUT_SIZE 240  /* floats, batch included: 1x30x8 */
#define GLU_GATE_WEIGHTS_SIZE 656  /* floats in the packed blob */
#define GLU_GATE_WORKSPACE_SIZE 480  /* floats of scratch the caller provides (may be 0) */

/* conv1d (Conv1D) 30x8 -> 30x8, activation glu
 * Weights blob, in order: conv1d (Conv1D) at 0, 656 floats.
 * Re-entrant: no static state and no allocation. Returns 0. */
int glu_gate(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_GLU_GATE_H */
