/*!
 * Example JavaScript Library v1.2.3
 * https://example.com/
 *
 * Copyright 2010, John Doe
 * Released under the MIT license
 * https://jquery.org/license
 */
var x;
