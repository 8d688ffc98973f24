/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: keras_mnist.yaml
 *   Template: weights.S.j2
 */
/* The packed weights blob of keras_mnist (34826 floats, 139304 bytes): conv2d (Conv2D) at 0, 320 floats, conv2d_1 (Conv2D) at 320, 18496 floats, dense (Dense) at 18816, 16010 floats.
 * Defines `const float keras_mnist_weights[]` (keras_mnist.h declares it) from the raw bytes of
 * keras_mnist_weights.bin (little-endian IEEE-754 float32), in a read-only section (flash on a
 * microcontroller), aligned to 64 bytes. Assemble it with the C compiler (a .S file
 * goes through the C preprocessor). The .incbin path is searched in the assembler's current
 * folder and the -I folders: build from this folder, pass -I<this folder>, or define
 * KERAS_MNIST_WEIGHTS_BIN as the quoted path of the .bin. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "keras_mnist_weights.bin holds little-endian floats: on a big-endian target build keras_mnist_weights.c"
#endif
#ifndef KERAS_MNIST_WEIGHTS_BIN
#define KERAS_MNIST_WEIGHTS_BIN "keras_mnist_weights.bin"
#endif
/* C symbols take a leading underscore on Mach-O and 32-bit Windows */
#if defined(__APPLE__) || (defined(_WIN32) && !defined(_WIN64))
#define CG_WEIGHTS _keras_mnist_weights
#else
#define CG_WEIGHTS keras_mnist_weights
#endif

#if defined(__ELF__)
    .section .rodata.keras_mnist_weights, "a", %progbits
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
    .incbin KERAS_MNIST_WEIGHTS_BIN
#if defined(__ELF__)
    .size CG_WEIGHTS, . - CG_WEIGHTS
#endif
    .if (. - CG_WEIGHTS) != 139304
    .error "keras_mnist_weights.bin is not 139304 bytes (KERAS_MNIST_WEIGHTS_SIZE floats)"
    .endif
#if defined(__ELF__)
    .section .note.GNU-stack, "", %progbits   /* no executable stack */
#endif
