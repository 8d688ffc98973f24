/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: kws_ds_cnn_int8.yaml
 *   Template: qmodel.c.j2, qconv.c.j2, qdense.c.j2, qpool.c.j2, qsoftmax.c.j2
 */
#include "kws_ds_cnn_int8.h"

#include <stdint.h>

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


/* conv2d: int8 convolution 49x10x1 -> 25x5x64, kernel 10x4, stride 2x2, dilation 1x1, pad 4,1 before
 * (TFLite's ConvPerChannel): int32 sums of w * (x - 4) plus the bias, per-channel
 * MultiplyByQuantizedMultiplier, + -128, clamped to [-128, 127]. Each output pixel's
 * 64 channels at a time accumulate in an int32 array, the kernel (HWIO) read along
 * them. */
static void cg_layer0(const int8_t *input, const unsigned char *weights, int8_t *output)
{
    const int32_t *bias = (const int32_t *)(const void *)(weights + 0);
    const int32_t *mult = (const int32_t *)(const void *)(weights + 256);
    const int32_t *shift = (const int32_t *)(const void *)(weights + 512);
    const int8_t *kernel = (const int8_t *)(const void *)(weights + 768);
    int32_t acc[64];
    int n, oy, ox, o0, o, ky, kx, g, i;
    for (n = 0; n < 1; ++n)
        for (oy = 0; oy < 25; ++oy)
            for (ox = 0; ox < 5; ++ox) {
                int8_t *y = output + ((n * 25 + oy) * 5 + ox) * 64;
                for (g = 0; g < 1; ++g)
                for (o0 = g * 64; o0 < (g + 1) * 64; o0 += 64) {
                    const int count = 64;
                    for (o = 0; o < count; ++o)
                        acc[o] = bias[o0 + o];
                    for (ky = 0; ky < 10; ++ky) {
                        int iy = oy * 2 - 4 + ky * 1;
                        if (iy < 0 || iy >= 49)
                            continue;
                        for (kx = 0; kx < 4; ++kx) {
                            int ix = ox * 2 - 1 + kx * 1;
                            const int8_t *x, *k;
                            if (ix < 0 || ix >= 10)
                                continue;
                            x = input + ((n * 49 + iy) * 10 + ix) * 1;
                            x += g * 1;
                            k = kernel + (ky * 4 + kx) * 1 * 64 + o0;
                            for (i = 0; i < 1; ++i) {
                                const int32_t v = (int32_t)x[i] - (4);
                                const int8_t *kr = k + i * 64;
                                for (o = 0; o < count; ++o)
                                    acc[o] += (int32_t)kr[o] * v;
                            }
                        }
                    }
                    for (o = 0; o < count; ++o)
                        y[o0 + o] = cg_q_clamp(cg_q_mbqm(acc[o], mult[o0 + o], shift[o0 + o]) + (-128),
                                               -128, 127);
                }
            }
}


/* depthwise_conv2d: int8 depthwise convolution 25x5x64 -> 25x5x64, kernel 3x3, stride 1x1, dilation 1x1, pad 1,1 before
 * (TFLite's DepthwiseConvPerChannel): int32 sums of w * (x - -128) plus the bias, per-channel
 * MultiplyByQuantizedMultiplier, + -128, clamped to [-128, 127]. Each output pixel's
 * 64 channels at a time accumulate in an int32 array, the kernel (HW(C*M)) read along
 * them. */
