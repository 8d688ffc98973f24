/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: full_kernel.yaml
 *   Template: test.c.j2
 */
/* Runs full_kernel on a reproducible input and compares 18 of its 18
 * outputs with convgen's float64 NumPy oracle. Prints the max error; exits 1 on failure.
 * Input and weights: the LCG state = state * 1664525 + 1013904223 (mod 2^32), value
 * (state >> 8) / 2^23 - 1, seeded with 20261121. */
#include <math.h>
#include <stdio.h>

#include "full_kernel.h"

#define CHECKS 18

static const int check_index[CHECKS] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    10, 11, 12, 13, 14, 15, 16, 17
};
static const float check_value[CHECKS] = {
    0.250775516f, 0.0f, 0.0f, 0.0f, 0.0433954708f,
    0.0f, 0.0f, 0.0f, 0.0f, 0.0f,
    0.118042424f, 0.333067417f, 0.0f, 0.301394343f, 0.0f,
    0.213796616f, 0.108739302f, 0.0f
};
/* 1e-4 * max(1, max |oracle|) */
static const float tolerance = 9.99999975e-05f;

static float input[FULL_KERNEL_INPUT_SIZE];
static float output[FULL_KERNEL_OUTPUT_SIZE];
static float workspace[FULL_KERNEL_WORKSPACE_SIZE > 0 ? FULL_KERNEL_WORKSPACE_SIZE : 1];
static float weights[FULL_KERNEL_WEIGHTS_SIZE > 0 ? FULL_KERNEL_WEIGHTS_SIZE : 1];

static float next_value(unsigned long *state)
{
    *state = (*state * 1664525UL + 1013904223UL) & 0xffffffffUL;
    return (float)(*state >> 8) * (1.0f / 8388608.0f) - 1.0f;
}

int main(void)
{
    unsigned long state = 20261121UL;
    float max_error = 0.0f;
    int failures = 0;
    for (int i = 0; i < FULL_KERNEL_INPUT_SIZE; ++i)
        input[i] = next_value(&state);
    for (int i = 0; i < 630; ++i)
        weights[0 + i] = next_value(&state) * 0.0975900069f;
    for (int i = 0; i < 6; ++i)
        weights[630 + i] = next_value(&state) * 0.5f;
    if (full_kernel(input, weights, output, workspace) != 0) {
        printf("full_kernel: FAIL (the kernel returned an error)\n");
        return 1;
    }
    for (int k = 0; k < CHECKS; ++k) {
        const float got = output[check_index[k]];
        const float want = check_value[k];
        if (isnan(want) || isinf(want)) {
            if (!(isnan(want) ? isnan(got) : got == want)) ++failures;
            continue;
        }
        {
            const float error = fabsf(got - want);
            if (!(error <= tolerance)) ++failures;   /* a NaN output fails too */
            if (error > max_error) max_error = error;
        }
    }
    printf("full_kernel: max abs error %g (tolerance %g) over %d of %d outputs: %s\n",
           (double)max_error, (double)tolerance, CHECKS, FULL_KERNEL_OUTPUT_SIZE,
           failures ? "FAIL" : "PASS");
    return failures ? 1 : 0;
}
