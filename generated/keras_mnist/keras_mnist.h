/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: keras_mnist.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_KERAS_MNIST_H
#define CONVGEN_KERAS_MNIST_H

#ifdef __cplusplus
extern "C" {
#endif

#define KERAS_MNIST_INPUT_SIZE 784  /* floats, batch included: 1x28x28x1 */
#define KERAS_MNIST_OUTPUT_SIZE 10  /* floats, batch included: 1x10 */
#define KERAS_MNIST_WEIGHTS_SIZE 34826  /* floats in the packed blob */
#define KERAS_MNIST_WORKSPACE_SIZE 8288  /* floats of scratch the caller provides (may be 0) */

/* conv2d (Conv2D) 28x28x1 -> 26x26x32, activation relu; max_pooling2d (MaxPooling2D) 26x26x32 -> 13x13x32; conv2d_1 (Conv2D) 13x13x32 -> 11x11x64, activation relu; max_pooling2d_1 (MaxPooling2D) 11x11x64 -> 5x5x64; flatten (Flatten) 5x5x64 -> 1600; dropout (Dropout) 1600 -> 1600; dense (Dense) 1600 -> 10, activation softmax
 * Weights blob, in order: conv2d (Conv2D) at 0, 320 floats, conv2d_1 (Conv2D) at 320, 18496 floats, dense (Dense) at 18816, 16010 floats.
 * Re-entrant: no static state and no allocation. Returns 0. * Threads: compiled with OpenMP (-fopenmp), the large layers split their output rows and
 * filter blocks (never a sum) over a team of the caller's omp_get_max_threads() threads
 * (OMP_NUM_THREADS, omp_set_num_threads): the results are the same bytes for every count.
 * Without OpenMP the code is single-threaded C99 with no dependency. */
int keras_mnist(const float *input, const float *weights, float *output, float *workspace);

/* The spec's weights, packed (keras_mnist_weights.c, or keras_mnist_weights.S with .bin): pass them
 * as `weights`. */
extern const float keras_mnist_weights[KERAS_MNIST_WEIGHTS_SIZE];

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_KERAS_MNIST_H */
