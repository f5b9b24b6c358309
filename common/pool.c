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

/* Helper threads: see pool.h. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "common/pool.h"

struct hdrcheck__pool_slot {
	pthread_t thread;
	hdrcheck__pool_fn fn;
	void *payload;
	unsigned int k;
	int error;
	char message[512];
};

static void *run(void *arg)
{
	hdrcheck__pool_slot *s = arg;

	s->error = s->fn(s->payload, s->k);
	/* the detail lives on this thread: keep it for the caller */
	if (s->error < 0)
		snprintf(s->message, sizeof(s->message), "%s",
		         hdrcheck_error_last());
	return NULL;
}

unsigned int hdrcheck__pool_start(hdrcheck__pool *p, unsigned int n,
                                  hdrcheck__pool_fn fn, void *payload)
{
	unsigned int k;

	p->started = 0;
	p->slots = NULL;
	if (n > HDRCHECK__POOL_MAX)
		n = HDRCHECK__POOL_MAX;
	/* plain calloc: no helpers is no error, so no detail to set */
	if (!n || !(p->slots = calloc(n, sizeof(*p->slots))))
		return 0;
	for (k = 0; k < n; k++) {
		hdrcheck__pool_slot *s = &p->slots[k];

		s->fn = fn;
		s->payload = payload;
		s->k = k + 1;
		if (pthread_create(&s->thread, NULL, run, s) != 0)
			break;
		p->started++;
	}
	return p->started;
}

int hdrcheck__pool_join(hdrcheck__pool *p)
{
	unsigned int k;
	int error = 0;

	for (k = 0; k < p->started; k++)
		pthread_join(p->slots[k].thread, NULL);
	for (k = 0; k < p->started && !error; k++)
		if (p->slots[k].error < 0) {
			error = p->slots[k].error;
			if (p->slots[k].message[0])
				hdrcheck__error_set(error, "%s",
				                    p->slots[k].message);
		}
	free(p->slots);
	p->slots = NULL;
	p->started = 0;
	return error;
}
