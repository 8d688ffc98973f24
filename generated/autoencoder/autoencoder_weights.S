/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: autoencoder.yaml
 *   Template: weights.S.j2
 */
/* The packed weights blob of autoencoder (2488 floats, 9952 bytes): conv2d (Conv2D) at 0, 160 floats, conv2d_1 (Conv2D) at 160, 1160 floats, conv2d_transpose (Conv2DTranspose) at 1320, 584 floats, conv2d_2 (Conv2D) at 1904, 584 floats.
 * Defines `const float autoencoder_weights[]` (autoencoder.h declares it) from the raw bytes of
 * autoencoder_weights.bin (little-endian IEEE-754 float32), in a read-only section (flash on a
 * microcontroller), aligned to 64 bytes. Assemble it with the C compiler (a .S file
 * goes through the C preprocessor). The .incbin path is searched in the assembler's current
 * folder and the -I folders: build from this folder, pass -I<this folder>, or define
 * AUTOENCODER_WEIGHTS_BIN as the quoted path of the .bin. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "autoencoder_weights.bin holds little-endian floats: on a big-endian target build autoencoder_weights.c"
#endif
#ifndef AUTOENCODER_WEIGHTS_BIN
#define AUTOENCODER_WEIGHTS_BIN "autoencoder_weights.bin"
#endif
/* C symbols take a leading underscore on Mach-O and 32-bit Windows */
#if defined(__APPLE__) || (defined(_WIN32) && !defined(_WIN64))
#define CG_WEIGHTS _autoencoder_weights
#else
#define CG_WEIGHTS autoencoder_weights
#endif

#if defined(__ELF__)
    .section .rodata.autoencoder_weights, "a", %progbits
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
    .incbin AUTOENCODER_WEIGHTS_BIN
#if defined(__ELF__)
    .size CG_WEIGHTS, . - CG_WEIGHTS
#endif
    .if (. - CG_WEIGHTS) != 9952
    .error "autoencoder_weights.bin is not 9952 bytes (AUTOENCODER_WEIGHTS_SIZE floats)"
    .endif
#if defined(__ELF__)
    .section .note.GNU-stack, "", %progbits   /* no executable stack */
#endif
