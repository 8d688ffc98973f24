/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: pad1d_causal.yaml
 *   Template: model.c.j2, reshape.c.j2
 */
#include "pad1d_causal.h"

#include <math.h>

/* convgen's shared C helpers: activations and last-axis passes.
 * Hand-written; the templates paste it into every generated source so that a generated
 * .c/.h pair stands alone. Portable C99 plus <math.h>; no state, no allocation.
 * Definitions follow Keras 3's activations with their default arguments. */

static inline float cg_linear(float x) { return x; }
static inline float cg_relu(float x) { return x > 0.0f ? x : 0.0f; }
static inline float cg_relu6(float x) { return x < 0.0f ? 0.0f : (x > 6.0f ? 6.0f : x); }
/* the activation string's negative_slope is 0.2 (the LeakyReLU layer's 0.3 is another thing) */
static inline float cg_leaky_relu(float x) { return x >= 0.0f ? x : 0.2f * x; }
static inline float cg_elu(float x) { return x > 0.0f ? x : expm1f(x); }
static inline float cg_selu(float x)
{
    return 1.05070102f * (x > 0.0f ? x : 1.67326319f * expm1f(x));
}
static inline float cg_celu(float x) { return x > 0.0f ? x : expm1f(x); }
static inline float cg_sigmoid(float x) { return 1.0f / (1.0f + expf(-x)); }
static inline float cg_hard_sigmoid(float x) { return cg_relu6(x + 3.0f) / 6.0f; }
/* log(1 + e^x) without overflow for large x */
static inline float cg_softplus(float x)
{
    return x > 0.0f ? x + log1pf(expf(-x)) : log1pf(expf(x));
}
static inline float cg_log_sigmoid(float x) { return -cg_softplus(-x); }
static inline float cg_sparse_sigmoid(float x)
{
    return x <= -1.0f ? 0.0f : (x >= 1.0f ? 1.0f : 0.5f * (x + 1.0f));
}
static inline float cg_tanh(float x) { return tanhf(x); }
static inline float cg_hard_tanh(float x) { return x < -1.0f ? -1.0f : (x > 1.0f ? 1.0f : x); }
static inline float cg_tanh_shrink(float x) { return x - tanhf(x); }
static inline float cg_softsign(float x) { return x / (1.0f + fabsf(x)); }
static inline float cg_silu(float x) { return x * cg_sigmoid(x); }
static inline float cg_hard_silu(float x) { return x * cg_hard_sigmoid(x); }
/* the exact erf form: the activation string's default is approximate=False */
static inline float cg_gelu(float x) { return 0.5f * x * (1.0f + erff(x * 0.707106781f)); }
static inline float cg_mish(float x) { return x * tanhf(cg_softplus(x)); }
static inline float cg_exponential(float x) { return expf(x); }
static inline float cg_squareplus(float x) { return 0.5f * (x + sqrtf(x * x + 4.0f)); }
static inline float cg_sparse_plus(float x)
{
    return x <= -1.0f ? 0.0f : (x >= 1.0f ? x : 0.25f * (x + 1.0f) * (x + 1.0f));
}
static inline float cg_hard_shrink(float x) { return fabsf(x) > 0.5f ? x : 0.0f; }
static inline float cg_soft_shrink(float x)
{
    return x > 0.5f ? x - 0.5f : (x < -0.5f ? x + 0.5f : 0.0f);
}

/* ---- activations over the last axis: `rows` contiguous rows of `len` floats ---- */

static inline void cg_softmax_rows(float *y, int rows, int len)
{
    for (int r = 0; r < rows; ++r, y += len) {
        float top = y[0], sum = 0.0f;
        for (int i = 1; i < len; ++i) top = y[i] > top ? y[i] : top;
        for (int i = 0; i < len; ++i) { y[i] = expf(y[i] - top); sum += y[i]; }
        for (int i = 0; i < len; ++i) y[i] /= sum;
    }
}

static inline void cg_log_softmax_rows(float *y, int rows, int len)
{
    for (int r = 0; r < rows; ++r, y += len) {
        float top = y[0], sum = 0.0f;
        for (int i = 1; i < len; ++i) top = y[i] > top ? y[i] : top;
        for (int i = 0; i < len; ++i) sum += expf(y[i] - top);
        sum = logf(sum);
        for (int i = 0; i < len; ++i) y[i] = y[i] - top - sum;
    }
}

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

/* glu: the first half of each row gated by the sigmoid of the second half. */
static inline void cg_glu_rows(const float *x, float *y, int rows, int len)
{
    const int half = len / 2;
    for (int r = 0; r < rows; ++r, x += len, y += half)
        for (int i = 0; i < half; ++i) y[i] = x[i] * cg_sigmoid(x[half + i]);
}

/* ZeroPadding1D 50x6 -> 54x6
 * Pure data movement, by rows: output row (n, c, d, h) is input row
 * (n, c, d / 1 + (0), h / 1 + (0)) or zeros when that lies outside
 * the input. A row is 54 pixels of 6 float(s), contiguous in memory.
 * 1-D and 2-D layers run as 3-D ones with unit leading axes.
 *   input  1x50x6: strides n=300 c=1 d=300 h=300 w=6
 *   output 1x54x6: strides n=324 c=1 d=324 h=324 w=6
 * Workspace: none. */
static int pad1d_causal_layer0(const float *input, const float *weights, float *output,
                               float *workspace)
{
    (void)weights;
    (void)workspace;
    for (int n = 0; n < 1; ++n)
    for (int c = 0; c < 1; ++c)
    for (int od = 0; od < 1; ++od)
    for (int oh = 0; oh < 1; ++oh) {
        const int id = od / 1 + (0);
        const int ih = oh / 1 + (0);
        float *y = output + n * 324 + c * 1 + od * 324 + oh * 324;
        const float *x;
        if (id < 0 || id >= 1 || ih < 0 || ih >= 1) {
            for (int i = 0; i < 324; ++i)
                y[i] = 0.0f;
            continue;
        }
        x = input + n * 300 + c * 1 + id * 300 + ih * 300;
        for (int i = 0; i < 24; ++i)
            y[i] = 0.0f;
        for (int i = 0; i < 300; ++i)
            y[24 + i] = x[0 + i];
    }
    return 0;
}

/* layers[0] ZeroPadding1D 50x6 -> 54x6
 * Workspace: 0 floats: none needed. */
int pad1d_causal(const float *input, const float *weights, float *output, float *workspace)
{
    pad1d_causal_layer0(input, weights, output, workspace);
    return 0;
}
