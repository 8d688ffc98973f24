/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: mnist_cnn.yaml
 *   Template: test.c.j2
 */
/* Runs mnist_cnn on a reproducible input and compares 10 of its 10
 * outputs with convgen's float64 NumPy oracle. Prints the max error; exits 1 on failure.
 * Input: the LCG state = state * 1664525 + 1013904223 (mod 2^32), value
 * (state >> 8) / 2^23 - 1, seeded with 20261121. */
#include <math.h>
#include <stdio.h>

#include "mnist_cnn.h"

#define CHECKS 10

static const int check_index[CHECKS] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9
};
static const float check_value[CHECKS] = {
    0.0953887105f, 0.0973132476f, 0.0985221118f, 0.104666233f, 0.0979416892f,
    0.0909719318f, 0.0933966711f, 0.110309996f, 0.104345746f, 0.107143663f
};
/* 1e-4 * max(1, max |oracle|) */
static const float tolerance = 9.99999975e-05f;

static float input[MNIST_CNN_INPUT_SIZE];
static float output[MNIST_CNN_OUTPUT_SIZE];
static float workspace[MNIST_CNN_WORKSPACE_SIZE > 0 ? MNIST_CNN_WORKSPACE_SIZE : 1];

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
    for (int i = 0; i < MNIST_CNN_INPUT_SIZE; ++i)
        input[i] = next_value(&state);
    if (mnist_cnn(input, mnist_cnn_weights, output, workspace) != 0) {
        printf("mnist_cnn: FAIL (the kernel returned an error)\n");
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
    printf("mnist_cnn: max abs error %g (tolerance %g) over %d of %d outputs: %s\n",
           (double)max_error, (double)tolerance, CHECKS, MNIST_CNN_OUTPUT_SIZE,
           failures ? "FAIL" : "PASS");
    return failures ? 1 : 0;
}
