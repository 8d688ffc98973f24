/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: transpose1d_dilated.yaml
 *   Template: test.c.j2
 */
/* Runs transpose1d_dilated on a reproducible input and compares 96 of its 96
 * outputs with convgen's float64 NumPy oracle. Prints the max error; exits 1 on failure.
 * Input and weights: the LCG state = state * 1664525 + 1013904223 (mod 2^32), value
 * (state >> 8) / 2^23 - 1, seeded with 20261121. */
#include <math.h>
#include <stdio.h>

#include "transpose1d_dilated.h"

#define CG_CHECKS 96

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
    90, 91, 92, 93, 94, 95
};
static const float cg_check_value[CG_CHECKS] = {
    0.558636487f, 0.395743549f, 0.374763191f, 0.539194942f, 0.420280248f,
    0.492676049f, 0.642810404f, 0.504048824f, 0.499740273f, 0.551200271f,
    0.492192686f, 0.540449679f, 0.600568295f, 0.300142765f, 0.461091846f,
    0.591757953f, 0.427269399f, 0.463724881f, 0.558068633f, 0.462529033f,
    0.525682926f, 0.476246625f, 0.424980968f, 0.502959967f, 0.616512179f,
    0.468612105f, 0.643932462f, 0.504706562f, 0.507354915f, 0.457936913f,
    0.68996042f, 0.322059602f, 0.512829959f, 0.625879228f, 0.46158585f,
    0.46091184f, 0.534549117f, 0.413949728f, 0.332898974f, 0.544859886f,
    0.383784503f, 0.53587079f, 0.579840958f, 0.355716884f, 0.478393793f,
    0.617570639f, 0.439515173f, 0.437590003f, 0.665880322f, 0.369190812f,
    0.429775536f, 0.590861797f, 0.451746881f, 0.448503792f, 0.587558031f,
    0.338884979f, 0.532875776f, 0.548720121f, 0.40964973f, 0.369217068f,
    0.619178057f, 0.346956789f, 0.520371258f, 0.563386142f, 0.468858391f,
    0.434087157f, 0.614748418f, 0.357217759f, 0.506043077f, 0.553720295f,
    0.492869556f, 0.427178174f, 0.526298761f, 0.340012968f, 0.402317345f,
    0.639954627f, 0.39763844f, 0.459521711f, 0.563684225f, 0.433351129f,
    0.410427094f, 0.520305634f, 0.39184621f, 0.511258483f, 0.56567204f,
    0.4334822f, 0.420291603f, 0.498811066f, 0.403134495f, 0.522873759f,
    0.580589473f, 0.432486624f, 0.428787142f, 0.480529726f, 0.422089189f,
    0.526164055f
};
/* 1e-4 * max(1, max |oracle|) */
static const float cg_tolerance = 9.99999975e-05f;

#define CG_SPANS 13
static const int cg_span_offset[CG_SPANS] = {
    0, 8, 16, 24, 32, 40, 48, 56, 64, 72,
    80, 88, 96
};
static const int cg_span_count[CG_SPANS] = {
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    6, 6, 6
};
static const float cg_span_scale[CG_SPANS] = {
    0.235702261f, 0.235702261f, 0.235702261f, 0.235702261f, 0.235702261f,
    0.235702261f, 0.235702261f, 0.235702261f, 0.235702261f, 0.235702261f,
    0.235702261f, 0.235702261f, 0.5f
};

static float cg_input[TRANSPOSE1D_DILATED_INPUT_SIZE];
static float cg_output[TRANSPOSE1D_DILATED_OUTPUT_SIZE];
static float cg_workspace[TRANSPOSE1D_DILATED_WORKSPACE_SIZE > 0 ? TRANSPOSE1D_DILATED_WORKSPACE_SIZE : 1];
static float cg_weights[TRANSPOSE1D_DILATED_WEIGHTS_SIZE > 0 ? TRANSPOSE1D_DILATED_WEIGHTS_SIZE : 1];

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
    for (int i = 0; i < TRANSPOSE1D_DILATED_INPUT_SIZE; ++i)
        cg_input[i] = cg_next_value(&state);
    for (int s = 0; s < CG_SPANS; ++s)   /* weights where the packed blob holds them; padding 0 */
        for (int i = 0; i < cg_span_count[s]; ++i)
            cg_weights[cg_span_offset[s] + i] = cg_next_value(&state) * cg_span_scale[s];
    if (transpose1d_dilated(cg_input, cg_weights, cg_output, cg_workspace) != 0) {
        printf("transpose1d_dilated: FAIL (the kernel returned an error)\n");
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
    printf("transpose1d_dilated: max abs error %g (tolerance %g) over %d of %d outputs: %s\n",
           (double)cg_max_error, (double)cg_tolerance, CG_CHECKS, TRANSPOSE1D_DILATED_OUTPUT_SIZE,
           cg_failures ? "FAIL" : "PASS");
    return cg_failures ? 1 : 0;
}
