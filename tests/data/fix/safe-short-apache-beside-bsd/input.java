/*
 * Adapted from the Widget class of the Example toolkit, whose license
 * reads as follows:
 *
 * Copyright (c) 2010-2020, the Example authors.
 *
 * This software is distributable under the BSD license. See the terms
 * of the BSD license in the documentation provided with this software.
 *
 * Later changes to this file were made by the Foo project and are
 * under the Apache 2 License.
 */
package org.example;

class Widget {}
