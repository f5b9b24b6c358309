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

/* The helper threads (common/pool.c): every helper runs once with its
 * number, and a helper's error comes back on the calling thread with its
 * message. */

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

#include "common.h"
#include "common/pool.h"

typedef struct {
	atomic_uint ran[HDRCHECK__POOL_MAX + 2];
	pthread_t caller;
	atomic_int on_caller;
	unsigned int fail_at;
} state;

static int task(void *payload, unsigned int k)
{
	state *s = payload;

	atomic_fetch_add(&s->ran[k], 1);
	if (pthread_equal(pthread_self(), s->caller))
		atomic_store(&s->on_caller, 1);
	if (k == s->fail_at)
		return hdrcheck__error_set(HDRCHECK_ENOMEM, "helper %u ran out",
		                           k);
	return 0;
}

static void test_common_pool__every_helper_once(void **state_)
{
	hdrcheck__pool p = HDRCHECK__POOL_INIT;
	state s;
	unsigned int k, started;

	(void)state_;
	memset(&s, 0, sizeof(s));
	s.caller = pthread_self();
	started = hdrcheck__pool_start(&p, 7, task, &s);
	assert_true(started <= 7);
	assert_int_equal(hdrcheck__pool_join(&p), 0);
	assert_int_equal(atomic_load(&s.ran[0]), 0);
	for (k = 1; k <= started; k++)
		assert_int_equal(atomic_load(&s.ran[k]), 1);
	for (; k <= 8; k++)
		assert_int_equal(atomic_load(&s.ran[k]), 0);
	assert_int_equal(atomic_load(&s.on_caller), 0);
	assert_null(p.slots);
	assert_int_equal(p.started, 0);
}

static void test_common_pool__error_on_caller(void **state_)
{
	hdrcheck__pool p = HDRCHECK__POOL_INIT;
	state s;

	(void)state_;
	memset(&s, 0, sizeof(s));
	s.caller = pthread_self();
	s.fail_at = 2;
	hdrcheck__error_clear();
	if (hdrcheck__pool_start(&p, 3, task, &s) < 2)
		skip(); /* the system gave us fewer threads */
	assert_int_equal(hdrcheck__pool_join(&p), HDRCHECK_ENOMEM);
	assert_string_equal(hdrcheck_error_last(), "helper 2 ran out");
}

static void test_common_pool__limits(void **state_)
{
	hdrcheck__pool p = HDRCHECK__POOL_INIT;
	state s;

	(void)state_;
	memset(&s, 0, sizeof(s));
	s.caller = pthread_self();
	/* none asked: none started, and joining is a no-op */
	assert_int_equal(hdrcheck__pool_start(&p, 0, task, &s), 0);
	assert_int_equal(hdrcheck__pool_join(&p), 0);
	assert_int_equal(hdrcheck__pool_join(&p), 0);
	/* never more than the maximum */
	assert_true(hdrcheck__pool_start(&p, HDRCHECK__POOL_MAX + 1, task,
	                                 &s) <= HDRCHECK__POOL_MAX);
	assert_int_equal(hdrcheck__pool_join(&p), 0);
	assert_int_equal(atomic_load(&s.ran[HDRCHECK__POOL_MAX + 1]), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_common_pool__every_helper_once),
	    cmocka_unit_test(test_common_pool__error_on_caller),
	    cmocka_unit_test(test_common_pool__limits),
	};

	return cmocka_run_group_tests_name("common_pool", tests, NULL, NULL);
}
