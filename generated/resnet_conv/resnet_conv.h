/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: resnet_conv.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_RESNET_CONV_H
#define CONVGEN_RESNET_CONV_H

#ifdef __cplusplus
extern "C" {
#endif

#define RESNET_CONV_INPUT_SIZE 200704  /* floats, batch included: 1x56x56x64 */
#define RESNET_CONV_OUTPUT_SIZE 200704  /* floats, batch included: 1x56x56x64 */
#define RESNET_CONV_WEIGHTS_SIZE 36928  /* floats in the packed blob */
#define RESNET_CONV_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* conv2d (Conv2D) 56x56x64 -> 56x56x64, activation relu
 * Weights blob, in order: conv2d (Conv2D) at 0, 36928 floats.
 * Re-entrant: no static state and no allocation. Returns 0. * Threads: compiled with OpenMP (-fopenmp), the large layers split their output rows and
 * filter blocks (never a sum) over a team of the caller's omp_get_max_threads() threads
 * (OMP_NUM_THREADS, omp_set_num_threads): the results are the same bytes for every count.
 * Without OpenMP the code is single-threaded C99 with no dependency. */
int resnet_conv(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_RESNET_CONV_H */
