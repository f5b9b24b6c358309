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

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"

#define BUF_DEFAULT_LIMIT ((size_t)1 << 30)

int hdrcheck__buf_grow(hdrcheck_buf *buf, size_t extra)
{
	size_t limit = buf->limit ? buf->limit : BUF_DEFAULT_LIMIT;
	size_t need, cap;
	char *p;

	/* +1 keeps room for the terminating NUL of hdrcheck__buf_cstr */
	if (extra > limit || buf->len > limit - extra)
		return hdrcheck__error_set(HDRCHECK_ELIMIT,
		                           "buffer limit of %zu bytes exceeded",
		                           limit);
	need = buf->len + extra + 1;
	if (need <= buf->cap)
		return 0;
	cap = buf->cap ? buf->cap : 64;
	while (cap < need)
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	if (!(p = hdrcheck__realloc(buf->ptr, cap)))
		return HDRCHECK_ENOMEM;
	buf->ptr = p;
	buf->cap = cap;
	return 0;
}

int hdrcheck__buf_put(hdrcheck_buf *buf, const char *data, size_t len)
{
	uintptr_t d = (uintptr_t)data, p = (uintptr_t)buf->ptr;
	int self = buf->ptr && d >= p && d < p + buf->cap;
	size_t off = self ? (size_t)(d - p) : 0;
	int error;

	/* data may be a part of the buffer itself (a path built from a
	 * parent's), which growing would move */
	if ((error = hdrcheck__buf_grow(buf, len)) < 0)
		return error;
	if (self)
		data = buf->ptr + off;
	if (len)
		memcpy(buf->ptr + buf->len, data, len);
	buf->len += len;
	buf->ptr[buf->len] = '\0';
	return 0;
}

int hdrcheck__buf_puts(hdrcheck_buf *buf, const char *s)
{
	return hdrcheck__buf_put(buf, s, strlen(s));
}

int hdrcheck__buf_printf(hdrcheck_buf *buf, const char *fmt, ...)
{
	va_list ap;
	int n, error;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return hdrcheck__error_set(HDRCHECK_EINVAL, "bad format");
	if ((error = hdrcheck__buf_grow(buf, (size_t)n)) < 0)
		return error;
	va_start(ap, fmt);
	vsnprintf(buf->ptr + buf->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	buf->len += (size_t)n;
	return 0;
}

const char *hdrcheck__buf_cstr(hdrcheck_buf *buf)
{
	if (!buf->ptr && hdrcheck__buf_grow(buf, 0) < 0)
		return "";
	buf->ptr[buf->len] = '\0';
	return buf->ptr;
}

void hdrcheck__buf_clear(hdrcheck_buf *buf)
{
	buf->len = 0;
	if (buf->ptr)
		buf->ptr[0] = '\0';
}

void hdrcheck__buf_dispose(hdrcheck_buf *buf)
{
	free(buf->ptr);
	buf->ptr = NULL;
	buf->len = buf->cap = 0;
}

int hdrcheck__vector_push(hdrcheck_vector *v, void *item)
{
	if (v->len == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 16;
		void **p = hdrcheck__realloc(v->items, cap * sizeof(*p));

		if (!p)
			return HDRCHECK_ENOMEM;
		v->items = p;
		v->cap = cap;
	}
	v->items[v->len++] = item;
	return 0;
}

void hdrcheck__vector_dispose(hdrcheck_vector *v)
{
	free(v->items);
	v->items = NULL;
	v->len = v->cap = 0;
}
