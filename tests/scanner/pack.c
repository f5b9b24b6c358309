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
 * scanner/pack.c against libgit2, on repositories built at test time:
 * histories of similar files packed with git_packbuilder (so that deltas
 * appear, REF_DELTA as libgit2 writes them; OFS_DELTA too when git is
 * there to repack), several packs, loose objects beside them, an empty
 * blob, blobs larger than the window. Every blob's window and size must be
 * what libgit2 reads, and `check --rev HEAD -f json` must print the same
 * report byte for byte with the reader on and off (--git-readers=libgit2).
 * A pack with flipped bytes and a truncated index may make the reader
 * decline, never crash.
 */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>
#include <zlib.h>
#include "common.h"
#include "policies/header.h"
#include "scanner/git/pack.h"
#include "scanner/sources/internal.h"
#include "../cli/fixture.h"

#define VERSIONS 24

static void git_ok(int rc, const char *what)
{
	const git_error *e = git_error_last();

	if (rc < 0)
		fail_msg("%s: libgit2 error %d: %s", what, rc,
		         e && e->message ? e->message : "(no message)");
}

static char *objects_dir(const fixture *fx)
{
	char *s = hdrcheck__aprintf("%sobjects", git_repository_path(fx->repo));

	assert_non_null(s);
	return s;
}

/* --- building the history --- */

/* A C file of many functions, with the license header or without; each
 * version changes a few lines, so versions delta well against each
 * other. */
static char *c_file(int version, int lines, int header, int seed)
{
	hdrcheck_buf b = HDRCHECK_BUF_INIT;
	int i;

	if (header)
		assert_int_equal(hdrcheck__buf_puts(&b, fixture_header_c), 0);
	for (i = 0; i < lines; i++)
		assert_int_equal(
		    hdrcheck__buf_printf(
		        &b, "int f%d_%d(void) { return %d; }\n", seed, i,
		        (i % 97 == version % 97) ? version : i * seed),
		    0);
	return (char *)hdrcheck__buf_cstr(&b);
}

static void add_text(fixture *fx, const char *rel, char *text)
{
	fixture_add_file(fx, rel, text);
	free(text);
}

/* One version of the tree: small and large C files with and without the
 * header, a file whose header lies past the window, a binary file, an
 * empty one, a Python file. */
static void write_version(fixture *fx, int v)
{
	char name[64];
	unsigned char bin[3000];
	hdrcheck_buf late = HDRCHECK_BUF_INIT;
	int i;

	add_text(fx, "src/small.c", c_file(v, 10, 1, 1));
	add_text(fx, "src/nohdr.c", c_file(v, 40, 0, 2));
	/* larger than the window: its deltas copy from far into the base */
	add_text(fx, "src/big.c", c_file(v, 3000, 1, 3));
	add_text(fx, "src/big_nohdr.c", c_file(v, 2500, 0, 4));
	for (i = 0; i < 6; i++) {
		snprintf(name, sizeof(name), "lib/m%d.c", i);
		add_text(fx, name, c_file(v + i, 60 + 30 * i, i % 2, 10 + i));
	}
	/* the header only after 40 KiB of code: missing in the window */
	for (i = 0; i < 1300; i++)
		assert_int_equal(hdrcheck__buf_printf(&late, "int g%d = %d;\n",
		                                      i, i == v ? v : 0),
		                 0);
	assert_int_equal(hdrcheck__buf_puts(&late, fixture_header_c), 0);
	add_text(fx, "src/late.c", (char *)hdrcheck__buf_cstr(&late));
	for (i = 0; i < (int)sizeof(bin); i++)
		bin[i] = (unsigned char)(i % 7 == 0 ? 0 : i * v);
	fixture_write_mode(fx, "data/blob.bin", bin, sizeof(bin), 0644);
	fixture_add(fx, "data/blob.bin");
	fixture_write(fx, "src/empty.c", "");
	fixture_add(fx, "src/empty.c");
	/* attributes in a subdirectory and at the root: the listing from
	 * the packs answers for the directories without one */
	fixture_add_file(fx, "lib/.gitattributes", "m2.c hdrcheck=skip\n");
	fixture_add_file(fx, ".gitattributes",
	                 "src/nohdr.c linguist-generated\n");
	snprintf(name, sizeof(name), "tools/gen%d.py", v % 3);
	add_text(fx, name,
	         hdrcheck__aprintf("%s\nprint(%d)\n", fixture_header_hash, v));
}

static void remove_loose(const fixture *fx)
{
	char *objects = objects_dir(fx);
	int i;

	for (i = 0; i < 256; i++) {
		char *dir = hdrcheck__aprintf("%s/%02x", objects, i);
		struct dirent *de;
		DIR *d;

		assert_non_null(dir);
		if ((d = opendir(dir)) != NULL) {
			while ((de = readdir(d)) != NULL) {
				char *p;

				if (de->d_name[0] == '.')
					continue;
				p = hdrcheck__aprintf("%s/%s", dir, de->d_name);
				assert_non_null(p);
				assert_int_equal(unlink(p), 0);
				free(p);
			}
			closedir(d);
			rmdir(dir);
		}
		free(dir);
	}
	free(objects);
}

