#!/usr/bin/env dub
/+ dub.json: {
    "name": "report"
} +/
// SPDX-License-Identifier: Apache-2.0

void main() {}
