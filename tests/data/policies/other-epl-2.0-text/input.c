/*
 * Copyright (c) 2024 Example Author and others.
 *
 * This program and the accompanying materials are made
 * available under the terms of the Eclipse Public License 2.0
 * which is available at https://www.eclipse.org/legal/epl-2.0/
 */

int answer(void)
{
	return 42;
}