/* Pack what HEAD reaches and hide does not (NULL: everything), then drop
 * the loose objects: libgit2 must read them from the pack too. */
static void pack_head(fixture *fx, const char *hide)
{
	git_packbuilder *pb = NULL;
	git_revwalk *walk = NULL;
	git_oid id;

	git_ok(git_packbuilder_new(&pb, fx->repo), "packbuilder");
	git_ok(git_revwalk_new(&walk, fx->repo), "revwalk");
	git_ok(git_revwalk_push_head(walk), "push head");
	if (hide) {
		git_ok(git_oid_fromstr(&id, hide), "oid");
		git_ok(git_revwalk_hide(walk, &id), "hide");
	}
	git_ok(git_packbuilder_insert_walk(pb, walk), "insert walk");
	git_ok(git_packbuilder_write(pb, NULL, 0, NULL, NULL), "write");
	git_revwalk_free(walk);
	git_packbuilder_free(pb);
	remove_loose(fx);
}

/*
 * VERSIONS commits in two packs, then one more commit left loose: the
 * packs hold deltas, the last tree mixes loose and packed blobs.
 */
static fixture *history_repo(void)
{
	fixture *fx = fixture_new_repo();
	char first[GIT_OID_HEXSZ + 1];
	int v;

	for (v = 0; v < VERSIONS / 2; v++) {
		write_version(fx, v);
		fixture_commit(fx, "version");
	}
	pack_head(fx, NULL);
	memcpy(first, fx->head, sizeof(first));
	for (; v < VERSIONS; v++) {
		write_version(fx, v);
		fixture_commit(fx, "version");
	}
	pack_head(fx, first);
	/* loose: a new version of some files, the rest stays packed */
	add_text(fx, "src/small.c", c_file(999, 12, 1, 1));
	add_text(fx, "lib/m1.c", c_file(999, 100, 0, 11));
	fixture_commit(fx, "loose");
	return fx;
}

/* --- looking at the packs --- */

static unsigned char *read_file(const char *path, size_t *len)
{
	struct stat st;
	unsigned char *buf;
	int fd = open(path, O_RDONLY);

	assert_true(fd >= 0);
	assert_int_equal(fstat(fd, &st), 0);
	buf = malloc((size_t)st.st_size + 1);
	assert_non_null(buf);
	assert_int_equal(read(fd, buf, (size_t)st.st_size), st.st_size);
	close(fd);
	*len = (size_t)st.st_size;
	return buf;
}

/* The pack-*.idx paths of the repository, sorted (as the reader takes
 * them), into paths; their count. */
static size_t list_indexes(const fixture *fx, char **paths, size_t max)
{
	char *objects = objects_dir(fx), *dir;
	struct dirent *de;
	size_t n = 0, i, j;
	DIR *d;

	dir = hdrcheck__aprintf("%s/pack", objects);
	assert_non_null(dir);
	assert_non_null(d = opendir(dir));
	while ((de = readdir(d)) != NULL) {
		size_t len = strlen(de->d_name);

		if (len > 4 && strcmp(de->d_name + len - 4, ".idx") == 0) {
			assert_true(n < max);
			paths[n++] =
			    hdrcheck__aprintf("%s/%s", dir, de->d_name);
		}
	}
	closedir(d);
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && strcmp(paths[j - 1], paths[j]) > 0; j--) {
			char *t = paths[j];

			paths[j] = paths[j - 1];
			paths[j - 1] = t;
		}
	free(dir);
	free(objects);
	return n;
}

/* How many objects of each pack type (1-7) the packs hold, from the
 * header byte at each offset the index gives. */
static void count_types(const fixture *fx, size_t counts[8])
{
	hdrcheck__pack_reader *r;
	hdrcheck__packs *p;
	char *paths[8];
	size_t n, k, i;

	memset(counts, 0, 8 * sizeof(size_t));
	n = list_indexes(fx, paths, 8);
	for (k = 0; k < n; k++) {
		char *pack_path = hdrcheck__aprintf(
		    "%.*s.pack", (int)strlen(paths[k]) - 4, paths[k]);
		size_t idx_len, pack_len;
		unsigned char *idx = read_file(paths[k], &idx_len);
		unsigned char *pack = read_file(pack_path, &pack_len);

		assert_int_equal(hdrcheck__packs_new(&p), 0);
		assert_int_equal(
		    hdrcheck__packs_add_memory(p, idx, idx_len, pack, pack_len),
		    0);
		assert_int_equal(hdrcheck__pack_reader_new(&r, p), 0);
		for (i = 0; i < hdrcheck__packs_objects(p, 0); i++) {
			unsigned char oid[HDRCHECK__OID_SIZE];
			uint64_t off;

			assert_int_equal(
			    hdrcheck__pack_entry(r, 0, i, oid, &off), 0);
			counts[(pack[off] >> 4) & 7]++;
		}
		hdrcheck__pack_reader_free(r);
		hdrcheck__packs_free(p);
		free(idx);
		free(pack);
		free(pack_path);
		free(paths[k]);
	}
}

