#!/usr/bin/env bash
# Screenshots of the sample site (home and CV; 390 and 1280 px wide; light and dark) into
# docs/images/, and the CV printed to PDF (A4 and Letter) with its page count.
# Needs Chromium (Debian: apt-get install chromium) and pdfinfo (apt-get install poppler-utils).
# Builds the sample site with ./sample-site.sh first unless SITE=path/to/public is given.
set -euo pipefail
cd "$(dirname "$0")/.."

site=${SITE:-}
if [ -z "$site" ]; then
    ./sample-site.sh >/dev/null
    site=target/sample-site/my-site/target/public
fi
site=$(cd "$site" && pwd)
out=docs/images
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

chrome() {
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile" --hide-scrollbars "$@" >/dev/null 2>&1
}

for page in index cv; do
    for width in 390 1280; do
        height=$([ "$width" = 390 ] && echo 844 || echo 900)
        chrome --window-size="$width,$height" --screenshot="$out/$page-$width-light.png" "file://$site/$page.html"
        chrome --window-size="$width,$height" --force-dark-mode --blink-settings=preferredColorScheme=0 \
            --screenshot="$out/$page-$width-dark.png" "file://$site/$page.html"
    done
done
echo "screenshots: $(ls "$out"/*.png | wc -l) files in $out"

# Print: Letter is Chromium's default; A4 through a copy whose stylesheet asks for it.
pdfdir=$(mktemp -d)
chrome --no-pdf-header-footer --print-to-pdf="$pdfdir/cv-letter.pdf" "file://$site/cv.html"
cp -r "$site" "$pdfdir/a4"
sed -i 's/@page {/@page { size: A4;/' "$pdfdir/a4/css/site.css"
chrome --no-pdf-header-footer --print-to-pdf="$pdfdir/cv-a4.pdf" "file://$pdfdir/a4/cv.html"
for f in cv-letter cv-a4; do
    echo "print $f: $(pdfinfo "$pdfdir/$f.pdf" | sed -n 's/^Pages: *//p') page(s)"
done
cp "$pdfdir/cv-a4.pdf" "$out/cv-a4.pdf"
rm -rf "$pdfdir"
