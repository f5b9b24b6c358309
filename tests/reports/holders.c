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
 * Copyright holders as the reports show them (policies/copyright.c): which
 * comment lines name a holder, and what is left once markers, years and
 * "All rights reserved" are removed. The end-to-end test checks that the
 * classifier hands them to the report.
 */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "policies/header.h"
#include "reports/reports.h"
#include "tests/reports/fixture.h"

static const struct {
	const char *line;
	const char *holder; /* NULL: the line names none */
} cases[] = {
    {"Copyright 2019-2024 Foo Inc.", "Foo Inc."},
    {"Copyright (c) 2020, 2021 The Bar Authors. All rights reserved.",
     "The Bar Authors"},
    {"Copyright 2026 The hdrcheck Authors", "The hdrcheck Authors"},
    {"Copyright (C) 2020 Example, Inc.", "Example, Inc."},
    {"Copyright \xc2\xa9 2020 Example GmbH", "Example GmbH"},
    {"Copyright 2019, 2021 Example Corp.", "Example Corp."},
    {"Copyright The Example Authors", "The Example Authors"},
    {"Copyright 2024 Example Corp. All rights reserved.", "Example Corp."},
    {"SPDX-FileCopyrightText: 2024 The Example Authors", "The Example Authors"},
    {"(c) 2018 Jane Doe <jane@example.org>", "Jane Doe <jane@example.org>"},
    {"\xc2\xa9 Acme Ltd.", "Acme Ltd."},
    {"COPYRIGHT (C) 1999 - 2003 BIG CO", "BIG CO"},
    {"Copyright 2015-present Facebook, Inc.", "Facebook, Inc."},
    {"Copyright 2010\xe2\x80\x93"
     "2012 Dash Co.",
     "Dash Co."},
    {"Copyright: 2001 by John Smith.", "John Smith"},
    {"  Copyright (c) Microsoft Corporation.", "Microsoft Corporation"},
    {"Copyright (c) 2009, 2010 Foo Bar, Baz Qux", "Foo Bar, Baz Qux"},
    /* decoration and what follows the holder */
    {"Copyright (C) 2013 - Analog Devices, Inc.", "Analog Devices, Inc."},
    {"Copyright (C) 2019-20 Sean Anderson <seanga2@gmail.com>",
     "Sean Anderson <seanga2@gmail.com>"},
    {"Copyright (C) STMicroelectronics 2019 - All Rights Reserved",
     "STMicroelectronics"},
    {"Copyright (C) 2020 Texas Instruments Incorporated - "
     "https://www.ti.com/",
     "Texas Instruments Incorporated"},
    {"Copyright (C) 2012 Red Hat, Inc ---", "Red Hat, Inc"},
    {"Copyright (c) 2014 Cirrus Logic, Inc. and", "Cirrus Logic, Inc."},
    {"Copyright 2015 (C) Heiko Schocher <hs@denx.de>",
     "Heiko Schocher <hs@denx.de>"},
    {"Copyright (c) 2012 Samuel Neves <s@example.org>.  You may use this "
     "under the",
     "Samuel Neves <s@example.org>"},
    {"Copyright (c) 2016 H. Nikolaus Schaller <hns@example.org>",
     "H. Nikolaus Schaller <hns@example.org>"},
    {"Copyright 2018 Marvell International Ltd. and its affiliates",
     "Marvell International Ltd. and its affiliates"},
    {"Copyright: 2010 : Foo Corp. *", "Foo Corp."},
    {"Copyright, (C) 2015 Heiko Schocher <hs@denx.de>",
     "Heiko Schocher <hs@denx.de>"},
    {"Copyright (C) 2011 CZ.NIC z.s.p.o. (http://www.nic.cz/)",
     "CZ.NIC z.s.p.o."},
    {"Copyright (C) 2012 CompuLab, Ltd. http://www.compulab.com",
     "CompuLab, Ltd."},
    {"Copyright (C) 2016 Linaro Limited, Author: AKASHI Takahiro",
     "Linaro Limited"},
    {"Copyright 2020 Lightbend Inc. <https://www.lightbend.com>",
     "Lightbend Inc. <https://www.lightbend.com>"},
    /* what real headers hold around the name (u-boot, nuttx) */
    {"Copyright () 2001-2003, Adam Dunkels.", "Adam Dunkels"},
    {"()\t\tGrouping and substring capturing", NULL},
    {"(C) aplay   -D plughw:1,0 xxx.wav", NULL},
    {"Copyright 2016~2018 NXP", "NXP"},
    {"Copyright (C) 2014--2020 Intel Corporation", "Intel Corporation"},
    {"Copyright (C) 95, 96, 97, 98, 2000, 01 Ralf Baechle", "Ralf Baechle"},
    {"Copyright <1995-2014>, Intel Corporation", "Intel Corporation"},
    {"Copyright 2008 Google Inc.; contributed by A. Writer", "Google Inc."},
    {"Copyright 2008 Bryan Braun; Licensed MIT", "Bryan Braun"},
    {"Copyright (c) 2013 Freescale Semiconductor, Inc.  This file is "
     "licensed",
     "Freescale Semiconductor, Inc."},
    {"(C) Copyright Deti Fliegl 1999 (new USB architecture)", "Deti Fliegl"},
    {"Copyright (c) 2010 Alexander Graf et al.", "Alexander Graf"},
    {"Copyright (C) 2003 Tyan (written by Yinghai Lu for Tyan)", "Tyan"},
    {"Copyright 2012 Altera Corporation (C)", "Altera Corporation"},
    {"Copyright 2012 Altera Corporation \xc2\xa9", "Altera Corporation"},
    {"Copyright 2013 Latin Sign Systems \xa9", "Latin Sign Systems"},
    {"Copyright 2002 SMSC (Steve Glendinning)", "SMSC (Steve Glendinning)"},
    {"SPDX-FileCopyrightText: 2018 Inc. All rights reserved.", NULL},
    {"SPDX-FileCopyrightText: or affiliates and other contributors.", NULL},
    {"Copyright (C) 2008 for Samsung Electronics", "Samsung Electronics"},
    {"(C) Copyright 2002 (440 port)", NULL},
    {"Copyright (c) 2012 (Juan Flores)", "Juan Flores"},
    {"Copyright 2021\xc2\xa0"
     "Axiado Corporation",
     "Axiado Corporation"},
    {"Copyright \xa9 1998 Latin Sign Ltd.", "Latin Sign Ltd."},
    {"Copyright 2014-2015, Imagination Technologies Limited and/or its",
     "Imagination Technologies Limited"},
    /* template placeholders, not holders */
    {"Copyright (c) <year> <copyright holders>", NULL},
    {"Copyright (c) <YEAR>, <OWNER>", NULL},
    {"Copyright (C) <year>  <name of author>", NULL},
    {"Copyright [yyyy] [name of copyright owner]", NULL},
    {"Copyright 2020 NAME HERE <EMAIL ADDRESS>", NULL},
    {"Copyright (c) 2019, ORGANIZATION", NULL},
    {"Copyright (c) YEAR AUTHOR", NULL},
    {"Copyright 2021 The Authors of Foo", "The Authors of Foo"},
    /* license prose, not notices */
    {"copyright notice, this list of conditions and the following", NULL},
    {"COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\"", NULL},
    {"Copyright owner or contributors be liable", NULL},
    {"regarding copyright ownership.  The ASF licenses this file", NULL},
    {"The above copyright notice and this permission notice", NULL},
    {"Copyrighted material", NULL},
    {"Copyright (c) 2020", NULL},
    {"Copyright", NULL},
    {"Licensed under the Apache License, Version 2.0", NULL},
    {"", NULL},
};

