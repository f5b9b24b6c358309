/*
 * Licensed to the Apache Software Foundation (ASF) under one or more
 * license agreements.
 *
 *   https://www.apache.org/licenses/LICENSE-2.0
 */
package org.example;
