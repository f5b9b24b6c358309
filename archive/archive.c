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

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "common.h"
#include "archive/archive.h"

/* holes of sparse entries are handed out from here */
static const unsigned char zeros[64 * 1024];

struct hdrcheck__archive {
	struct archive *ar;
	char *file; /* as given, for the messages */
	hdrcheck__archive_options opts;
	hdrcheck_buf path; /* the current entry's normalised path */
	hdrcheck__archive_entry entry;
	int in_entry;        /* content may be left to read */
	uint64_t entry_out;  /* content handed out of this entry */
	int64_t entry_pos;   /* where the next block should start */
	const void *pending; /* a block met past a hole */
	size_t pending_len;
	int64_t pending_off;
	uint64_t total; /* decompressed bytes, headers included */
	int entry_limited;
	int done;
};

static int fail(hdrcheck__archive *a, int code, const char *why)
{
	return hdrcheck__error_set(code, "%s: %s", a->file,
	                           why && *why ? why : "cannot read");
}

static int ar_fail(hdrcheck__archive *a)
{
	int err = archive_errno(a->ar);

	if (err == ENOMEM)
		return hdrcheck__error_set(HDRCHECK_ENOMEM, "%s: out of memory",
		                           a->file);
	return fail(a, HDRCHECK_EIO, archive_error_string(a->ar));
}

