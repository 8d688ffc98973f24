/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: upsample_lanczos.yaml
 *   Template: model.c.j2, resize.c.j2
 */
#include "upsample_lanczos.h"

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

/* UpSampling2D 9x7x4 -> 18x14x4, lanczos3
 * keras.ops.image.resize without antialiasing: half-pixel centres, kernel weights
 * normalised over the pixels that exist. Separable: each output row is first resampled
 * vertically into the workspace (one row of 7 pixels of 4 float(s)), then
 * horizontally into the output. The taps below depend on the sizes only.
 *   input  1x9x7x4: strides n=252 c=1 h=28 w=4
 *   output 1x18x14x4: strides n=1008 c=1 h=56 w=4
 * Workspace: 28 floats: one row resampled vertically (7 pixels). */
static int upsample_lanczos_layer0(const float *input, const float *weights, float *output,
                                   float *workspace)
{
    /* per output row / column: first input index, tap count, weights */
    static const int row_start[18] = {0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6};
    static const int row_count[18] = {3, 4, 4, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 5, 5, 4, 4, 3};
    static const float row_weight[18][6] = {
        {1.13065004f, -0.168785736f, 0.0381357186f, 0.0f, 0.0f, 0.0f},
        {0.809283197f, 0.245666981f, -0.0616384931f, 0.00668829121f, 0.0f, 0.0f},
        {0.255521148f, 0.841745019f, -0.125657409f, 0.0283912364f, 0.0f, 0.0f},
        {-0.137412444f, 0.920488775f, 0.279424697f, -0.0701083839f, 0.00760734547f, 0.0f},
        {-0.0685026944f, 0.273025006f, 0.89940685f, -0.134265274f, 0.0303361136f, 0.0f},
        {0.0301122852f, -0.13327463f, 0.892770767f, 0.271010578f, -0.0679972619f, 0.00737827085f},
        {0.00737827085f, -0.0679972619f, 0.271010578f, 0.892770767f, -0.13327463f, 0.0301122852f},
        {0.0301122852f, -0.13327463f, 0.892770767f, 0.271010578f, -0.0679972619f, 0.00737827085f},
        {0.00737827085f, -0.0679972619f, 0.271010578f, 0.892770767f, -0.13327463f, 0.0301122852f},
        {0.0301122852f, -0.13327463f, 0.892770767f, 0.271010578f, -0.0679972619f, 0.00737827085f},
        {0.00737827085f, -0.0679972619f, 0.271010578f, 0.892770767f, -0.13327463f, 0.0301122852f},
        {0.0301122852f, -0.13327463f, 0.892770767f, 0.271010578f, -0.0679972619f, 0.00737827085f},
        {0.00737827085f, -0.0679972619f, 0.271010578f, 0.892770767f, -0.13327463f, 0.0301122852f},
        {0.0303361136f, -0.134265274f, 0.89940685f, 0.273025006f, -0.0685026944f, 0.0f},
        {0.00760734547f, -0.0701083839f, 0.279424697f, 0.920488775f, -0.137412444f, 0.0f},
        {0.0283912364f, -0.125657409f, 0.841745019f, 0.255521148f, 0.0f, 0.0f},
        {0.00668829121f, -0.0616384931f, 0.245666981f, 0.809283197f, 0.0f, 0.0f},
        {0.0381357186f, -0.168785736f, 1.13065004f, 0.0f, 0.0f, 0.0f}
    };
    static const int col_start[14] = {0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4};
    static const int col_count[14] = {3, 4, 4, 5, 5, 6, 6, 6, 6, 5, 5, 4, 4, 3};
    static const float col_weight[14][6] = {
        {1.13065004f, -0.168785736f, 0.0381357186f, 0.0f, 0.0f, 0.0f},
        {0.809283197f, 0.245666981f, -0.0616384931f, 0.00668829121f, 0.0f, 0.0f},
        {0.255521148f, 0.841745019f, -0.125657409f, 0.0283912364f, 0.0f, 0.0f},
        {-0.137412444f, 0.920488775f, 0.279424697f, -0.0701083839f, 0.00760734547f, 0.0f},
        {-0.0685026944f, 0.273025006f, 0.89940685f, -0.134265274f, 0.0303361136f, 0.0f},
        {0.0301122852f, -0.13327463f, 0.892770767f, 0.271010578f, -0.0679972619f, 0.00737827085f},
        {0.00737827085f, -0.0679972619f, 0.271010578f, 0.892770767f, -0.13327463f, 0.0301122852f},
        {0.0301122852f, -0.13327463f, 0.892770767f, 0.271010578f, -0.0679972619f, 0.00737827085f},
        {0.00737827085f, -0.0679972619f, 0.271010578f, 0.892770767f, -0.13327463f, 0.0301122852f},
        {0.0303361136f, -0.134265274f, 0.89940685f, 0.273025006f, -0.0685026944f, 0.0f},
        {0.00760734547f, -0.0701083839f, 0.279424697f, 0.920488775f, -0.137412444f, 0.0f},
        {0.0283912364f, -0.125657409f, 0.841745019f, 0.255521148f, 0.0f, 0.0f},
        {0.00668829121f, -0.0616384931f, 0.245666981f, 0.809283197f, 0.0f, 0.0f},
        {0.0381357186f, -0.168785736f, 1.13065004f, 0.0f, 0.0f, 0.0f}
    };
    float *tmp = workspace;
    (void)weights;

    for (int n = 0; n < 1; ++n)
    for (int c = 0; c < 1; ++c)
    for (int oh = 0; oh < 18; ++oh) {
        const float *x = input + n * 252 + c * 1 + row_start[oh] * 28;
        float *y = output + n * 1008 + c * 1 + oh * 56;
        for (int i = 0; i < 28; ++i)
            tmp[i] = row_weight[oh][0] * x[i];
        for (int t = 1; t < row_count[oh]; ++t) {
            const float wt = row_weight[oh][t];
            const float *xt = x + t * 28;
            for (int i = 0; i < 28; ++i)
                tmp[i] += wt * xt[i];
        }
        for (int ow = 0; ow < 14; ++ow) {
            const float *src = tmp + col_start[ow] * 4;
            float *dst = y + ow * 4;
            for (int e = 0; e < 4; ++e)
                dst[e] = col_weight[ow][0] * src[e];
            for (int t = 1; t < col_count[ow]; ++t) {
                const float wt = col_weight[ow][t];
                for (int e = 0; e < 4; ++e)
                    dst[e] += wt * src[t * 4 + e];
            }
        }
    }
    return 0;
}

/* layers[0] UpSampling2D 9x7x4 -> 18x14x4, lanczos3
 * Workspace: 28 floats: layers[0] scratch at 0 (28 floats). */
int upsample_lanczos(const float *input, const float *weights, float *output, float *workspace)
{
    upsample_lanczos_layer0(input, weights, output, workspace);
    return 0;
}
