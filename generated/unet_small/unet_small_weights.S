/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: unet_small.yaml
 *   Template: weights.S.j2
 */
/* The packed weights blob of unet_small (19408 floats, 77632 bytes): enc1 (Conv2D) at 0, 224 floats, down1 (Conv2D) at 224, 1168 floats, enc2 (Conv2D) at 1392, 2320 floats, down2 (Conv2D) at 3712, 4640 floats, up2 (Conv2DTranspose) at 8352, 4624 floats, dec2 (Conv2D) at 12976, 4624 floats, dec1 (Conv2D) at 17600, 1736 floats, head (Conv2D) at 19336, 72 floats.
 * Defines `const float unet_small_weights[]` (unet_small.h declares it) from the raw bytes of
 * unet_small_weights.bin (little-endian IEEE-754 float32), in a read-only section (flash on a
 * microcontroller), aligned to 64 bytes. Assemble it with the C compiler (a .S file
 * goes through the C preprocessor). The .incbin path is searched in the assembler's current
 * folder and the -I folders: build from this folder, pass -I<this folder>, or define
 * UNET_SMALL_WEIGHTS_BIN as the quoted path of the .bin. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "unet_small_weights.bin holds little-endian floats: on a big-endian target build unet_small_weights.c"
#endif
#ifndef UNET_SMALL_WEIGHTS_BIN
#define UNET_SMALL_WEIGHTS_BIN "unet_small_weights.bin"
#endif
/* C symbols take a leading underscore on Mach-O and 32-bit Windows */
#if defined(__APPLE__) || (defined(_WIN32) && !defined(_WIN64))
#define CG_WEIGHTS _unet_small_weights
#else
#define CG_WEIGHTS unet_small_weights
#endif

#if defined(__ELF__)
    .section .rodata.unet_small_weights, "a", %progbits
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
    .incbin UNET_SMALL_WEIGHTS_BIN
#if defined(__ELF__)
    .size CG_WEIGHTS, . - CG_WEIGHTS
#endif
    .if (. - CG_WEIGHTS) != 77632
    .error "unet_small_weights.bin is not 77632 bytes (UNET_SMALL_WEIGHTS_SIZE floats)"
    .endif
#if defined(__ELF__)
    .section .note.GNU-stack, "", %progbits   /* no executable stack */
#endif
