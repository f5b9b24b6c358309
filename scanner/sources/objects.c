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

/*
 * Git objects for the sources: a blob's first bytes (streamed when large,
 * one at a time above the threshold), whole small files of a tree or of
 * the index (configuration, attribute files), and the pack indexes that
 * the blob reader shares. Called by the sources; calls none of them.
 */

#include <git2.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "scanner/sources/internal.h"
#include "scanner/git/pack.h"

/* Larger blobs are streamed when their storage allows it (loose objects),
 * or read whole one at a time (packed ones: libgit2 cannot stream those)
 * up to the pack reader's cap; a larger one is too large to read. */
#define STREAM_THRESHOLD (1u << 20)
#define WHOLE_READ_MAX   ((size_t)64 << 20)

/* The whole of a small blob (the configuration, attribute files). */
int hdrcheck__blob_read(git_repository *repo, const git_oid *id,
                        const char *path, size_t max, char **out, size_t *len)
{
	git_odb *odb = NULL;
	git_odb_object *obj = NULL;
	git_object_t type;
	size_t size;
	char *buf = NULL;
	int rc, error = 0;

	if ((rc = git_repository_odb(&odb, repo)) < 0 ||
	    (rc = git_odb_read_header(&size, &type, odb, id)) < 0) {
		error = hdrcheck__git_fail(HDRCHECK_EREPO, rc, path);
		goto done;
	}
	if (type != GIT_OBJECT_BLOB || size > max) {
		error = hdrcheck__error_set(
		    type != GIT_OBJECT_BLOB ? HDRCHECK_EIO : HDRCHECK_ELIMIT,
		    type != GIT_OBJECT_BLOB ? "%s: not a regular file"
		                            : "%s: larger than the limit",
		    path);
		goto done;
	}
	if ((rc = git_odb_read(&obj, odb, id)) < 0) {
		error = hdrcheck__git_fail(HDRCHECK_EREPO, rc, path);
		goto done;
	}
	size = git_odb_object_size(obj);
	if (!(buf = hdrcheck__malloc(size + 1))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	memcpy(buf, git_odb_object_data(obj), size);
	buf[size] = '\0';
	*out = buf;
	*len = size;
	buf = NULL;
done:
	free(buf);
	git_odb_object_free(obj);
	git_odb_free(odb);
	return error;
}

int hdrcheck__index_read_path(hdrcheck__source *src, const char *path,
                              size_t max, char **out, size_t *len)
{
	const hdrcheck__index_entry *ie;
	git_oid id;
	size_t pos;
	int error;

	if ((error = hdrcheck__source_load_index(src)) < 0)
		return error;
	if (!hdrcheck__index_find(src->ix, path, &pos))
		return HDRCHECK_ENOTFOUND;
	ie = &src->ix->entries[pos];
	if (ie->stage || (ie->flags & HDRCHECK__INDEX_INTENT_TO_ADD))
		return HDRCHECK_ENOTFOUND;
	if ((ie->sd.mode & 0170000) != 0100000)
		return hdrcheck__error_set(HDRCHECK_EIO,
		                           "%s: not a regular file", path);
	git_oid_fromraw(&id, ie->oid);
	return hdrcheck__blob_read(src->repo, &id, path, max, out, len);
}

static void copy_window(char *buf, size_t cap, size_t *len, const void *data,
                        size_t size)
{
	*len = size < cap ? size : cap;
	memcpy(buf, data, *len);
}

int hdrcheck__blob_window(hdrcheck__source *src, git_odb *odb,
                          const unsigned char raw[HDRCHECK__OID_SIZE],
                          char *buf, size_t cap, size_t *len)
{
	git_odb_object *obj = NULL;
	git_odb_stream *stream = NULL;
	git_object_t type;
	git_oid id;
	size_t size = 0, got = 0;
	int rc, error = 0, locked = 0;

	*len = 0;
	git_oid_fromraw(&id, raw);
	/* the size first: only then do we know how to read it */
	if ((rc = git_odb_read_header(&size, &type, odb, &id)) < 0 ||
	    type != GIT_OBJECT_BLOB) {
		error = rc < 0 ? hdrcheck__odb_error() : HDRCHECK_ENOTFOUND;
		goto done;
	}
	if (size > STREAM_THRESHOLD) {
		git_object_size_t total = 0;

		if (git_odb_open_rstream(&stream, &total, &type, odb, &id) ==
		    0) {
			while (got < cap) {
				int n = git_odb_stream_read(stream, buf + got,
				                            cap - got);

				if (n <= 0)
					break;
				got += (size_t)n;
			}
			*len = got;
			goto done;
		}
		git_error_clear();
		/* no stream (a packed object): a whole read, only while
		 * that stays within the reader's cap */
		if (size > WHOLE_READ_MAX) {
			error = HDRCHECK_ELIMIT;
			goto done;
		}
		pthread_mutex_lock(&src->big_read);
		locked = 1;
	}
	if ((rc = git_odb_read(&obj, odb, &id)) < 0) {
		error = hdrcheck__odb_error();
		goto done;
	}
	copy_window(buf, cap, len, git_odb_object_data(obj),
	            git_odb_object_size(obj));
done:
	git_odb_object_free(obj);
	if (locked)
		pthread_mutex_unlock(&src->big_read);
	if (stream)
		git_odb_stream_free(stream);
	return error;
}

int hdrcheck__source_packs(hdrcheck__packs **out, hdrcheck__source *src)
{
	char *objects = NULL;
	int error = 0;

	*out = NULL;
	pthread_mutex_lock(&src->big_read);
	if (src->packs_loaded)
		goto done;
	src->packs_loaded = 1;
	/* the switch the tests use to compare with libgit2's reading */
	if (src->libgit2 & HDRCHECK__LIBGIT2_PACK)
		goto done;
	if (!(objects = hdrcheck__strdup(hdrcheck__source_objects_dir(src)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if ((error = hdrcheck__packs_new(&src->packs)) < 0 ||
	    (error = hdrcheck__packs_load(src->packs, objects)) < 0 ||
	    hdrcheck__packs_count(src->packs) == 0) {
		hdrcheck__packs_free(src->packs);
		src->packs = NULL;
	}
done:
	*out = src->packs;
	pthread_mutex_unlock(&src->big_read);
	free(objects);
	return error;
}
