#!/usr/bin/env bash
# Size of exported models on a Cortex-M4 (hard float), without the test program:
#   scripts/cortex-m4-size.sh generated/mnist_cnn generated/autoencoder ...
# Needs arm-none-eabi-gcc (Debian: gcc-arm-none-eabi). Prints arm-none-eabi-size per object;
# on these bare objects "text" includes .rodata (the const weights blob and tap tables).
set -euo pipefail
CC=${CC:-arm-none-eabi-gcc}
FLAGS=(-mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16 -O2 -std=c99
       -Wall -Wextra -Werror -pedantic)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
objects=()
for dir in "$@"; do
    for src in "$dir"/*.c; do
        case "$(basename "$src")" in test_*) continue ;; esac
        obj="$out/$(basename "$src" .c).o"
        "$CC" "${FLAGS[@]}" -c "$src" -o "$obj"
        objects+=("$obj")
    done
done
arm-none-eabi-size "${objects[@]}" | sed "s|$out/||"