typedef struct {
	git_odb *odb;
	hdrcheck__pack_reader *r;
	size_t blobs, found;
	size_t cap;
} compare_state;

/* One object: when it is a blob the reader finds, the window and size
 * must be libgit2's. */
static int compare_one(const git_oid *id, void *payload)
{
	compare_state *st = payload;
	git_odb_object *obj = NULL;
	static char buf[HDRCHECK__WINDOW_BYTES];
	size_t len = 0, want;
	uint64_t size = 0;
	int rc;

	git_ok(git_odb_read(&obj, st->odb, id), "odb read");
	if (git_odb_object_type(obj) != GIT_OBJECT_BLOB) {
		git_odb_object_free(obj);
		return 0;
	}
	st->blobs++;
	rc = hdrcheck__pack_blob_window(st->r, id->id, buf, st->cap, &len,
	                                &size);
	if (rc == 0) {
		st->found++;
		want = git_odb_object_size(obj) < st->cap
		           ? git_odb_object_size(obj)
		           : st->cap;
		assert_int_equal(size, git_odb_object_size(obj));
		assert_int_equal(len, want);
		if (len)
			assert_memory_equal(buf, git_odb_object_data(obj), len);
	} else {
		/* only a loose object may be missing from the packs */
		assert_int_equal(rc, HDRCHECK_ENOTFOUND);
	}
	git_odb_object_free(obj);
	return 0;
}

static void compare_all(fixture *fx, size_t cap, size_t *blobs, size_t *found)
{
	compare_state st;
	hdrcheck__packs *p;
	char *objects = objects_dir(fx);

	memset(&st, 0, sizeof(st));
	st.cap = cap;
	git_ok(git_repository_odb(&st.odb, fx->repo), "odb");
	assert_int_equal(hdrcheck__packs_new(&p), 0);
	assert_int_equal(hdrcheck__packs_load(p, objects), 0);
	assert_true(hdrcheck__packs_count(p) >= 1);
	assert_int_equal(hdrcheck__pack_reader_new(&st.r, p), 0);
	/* twice: the second pass meets the bases the first one cached */
	git_ok(git_odb_foreach(st.odb, compare_one, &st), "foreach");
	git_ok(git_odb_foreach(st.odb, compare_one, &st), "foreach");
	hdrcheck__pack_reader_free(st.r);
	hdrcheck__packs_free(p);
	git_odb_free(st.odb);
	free(objects);
	*blobs = st.blobs / 2;
	*found = st.found / 2;
}

/* `check --rev HEAD -f json` with the pack reader and without it. */
static void compare_reports(fixture *fx, const char *jobs, int *status)
{
	fixture_result a, b;

	fixture_run(&a, fx->root, 0, "check", "--rev", "HEAD", "--no-cache",
	            "-j", jobs, "-f", "json", NULL);
	fixture_run(&b, fx->root, 0, "check", "--rev", "HEAD", "--no-cache",
	            "-j", jobs, "-f", "json", "--git-readers=libgit2", NULL);
	assert_true(a.status < 128);
	assert_int_equal(a.status, b.status);
	assert_int_equal(a.out_len, b.out_len);
	assert_memory_equal(a.out, b.out, a.out_len ? a.out_len : 1);
	assert_null(strstr(a.err, "Sanitizer"));
	*status = a.status;
	fixture_result_dispose(&a);
	fixture_result_dispose(&b);
}

/* --- the tests --- */

static void test_scanner_pack__windows_match_libgit2(void **state)
{
	fixture *fx = history_repo();
	size_t counts[8], blobs, found;
	static const size_t caps[] = {0, 1, 100, 4096, HDRCHECK__WINDOW_BYTES};
	size_t i;
	int status;

	(void)state;
	count_types(fx, counts);
	/* the packs must hold deltas, or this test tests little */
	assert_true(counts[7] > 10);
	for (i = 0; i < sizeof(caps) / sizeof(caps[0]); i++) {
		compare_all(fx, caps[i], &blobs, &found);
		/* all but the two loose blobs come from the packs */
		assert_true(blobs > 50);
		assert_int_equal(found + 2, blobs);
	}
	compare_reports(fx, "1", &status);
	assert_int_equal(status, 1); /* some files lack the header */
	compare_reports(fx, "4", &status);
	fixture_free(fx);
}

/* git's own repack writes OFS_DELTA objects (libgit2 writes REF_DELTA
 * only): the same comparisons on them. Skipped without git. */
static void test_scanner_pack__ofs_deltas(void **state)
{
	fixture *fx;
	size_t counts[8], blobs, found;
	char *cmd;
	int rc, status;

	(void)state;
	if (system("git --version >/dev/null 2>&1") != 0)
		skip();
	fx = history_repo();
	cmd = hdrcheck__aprintf("cd '%s' && git -c gc.auto=0 repack -adfq "
	                        "--depth=20 --window=20 >/dev/null 2>&1",
	                        fx->root);
	assert_non_null(cmd);
	rc = system(cmd);
	free(cmd);
	assert_int_equal(rc, 0);
	count_types(fx, counts);
	assert_true(counts[6] > 10);
	compare_all(fx, HDRCHECK__WINDOW_BYTES, &blobs, &found);
	assert_int_equal(found, blobs); /* repack -a took the loose ones */
	compare_all(fx, 10, &blobs, &found);
	compare_reports(fx, "2", &status);
	fixture_free(fx);
}

