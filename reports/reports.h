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

#ifndef HDRCHECK_REPORTS_H
#define HDRCHECK_REPORTS_H

/*
 * The writers behind hdrcheck_report_write(). Each writes the whole report
 * to out and returns 0, HDRCHECK_ENOMEM, or HDRCHECK_EIO when the stream
 * has failed (they stop early then; the dispatcher also flushes and checks
 * the stream at the end, so a writer need not catch every failure).
 * opts is never NULL here.
 */

#include <stdio.h>
#include "common.h"

int hdrcheck__report_write_text(FILE *out, const hdrcheck_report *r,
                                const hdrcheck_write_options *opts);
int hdrcheck__report_write_json(FILE *out, const hdrcheck_report *r,
                                const hdrcheck_write_options *opts);

/*
 * Record HDRCHECK_EIO with the detail of a failed write (errnum is the
 * errno of the failure, or 0 when unknown) and return HDRCHECK_EIO.
 */
int hdrcheck__report_write_failed(int errnum);

#endif
