/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: gated_conv1d.yaml
 *   Template: weights.S.j2
 */
/* The packed weights blob of gated_conv1d (4696 floats, 18784 bytes): b1_filter (Conv1D) at 0, 784 floats, b1_gate (Conv1D) at 784, 784 floats, b1_res (Conv1D) at 1568, 272 floats, b2_filter (Conv1D) at 1840, 784 floats, b2_gate (Conv1D) at 2624, 784 floats, b1_skip (Conv1D) at 3408, 544 floats, b2_skip (Conv1D) at 3952, 544 floats, head (Conv1D) at 4496, 200 floats.
 * Defines `const float gated_conv1d_weights[]` (gated_conv1d.h declares it) from the raw bytes of
 * gated_conv1d_weights.bin (little-endian IEEE-754 float32), in a read-only section (flash on a
 * microcontroller), aligned to 64 bytes. Assemble it with the C compiler (a .S file
 * goes through the C preprocessor). The .incbin path is searched in the assembler's current
 * folder and the -I folders: build from this folder, pass -I<this folder>, or define
 * GATED_CONV1D_WEIGHTS_BIN as the quoted path of the .bin. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "gated_conv1d_weights.bin holds little-endian floats: on a big-endian target build gated_conv1d_weights.c"
#endif
#ifndef GATED_CONV1D_WEIGHTS_BIN
#define GATED_CONV1D_WEIGHTS_BIN "gated_conv1d_weights.bin"
#endif
/* C symbols take a leading underscore on Mach-O and 32-bit Windows */
#if defined(__APPLE__) || (defined(_WIN32) && !defined(_WIN64))
#define CG_WEIGHTS _gated_conv1d_weights
#else
#define CG_WEIGHTS gated_conv1d_weights
#endif

#if defined(__ELF__)
    .section .rodata.gated_conv1d_weights, "a", %progbits
#elif defined(__APPLE__)
    .const
#elif defined(_WIN32)
    .section .rdata, "dr"
#else
    .section .rodata
#endif
    .globl CG_WEIGHTS
    .p2align 6
#if defined(__ELF__)
    .type CG_WEIGHTS, %object
#endif
CG_WEIGHTS:
    .incbin GATED_CONV1D_WEIGHTS_BIN
#if defined(__ELF__)
    .size CG_WEIGHTS, . - CG_WEIGHTS
#endif
    .if (. - CG_WEIGHTS) != 18784
    .error "gated_conv1d_weights.bin is not 18784 bytes (GATED_CONV1D_WEIGHTS_SIZE floats)"
    .endif
#if defined(__ELF__)
    .section .note.GNU-stack, "", %progbits   /* no executable stack */
#endif
