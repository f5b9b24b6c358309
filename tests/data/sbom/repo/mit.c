// SPDX-License-Identifier: MIT
// Copyright 2021 ACME Corp.
int mit;
