/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: keras_mnist.yaml
 *   Template: test.c.j2
 */
/* Runs keras_mnist on a reproducible input and compares 10 of its 10
 * outputs with convgen's float64 NumPy oracle. Prints the max error; exits 1 on failure.
 * Input: the LCG state = state * 1664525 + 1013904223 (mod 2^32), value
 * (state >> 8) / 2^23 - 1, seeded with 20261121. */
#include <math.h>
#include <stdio.h>

#include "keras_mnist.h"

#define CG_CHECKS 10

static const int cg_check_index[CG_CHECKS] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9
};
static const float cg_check_value[CG_CHECKS] = {
    0.0656259432f, 0.0677286461f, 0.124591462f, 0.115622565f, 0.102257214f,
    0.0731964633f, 0.119323291f, 0.109005645f, 0.131606236f, 0.0910425261f
};
/* 1e-4 * max(1, max |oracle|) */
static const float cg_tolerance = 9.99999975e-05f;

static float cg_input[KERAS_MNIST_INPUT_SIZE];
static float cg_output[KERAS_MNIST_OUTPUT_SIZE];
static float cg_workspace[KERAS_MNIST_WORKSPACE_SIZE > 0 ? KERAS_MNIST_WORKSPACE_SIZE : 1];

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
    for (int i = 0; i < KERAS_MNIST_INPUT_SIZE; ++i)
        cg_input[i] = cg_next_value(&state);
    if (keras_mnist(cg_input, keras_mnist_weights, cg_output, cg_workspace) != 0) {
        printf("keras_mnist: FAIL (the kernel returned an error)\n");
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
    printf("keras_mnist: max abs error %g (tolerance %g) over %d of %d outputs: %s\n",
           (double)cg_max_error, (double)cg_tolerance, CG_CHECKS, KERAS_MNIST_OUTPUT_SIZE,
           cg_failures ? "FAIL" : "PASS");
    return cg_failures ? 1 : 0;
}
