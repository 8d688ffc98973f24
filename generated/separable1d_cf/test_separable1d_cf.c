/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: separable1d_cf.yaml
 *   Template: test.c.j2
 */
/* Runs separable1d_cf on a reproducible input and compares 136 of its 136
 * outputs with convgen's float64 NumPy oracle. Prints the max error; exits 1 on failure.
 * Input and weights: the LCG state = state * 1664525 + 1013904223 (mod 2^32), value
 * (state >> 8) / 2^23 - 1, seeded with 20261121. */
#include <math.h>
#include <stdio.h>

#include "separable1d_cf.h"

#define CG_CHECKS 136

static const int cg_check_index[CG_CHECKS] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
    20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
    30, 31, 32, 33, 34, 35, 36, 37, 38, 39,
    40, 41, 42, 43, 44, 45, 46, 47, 48, 49,
    50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
    60, 61, 62, 63, 64, 65, 66, 67, 68, 69,
    70, 71, 72, 73, 74, 75, 76, 77, 78, 79,
    80, 81, 82, 83, 84, 85, 86, 87, 88, 89,
    90, 91, 92, 93, 94, 95, 96, 97, 98, 99,
    100, 101, 102, 103, 104, 105, 106, 107, 108, 109,
    110, 111, 112, 113, 114, 115, 116, 117, 118, 119,
    120, 121, 122, 123, 124, 125, 126, 127, 128, 129,
    130, 131, 132, 133, 134, 135
};
static const float cg_check_value[CG_CHECKS] = {
    -0.251608223f, -0.356834024f, -0.273855805f, -0.305219918f, -0.410926074f,
    -0.316238731f, -0.296815395f, -0.320079684f, -0.23461096f, -0.276626885f,
    -0.401539624f, -0.27062571f, -0.500569105f, -0.300337613f, -0.407841593f,
    -0.350333333f, -0.360309422f, 0.0334495455f, 0.212237f, 0.0272782426f,
    0.173709884f, 0.0998103991f, 0.0742231458f, 0.0375048742f, 0.189384148f,
    0.0430200025f, 0.0357216895f, 0.163159192f, 0.021567503f, 0.157761633f,
    0.0143021727f, 0.166198716f, 0.0928401425f, 0.112407275f, 0.0682343766f,
    0.118875548f, 0.084554486f, 0.12810789f, 0.201228425f, 0.0154681643f,
    0.155219167f, 0.0351101533f, 0.0878922194f, 0.0600044504f, 0.145945132f,
    0.0891229138f, 0.125950381f, 0.193916097f, 0.0375166163f, 0.107997514f,
    0.145100892f, 0.525523961f, 0.278415054f, 0.438691795f, 0.470508724f,
    0.360714346f, 0.437839031f, 0.585458696f, 0.486285776f, 0.51377064f,
    0.504107356f, 0.379338384f, 0.571602881f, 0.432428688f, 0.478660434f,
    0.478444487f, 0.483546078f, 0.385338843f, 0.317032158f, 0.382985115f,
    0.371260822f, 0.393578231f, 0.274930894f, 0.333671033f, 0.277084678f,
    0.322081f, 0.389107257f, 0.277327836f, 0.325538427f, 0.274949729f,
    0.231553242f, 0.367389023f, 0.32517153f, 0.301582783f, 0.366793245f,
    -0.322167903f, -0.443964958f, -0.315483779f, -0.396557927f, -0.484432131f,
    -0.26237753f, -0.410349131f, -0.350029409f, -0.325754166f, -0.336912811f,
    -0.442335904f, -0.337808818f, -0.400896043f, -0.400728375f, -0.296747118f,
    -0.351615131f, -0.409131348f, 0.00740723033f, 0.0105760684f, -0.0691944063f,
    0.00830814894f, 0.133054659f, -0.0143706668f, 0.0164340269f, 0.0125617776f,
    -0.161644414f, 0.0408383086f, -0.0134892743f, 0.072661303f, 0.0680821463f,
    -0.00467621302f, -0.0972518176f, 0.14788276f, -0.0824582949f, 0.347853512f,
    0.430119723f, 0.323973626f, 0.377149701f, 0.402173936f, 0.333383858f,
    0.305223584f, 0.367978543f, 0.274703741f, 0.362142265f, 0.33962065f,
    0.347140163f, 0.278158963f, 0.326451391f, 0.233387813f, 0.387689829f,
    0.311142534f
};
/* 1e-4 * max(1, max |oracle|) */
static const float cg_tolerance = 9.99999975e-05f;

#define CG_SPANS 3
static const int cg_span_offset[CG_SPANS] = {
    0, 18, 66
};
static const int cg_span_count[CG_SPANS] = {
    18, 48, 8
};
static const float cg_span_scale[CG_SPANS] = {
    0.235702261f, 0.408248305f, 0.5f
};

static float cg_input[SEPARABLE1D_CF_INPUT_SIZE];
static float cg_output[SEPARABLE1D_CF_OUTPUT_SIZE];
static float cg_workspace[SEPARABLE1D_CF_WORKSPACE_SIZE > 0 ? SEPARABLE1D_CF_WORKSPACE_SIZE : 1];
static float cg_weights[SEPARABLE1D_CF_WEIGHTS_SIZE > 0 ? SEPARABLE1D_CF_WEIGHTS_SIZE : 1];

static float cg_next_value(unsigned long *state)
{
    *state = (*state * 1664525UL + 1013904223UL) & 0xffffffffUL;
    return (float)(*state >> 8) * (1.0f / 8388608.0f) - 1.0f;
}

int main(void)
{
    unsigned long state = 20261121UL;
    float cg_max_error = 0.0f;
    int cg_failures = 0;
    for (int i = 0; i < SEPARABLE1D_CF_INPUT_SIZE; ++i)
        cg_input[i] = cg_next_value(&state);
    for (int s = 0; s < CG_SPANS; ++s)   /* weights where the packed blob holds them; padding 0 */
        for (int i = 0; i < cg_span_count[s]; ++i)
            cg_weights[cg_span_offset[s] + i] = cg_next_value(&state) * cg_span_scale[s];
    if (separable1d_cf(cg_input, cg_weights, cg_output, cg_workspace) != 0) {
        printf("separable1d_cf: FAIL (the kernel returned an error)\n");
        return 1;
    }
    for (int k = 0; k < CG_CHECKS; ++k) {
        const float got = cg_output[cg_check_index[k]];
        const float want = cg_check_value[k];
        if (isnan(want) || isinf(want)) {
            if (!(isnan(want) ? isnan(got) : got == want)) ++cg_failures;
            continue;
        }
        {
            const float error = fabsf(got - want);
            if (!(error <= cg_tolerance)) ++cg_failures;   /* a NaN output fails too */
            if (error > cg_max_error) cg_max_error = error;
        }
    }
    printf("separable1d_cf: max abs error %g (tolerance %g) over %d of %d outputs: %s\n",
           (double)cg_max_error, (double)cg_tolerance, CG_CHECKS, SEPARABLE1D_CF_OUTPUT_SIZE,
           cg_failures ? "FAIL" : "PASS");
    return cg_failures ? 1 : 0;
}
