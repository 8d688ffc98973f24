/* convgen's shared C helpers: activations and last-axis passes.
 * Hand-written; the templates paste it into every generated source so that a generated
 * .c/.h pair stands alone. Portable C99; <math.h> only for its macros (HUGE_VALF): no libm
 * function is called, so an export links no libm code and no errno state (newlib's impure
 * data on a microcontroller). No state, no allocation.
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
/* ---- libm's functions, as convgen's own: no errno, no library state, within ~4 float
 * ulps (relative) or ~1e-7 (absolute) of the float64 values, NaN kept ---- */

/* e^x over every float: 0 below -104 (where float's e^x rounds to 0), +inf above
 * 88.7228394 (float's overflow); in between cg_exp_bounded, squared from x / 2 outside
 * [-80, 80] where 2^k would leave the normal exponents */
static inline float cg_exp(float x)
{
    float h;
    if (x != x) return x;
    if (x > 88.7228394f) return HUGE_VALF;
    if (x < -104.0f) return 0.0f;
    if (x >= -80.0f && x <= 80.0f) return cg_exp_bounded(x);
    h = cg_exp_bounded(0.5f * x);
    return h * h;
}
/* e^x - 1, accurate near 0 (Taylor to degree 8 on |x| < 0.5, error below 3e-9 relative) */
static inline float cg_expm1(float x)
{
    if (x > -0.5f && x < 0.5f)
        return x * (1.0f + x * (0.5f + x * (0.166666672f + x * (0.0416666679f + x * (
               0.00833333377f + x * (0.00138888892f + x * (0.000198412701f
               + x * 2.48015876e-05f)))))));
    return cg_exp(x) - 1.0f;
}
/* natural log: x = m 2^e with m in [sqrt(1/2), sqrt(2)), log m = 2 atanh((m-1)/(m+1)) by its
 * odd series to s^11; 0 gives -inf, a negative x NaN, +inf +inf; subnormals scaled first */
static inline float cg_log(float x)
{
    union { float f; int i; } v;
    int e = 0;
    float m, s, s2;
    if (x != x || x == HUGE_VALF) return x;
    if (x == 0.0f) return -HUGE_VALF;
    if (x < 0.0f) return (x - x) / (x - x);   /* NaN without <math.h>'s NAN in a constant */
    if (x < 1.17549435e-38f) { x *= 16777216.0f; e = -24; }
    v.f = x;
    e += ((v.i >> 23) & 0xff) - 127;
    v.i = (v.i & 0x007fffff) | 0x3f800000;    /* m in [1, 2) */
    m = v.f;
    if (m > 1.41421356f) { m *= 0.5f; ++e; }
    s = (m - 1.0f) / (m + 1.0f);
    s2 = s * s;
    return ((float)e * 0.693145752f + 2.0f * s * (1.0f + s2 * (0.333333343f + s2 * (0.2f
           + s2 * (0.142857149f + s2 * (0.111111112f + s2 * 0.0909090936f))))))
           + (float)e * 1.42860677e-06f;
}
/* log(1 + x): log(u) for u = 1 + x, corrected by the rounding of u (u - 1 - x) / u */
static inline float cg_log1p(float x)
{
    const float u = 1.0f + x;
    if (x > -1e-4f && x < 1e-4f) return x * (1.0f - x * (0.5f - x * 0.333333343f));
    if (!(u > 0.0f) || u == HUGE_VALF) return cg_log(u);     /* -1: -inf; below: NaN */
    return cg_log(u) - ((u - 1.0f) - x) / u;
}
/* erf, Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7), odd */
static inline float cg_erf(float x)
{
    const float a = x < 0.0f ? -x : x;
    const float t = 1.0f / (1.0f + 0.3275911f * a);
    const float y = 1.0f - t * (0.254829592f + t * (-0.284496736f + t * (1.42141371f
                    + t * (-1.45315206f + t * 1.06140542f)))) * cg_exp(-a * a);
    return x < 0.0f ? -y : y;
}
/* square root (NaN for x < 0): the bit-halving first guess then three Newton steps
 * (relative error 4e-2, then 8e-4, 3e-7 and float's rounding) */
