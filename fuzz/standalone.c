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
 * A main() for fuzz targets built without libFuzzer (gcc, CTest): replays
 * every regular file of the directories (or files) given on the command
 * line through LLVMFuzzerTestOneInput once. Exit status 0 when all ran.
 */

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Inputs larger than this are refused: a corpus holds small files. */
#define REPLAY_MAX_BYTES ((size_t)4 << 20)

static int replay_file(const char *path)
{
	FILE *f = NULL;
	uint8_t *buf = NULL;
	size_t len = 0;
	long size;
	int error = -1;

	if (!(f = fopen(path, "rb")) || fseek(f, 0, SEEK_END) != 0 ||
	    (size = ftell(f)) < 0 || (size_t)size > REPLAY_MAX_BYTES ||
	    fseek(f, 0, SEEK_SET) != 0) {
		fprintf(stderr, "replay: cannot read %s\n", path);
		goto done;
	}
	/* an exact-size heap copy, so ASan sees reads past the end */
	if (!(buf = malloc((size_t)size ? (size_t)size : 1)))
		goto done;
	len = fread(buf, 1, (size_t)size, f);
	if (len != (size_t)size) {
		fprintf(stderr, "replay: short read on %s\n", path);
		goto done;
	}
	LLVMFuzzerTestOneInput(buf, len);
	error = 0;
done:
	free(buf);
	if (f)
		fclose(f);
	return error;
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Files in name order, so a failure is reproducible. */
static int replay_dir(const char *dir, size_t *count)
{
	char **names = NULL, **grown, path[4096];
	size_t n = 0, i;
	struct dirent *de;
	struct stat st;
	DIR *d;
	int error = 0;

	if (!(d = opendir(dir))) {
		fprintf(stderr, "replay: cannot open %s\n", dir);
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		if (!(grown = realloc(names, (n + 1) * sizeof(*names))) ||
		    !(grown[n] = strdup(de->d_name))) {
			names = grown ? grown : names;
			error = -1;
			break;
		}
		names = grown;
		n++;
	}
	closedir(d);
	qsort(names, n, sizeof(*names), compare_names);
	for (i = 0; i < n && error == 0; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
			continue;
		error = replay_file(path);
		(*count)++;
	}
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return error;
}

int main(int argc, char **argv)
{
	size_t count = 0;
	struct stat st;
	int i, error = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: %s CORPUS-DIR-OR-FILE...\n", argv[0]);
		return 2;
	}
	for (i = 1; i < argc && error == 0; i++) {
		if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) {
			error = replay_dir(argv[i], &count);
		} else {
			error = replay_file(argv[i]);
			count++;
		}
	}
	if (error == 0 && count == 0) {
		fprintf(stderr, "replay: no inputs\n");
		return 1;
	}
	fprintf(stderr, "replay: %zu inputs\n", count);
	return error ? 1 : 0;
}