/* Bytes flipped inside the packs: each blob's window is libgit2's, or
 * the reader declines; the reports may differ (libgit2 checks whole
 * objects), the runs may not crash. */
static void test_scanner_pack__corrupt_pack(void **state)
{
	fixture *fx = history_repo();
	char *paths[8];
	size_t n, k, i;
	fixture_result a;

	(void)state;
	n = list_indexes(fx, paths, 8);
	for (k = 0; k < n; k++) {
		char *pack_path = hdrcheck__aprintf(
		    "%.*s.pack", (int)strlen(paths[k]) - 4, paths[k]);
		size_t len;
		unsigned char *pack = read_file(pack_path, &len);
		int fd;

		/* every 97th byte of the objects, header and checksum
		 * kept */
		for (i = 12 + 50; i + 20 < len; i += 97)
			pack[i] ^= 0x5a;
		assert_int_equal(chmod(pack_path, 0644), 0);
		fd = open(pack_path, O_WRONLY | O_TRUNC);
		assert_true(fd >= 0);
		assert_int_equal(write(fd, pack, len), (ssize_t)len);
		close(fd);
		free(pack);
		free(pack_path);
		free(paths[k]);
	}
	fixture_run(&a, fx->root, 0, "check", "--rev", "HEAD", "--no-cache",
	            "-j", "2", "-f", "json", NULL);
	assert_true(a.status <= 2);
	assert_null(strstr(a.err, "Sanitizer"));
	fixture_result_dispose(&a);
	fixture_free(fx);
}

/* A truncated index is not taken: no pack, so libgit2 reads (and here
 * fails) alike with the reader on and off. */
static void test_scanner_pack__truncated_index(void **state)
{
	fixture *fx = history_repo();
	hdrcheck__packs *p;
	char *paths[8], *objects;
	size_t n, k;
	int status;

	(void)state;
	n = list_indexes(fx, paths, 8);
	assert_true(n >= 2);
	assert_int_equal(chmod(paths[0], 0644), 0);
	assert_int_equal(truncate(paths[0], 1024 + 8 + 100), 0);
	objects = objects_dir(fx);
	assert_int_equal(hdrcheck__packs_new(&p), 0);
	assert_int_equal(hdrcheck__packs_load(p, objects), 0);
	assert_int_equal(hdrcheck__packs_count(p), n - 1);
	hdrcheck__packs_free(p);
	free(objects);
	compare_reports(fx, "2", &status);
	for (k = 0; k < n; k++)
		free(paths[k]);
	fixture_free(fx);
}

/* A FIFO named like an index (or a pack) is passed over: opening it must
 * not wait for a writer (it did, and --rev hung where libgit2 does not).
 * The alarm only ends a hung run: a test that fails, not a timing. */
static void test_scanner_pack__fifo_not_opened(void **state)
{
	fixture *fx = history_repo();
	hdrcheck__packs *p;
	char *paths[8], *objects, *fifo_idx, *fifo_pack, *pack;
	size_t n, k;

	(void)state;
	n = list_indexes(fx, paths, 8);
	assert_true(n >= 1);
	objects = objects_dir(fx);
	/* "pack-0..." sorts first; one FIFO with a real pack beside it,
	 * one real index copy with a FIFO for its pack */
	fifo_idx = hdrcheck__aprintf("%s/pack/pack-%040d.idx", objects, 0);
	pack = hdrcheck__aprintf("%s/pack/pack-%040d.pack", objects, 0);
	fifo_pack = hdrcheck__aprintf("%s/pack/pack-%040d.pack", objects, 1);
	assert_non_null(fifo_idx);
	assert_non_null(pack);
	assert_non_null(fifo_pack);
	assert_int_equal(mkfifo(fifo_idx, 0644), 0);
	assert_int_equal(mkfifo(fifo_pack, 0644), 0);
	{
		size_t len;
		unsigned char *idx = read_file(paths[0], &len);
		char *copy =
		    hdrcheck__aprintf("%s/pack/pack-%040d.idx", objects, 1);
		FILE *f;

		assert_non_null(copy);
		assert_non_null(f = fopen(copy, "wb"));
		assert_int_equal(fwrite(idx, 1, len, f), len);
		assert_int_equal(fclose(f), 0);
		assert_non_null(f = fopen(pack, "wb"));
		assert_int_equal(fclose(f), 0);
		free(idx);
		free(copy);
	}
	assert_int_equal(hdrcheck__packs_new(&p), 0);
	alarm(60);
	assert_int_equal(hdrcheck__packs_load(p, objects), 0);
	alarm(0);
	assert_int_equal(hdrcheck__packs_count(p), n);
	hdrcheck__packs_free(p);
	free(fifo_idx);
	free(fifo_pack);
	free(pack);
	free(objects);
	for (k = 0; k < n; k++)
		free(paths[k]);
	fixture_free(fx);
}