static void test_reports_holders__lines(void **state)
{
	const char *h = NULL;
	size_t i, n;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		n = hdrcheck__copyright_holder(cases[i].line,
		                               strlen(cases[i].line), &h);
		if (!cases[i].holder) {
			if (n)
				fail_msg("\"%s\": unexpected holder \"%.*s\"",
				         cases[i].line, (int)n, h);
			continue;
		}
		if (n != strlen(cases[i].holder) ||
		    memcmp(h, cases[i].holder, n) != 0)
			fail_msg("\"%s\": got \"%.*s\", want \"%s\"",
			         cases[i].line, (int)n, n ? h : "",
			         cases[i].holder);
	}
}

static void set_lines(hdrcheck__comments *cm, const char *const *lines,
                      size_t n)
{
	size_t i;

	cm->lines = calloc(n ? n : 1, sizeof(*cm->lines));
	assert_non_null(cm->lines);
	for (i = 0; i < n; i++) {
		cm->lines[i].text = lines[i];
		cm->lines[i].len = strlen(lines[i]);
		cm->lines[i].line = (unsigned int)i + 1;
	}
	cm->count = cm->cap = n;
}

static void test_reports_holders__list(void **state)
{
	static const char *const lines[] = {
	    "Copyright 2019 Foo Inc.",
	    "Copyright 2020 Bar Authors",
	    "Copyright 2021 Foo Inc.", /* again: listed once */
	    "Copyright 2022 FOO, Inc", /* another spelling: once */
	    "",
	    "Licensed under the Apache License, Version 2.0 (the \"License\");",
	};
	hdrcheck__comments cm = {0};
	char *list = NULL;

	(void)state;
	set_lines(&cm, lines, 6);
	assert_int_equal(hdrcheck__copyright_holders(&list, &cm), 0);
	assert_string_equal(list, "Foo Inc.\nBar Authors");
	free(list);

	cm.count = 0;
	list = (char *)"untouched";
	assert_int_equal(hdrcheck__copyright_holders(&list, &cm), 0);
	assert_null(list);
	hdrcheck__comments_dispose(&cm);
}

