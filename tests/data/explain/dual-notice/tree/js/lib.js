/*!
 * lib.js v1.2
 * Copyright 2012 Example Foundation
 * Dual licensed under the MIT and GPL licenses.
 */
var lib = {};
