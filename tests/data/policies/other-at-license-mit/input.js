/**
 * @license MIT
 * @copyright 2019 Example
 */
var x;
