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
 * --rev: the files of a commit's tree, and blob content from the object
 * database. No checkout is involved, so bare repositories work. Each worker
 * reads through its own git_repository (scanner/reader.c); the tree is
 * listed once, on the calling thread. Blob windows come from the packs
 * through scanner/pack.c when it can read them, through libgit2 otherwise.
 */

#include <stdlib.h>
#include <string.h>
#include "scanner/source.h"
#include "scanner/pack.h"

/* Larger blobs are streamed when their storage allows it (loose objects),
 * or read whole one at a time (packed ones: libgit2 cannot stream those). */
#define STREAM_THRESHOLD (1u << 20)

typedef struct {
	hdrcheck__entries *out;
	const char *prefix; /* the walk's subtree, "" or "a/b/" */
	hdrcheck_buf path;
	int error;
} tree_walk;

static int push_tree_entry(hdrcheck__entries *out, const char *path,
                           const git_tree_entry *te)
{
	hdrcheck__entry *e;
	git_filemode_t mode = git_tree_entry_filemode(te);
	int error;

	if ((error = hdrcheck__entries_push(
	         out, path, strlen(path),
	         hdrcheck__kind_of_mode((uint32_t)mode))) < 0)
		return error;
	e = &out->items[out->count - 1];
	memcpy(e->oid, git_tree_entry_id(te)->id, HDRCHECK__OID_SIZE);
	e->flags |= HDRCHECK__ENTRY_HAS_OID;
	return 0;
}

static int walk_cb(const char *root, const git_tree_entry *te, void *payload)
{
	tree_walk *w = payload;

	if (git_tree_entry_type(te) == GIT_OBJECT_TREE)
		return 0;
	hdrcheck__buf_clear(&w->path);
	if ((w->error = hdrcheck__buf_puts(&w->path, w->prefix)) < 0 ||
	    (w->error = hdrcheck__buf_puts(&w->path, root)) < 0 ||
	    (w->error = hdrcheck__buf_puts(&w->path, git_tree_entry_name(te))) <
	        0 ||
	    (w->error =
	         push_tree_entry(w->out, hdrcheck__buf_cstr(&w->path), te)) < 0)
		return -1;
	return 0;
}

static int walk_tree(git_tree *tree, const char *prefix, hdrcheck__entries *out)
{
	tree_walk w;
	int rc, error = 0;

	memset(&w, 0, sizeof(w));
	w.out = out;
	w.prefix = prefix;
	rc = git_tree_walk(tree, GIT_TREEWALK_PRE, walk_cb, &w);
	if (w.error < 0)
		error = w.error;
	else if (rc < 0)
		error = hdrcheck__git_fail(HDRCHECK_EREPO, rc,
		                           "cannot read a tree");
	hdrcheck__buf_dispose(&w.path);
	return error;
}

int hdrcheck__rev_list(hdrcheck__source *src, const char *const *prefixes,
                       size_t count, hdrcheck__entries *out)
{
	git_tree_entry *te = NULL;
	git_object *sub = NULL;
	char *dir = NULL;
	size_t i;
	int rc, error = 0;

	if (!count)
		return walk_tree(src->tree, "", out);
	for (i = 0; i < count && !error; i++) {
		const char *p = prefixes[i];

		if (!*p) {
			error = walk_tree(src->tree, "", out);
			continue;
		}
		rc = git_tree_entry_bypath(&te, src->tree, p);
		if (rc == GIT_ENOTFOUND) {
			git_error_clear();
			error = hdrcheck__error_set(
			    HDRCHECK_ENOTFOUND, "%s: not in %s", p, src->rev);
			break;
		}
		if (rc < 0) {
			error = hdrcheck__git_fail(HDRCHECK_EREPO, rc, p);
			break;
		}
		if (git_tree_entry_type(te) == GIT_OBJECT_TREE) {
			if ((rc = git_tree_entry_to_object(&sub, src->repo,
			                                   te)) < 0) {
				error =
				    hdrcheck__git_fail(HDRCHECK_EREPO, rc, p);
				break;
			}
			if (!(dir = hdrcheck__aprintf("%s/", p)))
				error = HDRCHECK_ENOMEM;
			else
				error = walk_tree((git_tree *)sub, dir, out);
			free(dir);
			dir = NULL;
			git_object_free(sub);
			sub = NULL;
		} else {
			error = push_tree_entry(out, p, te);
		}
		git_tree_entry_free(te);
		te = NULL;
	}
	git_tree_entry_free(te);
	hdrcheck__entries_sort_unique(out);
	return error;
}

/* The whole of a small blob (the configuration, attribute files). */
static int read_blob(git_repository *repo, const git_oid *id, const char *path,
                     size_t max, char **out, size_t *len)
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

int hdrcheck__rev_read_path(hdrcheck__source *src, git_tree *tree,
                            const char *path, size_t max, char **out,
                            size_t *len)
{
	git_tree_entry *te = NULL;
	int rc, error = 0;

	if (!tree)
		return HDRCHECK_ENOTFOUND;
	rc = git_tree_entry_bypath(&te, tree, path);
	if (rc == GIT_ENOTFOUND) {
		git_error_clear();
		return HDRCHECK_ENOTFOUND;
	}
	if (rc < 0)
		return hdrcheck__git_fail(HDRCHECK_EREPO, rc, path);
	if (git_tree_entry_filemode(te) != GIT_FILEMODE_BLOB &&
	    git_tree_entry_filemode(te) != GIT_FILEMODE_BLOB_EXECUTABLE)
		error = git_tree_entry_type(te) == GIT_OBJECT_TREE
		            ? HDRCHECK_ENOTFOUND
		            : hdrcheck__error_set(
		                  HDRCHECK_EIO, "%s: not a regular file", path);
	else
		error = read_blob(src->repo, git_tree_entry_id(te), path, max,
		                  out, len);
	git_tree_entry_free(te);
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
	return read_blob(src->repo, &id, path, max, out, len);
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
		git_error_clear();
		error = HDRCHECK_ENOTFOUND;
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
		pthread_mutex_lock(&src->big_read);
		locked = 1;
	}
	if ((rc = git_odb_read(&obj, odb, &id)) < 0) {
		git_error_clear();
		error = HDRCHECK_ENOTFOUND;
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
	const char *env;
	char *objects = NULL;
	int error = 0;

	*out = NULL;
	pthread_mutex_lock(&src->big_read);
	if (src->packs_loaded)
		goto done;
	src->packs_loaded = 1;
	/* the switch the tests use to compare with libgit2's reading */
	env = getenv("HDRCHECK_PACK_READER");
	if (env && strcmp(env, "0") == 0)
		goto done;
	if (!(objects = hdrcheck__aprintf(
	          "%sobjects", git_repository_commondir(src->repo)))) {
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
