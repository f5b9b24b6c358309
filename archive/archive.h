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

#ifndef HDRCHECK_ARCHIVE_ARCHIVE_H
#define HDRCHECK_ARCHIVE_ARCHIVE_H

/*
 * Release archives read as a stream of entries (tar: plain, gzip, bzip2,
 * xz, zstd; zip). The only module that includes <archive.h>: nothing of
 * libarchive leaks out of these declarations. Nothing is ever written to
 * disk; a symbolic link is an entry, never followed.
 *
 * A hostile archive cannot make the reader hang or blow memory: the
 * bytes handed out per entry and in all are capped, and so is the ratio
 * of bytes handed out to bytes read from the file (a decompression bomb
 * is an error, HDRCHECK_ELIMIT). A truncated or corrupt archive is an
 * error (HDRCHECK_EIO) whose message names the file.
 */

#include <stddef.h>
#include <stdint.h>

typedef enum {
	HDRCHECK__ARCHIVE_FILE = 0,
	HDRCHECK__ARCHIVE_SYMLINK, /* link: the target, as stored */
	HDRCHECK__ARCHIVE_DIR,
	HDRCHECK__ARCHIVE_HARDLINK, /* link: the entry it names */
	HDRCHECK__ARCHIVE_OTHER     /* device, fifo, socket */
} hdrcheck__archive_kind;

/* Why an entry's path is not a safe relative path (never audited). */
typedef enum {
	HDRCHECK__ARCHIVE_SAFE = 0,
	HDRCHECK__ARCHIVE_ABSOLUTE, /* starts with '/' */
	HDRCHECK__ARCHIVE_DOTDOT,   /* has a ".." component */
	HDRCHECK__ARCHIVE_EMPTY     /* nothing left after normalising */
} hdrcheck__archive_unsafe;

/* One entry; borrowed: valid until the next hdrcheck__archive_next(). */
typedef struct {
	/* normalised: "./" components, repeated and trailing '/' removed;
	 * the raw name when unsafe */
	const char *path;
	size_t path_len;
	hdrcheck__archive_kind kind;
	hdrcheck__archive_unsafe unsafe;
	uint32_t mode;    /* permission bits and file type, as st_mode */
	uint64_t size;    /* as the header says (0 when it does not say) */
	const char *link; /* SYMLINK, HARDLINK: the target; else NULL */
} hdrcheck__archive_entry;

typedef struct {
	unsigned int version;
	/* bytes of one entry's content handed out; 0 = 256 MiB */
	uint64_t entry_max;
	/* bytes of content and headers handed out in all; 0 = 16 GiB */
	uint64_t total_max;
	/* the most bytes handed out per byte read from the file, checked
	 * once ratio_floor bytes were handed out; 0 = 100 and 64 MiB */
	unsigned int ratio_max;
	uint64_t ratio_floor;
} hdrcheck__archive_options;

#define HDRCHECK__ARCHIVE_OPTIONS_VERSION 1
#define HDRCHECK__ARCHIVE_OPTIONS_INIT                                         \
	{                                                                      \
		HDRCHECK__ARCHIVE_OPTIONS_VERSION                              \
	}

#define HDRCHECK__ARCHIVE_ENTRY_MAX   (256ull << 20)
#define HDRCHECK__ARCHIVE_TOTAL_MAX   (16ull << 30)
#define HDRCHECK__ARCHIVE_RATIO_MAX   100u
#define HDRCHECK__ARCHIVE_RATIO_FLOOR (64ull << 20)

typedef struct hdrcheck__archive hdrcheck__archive;

/* Open the archive at path (opts NULL = the defaults). HDRCHECK_EIO with
 * "PATH: why" when it cannot be opened. */
int hdrcheck__archive_open(hdrcheck__archive **out, const char *path,
                           const hdrcheck__archive_options *opts);
/* The same on len bytes at data (borrowed until freed); name is for the
 * messages (the fuzz target). */
int hdrcheck__archive_open_memory(hdrcheck__archive **out, const char *name,
                                  const void *data, size_t len,
                                  const hdrcheck__archive_options *opts);
void hdrcheck__archive_free(hdrcheck__archive *a);

/* 1 and the next entry in *out; 0 at the end; HDRCHECK_EIO (truncated,
 * corrupt, not an archive), HDRCHECK_ELIMIT (bomb) or HDRCHECK_ENOMEM.
 * What the previous entry's content left unread is read and dropped
 * first, under the same limits. */
int hdrcheck__archive_next(hdrcheck__archive *a,
                           const hdrcheck__archive_entry **out);

/*
 * The next piece of the current entry's content: *data (borrowed, valid
 * until the next call) and *len; 1 while there is some, 0 at its end.
 * Holes of sparse entries come as zeros. HDRCHECK_ELIMIT with *len 0
 * once entry_max bytes were handed out for this entry and it holds more
 * (the caller may go on with hdrcheck__archive_next()); the other errors
 * as hdrcheck__archive_next().
 */
int hdrcheck__archive_read(hdrcheck__archive *a, const void **data,
                           size_t *len);

/* 1 when the last HDRCHECK_ELIMIT came from entry_max (the entry is too
 * large, the archive may go on), 0 for a limit of the whole archive. */
int hdrcheck__archive_entry_limited(const hdrcheck__archive *a);

/*
 * The single top-level directory every path lies under ("name/", its
 * length in *len), or 0 when there is none: the paths (count, NUL-
 * terminated, normalised) are not all under one, or one of them is that
 * name itself as a file. is_dir[i]: paths[i] is a directory entry.
 */
int hdrcheck__archive_prefix(size_t *len, const char *const *paths,
                             const unsigned char *is_dir, size_t count);

#endif
