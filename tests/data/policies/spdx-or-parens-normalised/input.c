// SPDX-License-Identifier: (GPL-2.0+ or BSD-3-Clause)

int x;
