/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: crop1d.yaml
 *   Template: test.c.j2
 */
/* Runs crop1d on a reproducible input and compares 90 of its 90
 * outputs with convgen's float64 NumPy oracle. Prints the max error; exits 1 on failure.
 * Input and weights: the LCG state = state * 1664525 + 1013904223 (mod 2^32), value
 * (state >> 8) / 2^23 - 1, seeded with 20261121. */
#include <math.h>
#include <stdio.h>

#include "crop1d.h"

#define CG_CHECKS 90

static const int cg_check_index[CG_CHECKS] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
    20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
    30, 31, 32, 33, 34, 35, 36, 37, 38, 39,
    40, 41, 42, 43, 44, 45, 46, 47, 48, 49,
    50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
    60, 61, 62, 63, 64, 65, 66, 67, 68, 69,
    70, 71, 72, 73, 74, 75, 76, 77, 78, 79,
    80, 81, 82, 83, 84, 85, 86, 87, 88, 89
};
static const float cg_check_value[CG_CHECKS] = {
    0.945720911f, 0.620393038f, 0.306538582f, -0.239117265f, -0.0782526731f,
    -0.88268888f, 0.942483425f, -0.294555902f, 0.814759374f, -0.0271687508f,
    -0.498165011f, 0.468915582f, 0.326490045f, -0.504236937f, -0.454248786f,
    0.0775487423f, 0.428821802f, -0.856424928f, -0.154702783f, -0.108138561f,
    -0.689802885f, 0.513239264f, 0.199927211f, 0.434397221f, -0.42601645f,
    -0.392533422f, 0.836044073f, 0.758499265f, -0.529959679f, -0.467417479f,
    0.416886568f, 0.764350772f, -0.559260607f, -0.715705872f, 0.194995999f,
    0.368530512f, 0.762688637f, 0.77759707f, 0.33850944f, -0.0666658878f,
    -0.434591174f, 0.777073622f, 0.962531805f, 0.862111092f, 0.00821399689f,
    0.883830667f, 0.896836758f, -0.233132958f, 0.896543264f, -0.764670253f,
    -0.278855801f, 0.114382148f, 0.518998265f, 0.0743554831f, -0.90077281f,
    -0.24290514f, 0.986331344f, -0.156622887f, -0.0569034815f, -0.744998574f,
    -0.146360993f, 0.960548997f, 0.438513041f, 0.394820571f, -0.692993879f,
    0.933601975f, 0.463078856f, 0.812674522f, -0.304144144f, 0.967876077f,
    0.428156137f, -0.873464704f, 0.69225049f, 0.72474277f, -0.924135804f,
    -0.515313864f, -0.141603231f, 0.386669278f, -0.737595201f, 0.936449885f,
    0.903603792f, -0.314828157f, -0.741034865f, -0.468568563f, 0.41194427f,
    0.0479109287f, -0.398550391f, -0.446473479f, 0.32186842f, 0.521176577f
};
/* 1e-4 * max(1, max |oracle|) */
static const float cg_tolerance = 9.99999975e-05f;

static float cg_input[CROP1D_INPUT_SIZE];
static float cg_output[CROP1D_OUTPUT_SIZE];
static float cg_workspace[CROP1D_WORKSPACE_SIZE > 0 ? CROP1D_WORKSPACE_SIZE : 1];
static float cg_weights[CROP1D_WEIGHTS_SIZE > 0 ? CROP1D_WEIGHTS_SIZE : 1];

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
    for (int i = 0; i < CROP1D_INPUT_SIZE; ++i)
        cg_input[i] = cg_next_value(&state);
    if (crop1d(cg_input, cg_weights, cg_output, cg_workspace) != 0) {
        printf("crop1d: FAIL (the kernel returned an error)\n");
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
    printf("crop1d: max abs error %g (tolerance %g) over %d of %d outputs: %s\n",
           (double)cg_max_error, (double)cg_tolerance, CG_CHECKS, CROP1D_OUTPUT_SIZE,
           cg_failures ? "FAIL" : "PASS");
    return cg_failures ? 1 : 0;
}
