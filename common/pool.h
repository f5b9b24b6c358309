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

#ifndef HDRCHECK_COMMON_POOL_H
#define HDRCHECK_COMMON_POOL_H

/*
 * The one way hdrcheck starts threads: helpers beside the calling thread.
 * The caller starts up to n helpers, does its own share meanwhile, and
 * joins them. Under a thread or memory limit a helper that cannot start
 * is no error: fewer run, and the work is shared by those that do (the
 * callers' work lists are built for that). A helper's error (a negative
 * return) comes back from hdrcheck__pool_join() on the calling thread,
 * with its message, since error details are per thread.
 */

#include <pthread.h>

/* The most helpers a pool starts (the check's worker pool: -j 64). */
#define HDRCHECK__POOL_MAX 64

/* Helper k (1..n): 0 or a negative HDRCHECK_E* with detail set. */
typedef int (*hdrcheck__pool_fn)(void *payload, unsigned int k);

typedef struct hdrcheck__pool_slot hdrcheck__pool_slot;

typedef struct {
	hdrcheck__pool_slot *slots;
	unsigned int started;
} hdrcheck__pool;

#define HDRCHECK__POOL_INIT                                                    \
	{                                                                      \
		NULL, 0                                                        \
	}

/* Start helpers k = 1..n running fn (at most HDRCHECK__POOL_MAX); as
 * many as the system gives, in order, into p->started. */
unsigned int hdrcheck__pool_start(hdrcheck__pool *p, unsigned int n,
                                  hdrcheck__pool_fn fn, void *payload);

/* Wait for the helpers; 0, or the error of the first (by k) that failed,
 * its message set on the calling thread. p is empty afterwards. */
int hdrcheck__pool_join(hdrcheck__pool *p);

#endif
