/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: mnist_cnn.yaml
 *   Template: weights.S.j2
 */
/* The packed weights blob of mnist_cnn (34560 floats, 138240 bytes): conv2d (Conv2D) at 0, 80 floats, conv2d_1 (Conv2D) at 80, 1168 floats, conv2d_2 (Conv2D) at 1248, 2320 floats, conv2d_3 (Conv2D) at 3568, 30992 floats.
 * Defines `const float mnist_cnn_weights[]` (mnist_cnn.h declares it) from the raw bytes of
 * mnist_cnn_weights.bin (little-endian IEEE-754 float32), in a read-only section (flash on a
 * microcontroller), aligned to 64 bytes. Assemble it with the C compiler (a .S file
 * goes through the C preprocessor). The .incbin path is searched in the assembler's current
 * folder and the -I folders: build from this folder, pass -I<this folder>, or define
 * MNIST_CNN_WEIGHTS_BIN as the quoted path of the .bin. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "mnist_cnn_weights.bin holds little-endian floats: on a big-endian target build mnist_cnn_weights.c"
#endif
#ifndef MNIST_CNN_WEIGHTS_BIN
#define MNIST_CNN_WEIGHTS_BIN "mnist_cnn_weights.bin"
#endif
/* C symbols take a leading underscore on Mach-O and 32-bit Windows */
#if defined(__APPLE__) || (defined(_WIN32) && !defined(_WIN64))
#define CG_WEIGHTS _mnist_cnn_weights
#else
#define CG_WEIGHTS mnist_cnn_weights
#endif

#if defined(__ELF__)
    .section .rodata.mnist_cnn_weights, "a", %progbits
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
    .incbin MNIST_CNN_WEIGHTS_BIN
#if defined(__ELF__)
    .size CG_WEIGHTS, . - CG_WEIGHTS
#endif
    .if (. - CG_WEIGHTS) != 138240
    .error "mnist_cnn_weights.bin is not 138240 bytes (MNIST_CNN_WEIGHTS_SIZE floats)"
    .endif
#if defined(__ELF__)
    .section .note.GNU-stack, "", %progbits   /* no executable stack */
#endif
