/* Auto-generated file. Do not edit!
 *   Generator: convgen 0.1.0
 *   Spec: crop_rows_cols.yaml
 *   Template: header.h.j2
 */
#ifndef CONVGEN_CROP_ROWS_COLS_H
#define CONVGEN_CROP_ROWS_COLS_H

#ifdef __cplusplus
extern "C" {
#endif

#define CROP_ROWS_COLS_INPUT_SIZE 2560  /* floats, batch included: 1x16x20x8 */
#define CROP_ROWS_COLS_OUTPUT_SIZE 1456  /* floats, batch included: 1x13x14x8 */
#define CROP_ROWS_COLS_WEIGHTS_SIZE 0  /* floats in the packed blob */
#define CROP_ROWS_COLS_WORKSPACE_SIZE 0  /* floats of scratch the caller provides (may be 0) */

/* cropping2d (Cropping2D) 16x20x8 -> 13x14x8
 * Weights blob, in order: none.
 * Re-entrant: no static state and no allocation. Returns 0. */
int crop_rows_cols(const float *input, const float *weights, float *output, float *workspace);

#ifdef __cplusplus
}
#endif

#endif /* CONVGEN_CROP_ROWS_COLS_H */
