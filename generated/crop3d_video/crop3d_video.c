/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: crop3d_video.yaml
 *   Template: model.c.j2, reshape.c.j2
 */
#include "crop3d_video.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */

/* cropping3d (Cropping3D) 6x10x12x3 -> 4x6x6x3
 * Pure data movement, by rows: output row (n, c, d, h) is input row
 * (n, c, d / 1 + (1), h / 1 + (2)) or zeros when that lies outside
 * the input. A row is 6 pixels of 3 float(s), contiguous in memory.
 * 1-D and 2-D layers run as 3-D ones with unit leading axes.
 *   input  1x6x10x12x3: strides n=2160 c=1 d=360 h=36 w=3
 *   output 1x4x6x6x3: strides n=432 c=1 d=108 h=18 w=3
 * Workspace: none. */
/* GCC 12 at -O3 mis-vectorises the outer loop of this nest (rows copied from the wrong place,
 * shape-dependent): keep GCC's loop vectoriser out; it still turns the row runs into
 * memset/memcpy-like code. */
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-loop-vectorize")))
#endif
static int crop3d_video_layer0(const float *input, const float *weights, float *output,
                               float *workspace)
{
    (void)weights;
    (void)workspace;
    for (int n = 0; n < 1; ++n)
    for (int c = 0; c < 1; ++c)
    for (int od = 0; od < 4; ++od)
    for (int oh = 0; oh < 6; ++oh) {
        const int id = od + 1;
        const int ih = oh + 2;
        float *y = output + n * 432 + c + od * 108 + oh * 18;
        if (id >= 0 && id < 6 && ih >= 0 && ih < 10) {
            const float *x = input + n * 2160 + c + id * 360 + ih * 36;
            for (int i = 0; i < 18; ++i)
                y[i] = x[i + 9];
        } else {
            for (int i = 0; i < 18; ++i)
                y[i] = 0.0f;
        }
    }
    return 0;
}

/* cropping3d (Cropping3D) 6x10x12x3 -> 4x6x6x3
 * Workspace: 0 floats: none needed. */
int crop3d_video(const float *input, const float *weights, float *output, float *workspace)
{
    crop3d_video_layer0(input, weights, output, workspace);
    return 0;
}
