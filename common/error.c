/*
 * Copyright 2026 The hdrcheck Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"

/* Thread-local, as in libgit2: each thread sees its own last error. */
static _Thread_local char error_message[1024];

int hdrcheck__error_set(int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(error_message, sizeof(error_message), fmt, ap);
	va_end(ap);
	return code;
}

int hdrcheck__errno_is_resource(int err)
{
	return err == EMFILE || err == ENFILE || err == ENOMEM;
}

int hdrcheck__error_resource(int err, const char *what)
{
	if (err == ENOMEM)
		return hdrcheck__error_set(HDRCHECK_ENOMEM, "%s: out of memory",
		                           what);
	return hdrcheck__error_set(
	    HDRCHECK_ELIMIT, "%s: %s (raise the limit, ulimit -n, or lower -j)",
	    what, strerror(err));
}

void hdrcheck__error_clear(void)
{
	error_message[0] = '\0';
}

const char *hdrcheck_error_last(void)
{
	return error_message;
}

const char *hdrcheck_error_name(int code)
{
	switch (code) {
#define HDRCHECK__ERRNO_CASE(name, value, msg)                                 \
	case value:                                                            \
		return msg;
		HDRCHECK_ERRNO_MAP(HDRCHECK__ERRNO_CASE)
#undef HDRCHECK__ERRNO_CASE
	default:
		return "unknown error";
	}
}

const char *hdrcheck_version(void)
{
	return HDRCHECK_VERSION;
}

void *hdrcheck__malloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		hdrcheck__error_set(HDRCHECK_ENOMEM, "out of memory");
	return p;
}

void *hdrcheck__calloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		hdrcheck__error_set(HDRCHECK_ENOMEM, "out of memory");
	return p;
}

void *hdrcheck__realloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (!q)
		hdrcheck__error_set(HDRCHECK_ENOMEM, "out of memory");
	return q;
}

char *hdrcheck__strndup(const char *s, size_t n)
{
	char *p = hdrcheck__malloc(n + 1);

	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

char *hdrcheck__strdup(const char *s)
{
	return s ? hdrcheck__strndup(s, strlen(s)) : NULL;
}

char *hdrcheck__aprintf(const char *fmt, ...)
{
	va_list ap, ap2;
	char *out = NULL;
	int n;

	va_start(ap, fmt);
	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	if (n >= 0 && (out = hdrcheck__malloc((size_t)n + 1)) != NULL)
		vsnprintf(out, (size_t)n + 1, fmt, ap2);
	va_end(ap2);
	va_end(ap);
	return out;
}
