#!/usr/bin/env bash
# Rebuild static/vendor/deckgl/ from the npm registry: deck.gl's own prebuilt standalone
# bundles (`dist.min.js`) of @deck.gl/core and @deck.gl/layers, concatenated in that order
# into one file. Loaded one after the other, the two UMD bundles define the global `deck`
# with Deck, MapView, the controllers and the core layers (GeoJsonLayer, PathLayer,
# ScatterplotLayer, TextLayer …). Nothing is compiled or patched here: the output is
# the two package files byte for byte, plus a one-line header and a separator.
#
# Usage: bash scripts/vendor_deckgl.sh [VERSION]      (default: the version below)
# Needs: npm (registry access), tar, sha256sum.
set -euo pipefail
VERSION="${1:-9.3.11}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/static/vendor/deckgl"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cd "$WORK"
npm pack --silent "@deck.gl/core@$VERSION" "@deck.gl/layers@$VERSION" >/dev/null
for pkg in core layers; do
  mkdir -p "$pkg"
  tar -xzf "deck.gl-$pkg-$VERSION.tgz" -C "$pkg"
  test -s "$pkg/package/dist.min.js" || { echo "@deck.gl/$pkg@$VERSION has no dist.min.js" >&2; exit 1; }
  got="$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$pkg/package/package.json")"
  [ "$got" = "$VERSION" ] || { echo "@deck.gl/$pkg: expected $VERSION, got $got" >&2; exit 1; }
done
cmp -s core/package/LICENSE layers/package/LICENSE || { echo "the two packages' LICENSE files differ" >&2; exit 1; }

mkdir -p "$OUT"
{
  printf '/*! deck.gl %s standalone: @deck.gl/core dist.min.js + @deck.gl/layers dist.min.js (MIT, see LICENSE). */\n' "$VERSION"
  cat core/package/dist.min.js
  printf '\n;\n'
  cat layers/package/dist.min.js
  printf '\n'
} > "$OUT/deckgl.min.js"
cp core/package/LICENSE "$OUT/LICENSE"

sha() { sha256sum "$1" | cut -d' ' -f1; }
size() { wc -c < "$1" | tr -d ' '; }
cat > "$OUT/SOURCE.md" <<MD
# Vendored deck.gl (standalone bundle for the offline HTML export)

\`deckgl.min.js\` is inlined by \`geo/standalone.py\` into every exported HTML map, so that the
file works from disk with no network. It defines the global \`deck\` (Deck, MapView, the map
controller, GeoJsonLayer, PathLayer, ScatterplotLayer, TextLayer, …).

- **Packages (npm):** \`@deck.gl/core@$VERSION\` and \`@deck.gl/layers@$VERSION\` — deck.gl's own prebuilt
  UMD bundles, \`package/dist.min.js\` of each, concatenated in that order (core first) after a one-line
  comment, separated by \`;\`. Not recompiled, not patched. The two bundles include their MIT-licensed
  vis.gl dependencies (luma.gl, loaders.gl, math.gl, probe.gl, mjolnir.js) and earcut (ISC).
  \`@deck.gl/json\` is *not* included: \`geo/standalone.py\` builds the layers from pydeck's spec
  with a few lines of its own (no expression evaluation).
- **Why not \`deck.gl\`'s single \`dist.min.js\`:** it bundles every module (geo-layers, carto,
  google-maps, mapbox, widgets …): 1.6 MB instead of about 0.8 MB, and more URLs of services
  and CDNs in its code that this export never uses.
- **Licence:** MIT, Copyright Vis.gl contributors (\`LICENSE\`, copied from the packages; identical in both).

| file | bytes | sha256 |
| --- | ---: | --- |
| deck.gl-core-$VERSION.tgz (npm tarball) | $(size "deck.gl-core-$VERSION.tgz") | \`$(sha "deck.gl-core-$VERSION.tgz")\` |
| deck.gl-layers-$VERSION.tgz (npm tarball) | $(size "deck.gl-layers-$VERSION.tgz") | \`$(sha "deck.gl-layers-$VERSION.tgz")\` |
| @deck.gl/core package/dist.min.js | $(size core/package/dist.min.js) | \`$(sha core/package/dist.min.js)\` |
| @deck.gl/layers package/dist.min.js | $(size layers/package/dist.min.js) | \`$(sha layers/package/dist.min.js)\` |
| **deckgl.min.js** (this folder) | $(size "$OUT/deckgl.min.js") | \`$(sha "$OUT/deckgl.min.js")\` |
| LICENSE | $(size "$OUT/LICENSE") | \`$(sha "$OUT/LICENSE")\` |

pydeck 0.9.3 targets deck.gl ~9.3; keep the two in step when pydeck is upgraded.

## Rebuild

\`\`\`
bash scripts/vendor_deckgl.sh            # $VERSION
bash scripts/vendor_deckgl.sh 9.3.12     # another version
\`\`\`

The code of these bundles contains a few URLs that only debugging or data-loading features
would use (a CDN for luma.gl's WebGL debug tools and Spector.js, unpkg for loaders.gl workers);
the export uses none of them, and \`tests/test_standalone.py\` pins that list, so that an upgrade
which brings new ones is reviewed. \`tests/e2e/test_html_export.py\` checks in Chromium that the
exported file makes no request at all.
MD
echo "wrote $OUT/deckgl.min.js ($(size "$OUT/deckgl.min.js") bytes)"
