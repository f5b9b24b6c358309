// Copyright 2020 The hdrcheck Authors
package foo
