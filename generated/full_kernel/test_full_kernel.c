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

#define CG_CHECKS 18

static const int cg_check_index[CG_CHECKS] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    10, 11, 12, 13, 14, 15, 16, 17
};
static const float cg_check_value[CG_CHECKS] = {
    0.250775516f, 0.0f, 0.0f, 0.0f, 0.0433954708f,
    0.0f, 0.0f, 0.0f, 0.0f, 0.0f,
    0.118042424f, 0.333067417f, 0.0f, 0.301394343f, 0.0f,
    0.213796616f, 0.108739302f, 0.0f
};
/* 1e-4 * max(1, max |oracle|) */
static const float cg_tolerance = 9.99999975e-05f;

#define CG_SPANS 106
static const int cg_span_offset[CG_SPANS] = {
    0, 8, 16, 24, 32, 40, 48, 56, 64, 72,
    80, 88, 96, 104, 112, 120, 128, 136, 144, 152,
    160, 168, 176, 184, 192, 200, 208, 216, 224, 232,
    240, 248, 256, 264, 272, 280, 288, 296, 304, 312,
    320, 328, 336, 344, 352, 360, 368, 376, 384, 392,
    400, 408, 416, 424, 432, 440, 448, 456, 464, 472,
    480, 488, 496, 504, 512, 520, 528, 536, 544, 552,
    560, 568, 576, 584, 592, 600, 608, 616, 624, 632,
    640, 648, 656, 664, 672, 680, 688, 696, 704, 712,
    720, 728, 736, 744, 752, 760, 768, 776, 784, 792,
    800, 808, 816, 824, 832, 840
};
static const int cg_span_count[CG_SPANS] = {
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    6, 6, 6, 6, 6, 6
};
static const float cg_span_scale[CG_SPANS] = {
    0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f,
    0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f,
    0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f,
    0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f,
    0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f,
    0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f,
    0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f,
    0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f,
    0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f,
    0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f,
    0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f,
    0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f,
    0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f,
    0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f,
    0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f,
    0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f,
    0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f,
    0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f,
    0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f,
    0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f,
    0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f, 0.0975900069f,
    0.5f
};

static float cg_input[FULL_KERNEL_INPUT_SIZE];
static float cg_output[FULL_KERNEL_OUTPUT_SIZE];
static float cg_workspace[FULL_KERNEL_WORKSPACE_SIZE > 0 ? FULL_KERNEL_WORKSPACE_SIZE : 1];
static float cg_weights[FULL_KERNEL_WEIGHTS_SIZE > 0 ? FULL_KERNEL_WEIGHTS_SIZE : 1];

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
    for (int i = 0; i < FULL_KERNEL_INPUT_SIZE; ++i)
        cg_input[i] = cg_next_value(&state);
    for (int s = 0; s < CG_SPANS; ++s)   /* weights where the packed blob holds them; padding 0 */
        for (int i = 0; i < cg_span_count[s]; ++i)
            cg_weights[cg_span_offset[s] + i] = cg_next_value(&state) * cg_span_scale[s];
    if (full_kernel(cg_input, cg_weights, cg_output, cg_workspace) != 0) {
        printf("full_kernel: FAIL (the kernel returned an error)\n");
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
    printf("full_kernel: max abs error %g (tolerance %g) over %d of %d outputs: %s\n",
           (double)cg_max_error, (double)cg_tolerance, CG_CHECKS, FULL_KERNEL_OUTPUT_SIZE,
           cg_failures ? "FAIL" : "PASS");
    return cg_failures ? 1 : 0;
}
