/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: vww_mobilenet_v1.yaml
 *   Template: weights.S.j2
 */
/* The packed weights blob of vww_mobilenet_v1 (210850 floats, 843400 bytes): conv2d (Conv2D) at 0, 224 floats, depthwise_conv2d (DepthwiseConv2D) at 224, 80 floats, conv2d_1 (Conv2D) at 304, 144 floats, depthwise_conv2d_1 (DepthwiseConv2D) at 448, 160 floats, conv2d_2 (Conv2D) at 608, 544 floats, depthwise_conv2d_2 (DepthwiseConv2D) at 1152, 320 floats, conv2d_3 (Conv2D) at 1472, 1056 floats, depthwise_conv2d_3 (DepthwiseConv2D) at 2528, 320 floats, conv2d_4 (Conv2D) at 2848, 2112 floats, depthwise_conv2d_4 (DepthwiseConv2D) at 4960, 640 floats, conv2d_5 (Conv2D) at 5600, 4160 floats, depthwise_conv2d_5 (DepthwiseConv2D) at 9760, 640 floats, conv2d_6 (Conv2D) at 10400, 8320 floats, depthwise_conv2d_6 (DepthwiseConv2D) at 18720, 1280 floats, conv2d_7 (Conv2D) at 20000, 16512 floats, depthwise_conv2d_7 (DepthwiseConv2D) at 36512, 1280 floats, conv2d_8 (Conv2D) at 37792, 16512 floats, depthwise_conv2d_8 (DepthwiseConv2D) at 54304, 1280 floats, conv2d_9 (Conv2D) at 55584, 16512 floats, depthwise_conv2d_9 (DepthwiseConv2D) at 72096, 1280 floats, conv2d_10 (Conv2D) at 73376, 16512 floats, depthwise_conv2d_10 (DepthwiseConv2D) at 89888, 1280 floats, conv2d_11 (Conv2D) at 91168, 16512 floats, depthwise_conv2d_11 (DepthwiseConv2D) at 107680, 1280 floats, conv2d_12 (Conv2D) at 108960, 33024 floats, depthwise_conv2d_12 (DepthwiseConv2D) at 141984, 2560 floats, conv2d_13 (Conv2D) at 144544, 65792 floats, dense (Dense) at 210336, 514 floats.
 * Defines `const float vww_mobilenet_v1_weights[]` (vww_mobilenet_v1.h declares it) from the raw bytes of
 * vww_mobilenet_v1_weights.bin (little-endian IEEE-754 float32), in a read-only section (flash on a
 * microcontroller), aligned to 64 bytes. Assemble it with the C compiler (a .S file
 * goes through the C preprocessor). The .incbin path is searched in the assembler's current
 * folder and the -I folders: build from this folder, pass -I<this folder>, or define
 * VWW_MOBILENET_V1_WEIGHTS_BIN as the quoted path of the .bin. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "vww_mobilenet_v1_weights.bin holds little-endian floats: on a big-endian target build vww_mobilenet_v1_weights.c"
#endif
#ifndef VWW_MOBILENET_V1_WEIGHTS_BIN
#define VWW_MOBILENET_V1_WEIGHTS_BIN "vww_mobilenet_v1_weights.bin"
#endif
/* C symbols take a leading underscore on Mach-O and 32-bit Windows */
#if defined(__APPLE__) || (defined(_WIN32) && !defined(_WIN64))
#define CG_WEIGHTS _vww_mobilenet_v1_weights
#else
#define CG_WEIGHTS vww_mobilenet_v1_weights
#endif

#if defined(__ELF__)
    .section .rodata.vww_mobilenet_v1_weights, "a", %progbits
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
    .incbin VWW_MOBILENET_V1_WEIGHTS_BIN
#if defined(__ELF__)
    .size CG_WEIGHTS, . - CG_WEIGHTS
#endif
    .if (. - CG_WEIGHTS) != 843400
    .error "vww_mobilenet_v1_weights.bin is not 843400 bytes (VWW_MOBILENET_V1_WEIGHTS_SIZE floats)"
    .endif
#if defined(__ELF__)
    .section .note.GNU-stack, "", %progbits   /* no executable stack */
#endif
