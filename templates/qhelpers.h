/* convgen's int8 helpers: TFLite's fixed-point arithmetic (docs/int8.md; the NumPy
 * definitions are convgen/quant.py and convgen/qreference.py). Pasted into each int8 source,
 * only the functions it calls. Signed right shifts are arithmetic (as on every compiler
 * convgen targets, and as TFLite's kernels assume). */

/* gemmlowp's SaturatingRoundingDoublingHighMul: a * b / 2^31 rounded to nearest, halves
 * up; INT32_MIN * INT32_MIN saturates. */
static inline int32_t cg_q_srdhm(int32_t a, int32_t b)
{
    int64_t ab = (int64_t)a * (int64_t)b;
    int64_t nudge = ab >= 0 ? (1 << 30) : (1 - (1 << 30));
    if (a == INT32_MIN && b == INT32_MIN)
        return INT32_MAX;
    return (int32_t)((ab + nudge) / ((int64_t)1 << 31));
}

/* gemmlowp's RoundingDivideByPOT: x / 2^e, halves away from zero, 0 <= e <= 31. */
static inline int32_t cg_q_rdivpot(int32_t x, int e)
{
    int32_t mask = (int32_t)(((int64_t)1 << e) - 1);
    int32_t remainder = x & mask;
    int32_t threshold = (mask >> 1) + (x < 0);
    return (x >> e) + (remainder > threshold);
}

/* TFLite's MultiplyByQuantizedMultiplier, double rounding: x * m * 2^(shift - 31). */
static inline int32_t cg_q_mbqm(int32_t x, int32_t m, int shift)
{
    int left = shift > 0 ? shift : 0;
    int right = shift > 0 ? 0 : -shift;
    return cg_q_rdivpot(cg_q_srdhm((int32_t)((uint32_t)x << left), m), right);
}

/* x clamped to [lo, hi], as int8. */
static inline int8_t cg_q_clamp(int64_t x, int32_t lo, int32_t hi)
{
    return (int8_t)(x < lo ? lo : x > hi ? hi : x);
}

/* std::round of a double (halves away from zero), clamped to +-2^40 first: the int8 clamp
 * after it makes anything beyond the same. The fraction is compared with one half (exact
 * below 2^52) rather than 0.5 added, which rounds 0.49999999999999994 up. */
static inline int64_t cg_q_round(double v)
{
    double a;
    int64_t t;
    if (!(v == v))
        return 0;
    v = v > 1099511627776.0 ? 1099511627776.0 : v < -1099511627776.0 ? -1099511627776.0 : v;
    a = v < 0 ? -v : v;
    t = (int64_t)a;
    t += (a - (double)t) >= 0.5;
    return v < 0 ? -t : t;
}

/* TFLite's FULLY_CONNECTED requantization, cg_q_round((double)acc * scale), clamped to
 * [-2048, 2048] (beyond, the int8 clamp after it gives the same for any zero point), for every
 * int32 acc and every positive scale (normal or subnormal). On targets without a double-precision
 * FPU (Cortex-M4's single-precision one: gcc's __ARM_FP bit 8 unset), or with
 * CONVGEN_INT_FC_REQUANT defined, it is computed in integers rather than libgcc's soft double:
 * scale = m * 2^(e - 1075) (m its 53-bit significand), the exact product p = |acc| * m (up to 84
 * bits, three 32-bit limbs) rounded to 53 significant bits ties to even, as IEEE's multiply
 * does, then to an integer halves away from zero. docs/int8.md. */