static inline float cg_sqrt(float x)
{
    union { float f; int i; } v;
    float y, scale = 1.0f;
    if (!(x > 0.0f) || x == HUGE_VALF) return x < 0.0f ? (x - x) / (x - x) : x;
    if (x < 1.17549435e-38f) { x *= 16777216.0f; scale = 2.44140625e-4f; }   /* subnormal */
    v.f = x;
    v.i = 0x1fbd1df5 + (v.i >> 1);
    y = v.f;
    y = 0.5f * (y + x / y);
    y = 0.5f * (y + x / y);
    return scale * (0.5f * (y + x / y));
}
static inline float cg_elu(float x) { return x > 0.0f ? x : cg_expm1(x); }
static inline float cg_selu(float x)
{
    return 1.05070102f * (x > 0.0f ? x : 1.67326319f * cg_expm1(x));
}
static inline float cg_celu(float x) { return x > 0.0f ? x : cg_expm1(x); }
/* e^(m x) for |m x| <= 87, m a constant, as 2^k (a + b) / (a - b), which tanh and sigmoid take
 * in one division: k = round(m x / ln 2) (adding and subtracting 1.5 * 2^23 rounds to
 * nearest), r = m x - k ln 2 = m v in [-ln2 / 2, ln2 / 2] (with split, ln 2 in two parts for
 * exactness; else in one, which leaves an error of |k| 2e-8 in r: enough for tanh, whose
 * |k| <= 26 where the error of 2^k e^r matters) and (a + b) / (a - b) the [3/3] Pade
 * approximant of e^r, a = 1 + r^2 / 10 and b = r (1 / 2 + r^2 / 120) (relative error below
 * 1e-8), with m folded into their constants; returns 2^k (its bits (k + 127) << 23, from one
 * conversion to fixed point), a and b through the pointers. -ffast-math would fold the
 * rounding away: then a conversion rounds k. */
static inline float cg_exp_pade(float x, float m, int split, float *a, float *b)
{
    union { float f; int i; } two_k;
#if defined(__FAST_MATH__)
    const float q = x * (m * 1.44269504f);
    const float k = (float)(int)(q + (q < 0.0f ? -0.5f : 0.5f));
    two_k.i = (int)((k + 127.0f) * 8388608.0f);
#else
    const float t = x * (m * 1.44269504f) + 12582912.0f;
    const float k = t - 12582912.0f;
    two_k.i = (int)((t - (12582912.0f - 127.0f)) * 8388608.0f);
#endif
    {
        const float v = split ? (x - k * (0.693145752f / m)) - k * (1.42860677e-06f / m)
                              : x - k * (0.693147182f / m);
        const float w = v * v;
        *a = 1.0f + w * (m * m * 0.1f);
        *b = v * (0.5f * m + w * (m * m * m * (1.0f / 120.0f)));
    }
    return two_k.f;
}
/* 1 / (1 + e^-x) as (a - b) / ((a - b) + 2^k (a + b)) with cg_exp_pade(x, -1): relative
 * error below 4e-7 where the result is a normal float; 0 below -87 (where it is no longer one,
 * float's rounds to 0 below -104) and 1 above 87 (float's rounds to 1 above 17.33) */
