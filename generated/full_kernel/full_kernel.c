/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: full_kernel.yaml
 *   Template: model.c.j2, conv.c.j2
 */
#include "full_kernel.h"

#include <math.h>

/* From convgen's hand-written helpers (templates/convgen_helpers.h), those this model uses. */
static inline float cg_linear(float x) { return x; }

/* Keras 3's sparsemax, without sorting: element i takes the place it would have in a
 * stable descending sort (rank, running sum); Keras's tau is (sum over the support of
 * those running sums - 1) / |support|. O(len^2) per row, in place. */
static inline void cg_sparsemax_rows(float *y, int rows, int len)
{
    for (int r = 0; r < rows; ++r, y += len) {
        float support_sum = 0.0f;
        int k = 0;
        for (int i = 0; i < len; ++i) {
            float cumsum = y[i];
            int rank = 1;
            for (int j = 0; j < len; ++j)
                if (y[j] > y[i] || (y[j] == y[i] && j < i)) { cumsum += y[j]; ++rank; }
            if (y[i] - (cumsum - 1.0f) / (float)rank > 0.0f) { support_sum += cumsum; ++k; }
        }
        {
            const float tau = (support_sum - 1.0f) / (float)k;
            for (int i = 0; i < len; ++i) y[i] = y[i] > tau ? y[i] - tau : 0.0f;
        }
    }
}

/* Conv2D 7x5x3 -> 1x1x6, activation sparsemax
 * Every size is a compile-time constant. 1-D and 2-D layers run as 3-D ones with unit
 * leading axes; the data format is carried by the element strides below.
 *   input  3x7x5x3: strides n=105 c=1 d=105 h=15 w=3
 *   output 3x1x1x6: strides n=6 c=1 d=6 h=6 w=6
 *   kernel [1][7][5][3][6] (Keras layout), bias [6] at 630
 *   padding before (d, h, w) = (0, 0, 0)
 * Workspace: 0 floats. */
static int full_kernel_layer0(const float *input, const float *weights, float *output,
                              float *workspace)
{
    const float *kernel = weights;
    const float *bias = weights + 630;
    float *y = output;
    (void)workspace;

    for (int n = 0; n < 3; ++n)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh)
    for (int ow = 0; ow < 1; ++ow) {
        float acc[6];
        for (int f = 0; f < 6; ++f)
            acc[f] = bias[f];
        for (int kd = 0; kd < 1; ++kd) {
            const int id = od * 1 + kd * 1 - 0;
            if (id < 0 || id >= 1) continue;
            for (int kh = 0; kh < 7; ++kh) {
                const int ih = oh * 1 + kh * 1 - 0;
                if (ih < 0 || ih >= 7) continue;
                for (int kw = 0; kw < 5; ++kw) {
                    const int iw = ow * 1 + kw * 1 - 0;
                    const float *x;
                    const float *w;
                    if (iw < 0 || iw >= 5) continue;
                    x = input + n * 105 + id * 105 + ih * 15 + iw * 3;
                    w = kernel + ((kd * 7 + kh) * 5 + kw) * 18;
                    for (int g = 0; g < 1; ++g)
                    for (int c = 0; c < 3; ++c) {
                        const float xv = x[(g * 3 + c) * 1];
                        const float *wc = w + c * 6 + g * 6;
                        float *a = acc + g * 6;
                        for (int f = 0; f < 6; ++f)
                            a[f] += xv * wc[f];
                    }
                }
            }
        }
        {
            float *out = y + n * 6 + od * 6 + oh * 6 + ow * 6;
            for (int f = 0; f < 6; ++f)
                out[f * 1] = cg_linear(acc[f]);
        }
    }
    cg_sparsemax_rows(output, 3, 6);
    return 0;
}

/* layers[0] Conv2D 7x5x3 -> 1x1x6, activation sparsemax
 * Workspace: 0 floats: none needed. */
int full_kernel(const float *input, const float *weights, float *output, float *workspace)
{
    full_kernel_layer0(input, weights, output, workspace);
    return 0;
}
