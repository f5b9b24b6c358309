/**
 * @generated
 */

'use strict';

module.exports = function answer() { return 42; };
