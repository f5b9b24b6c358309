#!/bin/sh
# SPDX-License-Identifier: LicenseRef-Acme-Proprietary
# Copyright (c) 2022 Example Widgets Ltd.
echo ref
