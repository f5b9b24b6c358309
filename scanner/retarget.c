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
 * "hdrcheck /path/to/other/repo" should do what "git -C" users expect:
 * the repository the PATH lies in decides the configuration and the
 * ignore rules, not the directory hdrcheck was started in. And --staged,
 * which takes its configuration from the index, says so when the work
 * tree's differs.
 */

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "scanner/retarget.h"

/* The nearest directory at or above abs (absolute, normalised) that holds
 * a .git entry (a directory, or a file naming one); NULL when none. */
static char *repo_root_of(const char *abs)
{
	char *p = hdrcheck__strdup(abs), *slash;
	struct stat st;

	if (!p)
		return NULL;
	/* a file: start from its directory */
	if (stat(p, &st) == 0 && !S_ISDIR(st.st_mode) &&
	    (slash = strrchr(p, '/')) != NULL)
		*(slash == p ? slash + 1 : slash) = '\0';
	for (;;) {
		char *git = hdrcheck__path_join(p, ".git");
		int found;

		if (!git)
			break;
		found = lstat(git, &st) == 0;
		free(git);
		if (found)
			return p;
		if (!strcmp(p, "/") || !(slash = strrchr(p, '/')))
			break;
		*(slash == p ? slash + 1 : slash) = '\0';
	}
	free(p);
	return NULL;
}

void hdrcheck__retarget_dispose(hdrcheck__retarget *rt)
{
	size_t i;

	for (i = 0; rt->paths && i < rt->count; i++)
		free(rt->paths[i]);
	free(rt->paths);
	free(rt->dir);
	memset(rt, 0, sizeof(*rt));
}

int hdrcheck__retarget_paths(hdrcheck__retarget *rt,
                             const hdrcheck_check_options *opts)
{
	char *base = NULL, *here = NULL, *there = NULL, *other = NULL;
	size_t i;
	int error = 0;

	memset(rt, 0, sizeof(*rt));
	if (!opts || !opts->paths_count ||
	    (opts->version >= 4 &&
	     (opts->rev || opts->staged || opts->include_submodules)) ||
	    (opts->version >= 8 && opts->archive))
		return 0;
	/* an unreadable start is the scan's own error to report */
	if (!(base = realpath(opts->dir ? opts->dir : ".", NULL)))
		return 0;
	if (!(rt->paths =
	          hdrcheck__calloc(opts->paths_count, sizeof(char *)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	rt->count = opts->paths_count;
	for (i = 0; i < opts->paths_count; i++) {
		const char *p = opts->paths[i];
		char *real;

		rt->paths[i] = p[0] == '/' ? hdrcheck__strdup(p)
		                           : hdrcheck__path_join(base, p);
		if (!rt->paths[i]) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		hdrcheck__path_normalize(rt->paths[i]);
		/* a PATH through a symlink stays the scan's to judge: a link
		 * must not lead the run into another tree */
		real = realpath(rt->paths[i], NULL);
		if (!real || strcmp(real, rt->paths[i]) != 0) {
			free(real);
			goto done;
		}
		free(real);
		free(other);
		other = repo_root_of(rt->paths[i]);
		if (i == 0) {
			there = other;
			other = NULL;
		} else if ((!there) != (!other) ||
		           (there && strcmp(there, other) != 0)) {
			/* mixed: leave it to the scan (one tree, one error) */
			free(there);
			there = NULL;
			goto done;
		}
	}
	here = repo_root_of(base);
	/* another repository, not one nested in this one (a submodule or a
	 * nested repository is not descended into) nor one around it */
	if (there && (!here || (!hdrcheck__path_under(there, here) &&
	                        !hdrcheck__path_under(here, there)))) {
		rt->dir = there;
		there = NULL;
	}
done:
	if (error < 0 || !rt->dir)
		hdrcheck__retarget_dispose(rt);
	free(base);
	free(here);
	free(there);
	free(other);
	return error;
}

static char *read_disk(const char *root, const char *name, size_t *len)
{
	char *path = hdrcheck__path_join(root, name);
	hdrcheck_buf buf = HDRCHECK_BUF_INIT;
	char chunk[8192];
	FILE *f;
	size_t n;

	if (!path)
		return NULL;
	f = fopen(path, "rb");
	free(path);
	if (!f)
		return NULL;
	buf.limit = 1u << 20;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		if (hdrcheck__buf_put(&buf, chunk, n) < 0)
			break;
	fclose(f);
	*len = buf.len;
	return buf.ptr ? buf.ptr : hdrcheck__strdup("");
}

void hdrcheck__staged_config_warn(hdrcheck__source *src,
                                  const hdrcheck_check_options *opts)
{
	static const char *const names[] = {".hdrcheck.yaml",
	                                    ".licenserc.yaml"};
	size_t i;

	if (!opts->warn || opts->version < 4 || !opts->staged || opts->config ||
	    opts->no_config)
		return;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		char *staged = NULL, *disk, msg[160];
		size_t slen = 0, dlen = 0;
		int has_staged, differs;

		has_staged = hdrcheck__source_read(src, names[i], 1u << 20,
		                                   &staged, &slen) == 0;
		hdrcheck__error_clear();
		disk = read_disk(hdrcheck__source_root(src), names[i], &dlen);
		differs =
		    has_staged != (disk != NULL) ||
		    (disk && (slen != dlen || memcmp(staged, disk, slen)));
		free(staged);
		free(disk);
		if (differs) {
			snprintf(
			    msg, sizeof(msg),
			    "--staged: the staged %s differs from the work "
			    "tree's; the staged one applies",
			    names[i]);
			opts->warn(msg, opts->warn_payload);
			return;
		}
		/* the first configuration file found is the one in force */
		if (has_staged)
			return;
	}
}
