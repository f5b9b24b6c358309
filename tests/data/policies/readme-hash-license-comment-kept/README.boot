# SPDX-License-Identifier: Apache-2.0

Notes on the boot flow of the board.
