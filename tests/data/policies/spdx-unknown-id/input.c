/* SPDX-License-Identifier: Apache2.0 */

int answer(void) { return 42; }
