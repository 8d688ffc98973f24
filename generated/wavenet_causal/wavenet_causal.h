/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: wavenet_causal.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_WAVENET_CAUSAL_H
#define CONVGEN_WAVENET_CAUSAL_H

#ifdef __cplusplus
extern "C" {
#endif

#define WAVENET_CAUSAL_INPUT_SIZE 3200  /* floats, batch included: 2x100x16 */
#define WAVENET_CAUSAL_OUTPUT_SIZE 4800  /* floats, batch included: 2x100x24 */
#define WAVENET_CAUSAL_WEIGHTS_SIZE 1568  /* floats in the packed blob */
#define WAVENET_CAUSAL_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* conv1d (Conv1D) 100x16 -> 100x24, activation tanh
 * Weights blob, in order: conv1d (Conv1D) at 0, 1568 floats.
 * Re-entrant: no static state and no allocation. Returns 0. * Threads: compiled with OpenMP (-fopenmp), the large layers split their output rows and
 * filter blocks (never a sum) over a team of the caller's omp_get_max_threads() threads
 * (OMP_NUM_THREADS, omp_set_num_threads): the results are the same bytes for every count.
 * Without OpenMP the code is single-threaded C99 with no dependency. */
int wavenet_causal(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_WAVENET_CAUSAL_H */
