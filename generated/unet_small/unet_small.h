/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: unet_small.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_UNET_SMALL_H
#define CONVGEN_UNET_SMALL_H

#ifdef __cplusplus
extern "C" {
#endif

#define UNET_SMALL_INPUT_SIZE 3072  /* floats, batch included: 1x32x32x3 */
#define UNET_SMALL_OUTPUT_SIZE 3072  /* floats, batch included: 1x32x32x3 */
#define UNET_SMALL_WEIGHTS_SIZE 19408  /* floats in the packed blob */
#define UNET_SMALL_WORKSPACE_SIZE 49152  /* floats of scratch the caller provides (may be 0) */

/* enc1 (Conv2D) 32x32x3 -> 32x32x8, activation relu; down1 (Conv2D) 32x32x8 -> 16x16x16, activation relu; enc2 (Conv2D) 16x16x16 -> 16x16x16, activation relu; down2 (Conv2D) 16x16x16 -> 8x8x32, activation relu; up2 (Conv2DTranspose) 8x8x32 -> 16x16x16, activation relu; cat2 (Concatenate) 16x16x16, 16x16x16 -> 16x16x32; dec2 (Conv2D) 16x16x32 -> 16x16x16, activation relu; up1 (UpSampling2D) 16x16x16 -> 32x32x16, bilinear; cat1 (Concatenate) 32x32x16, 32x32x8 -> 32x32x24; dec1 (Conv2D) 32x32x24 -> 32x32x8, activation relu; head (Conv2D) 32x32x8 -> 32x32x3, activation softmax
 * Weights blob, in order: enc1 (Conv2D) at 0, 224 floats, down1 (Conv2D) at 224, 1168 floats, enc2 (Conv2D) at 1392, 2320 floats, down2 (Conv2D) at 3712, 4640 floats, up2 (Conv2DTranspose) at 8352, 4624 floats, dec2 (Conv2D) at 12976, 4624 floats, dec1 (Conv2D) at 17600, 1736 floats, head (Conv2D) at 19336, 72 floats.
 * Re-entrant: no static state and no allocation. Returns 0. * Threads: compiled with OpenMP (-fopenmp), the large layers split their output rows and
 * filter blocks (never a sum) over a team of the caller's omp_get_max_threads() threads
 * (OMP_NUM_THREADS, omp_set_num_threads): the results are the same bytes for every count.
 * Without OpenMP the code is single-threaded C99 with no dependency. */
int unet_small(const float *input, const float *weights, float *output, float *workspace);

/* The spec's weights, packed (unet_small_weights.c, or unet_small_weights.S with .bin): pass them
 * as `weights`. */
extern const float unet_small_weights[UNET_SMALL_WEIGHTS_SIZE];

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_UNET_SMALL_H */
