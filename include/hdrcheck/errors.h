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

#ifndef HDRCHECK_ERRORS_H
#define HDRCHECK_ERRORS_H

/**
 * @file hdrcheck/errors.h
 * @brief Error codes and the thread-local last-error message.
 */

#include "hdrcheck/common.h"

/*
 * One table generates the enum and the messages, so the two never drift.
 * X(name, value, default message)
 */
#define HDRCHECK_ERRNO_MAP(X)                                                  \
	X(OK, 0, "success")                                                    \
	X(ERROR, -1, "generic error")                                          \
	X(ENOMEM, -2, "out of memory")                                         \
	X(EINVAL, -3, "invalid argument")                                      \
	X(ENOTFOUND, -4, "not found")                                          \
	X(EREPO, -5, "repository error")                                       \
	X(EIO, -6, "input/output error")                                       \
	X(EUSAGE, -7, "usage error")                                           \
	X(ETHREAD, -8, "thread error")                                         \
	X(ELIMIT, -9, "limit exceeded")                                        \
	X(EREGEX, -10, "regular expression error")                             \
	X(EOWNER, -11, "repository is owned by another user")                  \
	X(EEXISTS, -12, "already exists")

/** Error codes: 0 is success, every error is negative. */
typedef enum {
#define HDRCHECK__ERRNO_ENUM(name, value, msg) HDRCHECK_##name = (value),
	HDRCHECK_ERRNO_MAP(HDRCHECK__ERRNO_ENUM)
#undef HDRCHECK__ERRNO_ENUM
} hdrcheck_error_code;

/**
 * The detail of the last error raised on the calling thread.
 *
 * @return a message owned by the library, valid until the next call into
 *         the library on this thread; never NULL (empty when no error).
 */
HDRCHECK_EXTERN(const char *) hdrcheck_error_last(void);

/** The static name of an error code ("out of memory"); never NULL. */
HDRCHECK_EXTERN(const char *) hdrcheck_error_name(int code);

#endif
