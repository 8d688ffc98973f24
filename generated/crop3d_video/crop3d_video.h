/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: crop3d_video.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_CROP3D_VIDEO_H
#define CONVGEN_CROP3D_VIDEO_H

#ifdef __cplusplus
extern "C" {
#endif

#define CROP3D_VIDEO_INPUT_SIZE 2160  /* floats, batch included: 1x6x10x12x3 */
#define CROP3D_VIDEO_OUTPUT_SIZE 432  /* floats, batch included: 1x4x6x6x3 */
#define CROP3D_VIDEO_WEIGHTS_SIZE 0  /* floats in the packed blob */
#define CROP3D_VIDEO_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* cropping3d (Cropping3D) 6x10x12x3 -> 4x6x6x3
 * Weights blob, in order: none.
 * Re-entrant: no static state and no allocation. Returns 0. */
int crop3d_video(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_CROP3D_VIDEO_H */