/* The reader with its limits and formats; opened by the caller. */
static int archive_new(hdrcheck__archive **out, const char *name,
                       const hdrcheck__archive_options *opts)
{
	hdrcheck__archive *a = NULL;
	int error = 0;

	if (!(a = hdrcheck__calloc(1, sizeof(*a))) ||
	    !(a->file = hdrcheck__strdup(name))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if (opts)
		a->opts = *opts;
	if (!a->opts.entry_max)
		a->opts.entry_max = HDRCHECK__ARCHIVE_ENTRY_MAX;
	if (!a->opts.total_max)
		a->opts.total_max = HDRCHECK__ARCHIVE_TOTAL_MAX;
	if (!a->opts.ratio_max)
		a->opts.ratio_max = HDRCHECK__ARCHIVE_RATIO_MAX;
	if (!a->opts.ratio_floor)
		a->opts.ratio_floor = HDRCHECK__ARCHIVE_RATIO_FLOOR;
	a->path.limit = 1u << 20;
	if (!(a->ar = archive_read_new())) {
		error = hdrcheck__error_set(HDRCHECK_ENOMEM, "out of memory");
		goto done;
	}
	/*
	 * Only the filters built into libarchive: "all" would also run
	 * external programs (lrzip, lzop, grzip) on a file that asks for
	 * them.
	 */
	if (archive_read_support_filter_gzip(a->ar) != ARCHIVE_OK ||
	    archive_read_support_filter_bzip2(a->ar) != ARCHIVE_OK ||
	    archive_read_support_filter_xz(a->ar) != ARCHIVE_OK ||
	    archive_read_support_filter_zstd(a->ar) != ARCHIVE_OK ||
	    archive_read_support_format_tar(a->ar) != ARCHIVE_OK ||
	    archive_read_support_format_zip(a->ar) != ARCHIVE_OK) {
		error = ar_fail(a);
		goto done;
	}
	*out = a;
	a = NULL;
done:
	hdrcheck__archive_free(a);
	return error;
}

int hdrcheck__archive_open(hdrcheck__archive **out, const char *path,
                           const hdrcheck__archive_options *opts)
{
	hdrcheck__archive *a = NULL;
	int error;

	if ((error = archive_new(&a, path, opts)) < 0)
		return error;
	if (archive_read_open_filename(a->ar, path, 64 * 1024) != ARCHIVE_OK) {
		error = ar_fail(a);
		hdrcheck__archive_free(a);
		return error;
	}
	*out = a;
	return 0;
}

int hdrcheck__archive_open_memory(hdrcheck__archive **out, const char *name,
                                  const void *data, size_t len,
                                  const hdrcheck__archive_options *opts)
{
	hdrcheck__archive *a = NULL;
	int error;

	if ((error = archive_new(&a, name, opts)) < 0)
		return error;
	if (archive_read_open_memory(a->ar, data, len) != ARCHIVE_OK) {
		error = ar_fail(a);
		hdrcheck__archive_free(a);
		return error;
	}
	*out = a;
	return 0;
}

void hdrcheck__archive_free(hdrcheck__archive *a)
{
	if (!a)
		return;
	if (a->ar)
		archive_read_free(a->ar);
	hdrcheck__buf_dispose(&a->path);
	free(a->file);
	free(a);
}

/* Decompressed bytes so far against the bytes read from the file. */
static int check_totals(hdrcheck__archive *a)
{
	int64_t raw = archive_filter_bytes(a->ar, -1);

	if (a->total > a->opts.total_max)
		return hdrcheck__error_set(
		    HDRCHECK_ELIMIT,
		    "%s: expands to more than %llu bytes (limit): not read "
		    "further",
		    a->file, (unsigned long long)a->opts.total_max);
	if (a->total > a->opts.ratio_floor &&
	    a->total / (uint64_t)(raw > 0 ? raw : 1) >= a->opts.ratio_max)
		return hdrcheck__error_set(
		    HDRCHECK_ELIMIT,
		    "%s: decompression bomb: %lld bytes expand to %llu "
		    "(more than %u times): not read further",
		    a->file, (long long)raw, (unsigned long long)a->total,
		    a->opts.ratio_max);
	return 0;
}

/* The next raw block of the current entry: 1, 0 at its end, or an
 * error. */
static int next_block(hdrcheck__archive *a, const void **data, size_t *len,
                      int64_t *off)
{
	int rc;
	la_int64_t o = 0;

	if (a->pending) {
		*data = a->pending;
		*len = a->pending_len;
		*off = a->pending_off;
		a->pending = NULL;
		return 1;
	}
	rc = archive_read_data_block(a->ar, data, len, &o);
	if (rc == ARCHIVE_EOF) {
		a->in_entry = 0;
		return 0;
	}
	if (rc < ARCHIVE_WARN) {
		a->done = 1;
		return ar_fail(a);
	}
	*off = o;
	a->total += *len;
	if ((rc = check_totals(a)) < 0) {
		a->done = 1;
		return rc;
	}
	return 1;
}

/* Read what is left of the current entry and drop it. */
static int drain(hdrcheck__archive *a)
{
	const void *data;
	size_t len;
	int64_t off = 0;
	int rc;

	while (a->in_entry) {
		if ((rc = next_block(a, &data, &len, &off)) < 0)
			return rc;
	}
	return 0;
}

int hdrcheck__archive_read(hdrcheck__archive *a, const void **data, size_t *len)
{
	const void *block = NULL;
	size_t n = 0;
	int64_t off = 0;
	int rc;

	*len = 0;
	if (a->done)
		return HDRCHECK_EIO;
	if (!a->in_entry)
		return 0;
	if ((rc = next_block(a, &block, &n, &off)) <= 0)
		return rc;
	if (off > a->entry_pos) {
		/* a hole: zeros first, the block after them */
		uint64_t hole = (uint64_t)(off - a->entry_pos);

		a->pending = block;
		a->pending_len = n;
		a->pending_off = off;
		block = zeros;
		n = hole < sizeof(zeros) ? (size_t)hole : sizeof(zeros);
		off = a->entry_pos;
		a->total += n;
		if ((rc = check_totals(a)) < 0) {
			a->done = 1;
			return rc;
		}
	} else if (off < a->entry_pos) {
		/* overlapping blocks: only what is new */
		uint64_t skip = (uint64_t)(a->entry_pos - off);

		if (skip >= n) {
			*data = block;
			return 1;
		}
		block = (const char *)block + skip;
		n -= (size_t)skip;
	}
	if (a->entry_out + n > a->opts.entry_max) {
		a->entry_limited = 1;
		return hdrcheck__error_set(
		    HDRCHECK_ELIMIT, "%s: %s: larger than %llu bytes (limit)",
		    a->file, a->entry.path,
		    (unsigned long long)a->opts.entry_max);
	}
	a->entry_out += n;
	a->entry_pos += (int64_t)n;
	*data = block;
	*len = n;
	return 1;
}

int hdrcheck__archive_entry_limited(const hdrcheck__archive *a)
{
	return a->entry_limited;
}

/* Normalise name into a->path; the kind of unsafe path it is. */
static int normalise(hdrcheck__archive *a, const char *name,
                     hdrcheck__archive_unsafe *unsafe)
{
	const char *p = name, *end;
	size_t n;
	int rc;

	*unsafe = HDRCHECK__ARCHIVE_SAFE;
	hdrcheck__buf_clear(&a->path);
	if (*p == '/')
		*unsafe = HDRCHECK__ARCHIVE_ABSOLUTE;
	while (*p && *unsafe == HDRCHECK__ARCHIVE_SAFE) {
		while (*p == '/')
			p++;
		if (!*p)
			break;
		end = strchr(p, '/');
		n = end ? (size_t)(end - p) : strlen(p);
		if (n == 2 && p[0] == '.' && p[1] == '.') {
			*unsafe = HDRCHECK__ARCHIVE_DOTDOT;
		} else if (!(n == 1 && p[0] == '.')) {
			if ((a->path.len &&
			     (rc = hdrcheck__buf_put(&a->path, "/", 1)) < 0) ||
			    (rc = hdrcheck__buf_put(&a->path, p, n)) < 0)
				return rc;
		}
		p += n;
	}
	if (*unsafe == HDRCHECK__ARCHIVE_SAFE && !a->path.len)
		*unsafe = HDRCHECK__ARCHIVE_EMPTY;
	if (*unsafe != HDRCHECK__ARCHIVE_SAFE) {
		hdrcheck__buf_clear(&a->path);
		if ((rc = hdrcheck__buf_puts(&a->path, name)) < 0)
			return rc;
	}
	hdrcheck__buf_cstr(&a->path);
	return a->path.ptr ? 0 : HDRCHECK_ENOMEM;
}

int hdrcheck__archive_next(hdrcheck__archive *a,
                           const hdrcheck__archive_entry **out)
{
	struct archive_entry *e;
	const char *name;
	hdrcheck__archive_entry *x = &a->entry;
	mode_t type;
	int rc;

	if (a->done)
		return HDRCHECK_EIO;
	if ((rc = drain(a)) < 0)
		return rc;
	a->pending = NULL;
	a->entry_limited = 0;
	rc = archive_read_next_header(a->ar, &e);
	if (rc == ARCHIVE_EOF) {
		a->done = 1;
		return 0;
	}
	if (rc < ARCHIVE_WARN) {
		a->done = 1;
		return ar_fail(a);
	}
	if (!(name = archive_entry_pathname(e)) &&
	    !(name = archive_entry_pathname_utf8(e))) {
		a->done = 1;
		return fail(a, HDRCHECK_EIO, "an entry without a usable name");
	}
	memset(x, 0, sizeof(*x));
	if ((rc = normalise(a, name, &x->unsafe)) < 0)
		return rc;
	a->total += a->path.len + 512;
	if ((rc = check_totals(a)) < 0) {
		a->done = 1;
		return rc;
	}
	x->path = a->path.ptr;
	x->path_len = a->path.len;
	x->mode = (uint32_t)archive_entry_mode(e);
	x->size =
	    archive_entry_size_is_set(e) ? (uint64_t)archive_entry_size(e) : 0;
	type = archive_entry_filetype(e);
	if (archive_entry_hardlink(e)) {
		x->kind = HDRCHECK__ARCHIVE_HARDLINK;
		x->link = archive_entry_hardlink(e);
	} else if (type == AE_IFREG) {
		x->kind = HDRCHECK__ARCHIVE_FILE;
	} else if (type == AE_IFLNK) {
		x->kind = HDRCHECK__ARCHIVE_SYMLINK;
		x->link = archive_entry_symlink(e);
		if (!x->link)
			x->link = "";
	} else if (type == AE_IFDIR) {
		x->kind = HDRCHECK__ARCHIVE_DIR;
	} else {
		x->kind = HDRCHECK__ARCHIVE_OTHER;
	}
	a->in_entry = 1;
	a->entry_out = 0;
	a->entry_pos = 0;
	*out = x;
	return 1;
}

int hdrcheck__archive_prefix(size_t *len, const char *const *paths,
                             const unsigned char *is_dir, size_t count)
{
	const char *first, *slash;
	size_t n, i;
	int nested = 0;

	*len = 0;
	if (!count)
		return 0;
	first = paths[0];
	slash = strchr(first, '/');
	n = slash ? (size_t)(slash - first) : strlen(first);
	for (i = 0; i < count; i++) {
		const char *p = paths[i];

		if (strncmp(p, first, n) != 0)
			return 0;
		if (p[n] == '/') {
			nested = 1;
			continue;
		}
		/* the name itself: only as its directory entry */
		if (p[n] != '\0' || !is_dir[i])
			return 0;
	}
	if (!nested)
		return 0;
	*len = n + 1;
	return 1;
}