/* The report's holders: the spellings of one holder are one entry, under
 * the most frequent spelling, with the files added up. */
static void test_reports_holders__merged(void **state)
{
	hdrcheck_report *r = report_new("/p", NULL);
	hdrcheck__holders h = {0};

	(void)state;
	report_add(r, "a.c", HDRCHECK_STATUS_OK, NULL, NULL, NULL, 1,
	           "Arm Ltd.");
	report_add(r, "b.c", HDRCHECK_STATUS_OK, NULL, NULL, NULL, 1,
	           "Arm Ltd.\nSamsung Electronics Co., Ltd.");
	report_add(r, "c.c", HDRCHECK_STATUS_OK, NULL, NULL, NULL, 1,
	           "ARM Ltd");
	report_add(r, "d.c", HDRCHECK_STATUS_OK, NULL, NULL, NULL, 1,
	           "Samsung Electronics Co.Ltd");
	report_add(r, "e.c", HDRCHECK_STATUS_OK, NULL, NULL, NULL, 1, "ARMLtd");
	hdrcheck__report_finish(r);
	assert_int_equal(hdrcheck__report_holders(&h, r, 1), 0);
	assert_int_equal(h.count, 3);
	assert_string_equal(h.items[0].name, "Arm Ltd.");
	assert_int_equal(h.items[0].files, 3);
	/* a tie: the bytewise first spelling */
	assert_string_equal(h.items[1].name, "Samsung Electronics Co., Ltd.");
	assert_int_equal(h.items[1].files, 2);
	/* a word break is not punctuation */
	assert_string_equal(h.items[2].name, "ARMLtd");
	hdrcheck__holders_dispose(&h);
	hdrcheck_report_free(r);
}

/* A leading "The" is no part of the holder's name: "The Example Group"
 * and "Example Group" are one entry. */
