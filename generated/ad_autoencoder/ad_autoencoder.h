/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: ad_autoencoder.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_AD_AUTOENCODER_H
#define CONVGEN_AD_AUTOENCODER_H

#ifdef __cplusplus
extern "C" {
#endif

#define AD_AUTOENCODER_INPUT_SIZE 640  /* floats, batch included: 1x640 */
#define AD_AUTOENCODER_OUTPUT_SIZE 640  /* floats, batch included: 1x640 */
#define AD_AUTOENCODER_WEIGHTS_SIZE 265864  /* floats in the packed blob */
#define AD_AUTOENCODER_WORKSPACE_SIZE 264  /* floats of scratch the caller provides (may be 0) */

/* dense (Dense) 640 -> 128; batch_normalization (BatchNormalization) 128 -> 128; activation (Activation) 128 -> 128; dense_1 (Dense) 128 -> 128; batch_normalization_1 (BatchNormalization) 128 -> 128; activation_1 (Activation) 128 -> 128; dense_2 (Dense) 128 -> 128; batch_normalization_2 (BatchNormalization) 128 -> 128; activation_2 (Activation) 128 -> 128; dense_3 (Dense) 128 -> 128; batch_normalization_3 (BatchNormalization) 128 -> 128; activation_3 (Activation) 128 -> 128; dense_4 (Dense) 128 -> 8; batch_normalization_4 (BatchNormalization) 8 -> 8; activation_4 (Activation) 8 -> 8; dense_5 (Dense) 8 -> 128; batch_normalization_5 (BatchNormalization) 128 -> 128; activation_5 (Activation) 128 -> 128; dense_6 (Dense) 128 -> 128; batch_normalization_6 (BatchNormalization) 128 -> 128; activation_6 (Activation) 128 -> 128; dense_7 (Dense) 128 -> 128; batch_normalization_7 (BatchNormalization) 128 -> 128; activation_7 (Activation) 128 -> 128; dense_8 (Dense) 128 -> 128; batch_normalization_8 (BatchNormalization) 128 -> 128; activation_8 (Activation) 128 -> 128; dense_9 (Dense) 128 -> 640
 * Weights blob, in order: dense (Dense) at 0, 82048 floats, dense_1 (Dense) at 82048, 16512 floats, dense_2 (Dense) at 98560, 16512 floats, dense_3 (Dense) at 115072, 16512 floats, dense_4 (Dense) at 131584, 1032 floats, dense_5 (Dense) at 132616, 1152 floats, dense_6 (Dense) at 133768, 16512 floats, dense_7 (Dense) at 150280, 16512 floats, dense_8 (Dense) at 166792, 16512 floats, dense_9 (Dense) at 183304, 82560 floats.
 * Re-entrant: no static state and no allocation. Returns 0. */
int ad_autoencoder(const float *input, const float *weights, float *output, float *workspace);

/* The spec's weights, packed (ad_autoencoder_weights.c, or ad_autoencoder_weights.S with .bin): pass them
 * as `weights`. */
extern const float ad_autoencoder_weights[AD_AUTOENCODER_WEIGHTS_SIZE];

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_AD_AUTOENCODER_H */
