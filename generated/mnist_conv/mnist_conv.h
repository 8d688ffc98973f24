/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: mnist_conv.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_MNIST_CONV_H
#define CONVGEN_MNIST_CONV_H

#ifdef __cplusplus
extern "C" {
#endif

#define MNIST_CONV_INPUT_SIZE 784  /* floats, batch included: 1x28x28x1 */
#define MNIST_CONV_OUTPUT_SIZE 4608  /* floats, batch included: 1x24x24x8 */
#define MNIST_CONV_WEIGHTS_SIZE 208  /* floats in the packed blob */
#define MNIST_CONV_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* conv1 (Conv2D) 28x28x1 -> 24x24x8, activation relu
 * Weights blob, in order: conv1 (Conv2D) at 0, 208 floats.
 * Re-entrant: no static state and no allocation. Returns 0. */
int mnist_conv(const float *input, const float *weights, float *output, float *workspace);

/* The spec's weights, packed (mnist_conv_weights.c, or mnist_conv_weights.S with .bin): pass them
 * as `weights`. */
extern const float mnist_conv_weights[MNIST_CONV_WEIGHTS_SIZE];

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_MNIST_CONV_H */