static inline float cg_sigmoid(float x)
{
    if (fabsf(x) <= 87.0f) {   /* the saturated values after: GCC keeps them off this path */
        float a, b;
        const float two_k = cg_exp_pade(x, -1.0f, 1, &a, &b);
        const float m = a - b;
        return m / (m + two_k * (a + b));
    }
    return x != x ? x : (x > 0.0f ? 1.0f : 0.0f);
}
static inline float cg_hard_sigmoid(float x) { return cg_relu6(x + 3.0f) / 6.0f; }
/* log(1 + e^x) without overflow for large x */
static inline float cg_softplus(float x)
{
    return x > 0.0f ? x + cg_log1p(cg_exp(-x)) : cg_log1p(cg_exp(x));
}
static inline float cg_log_sigmoid(float x) { return -cg_softplus(-x); }
static inline float cg_sparse_sigmoid(float x)
{
    return x <= -1.0f ? 0.0f : (x >= 1.0f ? 1.0f : 0.5f * (x + 1.0f));
}
/* (e^2x - 1) / (e^2x + 1) as ((2^k - 1) a + (2^k + 1) b) / ((2^k + 1) a + (2^k - 1) b) with
 * cg_exp_pade(x, 2): the numerator is 2b, not a difference of rounded values, where k = 0, so
 * the error stays relative near 0 (below 4e-7), absolute below 3e-7 elsewhere; +-1 beyond 9,
 * where float's tanh is within 3e-8 of it */
static inline float cg_tanh(float x)
{
    if (fabsf(x) <= 9.0f) {
        float a, b;
        const float two_k = cg_exp_pade(x, 2.0f, 0, &a, &b);
        const float lo = two_k - 1.0f, hi = two_k + 1.0f;
        return (lo * a + hi * b) / (hi * a + lo * b);
    }
    return x != x ? x : (x > 0.0f ? 1.0f : -1.0f);
}
static inline float cg_hard_tanh(float x) { return x < -1.0f ? -1.0f : (x > 1.0f ? 1.0f : x); }
static inline float cg_tanh_shrink(float x) { return x - cg_tanh(x); }
static inline float cg_softsign(float x) { return x / (1.0f + fabsf(x)); }
static inline float cg_silu(float x) { return x * cg_sigmoid(x); }
static inline float cg_hard_silu(float x) { return x * cg_hard_sigmoid(x); }
/* the exact erf form: the activation string's default is approximate=False */
static inline float cg_gelu(float x) { return 0.5f * x * (1.0f + cg_erf(x * 0.707106781f)); }
static inline float cg_mish(float x) { return x * cg_tanh(cg_softplus(x)); }
static inline float cg_exponential(float x) { return cg_exp(x); }
static inline float cg_squareplus(float x) { return 0.5f * (x + cg_sqrt(x * x + 4.0f)); }
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

/* e^x for x <= 0 (or NaN), as softmax takes it after subtracting the row's maximum:
 * 2^k (a + b) / (a - b) from cg_exp_pade (relative error below 3e-7); 0 below -87, where e^x
 * is no longer a normal float (an error below 1.7e-38) */
static inline float cg_exp_nonpositive(float x)
{
    if (x >= -87.0f) {
        float a, b;
        const float two_k = cg_exp_pade(x, 1.0f, 1, &a, &b);
        return two_k * (a + b) / (a - b);
    }
    return x != x ? x : 0.0f;
}

static inline void cg_softmax_rows(float *y, int rows, int len)
{
    for (int r = 0; r < rows; ++r, y += len) {
        float top = y[0], sum = 0.0f;
        for (int i = 1; i < len; ++i) top = y[i] > top ? y[i] : top;
        for (int i = 0; i < len; ++i) { y[i] = cg_exp_nonpositive(y[i] - top); sum += y[i]; }
        for (int i = 0; i < len; ++i) y[i] /= sum;
    }
}

static inline void cg_log_softmax_rows(float *y, int rows, int len)
{
    for (int r = 0; r < rows; ++r, y += len) {
        float top = y[0], sum = 0.0f;
        for (int i = 1; i < len; ++i) top = y[i] > top ? y[i] : top;
        for (int i = 0; i < len; ++i) sum += cg_exp(y[i] - top);
        sum = cg_log(sum);
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
static inline float cg_elu_alpha(float x, float alpha) { return x > 0.0f ? x : alpha * cg_expm1(x); }
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
                y[i * inner + j] = cg_exp(x[i * inner + j] - top);
                sum += y[i * inner + j];
            }
            for (int i = 0; i < len; ++i) y[i * inner + j] /= sum;
        }
}
