/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: kws_ds_cnn_int8.yaml
 *   Template: qheader.h.j2
 */
#ifndef CONVGEN_KWS_DS_CNN_INT8_H
#define CONVGEN_KWS_DS_CNN_INT8_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define KWS_DS_CNN_INT8_INPUT_SIZE 490  /* bytes, batch included: 1x49x10x1 int8_t */
#define KWS_DS_CNN_INT8_OUTPUT_SIZE 12  /* bytes, batch included: 1x12 int8_t */
#define KWS_DS_CNN_INT8_WEIGHTS_SIZE 29072  /* bytes of the packed blob (8-byte aligned) */
#define KWS_DS_CNN_INT8_WORKSPACE_SIZE 16000  /* bytes of scratch the caller provides (may be 0) */

/* int8 model of 13 layer(s), TFLite's integer arithmetic (reference kernels, bit for bit).
 * Weights blob (pass it 8-byte aligned; little-endian), in order:
 *   layers[0] conv2d bias int32 [64] at byte 0
 *   layers[0] conv2d multipliers int32 [64] at byte 256
 *   layers[0] conv2d shifts int32 [64] at byte 512
 *   layers[0] conv2d kernel HWIO int8 [2560] at byte 768
 *   layers[1] depthwise_conv2d bias int32 [64] at byte 3328
 *   layers[1] depthwise_conv2d multipliers int32 [64] at byte 3584
 *   layers[1] depthwise_conv2d shifts int32 [64] at byte 3840
 *   layers[1] depthwise_conv2d kernel HW(C*M) int8 [576] at byte 4096
 *   layers[2] conv2d_1 bias int32 [64] at byte 4672
 *   layers[2] conv2d_1 multipliers int32 [64] at byte 4928
 *   layers[2] conv2d_1 shifts int32 [64] at byte 5184
 *   layers[2] conv2d_1 kernel HWIO int8 [4096] at byte 5440
 *   layers[3] depthwise_conv2d_1 bias int32 [64] at byte 9536
 *   layers[3] depthwise_conv2d_1 multipliers int32 [64] at byte 9792
 *   layers[3] depthwise_conv2d_1 shifts int32 [64] at byte 10048
 *   layers[3] depthwise_conv2d_1 kernel HW(C*M) int8 [576] at byte 10304
 *   layers[4] conv2d_2 bias int32 [64] at byte 10880
 *   layers[4] conv2d_2 multipliers int32 [64] at byte 11136
 *   layers[4] conv2d_2 shifts int32 [64] at byte 11392
 *   layers[4] conv2d_2 kernel HWIO int8 [4096] at byte 11648
 *   layers[5] depthwise_conv2d_2 bias int32 [64] at byte 15744
 *   layers[5] depthwise_conv2d_2 multipliers int32 [64] at byte 16000
 *   layers[5] depthwise_conv2d_2 shifts int32 [64] at byte 16256
 *   layers[5] depthwise_conv2d_2 kernel HW(C*M) int8 [576] at byte 16512
 *   layers[6] conv2d_3 bias int32 [64] at byte 17088
 *   layers[6] conv2d_3 multipliers int32 [64] at byte 17344
 *   layers[6] conv2d_3 shifts int32 [64] at byte 17600
 *   layers[6] conv2d_3 kernel HWIO int8 [4096] at byte 17856
 *   layers[7] depthwise_conv2d_3 bias int32 [64] at byte 21952
 *   layers[7] depthwise_conv2d_3 multipliers int32 [64] at byte 22208
 *   layers[7] depthwise_conv2d_3 shifts int32 [64] at byte 22464
 *   layers[7] depthwise_conv2d_3 kernel HW(C*M) int8 [576] at byte 22720
 *   layers[8] conv2d_4 bias int32 [64] at byte 23296
 *   layers[8] conv2d_4 multipliers int32 [64] at byte 23552
 *   layers[8] conv2d_4 shifts int32 [64] at byte 23808
 *   layers[8] conv2d_4 kernel HWIO int8 [4096] at byte 24064
 *   layers[11] dense requantization scales (double) float64 [12] at byte 28160
 *   layers[11] dense bias int32 [12] at byte 28256
 *   layers[11] dense kernel (units, in) int8 [768] at byte 28304
 * Re-entrant: no static state and no allocation. Returns 0. */
int kws_ds_cnn_int8(const int8_t *input, const void *weights, int8_t *output, void *workspace);

/* The spec's weights, packed (kws_ds_cnn_int8_weights.c): pass them as `weights`. */
extern const void *const kws_ds_cnn_int8_weights;

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_KWS_DS_CNN_INT8_H */
