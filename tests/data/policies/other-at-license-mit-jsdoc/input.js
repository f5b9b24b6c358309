/**
 * @license MIT
 * Copyright (c) 2020 Example
 */
var x;
