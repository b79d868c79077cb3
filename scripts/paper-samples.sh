#!/usr/bin/env bash
# Renders the sample paper documents of docs/documents.md from the named registry fixtures
# (docs/registry-fixtures.md) into docs/samples/: each PDF and page 1 as PNG (80 dpi). They are
# the PDFs the rendering tests print and check; nothing else runs (no database, no broker).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl commons,egov-contract,signatures,service-kit,certificate-service,compensation-service verify \
  -Dtest='PaperDocumentTest,ReceiptPapersTest,HearingPapersTest,CertificateFormTest,ApplicationFormPaperTest,DecisionPaperTest' \
  -Dsurefire.failIfNoSpecifiedTests=false -Dquarkus.build.skip=true \
  -Dpaper.samples="$PWD/docs/samples"
ls -1 docs/samples
