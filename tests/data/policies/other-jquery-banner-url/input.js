/*! Example v3.6.0 | (c) OpenJS Foundation and other contributors | jquery.org/license */
var x;