static void cg_layer1(const int8_t *input, const unsigned char *weights, int8_t *output)
{
    const int32_t *bias = (const int32_t *)(const void *)(weights + 3328);
    const int32_t *mult = (const int32_t *)(const void *)(weights + 3584);
    const int32_t *shift = (const int32_t *)(const void *)(weights + 3840);
    const int8_t *kernel = (const int8_t *)(const void *)(weights + 4096);
    int32_t acc[64];
    int n, oy, ox, o0, o, ky, kx;
    for (n = 0; n < 1; ++n)
        for (oy = 0; oy < 25; ++oy)
            for (ox = 0; ox < 5; ++ox) {
                int8_t *y = output + ((n * 25 + oy) * 5 + ox) * 64;
                for (o0 = 0; o0 < 64; o0 += 64) {
                    const int count = 64;
                    for (o = 0; o < count; ++o)
                        acc[o] = bias[o0 + o];
                    for (ky = 0; ky < 3; ++ky) {
                        int iy = oy * 1 - 1 + ky * 1;
                        if (iy < 0 || iy >= 25)
                            continue;
                        for (kx = 0; kx < 3; ++kx) {
                            int ix = ox * 1 - 1 + kx * 1;
                            const int8_t *x, *k;
                            if (ix < 0 || ix >= 5)
                                continue;
                            x = input + ((n * 25 + iy) * 5 + ix) * 64;
                            k = kernel + (ky * 3 + kx) * 64 + o0;
                            x += o0;
                            for (o = 0; o < count; ++o)
                                acc[o] += (int32_t)k[o] * ((int32_t)x[o] - (-128));
                        }
                    }
                    for (o = 0; o < count; ++o)
                        y[o0 + o] = cg_q_clamp(cg_q_mbqm(acc[o], mult[o0 + o], shift[o0 + o]) + (-128),
                                               -128, 127);
                }
            }
}


/* conv2d_1: int8 convolution 25x5x64 -> 25x5x64, kernel 1x1, stride 1x1, dilation 1x1, pad 0,0 before
 * (TFLite's ConvPerChannel): int32 sums of w * (x - -128) plus the bias, per-channel
 * MultiplyByQuantizedMultiplier, + -128, clamped to [-128, 127]. Each output pixel's
 * 64 channels at a time accumulate in an int32 array, the kernel (HWIO) read along
 * them. */
static void cg_layer2(const int8_t *input, const unsigned char *weights, int8_t *output)
{
    const int32_t *bias = (const int32_t *)(const void *)(weights + 4672);
    const int32_t *mult = (const int32_t *)(const void *)(weights + 4928);
    const int32_t *shift = (const int32_t *)(const void *)(weights + 5184);
    const int8_t *kernel = (const int8_t *)(const void *)(weights + 5440);
    int32_t acc[64];
    int n, oy, ox, o0, o, ky, kx, g, i;
    for (n = 0; n < 1; ++n)
        for (oy = 0; oy < 25; ++oy)
            for (ox = 0; ox < 5; ++ox) {
                int8_t *y = output + ((n * 25 + oy) * 5 + ox) * 64;
                for (g = 0; g < 1; ++g)
                for (o0 = g * 64; o0 < (g + 1) * 64; o0 += 64) {
                    const int count = 64;
                    for (o = 0; o < count; ++o)
                        acc[o] = bias[o0 + o];
                    for (ky = 0; ky < 1; ++ky) {
                        int iy = oy * 1 - 0 + ky * 1;
                        if (iy < 0 || iy >= 25)
                            continue;
                        for (kx = 0; kx < 1; ++kx) {
                            int ix = ox * 1 - 0 + kx * 1;
                            const int8_t *x, *k;
                            if (ix < 0 || ix >= 5)
                                continue;
                            x = input + ((n * 25 + iy) * 5 + ix) * 64;
                            x += g * 64;
                            k = kernel + (ky * 1 + kx) * 64 * 64 + o0;
                            for (i = 0; i < 64; ++i) {
                                const int32_t v = (int32_t)x[i] - (-128);
                                const int8_t *kr = k + i * 64;
                                for (o = 0; o < count; ++o)
                                    acc[o] += (int32_t)kr[o] * v;
                            }
                        }
                    }
                    for (o = 0; o < count; ++o)
                        y[o0 + o] = cg_q_clamp(cg_q_mbqm(acc[o], mult[o0 + o], shift[o0 + o]) + (-128),
                                               -128, 127);
                }
            }
}


/* depthwise_conv2d_1: int8 depthwise convolution 25x5x64 -> 25x5x64, kernel 3x3, stride 1x1, dilation 1x1, pad 1,1 before
 * (TFLite's DepthwiseConvPerChannel): int32 sums of w * (x - -128) plus the bias, per-channel
 * MultiplyByQuantizedMultiplier, + -128, clamped to [-128, 127]. Each output pixel's
 * 64 channels at a time accumulate in an int32 array, the kernel (HW(C*M)) read along
 * them. */
