/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: depthwise_dilated_strided.yaml
 *   Template: test.c.j2
 */
/* Runs depthwise_dilated_strided on a reproducible input and compares 225 of its 225
 * outputs with convgen's float64 NumPy oracle. Prints the max error; exits 1 on failure.
 * Input and weights: the LCG state = state * 1664525 + 1013904223 (mod 2^32), value
 * (state >> 8) / 2^23 - 1, seeded with 20261121. */
#include <math.h>
#include <stdio.h>

#include "depthwise_dilated_strided.h"

#define CG_CHECKS 225

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
    130, 131, 132, 133, 134, 135, 136, 137, 138, 139,
    140, 141, 142, 143, 144, 145, 146, 147, 148, 149,
    150, 151, 152, 153, 154, 155, 156, 157, 158, 159,
    160, 161, 162, 163, 164, 165, 166, 167, 168, 169,
    170, 171, 172, 173, 174, 175, 176, 177, 178, 179,
    180, 181, 182, 183, 184, 185, 186, 187, 188, 189,
    190, 191, 192, 193, 194, 195, 196, 197, 198, 199,
    200, 201, 202, 203, 204, 205, 206, 207, 208, 209,
    210, 211, 212, 213, 214, 215, 216, 217, 218, 219,
    220, 221, 222, 223, 224
};
static const float cg_check_value[CG_CHECKS] = {
    0.015251602f, 0.0471024811f, 0.126485646f, -0.0559374653f, -0.0678917766f,
    -0.131266579f, 0.183209151f, 0.332873017f, -0.244630411f, 0.134081289f,
    0.0304856468f, -0.0923303664f, -0.0487107225f, 0.035209056f, -0.0318811536f,
    0.191592425f, -0.157891095f, -0.0532118194f, 0.0735440627f, 0.0243850052f,
    -0.178782463f, 0.102312259f, 0.00782814063f, 0.0155560225f, 0.000308915216f,
    -0.0184173621f, -0.261108458f, -0.021243982f, 0.0433962382f, -0.0949890837f,
    0.148286149f, 0.0984031036f, 0.074783057f, 0.15802972f, 0.0464445204f,
    -0.169244096f, -0.0638846755f, -0.0122705344f, -0.100194462f, -0.0798157081f,
    0.00100570964f, 0.0111983754f, 0.0343351848f, 0.17085062f, 0.152034178f,
    -0.0345729776f, 0.142001733f, 0.0853708982f, -0.0167449135f, -0.0869199857f,
    -0.0178299472f, -0.26889506f, 0.0890448466f, -0.0750913322f, 0.0211356971f,
    0.132766768f, 0.09016902f, -0.00841024332f, -0.0471379161f, -0.0609446764f,
    0.000750618754f, 0.117400169f, 0.397938907f, -0.234940633f, 0.0187948495f,
    -0.13745822f, 0.0959207192f, -0.277755499f, -0.124799542f, 0.00943548139f,
    0.201107621f, 0.0311767608f, 0.0584519878f, -0.0853255615f, -0.0617648624f,
    -0.251711547f, 0.14421922f, 0.174898461f, 0.07568492f, -0.0533156805f,
    0.124933377f, -0.103898168f, -0.309411764f, -0.0422247797f, 0.0843718946f,
    -0.0919580087f, 0.0338271596f, 0.21423085f, 0.0365666635f, 0.0110247117f,
    0.0701743588f, 0.0922070667f, -0.173909798f, -0.201738089f, -0.0366686545f,
    0.0409340151f, -0.0596821159f, -0.00545440009f, 0.108716734f, -0.0881014764f,
    -0.0883629471f, -0.0930308476f, 0.0163806602f, -0.0623085462f, 0.085284166f,
    0.171666592f, 0.161032259f, 0.0725254118f, 0.0898866281f, 0.00388733158f,
    -0.132222012f, -0.0370490812f, 0.00409892807f, -0.00547974557f, -0.0234330855f,
    0.103401445f, 0.0217400491f, -0.18577826f, 0.0373299494f, -0.051230628f,
    -0.0104137687f, 0.0346352756f, 0.0795019791f, 0.0360872783f, -0.00638457574f,
    -0.122953154f, -0.139301226f, -0.0034746977f, 0.00734699471f, 0.0492130145f,
    0.0680436417f, 0.0464891568f, 0.059482608f, -0.0398835167f, -0.0397722088f,
    0.0512144454f, -0.161348835f, 0.0295361578f, 0.0680670515f, -0.0426250212f,
    -0.0854584351f, 0.139117226f, -0.0768049881f, 0.0741248429f, 0.040534623f,
    0.134732842f, 0.0970602334f, 0.204879895f, -0.239955157f, 0.0771009624f,
    0.000471197447f, -0.0189162511f, -0.00202544848f, 0.191376984f, -0.158336267f,
    -0.00670449575f, -0.168977454f, 0.125483096f, -0.10441187f, 0.0645739064f,
    -0.147209302f, 0.102602325f, -0.111331739f, -0.0143372798f, 0.0596970692f,
    0.173988611f, 0.0450896658f, 0.0284986943f, -0.0180726964f, -0.0344416909f,
    0.0221221056f, -0.135088682f, -0.180639461f, 0.213939264f, 0.0549686961f,
    -0.137270391f, 0.0905751809f, 0.350777537f, -0.181746051f, -0.0668879226f,
    -0.00569555582f, -0.00113656721f, 0.0493026003f, -0.0634228289f, -0.0039733639f,
    0.0341115408f, 0.110326521f, -0.133325636f, 0.189308882f, -0.0796381012f,
    0.065031901f, 0.0737239793f, 0.168355227f, -0.219399586f, -0.140900195f,
    -0.0431722924f, 0.143023565f, -0.0143636502f, -0.0738572776f, 0.102055922f,
    0.0725800619f, -4.64783006e-05f, -0.00062191789f, -0.0579230152f, -0.0917806402f,
    -0.0754792541f, -0.0243005268f, 0.118115202f, -0.0383763723f, -0.122124486f,
    0.0591774397f, 0.194081649f, -0.0979135036f, -0.000901725376f, 0.0771393552f,
    -0.070706211f, -0.156641036f, -0.0243731625f, 0.0276102759f, -0.0358102173f,
    0.0221297946f, -0.0233229548f, 0.140636832f, 0.200524554f, 0.0683694631f
};
/* 1e-4 * max(1, max |oracle|) */
static const float cg_tolerance = 9.99999975e-05f;

