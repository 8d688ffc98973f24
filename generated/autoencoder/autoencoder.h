/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: autoencoder.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_AUTOENCODER_H
#define CONVGEN_AUTOENCODER_H

#ifdef __cplusplus
extern "C" {
#endif

#define AUTOENCODER_INPUT_SIZE 784  /* floats, batch included: 1x28x28x1 */
#define AUTOENCODER_OUTPUT_SIZE 784  /* floats, batch included: 1x28x28x1 */
#define AUTOENCODER_WEIGHTS_SIZE 2488  /* floats in the packed blob */
#define AUTOENCODER_WORKSPACE_SIZE 7840  /* floats of scratch the caller provides (may be 0) */

/* conv2d (Conv2D) 28x28x1 -> 14x14x16, activation relu; conv2d_1 (Conv2D) 14x14x16 -> 7x7x8, activation relu; conv2d_transpose (Conv2DTranspose) 7x7x8 -> 14x14x8, activation relu; up_sampling2d (UpSampling2D) 14x14x8 -> 28x28x8, bilinear; conv2d_2 (Conv2D) 28x28x8 -> 28x28x1, activation sigmoid
 * Weights blob, in order: conv2d (Conv2D) at 0, 160 floats, conv2d_1 (Conv2D) at 160, 1160 floats, conv2d_transpose (Conv2DTranspose) at 1320, 584 floats, conv2d_2 (Conv2D) at 1904, 584 floats.
 * Re-entrant: no static state and no allocation. Returns 0. * Threads: compiled with OpenMP (-fopenmp), the large layers split their output rows and
 * filter blocks (never a sum) over a team of the caller's omp_get_max_threads() threads
 * (OMP_NUM_THREADS, omp_set_num_threads): the results are the same bytes for every count.
 * Without OpenMP the code is single-threaded C99 with no dependency. */
int autoencoder(const float *input, const float *weights, float *output, float *workspace);

/* The spec's weights, packed (autoencoder_weights.c, or autoencoder_weights.S with .bin): pass them
 * as `weights`. */
extern const float autoencoder_weights[AUTOENCODER_WEIGHTS_SIZE];

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_AUTOENCODER_H */
