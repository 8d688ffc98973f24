/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: wavenet_kws.yaml
 *   Template: weights.S.j2
 */
/* The packed weights blob of wavenet_kws (13712 floats, 54848 bytes): conv1d (Conv1D) at 0, 3872 floats, conv1d_1 (Conv1D) at 3872, 3104 floats, conv1d_2 (Conv1D) at 6976, 3104 floats, conv1d_3 (Conv1D) at 10080, 3104 floats, conv1d_4 (Conv1D) at 13184, 528 floats.
 * Defines `const float wavenet_kws_weights[]` (wavenet_kws.h declares it) from the raw bytes of
 * wavenet_kws_weights.bin (little-endian IEEE-754 float32), in a read-only section (flash on a
 * microcontroller), aligned to 64 bytes. Assemble it with the C compiler (a .S file
 * goes through the C preprocessor). The .incbin path is searched in the assembler's current
 * folder and the -I folders: build from this folder, pass -I<this folder>, or define
 * WAVENET_KWS_WEIGHTS_BIN as the quoted path of the .bin. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "wavenet_kws_weights.bin holds little-endian floats: on a big-endian target build wavenet_kws_weights.c"
#endif
#ifndef WAVENET_KWS_WEIGHTS_BIN
#define WAVENET_KWS_WEIGHTS_BIN "wavenet_kws_weights.bin"
#endif
/* C symbols take a leading underscore on Mach-O and 32-bit Windows */
#if defined(__APPLE__) || (defined(_WIN32) && !defined(_WIN64))
#define CG_WEIGHTS _wavenet_kws_weights
#else
#define CG_WEIGHTS wavenet_kws_weights
#endif

#if defined(__ELF__)
    .section .rodata.wavenet_kws_weights, "a", %progbits
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
    .incbin WAVENET_KWS_WEIGHTS_BIN
#if defined(__ELF__)
    .size CG_WEIGHTS, . - CG_WEIGHTS
#endif
    .if (. - CG_WEIGHTS) != 54848
    .error "wavenet_kws_weights.bin is not 54848 bytes (WAVENET_KWS_WEIGHTS_SIZE floats)"
    .endif
#if defined(__ELF__)
    .section .note.GNU-stack, "", %progbits   /* no executable stack */
#endif
