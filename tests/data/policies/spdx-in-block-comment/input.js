/* SPDX-License-Identifier: Apache-2.0 */

'use strict';

module.exports = function answer() { return 42; };
