#!/usr/bin/env bash
# Renders the first two pages of each kind of council report, as the shipped templates build it,
# for the guides in docs/processes/. The .docx files come from the workers' ReportKindsDocxTest
# (target/report-kinds/); LibreOffice and Poppler come from Debian:
#   apt-get install libreoffice-writer-nogui poppler-utils
#   mvn -pl workers test -Dtest=ReportKindsDocxTest && tools/report-pages/render.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
from="$root/workers/target/report-kinds"
to="$root/docs/processes/images"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$to"
for docx in "$from"/*.docx; do
  kind="$(basename "$docx" .docx)"
  soffice --headless --norestore "-env:UserInstallation=file://$work/profile" \
    --convert-to pdf --outdir "$work" "$docx" > /dev/null
  pdftoppm -png -r 50 -f 1 -l 2 "$work/$kind.pdf" "$to/$kind-page"
done
ls "$to"