#define CG_SPANS 1
static const int cg_span_offset[CG_SPANS] = {
    0
};
static const int cg_span_count[CG_SPANS] = {
    30
};
static const float cg_span_scale[CG_SPANS] = {
    0.182574183f
};

static float cg_input[DEPTHWISE_DILATED_STRIDED_INPUT_SIZE];
static float cg_output[DEPTHWISE_DILATED_STRIDED_OUTPUT_SIZE];
static float cg_workspace[DEPTHWISE_DILATED_STRIDED_WORKSPACE_SIZE > 0 ? DEPTHWISE_DILATED_STRIDED_WORKSPACE_SIZE : 1];
static float cg_weights[DEPTHWISE_DILATED_STRIDED_WEIGHTS_SIZE > 0 ? DEPTHWISE_DILATED_STRIDED_WEIGHTS_SIZE : 1];

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
    for (int i = 0; i < DEPTHWISE_DILATED_STRIDED_INPUT_SIZE; ++i)
        cg_input[i] = cg_next_value(&state);
    for (int s = 0; s < CG_SPANS; ++s)   /* weights where the packed blob holds them; padding 0 */
        for (int i = 0; i < cg_span_count[s]; ++i)
            cg_weights[cg_span_offset[s] + i] = cg_next_value(&state) * cg_span_scale[s];
    if (depthwise_dilated_strided(cg_input, cg_weights, cg_output, cg_workspace) != 0) {
        printf("depthwise_dilated_strided: FAIL (the kernel returned an error)\n");
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
    printf("depthwise_dilated_strided: max abs error %g (tolerance %g) over %d of %d outputs: %s\n",
           (double)cg_max_error, (double)cg_tolerance, CG_CHECKS, DEPTHWISE_DILATED_STRIDED_OUTPUT_SIZE,
           cg_failures ? "FAIL" : "PASS");
    return cg_failures ? 1 : 0;
}
