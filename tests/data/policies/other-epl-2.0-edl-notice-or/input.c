/*
 * Copyright (c) 2019 Example Messaging Ltd.
 *
 * This program and the accompanying materials are made available under
 * the terms of the Eclipse Public License 2.0 and the Eclipse
 * Distribution License 1.0 which accompany this distribution.
 */
int x;
