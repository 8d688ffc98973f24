/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: video_conv3d.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_VIDEO_CONV3D_H
#define CONVGEN_VIDEO_CONV3D_H

#ifdef __cplusplus
extern "C" {
#endif

#define VIDEO_CONV3D_INPUT_SIZE 3600  /* floats, batch included: 1x5x12x10x6 */
#define VIDEO_CONV3D_OUTPUT_SIZE 4800  /* floats, batch included: 1x5x12x10x8 */
#define VIDEO_CONV3D_WEIGHTS_SIZE 872  /* floats in the packed blob */
#define VIDEO_CONV3D_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* conv3d (Conv3D) 5x12x10x6 -> 5x12x10x8, activation gelu
 * Weights blob, in order: conv3d (Conv3D) at 0, 872 floats.
 * Re-entrant: no static state and no allocation. Returns 0. * Threads: compiled with OpenMP (-fopenmp), the large layers split their output rows and
 * filter blocks (never a sum) over a team of the caller's omp_get_max_threads() threads
 * (OMP_NUM_THREADS, omp_set_num_threads): the results are the same bytes for every count.
 * Without OpenMP the code is single-threaded C99 with no dependency. */
int video_conv3d(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_VIDEO_CONV3D_H */
