/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: ic_resnet8.yaml
 *   Template: weights.S.j2
 */
/* The packed weights blob of ic_resnet8 (77706 floats, 310824 bytes): stem_conv (Conv2D) at 0, 448 floats, s1_conv1 (Conv2D) at 448, 2320 floats, s1_conv2 (Conv2D) at 2768, 2320 floats, s2_conv1 (Conv2D) at 5088, 4640 floats, s2_conv2 (Conv2D) at 9728, 9248 floats, s2_shortcut (Conv2D) at 18976, 544 floats, s3_conv1 (Conv2D) at 19520, 18496 floats, s3_conv2 (Conv2D) at 38016, 36928 floats, s3_shortcut (Conv2D) at 74944, 2112 floats, classifier (Dense) at 77056, 650 floats.
 * Defines `const float ic_resnet8_weights[]` (ic_resnet8.h declares it) from the raw bytes of
 * ic_resnet8_weights.bin (little-endian IEEE-754 float32), in a read-only section (flash on a
 * microcontroller), aligned to 64 bytes. Assemble it with the C compiler (a .S file
 * goes through the C preprocessor). The .incbin path is searched in the assembler's current
 * folder and the -I folders: build from this folder, pass -I<this folder>, or define
 * IC_RESNET8_WEIGHTS_BIN as the quoted path of the .bin. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "ic_resnet8_weights.bin holds little-endian floats: on a big-endian target build ic_resnet8_weights.c"
#endif
#ifndef IC_RESNET8_WEIGHTS_BIN
#define IC_RESNET8_WEIGHTS_BIN "ic_resnet8_weights.bin"
#endif
/* C symbols take a leading underscore on Mach-O and 32-bit Windows */
#if defined(__APPLE__) || (defined(_WIN32) && !defined(_WIN64))
#define CG_WEIGHTS _ic_resnet8_weights
#else
#define CG_WEIGHTS ic_resnet8_weights
#endif

#if defined(__ELF__)
    .section .rodata.ic_resnet8_weights, "a", %progbits
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
    .incbin IC_RESNET8_WEIGHTS_BIN
#if defined(__ELF__)
    .size CG_WEIGHTS, . - CG_WEIGHTS
#endif
    .if (. - CG_WEIGHTS) != 310824
    .error "ic_resnet8_weights.bin is not 310824 bytes (IC_RESNET8_WEIGHTS_SIZE floats)"
    .endif
#if defined(__ELF__)
    .section .note.GNU-stack, "", %progbits   /* no executable stack */
#endif