static void cg_layer3(const int8_t *input, const unsigned char *weights, int8_t *output)
{
    const int32_t *bias = (const int32_t *)(const void *)(weights + 9536);
    const int32_t *mult = (const int32_t *)(const void *)(weights + 9792);
    const int32_t *shift = (const int32_t *)(const void *)(weights + 10048);
    const int8_t *kernel = (const int8_t *)(const void *)(weights + 10304);
    int32_t acc[64];
    int n, oy, ox, o0, o, ky, kx;
    for (n = 0; n < 1; ++n)
        for (oy = 0; oy < 25; ++oy)
            for (ox = 0; ox < 5; ++ox) {
                int8_t *y = output + ((n * 25 + oy) * 5 + ox) * 64;
                for (o0 = 0; o0 < 64; o0 += 64) {
                    const int count = 64;
                    for (o = 0; o < count; ++o)
                        acc[o] = bias[o0 + o];
                    for (ky = 0; ky < 3; ++ky) {
                        int iy = oy * 1 - 1 + ky * 1;
                        if (iy < 0 || iy >= 25)
                            continue;
                        for (kx = 0; kx < 3; ++kx) {
                            int ix = ox * 1 - 1 + kx * 1;
                            const int8_t *x, *k;
                            if (ix < 0 || ix >= 5)
                                continue;
                            x = input + ((n * 25 + iy) * 5 + ix) * 64;
                            k = kernel + (ky * 3 + kx) * 64 + o0;
                            x += o0;
                            for (o = 0; o < count; ++o)
                                acc[o] += (int32_t)k[o] * ((int32_t)x[o] - (-128));
                        }
                    }
                    for (o = 0; o < count; ++o)
                        y[o0 + o] = cg_q_clamp(cg_q_mbqm(acc[o], mult[o0 + o], shift[o0 + o]) + (-128),
                                               -128, 127);
                }
            }
}


/* conv2d_2: int8 convolution 25x5x64 -> 25x5x64, kernel 1x1, stride 1x1, dilation 1x1, pad 0,0 before
 * (TFLite's ConvPerChannel): int32 sums of w * (x - -128) plus the bias, per-channel
 * MultiplyByQuantizedMultiplier, + -128, clamped to [-128, 127]. Each output pixel's
 * 64 channels at a time accumulate in an int32 array, the kernel (HWIO) read along
 * them. */
static void cg_layer4(const int8_t *input, const unsigned char *weights, int8_t *output)
{
    const int32_t *bias = (const int32_t *)(const void *)(weights + 10880);
    const int32_t *mult = (const int32_t *)(const void *)(weights + 11136);
    const int32_t *shift = (const int32_t *)(const void *)(weights + 11392);
    const int8_t *kernel = (const int8_t *)(const void *)(weights + 11648);
    int32_t acc[64];
    int n, oy, ox, o0, o, ky, kx, g, i;
    for (n = 0; n < 1; ++n)
        for (oy = 0; oy < 25; ++oy)
            for (ox = 0; ox < 5; ++ox) {
                int8_t *y = output + ((n * 25 + oy) * 5 + ox) * 64;
                for (g = 0; g < 1; ++g)
                for (o0 = g * 64; o0 < (g + 1) * 64; o0 += 64) {
                    const int count = 64;
                    for (o = 0; o < count; ++o)
                        acc[o] = bias[o0 + o];
                    for (ky = 0; ky < 1; ++ky) {
                        int iy = oy * 1 - 0 + ky * 1;
                        if (iy < 0 || iy >= 25)
                            continue;
                        for (kx = 0; kx < 1; ++kx) {
                            int ix = ox * 1 - 0 + kx * 1;
                            const int8_t *x, *k;
                            if (ix < 0 || ix >= 5)
                                continue;
                            x = input + ((n * 25 + iy) * 5 + ix) * 64;
                            x += g * 64;
                            k = kernel + (ky * 1 + kx) * 64 * 64 + o0;
                            for (i = 0; i < 64; ++i) {
                                const int32_t v = (int32_t)x[i] - (-128);
                                const int8_t *kr = k + i * 64;
                                for (o = 0; o < count; ++o)
                                    acc[o] += (int32_t)kr[o] * v;
                            }
                        }
                    }
                    for (o = 0; o < count; ++o)
                        y[o0 + o] = cg_q_clamp(cg_q_mbqm(acc[o], mult[o0 + o], shift[o0 + o]) + (-128),
                                               -128, 127);
                }
            }
}