/* --- a pack made by hand, in memory --- */

typedef struct {
	int type;         /* 3 blob, 6 OFS_DELTA, 7 REF_DELTA */
	int base;         /* the base's number, for a delta */
	const char *data; /* inflated content (for a delta: the delta) */
	size_t len;
} hand_object;

/* Object i's made-up id: ids only need to be sorted. */
static void hand_oid(unsigned char oid[HDRCHECK__OID_SIZE], size_t i)
{
	memset(oid, 0, HDRCHECK__OID_SIZE);
	oid[0] = (unsigned char)(i + 1);
}

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

/* A version 2 pack and its index of the objects, zlib-compressed. */
static void hand_pack(const hand_object *objs, size_t n, unsigned char **pack,
                      size_t *pack_len, unsigned char **idx, size_t *idx_len)
{
	unsigned char *pk = calloc(1, 1 << 16), *ix;
	size_t at = 12, i, k;
	uint64_t offs[16];

	assert_true(n <= 16);
	assert_non_null(pk);
	memcpy(pk, "PACK", 4);
	put32(pk + 4, 2);
	put32(pk + 8, (uint32_t)n);
	for (i = 0; i < n; i++) {
		size_t sz = objs[i].len;
		uLongf clen = compressBound((uLong)sz);

		offs[i] = at;
		pk[at] = (unsigned char)(objs[i].type << 4 | (sz & 15));
		sz >>= 4;
		while (sz) {
			pk[at++] |= 0x80;
			pk[at] = (unsigned char)(sz & 0x7f);
			sz >>= 7;
		}
		at++;
		if (objs[i].type == 6) {
			/* git's encoding: big-endian, each continuation
			 * one more than it says */
			uint64_t rel = offs[i] - offs[objs[i].base];
			unsigned char tmp[10];
			size_t pos = sizeof(tmp) - 1;

			tmp[pos] = (unsigned char)(rel & 0x7f);
			while (rel >>= 7)
				tmp[--pos] =
				    (unsigned char)(0x80 | (--rel & 0x7f));
			memcpy(pk + at, tmp + pos, sizeof(tmp) - pos);
			at += sizeof(tmp) - pos;
		} else if (objs[i].type == 7) {
			hand_oid(pk + at, (size_t)objs[i].base);
			at += HDRCHECK__OID_SIZE;
		}
		assert_int_equal(compress(pk + at, &clen,
		                          (const Bytef *)objs[i].data,
		                          (uLong)objs[i].len),
		                 Z_OK);
		at += clen;
	}
	memset(pk + at, 0xab, 20); /* the checksum: the index repeats it */
	at += 20;
	*idx_len = 8 + 1024 + n * 28 + 40;
	ix = calloc(1, *idx_len);
	assert_non_null(ix);
	memcpy(ix, "\377tOc", 4);
	put32(ix + 4, 2);
	for (k = 0; k < 256; k++) {
		size_t below = 0;

		for (i = 0; i < n; i++)
			below += (i + 1) <= k;
		put32(ix + 8 + 4 * k, (uint32_t)below);
	}
	for (i = 0; i < n; i++) {
		hand_oid(ix + 8 + 1024 + i * 20, i);
		put32(ix + 8 + 1024 + n * 24 + i * 4, (uint32_t)offs[i]);
	}
	memset(ix + *idx_len - 40, 0xab, 20);
	*pack = pk;
	*pack_len = at;
	*idx = ix;
}

/* Hand-made deltas: a window built from a base's prefix; a copy past the
 * base, a result shorter than announced, a base of another size, a
 * REF_DELTA cycle and a bad index are declined. */
