/*
 * Licensed to the Apache Software Foundation (ASF) under one or more
 * license agreements; and to Me under the Apache License, version 2.0:
 *
 *   https://www.apache.org/licenses/LICENSE-2.0
 *
 * This file is part of the Apache Example project, which was derived from Widgets.
 */

/*
 * Copyright (C) 2011-2019 Example Corp. <https://example.com>
 */

package org.example.widgets

object Widget
