/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: full_kernel.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_FULL_KERNEL_H
#define CONVGEN_FULL_KERNEL_H

#ifdef __cplusplus
extern "C" {
#endif

#define FULL_KERNEL_INPUT_SIZE 315  /* floats, batch included: 3x7x5x3 */
#define FULL_KERNEL_OUTPUT_SIZE 18  /* floats, batch included: 3x1x1x6 */
#define FULL_KERNEL_WEIGHTS_SIZE 848  /* floats in the packed blob */
#define FULL_KERNEL_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* conv2d (Conv2D) 7x5x3 -> 1x1x6, activation sparsemax
 * Weights blob, in order: conv2d (Conv2D) at 0, 848 floats.
 * Re-entrant: no static state and no allocation. Returns 0. */
int full_kernel(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_FULL_KERNEL_H */