/* depthwise_conv2d_2: int8 depthwise convolution 25x5x64 -> 25x5x64, kernel 3x3, stride 1x1, dilation 1x1, pad 1,1 before
 * (TFLite's DepthwiseConvPerChannel): int32 sums of w * (x - -128) plus the bias, per-channel
 * MultiplyByQuantizedMultiplier, + -128, clamped to [-128, 127]. Each output pixel's
 * 64 channels at a time accumulate in an int32 array, the kernel (HW(C*M)) read along
 * them. */
static void cg_layer5(const int8_t *input, const unsigned char *weights, int8_t *output)
{
    const int32_t *bias = (const int32_t *)(const void *)(weights + 15744);
    const int32_t *mult = (const int32_t *)(const void *)(weights + 16000);
    const int32_t *shift = (const int32_t *)(const void *)(weights + 16256);
    const int8_t *kernel = (const int8_t *)(const void *)(weights + 16512);
    int32_t acc[64];
    int n, oy, ox, o0, o, ky, kx;
    for (n = 0; n < 1; ++n)
        for (oy = 0; oy < 25; ++oy)
            for (ox = 0; ox < 5; ++ox) {
                int8_t *y = output + ((n * 25 + oy) * 5 + ox) * 64;
                for (o0 = 0; o0 < 64; o0 += 64) {
                    const int count = 64;
                    for (o = 0; o < count; ++o)
                        acc[o] = bias[o0 + o];
                    for (ky = 0; ky < 3; ++ky) {
                        int iy = oy * 1 - 1 + ky * 1;
                        if (iy < 0 || iy >= 25)
                            continue;
                        for (kx = 0; kx < 3; ++kx) {
                            int ix = ox * 1 - 1 + kx * 1;
                            const int8_t *x, *k;
                            if (ix < 0 || ix >= 5)
                                continue;
                            x = input + ((n * 25 + iy) * 5 + ix) * 64;
                            k = kernel + (ky * 3 + kx) * 64 + o0;
                            x += o0;
                            for (o = 0; o < count; ++o)
                                acc[o] += (int32_t)k[o] * ((int32_t)x[o] - (-128));
                        }
                    }
                    for (o = 0; o < count; ++o)
                        y[o0 + o] = cg_q_clamp(cg_q_mbqm(acc[o], mult[o0 + o], shift[o0 + o]) + (-128),
                                               -128, 127);
                }
            }
}


/* conv2d_3: int8 convolution 25x5x64 -> 25x5x64, kernel 1x1, stride 1x1, dilation 1x1, pad 0,0 before
 * (TFLite's ConvPerChannel): int32 sums of w * (x - -128) plus the bias, per-channel
 * MultiplyByQuantizedMultiplier, + -128, clamped to [-128, 127]. Each output pixel's
 * 64 channels at a time accumulate in an int32 array, the kernel (HWIO) read along
 * them. */
