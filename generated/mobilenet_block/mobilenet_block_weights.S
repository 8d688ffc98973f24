/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: mobilenet_block.yaml
 *   Template: weights.S.j2
 */
/* The packed weights blob of mobilenet_block (8320 floats, 33280 bytes): conv2d (Conv2D) at 0, 448 floats, depthwise_conv2d (DepthwiseConv2D) at 448, 160 floats, conv2d_1 (Conv2D) at 608, 544 floats, depthwise_conv2d_1 (DepthwiseConv2D) at 1152, 320 floats, conv2d_2 (Conv2D) at 1472, 2112 floats, separable_conv2d (SeparableConv2D) at 3584, 4736 floats.
 * Defines `const float mobilenet_block_weights[]` (mobilenet_block.h declares it) from the raw bytes of
 * mobilenet_block_weights.bin (little-endian IEEE-754 float32), in a read-only section (flash on a
 * microcontroller), aligned to 64 bytes. Assemble it with the C compiler (a .S file
 * goes through the C preprocessor). The .incbin path is searched in the assembler's current
 * folder and the -I folders: build from this folder, pass -I<this folder>, or define
 * MOBILENET_BLOCK_WEIGHTS_BIN as the quoted path of the .bin. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "mobilenet_block_weights.bin holds little-endian floats: on a big-endian target build mobilenet_block_weights.c"
#endif
#ifndef MOBILENET_BLOCK_WEIGHTS_BIN
#define MOBILENET_BLOCK_WEIGHTS_BIN "mobilenet_block_weights.bin"
#endif
/* C symbols take a leading underscore on Mach-O and 32-bit Windows */
#if defined(__APPLE__) || (defined(_WIN32) && !defined(_WIN64))
#define CG_WEIGHTS _mobilenet_block_weights
#else
#define CG_WEIGHTS mobilenet_block_weights
#endif

#if defined(__ELF__)
    .section .rodata.mobilenet_block_weights, "a", %progbits
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
    .incbin MOBILENET_BLOCK_WEIGHTS_BIN
#if defined(__ELF__)
    .size CG_WEIGHTS, . - CG_WEIGHTS
#endif
    .if (. - CG_WEIGHTS) != 33280
    .error "mobilenet_block_weights.bin is not 33280 bytes (MOBILENET_BLOCK_WEIGHTS_SIZE floats)"
    .endif
#if defined(__ELF__)
    .section .note.GNU-stack, "", %progbits   /* no executable stack */
#endif