static inline int32_t cg_q_fc_requant(int32_t acc, double scale)
{
#if defined(CONVGEN_INT_FC_REQUANT) || (defined(__arm__) && !(defined(__ARM_FP) && (__ARM_FP & 8)))
    union {
        double d;
        uint64_t u;
    } bits;
    uint32_t a = acc < 0 ? 0u - (uint32_t)acc : (uint32_t)acc;
    uint64_t m, lo, hi, q;
    uint32_t p0, rem, twice, unit;
    int e, n, shift, d, k;
    (void)cg_q_round;   /* the double form's, unused here */
    bits.d = scale;
    e = (int)(bits.u >> 52) & 0x7ff;
    if (a == 0 || e == 0)
        return 0;   /* |acc * scale| < 2^-990 */
    m = (bits.u & (((uint64_t)1 << 52) - 1u)) | ((uint64_t)1 << 52);
    /* p = hi * 2^32 + p0 */
    lo = (uint64_t)a * (uint32_t)m;
    hi = (uint64_t)a * (uint32_t)(m >> 32) + (lo >> 32);
    p0 = (uint32_t)lo;
    /* n: p's bit length, 53..84; |acc * scale| in [2^(n - 1 - shift), 2^(n - shift)) */
#if defined(__GNUC__)
    n = (hi >> 32) ? 96 - __builtin_clz((uint32_t)(hi >> 32)) : 64 - __builtin_clz((uint32_t)hi);
#else
    {
        uint64_t t = hi;   /* >= 2^20 */
        for (n = 32; t; t >>= 1)
            ++n;
    }
#endif
    shift = 1075 - e;
    if (n - shift > 11)
        return acc < 0 ? -2048 : 2048;
    if (n - shift < -1)
        return 0;   /* |acc * scale| < 1/4, even rounded up to 53 bits */
    /* q: p rounded to 53 significant bits (its d = n - 53 low bits dropped), ties to even;
     * here the same as ties up: the integer below differs between q and q + 1 only when
     * q + 1 is an odd multiple of 2^(k - 1), so q is odd, and then both round up */
    d = n - 53;
    q = (hi << (32 - d)) | (p0 >> d);
    rem = p0 & ((1u << d) - 1u);
    twice = rem << 1;
    unit = 1u << d;
    q += twice >= unit;   /* 0 >= 1 when d = 0 */
    /* q * 2^(d - shift) rounded halves away from zero: k in 42..54, so from the high word */
    k = shift - d;
    q += (uint64_t)1 << (k - 1);
    {
        int32_t y = (int32_t)((uint32_t)(q >> 32) >> (k - 32));
        return acc < 0 ? -y : y;
    }
#else
    int64_t y = cg_q_round((double)acc * scale);
    return (int32_t)(y > 2048 ? 2048 : y < -2048 ? -2048 : y);
#endif
}

/* gemmlowp's SaturatingRoundingMultiplyByPOT<e>: a saturating left shift for e > 0, a
 * rounding right shift for e < 0. */
static inline int32_t cg_q_srmpot(int32_t x, int e)
{
    int32_t threshold;
    if (e <= 0)
        return e == 0 ? x : cg_q_rdivpot(x, -e);
    threshold = (int32_t)(((int64_t)1 << (31 - e)) - 1);
    return x > threshold ? INT32_MAX : x < -threshold ? INT32_MIN
                                                       : (int32_t)((uint32_t)x << e);
}

/* gemmlowp's exp_on_interval_between_negative_one_quarter_and_0_excl: Q0.31 in and out. */
static inline int32_t cg_q_exp_interval(int32_t a)
{
    const int32_t constant_term = 1895147668, one_third = 715827883;
    int32_t x = (int32_t)((uint32_t)a + (1u << 28));
    int32_t x2 = cg_q_srdhm(x, x);
    int32_t x3 = cg_q_srdhm(x2, x);
    int32_t x4 = cg_q_srdhm(x2, x2);
    int32_t x4_over_4 = cg_q_rdivpot(x4, 2);
    int32_t poly = cg_q_rdivpot(
        (int32_t)((uint32_t)cg_q_srdhm((int32_t)((uint32_t)x4_over_4 + (uint32_t)x3), one_third)
                  + (uint32_t)x2), 1);
    return (int32_t)((uint32_t)constant_term
                     + (uint32_t)cg_q_srdhm(constant_term, (int32_t)((uint32_t)x + (uint32_t)poly)));
}

