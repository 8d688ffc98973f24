/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: ic_resnet8.yaml
 *   Template: test.c.j2
 */
/* Runs ic_resnet8 on a reproducible input and compares 10 of its 10
 * outputs with convgen's float64 NumPy oracle. Prints the max error; exits 1 on failure.
 * Input: the LCG state = state * 1664525 + 1013904223 (mod 2^32), value
 * (state >> 8) / 2^23 - 1, seeded with 20261121. */
#include <math.h>
#include <stdio.h>

#include "ic_resnet8.h"

#define CG_CHECKS 10

static const int cg_check_index[CG_CHECKS] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9
};
static const float cg_check_value[CG_CHECKS] = {
    0.129303008f, 0.0773332939f, 0.137163803f, 0.076524891f, 0.0953280851f,
    0.100450359f, 0.124595746f, 0.106544733f, 0.0732624009f, 0.0794936866f
};
/* 1e-4 * max(1, max |oracle|) */
static const float cg_tolerance = 9.99999975e-05f;

static float cg_input[IC_RESNET8_INPUT_SIZE];
static float cg_output[IC_RESNET8_OUTPUT_SIZE];
static float cg_workspace[IC_RESNET8_WORKSPACE_SIZE > 0 ? IC_RESNET8_WORKSPACE_SIZE : 1];

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
    for (int i = 0; i < IC_RESNET8_INPUT_SIZE; ++i)
        cg_input[i] = cg_next_value(&state);
    if (ic_resnet8(cg_input, ic_resnet8_weights, cg_output, cg_workspace) != 0) {
        printf("ic_resnet8: FAIL (the kernel returned an error)\n");
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
    printf("ic_resnet8: max abs error %g (tolerance %g) over %d of %d outputs: %s\n",
           (double)cg_max_error, (double)cg_tolerance, CG_CHECKS, IC_RESNET8_OUTPUT_SIZE,
           cg_failures ? "FAIL" : "PASS");
    return cg_failures ? 1 : 0;
}