static void test_scanner_pack__hand_made_deltas(void **state)
{
	static const char copy_world[] = "\x0b\x05\x91\x06\x05"; /* 6+5 */
	static const char past_base[] = "\x0b\x05\x91\x08\x05";  /* 8+5 */
	static const char too_short[] = "\x0b\x06\x91\x06\x05";  /* 5 of 6 */
	static const char bad_base[] = "\x0c\x05\x91\x06\x05";   /* 12 */
	static const char insert[] = "\x0b\x03\x03xyz";
	static const hand_object objs[] = {
	    {3, 0, "hello world", 11}, {6, 0, copy_world, 5},
	    {6, 0, past_base, 5},      {6, 0, too_short, 5},
	    {6, 0, bad_base, 5},       {7, 5, copy_world, 5},
	    {7, 1, copy_world, 5},     {6, 0, insert, 6},
	};
	static const unsigned char idx_short[] = "\377tOc\0\0\0\2";
	unsigned char *pack, *idx, oid[HDRCHECK__OID_SIZE];
	size_t pack_len, idx_len, len;
	hdrcheck__packs *p;
	hdrcheck__pack_reader *r;
	char buf[64];
	uint64_t size;

	(void)state;
	hand_pack(objs, sizeof(objs) / sizeof(objs[0]), &pack, &pack_len, &idx,
	          &idx_len);
	assert_int_equal(hdrcheck__packs_new(&p), 0);
	assert_int_equal(hdrcheck__packs_add_memory(p, idx_short,
	                                            sizeof(idx_short) - 1, pack,
	                                            pack_len),
	                 HDRCHECK_EINVAL);
	assert_int_equal(
	    hdrcheck__packs_add_memory(p, idx, idx_len - 8, pack, pack_len),
	    HDRCHECK_EINVAL);
	assert_int_equal(
	    hdrcheck__packs_add_memory(p, idx, idx_len, pack, pack_len), 0);
	assert_int_equal(hdrcheck__pack_reader_new(&r, p), 0);
	hand_oid(oid, 1);
	assert_int_equal(
	    hdrcheck__pack_blob_window(r, oid, buf, sizeof(buf), &len, &size),
	    0);
	assert_int_equal(size, 5);
	assert_int_equal(len, 5);
	assert_memory_equal(buf, "world", 5);
	assert_int_equal(
	    hdrcheck__pack_blob_window(r, oid, buf, 2, &len, &size), 0);
	assert_int_equal(len, 2);
	assert_memory_equal(buf, "wo", 2);
	hand_oid(oid, 2);
	assert_int_equal(
	    hdrcheck__pack_blob_window(r, oid, buf, sizeof(buf), &len, &size),
	    HDRCHECK_EINVAL);
	hand_oid(oid, 3);
	assert_int_equal(
	    hdrcheck__pack_blob_window(r, oid, buf, sizeof(buf), &len, &size),
	    HDRCHECK_EINVAL);
	hand_oid(oid, 4);
	assert_int_equal(
	    hdrcheck__pack_blob_window(r, oid, buf, sizeof(buf), &len, &size),
	    HDRCHECK_EINVAL);
	hand_oid(oid, 5); /* its own base */
	assert_int_equal(
	    hdrcheck__pack_blob_window(r, oid, buf, sizeof(buf), &len, &size),
	    HDRCHECK_EINVAL);
	hand_oid(oid, 6); /* REF_DELTA onto the OFS_DELTA: "world"[6..] */
	assert_int_equal(
	    hdrcheck__pack_blob_window(r, oid, buf, sizeof(buf), &len, &size),
	    HDRCHECK_EINVAL);
	hand_oid(oid, 7); /* insert only: the base is not read */
	assert_int_equal(
	    hdrcheck__pack_blob_window(r, oid, buf, sizeof(buf), &len, &size),
	    0);
	assert_memory_equal(buf, "xyz", 3);
	hand_oid(oid, 9);
	assert_int_equal(
	    hdrcheck__pack_blob_window(r, oid, buf, sizeof(buf), &len, &size),
	    HDRCHECK_ENOTFOUND);
	hdrcheck__pack_reader_free(r);
	hdrcheck__packs_free(p);
	free(pack);
	free(idx);
}

/* A small delta that copies from the end of a large base: the window
 * needs the whole base, which is over the reader's cap. The reader says
 * "limit" (the caller reports the object too large to read instead of
 * handing it to libgit2, which would build all of it); under the cap the
 * same read succeeds. */
static void test_scanner_pack__delta_past_the_cap(void **state)
{
	/* base 32,768 bytes, result 100: copy 100 from offset 32,000 */
	static const char tail_copy[] = "\x80\x80\x02\x64\x93\x00\x7d\x64";
	static char base[32768];
	hand_object objs[] = {{3, 0, base, sizeof(base)}, {6, 0, tail_copy, 8}};
	unsigned char *pack, *idx, oid[HDRCHECK__OID_SIZE];
	size_t pack_len, idx_len, len;
	hdrcheck__packs *p;
	hdrcheck__pack_reader *r;
	char buf[64];
	uint64_t size;

	(void)state;
	memset(base, 'a', sizeof(base));
	hand_pack(objs, 2, &pack, &pack_len, &idx, &idx_len);
	assert_int_equal(hdrcheck__packs_new(&p), 0);
	assert_int_equal(
	    hdrcheck__packs_add_memory(p, idx, idx_len, pack, pack_len), 0);
	assert_int_equal(hdrcheck__pack_reader_new(&r, p), 0);
	hand_oid(oid, 1);
	hdrcheck__pack_reader_set_limit(r, 16 << 10);
	assert_int_equal(
	    hdrcheck__pack_blob_window(r, oid, buf, sizeof(buf), &len, &size),
	    HDRCHECK_ELIMIT);
	hdrcheck__pack_reader_set_limit(r, 64 << 10);
	assert_int_equal(
	    hdrcheck__pack_blob_window(r, oid, buf, sizeof(buf), &len, &size),
	    0);
	assert_int_equal(size, 100);
	assert_int_equal(len, 64);
	assert_memory_equal(buf, base, 64);
	hdrcheck__pack_reader_free(r);
	hdrcheck__packs_free(p);
	free(pack);
	free(idx);
}

/* An index of many ids in one fanout bucket, crowded at its low end so
 * that the guess from the id misses: every id is still found, at its
 * offset, and ids between them are not. */
