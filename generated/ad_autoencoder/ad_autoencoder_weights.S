/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: ad_autoencoder.yaml
 *   Template: weights.S.j2
 */
/* The packed weights blob of ad_autoencoder (265864 floats, 1063456 bytes): dense (Dense) at 0, 82048 floats, dense_1 (Dense) at 82048, 16512 floats, dense_2 (Dense) at 98560, 16512 floats, dense_3 (Dense) at 115072, 16512 floats, dense_4 (Dense) at 131584, 1032 floats, dense_5 (Dense) at 132616, 1152 floats, dense_6 (Dense) at 133768, 16512 floats, dense_7 (Dense) at 150280, 16512 floats, dense_8 (Dense) at 166792, 16512 floats, dense_9 (Dense) at 183304, 82560 floats.
 * Defines `const float ad_autoencoder_weights[]` (ad_autoencoder.h declares it) from the raw bytes of
 * ad_autoencoder_weights.bin (little-endian IEEE-754 float32), in a read-only section (flash on a
 * microcontroller), aligned to 64 bytes. Assemble it with the C compiler (a .S file
 * goes through the C preprocessor). The .incbin path is searched in the assembler's current
 * folder and the -I folders: build from this folder, pass -I<this folder>, or define
 * AD_AUTOENCODER_WEIGHTS_BIN as the quoted path of the .bin. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "ad_autoencoder_weights.bin holds little-endian floats: on a big-endian target build ad_autoencoder_weights.c"
#endif
#ifndef AD_AUTOENCODER_WEIGHTS_BIN
#define AD_AUTOENCODER_WEIGHTS_BIN "ad_autoencoder_weights.bin"
#endif
/* C symbols take a leading underscore on Mach-O and 32-bit Windows */
#if defined(__APPLE__) || (defined(_WIN32) && !defined(_WIN64))
#define CG_WEIGHTS _ad_autoencoder_weights
#else
#define CG_WEIGHTS ad_autoencoder_weights
#endif

#if defined(__ELF__)
    .section .rodata.ad_autoencoder_weights, "a", %progbits
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
    .incbin AD_AUTOENCODER_WEIGHTS_BIN
#if defined(__ELF__)
    .size CG_WEIGHTS, . - CG_WEIGHTS
#endif
    .if (. - CG_WEIGHTS) != 1063456
    .error "ad_autoencoder_weights.bin is not 1063456 bytes (AD_AUTOENCODER_WEIGHTS_SIZE floats)"
    .endif
#if defined(__ELF__)
    .section .note.GNU-stack, "", %progbits   /* no executable stack */
#endif