/* gemmlowp's exp_on_negative_values for a <= 0 in Q5.26: exp(a) in Q0.31. */
static inline int32_t cg_q_exp_neg_q5(int32_t a)
{
    static const int32_t barrel[7] = {1672461947, 1302514674, 790015084, 290630308,
                                      39332535, 720401, 242};
    const int32_t quarter = (int32_t)1 << 24;
    int32_t a_mod = (int32_t)((uint32_t)(a & (quarter - 1)) - (uint32_t)quarter);
    int32_t result = cg_q_exp_interval(cg_q_srmpot(a_mod, 5));
    int32_t remainder = (int32_t)((uint32_t)a_mod - (uint32_t)a);
    int k;
    for (k = 0; k < 7; ++k)
        if (remainder & ((int32_t)1 << (24 + k)))
            result = cg_q_srdhm(result, barrel[k]);
    return a == 0 ? INT32_MAX : result;
}

/* gemmlowp's one_over_one_plus_x_for_x_in_0_1: Q0.31 in and out, Newton-Raphson. */
static inline int32_t cg_q_one_over_one_plus_x(int32_t a)
{
    int64_t s = (int64_t)a + INT32_MAX;
    int32_t half_den = (int32_t)(s < 0 ? -((-(s - 1)) / 2) : (s + 1) / 2);
    int32_t x = (int32_t)(1515870810u + (uint32_t)cg_q_srdhm(half_den, -1010580540));
    int k;
    for (k = 0; k < 3; ++k) {
        int32_t one_minus = (int32_t)((1u << 29) - (uint32_t)cg_q_srdhm(half_den, x));
        x = (int32_t)((uint32_t)x + (uint32_t)cg_q_srmpot(cg_q_srdhm(x, one_minus), 2));
    }
    return cg_q_srmpot(x, 1);
}

/* Leading zero bits of a 32-bit value (32 for 0). */
static inline int cg_q_clz(uint32_t x)
{
    int n = 0;
    while (n < 32 && !(x & (0x80000000u >> n)))
        ++n;
    return n;
}

/* std::round of a float (halves away from zero), clamped to +-2^30 first: the int8 clamp
 * after it makes anything beyond the same; NaN gives 0. In float only (no double, so no soft
 * double where the FPU is single precision): below 2^23 the fraction a - (int)a is exact and
 * compared with one half, from 2^23 on every float is an integer. Equal to cg_q_round of the
 * same value converted to double. */
static inline int32_t cg_q_roundf(float v)
{
    float a;
    int32_t t;
    if (!(v == v))
        return 0;
    v = v > 1073741824.0f ? 1073741824.0f : v < -1073741824.0f ? -1073741824.0f : v;
    a = v < 0 ? -v : v;
    t = (int32_t)a;
    t += (a - (float)t) >= 0.5f;
    return v < 0 ? -t : t;
}

/* TFLite's QUANTIZE float -> int8: round(x / scale) + zero point, in float32. */
static inline void cg_q_quantize(const float *x, int8_t *y, int n, float scale, int32_t zp)
{
    int i;
    for (i = 0; i < n; ++i)
        y[i] = cg_q_clamp(cg_q_roundf(x[i] / scale) + zp, -128, 127);
}

/* TFLite's DEQUANTIZE int8 -> float: scale * (q - zero point) in double, rounded to float.
 * The scale is a float32 and q - zp at most 9 bits, so the double product is exact and the
 * float multiply, which rounds that exact product once, gives the same float: computed in
 * float (no soft double on a single-precision FPU). */
static inline void cg_q_dequantize(const int8_t *x, float *y, int n, float scale, int32_t zp)
{
    int i;
    for (i = 0; i < n; ++i)
        y[i] = scale * (float)((int32_t)x[i] - zp);
}

/* n int8 values copied. */
static inline void cg_q_copy(const int8_t *x, int8_t *y, int n)
{
    int i;
    for (i = 0; i < n; ++i)
        y[i] = x[i];
}