static void test_scanner_pack__lookup_large_index(void **state)
{
	enum { N = 5000 };
	static const hand_object blob = {3, 0, "x", 1};
	unsigned char *pack, *idx1, *idx, oid[HDRCHECK__OID_SIZE];
	size_t pack_len, idx1_len, idx_len, i, k;
	hdrcheck__packs *p;
	hdrcheck__pack_reader *r;
	uint64_t off;

	(void)state;
	hand_pack(&blob, 1, &pack, &pack_len, &idx1, &idx1_len);
	put32(pack + 8, N); /* the index must count as many */
	idx_len = 8 + 1024 + (size_t)N * 28 + 40;
	idx = calloc(1, idx_len);
	assert_non_null(idx);
	memcpy(idx, idx1, 8);
	for (k = 0; k < 256; k++)
		put32(idx + 8 + 4 * k, k < 0x42 ? 0 : N);
	for (i = 0; i < N; i++) {
		unsigned char *id = idx + 8 + 1024 + i * 20;

		id[0] = 0x42;
		/* even ids, i * 2, crowded at the bottom; the last 100
		 * at the top of the range */
		put32(id + 1, i < N - 100 ? (uint32_t)i * 2
		                          : 0xffff0000u + (uint32_t)i);
		put32(idx + 8 + 1024 + (size_t)N * 24 + i * 4,
		      (uint32_t)(12 + i % 2));
	}
	memcpy(idx + idx_len - 40, idx1 + idx1_len - 40, 40);
	assert_int_equal(hdrcheck__packs_new(&p), 0);
	assert_int_equal(
	    hdrcheck__packs_add_memory(p, idx, idx_len, pack, pack_len), 0);
	assert_int_equal(hdrcheck__pack_reader_new(&r, p), 0);
	for (i = 0; i < N; i++) {
		uint64_t want;

		assert_int_equal(hdrcheck__pack_entry(r, 0, i, oid, &want), 0);
		memset(oid + 5, 0, 15);
		off = 0;
		/* 12 + 1 lies inside the object: found, checked later */
		assert_int_equal(hdrcheck__pack_blob_window(
		                     r, oid, (char *)idx1, 0, &k, &off),
		                 i % 2 ? HDRCHECK_EINVAL : 0);
		if (i < N - 100) {
			put32(oid + 1, (uint32_t)i * 2 + 1); /* between two */
			assert_int_equal(hdrcheck__pack_blob_window(
			                     r, oid, (char *)idx1, 0, &k, &off),
			                 HDRCHECK_ENOTFOUND);
		}
	}
	hdrcheck__pack_reader_free(r);
	hdrcheck__packs_free(p);
	free(idx);
	free(idx1);
	free(pack);
}

/* --- the listing of a tree, ours and libgit2's --- */

typedef struct {
	hdrcheck__entries list;
	char *attr_dirs; /* "a\nb\n", or NULL when not known */
} tree_listing;

/* The listing of rev's tree; libgit2: HDRCHECK__LIBGIT2_* of the run. */
static void list_rev(fixture *fx, unsigned int libgit2, const char *rev,
                     tree_listing *out)
{
	hdrcheck__source_options so;
	hdrcheck__source *src = NULL;
	hdrcheck_buf b = HDRCHECK_BUF_INIT;
	size_t i;

	memset(&so, 0, sizeof(so));
	memset(out, 0, sizeof(*out));
	so.rev = rev;
	so.libgit2 = libgit2;
	assert_int_equal(hdrcheck__source_open(&src, fx->root, &so), 0);
	assert_int_equal(hdrcheck__source_list(src, NULL, 0, &out->list), 0);
	if (src->attr_dirs_known) {
		assert_int_equal(hdrcheck__buf_puts(&b, ""), 0);
		for (i = 0; i < src->attr_dirs.len; i++)
			assert_int_equal(
			    hdrcheck__buf_printf(
			        &b, "%s\n", (char *)src->attr_dirs.items[i]),
			    0);
		out->attr_dirs = (char *)hdrcheck__buf_cstr(&b);
	}
	hdrcheck__source_free(src);
}

static void assert_same_listing(const tree_listing *a, const tree_listing *b,
                                int attr_dirs)
{
	size_t i;

	assert_int_equal(a->list.count, b->list.count);
	for (i = 0; i < a->list.count; i++) {
		assert_string_equal(a->list.items[i].path,
		                    b->list.items[i].path);
		assert_memory_equal(a->list.items[i].oid, b->list.items[i].oid,
		                    HDRCHECK__OID_SIZE);
		assert_int_equal(a->list.items[i].kind, b->list.items[i].kind);
	}
	if (attr_dirs) {
		assert_non_null(a->attr_dirs);
		assert_non_null(b->attr_dirs);
		assert_string_equal(a->attr_dirs, b->attr_dirs);
	}
}

static int listings_differ(const tree_listing *a, const tree_listing *b)
{
	size_t i;

	if (a->list.count != b->list.count)
		return 1;
	for (i = 0; i < a->list.count; i++)
		if (strcmp(a->list.items[i].path, b->list.items[i].path) ||
		    memcmp(a->list.items[i].oid, b->list.items[i].oid,
		           HDRCHECK__OID_SIZE))
			return 1;
	return 0;
}

