/*
 * Dual licensed under the MIT and GPL licenses.
 */
var x;
