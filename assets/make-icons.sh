#!/usr/bin/env bash
# Draws Send Guard's icon (a blue shield with a white check) at the sizes the manifest names.
# Needs ImageMagick (Debian: imagemagick); CONVERT=/usr/bin/convert picks a binary. Run: assets/make-icons.sh
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 64 80 128; do
  # Drawn on a 128-unit grid, then scaled, so every size has the same shape.
  "${CONVERT:-convert}" -size 512x512 xc:none \
    -fill '#0F6CBD' -stroke '#0A4A82' -strokewidth 12 \
    -draw "path 'M 256 40 L 448 112 L 448 248 C 448 360 368 440 256 480 C 144 440 64 360 64 248 L 64 112 Z'" \
    -fill none -stroke white -strokewidth 44 -draw "polyline 160,260 232,332 360,188" \
    -resize "${size}x${size}" -strip "PNG32:icon-${size}.png"
done

# The unified manifest's app package: a full-colour 192x192 icon (the shield on white, as the admin
# center shows it) and a 32x32 outline icon (white on transparent).
"${CONVERT:-convert}" -size 512x512 xc:none \
  -fill '#0F6CBD' -stroke '#0A4A82' -strokewidth 12 \
  -draw "path 'M 256 40 L 448 112 L 448 248 C 448 360 368 440 256 480 C 144 440 64 360 64 248 L 64 112 Z'" \
  -fill none -stroke white -strokewidth 44 -draw "polyline 160,260 232,332 360,188" \
  -resize 144x144 -background white -gravity center -extent 192x192 -strip PNG32:color.png
"${CONVERT:-convert}" -size 512x512 xc:none \
  -fill none -stroke white -strokewidth 36 \
  -draw "path 'M 256 40 L 448 112 L 448 248 C 448 360 368 440 256 480 C 144 440 64 360 64 248 L 64 112 Z'" \
  -strokewidth 44 -draw "polyline 160,260 232,332 360,188" \
  -resize 32x32 -strip PNG32:outline.png
# The browser tab's icon for every page (no 404 for /favicon.ico): 16 and 32 pixels in one file.
"${CONVERT:-convert}" icon-16.png icon-32.png favicon.ico