static void listing_dispose(tree_listing *l)
{
	hdrcheck__entries_dispose(&l->list);
	free(l->attr_dirs);
}

/* The listing of rev by the pack walk and by libgit2. */
static void check_listing(fixture *fx, const char *rev)
{
	tree_listing ours, lg2;

	list_rev(fx, 0, rev, &ours);
	list_rev(fx, HDRCHECK__LIBGIT2_ALL, rev, &lg2);
	assert_true(ours.list.count > 10);
	assert_same_listing(&ours, &lg2, 0);
	listing_dispose(&ours);
	listing_dispose(&lg2);
}

static void write_git_file(fixture *fx, const char *name, const char *text)
{
	char *path =
	    hdrcheck__aprintf("%s%s", git_repository_path(fx->repo), name);
	FILE *f;

	assert_non_null(path);
	assert_non_null(f = fopen(path, "w"));
	assert_int_equal(fputs(text, f) >= 0, 1);
	assert_int_equal(fclose(f), 0);
	free(path);
}

static void test_scanner_pack__listing_matches_libgit2(void **state)
{
	fixture *fx = history_repo();
	char head[GIT_OID_HEXSZ + 1], *ref, *refs, *text;
	git_reference *r = NULL;
	tree_listing a, b;
	size_t n;
	int status;

	(void)state;
	memcpy(head, fx->head, sizeof(head));
	/* the commit is loose */
	check_listing(fx, "HEAD");
	pack_head(fx, NULL);
	/* HEAD through its loose branch, a full id, a suffix */
	check_listing(fx, "HEAD");
	check_listing(fx, head);
	check_listing(fx, "HEAD~0");
	/* another tree lists otherwise */
	list_rev(fx, 0, "HEAD~1", &a);
	list_rev(fx, 0, "HEAD", &b);
	assert_true(listings_differ(&a, &b));
	listing_dispose(&a);
	listing_dispose(&b);
	/* the branch in packed-refs only, then a detached HEAD */
	git_ok(git_repository_head(&r, fx->repo), "head");
	ref = hdrcheck__strdup(git_reference_name(r));
	git_reference_free(r);
	assert_non_null(ref);
	refs = hdrcheck__aprintf("%s%s", git_repository_path(fx->repo), ref);
	assert_non_null(refs);
	assert_int_equal(unlink(refs), 0);
	free(refs);
	text = hdrcheck__aprintf("# pack-refs with: peeled fully-peeled "
	                         "sorted \n%s %s\n",
	                         head, ref);
	assert_non_null(text);
	write_git_file(fx, "packed-refs", text);
	free(text);
	check_listing(fx, "HEAD");
	compare_reports(fx, "1", &status);
	compare_reports(fx, "2", &status);
	n = strlen(head);
	text = hdrcheck__aprintf("%.*s\n", (int)n, head);
	assert_non_null(text);
	write_git_file(fx, "HEAD", text);
	free(text);
	check_listing(fx, "HEAD");
	free(ref);
	fixture_free(fx);
}

/* The listing's walkers share the trees: a helper that meets a loose one
 * leaves it to the caller, which reads it through libgit2. Which walker
 * meets which tree varies from run to run: many runs, each libgit2's. */
static void test_scanner_pack__loose_trees_any_walker(void **state)
{
	fixture *fx = history_repo();
	tree_listing a, lg2;
	int i;

	(void)state;
	/* more loose trees next to the packed ones */
	add_text(fx, "docs/a/new.c", c_file(1001, 12, 1, 1));
	add_text(fx, "docs/b/new.c", c_file(1002, 12, 1, 1));
	add_text(fx, "tools/new.c", c_file(1003, 12, 1, 1));
	fixture_commit(fx, "more loose trees");
	list_rev(fx, HDRCHECK__LIBGIT2_ALL, "HEAD", &lg2);
	/* both listings know where the attribute files are */
	assert_non_null(lg2.attr_dirs);
	for (i = 0; i < 20; i++) {
		list_rev(fx, 0, "HEAD", &a);
		assert_non_null(a.attr_dirs); /* the packs listed it */
		assert_string_equal(a.attr_dirs, lg2.attr_dirs);
		assert_same_listing(&a, &lg2, 0);
		listing_dispose(&a);
	}
	listing_dispose(&lg2);
	fixture_free(fx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_scanner_pack__windows_match_libgit2),
	    cmocka_unit_test(test_scanner_pack__ofs_deltas),
	    cmocka_unit_test(test_scanner_pack__corrupt_pack),
	    cmocka_unit_test(test_scanner_pack__truncated_index),
	    cmocka_unit_test(test_scanner_pack__fifo_not_opened),
	    cmocka_unit_test(test_scanner_pack__hand_made_deltas),
	    cmocka_unit_test(test_scanner_pack__delta_past_the_cap),
	    cmocka_unit_test(test_scanner_pack__lookup_large_index),
	    cmocka_unit_test(test_scanner_pack__listing_matches_libgit2),
	    cmocka_unit_test(test_scanner_pack__loose_trees_any_walker),
	};

	return cmocka_run_group_tests_name(
	    "scanner_pack", tests, fixture_group_setup, fixture_group_teardown);
}
