/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: resblock.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_RESBLOCK_H
#define CONVGEN_RESBLOCK_H

#ifdef __cplusplus
extern "C" {
#endif

#define RESBLOCK_INPUT_SIZE 4096  /* floats, batch included: 1x16x16x16 */
#define RESBLOCK_OUTPUT_SIZE 2048  /* floats, batch included: 1x16x16x8 */
#define RESBLOCK_WEIGHTS_SIZE 9416  /* floats in the packed blob */
#define RESBLOCK_WORKSPACE_SIZE 12288  /* floats of scratch the caller provides (may be 0) */

/* b1_conv1 (Conv2D) 16x16x16 -> 16x16x16, activation relu; b1_conv2 (Conv2D) 16x16x16 -> 16x16x16; b1_sum (Add) 16x16x16, 16x16x16 -> 16x16x16; b2_conv1 (Conv2D) 16x16x16 -> 16x16x16, activation relu; b2_conv2 (Conv2D) 16x16x16 -> 16x16x16; b2_sum (Add) 16x16x16, 16x16x16 -> 16x16x16; head (Conv2D) 16x16x16 -> 16x16x8, activation relu
 * Weights blob, in order: b1_conv1 (Conv2D) at 0, 2320 floats, b1_conv2 (Conv2D) at 2320, 2320 floats, b2_conv1 (Conv2D) at 4640, 2320 floats, b2_conv2 (Conv2D) at 6960, 2320 floats, head (Conv2D) at 9280, 136 floats.
 * Re-entrant: no static state and no allocation. Returns 0. * Threads: compiled with OpenMP (-fopenmp), the large layers split their output rows and
 * filter blocks (never a sum) over a team of the caller's omp_get_max_threads() threads
 * (OMP_NUM_THREADS, omp_set_num_threads): the results are the same bytes for every count.
 * Without OpenMP the code is single-threaded C99 with no dependency. */
int resblock(const float *input, const float *weights, float *output, float *workspace);

/* The spec's weights, packed (resblock_weights.c, or resblock_weights.S with .bin): pass them
 * as `weights`. */
extern const float resblock_weights[RESBLOCK_WEIGHTS_SIZE];

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_RESBLOCK_H */