static void test_reports_holders__merged_article(void **state)
{
	hdrcheck_report *r = report_new("/p", NULL);
	hdrcheck__holders h = {0};

	(void)state;
	report_add(r, "a.c", HDRCHECK_STATUS_OK, NULL, NULL, NULL, 1,
	           "The Example Database Group");
	report_add(r, "b.c", HDRCHECK_STATUS_OK, NULL, NULL, NULL, 1,
	           "The Example Database Group");
	report_add(r, "c.c", HDRCHECK_STATUS_OK, NULL, NULL, NULL, 1,
	           "Example Database Group");
	report_add(r, "d.c", HDRCHECK_STATUS_OK, NULL, NULL, NULL, 1,
	           "Theory Group");
	hdrcheck__report_finish(r);
	assert_int_equal(hdrcheck__report_holders(&h, r, 1), 0);
	assert_int_equal(h.count, 2);
	assert_string_equal(h.items[0].name, "The Example Database Group");
	assert_int_equal(h.items[0].files, 3);
	assert_string_equal(h.items[1].name, "Theory Group");
	hdrcheck__holders_dispose(&h);
	hdrcheck_report_free(r);
}

/* A notice that names two holders, one cut at a line's end, bytes that
 * are not UTF-8. */
static void test_reports_holders__split_joined_latin1(void **state)
{
	static const char *const two[] = {
	    "Copyright (c) 2013-2015 Linaro Limited, 2015 ARM Ltd",
	    "Copyright (c) 2017, EETS GmbH, 2017, Felix Brack <f@example.ch>"};
	static const char *const wrapped[] = {
	    "Copyright (c) 1989 The Regents of the University of",
	    "California.  All rights reserved.", "",
	    "Copyright 2019 Western Digital Corporation or",
	    "SPDX-FileCopyrightText: or affiliates and other contributors."};
	/* one holder in Latin-1 twice, then in UTF-8: listed once */
	static const char *const latin1[] = {
	    "Copyright 2017 Joan Lled\xf3", "Copyright 2019 Joan Lled\xf3",
	    "Copyright 2020 Joan Lled\xc3\xb3"};
	hdrcheck__comments cm = {0};
	char *list = NULL;

	(void)state;
	set_lines(&cm, two, 2);
	assert_int_equal(hdrcheck__copyright_holders(&list, &cm), 0);
	assert_string_equal(list, "Linaro Limited\nARM Ltd\nEETS GmbH\n"
	                          "Felix Brack <f@example.ch>");
	free(list);
	hdrcheck__comments_dispose(&cm);
	set_lines(&cm, wrapped, 5);
	assert_int_equal(hdrcheck__copyright_holders(&list, &cm), 0);
	assert_string_equal(list, "The Regents of the University of "
	                          "California\nWestern Digital Corporation");
	free(list);
	hdrcheck__comments_dispose(&cm);
	set_lines(&cm, latin1, 3);
	assert_int_equal(hdrcheck__copyright_holders(&list, &cm), 0);
	assert_string_equal(list, "Joan Lled\xc3\xb3");
	free(list);
	hdrcheck__comments_dispose(&cm);
}

/* The report's holders: a legal form and an e-mail address or link
 * after the name do not make another holder. */
