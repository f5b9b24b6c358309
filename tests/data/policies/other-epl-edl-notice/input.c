/*****************************************************************************
 * Copyright (c) 2017 Example Messaging Ltd.
 *
 * All rights reserved. This program and the accompanying materials
 * are made available under the terms of the Eclipse Public License v1.0
 * and Eclipse Distribution License v1.0 which accompany this distribution.
 *
 * Contributors:
 *    J. Doe - first version
 *****************************************************************************/
#include "packet.h"