static void cg_layer6(const int8_t *input, const unsigned char *weights, int8_t *output)
{
    const int32_t *bias = (const int32_t *)(const void *)(weights + 17088);
    const int32_t *mult = (const int32_t *)(const void *)(weights + 17344);
    const int32_t *shift = (const int32_t *)(const void *)(weights + 17600);
    const int8_t *kernel = (const int8_t *)(const void *)(weights + 17856);
    int32_t acc[64];
    int n, oy, ox, o0, o, ky, kx, g, i;
    for (n = 0; n < 1; ++n)
        for (oy = 0; oy < 25; ++oy)
            for (ox = 0; ox < 5; ++ox) {
                int8_t *y = output + ((n * 25 + oy) * 5 + ox) * 64;
                for (g = 0; g < 1; ++g)
                for (o0 = g * 64; o0 < (g + 1) * 64; o0 += 64) {
                    const int count = 64;
                    for (o = 0; o < count; ++o)
                        acc[o] = bias[o0 + o];
                    for (ky = 0; ky < 1; ++ky) {
                        int iy = oy * 1 - 0 + ky * 1;
                        if (iy < 0 || iy >= 25)
                            continue;
                        for (kx = 0; kx < 1; ++kx) {
                            int ix = ox * 1 - 0 + kx * 1;
                            const int8_t *x, *k;
                            if (ix < 0 || ix >= 5)
                                continue;
                            x = input + ((n * 25 + iy) * 5 + ix) * 64;
                            x += g * 64;
                            k = kernel + (ky * 1 + kx) * 64 * 64 + o0;
                            for (i = 0; i < 64; ++i) {
                                const int32_t v = (int32_t)x[i] - (-128);
                                const int8_t *kr = k + i * 64;
                                for (o = 0; o < count; ++o)
                                    acc[o] += (int32_t)kr[o] * v;
                            }
                        }
                    }
                    for (o = 0; o < count; ++o)
                        y[o0 + o] = cg_q_clamp(cg_q_mbqm(acc[o], mult[o0 + o], shift[o0 + o]) + (-128),
                                               -128, 127);
                }
            }
}


/* depthwise_conv2d_3: int8 depthwise convolution 25x5x64 -> 25x5x64, kernel 3x3, stride 1x1, dilation 1x1, pad 1,1 before
 * (TFLite's DepthwiseConvPerChannel): int32 sums of w * (x - -128) plus the bias, per-channel
 * MultiplyByQuantizedMultiplier, + -128, clamped to [-128, 127]. Each output pixel's
 * 64 channels at a time accumulate in an int32 array, the kernel (HW(C*M)) read along
 * them. */
static void cg_layer7(const int8_t *input, const unsigned char *weights, int8_t *output)
{
    const int32_t *bias = (const int32_t *)(const void *)(weights + 21952);
    const int32_t *mult = (const int32_t *)(const void *)(weights + 22208);
    const int32_t *shift = (const int32_t *)(const void *)(weights + 22464);
    const int8_t *kernel = (const int8_t *)(const void *)(weights + 22720);
    int32_t acc[64];
    int n, oy, ox, o0, o, ky, kx;
    for (n = 0; n < 1; ++n)
        for (oy = 0; oy < 25; ++oy)
            for (ox = 0; ox < 5; ++ox) {
                int8_t *y = output + ((n * 25 + oy) * 5 + ox) * 64;
                for (o0 = 0; o0 < 64; o0 += 64) {
                    const int count = 64;
                    for (o = 0; o < count; ++o)
                        acc[o] = bias[o0 + o];
                    for (ky = 0; ky < 3; ++ky) {
                        int iy = oy * 1 - 1 + ky * 1;
                        if (iy < 0 || iy >= 25)
                            continue;
                        for (kx = 0; kx < 3; ++kx) {
                            int ix = ox * 1 - 1 + kx * 1;
                            const int8_t *x, *k;
                            if (ix < 0 || ix >= 5)
                                continue;
                            x = input + ((n * 25 + iy) * 5 + ix) * 64;
                            k = kernel + (ky * 3 + kx) * 64 + o0;
                            x += o0;
                            for (o = 0; o < count; ++o)
                                acc[o] += (int32_t)k[o] * ((int32_t)x[o] - (-128));
                        }
                    }
                    for (o = 0; o < count; ++o)
                        y[o0 + o] = cg_q_clamp(cg_q_mbqm(acc[o], mult[o0 + o], shift[o0 + o]) + (-128),
                                               -128, 127);
                }
            }
}


