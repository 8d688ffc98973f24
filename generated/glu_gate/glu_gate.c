/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: glu_gate.yaml
 *   Template: model.c.j2, conv.c.j2
 */
#include "glu_gate.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_linear(float x) { return x; }

static inline float cg_sigmoid(float x) { return 1.0f / (1.0f + expf(-x)); }

/* glu: the first half of each row gated by the sigmoid of the second half. */
static inline void cg_glu_rows(const float *x, float *y, int rows, int len)
{
    const int half = len / 2;
    for (int r = 0; r < rows; ++r, x += len, y += half)
        for (int i = 0; i < half; ++i) y[i] = x[i] * cg_sigmoid(x[half + i]);
}

/* Conv1D 30x8 -> 30x8, activation glu
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  1x30x8: strides n=240 c=1 d=240 h=240 w=8
 *   output 1x30x16: strides n=480 c=1 d=480 h=480 w=16
 *   kernel [1][1][5][8][16] (Keras layout), bias [16] at 640
 *   padding before (d, h, w) = (0, 0, 2)
 * Workspace: 480 floats holding the result before glu halves its last axis. */
static int glu_gate_layer0(const float *input, const float *weights, float *output,
                           float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 640;
    float *y = workspace;

    for (int n = 0; n < 1; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh)
    for (int ow = 0; ow < 30; ++ow) {
        float acc[16];
        for (int f = 0; f < 16; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 1; ++kh) {
                const int ih = oh * 1 + kh * 1 - 0;
                if (ih < 0 || ih >= 1) continue;
                for (int kw = 0; kw < 5; ++kw) {
                    const int iw = ow * 1 + kw * 1 - 2;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 30) continue;
                    x = input + n * 240 + id * 240 + ih * 240 + iw * 8;
                    w = kernel + ((kd * 1 + kh) * 5 + kw) * 128;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 8; ++c) {
                        const float xv = x[(g * 8 + c) * 1];
                        const float *wc = w + c * 16 + g * 16;
                        float *a = acc + g * 16;
                        for (int f = 0; f < 16; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 480 + od * 480 + oh * 480 + ow * 16;
            for (int f = 0; f < 16; ++f)
                out[f * 1] = cg_linear(acc[f]);
        }
    }
    cg_glu_rows(workspace, output, 30, 16);
    return 0;
}

/* layers[0] Conv1D 30x8 -> 30x8, activation glu
 * Workspace: 480 floats: layers[0] scratch at 0 (480 floats). */
int glu_gate(const float *input, const float *weights, float *output, float *workspace)
{
    glu_gate_layer0(input, weights, output, workspace);
    return 0;
}
