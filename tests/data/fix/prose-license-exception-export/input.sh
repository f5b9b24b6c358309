#!/bin/sh
# Builds the release archive. The archive is eligible for export under
# the License Exception ENC; see the export notes.
set -e
make dist