/* conv2d_4: int8 convolution 25x5x64 -> 25x5x64, kernel 1x1, stride 1x1, dilation 1x1, pad 0,0 before
 * (TFLite's ConvPerChannel): int32 sums of w * (x - -128) plus the bias, per-channel
 * MultiplyByQuantizedMultiplier, + -128, clamped to [-128, 127]. Each output pixel's
 * 64 channels at a time accumulate in an int32 array, the kernel (HWIO) read along
 * them. */
static void cg_layer8(const int8_t *input, const unsigned char *weights, int8_t *output)
{
    const int32_t *bias = (const int32_t *)(const void *)(weights + 23296);
    const int32_t *mult = (const int32_t *)(const void *)(weights + 23552);
    const int32_t *shift = (const int32_t *)(const void *)(weights + 23808);
    const int8_t *kernel = (const int8_t *)(const void *)(weights + 24064);
    int32_t acc[64];
    int n, oy, ox, o0, o, ky, kx, g, i;
    for (n = 0; n < 1; ++n)
        for (oy = 0; oy < 25; ++oy)
            for (ox = 0; ox < 5; ++ox) {
                int8_t *y = output + ((n * 25 + oy) * 5 + ox) * 64;
                for (g = 0; g < 1; ++g)
                for (o0 = g * 64; o0 < (g + 1) * 64; o0 += 64) {
                    const int count = 64;
                    for (o = 0; o < count; ++o)
                        acc[o] = bias[o0 + o];
                    for (ky = 0; ky < 1; ++ky) {
                        int iy = oy * 1 - 0 + ky * 1;
                        if (iy < 0 || iy >= 25)
                            continue;
                        for (kx = 0; kx < 1; ++kx) {
                            int ix = ox * 1 - 0 + kx * 1;
                            const int8_t *x, *k;
                            if (ix < 0 || ix >= 5)
                                continue;
                            x = input + ((n * 25 + iy) * 5 + ix) * 64;
                            x += g * 64;
                            k = kernel + (ky * 1 + kx) * 64 * 64 + o0;
                            for (i = 0; i < 64; ++i) {
                                const int32_t v = (int32_t)x[i] - (-128);
                                const int8_t *kr = k + i * 64;
                                for (o = 0; o < count; ++o)
                                    acc[o] += (int32_t)kr[o] * v;
                            }
                        }
                    }
                    for (o = 0; o < count; ++o)
                        y[o0 + o] = cg_q_clamp(cg_q_mbqm(acc[o], mult[o0 + o], shift[o0 + o]) + (-128),
                                               -128, 127);
                }
            }
}


/* average_pooling2d: int8 average pooling 25x5x64 -> 1x1x64, window 24x5, stride 24x5, pad 0,0 before
 * (TFLite's reference AveragePool: the sum of the real inputs divided by their count, halves away from zero). */
static void cg_layer9(const int8_t *input, int8_t *output)
{
    int n, oy, ox, ch, ky, kx;
    for (n = 0; n < 1; ++n)
        for (oy = 0; oy < 1; ++oy)
            for (ox = 0; ox < 1; ++ox)
                for (ch = 0; ch < 64; ++ch) {
                    int32_t acc = 0, count = 0;
                    for (ky = 0; ky < 24; ++ky) {
                        int iy = oy * 24 - 0 + ky;
                        if (iy < 0 || iy >= 25)
                            continue;
                        for (kx = 0; kx < 5; ++kx) {
                            int ix = ox * 5 - 0 + kx;
                            int32_t v;
                            if (ix < 0 || ix >= 5)
                                continue;
                            v = input[((n * 25 + iy) * 5 + ix) * 64 + ch];
                            acc += v;
                            ++count;
                        }
                    }
                    acc = count ? (acc > 0 ? acc + count / 2 : acc - count / 2) / count : 0;
                    output[((n * 1 + oy) * 1 + ox) * 64 + ch] = cg_q_clamp(acc, -128, 127);
                }
}


/* dense: int8 fully connected, 1 rows of 64 -> 12 (TFLite's reference
 * FULLY_CONNECTED): int32 sums of w * (x - -128) plus the bias, times the per-channel scale
 * in double (cg_q_fc_requant: in integers where there is no double FPU), rounded halves
 * away from zero, + 28, clamped to [-128, 127]. */