static void test_reports_holders__merged_variants(void **state)
{
	hdrcheck_report *r = report_new("/p", NULL);
	hdrcheck__holders h = {0};

	(void)state;
	report_add(r, "a.c", HDRCHECK_STATUS_OK, NULL, NULL, NULL, 1, "ARM");
	report_add(r, "b.c", HDRCHECK_STATUS_OK, NULL, NULL, NULL, 1,
	           "ARM Ltd.\nEric Young");
	report_add(r, "c.c", HDRCHECK_STATUS_OK, NULL, NULL, NULL, 1,
	           "ARM Ltd.\nEric Young (eay@example.org)");
	report_add(r, "d.c", HDRCHECK_STATUS_OK, NULL, NULL, NULL, 1,
	           "ARM LIMITED\nEric Young <eay@example.org>");
	report_add(r, "e.c", HDRCHECK_STATUS_OK, NULL, NULL, NULL, 1,
	           "Lightbend Inc. <https://www.lightbend.com>");
	report_add(r, "f.c", HDRCHECK_STATUS_OK, NULL, NULL, NULL, 1,
	           "Lightbend, Inc.\nInc.");
	hdrcheck__report_finish(r);
	assert_int_equal(hdrcheck__report_holders(&h, r, 1), 0);
	assert_int_equal(h.count, 4);
	assert_string_equal(h.items[0].name, "ARM Ltd.");
	assert_int_equal(h.items[0].files, 4);
	assert_string_equal(h.items[1].name, "Eric Young");
	assert_int_equal(h.items[1].files, 3);
	assert_string_equal(h.items[2].name,
	                    "Lightbend Inc. <https://www.lightbend.com>");
	assert_int_equal(h.items[2].files, 2);
	/* a key of legal forms alone stays itself */
	assert_string_equal(h.items[3].name, "Inc.");
	hdrcheck__holders_dispose(&h);
	hdrcheck_report_free(r);
}

/* The legal forms the holder reader drops a bare notice for are those
 * the report merges by: "AS" (a Norwegian company) too. */
static void test_reports_holders__legal_forms_agree(void **state)
{
	hdrcheck_report *r = report_new("/p", NULL);
	hdrcheck__holders h = {0};
	const char *holder = NULL;

	(void)state;
	assert_int_equal(
	    hdrcheck__copyright_holder("Copyright 2018 AS", 17, &holder), 0);
	report_add(r, "a.c", HDRCHECK_STATUS_OK, NULL, NULL, NULL, 1,
	           "Example Software AS");
	report_add(r, "b.c", HDRCHECK_STATUS_OK, NULL, NULL, NULL, 1,
	           "Example Software");
	hdrcheck__report_finish(r);
	assert_int_equal(hdrcheck__report_holders(&h, r, 1), 0);
	assert_int_equal(h.count, 1);
	assert_int_equal(h.items[0].files, 2);
	hdrcheck__holders_dispose(&h);
	hdrcheck_report_free(r);
}

static void test_reports_holders__bounded(void **state)
{
	const char *lines[40];
	char text[40][32], longline[600];
	hdrcheck__comments cm = {0};
	char *list = NULL, *p;
	size_t i, n = 0;

	(void)state;
	for (i = 0; i < 40; i++) {
		snprintf(text[i], sizeof(text[i]), "Copyright 2020 Holder %zu",
		         i);
		lines[i] = text[i];
	}
	set_lines(&cm, lines, 40);
	assert_int_equal(hdrcheck__copyright_holders(&list, &cm), 0);
	for (p = list; p; p = strchr(p + 1, '\n'))
		n++;
	/* a hostile header cannot grow the list without bound */
	assert_int_equal(n, 16);
	free(list);
	hdrcheck__comments_dispose(&cm);

	memset(longline, 'x', sizeof(longline) - 1);
	memcpy(longline, "Copyright 2020 ", 15);
	longline[sizeof(longline) - 1] = '\0';
	assert_int_equal(hdrcheck__copyright_holder(longline, strlen(longline),
	                                            (const char **)&p),
	                 200);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_reports_holders__lines),
	    cmocka_unit_test(test_reports_holders__list),
	    cmocka_unit_test(test_reports_holders__bounded),
	    cmocka_unit_test(test_reports_holders__merged),
	    cmocka_unit_test(test_reports_holders__merged_article),
	    cmocka_unit_test(test_reports_holders__split_joined_latin1),
	    cmocka_unit_test(test_reports_holders__merged_variants),
	    cmocka_unit_test(test_reports_holders__legal_forms_agree),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
