/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: mnist_cnn.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_MNIST_CNN_H
#define CONVGEN_MNIST_CNN_H

#ifdef __cplusplus
extern "C" {
#endif

#define MNIST_CNN_INPUT_SIZE 784  /* floats, batch included: 1x28x28x1 */
#define MNIST_CNN_OUTPUT_SIZE 10  /* floats, batch included: 1x1x1x10 */
#define MNIST_CNN_WEIGHTS_SIZE 34560  /* floats in the packed blob */
#define MNIST_CNN_WORKSPACE_SIZE 8112  /* floats of scratch the caller provides (may be 0) */

/* conv2d (Conv2D) 28x28x1 -> 26x26x8, activation relu; zero_padding2d (ZeroPadding2D) 26x26x8 -> 28x28x8; conv2d_1 (Conv2D) 28x28x8 -> 13x13x16, activation relu; conv2d_2 (Conv2D) 13x13x16 -> 11x11x16, activation relu; conv2d_3 (Conv2D) 11x11x16 -> 1x1x10, activation softmax
 * Weights blob, in order: conv2d (Conv2D) at 0, 80 floats, conv2d_1 (Conv2D) at 80, 1168 floats, conv2d_2 (Conv2D) at 1248, 2320 floats, conv2d_3 (Conv2D) at 3568, 30992 floats.
 * Re-entrant: no static state and no allocation. Returns 0. * Threads: compiled with OpenMP (-fopenmp), the large layers split their output rows and
 * filter blocks (never a sum) over a team of the caller's omp_get_max_threads() threads
 * (OMP_NUM_THREADS, omp_set_num_threads): the results are the same bytes for every count.
 * Without OpenMP the code is single-threaded C99 with no dependency. */
int mnist_cnn(const float *input, const float *weights, float *output, float *workspace);

/* The spec's weights, packed (mnist_cnn_weights.c, or mnist_cnn_weights.S with .bin): pass them
 * as `weights`. */
extern const float mnist_cnn_weights[MNIST_CNN_WEIGHTS_SIZE];

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_MNIST_CNN_H */
