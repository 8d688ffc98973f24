/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: video_transpose3d.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_VIDEO_TRANSPOSE3D_H
#define CONVGEN_VIDEO_TRANSPOSE3D_H

#ifdef __cplusplus
extern "C" {
#endif

#define VIDEO_TRANSPOSE3D_INPUT_SIZE 480  /* floats, batch included: 2x4x3x5x4 */
#define VIDEO_TRANSPOSE3D_OUTPUT_SIZE 2376  /* floats, batch included: 2x3x4x11x9 */
#define VIDEO_TRANSPOSE3D_WEIGHTS_SIZE 584  /* floats in the packed blob */
#define VIDEO_TRANSPOSE3D_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* conv3d_transpose (Conv3DTranspose) 4x3x5x4 -> 3x4x11x9
 * Weights blob, in order: conv3d_transpose (Conv3DTranspose) at 0, 584 floats.
 * Re-entrant: no static state and no allocation. Returns 0. */
int video_transpose3d(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_VIDEO_TRANSPOSE3D_H */
