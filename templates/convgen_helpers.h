/* convgen's shared C helpers: activations and last-axis passes.
 * Hand-written; the templates paste it into every generated source so that a generated
 * .c/.h pair stands alone. Portable C99 plus <math.h>; no state, no allocation.
 * Definitions follow Keras 3's activations with their default arguments. */

static inline float cg_linear(float x) { return x; }
/* Keras's maximum and minimum propagate NaN (fmaxf/fminf would drop it) */
static inline float cg_max(float a, float b) { return (a != a || a > b) ? a : b; }
static inline float cg_min(float a, float b) { return (a != a || a < b) ? a : b; }
/* NaN stays NaN, as in Keras */
static inline float cg_relu(float x) { return x < 0.0f ? 0.0f : x; }
static inline float cg_relu6(float x) { return x < 0.0f ? 0.0f : (x > 6.0f ? 6.0f : x); }
/* the activation string's negative_slope is 0.2 (the LeakyReLU layer's 0.3 is another thing) */
static inline float cg_leaky_relu(float x) { return x >= 0.0f ? x : 0.2f * x; }
static inline float cg_elu(float x) { return x > 0.0f ? x : expm1f(x); }
static inline float cg_selu(float x)
{
    return 1.05070102f * (x > 0.0f ? x : 1.67326319f * expm1f(x));
}
static inline float cg_celu(float x) { return x > 0.0f ? x : expm1f(x); }
/* exp(x) for x in [-80, 80] to ~2 float ulps, branch-free so loops over it vectorise (libm's
 * expf does not): 2^k * p(r) with k = round(x / ln 2) (adding and subtracting 1.5 * 2^23
 * rounds to nearest), r = x - k ln 2 (ln 2 split in two for exactness) and p the degree-6
 * Taylor polynomial on |r| <= ln 2 / 2. -ffast-math would fold the rounding away: then k is
 * truncated instead and a degree-7 polynomial covers |r| < ln 2. */
static inline float cg_exp_bounded(float x)
{
#if defined(__FAST_MATH__)
    const float k = (float)(int)(x * 1.44269504f);
    const float r = (x - k * 0.693145752f) - k * 1.42860677e-06f;
    const float p = 1.0f + r * (1.0f + r * (0.5f + r * (0.166666672f + r * (0.0416666679f
                    + r * (0.00833333377f + r * (0.00138888892f + r * 0.000198412701f))))));
#else
    const float k = (x * 1.44269504f + 12582912.0f) - 12582912.0f;
    const float r = (x - k * 0.693145752f) - k * 1.42860677e-06f;
    const float p = 1.0f + r * (1.0f + r * (0.5f + r * (0.166666672f + r * (0.0416666679f
                    + r * (0.00833333377f + r * 0.00138888892f)))));
#endif
    union { float f; int i; } two_k;
    two_k.i = ((int)k + 127) << 23;
    return p * two_k.f;
}
/* saturates where float does: below -80 the result rounds to 0, above 80 the ratio to 1 */
static inline float cg_sigmoid(float x)
{
    float c = x < -80.0f ? -80.0f : x;   /* one comparison per line: if-convertible */
    float s;
    c = c > 80.0f ? 80.0f : c;
    s = 1.0f / (1.0f + cg_exp_bounded(-c));
    return x < -88.0f ? 0.0f : s;        /* exactly 0 where float's sigmoid underflows */
}
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
/* (e^2x - 1) / (e^2x + 1): absolute error ~1e-7, which the 1e-4 tolerance absorbs */
static inline float cg_tanh(float x)
{
    float c = x < -20.0f ? -20.0f : x;
    float e;
    c = c > 20.0f ? 20.0f : c;
    e = cg_exp_bounded(2.0f * c);
    return (e - 1.0f) / (e + 1.0f);
}
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
            /* max(x - tau, 0) that keeps a NaN, as Keras's maximum does */
            for (int i = 0; i < len; ++i) y[i] = y[i] - tau < 0.0f ? 0.0f : y[i] - tau;
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

/* The activation layers (keras.layers.*), their arguments passed as constants.
 * ReLU(max_value, negative_slope, threshold) composed as Keras composes it: x above the
 * threshold (else 0), clipped to max_value (HUGE_VALF: none), minus negative_slope times
 * (threshold - x) below the threshold; a NaN stays NaN. */
static inline float cg_relu_layer(float x, float negative_slope, float threshold,
                                  float max_value)
{
    float y = x <= threshold ? 0.0f : x;
    const float below = threshold - x > 0.0f ? threshold - x : 0.0f;
    y = y > max_value ? max_value : y;
    return y - negative_slope * below;
}
/* LeakyReLU(negative_slope): the layer's slope (default 0.3), not the string's 0.2 */
static inline float cg_leaky_relu_slope(float x, float slope) { return x >= 0.0f ? x : slope * x; }
/* ELU(alpha) */
static inline float cg_elu_alpha(float x, float alpha) { return x > 0.0f ? x : alpha * expm1f(x); }
/* PReLU: relu(x) - alpha * relu(-x), alpha read per element */
static inline float cg_prelu(float x, float alpha) { return x < 0.0f ? alpha * x : x; }
/* softmax along an axis of `len` values `inner` apart, in each of `outer` blocks of
 * len * inner values (y may be x) */
static inline void cg_softmax_axis(const float *x, float *y, int outer, int len, int inner)
{
    for (int o = 0; o < outer; ++o, x += len * inner, y += len * inner)
        for (int j = 0; j < inner; ++j) {
            float top = x[j], sum = 0.0f;
            for (int i = 1; i < len; ++i) top = x[i * inner + j] > top ? x[i * inner + j] : top;
            for (int i = 0; i < len; ++i) {
                y[i * inner + j] = expf(x[i * inner + j] - top);
                sum += y[i * inner + j];
            }
            for (int i = 0; i < len; ++i) y[i * inner + j] /= sum;
        }
}
