/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: kws_ds_cnn.yaml
 *   Template: weights.S.j2
 */
/* The packed weights blob of kws_ds_cnn (22604 floats, 90416 bytes): conv2d (Conv2D) at 0, 2624 floats, depthwise_conv2d (DepthwiseConv2D) at 2624, 640 floats, conv2d_1 (Conv2D) at 3264, 4160 floats, depthwise_conv2d_1 (DepthwiseConv2D) at 7424, 640 floats, conv2d_2 (Conv2D) at 8064, 4160 floats, depthwise_conv2d_2 (DepthwiseConv2D) at 12224, 640 floats, conv2d_3 (Conv2D) at 12864, 4160 floats, depthwise_conv2d_3 (DepthwiseConv2D) at 17024, 640 floats, conv2d_4 (Conv2D) at 17664, 4160 floats, dense (Dense) at 21824, 780 floats.
 * Defines `const float kws_ds_cnn_weights[]` (kws_ds_cnn.h declares it) from the raw bytes of
 * kws_ds_cnn_weights.bin (little-endian IEEE-754 float32), in a read-only section (flash on a
 * microcontroller), aligned to 64 bytes. Assemble it with the C compiler (a .S file
 * goes through the C preprocessor). The .incbin path is searched in the assembler's current
 * folder and the -I folders: build from this folder, pass -I<this folder>, or define
 * KWS_DS_CNN_WEIGHTS_BIN as the quoted path of the .bin. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "kws_ds_cnn_weights.bin holds little-endian floats: on a big-endian target build kws_ds_cnn_weights.c"
#endif
#ifndef KWS_DS_CNN_WEIGHTS_BIN
#define KWS_DS_CNN_WEIGHTS_BIN "kws_ds_cnn_weights.bin"
#endif
/* C symbols take a leading underscore on Mach-O and 32-bit Windows */
#if defined(__APPLE__) || (defined(_WIN32) && !defined(_WIN64))
#define CG_WEIGHTS _kws_ds_cnn_weights
#else
#define CG_WEIGHTS kws_ds_cnn_weights
#endif

#if defined(__ELF__)
    .section .rodata.kws_ds_cnn_weights, "a", %progbits
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
    .incbin KWS_DS_CNN_WEIGHTS_BIN
#if defined(__ELF__)
    .size CG_WEIGHTS, . - CG_WEIGHTS
#endif
    .if (. - CG_WEIGHTS) != 90416
    .error "kws_ds_cnn_weights.bin is not 90416 bytes (KWS_DS_CNN_WEIGHTS_SIZE floats)"
    .endif
#if defined(__ELF__)
    .section .note.GNU-stack, "", %progbits   /* no executable stack */
#endif