static void cg_layer11(const int8_t *input, const unsigned char *weights, int8_t *output)
{
    const double *scale = (const double *)(const void *)(weights + 28160);
    const int32_t *bias = (const int32_t *)(const void *)(weights + 28256);
    const int8_t *kernel = (const int8_t *)(const void *)(weights + 28304);
    int r, o, i;
    for (r = 0; r < 1; ++r) {
        const int8_t *x = input + r * 64;
        for (o = 0; o < 12; ++o) {
            const int8_t *w = kernel + o * 64;
            int32_t acc = bias[o];
            for (i = 0; i < 64; ++i)
                acc += (int32_t)w[i] * ((int32_t)x[i] - (-128));
            output[r * 12 + o] = cg_q_clamp(
                cg_q_fc_requant(acc, scale[o]) + (28), -128, 127);
        }
    }
}


/* softmax: int8 softmax over 1 rows of 12 (TFLite's reference Softmax, gemmlowp
 * fixed point): differences to the row maximum times 1523571328 << 18 into Q5.26, exp in
 * Q0.31, their sum in Q12.19, its reciprocal, each exp scaled to 1/256 steps, - 128; a
 * difference below -7936 gives -128. */
static void cg_layer12(const int8_t *input, int8_t *output)
{
    int r, i;
    for (r = 0; r < 1; ++r) {
        const int8_t *x = input + r * 12;
        int8_t *y = output + r * 12;
        int32_t max = x[0], scale;
        uint32_t sum = 0;
        int headroom, shift;
        for (i = 1; i < 12; ++i)
            max = x[i] > max ? x[i] : max;
        for (i = 0; i < 12; ++i) {
            int32_t diff = (int32_t)x[i] - max;
            if (diff >= -7936)
                sum += (uint32_t)cg_q_rdivpot(
                    cg_q_exp_neg_q5(cg_q_srdhm((int32_t)((uint32_t)diff << 18), 1523571328)), 12);
        }
        headroom = cg_q_clz(sum);
        scale = cg_q_one_over_one_plus_x((int32_t)((sum << headroom) - 0x80000000u));
        shift = 12 - headroom + 31 - 8;
        for (i = 0; i < 12; ++i) {
            int32_t diff = (int32_t)x[i] - max;
            int32_t e;
            if (diff < -7936) {
                y[i] = -128;
                continue;
            }
            e = cg_q_exp_neg_q5(cg_q_srdhm((int32_t)((uint32_t)diff << 18), 1523571328));
            y[i] = cg_q_clamp(cg_q_rdivpot(cg_q_srdhm(scale, e), shift) - 128, -128, 127);
        }
    }
}


/* Workspace: conv2d at byte 0 (8000 bytes), depthwise_conv2d at byte 8000 (8000 bytes), conv2d_1 at byte 0 (8000 bytes), depthwise_conv2d_1 at byte 8000 (8000 bytes), conv2d_2 at byte 0 (8000 bytes), depthwise_conv2d_2 at byte 8000 (8000 bytes), conv2d_3 at byte 0 (8000 bytes), depthwise_conv2d_3 at byte 8000 (8000 bytes), conv2d_4 at byte 0 (8000 bytes), average_pooling2d at byte 8000 (64 bytes), dense at byte 0 (12 bytes). */
int kws_ds_cnn_int8(const int8_t *input, const void *weights, int8_t *output, void *workspace)
{
    const unsigned char *w = (const unsigned char *)weights;
    int8_t *ws = (int8_t *)workspace;
    cg_layer0(input, w, ws);
    cg_layer1(ws, w, ws + 8000);
    cg_layer2(ws + 8000, w, ws);
    cg_layer3(ws, w, ws + 8000);
    cg_layer4(ws + 8000, w, ws);
    cg_layer5(ws, w, ws + 8000);
    cg_layer6(ws + 8000, w, ws);
    cg_layer7(ws, w, ws + 8000);
    cg_layer8(ws + 8000, w, ws);
    cg_layer9(ws, ws + 8000);
    cg_layer11(ws + 8000, w, ws);
    cg_layer12(ws, output);
    return 0;
}
