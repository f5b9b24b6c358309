/**
 * @license
 * Example Library 2.1.0
 * Available under the Example terms
 */
var x = 1;
