// SPDX-License-Identifier: MIT

'use strict';

module.exports = function answer() { return 42; };
