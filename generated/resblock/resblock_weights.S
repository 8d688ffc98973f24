/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: resblock.yaml
 *   Template: weights.S.j2
 */
/* The packed weights blob of resblock (9416 floats, 37664 bytes): b1_conv1 (Conv2D) at 0, 2320 floats, b1_conv2 (Conv2D) at 2320, 2320 floats, b2_conv1 (Conv2D) at 4640, 2320 floats, b2_conv2 (Conv2D) at 6960, 2320 floats, head (Conv2D) at 9280, 136 floats.
 * Defines `const float resblock_weights[]` (resblock.h declares it) from the raw bytes of
 * resblock_weights.bin (little-endian IEEE-754 float32), in a read-only section (flash on a
 * microcontroller), aligned to 64 bytes. Assemble it with the C compiler (a .S file
 * goes through the C preprocessor). The .incbin path is searched in the assembler's current
 * folder and the -I folders: build from this folder, pass -I<this folder>, or define
 * RESBLOCK_WEIGHTS_BIN as the quoted path of the .bin. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "resblock_weights.bin holds little-endian floats: on a big-endian target build resblock_weights.c"
#endif
#ifndef RESBLOCK_WEIGHTS_BIN
#define RESBLOCK_WEIGHTS_BIN "resblock_weights.bin"
#endif
/* C symbols take a leading underscore on Mach-O and 32-bit Windows */
#if defined(__APPLE__) || (defined(_WIN32) && !defined(_WIN64))
#define CG_WEIGHTS _resblock_weights
#else
#define CG_WEIGHTS resblock_weights
#endif

#if defined(__ELF__)
    .section .rodata.resblock_weights, "a", %progbits
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
    .incbin RESBLOCK_WEIGHTS_BIN
#if defined(__ELF__)
    .size CG_WEIGHTS, . - CG_WEIGHTS
#endif
    .if (. - CG_WEIGHTS) != 37664
    .error "resblock_weights.bin is not 37664 bytes (RESBLOCK_WEIGHTS_SIZE floats)"
    .endif
#if defined(__ELF__)
    .section .note.GNU-stack, "", %progbits   /* no executable stack */
#endif
